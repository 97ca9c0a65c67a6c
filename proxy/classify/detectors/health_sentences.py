"""Everyday complaints named in a sentence about the writer or someone close (issue 11, family
4): "Llevo tres días con diarrea", "A mi hijo le ha vuelto a salir el eccema", "Il mio collega
è a casa con la sciatica", "Męczy mnie zgaga", "Le rhume des foins recommence, j'éternue".

``health_episodes`` takes a complaint after a verb of having ("I have sciatica", "Tengo
diarrea"). People name one in many other frames: with a preposition ("con la sciatica", "pour
une sciatique"), as the subject ("Hooikoorts is dit jaar niet te doen"), after "caught" or
"chopé", with an adjective ("a raging toothache"). Here the complaint is health data when its
sentence speaks of a person: a first-person word of the seven languages (pronoun, possessive,
a first-person form that carries the subject) or a relative, colleague or friend
(``lexicons.PERSONAL_WORDS``' nouns).

Out: general sentences and topics ("if you have diarrhoea", "Bei Durchfall soll man", "the
causes of sciatica", "the difference between", a leaflet, an article, a slogan, a headline, a
translation, figures), the season of hay fever, animals, a quoted or capitalised name ("'acid
reflux'", "Vertigo"). The complaint words are ``_health_episode_words.COMPLAINTS`` (the
Symptom Ontology's common terms and lay names, by hand in each language) and the Polish
nominatives; each is its own literal prefilter, shared with ``health_episodes``. The everyday
illnesses of ``_health_episode_words.ILLNESSES`` ("la febbre", "the flu") count the same way
where the illness ends its phrase ("flu season", "la fiebre del oro" do not), less "a cold",
"a temperature", "corona", "covid" and a bare "gripe" (English for a complaint), as common in
their other senses.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from proxy.classify._base import Detector, Hit, Scan, alternation, words
from proxy.classify.detectors import _health_episode_words as w
from proxy.classify.detectors._health_symptom_words import ANIMALS
from proxy.classify.detectors._name_evidence import german_text
from proxy.classify.detectors.health_episodes import ends_phrase

#: Polish complaints in the nominative ("Męczy mnie zgaga"): the list holds the accusative.
_POLISH = words("zgaga|biegunka|egzema|rwa kulszowa|bezsenność|mdłości|nudności|kamica nerkowa")
#: Complaints the list holds only with an article, bare after a possessive ("Ma sciatique",
#: "Mein Ekzem", "Mi acidez", "Moja migrena", "The cough is keeping me awake").
_BARE = words(
    "sciatique|eczéma|acouphènes|insomnie|hémorroïdes|toux|migraine|cough|ekzem|migräne|"
    "acidez|migraña|emicrania|migrena|gorączka"
)
_TERMS = tuple(sorted({*w.COMPLAINTS, *_POLISH, *_BARE}))
_TERM_RE = re.compile(rf"(?<!\w)(?:{alternation(_TERMS)})(?!\w)", re.I)
#: First-person words that say the writer is in the sentence, lower case (a token each): no
#: "ja" (also "yes"), no "sono" ("they are"); "je" and "I" apart (``anchored_by``); a verb of
#: having that asks a question is blanked first ("ho una domanda", "mam pytanie").
_FIRST = frozenset(
    words(
        "me|my|myself|j|moi|mon|mes|ich|mir|mich|mein|meine|meinen|meinem|meiner|meines|io|mi|"
        "mio|mia|miei|mie|ho|yo|mis|tengo|llevo|estoy|ik|mij|mijn|mnie|mój|moja|moje|mojego|"
        "mojej|mojemu|mam|jestem"
    )
)
_ASKS = re.compile(
    r"(?<!\w)(?:(?:ho|mam|tengo|i have|i've got|j['’]ai|ich habe|ik heb|my|meine|mi|la mia|"
    r"mijn|moje|ma)\s+(?:(?:una|un|a|une|eine|een)\s+)?(?:domanda|pytanie|pregunta|question|"
    r"frage|vraag)|"
    # a request to the assistant: "tell me", "sag mir", "dime", "powiedz mi", "can you … me"
    r"(?:tell|give|help|show|send|explain|teach|remind|sag|sage|gib|zeig|erklär|erkläre|nenn|"
    r"dis|donne|explique|montre|dime|dame|explícame|muéstrame|dimmi|dammi|spiegami|mostrami|"
    r"vertel|geef|leg|laat|powiedz|daj|pokaż|wyjaśnij|puedes|puoi|peux-tu|pourrais-tu|kannst du|"
    r"kun je|możesz|can you|could you)[\s-]+(?:(?:tell|give|help|show|explain)\s+)?"
    r"(?:me|mi|mir|mich|moi|mnie|mij|us|uns)|"
    r"(?:me|mi|te)\s+(?:puedes|podrías|puoi|potresti|explicas|dices|spieghi|dici)|"
    # what a person gives another: "gives me a migraine", "give her heartburn"
    r"(?:gives?|giving|gave)\s+(?:me|her|him|us|them))(?!\w)",
    re.I,
)
#: Possessives before a relative ("my son", "mio marito", "bei meinem Sohn"), lower case.
_POSSESSIVES = frozenset(
    words(
        "my|our|his|her|their|mon|ma|mes|notre|nos|sa|ses|leur|mein|meine|meinen|meinem|meiner|"
        "unser|unsere|unseren|unserem|unserer|sein|seine|seinem|seiner|ihr|ihre|ihrem|ihrer|mio|"
        "mia|miei|mie|suo|sua|suoi|nostro|nostra|mi|mis|su|sus|nuestro|nuestra|mijn|zijn|haar|"
        "onze|ons|mój|moja|moje|mojego|mojej|mojemu|moim|mojej|jego|jej|nasz|nasza|naszego"
    )
)
#: A team or a firm after a possessive: "mein Team hat Fieber" says nothing of the writer.
_TEAMS = frozenset(words("team|équipe|equipo|squadra|ploeg|zespół|company|firma|unternehmen"))
#: Dutch words that make "je" the Dutch "you" ("Wat kun je doen tegen …").
_DUTCH = frozenset(
    words(
        "het|een|niet|wat|hoe|kun|kan|zijn|voor|tegen|van|bij|ook|dat|als|heb|hebt|ooit|gehad|jij"
    )
)
#: English words that make "I" the English pronoun, not the Italian article ("I sintomi").
_ENGLISH = frozenset(words("the|and|my|is|have|has|with|to|of|in|at|for|it|but|so|am|was|got"))
#: Relatives, colleagues and friends (``PERSONAL_WORDS`` has them with other anchors).
_CLOSE = frozenset(
    words(
        "wife|husband|son|daughter|mother|father|mom|mum|dad|child|partner|brother|sister|"
        "colleague|friend|neighbour|neighbor|grandma|grandpa|femme|mari|fils|fille|mère|père|"
        "frère|sœur|collègue|ami|amie|voisin|voisine|maman|papa|mann|frau|sohn|tochter|mutter|"
        "vater|bruder|schwester|kollege|kollegin|freund|freundin|nachbar|nachbarin|oma|opa|"
        "moglie|marito|figlio|figlia|madre|padre|fratello|sorella|collega|amico|amica|nonna|"
        "nonno|esposa|esposo|marido|mujer|hijo|hija|hermano|hermana|compañero|compañera|amigo|"
        "amiga|abuela|abuelo|vecino|vecina|vrouw|zoon|dochter|moeder|vader|broer|zus|collega|"
        "vriend|vriendin|buurman|buurvrouw|żona|mąż|syn|córka|matka|ojciec|brat|siostra|"
        "kolega|koleżanka|babcia|dziadek|mama|tata|sąsiad|sąsiadka"
    )
)
#: Words of a general sentence, a topic or a text about the complaint, lower case.
_GENERAL = frozenset(
    words(
        "causes|cause|causa|ursachen|ursache|"
        "oorzaken|oorzaak|przyczyny|przyczyna|difference|différence|unterschied|differenza|"
        "diferencia|verschil|różnica|leaflet|brochure|flyer|dépliant|faltblatt|broschüre|"
        "volantino|opuscolo|folleto|folder|ulotka|ulotki|ulotce|article|artikel|articolo|"
        "artículo|artykuł|blog|headline|titre|schlagzeile|titolo|titular|kop|nagłówek|slogan|"
        "eslogan|season|saison|stagione|temporada|seizoen|sezon|translate|traduis|traduire|"
        "übersetze|übersetzen|traduci|tradurre|traduce|traducir|vertaal|vertalen|przetłumacz|"
        "statistics|statistiques|statistik|statistiche|estadísticas|statistieken|statystyki|"
        "cases|cas|fälle|casi|casos|gevallen|przypadków|people|gens|leute|persone|gente|mensen|"
        "ludzie|patients|patienten|pazienti|pacientes|patiënten|pacjenci|study|étude|studie|"
        "studio|estudio|badanie|remedies|remède|remèdes|hausmittel|rimedi|remedios|"
        "huismiddeltjes|explain|explique|erkläre|spiega|spiegami|explica|wyjaśnij|about|"
        "concernant|riguardo|sobre|betreffende|dotyczące|information|informations|"
        "informationen|informazioni|información|informatie|informacje|informacji|ad|advert|"
        "advertisement|campaign|campagne|kampagne|campagna|campaña|publicité|werbung|pubblicità|"
        "publicidad|reclame|reklama|product|produit|produkt|prodotto|producto|"
        "company|firma|unternehmen|azienda|empresa|bedrijf|entreprise|faq|course|thesis|tesis|tesi|exposé|hausarbeit|essay|presentation|"
        "documentary|documentaire|dokumentation|documental|song|chanson|lied|canzone|canción|"
        "logo|charity|app|startup|recipe|recipes|recette|recettes|sell|sells|verkauft|verkaufen|vende|vendemos|"
        "verkoopt|sprzedaje|avoid|éviter|vermeiden|evitare|evitar|voorkomen|uniknąć|prevent|"
        "prévenir|vorbeugen|prevenire|prevenir|tips|conseils|tipps|consigli|consejos|podcast|"
        "research|researching|grant|definition|définition|definición|definizione|definitie|"
        "underrated|overrated|contagious|contagieux|ansteckend|contagioso|besmettelijk|"
        "ahnung|clue|pojęcia|notion"
    )
)
#: A condition said of anyone ("if you have", "si tienes", "wenn man").
_CONDITION = re.compile(
    r"(?<!\w)(?:(?:if|si|se|wenn|falls|als|jeśli|jeżeli)\s+(?:you|one|tu|vous|on|tienes|"
    r"tiene|hai|ha|man|du|u|masz|ktoś)|als\s+je)(?!\w)",
    re.I,
)
#: A preposition of a general case right before the complaint ("Bei Durchfall", "en cas de").
_CASE = re.compile(
    r"(?<!\w)(?:bei|bij|przy|en cas d['’e]?|in case of|in caso di|en caso de)\s*$",
    re.I,
)
#: The writer's profession ("as a GP I see a lot of sciatica", "als Apothekerin").
_AS_PROFESSIONAL = re.compile(
    r"(?<!\w)(?:as an?|en tant que|als|come|como|jako|i['’]m an?|i am an?|je suis|ich bin|"
    r"sono|soy|ik ben|jestem|ik werk in een|i work in an?|i work at an?)\s+(?:\w+\s+)?"
    r"(?:gp|doctor|nurse|apotheek|pharmacy|"
    r"pharmacist|physio|physiotherapist|dermatologist|médecin|infirmière|infirmier|pharmacien|"
    r"pharmacienne|arzt|ärztin|apotheker|apothekerin|pfleger|pflegerin|medico|infermiere|"
    r"infermiera|farmacista|médico|médica|enfermero|enfermera|farmacéutico|farmacéutica|huisarts|"
    r"arts|verpleegkundige|apotheker|lekarz|lekarka|pielęgniarka|farmaceuta)(?!\w)",
    re.I,
)
#: German words before a capitalised complaint in a short sentence ("Seit Tagen quält mich
#: dieser Husten"), where ``german_text`` has too little to go on.
_GERMAN_BEFORE = frozenset(
    words("mich|mir|ich|dieser|diese|dieses|seit|quält|plagt|habe|hab|hat|mein|meine|meinen")
)


def _german_words(head: str) -> bool:
    """Whether the words before a capitalised complaint are German ones."""
    return not _GERMAN_BEFORE.isdisjoint(t.lower() for t in _TOKEN.findall(head))


#: A compound going on after the complaint: its season, its remedies ("hay fever season").
_COMPOUND = re.compile(r"[ \-]?(?:season|saison|seizoen|stagione|temporada|sezon)", re.I)
#: A headache or a stomach ache of a project or a party, not of a body ("a headache with this
#: migration", "i mal di pancia interni alla maggioranza").
_FIGURATIVE = re.compile(r"headache|mal di pancia", re.I)
_ITS_CAUSE = re.compile(
    r"\s+(?:with|because of|for|over|about|interni|nella|nel|nei|per|sulla|sul|"
    r"from\s+(?:this|these|that|those|our|your|the new))(?!\w)",
    re.I,
)
#: A topic preposition right before the complaint ("notes on sciatica", "zum Thema Tinnitus",
#: "trata del insomnio"): the complaint is what a text is about.
_TOPIC_BEFORE = re.compile(
    r"(?<!\w)(?:on|about|regarding|zum|zur|thema|über|sur|sobre|over|del|della|dello|sul|"
    r"sulla|dotyczące)\s+(?:\w+\s+)?$",
    re.I,
)
#: The complaint's word in another sense: a blocked drain, a column's or the tide's reflux, an
#: effect ("Verstopfung im Abfluss", "le reflux de la colonne", "the whiplash effect").
_OTHER_SENSE = re.compile(
    r"\s*(?:(?:im|in|in de|in het|in mijn|in der|de la|des|delle|del|do)\s+(?:abfluss|afvoer|"
    r"leiding|rohr|colonne|maree|marées|mareas|nauki|pracy)|(?:effect|effekt|effet|effetto|"
    r"efecto)\b|up\b)",
    re.I,
)
#: Something or someone said to be a headache ("my landlord is a headache", "c'est un").
_IS_A = re.compile(
    r"(?<!\w)(?:is|was|are|['’]s|est|ist|war|è|es|era|jest)\s+(?:(?:a|an|such a|a real|"
    r"a total|un|une|ein|eine|una|uno|een|vero|real)\s+)?(?:\w+\s+)?$",
    re.I,
)
_SENTENCE_END = re.compile(r"[.!?\n]")
_TOKEN = re.compile(r"\w+")
#: A compound the complaint word opens ("Husten-Soundeffekt", "eczema/psoriasis cream").
_GOES_ON = re.compile(r"[\-/]\w")
_QUOTES = "'\"‘’“”«»„"


def _complaint(m: re.Match[str], scan: Scan) -> Iterator[Hit]:
    """A complaint in a sentence about the writer or someone close (see the module)."""
    head = _SENTENCE_END.split(scan.before(m.start(), 160))[-1]
    tail = _SENTENCE_END.split(scan.after(m.end(), 160))[0]
    if head.rstrip(" ")[-1:] in _QUOTES and tail[:1] in _QUOTES:
        return  # "translate 'acid reflux'"
    title = m.group(0)[:1].isupper() and head.strip() and not head.rstrip().endswith(":")
    if title and not german_text(head + m.group(0) + tail) and not _german_words(head):
        return  # "un résumé de 'Sueurs froides' (Vertigo)"
    if _AS_PROFESSIONAL.search(head + tail):
        return
    if _FIGURATIVE.search(m.group(0)) and (_ITS_CAUSE.match(tail) or _IS_A.search(head)):
        return  # "a headache with this migration script", "my landlord is a headache"
    if _COMPOUND.match(tail) or _GOES_ON.match(tail):
        return  # "hay fever season", "Husten-Soundeffekt"
    if _CONDITION.search(head[-60:]) or _CASE.search(head):
        return
    sentence = head + " " + tail
    if _TOPIC_BEFORE.search(head) or _OTHER_SENSE.match(tail):
        return
    tokens = {t.lower() for t in _TOKEN.findall(sentence)}
    if topic_free(sentence) and ANIMALS.isdisjoint(tokens) and anchored_by(sentence):
        article = _ARTICLE.match(m.group(0))
        yield Hit("health", "diagnosis", m.start() + (article.end() if article else 0), m.end())


#: An article or a partitive before the complaint, left out of the span ("la sciatica").
_ARTICLE = re.compile(
    r"(?:the|an?|la|le|les|une?|des|de la|de l['’]|du|die|der|das|eine[nm]?|il|lo|l['’]|gli|"
    r"una|un['’]|el|los|las|het|een)(?:\s+|(?<=['’]))(?=\w)",
    re.I,
)


def anchored_by(text: str) -> bool:
    """Whether a sentence holds the writer (a first-person word) or someone close (a relative,
    colleague or friend after a possessive: "my son", "bei meinem Sohn")."""
    raw = _TOKEN.findall(_ASKS.sub(" ", text))
    lowered = [t.lower() for t in raw]
    found = {a for a, b in itertools.pairwise([*lowered, ""]) if b not in _TEAMS}
    if not _FIRST.isdisjoint(found):
        return True
    if "je" in found and _DUTCH.isdisjoint(found):
        return True
    if "I" in raw and not _ENGLISH.isdisjoint(found):
        return True
    return any(
        word in _CLOSE and before in _POSSESSIVES for before, word in itertools.pairwise(lowered)
    )


def topic_free(text: str) -> bool:
    """Whether a sentence holds none of a general sentence, a topic or a text about health
    ("causes", "leaflet", "translate"; the German "man")."""
    found = {t.lower() for t in _TOKEN.findall(text)}
    if "man" in found and german_text(text):
        return False
    return _GENERAL.isdisjoint(found)


#: Everyday illnesses general text names too ("flu season", "la fiebre del oro"): in a sentence
#: about someone, only where the illness ends its phrase (``health_episodes.ends_phrase``). Not
#: the words whose everyday sense is as common: "a cold", "a temperature", "corona", "covid".
_ILLNESSES = tuple(
    sorted(
        set(w.ILLNESSES)
        - set(words("a cold|a bad cold|corona|a temperature|covid|covid-19|koronawirusa|gripe"))
    )
)
_ILLNESS_RE = re.compile(rf"(?<!\w)(?:{alternation(_ILLNESSES)})(?!\w)", re.I)


def _illness(m: re.Match[str], scan: Scan) -> Iterator[Hit]:
    """An everyday illness in a sentence about the writer or someone close ("Mio figlio è a
    casa con la febbre", "my son is in bed with the flu"), where it ends its phrase."""
    if ends_phrase(scan, m.end()):
        yield from _complaint(m, scan)


_VARIANTS = {*_TERMS, *(t[:1].upper() + t[1:] for t in _TERMS if not t[:1].isascii())}
#: One literal prefilter per written form, shared with ``health_episodes.COMPLAINT_WORDS``
#: (a word opening with a letter outside ASCII also capitalised, as German writes nouns).
COMPLAINT_DETECTORS = tuple(
    Detector(
        "health.complaint_sentence",
        re.escape(variant),
        _TERM_RE,
        _complaint,
        back=len(variant) + 4,
        ahead=4,
        caseless=True,
    )
    for variant in sorted(_VARIANTS)
)
ILLNESS_DETECTOR = Detector(
    "health.illness_sentence",
    r"\b(?:" + "|".join(re.escape(t) for t in _ILLNESSES) + r")\b",
    _ILLNESS_RE,
    _illness,
    back=24,
    ahead=4,
    caseless=True,
    unicode=True,
)
DETECTORS = (*COMPLAINT_DETECTORS, ILLNESS_DETECTOR)
