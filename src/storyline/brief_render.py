"""The brief as text: plain for the terminal (whose caller escapes it for rich) or Markdown, every piece of
article text made inert."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping

from storyline.brief import SECTIONS, Brief
from storyline.records import Article

_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()<>#+\-!|~&])")


def _plain(text: str) -> str:
    """Whitespace runs made one space, control characters (escape codes) dropped."""
    kept = "".join(c for c in text if not unicodedata.category(c).startswith("C") or c in "\t\n\r")
    return " ".join(kept.split())


def escape_markdown(text: str) -> str:
    """``text`` as inert Markdown: one line, control characters dropped, every metacharacter backslashed."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", _plain(text))


def _party(name: str | None, markdown: bool) -> str:
    """The label of a party's sentence ("France: "): our words, set apart from the article's."""
    if not name:
        return ""
    return f"**{escape_markdown(name)}:** " if markdown else f"{_plain(name)}: "


def render_brief(brief: Brief, articles: Mapping[str, Article], markdown: bool = False) -> str:
    """The brief as plain text (for the terminal; the caller escapes it for rich) or as Markdown.

    The headline, then the sentences under a heading per role, each followed by its citations ([1][3]),
    then the numbered sources: outlet, date, title and id prefix. In Markdown all article-derived text is
    escaped by :func:`escape_markdown`.
    """
    number: dict[str, int] = {}
    for article_id in [brief.headline_article_id or "", *(a for s in brief.sentences for a in s.article_ids)]:
        if article_id and article_id not in number:
            number[article_id] = len(number) + 1
    esc = escape_markdown if markdown else _plain

    def cite(ids: Iterable[str]) -> str:
        marks = "".join(f"[{number[a]}]" for a in ids if a in number)
        return marks.replace("[", "\\[").replace("]", "\\]") if markdown else marks

    headline = esc(brief.headline) if brief.headline else "(no headline)"
    head_cite = cite([brief.headline_article_id]) if brief.headline_article_id else ""
    lines = [f"{'# ' if markdown else ''}{headline} {head_cite}".rstrip()]
    if not brief.sentences:
        lines += ["", "No brief: no article of this story has a sentence that can stand alone."]
    for role, title in SECTIONS.items():
        chosen = [
            f"- {_party(s.party, markdown)}{esc(s.text)} {cite(s.article_ids)}"
            for s in brief.sentences
            if s.role == role
        ]
        lines += ["", f"## {title}" if markdown else f"{title}:", *chosen] if chosen else []
    if number:
        lines += ["", "## Sources" if markdown else "Sources:"]
        for article_id, n in number.items():
            a = articles.get(article_id)
            parts = [esc(a.outlet or "unknown outlet") if a else "unknown article"]
            parts += [esc(a.published[:10]) if a and a.published else "undated"]
            parts += [f"“{esc(a.title)}”"] if a and a.title else []
            item, short = (f"{n}.", f"`{article_id[:8]}`") if markdown else (f"[{n}]", article_id[:8])
            lines.append(f"{item} {', '.join(parts)} ({short})")
    return "\n".join(lines) + "\n"
