"""Thirty-third session (rows written here, none copied from a probe): personal data in pasted
tables and SQL, by the names of their columns.

- a table's national-ID columns ("bsn", "nhs_no", "pesel", "num_ss") hold national IDs when
  the scheme's checksum accepts the cell; its medical columns ("diagnosis", "rozpoznanie",
  "medicatie") a person's health when the table names or identifies a person, and its reason
  or notes columns only beside a clinic's or doctor's column; more birth-date labels
  ("f_nacimiento", "data_ur"); a name cell with a comma inside quotes ("Peña, Jorge");
- the rows of an SQL ``INSERT`` with a column list, judged as a table's cells;
- the NHS number and the Spanish social security number after their cue words.
"""

from __future__ import annotations

import pytest

from proxy.classify import Classifier
from tests.found import found

NHS_TSV = (
    "nhs_no\tsurname\tforename\tdob\tclinic\treason\n"
    "943 476 5919\tAshworth\tMabel\t12/05/1941\tchest\tCOPD review\n"
    "401 023 2137\tOkoro\tDaniel\t03/09/1988\tchest\tasthma, uses Ventolin daily\n"
)
BSN_CSV = "bsn;achternaam;voornaam;indicatie\n725763863;Bakker;Fenna;wondzorg\n"
PESEL_CSV = (
    "pesel,nazwisko,imie,data_ur,rozpoznanie\n"
    "44051401359,Wrona,Teresa,14.05.1944,I10 nadciśnienie tętnicze\n"
)
ES_CSV = (
    "id,apellidos_nombre,num_ss,iban\n"
    'E-7,"Lozano Vera, Jorge",28/12345678/40,ES9121000418450200051332\n'
)
SQL = (
    "INSERT INTO patients (nhs_number, full_name, date_of_birth, problem_list) VALUES\n"
    "('9434765919', 'Mabel O''Hara', '1941-05-12', 'Type 2 diabetes; CKD stage 3'),\n"
    "('4010232137', 'Daniel Okoro', '1988-09-03', 'Asthma');"
)

FOUND = [
    (NHS_TSV, "pii.national_id", "943 476 5919"),
    (NHS_TSV, "health", "asthma, uses Ventolin daily"),
    (NHS_TSV, "pii.date_of_birth", "03/09/1988"),
    (BSN_CSV, "health", "wondzorg"),
    (PESEL_CSV, "pii.date_of_birth", "14.05.1944"),
    (PESEL_CSV, "health", "I10 nadciśnienie tętnicze"),
    (ES_CSV, "pii.national_id", "28/12345678/40"),
    (ES_CSV, "pii.person_name", "Lozano Vera, Jorge"),
    (SQL, "pii.national_id", "9434765919"),
    (SQL, "pii.person_name", "Mabel O''Hara"),
    (SQL, "pii.date_of_birth", "1941-05-12"),
    (SQL, "health", "Type 2 diabetes; CKD stage 3"),
    ("Her NHS number is 943 476 5919.", "pii.national_id", "943 476 5919"),
    ("Número de afiliación a la Seguridad Social: 28 12345678 40", "pii.national_id", ""),
]

NOT_FOUND = [
    ("order_id,customer_name,reason\n1001,Anna Kowalska,damaged item\n", "health"),
    ("code,diagnosis\nJ45,asthma\nE11,type 2 diabetes\n", "health"),
    ("CREATE TABLE patients (nhs_number text, diagnosis text, dob date);", "pii.national_id"),
    ("INSERT INTO products (name, price) VALUES ('Widget', 9.99), ('Gadget', 19.5);", "health"),
    ("Order 943 476 5919 shipped on Monday.", "pii.national_id"),
    ("Ref. 28/12345678/40 of your invoice", "pii.national_id"),
    ("bsn;achternaam\n123456782;Voorbeeld\n", "pii.national_id"),
    ("INSERT INTO t VALUES ('9434765919', 'x');", "pii.national_id"),
]


@pytest.mark.parametrize(("text", "kind", "value"), FOUND)
def test_table_and_sql_cells_are_found(
    classifier: Classifier, text: str, kind: str, value: str
) -> None:
    """The cell (or the cued number) is a finding of its type."""
    spans = found(classifier, text, kind)
    assert (value in spans) if value else spans != []


@pytest.mark.parametrize(("text", "kind"), NOT_FOUND)
def test_other_columns_schemas_and_labelled_numbers_stay_out(
    classifier: Classifier, text: str, kind: str
) -> None:
    """No finding of the type."""
    assert found(classifier, text, kind) == []


PSQL = (
    " pratica   | intestatario            | iban_addebito\n"
    "-----------+-------------------------+----------------------------\n"
    " MU-44120  | Russo Salvatore         | IT60X0542811101000000123456\n"
    " MU-45883  | Lo Bianco Chiara        | IT60X0542811101000000123456\n"
)
MYSQL = (
    "+------+----------------------+\n"
    "| id   | cardholder           |\n"
    "+------+----------------------+\n"
    "| 7782 | Sarah McAllister     |\n"
    "+------+----------------------+\n"
)
CODE_FOUND = [
    (PSQL, "Russo Salvatore"),
    (PSQL, "Lo Bianco Chiara"),
    (MYSQL, "Sarah McAllister"),
    ("UPDATE klant SET x = 1 WHERE achternaam = 'Uijttewaal' AND voornaam = 'Sanne';", "Sanne"),
    ('const c = {\n  firstName: "Malte",\n  lastName: "Thiessen",\n};', "Thiessen"),
    ("first_name: Malte\nlast_name: Thiessen\n", "Malte"),
    ('WARN Mandato MND-88120 deudor="Urrutia Aldama, Begoña" iban=ES64', "Urrutia Aldama, Begoña"),
]
CODE_CLEAN = [
    "order_id|customer|total\n1|Acme GmbH|12\n2|Zalando SE|5\n",
    "name: NGINX Ingress\nnamespace: default\n",
    "SELECT * FROM products WHERE name = 'Widget';",
    'cliente="Acme, S.L." total=5',
    "first_name: ${FIRST_NAME}\nlast_name: ${LAST_NAME}\n",
]


@pytest.mark.parametrize(("text", "value"), CODE_FOUND)
def test_query_results_keys_and_where_clauses_name_people(
    classifier: Classifier, text: str, value: str
) -> None:
    """The name is a person-name finding."""
    assert value in found(classifier, text, "pii.person_name")


@pytest.mark.parametrize("text", CODE_CLEAN)
def test_firms_products_and_templates_name_no_one(classifier: Classifier, text: str) -> None:
    """No person-name finding."""
    assert found(classifier, text, "pii.person_name") == []
