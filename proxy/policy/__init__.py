"""Declarative routing policy (DESIGN §5): load and validate, decide (pure), explain, test.

``load_policy`` turns ``policies/*.yaml`` into a frozen ``Policy`` or raises ``PolicyError``
(``file:line: key: message``); ``decide`` maps a classification and request facts to a
``Decision`` and never raises; ``explain`` says why; ``run_policy_tests`` runs ``NAME_test.yaml``.
"""

from proxy.policy.engine import RequestFacts, decide, effective_level
from proxy.policy.explain import decision_to_dict, explain
from proxy.policy.loader import check_policy, load_policy, parse_policy
from proxy.policy.runner import (
    TestReport,
    companion_test_path,
    policy_files,
    render_report,
    run_policy_tests,
)
from proxy.policy.schema import Policy, PolicyError

__all__ = [
    "Policy",
    "PolicyError",
    "RequestFacts",
    "TestReport",
    "check_policy",
    "companion_test_path",
    "decide",
    "decision_to_dict",
    "effective_level",
    "explain",
    "load_policy",
    "parse_policy",
    "policy_files",
    "render_report",
    "run_policy_tests",
]
