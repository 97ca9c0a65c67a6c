"""The rendered overlays of ``deploy/kubernetes`` and what tests read in them."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

from tests.deploy.kustomize import Obj, build

ROOT = Path(__file__).resolve().parents[2]
KUBERNETES = ROOT / "deploy" / "kubernetes"
OVERLAYS = ("dev", "production")


@functools.cache
def _rendered(overlay: str) -> tuple[Obj, ...]:
    return tuple(build(KUBERNETES / "overlays" / overlay))


def rendered(overlay: str) -> list[Obj]:
    """The objects of ``overlay`` (rendered once per test session; do not modify them)."""
    return list(_rendered(overlay))


def one(objects: list[Obj], kind: str, name: str) -> Obj:
    """The object of that kind and name."""
    found = [o for o in objects if o["kind"] == kind and o["metadata"]["name"] == name]
    assert len(found) == 1, (kind, name, [(o["kind"], o["metadata"]["name"]) for o in objects])
    return found[0]


def proxy_container(objects: list[Obj]) -> dict[str, Any]:
    """The sovproxy container of the proxy Deployment."""
    pod = one(objects, "Deployment", "sovproxy")["spec"]["template"]["spec"]
    containers: list[dict[str, Any]] = pod["containers"]
    return next(c for c in containers if c["name"] == "sovproxy")


def option(args: list[str], name: str) -> str:
    """The value given to ``--name`` in a container's ``args``."""
    return args[args.index(name) + 1]


def pod_specs(objects: list[Obj]) -> list[tuple[str, dict[str, Any]]]:
    """(workload name, pod spec) of every workload."""
    kinds = {"Deployment", "StatefulSet", "DaemonSet", "Job"}
    return [
        (o["metadata"]["name"], o["spec"]["template"]["spec"])
        for o in objects
        if o["kind"] in kinds
    ]
