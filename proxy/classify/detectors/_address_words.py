"""Word tables and regex pieces of the postal-address detector (one line per language).

Street-type words go in hyperscan prefilters (literals) and in the exact patterns (tries);
everything here is data, so a new country is a new line, not new code.
"""

from __future__ import annotations

import re

from proxy.classify._base import words

#: Capital letters that can start a street or town name (Latin scripts of the EU).
UP = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĢĪĮĶĹĻĽŁŃŅŇŌŐŘŚŞŠȘŢȚŤŪŮŰŲŹŻŽ"

#: Street types written before the name ("rue de la Paix", "Via Roma", "ul. Kwiatowa"), by
#: language: each language is its own prefilter (one alternation of all of them made hyperscan
#: pick a strategy 4-6x slower on ordinary text; measured).
PREFIX_BY_LANGUAGE = {
    "fr": words(
        "rue|avenue|av.|boulevard|bd|bld|chemin|allée|impasse|place|quai|route|cours|square|"
        "passage|voie|sentier|rond-point|faubourg|esplanade|promenade|cité|résidence"
    ),
    "it": words(
        "via|viale|v.le|piazza|p.zza|piazzale|corso|c.so|vicolo|largo|strada|borgo|contrada|"
        "canale|incrocio|rotonda|stretto|lungomare|lungotevere|salita|vico"
    ),
    "es": words(
        "calle|c/|avenida|avda.|avda|plaza|pza.|paseo|pº|pasaje|camino|ronda|rambla|travesía|"
        "glorieta|alameda|urbanización|urb.|callejón|carretera|ctra.|cuesta|vía|carrer|passeig|"
        "plaça|avinguda"
    ),
    "pt": words(
        "rua|travessa|praça|estrada|calçada|beco|strada|str.|bulevardul|calea|aleea|șoseaua"
    ),
    "pl": words(
        "ul.|ulica|ulicy|ulicę|al.|aleja|alei|aleję|os.|osiedle|osiedlu|pl.|plac|placu|rondo|"
        "rondzie|skwer|rynek|rynku"
    ),
    "nl": words("laan|plein"),
}
PREFIX_STREETS = tuple(word for group in PREFIX_BY_LANGUAGE.values() for word in group)

#: Street types glued to the end of the name ("Hauptstraße", "Keizersgracht", "Storgatan").
SUFFIX_STREETS = words(
    # German (DE, AT, CH, LU)
    "straße|strasse|str.|gasse|weg|allee|platz|ring|damm|ufer|chaussee|steig|pfad|markt|graben|"
    "zeile|"
    # Dutch (NL, BE)
    "straat|laan|gracht|singel|kade|plein|plaats|dijk|steeg|boulevard|hof|pad|dreef|wal|baan|"
    # Danish, Swedish, Norwegian, Icelandic, Finnish
    "gade|vej|allé|stræde|plads|torv|gatan|vägen|gränd|torget|backe|veien|vei|vegen|gata|"
    "gaten|stræti|vegur|katu|kuja|tie"
)

#: Street types written as their own word after the name ("Lange Straße 5", "Váci utca 12").
WORD_STREETS = words(
    "Straße|Strasse|Str.|Weg|Allee|Platz|Gasse|Damm|Ufer|Chaussee|Markt|Zeile|"
    "utca|út|útja|tér|körút|"
    "ulice|náměstí|nábřeží|třída|"
    "iela|gatvė|tänav|gate|ulica|cesta|"
    "Laan|Straat|Weg|Plein"
)

#: Street-type words after the name that are also everyday English ("Heathrow gate 5"): they
#: count with a postcode line or a personal cue only ("Thorvald Meyers gate 12, 0555 Oslo").
AMBIGUOUS_AFTER = frozenset(words("gate"))

#: Street types after which a name of a person or place stands before it ("Johann Strauß Gasse 14",
#: "Konrad-Adenauer Straße 3"), not only an adjective ("Lange Straße").
NAMED_STREETS = frozenset(words("Gasse|Straße|Strasse|Str.|Allee"))

#: Words after a number and a postcode-like number that show a count ("Team 5\n1200 Besucher").
COUNT_NOUNS = words(
    "mitarbeiter|teilnehmer|besucher|einwohner|nutzer|kunden|mitglieder|follower|fans|users|"
    "customers|employees|visitors|members|participants|downloads|views|likes|subscribers|"
    "utenti|clienti|dipendenti|usuarios|clientes|empleados|utilisateurs|clients|employés|"
    "gebruikers|klanten|medewerkers|użytkowników|klientów|pracowników|euro|dollar|franken|"
    "kronen|kronor|zloty|złotych|forint|lei|bytes|zeichen|characters|words|wörter|mots|parole|"
    "palabras|woorden|słów|tokens|stimmen|votes|punkte|points"
)

#: English street types after the name ("221B Baker Street", "10 Downing St").
EN_STREETS = words(
    "Street|St|St.|Road|Rd|Rd.|Avenue|Ave|Ave.|Lane|Ln|Drive|Dr|Close|Way|Crescent|Cres|Terrace|"
    "Gardens|Square|Sq|Place|Pl|Court|Ct|Row|Hill|Grove|Mews|Walk|Parade|Boulevard|Blvd|Park|"
    "Green|Circle|Highway|Hwy|Parkway|Pkwy|Trail|Plaza|Quay|Wharf|Rise|Crossing|Heights|Meadows|"
    "Manor|Villas|View|Vale|Glen|Lawn|Lawns|Grange|Cottages|Ridge|Heath|Brae|Wynd|Dale|Fields|"
    "Downs|Embankment|Glade"
)

#: German street names after a preposition ("Am Markt 3", "An der Alster 12", "Unter den Linden 5").
DE_PREPOSITIONS = words(
    "Am|Im|An der|An den|Auf der|Auf dem|Auf den|In der|In den|Zum|Zur|Unter den|Hinter der|"
    "Hinter dem|Vor dem|Vor der|Beim|Bei der"
)

#: Capitalised words that follow "Am"/"Im"/… without being a street ("Am Montag 3 Stunden").
NOT_STREET_NAMES = words(
    "Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|Wochenende|Jahr|Jahre|Tag|Tage|"
    "Ende|Anfang|Abend|Morgen|Mittag|Nachmittag|Vormittag|Januar|Februar|März|April|Mai|Juni|"
    "Juli|August|September|Oktober|November|Dezember|Monat|Woche|Platz|Punkt|Stück|Prozent|"
    "Kapitel|Seite|Abschnitt|Artikel|Absatz|Paragraph|Version|Level|Stufe|Schritt|Termin|Zimmer|"
    "Raum|Tisch|Gleis|Bahnsteig|Saal|Gate|Bus|Zug|Linie|Nummer|Nr|Bild|Tabelle|Figur|Folie"
)

#: English and other words ending in a street suffix ("During 3 days", "Spring 2024").
NOT_STREETS = words(
    "during|spring|string|bring|offering|ring|keypad|numpad|notepad|touchpad|launchpad|brigade|"
    "upgrade|weg|hof|pad|wal|baan|markt|platz|park|plein|kade|vej|gade|laan|dijk|damm|allee|"
    "boring|spring|wiring|hiring|firing|hearing|sharing|caring|daring|pairing|"
    "steering|mirroring|monitoring|engineering|recurring|scoring|storing|tiering|clustering|"
    "filtering|rendering|offering|gathering|ordering|bring|swing|thing|king|sting|wing|"
    "marketing|parking|marking|bundesstraße|bundesstrasse|staatsstraße|kreisstraße|"
    "landesstraße|vorweg|hinweg|umweg|ausweg|abweg|bowtie|necktie|bahnsteig|parkplatz|stellplatz|sitzplatz|arbeitsplatz|spielplatz|"
    "campingplatz|liegeplatz|startplatz|tabellenplatz|listenplatz|ranglistenplatz"
)

#: What may follow a house number on the same line: floor, door, flat ("3º B", "m. 4", "Apt 4").
UNIT = (
    r"(?:,?[ ](?:\d{1,2}[ ]?[º°ªoa.][ ]?(?:[A-Z]\b|(?i:izq|dcha|izda|dto|esq|dt|th|tv|mf)\w*\.?)?"
    r"|(?:Apt|Apto|Flat|Unit|Suite|lgh|lok|m|int|esc|piso|puerta|bus|bte|app|appt|hs|Top|Stiege)"
    r"\.?[ ]?\w{1,4}\b|[A-H]\b|S/N\b))?"
)

#: What after a number shows a quantity, price, date or time, not a house number.
NOT_HOUSE_NUMBER = (
    r"(?:[.,:/]\d|[ ]?(?:%|€|\$|£|°)"
    r"|[ ]?(?:x|h|ms|min|mins|km|kg|cm|mm|ml|mb|gb|kb|px|pt|pp|eur|euro|euros|usd|pln|"
    r"times|mal|volte|fois|veces|razy|keer|gånger|gange|hours?|minutes?|seconds?|days?|weeks?|"
    r"months?|years?|jours|ans|semaines|mois|heures|tage|jahre|stunden|minuten|wochen|monate|"
    r"giorni|anni|ore|settimane|mesi|días|años|horas|semanas|meses|dni|lat|godzin|dagen|jaar|"
    r"uur|weken|maanden|people|persons|personnes|persone|personas|personen|osób|mensen|pcs|"
    r"items|units|stück|pièces|pezzi|piezas|sztuk|stuks|pages?|seiten|pagine|páginas|stron|"
    r"points?|punkte|punti|puntos|punkty|punten|votes|mph|kmh|km/h|rpm|eur|chf|tickets?|billets?|"
    r"biglietti|entradas|bilety|karten|seats|sièges|posti|plazas|miejsc|stars|étoiles|sterne|"
    r"goals|tore|buts|gol|goles|bramki|doelpunten)\b)"
)

#: Cues that say the nearby postcode and town are where someone lives or receives mail.
POSTCODE_CUES = words(
    "address|home address|postal address|mailing address|adresse|anschrift|wohnhaft|wohnort|"
    "indirizzo|residente|domicilio|dirección|direccion|adres|woonachtig|woonplaats|zamieszkały|"
    "zamieszkała|zamieszkania|lives at|living at|i live in|habite|j'habite|wohne|abito|vivo en|"
    "ik woon|mieszkam|domicilié|domiciliée|morada|endereço|bopæl|adress|bostadsadress|lakcím|"
    "bydliště|delivery address|lieferadresse|adresse de livraison|adresa|adresas|aadress|osoite|"
    "heimilisfang"
)

#: Month names: "Via Roma 25 aprile" after a street word is a date, not a house number.
MONTHS = words(
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|"
    "gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|dicembre|"
    "enero|febrero|abril|mayo|junio|julio|septiembre|octubre|noviembre|diciembre|januar|"
    "februar|märz|juni|juli|oktober|dezember|stycznia|lutego|marca|kwietnia|maja|czerwca|"
    "lipca|sierpnia|września|października|listopada|grudnia|januari|februari|maart|mei|juli|"
    "augustus|oktober"
)

#: Street words that are also everyday English words: without a postcode or cue they count
#: only when the number ends the phrase ("Place Order 3 times" is a button, not an address).
AMBIGUOUS = frozenset(
    words(
        "place|route|square|passage|via|cours|promenade|esplanade|plaza|canale|strada|corso|"
        "largo|stretto|incrocio|rotonda|salita|vico|borgo|ronda|rambla|calea|rondo|beco|al.|"
        "pl.|os.|str.|av.|bd|bld|voie|cité|résidence|contrada|camino|acceso|skwer|alameda"
    )
)

#: Capitalised words before "Platz"/"Weg" that do not name a street ("Nehmen Sie Platz 3").
NOT_ADJECTIVES = words(
    "sie|die|der|das|des|ihre|ihres|seine|meine|deine|unsere|eure|eine|einen|keine|diese|jede|"
    "welche|alle|erste|ersten|zweite|dritte|letzte|nächste|gute|beste|besten|freie|freien|es|"
    "ves|yes|the|these|those|is|was|has|us|his|its|as|des|les|ces|mes|tes|ses|nos|vos|"
    "une|une|ne|se|de|le|que"
)

#: Words before a number that make it a label, not a house number ("Chapter 12", "Top 10").
NUMBER_LABELS = words(
    "chapter|page|pages|top|section|part|step|episode|season|vol|volume|no|nr|table|figure|fig|"
    "room|level|floor|gate|platform|terminal|line|item|issue|ticket|version|release|phase|week|"
    "day|round|stage|act|scene|track|kapitel|seite|teil|folge|schritt|abschnitt|zimmer|raum|"
    "chapitre|étape|salle|capitolo|pagina|parte|passo|capítulo|página|paso|rozdział|strona|"
    "krok|hoofdstuk|stap|deel|bladzijde|art|artikel|article|articolo|artículo|paragraph|par|a|an|"
    "the|than|over|under|about|around|only|just|first|last|all|these|those|every|per|tabelle|"
    "abbildung|gruppe|team|runde|band|heft|ausgabe|model|modell|python|java|windows|android|ios|"
    "iphone|tabla|tableau|tabel|tabela|figura|rysunek|grupa|gruppo|groupe|grupo|groep|punkt"
)
#: What may follow a house number's digits: "5a", "12bis", "3 bis", "12/4", "15/bis", "7-9".
NUMBER_TAIL = (
    r"(?:[ ]?(?:bis|ter|quater)\b|[a-zA-Z]\b)?"
    r"(?:[-/](?:\d{1,4}[a-zA-Z]?|bis|ter|[A-Za-z])\b){0,2}"
)
#: A house number with a spaced "bis"/"ter" ("3 bis avenue …") is French: in German "bis" is
#: "until" ("von Haltestelle 3 bis Piazza Navona").
_SPACED_SUFFIX = re.compile(r"[ ](?:bis|ter|quater)$")
_FRENCH = frozenset(word.lower() for word in PREFIX_BY_LANGUAGE["fr"])


def german_bis(lead: str | None, word: str) -> bool:
    """Whether a leading house number's spaced suffix comes before a street word that is not
    French (where "3 bis rue" is written): a German "bis" (until), not a suffix."""
    return bool(lead and _SPACED_SUFFIX.search(lead)) and word not in _FRENCH


#: The example addresses of forms and help pages: a street or town named "sample" in its
#: language ("Musterstraße 1, 12345 Musterstadt", "Voorbeeldstraat 1, 1234 AB Ergens",
#: "ul. Przykładowa 1", "Calle Ejemplo 1", "123 Example Street, Anytown").
PLACEHOLDER = re.compile(
    r"(?i:(?<![^\W\d_])(?:muster(?:stra(?:ß|ss)e|gasse|weg|platz|allee|stadt|hausen|dorf)|"
    r"beispiel(?:stra(?:ß|ss)e|weg|stadt)|voorbeeld(?:straat|laan|weg|plein|plaats|stad|dorp)|"
    r"przykładow[aeą]j?|(?:example|sample) (?:street|road|avenue|lane)|calle ejemplo|"
    r"via esempio|rue (?:de l'|de l’)?exemple|anytown|ergens)(?![^\W\d_]))"
)
