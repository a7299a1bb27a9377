"""Who did what to whom: actor → action → target, read from the dependency parse, merged across a story.

**Classes.** A small set inspired by the CAMEO top level (:data:`storyline.action_verbs.ACTION_CLASSES`):
appeal or request, warn or threaten, negotiate, agree or sign, deny, accuse or criticise, cooperate, deploy or
withdraw forces, use force, sanction, and coerce (CAMEO 17: arrest, detain, capture, seize, charge, sentence),
added because crime and piracy news is full of it. "make statement" is in the set for the parties' stances
(:mod:`storyline.positions`), which take statements from quotes; :func:`extract_actions` never emits it, since
"say" verbs with a clause are what the quotes stage already covers. The verbs of each class and the gold's
guidelines are in ``eval/gold/actions.json`` ("notes").

**Actors and targets** are named (:mod:`storyline.action_names`, :mod:`storyline.action_targets`; the clause
is read by :mod:`storyline.action_parse`): a PERSON, ORG, GPE or NORP mention written with a capital or a
digit, a named group (a nationality or place plus a collective noun: "Indian navy", "Staunton police",
"India's navy", "Somali pirates"; a nationality plus any plural or a ship: "Greek rioters", "an Indian navy
ship"; a ship's name after its prefix, or alone once the article gave it with one: "INS Tabar", "the Tabar"; a
party or company plus one: "Republican Party leaders", "GM's bondholders"; a possessive pronoun's family,
players, workers or employer, whoever the pronoun stands for: "his family", "its hourly workers" (one of
someone's kin only as the one who acts: "her father"); a collective "from", "of" or "in" a
named body: "officials from China", "police in Kenya"), a capitalised institution or team after "the" that the
entity tagger missed ("the Defense Ministry", "the Nationals"), the name in apposition to a common noun
("director Catherine Hardwicke") or that it is "identified as", or a pronoun resolved to one that agrees with
it ("he" → the nearest person named before it in the sentence or the one before, further back while the
sentences between go on about someone of that gender, never a person the article shows to be of the other
gender (by a courtesy title, a given name, a possessive or a family noun in apposition, "Robyn Mendes, his
girlfriend") nor the pronoun's own object; the person a "who" clause around it is about ("O'Brien, who has
two years left on the contract *he* signed"); whom an earlier
subject "he" stands for when none is named as a subject after it ("He killed Judge Barnes and Deputy Teasley.
He fled. In Buckhead, *he* shot Wilhelm"); or the person whose reporting verb the clause hangs from, unless
named after it or the pronoun is quoted; the same person as the sentence's first "he"; the person a role
subject above it stands for, when that clause names no one else ("The prosecutor gambled ... when *he*
denied": the one called "prosecutor Paul Howard", or no one); "it", "they" → the subject of that reporting
verb when it is not a person, "The navy said *it* arrested", else the named subject of the sentence before
when it is not a person; a "they" in a clause opened by "when", "before", "after"... → the names coordinated
in the clause it modifies, "pointed a gun at Mourad and Cordova before *they* opened fire"; "I" and "we" in a
direct quotation → its speaker (not in a quotation inside it), a person's "we" the organisation the article
says that person holds an office in, "said Karen Olson, president of Valley Dairy", not "a former Oxley
engineer"). A capitalised role ("the French Defense Minister") or a bare common noun ("the government", "the
junta", "police") is never an actor: the stage prefers a missing action to an invented actor. Coordinated
subjects ("France and Germany warned"), the names of a list in apposition ("the automakers - Ford, Chrysler
and GM - pleaded"), the names a "they" stands for, and by-agents ("sanctioned by the EU and the U.S.") each
get an action; a passive counts only with a named by-agent, but an infinitive or gerund under it is done by
its subject ("X was selected to buy Y", "X is accused of shooting Y"), unless it was asked of them; the named
object of a verb that judges does the gerund after it ("thanked Ortiz for sending troops", "accused Iran of
arming Hamas", the latter reported). A target is the object or the name after to / with / against / from /
on..., or the name the object phrase stands for (in apposition first: "CNN's correspondent Sanjay Gupta"),
never one inside a clause hanging from it, nor after "of" except for trades ("a stake in Chrysler", "a score
of Airbus jets"); a place after "in" is a setting, not a target, except for deployments and trades. "Agreed to
buy X" is one action (agree, target X), "agreed to help X" two (the help still to come); an intention noun
gives its holder the act ("Germany's decision to sanction Iran", future; "Japan's refusal to meet Kim",
negated), a participle its noun ("Interpol working with the FBI"), a letter its sender ("sent a letter
asking"), and "the first country to sanction Iran" the subject it describes; an object "it" or "them" stands
for the nearest thing before it that agrees ("Somali pirates ... detained them"), the plural of a thing is
no group ("Washington's accusations": Washington); a "they" or "both" opening a sentence stands for the
pair the sentence before was about, an "all" for each name of the one list there; a title-case headline the
parser reads as one long name is read by its words (:mod:`storyline.action_headlines`: "NFL Suspends
Linebacker Tyrell Barnes") (:mod:`storyline.action_clauses`, :mod:`storyline.action_speakers`,
:mod:`storyline.action_dismissals`, :mod:`storyline.action_idioms` hold the clause reading, the "I" and
"we" of quotations, dismissals and the idioms of force verbs: "shot to fame", "killed off the detective",
"held off Leclerc"); what someone is urged, wanted, hoped, dissuaded from or intent on
doing is none, nor what is done "rather than" or "instead of" something else, nor the purpose of an event
("held a meeting to discuss"). A causative's object does what follows ("prompting Apple Corps to file suit");
a question ("asked whether") is no request, advice that someone act is one ("recommends that users apply the
patch", not "suggested that prices rose"); a named group meeting no one else meets among itself ("the G7
nations met"). Trade verbs (buy, sell, invest...) and other vague verbs need a named target, force-moving
verbs (send, withdraw, deploy) need a forces noun ("troops", "its deployment"), and verbs with a non-action
sense count only in the sense of their class, judged on the object ("seized a tanker", not "seized power";
"won an order", not "won Iowa"; "held hostages", not "held a meeting" nor "I held him"; "beat her", not "beat
predictions"; agreeing "with" someone only on or to something, "agreed with Brno on a timetable", not "agreed
with the strikes"; a refusal only of a demand, "refused to comply", not "refused to plead guilty"; no game is
force or talks, "beat Evansville 91-73", "meet the Steelers in a playoff match"; nor a road accident, "struck
her with his car"; nor force on oneself). A verb that always takes an object but has none is a headline
passive ("Jackson arrested on suspicion of DUI"), and so is a verb coordinated with it ("X shot and killed in
a gang shooting"): no action; so is a participle between commas after a name ("O'Brien, fired on June 8, is
seeking ..."), a participle completing a passive without an agent of its own ("the dog was found beaten") and
one after "when" or "if" ("Wynn, when called upon, can do the job").

**Lines.** The shared parse starts a sentence after every line break and after a dateline opening a line
(:func:`storyline.nlp.line_breaks`), so neither a headline nor the city of "LONDON (Reuters) - British Airways
has ..." is read as the subject of the sentence after it.

**Modality** (first that applies): negated (not, never, unable to), conditional (inside an if / unless
clause, or one opened by an inverted "Should / Had / Were"), hedged (may, might, could, would, should, is
close to, is expected / likely / unlikely to, appears / seems to), future (will, plans / intends / wants to,
attempts / tries / seeks to, an intention noun, headline "X to buy"), reported (reportedly, allegedly,
according to, "the court heard", or the content of a reporting verb or of a report written as a noun,
"Boeing's announcement that it had signed", or any sentence of a direct quotation the quotes stage found,
'"We suspended him. We wanted to investigate," Kraft said'; not a relative clause about the reporter: "Pike,
who met Xi, said ...", nor an adverbial clause of the report: "After he met Putin, Obama said ...", nor an
appeal the reporter makes beside a report about itself: "The ministry said it was concerned and called on
Beijing to ..."), asserted.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from storyline.action_actors import actors
from storyline.action_clauses import own_report
from storyline.action_contests import in_a_game
from storyline.action_dates import date_of
from storyline.action_demands import asked_for
from storyline.action_dismissals import fires_person
from storyline.action_forms import forms
from storyline.action_giving import built_for, no_company
from storyline.action_headlines import headline_acts, runs_over_a_verb
from storyline.action_misparse import joint_work
from storyline.action_modality import modality_of
from storyline.action_needs import needs_target, visit_partners, works_with
from storyline.action_objects import extra_objects
from storyline.action_parse import class_of, object_tokens
from storyline.action_relations import given_a_post
from storyline.action_repeats import purpose_of_event, restated, same_act_purpose, unnamed_purpose
from storyline.action_senses import voted_on
from storyline.action_speakers import first_person_speakers
from storyline.action_subjects import subject_of
from storyline.action_targets import (
    alongside,
    counterpart_first,
    not_a_party,
    not_the_forces,
    not_the_weapon,
    places_left,
    set_at,
    target_of,
    trade_counterparts,
)
from storyline.action_untagged import Named
from storyline.action_verbs import ACTION_CLASSES, TO_A_POST, TRADE, VISITS
from storyline.gazetteer import country_of_word, fold
from storyline.records import Article, Mention, Quote, TimeExpression

# Classes whose "at" phrase tells where, not who ("signed at the Dubai Airshow", "met at the White House"; but
# "fired at the ship", "deployed troops at the border with Russia", "fired two executives at Opel").
_AT_A_PLACE = frozenset({"agree or sign", "negotiate"})
# Acts aimed "at" someone or somewhere, whose place after "at" is what they are aimed at ("fired at Israel").
_AT_SOMEONE = frozenset({"use force", "warn or threaten", "accuse or criticise"})
# Verbs of ending a dispute: done between coordinated subjects, each the other's party
_SETTLING: frozenset[str] = frozenset(f for b in ("resolve", "settle") for f in forms(b))
_DISPUTES = frozenset(
    {"dispute", "disputes", "differences", "case", "cases", "lawsuit", "lawsuits", "suit", "row", "feud"}
    | {"conflict", "claims", "litigation", "standoff", "quarrel"}
)
# Trades whose counterpart, named after "to" or "from", is the target before what changes hands.
_HANDED_OVER = frozenset(
    f for b in ("license", "sell", "buy", "purchase", "acquire", "deliver") for f in forms(b)
) | {"sale"}
# Force done *with* someone: "fought with rebels", "exchanged fire with the pirates" (elsewhere "with" is the
# weapon: "shot him with a rifle").
FIGHT = frozenset(forms("fight")) | frozenset(forms("exchange")) | frozenset(forms("clash"))

__all__ = [
    "ACTION_CLASSES",
    "Action",
    "ActionGroup",
    "action_key",
    "extract_actions",
    "merge_actions",
]

PLACE_TYPES = frozenset({"GPE", "LOC"})
MODALITIES = ("asserted", "reported", "hedged", "negated", "future", "conditional")


@dataclass(frozen=True)
class Action:
    """One action in one article: who (``actor``) did what (``action_class``, the ``verb`` trigger) to whom.

    ``actor`` is the full name the actor mention stands for in the article ("Florence Parly" for "Parly", the
    antecedent's name for a pronoun); ``actor_start``/``actor_end`` locate the words in the text (the pronoun
    itself when it is one) and ``actor_mention_id`` the :class:`Mention` it is or refers to (``None`` for a
    named group without a mention of its own). ``target`` likewise, or ``None`` when the action has no named
    target. ``verb``/``verb_start``/``verb_end`` are the trigger; ``modality`` one of :data:`MODALITIES`;
    ``date`` the TimeML value of a time expression in the same sentence (``None`` when there is none);
    ``place`` a GPE/LOC name in the sentence that is neither actor nor target; ``sentence`` its text.
    """

    id: str
    article_id: str
    actor: str
    actor_start: int
    actor_end: int
    actor_mention_id: str | None
    action_class: str
    verb: str
    verb_start: int
    verb_end: int
    target: str | None
    target_start: int | None
    target_end: int | None
    target_mention_id: str | None
    modality: str
    date: str | None
    place: str | None
    sentence_start: int
    sentence_end: int
    sentence: str


@dataclass(frozen=True)
class ActionGroup:
    """One action across a story's articles: the same actor, class and target, however many outlets tell it.

    ``actor_key``/``target_key`` are what grouped it (an entity id, or a folded name); ``text`` is the
    clearest sentence (asserted over reported over hedged, then the shortest); ``modalities`` every modality
    seen; ``date`` the earliest date the articles state for it (``None`` when none does: a publication date
    is not the date of the action), ``first_reported`` the earliest publication date among them;
    ``origin_count`` distinct origins among ``article_ids``.
    """

    id: str
    actor: str
    actor_key: str
    action_class: str
    target: str | None
    target_key: str | None
    action_ids: tuple[str, ...]
    article_ids: tuple[str, ...]
    origin_count: int
    date: str | None
    text: str
    modalities: tuple[str, ...]
    spans: tuple[tuple[str, int, int], ...] = ()  # (article id, start, end) of each action's sentence
    first_reported: str | None = None


# -- the stage


def extract_actions(
    article: Article,
    doc: Any,
    mentions: Sequence[Mention],
    timexes: Sequence[TimeExpression] = (),
    quotes: Sequence[Quote] = (),
) -> list[Action]:
    """The actions of ``article`` (see the module docstring), in text order.

    ``doc`` is the text parsed by :func:`storyline.entities.nlp_model` (dependency labels, entities and
    sentences; no tags or lemmas), ``mentions`` the article's :func:`~storyline.entities.extract_mentions`,
    ``timexes`` its time expressions (for ``date``), ``quotes`` its :func:`~storyline.quotes.extract_quotes`
    (an "I" or "we" in a quotation is the speaker it is attributed to). An action is kept only with a named
    actor.
    """
    if not article.text.strip() or doc is None or len(doc) == 0:
        return []
    out: list[Action] = []
    seen: set[tuple[int, int, str]] = set()
    speakers = first_person_speakers(doc, quotes, mentions)
    for token in doc:
        found = class_of(token)
        if found is None:
            continue
        # "agreed to purchase Boeing jets": one action, the agreement (its target: Boeing); but "X was
        # selected to buy Y", whose selecting has no named agent, is X's purchase
        # (and "teamed up with Northrop to bid for the contract": an act's purpose naming no one)
        head = class_of(token.head) if token.dep_ == "xcomp" or unnamed_purpose(token) else None
        # (but "agreed to help Woodward" is an agreement and the help agreed on, still to come; "agreed to buy
        # BG Group" is one act, a deal whose target is the trade's counterpart)
        # (a purpose before or after the agreement is none: "To help complement its store, Apple and ABC
        # agreed to a deal")
        agreed = (
            head is not None
            and token.dep_ == "xcomp"
            and head[0] == "agree or sign"
            and found[0] != head[0]
            and token.text.lower() not in TRADE
        )
        if head is not None and not agreed and subject_of(head[1])[0] is not None:
            continue
        if purpose_of_event(token) or asked_for(token):
            # "will hold an emergency meeting to discuss prices": the meeting is the action; "demanded that
            # the union agree": the demand is
            continue
        cls, verb = found
        if same_act_purpose(verb, cls) or restated(token, cls):
            continue  # "is set to meet with Lionsgate to resume negotiations": one act, the meeting
        # "The ministry said it was concerned and called on Beijing to ...": a speech act told beside the
        # report, done and told as the reporter's own
        told = own_report(verb) if cls in _SPEECH_ACTS else None
        subject, passive = subject_of(told or verb)
        if subject is None and passive and cls == "negotiate" and token.dep_ == "pobj":
            # "Ross and the studio are locked in negotiations": a party to talks, however the verb is voiced
            subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
            passive = False  # the parties are actors now, not the patients of the verb
        if subject is None:
            continue
        objects = object_tokens(verb, passive, appeal=cls == "appeal or request")
        if token.i != verb.i:
            # a light verb's event noun names its own party before the verb's phrases do ("filed a complaint
            # against Brazil at the WTO"), after whom the verb is done to ("made Teixeira an offer")
            direct = [o for o in objects if o.dep_ in ("dobj", "dative", "nsubjpass")]
            ordered = direct + object_tokens(token, False) + [o for o in objects if o not in direct]
            objects = [o for i, o in enumerate(ordered) if o.i != token.i and o not in ordered[:i]]
        objects += extra_objects(token, verb) + built_for(token)
        if token.text.lower() in forms("trade"):
            objects = trade_counterparts(token, objects)
        # ("agreed to sell Opel to Magna": the deal is with Magna)
        sold = any(c.dep_ == "xcomp" and c.text in _HANDED_OVER for c in token.children)
        sold = sold and cls == "agree or sign"
        if token.text.lower() in _HANDED_OVER or sold:
            objects = counterpart_first(objects)
        if joint_work(token):  # "codirected American Pie with Paul Weitz": the partner, not the film
            objects = [o for o in objects if o.dep_ == "pobj" and o.head.text.lower() == "with"]
        if _asked_of_no_one(token):
            # "proposed sanctions on Russia", "ordered a strike on Hezbollah": what is proposed or ordered is
            # about them, not asked of them; only a named addressee is a target ("proposed talks to Iran")
            objects = [o for o in objects if o.dep_ == "dative" or o.head.text.lower() == "to"]
        objects = not_a_party(token, cls, objects)
        if token.lower_ in VISITS:
            objects = visit_partners(token, objects)  # "had dinner with the Mitchells", not "at the Ritz"
        if cls != "cooperate":  # ("worked together with the Bluejays": the partner is whom one works with)
            objects = alongside(objects)
        if cls in _AT_A_PLACE:  # "signed at the Dubai Airshow": where, not with whom
            objects = [o for o in objects if not (o.dep_ == "pobj" and o.head.text.lower() == "at")]
        if cls == "deny":
            # "denied supplying drones to Russia": whom the denied act was done to is no target of the denial
            objects = [o for o in objects if not _in_gerund(o, token)]
        if cls == "use force" and token.text.lower() not in FIGHT and verb.text.lower() not in FIGHT:
            objects = not_the_weapon(token, verb, objects)  # ("fought with rebels" is with them)
        if cls == "deploy or withdraw forces":
            objects = not_the_forces(objects + places_left(verb))
        # "France and Germany warned Mali", "sanctioned by the EU and the United States": one action each
        named_actors = [a for a in actors(subject, mentions) if not runs_over_a_verb(a.text, verb.sent)]
        # '"Ronan and I sued Dalton Mills," Petra Faye said': the speaker beside the names
        named_actors += [speakers[c.i] for c in (subject, *subject.conjuncts) if c.i in speakers]
        # "Ford and GM met on Monday": talks among the subjects themselves need no other party
        # (and so do a named group's members, meeting no one else: "The G7 nations met in Washington")
        alone = not any(c.dep_ in ("dobj", "dative") or c.text.lower() == "with" for c in token.children)
        among = alone and any(a.mention is None and a.text.lower().endswith("s") for a in named_actors)
        # ("Stefanski and Cheeks established a working relationship": with each other)
        # (and "Apple Inc., Apple Corps resolve trademark dispute": settled between the two; not "resolved
        # nothing", "resolved to play")
        settling = token.lower_ in _SETTLING and any(
            c.dep_ == "dobj" and c.lower_ in _DISPUTES for c in token.children
        )
        mutual = cls == "negotiate" or token.text.lower() in ("relationship", "bond") or settling
        # (a meal or a visit is with someone else named: "the Tigers pay a visit to the Rovers on Saturday")
        reciprocal = mutual and (len(named_actors) > 1 or among) and token.lower_ not in VISITS
        # an organisation working with the authorities cooperates, named or not (a person working with
        # colleagues is employed)
        cooperating = works_with(token)
        for actor in named_actors:
            if actor.start <= token.idx < actor.end:
                continue  # the tagger ran the name into its verb ("Biologists Call on ..."): no name at all
            trade, place = token.text.lower() in TRADE, cls == "deploy or withdraw forces"
            # ("agreed to buy GM's Saturn unit": the unit a deal trades is its target too)
            unit = trade or any(c.dep_ == "xcomp" and c.text.lower() in TRADE for c in token.children)
            # (the "it" a denial, a criticism or a sanction is of is mostly the event told before: no one; but
            # what is sued or accused is a party: "accused Epic of breach and sued it")
            of_event = cls in _OF_EVENTS and not _AT_PARTIES & {token.text.lower(), verb.text.lower()}
            acts = frozenset({token.i, verb.i})
            picked = target_of(
                objects, mentions, actor, trade=trade, place=place, acts=acts, event_it=of_event, unit=unit
            )
            # ("agreed to attend a meeting at Darrowfield Miners' Hall": where, not with whom)
            if picked is not None and cls not in _AT_SOMEONE and set_at(picked, doc):
                picked = None
            target = picked or next(
                (speakers[o.i] for o in objects if o.i in speakers and speakers[o.i].text != actor.text), None
            )
            if target is None and len(named_actors) == 2 and _with_each_other(token, verb):
                # "Stefanski and Cheeks established a relationship with one another": each with the other
                target = next(a for a in named_actors if a.text != actor.text)
            institutional = cooperating and _type(actor) not in (None, "PERSON")
            # ("struck him in the head", "him" a man the article never names: force on a person all the same)
            on_someone = cls == "use force" and any(o.text.lower() in ("him", "her") for o in objects)
            unneeded = reciprocal or institutional or on_someone
            if target is None and needs_target(token, verb) and not unneeded:
                continue
            if (token.text.lower() in TO_A_POST and not given_a_post(token, target)) or no_company(
                token, verb, target
            ):
                continue
            if (token.i, actor.start, actor.text) in seen:
                continue
            seen.add((token.i, actor.start, actor.text))
            # "Stefanski fired Cheeks": firing a person (not at one) is a dismissal, whatever the tagger
            # made of the name
            dismissed = cls == "use force" and fires_person(token, target)
            kind = "sanction" if dismissed else cls
            if token.text.lower() in forms("confirm") and not voted_on(token):
                kind = "cooperate"  # "Liverpool confirmed Slot as head coach": an appointment, no vote
            if kind in ("use force", "coerce") and in_a_game(verb):
                continue  # "beat Arsenal 3-1", "held the Celtics to 89 points": a game's plays and results
            record = _record(article, token, verb, kind, actor, target, token.sent, mentions, timexes, told)
            out.append(record)
    # a title-case headline the parser read as one name ("NFL Suspends Linebacker Tyrell Barnes")
    done = {a.sentence_start for a in out}
    for sent in (s for s in doc.sents if s.start_char not in done):
        for t, cls, a, g, future in headline_acts(sent, mentions):
            record = _record(article, t, t, cls, a, g, sent, mentions, timexes)
            out.append(replace(record, modality="future") if future else record)
    # A sentence of a direct quotation is what its speaker said, though no "said" governs it in the parse
    # ('"We suspended the employee. We wanted to investigate," Kraft said'): reported, like "..., Kraft said"
    quoted = [(q.start, q.end) for q in quotes if q.kind == "direct"]
    out = [
        replace(a, modality="reported")
        if a.modality == "asserted" and any(s <= a.verb_start and a.verb_end <= e for s, e in quoted)
        else a
        for a in out
    ]
    return _once_per_sentence(sorted(out, key=lambda a: a.verb_start))


def _once_per_sentence(actions: list[Action]) -> list[Action]:
    """``actions`` without a verb repeated for the same act in one sentence: the same word, actor, class,
    target and modality ("stabbed his wife during a visit, pinning her against a wall while he stabbed
    her"); "we're not asking for favours, we are just asking for a level field" differ in modality."""
    kept: dict[tuple[object, ...], Action] = {}
    for a in actions:
        kept.setdefault((a.sentence_start, a.verb.lower(), a.actor, a.action_class, a.target, a.modality), a)
    return list(kept.values())


# Acts done in words, which a reporter may do in the same breath as its report.
_SPEECH_ACTS = frozenset({"appeal or request", "accuse or criticise", "warn or threaten"})


_OF_EVENTS = frozenset({"deny", "accuse or criticise", "sanction"})
_AT_PARTIES = frozenset(f for b in ("sue", "accuse") for f in forms(b))


def _asked_of_no_one(token: Any) -> bool:
    """A proposal, or an order with no one ordered (no infinitive: "ordered an inquiry")."""
    low = token.text.lower()
    ordered = low in forms("order") and not any(c.dep_ in ("xcomp", "ccomp") for c in token.children)
    return low in forms("propose") or ordered


def _with_each_other(token: Any, verb: Any) -> bool:
    """ "... with one another", "with each other" after the trigger or its verb."""
    for prep in (
        c for t in (token, verb) for c in t.children if c.dep_ == "prep" and c.text.lower() == "with"
    ):
        words = [t.text.lower() for t in prep.subtree][1:]
        if words in (["one", "another"], ["each", "other"]):
            return True
    return False


def _in_gerund(token: Any, trigger: Any) -> bool:
    """Whether ``token`` lies inside a gerund clause below ``trigger`` ("denied *supplying drones to
    Russia*")."""
    link = token
    while link.i != trigger.i and link.head.i != link.i:
        if link.dep_ in ("xcomp", "ccomp", "pcomp") and link.text.lower().endswith("ing"):
            return True
        link = link.head
    return False


def _type(named: Named) -> str | None:
    return named.mention.type if named.mention is not None else None


def _record(
    article: Article,
    token: Any,
    verb: Any,
    cls: str,
    actor: Named,
    target: Named | None,
    sent: Any,
    mentions: Sequence[Mention],
    timexes: Sequence[TimeExpression],
    told: Any = None,
) -> Action:
    start, end = token.idx, token.idx + len(token.text)
    date = date_of(token, verb, [t for t in timexes if sent.start_char <= t.start and t.end <= sent.end_char])
    used = {(actor.start, actor.end)} | ({(target.start, target.end)} if target else set())
    places = [
        m
        for m in mentions
        if m.type in PLACE_TYPES
        and sent.start_char <= m.start < sent.end_char
        and not any(m.start < e and s < m.end for s, e in used)
    ]
    key = f"{article.id}:{start}:{actor.start}"
    return Action(
        id=hashlib.sha1(key.encode("utf-8")).hexdigest()[:16],
        article_id=article.id,
        actor=actor.text,
        actor_start=actor.start,
        actor_end=actor.end,
        actor_mention_id=actor.mention.id if actor.mention else None,
        action_class=cls,
        verb=token.text,
        verb_start=start,
        verb_end=end,
        target=target.text if target else None,
        target_start=target.start if target else None,
        target_end=target.end if target else None,
        target_mention_id=target.mention.id if target and target.mention else None,
        modality=modality_of(token, told if told is not None else verb),
        date=date,
        place=places[0].canonical if places else None,
        sentence_start=sent.start_char,
        sentence_end=sent.end_char,
        sentence=sent.text,
    )


# -- across a story


def action_key(action: Action, entity_of: Mapping[str, str] | None = None) -> tuple[str, str, str | None]:
    """(actor key, class, target key): an entity id where ``entity_of`` (mention id → entity id) knows the
    mention, else the folded name without a leading "the"."""

    def one(name: str | None, mention_id: str | None) -> str | None:
        if name is None:
            return None
        if entity_of and mention_id and mention_id in entity_of:
            return entity_of[mention_id]
        return re.sub(r"^the ", "", fold(name))

    actor = one(action.actor, action.actor_mention_id) or ""
    return actor, action.action_class, one(action.target, action.target_mention_id)


def _one_key_per_group(named: Sequence[tuple[str, str]]) -> dict[str, str]:
    """Grouping keys of named groups that differ only in telling their country by its name or its people's
    ("Kazakhstan's parliament", "Kazakh parliament"), each mapped to the first of them in key order.
    ``named`` pairs a key with the name it was made from; keys of entities (one word: no name behind them to
    read) are left alone. The gazetteer decides: "Niger" and "Nigerian" troops are two countries' (Nigerian
    is Nigeria), "Indiana police" no country's."""
    same: dict[tuple[str, str], list[str]] = {}
    for k, name in dict(named).items():
        words = name.split()
        code = country_of_word(words[0]) if len(words) >= 2 and " " in k else None
        if code is not None:
            same.setdefault((code, fold(" ".join(words[1:]))), []).append(k)
    return {k: min(keys) for keys in same.values() for k in keys}


_CLARITY = {"asserted": 0, "reported": 1, "future": 2, "hedged": 3, "conditional": 4, "negated": 5}


def merge_actions(
    actions_by_article: Mapping[str, Sequence[Action]],
    origin_of: Mapping[str, str],
    published: Mapping[str, str | None],
    entity_of: Mapping[str, str] | None = None,
    key: Callable[[Action, Mapping[str, str] | None], tuple[str, str, str | None]] = action_key,
    names: Mapping[str, str] | None = None,
) -> list[ActionGroup]:
    """Group a story's actions by (actor, class, target) across articles; most origins first.

    ``origin_of`` maps an article id to its origin id (an article missing from it is its own origin);
    ``published`` an article id to its ISO publication date (``first_reported``); ``entity_of`` mention id
    → entity id, so that "Parly" and "Florence Parly" in two outlets are one actor; ``names`` entity id →
    its name, so that a group is told by the story's name for its actor and target ("Yerlan Kuanyshbayev"
    in every row, though one outlet spells him "Erlan Kuanyshbaev"). A named group told by its country in one
    article and by its people in another ("Kazakhstan's parliament", "Kazakh parliament") is one actor.
    """
    keyed = [
        (key(action, entity_of), action)
        for article_id in sorted(actions_by_article)
        for action in actions_by_article[article_id]
    ]
    alias = _one_key_per_group(
        [(k[0], a.actor) for k, a in keyed] + [(k[2], a.target) for k, a in keyed if k[2] and a.target]
    )
    groups: dict[tuple[str, str, str | None], list[Action]] = {}
    for (actor_key, cls, target_key), action in keyed:
        target_key = alias.get(target_key, target_key) if target_key else target_key
        groups.setdefault((alias.get(actor_key, actor_key), cls, target_key), []).append(action)
    out = []
    for (actor_key, cls, target_key), actions in groups.items():
        articles = tuple(dict.fromkeys(a.article_id for a in actions))
        origins = {origin_of.get(a, a) for a in articles}
        dates = [a.date for a in actions if a.date and a.date[:1].isdigit()]
        fallback = [d for a in articles if (d := published.get(a))]
        clearest = min(actions, key=lambda a: (_CLARITY.get(a.modality, 9), len(a.sentence), a.article_id))
        gid = hashlib.sha1(f"{actor_key}|{cls}|{target_key}".encode()).hexdigest()[:16]
        out.append(
            ActionGroup(
                id=gid,
                actor=(names or {}).get(actor_key, clearest.actor),
                actor_key=actor_key,
                action_class=cls,
                target=(names or {}).get(target_key, clearest.target) if target_key else clearest.target,
                target_key=target_key,
                action_ids=tuple(a.id for a in actions),
                article_ids=articles,
                origin_count=len(origins),
                date=min(dates) if dates else None,
                first_reported=min(fallback) if fallback else None,
                text=" ".join(clearest.sentence.split()),
                modalities=tuple(m for m in MODALITIES if any(a.modality == m for a in actions)),
                spans=tuple((a.article_id, a.sentence_start, a.sentence_end) for a in actions),
            )
        )
    return sorted(out, key=lambda g: (-g.origin_count, -len(g.article_ids), g.actor, g.action_class))
