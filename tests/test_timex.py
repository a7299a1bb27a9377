"""Time expressions: detection and TimeML normalisation (storyline.timex), and the MEANTIME ``time`` task."""

from __future__ import annotations

import itertools
from datetime import date, datetime
from pathlib import Path

import pytest

from storyline.eval.corpus import DataMissing, data_path
from storyline.eval.registry import EvalContext
from storyline.eval.time_task import run
from storyline.records import TimeExpression
from storyline.timex import find_timexes, timex_to_interval

ANCHOR = "2021-09-15"  # a Wednesday, ISO week 37
REPO = Path(__file__).resolve().parent.parent
DATA = data_path() if data_path().is_absolute() else (REPO / data_path())


def only(text: str, anchor: date | datetime | str | None = ANCHOR) -> TimeExpression:
    """The single time expression ``text`` holds."""
    found = find_timexes(text, anchor, "a1")
    assert len(found) == 1, [(t.text, t.value) for t in found]
    return found[0]


def values(text: str, anchor: date | datetime | str | None = ANCHOR) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in find_timexes(text, anchor)]


# -- the issue's examples ------------------------------------------------------------------------------------


def test_a_week_that_owns_a_noun_is_not_the_weekday_s() -> None:
    assert values("Police said on Monday last week's riot was planned.") == [
        ("Monday", "2021-09-13"),
        ("last week", "2021-W36"),
    ]
    assert values("Pickets formed every Friday last week.")[0] == ("every Friday", "XXXX-WXX-5")


@pytest.mark.parametrize(
    ("sentence", "span", "kind", "value", "granularity"),
    [
        ("The minister resigned on Monday.", "Monday", "DATE", "2021-09-13", "day"),
        ("Rebels attacked a base last Monday.", "last Monday", "DATE", "2021-09-13", "day"),
        # a weekday with its week: that day of the week before, of or after the article's
        ("The firm went public on Monday of last week.", "Monday of last week", "DATE", "2021-09-06", "day"),
        ("The vote is on Thursday next week.", "Thursday next week", "DATE", "2021-09-23", "day"),
        ("They will meet on the Friday of this week.", "Friday of this week", "DATE", "2021-09-17", "day"),
        ("The strike ended on Monday this week.", "Monday this week", "DATE", "2021-09-13", "day"),
        ("The envoy flew home last week.", "last week", "DATE", "2021-W36", "week"),
        ("Talks broke down last June.", "last June", "DATE", "2021-06", "month"),
        ("Elections are planned this summer.", "this summer", "DATE", "2021-SU", "season"),
        ("The plant opened in early 2022 after delays.", "early 2022", "DATE", "2022", "year"),
        ("Troops should leave by the end of the year.", "the end of the year", "DATE", "2021", "year"),
        ("The mission has run since 2013.", "2013", "DATE", "2013", "year"),
        ("The country became independent in 1960.", "1960", "DATE", "1960", "year"),
        ("Prices will stay high in the medium term.", "the medium term", "DATE", "FUTURE_REF", "ref"),
    ],
)
def test_issue_examples(sentence: str, span: str, kind: str, value: str, granularity: str) -> None:
    found = only(sentence)
    assert (found.text, found.type, found.value, found.granularity) == (span, kind, value, granularity)
    assert sentence[found.start : found.end] == span
    assert found.article_id == "a1" and found.anchored


def test_thirty_years_later_counts_from_the_last_date_told() -> None:
    found = find_timexes(
        "The colony broke away in 1960. Thirty years later, a coup ended the republic.", ANCHOR
    )
    later = found[-1]
    assert (later.text, later.type, later.value, later.anchor) == (
        "Thirty years later",
        "DATE",
        "1990",
        "1960",
    )
    assert later.anchored


def test_the_same_day_is_the_day_last_told_of_not_a_year_mentioned_after_it() -> None:
    text = (
        "Ties began in 1961 and ended thirty years later. Paris announced an overhaul in June. "
        "Le Drian spoke on September 14. The same day, Parly spoke."
    )
    same = find_timexes(text, None)[-1]
    # no article date: the day keeps its unknown year rather than becoming 1991
    assert (same.text, same.value, same.granularity, same.anchored) == (
        "The same day",
        "XXXX-09-14",
        "day",
        False,
    )
    dated = find_timexes(text, "2021-09-20")[-1]
    assert (dated.value, dated.anchor, dated.anchored) == ("2021-09-14", "2021-09-14", True)
    # the last date told of, even a coarser one, not an older finer one: background first, news after
    news = (
        "The accord was signed on 12 January 2023. Earlier this month, rebels stormed the capital, "
        "and the next day the president fled."
    )
    assert find_timexes(news, "2025-03-14")[-1].value == "2025-03"
    # a time of day is a day told of
    told = "On March 3, 2020 talks began. On Thursday morning a deal was signed. The same day, troops left."
    assert find_timexes(told, "2025-03-14")[-1].value == "2025-03-13"


def test_a_count_from_a_day_of_unknown_year_stays_unknown() -> None:
    found = find_timexes("Talks opened on September 14. The previous day, Parly spoke.", None)[-1]
    assert (found.value, found.anchored) == ("XXXX-XX-XX", False)
    monday = find_timexes("Le Drian spoke on Monday. The same day, Parly spoke.", None)[-1]
    assert (monday.value, monday.granularity) == ("XXXX-WXX-1", "day")


def test_thirty_years_later_without_an_earlier_date_stays_unanchored() -> None:
    later = only("Thirty years later, the rebels came back.")
    assert later.value == "XXXX" and not later.anchored


# -- absolute dates ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The vote took place on September 14, 2021 in the capital.", "2021-09-14"),
        ("The vote took place on 14 September 2021 in the capital.", "2021-09-14"),
        ("The vote took place on Sept. 14 in the capital.", "2021-09-14"),
        ("The vote took place on Sept . 14 , 2021 in the capital.", "2021-09-14"),
        ("The file is dated 2021-09-14.", "2021-09-14"),
        ("The coup came in August 2020.", "2020-08"),
        ("The junta ruled through the 1990s.", "199"),
        ("Profits rose in the third quarter.", "2021-Q3"),
        ("Profits rose in Q2 2020.", "2020-Q2"),
        ("Losses were heavy in the fourth quarter of 2019.", "2019-Q4"),
        ("Results for the first half of 2021 were weak.", "2021-H1"),
        ("The party first won power in '82.", "1982"),
        ("Fiscal 2020 ended badly.", "FY2020"),
        ("Change came in the 20th century.", "19"),
    ],
)
def test_absolute_dates(sentence: str, value: str) -> None:
    assert only(sentence).value == value


def test_yearless_dates_take_the_year_the_tense_points_to() -> None:
    assert only("The deal was signed on December 20.", "2022-01-05").value == "2021-12-20"
    assert only("The summit will open on January 10.", "2021-12-28").value == "2022-01-10"
    assert only("Sales fell in November.", "2022-02-01").value == "2021-11"


# -- relative dates ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "value", "kind"),
    [
        ("The ministry confirmed the figures today.", "2021-09-15", "DATE"),
        ("Two soldiers died yesterday.", "2021-09-14", "DATE"),
        ("The court rules tomorrow.", "2021-09-16", "DATE"),
        ("The president speaks tonight.", "2021-09-15TNI", "TIME"),
        ("Aid workers arrived this morning.", "2021-09-15TMO", "TIME"),
        ("The convoy left Tuesday morning.", "2021-09-14TMO", "TIME"),
        ("Shares closed at 3 p.m. on the exchange.", "2021-09-15T15:00", "TIME"),
        ("The plane landed at 16:08 UTC Monday.", "2021-09-13T16:08Z", "TIME"),
        ("The talks ended next month, he said wrongly.", "2021-10", "DATE"),
        ("The plan was drawn up this year.", "2021", "DATE"),
        ("The ceasefire collapsed two weeks ago.", "2021-W35", "DATE"),
        ("A new budget is due next year.", "2022", "DATE"),
        ("Protests spread over the weekend.", "2021-W36-WE", "DATE"),
    ],
)
def test_relative_dates(sentence: str, value: str, kind: str) -> None:
    found = only(sentence)
    assert (found.value, found.type) == (value, kind)
    assert found.anchor == ANCHOR


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The mission is now in its ninth year of work.", "PRESENT_REF"),
        ("Some 13,000 troops are currently deployed.", "PRESENT_REF"),
        ("The army recently bought drones.", "PAST_REF"),
        ("More troops may be sent in the future.", "FUTURE_REF"),
    ],
)
def test_reference_words(sentence: str, value: str) -> None:
    found = [t for t in find_timexes(sentence, ANCHOR) if t.granularity == "ref"]
    assert [t.value for t in found] == [value]


# -- weekdays ------------------------------------------------------------------------------------------------


def test_a_weekday_equal_to_the_article_weekday_is_that_very_day() -> None:
    assert only("The president announced on Wednesday that he would resign.").value == "2021-09-15"


def test_weekdays_look_back_unless_the_sentence_speaks_of_the_future() -> None:
    assert only("The court ruled on Friday.").value == "2021-09-10"
    assert only("The court will rule on Friday.").value == "2021-09-17"
    assert only("The trial is due to open on Monday.").value == "2021-09-20"
    assert only("The envoy arrives next Monday.").value == "2021-09-20"
    assert only("The envoy left last Wednesday.").value == "2021-09-08"


def test_black_monday_is_not_a_weekday() -> None:
    assert all(t.text != "Monday" for t in find_timexes("Markets recalled Black Monday.", ANCHOR))


# -- durations and sets --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The mandate lasts five years.", "P5Y"),
        ("The curfew held for two weeks.", "P2W"),
        ("Detainees were held 30 days without charge.", "P30D"),
        ("The siege lasted thirty-one days.", "P31D"),
        ("Negotiations took almost two and a half years.", "P2.5Y"),
        ("The flight took twelve hours.", "PT12H"),
        ("The army has fought there for several years.", "PXY"),
        ("It is the worst single-day fall.", "P1D"),
        ("A decade of war has passed.", "P10Y"),
    ],
)
def test_durations_stay_durations(sentence: str, value: str) -> None:
    found = only(sentence)
    assert (found.type, found.value, found.granularity) == ("DURATION", value, "duration")


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Inspectors visit every week.", "P1W"),
        ("The report is published annually.", "P1Y"),
        ("The council meets twice a month.", "P1M"),
        ("Each soldier earns 400 euros a month.", "P1M"),
    ],
)
def test_sets(sentence: str, value: str) -> None:
    found = [t for t in find_timexes(sentence, ANCHOR) if t.type == "SET"]
    assert [t.value for t in found] == [value]


def test_may_the_verb_is_no_month() -> None:
    assert find_timexes("Prices may rise. May sales were up.", ANCHOR) == []
    assert only("The law passed in May.").value == "2021-05"


# -- without an article date ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The minister resigned on Monday.", "XXXX-WXX-1"),
        ("The envoy flew home last week.", "XXXX-WXX"),
        ("Talks broke down last June.", "XXXX-06"),
        ("Two soldiers died yesterday.", "XXXX-XX-XX"),
        ("Elections are planned this summer.", "XXXX-SU"),
        ("The vote took place on Sept. 14.", "XXXX-09-14"),
        ("Profits rose in the third quarter.", "XXXX-Q3"),
    ],
)
def test_relative_values_are_never_guessed_without_an_anchor(sentence: str, value: str) -> None:
    found = only(sentence, None)
    assert (found.value, found.anchored, found.anchor) == (value, False, None)


def test_absolute_values_and_durations_need_no_anchor() -> None:
    assert values("It began on 14 September 2021 and lasted five years.", None) == [
        ("14 September 2021", "2021-09-14"),
        ("five years", "P5Y"),
    ]
    assert all(t.anchored for t in find_timexes("It began on 14 September 2021.", None))


def test_anchor_forms() -> None:
    assert only("It happened yesterday.", date(2021, 9, 15)).value == "2021-09-14"
    assert only("It happened yesterday.", datetime(2021, 9, 15, 23, 0)).value == "2021-09-14"
    assert only("It happened yesterday.", "2021-09-15T08:00:00+00:00").value == "2021-09-14"
    with pytest.raises(ValueError, match="not an ISO 8601 date"):
        find_timexes("It happened yesterday.", "last Tuesday")


# -- bad inputs ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text", ["", "   \n ", "The minister spoke to reporters.", "A 3-2 vote; 747 jets; 2,000 troops."]
)
def test_text_without_time_gives_nothing(text: str) -> None:
    assert find_timexes(text, ANCHOR) == []


def test_expressions_do_not_cross_lines_and_do_not_overlap() -> None:
    text = "Rebels seize town Friday\nSeptember 18, 2021\nRebels took the town on Friday."
    found = find_timexes(text, "2021-09-18")
    assert [t.text for t in found] == ["Friday", "September 18, 2021", "Friday"]
    assert all(a.end <= b.start for a, b in itertools.pairwise(found))


# -- intervals -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "first", "last"),
    [
        ("2021-09-14", date(2021, 9, 14), date(2021, 9, 14)),
        ("2021-09-14TMO", date(2021, 9, 14), date(2021, 9, 14)),
        ("2021-09", date(2021, 9, 1), date(2021, 9, 30)),
        ("2021-W37", date(2021, 9, 13), date(2021, 9, 19)),
        ("2021-W37-WE", date(2021, 9, 18), date(2021, 9, 19)),
        ("2021-Q3", date(2021, 7, 1), date(2021, 9, 30)),
        ("2021-H2", date(2021, 7, 1), date(2021, 12, 31)),
        ("2021-SU", date(2021, 6, 1), date(2021, 8, 31)),
        ("2021-WI", date(2021, 12, 1), date(2022, 2, 28)),
        ("2021", date(2021, 1, 1), date(2021, 12, 31)),
        ("199", date(1990, 1, 1), date(1999, 12, 31)),
        ("20", date(2000, 1, 1), date(2099, 12, 31)),
    ],
)
def test_timex_to_interval(value: str, first: date, last: date) -> None:
    assert timex_to_interval(value) == (first, last)


@pytest.mark.parametrize("value", ["P5Y", "PRESENT_REF", "XXXX-06", "XXXX-WXX-1", "2021-13", "", "nonsense"])
def test_timex_to_interval_of_non_dates(value: str) -> None:
    assert timex_to_interval(value) is None


# -- the MEANTIME task ---------------------------------------------------------------------------------------


def test_task_says_when_data_is_missing(tmp_path: Path) -> None:
    with pytest.raises(DataMissing):
        run(EvalContext(tmp_path, tmp_path, tmp_path), "meantime")


@pytest.mark.skipif(not DATA.is_dir(), reason=f"labelled corpora not found at {DATA}")
def test_meantime_scores() -> None:
    result = run(EvalContext.default(DATA), "meantime")
    scores = {(m.split, m.metric): m.score for m in result.measurements}
    assert {s for s, _m in scores} == {"airbus", "apple", "gm", "stock", "all"}
    assert (scores["all", "value accuracy"] or 0) >= 0.85
    assert (scores["all", "relaxed F1"] or 0) >= 0.85
    assert result.checksum and result.details
    assert {"missed", "spurious", "wrong value", "wrong type"} <= set(result.details[0])


@pytest.mark.parametrize(
    ("text", "anchor", "value"),
    [
        # a modal that hedges, not a future: the day two days before, not one a year on
        ("Losses could be blamed on a vote on October 18 to send troops.", "2007-10-20", "2007-10-18"),
        # a future cut out of the cue window, leaving a past participle: ten days on, not a year back
        (
            "Analysts estimated that eight million phones will have been sold by the end of the quarter, "
            "which ends on June 26.",
            "2010-06-16",
            "2010-06-26",
        ),
        # controls: a tense across the new year still picks the near year on either side
        ("The trial will begin on January 3.", "2007-12-28", "2008-01-03"),
        ("The vote was held on December 28.", "2008-01-03", "2007-12-28"),
    ],
)
def test_a_yearless_day_is_not_put_a_year_off_by_a_misleading_tense(
    text: str, anchor: str, value: str
) -> None:
    (found,) = [t for t in find_timexes(text, anchor) if t.granularity == "day"]
    assert found.value == value
