"""Word lists of ``health_symptoms``: parts of the body, what people say is wrong with them, and
the idioms that use both without any symptom. Lower case; written for these detectors.

Parts that name other things too ("back", "side", "hand", "head", "face", the Dutch "arm"
(poor), "been" (leg, and English "been"), "hoofd" (head, and chief), the Polish "stopy" (feet,
and interest rates)) count only after a determiner, a possessive or a side word, or beside the
symptom itself ("sore back", "spuchnięte stopy"). Parts whose word is also a language ("lingua",
"langue", "lengua", "język"), a number or a pronoun ("dos", "os", "nos") are not listed.
"""

from __future__ import annotations

from proxy.classify._base import words

BODY = frozenset(
    words(
        # English
        "neck|chest|stomach|tummy|belly|abdomen|knee|knees|leg|legs|arm|arms|hand|hands|feet|"
        "foot|ankle|ankles|wrist|wrists|shoulder|shoulders|hip|hips|elbow|elbows|finger|"
        "fingers|toe|toes|calf|calves|thigh|thighs|joint|joints|eye|eyes|ear|ears|throat|jaw|"
        "teeth|tooth|gums|skin|lips|breast|breasts|groin|bladder|kidney|kidneys|spine|ribs|"
        "heel|heels|nose|back|head|face|"
        # French
        "tête|cou|nuque|dos|poitrine|ventre|estomac|genou|genoux|jambe|jambes|bras|main|mains|"
        "pied|pieds|cheville|chevilles|poignet|poignets|épaule|épaules|hanche|hanches|coude|"
        "coudes|doigt|doigts|orteil|orteils|mollet|mollets|cuisse|cuisses|articulations|yeux|"
        "œil|oeil|oreille|oreilles|gorge|mâchoire|dents|dent|gencives|peau|visage|lèvres|sein|"
        "seins|aine|vessie|reins|talon|talons|nez|"
        # German
        "kopf|nacken|hals|rücken|brust|bauch|magen|knie|knien|bein|beine|beinen|arm|arme|armen|"
        "hand|hände|händen|fuß|füße|füßen|knöchel|knöcheln|handgelenk|handgelenke|schulter|"
        "schultern|hüfte|hüften|ellbogen|ellenbogen|finger|fingern|zeh|zehen|wade|waden|"
        "oberschenkel|gelenk|gelenke|gelenken|auge|augen|ohr|ohren|kiefer|zähne|zahn|"
        "zahnfleisch|haut|gesicht|lippen|leiste|blase|niere|nieren|wirbelsäule|rippen|ferse|"
        "fersen|nase|"
        # Italian
        "testa|collo|schiena|petto|torace|pancia|stomaco|addome|ginocchio|ginocchia|ginocchi|"
        "gamba|gambe|braccio|braccia|mano|mani|piede|piedi|caviglia|caviglie|polso|polsi|"
        "spalla|spalle|anca|anche|gomito|gomiti|dito|dita|alluce|polpaccio|polpacci|coscia|"
        "cosce|articolazioni|occhio|occhi|orecchio|orecchie|gola|mascella|dente|denti|gengive|"
        "pelle|viso|faccia|labbra|inguine|vescica|rene|reni|tallone|talloni|naso|"
        # Spanish
        "cabeza|cuello|nuca|espalda|pecho|barriga|tripa|estómago|rodilla|rodillas|pierna|"
        "piernas|brazo|brazos|mano|manos|pie|pies|tobillo|tobillos|muñeca|muñecas|hombro|"
        "hombros|cadera|caderas|codo|codos|dedo|dedos|gemelos|pantorrilla|pantorrillas|muslo|"
        "muslos|articulaciones|ojo|ojos|oído|oídos|oreja|orejas|garganta|mandíbula|diente|"
        "dientes|muela|muelas|encías|piel|cara|labios|ingle|vejiga|riñón|riñones|talón|"
        "talones|nariz|"
        # Dutch
        "hoofd|nek|rug|onderrug|borst|buik|maag|knie|knieën|been|benen|arm|armen|hand|handen|"
        "voet|voeten|enkel|enkels|pols|polsen|schouder|schouders|heup|heupen|elleboog|ellebogen|"
        "vinger|vingers|teen|tenen|kuit|kuiten|dij|dijen|gewricht|gewrichten|oog|ogen|oor|oren|"
        "keel|kaak|tand|tanden|kies|kiezen|tandvlees|huid|gezicht|lippen|tong|lies|blaas|nier|"
        "nieren|hiel|hielen|neus|"
        # Polish (more forms in ``POLISH_STEMS``)
        "plecy|plecach|pleców|plecami|ręka|ręki|rękę|ręką|ręce|rąk|rękach|rękami|stopa|stopy|"
        "stopę|stopie|stopach|stóp|stopami|pięta|pięty|pięcie|piętę|piętą|oczy|oczach|oczu|oko|"
        "oka|oku|ucho|uszy|uszu|uchu|uszach|stawy|stawach|stawów|nosa|nosie|kark|karku|"
        # eyelids and hair
        "eyelids|eyelid|hair|paupières|paupière|cheveux|lider|lidern|haare|haaren|palpebre|"
        "palpebra|capelli|párpados|párpado|pelo|cabello|oogleden|ooglid|powieki|powiekach|włosy|"
        "włosów|krzyżu"
    )
)
#: Beginnings of Polish parts of the body in all their cases ("kolan" → kolano, kolana,
#: kolanami); parts whose beginning starts other words are listed whole in ``BODY`` ("plecak" is
#: a backpack, "piętro" a floor, "ręcznik" a towel, "uchwała" a resolution).
POLISH_STEMS = words(
    "głow|szyj|szyi|brzuch|żołąd|kolan|nog|nóg|nodz|dłon|dłoń|kostk|kostek|kostc|nadgarst|"
    "ramie|ramię|ramion|biodr|łokc|łokie|palc|palec|łydk|łydek|łydc|gardł|gardl|szczęk|zęb|"
    "ząb|dziąs|skór|twarz|pachwin|pęcherz|nerk|nerc|kręgosłup|żebr|żeber|mięś|powiek|klatk|"
    "klatc|pośladk|pośladek"
)
#: Dutch parts with their side in front ("linkerhand", "rechterpols").
SIDES = words("linker|rechter")
#: Compounds of a part and a symptom (German, Dutch): "Wadenkrämpfe", "Knieschmerzen",
#: "rugpijn", "kuitkramp". Regular-expression pieces.
COMPOUND_PARTS = (
    r"knie|rücken|bauch|kopf|hals|ohren|zahn|gelenk|nacken|schulter|waden|brust|magen|fuß|"
    r"hand|bein|glieder|muskel|hüft|nieren|finger|arm|gesichts|augen|rug|buik|keel|oor|tand|"
    r"kies|nek|heup|spier|gewrichts|borst|maag|voet|enkel|pols|kuit|been|schouder"
)
COMPOUND_ENDS = r"schmerz(?:en)?|krämpfe|krampf|pijn|pijnen|kramp|krampen"
#: Parts named like other things: only after a determiner or beside the symptom.
NEEDS_DETERMINER = frozenset(
    words(
        "back|hand|hands|head|face|arm|arms|joint|joints|skin|eye|chest|calf|been|hoofd|"
        "rug|stopy|stopa|hals|kopf|brust|blase|magen|bras|main|mains|cara|mano|manos|pie|"
        "palce|oko|hand|handen|arm|armen|tand|kies|pelle|gola|collo|testa|klatka|teen|dij|"
        "oor|pols|enkel|kostka|kostki|cabeza|muñeca|muñecas|dedo|dedos|cadera|talon|sein|dent|"
        "hair|pelo|lider|pies"
    )
)
#: Prepositions and words of position between a symptom and its part, besides ``DETERMINERS``.
LIGHT = frozenset(
    words(
        "of|in|on|at|de|du|di|da|van|von|z|w|en|dans|sur|a|à|al|op|aan|part|parte|partie|teil|"
        "deel|część|lower|upper|bas|baja|bajo|basso|onder|dolna|dolnej|górna|górnej|whole|all|"
        "todo|toda|tout|toute|ganz|ganze|hele|tutto|tutta|inside|arrière|posteriore|a|an|un|"
        "una|une|uno|ein|eine|einen|einem|een|mes|mijn|are|is|est|sont|ist|sind|è|sono|es|"
        "están|está|zijn|jest|są|so|very|très|sehr|molto|muy|erg|bardzo|still|encore|noch|"
        "ancora|todavía|nog|wciąż|really|vraiment|echt|davvero|really"
    )
)
#: Parts that are other words of another language ("pies" is the Polish dog): only after
#: their own language's determiners.
ONLY_AFTER = {
    "pies": frozenset(words("los|mis|sus|tus|ambos|nuestros|dos")),
    "krzyżu": frozenset(("w",)),  # "strzyknęło mi w krzyżu"; "na krzyżu" is on the cross
}
#: Words before a part that make it a body's: determiners, possessives, sides.
DETERMINERS = frozenset(
    words(
        "my|his|her|your|their|our|the|both|left|right|lower|upper|s|"
        "mon|ma|mes|son|sa|ses|le|la|les|au|aux|du|des|l|ton|ta|tes|leur|leurs|"
        "der|die|das|den|dem|des|mein|meine|meinen|meinem|sein|seine|seinen|seinem|ihr|ihre|"
        "ihren|ihrem|linke|linken|linker|rechte|rechten|rechter|beide|beiden|im|am|"
        "il|i|gli|lo|al|alla|alle|ai|agli|allo|del|della|mio|mia|miei|mie|suo|sua|suoi|sue|"
        "sinistro|sinistra|destro|destra|"
        "el|los|las|mi|mis|su|sus|tu|tus|izquierdo|izquierda|derecho|derecha|"
        "mijn|m|zijn|z|haar|het|de|linker|rechter|beide|"
        "mój|moja|moje|jego|jej|lewa|prawa|lewej|prawej|lewą|prawą|lewe|prawe|obie|obu|lewy|"
        "prawy|lewego|prawego"
    )
)
#: What is wrong with a part, as people say it: regular-expression pieces, word beginnings
#: where inflections follow ("gonfi" → gonfie, gonfia, gonfiore).
SYMPTOMS = words(
    # English
    r"hurts|hurting|aches?|aching|sore|painful|pains?|swollen|swelling|swells?|swelled|puffy|numb|"
    r"shake|"
    r"numbness|tingl(?:es|ing|y)|pins and needles|shak(?:es|ing|y)|trembl(?:es|ing)|tremors?|"
    r"stiff|stiffness|itch(?:es|ing|y)|rash|bleed(?:s|ing)|burning|cramps?|cramping|"
    r"throbbing|lumps?|droop(?:s|ing|y)|bleed|falling out|"
    # French
    r"mal (?:au|à|aux|de)|douleurs?|gonfl\w*|enfl(?:é|ée|és|ées|ure)|engourdi\w*|fourmis|"
    r"fourmillements?|picotements?|tremble(?:nt)?|tremblements?|raides?|raideur|"
    r"démange\w*|saigne(?:nt)?|brûlures?|crampes?|bloqu(?:é|ée|és|ées)|me grattent|me gratte|"
    r"tombent|f(?:ait|ont) mal|"
    # German
    r"weh|schmerz\w*|geschwollen\w*|schwellung\w*|taub(?:e|en|er|heit\w*)?|kribbel\w*|zitter\w*|"
    r"steif\w*|juck\w*|ausschlag|blutet|brenn(?:t|en)|krämpfe|krampf\w*|angeschwollen\w*|"
    r"gezittert|"
    # Italian
    r"fa(?:nno)? male|mal (?:di|al|alla|alle|ai|agli|allo)|dolor[ei]|gonfi\w*|"
    r"intorpidit\w*|formicol\w*|trem(?:a|ano|ore|ori)|rigid\w*|prurito|prude|"
    r"sanguina(?:no)?|bruciore|bruciano|crampi|crampo|nodulo|cadono|"
    # Spanish
    r"duel(?:e|en)|dolor(?:es)?|hinch\w*|entumecid\w*|entumecimiento|hormigueos?|"
    r"tiembl(?:a|an)|temblor(?:es)?|rigidez|pican?|picor|picazón|sarpullido|sangra(?:n)?|"
    r"ardor|calambres?|escuec\w*|escoc\w*|se (?:me|le|te) duerme(?:n)?|"
    r"se (?:me|le|te) caen?|"
    # Dutch
    r"pijn\w*|opgezwollen|gezwollen|zwelling|gevoelloos|tinteling\w*|tintel(?:t|en)|"
    r"trill(?:en|t|de)|stijf\w*|stijve|jeuk\w*|uitslag|bloedt|brandt|kramp|krampen|krampje|knobbel|"
    r"bult|doet zeer|doen zeer|vallen uit|"
    # Polish
    r"bol(?:i|ą)|ból\w*|bóle|spuchnięt\w*|spuchł\w*|obrzęk\w*|opuchnięt\w*|opuchlizn\w*|"
    r"drętw\w*|zdrętwiał\w*|mrowieni\w*|mrowi|drż(?:ą|y|enie)|sztywn\w*|swędz\w*|wysypk\w*|"
    r"krwawi|piek(?:ą|e)|pieczenie|skurcz\w*|guz|guza|guzek|guzka|guzy|swędząc\w*|spuchł\w*|"
    r"strzyk\w*|wypadają"
)
#: Movements someone cannot make any more ("can't lift his arm", "non riesce ad alzare il
#: braccio"): a symptom only after a negation (``NEGATIONS``).
MOVES = words(
    r"lift|move|bend|straighten|lever|bouger|plier|heben|bewegen|beugen|"
    r"strecken|alzare|muovere|piegare|levantar|mover|doblar|optillen|"
    r"buigen|podnieść|ruszać|ruszyć|zgiąć|unieść|tourner|drehen|girare|girar|"
    r"draaien|obrócić|obracać"
)
NEGATIONS = frozenset(words("can't|cannot|unable|not|t|pas|plus|nicht|kaum|non|no|niet|nie|ne|n"))
#: The speaker in the first person right before a symptom: a subject pronoun, or a verb form
#: of the first person in the languages that drop their subjects ("nie mogę", "ho", "tengo").
FIRST_PERSON = frozenset(
    words(
        "j|ich|io|yo|ik|mam|mogę|czuję|ho|riesco|posso|sento|tengo|puedo|siento|peux|sens|"
        "heb|voel|me|mi|mnie|mir|mich"
    )
)
#: Idioms of a part and a symptom that say nothing of health (lower case, in the clause).
IDIOMS = words(
    "pain in the neck|pain in the ass|pain in the butt|pain in the backside|pain point|"
    "sight for sore eyes|stiff upper lip|itchy feet|makes my head|make my head|made my head|"
    "making my head|head spin|shake hands|shook hands|shaking hands with|shake my hand|"
    "shook my hand|ears are burning|ears burning|lump in my throat|lump in his throat|"
    "lump in her throat|lump in the throat|weak at the knees|boule dans la gorge|"
    "sore loser|side effect|growing pains|perde la testa|perso la testa|cadono le braccia|"
    "cae la cara|bras m'en tombent|qui m'en tombent|gratte la tête|vor lauter|real pain in|"
    "lift a finger|lifted a finger|itchy fingers|shake your|"
    "shaking my head|shake my head|shook my head|shakes his head|shakes her head|"
    "shook his head|shook her head|with excitement|with anticipation|with anger|with rage|"
    "with laughter|with fear|with nerves|cursor|robot|robots|roboter|roboters|robota|"
    "simulator|in the game|itching to|jeuken om|juckt mich in den fingern|"
    "juckt mir in den fingern|swędzą mnie ręce|pican las manos|prude la mano|"
    "kribbelt es im bauch|brandt op mijn tong|auf diesem ohr taub|swollen head|"
    "itchy trigger finger|shake a leg|stiff arm|saigne les oreilles|gonfia il petto|"
    "gonfiare il petto|dla mnie ból głowy|ból głowy dla|tourner le dos|girare la testa dall|"
    "girare le spalle|levantar la mano|um abzustimmen|fourmis dans les jambes, j'ai envie"
)
#: Animals whose parts are no person's (a vet's or owner's question).
ANIMALS = frozenset(
    words(
        "dog|dogs|cat|cats|horse|horses|puppy|kitten|pet|chien|chienne|chat|chatte|cheval|"
        "chiot|hund|hundes|katze|kater|pferd|pferdes|welpe|cane|cagna|gatto|gatta|cavallo|"
        "cucciolo|perro|perra|gato|gata|caballo|cachorro|hond|kat|poes|paard|puppy|pies|psa|"
        "psu|kot|kota|kotu|koń|konia|szczeniak"
    )
)
#: What makes a symptom a figure of speech or a topic: its cause is code, a project, an
#: emotion or thought ("my head hurts from this regex", "Mi tremano le gambe dall'emozione"),
#: or the sentence is about a text, a lesson or one's patients ("In my novel, …", "I'm a nurse
#: and I see swollen legs every day"). Lower case, whole words, anywhere in the sentence.
FIGURATIVE = words(
    "code|codes|regex|css|project|projet|projekt|projektu|progetto|proyecto|codice|código|"
    "kod|kodu|kodem|projektem|projekcie|design|thinking|penser|pensarci|pensar|denken|emotion|émotion|emozione|emoción|"
    "zenuwen|aufregung|embarrassment|excitement|orgoglio|pride|stolz|lacrime|tears|larmes|"
    "elogio|novel|roman|romanzo|novela|powieść|article|artikel|articolo|artículo|artykuł|"
    "guide|guía|guida|gids|poradnik|lesson|leçon|lezione|lección|lekcja|students|"
    "patients|patiënten|pacjentów|pacientes|pazienti|nurse|physio|infirmière|krankenschwester|"
    "exercise|exercice|übung|esercizio|ejercicio|oefening|ćwiczenie|präsentation|presentation|"
    "kritiek"
)
#: Relatives in the cases a symptom takes them in ("Babci spuchły kostki", "a mi madre le
#: duelen"), and the words for parents that ``health.personal`` does not count alone.
RELATIVES_NEAR = frozenset(
    words(
        "mama|tata|mamma|maman|mamá|papá|mamie|papi|mamą|mamę|tacie|taty|babci|babcię|"
        "dziadkowi|dziadka|bratu|brata|siostrze|siostry|mężowi|męża|żonie|żony|synowi|syna|"
        "córce|córki|teściowi|teściowej|opa|oma|nonna|nonno|abuela|abuelo"
    )
)
