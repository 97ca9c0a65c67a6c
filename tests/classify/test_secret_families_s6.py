"""Secrets developers paste, remaining families (issue 11, family 5): Discord bot tokens edited by
hand, service keys found by the service's name (Sourcegraph, Sumo Logic), an API key given as
the user of Basic credentials with an empty password, SonarQube tokens, Bundler's gem-server
credentials, and password and key names that are compounds (``dbPassword``, ``PGPASSWORD``) or
carry an environment (``DB_PASSWORD_PROD``, ``API_KEY_PROD``), passwords passed as a command's
flag (``mysql -p…``, ``sshpass -p``, ``redis-cli -a``, ``docker login -p``) and base64
``user:password`` under Docker's and npm's auth fields. Each with its hard negatives.

The values are random strings of each shape, written for this table; none is a real credential.
"""

from __future__ import annotations

import base64

import pytest

from tests.found import classify_text


def _basic(credentials: str) -> str:
    return base64.b64encode(credentials.encode()).decode()


#: A bot id of 18 digits in base64 with a character changed by hand, as people paste a token
#: they "anonymised" (decodes to "71436508#297462148": 17 of its 18 bytes are still digits).
_DISCORD_EDITED = "NzE0MzY1MDgjMjk3NDYyMTQ4.Gh7qLw.Vd3kPq9Xz2mN8rLw4qYcH7sJd5Gf0Ke_U-a"
_DISCORD_26 = "MTE2Njc3MTkyNzU5NTU0NjI0Nw.GkRx0a.p4Lm9Qz7Wv2Nc8Tb5Yh3Jd6Fs1Rg0XkE_wA"
_KEY_USER = "Rk9pT3vX8qLm2Wc7Zn4Yb6Hd"

#: (text, the value the finding must span exactly, subtype)
POSITIVES: list[tuple[str, str, str]] = [
    (f"client.run('{_DISCORD_EDITED}')", _DISCORD_EDITED, "discord"),
    (f"DISCORD_TOKEN={_DISCORD_26}", _DISCORD_26, "discord"),
    (
        "sourcegraph: 4b9e1c07d2a85f3e6c10b7a94d2e8f5c31a06b7d",
        "4b9e1c07d2a85f3e6c10b7a94d2e8f5c31a06b7d",
        "sourcegraph",
    ),
    (
        '{"sourcegraph": "9F3a7C1e5B0d2E8f4A6c9B1d7E3f5A0c2D8e6B4a"}',
        "9F3a7C1e5B0d2E8f4A6c9B1d7E3f5A0c2D8e6B4a",
        "sourcegraph",
    ),
    ('sumologic.accessId = "suK7m2Qx9LpR4w"', "suK7m2Qx9LpR4w", "sumologic"),
    ("export SUMO_ACCESS_ID=suT3vN8bZq1Yc6", "suT3vN8bZq1Yc6", "sumologic"),
    ("sumo_access_id: su5Hd9Wm2Kx7Ra  # prod collector", "su5Hd9Wm2Kx7Ra", "sumologic"),
    (
        f"curl -H 'Authorization: Basic {_basic(_KEY_USER + ':')}' https://api.acme-mail.io/v3",
        _basic(_KEY_USER + ":"),
        "auth_header",
    ),
    (
        f"curl https://api.acme-mail.io/v3/messages -u {_KEY_USER}: -d to=ops@acme-corp.io",
        _KEY_USER,
        "auth_header",
    ),
    (
        "SONAR_TOKEN=sqp_4b9e1c07d2a85f3e6c10b7a94d2e8f5c31a06b7d mvn sonar:sonar",
        "sqp_4b9e1c07d2a85f3e6c10b7a94d2e8f5c31a06b7d",
        "sonarqube",
    ),
    (
        "sonar.login=squ_9f3a7c1e5b0d2e8f4a6c9b1d7e3f5a0c2d8e6b4a",
        "squ_9f3a7c1e5b0d2e8f4a6c9b1d7e3f5a0c2d8e6b4a",
        "sonarqube",
    ),
]

#: (text, the password the finding must span exactly): the password word ends a compound name
#: (camelCase or one upper-case run) or an environment follows it.
PASSWORDS: list[tuple[str, str]] = [
    ('dbPassword = "Wq4vZr8Lm2"', "Wq4vZr8Lm2"),
    ("adminPassword: Wq4vZr8Lm2", "Wq4vZr8Lm2"),
    ("PGPASSWORD=Wq4vZr8Lm2 psql -h db.acme-corp.io", "Wq4vZr8Lm2"),
    ("MYSQLPWD=Wq4vZr8Lm2", "Wq4vZr8Lm2"),
    ('const smtpPass = "Wq4vZr8Lm2";', "Wq4vZr8Lm2"),
    ("DB_PASSWORD_PROD=Wq4vZr8Lm2", "Wq4vZr8Lm2"),
    ("password_new: Wq4vZr8Lm2", "Wq4vZr8Lm2"),
]

#: (text, the key the finding must span exactly): a key name with an environment, version or
#: encoding after it.
KEY_NAME_TAILS: list[tuple[str, str]] = [
    ("API_KEY_PROD=Pz5mKq8Wv2Lx7Rc4Nd9Tb3Yh", "Pz5mKq8Wv2Lx7Rc4Nd9Tb3Yh"),
    ("STRIPE_SECRET_LIVE=Pz5mKq8Wv2Lx7Rc4Nd9Tb3Yh", "Pz5mKq8Wv2Lx7Rc4Nd9Tb3Yh"),
    (
        "SECRET_KEY_BASE=4b9e1c07d2a85f3e6c10b7a94d2e8f5c31a06b7d",
        "4b9e1c07d2a85f3e6c10b7a94d2e8f5c31a06b7d",
    ),
    ('apiKeyV2: "Pz5mKq8Wv2Lx7Rc4Nd9Tb3Yh"', "Pz5mKq8Wv2Lx7Rc4Nd9Tb3Yh"),
]

_DOCKER_AUTH = _basic("octo-ci:Wq4vZr8Lm2Tx")
#: (text, the password the finding must span exactly): on a command line, or as base64 of
#: user:password under an auth field.
COMMAND_LINES: list[tuple[str, str]] = [
    ("mysql -h db.acme-corp.io -P 3306 -u root -pWq4vZr8Lm2 crm", "Wq4vZr8Lm2"),
    ("$ mysqldump -u backup -p'Wq4v Zr8Lm2' crm > crm.sql", "Wq4v Zr8Lm2"),
    ("sshpass -p 'Wq4vZr8Lm2' ssh deploy@10.0.0.4 uptime", "Wq4vZr8Lm2"),
    ("redis-cli -h cache -p 6379 -a Wq4vZr8Lm2 ping", "Wq4vZr8Lm2"),
    ("cat token | docker login registry.acme-corp.io -u octo-ci -p Wq4vZr8Lm2", "Wq4vZr8Lm2"),
    (f'{{"auths": {{"registry.acme-corp.io": {{"auth": "{_DOCKER_AUTH}"}}}}}}', _DOCKER_AUTH),
    (f"//npm.acme-corp.io/:_auth={_DOCKER_AUTH}", _DOCKER_AUTH),
]

#: (text, the user:password the finding must span exactly)
CREDENTIALS: list[tuple[str, str]] = [
    ("export BUNDLE_GEMS__CONTRIBSYS__COM=3f9a1c7e:b52d08e4", "3f9a1c7e:b52d08e4"),
    ('BUNDLE_ENTERPRISE__CONTRIBSYS__COM: "7c2e9b41:0d5fa386"', "7c2e9b41:0d5fa386"),
    (
        'BUNDLE_RUBYGEMS__PKG__GITHUB__COM: "octo-ci:Gh8tVq2LmX"  # .bundle/config',
        "octo-ci:Gh8tVq2LmX",
    ),
]

NEGATIVES: list[str] = [
    # Discord look-alikes: GitGuardian's documented example (its id part is not a number),
    # dotted names of code, a version triple.
    "MZ1yGvKTjE0rY0cV8i47CjAa.uRHQPq.Xb1Mk2nEhe-4iUcrGOuegj57zMC",
    # 20 bytes (no 64-bit id has 20 digits), one of them edited: "714365082974621480#7".
    "NzE0MzY1MDgyOTc0NjIxNDgwIzc.Gh7qLw.Vd3kPq9Xz2mN8rLw4qYcH7sJd5Gf0Ke_U-a",
    "MyApplicationConfiguration.Server.someVeryLongPropertyNameHereOk",
    "NetworkInterfaceCardDriver.v2_1_0.releaseNotesForTheFinalBuildX",
    # Service names with other values: versions, nulls, ids, commits, URLs, placeholders.
    "sourcegraph: 5.2.4",
    "sourcegraph_version: 5.2.4",
    "sourcegraph_commit: 4b9e1c07d2a85f3e6c10b7a94d2e8f5c31a06b7d",
    "sourcegraph.image.digest = 9f3a7c1e5b0d2e8f4a6c9b1d7e3f5a0c2d8e6b4a",
    "sourcegraph: https://sourcegraph.acme-corp.io",
    "sourcegraph: 0000000000000000000000000000000000000000",
    "sourcegraph: abcdef0123456789abcdef0123456789abcdef01",
    "sumologic.accessId: null",
    "sumo.collectorId = 42",
    "sumo.sourceCategory: su/prod/app/logs",
    'SUMO_ACCESS_ID="suXXXXXXXXXXXX"',
    "sumo_access_id: ${SUMO_ACCESS_ID}",
    "sumo_region: us2",
    "sumo wrestling: Hakuho won 45 tournaments",
    "consumo = 1234567890abcd",
    # Basic credentials with an empty password and a plain user: no secret.
    "curl -H 'Authorization: Basic YnJvd3Nlcjo=' https://auth.acme-corp.io/oauth/token",
    f"Authorization: Basic {_basic('service-account:')}",
    "curl -u browser: https://x.io",
    "curl -u ${API_KEY}: https://x.io",
    "curl -u abcdefghijklmnop1234: https://x.io",
    "git push -u origin main:",
    # SonarQube look-alikes: not hexadecimal, too short, a placeholder.
    'SONAR_LOGIN := "sqp_0123ABCDEFGH4567IJKL89MNOPQRST0123UVWX"',
    "the build sqa_4b9e1c07d2a85f3e6c10b7a94d2e8f5c passed",
    "SONAR_TOKEN=squ_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
    # Bundler settings that are no credentials, variables, stand-ins, hex magic words.
    'BUNDLE_MIRROR__HTTPS://RUBYGEMS__ORG/: "https://gems.acme-corp.io"',
    'BUNDLE_BUILD__NOKOGIRI: "--use-system-libraries"',
    "BUNDLE_LOCAL__RACK: C:/src/rack",
    "BUNDLE_GEMS__CONTRIBSYS__COM=$SIDEKIQ_USER:$SIDEKIQ_PASS",
    'BUNDLE_GEMS__CONTRIBSYS__COM: "username:password"',
    "BUNDLE_GEMS__CONTRIBSYS__COM: cafebabe:deadbeef",
    "https://cafebabe:deadbeef@gems.acme-corp.io/",
    "BUNDLE_JOBS: 4",
    # Words that end in "pass" or a password word, and code around compound password names.
    "bypass = Wq4vZr8Lm2",
    "BYPASS=Wq4vZr8Lm2",
    "COMPASS: N45E12x",
    "getPassword()",
    "userPassword: string",
    "newPassword = request.form['pw']",
    "hashedPassword = bcrypt.hashSync(pw, 10)",
    "showPassword: false",
    "this.userPassword = userPassword;",
    "const dbPassword = process.env.DB_PASSWORD;",
    "minPasswordLength = 12",
    "userPassword: Optional[str] = None",
    "first pass_1 results",
    "password_test: must be 8 chars",
    # Key names with a tail that is no environment, version or encoding.
    "secret_name: my-app-secret-2024xyz",
    "tokenizer: bert-base-uncased-v2x",
    "token_count: 1234567890123456",
    # Command lines without a password: a prompt, a database name, a port, a variable, stdin.
    "mysql -u root -p crm",
    "mysql -u root -p",
    "mysql -u root -p[password] crm",
    "mysql -u root -p$MYSQL_ROOT_PASSWORD",
    'sshpass -p "$SSHPASS" ssh deploy@10.0.0.4',
    "redis-cli -h cache -p 6379 ping",
    "docker run -p 8080:80 nginx",
    'echo "$PW" | docker login -u octo-ci --password-stdin',
    "gcc -pthread -o app main.c && mysql -e 'select 1'",
    "mysql is faster -pretty sure",
    # Auth fields that hold no user:password: stand-ins, an empty password, words, code.
    f'{{"auth": "{_basic("username:password")}"}}',
    f'{{"auth": "{_basic("octo-ci:")}"}}',
    '"auth": "oauth2AuthenticationRequired"',
    "auth = OAuth2Session(client_id)",
]


@pytest.mark.parametrize(("text", "value", "subtype"), POSITIVES)
def test_secret_family_is_found(text: str, value: str, subtype: str) -> None:
    """Each pasted key is an API key of its kind, spanning exactly the key."""
    found = {
        (text[f.start : f.end], f.subtype)
        for f in classify_text(text).findings
        if f.type == "secret.api_key"
    }
    assert (value, subtype) in found


@pytest.mark.parametrize(("text", "value"), PASSWORDS)
def test_compound_password_name_gives_a_password(text: str, value: str) -> None:
    """A password under a compound or environment-suffixed name is found, spanning the value."""
    found = {(f.type, text[f.start : f.end]) for f in classify_text(text).findings}
    assert ("secret.password", value) in found


@pytest.mark.parametrize(("text", "value"), KEY_NAME_TAILS)
def test_key_name_with_environment_gives_a_key(text: str, value: str) -> None:
    """A key under a name with an environment, version or encoding after it is found."""
    found = {(f.type, text[f.start : f.end]) for f in classify_text(text).findings}
    assert ("secret.api_key", value) in found


@pytest.mark.parametrize(("text", "value"), COMMAND_LINES)
def test_password_on_a_command_line_or_in_an_auth_field(text: str, value: str) -> None:
    """A password passed as a command's flag or stored in base64 under an auth field is found."""
    found = {(f.type, text[f.start : f.end]) for f in classify_text(text).findings}
    assert ("secret.password", value) in found


@pytest.mark.parametrize(("text", "value"), CREDENTIALS)
def test_gem_server_credentials_are_a_password(text: str, value: str) -> None:
    """Bundler's setting for a gem server holds its user and password: a password finding."""
    found = {(f.type, text[f.start : f.end]) for f in classify_text(text).findings}
    assert ("secret.password", value) in found


@pytest.mark.parametrize("text", NEGATIVES)
def test_secret_family_lookalike_is_no_secret(text: str) -> None:
    """Look-alikes (code names, versions, commits, placeholders, plain users) are no secret."""
    assert not [f for f in classify_text(text).findings if f.type.startswith("secret.")]
