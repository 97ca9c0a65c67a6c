"""The same request is classified the same way in every process (the hash seed of a process
once decided which of two findings over the same span was kept)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
#: Two detectors find the same span: a provider's key (1Password) and a password by its cue.
TEXT = "1Password secret key: A3-HQB6K4-LRX9KU6RSIF-P2I2Q-YE43M-0EDDL"
CODE = """
import json, sys
from proxy.classify import Classifier
from proxy.classify.detectors import all_detectors
from proxy.classify.taxonomy import TextPart
chosen = [d for d in all_detectors() if d.name in ("password", "api_key.onepassword")]
result = Classifier(detectors=chosen).classify([TextPart("t", sys.argv[1])])
print(json.dumps([[f.type, f.subtype, f.start, f.end] for f in result.findings]))
"""


def _findings(seed: int) -> list[list[object]]:
    """The findings of ``TEXT`` in a new process with hash seed ``seed``."""
    env = {**os.environ, "PYTHONHASHSEED": str(seed)}
    run = subprocess.run(
        [sys.executable, "-c", CODE, TEXT],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        env=env,
        check=True,
    )
    return list(json.loads(run.stdout))


def test_findings_do_not_depend_on_the_hash_seed() -> None:
    """Six processes with different hash seeds keep the same finding: the provider's key."""
    results = [_findings(seed) for seed in range(1, 7)]
    assert all(r == results[0] for r in results)
    assert results[0] == [["secret.api_key", "onepassword", 22, 61]]
