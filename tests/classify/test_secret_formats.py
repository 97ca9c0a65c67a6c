"""Provider token formats (issue 11, family 5): each found where developers paste it, and the
look-alikes that are not tokens (placeholders, made-up runs, masked or cut values).

The token values here are random strings of each provider's documented shape, written for
this table; none is a real credential.
"""

from __future__ import annotations

import pytest

from tests.found import classify_text

_AZURE = "ovb8Q~d5w-pn~oTUyz9DbNSvaD7vDlzAHia2iUl9"
_STORAGE = (
    "5hAgDB6NFSnL0lSBsC5M7FEQ+vZRZStx5CYuCaIphFUSJ9H1HeE05QmsGynMdNVZWT84HJ2VDH61q09C3WLejA=="
)
_HVS = (
    "hvs.zAh_u4MesmmW6xzURns23rubuMIhUeEmtMN-1JfE7e7Kpt_-yy084kLoltspqxpdMEZwder7qSPe"
    "VLvw0033ZTq56N2rB6y"
)
_DOP = "dop_v1_2849de7597d62aab5abe4b2e103b01e9bbbf27b0da506f722fa6f97c2ddb76b8"
_DISCORD = "MTY2NjcxOTI3NTk1NTQ2MjQ3.Yfw_mj.0XODE7ZBvh7dz9kyQqPglEOruWM"
_SENDGRID = "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"

#: (text, the token the finding must span, provider subtype)
POSITIVES: list[tuple[str, str, str]] = [
    (
        "huggingface-cli login --token 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",
        "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",
        "huggingface",
    ),
    (
        "HUGGINGFACEHUB_API_TOKEN='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'",
        "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",
        "huggingface",
    ),
    (
        "client = Groq(api_key=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)",
        "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",
        "groq",
    ),
    (
        "my perplexity key 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 stopped working",
        "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",
        "perplexity",
    ),
    (
        "export REPLICATE_API_TOKEN=r8_fGWGgggrJ2tEdR2v7Itn596cJT4l9TXO9o0yw",
        "r8_fGWGgggrJ2tEdR2v7Itn596cJT4l9TXO9o0yw",
        "replicate",
    ),
    (
        "git clone https://oauth2:glpat-hRZp1VLseHZWjmFHDHtn@",
        "glpat-hRZp1VLseHZWjmFHDHtn",
        "gitlab",
    ),
    ("deploy token gldt-k8YNp5GNUQf4dr9Zq5sL", "gldt-k8YNp5GNUQf4dr9Zq5sL", "gitlab"),
    (
        "//registry.npmjs.org/:_authToken=npm_oj3giiw4m3euc87eby35lp2pib6qbvfozn08",
        "npm_oj3giiw4m3euc87eby35lp2pib6qbvfozn08",
        "npm",
    ),
    (
        'notion = Client(auth="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")',
        "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",
        "notion",
    ),
    (
        "SRC_ACCESS_TOKEN=sgp_54a2feda77d0e695_2bc0ec23cd37d5fc162561309aba00b29df21d5d",
        "sgp_54a2feda77d0e695_2bc0ec23cd37d5fc162561309aba00b29df21d5d",
        "sourcegraph",
    ),
    (
        "token: dapid6ab6c783e4d502121363506730cf675",
        "dapid6ab6c783e4d502121363506730cf675",
        "databricks",
    ),
    (f"doctl auth init -t {_DOP}", _DOP, "digitalocean"),
    (f"VAULT_TOKEN={_HVS}", _HVS, "vault"),
    (
        "fly deploy --access-token fo1_7yAP8V3T94A4sBgpz9Jkl-8oQPj4AOqE7RhYYM_W8of",
        "fo1_7yAP8V3T94A4sBgpz9Jkl-8oQPj4AOqE7RhYYM_W8of",
        "flyio",
    ),
    (
        "grafana service account: glsa_SrqLNqatAHfPUDdVSBQ3jwRFMnK5HtMT_d7f17121",
        "glsa_SrqLNqatAHfPUDdVSBQ3jwRFMnK5HtMT_d7f17121",
        "grafana",
    ),
    (f"AZURE_CLIENT_SECRET={_AZURE}", _AZURE, "azure"),
    (f"(the app registration secret is {_AZURE})", _AZURE, "azure"),
    (
        f"DefaultEndpointsProtocol=https;AccountName=acme;AccountKey={_STORAGE};",
        _STORAGE,
        "azure",
    ),
    (
        "bot = telebot.TeleBot('1917283970:AADXPi6rG_G95dwS9HWNdJnB7qUs0gaNXki')",
        "1917283970:AADXPi6rG_G95dwS9HWNdJnB7qUs0gaNXki",
        "telegram",
    ),
    (f"client.run('{_DISCORD}')", _DISCORD, "discord"),
    (
        "TWILIO_API_KEY=SK478104982947ee47846e54a044a8b262",
        "SK478104982947ee47846e54a044a8b262",
        "twilio",
    ),
    (f"SENDGRID_API_KEY={_SENDGRID}", _SENDGRID, "sendgrid"),
    (
        "mailchimp.set_config({'api_key': 'aec24843eedf6ee8248ef50d9ccaf0c1-us14'})",
        "aec24843eedf6ee8248ef50d9ccaf0c1-us14",
        "mailchimp",
    ),
    (
        "X-Shopify-Access-Token: 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",
        "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",
        "shopify",
    ),
    (
        "square secret sq0csp-AVLVOlO3p_qmNDZ3ZrrdtBBamK9tkkFOutdVtMW8-4c",
        "sq0csp-AVLVOlO3p_qmNDZ3ZrrdtBBamK9tkkFOutdVtMW8-4c",
        "square",
    ),
    (
        "INTRA_SECRET=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",
        "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",
        "intra42",
    ),
    (
        "1Password secret key: A3-HQB6K4-LRX9KU6RSIF-P2I2Q-YE43M-0EDDL",
        "A3-HQB6K4-LRX9KU6RSIF-P2I2Q-YE43M-0EDDL",
        "onepassword",
    ),
    (
        '"legacy_token": "xoxo-774751-998054-612263-0341bc8d96fa8b6a18"',
        "xoxo-774751-998054-612263-0341bc8d96fa8b6a18",
        "slack",
    ),
]

NEGATIVES: list[str] = [
    # Made-up runs under a key name (a provider's own format counts even when typed by hand).
    'api_key = "abcdef123456ghijklm"',
    "client_secret: Q1w2E3abcdefgh987654",
    # Placeholders, masked and cut values.
    "HF_TOKEN=hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
    '"token": "xoxp-4821-4821-4821-5f1c0e8a9b7d3c2e1f4a6b8c"',
    '"token": "xoxp-837461029384-927364518273-736451829374-####################"',
    "serviceAccountToken: ops_eyJzaWduSW5B..[Redacted]",
    "SNYK_TOKEN=12345678-abcd-abcd-abcd-1234567890ab",
    # Wrong shape for the provider.
    "glsoat-some_words_that_go_on_and_on_for_a_long_while_",
    "MZ1yGvKTjE0rY0cV8i47CjAa.uRHQPq.Xb1Mk2nEhe-4iUcrGOuegj57zMC",
    "see the discussion at forum.example.org/t/NjU0MzIx.abcdef.ghijklmnopqrstuvwxyzABCDEFG",
    # Not secrets by their names: public tokens, anti-forgery tokens, package versions.
    'publicToken = "Qm7Lk2Vx9Rt4Wp8Zn3Bc6Hj1Fd5Gs0Ya"',
    "csrf-token=Kz8Wq3Lm7Np2Rv9Xt4Bc6Hj1Fd5Gs0YaQm7Lk2Vx9Rt4",
    'notes = "Maven - io.jsonwebtoken:jjwt-jackson-0.11.2"',
    "Azure AD returns AADSTS7000215 when the secret is wrong.",
]


@pytest.mark.parametrize(("text", "token", "provider"), POSITIVES)
def test_provider_token_is_found(text: str, token: str, provider: str) -> None:
    """Each provider's token is an API key of that provider, spanning exactly the token."""
    found = {
        (text[f.start : f.end], f.subtype)
        for f in classify_text(text).findings
        if f.type == "secret.api_key"
    }
    assert (token, provider) in found


@pytest.mark.parametrize("text", NEGATIVES)
def test_token_lookalike_is_no_secret(text: str) -> None:
    """Made-up, masked, placeholder and wrongly shaped values, and public names, are no secret."""
    assert not [f for f in classify_text(text).findings if f.type.startswith("secret.")]
