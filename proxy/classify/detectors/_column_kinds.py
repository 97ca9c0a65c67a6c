"""What a column of a pasted table or an SQL statement holds, by its name: national IDs and a
person's health (``_table_columns``, ``_sql_rows``). Hand-written labels, lower case.

A national-ID column ("bsn", "nhs_no", "pesel", "dni_nie", "num_ss", "codice_fiscale") makes a
cell a national ID when the scheme's checksum accepts it: the column name is its cue, as the
scheme's word is in prose. A medical column ("diagnosis", "rozpoznanie", "problem_list",
"medicatie", "allergies") makes a cell a person's health when the table also names, dates the
birth of or identifies a person; "reason", "motivo" or "notes" only when a clinic's, a
doctor's or an NHS number's column stands beside them (a refund or a delivery has a reason too).
"""

from __future__ import annotations

from collections.abc import Callable

from stdnum.be import nn
from stdnum.de import idnr
from stdnum.es import dni, nie
from stdnum.fr import nir
from stdnum.gb import nhs
from stdnum.it import codicefiscale
from stdnum.nl import bsn
from stdnum.pl import pesel
from stdnum.se import personnummer

from proxy.classify._base import compact, words
from proxy.classify.detectors.national_ids import SPECIMENS, es_nss


def _es_person(value: str) -> bool:
    return bool(dni.is_valid(value) or nie.is_valid(value))


#: Column names of national IDs, and the scheme and check of each.
_SCHEMES: dict[str, tuple[str, Callable[[str], bool]]] = {
    "nl.bsn": ("bsn|burgerservicenummer|bsn_nummer|bsnnummer", bsn.is_valid),
    "gb.nhs": ("nhs|nhs_no|nhs no|nhs number|nhs_number|nhsnumber|nhs_num", nhs.is_valid),
    "pl.pesel": ("pesel|nr_pesel|numer pesel", pesel.is_valid),
    "fr.nir": ("nir|num_secu|numero_secu|n_secu|no_secu|insee|nir_patient", nir.is_valid),
    "es.dni": ("dni|nie|dni_nie|dni/nie|nif_nie|num_documento", _es_person),
    "es.nss": ("num_ss|nss|naf|nuss|num_afiliacion|n_afiliacion|afiliacion", es_nss),
    "it.codicefiscale": (
        "codice_fiscale|codice fiscale|cod_fiscale|codfisc|cod_fisc|cf",
        codicefiscale.is_valid,
    ),
    "de.idnr": ("steuer_id|steuerid|steuer-id|idnr|steuer_idnr", idnr.is_valid),
    "be.nn": ("rijksregisternummer|rrn|insz|niss|registre_national", nn.is_valid),
    "se.personnummer": ("personnummer|personnr", personnummer.is_valid),
}
ID_COLUMNS: dict[str, tuple[str, Callable[[str], bool]]] = {
    label: (scheme, check)
    for scheme, (labels, check) in _SCHEMES.items()
    for label in words(labels)
}
#: Column names of a person's health. Hand-written, seven languages.
HEALTH_COLUMNS = frozenset(
    words(
        "diagnosis|diagnoses|diagnose|diagnosen|diagnosi|diagnostico|diagnóstico|diagnostic|"
        "rozpoznanie|problem_list|medical_condition|medical_history|"
        "allergies|allergy|allergien|allergie|allergieën|alergias|alergie|medication|"
        "medications|meds|medikation|medikamente|medicatie|medicación|medicacion|farmaci|"
        "terapia|leki|dx|icd|icd10|icd-10|indicatie|zorgindicatie|anamnese|anamnesis|"
        "befund|comorbidities|comorbidità|pathologie|pathologies|antecedentes|choroby|"
        # the Italian exemption from prescription charges names the condition ("048")
        "esenzione|cod_esenzione|codice_esenzione"
    )
)


#: Columns whose cell says why a person came or what is wrong with them, in a table that also
#: names a clinic, ward or doctor (``MEDICAL_CONTEXT``): a refund or a delivery has a reason too.
REASONS = frozenset(
    words(
        "reason|reason_for_visit|visit_reason|motivo|motivo_consulta|motif|motif_consultation|"
        "grund|besuchsgrund|reden|reden_bezoek|powód|powod|powód_wizyty|indication|note|notes|"
        "notities|notizen|notas|uwagi|osservazioni|observaciones"
    )
)
#: Columns of a clinic, ward, doctor or health-system number.
MEDICAL_CONTEXT = frozenset(
    words(
        "clinic|ward|consultant|gp|gp_practice|consulta|especialidad|poradnia|oddział|"
        "oddzial|lekarz|reparto|medico|médico|médecin|spécialité|huisarts|fachabteilung|"
        "arzt|doctor|physician|nhs|nhs_no|nhs_number"
    )
)


#: Cells that say nothing: an empty value, SQL's NULL or DEFAULT, "none" in each language.
BLANKS = frozenset(
    words(
        "null|default|-|--|none|n/a|na|nil|keine|kein|geen|aucun|aucune|nessuno|nessuna|"
        "ninguno|ninguna|brak|nie|no|nein|non|nee|/"
    )
)


def national_id(label: str, cell: str) -> str | None:
    """The scheme of a national ID in a cell of the column named ``label``, or None."""
    entry = ID_COLUMNS.get(label)
    if entry is None or not 6 <= len(cell) <= 24:
        return None
    scheme, check = entry
    value = compact(cell)
    return scheme if value not in SPECIMENS and check(value) else None
