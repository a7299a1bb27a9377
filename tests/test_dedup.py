"""Dedup and derivation: exact copies, near-duplicates, rewrites, shared quotes, wire siblings, origins.

The small articles are invented for these tests; the demo corpus and ``../shared/seeds`` check the same
behaviour on longer, messier text.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from pathlib import Path

import pytest
from datasketch import MinHash

from storyline import dedup
from storyline.dedup import DedupConfig, DerivationIndex, compare, find_derivations, split_sentences
from storyline.ingest import build_article, read_documents
from storyline.origins import build_origins, count_origins
from storyline.records import Article, Derivation, Failure, Origin

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO.parent / "shared" / "seeds"


def article(
    text: str,
    source: str,
    published: str | None = None,
    credits: Sequence[str] = (),
    outlet: str | None = None,
) -> Article:
    """An article as ingest would build it, with an id that differs per source (so copies can be compared)."""
    digest = hashlib.sha256(f"{source}\n{text}".encode()).hexdigest()[:20]
    return Article(
        id=digest,
        source=source,
        format="text",
        title=None,
        text=text,
        outlet=outlet,
        published=published,
        wire_credits=tuple(credits),
    )


def paragraphs(*lines: str) -> str:
    return "\n\n".join(lines)


FERRY = [
    "The city council of Port Velden voted on Tuesday to close the old ferry terminal at the end of the "
    "summer season.",
    "Councillors approved the plan by eleven votes to four after a three-hour debate in the town hall.",
    "The terminal, built in 1962, has been losing money for a decade and needs repairs costing about "
    "9 million crowns.",
    "Passenger services to the northern islands will move to a new pier at Kessel Point, two kilometres up "
    "the coast.",
    "Local shop owners near the harbour warned that the move would take customers away from the old town.",
    "The ferry operator Nordlys Lines said it expected no disruption to timetables during the transfer.",
    "A public consultation on the future use of the terminal building will open in October.",
    "The mayor, Ingrid Halvorsen, said the council had looked at every other option before deciding.",
    "Fishermen who use the inner basin will keep their moorings, the harbour master confirmed.",
    "Demolition of the terminal is not expected before the spring of next year.",
]

# The same story reordered, with words swapped for synonyms, one sentence dropped and the rest shortened.
FERRY_REWRITE = [
    "Port Velden's city council decided on Tuesday to shut the old ferry terminal at the close of the summer "
    "season.",
    "Passenger services to the northern islands will transfer to a new pier at Kessel Point, two kilometres "
    "further up the coast.",
    "The terminal, constructed in 1962, has been losing money for ten years and requires repairs costing "
    "roughly 9 million crowns.",
    "Councillors backed the plan by eleven votes to four following a three-hour debate at the town hall.",
    "A public consultation on the future of the terminal building will open in October.",
    "Shop owners near the harbour cautioned that the move would draw customers away from the old town.",
    "Mayor Ingrid Halvorsen said the council had examined every other option before deciding.",
]

UNRELATED = paragraphs(
    "A rare orchid thought to have vanished from the Lomond hills has been found growing beside a forestry "
    "track, botanists from the regional herbarium said.",
    "The plant, a marsh helleborine, was last recorded in the area in 1974 before drainage work dried out "
    "its meadow.",
    "Volunteers counted fourteen flowering stems and have fenced the site to keep deer away.",
)


def test_split_sentences_keeps_abbreviations_initials_and_acronyms() -> None:
    text = (
        'Mr. Okafor met Gen. J. K. Rowe in the U.S. capital on Jan. 3. "It went well." She agreed! '
        "Talks resume in 2026.\nA new line is a new sentence"
    )
    sentences = [text[s:e] for s, e in split_sentences(text)]
    assert sentences == [
        "Mr. Okafor met Gen. J. K. Rowe in the U.S. capital on Jan. 3.",
        '"It went well."',
        "She agreed!",
        "Talks resume in 2026.",
        "A new line is a new sentence",
    ]


def test_exact_copy_with_other_whitespace() -> None:
    original = article(paragraphs(*FERRY), "ledger.txt", "2025-03-04")
    copy = article(
        "  " + "\n".join(line.replace(" ", "  ") for line in FERRY) + "\n", "copy.txt", "2025-03-05"
    )
    [derivation] = find_derivations([copy, original])
    assert derivation.kind == "exact"
    assert derivation.score == 1.0
    assert (derivation.from_id, derivation.to_id, derivation.direction) == (original.id, copy.id, "earlier")
    assert len(derivation.evidence) == len(FERRY)
    assert all(pair.match == "verbatim" for pair in derivation.evidence)


def test_near_duplicate_with_one_changed_sentence() -> None:
    changed = list(FERRY)
    changed[5] = "Nordlys Lines, which runs the crossings, declined to comment on the decision."
    a = article(paragraphs(*FERRY), "a.txt", "2025-03-04T08:00")
    b = article(paragraphs(*changed), "b.txt", "2025-03-04T10:30")
    [derivation] = find_derivations([a, b])
    assert derivation.kind == "near-duplicate"
    assert (derivation.from_id, derivation.to_id) == (a.id, b.id)
    assert 0.85 <= derivation.score < 1.0
    verbatim = [p for p in derivation.evidence if p.match == "verbatim"]
    assert len(verbatim) == len(FERRY) - 1
    # Offsets point at the same sentence in both texts.
    for pair in verbatim:
        assert a.text[pair.from_start : pair.from_end] == b.text[pair.to_start : pair.to_end]


def _shingle_jaccard(a: Article, b: Article, config: DedupConfig) -> float:
    signatures = []
    for x in (a, b):
        words = dedup.normal_words(x.text)
        n = config.shingle_size
        grams = {" ".join(words[i : i + n]).encode() for i in range(len(words) - n + 1)}
        signature = MinHash(num_perm=config.num_perm)
        signature.update_batch(list(grams))
        signatures.append(signature)
    return float(signatures[0].jaccard(signatures[1]))


def test_rewrite_found_by_sentences_although_minhash_misses_it() -> None:
    source = article(paragraphs(*FERRY), "source.txt", "2025-03-04")
    rewrite = article(paragraphs(*FERRY_REWRITE), "rewrite.txt", "2025-03-05")
    config = DedupConfig()
    assert _shingle_jaccard(source, rewrite, config) < config.doc_threshold / 2

    [derivation] = find_derivations([rewrite, source], config)
    assert derivation.kind == "rewrite"
    assert (derivation.from_id, derivation.to_id, derivation.direction) == (source.id, rewrite.id, "earlier")
    assert len(derivation.evidence) == len(FERRY_REWRITE)
    first = derivation.evidence[0]
    assert source.text[first.from_start : first.from_end] == FERRY[0]
    assert rewrite.text[first.to_start : first.to_end] == FERRY_REWRITE[0]
    # Reordering is followed: the rewrite's second sentence is the source's fourth.
    second = derivation.evidence[1]
    assert source.text[second.from_start : second.from_end] == FERRY[3]

    # Without the sentence route, document MinHash alone does not even propose the pair.
    no_sentence_route = DedupConfig(sentence_candidates=False)
    assert find_derivations([rewrite, source], no_sentence_route) == []


QUOTE = "We will not close a single school while I am the minister responsible"


def test_shared_quote_between_independent_reports_makes_two_origins() -> None:
    a = article(
        paragraphs(
            "Teachers in the Varna district marched through the city centre on Saturday to protest against "
            "plans to merge twelve rural schools.",
            f"Education Minister Petra Lind tried to calm the dispute. “{QUOTE},” she told parliament.",
            "Union leaders said they would hold a strike ballot next month if the plan was not withdrawn.",
        ),
        "a.txt",
        "2025-05-03",
    )
    b = article(
        paragraphs(
            "Parents from three villages have collected more than 4,000 signatures for a petition that asks "
            "the government to keep their primary schools open.",
            f'Asked about the closures on Friday, Lind said: "{QUOTE}." Critics say the budget tells '
            "a different story.",
            "The ministry's draft budget cuts spending on rural transport by a fifth.",
        ),
        "b.txt",
        "2025-05-04",
    )
    [derivation] = find_derivations([a, b])
    assert derivation.kind == "shared-quotes"
    assert (derivation.from_id, derivation.to_id) == (a.id, b.id)
    [pair] = derivation.evidence
    assert pair.match == "quote"
    assert a.text[pair.from_start : pair.from_end] == QUOTE + ","
    assert b.text[pair.to_start : pair.to_end] == QUOTE + "."
    origins = build_origins([a, b], [derivation])
    assert len(origins) == 2
    assert count_origins([a.id, b.id], origins) == 2


AFP_DISPATCH = paragraphs(
    "NAIROBI (AFP) - Kenya's central bank cut its main lending rate by half a point to 9.5 percent on "
    "Wednesday, the third reduction this year, saying inflation had eased faster than expected.",
    "The bank's monetary policy committee said consumer prices rose 3.8 percent in the year to April, "
    "within its target range, helped by lower food and fuel costs.",
    "Governor Amos Wekesa told reporters the committee would watch the shilling closely after it weakened "
    "against the dollar in March.",
    "Business groups had lobbied for a larger cut to revive lending to small firms, which fell for a fifth "
    "straight month.",
)
AFP_VERSION = paragraphs(
    "Kenya's central bank on Wednesday lowered its benchmark rate to 9.5 percent, its third cut of the year, "
    "as inflation eased.",
    "Inflation stood at 3.8 percent in April, within the target range, the monetary policy committee said, "
    "pointing to cheaper food and fuel.",
    "Small traders in Nairobi's Gikomba market said loans were still too expensive for them to restock.",
    "— AFP",
)


def test_two_articles_crediting_afp_are_one_wire_origin() -> None:
    dispatch = article(AFP_DISPATCH, "wire.jsonl#1", "2025-05-14T09:10", credits=["AFP"])
    version = article(AFP_VERSION, "daily.html", "2025-05-14T13:00", credits=["AFP"])
    [derivation] = find_derivations([version, dispatch])
    assert derivation.kind == "wire-origin"
    assert (derivation.from_id, derivation.to_id, derivation.direction) == (
        dispatch.id,
        version.id,
        "earlier",
    )
    assert len(derivation.evidence) >= 2
    [origin] = build_origins([dispatch, version], [derivation])
    assert origin == Origin(dispatch.id, (dispatch.id, version.id), "AFP")

    # The same texts without the credit line are independent reports of the same decision.
    uncredited = article(AFP_VERSION.removesuffix("\n\n— AFP"), "daily.html", "2025-05-14T13:00")
    assert compare(dispatch, uncredited) is None


def test_unrelated_articles_give_nothing() -> None:
    a = article(paragraphs(*FERRY), "a.txt", "2025-03-04")
    b = article(UNRELATED, "b.txt", "2025-03-04")
    c = article(AFP_DISPATCH, "c.txt", "2025-03-04", credits=["AFP"])
    assert find_derivations([a, b, c]) == []
    assert sorted(o.article_ids for o in build_origins([a, b, c], [])) == sorted([(a.id,), (b.id,), (c.id,)])


def test_direction_falls_back_to_credit_then_length() -> None:
    text = paragraphs(*FERRY)
    shorter = paragraphs(*FERRY[:-1])
    credited = article(shorter, "credited.txt", "2025-03-04", credits=["Reuters"])
    plain = article(text, "plain.txt", "2025-03-04T11:00")
    derivation = compare(plain, credited)
    assert derivation is not None
    assert (derivation.from_id, derivation.direction) == (credited.id, "credits-agency")

    undated = article(text, "undated.txt")
    dated_short = article(shorter, "short.txt", "2025-03-04")
    derivation = compare(dated_short, undated)
    assert derivation is not None
    assert (derivation.from_id, derivation.direction) == (undated.id, "longer")

    ledger = article(text, "ledger.txt", "2025-03-04", outlet="The Harbour Ledger")
    republished = article(
        paragraphs(*FERRY, "This article was first published by The Harbour Ledger."),
        "observer.txt",
        "2025-03-04",
        outlet="Quayside Observer",
    )
    derivation = compare(republished, ledger)
    assert derivation is not None and derivation.kind == "near-duplicate"
    assert (derivation.from_id, derivation.direction) == (ledger.id, "names-outlet")


def test_origins_are_a_forest_a_mixed_copy_does_not_chain_two_sources() -> None:
    ids = ["r", "f", "mix"]
    articles = [article(UNRELATED, source) for source in ids]
    r, f, mix = (a.id for a in articles)
    derivations = [
        Derivation(r, mix, "rewrite", 0.6),
        Derivation(f, mix, "rewrite", 0.5),
        Derivation(r, f, "shared-quotes", 1.0),
    ]
    origins = build_origins(articles, derivations)
    assert sorted(o.article_ids for o in origins) == sorted([(r, mix), (f,)])
    assert count_origins([r, f, mix], origins) == 2
    assert count_origins(["not-indexed", r], origins) == 2


class FakeEmbeddings:
    """Scores as a sentence-embedding model would: high for the pairs it is told mean the same."""

    def __init__(self, same: set[tuple[str, str]]) -> None:
        self.same = same
        self.calls = 0

    def __call__(self, left: Sequence[str], right: Sequence[str]) -> list[list[float]]:
        self.calls += 1
        return [[0.93 if (x, y) in self.same else 0.1 for y in right] for x in left]


def test_embedding_scorer_aligns_sentences_without_shared_words() -> None:
    a = article(AFP_DISPATCH, "a.txt", "2025-05-14", credits=["AFP"])
    spun = [
        "Borrowing got cheaper in Kenya this week after policymakers moved for the third time in 2025.",
        "Shoppers paid less for maize flour and petrol last month, which let the regulator act.",
        "Small traders in Nairobi's Gikomba market said loans were still too expensive for them to restock.",
    ]
    b = article(paragraphs(*spun, "— AFP"), "b.txt", "2025-05-15", credits=["AFP"])
    assert compare(a, b) is None
    dispatch = AFP_DISPATCH.split("\n\n")
    scorer = FakeEmbeddings({(dispatch[0], spun[0]), (dispatch[1], spun[1])})
    derivation = compare(a, b, scorer=scorer)
    assert scorer.calls == 1
    assert derivation is not None and derivation.kind == "wire-origin"
    assert [
        (a.text[p.from_start : p.from_end], b.text[p.to_start : p.to_end]) for p in derivation.evidence
    ] == [
        (dispatch[0], spun[0]),
        (dispatch[1], spun[1]),
    ]


def test_incremental_index_finds_what_the_batch_finds() -> None:
    articles = [
        article(paragraphs(*FERRY), "a.txt", "2025-03-04"),
        article(paragraphs(*FERRY_REWRITE), "b.txt", "2025-03-05"),
        article(UNRELATED, "c.txt", "2025-03-05"),
        article(AFP_DISPATCH, "d.txt", "2025-05-14T09:10", credits=["AFP"]),
        article(AFP_VERSION, "e.txt", "2025-05-14T13:00", credits=["AFP"]),
    ]
    index = DerivationIndex()
    streamed: list[Derivation] = []
    for one in articles:
        streamed.extend(index.add([one]))
    assert index.add(articles[:1]) == []  # an id seen before is not indexed twice
    assert len(index) == len(articles)
    batch = find_derivations(articles, DedupConfig(batch_size=2))
    assert sorted(streamed, key=lambda d: (d.from_id, d.to_id)) == batch
    assert sorted(d.kind for d in batch) == ["rewrite", "wire-origin"]


def test_the_index_counts_the_candidate_pairs_it_compared() -> None:
    articles = [
        article(paragraphs(*FERRY), "a.txt", "2025-03-04"),
        article(paragraphs(*FERRY_REWRITE), "b.txt", "2025-03-05"),
        article(UNRELATED, "c.txt"),
    ]
    index = dedup.DerivationIndex()
    derivations = index.add(articles)
    assert 1 <= index.candidate_pairs < 3  # the unrelated article is never a candidate of the others
    assert [d.kind for d in derivations] == ["rewrite"]
    assert len(build_origins(articles, derivations)) == 2


# -- real data ----------------------------------------------------------------------------------------------


def _build(inputs: list[str]) -> list[Article]:
    documents, _ = read_documents(inputs)
    return [build_article(d) for d in documents if not isinstance(d, Failure)]


@pytest.fixture(scope="module")
def demo() -> tuple[dict[str, Article], list[Derivation], list[Origin]]:
    folder = REPO / "demo"
    articles = _build([str(folder / name) for name in ("articles", "feeds", "archive")])
    by_source = {a.source.removeprefix(str(folder) + "/"): a for a in articles}
    derivations = find_derivations(articles)
    return by_source, derivations, build_origins(articles, derivations)


def _origin_of(origins: list[Origin], article_id: str) -> Origin:
    return next(o for o in origins if article_id in o.article_ids)


def test_demo_republication_and_wire_copy_are_found(
    demo: tuple[dict[str, Article], list[Derivation], list[Origin]],
) -> None:
    by_source, derivations, _ = demo
    found = {(d.from_id, d.to_id): d.kind for d in derivations}
    ledger, republish = (
        by_source["articles/flood-ledger-1.txt"],
        by_source["articles/flood-quayside-republish.txt"],
    )
    # Cleaning takes out the republication notice and the contact line: what is left is the same text. So
    # it does with the AP copy's "Published 17/03/2025 15:30" date line: the wire text, word for word.
    assert ledger.id == republish.id
    wire, ap_copy = by_source["articles/wire.jsonl#3"], by_source["articles/breach-quayside-ap.html"]
    assert wire.id == ap_copy.id and ap_copy.published == "2025-03-17T15:30"
    assert "near-duplicate" not in found.values()


def test_demo_reuters_trade_dispatch_is_one_origin_apart_from_afp_and_ap(
    demo: tuple[dict[str, Article], list[Derivation], list[Origin]],
) -> None:
    by_source, derivations, origins = demo
    reuters = by_source["articles/wire.jsonl#1"]
    origin = _origin_of(origins, reuters.id)
    assert origin.id == reuters.id
    assert origin.credited_to == "Reuters"
    assert by_source["articles/trade-quayside.txt"].id in origin.article_ids
    assert by_source["articles/trade-meridian.html"].id in origin.article_ids
    independent = [
        "articles/trade-astana-résumé.txt",
        "feeds/harbour-ledger.xml#3",
        "archive/crawl.warc.gz#2",
    ]
    ids = [reuters.id] + [by_source[s].id for s in independent]
    assert count_origins(ids, origins) == 4
    # The independent versions still carry the minister's quote: shared quotes, not derivation.
    afp = by_source["articles/trade-astana-résumé.txt"]
    kinds = {d.kind for d in derivations if {d.from_id, d.to_id} == {reuters.id, afp.id}}
    assert kinds == {"shared-quotes"}
    # Every piece of evidence points inside both texts.
    texts = {a.id: a.text for a in by_source.values()}
    for d in derivations:
        for pair in d.evidence:
            assert 0 <= pair.from_start < pair.from_end <= len(texts[d.from_id])
            assert 0 <= pair.to_start < pair.to_end <= len(texts[d.to_id])


@pytest.mark.xfail(
    strict=True,
    reason="trade-courier retells the Reuters and AFP versions in its own words: its wording reuse is 0.16 "
    "with Reuters, 0.25 with Meridian, but also 0.15 with AFP and 0.21 with AP (content coverage 0.65 to 0.72"
    " with all four), so no lexical rule can tie it to Reuters alone. Sentence embeddings do not either: its"
    " sentences are as close in meaning to the independent AP report (mean best cosine 0.79) as to Reuters"
    " (0.76), so they align it with both and the verdict stays on wording reuse",
)
def test_demo_uncredited_courier_rewrite_joins_the_reuters_origin(
    demo: tuple[dict[str, Article], list[Derivation], list[Origin]],
) -> None:
    by_source, _, origins = demo
    origin = _origin_of(origins, by_source["articles/wire.jsonl#1"].id)
    assert by_source["articles/trade-courier.txt"].id in origin.article_ids


def test_seeds_share_the_mali_quote_and_are_not_one_origin() -> None:
    if not SEEDS.is_dir():
        pytest.skip(f"{SEEDS} is missing")
    articles = _build([str(SEEDS)])
    assert len(articles) == 5
    derivations = find_derivations(articles)
    origins = build_origins(articles, derivations)
    assert count_origins([a.id for a in articles], origins) > 1
    texts = {a.id: a.text for a in articles}
    quoted = [
        (texts[d.from_id][p.from_start : p.from_end], texts[d.to_id][p.to_start : p.to_end])
        for d in derivations
        for p in d.evidence
        if p.match == "quote"
    ]
    assert any(
        left.startswith("Mali intends to diversify its relationships in the medium term")
        and right.startswith("Mali intends to diversify its relationships in the medium term")
        for left, right in quoted
    )
    assert all(d.kind == "shared-quotes" for d in derivations)
