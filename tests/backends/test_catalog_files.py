"""The provider catalog (``config/catalog/*.yaml``): every entry loads, is sourced, and derives the
jurisdiction facts its documented pipe implies.

The catalog is data that policies select on, so a typo (a wrong HQ code, a missing hop) silently
moves a backend between pools. These tests pin the derived facts of the entries policies rely on.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from proxy.backends.catalog import load_backend_specs
from proxy.backends.model import SELF_OPERATOR, BackendSpec, Hop, derive_facts

CATALOG_DIR = Path(__file__).resolve().parents[2] / "config" / "catalog"
CATALOG_FILES = sorted(CATALOG_DIR.glob("*.yaml"))
CATALOG_NAMES = [path.stem for path in CATALOG_FILES]

_ENV_REF = re.compile(r"\$\{env:([A-Za-z_][A-Za-z0-9_]*)(?::-[^}]*)?\}")
_DUMMY = "dummy-value"

#: The proxy itself, hop 0 of every pipe, as a deployment in Germany would declare it.
SELF_HOP = Hop(role="proxy", operator=SELF_OPERATOR, operator_hq="DE", location="DE")

REQUIRED = {
    "mistral-direct",
    "mistral-azure-foundry",
    "mistral-bedrock",
    "mistral-vertex",
    "openai",
    "openai-eu",
    "azure-openai-eu",
    "anthropic",
    "anthropic-bedrock",
    "anthropic-vertex",
    "google-gemini",
    "scaleway",
    "ovhcloud-ai-endpoints",
    "ionos-ai-model-hub",
    "stackit",
    "nebius",
    "deepseek",
    "alibaba-qwen",
    "vllm",
    "ollama",
    "llamacpp-server",
    "tgi",
}
SELF_HOSTED = ["vllm", "ollama", "llamacpp-server", "tgi"]


def _substitute(value: Any) -> Any:
    if isinstance(value, dict):
        return {key: _substitute(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_substitute(item) for item in value]
    if isinstance(value, str):
        return _ENV_REF.sub(_DUMMY, value)
    return value


def _raw(name: str) -> dict[str, Any]:
    data = yaml.safe_load((CATALOG_DIR / f"{name}.yaml").read_text(encoding="utf-8"))
    assert isinstance(data, dict), f"{name}: not a mapping"
    return data


def _spec(name: str) -> BackendSpec:
    return BackendSpec.model_validate(_substitute(_raw(name)))


def _is_date(value: str) -> bool:
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return False
    return True


def test_catalog_has_every_required_entry() -> None:
    """The catalog ships every provider entry the documentation promises."""
    assert REQUIRED - set(CATALOG_NAMES) == set()


@pytest.mark.parametrize("name", CATALOG_NAMES)
def test_entry_is_one_valid_backend_spec(name: str) -> None:
    """Each file is a single mapping that validates as a BackendSpec once env refs are filled."""
    spec = _spec(name)
    assert spec.hops
    assert spec.description


@pytest.mark.parametrize("name", CATALOG_NAMES)
def test_entry_opens_with_a_summary_comment(name: str) -> None:
    """Each file starts with a comment line summarising the pipe and why it has its tier."""
    first = (CATALOG_DIR / f"{name}.yaml").read_text(encoding="utf-8").splitlines()[0]
    assert first.startswith("# ") and len(first) > 20


@pytest.mark.parametrize("name", CATALOG_NAMES)
def test_every_hop_has_a_source_or_is_marked_unverified(name: str) -> None:
    """A hop without a source URL must say it is unverified."""
    for hop in _spec(name).hops:
        assert hop.source or hop.unverified, f"{name}: hop {hop.operator} has no source"


@pytest.mark.parametrize("name", CATALOG_NAMES)
def test_sources_are_https_urls(name: str) -> None:
    """Every cited source is an https URL, not free text."""
    for hop in _spec(name).hops:
        if hop.source is not None:
            assert re.fullmatch(r"https://\S+", hop.source), f"{name}: {hop.source!r}"


@pytest.mark.parametrize("name", CATALOG_NAMES)
def test_entry_and_hops_carry_iso_verified_on_dates(name: str) -> None:
    """Every entry says when its facts were checked; hop dates, when given, are ISO dates too."""
    spec = _spec(name)
    assert spec.verified_on is not None and _is_date(spec.verified_on)
    for hop in spec.hops:
        assert hop.verified_on is None or _is_date(hop.verified_on)


@pytest.mark.parametrize("name", CATALOG_NAMES)
def test_api_key_is_only_ever_an_env_reference(name: str) -> None:
    """No catalog file holds a literal secret: api_key is absent or exactly one ${env:...}."""
    key = _raw(name).get("api_key")
    assert key is None or _ENV_REF.fullmatch(str(key)), f"{name}: api_key {key!r}"


@pytest.mark.parametrize(
    ("name", "tier", "us_reachable", "cn_reachable"),
    [
        ("mistral-direct", "hyperscaler", True, False),  # US CDN + US cloud subprocessors
        ("mistral-azure-foundry", "hyperscaler", True, False),
        ("mistral-bedrock", "hyperscaler", True, False),
        ("mistral-vertex", "hyperscaler", True, False),
        ("openai", "hyperscaler", True, False),
        ("openai-eu", "hyperscaler", True, False),  # EU location, US operator and CDN
        ("azure-openai-eu", "hyperscaler", True, False),  # EU data zone, US operator
        ("anthropic", "hyperscaler", True, False),
        ("anthropic-bedrock", "hyperscaler", True, False),
        ("anthropic-vertex", "hyperscaler", True, False),
        ("google-gemini", "hyperscaler", True, False),
        ("scaleway", "eu_only", False, False),
        ("ovhcloud-ai-endpoints", "eu_only", False, False),
        ("ionos-ai-model-hub", "eu_only", False, False),
        ("stackit", "eu_only", False, False),
        ("nebius", "hyperscaler", False, False),  # NL operator, US capacity possible
        ("deepseek", "hyperscaler", False, True),
        ("alibaba-qwen", "hyperscaler", False, True),  # EU inference, CN parent
        ("cohere", "hyperscaler", False, False),  # CA operator, location not established
    ],
)
def test_derived_facts_of_provider_entries(
    name: str, tier: str, us_reachable: bool, cn_reachable: bool
) -> None:
    """Behind a self-operated proxy in DE, each provider pipe derives its documented tier/reach."""
    facts = derive_facts((SELF_HOP, *_spec(name).hops))
    assert facts.tier == tier
    assert (facts.us_reachable, facts.cn_reachable) == (us_reachable, cn_reachable)


@pytest.mark.parametrize("name", SELF_HOSTED)
def test_self_hosted_templates_are_self_hosted_on_localhost(name: str) -> None:
    """Self-hosted templates derive self_hosted, reach nowhere, and point at 127.0.0.1."""
    spec = _spec(name)
    facts = derive_facts((SELF_HOP, *spec.hops))
    assert facts.tier == "self_hosted"
    assert not facts.us_reachable and not facts.cn_reachable
    assert spec.base_url.startswith("http://127.0.0.1:")


def test_eu_hosting_does_not_make_a_us_operator_eu_only() -> None:
    """Every hop of azure-openai-eu runs in the EU, yet its US operator keeps it out of eu_only."""
    spec = _spec("azure-openai-eu")
    assert all(hop.location == "EU" for hop in spec.hops)
    assert derive_facts(spec.hops).tier == "hyperscaler"


def test_mistral_direct_is_us_reachable_through_its_cdn_hop_alone() -> None:
    """Without its unverified subprocessors, mistral-direct is still US-reachable via its CDN."""
    verified = tuple(hop for hop in _spec("mistral-direct").hops if not hop.unverified)
    assert any(hop.role == "edge" and hop.operator_hq == "US" for hop in verified)
    assert derive_facts(verified).us_reachable


ANTHROPIC_ENTRIES = [n for n in CATALOG_NAMES if _raw(n).get("protocol") == "anthropic"]


@pytest.mark.parametrize("name", ANTHROPIC_ENTRIES)
def test_anthropic_base_urls_end_in_v1(name: str) -> None:
    """Anthropic-protocol entries end in /v1 because the upstream client appends /messages."""
    assert _spec(name).base_url.endswith("/v1")


def test_azure_entries_pin_an_api_version() -> None:
    """Every azure-openai entry names the api-version it was checked against."""
    azure = [n for n in CATALOG_NAMES if _raw(n).get("protocol") == "azure-openai"]
    assert azure
    assert all(_spec(name).api_version for name in azure)


@pytest.mark.parametrize("name", CATALOG_NAMES)
def test_extends_through_the_catalog_loader_reproduces_the_entry(name: str, tmp_path: Path) -> None:
    """A deployment writing only ``extends: catalog/<name>`` gets exactly the catalog entry."""
    env = {var: _DUMMY for var in _ENV_REF.findall((CATALOG_DIR / f"{name}.yaml").read_text())}
    specs = load_backend_specs({"b": {"extends": f"catalog/{name}"}}, tmp_path, env)
    assert specs["b"] == _spec(name)


def test_override_replaces_models_and_keeps_catalog_hops(tmp_path: Path) -> None:
    """Overriding models in a deployment keeps the catalog's hops, so derived facts survive."""
    specs = load_backend_specs(
        {"m": {"extends": "catalog/mistral-direct", "models": ["mistral-small-latest"]}},
        tmp_path,
        {"MISTRAL_API_KEY": _DUMMY},
    )
    assert specs["m"].models == ("mistral-small-latest",)
    assert specs["m"].hops == _spec("mistral-direct").hops
    assert derive_facts(specs["m"].hops).us_reachable
