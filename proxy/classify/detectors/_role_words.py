"""Role, occupation and kinship nouns written right before a person's name, for ``_titled_names``:
"le docteur Houlbrecque", "der Turnlehrer Battara", "la veuve Martin", "de weduwe Jansen".

- ``OCCUPATIONS``: occupation nouns of seven languages, lower case (``roles.txt``, built from
  Faker's job providers and Mimesis' occupation lists by ``data/build_roles.py``), with a short
  hand list of older and newspaper roles those lists lack (``notaris``, ``curé``, ``Pfarrer``);
- ``KIN``: kinship and civil-status nouns ("la femme", "les époux", "die Witwe", "il marito",
  "wdowa"), and "colleague" and its kind;
- ``HEADS``, ``HEADS_NL``: German and Dutch occupation nouns that end compounds ("Turn" +
  "lehrer", "Minister" + "präsident", "hoofd" + "inspecteur"): the occupation nouns of those
  languages of five letters or more, and a few hand-written;
- ``GERMAN``: the German ones, which German writes with a capital ("der Sänger", "Hauptmann").
"""

from __future__ import annotations

from importlib import resources

from proxy.classify._base import words


def _load() -> dict[str, frozenset[str]]:
    """``roles.txt``: occupation noun → the languages listing it (``#`` lines are headers)."""
    text = resources.files("proxy.classify").joinpath("data", "roles.txt").read_text("utf-8")
    rows = (line.split() for line in text.splitlines() if line and not line.startswith("#"))
    return {row[0]: frozenset(row[1:]) for row in rows}


_BUILT = _load()
#: Roles of older texts and newspapers the job lists lack (ranks, clergy, trades, notaries).
MORE = words(
    "docteur|médecin|curé|notaire|abbé|sieur|instituteur|institutrice|pharmacien|maître|"
    "négociant|cultivateur|rentier|rentière|vicaire|pasteur|adjudant|sergent|caporal|soldat|"
    "gendarme|brigadier|commandant|chanoine|doyen|aumônier|prieur|frère|sœur|"
    "doktor|pfarrer|kaplan|dekan|lehrer|lehrerin|hauptmann|oberst|oberleutnant|"
    "leutnant|feldwebel|gefreiter|wachtmeister|gendarm|förster|müller|schneider|schuster|"
    "bäcker|metzger|wirt|gastwirt|kaufmann|handelsmann|bauer|landwirt|notar|advokat|"
    "dottore|dottoressa|avvocato|notaio|parroco|sacerdote|maestro|maestra|tenente|sergente|"
    "caporale|brigadiere|maresciallo|ingegnere|ragioniere|geometra|filosofo|filosofa|pittrice|"
    "doctor|doctora|abogado|abogada|notario|párroco|teniente|sargento|maestro|"
    "filósofa|pintora|licenciado|licenciada|ingeniero|ingeniera|"
    "notaris|dokter|geneesheer|predikant|dominee|pastoor|kapelaan|onderwijzer|leraar|lerares|"
    "advocaat|apotheker|veldwachter|schipper|kapitein|luitenant|majoor|sergeant|korporaal|"
    "landbouwer|koopman|bakker|smid|herbergier|timmerman|schoolmeester|rentmeester|deurwaarder|"
    "wethouder|inspecteur|hoofdinspecteur|filosoof|"
    "lekarz|doktor|adwokat|notariusz|proboszcz|ksiądz|nauczyciel|nauczycielka|porucznik|"
    "kapral|sierżant|inżynier|filozof|malarka|"
    "teacher|doctor|nurse|lawyer|attorney|surgeon|dentist|pastor|vicar|reverend|deacon|"
    "philosopher|sculptor|lieutenant|corporal|physician|pharmacist|farmer|"
    "banker|merchant|soldier|sailor|colonel|chef"
)
#: Kinship and civil-status nouns: "la femme Gautheur", "les époux Morutier", "die Witwe Müller".
KIN = frozenset(
    words(
        "femme|veuve|époux|épouse|demoiselle|dame|sieur|mari|fils|fille|frère|sœur|cousin|"
        "cousine|oncle|tante|neveu|nièce|beau-frère|belle-sœur|gendre|bru|fiancé|fiancée|"
        "witwe|witwer|gatte|gattin|ehefrau|ehemann|gattinn|sohn|tochter|bruder|schwester|"
        "vetter|neffe|nichte|onkel|tante|schwager|schwägerin|schwiegersohn|verlobte|"
        "vedova|vedovo|marito|moglie|figlio|figlia|fratello|sorella|cugino|cugina|zio|zia|"
        "nipote|cognato|cognata|fidanzato|fidanzata|consorte|"
        "viuda|viudo|marido|esposa|esposo|hijo|hija|hermano|hermana|tío|tía|"
        "sobrino|sobrina|cuñado|cuñada|novio|novia|"
        "weduwe|weduwnaar|echtgenote|echtgenoot|vrouw|zoon|dochter|broer|zuster|zus|neef|"
        "oom|tante|zwager|schoonzoon|verloofde|"
        "wdowa|wdowiec|żona|mąż|syn|córka|brat|siostra|kuzyn|kuzynka|wuj|wujek|ciotka|"
        "szwagier|narzeczony|narzeczona|"
        "widow|widower|wife|husband|son|daughter|brother|sister|cousin|uncle|aunt|nephew|"
        "niece|fiancé|fiancée|fiance|fiancee|girlfriend|boyfriend|son-in-law|daughter-in-law|"
        "brother-in-law|sister-in-law|stepson|stepdaughter|stepfather|stepmother|grandson|"
        "granddaughter|colleague|coworker|co-worker|collègue|kollege|kollegin|collega|colega|"
        "collega's|kolega|koleżanka|classmate|roommate|flatmate|neighbour|neighbor|voisin|"
        "voisine|nachbar|nachbarin|vicino|vicina|vecino|vecina|buurman|buurvrouw|sąsiad|"
        "sąsiadka"
    )
)
OCCUPATIONS = frozenset([*_BUILT, *MORE])
#: Heads of German compounds, written with a capital ("Turnlehrer", "Ministerpräsident").
HEADS = frozenset(w for w, langs in _BUILT.items() if len(w) > 4 and "de" in langs) | frozenset(
    words(
        "lehrer|lehrerin|meister|präsident|präsidentin|hauptmann|leutnant|direktor|inspektor|"
        "sekretär|kommissar|pfarrer|richter|notar|arzt|ärztin"
    )
)
#: Heads of Dutch compounds, written in lower case too ("hoofdinspecteur", "schoolmeester").
HEADS_NL = frozenset(w for w, langs in _BUILT.items() if len(w) > 4 and "nl" in langs) | frozenset(
    words(
        "leraar|onderwijzer|inspecteur|meester|kapitein|luitenant|notaris|dokter|predikant|"
        "commissaris|burgemeester|secretaris|directeur|opzichter|koopman"
    )
)
#: German roles of the hand lists, written with a capital in German ("Hauptmann", "die Witwe").
MORE_GERMAN = frozenset(
    words(
        "doktor|pfarrer|kaplan|dekan|lehrer|lehrerin|hauptmann|major|oberst|oberleutnant|"
        "leutnant|feldwebel|wachtmeister|gendarm|förster|wirt|gastwirt|kaufmann|handelsmann|"
        "landwirt|notar|advokat|witwe|witwer|gatte|gattin|gattinn|ehefrau|ehemann|kollege|"
        "kollegin|nachbar|nachbarin"
    )
)
#: German occupations (built and hand-written).
GERMAN = frozenset(w for w, langs in _BUILT.items() if "de" in langs) | MORE_GERMAN
#: Endings of most occupation nouns (agent and field suffixes: "-teur", "-ista", "-loge",
#: "-arz"), and the heads of German and Dutch compounds: with the hand lists, the prefilter of
#: the titled-name detector. Hyperscan compiles an alternation of a few hundred words followed
#: by a class in a fraction of a second but one of thousands in minutes, so the built list is
#: not in the prefilter; a word of it wakes the detector by its ending.
ENDINGS = words(
    "teur|trice|teuse|seur|iste|ista|ysta|alist|nist|rist|tist|pist|gist|sist|cist|istin|"
    "nier|rier|ssier|cier|ière|iere|icien|icienne|ician|logue|loge|login|logo|loga|log|logist|"
    "loog|graphe|grapher|graf|grafin|grafo|taire|naire|tario|aio|euse|tore|ador|edor|dora|"
    "dero|tero|ian|aar|karz|sarz|larz|harz|tarz|ator|torin|nieur|"
    "lehrer|lehrerin|meister|meisterin|leiter|leiterin|führer|führerin|händler|händlerin|"
    "arbeiter|arbeiterin|fahrer|fahrerin|pfleger|pflegerin|berater|beraterin|techniker|"
    "technikerin|macher|macherin|schreiber|präsident|minister|direktor|kommissar|sekretär|"
    "inspektor|offizier|arzt|ärztin|erin|meester|dokter|raad"
)
