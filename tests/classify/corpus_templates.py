"""Per-language templates of the labelled corpus: positives per finding type and hard negatives.

A template is text with ``{slots}``; the builder fills them with generated values. Each positive
template declares the finding type it contains; hard negatives contain none.
"""

from __future__ import annotations

LANGS = ("en", "fr", "de", "it", "es", "nl", "pl")

FILLER = {
    "en": [
        "Thanks for getting back to me so quickly.",
        "Could you check this before Friday?",
        "The meeting moved to room 4 at 10:30.",
        "Let me know if anything is missing.",
        "We shipped version 2.4.1 last week and the dashboard looks fine.",
        "Please summarise the following for the steering committee.",
    ],
    "fr": [
        "Merci pour votre retour rapide.",
        "Pouvez-vous vérifier cela avant vendredi ?",
        "La réunion est déplacée en salle 4 à 10h30.",
        "Dites-moi s'il manque quelque chose.",
        "Peux-tu résumer ce texte pour le comité ?",
    ],
    "de": [
        "Vielen Dank für die schnelle Rückmeldung.",
        "Können Sie das bis Freitag prüfen?",
        "Das Meeting ist in Raum 4 um 10:30 Uhr.",
        "Bitte fasse den folgenden Text zusammen.",
        "Sag mir Bescheid, falls etwas fehlt.",
    ],
    "it": [
        "Grazie per la risposta veloce.",
        "Puoi controllare entro venerdì?",
        "La riunione è spostata nella sala 4 alle 10:30.",
        "Riassumi il testo seguente, per favore.",
    ],
    "es": [
        "Gracias por la respuesta rápida.",
        "¿Puedes revisarlo antes del viernes?",
        "La reunión pasa a la sala 4 a las 10:30.",
        "Resume el siguiente texto, por favor.",
    ],
    "nl": [
        "Bedankt voor je snelle reactie.",
        "Kun je dit voor vrijdag controleren?",
        "De vergadering is verplaatst naar zaal 4 om 10:30.",
        "Vat de volgende tekst samen.",
    ],
    "pl": [
        "Dziękuję za szybką odpowiedź.",
        "Czy możesz to sprawdzić do piątku?",
        "Spotkanie przeniesiono do sali 4 na 10:30.",
        "Streść proszę poniższy tekst.",
    ],
}

POSITIVE: dict[str, dict[str, list[str]]] = {
    "pii.email": {
        "en": ["You can reach me at {email} for the follow-up.", "My personal e-mail is {email}."],
        "fr": ["Vous pouvez me joindre à {email}.", "Mon adresse e-mail : {email}"],
        "de": ["Meine E-Mail-Adresse lautet {email}.", "Antwort bitte an {email}."],
        "it": ["La mia email è {email}.", "Scrivetemi a {email}."],
        "es": ["Mi correo es {email}.", "Escríbeme a {email}."],
        "nl": ["Mijn e-mailadres is {email}.", "Mail me op {email}."],
        "pl": ["Mój e-mail to {email}.", "Proszę pisać na {email}."],
    },
    "pii.phone": {
        "en": ["Call me on {phone_intl} after 5pm.", "My mobile number is {phone_nat}."],
        "fr": ["Appelez-moi au {phone_nat}.", "Mon portable : {phone_intl}"],
        "de": ["Meine Handynummer ist {phone_nat}.", "Ruf mich an: {phone_intl}"],
        "it": ["Il mio cellulare è {phone_nat}.", "Chiamami al {phone_intl}."],
        "es": ["Mi móvil es {phone_nat}.", "Llámame al {phone_intl}."],
        "nl": ["Mijn mobiel nummer is {phone_nat}.", "Bel me op {phone_intl}."],
        "pl": ["Mój numer telefonu to {phone_nat}.", "Zadzwoń do mnie: {phone_intl}"],
    },
    "pii.ip_address": {
        "en": [
            "The failed logins all came from {ip} last night.",
            "Whitelist my home IP {ip} please.",
        ],
        "fr": ["Les connexions suspectes venaient de {ip}.", "Mon adresse IP est {ip}."],
        "de": ["Die Zugriffe kamen von der IP {ip}.", "Meine IP-Adresse ist {ip}."],
        "it": ["Gli accessi provenivano da {ip}.", "Il mio indirizzo IP è {ip}."],
        "es": ["Los accesos venían de {ip}.", "Mi dirección IP es {ip}."],
        "nl": ["De inlogpogingen kwamen van {ip}.", "Mijn IP-adres is {ip}."],
        "pl": ["Logowania pochodziły z adresu {ip}.", "Mój adres IP to {ip}."],
    },
    "pii.date_of_birth": {
        "en": ["Date of birth: {dob_num}", "I was born on {dob_text_en}."],
        "fr": ["Date de naissance : {dob_num}", "Je suis née le {dob_text_fr}."],
        "de": ["Geburtsdatum: {dob_num}", "Ich bin am {dob_text_de} geboren, geb. {dob_num}."],
        "it": ["Data di nascita: {dob_num}", "Sono nato il {dob_text_it}."],
        "es": ["Fecha de nacimiento: {dob_num}", "Nací el {dob_num}, nacido el {dob_text_es}."],
        "nl": ["Geboortedatum: {dob_num}", "Ik ben geboren op {dob_text_nl}."],
        "pl": ["Data urodzenia: {dob_num}", "Urodzona {dob_num} w Krakowie."],
    },
    "pii.person_name": {
        "en": [
            "Dear {name},\nthank you for your application.",
            "Kind regards,\n{name}",
            "Employee: {name}\nDepartment: Finance",
        ],
        "fr": [
            "Bonjour {name},\nmerci pour votre message.",
            "Cordialement,\n{name}",
            "Nom : {name}",
        ],
        "de": [
            "Sehr geehrte Frau {last},\nvielen Dank.",
            "Mit freundlichen Grüßen\n{name}",
            "Name: {name}",
        ],
        "it": [
            "Gentile {name},\nla ringraziamo.",
            "Cordiali saluti,\n{name}",
            "Nome e cognome: {name}",
        ],
        "es": ["Estimado {name}:\ngracias por su mensaje.", "Saludos,\n{name}", "Nombre: {name}"],
        "nl": [
            "Beste {name},\nbedankt voor je bericht.",
            "Met vriendelijke groet,\n{name}",
            "Naam: {name}",
        ],
        "pl": [
            "Szanowny Panie {last},\ndziękujemy.",
            "Pozdrawiam,\n{name}",
            "Imię i nazwisko: {name}",
        ],
    },
    "pii.postal_address": {
        "en": [
            "Please send the contract to my home address: {address}.",
            "I now live at {address}.",
        ],
        "fr": ["Mon adresse personnelle : {address}", "J'habite au {address}."],
        "de": ["Meine Anschrift: {address}", "Ich wohne jetzt in der {address}."],
        "it": ["Il mio indirizzo: {address}", "Abito in {address}."],
        "es": ["Mi dirección: {address}", "Vivo en {address}."],
        "nl": ["Mijn adres: {address}", "Ik woon op {address}."],
        "pl": ["Mój adres: {address}", "Mieszkam pod adresem {address}."],
    },
    "pii.passport": {
        "en": ["My passport number is {passport}.", "Passport no. {passport}, expires 2031."],
        "fr": ["Numéro de passeport : {passport}"],
        "de": ["Reisepass-Nummer: {passport}", "Mein Reisepass hat die Nummer {passport}."],
        "it": ["Numero di passaporto: {passport}"],
        "es": ["Número de pasaporte: {passport}"],
        "nl": ["Paspoortnummer: {passport}"],
        "pl": ["Numer paszportu: {passport}"],
    },
    "financial.iban": {
        "en": ["Please pay the refund into IBAN {iban}.", "My account: {iban}"],
        "fr": ["Merci de virer le montant sur l'IBAN {iban}."],
        "de": ["Bitte überweisen Sie auf IBAN {iban}."],
        "it": ["Effettuare il bonifico sull'IBAN {iban}."],
        "es": ["Haga la transferencia al IBAN {iban}."],
        "nl": ["Maak het bedrag over naar {iban}."],
        "pl": ["Proszę o przelew na konto {iban}."],
    },
    "financial.credit_card": {
        "en": ["My card {card} was charged twice.", "Card number: {card}, exp 09/27"],
        "fr": ["Ma carte {card} a été débitée deux fois."],
        "de": ["Meine Kreditkarte {card} wurde doppelt belastet."],
        "it": ["La mia carta {card} è stata addebitata due volte."],
        "es": ["Mi tarjeta {card} fue cobrada dos veces."],
        "nl": ["Mijn creditcard {card} is twee keer belast."],
        "pl": ["Moja karta {card} została obciążona dwa razy."],
    },
    "financial.vat_id": {
        "en": ["Our VAT number is {vat}."],
        "fr": ["Notre numéro de TVA : {vat}"],
        "de": ["USt-IdNr.: {vat}"],
        "it": ["Partita IVA: {vat}"],
        "es": ["NIF-IVA: {vat}"],
        "nl": ["Btw-nummer: {vat}"],
        "pl": ["NIP UE: {vat}"],
    },
    "financial.bic": {
        "en": ["Bank details: BIC {bic}."],
        "fr": ["Code BIC : {bic}"],
        "de": ["BIC: {bic}"],
        "it": ["Codice SWIFT: {bic}"],
        "es": ["Código BIC: {bic}"],
        "nl": ["BIC-code: {bic}"],
        "pl": ["Kod SWIFT banku: {bic}"],
    },
    "health": {
        "en": [
            "The patient was diagnosed with {diag_en} ({icd}) in March.",
            "My mother takes {drug} {dose} mg twice daily.",
            "His HbA1c was {lab} % last month.",
        ],
        "fr": [
            "Le patient souffre de {diag_fr}, code CIM-10 {icd}.",
            "Ma fille prend {drug} {dose} mg par jour.",
        ],
        "de": [
            "Der Patient leidet an {diag_de} ({icd}).",
            "Meine Frau nimmt {drug} {dose} mg täglich.",
        ],
        "it": [
            "Il paziente ha una diagnosi di {diag_it}.",
            "Mio padre prende {drug} {dose} mg al giorno.",
        ],
        "es": ["La paciente sufre de {diag_es}.", "Mi hijo toma {drug} {dose} mg cada día."],
        "nl": ["De patiënt lijdt aan {diag_nl}.", "Mijn vader gebruikt {drug} {dose} mg per dag."],
        "pl": [
            "U pacjenta zdiagnozowano {diag_pl}.",
            "Moja matka bierze {drug} {dose} mg dziennie.",
        ],
    },
    "secret.api_key": {
        "en": [
            'Here is my config:\nAPI_KEY = "{api_key}"\nit fails with 401.',
            'Why does this not work? client = Client(api_key="{api_key}")',
        ],
        "fr": ["Voici ma config : token={api_key}"],
        "de": ["Mein Schlüssel: {api_key} funktioniert nicht."],
        "it": ["La mia chiave {api_key} non funziona."],
        "es": ["Mi clave {api_key} no funciona."],
        "nl": ["Mijn sleutel {api_key} werkt niet."],
        "pl": ["Mój klucz {api_key} nie działa."],
    },
    "secret.private_key": {
        lang: ["Can you fix my deploy script?\n{private_key}\nThanks"] for lang in LANGS
    },
    "secret.password": {
        "en": [
            "The wifi password is {password}.",
            "DATABASE_URL=postgres://app:{password}@db.prod.acme-corp.io:5432/main",
        ],
        "fr": ["Le mot de passe est {password}"],
        "de": ["Das Passwort lautet: {password}"],
        "it": ["La password è {password}"],
        "es": ["La contraseña es {password}"],
        "nl": ["Het wachtwoord is: {password}"],
        "pl": ["Hasło: {password}"],
    },
    "secret.jwt": {lang: ["Debug this request: Authorization: Bearer {jwt}"] for lang in LANGS},
}

MARKINGS = [
    ("RESTREINT UE / EU RESTRICTED\n{filler}", "restricted"),
    ("{filler}\nTLP:RED", "restricted"),
    ("TLP:AMBER\n{filler}", "confidential"),
    ("TLP:GREEN - {filler}", "internal"),
    ("Classification: Internal\n{filler}", "internal"),
    ("CONFIDENTIAL\n{filler}", "confidential"),
    ("Diffusion Restreinte\n{filler}", "restricted"),
    ("VS-NUR FÜR DEN DIENSTGEBRAUCH\n{filler}", "restricted"),
    ("STRENG GEHEIM\n{filler}", "restricted"),
    ("Klassifizierung: Vertraulich\n{filler}", "confidential"),
    ("Classificazione: Riservato\n{filler}", "confidential"),
    ("Clasificación: Uso interno\n{filler}", "internal"),
    ("Rubricering: Vertrouwelijk\n{filler}", "confidential"),
    ("Klauzula: ZASTRZEŻONE\n{filler}", "restricted"),
    ("STRICTLY CONFIDENTIAL\n{filler}", "restricted"),
    ("Internal use only\n{filler}", "internal"),
]

NEGATIVE: dict[str, list[str]] = {
    "en": [
        "What are the typical symptoms of {diag_en}?",
        "How does {drug} work in general?",
        "Play the B12 Caro-Kann line against 1.e4.",
        "Is vitamin B12 found in eggs?",
        "Seat E11 is next to the window on the A320.",
        "Order part C34.5 from the catalogue.",
        "Contact support@{domain} or call our hotline 0800 123 4567.",
        "I'll keep it confidential, promise.",
        "The API returns 500 Internal Server Error.",
        "We are evaluating confidential computing on AMD SEV.",
        "This e-mail and any attachments are confidential and intended solely for the addressee.",
        "TLP:CLEAR - feel free to share.",
        "Classification: Public",
        'api_key = os.environ["OPENAI_API_KEY"]',
        "password: ${{DB_PASSWORD}}",
        "Password must be at least 12 characters long.",
        "Use AKIAIOSFODNN7EXAMPLE as in the docs.",
        "Test with card 4242 4242 4242 4242 in Stripe.",
        "The docs use IBAN GB82 WEST 1234 5698 7654 32.",
        "Your card ending ****1234 was declined.",
        "Dear Customer,\nyour order has shipped.",
        "Our office: {company_address}, {company}.",
        "The server at 192.168.1.20 and 10.0.0.5 is down.",
        "Order number {bad_number} was delayed.",
        "Reference {bad_iban} is not a valid IBAN.",
        "The meeting is on 12/03/2025 in Berlin.",
        "-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA\n-----END PUBLIC KEY-----",
        "Explain the jwt.io example eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c",
        "Invoice total: 1,234.56 EUR, due in 30 days.",
        "Version 10.4.2.1 fixed the memory leak.",
        "{company} reported revenue of 4.2 billion.",
        "Please write a poem about the sea.",
    ],
    "fr": [
        "Quels sont les symptômes du {diag_fr} ?",
        "Comment fonctionne le {drug} ?",
        "Contactez info@{domain} ou le service client au 0 800 123 456.",
        "Je garderai cela confidentiel.",
        "Notre siège : {company_address}.",
        "Bonjour à tous, la réunion est reportée.",
        "Le mot de passe doit contenir au moins 12 caractères.",
        "Madame, Monsieur,\nveuillez trouver ci-joint la facture.",
    ],
    "de": [
        "Was sind die Symptome von {diag_de}?",
        "Wie wirkt {drug} im Allgemeinen?",
        "Sehr geehrte Damen und Herren,\nanbei die Rechnung.",
        "Schreiben Sie an kontakt@{domain}.",
        "Unser Firmensitz: {company_address}.",
        "Das Passwort muss mindestens 12 Zeichen haben.",
        "Bitte vertraulich behandeln, danke.",
    ],
    "it": [
        "Quali sono i sintomi del {diag_it}?",
        "Scrivete a info@{domain} per assistenza.",
        "La nostra sede: {company_address}.",
        "Buongiorno a tutti, ecco il verbale.",
    ],
    "es": [
        "¿Cuáles son los síntomas de la {diag_es}?",
        "Escriba a soporte@{domain}.",
        "Nuestras oficinas: {company_address}.",
        "Hola a todos, aquí está el resumen.",
    ],
    "nl": [
        "Wat zijn de symptomen van {diag_nl}?",
        "Mail naar info@{domain} voor vragen.",
        "Ons kantoor: {company_address}.",
        "Beste collega's, hier is de notulen.",
    ],
    "pl": [
        "Jakie są objawy choroby: {diag_pl}?",
        "Napisz na biuro@{domain}.",
        "Nasza siedziba: {company_address}.",
        "Dzień dobry wszystkim, oto notatka.",
    ],
}

DIAGNOSES = {
    "en": ["type 2 diabetes", "breast cancer", "major depressive disorder", "epilepsy", "asthma"],
    "fr": ["diabète", "cancer du sein", "épilepsie", "asthme", "sclérose en plaques"],
    "de": ["Diabetes", "Brustkrebs", "Depression", "Epilepsie", "Multiple Sklerose"],
    "it": ["diabete", "epilessia", "depressione", "sclerosi multipla"],
    "es": ["diabetes", "epilepsia", "depresión", "esclerosis múltiple"],
    "nl": ["diabetes", "epilepsie", "depressie", "borstkanker"],
    "pl": ["cukrzycę", "padaczka", "depresja", "astma"],
}
ICD = ["E11.9", "C50.9", "F32.1", "G40.9", "J45.9", "G35"]
DRUGS = ["metformin", "sertraline", "levothyroxine", "ibuprofen", "lisinopril", "atorvastatin"]
