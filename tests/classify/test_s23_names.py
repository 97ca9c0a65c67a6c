"""Twenty-third session: person names that messages about colleagues, rosters and care notes
carry without a cue.

- A surname standing alone before a verb only a person does ("Brouwers klaagt", "Wiśniewski
  twierdzi, że", "Okonkwo is fed up"), and a surname with its particle before the verbs people
  and firms share ("Dell'Orto è stufo", "De la Fuente quiere"); not a firm, paper, agency, bank,
  club, tool, seat of government, role, everyday word or town ("Reuters said", "Aunque dijo",
  "Matignon estime que", "Vermieter meint", "Le Mans veut", "Van Oord zegt").
- A given name after "de" ending a run of capitals ("le PC de Margaux"); not the institution or
  the head of a place or firm ("Université de Lorraine", "le CHU de Nancy", "le PDG de Zara").
- The items of a comma list after a name found, notes in parentheses or not ("Julien Morel (RC
  Lens), Yanis Haddad (FC Metz)"), and two tokens between two names found ("Marco Ferri, Abdou
  Kane, Giulia Conte"); not a department, a city or a colour between them.
- A given name right before a comma ("nonna Carmela, ti prego", "Matteo, 31 anni"), and at the
  very end of a text ("the slides are by Ottilie", "Great job, Ottilie!"); not a firm there
  ("Sold by Zara").
- A known surname alone after a request ("Ricorda a Bortolotti"); not a firm ("Call Ford", "Ask
  Gartner") or a street ("Tell Henderson Street").
- A given name after a possessive and a relation, also one that is a word ("meine Tochter
  Lina", "meinem Sohn Henrik"), not a German noun there ("meiner Tochter Bescheid"); a name after
  a courtesy title abbreviated in lower case ("sig. Mancuso", "dott.ssa Ferrante", "sra.
  Quintana"), not "sig." meaning significant ("(sig. Bonferroni)").
- A person coordinated with the writer ("Svenja und ich", "Priya and I", "Marzena i ja"); not a
  firm, a place, a noun, a season or a parent ("Google and I", "Maman et moi").
- A name after a kinship word without a possessive ("opa Sjoerd", "babci Zosi", "Opa Heinz") or
  in parentheses after a relation ("Dad (Bill Whitaker)"); not places, brands and characters
  opened by such words ("Abu Dhabi", "Uncle Sam", "Granny Smith", "Zio Paperone"), nor a firm
  after a business relation ("partner (Grant Thornton)").

Every FOUND row but "meinem Sohn Henrik" fails on the code before this session (57673bd); that
one guards a regression the review caught in the first version. The NOT_FOUND rows include the
look-alikes a read-only reviewer found in that version.
The rows are written by hand for these tests (not taken from any evaluation set or probe).
"""

from __future__ import annotations

import pytest

from proxy.classify import Classifier
from tests.found import found

PERSON = "pii.person_name"

FOUND = [
    ("Maak het vriendelijker: Brouwers klaagt over de planning.", "Brouwers"),
    ("Popraw: Wiśniewski twierdzi, że to błąd w konfiguracji.", "Wiśniewski"),
    ("Honestly, Okonkwo is fed up with the delays.", "Okonkwo"),
    ("Riformula: il team è d'accordo e Dell'Orto è stufo delle riunioni.", "Dell'Orto"),
    ("Resumen: De la Fuente quiere cambiar la fecha.", "De la Fuente"),
    ("Le PC de Margaux plante depuis la mise à jour.", "Margaux"),
    ("Il PC di Federica non si accende più.", "Federica"),
    (
        "Voici la liste : Julien Morel (RC Lens), Yanis Haddad (FC Metz), Lucas Perrin (FC Metz).",
        "Yanis Haddad",
    ),
    ("Ho visto Marco Ferri, Abdou Kane, Giulia Conte ieri.", "Abdou Kane"),
    ("Istruzioni per la badante di nonna Carmela, ti prego riscrivile.", "Carmela"),
    ("Note della seduta: Matteo, 31 anni, insonnia da due mesi.", "Matteo"),
    ("Great job on the release, Ottilie!", "Ottilie"),
    ("the slides are by Ottilie", "Ottilie"),
    ("il verbale lo scrive Ludovica", "Ludovica"),
    ("Schrijf een briefje voor opa Sjoerd, hij vergeet zijn pillen.", "Sjoerd"),
    ("Przepis babci Zosi jest najlepszy.", "Zosi"),
    ("Beim Opa Heinz im Garten steht der Rollator.", "Heinz"),
    ("Notes: Dad (Bill Whitaker) has his pills at 8.", "Bill Whitaker"),
    ("Ricorda a Bortolotti la riunione di domani.", "Bortolotti"),
    ("Anmeldung für meine Tochter Lina (3 Jahre) im Kindergarten.", "Lina"),
    ("Bitte sag meinem Sohn Henrik Bescheid.", "Henrik"),
    ("Reclamo: il cliente sig. Mancuso segnala un addebito doppio.", "Mancuso"),
    ("Ho sentito la dott.ssa Ferrante stamattina.", "Ferrante"),
    ("Llama a la sra. Quintana mañana.", "Quintana"),
    ("Svenja und ich können am Freitag nicht.", "Svenja"),
    ("Rewrite: Priya and I will cover the stand on Monday.", "Priya"),
    ("Marzena i ja jedziemy na szkolenie.", "Marzena"),
    ("Kannst du das kürzen? Ich und Mia übernehmen den Stand.", "Mia"),
]

NOT_FOUND = [
    # firms, papers, agencies, seats of government, clubs, tools, roles, words and places
    "Reuters said the merger was off.",
    "Aunque dijo que sí, al final no vino nadie.",
    "Nvidia wants more chips, and Gartner says prices will rise.",
    "Datadog says the disk is full again.",
    "Mercadona dice que bajará los precios.",
    "En gros, Kubernetes veut plus de mémoire.",
    "Randsfjord a été fermé en 1933.",
    "Copilot suggests a fix, but Cursor disagrees.",
    "Bruxelles pense que c'est trop tôt.",
    "Nadie quiere trabajar el domingo.",
    "Prezes uważa, że to błąd.",
    "Vermieter meint, dass die Miete steigt.",
    "Huurder klaagt over de verwarming.",
    "Landlord thinks that the rent is fine.",
    "Matignon estime que la réforme passera.",
    "Citi thinks that rates will fall.",
    "Schalke beschwert sich über den Schiedsrichter.",
    "Maven complains about the pom file.",
    "Le Parisien affirme que le maire démissionne.",
    "Le Mans veut accueillir la course.",
    "Van Oord zegt dat de dijk klaar is.",
    "De Beers said diamond prices fell.",
    "La Rochelle a annoncé un nouveau port.",
    "Medellín quiere ser más verde, y Lamborghini continua a crescere.",
    "De Morgen meldt dat Le Monde veut plus de lecteurs.",
    # institutions and bodies of a place or firm
    "L'Université de Lorraine a ouvert un master.",
    "Le PDG de Zara a démissionné.",
    "Le CHU de Nancy a rappelé.",
    # comma lists with no person between the names
    "Anna Weber, Head Office, Marek Nowak",
    "Anna Weber, Paris, Marek Nowak",
    "Anna Weber, Vorstand, Marek Nowak",
    "Colori del mazzo: Rosa, Viola, Celeste e Ambra",
    # kinship words opening places, brands and characters
    "Abu Dhabi, Gran Canaria and Tata Steel are on the list.",
    "Uncle Sam wants you, and Tío Pepe is a sherry.",
    "Oma's Bakery sells Uncle Ben's rice.",
    "Zio Paperone è ricco.",
    "Granny Smith apples are sour.",
    "Our audit partner (Grant Thornton) approved the accounts.",
    "Dad (Bill) is fine, my grandma (Oma) lives in Graz.",
    # requests to firms and streets
    "Call Ford about the recall, then ask Siemens for a quote.",
    "Ask Gartner for the report.",
    "Tell Henderson Street to close at nine.",
    # a German noun after a relation; "sig." as statistics write it
    "Sag meiner Tochter Bescheid, dass wir später kommen.",
    "The testing. Next we deploy.",
    "The effect was not sig. Bonferroni correction applied.",
    "p < 0.05 (sig. Bonferroni)",
    # "and I" with a firm, a place, a noun, a season or a parent
    "Google and I disagree about the ads, Kaffee und ich sind Freunde.",
    "Paris et moi, c'est une longue histoire; Summer and I love the beach.",
    "Maman et moi partons en vacances.",
    "Mutti und ich gehen einkaufen.",
    # a firm at the end of a text, a possessive before the end
    "Sold by Zara",
    "Preston's manager was sacked.",
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
