"""Frequent surnames that the gazetteers lack (hand-written).

Faker's Italian provider lists about 500 surnames and leaves out several of the country's
twenty most frequent; Mimesis' filtered lists drop them as places, products or words
("Colombo", "Fontana", "Galli"). These are frequent surnames of Italy (Sardinia's among them:
Sanna, Piras, Pinna) and Germany that the main list lacks (the second tier, ``SURNAMES_MORE``,
holds some of them, but counts them in full names only), written from the published frequency
rankings of each country's surnames; less those that are first of all a brand or a drink
("Martini", "Campari"). They join ``_names_data.SURNAMES``: every name detector reads them as
surnames, with the same exclusions (a surname that is also a word, "Testa", "Fiore", stays
out where words do).
"""

from __future__ import annotations

from proxy.classify._base import words

SURNAMES = frozenset(
    words(
        # Italian
        "Colombo|Giordano|Fontana|Galli|Vitale|Ferri|Longo|Gentile|Testa|Fiore|Basile|Riva|"
        "Gatti|Bianco|Pagano|Mazza|Ruggiero|Ferraro|Fumagalli|Palmieri|Pellegrino|Santini|"
        "Ferrario|Pozzi|Mauri|Cavallo|Cavalli|Montalto|Cristiani|Benetti|D'Angelo|D'Amico|"
        # Sardinian
        "Sanna|Piras|Pinna|Porcu|Mura|Manca|Cossu|Contu|Murgia|Atzori|Spanu|Deiana|"
        # German
        "Busch|Voigt"
    )
)
