"""The JSON result of a run (``--json PATH``): a stable, versioned schema for CI comparisons.

The document's ``schema`` field names its version; its shape is described by the JSON Schema in
``bench-result.schema.json`` beside this module. Fields are only ever added within a version.
Times are in seconds; every percentile carries its 95 % interval (``low``, ``high``).
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Any

import orjson

from proxy.bench.load import Workload
from proxy.bench.options import Point
from proxy.bench.runner import TargetResult
from proxy.bench.stats import Estimate, Summary

SCHEMA = "sovproxy.bench/1"
SCHEMA_FILE = Path(__file__).with_name("bench-result.schema.json")


@dataclass(frozen=True, slots=True)
class RunInfo:
    """How the run was made (the settings section of the document)."""

    work: Workload
    points: tuple[Point, ...]
    model: str | None
    via: str | None
    max_error_rate: float
    simulated: bool


def _version() -> str:
    try:
        return metadata.version("sovereign-proxy")
    except metadata.PackageNotFoundError:  # pragma: no cover - a bare checkout
        return "unknown"


def document(info: RunInfo, results: Sequence[TargetResult]) -> dict[str, Any]:
    """The whole result document."""
    work = info.work
    return {
        "schema": SCHEMA,
        "created": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
        "sovproxy_version": _version(),
        "simulated": info.simulated,
        "settings": {
            "model": info.model,
            "via": info.via,
            "seed": work.seed,
            "warmup": work.warmup,
            "requests": work.requests,
            "duration_s": work.duration_s,
            "prompt_tokens": {"mean": work.prompt_tokens.mean, "stddev": work.prompt_tokens.stddev},
            "output_tokens": {"mean": work.output_tokens.mean, "stddev": work.output_tokens.stddev},
            "sweep": {"kind": info.points[0].kind, "values": [p.value for p in info.points]},
            "max_error_rate": info.max_error_rate,
            "confidence": 0.95,
        },
        "targets": [_target(result) for result in results],
    }


def _target(result: TargetResult) -> dict[str, Any]:
    t = result.target
    return {
        "key": t.key,
        "backend": t.name,
        "path": t.path,
        "model": t.model,
        "tier": t.tier,
        "jurisdictions": list(t.jurisdictions),
        "us_reachable": t.us_reachable,
        "points": [
            _point(run.point, summary)
            for run, summary in zip(result.runs, result.summaries, strict=True)
        ],
    }


def _point(point: Point, s: Summary) -> dict[str, Any]:
    return {
        "kind": point.kind,
        "value": point.value,
        "requests": s.requests,
        "ok": s.ok,
        "errors": s.errors,
        "error_rate": s.error_rate.as_dict(),
        "wall_s": s.wall_s,
        "requests_per_s": s.requests_per_s,
        "output_tokens_per_s": s.output_tokens_per_s,
        "token_source": s.token_source,
        "metrics": {
            name: {k: v.as_dict() if isinstance(v, Estimate) else v for k, v in figures.items()}
            for name, figures in s.metrics.items()
        },
    }


def write(path: Path, doc: dict[str, Any]) -> None:
    """Write the document (indented, keys in a stable order)."""
    path.write_bytes(orjson.dumps(doc, option=orjson.OPT_INDENT_2) + b"\n")


def load(path: Path) -> dict[str, Any]:
    """Read a result document; a clear error when it is not one of this schema version."""
    from proxy.commands import UserError

    try:
        doc = orjson.loads(path.read_bytes())
    except OSError as exc:
        raise UserError(f"cannot read {path}: {exc.strerror or exc}") from None
    except orjson.JSONDecodeError:
        raise UserError(f"{path} is not JSON") from None
    if not isinstance(doc, dict) or doc.get("schema") != SCHEMA:
        found = doc.get("schema") if isinstance(doc, dict) else None
        raise UserError(f"{path} is not a sovproxy bench result ({SCHEMA}); schema is {found!r}")
    return doc
