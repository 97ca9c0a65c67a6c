"""Roles a company fills as well as a person ("the carrier Vodafone", "der Softwareentwickler
SAP", "l'éditeur Gallimard"), for ``_titled_names``: after one, the capitalised tokens are a
person's name only when one of them is a known given name or surname ("the carrier Lukas
Brennecke", a postman) or they are two tokens of no word list ("our courier Tjark
Brennecke"), and none is a company whose name is also a person's ("the manufacturer Ford",
"the lender Santander").

- ``ORG_ROLES``: the roles, lower case, in the seven languages (carrier, provider, supplier,
  vendor, insurer, operator, broker, publisher, producer, distributor, manufacturer, lender,
  bank, retailer, airline, shipper, courier, sponsor, partner, client, customer, contractor,
  subcontractor, developer, host, registrar); German and Dutch compounds end in one
  ("Mobilfunkanbieter", "Paketkurier", "Immobilienmakler");
- ``COMPANIES``: companies and brands named like a person (a given name or a surname of our
  gazetteers), which a company role makes the company; not after the roles that name a
  person first ("the client Zara", "der Kunde Otto").

Hand-written.
"""

from __future__ import annotations

from collections.abc import Sequence

from proxy.classify._base import words
from proxy.classify.detectors import _names_data as data

ORG_ROLES = frozenset(
    words(
        "carrier|provider|supplier|vendor|insurer|operator|broker|publisher|producer|"
        "distributor|manufacturer|lender|bank|retailer|airline|shipper|courier|sponsor|"
        "partner|client|customer|contractor|subcontractor|developer|host|registrar|"
        "transporteur|fournisseur|prestataire|vendeur|assureur|opérateur|courtier|éditeur|"
        "producteur|distributeur|fabricant|prêteur|banque|détaillant|expéditeur|coursier|"
        "partenaire|sous-traitant|développeur|hébergeur|registraire|"
        "anbieter|lieferant|versicherer|betreiber|makler|verleger|verlag|hersteller|händler|"
        "spediteur|kurier|kunde|auftragnehmer|subunternehmer|entwickler|hoster|produzent|"
        "vettore|fornitore|operatore|assicuratore|editore|produttore|distributore|"
        "rivenditore|corriere|cliente|appaltatore|subappaltatore|sviluppatore|"
        "transportista|proveedor|operador|aseguradora|corredor|editorial|productor|"
        "productora|distribuidor|distribuidora|fabricante|prestamista|minorista|aerolínea|"
        "mensajero|patrocinador|contratista|subcontratista|desarrollador|registrador|"
        "vervoerder|leverancier|aanbieder|verzekeraar|exploitant|uitgever|producent|"
        "fabrikant|geldverstrekker|koerier|klant|aannemer|onderaannemer|ontwikkelaar|"
        "przewoźnik|dostawca|ubezpieczyciel|wydawca|dystrybutor|sprzedawca|klient|wykonawca|"
        "podwykonawca|deweloper"
    )
)
#: Heads of German and Dutch compounds ("Mobilfunk" + "anbieter"): the roles of six letters or
#: more, which rarely end another word.
_HEADS = tuple(sorted(r for r in ORG_ROLES if len(r) >= 6))
COMPANIES = frozenset(
    words(
        "Armani|Bayer|Bosch|Braun|Chanel|Dior|Enel|Ferrari|Ford|Gucci|Heinz|Hermes|Hilton|"
        "Hoover|Lacoste|Leclerc|Mercedes|Otto|Philips|Prada|Renault|Rossmann|Santander|Schwab|"
        "Suzuki|Tata|Versace|Zara|Bolt|Monzo|Wise|Thomann|Netto|Douglas|Obi|Marriott|Disney|"
        "Kellogg|Porsche|Dell|Boeing|Airbus|Siemens|Miele|Benetton|Cartier|Peugeot|Citroën|Barilla|"
        "Warner|Ferrero|Lavazza|Springer|Bertelsmann"
    )
)


#: Roles that name a person first: a company named like a person is a person after them.
_PERSON_FIRST = frozenset(
    words("client|customer|partner|partenaire|kunde|cliente|klant|klient|socio|sponsor")
)


def org_role(title: str) -> bool:
    """Whether a title or role word is one a company fills too (or a compound ending in one)."""
    lower = title.lower()
    return lower in ORG_ROLES or lower.endswith(_HEADS)


def company_named(role: str, token: str) -> bool:
    """Whether ``token`` after the company role ``role`` is a company named like a person
    ("the manufacturer Ford"; not "the client Zara")."""
    return token in COMPANIES and role.lower() not in _PERSON_FIRST and org_role(role)


def person_after_org_role(role: str, names: Sequence[str]) -> bool:
    """Whether the tokens after a company role name a person: a known given name or surname
    among them, and no company named like a person."""
    texts = [n[:-2] if n.endswith(("'s", "’s")) else n for n in names]
    if any(company_named(role, n) for n in texts):
        return False
    if len(texts) > 1 and not any(_word(n) for n in texts):
        return True  # "our courier Tjark Brennecke": two tokens of no word list
    return any(n in data.GIVEN or n in data.SURNAMES for n in texts)


def _word(token: str) -> bool:
    """Whether a token is a word of a list we hold ("Deutsche Telekom", "Red Hat")."""
    lower = token.lower()
    return lower in data.WORDS or lower in data.COMMON or token in data.PLACES
