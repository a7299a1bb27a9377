"""Acronyms in articles: the expansions an article spells out ("Economic Community of West African States
(ECOWAS)"), a small built-in list for acronyms news uses bare, and the names NER missed that an expansion
proves (a run of capitalised words whose initials spell the bracketed acronym after it is a name)."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import NamedTuple

# Skipped when reading the initials of an expansion ("United Nations Office for ..." → UNO...).
MINOR = frozenset({"of", "the", "and", "for", "on", "in", "to", "&", "de", "du", "des", "la", "et"})
# Acronyms that news uses without expanding them. Used only when the article gives no expansion.
BUILTIN_ACRONYMS: dict[str, str] = {
    "EU": "European Union",
    "UN": "United Nations",
    "NATO": "North Atlantic Treaty Organization",
    "AU": "African Union",
    "ECOWAS": "Economic Community of West African States",
    "IMF": "International Monetary Fund",
    "WHO": "World Health Organization",
    "WTO": "World Trade Organization",
    "OPEC": "Organization of the Petroleum Exporting Countries",
    "UNSC": "United Nations Security Council",
    "FBI": "Federal Bureau of Investigation",
    "CIA": "Central Intelligence Agency",
    "PMC": "private military company",
    "NGO": "non-governmental organisation",
    "AFP": "Agence France-Presse",
    "AP": "Associated Press",
}
WORD = re.compile(r"[\w’'.&-]+")
_ACRONYM_IN_TEXT = re.compile(r"[(\[]\s*([A-Z][A-Za-z0-9&.]{1,9}?)s?\s*[)\]]")


class Spelled(NamedTuple):
    """One bracketed acronym and the words before it that spell it out, as offsets into the text."""

    acronym: str
    start: int  # the expansion
    end: int
    acronym_start: int
    acronym_end: int


def spelled_out(text: str) -> Iterator[Spelled]:
    """Each bracketed acronym of ``text`` with its expansion: the shortest run of words just before the
    bracket whose initials spell it ("Central African Republic (CAR)")."""
    for match in _ACRONYM_IN_TEXT.finditer(text):
        acronym = match.group(1).replace(".", "")
        if not acronym.isupper():
            continue
        window = max(0, match.start() - 160)
        words = list(WORD.finditer(text, window, match.start()))
        for size in range(1, min(len(words), 12) + 1):
            candidate = words[-size:]
            if candidate[0].group().casefold() in MINOR:
                continue
            if spells([w.group() for w in candidate], acronym):
                yield Spelled(acronym, candidate[0].start(), candidate[-1].end(), *match.span(1))
                break


def acronyms_in_text(text: str, spelled_in_text: Sequence[Spelled]) -> dict[str, str]:
    """Acronyms the article expands: "Central African Republic (CAR)" → {"CAR": "Central African Republic"}
    (the first expansion of each), from its :func:`spelled_out`."""
    found: dict[str, str] = {}
    for spelled in spelled_in_text:
        found.setdefault(spelled.acronym, " ".join(WORD.findall(text, spelled.start, spelled.end)))
    return found


def spells(words: Sequence[str], acronym: str) -> bool:
    """Whether the initials of ``words`` spell ``acronym``, a minor word's initial written or left out
    ("Economic Community of West African States" → ECOWAS, "United Nations Office for ..." → UNO...)."""
    letters = acronym.casefold()

    def match(i: int, at: int) -> bool:
        if i == len(words):
            return at == len(letters)
        word = words[i]
        if word.casefold() in MINOR and match(i + 1, at):
            return True
        parts = "".join(p[0] for p in re.split(r"[-]", word) if p and p[0].isalpha()).casefold()
        return bool(parts) and letters.startswith(parts, at) and match(i + 1, at + len(parts))

    return match(0, 0)


def is_acronym(name: str) -> bool:
    """Whether ``name`` is written as an acronym ("NATO", "U.N.")."""
    bare = name.replace(".", "")
    return 2 <= len(bare) <= 8 and bare.isupper() and bare.isalpha()


def proven_names(
    text: str, covered: Sequence[tuple[int, int]], spelled_in_text: Sequence[Spelled]
) -> tuple[list[tuple[int, int, str]], list[tuple[int, int]]]:
    """Names NER missed that acronyms prove, as (start, end, acronym) spans no span in ``covered`` overlaps
    (but an expansion replaces the spans of ``covered`` that are its parts, returned second):
    a capitalised expansion before its bracketed acronym ("Leaders of the Economic Community of West African
    States (ECOWAS) ..."), the acronym itself wherever the article writes it, and a built-in acronym of three
    letters or more whose expansion is a name ("ECOWAS Threatens Force"), outside a line in capitals.
    ``spelled_in_text`` is the article's :func:`spelled_out`."""
    taken = list(covered)
    out: list[tuple[int, int, str]] = []
    displaced: list[tuple[int, int]] = []

    def add(start: int, end: int, acronym: str, reach: int = 0) -> None:
        # (an expansion NER tagged in parts, "West African States", or with its bracket, "Authority on
        # Development (IGAD", is whole now: what NER tagged up to ``reach`` gives way)
        inside = [(s, e) for s, e in taken if start <= s and e <= reach and (s, e) != (start, end)]
        if not any(s < end and start < e for s, e in taken if (s, e) not in inside):
            out.append((start, end, acronym))
            taken[:] = [span for span in taken if span not in inside] + [(start, end)]
            displaced.extend(inside)

    expanded: set[str] = set()
    for spelled in spelled_in_text:
        words = WORD.findall(text, spelled.start, spelled.end)
        # (a lower-case expansion is a common noun: "non-governmental organisations (NGOs)")
        if len(words) > 1 and all(w[:1].isupper() for w in words if w.casefold() not in MINOR):
            add(spelled.start, spelled.end, spelled.acronym, reach=spelled.acronym_end + 1)
            expanded.add(spelled.acronym)
    bare = {a for a, e in BUILTIN_ACRONYMS.items() if len(a) > 2 and e[:1].isupper()}
    for acronym in sorted(expanded | bare, key=len, reverse=True):
        for match in re.finditer(rf"(?<![\w.-]){re.escape(acronym)}(?![\w-])", text):
            line_start = text.rfind("\n", 0, match.start()) + 1
            line_end = text.find("\n", match.end())
            line = text[line_start : line_end if line_end >= 0 else len(text)]
            if acronym not in expanded and sum(c.islower() for c in line) < sum(c.isupper() for c in line):
                continue  # "REPORT: WHO PLAYS ...": a shouted headline, not the organisation
            add(match.start(), match.end(), acronym)
    return sorted(out), displaced
