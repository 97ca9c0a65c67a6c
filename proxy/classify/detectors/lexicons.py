"""Multilingual health lexicons (EN, FR, DE, IT, ES, NL, PL): diagnoses, drugs, lab tests.

Terms are lower case; matching is case-insensitive on word boundaries. Plain data, no logic
(but for the unaccented spellings, derived once).
"""

from __future__ import annotations

from proxy.classify._base import unaccented, words

DIAGNOSES: tuple[str, ...] = tuple(
    """
diabetes|type 2 diabetes|type 1 diabetes|diabète|diabete|cukrzyca|cukrzycę|cukrzycy|suikerziekte
cancer|cáncer|kanker|krebs|cancro|tumore|tumor|tumour|tumeur|carcinoma|carcinome|karzinom|carcinoom|rak|nowotwór
leukemia|leukaemia|leucémie|leukämie|leucemia|leukemie|białaczka|lymphoma|lymphome|lymphom|linfoma
melanoma|mélanome|melanom|melanoom|metastases|métastases|metastasen|metastasi|metástasis
breast cancer|cancer du sein|brustkrebs|tumore al seno|cáncer de mama|borstkanker|rak piersi
hiv|aids|sida|vih|hepatitis|hépatite|epatite|hepatitis b|hepatitis c|tuberculosis|tuberculose
tuberkulose|tubercolosi|gruźlica|depression|dépression|depressione|depresión|depressie|depresja
major depressive disorder|trouble dépressif|schizophrenia|schizophrénie|schizophrenie|schizofrenia
schizofrenie|bipolar disorder|trouble bipolaire|bipolare störung|disturbo bipolare|trastorno bipolar
bipolaire stoornis|choroba afektywna dwubiegunowa|anxiety disorder|trouble anxieux|angststörung
disturbo d'ansia|trastorno de ansiedad|angststoornis|zaburzenia lękowe|ptsd|tspt|ptbs|adhd|tdah
adhs|ad(h)s|ptss|tept
autism|autisme|autismus|autismo|autyzm|epilepsy|épilepsie|epilepsie|epilessia|epilepsia|padaczka
asthma|asthme|asma|astma|copd|bpco|bpco|epoc|hypertension|hypertonie|bluthochdruck|ipertensione
hipertensión|hypertensie|nadciśnienie|heart failure|insuffisance cardiaque|herzinsuffizienz
scompenso cardiaco|insuficiencia cardíaca|hartfalen|niewydolność serca|myocardial infarction
heart attack|infarctus|herzinfarkt|infarto|hartinfarct|zawał|stroke|avc|schlaganfall|ictus
beroerte|udar|alzheimer|alzheimer's|parkinson|parkinson's|multiple sclerosis|sclérose en plaques
multiple sklerose|sclerosi multipla|esclerosis múltiple|multiple sclerose|stwardnienie rozsiane
dementia|démence|demenz|demenza|demencia|dementie|demencja|cirrhosis|cirrhose|zirrhose|cirrosi
cirrosis|marskość|crohn's disease|maladie de crohn|morbus crohn|morbo di crohn|enfermedad de crohn
ziekte van crohn|choroba leśniowskiego-crohna|ulcerative colitis|rectocolite|colitis ulcerosa
colite ulcerosa|anorexia|anorexie|anoressia|anoreksja|bulimia|boulimie|bulimie|obesity|obésité
adipositas|obesità|obesidad|obesitas|otyłość|pneumonia|pneumonie|lungenentzündung|polmonite
neumonía|longontsteking|zapalenie płuc|covid-19|covid|long covid|kidney failure|insuffisance rénale
niereninsuffizienz|insufficienza renale|insuficiencia renal|nierfalen|niewydolność nerek
hypothyroidism|hypothyroïdie|hypothyreose|ipotiroidismo|hipotiroidismo|hypothyreoïdie
niedoczynność tarczycy|rheumatoid arthritis|polyarthrite rhumatoïde|rheumatoide arthritis
artrite reumatoide|artritis reumatoide|reumatoïde artritis|reumatoidalne zapalenie stawów
osteoporosis|ostéoporose|osteoporose|osteoporosi|osteoporoza|migraine|migräne|emicrania|migraña
migrena|burnout|burn-out|épuisement professionnel|alcohol dependence|alcoolisme|alkoholabhängigkeit
alcolismo|alcoholismo|alcoholisme|alkoholizm|addiction|toxicomanie|sucht|dipendenza|adicción
verslaving|uzależnienie|drinking problem|alcohol problem|alkoholproblem|problème d'alcool
problèmes d'alcool|problème d’alcool|problèmes d’alcool|problemi con l'alcol|problemi con l’alcol
problema con l'alcol|problemas con el alcohol|problema con el alcohol|alcoholprobleem
alcoholproblemen|problem z alkoholem|problemy z alkoholem|drug problem|drogenproblem
problème de drogue|problèmes de drogue|problemi di droga|problemas con las drogas|drugsprobleem
problem z narkotykami|problemy z narkotykami
pregnant|enceinte|schwanger|incinta|embarazada|zwanger|w ciąży|pregnancy
grossesse|schwangerschaft|gravidanza|embarazo|zwangerschap|ciąża|miscarriage|fausse couche
fehlgeburt|aborto spontaneo|aborto espontáneo|miskraam|poronienie|chemotherapy|chimiothérapie
chemotherapie|chemioterapia|quimioterapia|chemoterapia|radiotherapy|radiothérapie|dialysis|dialyse
dialisi|diálisis|dializa|sepsis|sepsi|septicémie|hiv-positive|séropositif|hiv-positiv
sieropositivo|seropositivo|fracture|fraktur|frattura|fractura|breuk|złamanie|appendicitis
appendicite|blinddarmentzündung|apendicitis|blindedarmontsteking|zapalenie wyrostka
concussion|commotion cérébrale|gehirnerschütterung|commozione cerebrale|conmoción cerebral
hersenschudding|wstrząśnienie mózgu|atrial fibrillation|fibrillation auriculaire|vorhofflimmern
fibrillazione atriale|fibrilación auricular|boezemfibrilleren|migotanie przedsionków|angina pectoris
psoriasis|psoriasi|łuszczyca|endometriosis|endométriose|endometriose|endometriosi|endometrioza
glaucoma|glaucome|glaukom|jaskra|lupus|celiac disease|coeliac disease|maladie cœliaque|zöliakie
celiachia|celiaquía|coeliakie|celiakia|psychosis|psychose|psicosi|psicosis|psychoza|ocd
panic disorder|eating disorder|sleep apnea|sleep apnoea|apnée du sommeil|schlafapnoe
apnea notturna|apnea del sueño
gout|gicht|jicht|dna moczanowa|herpes|chlamydia|syphilis|syphilis|sifilide|sífilis|gonorrhea
gonorrhoea|hpv|myeloma|myélome|myelom|mieloma|sarcoma|sarcome|sarkom|glioblastoma|glioblastome
brain tumour|brain tumor|hirntumor|tumeur cérébrale|tumore cerebrale|tumor cerebral|hersentumor
cystic fibrosis|mucoviscidose|mukoviszidose|fibrosi cistica|fibrosis quística|taaislijmziekte
mukowiscydoza|sickle cell|drépanocytose|sichelzellanämie|anemia falciforme|sikkelcelziekte
haemophilia|hemophilia|hémophilie|hämophilie|emofilia|hemofilia|hemofilie|down syndrome
amyotrophic lateral sclerosis|trisomie 21|down-syndrom|sindrome di down|síndrome de down
syndroom van down|zespół downa
diabetes mellitus|diabetes typ 2|diabète de type 2|diabete di tipo 2|diabetes tipo 2|cukrzyca typu 2
arterielle hypertonie|insuffisance cardiaque|diabète gestationnel|gestational diabetes
schwangerschaftsdiabetes|diabete gestazionale|diabetes gestacional|zwangerschapsdiabetes
gestationsdiabetes|cukrzyca ciążowa|risikoschwangerschaft|high-risk pregnancy|grossesse à risque
gravidanza a rischio|embarazo de riesgo|risicozwangerschap|ciąża wysokiego ryzyka|ciąża zagrożona
diagnosed with|diagnostiqué|diagnostiziert|diagnosticato
diagnosticata|diagnosticado|diagnosticada|gediagnosticeerd|zdiagnozowano|sick leave|arrêt maladie
krankschreibung|arbeitsunfähig|malattia|baja médica|ziekteverlof|zwolnienie lekarskie
hernia|hernie|ernia|przepuklina|slipped disc|herniated disc|disc prolapse|hernie discale
ernia del disco|hernia discal|hernia de disco|discopatia|dyskopatia|bandscheibenvorfall
rughernia|hernia dysku|herzschwäche|nierenschwäche|immunschwäche|muskelschwäche|hartfalen
colonoscopy|coloscopie|koloskopie|darmspiegelung|colonscopia|colonoscopia|kolonoskopia|kolonoskopię
gastroscopy|gastroscopie|gastroskopie|magenspiegelung|gastroscopia|gastroskopia|gastroskopię
endoscopy|endoscopie|endoskopie|endoscopia|endoskopia|endoskopię|biopsy|biopsie|biopsia|biopsja
biopsję|mammogram|mammography|mammographie|mammografie|mammografia|mamografía|mammografię
mri|mri scan|mrt|irm|ct scan|ct-scan|pet scan|risonanza magnetica|resonancia magnética
mri-scan|rezonans magnetyczny|tomografia komputerowa|tomografię komputerową|smear test|pap smear
frottis|blood test|prise de sang|blutabnahme|blutbild|esami del sangue|análisis de sangre
bloedonderzoek|bloedprik|badania krwi|morfologia krwi|menopause|ménopause|wechseljahre
menopausa|menopausia|menopauze|menopauza|uti|urinary tract infection|infection urinaire
harnwegsinfekt|blasenentzündung|infezione urinaria|cistite|infección urinaria|cistitis
blaasontsteking|urineweginfectie|zapalenie pęcherza|zespół aspergera|asperger|hearing impairment
hearing loss|visual impairment|déficience auditive|surdité|schwerhörigkeit|hörverlust|sordità
ipoacusia|sordera|hipoacusia|slechthorendheid|niedosłuch|psychiatric ward|psychiatric hospital
hôpital psychiatrique|psychiatrische klinik|reparto psichiatrico|ospedale psichiatrico
hospital psiquiátrico|psychiatrisch ziekenhuis|szpital psychiatryczny|oddział psychiatryczny
kidney disease|chronic kidney disease|maladie rénale chronique|chronische nierenerkrankung
malattia renale cronica|enfermedad renal crónica|chronische nierschade|przewlekła choroba nerek
broncopneumopatia cronica ostruttiva|bpco|chronic obstructive pulmonary disease
rotura fibrilar|rotura muscular|desgarro muscular|rotura de ligamentos|esguince|muskelfaserriss
muskelriss|bänderriss|kreuzbandriss|meniskusriss|außenbandriss|déchirure musculaire
rupture des ligaments|rupture du ligament croisé|entorse de la cheville|entorse du genou
entorse grave|entorse du poignet|strappo muscolare|lesione muscolare|rottura del crociato
lesione del menisco|distorsione alla caviglia|distorsione della caviglia|spierscheuring
verstuiking|kruisbandletsel|kruisbandblessure|meniscusscheur|naderwanie mięśnia
skręcenie kostki|skręcenie stawu skokowego|zerwanie więzadła|zerwanie więzadeł|torn acl
torn meniscus|sprained ankle|sprained wrist|muscle tear|hamstring tear|hamstring injury
torn hamstring|torn ligament|hip fracture|wrist fracture|ulcus cruris|offenes bein
ulcère variqueux|ulcère de jambe|ulcera venosa|ulcera varicosa|úlcera venosa|úlcera varicosa
open been|owrzodzenie podudzi|owrzodzenie żylne|spinal cord injury|lésion médullaire
querschnittslähmung|querschnittsgelähmt|lesione midollare|lesión medular|dwarslaesie
uraz rdzenia|urazie rdzenia|urazu rdzenia|traumatic brain injury|trauma cranico
traumatisme crânien|schädel-hirn-trauma|traumatismo craneal|traumatismo craneoencefálico
hersenletsel|uraz głowy|schleudertrauma|colpo di frusta|latigazo cervical
coup du lapin|morning sickness|nausées matinales|schwangerschaftsübelkeit|nausea mattutina
náuseas matutinas|ochtendmisselijkheid|poranne mdłości|threatened miscarriage
menace de fausse couche|drohende fehlgeburt|minaccia d'aborto|minaccia di aborto
amenaza de aborto|dreigende miskraam|zagrażające poronienie|palpitations|palpitaciones
palpitazioni|herzrasen|herzklopfen|hartkloppingen|kołatanie serca|knee surgery|hip surgery
back surgery|hip replacement|knee replacement|opération du ménisque|opération du genou
opération de la hanche|opération du dos|opération de l'appendicite|prothèse de hanche
prothèse du genou|knieoperation|hüftoperation|bandscheibenoperation|blinddarmoperation
meniskusoperation|kreuzbandoperation|knie-op|hüft-op|bandscheiben-op|blinddarm-op|meniskus-op
kreuzband-op|operazione al ginocchio|operazione al menisco|operazione all'anca
intervento al ginocchio|intervento al menisco|protesi d'anca|protesi all'anca
protesi al ginocchio|operación de rodilla|operación de menisco|operación de cadera
prótesis de cadera|prótesis de rodilla|knieoperatie|heupoperatie|meniscusoperatie
rugoperatie|blindedarmoperatie|nieuwe heup|operacja kolana|operację kolana|operacja łąkotki
operację łąkotki|operacja biodra|operację biodra|endoprotezę biodra|endoproteza biodra
appendectomy|appendicectomie|appendektomie|appendicectomia|apendicectomía|appendectomie
wycięcie wyrostka|cholecystectomy|cholécystectomie|cholezystektomie|colecistectomia
colecistectomía|cholecystectomie|cholecystektomia|lap chole|c-section|caesarean section
césarienne|kaiserschnitt|taglio cesareo|cesárea|keizersnede|cesarskie cięcie|mastectomy
mastectomie|mastektomie|mastectomia|mastectomía|mastektomia|im gips|einen gips|gipsarm
gipsbein|plâtre au bras|plâtre à la jambe|plâtre au poignet|plâtre au pied|ingessato
ingessata|in het gips|w gipsie|points de suture|punti di sutura|puntos de sutura|hechtingen
phased return|phased return to work|graduated return to work|mi-temps thérapeutique
temps partiel thérapeutique|stufenweise wiedereingliederung
hamburger modell|reinserimento graduale|reincorporación progresiva|re-integratietraject
stopniowy powrót do pracy|physiotherapy|physiothérapie|kinésithérapie|séances de kiné
séances de rééducation|physiotherapie|krankengymnastik|fisioterapia|fysiotherapie|fizjoterapia
fizjoterapię|rehabilitację|turnus rehabilitacyjny|reha-klinik|rehaklinik|in der reha|in reha
arthrosis|arthrose|artrosi|artrosis|artroza|osteoarthritis|gonarthrose|coxarthrose|gonartrosi
coxartrosi|gonartrosis|coxartrosis|osteoartritis|osteoartrite
""".replace("\n", "|")
    .strip("|")
    .split("|")
)
#: Each diagnosis as written without its accents, as chat and keyboards without them write
#: ("insuficiencia cardiaca", which Spanish also spells so; "sclerose en plaques", "migrane",
#: "Migraene", "niewydolnosc serca"). None of them is a word of the lists the names read.
DIAGNOSES = DIAGNOSES + tuple(
    # less those that are words: "diagnostique" (French verb and adjective), "zawal" (Polish)
    form
    for form in unaccented(DIAGNOSES)
    if form not in ("diagnostique", "zawal")
)

DRUGS: tuple[str, ...] = tuple(
    """
metformin|metformine|metformina|insulin|insuline|insulina|ibuprofen|ibuprofène|ibuprofene
epipen|epipens|anapen|jext|emerade|adrenaline auto-injector|adrenalina autoiniettabile
ibuprofeno|paracetamol|paracétamol|acetaminophen|amoxicillin|amoxicilline|amoxicillina
amoxicilina|sertraline|sertralin|sertralina|fluoxetine|fluoxetin|fluoxetina|citalopram
escitalopram|venlafaxine|venlafaxin|lisinopril|ramipril|enalapril|amlodipine|amlodipin|amlodipina
atorvastatin|atorvastatine|atorvastatina|simvastatin|simvastatine|rosuvastatin|levothyroxine
levothyroxin|levotiroxina|l-thyroxin|omeprazole|omeprazol|pantoprazole|pantoprazol|methotrexate
methotrexat|metotrexato|warfarin|warfarine|apixaban|rivaroxaban|prednisone|prednisolone
prednisolon|prednisone|prednisona|cortisone|morphine|morphin|morfina|oxycodone|oxycodon|tramadol
codeine|codéine|kodein|fentanyl|diazepam|diazépam|lorazepam|alprazolam|zolpidem|quetiapine
quetiapin|olanzapine|risperidone|risperidon|aripiprazole|lithium|lamotrigine|lamotrigin
levetiracetam|valproate|valproat|carbamazepine|gabapentin|pregabalin|prégabaline|salbutamol
albuterol|budesonide|fluticasone|montelukast|metoprolol|bisoprolol|propranolol|furosemide
furosemid|furosemida|hydrochlorothiazide|spironolactone|clopidogrel|aspirin|aspirine|aspirina
acetylsalicylsäure|diclofenac|diclofénac|naproxen|naproxène|ozempic|semaglutide|liraglutide
empagliflozin|dapagliflozin|sitagliptin|gliclazide|glimepiride|tamoxifen|tamoxifène|letrozole
imatinib|adalimumab|humira|infliximab|rituximab|trastuzumab|pembrolizumab|methylphenidate
méthylphénidate|methylphenidat|ritalin|adderall|buprenorphine|methadone|methadon|naloxone
azithromycin|azithromycine|ciprofloxacin|ciprofloxacine|doxycycline|doxycyclin|clarithromycin
cefuroxime|ceftriaxone|amoxiclav|augmentin|tenofovir|emtricitabine|biktarvy|truvada|dolutegravir
vitamin d|vitamine d|colecalciferol|cholecalciferol|ferrous sulfate|folic acid|acide folique
donepezil|donepezilo|donépézil|memantine|memantin|clonazepam|bupropion|duloxetine|duloxetin
mirtazapine|mirtazapin|trazodone|haloperidol|paroxetine|paroxetin|amitriptyline|amitriptylin
hydroxychloroquine|allopurinol|colchicine|tamsulosin|finasteride|sildenafil|tadalafil|estradiol
progesterone|atenolol|losartan|valsartan|candesartan|hydrocodone|celecoxib|cetirizine|loratadine
esomeprazole|esomeprazol|lansoprazole|famotidine|dexamethasone|dexamethason|hydrocortisone
methylprednisolone|enoxaparin|heparin|héparine|dabigatran|edoxaban|digoxin|amiodarone|amiodaron
glipizide|pioglitazone|lantus|novorapid|topiramate|topiramat|sumatriptan|ondansetron
metoclopramide|baclofen|oxybutynin|mesalazine|mesalazin|azathioprine|azathioprin|tacrolimus
ciclosporin|etanercept|ustekinumab|metamizol|novalgin|amlodypina|amlodypinę|metformina|bisoprolol
levodopa|carbidopa|ramipryl|euthyrox|clexane|marcumar|xarelto|eliquis|pradaxa|jardiance|trulicity|mounjaro|wegovy
""".replace("\n", "|")
    .strip("|")
    .split("|")
)

LABS: tuple[str, ...] = tuple(
    """
hba1c|a1c|glycated hemoglobin|hémoglobine glyquée|glucose|glycémie|blutzucker|glicemia|glucemia
glucosa|glucosio|glukose
bloedsuiker|glukoza|cholesterol|cholestérol|colesterolo|colesterol|cholesterol totaal|ldl|hdl
triglycerides|triglycérides|triglyceride|trigliceridi|triglicéridos|creatinine|créatinine|kreatinin
creatinina|kreatynina|egfr|dfg|tsh|ft4|t4|crp|c-reactive protein|protéine c réactive|psa
hemoglobin|haemoglobin|hémoglobine|hämoglobin|emoglobina|hemoglobina|hemoglobine|hb|ferritin
ferritine|ferritina|ferrytyna|leukocytes|leucocytes|leukozyten|leucociti|leucocitos|leukocyten
leukocyty|wbc|platelets|plaquettes|thrombozyten|piastrine|plaquetas|trombocyten|płytki krwi
alt|ast|gpt|ggt|bilirubin|bilirubine|bilirubina|inr|viral load|charge virale|viruslast
carica virale|carga viral|cd4|troponin|troponine|troponina|vitamin d level|25-oh vitamin d
blood pressure|tension artérielle|blutdruck|pressione arteriosa|presión arterial|bloeddruk
ciśnienie|bmi|imc|heart rate|fréquence cardiaque|herzfrequenz|spo2|saturation
""".replace("\n", "|")
    .strip("|")
    .split("|")
)

#: Whole words that anchor health data to a person (lower case, matched case-insensitively).
PERSONAL_WORDS: tuple[str, ...] = tuple(
    """
patient|patiente|patientin|paziente|paciente|patiënt|pacjent|pacjentka|pt|my|i'm|i've|i am
bei mir wurde|bei mir ist|bij mij is|bij mij werd|u mnie wykryto|u mnie stwierdzono
mummy|grandma|grandpa|granny|me diagnosticaron|me han diagnosticado
me detectaron|me han detectado|le diagnosticaron|le han diagnosticado|le detectaron|u mamy|u taty
u syna|u córki|u męża|u żony|u brata|u siostry|u babci|u dziadka|u ojca|u matki|u dziecka
i have|i was|i had|i got|i take|i need|mine|he|she|his|her|him|mon|ma|mes|j'ai|je suis|il a
elle a|ich|er hat|sie hat|mio|mia|ho|ha|tengo|tiene|mijn|ik|hij|zij|heeft|mój|moja|mam|mme|herr
frau|herrn|pan|pani|suffer|suffers|leidet|lijdt|cierpi|sufre|soffre|souffre|admitted|employee|wife
husband|daughter|mother|father|mom|dad|child|partner|brother|sister|femme|mari|fils|fille|mère
père|frère|sœur|mann|sohn|tochter|mutter|vater|moglie|marito|figlio|figlia|madre|padre|esposa
esposo|marido|mi mujer|hijo|hija|vrouw|man|zoon|dochter|moeder|vader|żona|mąż|syn|córka|matka
ojciec|result
results|résultat|résultats|befund|ergebnis|uitslag|wynik|wyniki|mi hanno|mi ha|m'a|me recetó
me recetaron|me han|hat mir|heeft mij|heeft me|przepisał mi|przepisała mi|prescribed me|gave me
soffro|padezco|padece|sufro|leide|lijd|choruję|choruje|cierpię|prendo|assumo|tomo|nehme|neem
slik|biorę|przyjmuję|zażywam|estoy|soy|jestem|ihm|lui|lei|elle|ella|él|ona|jego|jej
je prends|ik gebruik|er nimmt|sie nimmt|on ma|on jest|leczę się|leczyłem się
leczyłam się|leczył się|leczyła się|fais une dépression|fais un burn-out|fais de la tension
fratello|sorella|hermano|hermana|broer|zus|brat|siostra|bruder|schwester|nonno|nonna|abuelo
abuela|opa|oma|babcia|dziadek|grand-mère|grand-père|großmutter|großvater|zio|zia|tío|tía|onkel
tante|oom|colleague|kollege|kollegin|collègue|collega|compañero|compañera|kolega|koleżanka
buurman|buurvrouw|neighbour|neighbor|nachbar|nachbarin|voisin|voisine|vecino
vecina|sąsiad|sąsiadka|friend|freund|freundin|ami|amie|amico|amica|amigo|amiga|vriend|vriendin
przyjaciel|przyjaciółka|il fait|elle fait|il est en|elle est en|il est sous|elle est sous
sono incinta|sono malato|sono malata|hx|h/o|s/p|discharge letter|discharge summary
doctor's letter|doctor’s letter|arztbrief|entlassbrief|entlassungsbrief|entlassungsbericht
lettre de sortie|compte rendu d'hospitalisation|compte-rendu d'hospitalisation
lettera di dimissione|lettera di dimissioni|informe de alta|ontslagbrief|karta wypisowa
wypis ze szpitala|epikryza|epikryzę|kartę wypisową|karty wypisowej|karcie wypisowej
pana|panu|panią|panem|klient|klientka|klientki|klientce|klientem|klientin|cliënt|cliënte
usuaria|beneficiaria|beneficiario|assistito|assistita|résident|résidente|bewohner
bewohnerin|residente|bewoner|bewoonster|mieszkaniec|mieszkanka|podopieczny|podopieczna
sono caduto|sono caduta|mi sono fatto male|mi sono fatta male|me caí|me he caído
me fracturé|spadłem z roweru|spadłam z roweru|spadłem ze schodów|spadłam ze schodów
upadłem|upadłam|przewróciłem się|przewróciłam się
""".replace("\n", "|")
    .strip("|")
    .split("|")
)
#: Role nouns of HR, housing and insurance prompts, singular only (German plurals equal to the
#: singular are taken with an article). They anchor like the words above, except in a sentence
#: of requirements, job ads or policies (``GENERAL_WORDS``): "The applicant must undergo a blood
#: test" states a rule, not a person's health.
ROLE_WORDS: tuple[str, ...] = tuple(
    """
applicant|claimant|tenant|policyholder|jobseeker|new hire|staff member|team member|candidat
salarié|salariée|employé|employée|locataire|assuré|assurée|demandeur d'emploi|collaborateur
collaboratrice|bewerberin|mitarbeiterin|mieterin|antragstellerin|ein bewerber|ein mitarbeiter
ein mieter|ein antragsteller|ein angestellter|unser mitarbeiter|unser bewerber|unser mieter
unser angestellter|unsere mitarbeiterin|der versicherte|die versicherte|candidato
candidata|dipendente|inquilino|inquilina|assicurato|assicurata|richiedente|lavoratore
lavoratrice|empleado|empleada|trabajador|trabajadora|asegurado|asegurada|solicitante
sollicitant|sollicitante|kandidaat|werknemer|medewerker|medewerkster|huurder|verzekerde
aanvrager|kandydat|kandydatka|pracownik|pracownica|najemca|ubezpieczony|ubezpieczona
wnioskodawca|wnioskodawczyni|trainee|stagiaire|praktikantin|tirocinante|becario|becaria|stagiair
stażysta|stażystka|jugador|jugadora|zawodnik|zawodniczka|speler|speelster|giocatore
giocatrice|spieler|spielerin|joueur|joueuse|athlete|athlète|atleta|sportowiec
""".replace("\n", "|")
    .strip("|")
    .split("|")
)
#: Obligations and words of job ads and policies: a role noun among them is anyone in that
#: role ("will", "can" stay personal: "The applicant will start chemotherapy in May").
GENERAL_WORDS: tuple[str, ...] = words(
    "must|should|shall|muss|müssen|soll|sollte|doit|doivent|devra|deve|dovrà|debe|deberá|moet|"
    "musi|powinien|powinna|hiring|recruiting|recruit|vacancy|job|role|policy|policies|"
    "handbook|program|programme|gesucht|suchen|stellenangebot|richtlinie|recrute|recrutons|"
    "politique|cerchiamo|offerta|politica|buscamos|oferta|política|zoeken|vacature|beleid|"
    "szukamy|polityka|every|each|any|all|jeder|jede|chaque|tout|ogni|cada|elke|każdy|każda"
)
#: A person said to be off work ill: a singular copula, up to three words, a sick-leave state
#: ("Er ist seit drei Wochen krankgeschrieben", "Il est en arrêt maladie", "Está de baja").
#: The state is about the subject, so it anchors itself and the conditions beside it.
SICK_STATE = (
    r"(?:\b(?:is|was|am|been|be|['’][sm]|est|suis|es|était|étais|été|sera|ist|bin|bist|war|"
    r"wurde|wird|sei|è|sono|sei|era|ero|resta|está|estoy|estás|estaba|estuvo|sigue|sigo|"
    r"lleva|llevo|ben|jest|jestem|był|była|przebywa|siedzi|heeft|hat)\s+"
    r"(?:[^\W\d_]+\s+){0,3}?(?:on (?:sick|medical) leave|off sick|signed off sick|"
    r"en arrêt (?:maladie|de travail)|krankgeschrieben|krank ?gemeldet|arbeitsunfähig|"
    r"im krankenstand|in malattia|in mutua|de baja(?! de\b)|ziek ?gemeld|in de ziektewet|"
    r"arbeidsongeschikt|na (?:zwolnieniu|l4|chorobowym))(?!\w)|"
    r"\b(?:me|mij) ziek (?:heb |had )?gemeld\b|\b(?:called|rang|phoned) in sick\b)"
)
#: Word beginnings that anchor health data to a person (a word starting with one).
PERSONAL_PREFIXES = words(
    "mein|meine|mitarbeiter|salarié|dipendente|empleado|werknemer|pracownik|diagnosed|"
    "diagnostiqu|diagnostiz|diagnosticat|diagnosticad|gediagnosticeerd|zdiagnozowano|hospitalis|"
    "ricoverat|ingresad|opgenomen|risultat|resultado"
)
#: Field labels before a colon ("Diagnosis:", "Name:").
PERSONAL_LABELS = words(
    "diagnosis|diagnose|diagnostic|diagnóstico|diagnosi|diagnoza|dx|name|nom|nome|nombre|naam|imię"
)
#: Titles before a dot ("Mr.", "Sig.", "Mevr.", "Pat." of a clinical note).
PERSONAL_TITLES = words("mr|mrs|ms|sig|sr|sra|dhr|mevr|pat")
#: An age ("45-year-old", "45yo", "67 y/o", "67-jährige", "72 anni").
PERSONAL_AGE = (  # not the end of a range of ages ("kobiety w wieku 45-74 lat": a population)
    r"(?<!\d)(?<!\d[-–])\d{1,3}[- ]?"
    r"(?:year[- ]old|yo\b|y/o\b|y\.o\.|jährige|jähriger|j\.(?=\))|ans\b|"
    r"anni\b|años\b|jaar\b|jr\b|lat\b|l\.(?=[,)])|letni)"
)
#: Literals of which every ``SICK_STATE`` match holds one (lower case): a text without any
#: holds no sick state, so the pattern need not run (``health_anchor``).
SICK_STATE_LITERALS = words(
    "sick leave|medical leave|off sick|en arrêt |krank|arbeitsunfähig|in malattia|in mutua|"
    "de baja|ziek|arbeidsongeschikt|na zwolnieniu|na l4|na chorobowym|in sick"
)
#: A title written without its dot before a capitalised name ("Mrs Patel", "Dhr Jansen"), in
#: its own case ("MS Word" is none).
PERSONAL_TITLE_NAME = r"(?-i:\b(?:Mr|Mrs|Ms|Dhr|Mevr)[ ]+[A-ZÀ-ÖØ-ÞĄĆČĘŁŃŚŠŹŻŽ])"
#: Word beginnings and shapes that anchor health data to a person: the definition that
#: ``health_anchor`` evaluates piece by piece (same results, a fraction of the time).
PERSONAL_PATTERNS = (
    PERSONAL_TITLE_NAME + "|"
    r"\b(?:" + "|".join(PERSONAL_PREFIXES) + r")|"
    r"\b(?:" + "|".join(PERSONAL_LABELS) + r")\s*:|"
    r"\bsono (?:stat|affett)[oa]\b|"
    r"\b(?:" + "|".join(PERSONAL_TITLES) + r")\.|" + PERSONAL_AGE + "|" + SICK_STATE
)

GENERAL_QUESTION = (
    r"\b(?:what|which|how|why|can|does|is|are|explain|describe|symptoms?|causes?|treatments?|"
    r"qu'est|quels?|quelles?|comment|pourquoi|symptômes|causes|traitements?|was|welche[rsn]?|"
    r"wie|warum|symptome|ursachen|behandlung|cos'è|cosa|quali|quale|come|perché|sintomi|cause|"
    r"qué|cuáles?|cómo|por qué|síntomas|causas|tratamiento|wat|welke|hoe|waarom|symptomen|"
    r"oorzaken|behandeling|co|jakie|jak|dlaczego|objawy|przyczyny|leczenie)\b"
)

SCHEDULE = (
    r"\b(?:daily|once|twice|bid|tid|qd|od|per day|a day|every|par jour|fois par|täglich|"
    r"morgens|abends|al giorno|volte al|al día|cada|per dag|keer per|dziennie|razy)\b|"
    r"\b\d-\d-\d\b"
)
