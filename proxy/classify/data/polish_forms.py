"""Case forms of Polish given names, for ``build_names.py`` (dev time only; not imported at
runtime).

Polish declines names: "z Tomkiem", "Pawłowi", "o Ewie", "Cześć Kasiu,", "od Jerzego". A
gazetteer of nominatives misses every other case, so the build adds the regular forms:

- feminine names in -a (and masculine ones: Barnaba, Kosma): genitive (Anny, Olgi, Marii, Zosi,
  Mai), accusative (Annę), instrumental (Anną), vocative in "-u" (Kasiu, Olu; not the one in
  "-o": "Sabino", "Beato" are Italian and Spanish names and words); the dative and
  locative (Ewie, Marcie, Monice) in ``dative``, as before;
- masculine names ending in a consonant: genitive, dative, instrumental, locative and
  vocative (Piotra, Piotrowi, Piotrem, Piotrze); a fleeting "e" drops (Tomek: Tomka, Tomkiem,
  Tomku; Paweł: Pawła, Pawle; Kacper: Kacpra), a soft consonant is spelt with "i" before a
  vowel (Staś: Stasia; Maciek: Maćka), "k" and "g" take "-iem" (Dominikiem);
- masculine names in -y and -i decline as adjectives (Jerzego, Jerzemu, Jerzym; Antoniego).

``DIMINUTIVES`` are the everyday forms Polish speakers write for each other (Gosia, Tomek,
Krzyś), which the name-frequency lists lack; hand-written. Not "Kuba": Polish, German and
Czech for Cuba too.
"""

from __future__ import annotations

#: Common Polish hypocoristics absent from Faker's and Mimesis' lists. Hand-written.
DIMINUTIVES = frozenset(
    [
        *("Krzysiek", "Tomek", "Bartek", "Wojtek", "Janek", "Maciek", "Franek", "Antek"),
        *("Józek", "Władek", "Kazik", "Heniek", "Zbyszek", "Rysiek", "Mietek", "Tadek", "Staś"),
        *("Grzesiek", "Piotrek", "Jaś", "Krzyś", "Adaś", "Olek", "Romek", "Staszek", "Witek"),
        *("Sławek", "Radek", "Darek", "Mirek", "Jurek", "Czarek", "Waldek", "Zenek", "Edek"),
        *("Gosia", "Małgosia", "Kasia", "Basia", "Ola", "Ania", "Zosia", "Jola", "Ela", "Iza"),
        *("Magda", "Marysia", "Hania", "Tosia", "Julka", "Natka", "Gośka", "Kaśka", "Baśka"),
        *("Aśka", "Ewka", "Madzia", "Danusia", "Krysia", "Jadzia", "Zuzia", "Ala", "Lidka"),
        *("Agusia", "Halinka", "Wiesia", "Renia", "Bożenka", "Dorotka", "Ulka", "Wandzia"),
        *("Michaś", "Jasiek", "Szymek", "Jolka", "Kinia"),
    ]
)
#: Regular forms that are words, places or brands first (hand-written): "Arka" (an ark, a
#: club), "Sylwestra" (New Year's Eve), "Antonim" (an antonym), "Tadka" (a cooking term).
NOT_FORMS = frozenset(
    [
        *("Arka", "Tadka", "Filipino", "Rafale", "Sylwestra"),
        *("Sylwestrze", "Sylwestrem", "Antonim", "Blanko", "Czarka", "Witka", "Lewa", "Lewie"),
    ]
)

#: A soft consonant spelt with "i" before a vowel, and alone before a consonant or at the end.
_SOFT = (("dzi", "dź"), ("ci", "ć"), ("si", "ś"), ("zi", "ź"), ("ni", "ń"))
_SOFT_SIGNS = {sign: spelt for spelt, sign in _SOFT}
#: The dative and locative of a feminine name in -a: the stem's last consonant softens
#: ("odpisz Ewie", "o Marcie", "Monice", "Magdzie", "Barbarze").
_SOFTENED = (("k", "ce"), ("g", "dze"), ("ch", "sze"), ("r", "rze"), ("st", "ście"))
_SOFTENED_E = (("zd", "ździe"), ("t", "cie"), ("d", "dzie"), ("ł", "le"))
_PLAIN_IE = "bfmnpswz"
#: The masculine locative and vocative after the stem's last consonant (Piotrze, Robercie,
#: Pawle, Janie); stems ending otherwise take "-u" (Tomku, Łukaszu, Karolu, Macieju).
_LOCATIVE = (
    ("st", "ście"),
    ("r", "rze"),
    ("t", "cie"),
    ("d", "dzie"),
    ("ł", "le"),
    *((c, c + "ie") for c in "bfmnpswz"),
)
_U_AFTER = ("sz", "cz", "rz", "ż", "dz", "ch", "k", "g", "j", "l", "c")
#: Endings whose "e" drops in the other cases (Kacper: Kacpra, Aleksander, Sylwester).
_FLEETING_ER = ("per", "nder", "wester", "vester")


def forms(name: str) -> set[str]:
    """The regular case forms of a Polish given name (the dative of a feminine one apart)."""
    if name.endswith("ea"):
        return set()  # Andrea, Medea: not Polish declensions
    if name.endswith("a"):
        return _feminine(name)
    if name.endswith(("y", "i")) and len(name) > 3:
        stem = name if name.endswith("i") else name[:-1]
        return {stem + "ego", stem + "emu", name + "m"}
    if name[-1:] in _SOFT_SIGNS:
        return _masculine(name[:-1] + _SOFT_SIGNS[name[-1]], soft=True)
    if name[-1:] in "bcdfhjklłmnprstwzżźń":
        return _masculine(_stem(name), soft=False)
    return set()


def _stem(name: str) -> str:
    """The stem of a masculine name: without the "e" that drops (Tomek: Tomk, Maciek: Maćk)."""
    if name.endswith("ek") and len(name) > 3:
        head = name[:-2]
        for spelt, sign in _SOFT:
            if head.endswith(spelt) and len(head) > len(spelt):
                return head[: -len(spelt)] + sign + "k"
        return head + "k"
    if name.endswith("eł") and len(name) > 4:
        return name[:-2] + "ł"
    if name.endswith("niec"):  # Wawrzyniec: Wawrzyńca
        return name[:-4] + "ńc"
    if name.endswith(_FLEETING_ER):
        return name[:-2] + "r"
    return name


def _masculine(stem: str, *, soft: bool) -> set[str]:
    """Genitive, dative, instrumental, locative and vocative of a masculine stem."""
    if soft:  # Staś: Stasia, Stasiowi, Stasiem, Stasiu
        return {stem + "a", stem + "owi", stem + "em", stem + "u"}
    out = {stem + "a", stem + "owi", stem + ("iem" if stem[-1] in "kg" else "em")}
    if stem.endswith(_U_AFTER):
        out.add(stem + "u")
        return out
    for end, locative in _LOCATIVE:
        if stem.endswith(end):
            out.add(stem[: -len(end)] + locative)
            break
    return out


def _feminine(name: str) -> set[str]:
    """Genitive, accusative, instrumental and vocative of a name in -a."""
    stem = name[:-1]
    # "ni" is a soft "ń" in a short name (Ania, Hania: Ani), a syllable in a longer one
    # (Stefania, Melania: Stefanii); "si", "zi", "ci", "dzi" are soft in any (Marysia: Marysi)
    soft = stem.endswith(("si", "zi", "ci")) or (stem.endswith("ni") and len(name) <= 6)
    if soft:  # Zosia: Zosi
        genitive = stem
    elif stem.endswith("j") and stem[-2:-1] in "aeiouy":  # Maja: Mai
        genitive = stem[:-1] + "i"
    elif stem[-1:] in "ijkgl":  # Maria: Marii; Lucja: Lucji; Olga: Olgi; Ola: Oli
        genitive = stem + "i"
    else:
        genitive = stem + "y"
    out = {stem + "ą", stem + "ę", genitive}
    if soft or (len(name) <= 4 and stem.endswith("l")):  # Kasiu; Ola, Jola: Olu
        out.add(stem + "u")
    return out  # no vocative in "-o": Italian and Spanish names and words (Sabino, Beato)


#: Datives that are words the lists lack: "jagnię" (a lamb) without its accent, "adze" (a tool).
NOT_DATIVE = frozenset({"Jagnie", "Adze"})


def dative(name: str) -> str | None:
    """The dative (and locative) of a Polish name in -a, if regular."""
    if not name.endswith("a") or len(name) < 3:
        return None
    stem = name[:-1]
    for end, soft in (*_SOFTENED, *_SOFTENED_E):
        if stem.endswith(end):
            return stem[: -len(end)] + soft
    if stem[-1] in _PLAIN_IE and not stem.endswith(("cz", "sz", "rz", "dz")):
        return stem + "ie"
    return None  # -ia, -ja, -la, -ca, -sza...: the dative is the genitive, listed already
