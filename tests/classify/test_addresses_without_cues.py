"""Postal addresses in the formats of each EU country, without cue words (issue 11, family 2).

Positives give the text and the address as it must be spanned; negatives hold street words,
postcodes and numbers that are not a personal address.
"""

from __future__ import annotations

import pytest

from tests.found import classify_text

ADDRESS = "pii.postal_address"

#: (country or language, text, the address as spanned)
POSITIVES: list[tuple[str, str, str]] = [
    # France (and French-speaking Belgium, Luxembourg)
    ("fr", "Le colis part au 12 rue de la Paix demain.", "12 rue de la Paix"),
    (
        "fr",
        "12, avenue des Champs-Élysées\n75008 Paris",
        "12, avenue des Champs-Élysées\n75008 Paris",
    ),
    ("fr", "RDV au 3 bd Saint-Michel à 18 h", "3 bd Saint-Michel"),
    ("fr", "12bis chemin des Vignes, 69005 Lyon", "12bis chemin des Vignes, 69005 Lyon"),
    ("fr", "Livrer 7 allée Jean Jaurès", "7 allée Jean Jaurès"),
    ("fr", "4 place Bellecour, 69002 Lyon", "4 place Bellecour, 69002 Lyon"),
    ("fr", "Elle est au 45 quai de la Tournelle.", "45 quai de la Tournelle"),
    ("be", "Rue de la Loi 16, 1000 Bruxelles", "Rue de la Loi 16, 1000 Bruxelles"),
    ("lu", "5 rue Goethe, L-1637 Luxembourg", "5 rue Goethe, L-1637 Luxembourg"),
    # Italy
    ("it", "Ci vediamo in via Roma 12 alle dieci.", "via Roma 12"),
    ("it", "Via Giuseppe Garibaldi, 7\n10122 Torino", "Via Giuseppe Garibaldi, 7\n10122 Torino"),
    ("it", "Il pacco va in viale Monza 45/A", "viale Monza 45/A"),
    ("it", "Piazza San Marco 1, 30124 Venezia", "Piazza San Marco 1, 30124 Venezia"),
    ("it", "Spedire a Corso Vittorio Emanuele II, 18", "Corso Vittorio Emanuele II, 18"),
    ("it", "Via dei Mille 5, 80121 Napoli", "Via dei Mille 5, 80121 Napoli"),
    # Spain
    ("es", "Nos vemos en la calle Mayor 5.", "calle Mayor 5"),
    ("es", "Enviar a c/ Mayor, 5, 3º B", "c/ Mayor, 5, 3º B"),
    (
        "es",
        "Avenida de la Constitución 12, 41004 Sevilla",
        "Avenida de la Constitución 12, 41004 Sevilla",
    ),
    ("es", "Plaza Mayor 3, 28012 Madrid", "Plaza Mayor 3, 28012 Madrid"),
    ("es", "Paseo de Gracia 92\n08008 Barcelona", "Paseo de Gracia 92\n08008 Barcelona"),
    ("es", "Calle Mayor nº 5", "Calle Mayor nº 5"),
    # Poland
    ("pl", "Paczka na ul. Marszałkowska 12/4", "ul. Marszałkowska 12/4"),
    ("pl", "al. Jana Pawła II 23, 00-854 Warszawa", "al. Jana Pawła II 23, 00-854 Warszawa"),
    ("pl", "os. Tysiąclecia 5\n31-610 Kraków", "os. Tysiąclecia 5\n31-610 Kraków"),
    ("pl", "Spotkanie na pl. Grunwaldzki 8", "pl. Grunwaldzki 8"),
    # Portugal
    ("pt", "Rua Augusta, 100\n1100-053 Lisboa", "Rua Augusta, 100\n1100-053 Lisboa"),
    ("pt", "Entregar na Avenida da Liberdade 110", "Avenida da Liberdade 110"),
    # Germany
    ("de", "Bitte an Hauptstraße 5 liefern.", "Hauptstraße 5"),
    ("de", "Hauptstr. 5a, 10115 Berlin", "Hauptstr. 5a, 10115 Berlin"),
    ("de", "Treffpunkt: Am Markt 3", "Am Markt 3"),
    ("de", "Lange Straße 12\n26122 Oldenburg", "Lange Straße 12\n26122 Oldenburg"),
    ("de", "Das Paket ging an Lindenweg 7.", "Lindenweg 7"),
    ("de", "Kastanienallee 22, 10435 Berlin", "Kastanienallee 22, 10435 Berlin"),
    ("de", "Schillerplatz 4", "Schillerplatz 4"),
    ("de", "Kurfürstendamm 21", "Kurfürstendamm 21"),
    ("de", "Unter den Linden 5, 10117 Berlin", "Unter den Linden 5, 10117 Berlin"),
    # Austria
    ("at", "Mariahilfer Straße 77/3, 1060 Wien", "Mariahilfer Straße 77/3, 1060 Wien"),
    ("at", "Herrengasse 13, 8010 Graz", "Herrengasse 13, 8010 Graz"),
    # Netherlands and Flanders
    ("nl", "Keizersgracht 123", "Keizersgracht 123"),
    ("nl", "Kerkstraat 12, 1017 GC Amsterdam", "Kerkstraat 12, 1017 GC Amsterdam"),
    ("nl", "Stuur het naar Vondellaan 8-2", "Vondellaan 8-2"),
    (
        "nl",
        "Damrak 1 is druk; Museumplein 6\n1071 DJ Amsterdam",
        "Museumplein 6\n1071 DJ Amsterdam",
    ),
    ("be", "Meir 50 en Groenplaats 3, 2000 Antwerpen", "Groenplaats 3, 2000 Antwerpen"),
    # Denmark, Sweden
    ("dk", "Nørregade 12, 3. th., 1165 København", "Nørregade 12, 3. th., 1165 København"),
    ("dk", "Strandvej 44", "Strandvej 44"),
    ("se", "Drottninggatan 5, 114 55 Stockholm", "Drottninggatan 5, 114 55 Stockholm"),
    ("se", "Kungsvägen 3", "Kungsvägen 3"),
    # Hungary, Czechia
    ("hu", "Váci utca 12, 1052 Budapest", "Váci utca 12, 1052 Budapest"),
    ("cz", "Václavské náměstí 12, 110 00 Praha", "Václavské náměstí 12, 110 00 Praha"),
    # United Kingdom, Ireland
    ("gb", "Send it to 221B Baker Street please", "221B Baker Street"),
    ("gb", "10 Downing St, London SW1A 2AA", "10 Downing St, London SW1A 2AA"),
    ("gb", "Flat 3, 14 Station Road\nLondon\nNW1 6XE", "Flat 3, 14 Station Road\nLondon\nNW1 6XE"),
    ("gb", "He moved to 42 Acacia Avenue, Apt 4", "42 Acacia Avenue, Apt 4"),
    ("ie", "7 Merrion Square, Dublin D02 X285", "7 Merrion Square, Dublin D02 X285"),
    ("it", "Via XX Settembre 5", "Via XX Settembre 5"),
    ("es", "Carrer de Mallorca 401, 08013 Barcelona", "Carrer de Mallorca 401, 08013 Barcelona"),
    (
        "es",
        "Calle de Alcalá, 45, 2º izq., 28014 Madrid",
        "Calle de Alcalá, 45, 2º izq., 28014 Madrid",
    ),
    ("pt", "Rua da Prata 12, 2º Esq.", "Rua da Prata 12, 2º Esq."),
    ("pl", "Rynek Główny 1, 31-042 Kraków", "Rynek Główny 1, 31-042 Kraków"),
    ("de", "Friedrichstraße 43-45, 10117 Berlin", "Friedrichstraße 43-45, 10117 Berlin"),
    ("de", "An der Alster 12\n20099 Hamburg", "An der Alster 12\n20099 Hamburg"),
    ("nl", "Prinsengracht 263-267, 1016 GV Amsterdam", "Prinsengracht 263-267, 1016 GV Amsterdam"),
    (
        "nl",
        "Laan van Meerdervoort 5, 2517 AA Den Haag",
        "Laan van Meerdervoort 5, 2517 AA Den Haag",
    ),
    ("be", "Avenue Louise 54, 1050 Bruxelles", "Avenue Louise 54, 1050 Bruxelles"),
    ("dk", "Vesterbrogade 4A, 1620 København V", "Vesterbrogade 4A, 1620 København V"),
    ("se", "Sveavägen 44, 111 34 Stockholm", "Sveavägen 44, 111 34 Stockholm"),
    ("fi", "Mannerheimintie 5, 00100 Helsinki", "Mannerheimintie 5, 00100 Helsinki"),
    ("hu", "Andrássy út 60, 1062 Budapest", "Andrássy út 60, 1062 Budapest"),
    ("gb", "John Smith\n221B Baker Street\nLondon NW1 6XE", "221B Baker Street\nLondon NW1 6XE"),
    ("ie", "12 Church Lane, Dublin 4, D04 V1W8", "12 Church Lane, Dublin 4, D04 V1W8"),
    ("de", "Mariahilfer Straße 77/3/12", "Mariahilfer Straße 77/3/12"),
    # dates that name streets
    ("pl", "ul. 3 Maja 12, 00-001 Warszawa", "ul. 3 Maja 12, 00-001 Warszawa"),
    ("fr", "Rendez-vous au 10 rue du 4 Septembre", "10 rue du 4 Septembre"),
    ("es", "Calle 2 de Mayo 7", "Calle 2 de Mayo 7"),
    # lower or upper case names: only with a postcode line or a cue
    ("fr", "12 rue des lilas 75011 Paris", "12 rue des lilas 75011 Paris"),
    ("it", "Il mio indirizzo è via roma 12", "via roma 12"),
    ("it", "VIA ROMA 12, 00184 ROMA", "VIA ROMA 12, 00184 ROMA"),
    ("pl", "Mieszkam na ul. Długiej 5 m. 3", "ul. Długiej 5 m. 3"),
    # cue-led postcode and town alone
    ("de", "Anschrift: 10115 Berlin", "10115 Berlin"),
    ("fr", "Mon adresse : 75001 Paris", "75001 Paris"),
    ("nl", "Woonplaats: 1017 GC Amsterdam", "1017 GC Amsterdam"),
    ("pl", "Adres: 00-950 Warszawa", "00-950 Warszawa"),
    ("pt", "Morada: 1000-001 Lisboa", "1000-001 Lisboa"),
    ("se", "Adress: 114 55 Stockholm", "114 55 Stockholm"),
    ("cz", "Bydliště: 110 00 Praha", "110 00 Praha"),
    ("it", "Indirizzo: 20121 Milano", "20121 Milano"),
    ("gb", "Home address: SW1A 2AA London", "SW1A 2AA London"),
    ("nl", "Mijn adres is 1017 GC Amsterdam", "1017 GC Amsterdam"),
    ("en", "I live in 75001 Paris", "75001 Paris"),
    ("fr", "J'habite rue Gambetta, 75020 Paris", "rue Gambetta, 75020 Paris"),
    # street named without a street word, before its postcode line (CZ, SK, PL, SI, HR, LI)
    ("cz", "Pošlete to prosím na Husova 12/5\n602 00 Brno", "Husova 12/5\n602 00 Brno"),
    ("sk", "Obchodná 25, 811 06 Bratislava", "Obchodná 25, 811 06 Bratislava"),
    ("pl", "Floriańska 14\n31-019 Kraków", "Floriańska 14\n31-019 Kraków"),
    ("si", "Čopova 7\n1000 Ljubljana", "Čopova 7\n1000 Ljubljana"),
    ("hr", "Ilica 42\n10000 Zagreb", "Ilica 42\n10000 Zagreb"),
    ("sk", "Hlavná 8 040 01 Košice", "Hlavná 8 040 01 Košice"),
    # ... or right after an address label
    ("cz", "Adresa: Vinohradská 12, Praha", "Vinohradská 12"),
    ("pl", "Adres: Długa 5", "Długa 5"),
    ("fi", "Osoite: Aleksanterinkatu 15", "Aleksanterinkatu 15"),
    ("de", "Meine Adresse ist Sonnenhalde 4.", "Sonnenhalde 4"),
    # Norwegian and Icelandic street types
    ("no", "Thorvald Meyers gate 12, 0555 Oslo", "Thorvald Meyers gate 12, 0555 Oslo"),
    ("no", "Kirkeveien 64", "Kirkeveien 64"),
    ("no", "Akersgata 8", "Akersgata 8"),
    ("no", "Adresse:\nBogstadveien 27\n0355 Oslo", "Bogstadveien 27\n0355 Oslo"),
    ("is", "Laugavegur 22, 101 Reykjavík", "Laugavegur 22"),
    # Slovenian and Croatian street types after the name
    ("si", "Slovenska cesta 9, 1000 Ljubljana", "Slovenska cesta 9, 1000 Ljubljana"),
    ("si", "Dostava: Trubarjeva ulica 10", "Trubarjeva ulica 10"),
    # Baltic capitals, town before a prefixed postcode
    ("lv", "Brīvības iela 55, Rīga, LV-1010", "Brīvības iela 55, Rīga, LV-1010"),
    ("lv", "Ēdoles iela 3", "Ēdoles iela 3"),
    # German: abbreviated street word after a preposition, streets named after a person
    ("de", "Lieferung an Am Marktpl. 7, 04109 Leipzig", "Am Marktpl. 7, 04109 Leipzig"),
    ("at", "Johann Strauß Gasse 14, 1040 Wien", "Johann Strauß Gasse 14, 1040 Wien"),
    ("de", "Konrad-Adenauer Straße 3", "Konrad-Adenauer Straße 3"),
]

#: Street words, postcodes and numbers that are not a personal address.
NEGATIVES: list[str] = [
    # street without a number, street words as ordinary words
    "La rue Victor Hugo doit son nom au poète.",
    "Walk down the main street and turn left.",
    "I'm on the way, 5 minutes.",
    "Bitte Platz nehmen.",
    "Nehmen Sie Platz 3 in der ersten Reihe.",
    "We took the scenic route 2 times.",
    "Sent via Email 3 times today.",
    "Click Place Order 2 times to confirm.",
    "The passage 3 of chapter 2 is hard.",
    "Während des Spiels war sie auf Platz 2.",
    "Am Montag 3 Stunden Training.",
    "Im Jahr 2020 war alles anders.",
    "During 3 days the service was down.",
    "Spring 2024 collection",
    "Parkplatz 12 ist reserviert.",
    "Bahnsteig 4 wird geräumt.",
    # prices, dates, times, versions, years, product codes, phone numbers
    "Die Hauptstraße 2024 neu asphaltiert.",
    "La rue Victor Hugo, 1789.",
    "In 1789 Paris rose up.",
    "Via Roma 12.5 km from here.",
    "Via Roma 25 aprile festa",
    "Upgrade to Hauptstraße 2.0 now",
    "Lindenweg 5 € pro Stunde",
    "Kungsvägen 3 x 4 m",
    "Ring 3 Pro and Keypad 5 ship today.",
    "Call 020 7946 0958 about the rue.",
    "75001 Paris is the 1st arrondissement.",
    "10115 Berlin-Mitte hat viele Cafés.",
    "et al. Smith 12 showed the same.",
    # labels, titles, acronyms, highways, phone numbers, date ranges
    "Chapter 12 The Long Road",
    "Top 10 Park Avenue restaurants",
    "A 5 Star Road Trip",
    "page 3, Avenue Q",
    "Avenue Q 3 tickets",
    "git push via SSH 22",
    "Take Route 66 west for 200 miles.",
    "Join via Teams 3 minutes before.",
    "Please place 2 orders.",
    "Le cours 3 commence lundi.",
    "Plaza Hotel 5 stars.",
    "Street Fighter 2 is a classic.",
    "I live on Main Street.",
    "Beatles: Abbey Road 1969",
    "Am Ende 2 Tore.",
    "In der Regel 3 Tage.",
    "Vorweg 2 Hinweise",
    "Bundesstraße 9 ist gesperrt",
    "Die Rue de Rivoli ist 3 km lang.",
    "Calle 13 es un grupo de música.",
    "sent via email 3 times",
    "la place de la gare 3 fois",
    "Via Roma 06 1234 5678",
    "Rue de la Paix 10:30",
    "Kerkstraat 12.99 EUR",
    "Strandvej 3.0.1 released",
    "Meet at Via Roma 12/05/2024",
    "Calle Mayor 5-10 de mayo",
    "Email address 12345 Users",
    "The address space has 2048 Bytes",
    "Indirizzo email 12345 Utenti",
    "Address line 2: 1000 Customers",
    "Mon adresse e-mail a 12345 Abonnés",
    "Via Roma 25 aprile 2024",
    "The IP address 10.0.0.1 is internal.",
    "75008 Paris est un bel arrondissement.",
    "Die Postleitzahl 10115 Berlin gehört zu Mitte.",
    # company and shop addresses
    "Via Roma 12 is closed on Sundays.",
    "Our office: Keizersgracht 123, 1015 CS Amsterdam.",
    "Acme GmbH, Hauptstraße 5, 10115 Berlin",
    "Notre siège : 12 rue de la Paix, 75002 Paris.",
    "Hotel Kungsvägen 3 ist geöffnet.",
    # a capitalised word and a number before a number line that is a count, year or label
    "Team 5\n1200 Besucher kamen zum Fest.",
    "Kapitel 3\n2019 Rückblick",
    "Windows 10\n2004 Update",
    "Tesla Model 3\n40000 Euro",
    "Rang 2\n1500 Punkte",
    "Tabelle 4\n1000 Zeilen",
    "Level 3\n20000 Points",
    "Punkt 2, 12-345 Dinge",
    "Produkt 12\n2500 Stück",
    "Lager 4\n3000 EUR",
    # address labels before something that is not a street line
    "Address: Room 5",
    "Adresse: Kapitel 3",
    "IP address: Server 12",
    "E-mail address: Apple 12",
    # "gate" as an airport gate, "Allee" as a distance
    "Boarding at Heathrow gate 5 now.",
    "Meeting at Schiphol gate 12, then Amsterdam.",
    "Die Deutsche Bahn Allee 3 km entfernt",
    "Ta cesta 5 km do morja.",
]


def _addresses(text: str) -> list[str]:
    """The postal-address spans the classifier finds in the text."""
    return [text[f.start : f.end] for f in classify_text(text).findings if f.type == ADDRESS]


@pytest.mark.parametrize(("country", "text", "address"), POSITIVES)
def test_address_is_found_without_cue(country: str, text: str, address: str) -> None:
    """Each country's street line (with its postcode line when present) is found and spanned."""
    assert address in _addresses(text), country


@pytest.mark.parametrize("text", NEGATIVES)
def test_non_address_is_not_flagged(text: str) -> None:
    """Street words, bare postcodes and numbers that are not a home address are not flagged."""
    assert _addresses(text) == []
