"""All detectors, in one list (the order fixes hyperscan pattern ids)."""

from __future__ import annotations

from proxy.classify._base import Detector
from proxy.classify.detectors import (
    _address_boxes,
    _caps_names,
    _eircodes,
    _health_doses,
    _health_labs,
    _health_results,
    _identity_cards,
    _listed_inverted,
    _mrz,
    _name_kin,
    _name_with_me,
    _secret_decoded,
    _spelled_ids,
    _sql_rows,
    _surname_subjects,
    _table_columns,
    addresses,
    financial,
    health,
    health_everyday,
    health_possessive,
    health_sentences,
    markings,
    names,
    national_ids,
    pii,
    secrets,
)


def all_detectors() -> list[Detector]:
    """Every detector of every module."""
    out: list[Detector] = []
    for module in (
        pii,
        names,
        _surname_subjects,
        _name_kin,
        _name_with_me,
        addresses,
        _address_boxes,
        _eircodes,
        national_ids,
        _identity_cards,
        _table_columns,
        _sql_rows,
        financial,
        health,
        _health_doses,
        _health_labs,
        _health_results,
        health_everyday,
        health_possessive,
        health_sentences,
        secrets,
        markings,
        _mrz,
        _caps_names,
        _listed_inverted,
        _secret_decoded,
        _spelled_ids,
    ):
        out.extend(module.DETECTORS)
    return out
