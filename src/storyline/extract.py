"""Per-article extraction: every stage that reads an article's parse runs on one parse of it.

spaCy's parse is by far the dearest step of the analysis, so an article is parsed once and handed to each
stage that still has to run on it: names (:mod:`storyline.entities`), quotations (:mod:`storyline.quotes`,
which also reads the article's names), facts and time (time expressions, :mod:`storyline.timex`;
quantities, :mod:`storyline.quantities`; facts, :mod:`storyline.facts`; dated events,
:mod:`storyline.timeline`) and who did what to whom (:mod:`storyline.actions`). Each stage records which
articles it has run on and at which version (``article_nlp`` for names, ``article_stages`` for the others),
so a stage added or improved in a later release runs on the articles stored before it, and an article whose
text changed runs through all of them again.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from storyline.actions import Action, extract_actions
from storyline.entities import extract_many, nlp_model
from storyline.facts import extract_facts
from storyline.quantities import extract_quantities
from storyline.quotes import STAGE_VERSION as QUOTES_VERSION
from storyline.quotes import extract_quotes
from storyline.records import Article, Mention, Quote, TimeExpression
from storyline.store import Database
from storyline.store.entities import article_mentions, save_mentions, unparsed_article_ids
from storyline.store.items import save_items
from storyline.store.quotes import pending_article_ids, quotes_of, save_quotes
from storyline.timeline import dated_events
from storyline.timex import find_timexes

# The names stage (mentions, in the entities stage) is versioned like the others: a new version reads every
# stored article's names again, and with them its quotes, facts and actions, which are read off those names
# (1: the names as of the fourteenth round of actions, UAE among the countries; 2: a relative introduced
# after a possessive, "her father Arthur Whitlock", or as the one a kinship is "of", keeps no surname, and a
# person named without a middle name or with an initial is the one named in full; 3: a courtesy title makes a
# name a person's, "Operation X" is no person, a name in apposition to a description has it as its role, and
# a relative is kept apart from a person whose fuller name holds theirs; 4: a description's prepositions are
# part of the role, a verb's are not; 5: an abbreviated title is a role, a courtesy title none, and an
# operation the tagger took for a place is an operation; 6: "ex-" stays in a description in apposition; 7:
# ranks written short such as "Dist." and "Asst." keep their period, and a surname tagged as a people's name
# is the person named in full; 8: "Col." may end a sentence, and a people's word used of a noun is no one's
# surname; 9: "ex-" stays in a description after the name, "X, the ex-CEO of Y"; 10: a number with its unit
# ("6GB") and a dateline's time zone are no names, a person's name ending in "Police" is the force, a brand
# tagged a product as often as an organisation is the organisation, a surname with inner capitals repeats;
# 11: a lower-case word opening a person's span is a role, "godfather Gigante", and a company before its
# officer's title is the company, "Qualys CTO"; 12: a short lower-case role too, "aide Tom Hale").
NAMES_STAGE = "names"
NAMES_VERSION = 12
QUOTES_STAGE = "quotes"
# Time expressions, quantities, facts and dated events: one stage, since each reads the ones before it.
# Bumped like ACTIONS_VERSION (2: "the same day" is the day last told of, not a year named after it; 3: a
# yearless day a misleading tense put a year off is the nearest one, and a large figure with a fraction is
# written out, "11,350.5", not "1.135e+04").
FACTS_STAGE = "facts"
FACTS_VERSION = 3
ACTIONS_STAGE = "actions"
# Bumped when the actions stage reads an article differently, so that stored articles are read again
# (2: an "I" or "we" inside a quotation is its speaker; 3: an action's date is the one attached to it, and
# an "it" in a clause a country or company warns or promises of is that country or company; 4: a "he" or
# "she" follows a chain of subject pronouns, given names tell a person's gender, a ship is named alone once
# named with its prefix, and warning shots are a warning; 5: helping needs no one named helped, an "it" or
# "they" may stand for a subject earlier in its own sentence, a law is no actor, and blows in a boxing match
# are no force; 6: a subject or a helped name the parser hung on the verb, ships named after their kind, an
# object "it" for the thing named before, games, dismissals, a legislature's votes, words of judgement and
# hearsay "is said to have"; 7: the guidelines' decisions an audit found missing, and a review's narrowing of
# 6: games only by a score standing alone in the act's own clause, an object "it" only for a subject or a
# direct object); 8: a "he" in a reported clause is whom that clause is about, intention nouns, participles on
# their doer, a letter's sender, an unnamed appointee, and an unnamed spokesman's "we"; 9: idioms of force
# verbs, storms of any type, the modality of relative and inverted clauses, dismissals, object pronouns and
# plural things as targets, giving and sending, "they"/"both" for a pair, "agreed to help" two actions; 10:
# the rounds since, among them possessive parties and trades, a quotation going on in a new paragraph, an act
# told in a direct quotation as reported, "his family" as a named group, boarding a ship, a post announced;
# 11: the eleventh round, among them headlines' light verbs and capitals, "the two", meals and visits, a
# pronoun inside a report, officers of a body, and an office of a government department as a name; 12: a past
# verb hung on an infinitive, forces ordered to a frontier, a portfolio before a minister's title; 13: an
# object pronoun never its own doer, "both sides" for the pair named before, an office described beside a
# quotation's speaker, an "its" opening a sentence, endorsements, a place after "at", a sum run into a name;
# 14: a passive's agent hung on its object, leaks, arrangements made for someone, a post returned to; 15: a
# lawyer acting for a client, "re-signed" read whole, a headline's blaze; 16: a participle read as a noun or
# sharing a conjunct's agent, characterising, sanctioning a killing, conversations; 17: a review's narrowing
# of arrangements, posts announced and agents of works, leaks dropped, "re-signed" split again, a "Mr." far
# from the last full name read as the article's principal; 18: the one a predicate noun's participle is said
# of, a job given; 19: a nomination announced, dating someone; 20: a "why" or "how" clause keeps no
# negation; 21: a second review's narrowing, the principal rule for "Mr." undone, refusing and denying having
# done negate; 22: the one a role in an attempt is said of, "was the hitman in a botched attempt to"; 23: a
# dispute settled between two named subjects, a purpose before an agreement, "which" after a name mistagged
# as a person's, a unit held, a player's tally told first in a clause the act is part of; 24: not a clause
# joined to the tally's by "and" or "but").
ACTIONS_VERSION = 24


@dataclass(frozen=True)
class ExtractReport:
    """What one extraction run did: articles parsed, and items each stage found."""

    parsed: int
    mentions: int
    quotes: int
    facts: int = 0
    actions: int = 0
    skipped: tuple[str, ...] = ()  # one line per article too long to parse, naming it


@dataclass(frozen=True)
class Pending:
    """Articles some stage has still to run on, in the order stored, and those of each stage."""

    order: list[str]
    names: set[str]
    quotes: set[str]
    facts: set[str]
    actions: set[str]


def pending(db: Database) -> Pending:
    """What each per-article stage has still to do."""
    names = unparsed_article_ids(db, NAMES_STAGE, NAMES_VERSION)
    quotes = pending_article_ids(db, QUOTES_STAGE, QUOTES_VERSION)
    facts = pending_article_ids(db, FACTS_STAGE, FACTS_VERSION)
    actions = pending_article_ids(db, ACTIONS_STAGE, ACTIONS_VERSION)
    order = list(dict.fromkeys([*names, *quotes, *facts, *actions]))
    # names read again are read by every later stage again, and quotations read again by the actions stage,
    # which takes an "I" or "we" inside a quotation for its speaker
    quotes_again = {*quotes, *names}
    return Pending(order, set(names), quotes_again, {*facts, *names}, {*actions, *quotes_again})


def anchor_of(article: Article) -> str | None:
    """The day relative dates resolve against: the publication date, when the article states its day."""
    if article.published and article.published_precision in ("day", "minute"):
        return article.published[:10]
    return None


def facts_and_time(article: Article, doc: object, mentions: list[Mention]) -> dict[str, list[object]]:
    """The facts-and-time records of one parsed article, by kind: time expressions (resolved against its
    publication day), quantities, facts and dated events."""
    timexes = find_timexes(article.text, anchor_of(article), article.id)
    quantities = extract_quantities(article, doc)
    facts = extract_facts(article, doc, quantities, timexes)
    events = dated_events(article, doc, timexes, mentions)
    return {
        "timexes": list(timexes),
        "quantities": list(quantities),
        "facts": list(facts),
        "events": list(events),
    }


def extract_articles(db: Database, batch_size: int = 64) -> ExtractReport:
    """Parse every article a stage has still to run on, once, and store what each stage finds.

    Raises :class:`storyline.nlp.ModelMissing` when the spaCy model is not installed.
    """
    todo = pending(db)
    order = todo.order
    if not order:
        return ExtractReport(0, 0, 0)
    nlp = nlp_model()
    found_mentions = found_quotes = found_facts = found_actions = 0
    skipped: list[str] = []
    for start in range(0, len(order), batch_size):
        batch = [db.get_article(a) for a in order[start : start + batch_size]]
        too_long = [a for a in batch if len(a.text) >= nlp.max_length]
        if too_long:
            skipped.extend(_skip(db, too_long, nlp.max_length, todo))
            batch = [a for a in batch if len(a.text) < nlp.max_length]
        docs = list(nlp.pipe((a.text for a in batch), batch_size=32))
        mentions = _names(batch, docs, todo.names)
        if mentions:
            save_mentions(db, mentions, NAMES_STAGE, NAMES_VERSION)
            found_mentions += sum(len(m) for m in mentions.values())
        wanted = todo.quotes | todo.facts | todo.actions
        later = [(a, d) for a, d in zip(batch, docs, strict=True) if a.id in wanted]
        stored = article_mentions(db, [a.id for a, _d in later if a.id not in mentions])
        # quotations the quotes stage stored with these very names: the actions stage reads their speakers
        kept = {a.id for a, _d in later if a.id in todo.actions and a.id not in todo.quotes | mentions.keys()}
        stored_quotes = quotes_of(db, kept)
        quotes: dict[str, list[Quote]] = {}
        items: dict[str, dict[str, list[object]]] = {}
        acts: dict[str, dict[str, list[object]]] = {}
        for article, doc in later:
            names = mentions.get(article.id) or stored.get(article.id, [])
            if article.id in todo.quotes:
                quotes[article.id] = extract_quotes(article, doc, names)
            if article.id in todo.facts:
                items[article.id] = facts_and_time(article, doc, names)
            if article.id in todo.actions:
                timexes = items[article.id]["timexes"] if article.id in items else None
                # (found again in actions_of when the names were read again in this batch)
                said = stored_quotes.get(article.id, []) if article.id in kept else quotes.get(article.id)
                acts[article.id] = {"actions": list(actions_of(article, doc, names, timexes, said))}
        if quotes:
            save_quotes(db, quotes, QUOTES_STAGE, QUOTES_VERSION)
            found_quotes += sum(len(q) for q in quotes.values())
        if items:
            save_items(db, items, FACTS_STAGE, FACTS_VERSION)
            found_facts += sum(len(i["facts"]) for i in items.values())
        if acts:
            save_items(db, acts, ACTIONS_STAGE, ACTIONS_VERSION)
            found_actions += sum(len(i["actions"]) for i in acts.values())
    parsed = len(order) - len(skipped)
    return ExtractReport(parsed, found_mentions, found_quotes, found_facts, found_actions, tuple(skipped))


def _skip(db: Database, articles: list[Article], limit: int, todo: Pending) -> list[str]:
    """Mark articles too long for the parser as done with nothing found, so that they never block the
    others, and say so: one line each, naming the article."""
    ids = {a.id for a in articles}
    save_mentions(db, {a: [] for a in ids & todo.names}, NAMES_STAGE, NAMES_VERSION)
    save_quotes(db, {a: [] for a in ids & todo.quotes}, QUOTES_STAGE, QUOTES_VERSION)
    empty_facts: dict[str, list[object]] = {"timexes": [], "quantities": [], "facts": [], "events": []}
    save_items(db, {a: empty_facts for a in ids & todo.facts}, FACTS_STAGE, FACTS_VERSION)
    save_items(db, {a: {"actions": []} for a in ids & todo.actions}, ACTIONS_STAGE, ACTIONS_VERSION)
    return [
        f"{a.source_path or a.url or a.id}: {len(a.text):,} characters, over the parser's limit of "
        f"{limit:,}; names, quotes, facts and actions not extracted"
        for a in articles
    ]


def actions_of(
    article: Article,
    doc: object,
    mentions: list[Mention],
    timexes: list[object] | None,
    quotes: list[Quote] | None = None,
) -> list[Action]:
    """Who did what to whom in one parsed article; its time expressions and quotations (whose speakers are
    the "I" and "we" inside them) are found again when not given (``None``)."""
    found = timexes if timexes is not None else find_timexes(article.text, anchor_of(article), article.id)
    said = quotes if quotes is not None else extract_quotes(article, doc, mentions)
    return extract_actions(article, doc, mentions, [t for t in found if isinstance(t, TimeExpression)], said)


def _names(batch: Sequence[Article], docs: Sequence[object], wanted: set[str]) -> dict[str, list[Mention]]:
    chosen = [(a, d) for a, d in zip(batch, docs, strict=True) if a.id in wanted]
    if not chosen:
        return {}
    return extract_many([a for a, _d in chosen], docs=[d for _a, d in chosen])
