"""The hand-written lists of ``build_names.py`` (dev time only): names the filters keep that
are first of all words, places or brands here, and short forms the filters drop."""

from __future__ import annotations

import re

#: Mimesis' Polish given names that are first of all words, places or surnames here.
NOT_GIVEN_PL = frozenset(
    [
        "Kołodziej",
        "Nadzieja",
        "Polonia",
        "Izrael",
        "Lew",
        "Malina",
        "Jagoda",
        "Sława",
        "Iwa",
        "Lech",
        "Napoleon",
        "Roma",
    ]
)
#: Everyday words, places and brands among the given names of Mimesis' word lists that its
#: sentences do not write in lower case (hand-written: "bienvenida", "leider", "salud", "mate").
NOT_LIST_NAMES = frozenset(
    re.split(
        r"\s+",
        """ala amar américa anda archer bala belo bienvenida blanca carter cem charity chase cinta
        cooper dale dawn deane dev drew duma ebony esperanza estrella fem forum gada gal gaman
        gang ganga geta gloria gus homer ina ion ira jaka kick koko lada lana lance laus leider
        lies lieve loni mad mar mate mato mercedes meta mie mihin mina mora muni nula pada pak
        paksu pau paz peer penny pierce quinn rajata rex rica rico sair salud segundo sever sil
        sila smith socorro stilla tali tanak tira toki toma tone toy tri uda urban valentine
        vega ward warta wille""",
    )
)
#: Given names of Mimesis that are, first of all, words, places or brands here.
NOT_GIVEN = frozenset(
    [
        *("Mijne", "Ivory", "Tera", "Atlanta", "Memphis", "Sacramento", "Chiquita", "Vitoria"),
        *("Tiber", "Iren"),
        # Faker's generic English list (birth records) holds words, places and brands too
        *("Almond", "Ambers", "Bliss", "Blaze", "Cannon", "Ceylon", "Creed", "Crete", "Deacon"),
        *("Easter", "Elder", "Ether", "Gauge", "Gorge", "Graves", "Handy", "Lark", "Leafy"),
        *("Loyal", "Luster", "Manila", "Marry", "Merry", "Miner", "Moody", "Opal", "Pansy"),
        *("Ransom", "Senora", "Shade", "Squire", "Starr", "Theta", "Tierra", "Versa", "Windy"),
        *("Weaver", "Lemma", "Lexus", "Lassie", "Tutu", "Hymen", "Dame", "Fella", "Bunk"),
        *("Dink", "Knox", "Nile", "Octa", "Vela", "Mont", "Manly", "Lovey", "Shasta", "Mayo"),
        # faker-js and FakerPHP: a football club, an ocean, a city, Latin words
        *("Everton", "Pacifico", "Tarso", "Libertas", "Olim", "Junta"),
    ]
)
#: Surnames of Mimesis that are, first of all, words here (Dutch "Mijne Heeren").
NOT_SURNAME = frozenset(["Heeren"])
#: English short forms that the filters drop (words somewhere, or three letters): hand-written.
SHORT_FORMS = frozenset(
    [
        *("Matt", "Phil", "Hal", "Sid", "Walt", "Freddie", "Georgie", "Chester", "Doug"),
        *("Hank", "Mitch", "Ned", "Jed", "Gus", "Geoff", "Barney", "Artie", "Allie", "Gracie"),
        *("Hallie", "Abe", "Bev", "Deb", "Dexter", "Floyd", "Burt", "Irving", "Boyd", "Homer"),
    ]
)
