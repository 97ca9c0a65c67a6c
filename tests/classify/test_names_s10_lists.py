"""Person names, tenth session: names in lists and coordinations, and "Surname (Given)"
entries (``_name_lists``).

1. A list holding a clear person (a known given name and a surname): its other items of one or
   two name-like tokens are persons too.
2. A list of single surnames without a full name: after a plural title ("MM.", "de heeren",
   "die Herren"), with two known given names, or with a known name and a role around it.
3. "Surname (Given)", as rolls, results and obituaries write them.

Positive rows name one span that was not found before; negative rows (places, brands, firms,
products, months, headings, compound nouns, prepositions' objects) must yield no person name
at all. The rows are written by hand for these tests (not taken from any evaluation set).
"""

from __future__ import annotations

import pytest

from proxy.classify import Classifier
from tests.found import found

NAME = "pii.person_name"

FOUND = [
    # 1. a list with a full name: the single surnames beside it
    ("The panel included Harriet Coldwell, Brannagh and Thaddeus Morrow.", "Brannagh"),
    ("We thank Theodora Blakewell, Quillfeather, and Ambrose Tennick.", "Quillfeather"),
    ("Étaient présents Mathilde Garnier, Vaudrecourt et Lhermitte.", "Vaudrecourt"),
    ("Étaient présents Mathilde Garnier, Vaudrecourt et Lhermitte.", "Lhermitte"),
    ("Eingeladen sind Annegret Vollmer, Kästlinger und Brauneder.", "Brauneder"),
    ("Hanno firmato Giulia Bianchetti, Scarpazza e Tornabuoni.", "Tornabuoni"),
    ("Asistieron Lucía Fernández, Arrizabalaga y Etxeberri.", "Etxeberri"),
    ("Aanwezig waren Femke de Groot, Huisinga en Kloosterboer.", "Kloosterboer"),
    ("Obecni byli Katarzyna Nowakowska, Pietrzykiewicz oraz Grzebyk.", "Grzebyk"),
    ("Sono intervenuti Eraclito, Parmenione, Marta Lodigiani e Carlo Beltrami.", "Parmenione"),
    # 2. single surnames after a plural title, or with a known name and a role
    ("Ont pris la parole MM. Dutreuil, Lavergnac et Pomarède.", "Lavergnac"),
    ("Ont pris la parole MM. Dutreuil, Lavergnac et Pomarède.", "Pomarède"),
    ("Tusschen de heeren Brinkhuis en Oosterwolde is een geschil.", "Oosterwolde"),
    ("Die Herren Kreutzberger und Haselmayr verließen den Saal.", "Haselmayr"),
    ("Messrs Whitcombe and Hargreave signed the lease.", "Hargreave"),
    ("Ont chanté Mlles Vaillardet et Pontcharra, premiers prix.", "Pontcharra"),
    ("Mesdames Vaillardet et Pontcharra ont chanté hier.", "Vaillardet"),
    ("Lo confermano i signori Scarpazza e Tornabuoni.", "Tornabuoni"),
    ("Lo firmaron los señores Arrizabalaga y Etxeberri.", "Etxeberri"),
    ("Wnioski złożyli panowie Grzebyk i Pietrzykiewicz wczoraj.", "Grzebyk"),
    ("Lefebvre et Garrigou, présidents du comité, ont signé.", "Garrigou"),
    ("Zosia, Kasia i Bartek przyszli na spotkanie.", "Kasia"),
    # 3. "Surname (Given)"
    ("3. Lemarchand (Aurélien) 4. Vasseur (Odile)", "Lemarchand"),
    ("3. Lemarchand (Aurélien) 4. Vasseur (Odile)", "Aurélien"),
    ("Classement : de Villeneuve (Hortense), 12 points.", "Villeneuve"),
    ("Verstorben: Brandstätter (Jürgen), Landwirt.", "Brandstätter"),
    ("Lista obecności: KOWALCZYK (Agnieszka), ZIELIŃSKI (Tomasz).", "KOWALCZYK"),
    ("Uitslag: Brinkhuis (Femke) won de eerste prijs.", "Brinkhuis"),
    ("Risultati: Scarpazza (Giulia) prima classificata.", "Scarpazza"),
    ("Resultados: Etxeberri (Lucía) ganó la carrera.", "Etxeberri"),
    ("Roll call: Whitcombe (Harriet) present.", "Whitcombe"),
]

NOT_FOUND = [
    # places, firms, brands, products and months coordinated or listed
    "Nous avons roulé entre Paris et Lyon hier soir.",
    "He worked at Ernst & Young for years.",
    "They sell Procter & Gamble and Dolce e Gabbana products.",
    "The report compares Python, Java and Kotlin for the backend.",
    "Le train passe par Rennes, Nantes et Bordeaux.",
    "Wir fahren über Ulm, Augsburg und München nach Salzburg.",
    "Le riunioni sono a Gennaio, Febbraio e Marzo.",
    "Eraclito, Parmenione e Zenone",  # no full name, no title, no role: not enough
    "Die Firma beliefert Siemens, Bosch und Porsche seit Jahren.",
    # two unknown words without a person around them
    "Die Partie endete mit Trerbalt und Zwieselnoh unentschieden.",
    "The cities of Kazembe and Karlova trade grain.",
    # "Word (Given)": words, places, months, streets
    "Siehe Kapitel Montag (Anna) und Dienstag (Paul).",
    "The Release (Maria) notes are online.",
    "Rendez-vous rue Kléber (Jean) à midi.",
    "Berlin (Anna) ist eine Stadt.",
]

#: Lists holding a full name that other detectors find, and tokens beside it that are none.
NOT_LISTED = [
    # a list with a place among the items is one of things
    ("Invitati: Giulia Bianchetti, Torino, Milano e Genova.", "Genova"),
    ("Besucht haben Lena Hartmann, Stuttgart und Hamburg das Werk.", "Hamburg"),
    # a preposition's object opens the list ("per la Minardi")
    ("Correva per la Vanelli, e Giancarlo Ferrante ha vinto.", "Vanelli"),
    # a German compound noun ("Faust-Darsteller")
    ("Er spielte mit Jonas Keller als Faust-Darsteller und Regie-Assistent.", "Darsteller"),
    # a band or a title of two unknown words beside a full name
    ("Featuring Olivia Hartley, Crimson Zephyrine and Nadia Brandt.", "Zephyrine"),
    # a band's name inside a sentence, its first word dropped, is still no name
    ("Gra z nami basista zespołu Iron Lantern oraz Marek Wiśniewski.", "Lantern"),
    # a place's first word ("Santa", "San") is no given name
    ("Las islas de San Andrés, Providencia y Santa Quiteria.", "Quiteria"),
    # the example users of cryptography and tutorials are nobody
    ("Alice, Bob and Harriet Coldwell signed the form.", "Bob"),
]


@pytest.mark.parametrize(("text", "name"), FOUND)
def test_listed_name_is_found(classifier: Classifier, text: str, name: str) -> None:
    """A name in a list of persons, or a "Surname (Given)" entry, is a person name."""
    assert any(name in span for span in found(classifier, text, NAME))


@pytest.mark.parametrize("text", NOT_FOUND)
def test_listed_thing_is_no_name(classifier: Classifier, text: str) -> None:
    """Lists of places, firms, brands, products and months are no person names."""
    assert found(classifier, text, NAME) == []


@pytest.mark.parametrize(("text", "token"), NOT_LISTED)
def test_thing_beside_a_name_is_no_name(classifier: Classifier, text: str, token: str) -> None:
    """Places, a preposition's object, compound nouns and bands beside a full name are none."""
    assert not any(token in span for span in found(classifier, text, NAME))
