"""Word lists for person names standing alone as one token (used by ``_lone_names``).

Hand-written, across the seven languages we scan:

- verbs only a person does ("was born", "died", "married", "est né", "starb", "zmarł"): the
  token before them may be unknown to every word list;
- verbs shared with organisations ("said", "announced", "joined", "a déclaré", "sagte"): the
  token before them must be a known given name or surname, and no company or brand;
- roles and occupations that ``_names_data.ROLES`` lacks ("the pianist", "wokalista");
- nouns that only a person owns ("Lessing's patron", "Carder's parents"), and the words after
  them that make the owner a company ("Apple's parent company");
- creative works' agents ("composed by", "écrites par", "scritto da");
- one-token companies and brands that are also surnames ("Ford said", "Bosch announced").
"""

from __future__ import annotations

from proxy.classify._base import words

#: Verbs and phrases only a person is the subject of.
PERSON_VERBS = words(
    "was born|is born|died|married|marries|lives|lived|resides|resided|grew up|"
    "graduated|retired|resigned|was elected|was knighted|was baptized|was baptised|"
    "was buried|was murdered|was assassinated|was arrested|was sentenced|was convicted|"
    "was imprisoned|was exiled|was ordained|was crowned|was raised|was pregnant|gave birth|"
    "fell in love|divorced|and his wife|and her husband|himself|herself|studied|"
    "pleaded|testified|apologized|apologised|confessed|whispered|smiled|laughed"
)
#: The same verbs in the other languages, where an adverb may open the sentence before an
#: inverted subject ("Ayer murió mi abuelo", "Vermutlich starb der König"): they take a known
#: name only.
PERSON_VERBS_INVERTED = words(
    "est né|est née|est mort|est morte|est décédé|est décédée|a épousé|s'est marié|"
    "s'est mariée|a grandi|a étudié|a démissionné|wurde geboren|ist gestorben|starb|"
    "heiratete|wohnt|wohnte|studierte|è nato|è nata|è morto|è morta|morì|nacque|sposò|"
    "ha sposato|abita|visse|studiò|si laureò|nació|murió|falleció|se casó|vive en|vivió|"
    "estudió|creció|se graduó|werd geboren|overleed|stierf|trouwde|woont|woonde|studeerde|"
    "urodził się|urodziła się|zmarł|zmarła|ożenił się|mieszka|mieszkał|mieszkała|studiował|"
    "studiowała"
)
#: Verbs an organisation can be the subject of too, in English (below: with the other
#: languages). Not "met" (Dutch "with"), "dies" (German "this"), "left" (an adjective first) or
#: "sent", frequent in any text.
SHARED_VERBS_EN = words(
    "said|says|told|tells|replied|answered|asked|announced|joined|stated|has stated|claimed|"
    "added|explained|argued|wrote|writes|believes|thinks|wants|knows|felt|decided|agreed|"
    "refused|admitted|denied|insisted|noted|recalled|became|began|started|played|scored|"
    "won|signed|opened|founded|finds|found|arrives|arrived|returned|took|"
    "made|helped|tried|worked|works|is working|was working|has said|had said|"
    # meeting notes: "Kowalski presented the budget, Nowak disagreed"
    "presented|proposed|disagreed|suggested|recommended|objected|promised|complained|"
    "mentioned|"
    # a colleague in a ticket or a complaint (see below)
    "reproduced|forgot|forgets|prefers|called|emailed|phoned"
)
#: Verbs an organisation can be the subject of too, in the seven languages.
SHARED_VERBS = SHARED_VERBS_EN + words(
    "a déclaré|a dit|déclare|a annoncé|a expliqué|affirme|a affirmé|raconte|a répondu|"
    "sagte|sagt|erklärte|meinte|betonte|schrieb|antwortete|fragte|ha dichiarato|ha detto|"
    "disse|dichiarò|ha spiegato|ha affermato|affermò|rispose|dijo|afirmó|declaró|explicó|"
    "señaló|aseguró|respondió|ha dicho|zei|zegt|verklaarde|vertelde|antwoordde|schreef|"
    "powiedział|powiedziała|stwierdził|stwierdziła|dodał|dodała|napisał|napisała|"
    "odpowiedział|odpowiedziała|"
    # meeting notes ("Kowalski presented the budget, Nowak disagreed")
    "a présenté|a proposé|n'était pas d'accord|präsentierte|widersprach|"
    "ha presentato|ha proposto|presentó|propuso|presenteerde|przedstawił|przedstawiła|"
    "zaproponował|zaproponowała|"
    # a colleague in a ticket or a complaint: "Castellanos quiere cambiar la fecha",
    # "Bertolini continua a cambiare idea", "Kowalczyk ciągle zmienia plany"
    # (not "can", "must", "needs", "keeps", "reported": products, places, the weather and
    # firms do those: "Kafka keeps rebalancing", "Mróz może uszkodzić", "Rossignol doit")
    "veut|trouve|pense|préfère|"
    "demande|a oublié|a appelé|a envoyé|a reproduit|findet|hat angerufen|hat vergessen|"
    "vuole|continua a|riesce a|ha chiamato|ha dimenticato|quiere|sigue sin|ha llamado|"
    "ha olvidado|prefiere|wil|vindt|denkt|heeft gebeld|is vergeten|chce|ciągle|uważa|prosi|"
    "zadzwonił|zadzwoniła|zapomniał|zapomniała|"
    # what a colleague says, in the present ("Dubois dit que", "Ferri dice che", "Navarro dice
    # que", "Wójcik mówi, że")
    "dit que|dice che|dice que|mówi, że|mówi że"
)
#: What a person has not done yet, as HR notes and complaints open ("Gallagher hasn't returned
#: his laptop", "Brandt hat schon wieder getauscht", "Rossi non ha restituito", "Bakker heeft
#: nog steeds"): shared with organisations too ("Acme hasn't paid"), so a known name only.
NEGATED = words(
    "hasn't|hasn’t|hadn't|didn't|didn’t|won't|won’t|can't|can’t|doesn't|doesn’t|still hasn't|"
    "n'a pas|n'a toujours pas|n’a pas|n’a toujours pas|ne veut pas|ne peut pas|"
    "hat noch nicht|hat schon wieder|hat immer noch|hat wieder|ist noch nicht|will nicht|"
    "non ha|non ha ancora|non vuole|non può|no ha|todavía no|aún no|no quiere|no puede|"
    "heeft nog|heeft nog steeds|heeft nog niet|wil niet|is nog niet|"
    "nie oddał|nie oddała|nie przyszedł|nie przyszła|jeszcze nie|nadal nie|znowu|"
    # what a person still holds ("Bakker heeft zijn laptop nog niet ingeleverd")
    "has his|has her|hat seinen|hat seine|hat sein|hat ihren|hat ihre|hat ihr|heeft zijn|"
    "heeft haar|a son|a sa|a ses|ha il suo|ha la sua|tiene su|ma swój|ma swoją"
)
#: Roles and occupations written right before a person's name that ``ROLES`` lacks.
ROLES_MORE = frozenset(
    words(
        "wokalista|wokalistka|gitarzysta|perkusista|basista|pianista|skrzypek|śpiewak|"
        "cantautore|chitarrista|batterista|bassista|tenore|violinista|violoncellista|"
        "violinist|cellist|dirigent|dancer|ballerina|tänzer|tänzerin|danseur|"
        "danseuse|bailarín|bailarina|ballerino|sculptor|scultore|sculpteur|bildhauer|escultor|"
        "rzeźbiarz|philosopher|philosophe|philosoph|filosofo|filósofo|filozof|mathematician|"
        "mathématicien|mathematiker|matematico|matemático|matematyk|physicist|physicien|"
        "physiker|fisico|físico|fizyk|chemist|chimiste|chemiker|chimico|químico|chemik|"
        "historian|historien|historiker|storico|historiador|historyk|economist|économiste|"
        "ökonom|economista|ekonomista|scientist|wissenschaftler|scienziato|científico|"
        "naukowiec|inventor|explorer|astronaut|wrestler|cyclist|swimmer|sprinter|golfer|"
        "quarterback|winger|admiral|dictator|dictateur|"
        "diktator|dittatore|dictador|dyktator|tyrant|usurper|prophet|apostle|sänger|"
        "schauspieler|songwriter|singer-songwriter|keyboardist|saxophonist|trumpeter|"
        "clarinetist|organist|baritone|soprano|vocalist|frontman|frontwoman|chanteur|"
        "guitariste|batteur|bassiste|pianiste|violoniste|cantante|cantaor|guitarrista|"
        "baterista|zangeres|gitarist|drummer|pianist|journalist|novelist|playwright|"
        "dramaturge|drammaturgo|dramaturgo|dramatopisarz|essayist|biographer|illustrator|"
        "cartoonist|stylist|tennisman|tennista|tenista|"
        "jockey|shortstop|linebacker"
    )
)
#: Nouns after "'s" that only a person owns ("Lessing's patron", "Carder's parents").
OWNED = words(
    "wife|husband|son|daughter|sons|daughters|mother|father|mom|mum|dad|parents|brother|"
    "sister|brothers|sisters|siblings|children|kids|family|grandfather|grandmother|grandson|"
    "granddaughter|uncle|aunt|nephew|niece|cousin|widow|widower|fiancé|fiancée|girlfriend|"
    "boyfriend|lover|spouse|in-laws|patron|mentor|career|life|death|birth|birthday|funeral|"
    "wedding|marriage|divorce|childhood|youth|biography|autobiography|memoir|memoirs|diary|"
    "grave|tomb|murder|assassination|lawyer|attorney|doctor|physician|therapist|bodyguard|"
    "pregnancy|illness|diagnosis|poem|poems|poetry|paintings|symphony|symphonies|sonata|"
    "sonatas|novels|teachings|writings|theory|theories|philosophy|reign|presidency|"
    "girlfriends|boyfriends|ex-wife|ex-husband|stepfather|stepmother|stepson|stepdaughter|"
    "first wife|second wife|late wife|late husband|older brother|younger brother|"
    # HR and care records: "Kim's performance review", "Tomasz's payslip"
    "performance review|appraisal|CV|résumé|payslip|timesheet|sick leave|sick note|"
    "medical record|medical records|blood test|prescription|home address|phone number|"
    "date of birth|tax return|"
    "older sister|younger sister|eldest son|eldest daughter|only son|only daughter|"
    "early life|personal life|film career|acting career|solo career|musical career|"
    "political career|playing career|"
    # a colleague's things and requests in a ticket or a note: "Priya's laptop", "Priya's
    # appointment" (a known name only, so "Apple's laptop" is none; not "car" or "manager":
    # "Haas's car", "Preston's manager" are a team's)
    "laptop|appointment|desk|leave request|holiday request|vacation|holiday|contract|salary|"
    "line manager|computer|badge|mailbox|inbox|calendar|shift|farewell|onboarding|"
    "replacement|expense report|expenses"
)
#: Words right after an owned noun that make the owner a company or a thing ("Apple's parent
#: company", "Intel's family of processors", "Python's life cycle").
#: The owned nouns that are a person's spouse or a step-relative: a firm has none of them (not
#: "father", "mother", "son" or "daughter": "Bitcoin's father", "Alphabet's daughter").
KIN = frozenset(
    words(
        "wife|husband|widow|widower|fiancé|fiancée|"
        "ex-wife|ex-husband|stepfather|stepmother|stepson|stepdaughter|first wife|"
        "second wife|late wife|late husband|grandmother|grandfather|grandson|granddaughter"
    )
)
NOT_AFTER_OWNED = frozenset(
    words(
        "company|companies|firm|brand|brands|of|cycle|cycles|span|time|expectancy|insurance|"
        "ship|ships|site|sites|station|stations|organisation|organization|label|labels|"
        "product|products|model|models|project|projects|process|processes|node|nodes|class|"
        "classes|object|objects|element|elements|window|widget|thread|threads|directory|"
        "folder|table|tables|record|records|key|keys|pointer|reference|tree|trees|list|"
        "support|sciences|science|blood|line|lines|style"
    )
)
#: Verbs whose agent ("by", "par", "da", "por", "door", "von", "przez") authored a work.
AUTHORED = words(
    "composed by|written by|lyrics by|directed by|painted by|sung by|narrated by|"
    "illustrated by|authored by|choreographed by|sculpted by|translated by|"
    "composée par|composé par|écrite par|écrites par|écrit par|écrits par|réalisé par|"
    "peint par|chantée par|composta da|composto da|composte da|scritta da|scritto da|"
    "scritte da|diretto da|diretta da|dipinto da|cantata da|compuesta por|compuesto por|"
    "escrita por|escrito por|escritas por|dirigida por|dirigido por|pintado por|"
    "cantada por|geschreven door|gecomponeerd door|geregisseerd door|geschilderd door|"
    "gezongen door|komponiert von|geschrieben von|gemalt von|gesungen von|inszeniert von|"
    "napisane przez|napisana przez|napisany przez|skomponowane przez|skomponowana przez|"
    "wyreżyserowany przez|namalowany przez"
)
#: One-token companies, brands, clubs and universities that are also surnames or given names
#: ("Ford said", "Bosch announced", "Williams signed").
COMPANIES = frozenset(
    words(
        "Ford|Dell|Bosch|Philips|Ferrari|Siemens|Porsche|Disney|Boeing|Tesla|Nestlé|Heineken|"
        "Michelin|Renault|Peugeot|Citroën|Fiat|Benetton|Prada|Gucci|Armani|Versace|Chanel|Dior|"
        "Cartier|Bayer|Merck|Pfizer|Roche|Novartis|Sanofi|Kellogg|Heinz|Kraft|Mars|Hilton|"
        "Marriott|Hyatt|Walmart|Target|Costco|Lidl|Aldi|Tesco|Sainsbury|Barclays|Lloyds|"
        "Schwab|Morgan|Goldman|Deloitte|Reuters|Bloomberg|Forbes|Nielsen|Gallup|Nokia|"
        "Ericsson|Samsung|Sony|Toyota|Honda|Nissan|Mazda|Suzuki|Yamaha|Hitachi|Toshiba|"
        "Panasonic|Canon|Nikon|Olympus|Mitsubishi|Subaru|Bentley|Jaguar|Rover|Lotus|McLaren|"
        "Williams|Mercedes|Opel|Volvo|Saab|Skoda|Audi|Lancia|Maserati|Lamborghini|Bugatti|"
        "Dodge|Chrysler|Chevrolet|Buick|Cadillac|Lincoln|Harley|Davidson|Kawasaki|Ducati|Yale|"
        "Harvard|Stanford|Princeton|Cornell|Duke|Oxford|Cambridge|Moody|Fitch|Nasdaq|Dow|"
        "Airbus|Bombardier|Lockheed|Raytheon|Honeywell|Caterpillar|Deere|Goodyear|Firestone|"
        "Bridgestone|Pirelli|Dunlop|Kodak|Xerox|Hewlett|Packard|Compaq|Lenovo|Huawei|Xiaomi|"
        "Alibaba|Baidu|Yahoo|Netflix|Spotify|Uber|Lyft|Twitter|Facebook|Meta|Reddit|Slack|"
        "Zoom|Stripe|Visa|Chase|Wells|Fargo|Santander|Allianz|Generali|Zurich|Aviva|"
        "Prudential|Fidelity|Vanguard|Carlyle|Bain|McKinsey|Ernst|Young|Miele|Braun|Krupp|"
        "Thyssen|Henkel|Beiersdorf|Continental|Linde|Merz|Haribo|Bahlsen|Oetker|Lufthansa|"
        "Rolex|Omega|Swatch|Lacoste|Hermès|Guerlain|Lancôme|Bic|Dassault|Thales|Safran|"
        "Alstom|Danone|Carrefour|Auchan|Leclerc|Barilla|Lavazza|Ferrero|Bulgari|Zara|Mango|"
        "Seat|Cupra|Telefónica|Inditex|Repsol|Iberdrola|Shell|Unilever|Heijmans|Ahold|Albert|"
        "Heijn|Orlen|Allegro|Juventus|Arsenal|Chelsea|Ajax|Celtic|Benfica|Bayern|Hertha|"
        "Everton|Fulham|Watford|Brentford|Burnley|Wolves|Palermo|Parma|Genoa|Sevilla|Betis|"
        "Bolt|Monzo|Netto|Obi|Rossmann|Otto|Knorr|Smirnoff|Guinness|Boulanger|Gartner|Thomann|"
        "Douglas|Enel|Tata|Warner|Springer|Bertelsmann|Wisła|Legia|Lech|Górnik"
    )
)

#: Sentence adverbs that may open a sentence before its subject ("Ayer Lucía dijo", "Luckily
#: Brandt said", "Purtroppo Giulia ha detto") and that the word lists lack (lower case).
OPENERS = frozenset(
    words(
        "afterwards|meanwhile|luckily|unluckily|finalement|heureusement|malheureusement|"
        "apparemment|purtroppo|fortunatamente|ayer|hoy|luego|entonces|anoche|desgraciadamente|"
        "afortunadamente|nu|leider|anschließend|inzwischen"
    )
)

#: Capitalised words opening a sentence that are known surnames or given names somewhere but
#: words first (determiners, pronouns, nationalities): "Mucha gente", "Español quiere".
WORDS_FIRST = words(
    "Mucho|Muchos|Muchas|Poco|Poca|Español|Española|Alemana|Inglés|Francés|"
    "Italiano|Italiana|Polaco|Todo|Toda|Cada|Nadie|Alguien|Nessuno|Qualcuno|Tutti|Ognuno|Ktoś|"
    "Nikt|Każdy|Wszyscy|Iemand|Niemand|Iedereen|Jemand|Jeder|Personne|Chacun|Tout|Chaque|Uno|"
    "Otro|Otra|Altro|Altra|Elle|Lui|Usted|Nuevo|Nueva|"
    "Nuestra|Nuestro|Vuestra|Vuestro|Esta|Este|Esa|Ese|Aquella|Mía|Tuya|Suya|Loro|Nostra|"
    "Nostro|Vostra|Questa|Quella|Notre|Votre|Cette|Leur|Ona|Nasza|Nasz|Wasza|Jej|Jego|Haar|"
    "Zijn|Onze|Ihre|Seine|Unsere|Eure|Her|His|Our|Their"
)
