"""Positions: for each main party of a story, what it said and did, in one view.

A **party** is a country or an organisation of the story together with everyone who acts or speaks for it:
"France" gathers France itself, "Paris" (its capital, standing for its government), "French troops", and
Florence Parly, whose role is "French Defence Minister"; "Mali" gathers "Mali's military junta", "the Bamako
government", Choguel Kokalla Maiga ("Mali's Prime Minister") and "a spokesperson for the Malian defence
ministry". Anyone whose allegiance the articles do not state (an analyst, a businessman, a witness) is a
party of their own, and so is an organisation.

**Allegiance** is read, never guessed:

- a capital city stands for its country when that country is named in the story (the gazetteer says which
  cities are capitals): "Paris warned" is France, "Moscow denied" is Russia;
- a nationality stands for its country when the story names it ("French" → France, by the shared name stem);
- a person, a named group or an unnamed speaker ("a spokesperson for the Malian defence ministry") speaks
  for a country or organisation only through an office: a description that ends in an office or institution
  noun (minister, president, spokesperson, official, leader, government, ministry, army, ...) and names the
  country or organisation ("EU's foreign policy leader", "Russian Foreign Minister"). "Russia specialist"
  and "businessman close to the Russian President" state no office held for Russia, so they do not;
- a post in an organisation (director, researcher, analyst, executive, ...) ties its holder to the
  organisation it names ("Kestrel Labs researcher"), never to a country ("a Russia analyst" studies Russia);
- a country the story names only inside such a description ("UK government") is still a party: the
  gazetteer knows it;
- so is a body the entity tagger missed, written in capitals before the office or post ("Angels general
  manager", "NYPD Commissioner", "Troy police Lt."), unless those words are a rank, a place, a level
  ("Queens District Attorney"), a party's adjective, an award ("Oscar-winning") or a post left ("Ex-Jets").

**Main parties** come first: those that act or speak in the most independent origins (then in the most
articles). Each :class:`Position` lists its members, its action groups and its quote groups, most origins
first; the brief takes one sentence per main party.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import dropwhile, takewhile

from storyline.actions import ActionGroup
from storyline.entity_retyping import EXECUTIVES
from storyline.fact_words import name_key, same_name
from storyline.gazetteer import fold, lookup_place
from storyline.metadata import CALENDAR_WORDS
from storyline.records import Entity, QuoteGroup

__all__ = ["STANCES", "Parties", "Position", "story_positions"]

# The verbal moves of CAMEO (statements, appeals, warnings, denials, accusations): a party's stance, what the
# brief's "who said what" tells; the material ones (talks, deals, deployments, sanctions) are what happened.
STANCES = frozenset(
    {"make statement", "appeal or request", "warn or threaten", "deny", "accuse or criticise"}
)

# The last word of a description that makes its holder speak or act for the place it names (ranks too:
# "Troy Police Lt.", "Israeli Army Col."; not "captain", which teams have).
_OFFICE_WORDS = """minister ministry president premier chancellor spokesman spokeswoman spokesperson
    spokespeople ambassador envoy diplomat diplomats official officials leader leaders chief head
    secretary king queen prince emir government administration authorities junta army military navy
    forces troops police commander general delegation delegate representative mission presidency
    cabinet parliament council office embassy regime ruler rulers governor mayor senator lawmakers
    department agency commissioner sheriff coroner lieutenant lt sergeant sgt detective det constable const
    inspector insp corporal cpl trooper tpr colonel col admiral adm"""
_OFFICES = frozenset(_OFFICE_WORDS.split())
# Last words of a body of a country, whose posts are the country's ("Indian Navy", "Foreign Ministry").
_COUNTRY_BODY = re.compile(
    r"\b(?:ministry|department|navy|army|forces|force|police|senate|parliament|government|agency|office|"
    r"embassy|administration|military|congress|cabinet|house|guard|marines|service|services)$",
    re.IGNORECASE,
)
# Offices of a city or county, which a capital's do not make the country's.
_LOCAL = frozenset({"mayor", "sheriff", "coroner"})
# Offices held in another country or body for one's own: the party after "to" or "in" is the host.
_ENVOYS = frozenset(
    {"ambassador", "envoy", "delegation", "delegate", "mission", "representative", "embassy", "commissioner"}
)
# Words after which a description says where or whom its holder stands near, not whom they serve ("a
# strategist close to the Kremlin", "a member of the public who spoke to the BBC").
_NOT_SERVED = re.compile(r"\s(?:close|near|about|who|whom|whose|which|that)\b.*$", re.IGNORECASE | re.DOTALL)
# Where, when or to whom the holder spoke, run into the description after a comma ("an official, speaking to
# Reuters", "spokesman, in an e-mailed statement"): not whom the holder serves.
_ASIDE = re.compile(r",\s+(?:in|on|during|according|speaking|writing)\b.*$", re.IGNORECASE | re.DOTALL)
# Posts held in a company or any other organisation, not for a country: "Microsoft researcher" works for
# Microsoft, a "Russia analyst" studies Russia.
_JOB_WORDS = """director directors executive executives officer manager chairman chairwoman chair economist
    analyst analysts researcher researchers professor reporter reporters correspondent editor engineer
    engineers counsel lawyer lawyers attorney employee employees staff founder owner strategist
    publisher member coach coaches accountant pastor sportscaster columnist broadcaster"""
_JOBS = frozenset(_JOB_WORDS.split()) | EXECUTIVES
# A ministry's portfolio, tagged as an organisation in "Defence Minister", names an office, not a party.
_PORTFOLIO_WORDS = """defence defense interior foreign finance justice health education trade economy energy
    home state treasury agriculture labour labor environment culture transport information security"""
_PORTFOLIOS = frozenset(_PORTFOLIO_WORDS.split())
_PARTY_TYPES = frozenset({"GPE", "ORG", "NORP"})
# Words of rank or standing before an office, capitalised in titles ("Senior Vice President", "Acting Chief").
_RANK_WORDS = """senior junior acting interim deputy assistant associate vice executive general managing
    principal lead chief first second special top head co"""
_RANKS = frozenset(_RANK_WORDS.split())
# A place's level before an office names no body ("Queens District Attorney", "Albany County Executive").
_LEVEL_WORDS = """district county city town borough parish municipal federal national regional provincial
    state village"""
_LEVELS = frozenset(_LEVEL_WORDS.split())
# Bodies an office word may itself name, kept with the place before them ("Troy police Lt.").
_BODY_WORDS = """police fire department council agency ministry army navy government administration
    authorities office embassy military forces"""
_BODIES = frozenset(_BODY_WORDS.split())
# Words of standing before a description that say nothing of the body ("Longtime Jets coach").
_STANDING_WORDS = """longtime long-time veteran legendary famed noted celebrated renowned star rookie incoming
    outgoing new current newly"""
_STANDING = frozenset(_STANDING_WORDS.split())
# A street or a valley before a post is a trade's place, not a body ("Wall Street analyst").
_STREETS = frozenset({"street", "avenue", "road", "valley", "square", "boulevard", "lane"})
# Capitalised words opening a sentence that are no name ("Her husband", "This official").
_NOT_NAME_WORDS = """her his their its our my your the a an this that these those one another some any every
    each"""
_NOT_NAMES = frozenset(_NOT_NAME_WORDS.split())
# A party's adjective before an office is no body of its own ("Democratic Senator").
_POLITICAL_WORDS = """democratic democrat republican labour labor conservative liberal socialist green
    independent communist tory gop"""
_POLITICAL = frozenset(_POLITICAL_WORDS.split())
# A post held no longer: its holder speaks for no one by it ("former French President", "ex-minister").
_FORMER = frozenset({"former", "formerly", "onetime", "one-time", "erstwhile", "retired", "ex"})
# Words that end the capitalised run naming an untagged body, and words that are no body's name.
_RUN_STOPS = _OFFICES | _JOBS | _RANKS | _LEVELS | _BODIES
_NO_BODY = _PORTFOLIOS | _POLITICAL | _FORMER | _NOT_NAMES | CALENDAR_WORDS
_PREPOSITIONS = frozenset(
    {"of", "for", "to", "at", "in", "with", "from", "on", "close", "near", "under", "about"}
)
_WORD = re.compile(r"[\w’'.-]+")
_POSSESSIVE = re.compile(r"(?:['’]s|(?<=s)['’])$")
# A name owning a unit of itself ("the Natural Resources Defense Council's endangered species program"), not
# people it deals with ("a lawyer for Purdue Pharma's victims").
_OWNED = re.compile(
    r"(?<=\w)['’]s(?=(?:\s+[\w-]+){0,2}?\s+(?:program|programme|programs|office|bureau|board|unit|arm|division|"
    r"department|branch|section|desk|service|services|campaign|project|lab|laboratory|center|centre|team)\b)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Position:
    """What one party of a story said and did.

    ``key`` is the party's entity id (or, for a party no entity stands for, the actor's grouping key) and
    ``name`` its name; ``members`` the names under which it acted or spoke, the party's own first ("France",
    "Paris", "Florence Parly"); ``actions`` its action groups and ``quotes`` its quote groups, most origins
    first; ``article_ids`` the articles telling any of them and ``origin_count`` their independent origins.
    """

    key: str
    name: str
    members: tuple[str, ...]
    actions: tuple[ActionGroup, ...]
    quotes: tuple[QuoteGroup, ...]
    article_ids: tuple[str, ...]
    origin_count: int


@lru_cache(maxsize=4096)
def _country_code(name: str) -> tuple[str | None, str | None]:
    """(ISO country code, place kind) of a place name, (None, None) when the gazetteer does not know it."""
    place = lookup_place(name)
    return (place.country, place.kind) if place else (None, None)


class Parties:
    """The story's entities that can be a party, and the rules that take an actor to its party."""

    def __init__(self, entities: Iterable[Entity]) -> None:
        self.entities = {e.id: e for e in entities}
        candidates = [
            e for e in self.entities.values() if e.type in _PARTY_TYPES and fold(e.name) not in _PORTFOLIOS
        ]
        self.countries: dict[str, Entity] = {}
        self.bodies: dict[str, Entity] = {}
        for e in candidates:
            code, kind = _country_code(e.name) if e.type == "GPE" else (None, None)
            if code and kind == "country":
                self.countries.setdefault(code, e)
        # Names to find in a description: single words by name stem, longer names as folded phrases.
        self.stems: list[tuple[str, Entity]] = []
        self.phrases: list[tuple[str, Entity]] = []
        for e in candidates:
            for name in (e.name, *e.aliases):
                words = name.split()
                if len(words) == 1:
                    self.stems.append((name_key(name), e))
                else:
                    self.phrases.append((fold(name), e))
        self.phrases.sort(key=lambda p: -len(p[0]))

    def party_of_entity(self, entity: Entity) -> Entity:
        """The party an entity stands for (itself when nothing is stated)."""
        if entity.type == "GPE":
            code, kind = _country_code(entity.name)
            if code and kind == "capital" and code in self.countries:
                return self.countries[code]
            return entity
        if entity.type == "NORP":
            country = self.named(entity.name, entity.id, frozenset({"GPE"}))
            return self.party_of_entity(country) if country is not None else entity
        if entity.type == "PERSON":
            # "Defence Minister" and "French Defence Minister": a role naming a country says more.
            held = [
                f for f in (self.named_in_office(r, untagged=True) for r in entity.roles) if f is not None
            ]
            if held:
                return min(held, key=lambda f: f.type != "GPE")
        if entity.type == "ORG":
            found = self.named_in_office(entity.name, exclude=entity.id)
            if found is not None:
                return found
        return entity

    def named_in_office(
        self, description: str, exclude: str | None = None, untagged: bool = False
    ) -> Entity | None:
        """The party a description names as its holder's office ("Russian Foreign Minister" → Russia,
        "spokesperson for the Malian ministry" → Mali, "chief security officer with Arbor Networks" → Arbor
        Networks); ``None`` when its head noun is no office ("Russia specialist", "businessman close to the
        Russian President"), a post in an organisation and no organisation is named ("Russia analyst"), or a
        post held no longer ("former French President", "ex-minister"). A body named beside a nationality is
        the one served ("French EU commissioner"), and a city's own office is the city's ("Paris mayor")."""
        description = _NOT_SERVED.sub("", _ASIDE.sub("", description))
        words = _WORD.findall(description)
        owner = _POSSESSIVE.sub("", description.strip())
        if owner != description.strip() and all(w[:1].isupper() for w in owner.split()):
            # "Microsoft's" before a person's name: the person speaks for the owner.
            found = self._named_phrase(owner, exclude, _PARTY_TYPES)
            return self.party_of_entity(found) if found is not None else None
        # The head noun ends the words before the first preposition: "spokesperson" for the Malian ministry.
        cut = next((i for i, w in enumerate(words) if w.lower() in _PREPOSITIONS), len(words))
        head = words[cut - 1].lower().strip(".") if words[:cut] else ""
        if head[:-1] in _OFFICES | _JOBS and words[cut - 1].islower() and head not in _OFFICES | _JOBS:
            head = head[:-1]  # "ministers", "members": as one of them (not a team, "Kansas City Chiefs")
        if head in ("capt", "captain") and cut > 1 and words[cut - 2].lower() in _BODIES:
            head = "commander"  # a force's captain ("Dover Police Capt."), not a team's
        if head not in _OFFICES and head not in _JOBS:
            return None
        if any(_former(w, i) for i, w in enumerate(words[:cut])):
            return None
        kinds = _PARTY_TYPES if head in _OFFICES else frozenset({"ORG"})
        folded = f" {fold(description)} "
        # (a name owning what follows is that name, "the Natural Resources Defense Council's program", unless
        # the "'s" is its own: "Sam's Club")
        owned = f" {fold(_OWNED.sub('', description))} "
        hits: list[tuple[int, Entity]] = []
        for phrase, e in self.phrases:
            at = folded.find(f" {phrase} ")
            if at < 0 and owned.find(f" {phrase} ") >= 0:
                at = folded.find(f" {phrase.split()[0]} ")  # (where it stands in the description itself)
            if at >= 0 and e.id != exclude and e.type in kinds:
                hits.append((at, e))
        for word in words:
            # (a name may start lower case before a capital: "iDefense")
            named = word[:1].isupper() or (word[:1].islower() and word[1:2].isupper())
            if not named or word.lower().strip(".") in _OFFICES | _JOBS:
                continue
            found = self.named(word, exclude, kinds) or (self.country(word) if "GPE" in kinds else None)
            if found is not None:
                hits.append((folded.find(f" {fold(word)}"), found))
        employer = [at for at in (folded.find(" at "), folded.find(" with ")) if at >= 0]
        if head in _JOBS and employer and any(h[0] > min(employer) for h in hits):
            # "an iPhone engineer at Apple", "an Apple analyst at Wedbush": the employer after "at"
            hits = [h for h in hits if h[0] > min(employer)]
        hosts = [at for at in (folded.find(" to "), folded.find(" in ")) if at >= 0 and head in _ENVOYS]
        if hosts:
            # "ambassador to France", "High Commissioner in Nairobi" name the host, not the one they speak for
            hits = [h for h in hits if h[0] < min(hosts)]
        if not hits:
            return self._untagged_body(words[:cut]) if untagged else None
        own = [h for h in hits if h[1].type == "ORG" and not _COUNTRY_BODY.search(h[1].name)]
        if own and any(h[1].type in ("NORP", "GPE") for h in hits):
            # "French EU commissioner", "general secretary of the British union Unite": the body served, not
            # the nationality before it (a ministry or navy of a country stays the country's)
            hits = own
        first = min(hits, key=lambda h: h[0])[1]
        # a city's or county's own office is the city's, also in a capital ("Paris mayor", "Ottawa coroner")
        return first if head in _LOCAL else self.party_of_entity(first)

    def _untagged_body(self, words: list[str]) -> Entity | None:
        """The body a person's description opens with in capitals that the tagger did not take for a name
        ("Angels general manager", "NYPD Commissioner", "Troy police Lt.", "Coyotes assistant coach"): the
        capitalised words before the first office or post word (ranks may stand between), with a body word
        after them ("police"); none a rank, a place's level, a party's adjective, a portfolio, a pronoun, a
        day or month, an award ("Oscar-winning") or a post held no longer ("Ex-Pirates"); not a place or a
        street ("Wall Street analyst"). ``None`` otherwise."""
        words = list(dropwhile(lambda w: w.lower() in _STANDING, words))  # "Longtime Jets coach"
        run = list(takewhile(lambda w: w.lower().strip(".") not in _RUN_STOPS, words))
        if not run or len(run) == len(words) or run[-1].lower() in _STREETS:
            return None  # no office word after the run (the description is all name), or a street's
        for word in run:
            low = word.lower().strip(".")
            if not word[:1].isupper() or low in _NO_BODY:
                return None
            parts = low.split("-")
            if len(parts) > 1 and (parts[0] in _FORMER | {"then"} or word.split("-")[-1].islower()):
                return None  # "Ex-Pirates manager", "Then-Cowboys coach", "Oscar-winning director"
        rest = words[len(run) :]
        if len(run) == 1 and rest[0].lower() not in _BODIES and not _name_like(run[0]):
            return None  # "Company executives", "Industry analysts": a sentence's first word, not a body
        posts = _OFFICES | _JOBS
        if rest[0].lower() in _BODIES:
            if len(rest) == 1:
                return None  # "Bush administration": the body itself, no one's office in it
            run.append(rest[0])  # "Troy police Lt.": the force, not the town
            rest = rest[1:]
            posts = posts | {"capt", "captain"}  # a force's captain ("Ridgefield fire Capt.")
        rest = list(dropwhile(lambda w: w.lower().strip(".") in _RANKS, rest))
        if not rest or rest[0].lower().strip(".") not in posts:
            return None  # a level first: "Queens District Attorney" is the district's office
        if len(run) == 2 and run[1].isupper() and lookup_place(run[0]) is not None:
            run = run[1:]  # "Boston WCVB sportscaster": the station, not the city it is in
        name = _POSSESSIVE.sub("", " ".join(run))
        if lookup_place(name) is not None or self._named_phrase(name, None, _PARTY_TYPES):
            return None  # a place or a name the story tags otherwise: "Norway analyst" studies Norway
        key = f"body:{fold(name)}"
        if key not in self.bodies:
            self.bodies[key] = Entity(key, name, "ORG", (), (), (), ())
        return self.bodies[key]

    def _named_phrase(self, name: str, exclude: str | None, kinds: frozenset[str]) -> Entity | None:
        """The party candidate a whole name stands for: a multi-word name, one word, or a known country."""
        if len(name.split()) > 1:
            whole = fold(name)
            return next(
                (e for phrase, e in self.phrases if phrase == whole and e.id != exclude and e.type in kinds),
                None,
            )
        return self.named(name, exclude, kinds) or self.country(name)

    def country(self, word: str) -> Entity | None:
        """A country the gazetteer knows by this word ("UK" in "UK government") though the story names it no
        other way: the story's own entity for it when there is one, else one made for it."""
        code, kind = _country_code(word)
        if not code or kind != "country":
            return None
        if code not in self.countries:
            place = lookup_place(word)
            name = place.name if place else word
            self.countries[code] = Entity(f"country:{code}", name, "GPE", (word,), (), (), ())
        return self.countries[code]

    def named(
        self, word: str, exclude: str | None = None, kinds: frozenset[str] = _PARTY_TYPES
    ) -> Entity | None:
        """The party candidate a single word names: "French" → France, "EU's" → the EU, "Norwegian" →
        Norway (the same name stem, else the longest shared start of four letters or more)."""
        key = name_key(word)
        stems = [(s, e) for s, e in self.stems if e.id != exclude and e.type in kinds]
        exact = next((e for s, e in stems if same_name(s, key)), None)
        if exact is not None or len(key) < 4:
            return exact
        shared = [(_shared_start(s, key), e) for s, e in stems]
        best = max(shared, key=lambda h: h[0], default=(0, None))
        return best[1] if best[0] >= 4 else None

    def party(self, key: str | None, name: str | None) -> tuple[str, str] | None:
        """(party key, party name) for an actor or speaker given by entity id ``key`` and/or ``name``;
        ``None`` for a speaker known only by a description that holds no office ("two French sources")."""
        entity = self.entities.get(key or "")
        if entity is not None:
            party = self.party_of_entity(entity)
            return party.id, party.name
        found = self.named_in_office(name or "", untagged=True)
        if found is not None:
            return found.id, found.name
        return (key, name or key) if key else None


def _name_like(word: str) -> bool:
    """Whether one capitalised word before a post reads as a body's name whatever its place in the sentence:
    letters in capitals ("NYPD", "SAG") or a plural, as teams are named ("Angels", "Seahawks"); not a
    common word that only opens the sentence ("Company executives", "Other analysts")."""
    letters = word.rstrip(".")
    if len(letters) >= 2 and letters.isupper():
        return True
    return len(letters) >= 4 and letters.endswith("s") and not letters.endswith("ss")


def _former(word: str, at: int) -> bool:
    """Whether ``word``, the ``at``-th of a description, marks a post held no longer: "former", "retired" in
    lower case or opening the description ("Former French President"), "ex-" before a lower-case word; not a
    name's word ("Ohio Retired Teachers Association", "Ex-Im Bank")."""
    if word.lower().startswith("ex-"):
        return word[3:4].islower()
    return word.lower() in _FORMER and (word.islower() or at == 0)


def _shared_start(a: str, b: str) -> int:
    """How many leading letters two name stems share."""
    return next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))


def story_positions(
    actions: Sequence[ActionGroup],
    quotes: Sequence[QuoteGroup],
    entities: Iterable[Entity],
    origin_of: Mapping[str, str],
    top: int | None = None,
) -> list[Position]:
    """The positions of a story's parties, main parties first (see the module docstring).

    ``actions`` and ``quotes`` are the story's groups, ``entities`` its entities (for roles, types and
    aliases), ``origin_of`` article id → origin id. A quote whose speaker is unknown, or known only by a
    description holding no office ("two French sources"), belongs to no party. ``top`` keeps that many
    parties.
    """
    parties = Parties(entities)
    names: dict[str, str] = {}
    members: dict[str, list[str]] = {}
    did: dict[str, list[ActionGroup]] = {}
    said: dict[str, list[QuoteGroup]] = {}

    def place(key: str | None, name: str | None) -> str | None:
        found = parties.party(key, name)
        if found is None:
            return None
        party, party_name = found
        names.setdefault(party, party_name)
        shown = members.setdefault(party, [party_name])
        # A member is listed once, under its entity's name ("Florence Parly", not also "Parly").
        entity = parties.entities.get(key or "")
        member = entity.name if entity is not None else name
        if member and member not in shown:
            shown.append(member)
        return party

    for group in actions:
        # An action's actor is always named: a folded name keys a named group no entity stands for.
        party = place(group.actor_key, group.actor)
        if party is not None:
            did.setdefault(party, []).append(group)
    for quote in quotes:
        party = place(quote.speaker_entity_id, quote.speaker)
        if party is not None:
            said.setdefault(party, []).append(quote)
    out = []
    for key, name in names.items():
        acts = sorted(did.get(key, []), key=lambda g: -g.origin_count)
        words = sorted(said.get(key, []), key=lambda g: -g.origin_count)
        articles = sorted(
            {a for g in acts for a in g.article_ids} | {a for q in words for a in q.article_ids}
        )
        out.append(
            Position(
                key=key,
                name=name,
                members=tuple(members[key]),
                actions=tuple(acts),
                quotes=tuple(words),
                article_ids=tuple(articles),
                origin_count=len({origin_of.get(a, a) for a in articles}),
            )
        )
    out.sort(key=lambda p: (-p.origin_count, -len(p.article_ids), p.name))
    return out[:top] if top is not None else out
