"""Word lists of ``health_vignettes`` (plain data, no logic), lower case, EN FR DE IT ES NL PL."""

from __future__ import annotations

from proxy.classify._base import words

#: A person described by a condition: adjectives and nouns for the person (ICD-10 chapter
#: titles E10-E14 diabetes, I10 hypertension, J45 asthma, G40 epilepsy, E66 obesity, B20 HIV,
#: F10 alcohol dependence, D84 immunodeficiency, Z99.2 dialysis), singular forms only: a plural
#: names a class of people ("diabetics should", "les diabétiques").
DESCRIBED = words(
    "diabetic|hypertensive|asthmatic|epileptic|obese|alcoholic|immunocompromised|"
    "immunosuppressed|hiv-positive|hiv positive|dialysis patient|"
    "diabétique|hypertendu|hypertendue|asthmatique|épileptique|obèse|alcoolique|séropositif|"
    "séropositive|immunodéprimé|immunodéprimée|dialysé|dialysée|"
    "diabetiker|diabetikerin|hypertoniker|hypertonikerin|asthmatiker|asthmatikerin|epileptiker|"
    "epileptikerin|adipös|alkoholiker|alkoholikerin|hiv-positiv|immunsupprimiert|"
    "dialysepatient|dialysepatientin|"
    "diabetico|diabetica|iperteso|ipertesa|asmatico|asmatica|epilettico|epilettica|obeso|obesa|"
    "alcolizzato|alcolizzata|sieropositivo|sieropositiva|immunodepresso|immunodepressa|"
    "immunocompromesso|immunocompromessa|dializzato|dializzata|"
    "diabético|diabética|hipertenso|hipertensa|asmático|asmática|epiléptico|epiléptica|"
    "alcohólico|alcohólica|seropositivo|seropositiva|inmunodeprimido|inmunodeprimida|"
    "dializado|dializada|"
    "diabeet|diabetisch|diabetische|hypertensief|hypertensieve|astmatisch|astmatische|"
    "epileptisch|epileptische|zwaarlijvig|alcoholist|hiv-positief|dialysepatiënt|"
    "cukrzyk|cukrzyczka|nadciśnieniowiec|astmatyk|astmatyczka|epileptyk|epileptyczka|otyły|"
    "otyła|alkoholik|alkoholiczka|dializowany|dializowana"
)
#: Singular person nouns a condition adjective may stand before or after ("diabetic woman",
#: "paziente iperteso", "uomo diabetico di 60 anni").
PERSON_NOUNS = words(
    "woman|man|male|female|patient|lady|gentleman|boy|girl|pt|"
    "femme|homme|patiente|monsieur|madame|garçon|fille|"
    "frau|mann|patientin|junge|mädchen|"
    "donna|uomo|paziente|signora|signore|ragazzo|ragazza|"
    "mujer|hombre|varón|paciente|señora|señor|chico|chica|"
    "vrouw|patiënt|patiënte|meneer|mevrouw|jongen|meisje|"
    "kobieta|mężczyzna|pacjent|pacjentka|chłopiec|dziewczynka"
)
#: What a condition adjective is said of when it is no person: food, care, symptoms, groups
#: ("diabetic diet", "hypertensive crisis", "epileptic seizures", "alcoholic beverages").
THINGS = words(
    "diet|diets|recipe|recipes|food|foods|foot|feet|care|crisis|crises|emergency|urgency|"
    "seizure|seizures|fit|fits|drink|drinks|beverage|beverages|population|populations|people|"
    "patients|children|adults|persons|subjects|men|women|retinopathy|neuropathy|nephropathy|"
    "ketoacidosis|coma|disorder|disease|heart|kidney|drinking|liquor|content|friendly|"
    "régime|recette|recettes|pied|crise|crises|boisson|boissons|population|patients|enfants|"
    "personnes|adultes|coma|"
    "diät|rezepte|fuß|fuss|krise|anfall|anfälle|getränke|bevölkerung|"
    "dieta|ricette|piede|crisi|bevande|popolazione|pazienti|bambini|persone|"
    "recetas|pie|bebidas|población|pacientes|niños|personas|"
    "dieet|recepten|voet|crisis|dranken|bevolking|patiënten|kinderen|mensen|"
    "dieta|przepisy|stopa|kryzys|napoje|populacja|pacjenci|dzieci|osoby"
)
#: Words that make the sentence about a class of people, not one person ("patients over 65",
#: "adults aged 40 years and older", "les patients de plus de 70 ans").
CLASS_WORDS = words(
    "patients|people|adults|persons|individuals|population|cohort|men|women|children|"
    "and older|or older|and over|and above|or over|older than|younger than|"
    "patients|personnes|adultes|enfants|hommes|femmes|plus de|moins de|et plus|"
    "patienten|menschen|erwachsene|kinder|männer|frauen|über|unter|ab|und älter|"
    "pazienti|persone|adulti|bambini|uomini|donne|oltre|sopra|sotto|più di|meno di|"
    "pacientes|personas|adultos|niños|hombres|mujeres|más de|menos de|mayores de|"
    "patiënten|mensen|volwassenen|kinderen|mannen|vrouwen|ouder dan|jonger dan|boven|"
    "pacjenci|pacjentów|osoby|osób|dorośli|dorosłych|dzieci|mężczyźni|kobiety|powyżej|poniżej|"
    # one in three, every, each ("un homme de 45 ans sur trois est obèse")
    "one in|one out of|every|each|sur deux|sur trois|sur quatre|sur cinq|sur dix|chaque|jeder|"
    "jede|jedes|uno su|ogni|uno de cada|cada|één op|elke|iedere|jeden na|jedna na|każdy|każda"
)
#: Words before a number of years that make it a duration, not an age ("depuis 10 ans").
DURATION = words(
    "for|since|past|last|depuis|pendant|seit|vor|für|da|per|desde|durante|hace|sinds|al|"
    "sinds|gedurende|od|przez|temu|il y a"
)
#: A patient brought to care, as case notes put it: enough after an age cue ("63M admitted
#: with", "H 72 ans, hospitalisé pour", "varón de 58 años, acude a urgencias").
ADMITTED = words(
    "c/o|admitted with|admitted for|se présente aux urgences|hospitalisé pour|"
    "hospitalisée pour|giunge in ps|ricoverato per|ricoverata per|acude a urgencias|"
    "ingresa por|ingresado por|ingresada por|opgenomen wegens|przyjęty z powodu|"
    "przyjęta z powodu"
)
#: Presenting phrases, also said of candidates and albums ("si presenta per il secondo mandato",
#: "presented with a new album"): a complaint only before a symptom, or after a clinical
#: shorthand ("63M", "54 y/o").
PRESENTING = words(
    "presenting with|presents with|presented with|se présente pour|se présente avec|"
    "consulte pour|admis pour|admise pour|stellt sich vor|stellt sich mit|aufgenommen mit|"
    "aufgenommen wegen|vorgestellt mit|vorgestellt wegen|si presenta con|si presenta per|"
    "giunge per|acude por|se presenta con|se presenta por|consulta por|meldt zich met|"
    "presenteert zich met|opgenomen met|zgłasza się z|zgłosił się z|zgłosiła się z|"
    "przyjęty z|przyjęta z"
)
#: Verbs that report a complaint only before a symptom ("lamenta dolore toracico"; not
#: "lamenta ritardi", "klagt über die Bürokratie").
COMPLAINING = words(
    "complaining of|complains of|complained of|reports|se plaint de|se plaignant de|klagt über|"
    "klagte über|lamenta|accusa|riferisce|refiere|se queja de|aqueja|klaagt over|klaagde over|"
    "skarży się na|zgłasza"
)
#: Symptoms after a complaining verb: word beginnings, so inflections match ("bólem", "dolori").
SYMPTOMS = words(
    "pain|chest pain|dyspn|shortness of breath|breathless|fever|cough|nausea|vomiting|headache|"
    "dizziness|syncope|palpitations|fatigue|weakness|diarrh|"
    "douleur|dyspnée|fièvre|toux|nausée|vomissement|céphalée|vertige|malaise|palpitation|"
    "asthénie|"
    "schmerz|brustschmerz|bauchschmerz|kopfschmerz|rückenschmerz|atemnot|dyspnoe|fieber|husten|"
    "übelkeit|erbrechen|schwindel|synkope|herzrasen|"
    "dolor|dispnea|febbre|tosse|nausea|vomito|cefalea|vertigin|sincope|palpitazion|astenia|"
    "dolor|disnea|fiebre|tos|náusea|vómito|mareo|síncope|palpitacion|"
    "pijn|kortademig|dyspneu|koorts|hoest|misselijk|braken|hoofdpijn|duizelig|hartklopping|"
    "ból|ból|duszno|duszność|gorączk|kaszel|kaszl|nudności|wymiot|zawrot|omdle|kołatani"
)
#: Findings written in case shorthand that need no verb ("63M, troponin elevated", "SpO2 88 %").
FINDINGS = words("troponin|troponine|troponina|spo2")
