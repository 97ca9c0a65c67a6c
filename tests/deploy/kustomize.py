"""A small kustomize: renders this repository's kustomizations without the ``kustomize`` binary.

It implements only what ``deploy/kubernetes`` uses and refuses anything else (an unknown field, a
list in a strategic-merge patch): ``resources`` (files and directories), ``configMapGenerator``
with ``files`` and ``generatorOptions.disableNameSuffixHash``, ``patches`` (JSON 6902 with a
``target``; strategic merge of mappings and ``$patch: delete`` without one), ``images``, ``labels``
(``pairs`` on metadata only) and ``namespace``. ``tests/deploy/test_kubernetes.py`` checks its
output against ``kubectl kustomize`` where kubectl is installed.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import yaml

Obj = dict[str, Any]

SUPPORTED = {
    "apiVersion",
    "kind",
    "resources",
    "configMapGenerator",
    "generatorOptions",
    "patches",
    "images",
    "labels",
    "namespace",
}
CLUSTER_SCOPED = {"Namespace", "ClusterRole", "ClusterRoleBinding", "PersistentVolume"}
WORKLOADS = {"Deployment", "StatefulSet", "DaemonSet", "Job"}


class Unsupported(Exception):
    """The kustomization uses something this loader does not implement."""


def build(directory: Path) -> list[Obj]:
    """The objects ``kustomize build directory`` would print (order aside)."""
    spec = yaml.safe_load((directory / "kustomization.yaml").read_text())
    unknown = set(spec) - SUPPORTED
    if unknown:
        raise Unsupported(f"{directory}: {sorted(unknown)}")
    objects: list[Obj] = []
    for entry in spec.get("resources", []):
        path = directory / entry
        objects += build(path) if path.is_dir() else load_all(path)
    objects += _generated(directory, spec)
    for patch in spec.get("patches", []):
        objects = _patched(objects, directory, patch)
    for image in spec.get("images", []):
        _set_image(objects, image)
    for labels in spec.get("labels", []):
        if set(labels) != {"pairs"}:
            raise Unsupported(f"labels: {sorted(labels)}")
        for obj in objects:
            obj["metadata"].setdefault("labels", {}).update(labels["pairs"])
    if "namespace" in spec:
        for obj in objects:
            if obj["kind"] not in CLUSTER_SCOPED:
                obj["metadata"]["namespace"] = spec["namespace"]
    return objects


def load_all(path: Path) -> list[Obj]:
    """Every YAML document in ``path``."""
    return [doc for doc in yaml.safe_load_all(path.read_text()) if doc is not None]


def _generated(directory: Path, spec: Obj) -> list[Obj]:
    if spec.get("configMapGenerator") and not spec.get("generatorOptions", {}).get(
        "disableNameSuffixHash"
    ):
        raise Unsupported("name suffix hashes")
    out = []
    for generator in spec.get("configMapGenerator", []):
        if set(generator) != {"name", "files"}:
            raise Unsupported(f"configMapGenerator: {sorted(generator)}")
        data = {Path(f).name: (directory / f).read_text() for f in generator["files"]}
        meta = {"name": generator["name"]}
        out.append({"apiVersion": "v1", "kind": "ConfigMap", "metadata": meta, "data": data})
    return out


def _patched(objects: list[Obj], directory: Path, patch: Obj) -> list[Obj]:
    body = yaml.safe_load((directory / patch["path"]).read_text())
    target = patch.get("target")
    if target is None:
        return _strategic(objects, body)
    matched = [o for o in objects if all(_field(o, k) == v for k, v in target.items())]
    if not matched:
        raise Unsupported(f"patch {patch['path']}: no object matches {target}")
    for obj in matched:
        for op in body:
            _json6902(obj, op)
    return objects


def _field(obj: Obj, key: str) -> Any:
    if key == "kind":
        return obj["kind"]
    if key == "name":
        return obj["metadata"]["name"]
    raise Unsupported(f"patch target {key}")


def _strategic(objects: list[Obj], body: Obj) -> list[Obj]:
    key = (body["kind"], body["metadata"]["name"])
    rest = [o for o in objects if (o["kind"], o["metadata"]["name"]) != key]
    if len(rest) == len(objects):
        raise Unsupported(f"strategic patch: no {key}")
    if body.get("$patch") == "delete":
        return rest
    for obj in objects:
        if (obj["kind"], obj["metadata"]["name"]) == key:
            _merge(obj, body)
    return objects


def _merge(into: Obj, patch: Obj) -> None:
    for key, value in patch.items():
        if isinstance(value, list):
            raise Unsupported("lists in a strategic merge patch")
        if isinstance(value, dict) and isinstance(into.get(key), dict):
            _merge(into[key], value)
        else:
            into[key] = copy.deepcopy(value)


def _json6902(obj: Obj, op: Obj) -> None:
    parts = [p.replace("~1", "/").replace("~0", "~") for p in op["path"].split("/")[1:]]
    parent: Any = obj
    for part in parts[:-1]:
        parent = parent[int(part)] if isinstance(parent, list) else parent[part]
    last = parts[-1]
    kind = op["op"]
    if kind not in ("add", "replace", "remove"):
        raise Unsupported(f"JSON patch op {kind}")
    if isinstance(parent, list):
        index = len(parent) if last == "-" else int(last)
        if kind in ("replace", "remove"):
            parent.pop(index)
        if kind in ("add", "replace"):
            parent.insert(index, copy.deepcopy(op["value"]))
        return
    if kind != "add" and last not in parent:
        raise Unsupported(f"JSON patch {kind} of a missing {op['path']}")
    if kind == "remove":
        del parent[last]
    else:
        parent[last] = copy.deepcopy(op["value"])


def _set_image(objects: list[Obj], image: Obj) -> None:
    for obj in objects:
        if obj["kind"] not in WORKLOADS:
            continue
        pod = obj["spec"]["template"]["spec"]
        for container in pod.get("containers", []) + pod.get("initContainers", []):
            name, _, tag = container["image"].partition(":")
            if name == image["name"]:
                new = image.get("newName", name)
                container["image"] = f"{new}:{image.get('newTag', tag)}"
