"""Phone numbers in the forms people write them, valid by the ``phonenumbers`` library.

International numbers (``+49 30 …``, ``0049 30 …``, ``tel:+33…``) count on their own. National
numbers count after a phone cue (or with one right after them), as a mobile with a trunk zero,
or grouped exactly as their country writes them (DIN 5008 ``030 12345678``, ``06 12 34 56 78``,
``089/1234567``; without a trunk zero only the Italian and Spanish mobile shapes ``347 123
4567``, ``612 34 56 78``, and threes, ``698 207 415``, in Polish text, or in Spanish text as a
record's cell). A number in one run or in two groups without a trunk zero needs a cue
right before it (``cellulare 3471234567``). Which country's plan reads a national number: the
cue word's language first, then a main country whose own grouping it has (the North American
form and a slash after the area code put their countries first), then a fixed order. Hotlines,
toll-free, premium and shared-cost numbers and the ranges reserved for fiction are not personal.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from proxy.classify._base import DIGITS, Detector, Hit, Scan, words
from proxy.classify.detectors import _names_data as names_data
from proxy.classify.detectors._address_lines import FIRM_LINE
from proxy.classify.detectors._id_context import labelled_otherwise
from proxy.classify.detectors._phone_cues import (
    AMOUNT_BEFORE,
    cue_after,
    cue_before,
    kin_before,
    line_before,
    tail_after_cue,
)
from proxy.classify.detectors._phone_language import text_regions
from proxy.classify.detectors._phone_plans import (
    Reading,
    is_mobile,
    national,
    personal,
    read,
    written_as_phone,
)
from proxy.classify.detectors._polish_forms import polish_text
from proxy.classify.detectors._record_names import before_phone
from proxy.classify.detectors.dates import BIRTH_CUE_BEFORE

_PHONE_CUES = re.compile(
    # "cell" before a spreadsheet reference ("in cell B4 write …") is no cue
    r"(?:\btel\b|tél|phone|mobile|cell(?![ \t]*[A-Za-z]{0,3}\d{1,5}(?!\d))|handy|telefon|"
    r"telefoon|teléfono|telefono|cellulare|"
    r"móvil|movil|mobiel|komórka|tel\.|portable|fax|whatsapp|call me|reach me|ring me|"
    r"appelez|appeler|joindre|anrufen|erreichbar|chiamami|llámame|bel me|zadzwoń|numer tel|"
    r"contattar[eloa]|"
    r"phone number|numéro de téléphone|rufnummer|numero di telefono|número de teléfono|"
    r"festnetz|landline|\bfixe\b|\bfisso\b|\bfijo\b|vaste lijn|stacjonarny|\bmob\b|mobil|"
    r"my number|mon numéro|meine nummer|il mio numero|mi número|mijn nummer|mój numer|"
    r"\bmy (?-i:[A-Z][A-Za-z]+) number|\bmy (?:international|mobile|home|work) (?:one|number)|"
    r"\b[TMF]\s*:|\bnr\.? tel|"
    # the number to call back on ("Terugbelnummer 06-29077413")
    r"terugbel|rückrufnummer|rückruf unter|call ?back|numéro de rappel|richiamat|"
    r"devolver la llamada|oddzwon)"
    r"[^\n]{0,40}$",
    re.I,
)
_HOTLINE_CUES = re.compile(
    r"(?:hotline|helpline|service client|customer service|customer care|kundenservice|"
    r"kundendienst|servizio clienti|numero verde|atención al cliente|klantenservice|infolinia|"
    r"switchboard|standard|zentrale|centralino|centralita|reception|support line|service line)"
    r"[^\n]{0,40}$",
    re.I,
)
#: Labels of numbers that are not phone numbers (an order number can look like a landline).
_OTHER_NUMBER_CUES = re.compile(
    r"(?:nummer|number|numéro|numero|número|numer|\bnr\b|\bno\b|\bid\b|\bref|order|commande|"
    r"bestellung|ordine|pedido|bestelling|zamówieni|invoice|facture|rechnung|fattura|factura|"
    r"factuur|faktura|account|konto|compte|conto|cuenta|rekening|iban|svnr|pesel|steuer|"
    # abbreviations as whole words: not "Vater", "taxi", "usted"
    r"\b(?:ssn|bsn|nif|dni|tax|vat|tva|ust|nip|krs)(?:\b|id)|siret|siren|ticket|case|dossier|akte|"
    r"regon)"
    r"[^\n]{0,25}$"
    # an article or product code's label right before it ("PZN 04894632", "Art.-Nr. …")
    r"|(?:\bpzn|\bean|\bgtin|\bsku|\baic|\bcip|\bcnk|\bartikel(?:nummer)?|\barticle|\barticolo|"
    r"\bartículo|\bart\.)[ \t]*(?:-?nr\.?|no\.?|n[°º]|number|nummer|numéro|code)?[ \t:#.\-]{0,3}$"
    # a code names the number only as its label ("Code: 0612345678", not "the code to 06 …")
    r"|(?:codice|\bcode|código|\bkod\b)[ \t]*[:#]?[ \t]*$",
    re.I,
)
#: Words after a phone cue that make the next number another one ("Telefon: 030 1234567,
#: Kundennummer 0301234568"); they count only when a number stands between (a person word
#: after the cue, "Téléphone du client : 06 …", keeps the number a phone).
_TAIL_NUMBER_LABEL = re.compile(
    r"(?:nummer|number|numéro|numero|número|numer|\bnr\b|\bno\b|n[°º]|order|commande|"
    r"bestell|ordine|pedido|bestelling|zamówien|invoice|facture|rechnung|fattura|factura|"
    r"factuur|faktura|iban|konto|ticket|dossier|aktenzeichen)[^\n]*$",
    re.I,
)


#: A country code right before a number without a phone cue: a VAT or company number
#: ("BE 0793 013 186", "IT 06863340961"), unless grouped as a phone ("BE 0471 23 45 67").
_COUNTRY_CODE_BEFORE = re.compile(
    r"(?<![^\W_])(?:AT|BE|BG|CH|CY|CZ|DE|DK|EE|EL|ES|FI|FR|GB|HR|HU|IE|IT|LT|LU|LV|MT|NL|NO|PL|"
    r"PT|RO|SE|SI|SK)[ .:\-]?$"
)


#: A record that labels the number right after a call word ("call him back re: case 0161 …",
#: "zadzwonimy, gdy zamówienie 5012 …"): its word, then only a number word or a code ("FV"),
#: "#" or ":" before the number. Not "in case", "in order to", nor a record mentioned earlier
#: in the sentence.
_TAIL_RECORD = re.compile(
    r"(?<![^\W_])(?<!in )(?:order|commande|bestellung|ordine|pedido|bestelling|zamówieni[ea]|"
    r"invoice|facture|rechnung|fattura|factura|factuur|faktur[ay]|ticket|dossier|aktenzeichen|"
    r"case|expediente|umow[ayie]|tracking|contrat|contract|vertrag|contratto|contrato|pratica)"
    r"(?:[ \t]*(?:no|nr|n°|number|nummer|numéro|numero|número|numer|(?-i:[A-Z]{1,4}))\.?)?"
    r"[ \t:#.\-]*$",
    re.I,
)


def _names_other_number(tail: str) -> bool:
    """Whether the text after a phone cue names another record, or passes another number and
    names the next one."""
    if _TAIL_RECORD.search(tail):
        return True
    return any(c.isdigit() for c in tail) and _TAIL_NUMBER_LABEL.search(tail) is not None


#: Where a number may start: not inside a word, a number or a path; right after a label's colon
#: ("Tel.:+49 …", "Mobil:0171 …", "tel:+4917…" in a link), not after a time's ("12:30").
_START = r"(?:(?<=[^\W\d_]:)|(?<=\.:)|(?<![\w+/.,:-]))"

PHONE = Detector(
    "phone",
    DIGITS,
    re.compile(
        _START + r"(?<!\d[ \-.])(?<![A-Z\d]{4} )(?:\(?\+|00|\(0 ?|0)\d[\d \-./()]{5,20}\d"
        r"(?![\w]|[.,]\d)"
    ),
    lambda m, s: _phone(m, s),
    back=48,
    ahead=24,
)
#: National numbers without a trunk zero (Italian, Spanish, Polish mobiles), grouped, or in one
#: run ("cellulare 3471234567", "móvil: 612345678": only right after a cue word, with no other
#: number's label between). One pattern, so a digit window runs one regex for both.
PHONE_BARE = Detector(
    "phone.bare",
    DIGITS,
    re.compile(
        r"(?<![\w+/.,-])(?<!\d[ \-.])(?<![A-Z\d]{4} )(?:\([1-9]\d{1,3}\)|[1-9]\d{1,3})"
        r"(?:[ .\-/]\d{2,4}){0,3}[ .\-/]\d{2,8}(?![\w]|[.,/-]\d)"
        r"|(?P<run>(?:(?<=wa\.me/)|" + _START + r")[1-9]\d{8,14}(?![\w]|[.,/\-]\d))"
    ),
    lambda m, s: _phone_run(m, s) if m.group("run") else _phone(m, s),
    back=48,
    ahead=24,
)
#: Mobiles written without a trunk zero, by the grouping their plan uses (Italian "347 123 4567",
#: Spanish "612 34 56 78"); groups of three ("601 234 567") are how amounts are written too, so
#: they are read as Polish mobiles in Polish text only (and not before a currency or a unit).
_BARE_MOBILE_SHAPES = {(3, 3, 4): "IT", (3, 2, 2, 2): "ES"}
#: Polish and Spanish labels of amounts, counts and codes shortly before a number ("Budżet: 601
#: 234 567", "produktu 501 502 503", "el presupuesto total es 612 348 905"); a unit after it is
#: ``labelled_otherwise``'s ("512 345 678 sztuk").
_AMOUNT = re.compile(
    r"(?:budżet|kwot|sum[aęy]|wartoś|cen[aęy]|koszt|przych|dochód|saldo|razem|łącznie|"
    r"wynagrodz|obrót|zysk|strat|liczb|ilość|populacj|produkt|indeks|artykuł|kod|partii|"
    r"serii|presupuest|importe|total|suma|cost[eo]|precio|cantidad|poblaci|habitantes|"
    r"factura|ventas|ingresos|beneficio|valor|cifra|pedido|referencia|código)[^\n\d]{0,20}$",
    re.I,
)
_DATE_LIKE = re.compile(r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|\d{6}[-+]\d{4}")


def _phone(m: re.Match[str], scan: Scan) -> Iterator[Hit]:
    """A valid personal phone number: international, or national with a cue or a mobile."""
    raw, start = m.group(0), m.start()
    if raw.startswith("(") and raw.count("(") == raw.count(")") + 1:
        raw, start = raw[1:], start + 1  # a number in brackets: "Élodie (06 71 42 38 90)"
        if raw.startswith("0 "):
            return  # only "(0 …" reads a lone zero as a trunk: "(0 612 345 678 EUR)"
    international = raw.startswith(("+", "00", "(+"))
    digits = re.sub(r"\D", "", raw.replace("(0)", "", 1) if international else raw)
    if not 8 <= len(digits) <= 15 or raw.count("(") != raw.count(")") or _DATE_LIKE.fullmatch(raw):
        return
    if re.search(r"[.,]\d$", raw):
        return  # ends like a decimal fraction (Decimal('+35236450.6'))
    wide = scan.before(start, 60)
    before = line_before(wide)
    if _HOTLINE_CUES.search(before) or BIRTH_CUE_BEFORE.search(before):
        return
    if international:  # "(+49) 171 …": the country code in brackets; "(0)": the trunk
        number = read("+" + raw.replace("(0)", "").lstrip("(+0"), None)
    else:
        number = _uncued_or_cued(raw, before, scan.after(m.end(), 16), wide)
    if personal(number):
        yield Hit("pii.phone", None, start, m.end())
        # the record's person: "Zanetti Pietro cell. 340 …"
        name = before_phone(scan, start, m.end())
        if name is not None:
            yield name


def _uncued_or_cued(raw: str, before: str, after: str, wide: str) -> Reading | None:
    """A national number after (or right before) a cue; without one, a number with a trunk
    zero that is a mobile or grouped as its country writes it, or a mobile without a trunk
    zero ("347 123 4567", "601 234 567") grouped exactly as its country writes it."""
    hint = cue_before(before)
    if hint is None:
        hint = cue_after(after, before)
        if hint is not None and len(set(re.sub(r"\D", "", raw))) < 4:
            return None  # a round figure named by what follows ("600 000 000 - móvil")
    if hint is None and kin_before(before) and not _OTHER_NUMBER_CUES.search(before):
        return _kin_number(raw, text_regions(wide + " " + after))
    if not raw.startswith(("0", "(")) and len(re.findall(r"\d+", raw)) == 2:
        # two groups without a trunk zero ("347/1234567", "612 345678"): only right after a
        # cue, as a number in one run ("Telefonat am 2024 1203" is a date and a time)
        strict = cue_before(before, strict=True)
        strict = cue_after(after, before) if strict is None else strict
        short = len(re.sub(r"\D", "", raw)) < 9
        if strict is None or short:
            return None
        return national(raw, strict or text_regions(wide + " " + after), cued=True)
    if hint is not None or _PHONE_CUES.search(before):
        tail = tail_after_cue(before)  # "Telefon: …, Kundennummer 0301234567"
        if tail != before and _names_other_number(tail):
            return None
        return national(raw, hint or text_regions(wide + " " + after), cued=True)
    if _OTHER_NUMBER_CUES.search(before):
        return _mobile_after_number_word(raw, before, text_regions(wide + " " + after))
    if raw.startswith(("0", "(")):
        number = national(raw, (), cued=False)
        coded = _COUNTRY_CODE_BEFORE.search(before) is not None
        if number is None or (coded and not written_as_phone(raw, number)):
            return None
        if FIRM_LINE.search(before) and _mobile_in(raw, _MOBILE_REGIONS) is None:
            return None  # a firm's line ("… B.V. · KvK … · 020 555 0100"); a mobile is a person's
        return number
    return _bare_mobile(raw, before, after, wide)


def _kin_number(raw: str, regions: tuple[str, ...]) -> Reading | None:
    """A number after a family word ("Vater 0157 …", "madre 677 204 518"): one with a trunk
    zero or an area code in brackets, or a mobile; not a table of figures or a date ("Mama 12
    24 36 48", "Mutter 16 12 1958")."""
    if raw.startswith(("0", "(")):  # a trunk zero, an area code in brackets
        return national(raw, regions, cued=True)
    mobiles = (n for r in regions or _MOBILE_REGIONS if (n := read(raw, r)) and is_mobile(n))
    return next(mobiles, None)


#: A number word as the label of the number that follows ("Best number is …", "Numéro à
#: porter : …", "Over te zetten nummer: …").
_NUMBER_WORD = re.compile(
    r"(?<![^\W\d_])(?P<word>number|nummer|numéro|numero|número|numer)(?![^\W\d_])[^\n\d]{0,25}$",
    re.I,
)
#: The words that may stand right before that number word: an article, a possessive, or what
#: tells whose or which phone it is; any other ("tracking number", "Serial number") names a
#: record.
_BEFORE_NUMBER_WORD = frozenset(
    words(
        "best|my|his|her|their|our|your|the|a|new|mobile|cell|contact|private|personal|direct|"
        "home|work|old|this|that|current|main|phone|le|mon|son|sa|ton|votre|notre|leur|ce|"
        "nouveau|du|un|die|meine|seine|ihre|deine|neue|eine|het|zijn|haar|mijn|nieuwe|jouw|uw|"
        "een|zetten|porteren|mobiele|il|mio|suo|tuo|nuovo|el|mi|su|tu|nuevo|mój|moj|jej|jego|"
        "nowy|twój|ten"
    )
)
_LAST_WORD = re.compile(r"([^\W\d_]+)[ \t]+$")
_GAP_WORDS = re.compile(r"[^\W\d_]+")
#: The words that may stand between the number word and the number: a copula, "now", "to
#: port" ("Numéro à porter", "te porteren"); any other ("de commande", "der Rechnung", "de
#: suivi") names what the number is of.
_AFTER_NUMBER_WORD = frozenset(
    words(
        "is|was|es|est|ist|è|era|now|à|a|to|te|zu|do|porter|port|portare|portar|portieren|"
        "porteren|zetten|overzetten|przeniesienia|nowy|new|nouveau|neue|nuovo|nuevo|nieuwe"
    )
)


#: Where a mobile after a number word is looked for when the text's language names none.
_MOBILE_REGIONS = ("GB", "IE", "FR", "BE", "DE", "AT", "IT", "ES", "PT", "NL", "PL")


def _mobile_after_number_word(raw: str, before: str, regions: tuple[str, ...]) -> Reading | None:
    """A mobile grouped as its country writes it (with its trunk zero, or an Italian, Spanish
    or Polish one without: "numero 335 610 4478"), after a number word that names no record:
    the word labels the phone (an order or customer number has no mobile's prefix and
    grouping)."""
    word = _NUMBER_WORD.search(before)
    if word is None:
        return None
    previous = _LAST_WORD.search(before, 0, word.start())
    if previous is not None and previous.group(1).lower() not in _BEFORE_NUMBER_WORD:
        return None  # "Tracking number 07946 …"
    gap = _GAP_WORDS.findall(before[word.end("word") :].lower())
    if any(g not in _AFTER_NUMBER_WORD for g in gap):
        return None  # "numéro de commande : 06 …", "Die Nummer der Rechnung 0171 …"
    return _mobile_in(raw, regions or _MOBILE_REGIONS)


def _mobile_in(raw: str, regions: tuple[str, ...]) -> Reading | None:
    """The first reading of ``raw`` in ``regions`` that is a mobile written as its country
    writes it."""
    for region in regions:
        number = read(raw, region)
        if number is not None and is_mobile(number) and written_as_phone(raw, number):
            return number
    return None


def _bare_mobile(raw: str, before: str, after: str, wide: str) -> Reading | None:
    """A mobile without a trunk zero and without a cue, grouped as its country writes it."""
    shape = tuple(len(g) for g in re.findall(r"\d+", raw))
    region = _BARE_MOBILE_SHAPES.get(shape)
    if shape == (3, 3, 3) and not _AMOUNT.search(before) and not AMOUNT_BEFORE.search(before):
        # "698 207 415": how Polish mobiles are written, in Polish text only; Spanish ones
        # are written so too ("612 348 905"), read so in Spanish text only
        around = wide + " " + after
        region = "PL" if polish_text(around) else _spanish_three(raw, before, after, around)
    if region is None or (labelled_otherwise(before, after) and not _owner_before(before)):
        return None
    number = read(raw, region)
    if number is None or not is_mobile(number):
        return None
    return number if shape == (3, 3, 3) or written_as_phone(raw, number) else None


#: What a Spanish mobile in threes is a cell of: it follows a person's name, ends its clause or
#: a table's cell (an e-mail may follow), and no preposition or verb of quantity stands before
#: it ("fue de 612 345 678", "supera las …"); a noun after it makes it a count ("712 450 331
#: reproducciones").
_CELL_END = re.compile(r"[ \t]*(?:$|[\r\n,;)|]|\.(?:\s|$)|[\w.+-]+@)")
#: The person the number belongs to, right before it: two capitalised words ("Firmado: Jonatan
#: Vázquez, 612 348 905", "Iratxe Goikoetxea 634 210 998"); a label ("Reproducciones: …") is none.
_NAME_RIGHT_BEFORE = re.compile(r"[A-ZÁÉÍÓÚÑ][\w'’-]+(?:[ ][A-ZÁÉÍÓÚÑ][\w'’-]+)+,?[ \t]+$")
_QUANTITY_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:de|a|las|los|en|fue|fueron|es|son|del|al|unos|unas|más|menos|casi|"
    r"supera|superó|alcanzó|llegó|llegaron|registró|marca|recibió|total)[ \t]*$",
    re.I,
)


#: A person's full name right before a number, after a dash or a comma ("Clienta: Aitana
#: Morales Cruz - 699 12 38 45"): the label before the name names the person, not the number.
_OWNER_BEFORE = re.compile(
    r"([A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]+)(?:[ ](?:(?:de|la|del|van|von|di|da|der|den)[ ])*"
    r"[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]+)+[ ]*[-–,][ \t]*$"
)


def _owner_before(before: str) -> bool:
    """Whether a known given name opens a full name right before the number."""
    owner = _OWNER_BEFORE.search(before)
    return owner is not None and owner.group(1) in names_data.GIVEN


def _spanish_three(raw: str, before: str, after: str, around: str) -> str | None:
    """ "ES" for a number in threes with spaces in Spanish text that is a cell (see above)."""
    if "." in raw or "-" in raw or text_regions(around) != ("ES",):
        return None
    if _QUANTITY_BEFORE.search(before) or not _CELL_END.match(after):
        return None
    return "ES" if _NAME_RIGHT_BEFORE.search(before) else None


def _phone_run(m: re.Match[str], scan: Scan) -> Iterator[Hit]:
    """A run of digits right after a cue word (or followed by one), valid in the cue's
    countries or the cued ones."""
    wide, after = scan.before(m.start(), 60), scan.after(m.end(), 16)
    before, digits = line_before(wide), m.group(0)
    if len(set(digits)) < 4:
        return  # a round figure ("120000000")
    hint = cue_before(before, strict=True)
    if hint is not None:
        if _names_other_number(tail_after_cue(before)) or labelled_otherwise("", after):
            return
    else:
        hint = cue_after(after, before)
        if hint is None or labelled_otherwise(before, after):
            return
    if BIRTH_CUE_BEFORE.search(before) or _HOTLINE_CUES.search(before):
        return
    # more than 11 digits: an international number without its "+" (wa.me/4917…, phone=4917…)
    international = len(digits) > 11
    hint = hint or text_regions(wide + " " + after)
    number = read("+" + digits, None) if international else national(digits, hint, cued=True)
    if personal(number):
        yield Hit("pii.phone", None, m.start(), m.end())


DETECTORS = (PHONE, PHONE_BARE)
