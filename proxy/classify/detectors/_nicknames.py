"""Nicknames and short forms people write for each other that the gazetteers lack (hand-written).

Faker's and Mimesis' lists hold registered given names; colleagues and relatives are written
the way they are called: "la Yoli", "il Mimmo", "Truus", "Schorsch", "Dédé", "Bex". These are
the common hypocoristics of each language we scan that neither tier of the gazetteers holds,
less those that are words of a list we hold or of a language we scan ("Sissi", "Toto", "Polo",
"Nono", "Door", "Mies", "Peppa", "Mausi", "Ciccio", "Cuca", "Pat", "Will", "Col", "Reg": words,
characters or endearments first). They join ``_names_data.GIVEN``: every name detector reads
them as given names, with the same exclusions.
"""

from __future__ import annotations

from proxy.classify._base import words

NICKNAMES = frozenset(
    words(
        # Italian
        "Peppino|Totò|Lele|Mimmo|Titti|Memmo|Checco|Cecco|Gegè|Nenè|Vally|Pamy|"
        # Spanish
        "Bea|Yoli|Puri|Conchi|Josemi|Toñi|Pepa|Txema|Loli|Encarni|Juani|Juanjo|Maripi|Reme|"
        "Chuchi|Chente|Angelines|"
        # Dutch
        "Truus|Joop|Kees|Sjaak|Bep|Toos|Jopie|Mientje|Wiesje|"
        # German
        "Hansi|Vroni|Wastl|Lisi|Franzi|Basti|Sabsi|Babsi|Schorsch|Hias|Ursi|Kurti|"
        # Polish
        "Zuza|Grześ|Zdzisiek|"
        # French
        "Jojo|Dédé|Fanfan|Loulou|Bébert|Nanou|Zaza|Steph|Seb|Flo|Gégé|Riri|Fifi|Juju|"
        "Chachou|Mimile|"
        # English
        "Bex|Becca|Kath|Mags|Kev|Baz|Daz|Shaz"
    )
)
