"""The actions stage on small invented texts; the action gold loader and the task on real data."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import REPO
from storyline.action_verbs import ACTION_CLASSES
from storyline.actions import Action, extract_actions, merge_actions
from storyline.entities import extract_mentions, nlp_model
from storyline.eval.actions_gold import gold_file, load_action_gold
from storyline.eval.corpus import DataMissing, data_path
from storyline.positions import story_positions
from storyline.records import Article

DATA = data_path() if data_path().is_absolute() else (REPO / data_path())
SEEDS = REPO.parent / "shared" / "seeds"
needs_data = pytest.mark.skipif(not DATA.is_dir(), reason=f"labelled corpora not found at {DATA}")


@pytest.fixture(scope="module")
def nlp():
    return nlp_model()


def actions_of(nlp, text: str, article_id: str = "a1") -> list[Action]:
    article = Article(id=article_id, source="t", format="text", title=None, text=text)
    doc = nlp(text)
    return extract_actions(article, doc, extract_mentions(article, doc))


def triples(actions: list[Action]) -> set[tuple[str, str, str | None, str]]:
    return {(a.actor, a.action_class, a.target, a.modality) for a in actions}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Norway warned Sweden on Monday.", ("Norway", "warn or threaten", "Sweden")),
        ("Chile urged Peru to reopen the border.", ("Chile", "appeal or request", "Peru")),
        ("Portugal is in talks with Morocco about fishing rights.", ("Portugal", "negotiate", "Morocco")),
        ("Kenya signed an agreement with Uganda.", ("Kenya", "agree or sign", "Uganda")),
        ("Vietnam denied any involvement.", ("Vietnam", "deny", None)),
        ("Ecuador accused Colombia of sheltering rebels.", ("Ecuador", "accuse or criticise", "Colombia")),
        ("Japan will help Fiji rebuild its port.", ("Japan", "cooperate", "Fiji")),
        ("Canada deployed troops to Latvia last year.", ("Canada", "deploy or withdraw forces", "Latvia")),
        ("Armenia attacked Azerbaijan at dawn.", ("Armenia", "use force", "Azerbaijan")),
        ("Brazil sanctioned Paraguay over the dam dispute.", ("Brazil", "sanction", "Paraguay")),
        ("Bolivian police arrested Juan Ortega on Friday.", ("Bolivian police", "coerce", "Juan Ortega")),
    ],
)
def test_each_class(nlp, text, expected):
    found = {(a.actor, a.action_class, a.target) for a in actions_of(nlp, text)}
    assert expected in found, found


def test_make_statement_is_in_the_set_but_never_emitted(nlp):
    assert "make statement" in ACTION_CLASSES
    assert all(
        a.action_class != "make statement" for a in actions_of(nlp, "Norway said the talks would resume.")
    )


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("Chile reportedly warned Peru.", "reported"),
        ("Chile would isolate Peru.", "hedged"),
        ("Chile is close to hiring Peru's engineers and Acme Corp.", "hedged"),
        ("Chile did not warn Peru.", "negated"),
        ("Chile will sanction Peru next month.", "future"),
        ("Chile plans to sanction Peru.", "future"),
        ("If Peru refuses, Chile will sanction Peru.", "future"),
        ("Chile will protest if Peru attacks Bolivia.", "conditional"),
        ("Chile warned Peru on Tuesday.", "asserted"),
        ("The ministry said Chile warned Peru.", "reported"),
        # an obligation is no act yet (hedged, like "must"); one still to come is future; "yet to" is not done
        ("The accord still has to be ratified by Peru's parliament.", "hedged"),
        ("Chile must sanction Peru, the senator said.", "hedged"),
        ("Chile will need to ask Peru for help.", "future"),
        ("Peru has yet to sign the accord with Chile.", "negated"),
        ("The question is whether Peru's parliament ratifies the accord.", "hedged"),
        # a past "had to" + verb was done; "yet" before "had" is no "has yet to"
        ("And yet Chile had to withdraw its troops from Peru.", "asserted"),
        ("Chile is going to negotiate with Peru.", "future"),
        ("Chile is going to have to negotiate with Peru.", "future"),
        ("Chile is not going to have to negotiate with Peru.", "negated"),
        ("By Friday, Chile had yet to withdraw its troops from Peru.", "negated"),
        ("Prices are going up because Chile attacked Peru's refineries.", "asserted"),
    ],
)
def test_modalities(nlp, text, modality):
    found = actions_of(nlp, text)
    assert any(a.modality == modality for a in found), triples(found)


def test_pronoun_actor_resolves_to_the_person_named_before(nlp):
    found = actions_of(nlp, "Maria Lindqvist arrived in Oslo on Monday. She warned Denmark against the plan.")
    assert ("Maria Lindqvist", "warn or threaten", "Denmark") in {
        (a.actor, a.action_class, a.target) for a in found
    }
    action = next(a for a in found if a.action_class == "warn or threaten")
    assert action.actor_mention_id is not None
    assert action.actor_start == action.sentence_start  # the pronoun's own offsets


def test_it_in_a_reported_clause_is_the_reporter(nlp):
    found = actions_of(nlp, "The Estonian navy said it captured twelve smugglers.")
    assert any(a.actor == "Estonian navy" and a.action_class == "coerce" for a in found), triples(found)


def test_it_in_a_clause_a_country_warns_of_is_the_country_not_the_sentence_before(nlp):
    text = (
        "Latvia is home to 900 NATO soldiers. Norway warned Riga that if the cabinet signs a deal with "
        "Halvorsen Motors, it will reassess its deployment."
    )
    found = actions_of(nlp, text)
    assert ("Norway", "deploy or withdraw forces", None, "future") in triples(found), triples(found)
    assert not any(a.actor == "Latvia" for a in found), triples(found)


def test_unknown_actors_are_not_invented(nlp):
    text = (
        "Police arrested two men. The government warned the rebels. Someone attacked a bus. They denied it."
    )
    assert actions_of(nlp, text) == []


def test_force_verbs_need_forces_and_trade_verbs_need_a_named_counterpart(nlp):
    assert actions_of(nlp, "Norway withdrew its offer.") == []
    assert actions_of(nlp, "Norway sold more fish this year.") == []
    assert actions_of(nlp, "Norway will reconsider the fishing plan.") == []


def test_reconsidering_a_deployment_is_about_forces(nlp):
    for text in (
        "Norway said it would rethink its mission in Latvia.",
        "Norway will reconsider its deployment.",
    ):
        assert ("Norway", "deploy or withdraw forces", None) in {
            (a.actor, a.action_class, a.target) for a in actions_of(nlp, text)
        }, text


def test_empty_text(nlp):
    assert actions_of(nlp, "") == []
    assert actions_of(nlp, "   \n") == []


def test_offsets_point_into_the_text(nlp):
    text = "After a long night, Norway warned Sweden in Stockholm."
    (action,) = [a for a in actions_of(nlp, text) if a.action_class == "warn or threaten"]
    assert text[action.verb_start : action.verb_end] == "warned"
    assert text[action.actor_start : action.actor_end] == "Norway"
    assert action.target_start is not None and text[action.target_start : action.target_end] == "Sweden"
    assert action.place == "Stockholm"
    assert text[action.sentence_start : action.sentence_end] == action.sentence


def test_merge_counts_origins_and_positions_rank_actors(nlp):
    one = actions_of(nlp, "Norway warned Sweden.", "a1")
    two = actions_of(nlp, "Norway reportedly warned Sweden. Denmark attacked Iceland.", "a2")
    three = actions_of(nlp, "Norway warned Sweden on Monday.", "a3")
    groups = merge_actions(
        {"a1": one, "a2": two, "a3": three}, {"a3": "a1"}, {"a1": "2021-09-14", "a2": "2021-09-15"}
    )
    warn = next(g for g in groups if g.action_class == "warn or threaten")
    assert warn.article_ids == ("a1", "a2", "a3")
    assert warn.origin_count == 2  # a3 is a rewrite of a1
    assert warn.modalities == ("asserted", "reported")
    assert warn.date is None and warn.first_reported == "2021-09-14"  # no date stated: none guessed
    assert warn.text == "Norway warned Sweden."
    view = {p.name: p for p in story_positions(groups, [], [], {"a3": "a1"})}
    assert next(iter(view)) == "Norway"
    assert {g.action_class for g in view["Denmark"].actions} == {"use force"}


def test_merge_uses_entity_ids_when_given(nlp):
    one = actions_of(nlp, "Norway warned Sweden.", "a1")
    two = actions_of(nlp, "Oslo warned Sweden.", "a2")
    entity_of = {a.actor_mention_id: "E-NO" for a in one + two if a.actor_mention_id}
    groups = merge_actions({"a1": one, "a2": two}, {}, {}, entity_of=entity_of)
    assert len(groups) == 1 and groups[0].actor_key == "E-NO"
    # told by the story's name for the entity, whichever outlet's spelling is clearest
    named = merge_actions(
        {"a1": one, "a2": two}, {}, {}, entity_of=entity_of, names={"E-NO": "Kingdom of Norway"}
    )
    assert named[0].actor == "Kingdom of Norway" and named[0].target == "Sweden"


# -- the gold set and the task


def _write(tmp_path: Path, mutate) -> Path:
    raw = json.loads(gold_file().read_text(encoding="utf-8"))
    mutate(raw)
    path = tmp_path / "actions.json"
    path.write_text(json.dumps(raw), encoding="utf-8")
    return path


@needs_data
def test_gold_loads_with_both_splits():
    documents = load_action_gold(DATA)
    assert len(documents) >= 40
    assert sum(d.split == "test" for d in documents) >= 10
    for d in documents:
        for a in d.actions:
            assert a.action_class in ACTION_CLASSES and a.action_class != "make statement"
            assert d.text[a.start : a.end].strip()


@needs_data
@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda r: r["documents"][0].update(text_sha256="0" * 64), "text_sha256"),
        (lambda r: r["documents"][0]["actions"][0].update({"class": "hug"}), "class"),
        (lambda r: r["documents"][0]["actions"][0].update(modality="maybe"), "modality"),
        (lambda r: r["documents"][0]["actions"][0].update(end=10**7), "outside the text"),
        (lambda r: r["documents"][0]["actions"][0].update(trigger="zzz"), "does not match"),
        (lambda r: r["documents"][0]["actions"][0].update(target=None), "both"),
        (lambda r: r["documents"][0].update(split="train"), "split"),
        (lambda r: r["documents"][0].update(doc_id="nope"), "not found"),
    ],
)
def test_gold_validation_fails_in_one_line(tmp_path, mutate, message):
    with pytest.raises(DataMissing) as info:
        load_action_gold(DATA, _write(tmp_path, mutate))
    assert message in str(info.value) and "\n" not in str(info.value)


def test_missing_gold_file_is_one_line(tmp_path):
    with pytest.raises(DataMissing, match="not found"):
        load_action_gold(tmp_path, tmp_path / "none.json")


@needs_data
def test_the_task_scores_every_split():
    from storyline.eval import actions_task
    from storyline.eval.registry import EvalContext

    result = actions_task.run(EvalContext.default(data=DATA), "gold")
    scores = {(m.split, m.metric): m.score for m in result.measurements}
    for split in ("dev", "test", "all"):
        assert scores[(split, "triple precision")] is not None
    # a sanity bound (the pinned floors are the measure): blind batches of long, hard documents keep joining
    # the dev set, each scored as found at a recall of 0.16-0.45
    assert scores[("all", "triple precision")] >= 0.7
    assert scores[("all", "triple recall")] >= 0.45
    with pytest.raises(DataMissing):
        actions_task.run(EvalContext.default(data=DATA), "ecbplus")


@pytest.mark.skipif(not SEEDS.is_dir(), reason=f"seed folder {SEEDS} not found")
def test_seeds_actions_cover_the_story(nlp, tmp_path):
    from storyline.ingest import ingest
    from storyline.store import Database

    db = Database(tmp_path / "seeds.db")
    ingest(db, [str(SEEDS)])
    found: set[tuple[str, str, str | None]] = set()
    for article in db.iter_articles():
        doc = nlp(article.text)
        found |= {
            (a.actor, a.action_class, a.target)
            for a in extract_actions(article, doc, extract_mentions(article, doc))
        }
    db.close()
    classes = {(actor, cls) for actor, cls, _ in found}
    assert ("France", "warn or threaten") in classes
    assert ("Germany", "warn or threaten") in classes
    assert any(cls == "negotiate" and target and "Wagner" in target for _, cls, target in found)
    assert any(cls == "accuse or criticise" and target == "France" for _, cls, target in found)
    assert any(cls == "deny" for _, cls, _ in found)


# -- stricter evidence: names, clauses, senses


def found_triples(nlp, text: str) -> set[tuple[str, str, str | None]]:
    return {(a.actor, a.action_class, a.target) for a in actions_of(nlp, text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # coordinated subjects and coordinated by-agents each act
        (
            "France and Germany warned Mali on Monday.",
            {("France", "warn or threaten", "Mali"), ("Germany", "warn or threaten", "Mali")},
        ),
        # a passive with a named by-agent counts even when the patient is not named
        ("The rebels were attacked by Nigerian troops.", {("Nigerian troops", "use force", None)}),
        # the name in apposition to a common-noun subject
        (
            "Film director Anna Berg was unable to reach a deal with the studio.",
            {("Anna Berg", "agree or sign", None)},
        ),
        # a group of a named body
        (
            "Officials from Peru agreed to buy ten Boeing jets.",
            {("Officials from Peru", "agree or sign", "Boeing")},
        ),
        # light verb + event noun: the noun is the trigger, not "held" (coerce)
        ("Russia held talks with Ukraine in Geneva.", {("Russia", "negotiate", "Ukraine")}),
        ("Putin held a meeting with Erdogan.", {("Putin", "negotiate", "Erdogan")}),
        ("Kenya issued an ultimatum to Somalia.", {("Kenya", "warn or threaten", "Somalia")}),
        ("Sony put in a bid for the studio.", {("Sony", "negotiate", None)}),
        # "call on" is an appeal
        ("Mali called on Russia to help.", {("Mali", "appeal or request", "Russia")}),
        # "agreed to buy X": one action, the agreement, whose target is what the purchase names
        ("Shell agreed to buy BG Group.", {("Shell", "agree or sign", "BG Group")}),
        # the name in apposition inside the object beats a possessive modifier
        (
            "Obama asked CNN's correspondent Sanjay Gupta to serve.",
            {("Obama", "appeal or request", "Sanjay Gupta")},
        ),
        (
            "Acme settled its dispute with the Beatles' label, Apple Corps.",
            {("Acme", "agree or sign", "Apple Corps")},
        ),
    ],
)
def test_actors_and_targets(nlp, text, expected):
    assert found_triples(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Chile urged Peru to sanction Bolivia.",  # only Chile acts: Peru was asked to
        "Democrats want Bush to help Detroit automakers.",  # wished for, not done
        "Obama was so intent on recruiting Gupta that he waited.",  # an intention under an adjective
        "Paris tried to dissuade Bamako from sealing the deal.",  # prevented, not done
        "It was easy for them to deny, Igor Petrov told RFI.",  # "them" is not the person who told
        "The navy said in a statement that it was ready.",  # a lower-case "navy" is not a name
    ],
)
def test_clauses_that_carry_no_action_of_their_own(nlp, text):
    found = found_triples(nlp, text)
    assert not any(cls in ("sanction", "cooperate", "deny") for _, cls, _ in found), found
    assert ("Peru", "sanction", "Bolivia") not in found and ("Chile", "sanction", "Bolivia") not in found


@pytest.mark.parametrize(
    "text",
    [
        "Microsoft holds a stake in Yahoo.",
        "Obama won Iowa on Tuesday.",
        "Ryanair ordered 50 Boeing jets.",
        "Spielberg shot the film in Malta.",
        "Obama captured the nomination in June.",
        "The rebels seized power in Bamako.",
        "Boeing sank 3 percent on Monday.",
        "Merkel offered her condolences to France.",
        "Apple suspended production in China.",
        "Rivera refused to comment on the report.",
    ],
)
def test_verbs_in_other_senses_are_not_actions(nlp, text):
    assert actions_of(nlp, text) == [], triples(actions_of(nlp, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Somali pirates held the crew hostage.", ("Somali pirates", "coerce", None)),
        ("Somali pirates seized a number of vessels.", ("Somali pirates", "coerce", None)),
        ("Obama attacked McCain over his tax plan.", ("Obama", "accuse or criticise", "McCain")),
        ("Airbus secured a contract with Qantas.", ("Airbus", "agree or sign", "Qantas")),
        ("Boeing inked a deal with Ryanair.", ("Boeing", "agree or sign", "Ryanair")),
        ("The Indian navy destroyed the pirate ship.", ("Indian navy", "use force", None)),
        ("Ford refused to accept the demands of the union.", ("Ford", "deny", None)),
        (
            "Le Drian warned France could end its cooperation with Mali.",
            ("Le Drian", "warn or threaten", None),
        ),
        ("Russia deployed troops in Syria.", ("Russia", "deploy or withdraw forces", "Syria")),
        ("Hamas fired rockets at Israel.", ("Hamas", "use force", "Israel")),  # "at" aims, "in" sets
        ("Norway fired its ambassador, Ola Berg.", ("Norway", "sanction", "Ola Berg")),  # dismissing someone
    ],
)
def test_senses_and_targets(nlp, text, expected):
    found = found_triples(nlp, text)
    assert expected in found, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sanjay Gupta said he had been approached by the Obama administration.",
            {("Obama administration", "appeal or request", "Sanjay Gupta")},
        ),
        ("Mali is being warned by the French Defense Minister.", set()),  # a role, not a name
        ("In Syria, Turkey denounced the attacks.", {("Turkey", "accuse or criticise", None)}),  # a setting
        ("Police in Kenya arrested John Mwangi.", {("Police in Kenya", "coerce", "John Mwangi")}),
    ],
)
def test_passive_pronoun_targets_roles_and_settings(nlp, text, expected):
    assert found_triples(nlp, text) == expected


# -- settled conventions: verbs and event nouns, named groups, clauses, headlines


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # appeal or request: seek help, advise / force / plead
        ("Greece sought loans from Germany.", ("Greece", "appeal or request", "Germany")),
        ("Kenya advised Uganda to close the border.", ("Kenya", "appeal or request", "Uganda")),
        (
            "General Motors pleaded with Congress for a loan.",
            ("General Motors", "appeal or request", "Congress"),
        ),
        # coerce: made to do something; charges as an event noun
        ("Peru forced Chile to withdraw its ambassador.", ("Peru", "coerce", "Chile")),
        ("Utah filed charges against John Smith.", ("Utah", "coerce", "John Smith")),
        # deny: object to, disapprove of, vote down, decline an offer
        ("Spain objected to the plan.", ("Spain", "deny", None)),
        ("Ireland disapproves of the takeover.", ("Ireland", "deny", None)),
        ("Denmark voted the proposal down.", ("Denmark", "deny", None)),
        ("Boeing declined the offer.", ("Boeing", "deny", None)),
        # accuse or criticise: expressed disappointment
        ("Italy expressed disappointment with Austria.", ("Italy", "accuse or criticise", "Austria")),
        # agree or sign: uphold a protest, secure deals
        ("Norway upheld Sweden's protest.", ("Norway", "agree or sign", "Sweden")),
        ("Boeing secured $5bn of aircraft deals.", ("Boeing", "agree or sign", None)),
        # cooperate: aid as an event noun, a paid stake, a takeover, working together
        ("Japan provided aid to Nepal.", ("Japan", "cooperate", "Nepal")),
        ("Shell will pay $2 billion for a stake in Petrobras.", ("Shell", "cooperate", "Petrobras")),
        ("Ryanair is trying to take over Aer Lingus.", ("Ryanair", "cooperate", "Aer Lingus")),
        # warn or threaten: set an ultimatum before someone
        ("Germany set an ultimatum before Volkswagen.", ("Germany", "warn or threaten", "Volkswagen")),
        # use force: foil an attack, open fire, target people
        ("The Indian navy foiled a pirate attack.", ("Indian navy", "use force", None)),
        ("Hamas opened fire on Israeli troops.", ("Hamas", "use force", "Israeli troops")),
        ("Hamas targeted Israeli soldiers.", ("Hamas", "use force", "Israeli soldiers")),
        # sanction: dismissing staff in numbers (no target), discipline, delist
        ("Acme Corp will lay off 500 workers.", ("Acme Corp", "sanction", None)),
        ("Ford will fire 12% of its managers.", ("Ford", "sanction", None)),
        ("Microsoft disciplined Tom Baker.", ("Microsoft", "sanction", "Tom Baker")),
    ],
)
def test_convention_verbs_and_event_nouns(nlp, text, expected):
    found = found_triples(nlp, text)
    assert expected in found, found


def test_aid_is_the_trigger_of_provided_aid(nlp):
    (action,) = actions_of(nlp, "Japan provided aid to Nepal.")
    assert action.verb == "aid"


def test_attempting_to_act_is_future(nlp):
    (action,) = actions_of(nlp, "Ryanair is trying to take over Aer Lingus.")
    assert action.modality == "future"


@pytest.mark.parametrize(
    "text",
    [
        "Boeing declined to comment.",  # speech, not a rejection
        "Apple plans to sell movies on iTunes.",  # where it is sold, not a named counterpart
        "Rebels took over Bunia.",  # a town, not a company
        "Mark Doyle was ordered to remain in custody.",  # asked of him, and custody is not his act
        "Jackson arrested on suspicion of drunk driving",  # a headline passive: Jackson is arrested
        "Convicted of murder and assault, Lopez faces life in prison.",  # nouns, not his verbs
        "Peru was urged to sanction Bolivia.",  # asked, not done
        "Thousands of students held a protest in Athens.",  # a demonstration, not a formal protest
        "Ann Lee is said to be rough to work with.",  # working with no one named
        "Ann Lee had to force her way through the crowd to speak.",  # an idiom, no one made to act
        "Paul Grant provided first aid to Ann Lee.",  # care for the injured, not aid to a party
    ],
)
def test_convention_non_actions(nlp, text):
    found = found_triples(nlp, text)
    assert found == set(), found


def test_struck_and_killed_is_one_killing(nlp):
    found = found_triples(nlp, "Mark Doyle struck and killed Ann Lee with his car.")
    assert found == {("Mark Doyle", "use force", "Ann Lee")}
    assert [a.verb for a in actions_of(nlp, "Mark Doyle struck and killed Ann Lee with his car.")] == [
        "killed"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # capitalised institutions and teams the entity tagger may miss
        ("Later the Defense Ministry warned Georgia.", ("Defense Ministry", "warn or threaten", "Georgia")),
        ("On Monday the Orioles made an offer.", ("Orioles", "negotiate", None)),
        # a party or a company + a collective noun
        ("GM's bondholders rejected the offer.", ("GM's bondholders", "deny", None)),
        # a common noun with the name it is identified as
        ("The gunman, identified as Paul Grant, shot two guards.", ("Paul Grant", "use force", None)),
        # an infinitive or gerund under a passive is done by its passive subject
        ("Google was selected to buy Motorola.", ("Google", "cooperate", "Motorola")),
        ("Mark Dunn is accused of shooting Paul Reed.", ("Mark Dunn", "use force", "Paul Reed")),
        # "it" for the named subject of the sentence before
        ("Fiat signed the deal on Monday. It will also buy Chrysler.", ("Fiat", "cooperate", "Chrysler")),
    ],
)
def test_more_named_actors(nlp, text, expected):
    found = found_triples(nlp, text)
    assert expected in found, found


def test_a_demand_that_someone_act_is_not_their_act(nlp):
    found = found_triples(
        nlp, "Republican Party leaders insisted that the United Auto Workers union accept cuts."
    )
    # (the party is the actor's text, as the gold notes say of a party + collective noun)
    assert ("Republican Party", "appeal or request", "United Auto Workers union") in found, found
    assert not any(cls == "agree or sign" for _, cls, _ in found), found


def test_lists_and_they_give_one_action_per_name(nlp):
    found = found_triples(nlp, "Three carmakers, Ford, Fiat and Toyota, sued Japan.")
    assert {a for a, cls, _ in found if cls == "accuse or criticise"} == {"Ford", "Fiat", "Toyota"}, found
    text = "Toyota and Honda said they would work together."
    actions = [a for a in actions_of(nlp, text) if a.action_class == "cooperate"]
    assert {a.actor for a in actions} == {"Toyota", "Honda"}
    assert all(text[a.actor_start : a.actor_end] == "they" for a in actions)


def test_a_headline_is_parsed_apart_from_the_lines_after_it(nlp):
    text = (
        "Indian ship thwarts piracy attempt\nUpdated: November 11, 2011 18:50 IST\n"
        "Indian Naval ship, INS Trishul, thwarted a piracy attack in the Gulf of Aden.\n"
    )
    found = found_triples(nlp, text)
    assert ("INS Trishul", "use force", None) in found, found
    article = Article(id="h", source="t", format="text", title=None, text=text)
    # The shared parse breaks sentences at every line break, for every stage.
    lines = [s.text.strip() for s in nlp(text).sents if s.text.strip()]
    assert all("\n" not in line for line in lines), lines
    assert extract_actions(article, nlp("One line only."), []) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an active verb coordinated with a passive one is done by the passive subject
        (
            "Mark Dunn was freed in 2004 and attacked Paul Reed again.",
            ("Mark Dunn", "use force", "Paul Reed"),
        ),
        # a party to talks, whatever the voice of the verb that carries them
        ("Paul Grant and the club are locked in talks.", ("Paul Grant", "negotiate", None)),
        # an instruction: told someone to do something
        ("Nokia told customers to return the phones.", ("Nokia", "appeal or request", None)),
        # a causative verb's object does what follows
        ("The ruling prompted Sony to sue Nintendo.", ("Sony", "accuse or criticise", "Nintendo")),
        # a nationality and a plural are a named group
        ("Turkish rioters attacked a police station.", ("Turkish rioters", "use force", None)),
        # the subject a relative clause on a predicate noun describes
        ("Paul Reed is the gunman who killed two guards.", ("Paul Reed", "use force", None)),
        # firing at someone needs no named target
        ("Paul Reed is accused of firing at the guards.", ("Paul Reed", "use force", None)),
        ("Mark Dunn was convicted of beating Paul Reed.", ("Mark Dunn", "use force", "Paul Reed")),
    ],
)
def test_clause_patterns_from_the_fourth_gold_batch(nlp, text, expected):
    found = found_triples(nlp, text)
    assert expected in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Congress killed the bill in May.",  # a bill is killed only in a figure of speech
        "Ann Lee was asked by Paul Reed whether she had seen the car.",  # a question, not a request
        "Paul Grant asked Ann Lee if she was ready.",
        "Lionsgate wants Catching Fire in cinemas by May.",  # a film's title, not a capture
        "Instead of attacking Lorvia, the Vessian army withdrew.",  # what was not done
        "Rather than sign a deal with Nokia, Apple withdrew.",
        "Nokia will offer a free case to anyone who bought the phone.",  # a promotion, not a bargain
    ],
)
def test_figures_questions_and_titles_are_not_actions(nlp, text):
    found = {(a, cls) for a, cls, _ in found_triples(nlp, text)}
    kinds = ("use force", "appeal or request", "coerce", "agree or sign", "accuse or criticise", "negotiate")
    assert not any(cls in kinds for _, cls in found), found


def test_only_a_causative_makes_its_object_act(nlp):
    # "prompting Apple Corps to file suit" is Apple Corps's suit; "to capture" is Poland's purpose
    assert not any(
        actor == "Lorvia"
        for actor, _, _ in found_triples(nlp, "Poland defeated Lorvia to capture its leader.")
    )
    assert ("Samsung", "accuse or criticise", "Nokia") in found_triples(
        nlp, "Apple spurred Samsung to sue Nokia."
    )


def test_a_place_in_the_object_is_a_setting_not_a_target(nlp):
    found = found_triples(nlp, "Greek rioters attacked shops and banks in Athens.")
    assert ("Greek rioters", "use force", None) in found, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nokia encourages all its customers to update.", ("Nokia", "appeal or request", None)),
        ("Ann Lee advised against doing business with Nokia.", ("Ann Lee", "appeal or request", None)),
        ("In 2001 Paul Reed stabbed Ann Lee.", ("Paul Reed", "use force", "Ann Lee")),
        ("Paul Reed gunned down Ann Lee with a rifle.", ("Paul Reed", "use force", "Ann Lee")),
        ("Judge Ann Lee handed down a life sentence.", ("Ann Lee", "coerce", None)),
        ("A Fulton County jury issued a death sentence.", ("Fulton County jury", "coerce", None)),
        ("Tom Fenwick in Tough Negotiation for Sequel", ("Tom Fenwick", "negotiate", None)),
        ("Paul Reed is seeking a five-year deal.", ("Paul Reed", "appeal or request", None)),
        ("Police say Paul Reed pointed a gun at officers.", ("Paul Reed", "warn or threaten", None)),
        ("Paul Reed is accused of firing the fatal shot.", ("Paul Reed", "use force", None)),
        ("Ann Lee fired the board in May.", ("Ann Lee", "sanction", None)),
        ("Nasdaq coordinated its move with the NYSE.", ("Nasdaq", "cooperate", "NYSE")),
        # a relative pronoun on a noun in apposition to a name
        (
            "The club signed Tom Fenwick, the captain who declined an offer last year.",
            ("Tom Fenwick", "deny", None),
        ),
    ],
)
def test_verbs_and_nouns_from_the_fifth_gold_batch(nlp, text, expected):
    found = found_triples(nlp, text)
    assert expected in found, found


def test_with_is_the_weapon_of_force_but_the_other_side_of_a_fight(nlp):
    assert ("Paul Reed", "use force", None) in found_triples(
        nlp, "Paul Reed opened fire with a Smith & Wesson."
    )
    assert not any(t for _, cls, t in found_triples(nlp, "Paul Reed opened fire with a Smith & Wesson."))


@pytest.mark.parametrize(
    "text",
    [
        "Tom Fenwick is hoping that Ford will sign a deal with the UAW.",  # a hope
        "Ann Lee had a score she had to settle.",  # revenge, not an agreement
    ],
)
def test_hopes_and_idioms_are_not_actions(nlp, text):
    found = found_triples(nlp, text)
    assert not any(cls in ("negotiate", "agree or sign") for _, cls, _ in found), found


def test_he_after_unnamed_reporters_is_the_person_named_before(nlp):
    text = "Tom Fenwick wants a raise. Sources say he met with Lionsgate on Monday."
    assert ("Tom Fenwick", "negotiate", "Lionsgate") in found_triples(nlp, text)
    # but a singular unnamed reporter is who "he" is: no name is invented
    text = "Ann Lee was shot. The officer says he killed Paul Reed by accident."
    assert not any(actor == "Ann Lee" for actor, _, _ in found_triples(nlp, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the noun an "accused of" participle describes, through its apposition to a name
        (
            "The court heard Tom Fenwick, the teen accused of shooting Ann Lee, on Monday.",
            ("Tom Fenwick", "use force", "Ann Lee"),
        ),
        ("Youths in Athens attacked a police station.", ("Youths in Athens", "use force", None)),
        # talks among coordinated subjects need no other party
        ("Ford and Fiat met in Turin on Monday.", ("Fiat", "negotiate", None)),
    ],
)
def test_clause_patterns_from_the_sixth_gold_batch(nlp, text, expected):
    found = found_triples(nlp, text)
    assert expected in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Chargers’ Tom Fenwick Arrested For DUI",  # a headline passive inside a relative clause
        "Ann Lee is now in police custody.",  # held, not holding
        "Tom Fenwick remembered asking, 'Is it the best car in America?'",  # a question
        "Ann Lee suggests that Nokia is at a disadvantage.",  # a statement, not a request
        "Ann Lee discussed new features of the phone.",  # a presentation, not talks
    ],
)
def test_passives_questions_and_presentations_are_not_actions(nlp, text):
    found = found_triples(nlp, text)
    assert not any(cls in ("coerce", "appeal or request", "negotiate") for _, cls, _ in found), found


def test_a_place_in_an_offer_is_not_its_counterpart(nlp):
    found = found_triples(nlp, "Nokia will offer buyouts to 2,000 employees in Finland.")
    assert ("Nokia", "negotiate", None) in found, found


def test_the_purpose_of_a_meeting_is_not_a_second_action(nlp):
    found = [a.verb for a in actions_of(nlp, "OPEC will hold a meeting on Friday to discuss prices.")]
    assert found == ["meeting"], found


def test_he_carries_back_through_sentences_that_go_on_about_him(nlp):
    text = (
        "Tom Fenwick was being driven to his hearing. He slipped out of the van. He ran across the river. "
        "Near the old mill, he attacked Paul Reed."
    )
    assert ("Tom Fenwick", "use force", "Paul Reed") in found_triples(nlp, text)
    # a sentence about something else breaks the chain: no one is named for the "he"
    text = (
        "Tom Fenwick was being driven to his hearing. The van was old. The river was high. "
        "Near the old mill, he attacked Paul Reed."
    )
    assert not any(actor == "Tom Fenwick" for actor, _, _ in found_triples(nlp, text))


def test_he_is_not_a_woman_the_article_calls_ms(nlp):
    text = (
        "Mr. Fenwick was released in 2008. Ms. Lee was the victim in that case. "
        "In 2005, he attacked her near the river."
    )
    found = found_triples(nlp, text)
    assert ("Fenwick", "use force", "Lee") in found, found


def test_a_womans_own_pronoun_in_her_clause_tells_her_gender(nlp):
    # "her job" in the clause of which Lee is the subject: Lee is a woman, so the "he" is Fenwick
    text = (
        "Tom Fenwick joined the firm in May. Ann Lee was suspended from her job on Monday. "
        "Later that day he attacked Paul Reed."
    )
    found = found_triples(nlp, text)
    assert ("Tom Fenwick", "use force", "Paul Reed") in found, found


def test_an_offer_made_to_someone_parsed_as_a_clause_of_its_own(nlp):
    # the parser reads "made Ann Lee an offer" as a clause whose subject is Ann Lee: she is the target
    found = found_triples(nlp, "The Rovers have not made Ann Lee an offer.")
    assert ("Rovers", "negotiate", "Ann Lee") in found, found
    assert not any(actor == "Ann Lee" for actor, _, _ in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tom Fenwick slammed Ann Lee.", ("Tom Fenwick", "accuse or criticise", "Ann Lee")),
        ("Norway expelled Ivan Petrov.", ("Norway", "sanction", "Ivan Petrov")),
    ],
)
def test_verbs_that_double_their_last_consonant(nlp, text, expected):
    assert expected in found_triples(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ann Lee rebuked Tom Fenwick.", ("Ann Lee", "accuse or criticise", "Tom Fenwick")),
        ("Tom Fenwick blasted Ann Lee over the merger.", ("Tom Fenwick", "accuse or criticise", "Ann Lee")),
        ("Russia vetoed the resolution.", ("Russia", "deny", None)),
        ("Hamas kidnapped Ivan Petrov on Monday.", ("Hamas", "coerce", "Ivan Petrov")),
        ("Norway deported Ivan Petrov.", ("Norway", "coerce", "Ivan Petrov")),
        ("Hamas wounded two soldiers.", ("Hamas", "use force", None)),
    ],
)
def test_more_verbs_of_the_classes(nlp, text, expected):
    assert expected in found_triples(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Tom Fenwick injured his knee in training.",  # hurt himself: no one attacked
        "Tom Fenwick blasted music all night.",  # blasting needs someone blasted
    ],
)
def test_verbs_of_force_and_criticism_need_the_right_object(nlp, text):
    assert found_triples(nlp, text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name that only describes a common noun is not the target; a deal's is the other party
        ("Tom Fenwick shot and killed a U.S. Customs agent.", ("Tom Fenwick", "use force", None)),
        ("Airbus won a Qatar Airways order.", ("Airbus", "agree or sign", "Qatar Airways")),
        ("Ann Lee was highly critical of Tom Fenwick.", ("Ann Lee", "accuse or criticise", "Tom Fenwick")),
        ("Ann Lee lamented the lack of money.", ("Ann Lee", "accuse or criticise", None)),
        ("Tom Fenwick partnered with Ann Lee.", ("Tom Fenwick", "cooperate", "Ann Lee")),
        ("Tom Fenwick was remanded by Leeds magistrates.", ("Leeds magistrates", "coerce", "Tom Fenwick")),
        ("Greek protesters threw petrol bombs at a bank.", ("Greek protesters", "use force", None)),
        ("Ann Lee went on a shooting rampage.", ("Ann Lee", "use force", None)),
        # an order with an unnamed addressee is still an order
        (
            "Ann Lee pointed a gun at two guards and ordered them to open the door.",
            ("Ann Lee", "appeal or request", None),
        ),
        # the passive participle fronted before its clause is done to that clause's subject
        (
            "Tom Fenwick plays for the Rovers. Arrested by the Leeds police, he was held all night.",
            ("Leeds police", "coerce", "Tom Fenwick"),
        ),
    ],
)
def test_clause_patterns_from_the_seventh_gold_batch(nlp, text, expected):
    found = found_triples(nlp, text)
    assert expected in found, found


@pytest.mark.parametrize(
    "text",
    [
        "The FBI offered a $5,000 reward for information.",  # to the public: nobody to negotiate with
        "Tom Fenwick accused of double murder",  # a headline passive: he is accused
        "Ann Lee lamented that the vigil turned into a riot.",  # a statement
        "Tom Fenwick often speaks of signing younger players.",  # a topic
        "Ann Lee called police to her flat for the smell.",  # "for" far from "called" asks for nothing
        "Ann Lee ran and threw a party.",  # throwing needs something thrown at someone
    ],
)
def test_what_the_seventh_gold_batch_does_not_count(nlp, text):
    assert found_triples(nlp, text) == set()


def test_a_pronoun_is_not_whom_its_own_verb_is_done_to_nor_the_reporter_after_it(nlp):
    text = (
        "Jerry Ortiz knocked on the door when Jose Orozco came out. "
        "He shot Ortiz in the head and fled, Ray Peavy said."
    )
    found = found_triples(nlp, text)
    assert ("Jose Orozco", "use force", "Jerry Ortiz") in found, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia held Ukraine responsible for the attack.", ("Russia", "accuse or criticise", "Ukraine")),
        ("The Estonian navy said it had fired in self-defence.", ("Estonian navy", "use force", None)),
        ("Ann Lee pulled a gun on two guards and fired it.", ("Ann Lee", "use force", None)),
        ("Rioters in Greece set fire to a bank.", ("Rioters in Greece", "use force", None)),
        ("Greek police clashed with protesters.", ("Greek police", "use force", None)),
        (
            "Barack Obama directed the Commerce Department to review it.",
            ("Barack Obama", "appeal or request", "Commerce Department"),
        ),
        ("Hamas tried to storm the embassy.", ("Hamas", "use force", None)),
        # an organisation's people act as it, the organisation the actor's text ("Republican Party leaders")
        ("FBI agents arrested Tom Fenwick.", ("Federal Bureau of Investigation", "coerce", "Tom Fenwick")),
        # inside the quotation the speaker would say "I": "she" is the woman named before
        (
            "Ann Lee was suspended on Monday. “She came back,” says Tom Fenwick, “and she shot Paul Reed.”",
            ("Ann Lee", "use force", "Paul Reed"),
        ),
    ],
)
def test_clause_patterns_from_the_eighth_gold_batch(nlp, text, expected):
    found = found_triples(nlp, text)
    assert expected in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Ann Lee directed the film in Oslo.",  # directing a film asks nothing of anyone
        "Ann Lee stormed out of the meeting.",
        "Ann Lee spent the day signing memorabilia.",  # autographs, not an agreement
        "Indian commandos seized a cache of arms.",  # seizing is done to people and ships
        "Asked by the BBC if Norway intended to attack Sweden, Ann Lee said no.",  # a question
    ],
)
def test_what_the_eighth_gold_batch_does_not_count(nlp, text):
    assert found_triples(nlp, text) == set()


def test_fired_without_an_object_is_shooting_but_fired_by_an_employer_is_dismissal(nlp):
    found = found_triples(nlp, "Tom Fenwick had been fired last week by a Leeds company.")
    assert ("Leeds company", "sanction", "Tom Fenwick") in found, found
    assert not any(cls == "use force" for _, cls, _ in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "her" as an object says nothing of the subject's gender
        (
            "Tom Fenwick met her in Paris. He said he would sue Paul Reed.",
            ("Tom Fenwick", "accuse or criticise", "Paul Reed"),
        ),
        # a pronoun in the reporter's own adverbial clause is the reporter
        (
            "After he met Ivan Petrov on Monday, Tom Fenwick said the talks went well.",
            ("Tom Fenwick", "negotiate", "Ivan Petrov"),
        ),
        # a quoted title between the reporter and the pronoun is no quotation of the pronoun
        (
            'Tom Fenwick told "The Times" that he attacked Paul Reed.',
            ("Tom Fenwick", "use force", "Paul Reed"),
        ),
        # a name describing a thing may still be its party ("a U.S. Customs agent" is no one named)
        ("Israel bombed a Hamas training camp.", ("Israel", "use force", "Hamas")),
    ],
)
def test_pronouns_and_targets_the_review_of_the_eighth_batch_guards(nlp, text, expected):
    found = found_triples(nlp, text)
    assert expected in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Tom Fenwick was hired by Ford in 2005 and fired in 2008.",  # passive through the first verb
        "Israel blasted Gaza with airstrikes.",  # force, not the criticism "blasted" usually is
    ],
)
def test_dismissal_and_bombardment_are_not_read_as_shooting_or_criticism(nlp, text):
    found = found_triples(nlp, text)
    assert not any(cls in ("use force", "accuse or criticise") for _, cls, _ in found), found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "whom" stands for the noun its clause describes, for both coordinated verbs
        (
            "His partner, Ivan Petrov, whom Tom Fenwick shot and killed in 1957, was from Leeds.",
            ("Tom Fenwick", "use force", "Ivan Petrov"),
        ),
        (
            "Paul Reed said he has spoken with U.S. attorneys about a trial.",
            ("Paul Reed", "negotiate", "U.S. attorneys"),
        ),
    ],
)
def test_clause_patterns_from_the_ninth_gold_batch(nlp, text, expected):
    found = found_triples(nlp, text)
    assert expected in found, found
    if "whom" in text:
        assert ("Tom Fenwick", "use force", None) not in found, found


@pytest.mark.parametrize(
    ("text", "unwanted"),
    [
        # the one who gave the orders is not whom the shots were fired at
        ("Tom Fenwick fired from the roof on the orders of his brother Paul Fenwick.", "Paul Fenwick"),
        ("Tom Fenwick acquired the nickname Bubba.", "Bubba"),  # a nickname has no seller
    ],
)
def test_names_the_ninth_gold_batch_does_not_make_targets(nlp, text, unwanted):
    assert not any(target == unwanted for _, _, target in found_triples(nlp, text))


def test_a_name_the_tagger_ran_into_its_own_verb_is_no_actor(nlp):
    # title case makes the tagger read "Biologists Call" as an organisation; its verb is not part of a name
    found = found_triples(nlp, "Biologists Call on Obama Administration to Overturn Bush Rules")
    assert not any(actor.endswith("Call") for actor, _, _ in found), found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a title before a name ends no sentence: the target is the named officer, not "Sgt"
        (
            "Tom Fenwick pointed a gun at Sgt. Paul Reed and fled.",
            ("Tom Fenwick", "warn or threaten", "Paul Reed"),
        ),
        # "police who claim he ...": the police report it, so "he" is the person named before
        (
            "Kimani Gray was killed on Monday by police who claim he pointed a gun at Mourad Mourad.",
            ("Kimani Gray", "warn or threaten", "Mourad Mourad"),
        ),
        # the victims listed after the verb are no apposition to its subject (a misparse of the semicolons)
        (
            "Brian Nichols escaped from the jail. He burst into the courtroom and shot and killed Judge"
            " Rowland Barnes; a court reporter, Julie Ann Brandau; and Sgt. Hoyt Teasley, a Fulton County"
            " sheriff's deputy.",
            ("Brian Nichols", "use force", "Rowland Barnes"),
        ),
    ],
)
def test_names_and_sentences_from_the_tenth_gold_batch(nlp, text, expected):
    found = found_triples(nlp, text)
    assert expected in found, found
    assert not any(actor in ("Julie Ann Brandau", "Hoyt Teasley") for actor, _, _ in found), found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "is to be sentenced": the passive subject of the verb it completes, and an arrangement to come
        (
            "Jose Orozco is to be formally sentenced May 3 by Judge Philip Hickock.",
            ("Philip Hickock", "coerce", "Jose Orozco"),
        ),
        ("Jermayne Timmons pulled the trigger.", ("Jermayne Timmons", "use force", None)),
        ("The gunman, Tom Fenwick, took three employees hostage.", ("Tom Fenwick", "coerce", None)),
        (
            "Indian commandos exchanged fire with Somali pirates.",
            ("Indian commandos", "use force", "Somali pirates"),
        ),
        # the forces flown are no target
        ("The Navy flew its Marine Commandos to the scene.", ("Navy", "deploy or withdraw forces", None)),
        (
            "Experts hired by the Grigoropoulos family said the bullet was deformed.",
            ("Grigoropoulos family", "cooperate", None),
        ),
        # a zero relative: the noun the clause describes is the object, via its apposition
        (
            "Tom Fenwick lost money in Castaways Inc., a Nevada company he bought in 1963.",
            ("Tom Fenwick", "cooperate", "Castaways Inc."),
        ),
        # an object pronoun is not its own clause's subject
        (
            "Anthony LaSalle was drunk. LuAnn Johnson was walking home when LaSalle struck and killed her.",
            ("Anthony LaSalle", "use force", "LuAnn Johnson"),
        ),
        # "be" bare after "insisted" is a subjunctive: a demand
        ("Mark Felt insisted his alter ego be kept secret.", ("Mark Felt", "appeal or request", None)),
        # wounding people: "mom" and "girl" are people
        (
            "Another mom and a girl were wounded by rooftop sniper Andrew Lopez.",
            ("Andrew Lopez", "use force", None),
        ),
    ],
)
def test_clause_patterns_from_the_tenth_gold_batch(nlp, text, expected):
    found = found_triples(nlp, text)
    assert expected in found, found


def test_a_scheduled_passive_is_future(nlp):
    (action,) = actions_of(nlp, "Jose Orozco is to be formally sentenced May 3 by Judge Philip Hickock.")
    assert action.modality == "future"


@pytest.mark.parametrize(
    "text",
    [
        # the relative clause's passive runs through "and": no one is named who charged him
        "Tom Fenwick, who has been arrested and charged with the Leeds shooting of two men, is a Muslim.",
        # a participle between commas after the name is done to it
        "Tom Fenwick, fired on June 8, is now coaching at a school in Ohio.",
        "Kimani Gray pulled out a .357 revolver.",  # drawn at no one
        "Troy Smith was suspended for accepting money from a booster.",  # a payment, no agreement
        "Patrick Gray had destroyed Watergate documents.",  # no force
        # a question
        'At one point, Peter Lynch asked Elijah Coleman, "You just lied to this jury, correct?"',
    ],
)
def test_what_the_tenth_gold_batch_does_not_count(nlp, text):
    assert found_triples(nlp, text) == set()


@pytest.mark.parametrize(
    ("text", "unwanted"),
    [
        ("The Nationals offered him the same deal as the Angels.", "Angels"),  # a comparison, not a party
        # a clause before the verb is no complement of it
        (
            "The Nationals offered him a deal, the Orioles have made an offer, and nobody knows more.",
            "Nationals",
        ),
        ("Boston police arrested a Harvard student on Monday.", "Harvard"),  # a name describing a person
        # a place of two words describing the head, like one of one ("a Gaza school")
        ("Tom Fenwick attacked a New York hotel.", "New York"),
    ],
)
def test_names_the_tenth_gold_batch_does_not_make_targets(nlp, text, unwanted):
    assert not any(target == unwanted for _, _, target in found_triples(nlp, text))


def _with_entities(nlp, text: str, spans: dict[str, str]) -> list[Action]:
    """Actions of ``text`` with the tagger's entities replaced by ``spans`` ({exact text: label})."""
    article = Article(id="a1", source="t", format="text", title=None, text=text)
    doc = nlp(text)
    doc.ents = [doc.char_span(text.index(k), text.index(k) + len(k), label=v) for k, v in spans.items()]
    return extract_actions(article, doc, extract_mentions(article, doc))


def test_an_acronym_the_tagger_calls_a_person_is_no_antecedent(nlp):
    text = "Posted 10:32 PM CDT.\nA gang member confessed, but he said he did not mean to shoot the ladies."
    found = _with_entities(nlp, text, {"CDT": "PERSON"})
    assert not any(a.actor == "CDT" for a in found), found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Red Sox have extended an offer for Mark Teixeira.", ("Red Sox", "negotiate", "Mark Teixeira")),
        ("INS Sukanya intercepted the remaining three skiffs.", ("INS Sukanya", "coerce", None)),
        # an organisation working with the authorities cooperates, though they are not named
        ("Microsoft is working closely with the authorities.", ("Microsoft", "cooperate", None)),
        (
            "Jamal Williams was pulled over by the California Highway Patrol for speeding.",
            ("California Highway Patrol", "coerce", "Jamal Williams"),
        ),
        # a pronoun subject makes no headline: "Two" is a fronted object
        (
            "Yvonne Hiller walked in. Two, she shot and killed there in the room.",
            ("Yvonne Hiller", "use force", None),
        ),
    ],
)
def test_clause_patterns_from_the_eleventh_gold_batch(nlp, text, expected):
    found = found_triples(nlp, text)
    assert expected in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Liddy refused to plead guilty.",  # a refusal of no one's demand
        "Tyler Hansbrough spent two weeks torturing himself.",  # no force on anyone
        "The Chargers are due to meet the Pittsburgh Steelers in a playoff match on Sunday.",  # a game
        "The Tar Heels settled down and outscored Evansville.",
        # a headline passive, and the verb coordinated with it
        "Video of Brooklyn Mother Zurana Horton shot and killed in a gang shooting was revealed Thursday.",
        "Tom Fenwick worked with the three victims in the mixing department.",  # colleagues, not a party
        "Tom Fenwick would not pull over.",  # the driver stops; no one is stopped
        "Vishwanand Subryan struck Raj Chohan with his 2013 Toyota Camry.",  # a road accident
    ],
)
def test_what_the_eleventh_gold_batch_does_not_count(nlp, text):
    assert found_triples(nlp, text) == set()


def test_a_team_beaten_in_a_game_is_no_victim(nlp):
    found = found_triples(nlp, "Tyler Hansbrough helped North Carolina beat Evansville 91-73.")
    assert not any(cls == "use force" for _, cls, _ in found), found


@pytest.mark.parametrize(
    "text",
    [
        # an adjective, not a threat
        "The Interior Department listed the polar bear as threatened because its habitat is melting.",
        "The Fish and Wildlife Service is not the agency to arrest global warming.",  # a trend, not a person
        "Vincent Gigante faked mental illness to beat raps.",  # escaping charges, not a beating
        # forces move only as what is moved: commandos flying in a helicopter deploy no one
        "Marine commandos from INS Mysore flew in the destroyer's helicopter.",
    ],
)
def test_what_the_twelfth_gold_batch_does_not_count(nlp, text):
    assert found_triples(nlp, text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Iran refused to halt uranium enrichment.", ("Iran", "deny", None)),  # a refusal of a demand
        ("Israel attacked targets such as Hamas training camps.", ("Israel", "use force", "Hamas")),  # a list
        # a series of meetings is no game
        (
            "Barack Obama met Vladimir Putin during a series of meetings in Geneva.",
            ("Barack Obama", "negotiate", "Vladimir Putin"),
        ),
        ("Tom Fenwick struck Mark Reed with an AK-47.", ("Tom Fenwick", "use force", "Mark Reed")),  # no car
        ("France sent in 500 troops to Mali.", ("France", "deploy or withdraw forces", "Mali")),
        # the forces moved are no target, the place they go is
        (
            "India rushed its stealth frigate INS Tabar to Somalia.",
            ("India", "deploy or withdraw forces", "Somalia"),
        ),
    ],
)
def test_what_the_review_of_the_tenth_to_twelfth_batches_keeps(nlp, text, expected):
    found = found_triples(nlp, text)
    assert expected in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Microsoft pulled the trigger on the acquisition of Nokia last year.",  # a decision, not a shot
        "Tom Fenwick pulled his car over and got out.",  # a driver stopping
        "Tom Fenwick held his son in his arms.",
        "Toyota is working with its dealers to fix the problem.",  # not a party
        "A family from Syria sued the German government.",  # an unnamed family
    ],
)
def test_what_the_review_of_the_tenth_to_twelfth_batches_drops(nlp, text):
    assert found_triples(nlp, text) == set()


def test_a_place_a_relative_clause_happens_in_is_no_target(nlp):
    found = found_triples(nlp, "Cairo, where Israel and Hamas negotiated, is busy.")
    assert not any(target == "Cairo" for _, _, target in found), found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the named object of "thank / mock / accuse ... for / of" doing something did it
        (
            "Mayor Lund thanked Governor Ortiz for sending troops to Kenya.",
            ("Ortiz", "deploy or withdraw forces", "Kenya"),
        ),
        ("The gang mocked Tariq Bell for attacking Omar Reyes.", ("Tariq Bell", "use force", "Omar Reyes")),
        (
            "Police said Tariq Bell flashed a gun at Omar Reyes.",
            ("Tariq Bell", "warn or threaten", "Omar Reyes"),
        ),
        ("Tariq Bell brandished a knife at Omar Reyes.", ("Tariq Bell", "warn or threaten", "Omar Reyes")),
        ("Joan Pike persuaded Omar Reyes to resign.", ("Joan Pike", "appeal or request", "Omar Reyes")),
        (
            "President Hale appointed an outsider, Dora Quist, to lead the agency.",
            ("Hale", "cooperate", "Dora Quist"),
        ),
    ],
)
def test_what_the_thirteenth_gold_batch_counts(nlp, text, expected):
    found = found_triples(nlp, text)
    assert expected in found, found


@pytest.mark.parametrize(
    "text",
    [
        # a plea, not an appeal
        "Tom Reyes calmly pleaded guilty to obstruction of justice for his deception.",
        'Senator Hale asks: "Who paid for the trip to Oslo?"',  # a question
        "Senator Hale asks: ``Somebody in the FBI?''",  # TeX-style marks
        # the dog's state, no act of hers
        "Dana Pike faces a cruelty charge after the family's dog was found beaten to death.",
        "Lena Voss struck up a conversation with Omar Haddad at the bar.",
        "Kurt Lanz offered a wave to the crowd before leaving.",
        "The FBI obtained photos of Ray Cole.",  # evidence gathered, not a purchase from him
        "Tyler Hale accepted the game ball and an embrace from Phil Ford.",  # an honour, not an agreement
        "Tariq Bell flashed gang signs at Omar Reyes.",  # no weapon
        "Fiat will appoint three members on Chrysler's new board.",  # the post's body is no target
    ],
)
def test_what_the_thirteenth_gold_batch_does_not_count(nlp, text):
    assert found_triples(nlp, text) == set()


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Ben Ortiz shot two co-workers at a Kraft plant.", "Kraft"),  # where, not whom
        (
            "Democrats criticized the administration for the Interior Department decision.",
            "Interior Department",
        ),
        ("Felt chanced to meet a Navy lieutenant in the anteroom.", "Navy"),  # one unnamed officer
    ],
)
def test_a_venue_a_reason_or_a_rank_names_no_target(nlp, text, target):
    found = found_triples(nlp, text)
    assert not any(t == target for _, _, t in found), found


def test_talks_whose_purpose_is_talks_are_one_action(nlp):
    found = actions_of(nlp, "Gary Ross will meet with Lionsgate officials to resume negotiations.")
    assert [a.verb for a in found] == ["meet"], found


def test_what_someone_is_accused_of_doing_is_reported(nlp):
    for text in (
        "Prosecutors accused Tom Smith of shooting Ann Jones.",
        "Tom Smith is accused of shooting Ann Jones.",
        "Tom Smith was charged with killing Ann Jones.",
    ):
        found = {
            (a.actor, a.target, a.modality) for a in actions_of(nlp, text) if a.action_class == "use force"
        }
        assert found == {("Tom Smith", "Ann Jones", "reported")}, (text, found)
    convicted = actions_of(nlp, "Tom Smith was convicted of killing Ann Jones.")
    assert [a.modality for a in convicted] == ["asserted"], convicted


def test_a_call_for_a_named_party_to_act_is_a_request_to_it_not_its_act(nlp):
    found = found_triples(nlp, "Norway called for Israel to withdraw its troops from Gaza.")
    assert found == {("Norway", "appeal or request", "Israel")}, found
    named = found_triples(nlp, "Councilman Jumaane Williams called for Commissioner Raymond Kelly to visit.")
    assert ("Jumaane Williams", "appeal or request", "Raymond Kelly") in named, named


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a "he" under a clause whose subject is a role noun is that person, as the article named them
        (
            "Prosecutor Paul Howard spoke. The frustrated prosecutor gambled on a death sentence when he "
            "denied a Nichols offer.",
            ("Paul Howard", "deny", "Nichols"),
        ),
        # ... but plural officers are no "he"
        (
            "Officers shot and killed Kimani Gray because he allegedly pointed a gun at the cops.",
            ("Kimani Gray", "warn or threaten", None),
        ),
        ("Brian Nichols took Ann Reyes captive and fled.", ("Brian Nichols", "coerce", "Ann Reyes")),
        (
            "Obama will nominate Regina Benjamin as Surgeon General.",
            ("Obama", "cooperate", "Regina Benjamin"),
        ),
        (
            "Ingaldson has been in negotiations with the city of Palmer on the sale of the Maid block.",
            ("Ingaldson", "negotiate", "Palmer"),
        ),
        ("Sarah Palin attacked those collective efforts.", ("Sarah Palin", "accuse or criticise", None)),
    ],
)
def test_what_the_fourteenth_gold_batch_counts(nlp, text, expected):
    found = found_triples(nlp, text)
    assert expected in found, found


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "Perlo and co-counsel Robin Yanes approached Orozco's case from an unorthodox position.",
            "Robin Yanes",
        ),
        ("Echenique seemed fired up.", "Echenique"),
        ("Brian Nichols seized the gun of another deputy.", "Brian Nichols"),  # a weapon, not a person
        ("CNA asked Msgr. Farmer if he knew her position.", "CNA"),  # a question ("Msgr." ends no sentence)
        # "he" is the unnamed man, not Tom Reyes; the prosecutor, not Nichols
        ("Tom Reyes was there. A man waited in the lobby and then he attacked Rita Cole.", "Tom Reyes"),
        (
            "Brian Nichols made an offer. The angry prosecutor hoped for a death sentence when he denied it.",
            "Brian Nichols",
        ),
    ],
)
def test_what_the_fourteenth_gold_batch_does_not_count(nlp, text, actor):
    found = found_triples(nlp, text)
    assert not any(a == actor and cls != "negotiate" for a, cls, _ in found), found


def test_a_he_bound_to_a_role_is_the_person_the_article_described_so(nlp):
    text = (
        "Prosecutor Paul Howard spoke. Brian Nichols offered a plea. The frustrated prosecutor gambled on a "
        "death sentence when he denied the Nichols offer."
    )
    found = found_triples(nlp, text)
    assert ("Paul Howard", "deny", "Brian Nichols") in found, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # with a person named as the object, "he" is not bound to the role subject
        (
            "An officer shot and killed Kimani Gray because he allegedly pointed a gun at him.",
            ("Kimani Gray", "warn or threaten", None),
        ),
        (
            "A guard searched Tom Banks on Monday. The guard tackled Omar Reyes after he punched Rita Cole.",
            ("Omar Reyes", "use force", "Rita Cole"),
        ),
        # a verb coordinated with the gerund is the accuser's
        (
            "Israel accused Hamas of breaking the truce and launched airstrikes on Gaza.",
            ("Israel", "use force", "Gaza"),
        ),
        (
            "The tanker was reported hijacked by Somali pirates off Oman.",
            ("Somali pirates", "use force", None),
        ),
        ("Tom Banks sold classified documents to China for $50,000.", ("Tom Banks", "cooperate", "China")),
        (
            "Microsoft approached Yahoo's board about a merger.",
            ("Microsoft", "appeal or request", "Yahoo's board"),
        ),
        ("Putin met the envoy for Syria, Lakhdar Brahimi.", ("Putin", "negotiate", "Lakhdar Brahimi")),
        ("Israeli troops arrested a spokesman for Hamas in Hebron.", ("Israeli troops", "coerce", "Hamas")),
        ("Fiat invested $2 billion in a Chrysler plant in Michigan.", ("Fiat", "cooperate", "Chrysler")),
        ("Israeli jets fired at a Hamas office in Gaza City.", ("Israeli jets", "use force", "Hamas")),
        (
            "Kerry met Abbas in Ramallah to negotiate with Israel on his behalf.",
            ("Kerry", "negotiate", "Israel"),
        ),
        ('Obama asked Congress, "Will you fund the troops?"', ("Obama", "appeal or request", "Congress")),
        ("Hamas took Gilad Shalit captive in 2006.", ("Hamas", "coerce", "Gilad Shalit")),
    ],
)
def test_what_the_review_of_the_thirteenth_to_fifteenth_batches_keeps(nlp, text, expected):
    found = found_triples(nlp, text)
    assert expected in found, found


@pytest.mark.parametrize(
    "text",
    [
        "A jury acquitted Tom Banks of killing Rita Cole.",  # cleared of it, not done
        "Trump threatened Iran with bombing its nuclear sites.",  # Trump's threat, not Iran's bombing
        "The Academy nominated Meryl Streep for best actress.",  # an award, not a post
        "Nike promoted LeBron James's new shoe at a festival.",  # a product, not a post
    ],
)
def test_what_the_review_of_the_thirteenth_to_fifteenth_batches_drops(nlp, text):
    found = found_triples(nlp, text)
    assert not any(cls in ("use force", "cooperate") for _, cls, _ in found), found


def test_only_the_accused_act_is_reported(nlp):
    found = {
        (a.verb, a.modality) for a in actions_of(nlp, "Iran accused Israel of spying and expelled its envoy.")
    }
    assert ("expelled", "asserted") in found, found


def test_a_zero_relative_describes_the_noun_just_before_it():
    # the parse the tagger gives a real sentence of this shape: the clause hung from the name, not the deputy
    import spacy
    from spacy.tokens import Doc

    from storyline.action_parse import object_tokens

    words = ["Dora", "Quist", ",", "widow", "of", "a", "deputy", "Reyes", "murdered", ",", "spoke", "."]
    heads = [1, 10, 1, 1, 3, 6, 4, 8, 1, 1, 10, 10]
    deps = [
        "compound",
        "nsubj",
        "punct",
        "appos",
        "prep",
        "det",
        "pobj",
        "nsubj",
        "relcl",
        "punct",
        "ROOT",
        "punct",
    ]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps)
    assert [t.text for t in object_tokens(doc[8], False)] == ["deputy"]


def test_the_subject_pronouns_of_one_sentence_are_one_person(nlp):
    text = (
        "Brian Nichols fled the courthouse. Whether he knew David Wilhelm was a federal agent before he "
        "killed him could matter."
    )
    found = found_triples(nlp, text)
    assert {actor for actor, cls, _ in found if cls == "use force"} == {"Brian Nichols"}, found


def test_firing_a_person_the_entity_stage_knows_is_a_dismissal(nlp):
    # the tagger took this "Cheeks" for a product; the entity stage knows him as a person
    fired = found_triples(
        nlp, "Maurice Cheeks coached the Sixers. Stefanski fired Cheeks with the Sixers floundering at 9-14."
    )
    assert ("Stefanski", "sanction", "Maurice Cheeks") in fired, fired


@pytest.mark.parametrize(
    "text",
    [
        "Darin Schroeder agreed with Salazar's decision.",  # an opinion shared, no agreement with anyone
        "DeShawn Wynn, when called upon, can do the job.",  # a reduced passive
    ],
)
def test_what_the_fifteenth_gold_batch_does_not_count(nlp, text):
    assert found_triples(nlp, text) == set()


def test_a_place_after_in_named_through_of_is_a_setting(nlp):
    rioters = found_triples(nlp, "Greek rioters attacked banks in the Exarchia district of Athens.")
    assert rioters == {("Greek rioters", "use force", None)}, rioters


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "which" is never a person: the organisation named just before it
        (
            "It is wrong, said lawyer Tom Banks of the Harbour Trust, which is suing the ministry.",
            {("Harbour Trust", "accuse or criticise", None)},
        ),
        ("Tom Banks, which sued Statoil, won.", set()),
        # a name after "in" is where, whatever the tagger calls it
        (
            "Greenpeace filed a lawsuit in U.S. District Court in San Francisco.",
            {("Greenpeace", "accuse or criticise", None)},
        ),
        ("Statoil invested in Halvorsen Motors.", {("Statoil", "cooperate", "Halvorsen Motors")}),
        ("Israel killed a senior commander in Hezbollah.", {("Israel", "use force", "Hezbollah")}),
        # an "it" is the one who warns or promises, not the one reminded
        ("Paris reminded Moscow that it had attacked Ukraine in 2014.", set()),
        # a reply, a view or an answer offered is no offer in a negotiation
        ("Statoil offered no reply to the charges.", set()),
        ("A contrary view is offered by Tom Banks, a management expert.", set()),
        ("Statoil offered Halvorsen Motors a contract.", {("Statoil", "negotiate", "Halvorsen Motors")}),
        # one person of a nation is no named actor; the nation, or a people in the plural, is
        ("The Norwegian attacked Tom Banks in the fifth round.", set()),
        ("The Americans attacked the base.", {("Americans", "use force", None)}),
        ("The French warned Mali.", {("French", "warn or threaten", "Mali")}),
        # a shooting percentage is a score, however the number is split
        ("The Jays shot 46. 8 percent for the game and owned the glass.", set()),
    ],
)
def test_what_the_nineteenth_and_twentieth_gold_batches_showed(nlp, text, expected):
    assert found_triples(nlp, text) == expected
