"""Twenty-third session: person names that messages about colleagues, rosters and care notes
carry without a cue.

- A surname alone opening a sentence or clause before a verb only a person does ("Hargrove
  complains", "Bensaïd trouve que", "Echeverri se queja"), and a surname with its particle
  before the verbs people and firms share ("Lo Cascio riesce", "De la Fuente quiere"); not a
  firm, paper, agency, tool, everyday word or place ("Reuters said", "Aunque dijo", "Datadog
  says", "Bruxelles pense que", "La Rochelle a annoncé").
- A given name after a particle that ends a run of capitals ("le PC de Margaux"); not the
  institution of a place ("Université de Lorraine").
- The items of a comma list after a name found, notes in parentheses or not ("Julien Morel (RC
  Lens), Yanis Haddad (FC Metz)"), and an item standing between two names found; not a
  department, a title or a city between them.
- A given name right before a comma ("nonna Carmela, ti prego", "Matteo, 31 anni").
- A known surname alone after a request ("Tell Fitzgerald", "Frag Baumgartner"); not a firm
  or a word ("Call Ford", "ask Siemens") or a street ("Tell Henderson Street").
- A given name after a possessive and a relation, also one that is a word ("meine Tochter
  Lina"), not a German noun there ("meiner Tochter Bescheid"); a name after a courtesy title
  abbreviated in lower case ("sig. Mancuso", "dott.ssa Ferrante", "sra. Quintana").
- A person coordinated with the writer ("Svenja und ich", "Priya and I", "moi et Anaïs",
  "Marzena i ja"); not a firm, a place, a noun or a season ("Google and I", "Paris et moi").
- A name after a kinship word without a possessive ("opa Sjoerd", "abuela Remedios Ortega",
  "babci Zosi") or in parentheses after a relation ("Mum (Brenda Atherton)"); not places and
  brands opened by such words ("Abu Dhabi", "Uncle Sam", "Oma's Bakery", "Zio Paperone").

The rows are written by hand for these tests (not taken from any evaluation set or probe).
"""

from __future__ import annotations

import pytest

from proxy.classify import Classifier
from tests.found import found

PERSON = "pii.person_name"

FOUND = [
    ("Can you make this less blunt: Hargrove complains about every budget.", "Hargrove"),
    ("Résume : Le Bihan veut décaler la recette et Bensaïd trouve que c'est risqué.", "Le Bihan"),
    ("Résume : Le Bihan veut décaler la recette et Bensaïd trouve que c'est risqué.", "Bensaïd"),
    ("Riassumi: Lo Cascio riesce a riprodurre il problema solo in produzione.", "Lo Cascio"),
    ("Hazlo más formal: Echeverri se queja de las facturas.", "Echeverri"),
    ("Popraw: Wiśniewski twierdzi, że to błąd w konfiguracji.", "Wiśniewski"),
    ("Maak het vriendelijker: Verhoeven vindt dat we moeten wachten.", "Verhoeven"),
    ("Kürzer bitte: Brinkmöller beschwert sich über den Dienstplan.", "Brinkmöller"),
    ("Riformula: Dell'Orto è stufo delle riunioni del lunedì.", "Dell'Orto"),
    ("Honestly, Okonkwo is fed up with the delays.", "Okonkwo"),
    ("Resumen: De la Fuente quiere cambiar la fecha.", "De la Fuente"),
    ("Le PC de Margaux plante depuis la mise à jour.", "Margaux"),
    ("Il PC di Federica non si accende più.", "Federica"),
    (
        "Voici la liste : Julien Morel (RC Lens), Yanis Haddad (FC Metz), Lucas Perrin (FC Metz).",
        "Yanis Haddad",
    ),
    ("Squadra: Laura Conti, Kwame Mensah, Paolo Greco, Sara Ricci", "Kwame Mensah"),
    ("Istruzioni per la badante di nonna Carmela, ti prego riscrivile.", "Carmela"),
    ("Note della seduta: Matteo, 31 anni, insonnia da due mesi.", "Matteo"),
    ("Schrijf een briefje voor opa Sjoerd, hij vergeet zijn pillen.", "Sjoerd"),
    ("La receta de la abuela Remedios Ortega es la mejor.", "Remedios Ortega"),
    ("Przepis babci Zosi jest najlepszy.", "Zosi"),
    ("Notes for the sitter: Mum (Brenda Atherton) takes her tablets at 8.", "Brenda Atherton"),
    ("Beim Opa Heinz im Garten steht der Rollator.", "Heinz"),
    ("Tell Fitzgerald the room changed.", "Fitzgerald"),
    ("Frag Baumgartner, ob er morgen kann.", "Baumgartner"),
    ("Anmeldung für meine Tochter Lina (3 Jahre) im Kindergarten.", "Lina"),
    ("Reclamo: il cliente sig. Mancuso segnala un addebito doppio.", "Mancuso"),
    ("Ho sentito la dott.ssa Ferrante stamattina.", "Ferrante"),
    ("Llama a la sra. Quintana mañana.", "Quintana"),
    ("Svenja und ich können am Freitag nicht.", "Svenja"),
    ("Rewrite: Priya and I will cover the stand on Monday.", "Priya"),
    ("Cette semaine, moi et Anaïs on s'occupe du stand.", "Anaïs"),
    ("Marzena i ja jedziemy na szkolenie.", "Marzena"),
]

NOT_FOUND = [
    "Reuters said the merger was off.",
    "Aunque dijo que sí, al final no vino nadie.",
    "Nvidia wants more chips, and Gartner says prices will rise.",
    "Datadog says the disk is full again.",
    "Mercadona dice que bajará los precios.",
    "En gros, Kubernetes veut plus de mémoire.",
    "Randsfjord a été fermé en 1933.",
    "Copilot suggests a fix, but Cursor disagrees.",
    "Bruxelles pense que c'est trop tôt.",
    "La Rochelle a annoncé un nouveau port.",
    "Medellín quiere ser más verde, y Lamborghini continua a crescere.",
    "Nadie quiere trabajar el domingo.",
    "L'Université de Lorraine a ouvert un master.",
    "Anna Weber, Head Office, Marek Nowak",
    "Anna Weber, Paris, Marek Nowak",
    "Colori del mazzo: Rosa, Viola, Celeste e Ambra",
    "De Morgen meldt dat Le Monde veut plus de lecteurs.",
    "Abu Dhabi, Gran Canaria and Tata Steel are on the list.",
    "Uncle Sam wants you, and Tío Pepe is a sherry.",
    "Oma's Bakery sells Uncle Ben's rice.",
    "Zio Paperone è ricco.",
    "Dad (Bill) is fine, my grandma (Oma) lives in Graz.",
    "Call Ford about the recall, then ask Siemens for a quote.",
    "Tell Henderson Street to close at nine.",
    "Sag meiner Tochter Bescheid, dass wir später kommen.",
    "The testing. Next we deploy.",
    "Google and I disagree about the ads, Kaffee und ich sind Freunde.",
    "Paris et moi, c'est une longue histoire; Summer and I love the beach.",
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_names_without_cue_are_found(classifier: Classifier, text: str, value: str) -> None:
    """The name is a person-name finding."""
    assert value in found(classifier, text, PERSON)


@pytest.mark.parametrize("text", NOT_FOUND)
def test_firms_words_and_places_stay_out(classifier: Classifier, text: str) -> None:
    """No person-name finding (the known names in the two lists are the only ones)."""
    names = found(classifier, text, PERSON)
    assert [n for n in names if n not in ("Anna Weber", "Marek Nowak")] == []
