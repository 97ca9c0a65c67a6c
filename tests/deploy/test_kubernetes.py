"""The Kubernetes manifests: rendered (as ``kubectl kustomize`` does), valid against the
Kubernetes JSON schemas, and shaped for a fleet that drains, reloads and keeps its evidence."""

from __future__ import annotations

import copy
import shutil
import subprocess

import kubernetes_validate
import pytest
import yaml

from proxy.backends.model import Timeouts
from tests.deploy.kustomize import Obj
from tests.deploy.manifests import (
    KUBERNETES,
    OVERLAYS,
    ROOT,
    one,
    option,
    pod_specs,
    proxy_container,
    rendered,
)

#: The oldest Kubernetes minor still commonly in (extended) support, and the newest schemas shipped.
VERSIONS = ("1.29.0", kubernetes_validate.latest_version())


def _key(obj: Obj) -> tuple[str, str]:
    return obj["kind"], obj["metadata"]["name"]


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_the_loader_renders_what_kubectl_kustomize_renders(overlay: str) -> None:
    """Our small kustomize gives exactly kubectl's objects, so the schema checks below check what
    `kubectl apply -k` would apply."""
    kubectl = shutil.which("kubectl")
    if kubectl is None:
        pytest.skip("kubectl is not installed: the loader is not compared with kustomize here")
    out = subprocess.run(
        [kubectl, "kustomize", str(KUBERNETES / "overlays" / overlay)],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    ).stdout
    theirs = sorted((doc for doc in yaml.safe_load_all(out) if doc), key=_key)
    assert sorted(rendered(overlay), key=_key) == theirs


@pytest.mark.parametrize("version", VERSIONS)
@pytest.mark.parametrize("overlay", OVERLAYS)
def test_every_object_is_valid_against_the_kubernetes_schemas(overlay: str, version: str) -> None:
    """Strict validation (unknown fields refused) of every rendered object, offline."""
    objects = rendered(overlay)
    assert {o["kind"] for o in objects} >= {
        "Deployment",
        "Service",
        "HorizontalPodAutoscaler",
        "PodDisruptionBudget",
        "NetworkPolicy",
        "ConfigMap",
        "StatefulSet",
    }
    for obj in objects:
        kubernetes_validate.validate(obj, version, strict=True)


def test_the_schema_check_refuses_a_broken_deployment() -> None:
    """The validation above can fail: a misspelt field or a wrong type is refused."""
    deployment = one(rendered("production"), "Deployment", "sovproxy")
    for change in ({"replica": 3}, {"replicas": "three"}):
        broken = copy.deepcopy(deployment)
        broken["spec"].update(change)
        with pytest.raises(kubernetes_validate.ValidationError):
            kubernetes_validate.validate(broken, VERSIONS[-1], strict=True)


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_a_pod_is_given_time_to_drain_its_longest_stream(overlay: str) -> None:
    """terminationGracePeriodSeconds covers preStop + drain delay + grace, and the grace covers
    a backend's default total timeout (the longest a stream can last)."""
    objects = rendered(overlay)
    pod = one(objects, "Deployment", "sovproxy")["spec"]["template"]["spec"]
    container = proxy_container(objects)
    pre_stop = container["lifecycle"]["preStop"]["exec"]["command"]
    assert pre_stop[0] == "sleep"
    delay = float(option(container["args"], "--drain-delay"))
    grace = float(option(container["args"], "--grace"))
    assert grace >= Timeouts().total
    assert pod["terminationGracePeriodSeconds"] >= float(pre_stop[1]) + delay + grace + 5
    assert container["readinessProbe"]["httpGet"]["path"] == "/readyz"
    assert container["livenessProbe"]["httpGet"]["path"] == "/healthz"
    strategy = one(objects, "Deployment", "sovproxy")["spec"]["strategy"]["rollingUpdate"]
    assert strategy["maxUnavailable"] == 0


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_config_and_policies_are_mounted_as_whole_directories(overlay: str) -> None:
    """No subPath anywhere (a subPath mount never sees a ConfigMap change), fixed ConfigMap
    names, and the policy the config names is in the mounted policies directory."""
    objects = rendered(overlay)
    for _, pod in pod_specs(objects):
        for container in pod["containers"]:
            assert all("subPath" not in m for m in container.get("volumeMounts", []))
    container = proxy_container(objects)
    mounts = {m["name"]: m["mountPath"] for m in container["volumeMounts"]}
    config_dir = option(container["args"], "--config").rsplit("/", 1)[0]
    assert mounts["config"] == config_dir
    config = yaml.safe_load(one(objects, "ConfigMap", "sovproxy-config")["data"]["sovproxy.yaml"])
    policy = config["policy"]
    assert policy.startswith("../policies/")
    assert mounts["policies"] == config_dir.rsplit("/", 1)[0] + "/policies"
    assert (
        policy.removeprefix("../policies/")
        in one(objects, "ConfigMap", "sovproxy-policies")["data"]
    )


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_each_replica_writes_its_own_audit_segment(overlay: str) -> None:
    """The audit path is named after the pod (POD_NAME from the downward API, defined before it)."""
    env = proxy_container(rendered(overlay))["env"]
    names = [e["name"] for e in env]
    pod_name = env[names.index("POD_NAME")]
    assert pod_name["valueFrom"]["fieldRef"]["fieldPath"] == "metadata.name"
    audit = env[names.index("SOVPROXY_AUDIT__PATH")]
    assert "$(POD_NAME)" in audit["value"]
    assert names.index("POD_NAME") < names.index("SOVPROXY_AUDIT__PATH")


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_every_container_runs_as_non_root_on_a_read_only_root(overlay: str) -> None:
    """The proxy, Redis and the collector: non-root, read-only root fs, no privilege escalation,
    no capabilities (the production namespace enforces the restricted Pod Security level)."""
    for name, pod in pod_specs(rendered(overlay)):
        assert pod["securityContext"]["runAsNonRoot"] is True, name
        for container in pod["containers"]:
            context = container["securityContext"]
            assert context["readOnlyRootFilesystem"] is True, name
            assert context["allowPrivilegeEscalation"] is False, name
            assert context["capabilities"]["drop"] == ["ALL"], name
            assert "memory" in container["resources"]["limits"], name


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_the_proxy_may_only_reach_declared_destinations(overlay: str) -> None:
    """One egress policy selects the proxy pods; every rule names its destinations and ports
    (no allow-all rule, no 0.0.0.0/0); DNS, Redis and the collector are among them."""
    objects = rendered(overlay)
    egress = one(objects, "NetworkPolicy", "sovproxy-egress")["spec"]
    assert egress["podSelector"]["matchLabels"] == {"app.kubernetes.io/name": "sovproxy"}
    assert egress["policyTypes"] == ["Egress"]
    for rule in egress["egress"]:
        assert rule["to"] and rule["ports"], rule
        for peer in rule["to"]:
            assert peer.get("ipBlock", {}).get("cidr") not in ("0.0.0.0/0", "::/0")
    ports = {p["port"] for rule in egress["egress"] for p in rule["ports"]}
    assert {53, 6379, 4318} <= ports
    deployment = one(objects, "Deployment", "sovproxy")
    assert deployment["spec"]["template"]["metadata"]["labels"]["app.kubernetes.io/name"] == (
        "sovproxy"
    )


@pytest.mark.parametrize("overlay", OVERLAYS)
def test_scale_down_is_slow_and_disruptions_take_one_pod_at_a_time(overlay: str) -> None:
    """The HPA waits at least 5 minutes of low load and removes at most one pod per period; the
    PDB allows one voluntary disruption at a time."""
    objects = rendered(overlay)
    hpa = one(objects, "HorizontalPodAutoscaler", "sovproxy")["spec"]
    down = hpa["behavior"]["scaleDown"]
    assert down["stabilizationWindowSeconds"] >= 300
    assert down["selectPolicy"] == "Min"
    assert {"type": "Pods", "value": 1, "periodSeconds": 300} in down["policies"]
    assert hpa["scaleTargetRef"]["name"] == "sovproxy"
    assert one(objects, "PodDisruptionBudget", "sovproxy")["spec"]["maxUnavailable"] == 1


def test_the_shipped_files_in_the_manifests_are_the_repositorys() -> None:
    """The policy, backends and catalog entries copied into the base match the repository's
    (kustomize reads no file outside its directory, so they are copies)."""
    base = KUBERNETES / "base"
    assert (base / "policies" / "default.yaml").read_bytes() == (
        ROOT / "policies" / "default.yaml"
    ).read_bytes()
    assert (base / "config" / "backends.yaml").read_bytes() == (
        ROOT / "config" / "backends.yaml"
    ).read_bytes()
    for entry in (base / "config" / "catalog").iterdir():
        assert entry.read_bytes() == (ROOT / "config" / "catalog" / entry.name).read_bytes()
