"""The redact_then_route policy the end-to-end redaction tests share: names and IBANs are
pseudonymised to use the hyperscaler, what is left above ``internal`` is denied."""

from __future__ import annotations

KEY = "test-redaction-key-0123456789"
NAME, IBAN = "Sophie Martin", "FR76 3000 4000 0312 3456 7890 143"

POLICY = """\
apiVersion: sovproxy.dev/v1
kind: RoutingPolicy
metadata: {name: redact-test, version: "1", owner: tests@example.org}
spec:
  default: deny
  on_classifier_error: deny
  pools:
    self_hosted: {tier: self_hosted}
    cloud: {tier: hyperscaler}
  allowed_pools:
    public: [self_hosted, cloud]
    internal: [self_hosted, cloud]
    confidential: [self_hosted]
    restricted: [self_hosted]
  rules:
    - id: R10-draft-in-cloud
      priority: 10
      when: {level.in: [confidential], findings.any: ["pii.person_name", "financial.iban"]}
      action: redact_then_route
      redact: ["pii.person_name", "financial.iban"]
      route_as: internal
      to: [cloud]
    - id: R20-rest-on-prem
      priority: 20
      when: {level.gte: public}
      action: route
      to: [self_hosted]
"""
