"""Word lists of ``health_disability`` (plain data, no logic), lower case, in seven languages
(EN FR DE IT ES NL PL), written by hand: how HR notes, adjustment requests and referrals say
that someone has a disability, uses an aid, or is dependent on a substance."""

from __future__ import annotations

from proxy.classify._base import words

#: A disability, its official recognition, or an aid someone uses. Words with an everyday or
#: figurative sense ("blind spot", "punto ciego", Italian "dove", "GDB") are left out.
DISABILITY = words(
    "deaf|profoundly deaf|partially deaf|hard of hearing|"
    "cochlear implant|registered blind|partially sighted|visually impaired|sight impaired|"
    "wheelchair user|wheelchair|mobility scooter|walking frame|zimmer frame|guide dog|"
    "learning disability|physical disability|disability|disabilities|crutches|"
    "rqth|est sourd|est sourde|suis sourd|suis sourde|sourd de|sourde de|sourd profond|"
    "sourde profonde|malentendant|malentendante|appareil auditif|appareils auditifs|"
    "appareillé|appareillée|prothèse auditive|prothèses auditives|implant cochléaire|"
    "fauteuil roulant|non-voyant|non-voyante|malvoyant|malvoyante|travailleur handicapé|"
    "travailleuse handicapée|taux d'incapacité|taux d’incapacité|handicap moteur|"
    "handicap visuel|handicap auditif|handicap psychique|déambulateur|béquilles|"
    "schwerbehindert|schwerbehinderte|schwerbehinderter|schwerbehinderung|"
    "schwerbehindertenausweis|grad der behinderung|gehörlos|gehörlose|gehörloser|"
    "schwerhörig|schwerhörige|hörgerät|hörgeräte|hörgeräten|cochlea-implantat|rollstuhl|"
    "rollstuhlfahrer|rollstuhlfahrerin|sehbehindert|sehbehinderte|gehbehindert|rollator|"
    "krücken|"
    "invalidità civile|invalidità|invalido civile|invalida civile|legge 104|è sordo|è sorda|"
    "sono sordo|sono sorda|sordo da|sorda da|"
    "sordomuto|apparecchio acustico|apparecchi acustici|protesi acustica|impianto cocleare|"
    "sedia a rotelle|carrozzina|non vedente|ipovedente|deambulatore|stampelle|disabilità|"
    "disabile|"
    "discapacidad|discapacitado|discapacitada|minusvalía|silla de ruedas|audífono|audífonos|"
    "es sordo|es sorda|soy sordo|soy sorda|sordo de|sorda de|implante coclear|invidente|"
    "movilidad reducida|muletas|"
    "is doof|ben doof|doof aan|doof geboren|slechthorend|gehoorapparaat|gehoorapparaten|"
    "hoortoestel|hoortoestellen|"
    "cochleair implantaat|rolstoel|"
    "rolstoelgebruiker|slechtziend|krukken|arbeidsbeperking|wajong|lichamelijke beperking|"
    "visuele beperking|verstandelijke beperking|auditieve beperking|"
    "niepełnosprawność|niepełnosprawności|niepełnosprawnością|niepełnosprawny|"
    "niepełnosprawna|niepełnosprawnego|niepełnosprawnej|jest głuchy|jest głucha|jestem głuchy|"
    "jestem głucha|niesłyszący|"
    "niesłysząca|niedosłyszący|niedosłysząca|aparat słuchowy|aparatem słuchowym|"
    "aparatu słuchowego|implant ślimakowy|wózek inwalidzki|wózku inwalidzkim|"
    "wózka inwalidzkiego|na wózku|niewidomy|niewidoma|niedowidzący|niedowidząca|balkonik"
)
#: Medical devices someone lives with: catheters, stomas, feeding tubes, insulin pumps and
#: glucose sensors, breathing machines and home oxygen, pacemakers by their unambiguous names,
#: ports and stents. "Pacemaker" and "marcapasos" also name a race's pacer (and Linux cluster
#: software): they count in ``health_disability._DEVICE`` frames only ("has a pacemaker").
DEVICES = words(
    "catheter|urinary catheter|suprapubic catheter|indwelling catheter|stoma|stoma bag|"
    "colostomy|ileostomy|urostomy|colostomy bag|feeding tube|peg tube|nasogastric tube|"
    "tracheostomy|insulin pump|glucose sensor|continuous glucose monitor|cpap machine|"
    "home oxygen|oxygen concentrator|port-a-cath|picc line|prosthetic leg|prosthetic arm|"
    "leg prosthesis|cardiac pacemaker|coronary stent|"
    "sonde urinaire|sonde vésicale|stomie|colostomie|iléostomie|poche de stomie|"
    "sonde nasogastrique|sonde de gastrostomie|gastrostomie|trachéotomie|trachéostomie|"
    "pompe à insuline|capteur de glycémie|appareil à pression positive|oxygène à domicile|"
    "concentrateur d'oxygène|chambre implantable|prothèse de jambe|stimulateur cardiaque|"
    "blasenkatheter|dauerkatheter|urinkatheter|katheter|künstlicher darmausgang|kolostoma|"
    "ileostoma|urostoma|magensonde|peg-sonde|ernährungssonde|tracheostoma|insulinpumpe|"
    "glukosesensor|cpap-gerät|sauerstoffgerät|heimsauerstoff|sauerstoffkonzentrator|"
    "portkatheter|beinprothese|herzschrittmacher|"
    "catetere|catetere vescicale|stomia|colostomia|ileostomia|sacchetto per stomia|"
    "sondino naso-gastrico|sondino nasogastrico|gastrostomia|tracheostomia|microinfusore|"
    "sensore glicemico|ossigeno domiciliare|ossigenoterapia domiciliare|"
    "concentratore di ossigeno|protesi alla gamba|"
    "sonda vesical|sonda urinaria|estoma|colostomía|ileostomía|bolsa de colostomía|"
    "sonda nasogástrica|gastrostomía|traqueostomía|bomba de insulina|sensor de glucosa|"
    "oxígeno domiciliario|concentrador de oxígeno|prótesis de pierna|"
    "blaaskatheter|verblijfskatheter|stomazakje|maagsonde|voedingssonde|sondevoeding|"
    "tracheacanule|insulinepomp|glucosesensor|thuiszuurstof|zuurstofconcentrator|"
    "beenprothese|"
    "cewnik|cewnika|cewnikiem|cewnik moczowy|stomię|stomią|worek stomijny|kolostomia|"
    "kolostomię|ileostomię|sonda do żywienia|gastrostomię|tracheostomię|pompa insulinowa|"
    "pompę insulinową|pompą insulinową|sensor glukozy|koncentrator tlenu|proteza nogi|"
    "rozrusznik serca|rozrusznika serca|rozrusznikiem serca"
)
#: Idioms with a disability word that say nothing of anyone's body.
IDIOMS = words(
    "deaf ears|sourde oreille|faire le sourd|faire la sourde|doof voor|dovenpot|"
    "disability insurance|disability benefits|disability policy|disability act|"
    "disability discrimination|naar de stoma|bij de stoma|van de stoma"
)

#: Adjectives of dependence before their preposition ("addicted to", "uzależniony od").
DEPENDENT = words(
    "addicted to|dependent on|dependant on|hooked on|addiction to|dependence on|"
    "dépendant à|dépendante à|dépendant de|dépendante de|dépendant au|dépendante au|"
    "dépendance à|dépendance au|accro à|accro au|accro aux|"
    "abhängig von|süchtig nach|abhängigkeit von|"
    "dipendente da|dipendente dal|dipendente dalla|dipendente dall'|dipendente dall’|"
    "dipendente dai|dipendenza da|dipendenza dal|dipendenza dall'|dipendenza dall’|"
    "dipendenza dalla|"
    "adicto a|adicta a|adicto al|adicta al|adicción a|adicción al|dependiente de|"
    "dependiente del|dependencia de|dependencia del|"
    "verslaafd aan|afhankelijk van|verslaving aan|"
    "uzależniony od|uzależniona od|uzależnienie od|uzależnieniem od|uzależnienia od"
)
#: What someone is dependent on: substances and gambling (not coffee, not a library).
SUBSTANCES = words(
    "alcohol|alcool|alkohol|alcol|drink|drugs|drogen|drogues|drogue|droga|droghe|drogas|"
    "drugs|narkotyków|narkotyki|cocaine|cocaïne|kokain|cocaina|cocaína|kokainy|heroin|"
    "héroïne|eroina|heroína|heroïne|heroiny|opioids|opiates|opioïdes|opioide|opioiden|"
    "opioidi|opioides|opioidów|painkillers|schmerzmitteln|schmerzmittel|antidouleurs|"
    "antidolorifici|analgésicos|pijnstillers|leków przeciwbólowych|gambling|glücksspiel|"
    "jeux d'argent|jeu|gioco d'azzardo|gioco|juego|gokken|hazardu|cannabis|kannabis|"
    "marihuany|marihuana|marijuana|benzodiazepines|benzos|benzodiazepinen|benzodiazépines|"
    "benzodiazepine|benzodiazepinas|benzodiazepin|benzodiazepin|sleeping pills|schlaftabletten|"
    "somnifères|sonniferi|somníferos|slaappillen|leków nasennych|leków uspokajających|"
    "sedatives|calmants|beruhigungsmitteln|tranquillanti|tranquilizantes|kalmeringsmiddelen|"
    "crack|methamphetamine|crystal meth|ketamine|ketamina|ketamin|nicotine|nikotin|nicotina|"
    "nikotyny|opium|oxycodone|fentanyl|tramadol|morphine|morfina|methadone|methadon|"
    "amphetamine|amphetamin|anfetamine|anfetaminas|amfetaminy|speed|mdma|"
    # Polish genitives after "od" ("uzależniony od alkoholu, leków, hazardu")
    "alkoholu|leków|hazardu|opiatów|dopalaczy|tabletek nasennych|gier hazardowych"
)
#: Articles between the preposition and the substance ("dependent on the drink", "a la").
SUBSTANCE_ARTICLES = words("the|la|le|les|l'|l’|el|los|las|de|het|der|die|den|dem")
#: Withdrawal and abstinence, said of someone ("previous withdrawal seizure", "abstynent od").
RECOVERY = words(
    "withdrawal seizure|withdrawal seizures|alcohol withdrawal|opioid withdrawal|"
    "delirium tremens|sober for|sober since|in recovery from|"
    "sevrage alcoolique|sevrage aux opiacés|abstinent depuis|abstinente depuis|"
    "alkoholentzug|entzugsanfall|entzugserscheinungen|abstinent seit|trocken seit|"
    "crisi di astinenza|astinenza da|astinente da|"
    "síndrome de abstinencia|abstinente desde|"
    "ontwenningsverschijnselen|abstinent sinds|"
    "zespół odstawienny|abstynent od|abstynentka od|abstynentem od|na detoksie|"
    "detoks alkoholowy|alcohol detox|alkoholentgiftung|entgiftung"
)
