"""What a careful reviewer would label, as tables: each text and the finding types it holds."""

from __future__ import annotations

import pytest

from proxy.classify.taxonomy import Level
from tests.found import classify_text

P = "pii."
F = "financial."
S = "secret."

POSITIVES: list[tuple[str, set[str]]] = [
    # contact data
    ("Write to me at anna.kowalska@gmail.com tomorrow.", {P + "email"}),
    ("Call me on +33 6 12 34 56 78 after lunch.", {P + "phone"}),
    ("Meine Handynummer: 0170 1234567", {P + "phone"}),
    ("Il mio cellulare è 312 853 9157.", {P + "phone"}),
    ("Logins came from 8.8.4.4 and 2a00:1450:4001:82b::200e.", {P + "ip_address"}),
    # birth dates, in each language
    ("Date of birth: 14/02/1987", {P + "date_of_birth"}),
    ("She was born on March 3, 1990.", {P + "date_of_birth"}),
    ("Née le 3 janvier 1975 à Lyon.", {P + "date_of_birth"}),
    ("Geboren am 3. Mai 1980 in Köln.", {P + "date_of_birth"}),
    ("Nato il 12 marzo 1969 a Torino.", {P + "date_of_birth"}),
    ("Fecha de nacimiento: 1985-07-30", {P + "date_of_birth"}),
    ("Geboortedatum: 01-02-1999", {P + "date_of_birth"}),
    ("Data urodzenia: 15.08.1972", {P + "date_of_birth"}),
    # names and addresses
    ("Dear Mr. Jonathan Hargreaves,\nplease find attached.", {P + "person_name"}),
    ("Sehr geehrter Herr Müller,\nanbei die Unterlagen.", {P + "person_name"}),
    ("Kind regards,\nSophie Martin", {P + "person_name"}),
    ("Nom : Camille Dubois", {P + "person_name"}),
    ("My name is Oliver Bennett and I need help.", {P + "person_name"}),
    ("Mi dirección: Calle de Alcalá 45, 28014 Madrid", {P + "postal_address"}),
    ("Anschrift: Hauptstraße 5, 10115 Berlin", {P + "postal_address"}),
    ("J'habite au 12 rue de la Paix, 75002 Paris.", {P + "postal_address"}),
    ("Abito in Via Roma, 12, 20121 Milano.", {P + "postal_address"}),
    ("Mijn adres: Kerkstraat 12, 1017 GC Amsterdam", {P + "postal_address"}),
    ("Mój adres: ul. Kwiatowa 3/4, 00-001 Warszawa", {P + "postal_address"}),
    ("I now live at 14 Station Road, SW1A 1AA London.", {P + "postal_address"}),
    (
        "Please send it to my home address: 1777 Kramer Court, Johnsonfurt, NE 80119.",
        {P + "postal_address"},
    ),
    ("Passport number: 12AB34567", {P + "passport"}),
    # national ids (valid checksums)
    ("NIR : 1 85 05 78 006 084 91", {P + "national_id"}),
    ("Steuer-ID 76491326687", {P + "national_id"}),
    ("Codice fiscale MRTMTT91D08F205J", {P + "national_id"}),
    ("DNI 54362315K", {P + "national_id"}),
    ("NIE X1234567L is a specimen but Y7654321G is not", {P + "national_id"}),
    ("BSN: 161204284", {P + "national_id"}),
    ("Rijksregisternummer 85.07.30-489.57", {P + "national_id"}),
    ("PESEL 44051401359", {P + "national_id"}),
    ("Personnummer 850730-7125", {P + "national_id"}),
    ("CPR-nr. 010180-1234", {P + "national_id"}),
    ("Henkilötunnus 131052-308T", {P + "national_id"}),
    ("SV-Nummer 7807 010180", {P + "national_id"}),
    ("NIF 257123822", {P + "national_id"}),
    ("PPS number 4244044R", {P + "national_id"}),
    ("NI number: JG 10 37 56 A", {P + "national_id"}),
    ("SSN 536-22-1234", {P + "national_id"}),
    # financial
    ("IBAN: DE74 2914 1777 6317 0669 07", {F + "iban"}),
    ("Card 4532 0151 1283 0366 was declined", {F + "credit_card"}),
    ("USt-IdNr. DE124551705", {F + "vat_id"}),
    ("Bank: Commerzbank, BIC COBADEFFXXX", {F + "bic"}),
    # health
    ("Patient diagnosed with type 2 diabetes (E11.9).", {"health"}),
    ("Meine Mutter nimmt Metformin 500 mg zweimal täglich.", {"health"}),
    ("His HbA1c was 8.1 % in May.", {"health"}),
    ("Ma fille est enceinte de trois mois.", {"health"}),
    # secrets
    ("aws_access_key_id = AKIAZ7VRSQ5EXAMPL3QA", {S + "api_key"}),
    ("token: ghp_aB3dE5fG7hI9jK1lM3nO5pQ7rS9tU1vW3xY5", {S + "api_key"}),
    ("OPENAI_API_KEY=sk-proj-4f9Kx2LmQ8rT1vW6yZ0aB3cD5eF7gH9iJ2kL4mN6", {S + "api_key"}),
    ("slack: xoxb-123456789012-123456789012-AbCdEfGhIjKlMnOpQrStUvWx", {S + "api_key"}),
    ("hook https://hooks.slack.com/services/T0ABC1234/B0DEF5678/aZ3kP9qW2xY7mN4b", {S + "api_key"}),
    ('maps key "AIzaSyD4kP9qW2xY7mN4bT1vR6sU8wX0zC3eG5h"', {S + "api_key"}),
    ("stripe sk_live_51HqLz2Kx9TmP4wQ8rV3nB6yJ", {S + "api_key"}),
    ('client_secret: "q8Zr3Lm9Xt2Vb7Nk4Pw6Yh1Jd5Fs0Gc"', {S + "api_key"}),
    ("mysql://root:Kx9!mP2q@10.0.0.5:3306/app", {S + "password"}),
    ("Das Passwort lautet: Sommer2024!", {S + "password"}),
    ("Le mot de passe du wifi est Salle4711!", {S + "password"}),
    ("Hasło to Kwiatek#2024", {S + "password"}),
    ("DB_PASSWORD=Xk9#mQ2$vL7p", {S + "password"}),
    ("REDIS_URL=redis://:s3cretRedisPw@10.0.3.20:6379/0", {S + "password"}),
    (
        "-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA7x\n-----END RSA PRIVATE KEY-----",
        {S + "private_key"},
    ),
    ("-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA", {S + "private_key"}),
    # markings
    ("RESTREINT UE/EU RESTRICTED", {"marking"}),
    ("VS-NUR FÜR DEN DIENSTGEBRAUCH", {"marking"}),
    ("TLP:AMBER+STRICT", {"marking"}),
    ("Classification: Confidential", {"marking"}),
    ("Confidential\nQ3 board minutes", {"marking"}),
    # context from the neighbouring sentence, US date order, Polish "rak"
    ("Diagnosis: asthma. The patient is stable.", {"health"}),
    ("Asthma. My son uses an inhaler.", {"health"}),
    ("DOB: 12/25/1985", {P + "date_of_birth"}),
    ("Mój ojciec ma rak płuc.", {"health"}),
]

NEGATIVES: list[str] = [
    # role mailboxes, documentation domains, hotlines, private ranges
    "Write to support@acme-corp.de or info@bakery.fr.",
    "Use user@example.com in the docs.",
    "Our hotline 0800 123 4567 is free.",
    "Kundenservice: 030 1234567",
    "Hosts 10.0.0.1, 192.168.1.20 and 203.0.113.9 (documentation).",
    "The release 1.2.3.4.5 and OID 1.3.6.1.4.1 are not addresses.",
    "The meeting is on 12/03/2025.",
    "Date of birth field is required.",
    # generic salutations, companies, placeholders
    "Dear Customer,\nyour order has shipped.",
    "Sehr geehrte Damen und Herren,\nanbei die Rechnung.",
    "Name: Acme GmbH",
    "Dear John Doe,",
    "Our office: Hauptstraße 5, 10115 Berlin, Acme GmbH.",
    # invalid checksums and specimens
    "DNI 54362315A",
    "IBAN DE74 2914 1777 6317 0669 08",
    "Card 4532 0151 1283 0367",
    "Order number 161204284 ships tomorrow.",
    "Codice fiscale RSSMRA85T10A562S (example)",
    "SSN 123-45-6789 is the classic example.",
    "The standard example IBAN is GB82 WEST 1234 5698 7654 32.",
    "Stripe test card 4242 4242 4242 4242.",
    "Your card ending ****1234 was declined.",
    "AKIAIOSFODNN7EXAMPLE is AWS's documentation key.",
    "jwt.io: eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9."
    "eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ."
    "SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c",
    "eyJub3QiOiJqd3QifQ.eyJhIjoxfQ.c2lnbmF0dXJlMTIzNDU2",
    "BIC CUSTOMER is an 8-letter word without a bank nearby.",
    # health: general questions and ICD-like codes elsewhere
    "What are the symptoms of type 2 diabetes?",
    "Quels sont les symptômes du diabète ?",
    "Was sind die Ursachen von Migräne?",
    "Play the B12 Caro-Kann line.",
    "Is vitamin B12 in eggs?",
    "Seat E11 is by the window.",
    "Order part C34 from the catalogue.",
    "Normal HbA1c is below 5.7 % for adults.",
    "How much metformin 500 mg is usually prescribed?",
    # secrets: references, placeholders, policies, public material
    'api_key = os.environ["OPENAI_API_KEY"]',
    "password: ${DB_PASSWORD}",
    "Password must be at least 12 characters.",
    "token: <YOUR_TOKEN_HERE>",
    "postgres://user:password@localhost/db",
    "-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkq\n-----END PUBLIC KEY-----",
    "-----BEGIN CERTIFICATE-----\nMIIDdzCCAl+g\n-----END CERTIFICATE-----",
    "-----BEGIN PRIVATE KEY-----\n...your key here...\n-----END PRIVATE KEY-----",
    "sk-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
    # markings in prose, public markings
    "I'll keep it confidential.",
    "The API returned 500 Internal Server Error.",
    "We evaluate confidential computing.",
    "This e-mail is confidential and intended solely for the addressee.",
    "THIS MESSAGE IS CONFIDENTIAL AND MAY BE PRIVILEGED.",
    "TLP:CLEAR",
    "Classification: Public",
    "CONFIDENTIAL information must not leak.",
    # candidates the validators turn down
    "Please place the order 5 times.",
    "Via Roma 12 is closed on Sundays.",
    "Transfer via bank, reference ABCDQQ12.",
    "My hearing aids are new.",
    "He said rak twice.",
    "My ast was 45 U/L",
    "Call me on +44 7700 900123.",
    "Call me on +1 202 555 0123 or +33 1 99 00 12 34 (fictional ranges).",
    "Contact jane.roe@example.org",
    "Call me on +999 1234 5678.",
    "Ping 999.1.1.1 now.",
    "DOB: 31/02/1985",
    "Passport: C01X00T47",
    "passport number: aB123456",
    'api_key = "12345678901234567890"',
    'secret = "abcdefghijklmnopqrstuvwxyz"',
    "password: none",
    "password: true",
    "Your password is ready.",
    "raise TypeError('pwd: expected bytes, got str')",
    "password = tmp2val = compute()",
    "self.username, self.password = credentials",
    "Pass it to the TextIOWrapper first.",
    "password = get_password(user)",
    "# Internal -- parse the header",
    "Decimal('+35236450.6')",
    "Route 2a00::1 is odd",
    "Calendar: 23 24 25 26 27 28 29 30 31",
    "eyJhbGciOiJIUzI1NiJ9.eyJub3QganNvbg.c2lnbmF0dXJlMTIzNDU2",
]


@pytest.mark.parametrize(("text", "types"), POSITIVES)
def test_positive(text: str, types: set[str]) -> None:
    """Each sensitive value is found, with its type and nothing else."""
    assert classify_text(text).finding_types() == types


@pytest.mark.parametrize("text", NEGATIVES)
def test_hard_negative(text: str) -> None:
    """Hard negatives (examples, placeholders, general questions, prose) are public."""
    result = classify_text(text)
    assert result.findings == ()
    assert result.level == Level.PUBLIC


@pytest.mark.parametrize(
    ("text", "subtype"),
    [
        ("NIR 1 85 05 78 006 084 91", "fr.nir"),
        ("Steuer-ID 76491326687", "de.idnr"),
        ("DNI 54362315K", "es.dni"),
        ("PESEL 44051401359", "pl.pesel"),
        ("SSN 536-22-1234", "us.ssn"),
        ("AKIAZ7VRSQ5EXAMPL3QA", "aws"),
        ("ghp_aB3dE5fG7hI9jK1lM3nO5pQ7rS9tU1vW3xY5", "github"),
        ("Numéro de passeport : 12AB34567", "fr"),
        ("My German passport: C01X00T48", "de"),
        ("TLP:RED", "restricted"),
        ("TLP:GREEN", "internal"),
        ("Classification: Internal", "internal"),
        ("STRENG GEHEIM", "restricted"),
        ("Diffusion Restreinte", "restricted"),
        ("Patient has asthma.", "diagnosis"),
        ("ICD-10: J45.9, patient with asthma", "icd10"),
        ("Ma fille prend ibuprofène 200 mg par jour.", "medication"),
        ("Her creatinine was 1.4 mg/dL.", "lab_result"),
    ],
)
def test_subtype(text: str, subtype: str) -> None:
    """The subtype names the scheme, provider, country, health kind or marking level."""
    assert subtype in {f.subtype for f in classify_text(text).findings}


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("TLP:GREEN", Level.INTERNAL),
        ("Classification: Confidential", Level.CONFIDENTIAL),
        ("RESTREINT UE", Level.RESTRICTED),
        ("8.8.8.8", Level.INTERNAL),
        ("a.b@gmail.com and DNI 54362315K", Level.RESTRICTED),
        ("nothing to see here", Level.PUBLIC),
    ],
)
def test_level_is_the_highest_finding_level(text: str, level: Level) -> None:
    """A text's level is the highest level among its findings (public when none)."""
    assert classify_text(text).level == level


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("IBAN DE74 2914 1777 6317 0669 07 BIC COBADEFFXXX", "DE74 2914 1777 6317 0669 07"),
        ("Mail: élodie.durand@orange.fr", "élodie.durand@orange.fr"),
        ("Ünïcödé first: anna.kowalska@gmail.com", "anna.kowalska@gmail.com"),
        ("Das Passwort lautet: Sommer2024!", "Sommer2024!"),
        ("Date of birth: 14/02/1987", "14/02/1987"),
    ],
)
def test_offsets_are_character_offsets(text: str, value: str) -> None:
    """Start/end are Python str offsets of exactly the value, also after non-ASCII text."""
    spans = {text[f.start : f.end] for f in classify_text(text).findings}
    assert value in spans


@pytest.mark.parametrize(
    "text",
    [
        "mysql://root:Kx9mP2qZ@db.example-corp.io:3306/app",
        "IBAN FR76 3000 4000 0312 3456 7890 143",
        "-----BEGIN PRIVATE KEY-----\npassword: Hunter2Hunter2\n-----END PRIVATE KEY-----",
    ],
)
def test_value_inside_another_finding_is_not_counted_twice(text: str) -> None:
    """A phone inside an IBAN or an e-mail inside a connection string is one finding."""
    assert len(classify_text(text).findings) == 1
