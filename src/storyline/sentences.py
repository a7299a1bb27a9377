"""Words and sentences: the units that dedup and story clustering compare.

A regex sentence splitter (abbreviations, initials and dotted acronyms are not boundaries; a line break
always is), word normalisation ("1,000" → "1000", curly apostrophes unified), light stemming of plurals and
possessives, an English stop-word list, and the spans of quoted passages. They are deliberately cheap: they
run on every article, where the spaCy parse (about 13 articles/s here) would dominate the cost.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Container, Mapping

__all__ = [
    "BE_FORMS",
    "STOP_WORDS",
    "content_words",
    "normal_words",
    "quote_spans",
    "split_sentences",
    "stem",
    "verb_forms",
]

# The forms of "be", which several stages need to tell a state ("is in custody") from an act.
BE_FORMS: frozenset[str] = frozenset({"be", "is", "are", "was", "were", "been", "being"})
_WORD = re.compile(r"[^\W_]+(?:[.,'’][^\W_]+)*")
_STOP_WORD_LIST = """
a about above after again against all also am an and any are as at be because been before being
below between both but by can could did do does doing down during each few for from further had has
have having he her here hers herself him himself his how i if in into is it its itself just me more
most my no nor not now of off on once only or other our ours out over own same she should so some
such than that the their theirs them then there these they this those through to too under until up
very was we were what when where which while who whom why will with would you your said says say
told according added since still whose per mr mrs ms"""
STOP_WORDS = frozenset(_STOP_WORD_LIST.split())


def normal_words(text: str) -> list[str]:
    """Lower-case words of ``text``, apostrophes unified, thousands separators dropped ("1,000" → "1000")."""
    out = []
    for word in _WORD.findall(unicodedata.normalize("NFKC", text).lower()):
        if "," in word and word.replace(",", "").isdigit():
            word = word.replace(",", "")
        out.append(word.replace("’", "'"))
    return out


def stem(word: str) -> str:
    """Fold possessives and plurals: "minister's" → "minister", "duties" → "duty", "tonnes" → "tonne"."""
    if word.endswith("'s"):
        word = word[:-2]
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


# Police and military ranks written before a name ("Sgt. Mourad Mourad", "Const. Tim Fanning"): none ends a
# sentence in news prose. spaCy's tokenizer splits them from their period too (see storyline.nlp).
TITLE_ABBREVIATIONS = (
    "Sgt.", "Capt.", "Cpt.", "Lt.", "Det.", "Insp.", "Supt.", "Cpl.", "Pvt.", "Spc.", "Cmdr.", "Const.",
    "Maj.", "Brig.", "Atty.", "Ald.", "Ft.", "Msgr.", "Dist.", "Asst.", "Dep.", "Amb.", "Cmsr.",
    "Tpr.", "Ptl.", "Ofc.",
)  # fmt: skip
_ABBREVIATION_WORDS = """
mr mrs ms dr prof st sr jr gen col adm rep sen gov pres rev fr hon messrs mt
no nos vol art fig inc ltd co corp bros dept univ est approx vs al jan feb mar apr jun jul aug sep
sept oct nov dec"""
_ABBREVIATIONS = frozenset(_ABBREVIATION_WORDS.split()) | {t.rstrip(".").lower() for t in TITLE_ABBREVIATIONS}
_BOUNDARY = re.compile(r"[.!?…]+[\"'”’»)\]]*(?=\s+[\"'“‘«(\[]?[A-Z0-9À-ÖØ-Þ])|\n+")
_LAST_TOKEN = re.compile(r"[\"'“‘«(\[]*(\S+)$")
_INITIAL_OR_ACRONYM = re.compile(r"[A-Z]|(?:[A-Za-z]\.)+[A-Za-z]")


def verb_forms(
    base: str, irregular: Mapping[str, tuple[str, ...]], doubled: Container[str] = ()
) -> tuple[str, ...]:
    """``base`` and its inflections (third person, past, participle, gerund), by the regular English rules.

    ``irregular`` maps a base to its inflections where the rules do not apply ("say" → "says", "said",
    "saying"). ``doubled`` names the bases whose last consonant doubles before -ed and -ing ("plan" →
    "planned"): that depends on stress, which the spelling does not show, so the caller lists them.
    """
    if base in irregular:
        return (base, *irregular[base])
    if base in doubled:
        return (base, base + "s", base + base[-1] + "ed", base + base[-1] + "ing")
    if base.endswith(("ee", "oe", "ye")):
        return (base, base + "s", base + "d", base + "ing")  # "agreeing", "hoeing", "eyeing" keep their e
    if base.endswith("e"):
        return (base, base + "s", base + "d", base[:-1] + "ing")
    if base.endswith("y") and base[-2] not in "aeiou":
        return (base, base[:-1] + "ies", base[:-1] + "ied", base + "ing")
    if base.endswith(("s", "sh", "ch", "x", "z")):
        return (base, base + "es", base + "ed", base + "ing")  # "discusses", "wishes", "approaches"
    return (base, base + "s", base + "ed", base + "ing")


def _ends_with_abbreviation(text: str) -> bool:
    match = _LAST_TOKEN.search(text)
    if not match:
        return False
    token = match.group(1)
    return bool(_INITIAL_OR_ACRONYM.fullmatch(token)) or token.lower() in _ABBREVIATIONS


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Character spans of the sentences of ``text``; a line break always ends a sentence.

    A full stop after an abbreviation ("Mr.", "Gen.", "Jan."), an initial ("J. Smith") or a dotted acronym
    ("U.S.", "e.g.") is not a boundary; closing quotes and brackets stay with the sentence they end.
    """
    spans = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        mark = match.group()
        if mark == "." and _ends_with_abbreviation(text[start : match.start()]):
            continue
        spans.append((start, match.start() if mark.startswith("\n") else match.end()))
        start = match.end()
    spans.append((start, len(text)))
    out = []
    for begin, end in spans:
        while begin < end and text[begin].isspace():
            begin += 1
        while end > begin and text[end - 1].isspace():
            end -= 1
        if begin < end:
            out.append((begin, end))
    return out


# A passage in double quotes (or guillemets), or in single curly quotes that are not apostrophes; a quote
# left open runs to the end of its paragraph, as multi-paragraph quotations are written.
_QUOTE = re.compile(r"[\"“„«]([^\"“”„«»\n]+)(?:[\"”»]|$)|(?<![\w'’])‘([^‘’\n]+?)’(?!\w)", re.M)


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the text inside quotation marks (without the marks)."""
    return [match.span(1 if match.group(1) is not None else 2) for match in _QUOTE.finditer(text)]


def content_words(text: str) -> list[str]:
    """Stemmed words of ``text`` that carry content: stop words and single letters left out."""
    return [
        w
        for w in (stem(x) for x in normal_words(text))
        if w not in STOP_WORDS and not (len(w) == 1 and w.isalpha())
    ]
