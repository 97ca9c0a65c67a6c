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
nominatives; each is its own literal prefilter, shared with ``health_episodes``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from proxy.classify._base import Detector, Hit, Scan, alternation, words
from proxy.classify.detectors import _health_episode_words as w
from proxy.classify.detectors._health_symptom_words import ANIMALS
from proxy.classify.detectors._name_evidence import german_text

#: Polish complaints in the nominative ("Męczy mnie zgaga"): the list holds the accusative.
_POLISH = words("zgaga|biegunka|egzema|rwa kulszowa|bezsenność|mdłości|nudności|kamica nerkowa")
_TERMS = tuple(sorted({*w.COMPLAINTS, *_POLISH}))
_TERM_RE = re.compile(rf"(?<!\w)(?:{alternation(_TERMS)})(?!\w)", re.I)
#: First-person words that say the writer is in the sentence, lower case (a token each).
_FIRST = frozenset(
    words(
        "i|me|my|myself|je|j|moi|mon|mes|ich|mir|mich|mein|meine|meinen|"
        "meinem|meiner|meines|io|mi|mio|mia|miei|mie|ho|sono|yo|mis|tengo|llevo|estoy|ik|mij|"
        "mijn|ja|mnie|mój|moja|moje|mojego|mojej|mojemu|mam|jestem"
    )
)
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
        "man|causes|cause|causa|ursachen|ursache|"
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
        "concernant|über|riguardo|sobre|betreffende|dotyczące|information|informations|"
        "informationen|informazioni|información|informatie|informacje|informacji|ad|advert|"
        "advertisement|campaign|campagne|kampagne|campagna|campaña|publicité|werbung|pubblicità|"
        "publicidad|reclame|reklama|product|produit|produkt|prodotto|producto|idea|idée|idee|"
        "ahnung|clue|pojęcia|notion"
    )
)
#: A condition said of anyone ("if you have", "si tienes", "wenn man").
_CONDITION = re.compile(
    r"(?<!\w)(?:if|si|se|wenn|falls|als|jeśli|jeżeli)\s+(?:you|one|tu|vous|on|tienes|tiene|"
    r"hai|ha|man|du|je|u|masz|ktoś)(?!\w)",
    re.I,
)
#: A preposition of a general case right before the complaint ("Bei Durchfall", "en cas de").
_CASE = re.compile(
    r"(?<!\w)(?:bei|bij|przy|en cas d['’e]?|in case of|in caso di|en caso de)\s*$",
    re.I,
)
#: The writer's profession ("as a GP I see a lot of sciatica", "als Apothekerin").
_AS_PROFESSIONAL = re.compile(
    r"(?<!\w)(?:as an?|en tant que|als|come|como|jako)\s+(?:\w+\s+)?(?:gp|doctor|nurse|"
    r"pharmacist|physio|physiotherapist|dermatologist|médecin|infirmière|infirmier|pharmacien|"
    r"pharmacienne|arzt|ärztin|apotheker|apothekerin|pfleger|pflegerin|medico|infermiere|"
    r"infermiera|farmacista|médico|médica|enfermero|enfermera|farmacéutico|farmacéutica|huisarts|"
    r"arts|verpleegkundige|apotheker|lekarz|lekarka|pielęgniarka|farmaceuta)(?!\w)",
    re.I,
)
#: A compound going on after the complaint: its season, its remedies ("hay fever season").
_COMPOUND = re.compile(r"[ \-]?(?:season|saison|seizoen|stagione|temporada|sezon)", re.I)
#: A headache or a stomach ache of a project or a party, not of a body ("a headache with this
#: migration", "i mal di pancia interni alla maggioranza").
_FIGURATIVE = re.compile(r"headache|mal di pancia", re.I)
_ITS_CAUSE = re.compile(
    r"\s+(?:with|because of|from|for|over|about|interni|nella|nel|nei|per|sulla|sul)(?!\w)", re.I
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
    if title and not german_text(head + m.group(0) + tail):
        return  # "un résumé de 'Sueurs froides' (Vertigo)"
    if _AS_PROFESSIONAL.search(head + tail):
        return
    if _FIGURATIVE.search(m.group(0)) and _ITS_CAUSE.match(tail):
        return  # "a headache with this migration script"
    if _COMPOUND.match(tail) or _GOES_ON.match(tail):
        return  # "hay fever season", "Husten-Soundeffekt"
    if _CONDITION.search(head[-60:]) or _CASE.search(head):
        return
    tokens = {t.lower() for t in _TOKEN.findall(head + " " + tail)}
    if topic_free(tokens) and ANIMALS.isdisjoint(tokens) and anchored_by(tokens):
        yield Hit("health", "diagnosis", m.start(), m.end())


def anchored_by(words: set[str]) -> bool:
    """Whether the lower-cased words of a sentence hold the writer (a first-person word) or
    someone close (a relative, colleague or friend)."""
    return not (_FIRST.isdisjoint(words) and _CLOSE.isdisjoint(words))


def topic_free(words: set[str]) -> bool:
    """Whether the lower-cased words of a sentence hold none of a general sentence, a topic or
    a text about health ("causes", "leaflet", "translate", "man")."""
    return _GENERAL.isdisjoint(words)


_VARIANTS = {*_TERMS, *(t[:1].upper() + t[1:] for t in _TERMS if not t[:1].isascii())}
#: One literal prefilter per written form, shared with ``health_episodes.COMPLAINT_WORDS``
#: (a word opening with a letter outside ASCII also capitalised, as German writes nouns).
DETECTORS = tuple(
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
