"""Quotations: quote marks in crawled text, speakers and cues on the parse, grouping across outlets, storage,
the ``quotes`` command and the seeds."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
import spacy
from spacy.tokens import Doc
from typer.testing import CliRunner

from conftest import REPO, parse
from storyline.cli import app
from storyline.entities import extract_mentions, nlp_model
from storyline.export import export_data
from storyline.ingest import ingest
from storyline.pipeline import analyse
from storyline.quote_groups import group_quotes, same_words
from storyline.quote_marks import MAX_LINES, quote_spans
from storyline.quote_speakers import _is_subject
from storyline.quotes import extract_quotes
from storyline.records import Article, Mention, Quote
from storyline.store import Database
from storyline.store.quotes import pending_article_ids, quotes_of, story_quote_groups
from storyline.store.stories import list_stories

SEEDS = REPO.parent / "shared" / "seeds"


def marked(text: str) -> list[str]:
    return [text[s.start : s.end] for s in quote_spans(text)]


# -- quote marks (no model) ----------------------------------------------------------------------------------


def test_straight_curly_and_ptb_marks_pair() -> None:
    assert marked('He said "we stay" and left.') == ["we stay"]
    assert marked("She wrote “the harbour is closed.” Then she left.") == ["the harbour is closed."]
    assert marked("``We go now,'' the captain said.") == ["We go now,"]
    assert marked("« Nous restons », a-t-il dit.") == ["Nous restons"]


def test_an_unclosed_quote_ends_with_its_paragraph_and_swallows_nothing() -> None:
    text = (
        "The mayor said “we will rebuild the bridge\n\nWork starts in May.\n\nShe added “soon” to the plan."
    )
    assert marked(text) == ["we will rebuild the bridge", "soon"]


def test_a_quote_reopened_by_each_paragraph_is_one_quote() -> None:
    text = "“The first paragraph of the speech.\n\n“The second paragraph.\n\n“And the end,” he said."
    (span,) = quote_spans(text)
    assert text[span.start : span.end].startswith("The first") and text[span.start : span.end].endswith(
        "end,"
    )


def test_a_new_quote_on_the_same_line_ends_an_unclosed_one() -> None:
    text = "“It is limited, he said. “The issue is money,” he added."
    assert marked(text) == ["It is limited, he said.", "The issue is money,"]


def test_nested_single_marks_belong_to_the_outer_quote() -> None:
    text = "“To answer ‘we were first’ is an insult,” the envoy insisted."
    assert marked(text) == ["To answer ‘we were first’ is an insult,"]


def test_apostrophes_are_not_quote_marks_but_british_single_marks_are() -> None:
    assert marked("The players' union didn't agree, and it's over.") == []
    assert marked("The minister called it 'a fair deal' on Friday.") == ["a fair deal"]


def test_straight_marks_alternate_whatever_the_spacing() -> None:
    # Tokenised text puts spaces on both sides of every mark.
    text = '" It was a sudden attack , " the sheriff said . " We will find him . "'
    assert marked(text) == ["It was a sudden attack ,", "We will find him ."]


def test_a_stray_closing_mark_far_away_is_not_trusted() -> None:
    lines = ["“An opening mark that never closes."] + [f"Line {i}." for i in range(MAX_LINES + 3)] + ["end”"]
    spans = quote_spans("\n".join(lines))
    assert all(s.close_at is None or s.close_at < 200 for s in spans)


def test_many_unbalanced_marks_in_a_large_text() -> None:
    text = ("He said “yes. " * 5000) + "\n" + ("” stray " * 3000)
    spans = quote_spans(text)
    assert spans and all(0 <= s.start < s.end <= len(text) for s in spans)


def test_no_marks_no_spans() -> None:
    assert quote_spans("") == []
    assert quote_spans("Nothing quoted here at all.") == []


# -- grouping across outlets (no model) ----------------------------------------------------------------------


def quote(qid: str, article: str, text: str, speaker: str | None = "Ana Ruiz") -> Quote:
    return Quote(
        qid,
        article,
        0,
        len(text),
        text,
        "direct",
        speaker,
        0,
        5,
        None,
        "said",
        None,
        None,
        None,
        0,
        len(text),
    )


def test_same_words_exact_trimmed_and_reworded() -> None:
    full = "We will not sign any deal that hands the port to a foreign company, whatever the price."
    assert same_words(full, full)
    assert same_words(full, "We will not sign any deal that hands the port to a foreign company")
    assert same_words(
        full, "We will never sign any deal handing the port to a foreign company, whatever the price"
    )
    assert not same_words(full, "The port will reopen on Monday after the repairs are finished.")
    assert not same_words("No comment", "No comment at this time about the port")


def test_groups_count_origins_not_articles_and_keep_the_first_appearance() -> None:
    text = "The harbour will stay closed until the inspectors have finished their work."
    quotes = [
        quote("q1", "a1", text),
        quote("q2", "a2", text[:-1]),
        quote("q3", "a3", text),
        quote("q4", "a3", "Fishing boats may leave the harbour at dawn on Saturday morning."),
    ]
    published = {"a1": "2024-05-02", "a2": "2024-05-01", "a3": "2024-05-03"}
    origin = {"a1": "o1", "a2": "o1", "a3": "o3"}  # a2 is a rewrite of a1's dispatch
    groups = group_quotes(quotes, {}, published, origin)
    top = groups[0]
    assert top.article_ids == ("a2", "a1", "a3") and top.origin_count == 2
    assert top.first_article_id == "a2" and top.first_seen == "2024-05-01"
    assert top.text == text and len(top.spans) == 3
    assert len(groups) == 2


def test_the_same_words_by_two_different_people_stay_apart() -> None:
    text = "We are ready to talk to anyone who wants peace in the region."
    quotes = [quote("q1", "a1", text, "Ana Ruiz"), quote("q2", "a2", text, "Omar Diallo")]
    groups = group_quotes(quotes, {"q1": "e-ruiz", "q2": "e-diallo"}, {}, {})
    assert len(groups) == 2
    # A description ("a ministry spokesman") may be anyone: it joins the named speaker's quote.
    quotes = [quote("q1", "a1", text, "Ana Ruiz"), quote("q2", "a2", text, "a ministry spokesman")]
    (group,) = group_quotes(quotes, {"q1": "e-ruiz"}, {}, {})
    assert group.speaker == "Ana Ruiz" and group.speaker_entity_id == "e-ruiz"


def test_different_numbers_or_a_negation_are_different_quotes() -> None:
    assert not same_words("5 people died in the flood last week", "7 people died in the flood last week")
    assert not same_words("We will sign the deal with the port", "We will not sign the deal with the port")
    assert not same_words("The toll rose to 1,000 on Monday night", "The toll rose to 2,000 on Monday night")
    # A trimmed quote that drops a number still is the same quote.
    assert same_words("The toll rose to 1,000 on Monday night", "The toll rose on Monday night")


def test_an_unknown_speaker_never_bridges_two_known_ones() -> None:
    text = "We are ready to talk to anyone who wants peace in the region."
    quotes = [
        quote("q1", "a1", text, "Ana Ruiz"),
        quote("q2", "a2", text, None),
        quote("q3", "a3", text, "Omar"),
    ]
    groups = group_quotes(quotes, {"q1": "e-ruiz", "q3": "e-omar"}, {}, {})
    assert sorted(g.speaker_entity_id or "" for g in groups) == ["e-omar", "e-ruiz"]


# -- extraction on the parse (runs the model) ----------------------------------------------------------------


def quotes_in(nlp: object, text: str) -> list[Quote]:
    article = Article(id="t", source="t", format="text", title=None, text=text)
    doc = nlp(text)  # type: ignore[operator]
    found = extract_quotes(article, doc, extract_mentions(article, doc))
    for q in found:
        assert text[q.start : q.end] == q.text
        if q.speaker_start is not None and q.speaker_end is not None:
            assert text[q.speaker_start : q.speaker_end] == q.speaker
        if q.cue_start is not None and q.cue_end is not None:
            assert text[q.cue_start : q.cue_end] == q.cue
        assert q.sentence_start <= q.start < q.end <= q.sentence_end
    return found


def test_direct_quote_with_a_pronoun_speaker(nlp: object) -> None:
    text = (
        "Harbour Minister Jana Novak visited the flooded docks on Tuesday.\n\n"
        "“We will rebuild every pier before the winter,” she said."
    )
    (q,) = quotes_in(nlp, text)
    assert (q.kind, q.text, q.speaker, q.cue) == (
        "direct",
        "We will rebuild every pier before the winter,",
        "Jana Novak",
        "said",
    )
    assert q.speaker_mention_id is not None


def test_a_pronoun_speaker_of_a_given_gender(nlp: object) -> None:
    text = "Mayor Kenneth Dorsey met the engineer Rita Vance at the docks.\n\n“I was scared,” she said."
    (q,) = quotes_in(nlp, text)
    assert q.speaker == "Rita Vance"


def test_the_she_of_sentences_naming_only_her_outweighs_her_given_name(nlp: object) -> None:
    text = (
        "Glenn Close arrived at the premiere on Monday. She was smiling broadly. Close said she had waited "
        "years for it.\n\n“I loved it,” she said."
    )
    (q,) = [q for q in quotes_in(nlp, text) if q.kind == "direct"]
    assert q.speaker == "Glenn Close"


@pytest.mark.parametrize(
    "text",
    [
        # a man named inside the quote, of a known gender, is not the "he" who said it
        "Prime Minister Tiemoko Sanou spoke at the assembly.\n\n“I told Victor Hale in May that we were "
        "alone. We will look for other partners,” he said.",
    ],
)
def test_a_pronoun_speaker_is_no_one_named_inside_the_quote(nlp: object, text: str) -> None:
    (q,) = [q for q in quotes_in(nlp, text) if q.kind == "direct"]
    assert q.speaker == "Tiemoko Sanou"


def test_a_role_the_name_is_in_apposition_to_finds_the_speaker(nlp: object) -> None:
    text = (
        "Before the members of the Budget Committee, the Minister of the Armed Forces, Elsa Marchetti, said "
        "the plan was sound. In her closing remarks, the minister recalled that no base would close."
    )
    quote = next(q for q in quotes_in(nlp, text) if q.text.startswith("no base"))
    assert quote.speaker == "Elsa Marchetti"


def test_a_role_is_found_by_the_noun_it_is_not_by_a_modifier(nlp: object) -> None:
    text = "Police Commissioner Raymond Vale spoke on Monday. The officers fired ten shots, the police said."
    (quote,) = quotes_in(nlp, text)
    assert quote.speaker == "the police"


def test_a_first_name_speaker_is_the_full_name_not_the_words_before_it(nlp: object) -> None:
    text = "Northwind Systems CEO Marcus Feld opened the fair.\n“We have never been busier,” Marcus said."
    (quote,) = quotes_in(nlp, text)
    assert quote.speaker == "Marcus Feld"


def test_a_name_hung_on_the_subjects_last_noun_is_the_subject() -> None:
    # "A professor at the University, Peter Nygaard, stayed home": the parser may hang the name in
    # apposition on "University"; it still names the subject, whom a later "he said" may stand for
    words = ["A", "professor", "at", "the", "University", ",", "Peter", "Nygaard", ",", "stayed", "home", "."]
    heads = [1, 9, 1, 4, 2, 4, 7, 4, 1, 9, 9, 9]
    deps = [
        "det",
        "nsubj",
        "prep",
        "det",
        "pobj",
        "punct",
        "compound",
        "appos",
        "punct",
        "ROOT",
        "advmod",
        "punct",
    ]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps)
    start = doc[6].idx
    end = doc[7].idx + len("Nygaard")
    name = Mention("m1", "a1", start, end, "Peter Nygaard", "PERSON", "Peter Nygaard", 0, len(doc.text))
    assert _is_subject(doc, name)


def test_he_after_a_speaker_the_tagger_missed_is_that_speaker(nlp: object) -> None:
    text = (
        "Interior Secretary Paul Kentworth approved the rule in May. Critics called it a gift to oil "
        'companies.\nHall said he was initially worried about "the compressed time frame" in which the '
        'agency acted, but he added that he did not "see any harm" in the final decision.'
    )
    assert [q.speaker for q in quotes_in(nlp, text)] == ["Hall", "Hall"]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # a quote opening the next paragraph goes on from the last one, though its "she said" has no stop
        (
            "Dana Whitcombe, a director at Interlink, spoke to reporters.\n“This will slow trade for days,” "
            "she said\n“If you trade with Europe, the delay will hurt you.”",
            ["Dana Whitcombe", "Dana Whitcombe"],
        ),
        # a sentence ending in a colon on the line before introduces the quote: its subject speaks
        (
            "General Manager Rick Adler issued the following statement on the arrest:\n“We are aware of the "
            "issue involving Vincent. We are disappointed.”",
            ["Rick Adler"],
        ),
    ],
)
def test_quotes_introduced_or_continued_across_a_line(nlp: object, text: str, speakers: list[str]) -> None:
    assert [q.speaker for q in quotes_in(nlp, text)] == speakers


def test_a_role_with_its_portfolio_finds_the_minister_of_it(nlp: object) -> None:
    text = (
        "The Minister of Energy, Pavel Horak, met the Minister of the Environment, Jana Kovarova, on Monday. "
        "The energy minister said prices would fall."
    )
    (quote,) = quotes_in(nlp, text)
    assert quote.speaker == "Pavel Horak"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Dr. Amira Nasser treated the wounded. The doctor said supplies were running out.", "Amira Nasser"),
        ("Sgt. Tom Vail led the patrol. The sergeant said the road was mined.", "Tom Vail"),
    ],
)
def test_an_abbreviated_title_is_the_role_a_later_noun_names(nlp: object, text: str, speaker: str) -> None:
    (quote,) = quotes_in(nlp, text)
    assert quote.speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker", "not_speaker"),
    [
        # an adjective before the role noun that no role holds is no portfolio: the one mayor named
        (
            "Mayor Clara Oste faced criticism all week. The embattled mayor said she would stay.",
            "Clara Oste",
            None,
        ),
        # a plural opening a sentence is no untagged name a later "he" stands for
        (
            "The fisherman Ivo Renner lost his boat in the storm. Neighbours said the harbour flooded at "
            "dawn. He said he saw nothing.",
            "Ivo Renner",
            "Neighbours",
        ),
        # one who reads out another's words does not speak them
        (
            "Singer Mara Kell stayed away. Her agent read a statement from her:\n“I will repay every cent "
            "that I owe.”",
            None,
            "Her agent",
        ),
        # the answer to a question is not the asker's
        (
            "“Where were you at midnight?” the detective asked\n“I was at home with my wife all night.”",
            None,
            "the detective",
        ),
    ],
)
def test_what_the_speaker_review_kept_apart(
    nlp: object, text: str, speaker: str | None, not_speaker: str | None
) -> None:
    last = quotes_in(nlp, text)[-1]
    assert last.speaker == speaker and last.speaker != not_speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a rank written short keeps its period, so the sentence goes on to the name
        ('"We must act now," said Dist. Atty. Maria Lopez.', "Maria Lopez"),
        ('"It was over," said Asst. Chief Tom Reyes of the fire department.', "Tom Reyes"),
        # whose rep it is, is not who speaks
        (
            'Anna Berg has left the band, her rep said.\n"Anna Berg is resting at home," Berg\'s rep told '
            "reporters.",
            "Berg's rep",
        ),
        # "she" for the spokeswoman who spoke last, whom the tagger names no way
        (
            "A police spokeswoman said other shops suffered smoke damage.\nRoads were closed, but the "
            'spokeswoman said they were reopened by noon.\nShe added: "The focus has been the safety of the '
            'public."',
            "A police spokeswoman",
        ),
        # "they" for the plural that spoke last, not a name before it
        (
            "The Daily Courier reported the fire.\nPolice said the owner was not home.\nThey said the cause "
            "would be known next week.",
            "Police",
        ),
        # the one quoted in the passive speaks, not the outlet
        (
            "Heidar Osmani, the governor of the island, was quoted by state television as saying rescue "
            "teams had arrived.",
            "Heidar Osmani",
        ),
        # a surname the tagger took for a people's name is still the person named in full
        (
            "Stanley Perlo, one of the lawyers, spoke first.\nPerlo said his client was innocent.",
            "Stanley Perlo",
        ),
        # the one who said it, not the document that tells of it
        (
            'Lena Hart was charged on Friday.\n"I do not feel anything," she said, according to the police '
            "report.",
            "Lena Hart",
        ),
        # a described speaker whose words go on past the noun, and nouns of either gender
        (
            "A spokesman for the hospital said the boy was stable. He said the parents were with him.",
            "A spokesman for the hospital",
        ),
        (
            "A firefighter at the scene said the roof collapsed. She said nobody was hurt.",
            "A firefighter at the scene",
        ),
        # a newspaper called "the paper"
        (
            'The Hartford Courant warned that prices would rise.\n"If nothing is done, the anger will '
            'sweep everything away," the paper said.',
            "Hartford Courant",
        ),
    ],
)
def test_what_the_december_quote_batch_taught(nlp: object, text: str, speaker: str) -> None:
    last = quotes_in(nlp, text)[-1]
    assert last.speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a spokesman is no "she"
        ("A police spokesman said the road was shut. She said the plan was fine.", None),
        # a name in apposition to a rep is the rep
        ('"She is resting," Anna Berg\'s rep, Carl Moss, said.', "Carl Moss"),
        # a state written short may end its sentence
        ("The fair will be held in Durango, Col. Organizers said they expect 20,000 visitors.", None),
        # one's own statement is one's own
        (
            "Senator Aldo Ferran spoke on Monday. Ferran's statement said he would not run again.",
            "Aldo Ferran",
        ),
        # no "she" or "he" stands for a staff or a board
        ("Hospital staff said the boy was alert. She said his parents were with him.", None),
        (
            "Principal Greg Sato heard of the closure on Tuesday. The school board said enrollment had "
            "fallen. He said he was disappointed.",
            "Greg Sato",
        ),
        # "the paper" is a newspaper named before, not the company that sued it, nor a study's authors
        (
            "Kellan Motors sued the Bayside Herald on Monday. The paper said it would fight the suit.",
            "Bayside Herald",
        ),
        (
            "Researchers at Kettering University published a paper in the journal Cell Biology Reports. The "
            "paper said the protein could slow tumor growth.",
            "The paper",
        ),
        # a people's word used of a noun is no one's surname
        (
            "Derek Christian, the pastor of Grace Chapel, led the vigil. Christian groups said they would "
            "hold another.",
            "Christian groups",
        ),
        # an unnamed source is no "she": sources go ungendered, and the "she" is more often someone named
        (
            "Minister Ada Lunde spoke. According to a police source, the suspect fled. "
            '"He is dangerous," she said.',
            "Ada Lunde",
        ),
        # "Police" opening a sentence is no name a "he" stands for
        ("Police said the driver had been drinking. He said he had only had two beers.", None),
        # what one told is theirs, whoever reports it; an act told "according to" a source is the source's
        ("According to prosecutors, Ray Delgado told investors the fund was safe.", "Ray Delgado"),
        ("The company announced 300 layoffs on Thursday, according to Reuters.", "Reuters"),
    ],
)
def test_what_the_december_quote_batch_kept_apart(nlp: object, text: str, speaker: str | None) -> None:
    last = quotes_in(nlp, text)[-1]
    assert last.speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a name with an apostrophe is a name
        (
            "The delay surprised producer Matthew O'Brien.\n\"Absolutely not,\" O'Brien said when asked "
            "about it.",
            "Matthew O'Brien",
        ),
        # the verb nearest the quote is its cue, not a question asked before it
        ('When the prosecutor asked whether she had run, Ann Lutz answered, "Yes."', "Ann Lutz"),
        # a quote opening the paragraph after one's reported words goes on with them
        (
            'Two deaths so close together were unusual for the season, Inspector Dave Gaskin said.\n"We do '
            'not normally get many climbing accidents at this time of year, it is still winter."',
            "Dave Gaskin",
        ),
        # "they" opening a sentence stands for the plural subject of the one before
        (
            "Critics of the Endangered Species Act often substitute anecdote for fact.\nThey have argued "
            "that consultation with scientists means delay.",
            "Critics of the Endangered Species Act",
        ),
    ],
)
def test_what_the_second_december_quote_batch_taught(nlp: object, text: str, speaker: str) -> None:
    assert quotes_in(nlp, text)[-1].speaker == speaker


def test_the_subjects_own_name_speaks_though_the_tagger_typed_it_a_place(nlp: object) -> None:
    text = '"We have nothing left to give," said Stavros Kaloudis, a baker in the Athens suburb of Glyfada.'
    doc = parse(nlp, text, {"Stavros Kaloudis": "LOC", "Glyfada": "PERSON"})
    article = Article(id="t", source="t", format="text", title=None, text=text)
    (quote,) = extract_quotes(article, doc, extract_mentions(article, doc))
    assert quote.speaker == "Stavros Kaloudis"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # things do not speak: no "they" for prices or storms
        ("Prices rose sharply in March. They said the increase was temporary.", None),
        ("Storms hit the coast on Sunday. They said power could be out for days.", None),
        # ... but commuters and regulators do
        ("Commuters waited for hours on Monday. They said the trains were packed.", "Commuters"),
        # a bare participle the parser made a subject is none: the one who spoke before goes on
        ('"We will see," Navarro said when asked about it, and when pressed added, "Probably."', "Navarro"),
    ],
)
def test_what_the_second_speaker_review_kept_apart(nlp: object, text: str, speaker: str | None) -> None:
    found = quotes_in(nlp, text)
    assert (found[-1].speaker if found else None) == speaker


def test_a_sign_after_reported_words_is_no_quote_of_theirs(nlp: object) -> None:
    text = 'The board approved the plan, chairwoman Lisa Greer said.\n"Vote Early, Vote Often" read a sign.'
    assert not any(q.text.startswith("Vote") and q.speaker for q in quotes_in(nlp, text))


def test_one_asked_is_not_the_asker(nlp: object) -> None:
    text = '"Absolutely not," Dana Ruiz said when asked whether she had noticed any warning signs.'
    asked = [q for q in quotes_in(nlp, text) if q.text.startswith("whether")]
    assert all(q.speaker is None for q in asked)


def test_indirect_speech_and_according_to(nlp: object) -> None:
    text = (
        "Port director Karl Brandt said that the cranes would be repaired within a month.\n\n"
        "According to the ministry, the repairs will cost less than expected."
    )
    first, second = quotes_in(nlp, text)
    assert (first.kind, first.text, first.speaker) == (
        "indirect",
        "the cranes would be repaired within a month",
        "Karl Brandt",
    )
    assert (second.kind, second.cue, second.speaker) == ("indirect", "According to", "the ministry")
    assert second.text == "the repairs will cost less than expected"


def test_mixed_quote_keeps_its_marks_inside_the_span(nlp: object) -> None:
    text = "The opposition leader Marta Gil said the plan was “dead on arrival” and should be withdrawn."
    (q,) = quotes_in(nlp, text)
    assert q.kind == "mixed" and "“dead on arrival”" in q.text and q.speaker == "Marta Gil"


def test_audience_and_venue(nlp: object) -> None:
    text = (
        "Foreign Minister Leo Varga told reporters that talks would resume.\n\n"
        "“Nothing has been signed,” Varga said at a press conference in Geneva."
    )
    first, second = quotes_in(nlp, text)
    assert first.audience == "reporters"
    assert second.audience == "a press conference in Geneva" and second.speaker == "Leo Varga"


def test_titles_and_scare_quotes_are_not_quotations(nlp: object) -> None:
    text = (
        "The so-called “peace dividend” never arrived.\n\n"
        "Her documentary “Silent Harbour” opened in Lisbon last year."
    )
    assert quotes_in(nlp, text) == []


def test_unknown_speaker_stays_unknown(nlp: object) -> None:
    text = "It was reported that the ferry company had filed for bankruptcy."
    (q,) = quotes_in(nlp, text)
    assert q.kind == "indirect" and q.speaker is None


def test_a_definite_role_takes_the_fuller_description(nlp: object) -> None:
    text = (
        "A spokeswoman for the port authority did not deny the report.\n\n"
        "“We are looking at every option,” the spokeswoman said."
    )
    (q,) = quotes_in(nlp, text)
    assert q.speaker == "A spokeswoman for the port authority"


def test_a_continuation_quote_keeps_the_speaker(nlp: object) -> None:
    text = "“The docks will reopen,” Captain Ivo Peric said. “But not before the inspectors sign off.”"
    first, second = quotes_in(nlp, text)
    assert first.speaker == second.speaker == "Ivo Peric"
    assert second.cue is None


def test_a_speaker_never_runs_over_a_sentence_boundary(nlp: object) -> None:
    text = "John Smith visited the port on Tuesday. Officials said five people had been rescued."
    (q,) = quotes_in(nlp, text)
    assert q.speaker == "Officials"


def test_empty_text_has_no_quotes(nlp: object) -> None:
    assert quotes_in(nlp, "") == []
    assert quotes_in(nlp, "   \n  ") == []


# -- storage, the command and export ---------------------------------------------------------------------


ARTICLE = """Title: {title}
Date: {date}

{lead}

“We will not allow the harbour to be sold to a foreign fund, whatever the offer,” Mayor Lina Berg told \
reporters on {day}.

Berg said the city council would vote on the sale next week.
"""


@pytest.fixture
def two_outlets(tmp_path: Path, nlp: object) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(
        ARTICLE.format(
            title="Mayor rejects harbour sale",
            date="2024-03-04",
            day="Monday",
            lead="The mayor of Porto Vale rejected an offer to buy the city harbour from a foreign fund.",
        )
    )
    (folder / "b.txt").write_text(
        ARTICLE.format(
            title="Porto Vale mayor says harbour not for sale [bold]x[/bold]",
            date="2024-03-05",
            day="Monday",
            lead="Porto Vale's mayor turned down a bid for the harbour by an investment fund from abroad.",
        )
    )
    return folder


def test_quotes_are_stored_grouped_listed_and_exported(
    two_outlets: Path, tmp_path: Path, cli: Callable[..., object]
) -> None:
    path = tmp_path / "q.db"
    cli("ingest", two_outlets, "--db", path, "--no-embeddings")
    with Database(path) as db:
        (story,) = list_stories(db)
        stored = quotes_of(db, story.article_ids)
        assert sum(len(q) for q in stored.values()) >= 4
        groups = story_quote_groups(db, story)
        shared = next(g for g in groups if "foreign fund" in g.text)
        assert len(shared.article_ids) == 2 and shared.speaker == "Lina Berg"
        assert shared.speaker_entity_id is not None
        assert pending_article_ids(db, "quotes", 1) == []
        exported = export_data(db)["stories"][0]["quotes"]
    record = next(r for r in exported if "foreign fund" in r["text"])
    assert set(record) >= {
        "text",
        "speaker",
        "speaker_entity_id",
        "kind",
        "article_ids",
        "spans",
        "origin_count",
    }
    listed = cli("quotes", "--db", path, "--speaker", "berg")
    out = listed.output  # type: ignore[attr-defined]
    assert "Lina Berg" in out and "foreign fund" in out
    records = json.loads(cli("quotes", "--db", path, "--json").output)  # type: ignore[attr-defined]
    assert any(r["text"] == shared.text and len(r["article_ids"]) == 2 for r in records)
    nobody = cli("quotes", "--db", path, "--speaker", "nobody-of-that-name")
    assert "no quotes" in nobody.output  # type: ignore[attr-defined]


def test_a_second_analysis_does_not_duplicate_quotes_and_an_edited_text_is_read_again(
    two_outlets: Path, db: Database, nlp: object
) -> None:
    ingest(db, [str(two_outlets)])
    analyse(db)
    (story,) = list_stories(db)
    before = {a: [q.id for q in qs] for a, qs in quotes_of(db, story.article_ids).items()}
    analyse(db)
    assert {a: [q.id for q in qs] for a, qs in quotes_of(db, story.article_ids).items()} == before
    article = db.get_article(story.article_ids[0])
    db.update_clean_text(article.id, article.text.replace("whatever the offer", "at any price"), ())
    assert article.id not in quotes_of(db, [article.id])
    assert pending_article_ids(db, "quotes", 1) == [article.id]
    analyse(db)
    assert any("at any price" in q.text for q in quotes_of(db, [article.id])[article.id])


def test_untrusted_quote_text_is_shown_literally(
    two_outlets: Path, tmp_path: Path, cli: Callable[..., object]
) -> None:
    (two_outlets / "c.txt").write_text(
        "Title: Harbour vote\nDate: 2024-03-06\n\n"
        "The council of Porto Vale met about the harbour sale and the foreign fund.\n\n"
        "“[red]Vote no[/red] on the harbour sale, whatever the offer,” Mayor Lina Berg told the council.\n"
    )
    path = tmp_path / "q.db"
    cli("ingest", two_outlets, "--db", path, "--no-embeddings")
    shown = CliRunner().invoke(app, ["quotes", "--db", str(path)], env={"COLUMNS": "250"})
    assert "[red]Vote no[/red]" in shown.output


# -- the seeds -------------------------------------------------------------------------------------------


@pytest.mark.slow
@pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/seeds not found")
def test_seed_officials_are_quoted_with_their_speakers_and_shared_quotes_are_one(db: Database) -> None:
    try:
        nlp_model()
    except Exception as exc:
        pytest.skip(str(exc))
    ingest(db, [str(SEEDS)])
    analyse(db)
    (story,) = list_stories(db)
    groups = story_quote_groups(db, story)

    def speaker_of(words: str) -> str | None:
        found = [g for g in groups if words in g.text]
        assert found, words
        return found[0].speaker

    assert speaker_of("We have nothing to do with it") == "Sergey Lavrov"  # Russia
    assert speaker_of("dwell with mercenaries") == "Florence Parly"  # France
    assert speaker_of("enhance our relationship with the Mali government") == "Josep Borrell"  # EU
    assert speaker_of("in complete respect for human rights") == "Jean-Pierre Lacroix"  # UN
    assert speaker_of("his government was justified") == "Choguel Kokalla Maiga"  # Mali
    assert speaker_of("incompatible with our presence") in ("Le Drian", "Jean-Yves Le Drian", "Yves Le Drian")
    shared = [g for g in groups if len(g.article_ids) > 1]
    assert any("diversify its relationships" in g.text and g.origin_count == 2 for g in shared)
    assert any("haven" in g.text and "signed anything with Wagner" in g.text for g in shared)


def test_the_name_in_apposition_speaks_whatever_the_tagger_calls_it(nlp: object) -> None:
    # The tagger may call an unfamiliar person a place and a place a person; the apposition says who it is.
    text = "The governor of Velmora, Ines Marvao, promised a search: “We will not rest until all are found.”"
    article = Article(id="t", source="t", format="text", title=None, text=text)
    doc = parse(nlp, text, {"Velmora": "PERSON", "Ines Marvao": "GPE"})
    (q,) = extract_quotes(article, doc, extract_mentions(article, doc))
    assert q.speaker == "Ines Marvao"


@pytest.mark.parametrize(
    "text",
    [
        "The harbour authority did not say whether the ferry would run on Sunday.",
        "Mayor Ilse Varga declined to predict when the Tamsin Bridge would reopen.",
        "Varga would never say who had paid for the repairs.",
    ],
)
def test_what_someone_did_not_say_is_no_quote(nlp: object, text: str) -> None:
    assert quotes_in(nlp, text) == []


def test_a_denial_inside_what_was_said_is_still_a_quote(nlp: object) -> None:
    # controls: the "not" belongs to what was said, not to the saying
    (quote,) = quotes_in(nlp, "Mayor Ilse Varga said the council would not pay for the repairs.")
    assert quote.text == "the council would not pay for the repairs" and quote.speaker == "Ilse Varga"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            '"We are rolling out the first ferry of the new fleet," enthused Ilse Varga, the harbour master.',
            "Ilse Varga",
        ),
        ('"It was a wonderful night for Orsk Vale," gushed Tomas Reyes.', "Tomas Reyes"),
        ('"Not again," sighed Marta Gil as the bridge closed for the third time.', "Marta Gil"),
    ],
)
def test_verbs_of_manner_of_speaking_attribute_a_quote(nlp: object, text: str, speaker: str) -> None:
    (quote,) = quotes_in(nlp, text)
    assert quote.speaker == speaker


def test_pleading_guilty_is_no_quote(nlp: object) -> None:
    # control: a verb of saying added for its speech sense says nothing without words said
    assert quotes_in(nlp, "Tomas Reyes pleaded guilty to fraud in the Orsk Vale court on Monday.") == []
