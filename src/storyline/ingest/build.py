"""From a raw document to a clean :class:`Article`: cleaning rules, then the metadata the text states."""

from __future__ import annotations

import re

import py3langid

from storyline import clean, metadata
from storyline.errors import EmptyInput
from storyline.ingest.html import domain_of
from storyline.records import Article, RawDocument, RemovedLine

_ORIGINAL_URL = re.compile(
    r"^(?:original(?:ly published)?(?: at| on)?|original url|source url|original article|read the original"
    r"(?: article)?|source link|canonical url)\s*:?\s*(?P<url>https?://\S+)?$",
    re.I,
)
_URL = re.compile(r"https?://[^\s<>)\]]+")
_TOP = 8
_TAIL = 6


def _title_like(text: str, fmt: str) -> bool:
    words = text.split()
    if not 2 <= len(words) <= 30:
        return False
    if text.endswith((".", "!", "?")) and len(words) > 20:
        return False
    return not (fmt not in ("text", "markdown") and text.endswith("."))


def _title_cased(words: list[str]) -> bool:
    """Whether every word with a letter starts with a capital ("World News", "MaliWest Africa")."""
    return all(w[:1].isupper() for w in words if any(c.isalpha() for c in w))


def _same_text(a: str, b: str) -> bool:
    return clean.content_hash(a) == clean.content_hash(b)


def _strip_outlet_suffix(title: str, outlet: str | None) -> str:
    if outlet:
        for sep in (" | ", " - ", " – ", " — ", " :: "):
            head, found, tail = title.rpartition(sep)
            if found and head and _same_text(tail, outlet):
                return head.strip()
    return title.strip()


def build_article(raw: RawDocument) -> Article:
    """Clean ``raw`` and read its metadata; raise :class:`EmptyInput` when no article text is left."""
    units = clean.split_units(raw.text)
    if not units:
        raise EmptyInput(raw.source, "no text")
    reasons: dict[int, str] = {}
    header: dict[str, str] = {}
    for unit in units[:_TOP]:
        fields = metadata.read_header_line(unit.text)
        if not fields:
            break
        for key, value in fields.items():
            header.setdefault(key, value)
        reasons[unit.line] = "metadata: header"

    original_url: str | None = None
    for i, unit in enumerate(units):
        match = _ORIGINAL_URL.match(unit.text)
        if match and i not in reasons:
            reasons[i] = "metadata: original url"
            url = match["url"]
            if not url and i + 1 < len(units) and _URL.fullmatch(units[i + 1].text.strip("<>")):
                url = units[i + 1].text.strip("<>")
                reasons[i + 1] = "metadata: original url"
            original_url = original_url or url

    for unit in units:
        if unit.line not in reasons:
            reason = clean.boilerplate_reason(unit)
            if reason:
                reasons[unit.line] = reason

    def kept() -> list[clean.Unit]:
        return [u for u in units if u.line not in reasons]

    # Top of the article: byline, date line, section labels and the title, in whatever order they come.
    byline: metadata.Byline | None = None
    stated_line_date: metadata.StatedDate | None = None
    # A byline linked to the author's page ("[By Jane Roe](/authors/roe)") is a link-only line, and a byline.
    near_top = [u for u in units if u.line not in reasons or reasons[u.line] == "link only"][:_TOP]
    for unit in near_top:
        if reasons.get(unit.line) == "link only":
            if byline is None and (parsed := metadata.parse_byline(unit.text)) is not None:
                byline = parsed
                reasons[unit.line] = "metadata: byline"
            continue
        if byline is None and (parsed := metadata.parse_byline(unit.text)) is not None:
            byline = parsed
            reasons[unit.line] = "metadata: byline"
        elif stated_line_date is None and (when := metadata.parse_date(unit.text, "text-line")) is not None:
            stated_line_date = when
            reasons[unit.line] = "metadata: date line"

    title = header.get("title") or (raw.hints.title.strip() if raw.hints.title else None)
    head = kept()[:4]
    if title:
        for unit in head[:3]:
            if _same_text(unit.text, title) or _same_text(
                unit.text, _strip_outlet_suffix(title, raw.hints.outlet)
            ):
                reasons[unit.line] = "title"
                break
    else:
        for i, unit in enumerate(head):
            following = head[i + 1] if i + 1 < len(head) else None
            words = unit.text.split()
            # A label is short and stands before a headline; a short line in sentence case before a full
            # sentence is the headline itself ("Japan enters recession" over the first paragraph).
            is_label = (
                len(words) <= 3
                and not re.search(r"[.!?]$", unit.text)
                and following is not None
                and _title_like(following.text, raw.format)
                and (_title_cased(words) or not re.search(r"[.!?]$", following.text))
            )
            if is_label:
                reasons[unit.line] = "navigation: section label"
                continue
            if _title_like(unit.text, raw.format) and following is not None:
                title = unit.text
                reasons[unit.line] = "title"
            break

    body = kept()
    credits: list[str] = list(byline.agencies) if byline else []
    for unit in body[:3] + body[-_TAIL:]:
        agency = metadata.credit_line_agency(unit.text)
        if agency is not None and unit.line not in reasons:
            credits.append(agency)
            reasons[unit.line] = "metadata: credit line"

    removed: list[RemovedLine] = []
    paragraphs: list[str] = []
    for unit in units:
        if unit.line in reasons:
            removed.append(RemovedLine(unit.raw, reasons[unit.line], unit.line))
            continue
        text, fragments = clean.strip_inline(unit.text)
        removed.extend(RemovedLine(f, "ticker fragment", unit.line) for f in fragments)
        if text:
            paragraphs.append(text)
    if not paragraphs:
        raise EmptyInput(
            raw.source, f"no article text left after cleaning ({len(removed)} lines were boilerplate)"
        )

    dateline = metadata.parse_dateline(paragraphs[0])
    if dateline is not None and dateline.agency:
        credits.append(dateline.agency)

    hint_byline = metadata.parse_byline(raw.hints.byline, require_by=False) if raw.hints.byline else None
    names = byline.names if byline and byline.names else (hint_byline.names if hint_byline else ())
    if hint_byline:
        credits.extend(hint_byline.agencies)
    header_byline = metadata.parse_byline(header["byline"], require_by=False) if "byline" in header else None
    if header_byline:
        names = header_byline.names or names
        credits.extend(header_byline.agencies)

    url = header.get("url") or raw.hints.url or original_url
    outlet, outlet_source = None, None
    for candidate, where in (
        (header.get("outlet"), "header"),
        (raw.hints.outlet, "container"),
        (dateline.outlet if dateline else None, "dateline"),
        (domain_of(original_url), "original url"),
        (domain_of(url), "url"),
    ):
        if candidate:
            outlet, outlet_source = candidate.strip(), where
            break

    published = (
        metadata.normalise_container_date(header.get("published"), "header")
        or metadata.normalise_container_date(raw.hints.published, raw.hints.published_source or "container")
        or stated_line_date
        or metadata.date_from_url(url)
    )
    text = "\n\n".join(paragraphs)
    return Article(
        id=clean.content_hash(text),
        source=raw.source,
        format=raw.format,
        title=_strip_outlet_suffix(title, outlet) if title else None,
        text=text,
        source_path=raw.source_path,
        url=url,
        outlet=outlet,
        outlet_source=outlet_source,
        byline=_join_names(names),
        published=published.value if published else None,
        published_precision=published.precision if published else None,
        published_source=published.source if published else None,
        wire_credits=tuple(dict.fromkeys(credits)),
        language=_language(raw.hints.language, text),
        encoding=raw.encoding,
        removed=tuple(removed),
        body_hash=clean.body_hash(paragraphs),
    )


def _join_names(names: tuple[str, ...]) -> str | None:
    if not names:
        return None
    if len(names) == 1:
        return names[0]
    return ", ".join(names[:-1]) + " and " + names[-1]


def _language(stated: str | None, text: str) -> str | None:
    if stated:
        code = stated.strip().lower().replace("_", "-").split("-")[0]
        if code.isalpha() and 2 <= len(code) <= 3:
            return code
    if len(text.split()) < 5:
        return None
    code, _score = py3langid.classify(text[:3000])
    return str(code)
