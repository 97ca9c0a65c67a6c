"""Words that present a phone number, per language, and the countries each language suggests.

A cue word is a label ("Tel.", "Handy", "portable", "cellulare", "móvil", "mobiel", "komórka",
"tfn") or a phrase that asks to call ("ruf mich an unter", "appelle-moi au", "chiamami al",
"bel me op", "zadzwoń pod"). Its language ranks the countries whose numbering plan is tried
first: "089 1234567" after "Handy" is a Munich number, not a French premium one. A word used
in several languages ("Tel.", "mobile", "GSM", "WhatsApp") suggests no country.
"""

from __future__ import annotations

import re

from proxy.classify._base import alternation, words
from proxy.classify.detectors._relation_words import BUSINESS, RELATIONS

#: Cue words by the countries their language suggests ("" suggests none).
_BY_REGIONS = {
    "": "tel|tel.|telefon|telephone|phone|mobile|mobil|mob|mob.|gsm|whatsapp|fax|cell|cel|cel.|"
    "tlf|tlf.|tfn|tfn.|wa.me|telnr|tel.-nr|tel.nr|tel-nr",
    "DE AT CH": "handy|handynummer|mobilnummer|mobiltelefon|mobilfunk|mobilfunknummer|"
    "telefonnummer|festnetz|festnetznummer|rufnummer|durchwahl|natel|ruf mich an|ruf an|"
    "handynr|handy-nr|mobilnr|mobil-nr|telefonnr|telefon-nr|"
    "rufen sie mich|rufen sie|anrufen|erreichbar|erreichen|erreichst|meine nummer|"
    "meine handynummer|schreib mir|simse|seine nummer|ihre nummer|deine nummer|"
    "seine handynummer|ihre handynummer|deine handynummer|meine neue nummer|seine neue nummer|"
    "ihre neue nummer|deine neue nummer",
    "FR BE CH": "tél|tél.|téléphone|portable|mon portable|numéro de téléphone|numéro de portable|"
    "appelle-moi|appelez-moi|appelez|appeler|joindre|rappeler|mon numéro|fixe|ligne fixe|"
    "contactez-moi|écris-moi|texto|son numéro|ton numéro|votre numéro|leur numéro|"
    "le joindre|la joindre|l'appeler|mon nouveau numéro|son nouveau numéro|ton nouveau numéro|"
    "votre nouveau numéro",
    "IT CH": "cellulare|cell.|telefono|numero di telefono|numero di cellulare|chiamami|"
    "chiamare|chiamatemi|il mio numero|fisso|numero fisso|recapito|contattami|contattatemi|"
    "scrivimi|il suo numero|il tuo numero|il vostro numero|suo numero|tuo numero|"
    "contattare|contattarla|contattarlo|chiamarla|chiamarlo|il mio nuovo numero|"
    "il suo nuovo numero|il tuo nuovo numero|mio nuovo numero|suo nuovo numero|tuo nuovo numero",
    "ES": "móvil|movil|teléfono|telf|telf.|tfno|tfno.|teléf.|número de teléfono|llámame|"
    "llamar|llámeme|mi número|mi móvil|fijo|celular|escríbeme|contáctame|su número|"
    "tu número|su móvil|tu móvil|llamarla|llamarle|llamarlo|mi nuevo número|su nuevo número|"
    "tu nuevo número|llama|llame|llamad|llamen|llámenos|llámale|llámala|llámalo|llámele|"
    "contacte|contacta|contactar|contacten|contáctenos|contactarle|contactarla|contactarlo",
    "NL BE": "mobiel|mobieltje|telefoon|telefoonnummer|mobiele nummer|06-nummer|bel me|bel mij|"
    "bellen|mijn nummer|vaste lijn|vast nummer|bereikbaar|app me|sms me|haar nummer|"
    "zijn nummer|je nummer|jouw nummer|uw nummer|hun nummer|bel haar|bel hem|"
    "mijn nieuwe nummer|haar nieuwe nummer|zijn nieuwe nummer|je nieuwe nummer",
    "PL": "komórka|komórki|komórkę|komórkowy|nr tel|nr tel.|numer telefonu|numer komórki|"
    "tel. kom.|zadzwoń|zadzwonić|dzwoń|mój numer|stacjonarny|telefonu|napisz sms|"
    "pod numerem|jej numer|jego numer|twój numer|pani numer|pana numer|zadzwonimy|"
    "zadzwonię|zadzwoni|oddzwonić|oddzwonimy|dzwonić|mój nowy numer|jej nowy numer|"
    "jego nowy numer|twój nowy numer",
    "GB IE": "phone number|mobile number|my number|call me|ring me|reach me|text me|"
    "landline|cell phone|cellphone|home phone|work phone|whatsapp me|his number|"
    "her number|your number|their number|call him|call her|ring him|ring her|text him|"
    "text her|my new number|his new number|her new number|your new number",
    "SE": "ring mig|mitt nummer",
    "PT": "telemóvel|telemovel|telefone|ligue-me|o meu número",
}
#: Each cue word and the countries it suggests.
CUE_REGIONS = {
    word: tuple(regions.split()) for regions, text in _BY_REGIONS.items() for word in words(text)
}

#: A cue word as a whole word (underscores count as separators: ``phone_number``, ``tel_no``),
#: or "my <Country> number" ("My Israeli number is", "my CN number").
_CUE_WORD = re.compile(
    r"(?<![^\W_])(" + alternation(CUE_REGIONS) + r"|my (?-i:[A-Z][A-Za-z]{1,15}) number)(?![^\W_])",
    re.I,
)
#: What may stand between a cue and a grouped number: a colon, a preposition, a few words.
_CONNECTOR = re.compile(r"[^\n\d]{0,32}")
#: What may stand between a cue and a number in one run: punctuation and the small words that
#: introduce a number ("è", "es el", "is", "to", "al", "au", "op", "pod", "unter", "mich"),
#: never other words ("mobile app build 20241203", "Handy kostet 120000000").
_LINK_WORDS = words(
    "è|e|é|es|el|is|ist|est|to|jest|at|on|al|au|op|pod|unter|under|a|the|me|mich|moi|mi|mij|"
    "mnie|nr|no|number|nummer|numéro|numero|número|numer|di|de|du|del|van|der|die|la|le|il|lo|"
    "sur|su|en|in|w|na|mein|meine|my|mon|ma|mio|mia|mijn|mój|moja|per|for|für|pour|ist die|"
    "lautet|est le|c'est le|wynosi|vale|ist:|o|é o|"
    # given or left ("hat mir ihre Nummer gegeben: 030 …", "left his number, 07…")
    "gegeben|hinterlassen|gegeven|achtergelaten|given|gave|left|donné|laissé|dato|lasciato|"
    "dado|dejado|podał|podała|zostawił|zostawiła"
)
#: Someone else's number ("son numéro", "your number", "haar nummer"): "number" alone labels
#: orders and cases too, so these name a phone only when small linking words stand between
#: them and the number.
_POSSESSIVE = frozenset(
    words(
        "seine nummer|ihre nummer|deine nummer|son numéro|ton numéro|votre numéro|leur numéro|"
        "il suo numero|il tuo numero|il vostro numero|suo numero|tuo numero|su número|tu número|"
        "haar nummer|zijn nummer|je nummer|jouw nummer|uw nummer|hun nummer|jej numer|jego numer|"
        "twój numer|pani numer|pana numer|his number|her number|your number|their number"
    )
)
#: A new number announced ("my new number", "son nouveau numéro", "jej nowy numer"): the same.
_NEW_NUMBER = re.compile(r"(?:new|nouveau|neue|nuovo|nuevo|nieuwe|nowy) \w+$")
_STRICT_CONNECTOR = re.compile(
    r"(?:[ \t:=#.,\-\"'(_/]|(?<![^\W_])(?:" + alternation(_LINK_WORDS) + r")(?![^\W_])){0,12}",
    re.I,
)


def line_before(before: str) -> str:
    """The part of the text before a number that a cue pattern anchored at its end
    (``[^\n]{0,40}$``) can see: the number's line, or the line before when the number starts
    a line (``$`` also matches before a final newline). Searching only that part is cheap in a
    list of one number a line and finds the same cues."""
    start = before.rfind("\n", 0, len(before) - 1) if before.endswith("\n") else before.rfind("\n")
    return before[start + 1 :]


def _last_cue(before: str) -> re.Match[str] | None:
    """The last cue word in the text."""
    return next(reversed(list(_CUE_WORD.finditer(before))), None)


#: Polish "pod numerem" (under the number) after a record: a case, register, order or parcel
#: number ("sprawa pod numerem …", "zarejestrowana pod numerem …"), not a phone.
_RECORD_BEFORE_POD = re.compile(
    r"(?:(?<!w )spraw|rejestr|zarejestrow|wpisan|wpis\b|zamówieni|faktur|\bakt|sygnatur|ewidencj|"
    r"zgłoszeni|reklamacj|przesyłk|paczk|umow|wnios|decyzj|polis|rachun|\bkont(?:o|a|em|u)\b|dokument|"
    r"patent|\bkrs|regon|\bnip|księg|prowadzon|figuruj|toczy|zapisan|zamówion|zlecen)"
    # no call word between the record and "pod numerem" ("… faktury proszę dzwonić pod numerem")
    r"(?:(?!dzwo|zadzwo|kontakt|tel|sms|whatsapp)[^\n\d]){0,40}$",
    re.I,
)


#: Whose number it is, as emergency-contact lists and carers' sheets write it: a family word
#: ("Vater 0157 …", "madre 677 204 518", "gran 01872 553 910"), then only names, brackets and
#: small words ("Vater Mirko Krause 089 …", "mamma di Sofia (Laura De Luca) 328 …", "his dad
#: Ciarán on 087 …"). Business relations ("partner", "boss", "chef") are not among them.
_FAMILY = (RELATIONS - BUSINESS) | frozenset(
    words(
        "parent|parents|guardian|gran|nan|grandparents|mommy|mummy|daddy|eltern|mutti|vati|papa|maman|tuteur|tutrice|"
        "mamma|papà|genitori|tutore|mamá|papá|padres|tutora|ouders|voogd|rodzice|opiekun|"
        "opiekunka|mamusia|tatuś|mamy|taty|mamie|mamą|tatą"
    )
)
_KIN_CUE = re.compile(
    r"(?<![^\W_])(?:" + alternation(_FAMILY) + r")(?![^\W_])"
    r"(?:[ \t]*(?:[,:()\-–]|(?:di|de|du|del|della|van|von|der|den|la|le|el|al|au|on|at|op|"
    r"unter|a|en|na|pod|z)(?![^\W_])|(?-i:[A-ZÀ-ÖØ-ÞĀ-Ž])[^\W\d_]*(?:['’.\-][^\W\d_]+)*)){0,8}"
    r"[ \t]*$",
    re.I,
)


def kin_before(before: str) -> bool:
    """Whether a family word names whose number follows (``_KIN_CUE``)."""
    return _KIN_CUE.search(before[-120:]) is not None


def cue_before(before: str, *, strict: bool = False) -> tuple[str, ...] | None:
    """The countries suggested by the last cue word before a number (empty when the word
    names no language), or None when no cue word stands close enough (32 characters, same
    line, no digit between; ``strict``: only punctuation and small linking words between)."""
    last = _last_cue(before)
    if last is not None and (
        last.group(1).lower() in _POSSESSIVE or _NEW_NUMBER.search(last.group(1).lower())
    ):
        strict = True  # "votre numéro de dossier 06…": only linking words after "numéro"
    connector = _STRICT_CONNECTOR if strict else _CONNECTOR
    if last is None or not connector.fullmatch(before, last.end()):
        return None
    word = last.group(1)
    if word.startswith(("Llama", "LLAMA")) or (
        word == "llama" and before[: last.start()].lower().endswith("se ")
    ):
        return None  # the model, or "se llama" (is called)
    if word.lower() == "pod numerem" and _RECORD_BEFORE_POD.search(before, 0, last.start()):
        return None
    if word[:3].lower() == "my " and word[3:5].isupper() and word[5] == " ":
        return (word[3:5],)  # "my US number", "my CN number": the country named
    return CUE_REGIONS.get(word.lower(), ())


#: A cue word right after a number, in brackets or after a dash or comma ("347 1234567
#: (cellulare)", "0171 1234567 - Handy").
_CUE_AFTER = re.compile(r"\s?[(\-–,]?\s?(" + alternation(CUE_REGIONS) + r")(?![^\W_])", re.I)


#: An amount or a quantity named right before the number ("total 612 345 678 - móvil de
#: empresa", "Umsatz 171 234 567 - Handy"): a cue after it names what the figure is about.
AMOUNT_BEFORE = re.compile(
    r"(?<![^\W_])(?:total|totale|totaal|gesamt|insgesamt|summe|sum|suma|somme|somma|betrag|"
    r"bedrag|importe|importo|montant|amount|kwota|price|preis|prix|prezzo|precio|prijs|cena|"
    r"costs?|kosten|coste|costo|coût|koszt|umsatz|revenue|budget|presupuesto|budżet|saldo|"
    r"solde|balance|units|unidades|stück|"
    r"pezzi|sztuk|stuks|quantity|menge|quantité|quantità|cantidad|ilość|anzahl|count|eur|usd|"
    r"chf|pln|€|\$|£)(?![^\W_])[ \t:=]{0,3}$",  # right before the figure: not "Sales contact"
    re.I,
)


def cue_after(after: str, before: str = "") -> tuple[str, ...] | None:
    """The countries suggested by a cue word right after a number, or None (also when the
    text before names the number as an amount or a quantity)."""
    cue = _CUE_AFTER.match(after)
    if cue is None or AMOUNT_BEFORE.search(before):
        return None
    return CUE_REGIONS.get(cue.group(1).lower(), ())


def tail_after_cue(before: str) -> str:
    """The text between the last cue word and the number (for labels of other numbers)."""
    last = _last_cue(before)
    return before[last.end() :] if last else before
