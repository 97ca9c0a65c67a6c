"""Secrets in the forms developers paste (issue 11, family 5), and their hard negatives."""

from __future__ import annotations

import base64
import json

import pytest

from tests.found import classify_text


def _seg(obj: object) -> str:
    """One base64url JSON segment of a JWT."""
    return base64.urlsafe_b64encode(json.dumps(obj).encode()).decode().rstrip("=")


_UNSIGNED = _seg({"alg": "none", "typ": "JWT"}) + "." + _seg({"sub": "u-82kq", "role": "admin"})
_CUT = _seg({"alg": "HS256", "typ": "JWT"}) + "." + _seg({"sub": "u-82kq"}) + "."
_XAPP = "xapp-1-A02QK7V9T-4419203852-" + "9f3c1a7b2e8d4c6f0a1b2c3d4e5f6a7b8c9d0e1f2a3b"
_XOXE = "xoxe-1-My0xLTI2Mjc4OTc5NTM2MDgtNTc5NTg3ODA2MzIzMi0xNTU0Njg4OTQ"
_EC_KEY = "MHcCAQEEIBkq3vT9pXz2mN8rLw4qYcH7sJd5Gf0Ke+Ua7WiQ2vLkoAoGCCqGSM49"
_JSON_PEM = "-----BEGIN PRIVATE KEY-----\\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSj\\nAgEAAoIBAQC7"
_PUTTY = (
    "PuTTY-User-Key-File-2: ssh-rsa\nEncryption: none\nComment: deploy\nPublic-Lines: 1\n"
    "AAAAB3NzaC1yc2EAAAADAQABAAABAQC7\nPrivate-Lines: 2\n"
    "AAABAQCq9Zr3kLm7Xw2Pn8Vt4Bc6Hj1Fd5Gs0YaQm7Lk2Vx9Rt4Wp8Zn3Bc6Hj1F\nd5Gs0YaQm7Lk2Vx9Rt4Wp8Zn3"
)

#: (text, the value the finding must cover exactly, finding type)
#: 120 random letters and digits: a value longer than the 100 characters read before.
_LONG_TAIL = (
    "IZsNbNP0nqdzyPifDaH7pbek610MH6z1PwI4ezbpZKRrWBKgRrOJ5hNF7ti1t4tqGfipSuhXbA6VGtlHPlEPvGC3Q8"
    "vHveb7P8gE4Fq7EqLq5S4RkRl0lGsA"
)
POSITIVES: list[tuple[str, str, str]] = [
    ("the Wi-Fi code is horse-marble-40", "horse-marble-40", "secret.password"),
    ("le code wifi est Pomme-Verte-12", "Pomme-Verte-12", "secret.password"),
    ("the door code is 4729", "4729", "secret.password"),
    ("le mot de passe est Tr0ub4dour&3x", "Tr0ub4dour&3x", "secret.password"),
    ("das Passwort lautet Kx7!mPq2zR", "Kx7!mPq2zR", "secret.password"),
    ("das WLAN-Passwort lautet Fb3-Ruq9-Lm", "Fb3-Ruq9-Lm", "secret.password"),
    ("la contraseña es Gz8#vn2Lpq", "Gz8#vn2Lpq", "secret.password"),
    ("la password del wifi è Vt9kLq2mX", "Vt9kLq2mX", "secret.password"),
    ("het wachtwoord van de server is Pz4rQn8vK", "Pz4rQn8vK", "secret.password"),
    ("hasło to Mq7zXk2pL", "Mq7zXk2pL", "secret.password"),
    ("hasło brzmi Wr5tYp9qZ", "Wr5tYp9qZ", "secret.password"),
    ("le mdp c'est Azerty#93b", "Azerty#93b", "secret.password"),
    ("le code du wifi est maison-verte-88", "maison-verte-88", "secret.password"),
    ("WLAN-Schlüssel: 4711-8815-2233-9901", "4711-8815-2233-9901", "secret.password"),
    ("hasło do wifi: Kot-Zielony-44", "Kot-Zielony-44", "secret.password"),
    ("la clave del router: Nube-Alta-29", "Nube-Alta-29", "secret.password"),
    ("het wachtwoord voor de NAS: Duin7-Zee", "Duin7-Zee", "secret.password"),
    ("la password dell'account: Lago!verde3", "Lago!verde3", "secret.password"),
    ("Use these credentials: user admin, password Bl4ckC0ffee", "Bl4ckC0ffee", "secret.password"),
    (
        "Passphrase: correct horse battery staple",
        "correct horse battery staple",
        "secret.password",
    ),
    ('the passphrase is "violet otter 19 lantern"', "violet otter 19 lantern", "secret.password"),
    ("Login: admin / Pa$$w0rd-Prod", "admin / Pa$$w0rd-Prod", "secret.password"),
    ("user/pass: root/Tr1cky!Pass", "root/Tr1cky!Pass", "secret.password"),
    ("Zugangsdaten: m.mueller / Winter#2025", "m.mueller / Winter#2025", "secret.password"),
    ("identifiants : jdupont / Soleil!42b", "jdupont / Soleil!42b", "secret.password"),
    ("dane logowania: jan.kowalski / Lato#2024x", "jan.kowalski / Lato#2024x", "secret.password"),
    ("curl -u admin:Hq8vZp3kLm https://api.acme-corp.io", "admin:Hq8vZp3kLm", "secret.password"),
    ("curl --user deploy:Rk4nT9xQw2 https://x.io", "deploy:Rk4nT9xQw2", "secret.password"),
    ("curl --user=ci:Lp0wX7vNq3 https://x.io", "ci:Lp0wX7vNq3", "secret.password"),
    ('curl -u "ops:Wd2#kLp9z" https://x.io', "ops:Wd2#kLp9z", "secret.password"),
    (
        "curl https://api.x.io \\\n  -u svc-bot:Jq8wZ3nVx4 \\\n  -H 'Accept: json'",
        "svc-bot:Jq8wZ3nVx4",
        "secret.password",
    ),
    ('curl --user "svc":"{Pq7Lx2Vn9Kz}" https://x.io', 'svc":"{Pq7Lx2Vn9Kz}', "secret.password"),
    ("curl --user ana:'Vb8nQ2xLp5' -X PATCH https://x.io", "ana:'Vb8nQ2xLp5", "secret.password"),
    (
        'curl -H "Authorization: Bearer sha256~Rk3Lp9Vx2Qn7Wt5Zb8" https://x.io',
        "sha256~Rk3Lp9Vx2Qn7Wt5Zb8",
        "secret.api_key",
    ),
    (
        "curl -H 'Authorization: Basic ZGVwbG95OnJpTHpuNUhvNG9vTXUw' https://x.io",
        "ZGVwbG95OnJpTHpuNUhvNG9vTXUw",
        "secret.api_key",
    ),
    (
        'curl --header "X-Api-Key: lykgLSs1faawrgcWmfiHDY4z" https://x.io',
        "lykgLSs1faawrgcWmfiHDY4z",
        "secret.api_key",
    ),
    (
        'curl -X POST -H "Token: f52912fc630d8190" https://x.io',
        "f52912fc630d8190",
        "secret.api_key",
    ),
    (
        "GET /v1/items HTTP/1.1\nAuthorization: Token 9f2c7e1a4b8d3f6e0c5a7b9d2e4f6a8c1b3d5e7f",
        "9f2c7e1a4b8d3f6e0c5a7b9d2e4f6a8c1b3d5e7f",
        "secret.api_key",
    ),
    (
        "clone https://alice:Wq7pXz3nK@git.corp.io/repo",
        "alice:Wq7pXz3nK@git.corp.io",
        "secret.password",
    ),
    ("http://admin:Zx9%21qP@10.0.0.5:8080/", "admin:Zx9%21qP@10.0.0.5:8080", "secret.password"),
    ('password = "{correct horse}"', "{correct horse}", "secret.password"),
    ('password = "{Xk93-pq}"', "{Xk93-pq}", "secret.password"),
    ('client_secret = "7hQ pL2 9vX"', "7hQ pL2 9vX", "secret.api_key"),
    ('api_key: "{Xk9-3pq-Lm2}"', "{Xk9-3pq-Lm2}", "secret.api_key"),
    (
        'SECRET_KEY = "django-insecure-k3#x!9 pq(2)"',
        "django-insecure-k3#x!9 pq(2)",
        "secret.api_key",
    ),
    ("api_key: {9f8e7d6c5b4a3f2e1d0c}", "{9f8e7d6c5b4a3f2e1d0c}", "secret.api_key"),
    ("secret: {Xk9-3pq-Lm2-88Q}", "{Xk9-3pq-Lm2-88Q}", "secret.api_key"),
    ('API_KEY = "{a8Fk29dLq0Zm3Xp7}"', "{a8Fk29dLq0Zm3Xp7}", "secret.api_key"),
    ("client_secret: Gh7 kLm9 pQr2 sTu5", "Gh7 kLm9 pQr2 sTu5", "secret.api_key"),
    ("auth_token = 8Rq2 Wx7k Pz4m  # rotated in May", "8Rq2 Wx7k Pz4m", "secret.api_key"),
    (
        "secret_key = 'django-insecure-7h$k2@x!9q#l0m^b8v&n1p*r3s(t4u)w5y_z6a'",
        "django-insecure-7h$k2@x!9q#l0m^b8v&n1p*r3s(t4u)w5y_z6a",
        "secret.api_key",
    ),
    ('SECRET_KEY="k3#x!9pq2Lm7$Vb8nQ2xLp5Zr"', "k3#x!9pq2Lm7$Vb8nQ2xLp5Zr", "secret.api_key"),
    ("API_TOKEN=gh7Kq2$Lm9xZ!p4Rw8T", "gh7Kq2$Lm9xZ!p4Rw8T", "secret.api_key"),
    # signs after the first 16 characters, long values, Windows line ends, base32 groups
    (
        "API_TOKEN=gh7Kq2Lm9xZp4Rw8T$Lm9xZ!p4Rw8T",
        "gh7Kq2Lm9xZp4Rw8T$Lm9xZ!p4Rw8T",
        "secret.api_key",
    ),
    ("client_secret: Gh7kLm9pQr2sTu5Vw8 Ab3 Cd4", "Gh7kLm9pQr2sTu5Vw8 Ab3 Cd4", "secret.api_key"),
    (
        f"API_TOKEN=gh7Kq2$Lm9xZ!p4Rw8T{_LONG_TAIL}",
        f"gh7Kq2$Lm9xZ!p4Rw8T{_LONG_TAIL}",
        "secret.api_key",
    ),
    ("secret: {hG4-k9P-2mX-qL7}\r\nnext: 1", "{hG4-k9P-2mX-qL7}", "secret.api_key"),
    ("totp_secret: JBSW Y3DP EHPK 3PXP", "JBSW Y3DP EHPK 3PXP", "secret.api_key"),
    # what follows the key is no part of it: a tag, a redirect, a substitution, a call
    ("<td>api_key=Xk9pQ7Lm2Zr8Tv4Wn6Ys</td>", "Xk9pQ7Lm2Zr8Tv4Wn6Ys", "secret.api_key"),
    ("echo token=Xk9pQ7Lm2Zr8Tv4Wn6Ys>out.txt", "Xk9pQ7Lm2Zr8Tv4Wn6Ys", "secret.api_key"),
    ("API_KEY=Xk9pQ7Lm2Zr8Tv4Wn6Ys${SUFFIX}", "Xk9pQ7Lm2Zr8Tv4Wn6Ys", "secret.api_key"),
    ("token=Xk9pQ7Lm2Zr8Tv4Wn6Ys(prod)", "Xk9pQ7Lm2Zr8Tv4Wn6Ys", "secret.api_key"),
    ('secret = "a1B2 c3D4 e5F6$"', "a1B2 c3D4 e5F6$", "secret.api_key"),
    ('DB_PASSWORD="tangerine lamp 7 river"', "tangerine lamp 7 river", "secret.password"),
    ("mot de passe : 'cheval agrafe 93'", "cheval agrafe 93", "secret.password"),
    (f"token: {_UNSIGNED}.", f"{_UNSIGNED}.", "secret.jwt"),
    (_XAPP, _XAPP, "secret.api_key"),
    (_XOXE, _XOXE, "secret.api_key"),
    (
        "xoxe.xoxp-1-Mi0yLTEzNDU2Nzg5LTIzNDU2Nzg5MDEy",
        "xoxe.xoxp-1-Mi0yLTEzNDU2Nzg5LTIzNDU2Nzg5MDEy",
        "secret.api_key",
    ),
    (
        "https://hooks.slack.com/workflows/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",
        "https://hooks.slack.com/workflows/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",
        "secret.api_key",
    ),
    (
        "https://hooks.slack.com/triggers/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",
        "https://hooks.slack.com/triggers/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",
        "secret.api_key",
    ),
    (
        "AWS secret access key: 9xQ2vLk7Rz/Pw4Nm8Tb3Yc6Hs1Jd5Gf0Ke+Ua7Wi",
        "9xQ2vLk7Rz/Pw4Nm8Tb3Yc6Hs1Jd5Gf0Ke+Ua7Wi",
        "secret.api_key",
    ),
    (
        "my AWS secret access key for prod is 9xQ2vLk7Rz/Pw4Nm8Tb3Yc6Hs1Jd5Gf0Ke+Ua7Wi",
        "9xQ2vLk7Rz/Pw4Nm8Tb3Yc6Hs1Jd5Gf0Ke+Ua7Wi",
        "secret.api_key",
    ),
    (
        f"-----BEGIN EC PRIVATE KEY-----\n{_EC_KEY}",
        f"-----BEGIN EC PRIVATE KEY-----\n{_EC_KEY}",
        "secret.private_key",
    ),
    (f'{{"type": "service_account", "private_key": "{_JSON_PEM}', _JSON_PEM, "secret.private_key"),
    (_PUTTY, _PUTTY, "secret.private_key"),
]

NEGATIVES: list[str] = [
    "AKIAIOSFODNN7EXAMPLE",
    "aws_access_key_id = AKIAIOSFODNN7EXAMPLE\n"
    "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
    "AWS secret access key: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
    "export AWS_SECRET_ACCESS_KEY=je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY",
    "AWS secret access key is stored in the vault and rotated every ninety days by the ops team",
    "stripe.api_key = 'sk_test_BQokikJOvBiI2HlWgH4olfQ2'",
    "-----BEGIN PRIVATE KEY-----\nanything",
    "-----BEGIN RSA PRIVATE KEY-----\nanything goes here\n-----END RSA PRIVATE KEY-----",
    '{"private_key": "-----BEGIN PRIVATE KEY-----\\nanything\\n"}',
    "PuTTY-User-Key-File-3: ssh-ed25519\nPrivate-Lines: 1\n<your key here>",
    "Open the PuTTY-User-Key-File-2: header to see the algorithm.",
    "xoxb-my-bot-token",
    "SLACK_BOT_TOKEN=xoxb-your-bot-token-here",
    "![hugs](https://cdn.pics.io/img/xoxo-hugs-and-kisses-2024.png)",
    "https://hooks.slack.com/workflows/T00000000/A00000000/123456789/XXXXXXXXXXXXXXXX",
    f"token: {_CUT}",
    "the zip code is 90210",
    "the error code is 0x80070005",
    "the Wi-Fi is slow today",
    "docker run -u 1000:1000 image",
    "git push -u origin main",
    "sudo -u postgres psql",
    "curl -u $USER:$TOKEN https://x.io",
    'curl -u "api:${API_KEY}" https://x.io',
    "curl -u user: https://x.io",
    "curl -i -u 'test:test' https://x.io",
    "curl -u username:token https://x.io",
    'curl --user "xxx:yyy" https://x.io',
    'curl -sL --user "$1:$2" "$3" > "$4"',
    'curl -H "Authorization: Bearer $OPENAI_API_KEY" https://x.io',
    "Authorization: Bearer <token>",
    "Authorization: Bearer {token}",
    'curl -H "Authorization: basic {base64(email:password)}" https://x.io',
    "Authorization: Basic dXNlcjo=",
    "The Authorization header carries a bearer token issued by the identity provider.",
    '"https://host:8443";@media screen and (max-width: 600px)',
    'token = "{{ vault_token }}"',
    'token = "{user}:{pass}"',
    'secret: "The secret key is required"',
    'api_key: "see the 2nd page"',
    'auth_token: "Bearer {token}"',
    "Login: admin / password",
    "Login: admin/admin",
    "login: https://portal.acme-corp.io/login",
    "credentials: see /etc/app/creds.yaml",
    "Login with SSO / Okta",
    "Credentials: 1/2 done",
    "the password hash is sha256",
    "password reset link: https://accounts.acme-corp.io/reset?id=9",
    "Password for the admin account: ana.kowalska@acme-corp.io",
    "use the password manager 1Password",
    "hash the password with SHA256 before storing it",
    "Passphrase: must contain at least four words",
    "Passphrase: not set",
    "Passwort zurücksetzen: Schritt 2",
    "hasło do konta: zmień je po zalogowaniu",
    "le code du wifi est sur le frigo",
    "la contraseña es incorrecta",
    "het wachtwoord is verlopen",
    "Password2 field is optional",
    'password: "must be at least 8 characters"',
    '"password": "The password field is required."',
    'password = "{db_password}"',
    'password = f"{prefix}{suffix}"',
    'password: "{{ secrets.DB_PASSWORD }}"',
    'password = "Please enter your password"',
    'the password is "forgotten"',
    "https://user:${PASSWORD}@host.io",
    "Token: Q3 2024 planning",
    "secret: {user_id}",
    "api_key: {API_KEY}",
    "api_key: {db_password2}",
    "api_key: {env: API_KEY_2}",
    "secret: {name: db, key: x}",
    "Secret: Santa 2024 list",
    "secret: see doc 4 page 2",
    "token: v2 beta",
    "secret: 2 GB 4 cores",
    "token: 12345 67890",
    "Access token: expires in 3600 s",
    'token = "#ff0000"',
    'secret_key = "abcdefgh12345678${SUFFIX}"',
    "token: $TOKEN_VALUE",
    "api_key: $(cat key.txt)",
    "secret = %(secret)s",
    "secret: *default_secret",
    "token: #1234abcd",
    "token = tokens[i+1]",
    "token = b64encode(userpass).decode()",
    "lock_token = uuid.uuid1().hex.encode()",
    'api_key: "{s3_api_key}"',
    'client_secret = "{oauth2_client_secret}"',
    "api_key: {api_key_2!r}",
    "secret = hkdf(ikm1, salt2)",
    "token = hmac.new(k1, m2, sha256).hexdigest()",
    "csrf_token: {Xk9-3pq-Lm2-88Q}",
    "public_token: gh7Kq2$Lm9xZ!p4Rw8T",
    "api_key: abcdef1234567890abcdef\r\ntoken: jjwt-jackson-0.11.2\r\n",
    "secret: vault:secret/data/app2#token",
    "token: ^[A-Za-z0-9_-]+$",
    "secret: '%env(AWS_S3_SECRET)%'",
    "log: token=7f3a9c user_id=1042 ip=10.2.3.4 latency=12ms",
    "token: ERC-20 BEP-20 TRC-20",
    "API key: JIRA-1234 SEC-42",
    "Token: 3pm UTC+1 (CET)",
    "Access token: 15min 900s 2h",
    "secret = base64.b64decode(secret[6:])",
    'bearer_token=get_bearer_token_v2(scope="read")',
    "secret: ((vault-secret-2))",
    "Token: cl100k_base o200k_base p50k_base",
    "secret: eu-west-1 us-east-2 ap-south-1",
    "token: utf8mb4 latin1 cp1252",
    "secret: 'SELECT * FROM users WHERE id = 42'",
]


@pytest.mark.parametrize(("text", "value", "kind"), POSITIVES)
def test_secret_form_is_found(text: str, value: str, kind: str) -> None:
    """Each pasted secret form yields a finding of its type spanning exactly the value."""
    found = {(f.type, text[f.start : f.end]) for f in classify_text(text).findings}
    assert (kind, value) in found


@pytest.mark.parametrize("text", NEGATIVES)
def test_secret_lookalike_is_not_a_secret(text: str) -> None:
    """Published examples, placeholders, code and prose yield no secret finding."""
    types = [f.type for f in classify_text(text).findings]
    assert not [t for t in types if t.startswith("secret.")]
