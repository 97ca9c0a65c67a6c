"""Health data in everyday words: word lists of ``health_everyday`` (plain data, no logic).

``CONDITIONS`` comes from ``data/conditions.txt`` (Human Disease Ontology, CC0; built by
``data/build_health.py``) and ``data/conditions_common.txt`` (the names people use, written for
this project). The rest is written here: the grammar of condition names in seven
languages (heads of disorder phrases and German/Dutch compounds, Greco-Latin suffixes), the
stems of international non-proprietary names (WHO, "The use of stems in the selection of INN"),
common brand names (no open multilingual list exists), the ways people say "sick leave" and
colloquial condition phrases (no terminology lists "pressione alta" or "na odwyku").
"""

from __future__ import annotations

import re
from pathlib import Path

from proxy.classify._base import words


def _load(name: str) -> tuple[str, ...]:
    """One lower-case term per line; ``#`` lines are headers."""
    path = Path(__file__).parent.parent / "data" / name
    lines = path.read_text(encoding="utf-8").splitlines()
    return tuple(line for line in lines if line and not line.startswith("#"))


CONDITIONS = _load("conditions.txt") + _load("conditions_common.txt")

#: Heads of "X disorder" phrases (a disorder head alone is not a condition: "trouble", "Störung").
DISORDER_HEADS = words(
    "disorder|disorders|trouble|troubles|störung|störungen|disturbo|disturbi|trastorno|trastornos|"
    "stoornis|stoornissen|zaburzenie|zaburzenia|zaburzeń|syndrome|syndrom|sindrome|síndrome|"
    "syndroom|zespół|episode|épisode|episodio|episodio|episode|epizod"
)
#: Word beginnings that make a disorder head a mental or neurodevelopmental condition.
DISORDER_KINDS = words(
    "depress|dépress|depresi|depresy|anxi|anxieu|ängst|angst|ansi|ansios|ansiedad|lęk|bipolar|"
    "bipolai|dwubiegun|obsess|zwang|ossessiv|obsesiv|dwangm|natręctw|compulsi|panic|panique|"
    "panik|panico|pánico|paniek|eating|alimentair|ess|alimentar|alimentaci|eet|odżywian|"
    "personalit|personnalit|persönlichkeit|personalidad|persoonlijkheid|osobowości|attention|"
    "aufmerksamkeit|attenzione|atención|aandacht|uwagi|hyperactiv|hyperaktiv|iperattiv|"
    "hiperactiv|hyperactief|nadpobudliw|post-traumat|posttraumat|psychot|psychoti|psicotic|"
    "psychoty|schizo|autis|autyst|adhd|tdah|sleep|sommeil|schlaf|sonno|sueño|slaap|snu|"
    "adjustment|adaptation|anpassung|adattament|adaptativ|aanpassing|adaptac|stress|"
    "sexual|sexuel|sexuell|sessual|seksu|manic|maniaque|manisch|maniac|maníac|maniak|"
    "déficit|deficit|defizit|deficyt|conduct|comportement|verhaltens|condotta|conducta|gedrag"
)
#: Heads of German and Dutch compound condition names (Prostatakrebs, Bandscheibenvorfall).
COMPOUND_HEADS = words(
    "krebs|karzinom|tumor|entzündung|insuffizienz|erkrankung|krankheit|leiden|unterfunktion|"
    "überfunktion|infarkt|kanker|ontsteking|ziekte|stoornis|hernia|infarct|schmerzen|schmerz|pijn"
)
#: Compounds with those heads that are not conditions about a body (Netzwerkstörung is not one).
COMPOUND_EXCLUDED = words(
    "volkskrankheit|volkskrankheiten|flusskrebs|flusskrebse|taschenkrebs|hummerkrebs|"
    "einsiedlerkrebs|mitleiden|netwerkstoornis|stroomstoornis|kinderziekte|kinderziekten|"
    "beroepsziekte|beroepsziekten|berufskrankheit|berufskrankheiten|motorontsteking|weltschmerz|"
    "trennungsschmerz|abschiedsschmerz|liebesschmerz|phantomschmerz|zielspijn|zielepijn"
)
#: One-word names by their Greco-Latin ending (arthrose, tendinite, cardiomiopatia).
SUFFIX_NAMES = (
    r"[^\W\d_]{3,}(?:itis|itiden|patia|patía|pathie|pathy|pathien|pathies|plegia|plegie|plégie|"
    r"algia|algie|trophie|trofia|trophy|sklerose|sclérose|sclerosi|sclerosis|stenose|sténose|"
    r"stenosi|stenosis|stenoza|"
    # signs: blood or protein in urine, discharge, bleeding, breathing, heart rate
    r"maturia|maturie|maturía|teinuria|teinurie|ténurie|rrhoea|rrhea|rrhée|rrhö|rrhoe|"
    r"rrhagia|rrhagie|rragie|rragia|rrhage|pnoea|pnea|pnée|pnoe|pneu|cardia|cardie|kardie|"
    r"kardia|temesis)"
)
#: Words with those endings that are not conditions.
SUFFIX_EXCLUDED = words(
    "empathy|sympathy|telepathy|antipathy|apathy|empathie|sympathie|telepathie|antipathie|"
    "apathie|empatia|simpatia|telepatia|antipatia|apatia|empatía|simpatía|telepatía|antipatía|"
    "apatía|nostalgia|nostalgie|trophy|atrophie|homeopathy|homöopathie|omeopatia|homeopatía|"
    "homeopathie|homeopatia|naturopathy|osteopathy|osteopathie|osteopatia|osteopatía|psychopathy|"
    "logorrhea|logorrhoea|logorrhée|logorrhö|verborragia|verborragie"
)
#: The sign endings among them, whose words animals have too ("My dog has diarrhea").
SIGN_ENDINGS = (
    "rrhoea",
    "rrhea",
    "rrhée",
    "rrhö",
    "rrhoe",
    "rrhagia",
    "rrhagie",
    "rragie",
    "rragia",
    "rrhage",
    "pnoea",
    "pnea",
    "pnée",
    "pnoe",
    "pneu",
    "cardia",
    "cardie",
    "kardie",
    "kardia",
    "temesis",
    "maturia",
    "maturie",
    "maturía",
    "teinuria",
    "teinurie",
    "ténurie",
)

#: Stems that end international non-proprietary names (WHO INN stem book): a word ending in one,
#: followed by a dose, names a medicine in every language (ramipril, ramiprilu, amlodipina).
INN_STEMS = words(
    "pril|prilat|sartan|vastatin|statin|olol|alol|prazole|prazol|dipine|dipin|dipina|gliptin|"
    "gliflozin|glutide|formin|oxetine|oxetin|oxetina|xetine|azepam|azolam|zolam|tinib|ciclib|"
    "zumab|ximab|mumab|umab|cillin|cilline|cillina|floxacin|floxacine|floxacino|mycin|mycine|"
    "micina|cycline|cyclin|ciclina|parin|parine|xaban|gatran|tidine|tidina|setron|triptan|"
    "semide|semid|thiazide|tiazide|profen|profène|profene|profeno|coxib|lukast|dronate|dronat|"
    "conazole|conazol|caine|caina|sonide|sonid|terol|tropium|olone|olon|olona|nisone|"
    "nisolon|methasone|methason|metasona|apine|apin|apina|peridone|peridon|pramine|pramin|"
    "triptyline|triptylin|fenac|oxicam|glinide|glitazone|vudine|cavir|navir|tegravir|buvir|"
    "ciclovir|clovir|sertib|parib|rafenib|lisib|mustine|platin|taxel|rubicin|trexate|trexat|"
    "pirone|tiapine|zotamide|racetam|gabalin|gabalina|tropine|setrone|pramide|pramid|"
    "vaptan|tadine|astine|atadine|dronedarone|teplase|azosin|tadil|afil"
)


def _accented(stems: tuple[str, ...]) -> tuple[str, ...]:
    """The stems as French writes them, one "e" before the end made "é" (furosémide,
    diazépam, salmétérol, ondansétron, fluoxétine, rispéridone)."""
    return tuple(
        stem[:i] + "é" + stem[i + 1 :]
        for stem in stems
        for i, char in enumerate(stem[:-1])
        if char == "e"
    )


INN_STEMS = INN_STEMS + _accented(INN_STEMS)
#: Common brand names in the seven countries (no open multilingual list of brands exists).
BRANDS = words(
    "doliprane|dafalgan|efferalgan|tachipirina|panadol|tylenol|apap|ben-u-ron|nurofen|advil|"
    "brufen|ibuprom|ketonal|voltaren|voltarène|aulin|xanax|lexotan|lexomil|tavor|"
    "temesta|valium|stilnox|rivotril|zoloft|prozac|deroxat|seroplex|cipralex|lexapro|efexor|"
    "effexor|cymbalta|lyrica|lasix|coumadin|sintrom|kardegic|plavix|crestor|tahor|sortis|"
    "lipitor|zocor|glucophage|levothyrox|eutirox|concor|nexium|inexium|mopral|antra|pantozol|"
    "pantoloc|nolpaza|tritace|triatec|coversyl|amlor|norvasc|amoxil|zithromax|ciproxin|keppra|"
    "depakine|depakote|tegretol|lamictal|seroquel|zyprexa|risperdal|abilify|tramal|contramal|"
    "topalgic|oxycontin|durogesic|spiriva|ventolin|seretide|symbicort|singulair|aerius|zyrtec|"
    "januvia|victoza|forxiga|humalog|levemir|tresiba|toujeo|enbrel|remicade|stelara|dupixent|"
    "keytruda|herceptin|imurel|imuran|novaminsulfon|ritaline|concerta|medikinet|elvanse|"
    "vyvanse|strattera|subutex|suboxone|lithiofor|teralithe|thyrax|"
    "l-thyroxin|letrox|bisocard|sotahexal|beloc|metohexal|nebilet|zestril|cozaar|"
    "diovan|atacand|micardis|aprovel|euthyrox|xarelto|eliquis|pradaxa|lixiana|clexane|fragmin|"
    "marcumar|ozempic|wegovy|mounjaro|saxenda|trulicity|jardiance|lantus|novorapid|humira|"
    "nolotil|enantyum|adiro|orfidal|trankimazin|muscoril|micropam|bentelan|deltacortene|"
    "augmentin|toradol|novalgin|ibuflam|polopiryna|acard|polocard|asertin"
)
#: Ways people say a person is off work because of illness (a cue, not a condition).
SICK_LEAVE = words(
    "sick leave|sick note|off sick|signed off|on medical leave|medical leave|arrêt maladie|"
    "arrêt de travail|congé maladie|congé de maladie|krankgeschrieben|krankmeldung|"
    "krankschreibung|arbeitsunfähig|arbeitsunfähigkeit|au-bescheinigung|krankenstand|"
    "in malattia|congedo per malattia|certificato di malattia|certificato medico|"
    "baja médica|baja laboral|parte de baja|partes de baja|incapacidad temporal|ziekteverlof|"
    "ziek gemeld|ziekgemeld|ziekmelding|arbeidsongeschikt|zwolnienie lekarskie|"
    "zwolnieniu lekarskim|na zwolnieniu|"
    "na l4|zwolnienie chorobowe|niezdolność do pracy|zwolnienie l4|przyniosła l4|przyniósł l4|"
    "dostała l4|dostał l4|wzięła l4|wziął l4|wystawił l4|wystawiła l4|ma l4|mam l4"
)
#: Conditions as people say them, and words for addiction, rehab and fertility treatment
#: (hand-written: colloquial phrases are in no terminology).
COLLOQUIAL = words(
    # fainting ("collapsed", "passed out", "blacked out", "zusammengebrochen", "ohnmächtig" alone
    # are also a market's, flyers handed out, a redaction or a feeling of powerlessness)
    "fainted|s'est évanoui|s'est évanouie|a fait un malaise|"
    "perdu connaissance|ohnmächtig geworden|in ohnmacht gefallen|è svenuto|è svenuta|"
    "svenimento|ha avuto un malore|perso conoscenza|perso i sensi|se desmayó|se ha desmayado|"
    "perdió el conocimiento|flauwgevallen|zemdlał|zemdlała|zemdlałam|zemdlałem|"
    "zasłabł|zasłabła|zasłabłam|zasłabłem|omdlenie|stracił przytomność|straciła przytomność|"
    # seizures as people name them ("seizure" alone is also a confiscation)
    "epileptic seizure|epileptic seizures|epileptic fit|epileptic fits|had a seizure|"
    "has seizures|crise d'épilepsie|crise épileptique|fait des crises d'épilepsie|"
    "epileptischer anfall|epileptische anfälle|krampfanfall|krampfanfälle|"
    "crisi epilettica|crisi epilettiche|crisi convulsive|crisis epiléptica|crisis epilépticas|"
    "crisis convulsivas|epileptische aanval|epileptische aanvallen|napad padaczki|"
    "napady padaczki|napad drgawek|napady drgawek|"
    "high blood pressure|low blood pressure|high cholesterol|back pain|chronic pain|"
    "panic attack|panic attacks|anxiety attack|anxiety attacks|nervous breakdown|drug addict|"
    "heroin addict|in rehab|to rehab|out of rehab|ivf|ivf treatment|hiv positive|"
    "recovering addict|recovering alcoholic|mental breakdown|chemo|chimio|chemio|quimio|"
    "fais une dépression|fait une dépression|fais un burn-out|fait un burn-out|fais de la tension|"
    "tension élevée|fait de la tension|mal de dos|mal au dos|crise d'angoisse|crises d'angoisse|"
    "attaque de panique|attaques de panique|toxicomane|en désintox|cure de désintox|"
    "cure de désintoxication|centre de désintox|fécondation in vitro|dépression nerveuse|"
    "hoher blutdruck|hohen blutdruck|hohem blutdruck|zu hohen blutdruck|panikattacke|"
    "panikattacken|angstzustände|angstzuständen|angstattacken|alkoholiker|alkoholikerin|"
    "drogensüchtig|heroinsüchtig|im entzug|in den entzug|einen entzug|kalten entzug|"
    "entzugsklinik|alkoholentzug|drogenentzug|künstliche befruchtung|künstlichen befruchtung|"
    "depressionen|burnout-syndrom|pressione alta|pressione bassa|colesterolo alto|"
    "mal di schiena|esaurimento nervoso|attacchi di panico|attacco di panico|attacchi d'ansia|"
    "attacco d'ansia|soffre d'ansia|soffro d'ansia|soffre di ansia|soffro di ansia|ho l'ansia|"
    "alcolista|tossicodipendente|fecondazione assistita|fecondazione in vitro|"
    "tensión alta|presión alta|colesterol alto|dolor de espalda|ataques de pánico|"
    "ataque de pánico|ataques de ansiedad|ataque de ansiedad|crisis de ansiedad|"
    "tengo ansiedad|tiene ansiedad|sufro de ansiedad|sufre de ansiedad|drogadicto|drogadicta|"
    "fecundación in vitro|centro de desintoxicación|hoge bloeddruk|lage bloeddruk|"
    "hoog cholesterol|paniekaanval|paniekaanvallen|alcoholist|alcoholiste|afkickkliniek|"
    "ivf-behandeling|hiv-positief|seropositief|depressies|wysokie ciśnienie|niskie ciśnienie|"
    "wysoki cholesterol|ból pleców|ataki paniki|atak paniki|napady lęku|alkoholik|"
    "alkoholiczka|narkoman|narkomanka|na odwyku|terapia odwykowa|terapię odwykową|"
    "zakażony hiv|zakażona hiv|depresji|séropositive|sieropositiva|seropositiva"
)
#: Possessives and pronouns that tie a measured value or a dose to a person.
POSSESSIVES = words(
    "his|her|their|sein|seine|seinen|seinem|ihr|ihre|ihren|ihrem|son|sa|ses|leur|suo|sua|suoi|"
    "sue|su|sus|zijn|haar|hun|jego|jej|ich|moje|mój|moja|moim|mojej|mi|mis|meu|minha"
)
#: Spellings people use that the lists above lack: accents (alzhéimer, párkinson), dropped
#: apostrophes (Parkinsons), names of learning and developmental conditions in seven languages,
#: and Polish case forms of the listed names ("ma raka piersi", "po udarze", "z chorobą
#: Parkinsona"): masculine and neuter names, which the -a rule of ``health_everyday`` misses.
VARIANTS = words(
    "alzhéimer|alzheimers|párkinson|parkinsons|esquizofrenia|esclerosis multiple|"
    "sclerose en plaques|dyslexie|dislessia|dislexia|dysleksja|dysleksję|dysleksji|"
    "legasthenie|lese-rechtschreib-schwäche|lese-rechtschreibschwäche|dyscalculia|dyscalculie|"
    "discalculia|dyskalkulie|dyskalkulia|dyspraxia|dyspraxie|disprassia|dispraxia|dyspraksja|"
    "tourette|tourette syndrome|syndrome de gilles de la tourette|tourette-syndrom|"
    "sindrome di tourette|síndrome de tourette|syndroom van tourette|zespół tourette'a|"
    "raka|raku|rakiem|raka piersi|raku piersi|rakiem piersi|raka płuc|raka prostaty|"
    "raka jelita|nowotworu|nowotworem|udaru|udarze|udarem|zawału|zawale|zawałem|zawał serca|"
    "zawału serca|guza mózgu|alzheimera|parkinsona|chorobę alzheimera|chorobę parkinsona|"
    "chorobą alzheimera|chorobą parkinsona|stwardnienia rozsianego|stwardnieniem rozsianym|"
    "zapalenia płuc|zapaleniem płuc|nadciśnienia|nadciśnieniem|autyzmu|autyzmem|otyłości|"
    "demencji|schizofrenii|anoreksji|bulimii|nerwica|nerwicę|nerwicy|padaczki|"
    "białaczki|"
    # delays of a child's development, as speech therapists and parents write them
    "speech delay|language delay|speech and language delay|developmental delay|"
    "global developmental delay|retard de langage|retard du langage|retard de parole|"
    "retard psychomoteur|retard de développement|sprachentwicklungsverzögerung|"
    "sprachentwicklungsstörung|entwicklungsverzögerung|ritardo del linguaggio|"
    "ritardo nel linguaggio|ritardo dello sviluppo|ritardo psicomotorio|retraso del lenguaje|"
    "retraso en el lenguaje|retraso del habla|retraso madurativo|retraso del desarrollo|"
    "retraso psicomotor|taalachterstand|spraakachterstand|ontwikkelingsachterstand|"
    "taalontwikkelingsachterstand|opóźniony rozwój mowy|opóźnienie rozwoju mowy|"
    "opóźnienie rozwoju|opóźniony rozwój psychoruchowy|retraso en el habla|sprachverzögerung|"
    "opóźnienie mowy|"
    # disorders of a child's development, by their whole names (the words alone are other
    # things: "Sprachbox", "Entwicklungsumgebung", "language podcast")
    "language disorder|speech disorder|sensory processing disorder|"
    "developmental coordination disorder|trouble du langage|troubles du langage|"
    "trouble de la parole|troubles de l'intégration sensorielle|trouble du développement|"
    "disturbo del linguaggio|disturbi del linguaggio|disturbo della coordinazione|"
    "disturbo dello sviluppo|trastorno del lenguaje|trastorno del habla|"
    "trastorno del procesamiento sensorial|trastorno del desarrollo|taalstoornis|"
    "spraakstoornis|ontwikkelingsstoornis|sprachstörung|entwicklungsstörung|"
    "wahrnehmungsstörung|koordinationsstörung|zaburzenia mowy|zaburzenia integracji sensorycznej|"
    "zaburzenia rozwoju|zaburzenia przetwarzania sensorycznego|"
    # broken bones as German and Dutch compounds ("Beinbruch" left out: "Hals- und
    # Beinbruch", "das ist kein Beinbruch" wish luck or say it is no matter)
    "armbruch|handgelenksbruch|handgelenkbruch|knöchelbruch|hüftbruch|oberschenkelhalsbruch|"
    "oberschenkelbruch|schlüsselbeinbruch|rippenbruch|beckenbruch|fingerbruch|zehenbruch|"
    "nasenbeinbruch|kieferbruch|wirbelbruch|mittelfußbruch|schienbeinbruch|ellenbogenbruch|"
    "sprunggelenksbruch|sprunggelenkbruch|fußbruch|unterarmbruch|oberarmbruch|polsbreuk|"
    "beenbreuk|armbreuk|enkelbreuk|enkelfractuur|polsfractuur|heupfractuur|"
    "heupbreuk|ribbreuk|sleutelbeenbreuk|bekkenbreuk|vingerbreuk|teenbreuk|neusbreuk|kaakbreuk|"
    # rheumatism and gout by their lay names ("goutte", "gota" and "gotta" are other words)
    "rheumatism|rhumatisme|rhumatismes|rheuma|reuma|reumatismo|reumatismi|reumatisme|"
    "reumatyzm|reumatyzmu|reumatyzmem|gout|gicht|jicht|dna moczanowa|"
    # hair falling out (the English verb is an idiom: "losing my hair over this bug")
    "hair loss|haarausfall|haaruitval|chute de cheveux|perd ses cheveux|perds mes cheveux|"
    "caduta dei capelli|perde i capelli|perdo i capelli|caída del pelo|caída del cabello|"
    "se le cae el pelo|se me cae el pelo|pierde pelo|pierde mucho pelo|verliert haare|"
    "verliert büschelweise haare|valt het haar uit|wypadanie włosów|"
    # a week of pregnancy ("in der 9. Schwangerschaftswoche", "w 12. tygodniu ciąży")
    "schwangerschaftswoche|schwangerschaftswochen|zwangerschapsweek|zwangerschapsweken|"
    "tydzień ciąży|tygodniu ciąży|tygodnia ciąży|semaines d'aménorrhée|semaines d’aménorrhée|"
    "settimana di gravidanza|settimane di gravidanza|semanas de gestación|semanas de embarazo|"
    "weeks pregnant|"
    # blood in the urine (the suffix rule needs three letters before "maturia")
    "hematuria|haematuria|hématurie|hämaturie|ematuria|hematurie|krwiomocz|krwinkomocz"
)
#: Of those, the forms that are other words outside Polish (Swedish "raka", "Guza" as a name).
POLISH_ONLY = words("raka|raku|rakiem")
#: The infections families and schools are told about, by the names parents and employees
#: write (a sick note, a nursery's absence form); left out where the name is another word:
#: Polish "odra" (the Oder), "świnka" (piglet), "różyczka"; Dutch "bof" (luck); "zona"; "UTI".
#: The names the condition lists already held ("measles", "varicella") are not repeated: the
#: checks ``health_everyday`` makes of these (a campaign, a vaccine, the English "gripe", the
#: French verb "gripper") apply to the new ones only.
INFECTIONS = words(
    "flu|grippe|gripe|griep|grypa|grypę|grypy|grypą|buikgriep|stomach flu|stomach bug|"
    "gastro-entérite|gastroentérite|magen-darm-grippe|magen-darm-infekt|gastroenterite|"
    "gastroenteritis|grypa żołądkowa|grypę żołądkową|jelitówka|jelitówkę|chicken pox|"
    "varicelle|windpocken|waterpokken|ospa wietrzna|ospę wietrzną|ospa|ospę|ospy|ospą|"
    "rougeole|masern|morbillo|sarampión|sarampion|mazelen|mumps|oreillons|orecchioni|paperas|"
    "whooping cough|coqueluche|keuchhusten|pertosse|tos ferina|kinkhoest|krztusiec|krztuśca|"
    "scarlatine|scharlach|scarlattina|escarlatina|roodvonk|szkarlatyna|szkarlatynę|"
    "szkarlatyny|rubéole|röteln|rosolia|rubéola|rodehond|tonsillitis|strep throat|angine|"
    "mandelentzündung|amigdalitis|keelontsteking|angina|anginę|anginy|zapalenie oskrzeli|"
    "zapalenia oskrzeli|zapaleniem oskrzeli|ear infection|otite|mittelohrentzündung|"
    "ohrenentzündung|otitis|oorontsteking|zapalenie ucha|zapalenia ucha|pink eye|"
    "conjunctivitis|conjonctivite|bindehautentzündung|congiuntivite|conjuntivitis|"
    "bindvliesontsteking|zapalenie spojówek|zapalenia spojówek|infección de orina|sinusitis|"
    "nebenhöhlenentzündung|bijholteontsteking|zapalenie zatok|zapalenia zatok|gürtelrose|"
    "fuoco di sant'antonio|herpes zóster|herpes zoster|gordelroos|półpasiec|półpaśca|"
    "hand-foot-and-mouth disease|syndrome pieds-mains-bouche|hand-fuß-mund-krankheit|"
    "malattia mani-piedi-bocca|enfermedad boca-mano-pie|hand-voet-mondziekte|bostonka|"
    "bostonkę"
)


#: Words that make a named person the author, lecturer or discoverer of what is said about a
#: condition ("the paper by John Smith on diabetes", "Professor Jan Kowalski gives a lecture on
#: epilepsy", "Co odkryła Maria Skłodowska o raku?"), not its patient. Seven languages.
SCHOLARLY = re.compile(
    r"(?<!\w)(?:papers?|articles?|artikel|article|studie[ns]?|study|studies|étude|studio|"
    r"estudio|onderzoek|badani\w*|lectures?|vortrag|conférence|lezione|conferencia|lezing|"
    r"wykład\w*|books?|buch|livre|libro|boek|książk\w*|thesis|research|forschung|recherche|"
    r"ricerca|investigación|professor\w*|prof\.|profesor\w*|discover\w*|entdeck\w*|"
    r"découv\w*|scopr\w*|descubr\w*|ontdek\w*|odkry\w*|describ\w*|beschr(?:ieb|eef)\w*|"
    r"décri\w*|descri(?:sse|bió)\w*|opisa\w*|wrote|written|schrieb|écrit|scritto|escribió|"
    r"schreef|napisa\w*|nobel\w*)(?!\w)",
    re.I,
)
#: Trainings and events held in a room ("Room 1 – M. Dupont : formation diabète").
TRAINING = re.compile(
    r"(?i:formation|szkoleni\w*|schulung\w*|workshop\w*|webinar\w*|corso|taller|training|"
    r"seminar\w*|séminaire|cursus|sesja|session|convegno|congrès|kongres\w*|meeting|réunion|"
    r"riunione|reunión|vergadering|spotkanie|besprechung)"
)
