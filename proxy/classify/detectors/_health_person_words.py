"""Word lists of ``health_person`` (plain data, no logic), lower case, in seven languages."""

from __future__ import annotations

from proxy.classify._base import words

#: Verbs before a medicine: take, be on, be prescribed (EN FR DE IT ES NL PL).
TAKE_VERBS = words(
    "take|takes|taking|took|taken|prescribed|started on|put on|is on|am on|'m on|’m on|'s on|"
    "’s on|was on|been on|prends|prend|prenait|prenais|pris|sous|prescrit|prescrite|traité par|"
    "traitée par|est sous|suis sous|nehme|nimmt|nahm|bekomme|bekommt|verschreibt|prendo|"
    "prende|prendeva|assumo|"
    "assume|prescritto|prescritta|in terapia con|tomo|toma|tomaba|tomando|recetó|recetaron|"
    "recetado|recetada|prescrito|prescrita|neem|neemt|nam|slik|slikt|gebruik|gebruikt|"
    "voorgeschreven|biorę|bierze|brał|brała|przyjmuję|przyjmuje|zażywam|zażywa|przepisał|"
    "przepisała|przepisano|started|starting|began|restarted|stopped|switched to|i started|"
    "i stopped|i began|i switched to|"
    "commencé|arrêté|angefangen mit|abgesetzt|iniziato|sospeso|empecé con|empezó con|dejé|"
    "begonnen met|gestopt met|zacząłem brać|zaczęłam brać|odstawiłem|odstawiłam|"
    # the writer's must ("Devo prendere l'antibiotico", "Mam brać antybiotyk")
    "devo prendere|devo assumere|tengo que tomar|debo tomar|dois prendre|mam brać|muszę brać|"
    "mam przyjmować|muszę przyjmować|muszę zażywać"
)
#: A change of dose ("Son médecin veut augmenter la metformine"): a medicine's only when a
#: prescriber is in the sentence (``health_person``), not "reduce antibiotics use".
DOSE_CHANGE_VERBS = words(
    "increase|increased|increasing|reduce|reduced|reducing|lower the|lowered|double the|"
    "doubled|halve|halved|taper|tapering|wean off|augmenter|augmenté|augmente|baisser|baissé|"
    "diminuer|diminué|réduire|réduit|doubler|erhöhen|erhöht|reduzieren|reduziert|halbieren|"
    "verdoppeln|absetzen|aumentare|aumentato|aumenta|ridurre|ridotto|riduce|dimezzare|"
    "raddoppiare|sospendere|aumentar|aumentado|reducir|reducido|reduce|bajar|bajado|"
    "subir|subido|suspender|verhogen|verhoogd|verhoogt|verlagen|verlaagd|verlaagt|afbouwen|"
    "afgebouwd|stoppen met|zwiększyć|zwiększył|zwiększyła|zmniejszyć|zmniejszył|zmniejszyła|"
    "odstawić"
)
#: The same after the medicine (German and Dutch: "will das Ramipril reduzieren").
DOSE_CHANGE_AFTER = words(
    "erhöhen|erhöht|reduzieren|reduziert|absetzen|halbieren|verhogen|verhoogd|verlagen|verlaagd|"
    "afbouwen|afgebouwd"
)
#: Participles after a medicine (German and Dutch put them last: "hat mir Sertralin verschrieben").
AFTER_VERBS = words(
    "verschrieben|verordnet|eingenommen|genommen|voorgeschreven|gekregen|geslikt|gebruikt|"
    "abgesetzt|"
    # infinitives after a modal ("Ich muss eine Woche Antibiotika nehmen", "moet … slikken")
    "nehmen|einnehmen|slikken|innemen"
)
#: First-person verb forms: the writer takes the medicine.
FIRST_PERSON = words(
    "prends|suis sous|nehme|bekomme|prendo|assumo|tomo|neem|slik|biorę|przyjmuję|zażywam|"
    "am on|'m on|’m on|i started|i stopped|i began|i switched to|empecé con|dejé|"
    "zacząłem brać|zaczęłam brać|odstawiłem|odstawiłam|devo prendere|devo assumere|"
    "tengo que tomar|debo tomar|dois prendre|mam brać|muszę brać|mam przyjmować|"
    "muszę przyjmować|muszę zażywać"
)
#: Third-person singular verb forms: someone takes the medicine.
THIRD_PERSON = words(
    "takes|prend|est sous|nimmt|bekommt|prende|assume|toma|neemt|slikt|gebruikt|bierze|przyjmuje|"
    "zażywa|recetó|przepisał|przepisała"
)
#: Subjects that make a verb impersonal ("si prende", "man nimmt", "it takes").
IMPERSONAL = words("it|this|that|which|one|si|se|on|man|men|es|ce|cela|ça|dies|das|you")
#: Words ending like an INN stem that are no medicine, and names that are also other things.
NOT_TAKEN = words(
    "cholesterol|cholestérol|colesterol|colesterolo|ergosterol|sterol|semicolon|"
    "vitamin d|vitamine d|folic acid|acide folique|antra|tavor|concerta"
)
#: Words for sick leave that a state phrase ends in (the prefilter of ``SICK_STATE``).
SICK_WORDS = words(
    "sick leave|medical leave|off sick|en arrêt maladie|en arrêt de travail|krankgeschrieben|"
    "krankgemeldet|krank gemeldet|arbeitsunfähig|krankenstand|in malattia|in mutua|de baja|"
    "ziekgemeld|ziek gemeld|ziek heb gemeld|ziek had gemeld|ziektewet|arbeidsongeschikt|"
    "na zwolnieniu|na l4|na chorobowym|called in sick|rang in sick|phoned in sick"
)
#: Copulas before a condition word said of someone.
COPULAS = words(
    "is|am|'m|’m|'s|’s|was|be|been|become|became|est|suis|était|étais|devenu|devenue|ist|bin|"
    "war|wurde|è|sono|era|ero|diventato|diventata|es|soy|está|estoy|estaba|ben|jest|jestem|był|"
    "była|został|została|als"
)
#: Words that name a condition only when said of someone (the drink is not alcoholic).
SAID = words(
    "alcoholic|diabetic|asthmatic|epileptic|bipolar|depressed|anorexic|autistic|hiv positive|"
    "alcoolique|diabétique|asthmatique|épileptique|bipolaire|dépressif|dépressive|déprimé|"
    "déprimée|anorexique|autiste|séropositif|séropositive|depressiv|deprimiert|magersüchtig|"
    "alkoholkrank|zuckerkrank|drogenabhängig|alkoholabhängig|diabetiker|diabetikerin|"
    "asthmatiker|asthmatikerin|epileptiker|epileptikerin|diabetico|diabetica|asmatico|asmatica|"
    "epilettico|epilettica|depresso|depressa|bipolare|anoressico|anoressica|autistico|"
    "autistica|alcolizzato|alcolizzata|sieropositivo|sieropositiva|diabético|diabética|"
    "asmático|asmática|epiléptico|epiléptica|alcohólico|alcohólica|depresivo|depresiva|"
    "deprimido|deprimida|anoréxico|anoréxica|autista|diabeet|diabetisch|astmatisch|epileptisch|"
    "depressief|bipolair|autistisch|verslaafd|cukrzykiem|cukrzyczką|astmatykiem|epileptykiem|"
    "alkoholikiem|alkoholiczką|narkomanem|narkomanką|w depresji|chory na|chora na|im entzug|"
    "in rehab|en désintox|na odwyku|"
    # learning and developmental conditions, blood pressure, coeliac disease, schizophrenia,
    # anaemia, obesity as adjectives and nouns for the person ("è dislessico", "ist Legastheniker")
    "dyslexic|dyslexique|legasthenisch|legastheniker|legasthenikerin|dislessico|dislessica|"
    "disléxico|disléxica|dyslectisch|dyslektykiem|dyslektyczką|dyspraxic|dyspraxique|"
    "disprassico|disprassica|dyspraktyczny|hypertensive|hypertendu|hypertendue|iperteso|"
    "ipertesa|hipertenso|hipertensa|nadciśnieniowcem|cardiopatico|cardiopatica|coeliac|celiac|"
    "cœliaque|coeliaque|zöliakiekrank|celiaco|celiaca|celíaco|celíaca|schizophrenic|"
    "schizophrène|schizophren|schizofrenico|schizofrenica|esquizofrénico|esquizofrénica|"
    "schizofreen|schizofrenikiem|anaemic|anemic|anémique|anämisch|anemico|anemica|anémico|"
    "anémica|bloedarmoedig|obese|obèse|adipös|obeso|obesa|zwaarlijvig|otyły|otyła|"
    "hiv-positiv|seropositivo|seropositiva|autystyczny|autystyczna|autystą"
)
#: Ill, said of someone: only when the subject itself is a person ("Frau Schneider ist krank",
#: "mon collègue est malade"; not "Die Gesellschaft ist krank, sagt mein Vater").
ILL = words("krank|malade|malato|malata|enfermo|enferma|ziek|chory|chora")


def _phrases(copulas: str, intensifiers: str, ill: str) -> tuple[str, ...]:
    """Copula, optional intensifier and word, as typed ("ist krank", "ist schwer krank")."""
    return tuple(
        " ".join(part for part in (copula, intensifier, word) if part)
        for copula in copulas.split("|")
        for intensifier in ("", *intensifiers.split("|"))
        for word in ill.split("|")
    )


#: The phrases of ``ILL`` in each language (the prefilters of the detector).
ILL_PHRASES = (
    _phrases("ist|bin|bist|war|wurde", "sehr|schwer", "krank")
    + _phrases("est|suis|était|étais|es", "très|gravement", "malade")
    + _phrases("è|sono|era|ero|sei", "molto|gravemente", "malato|malata")
    + _phrases("está|estoy|estaba|estás|estuvo", "muy|gravemente", "enfermo|enferma")
    + _phrases("is|ben|was|bent|werd", "erg|ernstig|zwaar", "ziek")
    + _phrases("jest|jestem|był|była|jesteś", "bardzo|ciężko|poważnie", "chory|chora")
)
#: "Ill" at the end of a German or Dutch clause, after the copula and time words ("Ich bin seit
#: Montag krank", "Ik ben sinds gisteren ziek", "Ik ben overspannen"): the prefilters are the
#: words themselves, after a space.
ILL_LATE = words("krank|ziek|overspannen")
ILL_LATE_COPULAS = words("ist|bin|bist|war|waren|is|ben|bent|was|werd")
#: Sick or ill in English, said of someone ("I've been sick since Monday", "my son is ill").
ILL_EN = words("sick|ill")
ILL_EN_COPULAS = words("am|'m|’m|is|are|was|were|been|be|being|feel|feels|feeling|felt|fell")
#: What makes "sick" or "ill" no illness ("sick of meetings", "ill-advised", "ill at ease").
NOT_ILL_EN = words(
    "of|and tired|to death|with envy|advised|suited|equipped|prepared|defined|conceived|fated|"
    "informed|at ease|disposed|timed|starred|mannered|tempered|gotten|will|treated|fitting|"
    "judged|considered|founded|served|placed"
)
#: Negations between the copula and the word ("ist nicht krank", "is niet ziek").
NEGATIONS = words("nicht|nie|kein|keine|niet|nooit|geen|not|never|no|n't|nt")
#: Classes of medicines, as people name what they take ("Sie nimmt Antidepressiva").
DRUG_CLASSES = words(
    "antidepressant|antidepressants|antibiotics|blood thinners|beta blockers|beta-blockers|"
    "statins|painkillers|opioids|sleeping pills|antipsychotics|steroids|chemo|chemotherapy|"
    "antiretrovirals|hormone therapy|antidépresseur|antidépresseurs|antibiotiques|"
    "anticoagulants|bêtabloquants|statines|antidouleurs|somnifères|anxiolytiques|neuroleptiques|"
    "antipsychotiques|corticoïdes|chimio|chimiothérapie|antidepressiva|antidepressivum|"
    "antibiotika|blutverdünner|betablocker|statine|schmerzmittel|schlaftabletten|neuroleptika|"
    "chemotherapie|opioide|beruhigungsmittel|antidepressivi|antidepressivo|antibiotici|"
    "anticoagulanti|betabloccanti|antidolorifici|sonniferi|ansiolitici|psicofarmaci|chemio|"
    "chemioterapia|antidepresivos|antidepresivo|antibióticos|anticoagulantes|betabloqueantes|"
    "estatinas|analgésicos|somníferos|ansiolíticos|antipsicóticos|corticoides|quimio|"
    "quimioterapia|antibiotica|bloedverdunners|bètablokkers|pijnstillers|slaappillen|"
    "kalmeringsmiddelen|antipsychotica|chemokuur|antydepresanty|antybiotyki|antybiotyk|"
    "beta-blokery|statyny|leki przeciwbólowe|tabletki nasenne|leki uspokajające|sterydy|"
    "chemię|chemioterapię|"
    # one antibiotic, and the contraceptive pill ("prendo la pillola", "ik slik de pil")
    "antibiotic|antibiotique|antibiotikum|antibiotico|antibiótico|antibioticum|antybiotyku|"
    "the pill|the contraceptive pill|contraceptive pill|morning-after pill|la pilule|"
    "pilule du lendemain|die pille|antibabypille|pille danach|la pillola|"
    "pillola anticoncezionale|pillola del giorno dopo|la píldora|píldora anticonceptiva|"
    "píldora del día después|de pil|anticonceptiepil|morning-afterpil|tabletki antykoncepcyjne|"
    "pigułki antykoncepcyjne|pigułkę antykoncepcyjną"
)
