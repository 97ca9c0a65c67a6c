"""Thirty-sixth session: the machine-readable zone of a passport or identity card (ICAO Doc
9303) pasted from a scan's OCR is found: its data line as the passport or the national ID, its
name field as a person. Specimens, lines whose check digits do not hold, and other text made of
``<`` (merge-conflict markers, heredocs) are not.

The zones are built here from invented holders; the check digits are computed by this test's
own 7-3-1 routine, written from Doc 9303 Part 3, not by the detector's.
"""

from __future__ import annotations

import pytest

from proxy.classify import Classifier
from tests.found import found


def _digit(field: str) -> str:
    """The ICAO 7-3-1 check digit of ``field`` (< is 0, A is 10 ... Z is 35)."""
    values = [0 if c == "<" else int(c) if c.isdigit() else ord(c) - ord("A") + 10 for c in field]
    return str(sum(v * (7, 3, 1)[i % 3] for i, v in enumerate(values)) % 10)


def _td3(state: str, names: str, number: str, birth: str, sex: str, expiry: str) -> str:
    """A passport's two lines of 44 characters."""
    first = f"P<{state}{names}".ljust(44, "<")
    personal = "<" * 14
    data = (
        f"{number}{_digit(number)}{state}{birth}{_digit(birth)}{sex}{expiry}{_digit(expiry)}"
        f"{personal}{_digit(personal)}"
    )
    composite = data[:10] + data[13:20] + data[21:43]
    return f"{first}\n{data}{_digit(composite)}"


def _td1(state: str, names: str, number: str, birth: str, sex: str, expiry: str) -> str:
    """An identity card's three lines of 30 characters."""
    first = f"ID{state}{number}{_digit(number)}".ljust(30, "<")
    second = f"{birth}{_digit(birth)}{sex}{expiry}{_digit(expiry)}{state}".ljust(29, "<")
    composite = first[5:30] + second[:7] + second[8:15] + second[18:29]
    return f"{first}\n{second}{_digit(composite)}\n{names.ljust(30, '<')}"


PASSPORT = _td3("NLD", "VAN<DAM<<ELINE<MARIEKE", "NW7K3PX41", "850417", "F", "310922")
CARD = _td1("FRA", "MOREAU<<CAMILLE<ANNE", "K8TZ2QH40", "920301", "F", "330115")
GERMAN = _td3("D<<", "KRAUSE<<TOBIAS", "C4FJ7RK29", "780611", "M", "290403")
#: A Swedish holder named as ICAO's specimen is, and a holder with one name only.
SWEDISH = _td3("SWE", "ERIKSSON<<ANNA<MARIA", "K71C49RT2", "880214", "F", "300612")
ONE_NAME = _td3("IDN", "SUKARNOPUTRI", "B7729301<", "700523", "F", "310101")


def test_a_passport_zone_is_the_passport_and_its_holder(classifier: Classifier) -> None:
    """The data line is a passport (Dutch), the name field a person."""
    text = f"OCR of the scan, please extract the fields:\n\n{PASSPORT}\n"
    assert found(classifier, text, "pii.passport") == [PASSPORT.splitlines()[1]]
    assert "VAN<DAM<<ELINE<MARIEKE" in found(classifier, text, "pii.person_name")


def test_an_identity_card_zone_is_a_national_id(classifier: Classifier) -> None:
    """The first two lines of a TD1 card are the national ID, the third the person."""
    text = f"Texte OCR du verso de la carte :\n{CARD}\nMerci de vérifier."
    lines = CARD.splitlines()
    assert found(classifier, text, "pii.national_id") == ["\n".join(lines[:2])]
    assert "MOREAU<<CAMILLE<ANNE" in found(classifier, text, "pii.person_name")


def test_germany_s_one_letter_code_and_a_misread_check_digit(classifier: Classifier) -> None:
    """Germany is "D<<"; a check digit the OCR read as "O" leaves two that hold."""
    first, data = GERMAN.splitlines()
    misread = data[:9] + "O" + data[10:] if data[9] != "0" else data[:9] + "7" + data[10:]
    text = f"Bitte die Daten auslesen:\n{first}\n{misread}"
    assert found(classifier, text, "pii.passport") == [misread]


@pytest.mark.parametrize("zone", [SWEDISH, ONE_NAME])
def test_a_specimen_s_name_elsewhere_and_a_single_name_are_found(
    classifier: Classifier, zone: str
) -> None:
    """Only Utopia's zones are ICAO's specimens; a holder with one name has no "<<" inside."""
    text = f"Scan:\n                {zone.splitlines()[0]}\n                {zone.splitlines()[1]}"
    assert found(classifier, text, "pii.passport") == [zone.splitlines()[1]]


@pytest.mark.parametrize(
    "text",
    [
        # ICAO's own specimen (Doc 9303 Part 4), Utopia
        "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10",
        # the German specimen holder
        _td3("D<<", "MUSTERMANN<<ERIKA", "C01X00T47", "640812", "F", "310331"),
        # the layout, but no check digit holds
        "P<ITAROSSI<<GIULIA<<<<<<<<<<<<<<<<<<<<<<<<<<\nYA12345670ITA9001012F3001011<<<<<<<<<<<<<<02",
        "<<<<<<< HEAD\nconst A = 1;\n=======\nconst A = 2;\n>>>>>>> feature/X<<Y",
        "$text = <<<EOT\nHELLO<<WORLD\nEOT;",
    ],
)
def test_specimens_and_other_text_of_fillers_are_nothing(classifier: Classifier, text: str) -> None:
    """No passport, national ID or person."""
    assert found(classifier, text, "pii.passport") == []
    assert found(classifier, text, "pii.national_id") == []
    assert found(classifier, text, "pii.person_name") == []
