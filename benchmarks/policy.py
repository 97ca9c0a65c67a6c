"""Policy engine speed: decision latency for a generated 50-rule policy (target p50 <= 20 µs).

Run: ``python benchmarks/policy.py [--rules 50] [--decisions 20000]``. Prints load time, and
p50/p99 decision latency over a mix of requests (public, personal data, restricted, secrets,
unscannable, labels, a model only one backend serves), each decided against the whole policy.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from proxy.backends.model import BackendInfo, Hop, derive_facts
from proxy.classify.taxonomy import Classification, Finding, Level
from proxy.policy.engine import RequestFacts, decide
from proxy.policy.loader import load_policy

HEADER = """\
apiVersion: sovproxy.dev/v1
kind: RoutingPolicy
metadata: {name: bench, version: "1"}
spec:
  pools:
    local: {tier: self_hosted}
    eu: {tier: eu_only}
    us: {us_reachable: true}
  allowed_pools:
    public: [local, eu, us]
    internal: [local, eu, us]
    confidential: [local, eu]
    restricted: [local]
  guardrails:
    - id: G-secrets
      when: {findings.any: ["secret.*"]}
    - id: G-passport
      when: {findings.any: [pii.passport]}
      unless: {team.in: [consular]}
  rules:
"""

TEMPLATES = [
    "{{team.in: [team{i}], level.in: [restricted]}}",
    '{{tenant.in: ["tenant{i}-*"], findings.any: ["pii.*"], level.lte: confidential}}',
    "{{model.in: [model{i}], findings.none: [health], level.lte: internal}}",
    '{{endpoint.in: [embeddings], findings.all: [pii.email, "financial.*"],'
    " level.in: [confidential]}}",
]
TARGETS = {0: "[local]", 1: "[eu]", 2: "[us]", 3: "[eu]"}


def policy_text(count: int) -> str:
    """A policy with ``count`` rules: ``count - 3`` specific ones, then three catch-alls."""
    lines = [HEADER]
    for i in range(count - 3):
        kind = i % len(TEMPLATES)
        lines.append(
            f"    - id: R{i}\n      priority: {i + 1}\n      when: {TEMPLATES[kind].format(i=i)}\n"
            f"      action: route\n      to: {TARGETS[kind]}\n"
        )
    for i, (when, to) in enumerate(
        [
            ("{level.in: [restricted]}", "[local]"),
            ("{level.in: [confidential]}", "[eu]\n      fallback: [local]"),
            ("{level.lte: internal}", "[us]\n      fallback: [eu, local]"),
        ]
    ):
        lines.append(
            f"    - id: C{i}\n      priority: {1000 + i}\n      when: {when}\n"
            f"      action: route\n      to: {to}\n"
        )
    return "".join(lines)


def backends() -> dict[str, BackendInfo]:
    """The demo deployment: self-hosted, EU-only and US-reachable, all serving ``chat``."""
    proxy = Hop(role="proxy", operator="self", operator_hq="DE", location="DE")
    spec = {
        "onprem-llm": Hop(role="hosting", operator="self", operator_hq="DE", location="DE"),
        "eu-cloud": Hop(role="hosting", operator="EU SAS", operator_hq="FR", location="FR"),
        "us-hyperscaler": Hop(role="hosting", operator="US Inc.", operator_hq="US", location="IE"),
    }
    return {
        name: BackendInfo(
            name, "openai", (name,), (("chat", name),), (proxy, hop), derive_facts((proxy, hop))
        )
        for name, hop in spec.items()
    }


def requests() -> list[tuple[Classification, RequestFacts]]:
    """A mix of requests; most fall through the specific rules to the catch-alls (worst case)."""

    def cls(level: Level, *types: str, unscannable: tuple[str, ...] = ()) -> Classification:
        found = tuple(Finding(t, None, 0, 1, "m") for t in types)
        return Classification(level, found, unscannable)

    base = RequestFacts("acme", "dev", "chat", "chat.completions")
    labelled = RequestFacts("acme", "dev", "chat", "chat.completions", Level.CONFIDENTIAL)
    return [
        (cls(Level.PUBLIC), base),
        (cls(Level.CONFIDENTIAL, "pii.email", "pii.person_name"), base),
        (cls(Level.CONFIDENTIAL, "financial.iban"), labelled),
        (cls(Level.RESTRICTED, "health"), base),
        (cls(Level.RESTRICTED, "secret.api_key"), base),
        (cls(Level.PUBLIC, unscannable=("img",)), base),
        (
            cls(Level.INTERNAL, "pii.ip_address"),
            RequestFacts("acme", "team7", "model2", "embeddings"),
        ),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rules", type=int, default=50)
    parser.add_argument("--decisions", type=int, default=20_000)
    args = parser.parse_args()
    infos = backends()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.yaml"
        path.write_text(policy_text(args.rules), encoding="utf-8")
        start = time.perf_counter()
        policy = load_policy(path, infos)
        load_ms = (time.perf_counter() - start) * 1000
    mix = requests()
    for classification, facts in mix * 200:  # warm up
        decide(classification, facts, policy, infos)
    samples: list[float] = []
    clock = time.perf_counter_ns
    for n in range(args.decisions):
        classification, facts = mix[n % len(mix)]
        t0 = clock()
        decide(classification, facts, policy, infos)
        samples.append((clock() - t0) / 1000)
    samples.sort()
    p50 = statistics.median(samples)
    p99 = samples[int(len(samples) * 0.99)]
    print(
        f"policy: {len(policy.rules)} rules, {len(policy.guardrails)} guardrails, "
        f"loaded in {load_ms:.1f} ms"
    )
    print(f"decide: n={len(samples)} p50={p50:.2f} us p99={p99:.2f} us (target p50 <= 20 us)")


if __name__ == "__main__":
    main()
