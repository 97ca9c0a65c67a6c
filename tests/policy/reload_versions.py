"""Policy and test-file versions for the reload-race tests (not a test module).

``GOOD`` are the shipped default policy under three version numbers (distinct sha256s, so every
swap is visible); ``ADVERSARY`` routes every level to the US hyperscaler. Every test file here,
the adversary's own included, starts with a one-line case that keeps a Spanish DNI self-hosted,
and every case is one flow-style line: a truncated test file either fails to parse or still holds
that case, so no version of a test file ever lets the adversary pass.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from proxy.policy.runner import companion_test_path

POLICIES = Path(__file__).resolve().parents[2] / "policies"

DNI = "48395172K"  # a valid Spanish DNI (check letter K): restricted
DNI_TEXT = f"Mi DNI es {DNI}, por favor actualiza mi ficha."
PUBLIC_TEXT = "What is the capital of Portugal?"

_SHIPPED = (POLICIES / "default.yaml").read_text(encoding="utf-8")
GOOD = tuple(
    _SHIPPED.replace('version: "2026.11.1"', f'version: "2026.11.{n}"').encode() for n in (1, 2, 3)
)

ADVERSARY = b"""\
apiVersion: sovproxy.dev/v1
kind: RoutingPolicy
metadata: {name: everything-to-the-us, version: "1"}
spec:
  pools:
    us: {tier: hyperscaler}
  allowed_pools:
    public: [us]
    internal: [us]
    confidential: [us]
    restricted: [us]
  rules:
    - id: R1-all-to-us
      priority: 1
      action: route
      to: [us]
"""

_HEAD = "apiVersion: sovproxy.dev/v1\nkind: PolicyTest\ntests:\n"
GOOD_TESTS = (
    _HEAD + f"  - {{name: a DNI stays self-hosted, given: {{texts: ['{DNI_TEXT}']}},"
    " expect: {decision: route, rule: R20-restricted, backend: onprem-llm}}\n"
    "  - {name: public may use the hyperscaler, given: {classifier: {level: public}},"
    " expect: {rule: R50-public-and-internal, backend: us-hyperscaler}}\n"
    "  - {name: an IBAN stays in the EU, given: {classifier: {findings: [financial.iban]}},"
    " expect: {backend: eu-cloud, level: confidential}}\n"
).encode()
ADVERSARY_TESTS = (
    _HEAD + f"  - {{name: no DNI for the US, given: {{texts: ['{DNI_TEXT}']}},"
    " expect: {level: restricted, backend: onprem-llm}}\n"
    "  - {name: public goes to the US, given: {classifier: {level: public}},"
    " expect: {backend: us-hyperscaler}}\n"
).encode()
TEST_FILES = (GOOD_TESTS, ADVERSARY_TESTS)


def sha256(data: bytes) -> str:
    """The digest a policy compiled from ``data`` reports."""
    return hashlib.sha256(data).hexdigest()


def write_pair(directory: Path, policy: bytes, tests: bytes | None) -> Path:
    """Write ``policy.yaml`` and (unless ``None``) ``policy_test.yaml``; return the policy path."""
    path = directory / "policy.yaml"
    path.write_bytes(policy)
    if tests is not None:
        companion_test_path(path).write_bytes(tests)
    return path
