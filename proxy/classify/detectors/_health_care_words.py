"""Conditions as school lists, care-home handovers and home-nursing notes write them, in seven
languages (EN FR DE IT ES NL PL), written by hand (plain data, no logic): food intolerances,
bedwetting, motion sickness, pressure ulcers, learning conditions and fertility treatment,
with the Polish case forms a sentence puts them in. They are ``health_everyday``'s terms: a
finding only with a person's anchor around them (a name in the row, a kin word, a patient)."""

from __future__ import annotations

from proxy.classify._base import words

CARE_CONDITIONS = words(
    # lactose intolerance as said of someone, and as the nouns the allergy detector's verbs of
    # having do not reach ("ho un'intolleranza al lattosio" is its)
    "lactose intolerant|lactose-intolerant|intolérant au lactose|intolérante au lactose|"
    "laktoseintoleranz|laktoseintolerant|intollerante al lattosio|intolerante a la lactosa|"
    "lactose-intolerantie|lactoseïntolerantie|nietolerancja laktozy|nietolerancji laktozy|"
    # wetting the bed
    "bedwetting|bed-wetting|wets the bed|énurésie|énurésie nocturne|fait pipi au lit|"
    "bettnässen|bettnässer|bettnässerin|nässt nachts ein|enuresi|enuresi notturna|"
    "fa la pipì a letto|enuresis|enuresis nocturna|se hace pipí en la cama|moja la cama|"
    "bedplassen|plast in bed|plast nog in bed|moczenie nocne|moczy się w nocy|"
    # motion sickness
    "motion sickness|travel sickness|car sickness|carsick|mal des transports|reisekrankheit|"
    "reiseübelkeit|cinetosi|mal d'auto|mal d’auto|mareo en el coche|se marea en el coche|"
    "wagenziekte|reisziekte|choroba lokomocyjna|chorobę lokomocyjną|choroby lokomocyjnej|"
    # pressure ulcers, as nurses chart them
    "pressure ulcer|pressure ulcers|pressure sore|pressure sores|bedsore|bedsores|escarre|"
    "escarres|dekubitus|druckgeschwür|piaga da decubito|piaghe da decubito|"
    "lesione da pressione|lesioni da pressione|úlcera por presión|úlceras por presión|"
    "úlcera por decúbito|doorligwond|doorligplek|odleżyna|odleżyny|odleżynę|"
    # writing and number conditions the learning lists lack
    "dysgraphia|dysgraphie|dysorthographie|dysgrafie|disgrafia|disortografia|dysgrafia|"
    "dysgrafię|dysortografia|"
    # fertility treatment
    "fertility treatment|fertility treatments|traitement de fertilité|parcours pma|"
    "kinderwunschbehandlung|trattamento di fertilità|trattamenti di fertilità|"
    "tratamiento de fertilidad|tratamientos de fertilidad|vruchtbaarheidsbehandeling|"
    "leczenie niepłodności|leczy się na niepłodność|"
    # a plaster cast, as a coach's or a teacher's message says it ("Gips am Handgelenk")
    "gips am handgelenk|gips am arm|gips am bein|gips am fuß|gips am knöchel|gips an der hand|"
    # hay fever
    "heuschnupfen|hooikoorts|rhume des foins|raffreddore da fieno|fiebre del heno|"
    "rinitis alérgica|katar sienny|"
    # lactose intolerance as a row's noun
    "intolérance au lactose|intolleranza al lattosio|intolerancia a la lactosa|"
    "lactose intolerance|"
    # dementia in Polish by its kinds ("mam otępienie" alone also says dazed)
    "otępienie typu alzheimerowskiego|otępienie starcze|otępienie naczyniowe"
)
