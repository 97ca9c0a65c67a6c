"""Tests for proxy.backends.outlier: consecutive-failure ejection with growing ejection times."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from proxy.backends.outlier import Ejection, verdict

# Scripts run against Ejection(threshold=3, base_s=10, max_s=40). Steps: "fail@t", "ok@t" act;
# "state@t=<state>" and "left@t=<seconds>" check. OUT = ejected at t=0 (until 10).
OUT = "fail@0 fail@0 fail@0"

SCRIPTS = {
    "starts closed": "state@0=closed left@0=0",
    "stays closed below threshold": "fail@1 fail@2 state@3=closed",
    "ejected at threshold for base_s": "fail@1 fail@2 fail@3 state@3=open left@3=10",
    "success resets the count": "fail@1 fail@2 ok@3 fail@4 fail@5 state@5=closed",
    "429s and 5xx interleaved": "fail@1 fail@2 ok@3 state@3=closed",
    "back on probation after the time": f"{OUT} state@9.9=open state@10=half_open",
    "probation failure ejects at once, twice as long": f"{OUT} fail@10 state@10=open left@10=20",
    "third ejection four times as long": f"{OUT} fail@10 fail@30 left@30=40",
    "capped at max_s": f"{OUT} fail@10 fail@30 fail@70 left@70=40",
    "probation success closes": f"{OUT} ok@11 state@11=closed fail@12 fail@12 state@12=closed",
    "failures while ejected keep the timer": f"{OUT} fail@5 fail@9 left@9=1 state@10=half_open",
    "success while ejected ends it": f"{OUT} ok@1 state@1=closed",
    "decays one level per base_s in service": f"{OUT} fail@10 ok@31 fail@41 fail@41 fail@41"
    " left@41=20",
    "long service starts again at base_s": f"{OUT} fail@10 ok@31 fail@60 fail@60 fail@60"
    " left@60=10",
    "no decay without time in service": f"{OUT} fail@10 ok@30 fail@31 fail@31 fail@31 left@31=40",
}


def run_script(ejection: Ejection, script: str) -> None:
    """Play a script, asserting every check step."""
    for step in script.split():
        op, _, rest = step.partition("@")
        at_text, _, want = rest.partition("=")
        at = float(at_text)
        if op == "state":
            assert ejection.state(at) == want, step
        elif op == "left":
            assert ejection.remaining(at) == pytest.approx(float(want)), step
        else:
            {"fail": ejection.record_failure, "ok": ejection.record_success}[op](at)


@pytest.mark.parametrize("script", SCRIPTS.values(), ids=SCRIPTS.keys())
def test_ejection_scripts(script: str) -> None:
    """The target moves closed → open (growing times) → half_open → closed/open as specified."""
    run_script(Ejection(threshold=3, base_s=10.0, max_s=40.0), script)


def test_defaults_follow_envoy() -> None:
    """By default 5 consecutive failures eject for 30 s (Envoy's consecutive_5xx defaults)."""
    ejection = Ejection()
    for _ in range(4):
        ejection.record_failure(0)
    assert ejection.state(0) == "closed"
    ejection.record_failure(0)
    assert (ejection.state(29.9), ejection.state(30)) == ("open", "half_open")
    assert ejection.max_s == 300.0


@pytest.mark.parametrize(
    ("threshold", "base", "cap"),
    [(0, 1.0, 1.0), (-1, 1.0, 1.0), (1, 0.0, 1.0), (1, math.nan, 1.0), (1, 5.0, 4.0)],
)
def test_rejects_bad_settings(threshold: int, base: float, cap: float) -> None:
    """A threshold below 1, a non-positive base or a cap below the base raises ValueError."""
    with pytest.raises(ValueError):
        Ejection(threshold, base, cap)


@pytest.mark.parametrize(
    ("status", "failed", "expected"),
    [
        (200, False, "success"),
        (400, False, "success"),
        (429, False, "neutral"),
        (408, False, "neutral"),
        (500, False, "failure"),
        (529, False, "failure"),
        (None, False, "failure"),
        (200, True, "failure"),
    ],
)
def test_verdict(status: int | None, failed: bool, expected: str) -> None:
    """5xx, 529 and transport failures count against a target, 408/429 say nothing."""
    assert verdict(status, failed) == expected


@given(
    st.lists(
        st.tuples(st.booleans(), st.floats(min_value=0, max_value=50, allow_nan=False)),
        max_size=60,
    )
)
def test_ejection_is_always_bounded(ops: list[tuple[bool, float]]) -> None:
    """Whatever happens, a target is never out for longer than max_s from now."""
    ejection = Ejection(threshold=2, base_s=3.0, max_s=20.0)
    now = 0.0
    for fail, advance in ops:
        now += advance
        (ejection.record_failure if fail else ejection.record_success)(now)
        assert 0.0 <= ejection.remaining(now) <= 20.0
        assert ejection.ejected(now) == (ejection.state(now) == "open")
