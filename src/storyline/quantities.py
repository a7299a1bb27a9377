"""Quantities: the numbers an article states, with what they count and how sure the text is of them.

Numbers are found by pattern (digits with separators, multipliers, currencies, units, numbers in words,
ranges); the spaCy parse of :func:`storyline.entities.nlp_model` (dependency parse, NER and sentences; no POS
tags or lemmas) supplies the counted noun phrase ("23 [pirates]", "thousands of [buildings]") and whom or
where the number is about. Spans hold the number with its currency, multiplier and unit; qualifier words
("at least", "about") stay outside and are kept in ``qualifier``.

Decisions where the issue is silent (the gold set's notes say the same):

- Years standing alone ("in 1998", "the 1972 break-in") are kind ``year``; years inside dates ("March 2005",
  "May 30, 2005"), clock times, durations ("24 hours", "a 12-hour flight"; they are time expressions),
  decades, ordinals and ranks ("No. 2"), numbers in names ("FTSE 100", "A380", "Chapter 11"), URLs, phone
  numbers, list numbering and sports scores ("28-21") are not quantities.
- Ages ("a 45-year-old man", "Banky, 40,", "she was 85", "died at 95") are kind ``other`` with unit
  "years".
- Vague plurals ("dozens", "hundreds", "thousands of") are lower bounds: two of the unit, "at least".
- "one" counts only as a numeral before its noun ("one man"), never as a pronoun ("one of the").
- ``counted`` never overlaps the number's span: "9,000 euros per month" has unit EUR, per "month" and
  the thing paid as ``counted`` when the sentence names it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from storyline.nlp import tokens_in
from storyline.quantity_words import (
    CURRENCY_CODES,
    CURRENCY_SYMBOLS,
    CURRENCY_WORDS,
    FRACTIONS,
    MEASURES,
    MONTHS,
    MULTIPLIERS,
    NAME_PREFIXES,
    NOT_NAMES,
    QUALIFIERS,
    SMALL_NUMBERS,
    TENS,
    TIME_UNITS,
    VAGUE,
    WORD_VALUES,
)
from storyline.records import Article, Quantity, QuantityQualifier

_CHANGE_VERBS = re.compile(
    r"\b(?:rose|risen|rise[sn]?|fell|fallen|falls?|increased?|decreased?|dropped|climbed|cut|raised|lowered|"
    r"grew|grown|jumped|slid|declined|gained|lost|surged|slumped|went|up|down)\b"
)
_URL = re.compile(r"(?:https?:\s?/\s?/|www\s?\.)[^\n]*|\S+@\S+")
_SEP = r"(?:,|, (?=\d{3}\b)|[\u00a0\u202f\u2009\u2007'’](?=\d{3}\b))"
_DIGITS = rf"(?:\d{{1,3}}(?:{_SEP}\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)"
_WORD = "|".join(sorted([*SMALL_NUMBERS, *TENS], key=len, reverse=True))
_WORDNUM = rf"(?:{_WORD})(?:-(?:{'|'.join(SMALL_NUMBERS[1:10])}))?"
_MULT = r"(?:hundred|thousand|million|billion|trillion)"
_FRAC = r"(?:halves|half|thirds?|quarters?|fifths?|tenths?)"
_CUR_PRE = (
    r"(?:US ?\$|A\$|C\$|HK\$|NZ\$|\$|€|£|¥|₹|Rs\.? ?|e(?=\d[\d.,]* ?(?:m|bn)\b)|"
    rf"(?:{'|'.join(CURRENCY_CODES)}))(?: (?=\d))?"
)
_CUR_PRE_V, _DIGITS_V = (
    _CUR_PRE.replace(" ", "\\ "),
    _DIGITS.replace(" ", "\\ "),
)  # verbose patterns drop bare spaces
_NUMBER = re.compile(
    rf"""
    (?P<cur>{_CUR_PRE_V})?
    (?:
        (?P<neg>(?<![\w.])[-−–](?=\d))?(?P<digits>\d\.\ \d(?!\d)|{_DIGITS_V})
        (?:(?P<dmult>[ -]?(?:{_MULT})s?\b|(?<=\d)(?:bn|mn|mln|tn|m|k)\b))?
      | (?P<vague>\b(?:dozens|hundreds|thousands|millions|billions)\b)
      | (?P<fraction>\b(?:{_WORDNUM}|a|one)[- ]{_FRAC}\b(?!-))
      | (?P<words>\b(?:(?:half\ )?an?\ (?:dozen|{_MULT})|half\ an?(?=\ (?:{_MULT}|dozen|percent|per\ cent))
                     |{_WORDNUM}|dozen)
          (?:[ -](?:and\ )?(?:{_WORDNUM}|{_MULT}|dozen)\b)*)(?![\w-])
    )
    """,
    re.IGNORECASE | re.VERBOSE,
)
_MEASURE_NAMES = "|".join(sorted(MEASURES, key=len, reverse=True))
_SUFFIX = re.compile(
    rf"""
    (?P<age>[ -]years?[ -]old\b)
  | (?P<pct>\ ?%|\ ?(?:percent|per\ cent|pct)\b|\ percentage\ points?\b)
  | \ (?P<curword>(?:{"|".join(CURRENCY_WORDS)})s?)\b
  | \ (?P<measure>(?:{_MEASURE_NAMES})(?:e?s)?)\b
    """,
    re.IGNORECASE | re.VERBOSE,
)
_PER = re.compile(
    r"\s(?:per|a|an|each|every)\s(?P<per>year|month|week|day|hour|share|barrel|head|person|capita|annum)\b|"
    r"\s(?P<ly>yearly|monthly|weekly|daily|annually)\b",
    re.IGNORECASE,
)
_STOP_HEADS = frozenset(["high", "low", "mark", "level", "record", "times", "percent", "per", "cent"])


def _measure(word: str) -> str:
    """The unit name of a measure word ("miles" -> "miles", "kilometres" -> "km")."""
    word = word.lower()
    for candidate in (word, word[:-1], word[:-2]):
        if candidate in MEASURES:
            return MEASURES[candidate]
    return word


def _word_value(words: str) -> float | None:
    """The value of a number in words ("four thousand", "twenty-five", "half a million", "a dozen")."""
    total, current, seen = 0.0, 0.0, False
    parts = [p for p in re.split(r"[ -]+", words.lower()) if p and p != "and"]
    if parts[:2] in (["half", "a"], ["half", "an"]):
        rest = _word_value(" ".join(["a", *parts[2:]])) if len(parts) > 2 else None
        return 0.5 * rest if rest is not None else 0.5
    for part in parts:
        if part in ("a", "an"):
            current, seen = 1.0, True
        elif part in WORD_VALUES:
            current += WORD_VALUES[part]
            seen = True
        elif part == "dozen":
            current = (current or 1.0) * 12
            seen = True
        elif part == "hundred":
            current = (current or 1.0) * 100
            seen = True
        elif part in MULTIPLIERS:
            total += (current or 1.0) * MULTIPLIERS[part]
            current, seen = 0.0, True
        else:
            return None
    return total + current if seen else None


def _digit_value(digits: str) -> float:
    return float(re.sub(r"[,\s\u00a0\u202f\u2009\u2007'’]", "", digits).replace(". ", "."))


def _fraction_value(text: str) -> float:
    numerator, denominator = re.split(r"[- ]", text.lower(), maxsplit=1)
    top = 1.0 if numerator in ("a", "one") else WORD_VALUES.get(numerator, 1.0)
    return round(top / FRACTIONS[denominator], 4)


def _words_before(text: str, start: int, count: int = 3) -> list[str]:
    return re.findall(r"[\w$€£#.'’&-]+", text[max(0, start - 60) : start])[-count:]


def _excluded(text: str, start: int, end: int, digits: bool, value: float) -> bool:
    """True for numbers that are not quantities: dates, times, durations, names, phone numbers, scores."""
    before, after = text[max(0, start - 40) : start], text[end : end + 40]
    prev = _words_before(text, start, 2)
    last = prev[-1] if prev else ""
    glued = re.search(r"[A-Za-z][-/]?$", before) and not before.lower().endswith("magnitude-")
    if re.match(r"[\w]", after[:1]) or glued or re.search(r"\d\s?[-:/.]\s?$|#$", before):
        return True  # "6th", "A380", "AK-47", "1:30"
    if re.match(
        r" ?(?:[:.] ?\d{2}(?!\d)|/\s?\d|a\.m\.|p\.m\.|(?:am|pm|gmt|utc|bst|cet|et|hrs)\b"
        r"|\(\d{3,4}\s?(?:gmt|utc))",
        after,
        re.I,
    ):
        return True  # clock times and "41 / 2"
    if re.match(rf"\s?(?:-\s?)?(?:\w+\s)?{TIME_UNITS}\b(?![- ]old)", after, re.I) or re.match(
        rf"-{TIME_UNITS}\b(?!-old)", after, re.I
    ):
        return True  # durations are time expressions
    if re.match(r"'?s\b", after) and digits and 1000 <= value <= 2100:
        return True  # decades: "the 1940s"
    if last.lower().rstrip(",") in MONTHS or (
        last.lower() == "of" and len(prev) > 1 and prev[0].lower() in MONTHS
    ):
        return True  # "March 2005", "October of 2007"
    if (
        re.match(r",?\s?(?:\d{1,2},\s)?(?:" + "|".join(MONTHS) + r")\b", after, re.I)
        and digits
        and value <= 31
    ):
        return True  # "6 June"
    if re.search(r"(?:" + "|".join(MONTHS) + r")\.? \d{1,2}, $", before, re.I):
        return True  # the year of "May 30, 2005"
    name = last.lower() in NAME_PREFIXES or (last[:1].isupper() and last.lower().rstrip(".") not in NOT_NAMES)
    initial = re.search(r"(?:^|[\n.!?]\s*)\S+\s$", before)
    if (
        name
        and not initial
        and not re.search(r"[,;:(]\s?$|\n$|^$", before)
        and last.upper() not in CURRENCY_CODES
    ):
        return True  # names and ranks: "FTSE 100", "Boeing's 787", "No. 2"
    if digits and (
        re.match(r"0\d", text[start : start + 2])
        or re.match(r" \d{3,}", after)
        or re.search(r"\d{3,} $", before)
    ):
        return True  # phone numbers
    if re.search(r"(?:^|\n)\s*$", before) and re.match(r"[.)]\s", after):
        return True  # list numbering
    # addresses: "40 East 5th Ave."
    return bool(
        re.match(r" (?:East|West|North|South)\b|(?: [A-Z]\w+)+ (?:Street|St\.|Ave|Avenue|Road)\b", after)
    )


def _qualifier(text: str, start: int) -> QuantityQualifier:
    before = re.sub(r"\s+", " ", text[max(0, start - 20) : start].lower())
    for words, qualifier in QUALIFIERS:
        if re.search(rf"(?:^|[^\w]){re.escape(words)} $", before):
            return qualifier
    return "exact"


def _sentences(doc: Any, size: int) -> list[tuple[int, int]]:
    spans = [(s.start_char, s.end_char) for s in doc.sents] if doc is not None else []
    return spans or [(0, size)]


def _np_start(head: Any, floor: int) -> Any:
    """The first word of ``head``'s minimal noun phrase: no determiner, possessor or word before ``floor``."""
    first = head
    for child in head.lefts:
        if child.dep_ in ("amod", "compound", "nmod", "nummod", "npadvmod", "hmod") and child.idx >= floor:
            first = min(first, child.left_edge, key=lambda t: t.i)
    while first.i < head.i and (
        first.dep_ in ("det", "poss", "case", "predet", "punct") or first.idx < floor
    ):
        first = first.doc[first.i + 1]
    while first.i < head.i and first.text.lower() in ("other", "more", "additional", "all", "of", "'s", "’s"):
        first = first.doc[first.i + 1]
    return first


def _counted(doc: Any, start: int, end: int, kind: str) -> tuple[int, int] | None:
    """The counted noun phrase: the noun the number modifies ("a 25% tariff": the tariff's rate), an "of"
    phrase, or (money) what it values."""
    tokens = tokens_in(doc, start, end, scan=True)
    if not tokens or doc is None:
        return None
    inside = {t.i for t in tokens}
    last = tokens[-1]
    if kind in ("count", "money", "percent"):
        for t in tokens:
            head = t.head
            if (
                head.i not in inside
                and last.i < head.i <= last.i + 5
                and t.dep_ in ("nummod", "compound", "amod", "nmod", "quantmod", "npadvmod")
                # a percentage measuring a word ("6.62% lower", "up 5% higher") is no share of it
                and not (kind == "percent" and t.dep_ == "npadvmod")
            ):
                if (
                    head.text.lower() in _STOP_HEADS
                    or head.text.lower() == "worth"
                    or not head.text[:1].isalpha()
                ):
                    break
                first = _np_start(head, end)
                if first.idx >= end:
                    return first.idx, head.idx + len(head.text)
    follow = doc[last.i + 1] if last.i + 1 < len(doc) else None
    if follow is not None and follow.text.lower() == "worth" and follow.i + 1 < len(doc):
        follow = doc[follow.i + 1]
    if follow is not None and follow.text.lower() == "of" and kind in ("count", "money", "percent"):
        objects = [c for c in follow.children if c.dep_ == "pobj"]
        if objects and objects[0].text.lower() not in ("them", "us", "those", "these", "whom", "which"):
            head = objects[0]
            first = _np_start(head, follow.idx + 3)
            return first.idx, head.idx + len(head.text)
    if kind == "money":
        for t in tokens:
            if t.dep_ == "pobj" and t.head.text.lower() == "of" and t.head.head.i < tokens[0].i:
                head = t.head.head
                if head.text[:1].isalpha() and head.text.lower() not in _STOP_HEADS:
                    first = _np_start(head, 0)
                    return first.idx, head.idx + len(head.text)
    return None


def _named_tokens(doc: Any) -> dict[int, Any]:
    """Token index → the named entity (place, organisation, group, person) it is in; built once a parse."""
    cached = doc.user_data.get("storyline.named_tokens")
    if cached is None:
        kinds = ("GPE", "LOC", "ORG", "NORP", "FAC", "PERSON")
        cached = {t.i: e for e in doc.ents if e.label_ in kinds for t in e}
        doc.user_data["storyline.named_tokens"] = cached
    return dict(cached)


def _about(doc: Any, start: int, end: int, counted: tuple[int, int] | None) -> str | None:
    """An entity the number is about: of/in/from phrase or possessor of the counted noun or the number."""
    if doc is None:
        return None
    anchors = tokens_in(doc, *counted, scan=True) if counted else tokens_in(doc, start, end, scan=True)
    if not anchors:
        return None
    ents = _named_tokens(doc)
    head = anchors[-1]
    for child in head.children:
        if child.dep_ == "poss" and child.i in ents:
            return str(ents[child.i].text)
        if child.dep_ == "prep" and child.text.lower() in ("in", "of", "from", "at", "on", "for"):
            for obj in child.children:
                if obj.dep_ == "pobj" and obj.i in ents:
                    return str(ents[obj.i].text)
    if head.dep_ == "appos" and head.head.i in ents:
        return str(ents[head.head.i].text)
    return None


def _age(text: str, start: int, end: int, value: float, suffix_age: bool) -> bool:
    if suffix_age:
        return True
    if not (value.is_integer() and 0 < value < 125):
        return False
    before, after = text[max(0, start - 25) : start], text[end : end + 2]
    if re.search(r"\b(?:aged?|at age|(?:die[sd]?|dead) at)\s$", before, re.I):
        return True
    if re.search(r"\b(?:he|she|who) (?:was|is)\s$", before, re.I) and re.match(r"[.,;]|$", after):
        return True
    return bool(re.search(r"\b[A-Z][a-z]+,\s$", before) and re.match(r",|\.(?:\s|$)|$", after))


def _magnitude(text: str, start: int, end: int) -> bool:
    before, after = text[max(0, start - 30) : start].lower(), text[end : end + 30].lower()
    if re.search(r"magnitude[- ]?(?:of )?(?:at least |about |some |nearly )?$", before):
        return True
    return bool(re.match(r"\s?-?\s?magnitude|(?: degrees)? on the richter|\s(?:earth)?quake|\stremor", after))


def _range_end(text: str, end: int, unit_first: bool) -> tuple[re.Match[str], int] | None:
    """A second number closing a range ("1,000 to 1,200", "1,000-1,200"), with the end of its unit."""
    link = re.match(r"\s?(?:-|–|—|to|and)\s?", text[end : end + 6])
    if not link:
        return None
    second = _NUMBER.match(text, end + link.end())
    if not second or second.group("vague") or second.group("fraction"):
        return None
    stop = second.end()
    suffix = _SUFFIX.match(text, stop)
    if unit_first and not suffix and not second.group("dmult"):
        return None  # "46.19 points to 3,845.8" is a change and a level, not a range
    return second, (suffix.end() if suffix else stop)


def _value(match: re.Match[str]) -> float | None:
    if match.group("digits"):
        value = _digit_value(match.group("digits"))
        mult = (match.group("dmult") or "").strip(" -").lower().rstrip("s")
        if mult:
            value *= MULTIPLIERS.get(mult, 1.0)
        return -value if match.group("neg") else value
    if match.group("vague"):
        return float(VAGUE[match.group("vague").lower()])
    if match.group("fraction"):
        return _fraction_value(match.group("fraction"))
    return _word_value(match.group("words"))


def _is_numeral_one(doc: Any, start: int, end: int) -> bool:
    """ "one" counts only as a numeral before its noun ("one man"), never as a pronoun ("one of the")."""
    tokens = tokens_in(doc, start, end, scan=True) if doc is not None else []
    return bool(tokens) and tokens[-1].dep_ == "nummod"


def extract_quantities(article: Article, doc: Any = None) -> list[Quantity]:
    """The quantities ``article`` states, in text order.

    ``doc`` is the spaCy parse of ``article.text`` by :func:`storyline.entities.nlp_model` (shared with the
    other stages); the text is parsed here when it is ``None``. Only the dependency parse, NER and sentence
    boundaries are used.
    """
    text = article.text
    if not text.strip() or not re.search(
        r"\d|\b(?:" + "|".join([*SMALL_NUMBERS, *TENS]) + r"|dozen|hundred|thousand|million|billion)",
        text,
        re.I,
    ):
        return []
    if doc is None:
        from storyline.entities import nlp_model

        doc = nlp_model()(text)
    blocked = [(m.start(), m.end()) for m in _URL.finditer(text)]
    sentences = _sentences(doc, len(text))
    out: list[Quantity] = []
    position = 0
    while True:
        match = _NUMBER.search(text, position)
        if match is None:
            break
        position = max(match.end(), match.start() + 1)
        quantity = _quantity(article, text, doc, match, blocked, sentences)
        if quantity is not None:
            out.append(quantity)
            position = max(position, quantity.end)
    return out


def _quantity(
    article: Article,
    text: str,
    doc: Any,
    match: re.Match[str],
    blocked: list[tuple[int, int]],
    sentences: list[tuple[int, int]],
) -> Quantity | None:
    start, end = match.start(), match.end()
    if any(s <= start < e for s, e in blocked):
        return None
    value = _value(match)
    if value is None:
        return None
    words = match.group("words")
    bare = words.strip().lower() if words else ""
    if bare in ("a", "an") or (
        bare in ("half a", "half an") and not re.match(r" (?:percent|per cent)", text[end:], re.I)
    ):
        return None
    if words and words.lower() == "one" and not _is_numeral_one(doc, start, end):
        return None
    digits = match.group("digits") is not None
    currency = match.group("cur")
    if digits and not currency and _excluded(text, start, end, True, value):
        return None
    decade = r"\s(?:twent|thirt|fort|fift|sixt|sevent|eight|ninet)ies\b"
    if not digits and re.match(
        rf"\s?(?:-\s?)?(?:\w+\s)?{TIME_UNITS}\b(?![- ]old)|-{TIME_UNITS}\b(?!-old)|{decade}", text[end:], re.I
    ):
        return None
    if digits and re.match(r"\s?-\s?\d", text[end:]):
        score = re.match(r"\s?-\s?(\d+)\b(?![.,]\d)", text[end:])
        if score and float(score.group(1)) < value and not currency:
            return None  # a score ("28-21"), not a range
    unit: str | None = (
        CURRENCY_SYMBOLS.get(currency.strip().lower(), currency.strip().upper()) if currency else None
    )
    kind = "money" if currency else "count"
    suffix = _SUFFIX.match(text, end)
    suffix_age = False
    if suffix:
        if suffix.group("age"):
            suffix_age = True
        elif suffix.group("pct"):
            unit, kind = "%", "percent"
        elif suffix.group("curword") and not currency:
            unit, kind = CURRENCY_WORDS[suffix.group("curword").lower().rstrip("s")], "money"
        elif suffix.group("measure") and not currency:
            unit, kind = _measure(suffix.group("measure")), "other"
        else:
            suffix = None
        if suffix:
            end = suffix.end()
    low = high = None
    qualifier: QuantityQualifier = _qualifier(text, start)
    closing = _range_end(text, end, suffix is not None)
    if closing is not None:
        second, stop = closing
        top = _value(second)
        before = text[max(0, start - 40) : start].lower()
        is_between = bool(re.search(r"between\s$", before))
        link = text[end : second.start()].strip()
        changes = bool(_CHANGE_VERBS.search(before[-30:]))
        plausible = top is not None and value < top <= value * 5 and (link != "and" or is_between)
        if plausible and not changes:  # a score ("28-21") falls, not being low < high
            low, high, end, qualifier = value, top, stop, "range"
            tail = _SUFFIX.match(text[second.end() : stop] + " ")
            if tail and tail.group("pct"):
                unit, kind = "%", "percent"
            elif tail and tail.group("measure"):
                unit, kind = _measure(tail.group("measure")), "other"
    if match.group("vague") and qualifier == "exact":
        qualifier = "at least"
    if kind == "count" and _age(text, start, end, value, suffix_age):
        kind, unit = "other", "years"
    elif kind in ("count", "other") and unit in (None, "degrees") and _magnitude(text, start, end):
        kind, unit = "other", "magnitude"
    per_match = _PER.match(text, end)
    per = None
    if per_match and kind == "money":
        per = (
            per_match.group("per")
            or {"yearly": "year", "annually": "year"}.get(
                per_match.group("ly").lower(), per_match.group("ly").lower()[:-2]
            )
        ).lower()
    is_year = (
        digits
        and kind == "count"
        and low is None
        and re.fullmatch(r"\d{4}", match.group("digits") or "")
        and 1000 <= value <= 2100
    )
    counted = _counted(doc, start, end, kind if not is_year else "count")
    if is_year and (counted is None or not text[counted[1] - 1 : counted[1]].lower().endswith("s")):
        kind, counted = "year", None
    elif (
        kind == "count"
        and counted is None
        and (
            "." in (match.group("digits") or "")
            or (
                re.search(r"\b(?:at|to|of|above|below|over)\s$", text[max(0, start - 8) : start])
                and value >= 1000
            )
        )
    ):
        kind = "other"  # an index level or a bare measure, not a count of things
    sentence = next(((s, e) for s, e in sentences if s <= start < e), (start, end))
    return Quantity(
        article_id=article.id,
        start=start,
        end=end,
        text=text[start:end],
        value=value,
        low=low,
        high=high,
        qualifier=qualifier,
        unit=unit,
        per=per,
        counted=text[counted[0] : counted[1]] if counted else None,
        counted_start=counted[0] if counted else None,
        counted_end=counted[1] if counted else None,
        about=_about(doc, start, end, counted),
        kind=kind,
        sentence_start=sentence[0],
        sentence_end=sentence[1],
    )


def extract_many(articles: Iterable[Article], docs: Iterable[Any] | None = None) -> dict[str, list[Quantity]]:
    """Quantities of each article by id; ``docs`` are their parses in order (parsed here when absent)."""
    items = list(articles)
    parsed = list(docs) if docs is not None else [None] * len(items)
    return {a.id: extract_quantities(a, d) for a, d in zip(items, parsed, strict=True)}
