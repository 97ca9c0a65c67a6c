"""BICs written without a cue word (issue 11): found standing alone in mixed-case prose of the
seven languages, never for a capitalised word, name, brand, hex constant, identifier or heading
that happens to spell a valid BIC (4 letters, an ISO 3166 country, 2 and 3 more characters).

The BICs are well-known European banks' head-office codes, written here by hand; every negative
is checked to be BIC-shaped (``stdnum.bic.is_valid``), so each row tests the detector's judgement
rather than the format check.
"""

from __future__ import annotations

import pytest
from stdnum import bic

from tests.found import classify_text

BIC = "financial.bic"


def _bics(text: str) -> list[str]:
    """The BICs the classifier reports in ``text``."""
    return [text[f.start : f.end] for f in classify_text(text).findings if f.type == BIC]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Could you send it to BNPAFRPP before Friday?", "BNPAFRPP"),
        ("Envoie ça sur SOGEFRPP stp, merci.", "SOGEFRPP"),
        ("Le code CRLYFRPP est dans le mail d'hier.", "CRLYFRPP"),
        ("Ich habe DEUTDEDB110 aus dem alten Formular.", "DEUTDEDB110"),
        ("Schreib BYLADEM1001 in das zweite Feld.", "BYLADEM1001"),
        ("Il codice è BCITITMM, credo.", "BCITITMM"),
        ("Mettilo su UNCRITMM domani mattina.", "UNCRITMM"),
        ("Mandé todo a CAIXESBBXXX ayer por la tarde.", "CAIXESBBXXX"),
        ("¿Es BBVAESMM o el otro?", "BBVAESMM"),
        ("Gebruik RABONL2U voor de Nederlandse kant.", "RABONL2U"),
        ("Zet INGBNL2A in het formulier.", "INGBNL2A"),
        ("Wpisz PKOPPLPW w drugim polu.", "PKOPPLPW"),
        ("Kod BPKOPLPW jest w mailu od Ani.", "BPKOPLPW"),
        ("He wrote BARCGB22 on the back of the envelope.", "BARCGB22"),
        ("Use NWBKGB2L, not the old one.", "NWBKGB2L"),
        ("The Irish one is AIBKIE2D I think.", "AIBKIE2D"),
        ("Our Swiss partner gave us UBSWCHZH80A yesterday.", "UBSWCHZH80A"),
        ("In Vienna they use BKAUATWW for that.", "BKAUATWW"),
        ("Finnish side: OKOYFIHH, as agreed.", "OKOYFIHH"),
        ("(DABADKKK) was in the footer of the letter.", "DABADKKK"),
    ],
)
def test_a_bic_standing_alone_in_prose_is_found(text: str, code: str) -> None:
    """A valid BIC with a digit or an abbreviation's letters is found with no cue around it."""
    assert _bics(text) == [code]


@pytest.mark.parametrize(
    "text",
    [
        "Überweisung bitte an COBADEFF bis Montag.",
        "Le virement part vers GENODEFF demain.",
        "The payment goes through KREDBEBB this time.",
    ],
)
def test_banking_words_nearby_let_a_wordlike_bic_count(text: str) -> None:
    """A BIC whose letters read almost like a word counts next to a banking word of any language."""
    assert len(_bics(text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        # Capitalised words of the seven languages, in ordinary sentences.
        "Our BUSINESS hours are from nine to five.",
        "Please read the DOCUMENT before signing.",
        "Signature REQUIRED on every page.",
        "See the OVERVIEW in chapter two.",
        "The job is FINISHED, you can go home.",
        "He said it was a DISTINCT possibility.",
        "Wir haben die RECHNUNG gestern bekommen.",
        "Alle ANGEBOTE gelten bis Freitag.",
        "Das ist DRINGEND, bitte heute noch.",
        "Attenzione: PERICOLO di caduta massi.",
        "Una NOTIFICA è arrivata stamattina.",
        "La RIUNIONE è spostata a lunedì.",
        "Mira las NOTICIAS de esta mañana.",
        "De VERGADERING begint om tien uur.",
        "Pozdrowienia z WARSZAWA i okolic.",
        "Your card was DECLINED at the shop.",
        "Check the BALANCES of both accounts.",
        "She lives in VALENCIA now.",
        # Surnames in capitals (French and German style), cities, brands.
        "Mme MARTINEZ Sophie a appelé ce matin.",
        "Ich war heute bei Herrn SCHUSTER.",
        "We flew to DORTMUND last week.",
        "Send it via WHATSAPP or email.",
        "We use FACEBOOK and Slack for that.",
        "The EUROSTAT figures are out.",
        "Shares of BARCLAYS fell today.",
        "He moved from ERICSSON to VODAFONE.",
        "We migrated to POSTGRES last year.",
        # Hex constants, format strings, voucher codes.
        "Set the magic to DEADBEEF in the header.",
        "The class file starts with CAFEBABE of course.",
        "Dates are written as YYYYMMDD in the export.",
        "The form is GYYMMDDSSSC, where G is the century.",
        "The primer ends in TTAGGGCC as usual.",
        "Use the coupon SUMMER24 at checkout.",
        "The voucher WINTER23 expired yesterday.",
        # Code: SQL, identifiers, environment variables, quoted keys.
        "ALTER TABLE users ADD name NVARCHAR(20) NOT NULL",
        "Use SELECT DISTINCT name FROM users to see them.",
        "The HOSTNAME variable is empty on that box.",
        "Set MYPYPATH before you run the checker.",
        "if 'CPPFLAGS' in os.environ: print(1)",
        "POSTCODE = re.compile(r'\\d{5}')",
        "value = os.environ.get('USERNAME', '')",
        "Open /srv/BUSINESS/report.txt and DATABASE.md please.",
        # Shouted sentences and headings.
        "PLEASE CONFIRM YOUR USERNAME AND PASSWORD TODAY",
        "WARNING: DATABASE ROLLBACK REQUIRED\nThe migration failed.",
        "OVERVIEW\n\nThis page explains the setup.",
        # Interjections and stand-ins with three letters in a row in the bank code.
        "He yelled AAARGHHH loudly.",
    ],
)
def test_a_word_name_constant_or_code_spelling_a_bic_is_not_one(text: str) -> None:
    """Capitalised words, names, brands, hex, identifiers and headings are never BICs."""
    assert _bics(text) == []


@pytest.mark.parametrize(
    "code",
    [
        "BUSINESS", "DOCUMENT", "REQUIRED", "OVERVIEW", "FINISHED", "DISTINCT", "RECHNUNG",
        "ANGEBOTE", "DRINGEND", "PERICOLO", "NOTIFICA", "RIUNIONE", "NOTICIAS", "VERGADERING",
        "WARSZAWA", "DECLINED", "BALANCES", "VALENCIA", "MARTINEZ", "SCHUSTER", "DORTMUND",
        "WHATSAPP", "FACEBOOK", "EUROSTAT", "BARCLAYS", "ERICSSON", "VODAFONE", "POSTGRES",
        "DEADBEEF", "CAFEBABE", "YYYYMMDD", "GYYMMDDSSSC", "TTAGGGCC", "SUMMER24", "WINTER23",
        "NVARCHAR", "HOSTNAME", "MYPYPATH", "CPPFLAGS", "POSTCODE", "USERNAME", "DATABASE",
        "ROLLBACK",
    ],
)  # fmt: skip
def test_every_negative_is_shaped_like_a_bic(code: str) -> None:
    """The negatives above pass the format check, so only the detector's judgement rejects them."""
    assert bic.is_valid(code)


@pytest.mark.parametrize(
    "text",
    [
        "Please double-check AGRIFRPP8 before sending.",  # 9 characters: no BIC
        "The code AGRIF2PP is wrong.",  # a digit in the country
        "Code QWERQQPP looks odd.",  # QQ is no country
        "Tokens like xBNPAFRPPx or BNPAFRPP_OLD are identifiers.",
        "Path a/BNPAFRPP/b and file BNPAFRPP.txt are not codes.",
    ],
)
def test_malformed_or_glued_codes_are_not_bics(text: str) -> None:
    """Wrong length, no country, or a code glued to an identifier, path or file name."""
    assert _bics(text) == []


def test_the_cue_detector_still_finds_labelled_bics() -> None:
    """A labelled BIC is found once (the cue and bare detectors agree on one span)."""
    assert _bics("BIC: DEUTDEFF, IBAN to follow.") == ["DEUTDEFF"]
