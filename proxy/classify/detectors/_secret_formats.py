"""Provider token formats: (provider, hyperscan prefilter, exact pattern).

Every prefilter starts with a literal the provider puts in its tokens (``hf_``, ``glpat-``,
``Q~``), or is a tight shape, so ordinary text never fires it. The formats are public facts,
as the providers document them and as secret scanners (gitleaks, detect-secrets) list them.
The validator in ``secrets.py`` still rejects placeholders, low-entropy and made-up values.
"""

from __future__ import annotations

#: Not a word character or a dash before the token (hyperscan has no look-behind; the exact
#: patterns do).
_B = r"(?<![\w-])"
_E = r"(?![\w-])"

KEYS: tuple[tuple[str, str, str], ...] = (
    ("aws", r"\b(?:AKIA|ASIA|ABIA|ACCA)[0-9A-Z]{16}\b", r"(?:AKIA|ASIA|ABIA|ACCA)[0-9A-Z]{16}"),
    ("github", r"\b(?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{36}", r"\b(?:ghp|gho|ghu|ghs|ghr)_\w{36}\b"),
    ("github", r"\bgithub_pat_[A-Za-z0-9_]{60}", r"\bgithub_pat_\w{60,100}"),
    ("anthropic", r"\bsk-ant-[a-z]+\d\d-[A-Za-z0-9_\-]{40}", r"\bsk-ant-[a-z]+\d\d-[\w\-]{40,}"),
    ("openai", r"\bsk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_\-]{32}", r"\bsk-(?!ant-)[\w\-]{32,}"),
    (
        "slack",
        r"\b(?:xox[abpsrcde]|xapp)-[0-9A-Za-z\-]{10}|\bxoxe\.xox[bp]-\d|\bxox[os]-\d+-\d+-\d+-",
        r"\b(?:xoxe\.)?(?:xox[abpsrcde]|xapp)-[0-9A-Za-z\-]{10,}|\bxox[os]-\d+-\d+-\d+-[a-fA-F\d]+",
    ),
    (
        "slack",
        r"hooks\.slack\.com/(?:services|workflows|triggers)/T[A-Z0-9]+/[A-Za-z0-9]+/[A-Za-z0-9]{8}",
        r"https?://hooks\.slack\.com/(?:services/T[A-Z0-9]+/B[A-Z0-9]+/|triggers/T[A-Z0-9]+/\d+/"
        r"|workflows/T[A-Z0-9]+/A[A-Z0-9]+/\d+/)[A-Za-z0-9]{8,}",
    ),
    ("google", r"\bAIza[0-9A-Za-z_\-]{35}", r"\bAIza[\w\-]{35}\b"),
    ("google", r"\bGOCSPX-[\w\-]{28}", rf"{_B}GOCSPX-[\w\-]{{28}}{_E}"),
    ("mapbox", r"\bsk\.eyJ[\w\-]{20}", rf"{_B}sk\.eyJ[\w\-]{{20,400}}\.[\w\-]{{20,100}}{_E}"),
    ("atlassian", r"\bATATT3[\w\-=]{100}", rf"{_B}ATATT3[\w\-=]{{100,300}}{_E}"),
    ("bitbucket", r"\bATBB[A-Za-z0-9]{32}", rf"{_B}ATBB[A-Za-z0-9_=.\-]{{32,64}}{_E}"),
    ("newrelic", r"\bNRAK-[A-Z0-9]{27}\b", rf"{_B}NRAK-[A-Z0-9]{{27}}{_E}"),
    ("pulumi", r"\bpul-[a-f0-9]{40}\b", rf"{_B}pul-[a-f0-9]{{40}}{_E}"),
    ("supabase", r"\bsbp_[a-f0-9]{40}\b", rf"{_B}sbp_[a-f0-9]{{40}}{_E}"),
    (
        "planetscale",
        r"\bpscale_(?:tkn|pw|oauth)_[\w\-.]{32}",
        rf"{_B}pscale_(?:tkn|pw|oauth)_[\w\-.]{{32,64}}{_E}",
    ),
    ("figma", r"\bfigd_[\w\-]{40}", rf"{_B}figd_[\w\-]{{40}}{_E}"),
    ("dynatrace", r"\bdt0c01\.[A-Z0-9]{24}\.", rf"{_B}dt0c01\.[A-Z0-9]{{24}}\.[A-Z0-9]{{64}}{_E}"),
    (
        "langsmith",
        r"\blsv2_(?:pt|sk)_[a-f0-9]{32}_",
        rf"{_B}lsv2_(?:pt|sk)_[a-f0-9]{{32}}_[a-f0-9]{{10}}{_E}",
    ),
    (
        "pinecone",
        r"\bpcsk_[A-Za-z0-9]{4,8}_[A-Za-z0-9]{40}",
        rf"{_B}pcsk_[A-Za-z0-9]{{4,8}}_[A-Za-z0-9]{{40,100}}{_E}",
    ),
    ("heroku", r"\bHRKU-AA[\w\-]{58}", rf"{_B}HRKU-AA[\w\-]{{58}}{_E}"),
    ("terraform", r"\.atlasv1\.[\w\-=]{60}", rf"{_B}[a-z0-9]{{14}}\.atlasv1\.[\w\-=]{{60,70}}{_E}"),
    ("stripe", r"\b(?:sk|rk)_(?:live|test)_[0-9A-Za-z]{16}", r"\b(?:sk|rk)_(?:live|test)_\w{16,}"),
    # LLM and model hosting providers.
    ("huggingface", r"\b(?:hf|api_org)_[A-Za-z]{34}\b", rf"{_B}(?:hf|api_org)_[A-Za-z]{{34}}{_E}"),
    ("groq", r"\bgsk_[A-Za-z0-9]{52}\b", rf"{_B}gsk_[A-Za-z0-9]{{52}}{_E}"),
    ("perplexity", r"\bpplx-[A-Za-z0-9]{48}\b", rf"{_B}pplx-[A-Za-z0-9]{{48}}{_E}"),
    ("xai", r"\bxai-[A-Za-z0-9]{80}\b", rf"{_B}xai-[A-Za-z0-9]{{80}}{_E}"),
    ("replicate", r"\br8_[A-Za-z0-9]{37}\b", rf"{_B}r8_[A-Za-z0-9]{{37}}{_E}"),
    # Code hosting, CI and package registries.
    (
        "gitlab",
        r"\bgl(?:pat|dt|ft|ffct|imt|agent|oas|soat|rt|cbt-\w{1,5}_)-?[\w\-]{20}"
        r"|\bglptt-[0-9a-f]{40}|\bGR1348941[\w\-]{20}",
        rf"{_B}(?:gl(?:pat|dt|ft|ffct|soat|rt)-[\w\-]{{20}}|glimt-[\w\-]{{25}}|glagent-[\w\-]{{50}}"
        rf"|gloas-[\w\-]{{64}}|glpat-[\w\-]{{27,300}}\.[0-9a-z]{{9}}|glcbt-\w{{1,5}}_[\w\-]{{20}}"
        rf"|glptt-[0-9a-f]{{40}}|GR1348941[\w\-]{{20}})(?![\w\-])",
    ),
    ("npm", r"\bnpm_[A-Za-z0-9]{36}\b", rf"{_B}npm_[A-Za-z0-9]{{36}}{_E}"),
    ("pypi", r"pypi-AgEIcHlwaS5vcmc[\w\-]{50}", r"pypi-AgEIcHlwaS5vcmc[\w\-]{50,1000}"),
    (
        "sourcegraph",
        r"\bsgp_(?:[a-fA-F0-9]{16}_|local_)?[a-fA-F0-9]{40}\b",
        rf"{_B}sgp_(?:[a-fA-F0-9]{{16}}_|local_)?[a-fA-F0-9]{{40}}{_E}",
    ),
    (
        "sentry",
        r"\bsntry[su]_[A-Za-z0-9+/=]{60}",
        rf"{_B}sntryu_[a-f0-9]{{64}}{_E}|{_B}sntrys_eyJ[A-Za-z0-9+/]{{20,400}}={{0,2}}_[A-Za-z0-9+/]{{43}}",
    ),
    ("databricks", r"\bdapi[a-f0-9]{32}\b", rf"{_B}dapi[a-f0-9]{{32}}(?:-\d)?{_E}"),
    # SonarQube user, project and global analysis tokens.
    ("sonarqube", r"\bsq[upa]_[a-fA-F0-9]{40}\b", rf"{_B}sq[upa]_[a-fA-F0-9]{{40}}{_E}"),
    (
        "doppler",
        r"\bdp\.(?:pt|st|ct|sa|scim|audit)\.[A-Za-z0-9]{40}",
        rf"{_B}dp\.(?:pt|st|ct|sa|scim|audit)\.[A-Za-z0-9]{{40,44}}{_E}",
    ),
    (
        "postman",
        r"\bPMAK-[a-fA-F0-9]{24}-[a-fA-F0-9]{34}\b",
        rf"{_B}PMAK-[a-fA-F0-9]{{24}}-[a-fA-F0-9]{{34}}{_E}",
    ),
    ("linear", r"\blin_api_[A-Za-z0-9]{40}\b", rf"{_B}lin_api_[A-Za-z0-9]{{40}}{_E}"),
    ("notion", r"\bntn_\d{11}[A-Za-z0-9]{35}\b", rf"{_B}ntn_\d{{11}}[A-Za-z0-9]{{35}}{_E}"),
    # Cloud, infrastructure and secret stores.
    (
        "azure",
        r"[\w~.]{3}\dQ~[\w~.\-]{31}",
        r"(?<![\w~.\-])[\w~.]{3}\dQ~[\w~.\-]{31,34}(?![\w~.\-])",
    ),
    ("azure", r"AccountKey=[A-Za-z0-9+/]{86}", r"(?<=AccountKey=)[A-Za-z0-9+/]{86,88}={0,2}"),
    ("digitalocean", r"\bdo[opr]_v1_[a-f0-9]{64}\b", rf"{_B}do[opr]_v1_[a-f0-9]{{64}}{_E}"),
    (
        "vault",
        r"\bhv[sb]\.[\w\-]{90}",
        rf"{_B}(?:hvs\.[\w\-]{{90,120}}|hvb\.[\w\-]{{138,300}}){_E}",
    ),
    (
        "flyio",
        r"\bfo1_[\w\-]{43}|\bfm(?:1[ar]|2)_[A-Za-z0-9+/]{100}",
        rf"{_B}(?:fo1_[\w\-]{{43}}|fm(?:1[ar]|2)_[A-Za-z0-9+/]{{100,}}={{0,3}})",
    ),
    (
        "grafana",
        r"\bgl(?:c_[A-Za-z0-9+/]{32}|sa_[A-Za-z0-9]{32}_)",
        rf"{_B}(?:glc_[A-Za-z0-9+/]{{32,400}}={{0,3}}|glsa_[A-Za-z0-9]{{32}}_[A-Fa-f0-9]{{8}}){_E}",
    ),
    (
        "age",
        r"AGE-SECRET-KEY-1[0-9A-Z]{58}",
        r"AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}",
    ),
    (
        "onepassword",
        r"\bA3-[A-Z0-9]{6}-[A-Z0-9]{5}",
        rf"{_B}A3-[A-Z0-9]{{6}}-(?:[A-Z0-9]{{11}}|[A-Z0-9]{{6}}-[A-Z0-9]{{5}})"
        rf"(?:-[A-Z0-9]{{5}}){{3}}{_E}",
    ),
    ("intra42", r"\bs-s4t2(?:ud|af)-[a-f0-9]{64}\b", rf"{_B}s-s4t2(?:ud|af)-[a-f0-9]{{64}}{_E}"),
    ("infracost", r"\bico-[A-Za-z0-9]{32}\b", rf"{_B}ico-[A-Za-z0-9]{{32}}{_E}"),
    # Messaging, payments and SaaS.
    ("telegram", r"\b\d{8,10}:AA[\w\-]{33}", rf"{_B}\d{{8,10}}:AA[\w\-]{{33}}{_E}"),
    (
        "discord",
        r"\b[MNO][\w\-]{23,27}\.[\w\-]{6}\.[\w\-]{27}",
        rf"{_B}[MNO][\w\-]{{23,27}}\.[\w\-]{{6}}\.[\w\-]{{27,38}}{_E}",
    ),
    ("twilio", r"\bSK[0-9a-f]{32}\b", rf"{_B}SK[0-9a-f]{{32}}{_E}"),
    # the account SID: the user name of the auth token (``_secret_companions`` finds that)
    ("twilio", r"\bAC[0-9a-f]{32}\b", rf"{_B}AC[0-9a-f]{{32}}{_E}"),
    ("mailgun", r"\bkey-[0-9a-f]{32}\b", rf"{_B}key-[0-9a-f]{{32}}{_E}"),
    ("brevo", r"\bxkeysib-[a-f0-9]{64}-", rf"{_B}xkeysib-[a-f0-9]{{64}}-[A-Za-z0-9]{{16}}{_E}"),
    ("stripe", r"\bwhsec_[A-Za-z0-9]{32}", rf"{_B}whsec_[A-Za-z0-9]{{32,64}}{_E}"),
    ("facebook", r"\bEAA[MC][A-Za-z0-9]{100}", rf"{_B}EAA[MC][A-Za-z0-9]{{100,400}}{_E}"),
    (
        "firebase",
        r"\bAAAA[\w\-]{7}:APA91b[\w\-]{100}",
        rf"{_B}AAAA[\w\-]{{7}}:APA91b[\w\-]{{100,200}}{_E}",
    ),
    (
        "deepl",
        r"\b[0-9a-f\-]{36}:fx\b",
        rf"{_B}[0-9a-f]{{8}}(?:-[0-9a-f]{{4}}){{3}}-[0-9a-f]{{12}}:fx\b",
    ),
    (
        "discord_webhook",
        r"discord(?:app)?\.com/api/webhooks/\d{17}",
        r"(?<=/api/webhooks/)\d{17,20}/[\w\-]{60,68}(?![\w-])",
    ),
    ("sendgrid", r"\bSG\.[\w\-]{22}\.[\w\-]{43}\b", rf"{_B}SG\.[\w\-]{{22}}\.[\w\-]{{43}}{_E}"),
    ("mailchimp", r"\b[0-9a-f]{32}-us\d{1,2}\b", rf"{_B}[0-9a-f]{{32}}-us\d{{1,2}}{_E}"),
    (
        "shopify",
        r"\bshp(?:at|ss|ca|pa)_[a-fA-F0-9]{32}\b",
        rf"{_B}shp(?:at|ss|ca|pa)_[a-fA-F0-9]{{32}}{_E}",
    ),
    (
        "square",
        r"\bsq0(?:atp|csp)-[\w\-]{22}",
        rf"{_B}sq0(?:atp-[\w\-]{{22,60}}|csp-[\w\-]{{43}}){_E}",
    ),
)
