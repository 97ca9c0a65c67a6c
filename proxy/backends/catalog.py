"""Loading this deployment's backends: ``backends.yaml``, ``extends: catalog/<name>``, derived
facts.

A deployment lists its backends by name. An entry may start from a catalog entry (sourced facts
about a real provider under ``config/catalog/``) and override only what differs: mappings merge key
by key, lists (``hops``, ``models``) are replaced whole. Every error names the file, line and key.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from proxy.backends.model import BackendInfo, BackendSpec, Hop, Price, Timeouts, derive_facts
from proxy.yamlio import (
    ConfigFileError,
    PathKey,
    YamlDoc,
    load_yaml,
    resolve_env,
    validation_message,
)

#: The catalog shipped with the repository, used when the config directory has none.
REPO_CONFIG_DIR = Path(__file__).resolve().parents[2] / "config"


def load_backend_specs(
    source: Path | Mapping[str, Any], base_dir: Path, env: Mapping[str, str]
) -> dict[str, BackendSpec]:
    """Read and validate every backend of a deployment (a file, or an inline mapping)."""
    if isinstance(source, Path):
        path = source if source.is_absolute() else base_dir / source
        doc = load_yaml(path, env)
        if not isinstance(doc.data, dict) or not isinstance(doc.data.get("backends"), dict):
            raise doc.error(("backends",), "expected a mapping of backend names")
        unknown = set(doc.data) - {"backends"}
        if unknown:
            raise doc.error((sorted(unknown)[0],), "unknown key")
        entries, loc_prefix = doc.data["backends"], ("backends",)
    else:
        doc = YamlDoc(path=base_dir / "sovproxy.yaml", data={"backends": dict(source)})
        entries, loc_prefix = dict(source), ("backends",)
    if not entries:
        raise doc.error(loc_prefix, "no backends configured")
    specs: dict[str, BackendSpec] = {}
    problems: list[str] = []  # every backend's problems at once, one line each
    for name, entry in entries.items():
        try:
            specs[str(name)] = _load_one(str(name), entry, doc, (*loc_prefix, str(name)), env)
        except ConfigFileError as exc:
            problems.append(str(exc))
    if problems:
        raise ConfigFileError("\n".join(problems))
    return specs


def _load_one(
    name: str, entry: Any, doc: YamlDoc, loc: PathKey, env: Mapping[str, str]
) -> BackendSpec:
    if not isinstance(entry, dict):
        raise doc.error(loc, "expected a mapping")
    base: YamlDoc | None = None
    data = dict(entry)
    extends = data.pop("extends", None)
    if extends is not None:
        # The catalog's ${env:...} references are resolved only for keys the deployment did not
        # override, so overriding api_key does not require the catalog's variable to be set.
        base = _catalog_doc(str(extends), doc, (*loc, "extends"))
        try:
            data = resolve_env(_merge(base.data, data), base, env)
        except ConfigFileError as exc:
            lines = str(exc).splitlines()
            message = "\n".join(f"{line} (for backend {name})" for line in lines)
            raise ConfigFileError(message) from None
    try:
        return BackendSpec.model_validate(data)
    except ValidationError as exc:
        errors = []
        locs = [tuple(error["loc"]) for error in exc.errors()]
        for error in exc.errors():
            if _consequence(tuple(error["loc"]), locs):
                continue
            sub, message = tuple(error["loc"]), validation_message(error, _KEYS)
            if base is not None and not _has(entry, sub):
                errors.append(f"{base.error(sub, message)} (for backend {name})")
            else:
                errors.append(str(doc.error((*loc, *sub), message)))
        raise ConfigFileError("\n".join(errors)) from None


#: Every key a backend entry may have, for "did you mean" on a typo.
_KEYS = frozenset(
    {*BackendSpec.model_fields, *Hop.model_fields, *Timeouts.model_fields, *Price.model_fields}
)


def _consequence(loc: tuple[Any, ...], locs: list[tuple[Any, ...]]) -> bool:
    """True for an error on a container one of whose items has its own error (a list that is
    too short because its only item was invalid)."""
    return any(len(other) > len(loc) and other[: len(loc)] == loc for other in locs)


def _catalog_doc(ref: str, doc: YamlDoc, loc: PathKey) -> YamlDoc:
    if not ref.startswith("catalog/") or "/" in ref[len("catalog/") :] or ".." in ref:
        raise doc.error(loc, f"expected catalog/<name>, got {ref!r}")
    for root in (doc.path.parent, REPO_CONFIG_DIR):
        path = root / f"{ref}.yaml"
        if path.is_file():
            found = load_yaml(path)
            if not isinstance(found.data, dict):
                raise found.error((), "a catalog entry must be a mapping")
            return found
    raise doc.error(loc, f"no catalog entry {ref!r}")


def _merge(base: dict[str, Any], override: dict[str, Any]) -> dict[str, Any]:
    out = dict(base)
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = _merge(out[key], value)
        else:
            out[key] = value
    return out


def _has(data: Any, loc: tuple[Any, ...]) -> bool:
    for part in loc:
        if (isinstance(data, dict) and part in data) or (
            isinstance(data, list) and isinstance(part, int) and part < len(data)
        ):
            data = data[part]
        else:
            return False
    return True


def backend_info(
    name: str, spec: BackendSpec, self_hop: Hop, trusted: frozenset[str]
) -> BackendInfo:
    """The policy-facing view of a backend; hop 0 is the proxy itself."""
    hops = (self_hop, *(hop.operated_by(self_hop) for hop in spec.hops))
    return BackendInfo(
        name=name,
        protocol=spec.protocol,
        models=spec.models,
        aliases=tuple(sorted(spec.aliases.items())),
        hops=hops,
        facts=derive_facts(hops, trusted),
        zdr=spec.zdr,
        price=spec.price,
    )


__all__ = ["ConfigFileError", "backend_info", "load_backend_specs"]
