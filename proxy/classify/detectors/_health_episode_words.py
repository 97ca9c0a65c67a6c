"""Word lists of ``health_episodes`` (plain data, no logic), lower case, in seven languages
(EN FR DE IT ES NL PL), written by hand for the phrases people use of themselves and their
relatives: an everyday illness they have, a stay in hospital, an injury or an operation, an
allergy, a vital sign, a therapy."""

from __future__ import annotations

from proxy.classify._base import words

#: Everyday illnesses that general text mentions too ("flu season", "fever dream"): health data
#: only right after a verb of having, said of someone ("J'ai une grippe", "Mam grypę").
ILLNESSES = words(
    "flu|the flu|fever|a fever|a cold|a bad cold|a sore throat|a stomach bug|the stomach flu|"
    "a chest infection|an ear infection|covid|covid-19|corona|a temperature|a high fever|"
    "a migraine|strep throat|the norovirus|norovirus|"
    "grippe|la grippe|une grippe|de la fièvre|la fièvre|une angine|le covid|la covid|un rhume|"
    "une gastro|la gastro|une bronchite|"
    "grippe|die grippe|eine grippe|fieber|hohes fieber|corona|covid|eine erkältung|"
    "einen schnupfen|halsschmerzen|einen magen-darm-infekt|magen-darm|eine mandelentzündung|"
    "la febbre|febbre|l'influenza|l’influenza|il covid|il raffreddore|la febbre alta|"
    "mal di gola|la bronchite|"
    "gripe|la gripe|fiebre|covid|el covid|un resfriado|un catarro|la gripe a|anginas|"
    "dolor de garganta|"
    "griep|de griep|koorts|corona|covid|een verkoudheid|keelpijn|buikgriep|de buikgriep|"
    "grypę|gorączkę|covid|koronawirusa|przeziębienie|anginę|grypę żołądkową"
)
#: Complaints without a part of the body: the common terms of the Symptom Ontology (SYMP,
#: CC0: headache, cough, diarrhea, nausea, dizziness, vertigo, tinnitus, insomnia, eczema,
#: heartburn, constipation, toothache, earache) and lay names of common conditions (acne,
#: sciatica, lumbago, hay fever, kidney stones, gallstones, food poisoning, whiplash, tennis
#: elbow, haemorrhoids, reflux), in each language by hand. Each is its own literal prefilter.
COMPLAINTS = words(
    "a headache|headaches|a bad headache|a splitting headache|migraines|a cough|a bad cough|"
    "a dry cough|a chesty cough|diarrhoea|diarrhea|nausea|dizziness|dizzy spells|vertigo|"
    "tinnitus|insomnia|eczema|heartburn|acid reflux|constipation|a toothache|"
    "an earache|a stomach ache|a stomachache|stomach ache|a tummy ache|acne|sciatica|lumbago|"
    "hay fever|kidney stones|a kidney stone|gallstones|food poisoning|whiplash|tennis elbow|"
    "haemorrhoids|hemorrhoids|"
    "la toux|une toux|de la toux|la diarrhée|de la diarrhée|des nausées|la nausée|"
    "des vertiges|des acouphènes|une insomnie|des insomnies|de l'eczéma|de l’eczéma|"
    "de l'acné|de l’acné|une sciatique|un lumbago|un tour de reins|le rhume des foins|"
    "des calculs rénaux|des calculs biliaires|une intoxication alimentaire|"
    "des brûlures d'estomac|des brûlures d’estomac|du reflux|la constipation|"
    "des hémorroïdes|mal aux dents|une rage de dents|"
    "husten|starken husten|durchfall|übelkeit|schwindelanfälle|einen tinnitus|"
    "tinnitus|schlafstörungen|ein ekzem|ekzeme|akne|ischias|einen hexenschuss|hexenschuss|"
    "heuschnupfen|nierensteine|einen nierenstein|gallensteine|eine lebensmittelvergiftung|"
    "ein schleudertrauma|einen tennisarm|sodbrennen|verstopfung|hämorrhoiden|zahnschmerzen|"
    "ohrenschmerzen|bauchschmerzen|"
    "la tosse|tosse|la diarrea|diarrea|la nausea|nausea|le vertigini|vertigini|capogiri|"
    "gli acufeni|acufeni|l'insonnia|l’insonnia|insonnia|l'eczema|l’eczema|eczema|l'acne|"
    "l’acne|acne|la sciatica|sciatica|il colpo della strega|il raffreddore da fieno|"
    "i calcoli renali|calcoli renali|i calcoli alla cistifellea|calcoli alla colecisti|"
    "un'intossicazione alimentare|un’intossicazione alimentare|il colpo di frusta|"
    "il gomito del tennista|il bruciore di stomaco|bruciore di stomaco|il reflusso|"
    "la stitichezza|stitichezza|le emorroidi|emorroidi|mal di denti|mal d'orecchio|"
    "mal di pancia|"
    "tengo tos|tiene tos|mucha tos|con tos|diarrea|náuseas|vértigo|vértigos|mareos|acúfenos|"
    "insomnio|eccema|acné|"
    "ciática|lumbago|fiebre del heno|piedras en el riñón|cálculos renales|cálculos biliares|"
    "piedras en la vesícula|una intoxicación alimentaria|un latigazo cervical|"
    "codo de tenista|ardor de estómago|ardores|estreñimiento|hemorroides|"
    "dolor de muelas|dolor de oído|dolor de barriga|dolor de estómago|"
    "hoest|diarree|last van diarree|duizeligheid|last van duizeligheid|oorsuizen|"
    "slapeloosheid|eczeem|acne|ischias|spit in mijn rug|spit in de rug|last van spit|hooikoorts|"
    "nierstenen|galstenen|"
    "een voedselvergiftiging|een whiplash|een tennisarm|brandend maagzuur|"
    "last van brandend maagzuur|maagzuur|verstopping|aambeien|kiespijn|oorpijn|buikpijn|"
    "kaszel|biegunkę|mdłości|nudności|zawroty głowy|szumy uszne|bezsenność|egzemę|wyprysk|"
    "trądzik|rwę kulszową|postrzał|katar sienny|kamienie nerkowe|kamicę nerkową|"
    "kamicę żółciową|zatrucie pokarmowe|zgagę|refluks|zaparcia|zaparcie|hemoroidy|wymioty|"
    "ból zęba|ból ucha|ból brzucha"
)
#: Verbs of having an illness ("I've got", "tengo", "ho", "mam", "heeft").
HAVE = words(
    "have|has|had|'ve got|’ve got|'ve|’ve|have got|has got|got|caught|'s got|’s got|"
    "ai|a|avait|avais|habe|hab|hat|hatte|ho|ha|aveva|avevo|tengo|tiene|tenía|tuve|tuvo|"
    "heb|heeft|had|mam|ma|miał|miała|miałem|miałam"
)
#: Have-verbs whose form says the writer or a third person without a subject word (pro-drop
#: languages: "Ho la febbre", "Tengo gripe", "Mam grypę"; and "j'ai").
HAVE_PRO_DROP = words(
    "ho|ha|aveva|avevo|tengo|tiene|tenía|tuve|tuvo|mam|ma|miał|miała|miałem|miałam"
)
#: What may follow "cold", "fever", "temperature" and "bug" when they are the illness ("a cold
#: since Monday"), not an adjective or a compound ("a cold drink", "a fever dream").
ILLNESS_FOLLOWERS = words(
    "since|for|and|again|today|tonight|yesterday|now|right|at|this|last|all|too|so|but|with|"
    "from|or|or so|still|as|again|coming|going|which|that|because|too|on|last|in|"
    "when|whenever|every|quand|wenn|quando|cuando|wanneer|kiedy|gdy|ogni|cada|elke|chaque|"
    "jeden|każdego|sinds|"
    # a participle that ends the phrase of being taken to hospital ("ins Krankenhaus eingeliefert")
    "eingeliefert|gebracht|eingewiesen|aufgenommen|gekommen|admitted|gebracht|portato|portata|"
    "trasportato|trasportata|llevado|llevada|ingresado|ingresada|przewieziony|przewieziona|"
    "zabrany|zabrana|transporté|transportée|emmené|emmenée|admis|admise|opgenomen|gevoerd"
)
#: Tested positive ("I tested positive for covid", "positiv auf Corona getestet").
POSITIVE = words(
    "tested positive for|test positive for|tests positive for|testé positif au|testée positive au|"
    "testé positif à la|testée positive à la|positiv auf corona getestet|positiv auf covid "
    "getestet|positiv getestet|positivo al covid|positiva al covid|risultato positivo al|"
    "positivo en covid|positiva en covid|dio positivo|di positivo|positivo por covid|"
    "positiva por covid|positief getest op|positief getest|pozytywny wynik testu na|"
    "pozytywny test na"
)

#: A person in hospital: a verb of being or lying, the place ("liegt im Krankenhaus").
HOSPITAL_VERBS = words(
    "is|am|'m|’m|'s|’s|was|were|are|been|be|being|ended up|admitted|rushed|taken|"
    "est|suis|était|étais|a été|ai été|sont|"
    "liegt|liege|lag|ist|bin|war|wurde|wird|musste|muss|kam|kommt|"
    "è|sono|era|ero|è stato|è stata|sono stato|sono stata|è finito|è finita|finito|finita|"
    "ricoverato|ricoverata|"
    "está|estoy|estaba|estuvo|sigue|ingresó|ingresaron|ingresado|ingresada|lo ingresaron|"
    "la ingresaron|"
    "ligt|lig|lag|is|ben|was|werd|zit|opgenomen|"
    "leży|leżę|leżał|leżała|jest|jestem|był|była|trafił|trafiła|trafiłem|trafiłam"
)
#: The place, with its preposition and article ("in the hospital", "im Krankenhaus").
HOSPITAL_PLACES = words(
    "in hospital|in the hospital|to hospital|to the hospital|into hospital|in intensive care|"
    "in icu|in the icu|in a&e|"
    "à l'hôpital|à l’hôpital|à l'hopital|en réanimation|aux urgences|en soins intensifs|"
    "im krankenhaus|ins krankenhaus|in der klinik|in die klinik|im spital|ins spital|"
    "auf der intensivstation|in der notaufnahme|"
    "in ospedale|all'ospedale|all’ospedale|in terapia intensiva|in rianimazione|"
    "al pronto soccorso|"
    "en el hospital|en hospital|al hospital|en la uci|en urgencias|en cuidados intensivos|"
    "in het ziekenhuis|in 't ziekenhuis|naar het ziekenhuis|op de intensive care|op de ic|"
    "w szpitalu|do szpitala|na oiomie|na intensywnej terapii"
)
#: Being hospitalised, said with a copula ("est hospitalisée", "è ricoverato").
HOSPITALISED = words(
    "hospitalized|hospitalised|hospitalisé|hospitalisée|hospitalisiert|ricoverato|ricoverata|"
    "hospitalizado|hospitalizada|ingresado|ingresada|gehospitaliseerd|opgenomen|"
    "hospitalizowany|hospitalizowana"
)
HOSPITALISED_COPULAS = words(
    "is|was|been|got|est|a été|ai été|suis|ist|wurde|bin|è|è stato|è stata|sono|sono stato|"
    "sono stata|era|está|estoy|fue|ha sido|estuvo|is|werd|ben|jest|został|została|zostałem|"
    "zostałam|był|była"
)
#: First-person verb forms: the writer is the subject.
FIRST = words(
    "am|'m|’m|suis|ai été|bin|liege|sono|ero|sono stato|sono stata|estoy|ben|lig|jestem|leżę|"
    "trafiłem|trafiłam|zostałem|zostałam|mam|miałem|miałam|ho|avevo|tengo|tuve|habe|hab|"
    "heb|soy"
)
#: Verb forms that carry the person without a subject word (Italian, Spanish, Polish).
PRO_DROP = words(
    "è|è stato|è stata|era|è finito|è finita|ricoverato|ricoverata|está|estaba|estuvo|sigue|"
    "ingresó|fue|ha sido|jest|był|była|leży|leżał|leżała|trafił|trafiła|został|została|es|"
    "ingresaron|lo ingresaron|la ingresaron"
)

#: Body parts, in the form after the verb of each language.
BODY = words(
    "leg|arm|wrist|ankle|hip|knee|elbow|shoulder|collarbone|collar bone|foot|hand|finger|toe|"
    "nose|jaw|back|neck|rib|ribs|pelvis|thumb|kneecap|achilles tendon|acl|cruciate ligament|"
    "jambe|bras|poignet|cheville|hanche|genou|coude|épaule|clavicule|pied|main|doigt|nez|"
    "dos|cou|côte|côtes|bassin|pouce|"
    "bein|arm|handgelenk|knöchel|sprunggelenk|hüfte|knie|ellbogen|schulter|schlüsselbein|"
    "fuß|hand|finger|zeh|nase|kiefer|rippe|rippen|becken|daumen|kreuzband|"
    "gamba|braccio|polso|caviglia|anca|ginocchio|gomito|spalla|clavicola|piede|mano|dito|"
    "naso|mascella|costola|costole|bacino|pollice|femore|crociato|"
    "pierna|brazo|muñeca|tobillo|cadera|rodilla|codo|hombro|clavícula|pie|mano|dedo|nariz|"
    "mandíbula|costilla|costillas|pelvis|pulgar|fémur|"
    "been|arm|pols|enkel|heup|knie|elleboog|schouder|sleutelbeen|voet|hand|vinger|teen|neus|"
    "kaak|rib|ribben|bekken|duim|kruisband|"
    "nogę|rękę|nadgarstek|kostkę|biodro|kolano|łokieć|bark|obojczyk|stopę|palec|nos|"
    "szczękę|żebro|żebra|miednicę|kciuk|więzadło"
)
#: Break, sprain and tear: English and Dutch past forms before a possessive ("broke his leg",
#: "brak zijn arm"); the German, Dutch participles after the part ("Bein gebrochen").
BREAK_BEFORE = words(
    "broke|broken|fractured|sprained|twisted|dislocated|injured|hurt|tore|torn|ruptured|"
    "brak|brak|verstuikte|złamał|złamała|złamałem|złamałam|złamałeś|złamałaś|skręcił|skręciła|"
    "skręciłem|skręciłam|zwichnął|zwichnęła|"
    "cassé|cassée|fracturé|fracturée|foulé|foulée|luxé|luxée|tordu|tordue|"
    "rotto|rotta|fratturato|fratturata|slogato|slogata|lussato|lussata|storto|storta|"
    "rompió|rompí|roto|rota|fracturó|fracturé|fracturado|fracturada|torció|torcí|dislocó|"
    # the participle as an adjective before the part ("een gebroken pols", "gebrochenen Arm")
    "gebroken|gekneusde|gescheurde|gebrochene|gebrochenen|gebrochener|gebrochenes|"
    "verstauchte|verstauchten|verstauchter|verstauchtes"
)
BREAK_AFTER = words(
    "gebrochen|verstaucht|gerissen|ausgerenkt|angebrochen|gebroken|verstuikt|ontwricht|"
    "gescheurd|gekneusd"
)
#: Who the part belongs to, between the verb and the part ("his", "sobie", "la", "mir das").
BODY_OWNERS = words(
    "my|his|her|their|mir|sich|ihm|ihr|mich|la|le|les|l'|l’|il|lo|i|el|los|las|zijn|haar|"
    "mijn|z'n|m'n|sobie|mu|jej|das|den|die|beide|un|una|het"
)
#: An operation said of someone: the verb phrase ("had knee surgery", "wurde operiert").
SURGERY = (
    r"(?:had|has|have|having|underwent|undergoing|undergone|recovering from|scheduled for|"
    r"booked for|needs|need|after|before)\s+(?:(?:a|an|his|her|my|their|major|minor|emergency|"
    r"back|knee|hip|heart|brain|eye|shoulder|spine|spinal|bypass|cancer|open[- ]heart|bariatric|"
    r"cataract|gallbladder|hernia|foot|ankle|wrist)\s+){0,2}(?:surgery|operation)|"
    r"(?:wurde|wird|werde|wurden|ist|bin|worden|muss|musste)\s+(?:[^\W\d_]+\s+){0,3}?operiert|"
    r"(?:a été|ai été|est|suis|s['’]est fait|me suis fait|va être|doit être|vient d['’]être|"
    r"se fait|se faire)\s+(?:[^\W\d_]+\s+){0,2}?op[ée]r(?:é|ée|er)\b|"
    r"(?:è stato|è stata|sono stato|sono stata|verrà|viene|deve essere)\s+operat[oa]|"
    r"(?:fue|fui|ha sido|he sido|lo|la|me|le|van a|vamos a)\s+(?:[^\W\d_]+\s+){0,1}?"
    r"(?:operad[oa]|operaron|operar|operan)|"
    r"(?:is|ben|werd|wordt|word|moet)\s+(?:[^\W\d_]+\s+){0,3}?geopereerd|"
    r"(?:przeszedł|przeszła|przeszedłem|przeszłam|miał|miała|miałem|miałam|czeka na|"
    r"czekam na)\s+(?:[^\W\d_]+\s+){0,1}?operację|"
    r"(?:był|była|byłem|byłam|został|została|zostałem|zostałam)\s+operowan[ya]"
)
#: Literals of which every ``SURGERY`` match holds one (its prefilter).
SURGERY_LITERALS = words(
    "surgery|operiert|opéré|opérée|opérer|operato|operata|operado|operada|operaron|"
    "operar|operan|geopereerd|operację|operowany|operowana"
)
#: Using a wheelchair or crutches ("sits in a wheelchair", "im Rollstuhl").
WHEELCHAIR = words(
    "in a wheelchair|uses a wheelchair|on crutches|im rollstuhl|auf krücken|en fauteuil roulant|"
    "avec des béquilles|in sedia a rotelle|sulla sedia a rotelle|con le stampelle|"
    "en silla de ruedas|con muletas|in een rolstoel|in de rolstoel|op krukken|"
    "na wózku inwalidzkim|na wózku|o kulach"
)

#: Allergic, as an adjective after a copula ("I'm allergic to", "jestem uczulony na").
ALLERGIC = words(
    "allergic|allergique|allergisch|allergico|allergica|alérgico|alérgica|uczulony|uczulona|"
    "alergiczny|alergiczna"
)
ALLERGIC_COPULAS = words(
    "am|'m|’m|is|'s|’s|was|be|been|are|suis|est|était|bin|ist|war|sono|è|era|soy|es|estoy|"
    "está|ben|is|jestem|jest|był|była"
)
#: An allergy as a noun after a verb of having ("has a peanut allergy", "ho un'allergia").
ALLERGY_NOUNS = words(
    "allergy|allergies|allergie|allergien|allergia|allergie|alergia|alergię|alergie|"
    "intolerance|intolérance|unverträglichkeit|intolleranza|intolerancia|intolerantie|"
    "nietolerancję"
)
#: Figurative objects of "allergic to" ("allergic to meetings"): no health data.
FIGURATIVE = words(
    "meetings|meeting|mondays|monday|work|bureaucracy|paperwork|mornings|change|changes|"
    "criticism|politics|math|maths|effort|nonsense|jargon|buzzwords|small talk|drama|"
    "deadlines|spreadsheets|responsibility|commitment|hard work|"
    "réunions|lundis|travail|bureaucratie|paperasse|changement|critique|politique|effort|"
    "meetings|montage|arbeit|bürokratie|papierkram|veränderung|kritik|politik|"
    "riunioni|lunedì|lavoro|burocrazia|cambiamento|critiche|politica|"
    "reuniones|lunes|trabajo|burocracia|cambio|críticas|política|"
    "vergaderingen|maandagen|werk|bureaucratie|verandering|kritiek|politiek|"
    "zebrania|poniedziałki|pracę|biurokrację|zmiany|krytykę|politykę"
)

#: Blood pressure and sugar, pulse (vital signs people quote without a unit).
BLOOD_PRESSURE = words(
    "blood pressure|bp|blutdruck|tension|tension artérielle|pression artérielle|pressione|"
    "pressione arteriosa|pressione sanguigna|pressione minima|pressione massima|tensión|"
    "tensión arterial|presión|presión arterial|bloeddruk|ciśnienie|ciśnienie krwi|rr"
)
#: A person's blood sugar or pulse with a number ("My blood sugar was 240").
SUGAR_PULSE = words(
    "blood sugar|blood glucose|glucose|blutzucker|glycémie|glicemia|glucemia|azúcar en sangre|"
    "bloedsuiker|poziom cukru|cukier we krwi|pulse|heart rate|puls|pouls|polso|pulso|hartslag|"
    "tętno|cukier|cholesterol|cholestérol|cholesterin|colesterolo|colesterol|"
    "ldl|hdl|triglycerides|triglyceride|triglycérides|trigliceridi|triglicéridos"
)

#: Going to therapy: visiting a therapist ("I'm seeing a therapist", "va dallo psicologo").
THERAPY_VISIT = words(
    "seeing|see|sees|saw|visit|visits|visiting|started seeing|go to|goes to|going to|went to|"
    "been to|been seeing|attend|attends|attending|"
    "vois|voit|voyais|consulte|consultes|vais|va|allais|allait|suis suivi|suis suivie|"
    "est suivi|est suivie|"
    "gehe|geht|ging|gingen|besuche|besucht|"
    "vado|va|andavo|andava|vedo|vede|seguito|seguita|"
    "voy|va|iba|fui|fue|veo|ve|visito|visita|"
    "ga|gaat|ging|loop|loopt|liep|"
    "chodzę|chodzi|chodził|chodziła|chodziłem|chodziłam|chodzimy"
)
#: The therapist or the therapy, directly after its preposition or article.
THERAPY_WHAT = words(
    "therapist|therapy|psychotherapy|psychotherapist|psychologist|psychiatrist|counsellor|"
    "counselor|counselling|counseling|shrink|cbt|rehab|physio|physiotherapist|physiotherapy|"
    "psy|psychologue|psychiatre|thérapeute|psychothérapeute|thérapie|psychothérapie|"
    "psychanalyste|kiné|kinésithérapeute|"
    "therapie|psychotherapie|therapeut|therapeutin|therapeuten|psychotherapeut|"
    "psychotherapeutin|psychotherapeuten|psychologe|psychologin|psychologen|psychiater|"
    "psychiaterin|verhaltenstherapie|traumatherapie|physiotherapie|reha|"
    "psicologo|psicologa|psichiatra|terapeuta|psicoterapeuta|terapia|psicoterapia|"
    "fisioterapia|fisioterapista|"
    "psicólogo|psicóloga|psiquiatra|psicoterapia|fisioterapia|fisioterapeuta|"
    "psycholoog|therapeut|psychotherapeut|fysiotherapeut|fysio|"
    "terapię|terapii|psychoterapię|psychoterapii|psychologa|psycholożki|psychiatry|"
    "terapeuty|terapeutki|fizjoterapię|fizjoterapeuty"
)
#: Prepositions and articles right before ``THERAPY_WHAT`` in a visit ("to a", "zur", "dallo").
THERAPY_PREPS = words(
    "a|an|my|the|to|to a|to my|to the|his|her|their|zur|zum|zu einer|zu einem|in|in die|bei|"
    "beim|einen|eine|un|une|mon|ma|son|sa|chez|chez le|chez la|chez un|chez une|le|la|en|"
    "dallo|dalla|dal|da un|da una|da uno|il|lo|una|uno|in|al|a la|a un|a una|el|mi|su|"
    "naar|naar de|naar een|naar het|de|een|bij|bij de|bij een|mijn|zijn|haar|"
    "na|do|w"
)
#: Being in therapy: a copula and the therapy ("I'm in therapy", "Ik ben in therapie").
THERAPY_STATE = words(
    "in therapy|in counselling|in counseling|in rehab|in psychotherapy|en thérapie|"
    "en psychothérapie|en rééducation|in therapie|in psychotherapie|in behandlung|in reha|"
    "in terapia|in psicoterapia|in cura|en terapia|en psicoterapia|en tratamiento|"
    "in therapie|in behandeling|w terapii|na terapii|w trakcie terapii|na odwyku"
)
THERAPY_COPULAS = words(
    "am|'m|’m|is|'s|’s|was|been|be|are|suis|est|était|bin|ist|war|sono|è|era|sta|stanno|"
    "estoy|está|estaba|sigue|ben|is|zit|was|jestem|jest|był|była|byłem|byłam"
)
#: Words after the therapist or therapy that keep it about going there ("for anxiety").
THERAPY_FOLLOWERS = words(
    "for|since|because|every|once|twice|again|now|with|after|about|and|but|weekly|"
    "pour|depuis|parce|chaque|toutes|une|avec|et|mais|"
    "wegen|seit|jede|jeden|einmal|zweimal|bei|und|aber|mit|"
    "per|da|dal|dalla|perché|ogni|una|e|ma|con|"
    "por|para|desde|porque|cada|una|y|pero|con|"
    "voor|sinds|omdat|elke|iedere|een|en|maar|met|"
    "od|bo|z|i|ale|co|raz|dwa|dwa razy|regularnie"
)
