"""Brands, companies, products and places that start with a word-like given name or follow a
title ("Stella Artois", "Victoria Metrics", "Chelsea Wharf", "Mister Spex", "pkg mgr Homebrew",
"Der Betriebsrat Bosch"). Used by ``_name_evidence``, ``_bare_names``, ``_titled_names`` and
``_name_title_compounds``.

- A given name that is a place first ("Victoria", "Chelsea", "Florence") before a token that is
  no word may be a place, a club or a brand named after it ("Chelsea Rovers", "Victoria
  Embankment"): it gains half what a word first gains (a context word must add the rest).
- A last token that names a thing (a product, company, service or place word: "Metrics",
  "Wharf", "Labs", "Brewery") and is no known surname makes the run a thing.
- A lower-case product or company noun right after the run ("Stella Artois beer", "Anna Pro
  app") makes it a brand.
- A last token shaped like a place ("Artois", "Yorkshire", "Bellville": "-ois", "-shire",
  "-ville", "-bourg", "-hausen", "-dorf", "-stadt") after a word-like given name makes the run
  no person.
- "Mister" and "mgr" also start shop and product names or mean "manager": the name after them
  is a known surname or has a surname's shape ("Mister Smith", "mgr Kowalski"; not "Mister
  Spex", "pkg mgr Homebrew").
- A German compound title that names a body rather than a person ("Betriebsrat", "Aufsichtsrat",
  "Bundesrat") is followed by the company or country it belongs to ("Der Betriebsrat Bosch").

The word lists are hand-written, lower case.
"""

from __future__ import annotations

import re

from proxy.classify._base import words
from proxy.classify.detectors import _names_data as data

#: Given names that are places first (hand-written, and the gazetteer's given names that are
#: places).
PLACE_GIVEN = frozenset(
    words(
        "Victoria|Chelsea|Paris|Florence|Sydney|Austin|Dallas|Georgia|Virginia|Carolina|"
        "Adelaide|Jordan|India|Lourdes|Madison|Savannah|Brooklyn|Phoenix|Houston|Lincoln|"
        "Orlando|Valencia|Roma|Regina|Siena|Verona|Aurora|Asia|Africa|America|Europa|Kenya|"
        "Dakota|Montana|Berlin|London|Vienna|Alexandria|Florida|Kingston|Hamilton|Camden|"
        "Denver|Cheyenne|Tyrone|Salem|Sherwood|Wellington|Windsor|Chester|Lorraine|Normandie|"
        "Bretagne|Savoie|Provence|Toscana|Sevilla|Granada|Lucerne|Geneva|Genève|Bologna"
    )
) | (data.GIVEN & data.PLACES)
#: Product, company, service and place words that end a brand or place name ("Victoria
#: Metrics", "Chelsea Wharf", "Anna Labs"); a known surname among them stays a surname.
THING_WORDS = frozenset(
    words(
        "metrics|analytics|labs|lab|brewery|brewing|distillery|winery|bakery|roastery|"
        "cosmetics|fashion|apparel|couture|jewellery|jewelry|optics|optik|pharma|biotech|"
        "logistics|motors|automotive|airlines|aviation|marine|shipping|foods|beverages|"
        "networks|telecom|media|games|gaming|studios|records|software|systems|solutions|"
        "technologies|tech|digital|cloud|security|insurance|capital|ventures|partners|"
        "holdings|group|retail|store|stores|shop|outlet|mall|market|markets|boutique|salon|"
        "spa|resort|hotels|hostel|inn|lodge|tavern|grill|diner|pizzeria|trattoria|bistro|"
        "brasserie|kitchen|cafe|coffee|tea|chocolate|chocolates|candy|beer|beers|ale|lager|"
        "cider|gin|vodka|whisky|whiskey|rum|wines|wine|spirits|water|cola|soda|"
        "wharf|quay|pier|dock|docks|marina|embankment|terrace|crescent|mews|promenade|"
        "esplanade|parade|arcade|galleria|plaza|piazza|precinct|estates|gate|gateway|junction|"
        "basin|canal|reservoir|dam|fjord|gorge|canyon|creek|springs|meadows|woods|forest|"
        "heath|moor|downs|ridge|peak|summit|pass|point|cape|isles|islands|harbour|harbor|port|"
        "beach|bay|lagoon|reef|falls|rapids|glacier|valley|heights|hills|park|gardens|zoo|"
        "aquarium|circuit|raceway|speedway|velodrome|racecourse|stadium|arena|dome|"
        "express|rail|railway|railways|metro|tram|bus|buses|ferries|cruises|"
        "tours|travel|fitness|gym|clinic|dental|pharmacy|apotheke|pharmacie|farmacia|"
        "database|api|sdk|framework|engine|server|platform|browser|editor|"
        "toolkit|toolbox|stack|hub|app|apps|vpn|cdn|"
        "brauerei|bräu|brau|kellerei|weingut|verlag|werke|werk|bank|versicherung|"
        "rovers|wanderers|rangers|albion|hotspur|athletic|athletics|sporting|olympic|"
        "brasseur|brasserie|cave|caves|vignoble|domaine|château|birrificio|cantina|"
        "cervecería|bodega|bodegas|brouwerij|stokerij|browar|gorzelnia|winnica"
    )
)
#: Lower-case product and company nouns right after a brand ("Stella Artois beer").
PRODUCT_AFTER = frozenset(
    words(
        "beer|beers|lager|ale|cider|wine|wines|vodka|gin|whisky|whiskey|rum|champagne|"
        "bier|bière|bières|birra|birre|cerveza|cervezas|piwo|wijn|wein|vin|vino|"
        "bottle|bottles|pint|pints|glass|glasses|brand|brands|label|logo|shop|store|"
        "stores|outlet|products|product|perfume|fragrance|lingerie|handbag|sneakers|shoes|"
        "car|cars|truck|trucks|bike|bikes|phone|phones|laptop|tablet|console|"
        "database|dashboard|cluster|instance|instances|plugin|plugins|library|framework|"
        "package|module|sdk|api|server|servers|app|apps|platform|stack|deployment|"
        "exporter|agent|operator|helm|chart|charts|metrics|query|queries|storage|"
        "shares|ipo|subsidiary|headquarters|franchise|restaurant|restaurants|"
        "hotel|hotels|brewery|brewer|brewers|distillery|factory|marke|laden|filiale|"
        "marque|magasin|boutique|marchio|negozio|marca|tienda|merk|winkel|sklep"
    )
)
#: Endings that make an unknown last token a place ("Artois", "Yorkshire", "Bellville").
PLACE_SHAPES = words("ois|shire|ville|bourg|burgh|hausen|dorf|stadt|heim|polis|grad|land")
#: German compound titles that name a body (a council, a board), not a person.
BODY_TITLES = re.compile(
    r"(?:betriebs|gesamtbetriebs|konzernbetriebs|aufsichts|personal|verwaltungs|bundes|"
    r"sicherheits|europa|minister|wirtschafts|sachverständigen|ethik|rundfunk|fernseh|"
    r"stiftungs|eltern|schüler|kunden|fach|bei|kuratoriums|hochschul|senats|national|"
    r"welt|völkerbunds|verbands)(?:rat|rats|rates|räte|räten)",
    re.IGNORECASE,
)
_NEXT = re.compile(r"^[ \t]+([\w’'-]+)")
#: Titles that also start shop names or abbreviate "manager" ("Mister Spex", "pkg mgr").
WEAK_TITLES = frozenset(words("Mister|mgr|Mgr"))


def thing_last(last: str) -> bool:
    """Whether a last token names a product, company or place ("Metrics", "Wharf") and is no
    known surname."""
    lower = last.lower()
    if last in data.SURNAMES:
        return False
    return lower in THING_WORDS or (lower.endswith("s") and lower[:-1] in THING_WORDS)


def product_after(after: str) -> bool:
    """Whether a lower-case product or company noun follows the name ("Stella Artois beer")."""
    nxt = _NEXT.match(after)
    return nxt is not None and nxt.group(1) in PRODUCT_AFTER


def place_shaped(last: str) -> bool:
    """Whether an unknown last token is shaped like a place ("Artois", "Yorkshire")."""
    return last not in data.SURNAMES and last.lower().endswith(PLACE_SHAPES)


def brand_like(last: str) -> bool:
    """Whether an unknown token after a word-like given name makes the pair a place or a brand:
    a thing word or a place shape ("Victoria Metrics", "Stella Artois")."""
    return thing_last(last) or place_shaped(last)


def body_title(title: str) -> bool:
    """Whether a German compound title names a body ("Betriebsrat", "Aufsichtsräte")."""
    return BODY_TITLES.fullmatch(title.replace("-", "")) is not None


def weak_title_ok(title: str, names: list[str]) -> bool:
    """Whether the name after a weak title ("Mister", "mgr") is a known surname or has a
    surname's shape (the last token), as "Mister Smith" and "mgr Kowalski" do."""
    if title not in WEAK_TITLES:
        return True
    last = names[-1][:-2] if names[-1].endswith(("'s", "’s")) else names[-1]
    return last in data.SURNAMES or data.shaped(last)
