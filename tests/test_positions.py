"""Positions: parties gather the people and groups that act or speak for them, by stated allegiance only."""

from __future__ import annotations

from storyline.actions import ActionGroup
from storyline.positions import story_positions
from storyline.records import Entity, QuoteGroup


def entity(name: str, kind: str, roles: tuple[str, ...] = (), aliases: tuple[str, ...] = ()) -> Entity:
    return Entity(f"e-{name}", name, kind, aliases, roles, ("a1",), ())


def act(
    actor: str, key: str, cls: str, articles: tuple[str, ...] = ("a1",), target: str | None = None
) -> ActionGroup:
    return ActionGroup(
        id=f"g-{actor}-{cls}",
        actor=actor,
        actor_key=key,
        action_class=cls,
        target=target,
        target_key=None,
        action_ids=("x",),
        article_ids=articles,
        origin_count=len(articles),
        date=None,
        text=f"{actor} did {cls}.",
        modalities=("asserted",),
    )


def quote(speaker: str | None, key: str | None, articles: tuple[str, ...] = ("a1",)) -> QuoteGroup:
    return QuoteGroup(
        id=f"q-{speaker}",
        text="We will see.",
        kind="direct",
        speaker=speaker,
        speaker_entity_id=key,
        quote_ids=("q",),
        article_ids=articles,
        first_article_id=articles[0],
        first_seen=None,
        origin_count=len(articles),
    )


# An invented dispute between two real countries, told by invented people.
ENTITIES = [
    entity("Norway", "GPE"),
    entity("Oslo", "GPE"),
    entity("Norwegian", "NORP"),
    entity("Chile", "GPE"),
    entity("Chilean", "NORP"),
    entity("Nordic Council", "ORG", aliases=("NC",)),
    entity("Defence", "ORG"),
    entity("Ingrid Valstad", "PERSON", roles=("Defence Minister", "Norwegian Defence Minister")),
    entity("Tomas Reyes", "PERSON", roles=("Chile specialist",)),
    entity("Paula Soto", "PERSON", roles=("Chile's Foreign Minister",)),
    entity("Erik Lund", "PERSON", roles=("NC's trade envoy",)),
    entity("Marta Gil", "PERSON", roles=("businesswoman close to the Chilean President",)),
    entity("Hugo Prats", "PERSON", roles=("ambassador to Norway",)),
    entity("Sara Holm", "PERSON", roles=("Norwegian envoy to Chile",)),
    entity("Olav Dahl", "PERSON", roles=("former Norwegian Defence Minister",)),
    entity("Rosa Vidal", "PERSON", roles=("ex-minister of Chile",)),
    entity("Nils Aas", "PERSON", roles=("retired Norwegian general", "Nordic Council spokesman")),
    entity("Liv Moen", "PERSON", roles=("Oslo mayor",)),
]
ORIGINS = {"a1": "o1", "a2": "o2", "a3": "o3", "a4": "o1"}


def parties(actions: list[ActionGroup], quotes: list[QuoteGroup]) -> dict[str, tuple[str, ...]]:
    found = story_positions(actions, quotes, ENTITIES, ORIGINS)
    return {p.name: p.members for p in found}


def test_capital_nationality_and_office_join_their_country() -> None:
    found = parties(
        [
            act("Oslo", "e-Oslo", "warn or threaten", target="Chile"),
            act("Norwegian navy", "norwegian navy", "deploy or withdraw forces"),
            act("Ingrid Valstad", "e-Ingrid Valstad", "accuse or criticise"),
        ],
        [quote("Ingrid Valstad", "e-Ingrid Valstad")],
    )
    # "Defence Minister" names a portfolio, not the organisation NER made of "Defence": the role naming
    # a country decides.
    assert found == {"Norway": ("Norway", "Oslo", "Norwegian navy", "Ingrid Valstad")}


def test_allegiance_needs_an_office_that_names_the_party() -> None:
    found = parties(
        [
            act("Tomas Reyes", "e-Tomas Reyes", "deny"),
            act("Marta Gil", "e-Marta Gil", "deny"),
            act("Paula Soto", "e-Paula Soto", "warn or threaten"),
            act("Erik Lund", "e-Erik Lund", "appeal or request"),
        ],
        [],
    )
    # A specialist on Chile and a businesswoman close to its president hold no office for it.
    assert found["Tomas Reyes"] == ("Tomas Reyes",)
    assert found["Marta Gil"] == ("Marta Gil",)
    assert found["Chile"] == ("Chile", "Paula Soto")
    assert found["Nordic Council"] == ("Nordic Council", "Erik Lund")


def test_an_envoy_speaks_for_the_country_that_sends_not_the_host() -> None:
    found = parties(
        [act("Hugo Prats", "e-Hugo Prats", "deny"), act("Sara Holm", "e-Sara Holm", "appeal or request")], []
    )
    # "ambassador to Norway" names his host; the one who sends him is not said
    assert found["Hugo Prats"] == ("Hugo Prats",)
    assert found["Norway"] == ("Norway", "Sara Holm")


def test_unnamed_speakers_join_a_party_only_through_an_office() -> None:
    found = parties(
        [],
        [
            quote("a spokesperson for the Chilean foreign ministry", None),
            quote("two Chilean sources", None),
            quote(None, None),
        ],
    )
    assert found == {"Chile": ("Chile", "a spokesperson for the Chilean foreign ministry")}


def test_main_parties_come_first_by_origins() -> None:
    found = story_positions(
        [
            act("Chile", "e-Chile", "warn or threaten", ("a1",)),
            act("Norway", "e-Norway", "negotiate", ("a1", "a2")),
            act("Oslo", "e-Oslo", "deny", ("a3", "a4")),
        ],
        [quote("Paula Soto", "e-Paula Soto", ("a1", "a4"))],
        ENTITIES,
        ORIGINS,
    )
    assert [p.name for p in found] == ["Norway", "Chile"]
    norway, chile = found
    # a4 is a copy of a1: three origins, not four articles' worth.
    assert norway.origin_count == 3 and len(norway.article_ids) == 4
    assert [g.action_class for g in norway.actions] == ["negotiate", "deny"]
    assert chile.origin_count == 1 and [q.speaker for q in chile.quotes] == ["Paula Soto"]
    assert story_positions([], [], ENTITIES, ORIGINS) == []
    assert len(story_positions([act("Chile", "e-Chile", "deny")], [], ENTITIES, ORIGINS, top=0)) == 0


def test_posts_in_an_organisation_and_countries_the_story_names_only_in_passing() -> None:
    firm = [
        entity("Kestrel Labs", "ORG"),
        entity("Ana Ruiz", "PERSON", roles=("Kestrel Labs researcher",)),
        entity("Ivo Marn", "PERSON", roles=("Norway analyst",)),
        entity("Norway", "GPE"),
        entity("UK government", "ORG"),
    ]
    found = story_positions(
        [
            act("Ana Ruiz", "e-Ana Ruiz", "warn or threaten"),
            act("Ivo Marn", "e-Ivo Marn", "warn or threaten"),
            act("UK government", "e-UK government", "deny"),
        ],
        [quote("a Kestrel Labs spokesman", None)],
        firm,
        ORIGINS,
    )
    members = {p.name: p.members for p in found}
    # A researcher works for the firm that employs her; an analyst of Norway does not work for Norway.
    assert members["Kestrel Labs"] == ("Kestrel Labs", "Ana Ruiz", "a Kestrel Labs spokesman")
    assert members["Ivo Marn"] == ("Ivo Marn",)
    # The gazetteer knows "UK" though the story names no United Kingdom of its own.
    (uk,) = [p for p in found if p.key == "country:GB"]
    assert uk.members[1:] == ("UK government",)


def test_a_person_given_as_an_organisations_or_countrys_own_speaks_for_it() -> None:
    cast = [
        entity("Kestrel Labs", "ORG"),
        entity("Norway", "GPE"),
        entity("Ana Ruiz", "PERSON", roles=("Kestrel Labs'",)),
        entity("Ivo Marn", "PERSON", roles=("Norway's",)),
        entity("Lea Berg", "PERSON", roles=("Ivo Marn's",)),
    ]
    found = story_positions(
        [
            act("Ana Ruiz", "e-Ana Ruiz", "warn or threaten"),
            act("Ivo Marn", "e-Ivo Marn", "deny"),
            act("Lea Berg", "e-Lea Berg", "deny"),
        ],
        [],
        cast,
        ORIGINS,
    )
    members = {p.name: p.members for p in found}
    assert members["Kestrel Labs"] == ("Kestrel Labs", "Ana Ruiz")
    assert members["Norway"] == ("Norway", "Ivo Marn")
    # a person's own person ("Ivo Marn's Lea Berg") is no party's office
    assert members["Lea Berg"] == ("Lea Berg",)


def test_a_post_held_no_longer_names_no_party() -> None:
    found = parties(
        [
            act("Olav Dahl", "e-Olav Dahl", "accuse or criticise"),
            act("Rosa Vidal", "e-Rosa Vidal", "deny"),
            act("Nils Aas", "e-Nils Aas", "appeal or request"),
        ],
        [],
    )
    # a former minister speaks for no one by that post; a current post beside a former one still counts
    assert found["Olav Dahl"] == ("Olav Dahl",)
    assert found["Rosa Vidal"] == ("Rosa Vidal",)
    assert found["Nordic Council"] == ("Nordic Council", "Nils Aas")


def test_posts_in_a_company_a_union_a_court_or_a_force_name_their_body() -> None:
    from storyline.positions import Parties

    found = Parties(
        [
            entity("Halden Aero", "ORG"),
            entity("Tidewater Markets", "ORG"),
            entity("Dock Workers Guild", "ORG"),
            entity("Oslo District Court", "ORG"),
            entity("Nordic Council", "ORG"),
            entity("Ex-Im Bank", "ORG"),
            entity("Ohio Retired Teachers Association", "ORG"),
        ]
    )

    def party(description: str) -> str | None:
        return _held_by(found, description)

    assert party("Halden Aero CEO") == "Halden Aero"
    assert party("currency strategist of Tidewater Markets") == "Tidewater Markets"
    assert party("Dock Workers Guild members") == "Dock Workers Guild"
    assert party("Nordic Council commissioners") == "Nordic Council"
    # a post with no body named stays no one's, plural or not; a judge is no one's by the post alone
    assert party("publishers") is None and party("Oslo District Court Judge") is None
    # whom one stands near or speaks to is not whom one serves; nor is a commissioner's host
    assert party("strategist close to Halden Aero") is None
    assert party("member of the public who spoke to Tidewater Markets") is None
    assert party("High Commissioner in Norway") is None and party("Trade Commissioner to Norway") is None
    # a team named in the plural is no post ("Halden Chiefs")
    assert party("Halden Aero Chiefs") is None
    # "Retired" or "Ex-" inside a body's name marks no former post; "former" before the post does
    assert party("Ex-Im Bank CEO") == "Ex-Im Bank"
    assert party("Ohio Retired Teachers Association president") == "Ohio Retired Teachers Association"
    assert party("former Halden Aero CEO") is None


def test_a_city_office_is_the_citys_even_in_a_capital() -> None:
    found = parties(
        [
            act("Liv Moen", "e-Liv Moen", "warn or threaten"),
            act("Oslo", "e-Oslo", "appeal or request"),
        ],
        [],
    )
    # the mayor speaks for the city; the capital acting stands for its country
    assert "Liv Moen" in found["Oslo"] and "Liv Moen" not in found["Norway"]
    assert "Oslo" in found["Norway"]


def test_the_body_served_before_the_nationality_beside_it() -> None:
    from storyline.positions import Parties

    found = Parties(
        [
            entity("Norway", "GPE"),
            entity("Norwegian", "NORP"),
            entity("Nordic Council", "ORG"),
            entity("Harbour Union", "ORG"),
            entity("Foreign Ministry", "ORG"),
        ]
    )
    held = {d: found.named_in_office(d) for d in ("Norwegian Nordic Council commissioner",)}
    held["general secretary of the Norwegian union Harbour Union"] = found.named_in_office(
        "general secretary of the Norwegian union Harbour Union"
    )
    held["Norwegian Foreign Ministry spokesman"] = found.named_in_office(
        "Norwegian Foreign Ministry spokesman"
    )
    names = {d: e.name if e is not None else None for d, e in held.items()}
    assert names["Norwegian Nordic Council commissioner"] == "Nordic Council"
    assert names["general secretary of the Norwegian union Harbour Union"] == "Harbour Union"
    # a ministry is a body of the country: its spokesman speaks for the country
    assert names["Norwegian Foreign Ministry spokesman"] == "Norway"


def test_a_rank_is_a_post_in_its_force() -> None:
    from storyline.positions import Parties

    found = Parties([entity("Dover Police", "ORG"), entity("Norway", "GPE"), entity("Halden Aero", "ORG")])

    def party(description: str) -> str | None:
        return _held_by(found, description)

    # a rank, written out or short, is a post in the force or army it names
    assert party("Dover Police Lt.") == "Dover Police"
    assert party("Dover Police Sergeant") == "Dover Police"
    assert party("Dover Police Capt.") == "Dover Police"  # a force's captain
    assert party("Norwegian Army Col.") == "Norway"
    # controls: a rank with no force named, and one held no longer, are no one's; a team's captain is no
    # post of a country
    assert party("Detective") is None
    assert party("former Dover Police Sergeant") is None
    assert party("Norway captain") is None


def _held_by(found: object, description: str) -> str | None:
    """The name of the party ``description`` names as its holder's office, if any."""
    held = found.named_in_office(description)  # type: ignore[attr-defined]
    return held.name if held is not None else None


def test_a_name_owning_the_post_or_starting_lower_case_is_the_body() -> None:
    from storyline.positions import Parties

    found = Parties(
        [entity("Wildlife Defense Council", "ORG"), entity("iSentry", "ORG"), entity("Sam's Outlet", "ORG")]
    )
    # the body whose program one directs; a name written with a lower-case first letter
    assert (
        _held_by(found, "director of the Wildlife Defense Council's species program")
        == "Wildlife Defense Council"
    )
    assert _held_by(found, "intelligence director of iSentry") == "iSentry"
    # controls: an "'s" that is the name's own; a lawyer for a company's victims is not the company's
    assert _held_by(found, "Sam's Outlet spokesperson") == "Sam's Outlet"
    assert _held_by(found, "lawyer for the Wildlife Defense Council's former employees") is None


def test_the_employer_after_at_before_what_one_works_on() -> None:
    from storyline.positions import Parties

    found = Parties([entity("iSentry", "ORG"), entity("Corvane Securities", "ORG")])
    assert _held_by(found, "iSentry analyst at Corvane Securities") == "Corvane Securities"
    assert _held_by(found, "iSentry analyst") == "iSentry"
    # an officer written short; to whom one spoke, after a comma, is not whom one serves
    assert _held_by(found, "Corvane Securities CTO") == "Corvane Securities"
    assert _held_by(found, "an official, speaking to Corvane Securities") is None


def test_a_body_the_tagger_missed_named_before_an_office_is_the_party() -> None:
    from storyline.positions import Parties

    # No entity is "Gulls", "HCPD" or "Farley police": the tagger took them into the person's name.
    people = [
        entity("Dana Roe", "PERSON", roles=("Gulls general manager",)),
        entity("Ian Cole", "PERSON", roles=("HCPD Commissioner",)),
        entity("Rob Vance", "PERSON", roles=("Farley police Lt.",)),
        entity("Amy Tran", "PERSON", roles=("Redfield WQXT sportscaster",)),
        entity("Lee Park", "PERSON", roles=("Kestrel Falls coach",)),
        entity("Joe Dunn", "PERSON", roles=("Longtime Herons assistant coach",)),
        entity("Val Ortiz", "PERSON", roles=("Millbrook Township police Officer",)),
        entity("Cy Wells", "PERSON", roles=("Ridgefield fire Capt.",)),
    ]
    found = Parties(people)
    party = {e.name: found.party_of_entity(e).name for e in people}
    assert party["Dana Roe"] == "Gulls"
    assert party["Ian Cole"] == "HCPD"
    assert party["Rob Vance"] == "Farley police"  # the force, not the town
    # (a place the gazetteer knows before the station is where it is, not its name)
    assert (
        Parties([entity("Amy Tran", "PERSON", roles=("Boston WQXT sportscaster",))])
        .party_of_entity(entity("Amy Tran", "PERSON", roles=("Boston WQXT sportscaster",)))
        .name
        == "WQXT"
    )
    assert party["Lee Park"] == "Kestrel Falls"
    # a word of standing and a rank between the body and the post; a township's force; a fire service
    assert party["Joe Dunn"] == "Herons"
    assert party["Val Ortiz"] == "Millbrook Township police"
    assert party["Cy Wells"] == "Ridgefield fire"


def test_no_body_from_ranks_levels_party_adjectives_or_the_body_itself() -> None:
    from storyline.positions import Parties

    controls = [
        entity("Ann Bell", "PERSON", roles=("Senior Vice President",)),
        entity("Tom Ruiz", "PERSON", roles=("Queensbury District Attorney",)),
        entity("Kay Moss", "PERSON", roles=("Republican Senator",)),
        entity("Ed Lyle", "PERSON", roles=("Her spokesman",)),
        entity("Jo Penn", "PERSON", roles=("Interior Secretary",)),
        entity("Al Roth", "PERSON", roles=("former Gulls general manager",)),
        entity("Harlow administration", "ORG"),
        entity("Sam Ortiz", "PERSON", roles=("Harlow Consulting",)),
        entity("Rita Chen", "PERSON", roles=("Pulitzer Prize-winning columnist",)),
        entity("Chuck Lane", "PERSON", roles=("Ex-Herons manager",)),
        entity("Ray Dunn", "PERSON", roles=("Then-Herons coach",)),
        entity("Bea Holt", "PERSON", roles=("Sunday columnist",)),
        entity("Jim Kay", "PERSON", roles=("Wall Street analyst",)),
        # a sentence's first word before a post: "Company executives said ...", "Other analysts ..."
        entity("Company executives", "PERSON", roles=("Company executives",)),
        entity("Ty Orr", "PERSON", roles=("Industry analyst",)),
        entity("Bo Lim", "PERSON", roles=("Other analysts",)),
    ]
    found = Parties(controls)
    for e in controls:
        assert found.party_of_entity(e).id == e.id, e.name
    # a description with no entity behind it, as a speaker's: the same reading, and the same controls
    assert found.party(None, "Gulls spokesman") == ("body:gulls", "Gulls")
    assert found.party(None, "Senior Vice President") is None
    assert found.party(None, "Chile analyst") is None  # a place is studied, not served
