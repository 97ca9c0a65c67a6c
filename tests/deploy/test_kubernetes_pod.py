"""The proxy pod of the production overlay, played on this machine: its ConfigMaps written where
its volumes mount them (under a temporary root), its args and environment (secrets filled in),
run as a real ``sovproxy serve`` that gets ready and drains on SIGTERM."""

from __future__ import annotations

import re
import signal
from pathlib import Path
from typing import Any

import httpx

from tests.deploy.kustomize import Obj
from tests.deploy.manifests import one, proxy_container, rendered
from tests.serve_process import cli_process, free_port

SECRETS = {"SOVPROXY_APP_KEY": "k" * 32, "SCW_SECRET_KEY": "scw-test", "OPENAI_EU_API_KEY": "sk-t"}
POD_NAME = "sovproxy-7d9f8-abcde"


def _write_volume(objects: list[Obj], volume: dict[str, Any], where: Path) -> None:
    """Write a configMap or projected volume's files as the kubelet would."""
    sources = volume["projected"]["sources"] if "projected" in volume else [volume]
    for source in sources:
        config_map = source["configMap"]
        data = one(objects, "ConfigMap", config_map["name"])["data"]
        items = config_map.get("items") or [{"key": k, "path": k} for k in data]
        for item in items:
            path = where / item["path"]
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(data[item["key"]])


def _mount(objects: list[Obj], root: Path) -> None:
    """Every volume of the proxy pod at its mountPath under ``root`` (emptyDir and PVC: empty)."""
    pod = one(objects, "Deployment", "sovproxy")["spec"]["template"]["spec"]
    volumes = {v["name"]: v for v in pod["volumes"]}
    for mount in proxy_container(objects)["volumeMounts"]:
        where = root / mount["mountPath"].lstrip("/")
        where.mkdir(parents=True, exist_ok=True)
        volume = volumes[mount["name"]]
        if "configMap" in volume or "projected" in volume:
            _write_volume(objects, volume, where)


def _environment(container: dict[str, Any], root: Path) -> dict[str, str]:
    """The container's variables: fieldRef and secretKeyRef resolved, $(VAR) expanded, absolute
    paths moved under ``root``; traces sent nowhere."""
    env: dict[str, str] = {}
    for var in container["env"]:
        source = var.get("valueFrom", {})
        if "fieldRef" in source:
            value = POD_NAME
        elif "secretKeyRef" in source:
            value = SECRETS[source["secretKeyRef"]["key"]]
        else:
            value = re.sub(r"\$\((\w+)\)", lambda m: env[m[1]], var["value"])
        env[var["name"]] = str(root) + value if value.startswith("/") else value
    env["OTEL_EXPORTER_OTLP_ENDPOINT"] = f"http://127.0.0.1:{free_port()}"
    return env


async def test_the_production_pod_starts_ready_and_drains(tmp_path: Path) -> None:
    """The manifests' config, catalog projection, policy mount, secrets and args start a proxy
    that is ready; on SIGTERM it reports 503 while draining, exits 0, and its audit segment is
    named after its pod."""
    objects = rendered("production")
    container = proxy_container(objects)
    _mount(objects, tmp_path)
    args = [str(tmp_path) + a if a.startswith("/") else a for a in container["args"]]
    port = free_port()
    env = _environment(container, tmp_path)
    async with cli_process(port, *args, "--host", "127.0.0.1", "--port", str(port), env=env) as pod:
        await pod.listening()
        url = f"http://127.0.0.1:{port}/readyz"
        async with httpx.AsyncClient() as http:
            ready = await http.get(url)
            assert ready.status_code == 200, ready.text
            pod.proc.send_signal(signal.SIGTERM)
            await pod.wait_for("proxy_draining", timeout_s=10)
            assert (await http.get(url)).status_code == 503
        assert await pod.stop() == 0
    assert not pod.stderr
    audit = Path(env["SOVPROXY_AUDIT__PATH"])
    assert audit.name == f"{POD_NAME}.jsonl"
    assert audit.is_file(), sorted(p.name for p in audit.parent.iterdir())
