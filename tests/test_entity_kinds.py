"""What kind of thing a name names when the tagger was wrong, as the second blind parties batch of December
found: a person's name ending in a body's word, and a brand the tagger calls a product as often as an
organisation. Each sentence is the team's own; each case failed before the rule it tests, except the
controls."""

from __future__ import annotations

import pytest

from storyline.entities import extract_mentions
from storyline.entity_kinds import no_name
from storyline.records import Article


def _article(text: str) -> Article:
    return Article(id="k1", source="t", format="text", title=None, text=text)


def _tagged(nlp: object, text: str, labels: list[tuple[str, int, str]]) -> object:
    """``text`` parsed, its names replaced by (words, occurrence, label)."""
    doc = nlp(text)  # type: ignore[operator]
    spans = []
    for words, nth, label in labels:
        start = -1
        for _ in range(nth + 1):
            start = text.index(words, start + 1)
        spans.append(doc.char_span(start, start + len(words), label=label))  # type: ignore[attr-defined]
    doc.ents = spans  # type: ignore[attr-defined]
    return doc


def test_a_person_tagged_name_ending_in_police_is_the_force(nlp: object) -> None:
    text = "Troy Police Chief Gerry Scherlinck said officers found a shotgun box."
    doc = _tagged(nlp, text, [("Troy Police", 0, "PERSON"), ("Gerry Scherlinck", 0, "PERSON")])
    types = {m.text: m.type for m in extract_mentions(_article(text), doc)}
    assert types["Troy Police"] == "ORG" and types["Gerry Scherlinck"] == "PERSON"


def test_a_family_name_that_is_also_a_body_word_stays_a_persons(nlp: object) -> None:
    text = "Sprinter Lillian Board won the final on Monday."
    doc = _tagged(nlp, text, [("Lillian Board", 0, "PERSON")])
    (mention,) = extract_mentions(_article(text), doc)
    assert mention.type == "PERSON"


def test_a_brand_tagged_a_product_as_often_as_an_organisation_is_the_organisation(nlp: object) -> None:
    text = "Shoppers queued at Halbrook on Monday.\nA statement from Halbrook said all stores had reopened."
    doc = _tagged(nlp, text, [("Halbrook", 0, "PRODUCT"), ("Halbrook", 1, "ORG")])
    assert {m.type for m in extract_mentions(_article(text), doc)} == {"ORG"}


def test_a_product_mostly_tagged_so_stays_a_product(nlp: object) -> None:
    text = (
        "The Zephyr 5 sold out. Critics praised the Zephyr 5, and Velto said the Zephyr 5 would ship in May."
    )
    labels = [("Zephyr 5", 0, "PRODUCT"), ("Zephyr 5", 1, "PRODUCT"), ("Zephyr 5", 2, "ORG")]
    doc = _tagged(nlp, text, labels)
    assert {m.type for m in extract_mentions(_article(text), doc)} == {"PRODUCT"}


@pytest.mark.parametrize(
    ("text", "name", "label", "expected"),
    [
        ("the iPod Mini, which held 6GB", "6GB", "GPE", True),
        ("a cable of 100 km", "100 km", "LOC", True),
        ("Tuesday 28 April 2009 22. 34 BST", "BST", "ORG", True),
        ("Fri Aug 2, 2013 6: 50pm EDT", "EDT", "ORG", True),
        # controls: a company called by a number and a letter, a model, an ordinal street, a name, and a
        # company or a party whose initials are a time zone's
        ("shares of 3M rose", "3M", "ORG", False),
        ("the Boeing 737 Max was grounded", "737 Max", "PRODUCT", False),
        ("the 737 Max was grounded", "737 Max", "GPE", False),
        ("on 7th Avenue", "7th", "GPE", False),
        ("a flight to Denver", "Denver", "GPE", False),
        ("UTC agreed to buy Goodrich", "UTC", "ORG", False),
        ("Carmen Diaz of the PST party won", "PST", "ORG", False),
        ("the Program CET", "CET", "ORG", False),
    ],
)
def test_measures_and_time_zones_are_no_names(text: str, name: str, label: str, expected: bool) -> None:
    start = text.index(name)
    assert no_name(text, start, start + len(name), label) is expected


@pytest.mark.parametrize("titled", ["Sergeant Tom Army", "Dr. Karen Hospital"])
def test_a_person_whose_surname_is_a_body_word_stays_a_person(nlp: object, titled: str) -> None:
    name = titled.split(" ", 1)[1]
    text = f"{titled} led the team on Monday."
    doc = _tagged(nlp, text, [(name, 0, "PERSON")])
    (mention,) = extract_mentions(_article(text), doc)
    assert mention.type == "PERSON"


@pytest.mark.parametrize(
    ("tagged", "name", "role"),
    [
        # a lower-case word the tagger ran into a name is a role
        ("godfather Vincent Gigante", "Vincent Gigante", "godfather"),
        # ... but a particle of a name stays in it, and so does a name written all in lower case
        ("Charles de Gaulle", "Charles de Gaulle", None),
        ("de Gaulle", "de Gaulle", None),
        ("bint Bandar", "bint Bandar", None),
        ("ould Ghazouani", "ould Ghazouani", None),
        ("danah boyd", "danah boyd", None),
        # a short role word too
        ("aide Tom Hale", "Tom Hale", "aide"),
    ],
)
def test_a_lower_case_word_opening_a_person_span_is_a_role(
    nlp: object, tagged: str, name: str, role: str
) -> None:
    text = f"The ailing {tagged} spoke in court on Monday."
    doc = _tagged(nlp, text, [(tagged, 0, "PERSON")])
    (mention,) = extract_mentions(_article(text), doc)
    assert (mention.text, mention.role) == (name, role)


def test_a_company_before_its_officers_title_is_the_company(nlp: object) -> None:
    # (fourth parties batch) the tagger's person "Velto CTO" is the company and the title is the person's role
    text = "The flaw is serious, Velto CTO Wolfgang Kandek said on Monday."
    doc = _tagged(nlp, text, [("Velto CTO", 0, "PERSON"), ("Wolfgang Kandek", 0, "PERSON")])
    found = {m.text: (m.type, m.role) for m in extract_mentions(_article(text), doc)}
    assert found["Velto"] == ("ORG", None) and found["Wolfgang Kandek"] == ("PERSON", "Velto CTO")


@pytest.mark.parametrize("name", ["Lucia Ceo", "Paolo Cio"])
def test_a_surname_like_an_officers_title_stays_a_persons(nlp: object, name: str) -> None:
    text = f"{name}, a nurse in Milan, spoke on Monday."
    doc = _tagged(nlp, text, [(name, 0, "PERSON")])
    (mention,) = extract_mentions(_article(text), doc)
    assert (mention.text, mention.type) == (name, "PERSON")
