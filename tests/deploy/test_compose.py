"""The 3-replica compose trial (``deploy/compose``), read without Docker: three proxies behind a
balancer that polls /readyz fast enough for the drain, each with its own audit segment, Redis and
an OpenTelemetry Collector beside them."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

from tests.deploy.manifests import ROOT, option

COMPOSE = ROOT / "deploy" / "compose"
PROXIES = ("sovproxy-1", "sovproxy-2", "sovproxy-3")


def _compose() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load((COMPOSE / "compose.yaml").read_text())
    return data


def _seconds(duration: str) -> float:
    match = re.fullmatch(r"(\d+)s", duration)
    assert match, duration
    return float(match[1])


def _haproxy() -> dict[str, list[str]]:
    """haproxy.cfg's sections: header line → its directive lines."""
    sections: dict[str, list[str]] = {}
    current: list[str] = []
    for raw in (COMPOSE / "haproxy.cfg").read_text().splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if not line:
            continue
        if not line[0].isspace():
            current = sections.setdefault(line.strip(), [])
        else:
            current.append(line.strip())
    return sections


def test_three_replicas_of_one_proxy_each_with_its_own_audit_segment() -> None:
    """The same image, command and mounts three times; distinct audit files in one volume;
    a stop grace that covers the drain delay and grace in the command."""
    services = _compose()["services"]
    proxies = [services[name] for name in PROXIES]
    assert len({str((p["image"], p["command"], p["volumes"])) for p in proxies}) == 1
    audits = [p["environment"]["SOVPROXY_AUDIT__PATH"] for p in proxies]
    assert len(set(audits)) == 3
    audit_mount = next(v for v in proxies[0]["volumes"] if v.startswith("audit:"))
    assert all(a.startswith(audit_mount.split(":")[1] + "/") for a in audits)
    command = proxies[0]["command"]
    drain = float(option(command, "--drain-delay")) + float(option(command, "--grace"))
    assert all(_seconds(p["stop_grace_period"]) > drain for p in proxies)
    assert all(
        not v.startswith(("../../config", "../../policies")) or v.endswith(":ro")
        for v in proxies[0]["volumes"]
    )
    assert (ROOT / "compose.yaml").is_file()  # the single-instance file stays


def test_the_balancer_checks_readyz_within_the_drain_delay() -> None:
    """HAProxy balances over exactly the three proxies on their port and takes one out (inter x
    fall) before its drain delay ends and its port closes; its config is the mounted file."""
    compose = _compose()
    lb = compose["services"]["lb"]
    assert "./haproxy.cfg:/usr/local/etc/haproxy/haproxy.cfg:ro" in lb["volumes"]
    assert set(lb["depends_on"]) == set(PROXIES)
    backend = _haproxy()["backend sovproxy"]
    servers = [line.split()[2] for line in backend if line.startswith("server ")]
    assert servers == [f"{name}:8080" for name in PROXIES]
    assert "option httpchk GET /readyz" in backend
    defaults = next(line.split() for line in backend if line.startswith("default-server"))
    inter = float(defaults[defaults.index("inter") + 1].removesuffix("s"))
    fall = int(defaults[defaults.index("fall") + 1])
    delay = float(option(compose["services"]["sovproxy-1"]["command"], "--drain-delay"))
    assert "check" in defaults and inter * fall < delay
    timeouts = {
        line.split()[1]: line.split()[2] for line in _haproxy()["defaults"] if "timeout" in line
    }
    grace = float(option(compose["services"]["sovproxy-1"]["command"], "--grace"))
    assert _seconds(timeouts["server"]) >= grace


def test_traces_go_to_the_collector_and_redis_keeps_its_data() -> None:
    """The proxies export OTLP/HTTP to the collector service, whose mounted config receives on
    that port; Redis persists to a named volume."""
    services = _compose()["services"]
    endpoint = services["sovproxy-1"]["environment"]["OTEL_EXPORTER_OTLP_ENDPOINT"]
    host, port = endpoint.removeprefix("http://").split(":")
    assert host in services and host == "otel-collector"
    mount = services["otel-collector"]["volumes"][0].split(":")[0]
    collector = yaml.safe_load((COMPOSE / mount).read_text())
    assert collector["receivers"]["otlp"]["protocols"]["http"]["endpoint"].endswith(f":{port}")
    assert collector["service"]["pipelines"]["traces"]["receivers"] == ["otlp"]
    redis = services["redis"]
    assert "--appendonly" in redis["command"]
    assert any(Path(v.split(":")[1]) == Path("/data") for v in redis["volumes"])
    for name in PROXIES:
        assert {"redis", "otel-collector"} <= set(services[name]["depends_on"])
