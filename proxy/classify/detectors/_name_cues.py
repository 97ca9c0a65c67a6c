"""Cue words of the name detectors of ``names``: salutations, closings, form fields and
introductions before a name, and the words that stand where a name would after them but are
none ("Dear customer", "Regards,\nThe Team", "Liefs,\nOma"). Hand-written, in the seven
languages we scan."""

from __future__ import annotations

from proxy.classify._base import words

#: Closings of notes to friends and family ("Liefs,", "Bises,", "Un abrazo,"): a relative, a
#: pet name or a group signs after them as often as a name ("Liefs,\nOma", "Bises,\nTonton"),
#: so the signature there is a known given name or surname (``names._known``).
INFORMAL = words(
    "groetjes|liefs|bises|bisous|amitiés|un abbraccio|a presto|abrazos|un abrazo|pozdrowienia"
)
#: Kinship words signing alone ("Regards,\nGrandma"); a surname too ("Ratan Tata", "Jan
#: Dziadek", "Dr. Papa"), so only a signature of one token.
KIN = frozenset(
    words(
        "grandma|grandpa|granny|mum|mom|dad|mummy|daddy|oma|opa|mama|papa|maman|mamie|papi|papy|"
        "nonna|nonno|abuela|abuelo|babcia|dziadek|tata|mamá|papá|mamma|papà"
    )
)
SALUTATIONS = words(
    "dear|hi|hello|hey|bonjour|bonsoir|cher|chère|liebe|lieber|hallo|guten tag|sehr geehrte|"
    "sehr geehrter|gentile|gentilissima|gentilissimo|caro|cara|ciao|buongiorno|estimado|estimada|"
    "hola|querido|querida|beste|geachte|beste|szanowny|szanowna|drogi|droga|dzień dobry|cześć|"
    "witaj|salut|hej|moin|servus|hoi"
)
CLOSINGS = words(
    "regards|best regards|kind regards|warm regards|best|thanks|many thanks|thank you|cheers|"
    "sincerely|yours sincerely|yours faithfully|cordialement|bien cordialement|bien à vous|"
    "salutations|mit freundlichen grüßen|mit freundlichen grüssen|freundliche grüße|viele grüße|"
    "beste grüße|grüße|gruß|gruss|liebe grüße|herzliche grüße|lg|vg|mfg|cordiali saluti|"
    "distinti saluti|saluti|un saluto|saludos|atentamente|"
    "un saludo|saludos cordiales|met vriendelijke groet|vriendelijke groeten|groeten|pozdrawiam|"
    "z poważaniem|z wyrazami szacunku|mvg|hartelijke groet|hartelijke groeten|"
    + "|".join(sorted(set(INFORMAL)))
)
FIELDS = words(
    "name|full name|first name|last name|surname|patient|patient name|employee|employee name|"
    "customer|customer name|client|account holder|applicant|tenant|insured|policyholder|"
    "contact person|nom|prénom|nom complet|nom et prénom|nom du patient|titulaire|salarié|"
    "locataire|assuré|name des patienten|vorname|nachname|patientin|kontoinhaber|mitarbeiter|"
    "mitarbeiterin|mieter|versicherter|ansprechpartner|nome|cognome|nome e cognome|paziente|"
    "intestatario|dipendente|nombre|apellidos|apellido|nombre completo|paciente|titular|empleado|"
    "naam|volledige naam|achternaam|voornaam|patiënt|rekeninghouder|werknemer|huurder|imię|"
    "nazwisko|imię i nazwisko|pacjent|właściciel rachunku|pracownik|from|von|de|da|van|od|dane|"
    "dane osobowe|données|daten|dati|datos|gegevens|personalien|kunde|kundin|klant|klient|to|cc|"
    "an|aan|à|signed|unterschrift|handtekening|podpis|attn|z. hd|arrendatario|arrendador|inquilino|"
    "locatario|conduttore|najemca|vermieter|landlord|propriétaire|bailleur|verhuurder|"
    "ondertekening"
)
#: Fields whose value is a firm or a product as often as a person: the staff member who signs a
#: CRM note or a ticket ("Agent: Orla", "Konsultant: Kuba"), the sender ("Absender: Sarah und
#: Mehmet Çelik"), the customer and the signer of an invoice or a contract ("Cliente:"). Their
#: value is a known name only ("User-Agent: Mozilla", "Mittente: Amazon", "Cliente: Telecom").
KNOWN_ONLY = frozenset(
    words(
        "agent|agente|operatore|operatrice|opérateur|opératrice|operador|operadora|konsultant|"
        "konsultantka|medewerker|medewerkster|sachbearbeiter|sachbearbeiterin|bearbeiter|"
        "bearbeiterin|berater|beraterin|conseiller|conseillère|asesor|asesora|gestor|gestora|"
        "doradca|consulente|caseworker|handled by|assigned to|bearbeitet von|behandeld door|"
        "traité par|gestito da|atendido por|obsługiwał|obsługiwała|absender|absenderin|"
        "expéditeur|expéditrice|mittente|remitente|afzender|nadawca|sender|cliente|clienta|"
        "klientka|unterzeichner|unterzeichnerin|signataire|firmante"
    )
)
FIELDS = (*FIELDS, *KNOWN_ONLY)
INTRO = words(
    "my name is|i am|i'm|je m'appelle|je m’appelle|je suis|ich heiße|ich heisse|mein name ist|"
    "mi chiamo|il mio nome è|sono|me llamo|mi nombre es|soy|mijn naam is|ik heet|ik ben|"
    "nazywam się|mam na imię|jestem"
)

STOP = frozenset(
    words(
        "customer|customers|sir|sirs|madam|team|all|everyone|colleagues|colleague|client|clients|"
        "cliente|clientes|kunde|kundin|kunden|damen|herren|mesdames|messieurs|signori|señores|"
        "señor|heer|heren|dames|panie|państwo|there|folks|support|hiring|manager|world|claude|"
        "chatgpt|gpt|assistant|bot|user|admin|guys|friends|amici|amigos|vrienden|doctor|docteur|"
        "doktor|dottore|staff|equipe|équipe|tutti|todos|allemaal|wszyscy|the|and|und|et|i|we|you|"
        "our|your|my|this|that|unknown|redacted|test|example|sample|thanks|regards|best|please|"
        "good|happy|writing|looking|sorry|just|here|interested|available|able|glad|pleased|not|"
        "also|direktor|director|directeur|direttore|professor|präsident|president|président|"
        "to|if|it|in|on|at|but|or|with|as|so|no|yes|for|from|is|are|was|be|do|does|not|"
        "minister|kollege|kollegin|chef|doktor|officer|officers|dr|prof|med|dipl|mag|ing|mr|mrs|ms|"
        "marketing|sales|vertrieb|einkauf|buchhaltung|verwaltung|finance|legal|redaktion|empfang|"
        "personal|personalabteilung|geschäftsleitung|versand|hausverwaltung|kundenservice|ihr"
    )
)
