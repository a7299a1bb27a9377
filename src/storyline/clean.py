"""Cleaning: take boilerplate out of an article's text, by general rules and by per-outlet statistics.

Rules look at the shape of a line (share and follow prompts, "Related articles" blocks, navigation words,
photo credits, newsletter and app pitches, cookie notices, link-only lines, ticker fragments); statistics
find the edge lines an outlet repeats across its articles. Nothing is thrown away: every removed line is
returned with its reason, and kept with the article.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, replace

from storyline.records import Article, RemovedLine


@dataclass(frozen=True)
class Unit:
    """A paragraph-like line of an article: its plain text, the raw line it came from, and its index."""

    text: str
    raw: str
    line: int


# -- markdown and line splitting -------------------------------------------------------------------

_MD_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_MD_LINK = re.compile(r"\[([^\]]+)\]\((?:[^()]|\([^)]*\))*\)")
_AUTOLINK = re.compile(r"<((?:https?|mailto):[^>\s]+)>")
_EMPHASIS = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1|(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])")
_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+")
_QUOTE_MARK = re.compile(r"^\s{0,3}>\s?")
_LIST_MARK = re.compile(r"^\s{0,3}[-*+]\s+(?=\S)")
# "key: value" lines (headers, credits) are never joined to their neighbours as wrapped text.
_FIELD_LINE = re.compile(r"^[A-Za-z][\w -]{0,20}:\s")
# A line this long that stops mid-sentence was hard-wrapped: the next line continues it (except after the
# first line, which is often a title set directly above the text).
_WRAP_MIN_CHARS = 50
_TERMINAL = re.compile(r"[.!?:;\"”’)\]]$")


def strip_markdown(line: str) -> str:
    """Plain text of one markdown line: links keep their text, emphasis and heading marks go."""
    line = _MD_IMAGE.sub(r"\1", line)
    line = _MD_LINK.sub(r"\1", line)
    line = _AUTOLINK.sub(r"\1", line)
    for _ in range(2):
        line = _EMPHASIS.sub(lambda m: m.group(2) or m.group(3) or "", line)
    line = _HEADING.sub("", line)
    line = _QUOTE_MARK.sub("", line)
    return " ".join(line.split())


def split_units(text: str) -> list[Unit]:
    """Split text into paragraph units; a hard-wrapped line that continues a sentence joins the one before."""
    units: list[Unit] = []
    previous_blank = True
    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        plain = strip_markdown(raw)
        if not plain or plain in {"*", "-", "_", "***", "---", "___"}:
            previous_blank = True
            continue
        if (
            units
            and not previous_blank
            and (plain[:1].islower() or (len(units) > 1 and len(units[-1].text) >= _WRAP_MIN_CHARS))
            and not _TERMINAL.search(units[-1].text)
            and not _FIELD_LINE.match(plain)
            and not _FIELD_LINE.match(units[-1].text)
        ):
            last = units[-1]
            units[-1] = Unit(f"{last.text} {plain}", f"{last.raw}\n{raw}", last.line)
        else:
            units.append(Unit(plain, raw.strip(), len(units)))
        previous_blank = False
    return [Unit(u.text, u.raw, i) for i, u in enumerate(units)]


# -- rules -----------------------------------------------------------------------------------------

_NAVIGATION = {
    "show more",
    "show less",
    "load more",
    "read more",
    "see more",
    "view more",
    "more",
    "back to top",
    "back to top button",
    "to top",
    "skip to content",
    "skip to main content",
    "advertisement",
    "advertising",
    "ad",
    "sponsored",
    "sponsored content",
    "continue reading",
    "click here",
    "home",
    "menu",
    "close",
    "print",
    "comments",
    "leave a comment",
    "post a comment",
    "next article",
    "previous article",
    "next",
    "previous",
    "next post",
    "previous post",
    "top stories",
    "loading",
    "loading...",
    "share",
    "share this",
    "share this article",
    "share this story",
    "share on facebook",
    "share on twitter",
    "share on whatsapp",
    "share via email",
    "tweet",
    "email",
    "copy link",
    "link copied",
    "save",
    "bookmark",
    "listen",
    "listen to this article",
    "play video",
    "watch",
    "watch video",
    "related",
    "related articles",
    "related article",
    "related stories",
    "related posts",
    "related news",
    "recommended",
    "recommended for you",
    "you may also like",
    "you might also like",
    "more stories",
    "more from",
    "most read",
    "most popular",
    "trending",
    "trending now",
    "latest news",
    "latest",
    "also read",
    "read also",
    "see also",
    "opinion",
    "newsletter",
    "subscribe",
    "sign in",
    "log in",
    "login",
    "register",
    "accept",
    "reject",
    "got it",
    "ok",
    "tags",
    "topics",
    "image",
    "photo",
    "video",
}
_SOCIAL = {
    "facebook",
    "twitter",
    "x",
    "linkedin",
    "whatsapp",
    "telegram",
    "reddit",
    "pinterest",
    "email",
    "e-mail",
    "print",
    "copy",
    "link",
    "tumblr",
    "vk",
    "instagram",
    "youtube",
    "tiktok",
    "flipboard",
    "pocket",
    "messenger",
    "threads",
    "bluesky",
    "mastodon",
    "share",
    "tweet",
    "sms",
}
_RELATED = re.compile(
    r"^(?:related(?: articles?| stories| posts| news| coverage| content| reading)?|read (?:more|also|next)"
    r"|also read|see also|more (?:from|on|about)\b.*|recommended(?: reading)?|you (?:may|might) also like"
    r"|most (?:read|popular)"
    r"|further reading|more stories|latest stories|editor'?s picks?)\s*[:|»>-]",
    re.I,
)
_SHARE_PROMPT = re.compile(
    r"^(?:share|tweet|email|print|post)\s+(?:this|on|via|to|the|it|article|story|page)\b|^click to share\b"
    r"|^share (?:with|to) (?:your )?friends\b",
    re.I,
)
_CTA = re.compile(
    r"\b(?:follow us|subscribe|sign up|newsletter|download (?:our|the) app|get (?:our|the) app|app ?store"
    r"|google play|join (?:us|our)|support (?:our|independent) journalism|become a (?:member|subscriber)"
    r"|donate"
    r"|turn on notifications|push notifications|telegram channel|whatsapp channel|get the latest news"
    r"|for more up-to-date news|our standards|ethical principles|all rights reserved|terms of (?:use|service)"
    r"|privacy policy)\b",
    re.I,
)
# Notices that an article is a republication ("This article was first published by ..."): a statement
# about the article, not news; matched only at the start of a line, so that a sentence citing where a
# report first appeared stays.
_REPUBLICATION = re.compile(
    r"^(?:this (?:article|story|piece|report|column|interview) (?:was|is|has been|first|originally)\b"
    r".{0,40}?\b(?:published|republished|reprinted|appeared|posted)\b"
    r"|(?:first|originally) (?:published|appeared|posted) (?:by|in|on|at)\b"
    r"|republished (?:with|under|from|by|courtesy)\b|reprinted (?:with|from|by)\b)",
    re.I,
)
_EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+\.[\w.-]+\b")
_CONTACT = re.compile(
    r"\bsend (?:us )?(?:your )?(?:news )?(?:tips|story ideas)\b|\bcontact (?:us|the newsroom)\b", re.I
)
_COOKIE = re.compile(
    r"\bcookies?\b.*\b(?:accept|consent|agree|experience|opt[- ]out|privacy|settings|browsing)\b", re.I
)
_PHOTO_PREFIX = re.compile(
    r"^(?:photo|photograph|image|picture|pic|credit|caption|file photo|video|illustration)"
    r"\s*(?:credit)?\s*[:|/©]",
    re.I,
)
_COPYRIGHT = re.compile(r"^(?:©|\(c\)|copyright\b)", re.I)
_TAGS = re.compile(r"^(?:tags|topics|filed under|categories|keywords)\s*:", re.I)
_CREDIT_TAIL = re.compile(
    r"(?:[A-ZÀ-Þ][\w'’.\-]+(?:\s+[A-ZÀ-Þ][\w'’.\-]+){0,3}\s*/\s*)?"
    r"(?P<agencies>(?:[A-Z][A-Za-z]*\.?(?:\s+[A-Z][a-z]+)?)(?:\s*/\s*[A-Z][A-Za-z]*\.?(?:\s+[A-Z][a-z]+)?){0,3})$"
)
_PHOTO_AGENCIES = {
    "afp",
    "ap",
    "reuters",
    "getty",
    "getty images",
    "epa",
    "efe",
    "tass",
    "dpa",
    "anadolu",
    "xinhua",
    "sipa",
    "shutterstock",
    "alamy",
    "pa",
    "pa images",
    "aap",
    "ansa",
    "reuters pictures",
    "bloomberg",
    "imago",
    "abaca",
    "zuma",
    "zuma press",
    "ria novosti",
    "sputnik",
    "eyevine",
    "corbis",
    "wikimedia",
    "wikimedia commons",
    "handout",
    "supplied",
    "file",
}
# A caption ending with its credit: "Rescue teams at the dam. Photo: Ana Ruiz / AFP", "(Photo: Ana Ruiz/AFP)".
_PHOTO_TAIL = re.compile(
    r"(?:^|[.!?”\"]\s+|\(\s*)"
    r"(?i:photo|photograph|picture|image|pictures|photos|photo credit|image credit|credit)"
    r"\s*[:|©]\s*(?i:courtesy(?:\s+of)?(?:\s+the)?\s+)?[A-ZÀ-Þ][\w'’.\-]*"
    r"(?:\s*[/,&]?\s*(?:[A-ZÀ-Þ][\w'’.\-]*|via|for|and|of|the))*\s*\)?\s*$"
)
# An agency-first credit in capitals: "Protesters in the capital. REUTERS/Ana Ruiz".
_AGENCY_FIRST = re.compile(
    r"(?:^|\s)(?P<agency>[A-Z]{2,}(?:\s+[A-Z]{2,})?)\s*/\s*[A-Z][\w'’.\-]+(?:\s+[A-Z][\w'’.\-]+){0,3}$"
)
_URL_ONLY = re.compile(r"^(?:<?https?://\S+>?\s*)+$")
_TICKER_FRAGMENT = re.compile(
    r"\(\s*(?:\$|€|£|¥)?\s*1\s*=\s*[\d.,]+\s*[A-Za-z$€£¥]{1,4}\s*\)|\(\s*[A-Z]{3}\s*1?\s*=\s*[\d.,]+\s*[A-Z]{3}\s*\)"
)
_TICKER_TOKEN = re.compile(r"^(?:[+-]?[\d.,]+%?|[▲▼↑↓+\-]+[\d.,]*%?|\([+-]?[\d.,]+%?\))$")
_WORD = re.compile(r"\w+")


def _normal(text: str) -> str:
    return " ".join(_WORD.findall(unicodedata.normalize("NFKC", text).lower()))


def _is_photo_credit(text: str) -> bool:
    if _PHOTO_PREFIX.match(text) or _PHOTO_TAIL.search(text):
        return True
    if _TERMINAL.search(text.rstrip("*_ ")) and not text.rstrip().endswith(")"):
        return False
    text = text.rstrip("*_ )").removesuffix("(").rstrip()
    agency_first = _AGENCY_FIRST.search(text)
    if agency_first and agency_first["agency"].lower() in _PHOTO_AGENCIES:
        return True
    text = re.sub(r"\(\s*(?=[^()]*$)", "", text)  # "(Ana Ruiz / AFP" → "Ana Ruiz / AFP"
    match = _CREDIT_TAIL.search(text)
    if not match or (
        "/" not in text[match.start() :] and not text.lower().endswith(("getty images", "/ afp"))
    ):
        return False
    parts = [p.strip().rstrip(".").lower() for p in match["agencies"].split("/")]
    return any(p in _PHOTO_AGENCIES or (p.isupper() and len(p) <= 5) for p in parts) or any(
        p.upper() == p and 2 <= len(p) <= 6 for p in match["agencies"].split("/")
    )


def _is_ticker_line(text: str) -> bool:
    tokens = text.split()
    if not 2 <= len(tokens) <= 20:
        return False
    numeric = sum(1 for t in tokens if _TICKER_TOKEN.match(t))
    return numeric / len(tokens) >= 0.5 and any(ch in text for ch in "▲▼↑↓%")


def boilerplate_reason(unit: Unit) -> str | None:
    """Why this unit is boilerplate, or None when it is article text."""
    text = unit.text.strip()
    norm = _normal(text)
    words = norm.split()
    if not words:
        return "no words"
    if norm in _NAVIGATION:
        return "navigation"
    if all(w in _SOCIAL for w in words) and len(words) <= 12:
        return "share buttons"
    if _SHARE_PROMPT.match(text) and len(words) <= 15:
        return "share prompt"
    if _RELATED.match(text):
        return "related links"
    if _COOKIE.search(text) and len(words) <= 80:
        return "cookie notice"
    cta = _CTA.findall(text)
    if cta and (len(cta) >= 2 or len(words) <= 14 or _CTA.match(text)):
        return "call to action"
    if _COPYRIGHT.match(text) and len(words) <= 30:
        return "copyright"
    if _REPUBLICATION.match(text) and len(words) <= 40:
        return "republication notice"
    if len(words) <= 40 and (_EMAIL.search(text) or _CONTACT.search(text)):
        return "contact line"
    if _TAGS.match(text):
        return "tags"
    if _URL_ONLY.match(unit.raw) or (_URL_ONLY.match(text) and len(words) <= 30):
        return "link only"
    if _link_only(unit.raw):
        return "link only"
    if len(words) <= 40 and _is_photo_credit(text):
        return "photo credit"
    if _is_ticker_line(text):
        return "ticker"
    return None


def _link_only(raw: str) -> bool:
    """A line made of nothing but markdown links or HTML anchors (a menu, a list of related stories)."""
    if "](" not in raw:
        return False
    rest = _MD_LINK.sub("", raw)
    rest = re.sub(r"[\s*_|•·,;:>\-–—#]+", "", rest)
    return not rest


def strip_inline(text: str) -> tuple[str, list[str]]:
    """Take stray ticker fragments such as ``($1=558.00 XOF)`` out of a line; return line and fragments."""
    fragments = [m.group(0) for m in _TICKER_FRAGMENT.finditer(text)]
    if not fragments:
        return text, []
    cleaned = _TICKER_FRAGMENT.sub(" ", text)
    return " ".join(cleaned.split()), fragments


# -- hashing and statistics ------------------------------------------------------------------------


def content_hash(text: str) -> str:
    """A hash of text that ignores case, whitespace, punctuation and quote styles (20 hex digits)."""
    return hashlib.sha256(_normal(text).encode("utf-8")).hexdigest()[:20]


def body_hash(paragraphs: Iterable[str]) -> str:
    """Hash of the substantial paragraphs (8 words or more): the same body under different short lines."""
    long = [p for p in paragraphs if len(p.split()) >= 8]
    return content_hash("\n".join(long))


def line_hash(text: str) -> str:
    """Hash of one line for per-outlet statistics."""
    return content_hash(text)[:16]


EDGE_HEAD = 4
EDGE_TAIL = 6
EDGE_MAX_WORDS = 40
# A short edge line is the outlet's boilerplate once this many of its other stored articles carry it.
REPEATED_MIN_OTHERS = 2


def edge_units(paragraphs: list[str]) -> dict[int, str]:
    """The short lines at the head and tail of an article, by index, with their hashes."""
    indices = set(range(min(EDGE_HEAD, len(paragraphs)))) | set(
        range(max(0, len(paragraphs) - EDGE_TAIL), len(paragraphs))
    )
    return {
        i: line_hash(paragraphs[i]) for i in sorted(indices) if len(paragraphs[i].split()) <= EDGE_MAX_WORDS
    }


def remove_repeated_lines(article: Article, repeated: set[str], outlet: str) -> Article:
    """Move the edge lines of ``article`` whose hashes are in ``repeated`` to its removed lines."""
    paragraphs = article.text.split("\n\n")
    edges = edge_units(paragraphs)
    drop = {i for i, h in edges.items() if h in repeated}
    if not drop or len(drop) == len(paragraphs):
        return article
    kept = [p for i, p in enumerate(paragraphs) if i not in drop]
    removed = article.removed + tuple(
        RemovedLine(paragraphs[i], f"repeated across {outlet} articles", i) for i in sorted(drop)
    )
    return replace(article, text="\n\n".join(kept), removed=removed)
