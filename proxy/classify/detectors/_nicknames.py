"""Nicknames and short forms people write for each other that the gazetteers lack (hand-written).

Faker's and Mimesis' lists hold registered given names; colleagues and relatives are written
the way they are called: "la Yoli", "il Mimmo", "Truus", "Schorsch", "Dédé", "Bex". These are
the common hypocoristics of each language we scan that neither tier of the gazetteers holds,
less words of a list we hold or of a language we scan ("Sissi", "Toto", "Polo", "Nono", "Door",
"Mies", "Peppa", "Mausi", "Ciccio", "Cuca", "Pat", "Will", "Col", "Reg"), brands ("Joop", "Daz",
"Flo", "Bep"), foods ("Puri"), cartoon and comic characters ("Pepa", "Riri", "Fifi", "Loulou",
"Titti"), endearments ("Chachou", "Nanou") and code placeholders ("Baz"). They join
``_names_data.GIVEN``: every name detector reads them as given names, with the same exclusions.
"""

from __future__ import annotations

from proxy.classify._base import words

NICKNAMES = frozenset(
    words(
        # Italian
        "Peppino|Totò|Lele|Mimmo|Memmo|Checco|Cecco|Gegè|Nenè|Vally|Pamy|"
        # Spanish
        "Bea|Yoli|Conchi|Josemi|Toñi|Txema|Encarni|Juani|Juanjo|Maripi|Reme|"
        "Chuchi|Chente|Angelines|"
        # Dutch
        "Truus|Kees|Sjaak|Toos|Jopie|Mientje|Wiesje|"
        # German
        "Hansi|Vroni|Wastl|Lisi|Franzi|Basti|Sabsi|Babsi|Schorsch|Hias|Ursi|Kurti|"
        # Polish
        "Zuza|Grześ|Zdzisiek|"
        # French
        "Jojo|Dédé|Fanfan|Bébert|Zaza|Steph|Seb|Gégé|Juju|"
        "Mimile|"
        # English
        "Bex|Becca|Kath|Mags|Kev|Shaz"
    )
)
#: Italian and Spanish nicknames chat writes after an article ("il mimmo", "la yoli", "el chema"),
#: lower case: these and the ones above of the two languages; the article frame takes no other
#: name (an article stands before "la clara", "el pilar", "la vittoria" as nouns).
ARTICLE_NICKNAMES = frozenset(
    words(
        "peppino|totò|lele|mimmo|memmo|checco|cecco|gegè|nenè|vally|pamy|giusy|beppe|peppe|"
        "gigi|tonino|bea|yoli|puri|conchi|josemi|toñi|txema|encarni|juani|juanjo|maripi|reme|"
        "chuchi|chente|angelines|chema|paco|charo|merche|maite|javi|rafa|quique|juanma|pili"
    )
)
