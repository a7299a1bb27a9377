"""Quote marks: where direct quotations open and close in crawled text.

Crawled articles mix straight and curly marks, PTB-style ```` `` '' ```` from tokenised corpora, guillemets,
apostrophes that look like closing single marks, quotes that run over several paragraphs (each paragraph
reopens the mark, only the last one closes it) and marks the source never closes. :func:`quote_spans`
pairs the marks so that none of these swallows the rest of the article: a quote the source never closes
ends at the end of its paragraph, and a closing mark too far from its opening one is not trusted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

Role = Literal["open", "close", "either"]

# A closing mark more than this many lines (or characters) after its opening one is not its pair: crawled text
# loses marks, and pairing across a whole article would swallow it.
MAX_LINES = 8
MAX_CHARS = 2500
# A paragraph that reopens the quote continues it when the quote opened at most this many lines before.
CONTINUATION_LINES = 4

_DOUBLE = re.compile(r"``|''|[\"“”„«»]")
_SINGLE = re.compile(r"[‘’'`‹›]")
_OPEN_BEFORE = set(" \t\n([{—–-/") | {""}
_CLOSE_AFTER = set(" \t\n.,;:!?)]}—–-/…") | {""}


def is_double_quote(text: str) -> bool:
    """Whether ``text`` (a token) is a double quote mark: straight, curly, low, guillemet or TeX-style."""
    return _DOUBLE.fullmatch(text) is not None


@dataclass(frozen=True)
class MarkedSpan:
    """A pair of quote marks: the words between them (``start``/``end``, marks and inner spaces excluded),
    where the marks are (``open_at``, ``close_at``; ``close_at`` is ``None`` when the source never closes
    the quote) and whether the pair is of single marks."""

    start: int
    end: int
    open_at: int
    close_at: int | None
    single: bool = False
    close_size: int = 1

    @property
    def outer_end(self) -> int:
        """Offset just past the closing mark (or past the words when unclosed)."""
        return self.close_at + self.close_size if self.close_at is not None else self.end


@dataclass(frozen=True)
class _Mark:
    at: int
    size: int
    role: Role


def _double_role(text: str, at: int, mark: str) -> Role:
    if mark in ("``", "“", "„", "«"):
        return "open"
    if mark in ("''", "”", "»"):
        # A curly closing mark used as an opener is a common crawl error: "”word" after a space.
        before = text[at - 1] if at > 0 else ""
        after = text[at + len(mark)] if at + len(mark) < len(text) else ""
        if mark == "”" and before in _OPEN_BEFORE and after.isalnum():
            return "open"
        return "close"
    before = text[at - 1] if at > 0 else ""
    after = text[at + 1] if at + 1 < len(text) else ""
    if before in _OPEN_BEFORE and after not in _CLOSE_AFTER:
        return "open"
    if after in _CLOSE_AFTER and before not in _OPEN_BEFORE:
        return "close"
    return "either"


def _single_marks(text: str, line_start: int, line_end: int) -> list[_Mark]:
    marks = []
    for m in _SINGLE.finditer(text, line_start, line_end):
        at = m.start()
        before = text[at - 1] if at > line_start else ""
        after = text[at + 1] if at + 1 < line_end else ""
        if before.isalnum() and after.isalnum():
            continue  # an apostrophe inside a word: don't, Côte d'Ivoire
        if before in _OPEN_BEFORE and (after.isalnum() or after in '“"'):
            if m.group() in "’'" and text[at + 1 : at + 3].lower() in ("s ", "em", "n "):
                continue  # 's, 'em, rock 'n' roll
            marks.append(_Mark(at, 1, "open"))
        elif after in _CLOSE_AFTER and before not in _OPEN_BEFORE:
            marks.append(_Mark(at, 1, "close"))
    return marks


def _line_bounds(text: str) -> list[int]:
    """Offsets at which lines start, and the text's length at the end."""
    starts = [0]
    starts.extend(m.end() for m in re.finditer(r"\n", text))
    starts.append(len(text) + 1)
    return starts


def _pair(text: str, marks: list[_Mark], single: bool) -> list[MarkedSpan]:
    lines = _line_bounds(text)

    def line_of(at: int) -> int:
        lo, hi = 0, len(lines) - 1
        while lo < hi - 1:
            mid = (lo + hi) // 2
            if lines[mid] <= at:
                lo = mid
            else:
                hi = mid
        return lo

    def line_end(line: int) -> int:
        return min(len(text), lines[line + 1] - 1)

    spans: list[MarkedSpan] = []
    opened: _Mark | None = None

    def emit(close: _Mark | None, interrupted_at: int | None = None) -> None:
        assert opened is not None
        start = opened.at + opened.size
        end = close.at if close is not None else line_end(line_of(opened.at))
        if close is None and interrupted_at is not None:
            end = min(end, interrupted_at)  # a new quote opening on the line ends the unclosed one
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            close_at, close_size = (close.at, close.size) if close is not None else (None, 1)
            spans.append(MarkedSpan(start, end, opened.at, close_at, single, close_size))

    for mark in marks:
        if opened is None:
            if mark.role != "close":
                opened = mark
            continue
        line_gap = line_of(mark.at) - line_of(opened.at)
        role = mark.role
        starts_line = not text[lines[line_of(mark.at)] : mark.at].strip()
        if role == "open" and not starts_line and text[mark.at] in '"`' and text[opened.at] in '"`':
            # Straight marks alternate, whatever the spacing around them suggests (tokenised text writes
            # 'deputy , " Sheriff ...'), and a second `` inside an open PTB quote is its closing mark
            # mistokenised; only a mark that opens a paragraph may start a new quote there.
            role = "close"
        if role == "open" or line_gap > MAX_LINES or mark.at - opened.at > MAX_CHARS:
            if role == "open" and starts_line and 0 < line_gap <= CONTINUATION_LINES:
                continue  # a paragraph reopening the quote: the same quote goes on
            emit(None, mark.at)
            opened = mark if role != "close" else None
            continue
        emit(mark)
        opened = None
    if opened is not None:
        emit(None)
    return spans


def quote_spans(text: str) -> list[MarkedSpan]:
    """Every top-level quoted passage of ``text`` in order: double marks of any style, and single marks in
    lines that use no double marks (British style). Quotes nested inside another are part of it."""
    doubles = [
        _Mark(m.start(), len(m.group()), _double_role(text, m.start(), m.group()))
        for m in _DOUBLE.finditer(text)
    ]
    spans = _pair(text, doubles, single=False)
    covered = [(s.open_at, s.outer_end) for s in spans]
    lines = _line_bounds(text)
    found_single = False
    for i in range(len(lines) - 1):
        lo, hi = lines[i], min(len(text), lines[i + 1] - 1)
        if any(a < hi and lo < b for a, b in covered):
            continue
        # Single marks pair within their line only: an apostrophe must not open a quote for the article.
        singles = _single_marks(text, lo, hi)
        if singles:
            spans.extend(s for s in _pair(text, singles, single=True) if s.close_at is not None)
            found_single = True
    if found_single:
        spans.sort(key=lambda s: s.start)
    return spans
