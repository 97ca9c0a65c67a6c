"""The words of the relation detector (``names.RELATION``): possessives, the relations a person
is named after ("my colleague Marta", "meine Tochter Lena") and the roles that are also business
ones, after which only a known given name is a person ("our client Nadia", not "our client
Siemens"). Seven languages."""

from __future__ import annotations

from proxy.classify._base import words

POSSESSIVES = words(
    "my|our|his|her|their|your|mon|ma|mes|notre|nos|votre|son|sa|ton|ta|mein|meine|meinem|"
    "meiner|meinen|unser|unsere|unserem|unserer|unseren|sein|seine|seinem|seiner|seinen|ihr|"
    "ihre|ihrem|ihrer|ihren|dein|deine|deinem|deiner|deinen|mio|mia|miei|mie|il mio|la mia|"
    "tuo|tua|suo|sua|nostro|nostra|mi|"
    "mis|tu|su|nuestro|nuestra|mijn|onze|zijn|haar|jouw|je|moja|mój|mojej|mojego|mojemu|moją|"
    "mojego|nasz|nasza|naszej|naszego|jego|jej|twoja|twój"
)
_RELATIONS = words(
    "daughter|son|wife|husband|partner|girlfriend|boyfriend|mother|father|mum|mom|dad|brother|"
    "sister|grandmother|grandfather|grandma|grandpa|granddaughter|grandson|aunt|uncle|cousin|"
    "niece|nephew|colleague|coworker|co-worker|boss|manager|friend|neighbour|neighbor|fiancé|"
    "fiancée|fille|fils|femme|mari|mère|père|frère|sœur|soeur|collègue|ami|amie|voisin|voisine|"
    "patron|patronne|cousine|oncle|tante|grand-mère|grand-père|compagne|compagnon|copine|copain|"
    "tochter|sohn|ehefrau|ehemann|mutter|vater|bruder|schwester|kollege|kollegin|freund|"
    "freundin|nachbar|nachbarin|chef|chefin|oma|opa|onkel|enkel|enkelin|partnerin|figlia|figlio|"
    "moglie|marito|madre|padre|fratello|sorella|collega|amico|amica|vicino|vicina|nonna|nonno|"
    "zia|zio|cugino|cugina|fidanzata|fidanzato|hija|hijo|esposa|esposo|marido|hermano|hermana|"
    "colega|compañero|compañera|amigo|amiga|vecino|vecina|jefe|jefa|abuela|abuelo|tía|tío|"
    "primo|prima|novia|novio|dochter|zoon|vrouw|moeder|vader|broer|zus|zuster|vriend|vriendin|"
    "buurman|buurvrouw|baas|oom|neef|nicht|córka|córki|córką|syn|syna|synem|żona|żony|żoną|mąż|"
    "męża|matka|mama|ojciec|tata|siostra|siostry|kolega|koleżanka|przyjaciel|przyjaciółka|"
    "sąsiad|sąsiadka|szef|szefowa|babcia|dziadek|ciocia|wujek|"
    # what families call grandparents, aunts and uncles ("my granny Edith", "nonna Pina")
    "granny|nana|nanna|grandad|granddad|gramps|auntie|aunty|mamie|papi|mémé|pépé|mamy|papy|"
    "tatie|tonton|omi|opi|uroma|uropa|bisnonna|bisnonno|yaya|bisabuela|bisabuelo|babci|babcię|"
    "dziadka|dziadziuś|cioci|wujka|prababcia|pradziadek"
)
#: The relation words, also for other detectors (a person as the subject of a health statement).
RELATIONS = frozenset(_RELATIONS)
#: Roles a person is named after that are also a firm's or an institution's ("our landlord
#: Vonovia", "my lawyer Baker McKenzie", "mi ex Yugoslavia"): only a known given name follows.
ROLES = words(
    "ex|stepson|stepdaughter|stepmother|stepfather|roommate|flatmate|housemate|classmate|"
    "teammate|landlord|landlady|tenant|assistant|intern|trainee|mentor|supervisor|client|"
    "customer|lawyer|accountant|doctor|therapist|caregiver|carer|babysitter|nanny|"
    "propriétaire|locataire|assistante|stagiaire|cliente|avocat|avocate|médecin|nounou|"
    "colocataire|beau-fils|belle-fille|Vermieter|Vermieterin|Mieter|Mieterin|Assistentin|"
    "Assistent|Praktikant|Praktikantin|Kunde|Kundin|Anwalt|Anwältin|Arzt|Ärztin|Mitbewohner|"
    "Mitbewohnerin|Stiefsohn|Stieftochter|padrone di casa|inquilino|inquilina|assistente|"
    "stagista|avvocato|avvocata|medico|coinquilino|coinquilina|figliastro|figliastra|casero|"
    "casera|asistente|becario|becaria|abogado|abogada|médica|compañero de piso|"
    "compañera de piso|hijastro|hijastra|huisbaas|huurder|assistent|stagiair|klant|advocaat|"
    "arts|huisgenoot|stiefzoon|stiefdochter|były|była|byłego|byłej|stażysta|stażystka|klient|"
    "klientka|adwokat|lekarz|lekarka|współlokator|współlokatorka|pasierb|pasierbica|"
    # whom one reports to at work ("Mein Teamleiter, Florian, hat gesagt")
    "team lead|team leader|line manager|tutor|responsable|supérieur|supérieure|"
    "Teamleiter|Teamleiterin|Vorgesetzter|Vorgesetzte|Abteilungsleiter|Abteilungsleiterin|"
    "responsabile|capo|capa|direttore|direttrice|encargado|encargada|supervisora|"
    "leidinggevende|teamleider|kierownik|kierowniczka|przełożony|przełożona"
)
#: Relations that are also business ones ("our partner Accenture", "my boss Google") and the
#: roles, lower case: the name after them must be a known given name.
BUSINESS = frozenset(
    words("partner|partnerin|boss|manager|chef|chefin|patron|patronne|szef|szefowa|jefe|jefa|baas")
) | frozenset(r.lower() for r in ROLES)
