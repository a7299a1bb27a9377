"""Quotes: who said what, in each article.

A quotation is speech the text attributes to someone: **direct** (the words between quote marks),
**indirect** (the clause a verb of saying reports: "Lavrov said that ...", "according to the official, ...")
or **mixed** (a reported clause with quoted words inside). :func:`extract_quotes` finds them on the
dependency parse the entities stage already made:

1. quote marks are paired by :func:`storyline.quote_marks.quote_spans`, which survives crawled text;
2. every verb of saying with a clausal complement, every parenthetical "he said" and every "according to"
   yields the content it reports and its subject; the content is direct, mixed or indirect by how much of it
   lies between quote marks;
3. quoted passages left over are attributed by a cue next to them ("he said:" before, "she added" in the same
   sentence, "described X as '...'"), else continue the previous quote when they open the next sentence or
   paragraph; a short passage nobody is said to have said is a title or a scare quote, not a quotation;
4. the speaker is the most specific description the text gives: a name, else a pronoun or role resolved to
   the person the text identifies (the nearest earlier speaker or subject, the person whose stated role it
   is), else the description itself ("a diplomat in the Russian embassy"). Unknown stays unknown.

Speakers are resolved in :mod:`storyline.quote_speakers`; cross-outlet grouping of the same quote lives in
:mod:`storyline.quote_groups`.
"""

from __future__ import annotations

import hashlib
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from storyline.action_verbs import QUESTIONS
from storyline.entities import nlp_model
from storyline.nlp import text_of
from storyline.quote_marks import MarkedSpan, quote_spans
from storyline.quote_names import speaker_genders
from storyline.quote_speakers import SUBJECT_DEPS, issued_by, resolve_speaker, span_of
from storyline.records import Article, Mention, Quote, QuoteKind
from storyline.sentences import verb_forms


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


_CUE_BASES = _words(
    "say tell add state announce confirm admit claim insist warn note explain report write recommend declare "
    "stress emphasise emphasize argue acknowledge assert reply respond comment remark tweet testify deny "
    "reiterate vow pledge promise predict suggest concede allege complain urge caution indicate maintain "
    "observe reveal disclose estimate conclude continue agree charge contend point recall quip counter "
    "shout scream yell whisper mutter boast joke lament signal hint specify underline affirm repeat answer "
    "inform assure remind announce proclaim testify threaten demand ask enthuse gush exclaim muse retort "
    "rave marvel sigh snap exult concur plead"
)
_IRREGULAR: dict[str, tuple[str, ...]] = {
    "say": ("says", "said", "saying"),
    "tell": ("tells", "told", "telling"),
    "write": ("writes", "wrote", "written", "writing"),
}
# Verbs that report words only when the quoted words are their object: 'described the move as "a mistake"'.
_DESCRIBE = frozenset(
    _words(
        "call calls called calling describe describes described describing dub dubs dubbed term terms termed "
        "brand brands branded label labels labelled labeled"
    )
)
_TELL = frozenset(
    _words("tell tells told telling inform informs informed informing assure assured remind reminded")
)
_VENUES = frozenset(
    _words(
        "conference briefing meeting summit interview rally hearing session speech statement assembly debate "
        "parliament congress senate committee broadcast podcast programme program show forum ceremony event "
        "audience gathering address sidelines visit"
    )
)
_CLAUSE_DEPS = frozenset({"ccomp"})
# Bumped when the extractor changes enough that stored articles should be read again (2: a pronoun speaker
# is no one named inside quotation marks; a role is found by its head noun; 3: a first name's speaker, the
# last speaker the tagger missed, a quote introduced by a colon or going on in the next paragraph; 4: not
# after a question asked, nor from one who reads out another's words; "Dr." is "the doctor"; 5: a name in -s
# the text writes capitalised inside a sentence may be the last speaker a "he" stands for; 6: a possessor is
# not the speaker, "she" and "they" may stand for a described last speaker, the one quoted in the passive;
# 7: a review's narrowing: a possessor's statement is theirs, no "she" for a board, "the paper" a newspaper;
# 8: no "she" for an unnamed source; 9: the cue that governs a quote or is nearest it, a name with an
# apostrophe, a quote going on from reported words, "they" for the plural subject before, one asked; 10: a
# review's narrowing: no "they" for things, no sign going on from reported words, no participle subject; 11:
# a pronoun speaker is no one the quote names, "they" for people coordinated just before, a statement's
# issuer, a noun of people no surname; 12: a full name with a spaced hyphen, the person of two subjects
# just before the verb, what a letter "read"; 13: a last speaker the quote names is judged by full name; 14:
# what a verb of saying denies or withholds is no quote; 15: verbs of manner of speaking, "gushed X").
STAGE_VERSION = 15
# A quoted passage with no attribution of its own is a quotation only if it is a clause this long at least.
MIN_UNATTRIBUTED_WORDS = 6
# A continuation must open within this many characters of the end of the quote (or attribution) it continues.
CONTINUATION_GAP = 80


# Verbs by which someone passes on words that are not theirs ("read out a letter:", "showed us the note:").
_PASSING_ON = frozenset(
    f
    for b in ("read", "show", "quote", "cite", "display")
    for f in verb_forms(
        b, {"read": ("reads", "read", "read", "reading"), "show": ("shows", "showed", "shown", "showing")}
    )
)
CUE_FORMS: frozenset[str] = frozenset(f for b in _CUE_BASES for f in verb_forms(b, _IRREGULAR)) | frozenset(
    {"commented", "admitted", "admitting", "regretted", "quoted"}
)


@dataclass
class _Found:
    """A quote being built: its span, kind, cue token (or "according to") and speaker token."""

    start: int
    end: int
    kind: QuoteKind
    cue: tuple[int, int] | None
    speaker_token: Any | None
    audience: str | None
    marked: MarkedSpan | None = None
    speaker: tuple[str, int, int, str | None] | None = None


def _trim(text: str, start: int, end: int, keep_close_mark: bool) -> tuple[int, int]:
    """Without the spaces, commas, final period and leading "that" around a reported clause."""
    while start < end and (text[start].isspace() or text[start] in ",:;—–-"):
        start += 1
    if text[start : start + 5].lower() == "that ":
        start += 5
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:—–-"):
        end -= 1
    if end > start and text[end - 1] == "." and text[max(start, end - 3) : end] != "...":
        end -= 1
    if not keep_close_mark:
        while end > start and text[end - 1] in "\"”'’»":
            end -= 1
            while end > start and text[end - 1] in " ,.":
                end -= 1
    return start, end


def _content_tokens(verb: Any) -> list[Any] | None:
    """The tokens a verb of saying reports, or ``None`` when it reports no clause."""
    text = text_of(verb.doc)
    line = (text.rfind("\n", 0, verb.idx), text.find("\n", verb.idx) % (len(text) + 1))
    # Clauses on the verb's own line, the largest first: the parser can hang a headline on the verb.
    clauses = [c for c in verb.children if c.dep_ in _CLAUSE_DEPS and line[0] < c.idx < line[1]]
    if clauses:
        clause = max(clauses, key=lambda c: len(list(c.subtree)))
        return [
            t for t in clause.subtree if not (t.dep_ == "mark" and t.head == clause and t.lower_ == "that")
        ]
    if verb.dep_ == "parataxis" or (
        verb.dep_ in ("advcl", "conj") and verb.head.i > verb.i and _has_subject(verb)
    ):
        # A parenthetical or trailing attribution: "Nudity didn't bother her, she said".
        own = {t.i for t in verb.subtree}
        return [t for t in verb.head.subtree if t.i not in own]
    return None


# Verbs whose infinitive says what was not done: "declined to say", "refused to comment on".
_WITHHELD = frozenset(f for b in ("decline", "refuse") for f in verb_forms(b, {}))


def _unsaid(verb: Any) -> bool:
    """Whether a verb of saying is denied or withheld ("did not say whether", "never said when", "declined to
    predict when"): what follows it is what was not said."""
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    return verb.dep_ == "xcomp" and verb.head.lower_ in _WITHHELD


def _has_subject(verb: Any) -> bool:
    return any(c.dep_ in SUBJECT_DEPS for c in verb.children)


def _set_off(name: Any) -> bool:
    """Whether a name's phrase opens its clause or follows a comma ("Harrison County, Miss., coroner Gary
    Hargrove"), not a preposition ("the foundation named after Nelson Mandela")."""
    first = name.left_edge
    return bool(first.i == first.sent.start or first.doc[first.i - 1].text == ",")


def _speaker_token(verb: Any) -> Any | None:
    """The subject that does the saying: the verb's own, or that of the verb a participle hangs from."""
    if verb.lower_ in ("quoted", "quotes", "quoting") and any(c.lower_ == "as" for c in verb.children):
        # "IRNA quoted the minister as saying ...": the one quoted said it, not the outlet.
        quoted = _quoted_one(verb)
        if quoted is not None:
            return quoted
    if verb.lower_ in QUESTIONS and verb.dep_ == "advcl" and not _has_subject(verb):
        return None  # "O'Connor said when asked whether ...": he was asked; the asker is not said
    node = verb
    for _ in range(4):
        # (a bare participle the parser made a subject is none: "when pressed added")
        subjects = [c for c in node.children if c.dep_ == "nsubj" and not _bare_participle(c)]
        if subjects:
            # (two subjects are a misparse of one long one: "Harrison County, Miss., coroner Gary Hargrove
            # said" has the person, nearest the verb, say it)
            people = [c for c in subjects if c.ent_type_ == "PERSON" and c.i == node.i - 1 and _set_off(c)]
            return people[-1] if len(subjects) > 1 and people else subjects[0]
        if any(c.dep_ in ("nsubjpass", "auxpass") for c in node.children):
            return None  # "it was reported that", "is said to be": the text does not say who
        if node is verb and node.i > 0:
            # A name the parser did not make the subject: '..." Parly told journalists'.
            before = node.doc[node.i - 1]
            if (
                before.dep_ in ("advmod", "npadvmod", "compound")
                and before.text[:1].isupper()
                and before.is_alpha
            ):
                return before
            # '"...," gushed Tomas Reyes': after the words it reports, the parser may make the speaker the
            # object of a rarer verb of saying
            if any(c.dep_ == "ccomp" and c.i < node.i for c in node.children):
                named = [c for c in node.children if c.dep_ == "dobj" and c.ent_type_ in ("PERSON", "ORG")]
                if named:
                    return named[0]
        if node.dep_ in ("advcl", "xcomp", "conj", "pcomp", "prep") and node.head is not node:
            parent = node.head
            if parent.lower_ == "as" and parent.head.lower_ in ("quoted", "quotes", "quoting", "quote"):
                return _quoted_one(parent.head)
            node = parent
            continue
        break
    return _line_subject(verb)


def _bare_participle(token: Any) -> bool:
    return (
        token.text.islower()
        and token.text.endswith(("ed", "ing"))
        and all(c.dep_ in ("advmod", "mark") for c in token.children)
    )


def _quoted_one(verb: Any) -> Any | None:
    """Who a verb of quoting quotes: its object ("IRNA quoted the minister as saying"), or the subject of its
    passive ("the governor was quoted by state television as saying")."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    return objects[0] if objects else None


def _line_subject(verb: Any) -> Any | None:
    """The name opening the verb's line, when the parser lost the verb's subject: a headline run into the
    first sentence hangs "X, the minister, has recommended that ..." on the headline's verb."""
    doc = verb.doc
    line_start = text_of(doc).rfind("\n", 0, verb.idx) + 1
    if line_start == 0 or verb.head is verb:
        return None
    first = next((t for t in doc[: verb.i] if t.idx >= line_start), None)
    if first is None or first.ent_type_ not in ("PERSON", "ORG") or first.ent_iob_ != "B":
        return None
    name_end = first.i
    while name_end + 1 < len(doc) and doc[name_end + 1].ent_iob_ == "I":
        name_end += 1
    return doc[name_end]


def _audience(verb: Any, content: set[int]) -> str | None:
    for child in verb.children:
        if child.i in content:
            continue
        if child.dep_ in ("dobj", "dative") and verb.lower_ in _TELL:
            return _phrase(child)
        if child.dep_ in ("dative", "prep") and child.lower_ == "to" and verb.lower_ in CUE_FORMS:
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects:
                return _phrase(objects[0])
        if child.dep_ == "prep" and child.lower_ in ("at", "during", "in", "on", "before", "after", "to"):
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects and objects[0].lower_ in _VENUES:
                return _phrase(objects[0])
    return None


def _phrase(head: Any) -> str:
    tokens = [t for t in head.subtree if t.dep_ not in ("relcl",)]
    doc = head.doc
    start, end = span_of(tokens)
    return " ".join(text_of(doc)[start:end].split())


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _from_cues(doc: Any, marks: Sequence[MarkedSpan]) -> list[_Found]:
    """Quotes reported by verbs of saying and by "according to", with their subjects."""
    text = text_of(doc)
    found: list[_Found] = []
    opens = [m.open_at for m in marks]  # quote spans come in text order and do not overlap
    for token in doc:
        lower = token.lower_
        # ('"...," the letter read' after "Matthew Willoughby wrote a letter": what a document its writer put
        # out reads, in quotation marks, is what the writer says)
        written = lower in ("read", "reads") and any(
            c.dep_ == "nsubj" and issued_by(c) is not None for c in token.children
        )
        if lower not in CUE_FORMS and lower != "according" and not written:
            continue
        inside = bisect_left(opens, token.idx) - 1
        if inside >= 0 and marks[inside].open_at < token.idx < marks[inside].outer_end:
            continue  # speech reported inside a quote belongs to that quote
        if lower == "according" and any(c.lower_ == "to" for c in token.children):
            verb = token.head
            if verb.lower_ in CUE_FORMS and _has_subject(verb) and _content_tokens(verb):
                # "she said, according to the statement", "According to an article, Benjamin said she
                # applied": the one who said it speaks; the source tells where it was said
                continue
            to = next(c for c in token.children if c.lower_ == "to")
            objects = [c for c in to.children if c.dep_ == "pobj"]
            own = {t.i for t in token.subtree}
            content = [t for t in token.head.subtree if t.i not in own]
            cue = (token.idx, to.idx + len(to.text))
            speaker = objects[0] if objects else None
            audience = None
        elif lower in CUE_FORMS or written:
            if _unsaid(token):
                continue  # "Apple did not say whether ...", "declined to predict when ...": nothing said
            tokens = _content_tokens(token)
            if not tokens:
                continue
            content = tokens
            particle = [c for c in token.children if c.dep_ == "prt"]
            cue_end = particle[0].idx + len(particle[0].text) if particle else token.idx + len(token.text)
            cue = (token.idx, cue_end)
            speaker = _speaker_token(token)
            audience = _audience(token, {t.i for t in content})
        else:
            continue
        words = _clip(text, token, [t for t in content if not t.is_punct], cue)
        if not words:
            continue
        span = span_of(words)
        hits = [m for m in marks if _overlap((m.start, m.end), span) > 0]
        if written and not hits:
            continue  # ('"Rest in peace," the note read, left by a fan': a document reads only marked words)
        inside = sum(_overlap((m.start, m.end), span) for m in hits)
        if hits and inside >= 0.8 * (span[1] - span[0]):
            for m in hits:
                found.append(_Found(m.start, m.end, "direct", cue, speaker, audience, marked=m))
            continue
        kind: QuoteKind = "mixed" if hits else "indirect"
        ends_quoted = bool(hits) and hits[-1].close_at is not None and hits[-1].outer_end >= span[1]
        start, end = span
        if ends_quoted:
            end = max(end, hits[-1].outer_end)
        start, end = _trim(text, start, end, keep_close_mark=ends_quoted)
        if end - start < 3:
            continue
        found.append(_Found(start, end, kind, cue, speaker, audience))
    return found


def _clip(text: str, verb: Any, words: list[Any], cue: tuple[int, int]) -> list[Any]:
    """The reported words on the verb's own line (a clause never runs over a paragraph break; a parser
    sentence can, over a headline), and on one side of the cue when the parse wraps the content around it
    ("which he said was aiming ...", "However, according to a source, the arrival ...")."""
    line_start = text.rfind("\n", 0, verb.idx) + 1
    line_end = text.find("\n", verb.idx)
    if line_end < 0:
        line_end = len(text)
    words = [t for t in words if line_start <= t.idx < line_end]
    before = [t for t in words if t.idx + len(t.text) <= cue[0]]
    after = [t for t in words if t.idx >= cue[1]]
    if before and after:
        return after if len(after) >= len(before) else before
    return words


def _sentence_of(doc: Any, at: int) -> Any:
    token = doc[min(len(doc) - 1, max(0, _token_at(doc, at)))]
    return token.sent


def _token_at(doc: Any, at: int) -> int:
    lo, hi = 0, len(doc)
    while lo < hi:
        mid = (lo + hi) // 2
        if doc[mid].idx + len(doc[mid].text) <= at:
            lo = mid + 1
        else:
            hi = mid
    return lo


def _nearby_cue(doc: Any, mark: MarkedSpan) -> tuple[Any, Any | None] | None:
    """A verb of saying next to a quoted passage: in its sentence outside the marks, or ending the sentence
    just before it with a colon ("Hefner said:")."""
    text = text_of(doc)
    inside = (mark.open_at, mark.outer_end)
    sentences = {_sentence_of(doc, mark.open_at), _sentence_of(doc, max(mark.open_at, mark.outer_end - 1))}
    # The attribution can fall in a sentence of its own when the parser splits after an abbreviation
    # ("..., '' Vancouver police Const. Tim Fanning told ..."): look a little past the mark on its line.
    line_end = text.find("\n", mark.outer_end)
    reach = min(len(text), mark.outer_end + 100, line_end if line_end >= 0 else len(text))
    if reach > mark.outer_end:
        sentences.add(_sentence_of(doc, reach - 1))
    # Only on the quote's own lines: a parser sentence can run on over a paragraph break.
    first_line = text.rfind("\n", 0, mark.open_at) + 1
    last_line = line_end if line_end >= 0 else len(text)
    cues = []
    for sent in sorted(sentences, key=lambda s: s.start):
        for token in sent:
            if inside[0] <= token.idx < inside[1] or not first_line <= token.idx < last_line:
                continue
            if token.lower_ not in CUE_FORMS and token.lower_ not in _DESCRIBE:
                continue
            speaker = _speaker_token(token) if token.lower_ in CUE_FORMS else None
            governs = any(inside[0] <= t.idx < inside[1] for t in token.subtree)
            if token.lower_ in CUE_FORMS and (speaker is not None or token.lower_ in _DESCRIBE):
                cues.append((not governs, _distance(token, inside), token, speaker))
            elif token.lower_ in _DESCRIBE and governs:
                cues.append((False, _distance(token, inside), token, _speaker_token(token)))
    if cues:
        # the verb that governs the quote, else the nearest ('When the prosecutor asked ..., she answered,
        # "Yes."' is her answer)
        _far, _distance_to, verb, speaker = min(cues, key=lambda c: c[:2])
        return verb, speaker
    before = text[: mark.open_at].rstrip()
    if before.endswith(":"):
        prev = _sentence_of(doc, len(before) - 1)
        verbs = [t for t in prev if t.lower_ in CUE_FORMS and t.idx < mark.open_at]
        if verbs:
            return verbs[-1], _speaker_token(verbs[-1])
        # A sentence that introduces the quote on the line before it: "General Manager A.J. Smith issued the
        # following statement:", "The judge offered advice for the guards:"; its subject speaks.
        # (not one who reads out or shows another's words: "Her lawyer read a statement from her:")
        passing_on = prev.root.lower_ in _PASSING_ON
        if text[len(before) : mark.open_at].count("\n") and prev.root.idx < mark.open_at and not passing_on:
            subject = next((c for c in prev.root.children if c.dep_ == "nsubj"), None)
            if subject is not None and subject.lower_ not in ("it", "there", "this", "that"):
                return prev.root, subject
    return None


def _distance(token: Any, span: tuple[int, int]) -> int:
    at = int(token.idx)
    return span[0] - at if at < span[0] else at - span[1]


def _spoken(text: str, mark: MarkedSpan) -> bool:
    """Whether a quoted paragraph reads as speech, a sentence of three words or more ending in a stop, rather
    than a sign or a slogan ("Vote Early, Vote Often", "Expansion Now!")."""
    words = text[mark.start : mark.end].split()
    capitalised = sum(1 for w in words if w[:1].isupper())
    return len(words) >= 3 and words[-1][-1:] in ".!?,;" and capitalised < len(words) / 2 + 1


def _is_clause(doc: Any, mark: MarkedSpan) -> bool:
    words = text_of(doc)[mark.start : mark.end].split()
    if len(words) < MIN_UNATTRIBUTED_WORDS:
        return False
    capitalised = sum(1 for w in words if w[:1].isupper())
    if capitalised > 0.7 * len(words):
        return False  # a title: "The Day the Music Died"
    first, last = _token_at(doc, mark.start), _token_at(doc, mark.end - 1)
    return any(t.dep_ in ("ROOT", "ccomp", "conj") and t.dep_ != "" for t in doc[first : last + 1]) and any(
        t.dep_ in SUBJECT_DEPS for t in doc[first : last + 1]
    )


def _from_marks(doc: Any, marks: Sequence[MarkedSpan], found: list[_Found]) -> list[_Found]:
    """Quoted passages no verb's content covered: attributed by a cue next to them, continuing the previous
    quote, or (if they read as a statement) kept with an unknown speaker."""
    text = text_of(doc)
    covered = [(f.start, f.end) for f in found]
    extra: list[_Found] = []
    for mark in marks:
        if any(_overlap((mark.start, mark.end), c) > 0 for c in covered):
            continue
        near = _nearby_cue(doc, mark)
        if near is not None and len(text[mark.start : mark.end].split()) <= 3:
            # A short quoted phrase is a quotation only where the cue governs it ('called it "a mistake"');
            # elsewhere in an attributed sentence it is a scare quote or a mixed quote's inner words.
            governed = {t.idx for t in near[0].subtree}
            if not any(mark.start <= i < mark.end for i in governed):
                continue
        if near is not None:
            verb, speaker = near
            if verb.lower_ in _DESCRIBE and speaker is None:
                continue
            cue = (verb.idx, verb.idx + len(verb.text))
            extra.append(_Found(mark.start, mark.end, "direct", cue, speaker, _audience(verb, set()), mark))
            continue
        previous = [f for f in (*found, *extra) if f.end <= mark.open_at]
        if previous:
            last = max(previous, key=lambda f: f.end)
            gap_start = last.marked.outer_end if last.marked else last.end
            gap = text[gap_start : mark.open_at]
            # The text between is short, or is only the rest of the sentence that attributed the last quote.
            before_mark = _sentence_of(doc, len(text[: mark.open_at].rstrip()) - 1)
            told = before_mark in {
                _sentence_of(doc, max(last.start, last.end - 1)),
                _sentence_of(doc, (last.cue or (last.start, 0))[0]),
            }
            # (a reported clause goes on in a quote only from the line that told it: 'was unusual, Insp Gaskin
            # said.\n"We don't normally get ..."')
            # (and only a whole paragraph of speech: not a sign that "read ..." or a quote "asked X" after it)
            line_end = text.find("\n", mark.outer_end)
            alone = not text[mark.outer_end : line_end if line_end >= 0 else len(text)].strip()
            just_after = (
                (len(gap) <= CONTINUATION_GAP or told)
                if last.kind == "direct"
                else told and "\n" in gap and last.cue is not None and alone and _spoken(text, mark)
            )
            # (or the quote opens a paragraph: '..., " he said\n"If you look at ...')
            opens = text[: mark.open_at].rstrip()[-1:] in ("", ".", "!", "?", ":", "\n", "”", '"', "'") or (
                not text[text.rfind("\n", 0, mark.open_at) + 1 : mark.open_at].strip()
            )
            # (an answer to a question is not the asker's: '"Did you see him?" the officer asked')
            question = text[last.start : last.end].rstrip(" ,'\"”’").endswith("?")
            asked = question and (last.cue is None or text[last.cue[0] : last.cue[1]].lower() in QUESTIONS)
            if (
                just_after
                and opens
                and not asked
                and (last.speaker_token is not None or last.speaker is not None)
            ):
                extra.append(
                    _Found(mark.start, mark.end, "direct", None, last.speaker_token, None, mark, last.speaker)
                )
                continue
        if _is_clause(doc, mark):
            extra.append(_Found(mark.start, mark.end, "direct", None, None, None, mark))
    return extra


def extract_quotes(article: Article, doc: Any = None, mentions: Sequence[Mention] = ()) -> list[Quote]:
    """The quotations of ``article``, in text order, with speakers, cues and audiences.

    ``doc`` is the article text parsed by :func:`storyline.entities.nlp_model` (parsed here when ``None``);
    ``mentions`` the article's names from :func:`storyline.entities.extract_mentions`, used to give a speaker
    the full name the text identifies and to link it to its :class:`~storyline.records.Mention`.
    """
    text = article.text
    if not text.strip():
        return []
    if doc is None:
        doc = nlp_model()(text)
    marks = quote_spans(text)
    found = _from_cues(doc, marks)
    found.extend(_from_marks(doc, marks, found))
    found = _dedupe(found)
    found.sort(key=lambda f: (f.start, f.end))
    quoted = [(m.start, m.end) for m in marks]
    genders = speaker_genders(doc, mentions, quoted)
    # quotes one pronoun attributes ('"...," he said. "..."') are one speaker's, who is none of the people
    # they name in their quotation marks ('"Our focus is the funeral," said Gil Monroe, ...; ..., he said')
    named: dict[int, frozenset[str]] = {}
    words: dict[int, str] = {}
    people = [m for m in mentions if m.type == "PERSON"]
    for item in found:
        if item.speaker_token is not None:
            marked = [
                (max(a, item.start), min(b, item.end)) for a, b in quoted if a < item.end and item.start < b
            ]
            inside = {
                m.canonical for m in people for a, b in marked or [(item.start, item.end)] if a <= m.start < b
            }
            key = item.speaker_token.i
            named[key] = named.get(key, frozenset()) | inside
            # (the words in quotation marks: reported speech calls its own speakers "they")
            words[key] = " ".join([words.get(key, ""), *(text[a:b] for a, b in marked)])
    for item in found:
        if item.speaker is None:
            key = item.speaker_token.i if item.speaker_token is not None else -1
            item.speaker = resolve_speaker(
                doc,
                item.speaker_token,
                mentions,
                found,
                genders,
                quoted,
                named.get(key, frozenset()),
                words.get(key, ""),
            )
    return [_record(article, doc, item) for item in found]


def _dedupe(found: list[_Found]) -> list[_Found]:
    """One quote per span: the verb-reported reading wins over a nested or repeated one."""
    out: list[_Found] = []
    for item in sorted(found, key=lambda f: (f.start, -(f.end - f.start))):
        clash = next((o for o in out if _overlap((o.start, o.end), (item.start, item.end)) > 0), None)
        if clash is None:
            out.append(item)
        elif (
            clash.cue is None and item.cue is not None and (clash.start, clash.end) == (item.start, item.end)
        ):
            out[out.index(clash)] = item
    return out


def _record(article: Article, doc: Any, item: _Found) -> Quote:
    text = article.text
    first, last = _sentence_of(doc, item.start), _sentence_of(doc, max(item.start, item.end - 1))
    speaker = item.speaker
    cue_text = " ".join(text[item.cue[0] : item.cue[1]].split()) if item.cue else None
    key = f"{article.id}:{item.start}:{item.end}"
    return Quote(
        id=hashlib.sha1(key.encode("utf-8")).hexdigest()[:16],
        article_id=article.id,
        start=item.start,
        end=item.end,
        text=text[item.start : item.end],
        kind=item.kind,
        speaker=speaker[0] if speaker else None,
        speaker_start=speaker[1] if speaker else None,
        speaker_end=speaker[2] if speaker else None,
        speaker_mention_id=speaker[3] if speaker else None,
        cue=cue_text,
        cue_start=item.cue[0] if item.cue else None,
        cue_end=item.cue[1] if item.cue else None,
        audience=item.audience,
        sentence_start=first.start_char,
        sentence_end=last.end_char,
    )
