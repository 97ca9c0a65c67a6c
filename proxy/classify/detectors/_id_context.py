"""When a national identification number may stand without a cue (issue 11, family 3).

A scheme may be found bare, with no word naming it nearby, only when its checks let through
few random numbers of its shape. Measured on 200 000 random digit strings of each shape with
python-stdnum's validators (2026-12-03): Belgian national number 0.16 %,
German IdNr 0.37 %, Swedish personnummer (10 digits) 0.35 %, PESEL 1.8 % (0.4 % with a birth
date between 1900 and today), Danish CPR 3 %, Spanish DNI 4.3 %, BSN and Portuguese NIF 9 %,
Austrian SV-Nr 8 % (0.3 % with a real birth date). Schemes at or under about 0.5 % go bare;
the others keep their cue. A bare number is still not an identifier when the text labels it as
another kind of number (order, invoice, phone, account) or follows it with a currency or unit.
``benchmarks/bare_ids.py`` measures the result: a random 10-digit number in a neutral sentence is
read as an ID 0.34 % of the time, an 11-digit one 0.97 %, after "Order no." never.
"""

from __future__ import annotations

import datetime
import re

#: Labels of numbers that are not personal identifiers, in the seven languages.
_OTHER_LABEL = re.compile(
    r"(?:\border|bestel|auftrag|opdracht|zlecen|commande|ordine|pedido|zamówieni|"
    r"invoice|factur|rechnung|"
    r"fattur|factuur|faktur|\bref|referen|ticket|tracking|sendung|colis|spedizion|envío|"
    r"zending|przesyłk|account|konto|compte|\bconto|cuenta|rekening|\biban|customer|kunde|"
    r"client|cliente|klant|klient|artikel|article|articolo|artículo|\bsku|item|serial|serie|"
    r"booking|buchung|réservation|prenotazion|reserva|boeking|rezerwacj|contract|vertrag|"
    r"contrat|contratto|contrato|umow|policy|police|polizz|póliza|polis|\bcase|"
    r"dossier|akte|aktenz|pratica|expediente|sprawa|\btel\b|tél|phone|telefo|teléfono|"
    r"mobile|mobil|handy|cellulare|móvil|komórk|\bfax|whatsapp|\bpin\b|\bpuk\b|\btan\b|"
    r"\bimei|\bean\b|\bisbn|\bgtin)[^\n]{0,25}$",
    re.I,
)
#: A currency, unit or percent right after the number: an amount, not an identifier.
_UNIT_AFTER = re.compile(
    r"^\s?(?:€|\$|£|%|‰|eur|euro|usd|gbp|chf|pln|zł|sek|dkk|kr\b|dollar|mio|mln|bn|"
    r"million|milliard|billion|kg|km|mb|gb|kb|bytes?|tonnes?|tons?|m²|m2|m3|units?|stück|"
    r"pieces?|pcs|people|persons?|personnes|personen|persone|personas|osób|inhabitants|"
    r"habitants|einwohner|abitanti|habitantes|inwoners|mieszkańców|times|fois|mal\b|volte|"
    r"sztuk|szt\b|egzemplarzy|egz\b|razy)",
    re.I,
)


def labelled_otherwise(before: str, after: str) -> bool:
    """Whether the text around a bare number says it is something else (or an amount)."""
    return bool(_OTHER_LABEL.search(before) or _UNIT_AFTER.match(after))


def plausible_birth(year: int, month: int, day: int) -> bool:
    """A real calendar date between 1900 and today (a living person's date of birth)."""
    try:
        born = datetime.date(year, month, day)
    except ValueError:
        return False
    return datetime.date(1900, 1, 1) <= born <= datetime.date.today()


def pesel_born(value: str) -> bool:
    """A PESEL whose birth date (century coded in the month) is plausible."""
    year, month, day = int(value[0:2]), int(value[2:4]), int(value[4:6])
    century = (1900, 2000, 2100, 2200, 1800)[month // 20]
    return plausible_birth(century + year, month % 20, day)


def ddmmyy_real(value: str) -> bool:
    """Whether six digits ``DDMMYY`` make a real date in some century (Austrian SV-Nr)."""
    day, month, year = int(value[0:2]), int(value[2:4]), int(value[4:6])
    return any(plausible_birth(century + year, month, day) for century in (1900, 2000))
