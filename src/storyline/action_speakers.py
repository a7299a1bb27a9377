"""First-person speakers for the actions stage (:mod:`storyline.actions`): whom an "I" or a "we" inside a
direct quotation stands for, from the quotes stage's attribution of it: the person quoted, the organisation
or country quoted, the organisation a person quoted holds an office in, the one an unnamed spokesman's
description names, or a named group ("the Israeli army").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from storyline.action_names import named
from storyline.action_untagged import DEPARTMENTS, Named
from storyline.nlp import text_of
from storyline.records import Mention, Quote

# Who a first-person pronoun in a quotation is: "I" and "me" the person quoted ('"I talked to two jurors,"
# Howard said'); "we" and "us" the organisation or country quoted ('"We suspended the employee," Kraft said'),
# or the organisation a person quoted holds an office in, when the article says so ("Karen Olson, president
# of Valley Dairy", "a Kraft spokeswoman"), else that person, one of the "we".
_FIRST_PERSON: dict[str, frozenset[str]] = {
    "i": frozenset({"PERSON"}),
    "me": frozenset({"PERSON"}),
    "we": frozenset({"ORG", "GPE", "NORP", "PERSON"}),
    "us": frozenset({"ORG", "GPE", "NORP", "PERSON"}),
}
# Words of a description that say whom a person speaks for ("spokesman for", "president of", "Kraft's
# chief executive"), and words that say they do not ("a former engineer", "a critic of"). (A prosecutor's or
# a lawyer's "we" is theirs and their team's: "District Attorney Paul Howard" speaks for no county.)
_OFFICES = frozenset(
    {"spokesman", "spokeswoman", "spokesperson", "president", "chief", "ceo", "chairman", "chairwoman"}
    | {"director", "head", "manager", "executive", "officer", "minister", "secretary", "owner", "founder"}
    | {"coach", "commissioner", "governor", "mayor", "leader", "representative", "general", "commander"}
    | {"captain", "chancellor", "premier", "spokesmen", "official"}
)
_NOT_FOR = frozenset(
    {"former", "ex", "critic", "analyst", "fan", "customer", "rival", "opponent", "observer"}
)
# A portfolio word before the office it names: "Interior Minister", "Defence Secretary".
_PORTFOLIO = re.compile(r"^\w+\s+(?:minister|secretary)\b", re.IGNORECASE)
# One standing for an office holds none yet: "a Democratic candidate for mayor" is read without that office.
_STANDING_FOR = re.compile(r"\b(?:candidate|nominee|hopeful|contender)s? for (?:the )?[\w-]+", re.IGNORECASE)
# A description that is only an organisation's possessive ("Kraft Foods'", "Microsoft's").
_GIVEN_BY = re.compile(r"[A-Z][\w.&-]*(?: [A-Z][\w.&-]*)*(?:'s|’s|'|’)")
# A quotation inside the quotation ('"He told me: \'I shot Kell\'"'): opened after a space, colon or bracket.
_INNER_OPEN = re.compile(r"(?:^|[\s:(\[])['\u2018`\u201c\"](?=\w)")
_INNER_CLOSE = re.compile(r"(?<=[\w.,!?])['\u2019\u201d\"](?=[\s.,;:!?)\]]|$)")
# A mark opening a paragraph inside a quotation goes on with the same quotation, which by custom left the
# paragraph before unclosed ('said: "We are aware.\n"We are providing assistance."'): no quotation inside it.
_PARAGRAPH_OPEN = re.compile(r"\n[ \t]*['\u2018`\u201c\"](?=\s?\w)")


def first_person_speakers(doc: Any, quotes: Sequence[Quote], mentions: Sequence[Mention]) -> dict[int, Named]:
    """The named speaker each first-person pronoun inside a direct quotation stands for, by token index (the
    span is the pronoun's): "I" the person quoted, "we" the organisation quoted or the one the person quoted
    holds an office in (see ``_FIRST_PERSON``). Not inside a quotation the speaker quotes in turn, nor where
    the speaker is named inside the quotation (the quotes stage took a name in it for the speaker)."""
    by_id = {m.id: m for m in mentions}
    text = text_of(doc)
    out: dict[int, Named] = {}
    for quote in quotes:
        if quote.kind != "direct":  # a mixed quote's "according to" may name the outlet
            continue
        mention = by_id.get(quote.speaker_mention_id or "")
        # ('"We are providing consular assistance," a Foreign Office spokeswoman said': one unnamed speaking
        # for an organisation named in their description, whose "we" it is)
        mention = mention or _spoken_for(quote, mentions)
        # ('"We will not negotiate," the Israeli army said': a named group, "we" itself)
        group = _group_speaker(doc, quote, mentions) if mention is None else None
        if mention is not None:
            kind, name = mention.type, mention.canonical
        elif group is not None:
            kind, name = "ORG", group.text
        else:
            continue
        if any(m.canonical == name and quote.start <= m.start < quote.end for m in mentions):
            continue  # '"I sued Dalton Mills," he said': "he" is not Dalton Mills
        span = doc.char_span(quote.start, quote.end, alignment_mode="expand")
        for token in span if span is not None else ():
            low = token.text.lower()
            if kind not in _FIRST_PERSON.get(low, ()):
                continue
            before = _PARAGRAPH_OPEN.sub("\n", text[quote.start : token.idx + len(token.text)])
            if len(_INNER_OPEN.findall(before)) > len(_INNER_CLOSE.findall(before)):
                continue  # '"The guard said, \'I will shoot you\'"': the guard's "I"
            who = mention
            if mention is not None and low in ("we", "us") and mention.type == "PERSON":
                who = employer_of(mention, mentions, _descriptions(doc, mention, mentions)) or mention
            end = token.idx + len(token.text)
            out[token.i] = (
                Named(who.canonical, token.idx, end, who) if who else Named(name, token.idx, end, None)
            )
    return out


def _group_speaker(doc: Any, quote: Quote, mentions: Sequence[Mention]) -> Named | None:
    """The named group an unnamed-by-the-tagger speaker is ("the Israeli army", "the Indian navy") or, for
    one who holds an office, speaks for ("a spokesperson for the Malian defense ministry"), else ``None``."""
    if quote.speaker is None or quote.speaker_start is None or quote.speaker_end is None:
        return None
    span = doc.char_span(quote.speaker_start, quote.speaker_end, alignment_mode="expand")
    if span is None:
        return None
    candidates = [span.root] + ([t for t in span if t.dep_ == "pobj"] if _holds_office(quote.speaker) else [])
    for token in candidates:
        found = named(token, mentions, allow_pronoun=False)
        if found is not None and found.mention is None:
            return found
    return None


def _spoken_for(quote: Quote, mentions: Sequence[Mention]) -> Mention | None:
    """The organisation or country an unnamed speaker's description says they speak for ("a Foreign Office
    spokeswoman", "an official of the Indian navy"), as the speaker of their "we"; else ``None``."""
    if quote.speaker is None or quote.speaker_start is None or quote.speaker_end is None:
        return None
    if not _holds_office(quote.speaker):
        return None
    inside = [
        m
        for m in mentions
        # (a nationality alone is no one to speak for: "a spokesperson for the Malian defense ministry")
        if m.type in ("ORG", "GPE") and quote.speaker_start <= m.start and m.end <= quote.speaker_end
    ]
    return max(inside, key=lambda m: len(m.text), default=None)


_OF_OR_FOR = re.compile(r"\s(?:of|for)\s")


def _holds_office(description: str) -> bool:
    """Whether a description names an office its holder speaks from ("a Foreign Office spokeswoman",
    "president of Valley Dairy"), not a former or outside one ("a former engineer", "a critic of"), nor one
    its holder is only related to ("the wife of Northgate Bank's chief executive"): the office comes before
    any "of" or "for"."""
    words = set(re.findall(r"[a-z]+", description.lower()))
    lead = set(re.findall(r"[a-z]+", _OF_OR_FOR.split(description.lower(), maxsplit=1)[0]))
    return bool(lead & _OFFICES) and not words & _NOT_FOR


def _descriptions(doc: Any, person: Mention, mentions: Sequence[Mention]) -> list[str]:
    """What the article's phrases in apposition to ``person`` say they are, at any mention of them
    ("Corvane's managing director, Felix Aaltonen, said", "Felix Aaltonen, Corvane's managing director,")."""
    out = []
    for m in mentions:
        if m.type != "PERSON" or m.canonical != person.canonical:
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        root = span.root
        beside = [c for c in root.children if c.dep_ == "appos"] + (
            [root.head] if root.dep_ == "appos" else []
        )
        # (only a description headed by an office, not one inside another: "The wife of Northgate Bank's
        # chief executive, Ana Ruiz" holds none)
        for noun in beside:
            if noun.lower_ not in _OFFICES or (noun.dep_ == "pobj" and noun.head.lower_ == "of"):
                continue
            words = [t for t in noun.subtree if not (span.start <= t.i < span.end)]
            # (the description's own words only: not the name's, nor a clause hung on it)
            words = [t for t in words if t.i <= noun.i or t.dep_ in ("prep", "pobj", "compound", "amod")]
            if words:
                out.append(doc[words[0].i : words[-1].i + 1].text)
    return out


def employer_of(
    person: Mention, mentions: Sequence[Mention], described: Sequence[str] = ()
) -> Mention | None:
    """The organisation or country ``person`` holds an office in by the article's description of them
    ("Summit's President of Production", "president and CEO of Valley Dairy", "Israel's defence minister"):
    the longest such name in it, when the description names an office and not a former or outside one. The
    description may be at any mention of that person ("Police spokesman Tim Fanning" first, then "Const.
    Fanning said"); the quoted mention's own comes first, then any phrases ``described`` in apposition."""
    same = [m.role for m in mentions if m.type == "PERSON" and m.canonical == person.canonical]
    for written in dict.fromkeys([person.role, *same, *described]):
        role = _STANDING_FOR.sub("", written or "")
        # ("Kraft Foods' Susan Davison", "Microsoft's Christopher Budd": one given by an organisation works
        # for it, as its spokesman when quoted; "Serbia's Novak Djokovic" only comes from there)
        office = _holds_office(role)
        if not (office or _GIVEN_BY.fullmatch(role)):
            continue
        kinds = ("ORG", "GPE", "NORP") if office else ("ORG",)
        named_in = [
            m
            for m in mentions
            if m.type in kinds
            and m.text
            and re.search(rf"(?<!\w){re.escape(m.text)}(?!\w)", role)
            # (a portfolio is no organisation: "Interior Minister Halvor Brenn-Aasen" speaks for himself)
            and not (m.text.lower() in DEPARTMENTS and _PORTFOLIO.search(role[role.find(m.text) :]))
        ]
        if named_in:
            return max(named_in, key=lambda m: len(m.text))
    return None
