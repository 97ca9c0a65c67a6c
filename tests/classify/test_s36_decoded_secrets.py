"""Thirty-sixth session: a secret a command printed, as DevOps pastes show it: the line after
"kubectl get secret … | base64 -d", "vault kv get -field=password …" or "aws secretsmanager
get-secret-value …". Listings, certificates, errors and words printed so are not.

The values are random strings made up here; none is copied from a probe.
"""

from __future__ import annotations

import pytest

from proxy.classify import Classifier
from tests.found import found

PASSWORD = "secret.password"

FOUND = [
    (
        "$ kubectl -n billing get secret pg -o jsonpath='{.data.password}' | base64 -d\n"
        "Vq7rT2xLm9KpZ4wB\n$ kubectl -n billing logs deploy/api | tail -1",
        "Vq7rT2xLm9KpZ4wB",
    ),
    ("$ vault kv get -field=token secret/ci\nhv8Kx2Qm7RtZ4pLw9N\n", "hv8Kx2Qm7RtZ4pLw9N"),
    (
        "$ aws secretsmanager get-secret-value --secret-id prod/db --query SecretString "
        "--output text\nR4nd0m-P4ss-7qZx\n",
        "R4nd0m-P4ss-7qZx",
    ),
]

NOT_FOUND = [
    "$ kubectl get secrets -n billing\nNAME   TYPE   DATA   AGE\npg     Opaque 2      14d",
    "$ echo aGVsbG8= | base64 -d\nhello",
    "$ kubectl get secret tls -o jsonpath='{.data.tls\\.crt}' | base64 -d\n"
    "-----BEGIN CERTIFICATE-----",
    "$ cat token.b64 | base64 --decode\nerror: invalid input",
    "$ kubectl get secret db -o jsonpath='{.data.password}' | base64 -d\nchangeme123",
    "PASSWORD=$(kubectl get secret db -o jsonpath='{.data.password}' | base64 -d)\n./deploy-v2.sh",
    "$ kubectl get secret db -o jsonpath='{.data.password}' | base64 -d\nroot@ip-10-0-1-23:~#",
    "$ kubectl get secret db -o jsonpath='{.metadata.uid}'\n3f2a9c1e-7b4d-4e8a-9c2f-1a2b3c4d5e6f",
    "$ kubectl get secrets -o jsonpath='{.items[0].metadata.name}'\ndefault-token-4kq9z",
]


@pytest.mark.parametrize(("text", "value"), FOUND)
def test_a_printed_secret_is_a_password(classifier: Classifier, text: str, value: str) -> None:
    """The printed value is a password finding."""
    assert value in found(classifier, text, PASSWORD)


@pytest.mark.parametrize("text", NOT_FOUND)
def test_other_output_is_no_secret(classifier: Classifier, text: str) -> None:
    """No password finding."""
    assert found(classifier, text, PASSWORD) == []
