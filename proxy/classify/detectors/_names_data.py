"""Word lists for names without cues: the gazetteers (shipped files) and hand-written lists.

The gazetteers come from Faker's per-locale person and address providers (MIT License), built by
``proxy/classify/data/build_names.py``; see ``proxy/classify/data/README.md``. The lists below
are hand-written: words that are also names, what a name next to a street or institution word
means, eponyms and brands, and the context words that make a bare name likelier.
"""

from __future__ import annotations

from importlib import resources

from proxy.classify._base import words
from proxy.classify.detectors import _eponyms, _surnames_hand
from proxy.classify.detectors._nicknames import NICKNAMES


def _load(name: str) -> frozenset[str]:
    """One shipped word list (``#`` lines are headers naming source and licence)."""
    text = resources.files("proxy.classify").joinpath("data", name).read_text(encoding="utf-8")
    return frozenset(line for line in text.splitlines() if line and not line.startswith("#"))


#: The gazetteer's given names and the hand-written nicknames it lacks (``_nicknames``).
GIVEN = _load("given_names.txt") | NICKNAMES
#: The gazetteer's surnames and the frequent ones it lacks (``_surnames_hand``).
SURNAMES = _load("surnames.txt") | _surnames_hand.SURNAMES
#: The second tier (faker-js, FakerPHP): in full names only (``_name_tiers``).
GIVEN_MORE, SURNAMES_MORE = _load("given_names_more.txt"), _load("surnames_more.txt")
#: Given names that are also everyday words ("Hope", "Stella", "Wolf"): they need more evidence.
NAME_WORDS = _load("name_words.txt")
PLACES = _load("places.txt")
#: Everyday words of six languages, lower case: a capitalised one is likelier the word.
COMMON = _load("common_words.txt")
#: Words of 26 languages, lower case (Mimesis' word lists): a larger, looser list than ``COMMON``
#: (it holds some proper nouns), for the tokens after a title ("General Motors").
WORDS = _load("words.txt")
#: The English words among them (Mimesis' English word lists).
ENGLISH_WORDS = _load("english_words.txt")
#: The given names among them that are no words there, lower case ("anna", "daniel", "laura":
#: none of Mimesis' sentences writes them in lower case).
LIST_NAMES = _load("list_names.txt")
#: Everyday Spanish words, less given names and surnames (``COMMON`` has no Spanish).
SPANISH_WORDS = _load("spanish_words.txt")

#: Given names that are, first of all, words, months or places: a name only with a known surname
#: and context (or a cue detector's title). Hand-written, across the languages we scan.
AMBIGUOUS = frozenset(
    words(
        "Will|May|Mark|Rose|Grace|Sky|Joy|Hope|Faith|Bill|Summer|April|June|July|August|Autumn|"
        "Art|Gene|Guy|Pat|Rob|Jack|Frank|Grant|Dean|Page|Sue|Miles|Chase|Hunter|Carter|Drew|Ray|"
        "Rich|Glen|Dale|Heath|Cliff|Earl|Baker|Price|Penny|Ruby|Amber|Crystal|Jade|Iris|Daisy|"
        "Lily|Holly|Ivy|Violet|Dawn|Eve|Harmony|Melody|Trinity|Destiny|Angel|Major|Prince|King|"
        "Duke|Royal|Sterling|Young|Rock|Stone|Brook|River|Forest|Storm|Rain|Star|Sunny|Honey|"
        "Candy|Ginger|Pepper|Olive|Basil|Sage|Ash|Reed|Wade|Max|Constant|Modeste|Prudence|"
        "Victoire|Blanche|Ernst|Felice|Serena|Celeste|Marina|Vittoria|Speranza|Fortunata|Rosa|Luz|"
        "Paz|Sol|Dolores|Amparo|Blanca|Consuelo|Pilar|Mercedes|Esperanza|Salvador|Santos|Cruz|"
        "Rosario|Reyes|Nieves|Victoria|Paris|Florence|Sydney|Austin|Dallas|Chelsea|Georgia|"
        "Virginia|Carolina|Adelaide|Jordan|India|Lourdes|Madison|Savannah|Brooklyn|Phoenix|"
        "Houston|Lincoln|Orlando|Valencia|Roma|Regina|Siena|Verona|Aurora|Asia|Africa|America|"
        "Europa|Kenya|Dakota|Montana|Berlin|London|Vienna|Alexandria|Christian|Bay|Lane|Long|Hall|"
        "Bank|Ford|Story|Sterre|Puck|Mees|Roos|Fleur|Floor|Job|Bas|Lot|Wolf|Hope|Vita|Stella|"
        "Charity|Peace|Blessing|Comfort|Patience|Precious|Gift|Goodness|Mercy|Favour|Favor|"
        "Happiness|Lucky|Memory|Promise|Treasure|Unity|Wisdom|Sunday|Monday|Friday|Teddy|Ping|"
        "Min|Jing|Long|Man|Bin|Dong|Wing|Ai|Ha|Nam|Van|Thanh|Kim|Sun|Hong|Anh|Vi|Binh|Lucky|"
        "German|Reino|Nova|Corona|Condom|Esmeralda|Violeta|Ambra|Perla|Rubí|Turquesa|Amatista"
    )
)
#: Capitalised words that are never part of a person's name here (months, weekdays, holidays).
NOT_NAME = frozenset(
    words(
        "January|February|March|April|May|June|July|August|September|October|November|December|"
        "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Janvier|Février|Mars|Avril|Mai|"
        "Juin|Juillet|Août|Septembre|Octobre|Novembre|Décembre|Lundi|Mardi|Mercredi|Jeudi|"
        "Vendredi|Samedi|Dimanche|Januar|Februar|März|Juni|Juli|Oktober|Dezember|Montag|Dienstag|"
        "Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|Gennaio|Febbraio|Marzo|Aprile|Maggio|Giugno|"
        "Luglio|Agosto|Settembre|Ottobre|Dicembre|Lunedì|Martedì|Mercoledì|Giovedì|Venerdì|"
        "Sabato|Domenica|Enero|Febrero|Abril|Mayo|Junio|Julio|Septiembre|Octubre|Noviembre|"
        "Diciembre|Lunes|Martes|Miércoles|Jueves|Viernes|Sábado|Domingo|Maart|Mei|Augustus|"
        "Maandag|Dinsdag|Woensdag|Donderdag|Vrijdag|Zaterdag|Zondag|Styczeń|Luty|Marzec|Kwiecień|"
        "Maj|Czerwiec|Lipiec|Sierpień|Wrzesień|Październik|Listopad|Grudzień|Poniedziałek|Wtorek|"
        "Środa|Czwartek|Piątek|Sobota|Niedziela|Christmas|Easter|Noël|Weihnachten|Ostern|Natale|"
        "Pasqua|Navidad|Pascua|Kerstmis|Pasen|Boże|Wielkanoc|Day|Week|Weekend|Street|Avenue|Road|"
        "Edition|Version|Release|Chapter|Volume|Part|Series|Season|Episode|Act|Scene|Code|"
        "Sonnet|Opus|Haiku|Desktop|Pro|Max|Plus|Mini|Ultra|Lite|Premium|Cloud|Studio|Framework|"
        "Library|Engine|Server|Client|Assistant|Bot|Chat|Language|Programming|Script|Tests|Test|"
        "Runner|Pipeline|Material|Design|Template|Templates|Plugin|Module|Package|App|Apps|"
        "Android|Windows|Linux|Mobile|Web|Online|Digital|Software|Hardware|Network|Data|"
        "Analytics|Platform|Service|Services|Project|Team|Group|Club|Fund|Index|Award|Prize|"
        "Company|Corporation|Incorporated|"
        "Foundation|Institute|University|College|School|Hospital|Center|Centre|Museum|Park|"
        "Street|Avenue|Road|Lane|Drive|Square|Place|Bridge|Tower|Hotel|Airport|Station|Theorem|"
        "Effect|Syndrome|Disease|Law|Principle|Equation|Method|Algorithm|Model|Models|Store|"
        "Unido|Unidos|Unida|Unidas|Scotia|Senator|Europe|Kart|Talk|Dolny|Dolna|Górny|Górna|"
        "Wielki|Wielka|Mały|Mała|Nowy|Nowa|Stary|Stara|High|Senior|Junior|Republic|Kingdom|"
        "Error|Errors|Exception|Warning|Request|Response|Manager|Admin|Console|Dashboard|"
        "Portal|Gateway|Router|Proxy|Cluster|Node|Edition|Update|Upgrade|Support|Account|"
        "Python|Java|JavaScript|TypeScript|Kotlin|Kubernetes|Docker|Terraform|Excel|Outlook|"
        "Google|Chrome|Firefox|Safari|Siri|Alexa|Cortana|Copilot|Gemini|ChatGPT|Claude|Mistral"
    )
)
#: Given names that are also names of missions, ships, games or films numbered in Roman
#: numerals ("Apollo XI", "Rocky IV", "Gemini III"): no regnal name. Hand-written.
NOT_REGNAL = frozenset(
    words(
        "Apollo|Gemini|Mercury|Saturn|Titan|Atlas|Soyuz|Voyager|Pioneer|Rocky|Rambo|Final|"
        "Star|Halo|Diablo|Sonic|Mario|Zelda|Tekken|Fifa|Alien|Shrek|Cars|Creed|Jaws|Superman"
    )
)
#: Words that number a part of a text or a thing ("Section Anna IV", "Chapter Victor IV",
#: "Formula Rossa II"): a given name and a Roman numeral after them are no monarch.
#: Hand-written, lower case, seven languages.
NUMBERED = frozenset(
    words(
        "section|chapter|part|book|volume|act|scene|appendix|annex|table|figure|formula|model|"
        "type|class|grade|level|phase|stage|series|season|episode|article|paragraph|clause|"
        "kapitel|abschnitt|teil|band|anhang|tabelle|abbildung|artikel|stufe|chapitre|partie|"
        "livre|tome|annexe|tableau|capitolo|parte|libro|allegato|tabella|articolo|capítulo|"
        "tomo|anexo|tabla|artículo|hoofdstuk|deel|boek|bijlage|tabel|rozdział|część|księga|"
        "tom|załącznik|tabela|artykuł|punkt"
    )
)
#: Given names that are first of all a programming language, library, product or myth when
#: they stand alone ("I use Julia.", "Powered by Jasmine.", "Named after Hermes."): a lone one
#: is no person; with a surname it still is ("Julia Roberts"). Hand-written.
PRODUCT_NAMES = frozenset(
    words(
        "Julia|Pascal|Jasmine|Jasper|Hermes|Haskell|Cassandra|Hugo|Jenkins|Gatsby|Karma|Mocha|"
        "Delphi|Godot|Alexa|Siri|Cortana|Watson|Sinatra|Ruby|Crystal|Elixir|Kotlin|Scala|"
        "Django|Flask|Ember|Electron|Cypress|Selenium|Celery|Pandas|Keras|Jupyter|Ansible|"
        "Grafana|Kibana|Fedora|Debian|Ubuntu|Gentoo|Mint|Kali|Tails|Athena|Apollo|Minerva|"
        "Juno|Venus|Vesta|Ceres|Odin|Thor|Loki|Zeus|Ares|Artemis|Hera|Gaia|Nike|Mallory|Trudy|"
        "Rust|Helm|Slack|Jira"
    )
)
#: Words before a storm's or a weather system's name ("hurricane Katrina", "Tief Bernd").
STORM_WORDS = frozenset(
    words(
        "hurricane|storm|typhoon|cyclone|tornado|ouragan|tempête|cyclone|uragano|tempesta|"
        "ciclone|huracán|tormenta|ciclón|orkaan|storm|huragan|sztorm|cyklon|hurrikan|sturm|"
        "orkan|tief|hoch|taifun|tifón|tifone|typhon|tajfun"
    )
)
#: Century words after a Roman numeral ("XIX secolo", "XX wieku"). Hand-written.
CENTURY = frozenset(
    words(
        "century|centuries|siècle|siècles|jahrhundert|jahrhunderts|secolo|secoli|siglo|siglos|"
        "eeuw|eeuwen|wiek|wieku|wieki|wieków|sec|s"
    )
)
#: Words right before a name that make it a street, square or institution ("rue Victor Hugo").
PLACE_BEFORE = frozenset(
    words(
        "rue|avenue|av|boulevard|bd|place|allée|quai|impasse|chemin|cours|square|via|viale|"
        "piazza|piazzale|corso|largo|vicolo|calle|avenida|plaza|paseo|carrer|camino|ronda|rua|ul|"
        "ulica|al|aleja|alei|plac|os|osiedle|pont|ponte|puente|most|hôpital|hopital|institut|"
        "instituto|istituto|collège|lycée|liceo|colegio|collegio|université|universität|"
        "università|universidad|universiteit|uniwersytet|politechnika|fondation|fondazione|"
        "fundación|fundacja|stichting|stiftung|aéroport|aeroporto|aeropuerto|lotnisko|stade|"
        "stadio|estadio|stadion|gare|stazione|estación|station|musée|museo|muzeum|teatro|théâtre|"
        "teatr|parc|parque|park|prix|premio|nagroda|szpital|ospedale|hospital|klinik|klinikum|"
        "gymnasium|école|escuela|scuola|szkoła|school|lyceum|college|centre|centro|centrum|"
        "cité|résidence|quartier|barrio|quartiere|metro|tram|team|club|fc|ss|uss|hms|st|saint|"
        "sainte|san|santa|santo|sankt|sint|św|the|vial|rambla|glorieta|urbanización|callejón|"
        "cañada|alameda|acceso|pasaje|cuesta|pasadizo|travesía|carretera|c|strada|borgo|"
        "contrada|rotonda|stretto|canale|lungomare|travessa|praça|estrada|vía|r|str|ave|rd|"
        "mémorial|memorial|memoriał|memorandum|trofeo|trophée|coppa|copa|pokal|puchar|cup|"
        # Spanish schools: "IES Antonio Machado", "CEIP Rosa Chacel"
        "ies|ceip"
    )
)
#: Salutations and titles: a run that starts with one starts with the name after it.
SALUTATIONS = frozenset(
    words(
        "dear|beste|liebe|lieber|cher|chère|caro|cara|querido|querida|estimado|estimada|gentile|"
        "geachte|szanowny|szanowna|drogi|droga|hallo|hello|hi|hey|hola|ciao|bonjour|salut|servus|"
        "moin|witaj|guten|sehr|herr|herrn|frau|pan|pani|signor|signora|señor|señora|don|doña|"
        "meneer|mevrouw|monsieur|madame|mister|miss|sir|lady|lord|dame|professor|doctor|doktor|"
        "dottore|dottoressa|mr|mrs|ms|dr|prof|mme|mlle|sig|sra|sr|dhr|mevr|kaiser|kaiserin|"
        "könig|königin|king|queen|prince|princess|prinz|prinzessin|emperor|empress|pope|papst|"
        "roi|reine|re|regina|rey|reina|koning|koningin|król|królowa|sultan|sheikh|emir|bishop|"
        "bischof|cardinal|kardinal|saint|sankt|st"
    )
)
#: Words right after a name that make it a street, institution, prize or company.
PLACE_AFTER = frozenset(
    words(
        "street|st|road|rd|avenue|ave|lane|ln|drive|boulevard|blvd|way|court|square|place|park|"
        "bridge|straße|strasse|str|platz|allee|weg|gasse|ring|damm|ufer|brücke|straat|laan|plein|"
        "singel|gracht|kade|hospital|clinic|klinik|klinikum|university|universität|institute|"
        "institut|school|schule|gymnasium|college|academy|akademie|foundation|stiftung|stichting|"
        "fund|trust|society|gesellschaft|museum|center|centre|zentrum|library|bibliothek|hall|"
        "halle|theater|theatre|stadium|stadion|arena|airport|flughafen|station|bahnhof|prize|"
        "award|medal|preis|prijs|lecture|fellowship|scholarship|chair|professorship|effect|"
        "syndrome|disease|law|principle|theorem|equation|constant|method|test|scale|index|"
        "model|collection|gallery|galerie|house|haus|tower|building|center|cup|trophy|memorial|"
        "monument|denkmal|high|elementary|middle|primary|campus|conservatory|orchestra|quartet|"
        "band|show|festival|studios|records|productions|pictures|films|press|verlag|editions|"
        "édition|éditions|editore|editorial|uitgeverij|wydawnictwo|schools|streets|community|"
        "laboratories|laboratory|labs|declaration|treaty|plan|doctrine|report|hotel|restaurant|"
        "café|bar|pub|church|cathedral|kirche|dom|église|chiesa|iglesia|kerk|kościół|versand|"
        "verlag|gallery|garden|gardens|harbour|harbor|square|opera|palace|palais|palazzo|castle|"
        "schloss|château|castello|castillo|kasteel|zamek|county|city|town|village|valley|lake|"
        "river|mountain|island|bay|beach|falls|cove|heights|hills|estate|airlines|airways|"
        "mountains|islands|lakes|valleys|glacier|desert|canyon"
    )
)
#: Endings of a last token that make it a place ("Gedächtniskirche", "Adenauerstraße").
PLACE_ENDINGS = words(
    "straße|strasse|platz|kirche|schule|brücke|allee|gasse|bahnhof|krankenhaus|klinikum|"
    "gymnasium|straat|laan|plein|gracht|street|road"
)
#: Eponyms, brands and example persons (``_eponyms``) and the notable persons of
#: ``notable_persons.txt`` (hand-compiled; see ``data/README.md``).
EPONYMS = _eponyms.EPONYMS | _load("notable_persons.txt")
#: Words right before a bare name that make it a person ("patient", "signed by", "wife").
CUE_BEFORE = frozenset(
    words(
        "patient|patientin|paziente|paciente|pacjent|pacjentka|patiënt|client|cliente|klient|"
        "klientka|klant|employee|colleague|collègue|kollege|kollegin|collega|colega|coworker|"
        "contact|tenant|locataire|mieter|mieterin|inquilino|huurder|najemca|signed|signé|signée|"
        "firmato|firmado|ondertekend|podpisany|podpisana|called|named|nommé|nommée|namens|genannt|"
        "chiamato|chiamata|llamado|llamada|heet|wife|husband|son|daughter|mother|father|brother|"
        "sister|femme|mari|fils|fille|mère|père|frère|sœur|ehefrau|ehemann|sohn|tochter|mutter|"
        "vater|bruder|schwester|moglie|marito|figlio|figlia|madre|padre|fratello|sorella|esposa|"
        "esposo|hijo|hija|hermano|hermana|vrouw|zoon|dochter|moeder|vader|broer|zus|żona|mąż|"
        "syn|córka|matka|ojciec|brat|siostra|mr|mrs|ms|dr|herr|frau|mme|m|sig|sra|sr|pan|pani|"
        "dhr|mevr|user|customer|applicant|candidate|candidat|candidata|kandidat|kandydat|"
        "kandidaat|driver|owner|holder|guest|visitor|student|pupil|child|baby|resident|member|"
        "cc|dear|hi|hello|thanks|manager|boss|doctor|nurse|lawyer|avocat|anwalt"
    )
)
#: Weak cues before a name: prepositions ("with", "mit", "z"), which also precede nouns.
#: Roles and occupations written right before a person's name ("the actor", "Trainer",
#: "aktorka", "il produttore"), lower case, in the seven languages: a strong cue.
ROLES = frozenset(
    words(
        "actor|actress|singer|rapper|coach|producer|showrunner|sheriff|senator|minister|"
        "president|chancellor|governor|mayor|judge|author|writer|novelist|poet|painter|"
        "composer|drummer|guitarist|bassist|pianist|journalist|reporter|presenter|teammate|"
        "striker|goalkeeper|midfielder|captain|colonel|sergeant|lieutenant|professor|"
        "assistant|secretary|spokesman|spokeswoman|spokesperson|chairman|founder|cofounder|"
        "ambassador|rabbi|imam|priest|pastor|architect|photographer|filmmaker|comedian|"
        "acteur|actrice|chanteur|chanteuse|joueur|joueuse|entraîneur|réalisateur|réalisatrice|"
        "producteur|productrice|ministre|président|présidente|maire|auteur|écrivain|romancier|"
        "romancière|poète|peintre|compositeur|journaliste|animateur|animatrice|capitaine|"
        "professeur|porte-parole|fondateur|fondatrice|ambassadeur|photographe|cinéaste|"
        "humoriste|footballeur|attaquant|sénateur|député|députée|schauspieler|schauspielerin|"
        "sänger|sängerin|spieler|spielerin|trainer|trainerin|regisseur|regisseurin|produzent|"
        "produzentin|ministerin|präsident|präsidentin|bürgermeister|bürgermeisterin|autor|"
        "autorin|schriftsteller|schriftstellerin|dichter|maler|komponist|journalistin|"
        "moderator|moderatorin|kapitän|oberst|professorin|sprecher|sprecherin|gründer|"
        "gründerin|botschafter|fotograf|fußballer|stürmer|torwart|kanzler|kanzlerin|attore|"
        "attrice|cantante|giocatore|giocatrice|allenatore|regista|produttore|produttrice|"
        "ministro|presidente|sindaco|autore|autrice|scrittore|scrittrice|poeta|pittore|"
        "compositore|giornalista|conduttore|conduttrice|capitano|colonnello|professoressa|"
        "portavoce|fondatore|fondatrice|ambasciatore|fotografo|calciatore|attaccante|portiere|"
        "senatore|deputato|deputata|actriz|jugador|jugadora|entrenador|entrenadora|productor|"
        "productora|ministra|presidenta|alcalde|alcaldesa|autora|escritor|escritora|pintor|"
        "pintora|compositor|periodista|presentador|presentadora|capitán|coronel|profesor|"
        "profesora|portavoz|fundador|fundadora|embajador|fotógrafo|futbolista|delantero|"
        "portero|senador|diputado|diputada|asistente|zanger|zangeres|speler|producent|"
        "burgemeester|schrijver|schrijfster|schilder|componist|presentator|presentatrice|"
        "kapitein|kolonel|hoogleraar|woordvoerder|woordvoerster|oprichter|oprichtster|"
        "kunstenaar|fotograaf|voetballer|aktor|aktorka|aktorką|aktorem|piosenkarz|piosenkarka|"
        "raper|raperka|zawodnik|zawodniczka|trener|trenerka|reżyser|reżyserka|prezydent|"
        "burmistrz|pisarz|pisarka|poetka|malarz|kompozytor|dziennikarz|dziennikarka|"
        "prezenter|prezenterka|kapitan|pułkownik|generał|profesorka|rzecznik|rzeczniczka|"
        "założyciel|ambasador|fotograf|piłkarz|piłkarka|napastnik|bramkarz|poseł|posłanka|"
        "dowódca"
    )
)
CUE_BEFORE_WEAK = frozenset(
    words(
        "by|par|von|from|de|da|met|avec|mit|con|z|od|with|for|für|pour|per|para|voor|dla|to|"
        "and|und|et|e|y|en|i|or|oder|ou|o|of|van|di|del|du|des|an|à|a|al|aan|do"
    )
)
#: What follows a bare name and makes it a person ("lives at", "wohnt", "was born", "(age 42)").
CUE_AFTER = words(
    "lives|lived|living|resides|wohnt|wohnte|habite|habitait|vit|vive|vivía|abita|abitava|"
    "woont|woonde|mieszka|mieszkał|mieszkała|works|worked|arbeitet|travaille|lavora|trabaja|"
    "werkt|pracuje|was born|is born|born|né|née|geboren|nato|nata|nacido|nacida|urodził|"
    "urodziła|said|says|sagte|sagt|a dit|dit|ha detto|dijo|zei|powiedział|powiedziała|signed|"
    "called|phoned|emailed|wrote|schrieb|a écrit|ha scritto|escribió|schreef|napisał|napisała|"
    "age|aged|years old|ans|jahre|anni|años|jaar|lat|is a patient|was admitted|and his|and her|"
    "und seine|und ihre|et sa|et son|e sua|e suo|y su|en zijn|en haar|i jego|i jej|'s|’s|"
    ", born|, age|, aged|, née|, né"
)
#: Weak cues after a name: auxiliaries ("is", "hat"), which also follow things.
CUE_AFTER_WEAK = words("ist|est|è|es|está|is|was|has|hat|a|ha|tiene|heeft|ma|wurde|had|will")
#: Endings that make an unknown token look like a surname (Ottová, Nowakowski, Bianchetti...).
SURNAME_ENDINGS = words(
    "ová|ská|ský|cká|cký|ski|ska|cki|cka|dzki|dzka|ską|skiej|skiego|skim|skiemu|cką|ckiej|"
    "ckiego|ckim|ckiemu|ową|owej|wicz|owicz|ewicz|czyk|czak|ini|elli|etti|"
    "otti|ucci|acci|ardi|ieri|ez|sson|ssen|mann|berg|stein|feld|hardt|meier|mayer|maier|huber|"
    "ović|ević|ić|escu|eanu|enko|chuk|shvili|yan|ian|oğlu|yama|moto|mura|kawa|shita|hashi|"
    "saki|zawa|uchi|oka|naka|gawa|ström|qvist|gaard|inen|nen|ides|opoulos|akis|stra|sma|inga|"
    "ens|aerts|ckx|eau|ault|ard|ier|ac|eck|eke|ovic|evic|ovich|evich|oglu"
)
#: Particles allowed inside a name ("Jan van der Berg", "María de la Cruz").
PARTICLES = words(
    "van der|van den|van de|van|von der|von dem|von|de la|de los|de las|del|de|della|delle|dei|"
    "di|da|dos|das|du|des|le|la|ten|ter|zu|bin|ibn"
)
#: Common German nouns that follow a given name in a dative or accusative ("mit Lena Kontakt
#: aufnehmen", "Emma Bescheid geben"): in German text they are not a surname. Hand-written.
GERMAN_NOUNS = frozenset(
    words(
        "Kontakt|Bescheid|Urlaub|Zeit|Angst|Recht|Hunger|Durst|Lust|Geld|Hilfe|Termin|Info|"
        "Infos|Feedback|Zugang|Zugriff|Bericht|Rückmeldung|Nachricht|Mail|Post|Antwort|Fragen|"
        "Frage|Dank|Glück|Spaß|Ruhe|Platz|Arbeit|Aufgaben|Aufgabe|Unterlagen|Daten|Details|"
        "Rechte|Schuld|Mut|Fieber|Schmerzen|Besuch|Bescheide|Grüße|Blumen|Bücher|Essen|Wasser|"
        "Kaffee|Tee|Sachen|Dinge|Probleme|Problem|Sorgen|Vorschläge|Vorschlag|Auskunft|Einblick|"
        "Einsicht|Vertrauen|Unterstützung|Bedarf|Interesse|Gelegenheit|Erlaubnis|Vollmacht|"
        "Tipps|Tipp|Beispiele|Beispiel|Anweisungen|Hallo|Danke|Bitte|Heute|Morgen|Gestern|"
        "Montag|Abend|Mittag|Woche|Monat|Jahr|Jahre|Stunden|Minuten|Tage|Tag|Kinder|Kind|Leute"
    )
)
#: Endings of German nouns ("Zeitung", "Freiheit", "Gesellschaft", "Information").
GERMAN_NOUN_ENDINGS = words(
    "ung|ungen|heit|heiten|keit|keiten|schaft|schaften|tion|tionen|tät|täten|ismus|nis|nisse|"
    "chen|lein|tum|ment|mente|ik|enz|anz|ur|ei|ling|sal|sel|ität|"
    # heads of compound nouns that rarely end a surname ("Rücksprache", "Anfrage", "Freizeit")
    "sprache|sache|frage|stelle|nahme|gabe|lage|weise|zeit|arbeit|kraft|stunde|woche|karte|"
    "liste|seite|nummer|adresse|kunft|plan|programm|system|bereich|gespräch|termin|besuch|"
    "urlaub|vertrag|bescheid|antrag|bericht|beitrag|betrag|geld|kosten|preis|daten|datei|"
    "wort|recht|pflicht|schutz|hilfe|mittel|zettel|brief|stück|zimmer|raum|platz|ware|waren"
)
#: Words before a capitalised token that make it a thing or a place, not a person standing
#: alone: articles, determiners and locative prepositions ("the Meta post", "in Alberta").
NOT_BEFORE_SINGLE = frozenset(
    words(
        "the|a|an|this|that|these|those|its|our|their|in|at|near|into|onto|across|le|la|les|"
        "l|un|une|du|des|au|aux|ce|cette|en|à|dans|der|die|das|den|dem|des|ein|eine|einen|"
        "einem|einer|im|am|ins|nach|aus|bei|il|lo|gli|i|uno|una|nel|nella|nei|al|alla|"
        "dal|dalla|el|los|las|del|het|een|naar|uit|bij|te|op|w|we|na|pod|nad|przy|ten|ta|to|"
        "tego|tej|sono|è|ist|est|es|is|was|nabij|nahe|près|presso|vicino|cerca|koło|obok|"
        # administrative units ("hrabstwie Crawford", "contea di Marion")
        "county|hrabstwo|hrabstwie|hrabstwa|powiat|powiecie|gmina|gminie|comté|contea|condado|"
        "graafschap|province|provincia|provincie|prowincji|district|distretto|distrito|kreis|"
        # a town or capital named in apposition ("su capital, Chester,", "the town, Florence,")
        "capital|capitale|hauptstadt|stolica|hoofdstad|city|town|village|ville|stadt|città|"
        "ciudad|stad|miasto|pueblo|dorf|dorp|paese|wieś|comune|gemeente|municipio"
    )
)
#: First words of place, club, landmark and firm names ("Puerto Rico", "Mount Logan", "Sri
#: Lanka", "Atlético Madrid", "Banco Santander"): never an unknown given name. Hand-written,
#: lower case.
PLACE_WORDS = frozenset(
    words(
        "mount|mont|monte|mountains|lake|lago|loch|puerto|porto|port|nueva|nuevo|new|nouvelle|"
        "san|santa|santo|são|sri|cape|cabo|cap|isla|isle|ile|île|saint|sainte|fort|bad|sankt|"
        "athletic|atlético|atletico|real|sporting|club|olympique|dynamo|dinamo|inter|racing|"
        "united|city|royal|grand|great|little|north|south|east|west|upper|lower|nord|sud|ost|"
        "central|golden|goldene|goldener|rio|río|costa|villa|ciudad|città|mar|sierra|val|valle|"
        "bosco|wald|hof|burg|gran|nova|novo|stara|nowa|nowy|zona|paesi|países|pays|land|"
        "kingdom|empire|saints|lady|holy|mother|father|pope|prime|queen|king|lord|sir|hawker|"
        "fokker|boeing|airbus|cessna|douglas|piper|supermarine|bristol|avro|gloster|sweeney|"
        # banks, savings banks and groups named after a person or a place ("Banco Santander")
        "banco|banca|banque|bank|caja|caixa|cassa|kasa|grupo|gruppo|groupe|hotel|clinica|"
        "clínica"
    )
)


def german_noun(token: str) -> bool:
    """Whether a capitalised token in German text is likelier a noun than a surname: a common
    noun ("Kontakt", "Bescheid") or a noun ending ("Zeitung", "Freiheit")."""
    return token in GERMAN_NOUNS or token.lower().endswith(GERMAN_NOUN_ENDINGS)


def shaped(token: str) -> bool:
    """Whether an unknown token looks like a surname (Ottová, Nowakowski, Bianchetti)."""
    return len(token) > 4 and token.lower().endswith(SURNAME_ENDINGS)
