"""Person names, ninth session: a surname or given name standing alone as one token
(``_lone_names``), found by what surrounds it.

1. Before an English verb only a person does ("was born", "died"): a known name or a token
   unknown to every word list; before such a verb of the other languages ("starb", "è morto",
   where an adverb may open the sentence) and before a verb organisations share ("said",
   "sagte", "a déclaré"): a known given name or surname only.
2. Being a role or occupation ("... became a professor", "... was an American novelist").
3. Before "'s" and a noun only a person owns ("Kowalski's widow"), and after a creative work's
   agent ("composed by"): a known name only.

Positive rows name the exact span and were not found before; negative rows (words, companies,
products, places, code, inverted subjects, longer runs) must yield no person name at all. The
rows are written by hand for these tests (not taken from any evaluation set).
"""

from __future__ import annotations

import pytest

from proxy.classify import Classifier
from tests.found import found

NAME = "pii.person_name"

FOUND = [
    # 1. a verb only a person does: unknown or known tokens
    ("Vandroszek was born in a small village near the river.", "Vandroszek"),
    ("After the war, Pelletrier died in poverty.", "Pelletrier"),
    ("Yesterday Haldorsen died at home.", "Haldorsen"),
    ("Kowalczuk married a teacher from the next town.", "Kowalczuk"),
    ("Ostrowski starb im Winter nach langer Krankheit.", "Ostrowski"),
    ("Brambilla è morto nella sua casa di campagna.", "Brambilla"),
    ("Fernández nació en un pueblo pequeño.", "Fernández"),
    ("Wiśniewska urodziła się w Krakowie.", "Wiśniewska"),
    # 1. a verb organisations share: a known given name or surname
    ("Fernandez said the plan would not work.", "Fernandez"),
    ("Meanwhile, Gerhard finds the missing keys.", "Gerhard"),
    ("Dubois a déclaré que le projet était fini.", "Dubois"),
    ("Schneider sagte gestern, dass er später komme.", "Schneider"),
    ("Esposito ha dichiarato che non si candida.", "Esposito"),
    # English does not invert: a pronoun after its verb is the reported speech's subject
    ("Kowalczyk said he would send the figures tomorrow.", "Kowalczyk"),
    ("Yesterday Fernandez said she had paid the invoice.", "Fernandez"),
    # 2. the token is a role
    ("In 1902 Marquardsen became a professor of chemistry.", "Marquardsen"),
    ("Tillotson was an American novelist and critic.", "Tillotson"),
    # 3. a person's possession, a creative work's agent
    ("After the trial, Kowalski's widow sold the house.", "Kowalski"),
    ("Nobody had read Okonkwo's memoir before it won.", "Okonkwo"),
    ("All songs were composed by Hendricks in one summer.", "Hendricks"),
    ("Les paroles sont écrites par Lefrançois et la musique aussi.", "Lefrançois"),
]

NOT_FOUND = [
    # review (session 9): adverbs before inverted subjects, plurals before "who", known surnames
    # that are words, products after an agent or before "'s"
    "Ayer murió mi abuelo en el hospital.",
    "Vermutlich starb der König 1450.",
    "Admins who forget their password get locked out.",
    "Rust won the most-loved language survey again.",
    "Sales said the numbers are fine.",
    "The changelog was written by Dependabot.",
    "Bitcoin's birth in 2009 changed payments.",
    # words, companies, products and places before the same verbs
    "Google said the outage is over.",
    "Bosch announced a new drill today.",
    "Python was born in the Netherlands.",
    "Jazz was born in New Orleans.",
    "Nothing said more than her silence.",
    "The Beatles said goodbye to the crowd.",
    "In Paris lived many painters.",
    "Worker died after the timeout.",
    # an unknown token before a verb organisations share
    "Zorblax announced a new release.",
    "Quintessa joined the index in May.",
    # an adverb before an inverted subject (German V2)
    "Vermutlich starb sie bald danach in der Stadt.",
    "Plötzlich sagte er nichts mehr.",
    "Gisteren zei hij niets meer.",
    "Then Reuters said it would publish the figures.",
    "Schneider said it would expand the plant.",
    # a longer run of capitalised words, or a heading
    "Release Notes Said Nothing New",
    # companies and things owning things
    "Apple's parent company reported earnings.",
    "Boeing's family of aircraft grew.",
    "We read Python's life cycle notes.",
    # a word, a product or a company being a role
    "Claude is an assistant for writing.",
    "Everyone is a writer these days.",
    "Spotify became a producer of podcasts.",
    # code
    "def lives(self): return self.Foo_died",
    "node.Parent said = None  # Token lives here",
]


@pytest.mark.parametrize(("text", "name"), FOUND)
def test_lone_name_is_found(classifier: Classifier, text: str, name: str) -> None:
    """A lone surname or given name in a person's context is a person name."""
    assert name in found(classifier, text, NAME)


@pytest.mark.parametrize("text", NOT_FOUND)
def test_lone_word_or_thing_is_no_name(classifier: Classifier, text: str) -> None:
    """Words, companies, products, places, adverbs and code are no lone person name."""
    assert found(classifier, text, NAME) == []
