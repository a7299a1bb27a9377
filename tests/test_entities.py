"""Entities: NER corrected by the gazetteer, resolution within an article and across articles.

Sentences here are invented. Resolution tests build mentions by hand (no model); extraction tests run
``en_core_web_md`` and are marked slow. The seeds test reads ``../shared/seeds`` at test time.
"""

from __future__ import annotations

import hashlib

import pytest

from conftest import REPO, parse
from storyline.entities import extract_many, extract_mentions, nlp_model, resolve_entities
from storyline.entity_resolution import ResolutionContext, entity_id, place_led_short_form
from storyline.entity_short_forms import short_form_of
from storyline.gazetteer import country_of_word, fold, lookup_place, skeleton
from storyline.records import Article, Entity, Failure, Mention

SEEDS = REPO.parent / "shared" / "seeds"


def article(text: str, ident: str = "a1") -> Article:
    return Article(id=ident, source=f"{ident}.txt", format="text", title=None, text=text)


def mention(
    article_id: str, name: str, kind: str, canonical: str | None = None, role: str | None = None
) -> Mention:
    ident = hashlib.sha1(f"{article_id}{name}{canonical}".encode()).hexdigest()[:16]
    return Mention(ident, article_id, 0, len(name), name, kind, canonical or name, 0, len(name), role)


def entity_named(entities: list[Entity], name: str) -> Entity:
    found = [e for e in entities if e.name == name or name in e.aliases]
    assert len(found) == 1, (name, [(e.name, e.aliases) for e in found])
    return found[0]


# -- names and the gazetteer (no model) ---------------------------------------------------------------------


def _trim_tagged(doc: object, tagged: str, keep: int, label: str = "PERSON") -> None:
    """Cut the entity ``tagged`` (a name and the word after it, unique in the text) to its first ``keep``
    characters: the name alone, as if the tagger had found it where the name also occurs elsewhere."""
    doc.ents = [  # type: ignore[attr-defined]
        e if e.text != tagged else doc.char_span(e.start_char, e.start_char + keep, label)  # type: ignore[attr-defined]
        for e in doc.ents  # type: ignore[attr-defined]
    ]


def test_fold_drops_diacritics_case_possessive_and_article() -> None:
    assert fold("The Goïta’s") == "goita"
    assert fold("U.S.") == "us"


@pytest.mark.parametrize(("a", "b"), [("Sergey", "Sergei"), ("Choguel", "Shogel"), ("Dmitry", "Dmitri")])
def test_transliteration_variants_share_a_skeleton(a: str, b: str) -> None:
    assert skeleton(a) == skeleton(b)


def test_gazetteer_knows_countries_capitals_and_aliases_with_coordinates() -> None:
    mali = lookup_place("Mali")
    assert mali is not None and mali.kind == "country" and mali.coordinates is not None
    us = lookup_place("the U.S.")
    assert us is not None and us.name == "United States"
    bamako = lookup_place("Bamako")
    assert bamako is not None and bamako.kind == "capital"
    lat, lon = bamako.coordinates or (0.0, 0.0)
    assert 12 < lat < 13.5 and -9 < lon < -7
    assert lookup_place("us") is None  # a lower-case word is not a name
    assert lookup_place("USA") is not None
    uae = lookup_place("UAE")
    assert uae is not None and uae.name == "United Arab Emirates"
    # an ISO alpha-3 code is no name in prose: "the FBI and ATF" are agencies, not a territory
    assert lookup_place("ATF") is None and lookup_place("MLI") is None


# -- resolution across articles (hand-built mentions) --------------------------------------------------------


def test_diacritic_variants_are_one_person_with_evidence() -> None:
    entities = resolve_entities(
        {"a": [mention("a", "Rasmus Ekström", "PERSON")], "b": [mention("b", "Rasmus Ekstrom", "PERSON")]}
    )
    person = entity_named(entities, "Rasmus Ekström")
    assert person.article_ids == ("a", "b")
    assert any("diacritics" in e.reason and e.score > 0 for e in person.evidence)


def test_goita_and_goita_with_diaeresis_are_one() -> None:
    entities = resolve_entities(
        {"a": [mention("a", "Assimi Goita", "PERSON")], "b": [mention("b", "Assimi Goïta", "PERSON")]}
    )
    assert len(entities) == 1


def test_transliterated_first_names_merge() -> None:
    entities = resolve_entities(
        {"a": [mention("a", "Sergey Volkonsky", "PERSON")], "b": [mention("b", "Sergei Volkonsky", "PERSON")]}
    )
    assert len(entities) == 1
    assert any("transliteration" in e.reason for e in entities[0].evidence)


def test_people_sharing_a_surname_or_a_first_name_stay_apart() -> None:
    entities = resolve_entities(
        {
            "a": [mention("a", "Amadou Traoré", "PERSON"), mention("a", "Sergey Volkonsky", "PERSON")],
            "b": [mention("b", "Fatoumata Traoré", "PERSON"), mention("b", "Sergey Baranov", "PERSON")],
        }
    )
    assert len([e for e in entities if e.type == "PERSON"]) == 4


def test_surname_alone_joins_the_only_full_name_but_not_an_ambiguous_one() -> None:
    alone = resolve_entities(
        {"a": [mention("a", "Amadou Traoré", "PERSON")], "b": [mention("b", "Traoré", "PERSON")]}
    )
    assert len(alone) == 1 and "Traoré" in alone[0].aliases
    two = resolve_entities(
        {
            "a": [mention("a", "Amadou Traoré", "PERSON")],
            "b": [mention("b", "Fatoumata Traoré", "PERSON")],
            "c": [mention("c", "Traoré", "PERSON")],
        }
    )
    assert len(two) == 3


def test_organisation_affixes_and_possessives_merge() -> None:
    entities = resolve_entities(
        {
            "a": [mention("a", "Korvin Group", "ORG")],
            "b": [mention("b", "PMC Korvin", "ORG")],
            "c": [mention("c", "Korvin’s", "ORG", canonical="Korvin")],
        }
    )
    assert len(entities) == 1
    assert {"PMC Korvin", "Korvin"} <= set(entities[0].aliases) | {entities[0].name}
    assert all(e.reason and 0 < e.score <= 1 for e in entities[0].evidence)


def test_acronym_merges_across_articles_only_with_shared_context() -> None:
    shared = [mention("x", "Velden", "GPE"), mention("x", "Marta Kowalczyk", "PERSON")]
    with_context = resolve_entities(
        {
            "a": [mention("a", "Northern Fisheries Council", "ORG"), *shared],
            "b": [mention("b", "NFC", "ORG"), *shared],
        }
    )
    assert entity_named(with_context, "Northern Fisheries Council").aliases == ("NFC",)
    without = resolve_entities(
        {"a": [mention("a", "Northern Fisheries Council", "ORG")], "b": [mention("b", "NFC", "ORG")]}
    )
    assert len(without) == 2
    story = resolve_entities(
        {"a": [mention("a", "Northern Fisheries Council", "ORG")], "b": [mention("b", "NFC", "ORG")]},
        ResolutionContext(story_of={"a": "s1", "b": "s1"}),
    )
    assert len(story) == 1


def test_a_title_before_a_name_outvotes_the_taggers_other_guesses() -> None:
    # The tagger calls an unfamiliar name an organisation in two articles and a person, after her title, in
    # two others: the title is the better evidence.
    by_article = {
        "a": [mention("a", "Ines Marvao", "ORG")],
        "b": [mention("b", "Ines Marvao", "ORG")],
        "c": [mention("c", "Ines Marvao", "PERSON", role="Governor")],
        "d": [mention("d", "Ines Marvao", "PERSON")],
    }
    assert entity_named(resolve_entities(by_article), "Ines Marvao").type == "PERSON"


def test_places_carry_coordinates_and_ids_are_stable() -> None:
    entities = resolve_entities({"a": [mention("a", "Bamako", "GPE")], "b": [mention("b", "U.S.", "GPE")]})
    bamako = entity_named(entities, "Bamako")
    assert bamako.coordinates is not None and bamako.place_kind == "capital"
    assert bamako.id == entity_id("Bamako", "GPE")
    us = entity_named(entities, "U.S.")
    assert us.coordinates is not None


# -- extraction (runs the model) -----------------------------------------------------------------------------


@pytest.mark.slow
def test_a_country_tagged_person_becomes_a_place(nlp: object) -> None:
    text = "Officials in Niger said the convoy had crossed the border on Friday."
    doc = parse(nlp, text, {"Niger": "PERSON"})
    (found,) = [m for m in extract_mentions(article(text), doc) if m.text == "Niger"]
    assert found.type == "GPE" and found.ner_label == "PERSON"
    assert found.correction is not None and "gazetteer" in found.correction


@pytest.mark.parametrize(
    ("text", "tags", "tagged", "short", "expected"),
    [
        # a surname joins a full name ending in a generational suffix
        (
            "Arnold Paul Fenwick Jr. escaped on Monday. Fenwick, 49, was caught in Leeds.",
            {"Arnold Paul Fenwick Jr.": "PERSON", "Fenwick,": "PERSON", "Leeds": "GPE"},
            "Fenwick,",
            "Fenwick",
            "Arnold Paul Fenwick Jr.",
        ),
        # a courtesy title keeps a surname from a relative of the other gender
        (
            "Gary Gomes was charged. His mother, Catherine Gomes, was found dead. Mr. Gomes denied it.",
            {"Gary Gomes": "PERSON", "Catherine Gomes": "PERSON", "Gomes denied": "PERSON"},
            "Gomes denied",
            "Gomes",
            "Gary Gomes",
        ),
        # a relative introduced after a possessive and a kinship noun, with no comma, does not take the
        # surname from the person the story is about
        (
            "Dana Whitlock won the seat. Her father Arthur Whitlock watched from the gallery. "
            "Whitlock thanked voters.",
            {"Dana Whitlock": "PERSON", "Arthur Whitlock": "PERSON", "Whitlock thanked": "PERSON"},
            "Whitlock thanked",
            "Whitlock",
            "Dana Whitlock",
        ),
        # nor does the parent a kinship is "of"
        (
            "Rosa Delgado grew up in Lima, the daughter of Mateo Delgado, a tailor. "
            "Delgado studied law in Madrid.",
            {"Rosa Delgado": "PERSON", "Mateo Delgado": "PERSON", "Lima": "GPE", "Delgado studied": "PERSON"},
            "Delgado studied",
            "Delgado",
            "Rosa Delgado",
        ),
        # a priest's "Father" before a name is a title, not a kinship: the surname is his
        (
            "Mayor Ella Brennan opened the hall. Father Louis Brennan blessed it. "
            "Brennan then read a prayer.",
            {"Ella Brennan": "PERSON", "Louis Brennan": "PERSON", "Brennan then": "PERSON"},
            "Brennan then",
            "Brennan",
            "Louis Brennan",
        ),
        # nor after a possessive: "St. Anne's Father Louis Brennan" is the parish's priest
        (
            "Mayor Ella Brennan opened the hall. St. Anne's Father Louis Brennan blessed it. "
            "Brennan then read a prayer.",
            {"Ella Brennan": "PERSON", "Louis Brennan": "PERSON", "Brennan then": "PERSON"},
            "Brennan then",
            "Brennan",
            "Louis Brennan",
        ),
        # a courtesy title never leaves a surname alone: the given name may be wrong for this person, and with
        # no other Young named the title does not split them
        (
            "Sean Young arrived early. Later Ms. Young thanked the crew.",
            {"Sean Young": "PERSON", "Young thanked": "PERSON"},
            "Young thanked",
            "Young",
            "Sean Young",
        ),
    ],
)
def test_a_surname_joins_the_full_name_it_stands_for(
    nlp: object, text: str, tags: dict[str, str], tagged: str, short: str, expected: str
) -> None:
    doc = parse(nlp, text, tags)
    _trim_tagged(doc, tagged, len(short))  # the entity ran the surname into the next word: the surname alone
    found = [m for m in extract_mentions(article(text), doc) if m.text == short]
    assert found and found[0].canonical == expected


@pytest.mark.parametrize(
    ("short", "long", "types", "expected"),
    [
        ("bettie page", "bettie mae page", ("ORG", "ORG"), True),  # the given name says it is a person
        ("w mark felt", "william mark felt", ("PERSON", "PERSON"), True),
        ("gary ross", "gary - ross", ("PERSON", "PERSON"), False),  # a web address's slug
        ("university of california", "university of southern california", ("ORG", "ORG"), False),
        ("george h walker", "george w walker", ("PERSON", "PERSON"), False),
        # a given name may open a school's or a church's name
        ("warren high school", "warren county high school", ("ORG", "ORG"), False),
        ("grace church", "grace community church", ("ORG", "ORG"), False),
    ],
)
def test_short_forms_of_a_persons_name(short: str, long: str, types: tuple[str, str], expected: bool) -> None:
    assert short_form_of(short, long, *types) is expected


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "tags", "same", "apart"),
    [
        # a middle name dropped, where NER took the person for an organisation (the given name says who)
        (
            "Clara Jean Whitfield grew up in Ohio. Later Clara Whitfield moved to Boston.",
            {"Clara Jean Whitfield": "ORG", "Ohio": "GPE", "Clara Whitfield": "ORG", "Boston": "GPE"},
            ("Clara Jean Whitfield", "Clara Whitfield"),
            (),
        ),
        # a given name written as its initial
        (
            "T. Roland Askew chaired the hearing. Thomas Roland Askew had served ten years on the bench.",
            {"T. Roland Askew": "PERSON", "Thomas Roland Askew": "PERSON"},
            ("T. Roland Askew", "Thomas Roland Askew"),
            (),
        ),
        # a sister introduced as one is not the woman whose middle name is hers, nor a father named after
        # his son
        (
            "Patricia Ann Reilly led the union. Her sister Ann Reilly said she fought to the end.",
            None,  # (the tagger's own spans: the shorter name is inside the fuller one)
            (),
            (("Patricia Ann Reilly", "Ann Reilly"),),
        ),
        (
            "Scott Tran was arrested on Monday. Tran's father, Scott Michael Tran, paid the bail.",
            {"Scott Tran": "PERSON", "Scott Michael Tran": "PERSON"},
            (),
            (("Scott Tran", "Scott Michael Tran"),),
        ),
        # but a brother introduced as one and named again without his middle name is still he
        (
            "Senator Edward Kinsella died in August. His brother, Robert Francis Kinsella, was killed "
            "in 1968. Robert Kinsella had been attorney general.",
            {"Edward Kinsella": "PERSON", "Robert Francis Kinsella": "PERSON", "Robert Kinsella": "PERSON"},
            ("Robert Francis Kinsella", "Robert Kinsella"),
            (),
        ),
        # other middle initials name other people; a university is not a shorter-named one
        (
            "George H. Walker met George W. Walker at the University of Southern California. "
            "Both had studied at the University of California.",
            {
                "George H. Walker": "PERSON",
                "George W. Walker": "PERSON",
                "University of Southern California": "ORG",
                "University of California": "ORG",
            },
            (),
            (
                ("George H. Walker", "George W. Walker"),
                ("University of Southern California", "University of California"),
            ),
        ),
    ],
)
def test_a_name_written_fuller_or_shorter_is_one_person(
    nlp: object,
    text: str,
    tags: dict[str, str] | None,
    same: tuple[str, ...],
    apart: tuple[tuple[str, str], ...],
) -> None:
    canonical = {m.text: m.canonical for m in extract_mentions(article(text), parse(nlp, text, tags))}
    assert len({canonical[name] for name in same}) <= 1
    for a, b in apart:
        assert canonical[a] != canonical[b]


@pytest.mark.slow
def test_a_courtesy_title_makes_every_mention_of_the_name_a_person(nlp: object) -> None:
    text = "Vautrin said the deal was off. Later Mr. Vautrin added that talks had ended."
    doc = parse(nlp, text, {"Vautrin said": "ORG", "Vautrin added": "ORG"})
    _trim_tagged(doc, "Vautrin said", 7, "ORG")
    _trim_tagged(doc, "Vautrin added", 7, "ORG")
    found = [m for m in extract_mentions(article(text), doc) if m.text == "Vautrin"]
    assert len(found) == 2 and all(m.type == "PERSON" for m in found)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("name", "tagged", "label"),
    [
        ("Sabre", "Sabre", "PERSON"),
        ("Sabre", "Operation Sabre", "PERSON"),
        ("Santiago", "Santiago", "GPE"),  # a place the gazetteer knows, named by an operation
        ("Herrick", "Herrick", "FAC"),
    ],
)
def test_a_military_operation_is_no_person_or_place(nlp: object, name: str, tagged: str, label: str) -> None:
    text = f"The end of Operation {name} left the north exposed."
    (found,) = extract_mentions(article(text), parse(nlp, text, {tagged: label}))
    assert (found.text, found.type, found.role) == (f"Operation {name}", "EVENT", None)


@pytest.mark.slow
def test_an_organisation_called_operation_stays_one(nlp: object) -> None:
    text = "The charity Operation Smile treated 300 children."
    (found,) = extract_mentions(article(text), parse(nlp, text, {"Operation Smile": "ORG"}))
    assert (found.text, found.type) == ("Operation Smile", "ORG")


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("The head of the agency, Maria Oduya, resigned on Friday.", "Maria Oduya", "head of the agency"),
        # the whole description, past its prepositions (not the governor's office)
        (
            "The chief of staff to the governor, Nathan Greer, resigned.",
            "Nathan Greer",
            "chief of staff to the governor",
        ),
        # not a verb's clause: "thought of my brother, Emeka" says he is a brother
        ("“I cried. I thought of my brother, Emeka,” she said.", "Emeka", "brother"),
        # a place the tagger took for a person inside a description does not void it
        (
            "Moussa Traore, a village chief near Gao, fled on Sunday.",
            "Moussa Traore",
            "village chief near Gao",
        ),
        # the parser hangs the name on the last noun of the description
        (
            "She met the president of the Central Bank of Libya, Omar Saddek, on Monday.",
            "Omar Saddek",
            "president of the Central Bank of Libya",
        ),
        # "ex-" is part of the description, though the parser took "ex" for a word of its own
        (
            "The ex-ambassador to Mali, Joelle Durand, said the deal was risky.",
            "Joelle Durand",
            "ex-ambassador to Mali",
        ),
        (
            "Simon Ashby, the ex-CEO of Norvale Bank, denied the charges.",
            "Simon Ashby",
            "ex-CEO of Norvale Bank",
        ),
    ],
)
def test_the_description_a_name_is_in_apposition_to_is_its_role(
    nlp: object, text: str, name: str, role: str
) -> None:
    (found,) = [m for m in extract_mentions(article(text), parse(nlp, text)) if m.text == name]
    assert found.role == role


@pytest.mark.slow
def test_another_persons_description_is_no_bodys_role(nlp: object) -> None:
    text = (
        "Before the members of the Budget Committee, the Minister of the Armed Forces, Elsa Marchetti, said "
        "the plan was sound."
    )
    mentions = extract_mentions(article(text), parse(nlp, text))
    assert next(m for m in mentions if m.text == "Budget Committee").role is None
    assert next(m for m in mentions if m.text == "Elsa Marchetti").role == "Minister of the Armed Forces"


@pytest.mark.slow
def test_a_surname_of_a_person_named_here_stays_a_person(nlp: object) -> None:
    text = "The singer Tom Jordan arrived late. Jordan said the concert would go ahead."
    doc = parse(nlp, text, {"Tom Jordan": "PERSON", "Jordan said": "PERSON"})
    _trim_tagged(doc, "Jordan said", 6)
    mentions = extract_mentions(article(text), doc)
    assert all(m.type == "PERSON" for m in mentions if "Jordan" in m.text)


@pytest.mark.slow
def test_short_form_resolves_to_the_full_name_and_role_is_kept(nlp: object) -> None:
    text = (
        "Defence Minister Marta Kowalczyk visited the port of Velden on Monday. "
        "Kowalczyk told reporters that the new patrol boats would arrive in spring."
    )
    mentions = extract_mentions(article(text), parse(nlp, text))
    people = [m for m in mentions if m.type == "PERSON"]
    assert {m.canonical for m in people} == {"Marta Kowalczyk"}
    assert len(people) == 2
    full = next(m for m in people if m.text == "Marta Kowalczyk")
    assert full.role == "Defence Minister"


@pytest.mark.slow
def test_apposition_becomes_a_role(nlp: object) -> None:
    text = "Jonas Albrecht, the harbour authority's chief engineer, inspected the wall."
    mentions = extract_mentions(article(text), parse(nlp, text, {"Jonas Albrecht": "PERSON"}))
    (jonas,) = mentions
    assert jonas.role is not None and "chief engineer" in jonas.role


@pytest.mark.slow
def test_an_organisations_person_and_a_long_apposition_become_roles(nlp: object) -> None:
    text = (
        "Kestrel Labs' Ana Ruiz said the flaw was fixed. "
        "Ivo Marn, executive vice president of the consumer group Fair Phones Now, disagreed."
    )
    doc = parse(
        nlp,
        text,
        {"Kestrel Labs": "ORG", "Ana Ruiz": "PERSON", "Ivo Marn": "PERSON", "Fair Phones Now": "ORG"},
    )
    roles = {m.text: m.role for m in extract_mentions(article(text), doc)}
    assert roles["Ana Ruiz"] == "Kestrel Labs'"
    assert (
        roles["Ivo Marn"] is not None and "president of the consumer group Fair Phones" in roles["Ivo Marn"]
    )


@pytest.mark.slow
def test_two_people_joined_into_one_span_are_split(nlp: object) -> None:
    text = "Tom Fenwick and Luis Ortega were charged. Fenwick and Ortega deny it."
    doc = parse(nlp, text, {"Tom Fenwick": "PERSON", "Luis Ortega": "PERSON", "Fenwick and Ortega": "ORG"})
    found = {m.text: (m.type, m.canonical) for m in extract_mentions(article(text), doc)}
    assert found["Fenwick"] == ("PERSON", "Tom Fenwick")
    assert found["Ortega"] == ("PERSON", "Luis Ortega")
    assert "Fenwick and Ortega" not in found


@pytest.mark.slow
def test_acronym_in_brackets_expands_within_the_article(nlp: object) -> None:
    text = (
        "The Northern Fisheries Council (NFC) met in Velden on Tuesday. "
        "The NFC said quotas for cod would be cut by a tenth next year."
    )
    doc = parse(nlp, text, {"Northern Fisheries Council": "ORG", "NFC said": "ORG"})
    _trim_tagged(doc, "NFC said", 3, "ORG")
    mentions = extract_mentions(article(text), doc)
    nfc = [m for m in mentions if m.text == "NFC"]
    assert nfc and all(m.canonical == "Northern Fisheries Council" for m in nfc)
    assert all(m.expansion == "Northern Fisheries Council" for m in nfc)


@pytest.mark.slow
def test_an_acronym_the_article_spells_out_is_not_a_place_of_that_name(nlp: object) -> None:
    # GAO is also a city in Mali; the article says which it means.
    text = (
        "The Government Accountability Office (GAO) reviewed the tanker award. "
        "GAO lawyers found errors in how the bids were scored."
    )
    doc = parse(nlp, text, {"Government Accountability Office": "ORG", "GAO": "ORG"})
    gao = [m for m in extract_mentions(article(text), doc) if m.text == "GAO"]
    assert gao and all(m.type == "ORG" for m in gao)
    assert all(m.canonical == "Government Accountability Office" for m in gao)
    assert lookup_place("Gao") is not None  # the city itself is still known


@pytest.mark.slow
def test_offsets_and_sentences_point_at_the_text(nlp: object) -> None:
    text = (
        "Fishermen in Velden welcomed the decision.\n\n"
        "Later, Germany’s ambassador Ingrid Hollander met Marta Kowalczyk in Berlin, and the European Union "
        "(EU) said the EU would pay part of the cost."
    )
    a = article(text)
    mentions = extract_many([a], nlp)[a.id]
    assert mentions
    for m in mentions:
        assert text[m.start : m.end] == m.text
        assert m.sentence_start <= m.start < m.end <= m.sentence_end
    germany = next(m for m in mentions if m.canonical == "Germany")
    assert germany.text == "Germany"  # the possessive is not part of the name
    assert {m.canonical for m in mentions if m.text == "EU"} == {"European Union"}


# -- the seed articles ---------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def seed_entities(nlp: object) -> tuple[dict[str, list[Mention]], list[Entity]]:
    if not SEEDS.is_dir():
        pytest.skip(f"seed folder {SEEDS} not found (it lives beside the repo)")
    from storyline.ingest import build_article, read_documents

    documents, _ = read_documents([str(SEEDS)])
    articles = [build_article(d) for d in documents if not isinstance(d, Failure)]
    mentions = extract_many(articles, nlp)
    return mentions, resolve_entities(mentions)


@pytest.mark.slow
def test_seeds_no_place_is_a_person(seed_entities: tuple[dict[str, list[Mention]], list[Entity]]) -> None:
    mentions, entities = seed_entities
    for found in mentions.values():
        for m in found:
            place = lookup_place(m.text)
            if place is not None and place.is_strong:
                assert m.type != "PERSON", m
    for e in entities:
        if e.type == "PERSON":
            assert lookup_place(e.name) is None, e


@pytest.mark.slow
def test_seeds_spelling_variants_are_one_entity(
    seed_entities: tuple[dict[str, list[Mention]], list[Entity]],
) -> None:
    _, entities = seed_entities

    def holding(*names: str) -> set[str]:
        return {e.id for e in entities for n in names if n == e.name or n in e.aliases}

    assert len(holding("Choguel Kokalla Maiga", "Shogel Kokalla Maiga")) == 1
    assert len(holding("Wagner", "Wagner Group", "PMC Wagner")) == 1
    assert len(holding("Sergey Lavrov", "Sergei Lavrov", "Lavrov")) == 1
    assert len(holding("Assimi Goita", "Assimi Goïta")) == 1
    maiga = next(e for e in entities if e.id in holding("Choguel Kokalla Maiga"))
    assert maiga.type == "PERSON" and maiga.evidence


def _tagged(nlp: object, text: str, spans: list[tuple[int, int, str]]) -> object:
    doc = nlp(text)  # type: ignore[operator]
    doc.ents = [doc.char_span(s, e, label=label) for s, e, label in spans]  # type: ignore[attr-defined]
    return doc


@pytest.mark.slow
def test_a_surname_repeating_a_full_name_is_that_person_whatever_ner_says(nlp: object) -> None:
    text = "Kimani Gray was shot on Saturday. Gray had a gun, police said. Gray died. Gray was 16."
    spans = [(0, 11, "PERSON")] + [(i, i + 4, "ORG") for i in (34, 63, 74)]
    mentions = extract_mentions(article(text), _tagged(nlp, text, spans))
    assert len(mentions) == 4 and all(m.type == "PERSON" for m in mentions), mentions


@pytest.mark.slow
def test_a_word_the_article_writes_mostly_in_lower_case_is_no_surname(nlp: object) -> None:
    text = (
        "Troy Police said the office was closed. The police left, police officers came and the police closed"
        " the road. Police told workers to stay inside."
    )
    mentions = extract_mentions(article(text), _tagged(nlp, text, [(0, 11, "PERSON")]))
    assert [m.text for m in mentions] == ["Troy Police"]


@pytest.mark.slow
def test_a_title_alone_is_no_name(nlp: object) -> None:
    text = "A man was shot, said Vancouver police Const.\nTim Fenwick said it was over."
    start = text.index("Const.")
    mentions = extract_mentions(article(text), _tagged(nlp, text, [(start, start + 6, "GPE")]))
    assert mentions == []


@pytest.mark.slow
@pytest.mark.parametrize("title", ["Sgt.", "Capt.", "Lt.", "Det.", "Const.", "Cpl."])
def test_a_rank_before_a_name_ends_no_sentence(nlp: object, title: str) -> None:
    doc = nlp(f"He pointed a gun at {title} Ann Lee and fled.")  # type: ignore[operator]
    assert len(list(doc.sents)) == 1
    assert title in [t.text for t in doc]


@pytest.mark.slow
def test_a_surname_also_written_in_lower_case_once_is_still_a_surname(nlp: object) -> None:
    text = "Neil Young played in Toronto. Young said young fans came. Young left early."
    mentions = extract_mentions(article(text), _tagged(nlp, text, [(0, 10, "PERSON")]))
    assert [m.text for m in mentions] == ["Neil Young", "Young", "Young"]


@pytest.mark.slow
def test_a_title_written_out_may_be_a_name(nlp: object) -> None:
    text = "Prince died on Thursday. Prince was 57."
    mentions = extract_mentions(article(text), _tagged(nlp, text, [(0, 6, "PERSON"), (25, 31, "PERSON")]))
    assert [m.text for m in mentions] == ["Prince", "Prince"]


@pytest.mark.parametrize(
    ("word", "code"),
    [
        ("Kazakhstan's", "KZ"),
        ("Kazakh", "KZ"),
        ("Nigerian", "NG"),
        ("Niger", "NE"),
        ("Malian", "ML"),
        ("Malaysian", "MY"),
        ("German", "DE"),
        ("French", "FR"),
        ("American", "US"),
        ("Indian", "IN"),
        ("Indiana", None),
        ("Roman", None),
        ("Romani", None),
        ("Dominican", "DO"),
        # Scots and Welsh: their governments and police are not the United Kingdom's
        ("Scottish", None),
        ("Paris", None),
    ],
)
def test_a_country_is_named_by_its_name_or_its_peoples(word, code):
    assert country_of_word(word) == code


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("ATLANTA - Dex Malone sued the city of Atlanta on Monday over his arrest.", "Dex Malone", "PERSON"),
        ("Raid in Cork\nDUBLIN - Irish police have arrested two men after a raid.", "Irish", "NORP"),
        ("BOSTON - Grayline Software accepted a bid from Oracle.", "Grayline Software", "ORG"),
        ("KATHMANDU - Nepal's army said on Sunday it had killed six rebels.", "Nepal", "GPE"),
    ],
)
def test_the_name_after_a_dateline_is_tagged(text, name, label):
    # with the dateline before it the recogniser tags none of these names
    doc = nlp_model()(text)
    assert (name, label) in {(e.text, e.label_) for e in doc.ents}
    cut = text.index(name)
    assert all(e.end_char <= cut or e.start_char >= cut for e in doc.ents)  # none runs over the dateline


def test_a_dateline_opening_a_line_is_a_sentence_of_its_own():
    doc = nlp_model()(
        "LONDON (Reuters) - British Airways has reached a pay deal with the Unite union.\nSKY - TV reports."
    )
    starts = [t.text for t in doc if t.is_sent_start]
    assert starts == ["LONDON", "British", "SKY"]
    airways = next(t for t in doc if t.text == "Airways")
    assert airways.dep_ == "nsubj"


def test_every_dateline_of_an_article_is_read_again():
    text = (
        "ATLANTA - Dex Malone sued the city on Monday.\n"
        "The case is pending.\n"
        "BOSTON - Grayline Software accepted a bid from Oracle.\n"
        "PARIS - London police arrested John Smith."
    )
    doc = nlp_model()(text)
    names = {e.text for e in doc.ents}
    assert {"Dex Malone", "Grayline Software", "London", "John Smith"} <= names
    # the spans stay ordered and apart
    assert all(a.end <= b.start for a, b in zip(doc.ents, doc.ents[1:], strict=False))


@pytest.mark.parametrize(
    ("text", "starts"),
    [
        # no sentence opens on a lower-case word inside a line: not after a name spelled with "!"
        ("Microsoft offered to buy Yahoo! for $31 a share. Yahoo! rejected it.", ["Microsoft", "Yahoo"]),
        # nor after the first word of a line (the parser made "Barclays" a sentence of its own)
        (
            "Barclays fined £290 million for attempting to manipulate Libor\n"
            "Barclays has been fined a record £290 million by the FSA.",
            ["Barclays", "Barclays"],
        ),
        # controls: a word written in lower case before capitals ("iPhone") still opens one, and so does an
        # exclamation that ends a sentence before a capital
        ("He left. iPhone sales rose.", ["He", "iPhone"]),
        ("Stop! Police said so.", ["Stop", "Police"]),
    ],
)
def test_sentences_open_on_no_lower_case_word(text, starts):
    doc = nlp_model()(text)
    assert [s[0].text for s in doc.sents if not s[0].is_space] == starts


def _article(text: str) -> Article:
    return Article(id="a", source="s", format="text", title=None, text=text)


def test_a_one_word_organisation_tagged_once_is_tagged_wherever_it_is_written():
    text = (
        "Barclays fined £290 million for attempting to manipulate Libor\n"
        "Barclays has been fined a record £290 million by the FSA."
    )
    found = [(m.text, m.type, m.start) for m in extract_mentions(_article(text))]
    assert ("Barclays", "ORG", text.rindex("Barclays")) in found, found


def test_a_one_word_organisation_is_not_repeated_over_a_common_word_or_a_surname():
    # "Gray" the surname of Kimani Gray, "apple" a common word elsewhere in the article
    text = (
        "Kimani Gray was shot on Saturday. Gray Inc. is a firm. Gray had a gun.\n"
        "Apple sells phones. Ann ate an apple. Apple said so."
    )
    mentions = extract_mentions(_article(text))
    added = [m for m in mentions if m.correction and "same name" in m.correction]
    assert not any(m.text in ("Gray", "Apple") and m.type == "ORG" for m in added), added


def test_a_short_form_the_tagger_typed_as_an_event_is_the_organisation():
    text = (
        "New Century Financial Corporation filed for bankruptcy on Monday.\n"
        "The New York Stock Exchange has said it will delist New Century."
    )
    short = next(m for m in extract_mentions(_article(text)) if m.text == "New Century")
    assert (short.type, short.canonical) == ("ORG", "New Century Financial Corporation")


def test_a_team_called_by_its_nickname_is_the_team_named_with_its_place():
    text = (
        "The New Orleans Saints beat the Atlanta Falcons on Sunday. Later the Saints signed Eirik Solberg,\n"
        "and the Falcons fired their coach. Saints fans cheered."
    )
    mentions = extract_mentions(_article(text))
    by_start = {m.start: m for m in mentions}
    # one the tagger found, and one it missed (found again as the team's short form)
    for short, full in (("Saints signed", "New Orleans Saints"), ("Falcons fired", "Atlanta Falcons")):
        found = by_start.get(text.index(short))
        assert found is not None and (found.type, found.canonical) == ("ORG", full), mentions


@pytest.mark.parametrize(
    ("name", "short"),
    [
        ("New Orleans Saints", "Saints"),
        ("the Philadelphia 76ers", "76ers"),
        ("Portland Trail Blazers", "Trail Blazers"),
        # singular rests, and affixes, are no names of their own
        ("Superior Court", None),
        ("Summit Entertainment", None),
        ("Oslo Holdings", None),
        # no place before the rest
        ("Goldman Sachs", None),
    ],
)
def test_a_nickname_is_the_plural_after_a_place(name: str, short: str | None) -> None:
    assert place_led_short_form(name) == short


def test_an_office_written_before_a_title_is_part_of_the_role():
    text = "Vancouver Police spokesman Constable Tim Fanning said the man fled."
    person = next(m for m in extract_mentions(_article(text)) if m.type == "PERSON")
    assert person.role is not None and "Vancouver Police spokesman" in person.role, person


def test_a_nickname_two_teams_share_or_a_plural_opening_a_sentence_names_no_team():
    text = (
        "The New York Giants hosted the San Francisco Giants' owner on Monday. The Giants signed a coach.\n"
        "Singapore Airlines and Japan Airlines announced a merger. Airlines across Asia criticised the deal."
    )
    mentions = extract_mentions(_article(text))
    giants = next((m for m in mentions if m.start == text.index("Giants signed")), None)
    assert giants is None or giants.canonical == "Giants", giants
    assert not any(m.start == text.index("Airlines across") for m in mentions), mentions


# -- an organisation named again by its first word ----------------------------------------------------------

_FIRST_WORD_TEXT = (
    "Guards from Dellhaven Protection Services fired on the strikers, witnesses said. "
    "Dellhaven denied the allegation on Tuesday."
)


@pytest.mark.slow
def test_an_organisation_named_again_by_its_first_word_is_that_organisation(nlp: object) -> None:
    doc = parse(nlp, _FIRST_WORD_TEXT, {"Dellhaven Protection Services": "ORG"})
    short = [m for m in extract_mentions(article(_FIRST_WORD_TEXT), doc) if m.text == "Dellhaven"]
    assert [(m.type, m.canonical) for m in short] == [("ORG", "Dellhaven Protection Services")]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "tags", "word"),
    [
        # the article writes the word in lower case too: a common word
        (
            "Pioneer Freight Lines cut 300 jobs. The pioneer of cheap freight said Pioneer would recover.",
            {"Pioneer Freight Lines": "ORG"},
            "Pioneer",
        ),
        # the first word of two organisations stands for neither
        (
            "Halvorsen Foods and Halvorsen Telecom both reported losses. Halvorsen said little.",
            {"Halvorsen Foods": "ORG", "Halvorsen Telecom": "ORG"},
            "Halvorsen",
        ),
        # a place opening a club's name is the place
        (
            "Manchester United signed a striker. Fans in Manchester cheered the news.",
            {"Manchester United": "ORG"},
            "Manchester",
        ),
        # a word running on into another name is part of that name
        (
            "Dellhaven Protection Services guarded the port. Dellhaven Harbour was quiet.",
            {"Dellhaven Protection Services": "ORG"},
            "Dellhaven",
        ),
    ],
)
def test_a_first_word_with_another_reading_names_no_organisation(
    nlp: object, text: str, tags: dict[str, str], word: str
) -> None:
    mentions = extract_mentions(article(text), parse(nlp, text, tags))
    assert not [m for m in mentions if m.text == word and m.type == "ORG"]


@pytest.mark.slow
def test_a_first_word_the_tagger_found_alone_stands_for_itself(nlp: object) -> None:
    text = "Boeing Commercial Airplanes delivered the first jet. Boeing shares rose on the news."
    doc = parse(nlp, text, {"Boeing Commercial Airplanes": "ORG", "Boeing shares": "ORG"})
    _trim_tagged(doc, "Boeing shares", 6, "ORG")
    alone = [m for m in extract_mentions(article(text), doc) if m.text == "Boeing"]
    assert [m.canonical for m in alone] == ["Boeing"]


@pytest.mark.slow
def test_a_first_word_the_tagger_took_for_a_person_is_the_organisation(nlp: object) -> None:
    text = "Corvex Chemicals was fined on Monday. Corvex said it would appeal the ruling."
    doc = parse(nlp, text, {"Corvex Chemicals": "ORG", "Corvex said": "PERSON"})
    _trim_tagged(doc, "Corvex said", len("Corvex"), "PERSON")
    alone = [m for m in extract_mentions(article(text), doc) if m.text == "Corvex"]
    assert [(m.type, m.canonical) for m in alone] == [("ORG", "Corvex Chemicals")]


@pytest.mark.slow
def test_a_first_word_also_taken_for_a_place_elsewhere_is_the_organisation(nlp: object) -> None:
    text = "Corvex Chemicals was fined on Monday. Corvex said it would appeal. Corvex staff were told."
    doc = parse(nlp, text, {"Corvex Chemicals": "ORG", "Corvex said": "PERSON", "Corvex staff": "GPE"})
    _trim_tagged(doc, "Corvex said", len("Corvex"), "PERSON")
    _trim_tagged(doc, "Corvex staff", len("Corvex"), "GPE")
    alone = [m for m in extract_mentions(article(text), doc) if m.text == "Corvex"]
    assert [(m.type, m.canonical) for m in alone] == [("ORG", "Corvex Chemicals")] * 2


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "tags", "tagged", "label"),
    [
        # a person the article names in full holds the word
        (
            "Corlan Chemicals hired Tom Corlan in May. Corlan said he would stay a year.",
            {"Corlan Chemicals": "ORG", "Tom Corlan": "PERSON"},
            "Corlan said",
            "PERSON",
        ),
        # a people, whatever its name looks like
        (
            "Inuit Services was fined on Monday. Inuit leaders said they would appeal.",
            {"Inuit Services": "ORG"},
            "Inuit leaders",
            "NORP",
        ),
        (
            "Turkmen Gas Company raised prices. Turkmen officials said exports would rise.",
            {"Turkmen Gas Company": "ORG"},
            "Turkmen officials",
            "NORP",
        ),
    ],
)
def test_a_lone_word_with_another_reading_keeps_its_type(
    nlp: object, text: str, tags: dict[str, str], tagged: str, label: str
) -> None:
    word = tagged.split()[0]
    doc = parse(nlp, text, {**tags, tagged: label})
    _trim_tagged(doc, tagged, len(word), label)
    alone = [m for m in extract_mentions(article(text), doc) if m.text == word and m.start > text.index(".")]
    assert [m.type for m in alone] == [label]


@pytest.mark.slow
def test_a_lone_word_a_title_makes_a_person_stays_one(nlp: object) -> None:
    text = "Crane Energy was fined over the spill. Senator Crane said the fine was too small."
    doc = parse(nlp, text, {"Crane Energy": "ORG", "Senator Crane": "PERSON"})
    alone = [m for m in extract_mentions(article(text), doc) if m.text == "Crane"]
    assert [(m.type, m.canonical) for m in alone] == [("PERSON", "Crane")]


@pytest.mark.slow
def test_a_surname_in_a_headlines_capitals_still_repeats_a_person(nlp: object) -> None:
    text = "COURT FREES FORMER MAYOR REYNOLDS\nFormer mayor Harlan Reynolds was freed. Reynolds thanked her."
    tags = {"REYNOLDS": "ORG", "Harlan Reynolds": "PERSON", "Reynolds thanked": "ORG"}
    doc = parse(nlp, text, tags)
    _trim_tagged(doc, "Reynolds thanked", len("Reynolds"), "ORG")
    mentions = [m for m in extract_mentions(article(text), doc) if "eynolds" in m.text.lower()]
    assert {(m.type, m.canonical) for m in mentions} == {("PERSON", "Harlan Reynolds")}


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("Officers from West Harlow Police arrested the striker on Saturday.", "West Harlow Police", "LOC"),
        ("Officers from West Harlow Police arrested the striker on Saturday.", "West Harlow Police", "GPE"),
        # a company's plural trade or legal form ends no person's name
        ("Wessex Rambler Tours cancelled its coach holidays on Monday.", "Wessex Rambler Tours", "PERSON"),
        ("Halden Freight Ltd cancelled its contracts on Monday.", "Halden Freight Ltd", "PERSON"),
    ],
)
def test_a_name_ending_in_a_bodys_word_is_a_body(nlp: object, text: str, name: str, label: str) -> None:
    doc = parse(nlp, text, {name: label})
    (mention,) = extract_mentions(article(text), doc)
    assert (mention.type, mention.text) == ("ORG", name)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        # (but a surname that is also a word of trade stays a person's, and the West Bank a place)
        ("Novelist Danielle Steel signed a new contract on Monday.", "Danielle Steel", "PERSON"),
        ("Cricketer Michael Holding criticised the broadcaster on Monday.", "Michael Holding", "PERSON"),
        ("Settlers clashed with villagers in the West Bank on Monday.", "West Bank", "GPE"),
    ],
)
def test_a_name_ending_in_another_word_keeps_its_type(nlp: object, text: str, name: str, label: str) -> None:
    doc = parse(nlp, text, {name: label})
    (mention,) = extract_mentions(article(text), doc)
    assert mention.type == label


@pytest.mark.slow
def test_a_hyphen_that_tokenised_copy_spaces_out_is_closed_in_the_name(nlp: object) -> None:
    text = "Interior Minister Halvor Brenn - Aasen said 63 people were held. Brenn - Aasen spoke on KBR."
    doc = parse(nlp, text, {"Halvor Brenn - Aasen": "PERSON", "Brenn - Aasen spoke": "PERSON"})
    _trim_tagged(doc, "Brenn - Aasen spoke", len("Brenn - Aasen"))
    mentions = [m for m in extract_mentions(article(text), doc) if "Aasen" in m.text]
    assert [(m.text, m.canonical) for m in mentions] == [
        ("Halvor Brenn - Aasen", "Halvor Brenn-Aasen"),
        ("Brenn - Aasen", "Halvor Brenn-Aasen"),
    ]


def test_an_acronym_joins_one_name_only_and_a_legal_form_none() -> None:
    story = ResolutionContext(story_of={"a": "s1", "b": "s1", "c": "s1", "d": "s1"})
    entities = resolve_entities(
        {
            # "NFC" stands for the council named in its own article's company, not also the fishing cutter
            "a": [mention("a", "Northern Fisheries Council", "ORG"), mention("a", "Velden", "GPE")],
            "b": [mention("b", "NFC", "ORG"), mention("b", "Velden", "GPE")],
            "c": [mention("c", "Nordic Fishing Cutter", "ORG")],
            # a company's legal form after its name is no acronym of a name the story holds
            "d": [mention("d", "Saltmarsh Airways", "ORG"), mention("d", "SA", "ORG")],
        },
        story,
    )
    assert entity_named(entities, "Northern Fisheries Council").aliases == ("NFC",)
    assert entity_named(entities, "Nordic Fishing Cutter").aliases == ()
    assert entity_named(entities, "Saltmarsh Airways").aliases == ()


def test_organisations_merge_on_close_spelling_only_when_every_word_is_close() -> None:
    story = ResolutionContext(story_of={"a": "s1", "b": "s1", "c": "s1", "d": "s1"})
    entities = resolve_entities(
        {
            "a": [mention("a", "Velden Air Force", "ORG")],
            "b": [mention("b", "Velden Air France", "ORG")],
            # control: a transliterated word in an otherwise equal name
            "c": [mention("c", "Volkov Trading House", "ORG")],
            "d": [mention("d", "Volkoff Trading House", "ORG")],
        },
        story,
    )
    assert len([e for e in entities if e.name in ("Velden Air Force", "Velden Air France")]) == 2
    assert len([e for e in entities if "Trading House" in e.name]) == 1
