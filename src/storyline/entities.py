"""Entities: people, organisations and places named in articles, resolved within and across articles.

Two pure stages over typed records:

- :func:`extract_mentions` (one article) and :func:`extract_many` (a batch through ``nlp.pipe``): spaCy's
  ``en_core_web_md`` finds names; the gazetteer (:mod:`storyline.gazetteer`) retypes places that NER took
  for people or organisations and adds country and capital names it missed; within the article, mentions of
  one name vote on its type, short forms resolve to the full name ("Parly" → "Florence Parly"), acronyms to
  their expansion ("European Union (EU)", or a small built-in list), and titles and roles before a name or in
  apposition become the mention's ``role`` ("Defence Minister", "Kremlin spokesman").
- :func:`resolve_entities` (many articles): one :class:`~storyline.records.Entity` per real-world referent,
  implemented in :mod:`storyline.entity_resolution`.

Every mention keeps offsets into ``Article.text`` and the span of its sentence.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from storyline.entity_acronyms import (
    BUILTIN_ACRONYMS,
    WORD,
    Spelled,
    acronyms_in_text,
    is_acronym,
    proven_names,
    spelled_out,
    spells,
)
from storyline.entity_kin import introduced_as_kin, kin_apart
from storyline.entity_kinds import body_named, no_name
from storyline.entity_resolution import (
    ResolutionContext,
    place_led_short_form,
    resolve_entities,
)
from storyline.entity_retyping import SPACED_HYPHEN, TITLES, modifies, retype_by_words, strip_titles
from storyline.entity_retyping import RawMention as _Raw
from storyline.entity_roles import role_of
from storyline.entity_short_forms import (
    LEAD_WORD,
    lead_word_of,
    lead_words,
    mistyped_words,
    part_of_longer_name,
    short_form_of,
)
from storyline.gazetteer import country_of_word, fold, lookup_place
from storyline.given_names import courtesy_gender, given_name_gender
from storyline.nlp import load_model
from storyline.records import Article, Mention

__all__ = [
    "KEPT_LABELS",
    "ResolutionContext",
    "extract_many",
    "extract_mentions",
    "resolve_entities",
]

KEPT_LABELS = ("PERSON", "ORG", "GPE", "LOC", "NORP", "EVENT", "FAC", "PRODUCT")
# The entity stage needs the parser (sentences, roles) and NER; the tagger, lemmatizer and attribute ruler
# only cost time.
NLP_DISABLE = ("tagger", "attribute_ruler", "lemmatizer")
PLACE_TYPES = frozenset({"GPE", "LOC"})

_POSSESSIVE_END = re.compile(r"\s*['’]s?$")


def nlp_model() -> Any:
    """The spaCy pipeline this stage runs: ``en_core_web_md`` without tagger, lemmatizer, attribute ruler."""
    return load_model(NLP_DISABLE)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop a possessive ("Mali’s"), surrounding punctuation and a leading "the" from a span."""
    span = text[start:end]
    match = _POSSESSIVE_END.search(span)
    if match and match.start() > 0:
        end = start + match.start()
    while end > start and not text[end - 1].isalnum() and text[end - 1] not in ".)":
        end -= 1
    while start < end and not text[start].isalnum():
        start += 1
    if text[start:end].lower().startswith("the ") and end - start > 4:
        start += 4
    return start, end


def _split_commas(text: str, raw: _Raw) -> list[_Raw]:
    """NER sometimes joins a list into one span ("Lyon, Turin"); split it unless it is "City, Country"."""
    span = text[raw.start : raw.end]
    if ", " not in span:
        return [raw]
    parts, out, offset = span.split(", "), [], raw.start
    if len(parts) == 2:
        city, country = lookup_place(parts[0]), lookup_place(parts[1])
        if city is not None and country is not None and country.kind in ("country", "region"):
            return [raw]
    if not all(p[:1].isupper() for p in parts):
        return [raw]
    for part in parts:
        out.append(_Raw(offset, offset + len(part), raw.label, raw.ner_label, "split a joined list"))
        offset += len(part) + 2
    return out


def _split_people(text: str, raw: _Raw, tails: set[str]) -> list[_Raw]:
    """NER sometimes joins two people into one span ("Lopez and Carrasquillo", tagged ORG); split it when
    each side is the surname of a person the article names in full (so "Johnson and Johnson" stays)."""
    span = text[raw.start : raw.end]
    if span.count(" and ") != 1:
        return [raw]
    left, right = span.split(" and ")
    if fold(left) not in tails or fold(right) not in tails or fold(left) == fold(right):
        return [raw]
    second = raw.start + len(left) + len(" and ")
    return [
        _Raw(raw.start, raw.start + len(left), "PERSON", raw.ner_label, "split two people joined by NER"),
        _Raw(second, raw.end, "PERSON", raw.ner_label, "split two people joined by NER"),
    ]


def _person_tails(text: str, raws: Sequence[_Raw]) -> set[str]:
    """Folded final words of multi-word person names: evidence that a lone "Jordan" is a person here."""
    tails: set[str] = set()
    for raw in raws:
        if raw.label == "PERSON":
            words = fold(raw.name(text)).split()
            if len(words) > 1:
                tails.update(" ".join(words[i:]) for i in range(1, len(words)))
    return tails


def _correct_with_gazetteer(
    text: str, raws: list[_Raw], tails: set[str], spelled_out: dict[str, str]
) -> None:
    for raw in raws:
        name = raw.name(text)
        if raw.label in PLACE_TYPES and name.startswith("Air ") and name[4:5].isupper():
            # "Air China", "Air Berlin": an airline named after its home, which the tagger takes for a place
            raw.correction = f"{name} is an airline, not {raw.label}"
            raw.label = "ORG"
            continue
        place = lookup_place(name)
        if place is None and name.split()[-1][:1].isupper() and body_named(name, raw.label):
            # "West Midlands Police", "Harlow District Council": a body named after its place; "Wessex
            # Rambler Tours": a company, not a person
            raw.correction = f"{name} is a body, not {raw.label}"
            raw.label = "ORG"
            continue
        if place is None:
            continue
        expansion = spelled_out.get(name.replace(".", ""))
        if expansion is not None and lookup_place(expansion) != place:
            continue  # "Government Accountability Office (GAO)" says what GAO is: not Gao in Mali
        raw.place = place
        if fold(name) in tails:
            continue  # the article names a person whose surname this is
        place_type = "LOC" if place.kind in ("continent", "region") and raw.label == "LOC" else "GPE"
        if raw.label == "NORP" and place.kind != "country":
            continue  # "Western" is a people's adjective, not a region of Zambia
        if raw.label in PLACE_TYPES:
            raw.locked = True
        elif place.is_strong:
            raw.correction = f"gazetteer: {name} is a {place.kind}, not {raw.label}"
            raw.label, raw.locked = place_type, True


def _missed_places(doc: Any, raws: list[_Raw], tails: set[str]) -> list[_Raw]:
    """Country and capital names, and the names of their peoples, that NER left untagged (capitalised, outside
    every entity)."""
    covered = [False] * len(doc)
    for ent in doc.ents:
        for i in range(ent.start, ent.end):
            covered[i] = True
    for raw in raws:
        span = doc.char_span(raw.start, raw.end, alignment_mode="expand")
        if span is not None:
            for i in range(span.start, span.end):
                covered[i] = True
    out: list[_Raw] = []
    i = 0
    while i < len(doc):
        if covered[i] or not doc[i].text[:1].isupper():
            i += 1
            continue
        found = None
        for size in (4, 3, 2, 1):
            j = i + size
            if j > len(doc) or any(covered[i:j]):
                continue
            span = doc[i:j]
            place = lookup_place(span.text)
            if place and place.kind in ("country", "capital") and fold(span.text) not in tails:
                # (a sentence's full stop the tokenizer left on the name: "the Central Bank of Libya.")
                end = span.end_char - (span.text.endswith(".") and span.text.count(".") == 1)
                found = _Raw(span.start_char, end, "GPE", "", "gazetteer: missed by NER", place, None, True)
                i = j
                break
        word = doc[i].text if found is None else ""  # (a place found may end the text: i is past it)
        if word and lookup_place(word) is None and fold(word) not in tails and country_of_word(word):
            # a people's name the tagger missed ("Somali pirates hijacked ...", "a Greek tanker")
            found = _Raw(doc[i].idx, doc[i].idx + len(word), "NORP", "", "gazetteer: a people missed by NER")
            i += 1
        if found:
            out.append(found)
        else:
            i += 1
    return out


def _repeated_names(text: str, raws: Sequence[_Raw]) -> list[_Raw]:
    """Occurrences NER missed of names it tagged elsewhere in the article: a person's full name or surname,
    an organisation's name of several words or an acronym. A name is one referent throughout an article."""
    wanted: dict[str, str] = {}
    # found only after "the" ("the Saints", not "Airlines across Asia"), and only of one team
    nicknames: dict[str, set[str]] = {}
    # a word the article writes in lower case more often than capitalised is a common word, not a surname
    # ("Troy Police" / "police"; but "Neil Young" / "young fans" once)
    lower = Counter(re.findall(r"\b[a-z]+\b", text))
    # (capitalised words counted with their inner capitals: "DeGeneres", "McAllister")
    upper = Counter(w.lower() for w in re.findall(r"\b[A-Z][A-Za-z]*[a-z][A-Za-z]*\b", text))
    # "Blackridge denied the allegation" after "Blackridge Protection Services"; and a lone first word the
    # tagger took for a person ("Corvane's managing director"), when no title makes it one ("Mr Petrov",
    # "Senator Crane") and no person's full name holds it
    lone = mistyped_words(
        (r.name(text), r.label) for r in raws if not (r.role or courtesy_gender(text, r.start))
    )
    orgs = [r.name(text) for r in raws if r.label == "ORG"]
    people = [n for r in raws if r.label == "PERSON" and (n := r.name(text)) not in lone]
    # (the tagger may take the same lone word for a place elsewhere in the article)
    places = [n for r in raws if r.label in ("GPE", "LOC", "NORP") and (n := r.name(text)) not in lone]
    leads = lead_words(orgs, people, places, lower)
    for raw in raws:
        if raw.name(text) in leads and raw.name(text) in lone and not raw.locked:
            raw.label, raw.correction = "ORG", LEAD_WORD
    for raw in raws:
        name = raw.name(text)
        words = name.split()
        if raw.label == "PERSON":
            wanted.setdefault(name, "PERSON")
            if (
                len(words) > 1
                and len(words[-1]) > 2
                and words[-1][0].isupper()
                and lower[words[-1].lower()] <= upper[words[-1].lower()]
            ):
                wanted.setdefault(words[-1], "PERSON")
        elif raw.label == "ORG" and (len(words) > 1 or is_acronym(name)):
            wanted.setdefault(name, "ORG")
            nickname = place_led_short_form(name)
            if nickname is not None and not lower[nickname.split()[-1].lower()]:
                wanted.setdefault(nickname, "ORG")  # "the Saints" after "the New Orleans Saints"
                nicknames[nickname] = nicknames.get(nickname, set()) | {fold(name)}
        elif raw.label == "ORG" and len(name) > 2 and name[:1].isupper() and not lower[name.lower()]:
            # "Barclays" tagged in the headline, missed in the body (a one-word name the article never writes
            # as a common word, "apple", nor as a person's surname, "Kimani Gray")
            surnames = {r.name(text).split()[-1] for r in raws if r.label == "PERSON"}
            if name not in surnames:
                wanted.setdefault(name, "ORG")
    for word in leads:
        wanted.setdefault(word, "ORG")
    if not wanted:
        return []
    covered = sorted((r.start, r.end) for r in raws)
    pattern = re.compile(
        r"(?<![\w-])(" + "|".join(re.escape(n) for n in sorted(wanted, key=len, reverse=True)) + r")(?![\w-])"
    )
    out: list[_Raw] = []
    for match in pattern.finditer(text):
        start, end = match.span()
        if any(s < end and start < e for s, e in covered):
            continue
        if match.group(1) in leads and part_of_longer_name(text, end):
            continue
        teams = nicknames.get(match.group(1))
        if teams is not None and (len(teams) > 1 or not _after_the(text, start)):
            continue
        label = wanted[match.group(1)]
        why = LEAD_WORD if match.group(1) in leads else "same name as a mention NER tagged in this article"
        out.append(_Raw(start, end, label, "", why))
        covered.append((start, end))
    return out


def _after_the(text: str, start: int) -> bool:
    return text[max(0, start - 4) : start].lower() == "the "


def _with_proven_names(text: str, raws: list[_Raw], spelled_in_text: Sequence[Spelled]) -> list[_Raw]:
    """``raws`` with the names acronyms prove (:func:`~storyline.entity_acronyms.proven_names`), an expansion
    replacing the parts NER tagged inside it; typed as a place where the gazetteer knows the name, else as an
    organisation (or as the type NER gave the acronym elsewhere)."""
    found, displaced = proven_names(text, [(r.start, r.end) for r in raws], spelled_in_text)
    if not found:
        return raws
    typed = {r.name(text): r.label for r in raws}
    kept = [r for r in raws if (r.start, r.end) not in displaced]
    for start, end, acronym in found:
        place = lookup_place(text[start:end])
        label = "GPE" if place is not None else typed.get(acronym, "ORG")
        kept.append(_Raw(start, end, label, "", f"a name its acronym {acronym} spells out in this article"))
    return sorted(kept, key=lambda r: (r.start, r.end))


def _find(parent: list[int], i: int) -> int:
    while parent[i] != i:
        parent[i] = parent[parent[i]]
        i = parent[i]
    return i


def extract_mentions(
    article: Article, doc: Any = None, type_hints: Mapping[str, str] | None = None
) -> list[Mention]:
    """Named mentions of ``article``, typed, corrected and resolved within the article.

    ``doc`` is the article text parsed by :func:`nlp_model` (parsed here when ``None``). ``type_hints`` maps
    folded names to the type most of their mentions have across a batch (:func:`extract_many` computes it);
    it overrides NER's type for names the gazetteer does not know. Each mention's ``canonical`` is the full
    name it stands for in this article; ``role`` the title or role attached to it; ``correction`` why its
    type differs from NER's, if it does.
    """
    text = article.text
    if doc is None:
        doc = nlp_model()(text)
    raws: list[_Raw] = []
    for ent in doc.ents:
        if ent.label_ not in KEPT_LABELS:
            continue
        start, end = _trim(text, ent.start_char, ent.end_char)
        if end <= start or all(
            w.group().endswith(".") and w.group().rstrip(".").casefold() in TITLES
            for w in WORD.finditer(text, start, end)
        ):
            continue  # an abbreviated title alone names no one ("Vancouver police Const."; "Prince" may)
        if no_name(text, start, end, ent.label_):
            continue  # a measure or a time zone ("held 6GB", "22.34 BST")
        raws.extend(_split_commas(text, _Raw(start, end, ent.label_, ent.label_)))
    for raw in raws:
        if raw.label == "PERSON":
            strip_titles(text, raw)
    tails = _person_tails(text, raws)
    raws = [part for raw in raws for part in _split_people(text, raw, tails)]
    spelled_in_text = list(spelled_out(text))
    expanded = acronyms_in_text(text, spelled_in_text)
    _correct_with_gazetteer(text, raws, tails, expanded)
    for raw in raws:
        hint = (type_hints or {}).get(fold(raw.name(text)))
        if hint and not raw.locked and hint != raw.label:
            raw.correction = f"type of this name in most articles of the batch ({hint})"
            raw.label = hint
    retype_by_words(text, raws)
    raws = _with_proven_names(text, raws, spelled_in_text)
    raws.extend(_repeated_names(text, raws))
    raws.extend(_missed_places(doc, raws, tails))
    raws.sort(key=lambda r: (r.start, r.end))
    for raw in raws:
        if raw.label in ("PERSON", "ORG"):
            raw.role = role_of(doc, raw.start, raw.end, raw.role)
    # a people's word used of a noun ("Christian groups", "the Welsh side") is no one's surname
    modifiers = {fold(r.name(text)) for r in raws if r.label == "NORP" and modifies(doc, r.start)}
    canonical, types, expansion = _resolve_in_article(text, raws, expanded, modifiers)
    has_sents = doc.has_annotation("SENT_START")
    out = []
    for i, raw in enumerate(raws):
        sent_start, sent_end = 0, len(text)
        if has_sents:
            span = doc.char_span(raw.start, raw.end, alignment_mode="expand")
            if span is not None:
                sent_start, sent_end = span.sent.start_char, span.sent.end_char
        key = f"{article.id}:{raw.start}:{raw.end}"
        out.append(
            Mention(
                id=hashlib.sha1(key.encode("utf-8")).hexdigest()[:16],
                article_id=article.id,
                start=raw.start,
                end=raw.end,
                text=text[raw.start : raw.end],
                type=types[i],
                canonical=canonical[i],
                sentence_start=sent_start,
                sentence_end=sent_end,
                role=raw.role,
                expansion=expansion.get(i),
                ner_label=raw.ner_label,
                correction=raw.correction,
            )
        )
    return out


def _resolve_in_article(
    text: str, raws: list[_Raw], in_text: dict[str, str], modifiers: set[str] | None = None
) -> tuple[list[str], list[str], dict[int, str]]:
    """Canonical name and voted type of each mention, and acronym expansions (by mention index);
    ``modifiers`` are the folded people's words the article uses of a noun, which name no person."""
    names = [r.name(text) for r in raws]
    keys = [fold(n) for n in names]
    parent = list(range(len(raws)))

    def union(a: int, b: int) -> None:
        parent[_find(parent, a)] = _find(parent, b)

    by_key: dict[str, list[int]] = {}
    for i, key in enumerate(keys):
        by_key.setdefault(key, []).append(i)
    key_type = {k: Counter(raws[i].label for i in idx).most_common(1)[0][0] for k, idx in by_key.items()}
    key_locked = {k: any(raws[i].locked for i in idx) for k, idx in by_key.items()}
    # full names the article introduces by kinship somewhere ("Gomes' mother, Catherine Gomes")
    kin_keys = {keys[i] for i, r in enumerate(raws) if introduced_as_kin(text, r.start)}
    first_at = {k: raws[idx[0]].start for k, idx in by_key.items()}
    expansion: dict[int, str] = {}
    the_led = {keys[i] for i, r in enumerate(raws) if _after_the(text, r.start)}
    lead_keys = {keys[i] for i, r in enumerate(raws) if r.correction == LEAD_WORD}
    # each organisation's nickname, folded ("saints" of "new orleans saints"; title-cased to find the place)
    nickname = {k: fold(place_led_short_form(k.title()) or "") for k in by_key if key_type[k] == "ORG"}
    # Longest names first, so that a short form links to a name that is already resolved.
    for key in sorted(by_key, key=lambda k: -len(k.split())):
        idx = by_key[key]
        targets: list[str] = []
        acronym = names[idx[0]].replace(".", "")
        if is_acronym(names[idx[0]]):
            spelled = in_text.get(acronym) or BUILTIN_ACRONYMS.get(acronym)
            if spelled:
                for i in idx:
                    expansion[i] = spelled
                if fold(spelled) in by_key:
                    targets = [fold(spelled)]
            if not targets:
                targets = [k for k in by_key if len(k.split()) > 1 and spells(k.split(), acronym)]
        # (a people's name is no short form, "French"; a word tagged as one that names no people may be a
        # person's surname: "Stanley Perlo ... Perlo said")
        surname = (
            raws[idx[0]].label == "NORP"
            and " " not in key
            and country_of_word(names[idx[0]]) is None
            and key not in (modifiers or set())
        )
        if not targets and (raws[idx[0]].label != "NORP" or surname):
            targets = [
                k
                for k in by_key
                if key_type[k] != "NORP"
                and (not surname or key_type[k] == "PERSON")
                and key_locked[k] == key_locked[key]
                and not (len(key.split()) > 1 and kin_apart(key, k, kin_keys, first_at))
                and (
                    short_form_of(key, k, key_type[key], key_type[k])
                    # (only where NER missed it: a name it tagged alone, "Ford", stands for itself)
                    or (key in lead_keys and key_type[k] == "ORG" and lead_word_of(key, k))
                )
            ]
            # a nickname after "the" names a team only when one team of the article has it ("the Giants"
            # of the New York and of the San Francisco Giants stays unresolved)
            teams = [k for k, n in nickname.items() if key in the_led and n == key]
            targets = targets or (teams if len(teams) == 1 else [])
        if not targets:
            for i in idx[1:]:
                union(i, idx[0])
            continue
        # Each mention of a short form joins the nearest earlier full name (else the first later one), never
        # one whose given name its courtesy title rules out when another fits ("Mr. Gomes" is not "Catherine
        # Gomes", his mother, but Gary Gomes)
        for i in idx:
            title = courtesy_gender(text, raws[i].start) if raws[i].label == "PERSON" else None
            candidates = [j for t in targets for j in by_key[t]]
            # (a title only chooses among them: "Ms. Young" still joins Sean Young, the only Young named)
            fitting = [j for j in candidates if title is None or given_name_gender(names[j]) in (None, title)]
            candidates = fitting or candidates
            # (nor a relative introduced by kinship anywhere, whom a news story goes on to call by the full
            # name: "his wife, Diane Renner ... Renner paid" is Paul Renner; "Gomes' mother, Catherine Gomes
            # ... Catherine Gomes lived there ... Gomes was arrested" is still not her)
            principal = [j for j in candidates if keys[j] not in kin_keys]
            candidates = principal or candidates
            before = [j for j in candidates if raws[j].start < raws[i].start]
            union(i, max(before, key=lambda j: raws[j].start) if before else min(candidates))
    clusters: dict[int, list[int]] = {}
    for i in range(len(raws)):
        clusters.setdefault(_find(parent, i), []).append(i)
    canonical = list(names)
    types = [r.label for r in raws]

    def rank(i: int) -> tuple[int, bool, bool, int]:
        # the fullest name, as written in the text rather than in a headline's capitals ("Jonas Otieno", not
        # "JONAS OTIENO"), the first of equals
        return len(keys[i].split()), not is_acronym(names[i]), not names[i].isupper(), -i

    for members in clusters.values():
        place = next((raws[i].place for i in members if raws[i].locked and raws[i].place), None)
        longest = max(members, key=rank)
        votes: dict[str, float] = {}
        for i in members:
            votes[raws[i].label] = votes.get(raws[i].label, 0.0) + 1.0
        # a maker named by its brand as often as the product is the organisation ("Waitrose")
        org = votes.get("ORG", 0.0)
        brand = votes.get("PRODUCT", 0.0) > 0 and org >= max(votes.values())
        votes[raws[longest].label] += 0.5  # the full name's type breaks ties
        label = "ORG" if brand else max(votes, key=lambda t: (votes[t], t))
        full = names[longest].split()
        if (
            raws[longest].label == "PERSON"
            and len(full) > 1
            and all(names[i].split()[-1].lower() == full[-1].lower() for i in members)
        ):
            # "Kimani Gray" once, then "Gray" (which NER reads as an organisation): a surname repeats a person
            # (in a headline's capitals too: "FORMER MAYOR REYNOLDS")
            label = "PERSON"
        if place is not None or any(raws[i].locked for i in members):
            label = next(raws[i].label for i in members if raws[i].locked)
        # ("Halvor Brenn - Aasen" as crawled copy spaces it: the name is "Halvor Brenn-Aasen")
        name = place.name if place is not None else SPACED_HYPHEN.sub("-", names[longest])
        if is_acronym(name) and longest in expansion and expansion[longest][:1].isupper():
            name = expansion[longest]
        for i in members:
            canonical[i] = name
            if types[i] != label:
                raws[i].correction = raws[i].correction or f"type voted by the article's mentions of {name}"
            types[i] = label
    return canonical, types, expansion


def extract_many(
    articles: Iterable[Article], nlp: Any = None, batch_size: int = 32, docs: Sequence[Any] | None = None
) -> dict[str, list[Mention]]:
    """Mentions of many articles, parsed together with ``nlp.pipe`` (much faster than one at a time).

    ``docs`` are the articles' parses when the caller already has them (one per article, in order).
    """
    batch = list(articles)
    if docs is None:
        model = nlp if nlp is not None else nlp_model()
        docs = list(model.pipe((a.text for a in batch), batch_size=batch_size))
    found = {article.id: extract_mentions(article, doc) for article, doc in zip(batch, docs, strict=True)}
    hints = type_hints(found.values())
    # A second pass only where a name's type in the article disagrees with its type across the batch.
    for article, doc in zip(batch, docs, strict=True):
        if any(hints.get(fold(m.text), m.type) != m.type for m in found[article.id]):
            found[article.id] = extract_mentions(article, doc, hints)
    return found


def type_hints(mentions: Iterable[Sequence[Mention]]) -> dict[str, str]:
    """The type of each name (folded) across articles, where one type has a majority of its mentions'
    article-level votes: NER's type errors are rarely the same in every article."""
    votes: dict[str, Counter[str]] = {}
    for article in mentions:
        seen = {(fold(m.text), m.type) for m in article} | {(fold(m.canonical), m.type) for m in article}
        for name, kind in seen:
            votes.setdefault(name, Counter())[kind] += 1
    hints: dict[str, str] = {}
    for name, counter in votes.items():
        (top, count), *rest = counter.most_common()
        if rest and count > sum(n for _t, n in rest):
            hints[name] = top
    return hints
