"""How the actions stage (:mod:`storyline.actions`) reads the way a sentence tells an act: its modality.

*negated* ("did not warn", "failed to", "has yet to sign"), *conditional* ("if Peru attacks"), *hedged* (a
modal or a hedge: "would isolate", "is close to hiring", "must", an obligation "still has to be ratified", an
act asked about "whether parliament ratifies"), *future* ("will", "plans to", "is to be sentenced", "is going
to", a headline infinitive "Fiat to buy Chrysler"), *reported* ("reportedly", "according to", "accused of
shooting", a reporting verb above it), else *asserted*; the first that applies wins, in that order. Read from
the dependency parse around the trigger's verb and up to three of its heads.
"""

from __future__ import annotations

from typing import Any

from storyline.action_clauses import heads, reported_clause
from storyline.action_forms import forms, past_form
from storyline.action_misparse import gerund_read_as_modifier, modified_noun, past_verb_under_base_form
from storyline.action_nouns import INTENTS
from storyline.action_senses import is_infinitive
from storyline.action_subjects import NOMINAL_DEPS
from storyline.action_verbs import ACCUSING, ATTEMPTS, ENGAGING, FUTURE, HEDGES, OBLIGED, REPORTING
from storyline.sentences import BE_FORMS

# (with the curly apostrophe too, which the parser may take for an adverb: "haven’t signed")
_NEG = frozenset({"not", "n't", "n’t", "never", "no"})
_PRESENT_BE = frozenset({"is", "are", "am", "'s", "'re", "'m", "’s", "’re", "’m"})
_PROMISING = frozenset(
    f for b in ("pledge", "promise", "vow", "swear", "decide", "agree", "want") for f in forms(b)
)
_DECLINING = frozenset(forms("decline")) | frozenset(forms("refuse"))
# Denying having done something: the act denied is told as not done ("denied shooting at the officers").
_DENYING = frozenset(forms("deny"))
# Verbs that report what someone admits or finds out, like "said": "admitted it had fired Hartmann".
_LEARNED = frozenset(f for b in ("admit", "learn", "acknowledge", "concede") for f in forms(b)) | {"heard"}
_CONTEMPLATING = frozenset(f for b in ("consider", "contemplate", "weigh", "mull") for f in forms(b))
# Passives that report hearsay about their subject: "X is said / reported / believed to have ...".
_RAISING = frozenset(
    {"said", "reported", "rumoured", "rumored", "thought", "believed", "understood", "alleged", "claimed"}
)


# Words opening a clause that tells how or why something was done ("revealed why he leaked it").
_WH_OPENERS = frozenset({"why", "how", "when", "where"})
# Modals of a reported future, after which a past tense is the present shifted back.
_BACKSHIFTING = frozenset({"would", "could", "might", "should"})


def _told_as_past(verb: Any) -> bool:
    """Whether ``verb`` is in a past tense of its own: a past form with no auxiliary but a past one
    ("rejected", "was arrested", "had signed")."""
    helpers = [c.text.lower() for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return past_form(verb.text) and all(h in ("was", "were", "had", "did") for h in helpers)


def modality_of(trigger: Any, verb: Any) -> str:
    """How the text tells the act of ``verb`` (triggered by ``trigger``): "negated", "conditional", "hedged",
    "future", "reported" or "asserted" (module docstring)."""
    partner = past_verb_under_base_form(verb)
    if partner is not None:
        # "said Russia would withdraw and accused Kyiv": told as "said" is, not under "would"
        return modality_of(partner, partner)
    above = _clause_heads(verb)
    chain = [verb, *above[:3]]
    # "the strike will spread after the union rejected the offer": an adverbial clause told in the past is
    # done, whatever the clause it hangs from says of what is to come
    # (but after a "would", a past tense is its backshifted present: "warned it would respond once NATO
    # deployed troops" is still to come)
    done = next(
        (
            i
            for i, v in enumerate(chain)
            if v.dep_ == "advcl"
            and _told_as_past(v)
            and not any(c.dep_ == "aux" and c.lower_ in _BACKSHIFTING for c in v.head.children)
        ),
        None,
    )
    chain = chain if done is None else chain[: done + 1]
    sentence_words = {t.text.lower() for t in verb.sent}
    local = {
        c.text.lower() for v in chain[:3] for c in v.children if c.dep_ in ("neg", "aux", "advmod", "mark")
    }
    # (a noun is no cue: "approved the plan" is no plan to act, "rejected the likely outcome" no hedge)
    # (nor a verb coordinated with it: "were wounded by Lopez, who told police the rounds were intended for")
    near = {c.text.lower() for c in verb.children if c.dep_ not in NOMINAL_DEPS | {"conj"}} | {
        t.text.lower() for t in chain
    }
    # (a clause opened by "why" or "how" tells what was done, whatever is said of it: "never revealed why
    # he leaked the details", "did not explain how he escaped")
    asked = verb.dep_ == "ccomp" and any(
        c.dep_ == "advmod" and c.lower_ in _WH_OPENERS and c.i < verb.i for c in verb.children
    )
    negating = chain[: 1 if asked else 2]
    negators = [c for v in negating for c in v.children if c.dep_ == "neg" or c.text.lower() == "n’t"]
    if local & _NEG and negators:
        return "negated"
    # ("failed to reach a deal", "was unable to"; not "would send him to jail if he failed a test")
    if {t.text.lower() for t in chain} & _FAILING:
        return "negated"
    if any(c.dep_ == "det" and c.text.lower() == "no" for c in trigger.children):
        return "negated"  # "has made no arrest", "reached no deal"
    # ("declined to re - sign him": the parser may hang the "to" on the split prefix, a second complement)
    declined = [c for c in verb.head.children if c.dep_ == "xcomp" and c.i <= verb.i]
    if verb.dep_ == "xcomp" and any(map(is_infinitive, declined)) and verb.head.text.lower() in _DECLINING:
        return "negated"  # "declined to make an offer", "refused to hold talks": not done
    if verb.dep_ == "xcomp" and verb.lower_.endswith("ing") and verb.head.lower_ in _DENYING:
        return "negated"  # "denied shooting at the first officers", "denied having conversations with him"
    if verb.dep_ == "acl" and is_infinitive(verb) and verb.head.text.lower() == "refusal":
        return "negated"  # "Japan's refusal to meet Kim"
    for v in chain:
        if v.dep_ in ("advcl", "ccomp") and any(
            c.dep_ == "mark" and c.text.lower() in ("if", "unless") for c in v.children
        ):
            return "conditional"
        if _inverted(v):
            return "conditional"  # "Should Iran attack Israel, ...", "Had Britain sent troops, ..."
        if v.dep_ == "advcl" and v.i != verb.i:
            break
    must = verb.head
    to_verb = verb.dep_ == "xcomp" and is_infinitive(verb)
    if (
        to_verb
        and must.text.lower() in OBLIGED | {"had", "needed"}
        and any(c.text.lower() == "yet" and must.i < c.i < verb.i for c in must.children)
    ):
        return "negated"  # "he has / had yet to sign on" (not "and yet Russia had to withdraw")
    # "has to be ratified", "needs to sign"; in the past only a requirement ("had to be approved by"): "had to
    # withdraw its troops" was done
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    obliged = to_verb and (
        must.text.lower() in OBLIGED or (must.text.lower() in ("had", "needed") and passive)
    )
    # "is going to negotiate", "is going to have to negotiate" (not "prices are going up because ...")
    going_head = must.head if obliged else must
    going = (
        to_verb
        and going_head.text.lower() == "going"
        and any(c.dep_ == "aux" and c.text.lower() in _PRESENT_BE for c in going_head.children)
    )
    if going and any(c.dep_ == "neg" for c in going_head.children):
        return "negated"  # "is not going to have to negotiate"
    obliged = obliged and not local & FUTURE and not going  # "will need to ask a court": still to come
    # "the question is whether parliament ratifies the deal": asked, not told as done
    asked = any(c.dep_ == "mark" and c.text.lower() == "whether" for c in verb.children)
    # "considered firing Wray", "is weighing suing": thought of, not done
    weighed = verb.dep_ == "xcomp" and verb.head.text.lower() in _CONTEMPLATING
    # "has all but agreed to a merger": nearly, not yet
    all_but = [t.text.lower() for t in verb.doc[max(verb.i - 2, 0) : verb.i]] == ["all", "but"]
    seeming = to_verb and must.text.lower() in _APPEARING
    # ("asked France to close its bases": the verb "close", not the hedge "is close to")
    closing = any(
        t.text.lower() == "close" and (is_infinitive(t) or any(g.dep_ == "dobj" for g in t.children))
        for t in (*verb.children, *chain)
    )
    likely = near & (_SEEMING - {"close"} if closing else _SEEMING)
    if local & HEDGES or likely or obliged or asked or weighed or seeming:
        return "hedged"
    if all_but:
        return "hedged"
    if (
        to_verb
        and must.text.lower() in _RAISING
        and any(c.dep_ in ("nsubjpass", "auxpass") for c in must.children)
    ):
        return "reported"  # "Russia is reported to have attacked", "Apple is said to be in talks": hearsay
    attempt = verb.dep_ == "xcomp" and verb.head.text.lower() in ATTEMPTS  # "attempting to take over"
    # "Germany's decision to sanction Iran", "in a bid to silence him": intended, still to come
    attempt = attempt or (verb.dep_ == "acl" and is_infinitive(verb) and verb.head.text.lower() in INTENTS)
    # "pledged to support Ukraine", "is about to hire Lin", "wants to eliminate its dealers": still to come
    # (only what is wanted: not "wants to know why Russia invaded")
    promised = to_verb and (must.text.lower() in _PROMISING or must.text.lower() == "about")
    # "flew to Nairobi to meet with Haddad", "scored 14 points to help the Wildcats": a purpose, still to come
    purpose = (
        verb.dep_ == "advcl"
        and is_infinitive(verb)
        and not any(c.dep_ in ("nsubj", "mark") for c in verb.children)
    )
    # "is set to hire Okafor" (not "set to music")
    promised = promised or (
        to_verb and must.text.lower() == "set" and any(c.dep_ in ("auxpass", "aux") for c in must.children)
    )
    # "paid Lamar Steele to carry out the killing", "persuaded him to attack": engaged to, still to come
    promised = promised or (to_verb and must.text.lower() in ENGAGING)
    # "Orozco is to be sentenced May 3": an arrangement for the future
    scheduled = verb.dep_ == "xcomp" and verb.head.text.lower() in BE_FORMS and is_infinitive(verb)
    if (
        local & FUTURE
        or near & FUTURE
        or attempt
        or promised
        or purpose
        or scheduled
        or going
        or _headline_infinitive(verb)
    ):
        return "future"
    if sentence_words & {"reportedly", "allegedly"} or "according" in sentence_words:
        return "reported"
    # (the preposition the gerund follows, or the one its misread person is after: "charged with killing
    # supervisor Anne Kowalski")
    # ("accused China of ramming and firing on the boat": a gerund coordinated with the first one)
    first = verb
    while first.dep_ == "conj" and first.text.lower().endswith("ing") and first.head.i != first.i:
        first = first.head
    prep = modified_noun(first).head if gerund_read_as_modifier(first) else first.head
    if (
        (first.dep_ == "pcomp" or prep.i != first.head.i)
        and prep.text.lower() in ("of", "with")
        and prep.head.text.lower() in ACCUSING | {"credited"}
    ):
        return "reported"  # "accused of shooting", "charged with killing": an allegation
    # ("admitted it had fired", "learned that X had hired": a clause learned, not "learned to shoot")
    learned = any(h.text.lower() in _LEARNED and h.dep_ != "xcomp" for h in above) and not to_verb
    if (
        learned
        # (what a report reports, not its adverbial clauses: "After he met Putin, Obama said ...", "Sentencing
        # him, Judge Wu said ...": told as done)
        or any(h.text.lower() in REPORTING and reported_clause(verb, h) for h in above)
        or any(c.dep_ in ("parataxis", "ccomp") and c.text.lower() in REPORTING for c in verb.children)
        or _said_in_a_report(verb)
    ):
        return "reported"
    return "asserted"


# Nouns whose "that" clause is what someone said: "the claim that Russia had attacked Ukraine".
_REPORT_NOUNS = frozenset(
    {"claim", "claims", "statement", "statements", "announcement", "report", "reports", "assertion"}
    | {"allegation", "allegations", "accusation", "accusations", "word", "news", "confirmation", "admission"}
)


def _said_in_a_report(verb: Any) -> bool:
    """Whether ``verb`` is the content of a report written as a noun ("the claim that Russia had attacked",
    "Boeing's announcement that it had won the order"), not a clause about the noun ("the report it
    filed")."""
    told = any(c.dep_ == "mark" and c.text.lower() == "that" for c in verb.children)
    return verb.dep_ == "acl" and told and verb.head.text.lower() in _REPORT_NOUNS


# Heads above an act that say it was not done: "failed to reach", "fail to agree", "was unable to".
_FAILING = frozenset({"unable", "fail", "fails", "failed", "failing"})
# Words above an act that make it only likely: "is likely / expected / close to", "is unlikely to attack".
_SEEMING = frozenset({"likely", "unlikely", "expected", "close", "considering"})
# Verbs whose infinitive is only apparent: "appeared to reject", "seems to back" (not "appeared in court").
_APPEARING = frozenset(f for b in ("appear", "seem") for f in forms(b))


def _clause_heads(verb: Any) -> list[Any]:
    """The heads above ``verb`` up to a clause that describes a subject, whose verb's modality is not its
    own: "Senator Pike, who helped write the law, said ..." (helped: asserted, not reported), "Nordic Air,
    which Lufthansa acquired, will keep its brand" (acquired: asserted, not future)."""
    out = []
    link = verb
    for head in heads(verb):
        if link.dep_ in ("relcl", "acl", "appos") and link.head.dep_ in ("nsubj", "nsubjpass"):
            break
        out.append(head)
        link = head
    return out


# Auxiliaries that open a conditional clause by inversion: "Should Iran attack", "Were Iran to attack".
_INVERTING = frozenset({"should", "were", "had"})


def _inverted(clause: Any) -> bool:
    """An adverbial clause opened by an inverted auxiliary, a condition ("Should Iran attack Israel, the
    US would defend it", "Had Britain sent troops, ...")."""
    if clause.dep_ != "advcl" or any(c.dep_ == "mark" for c in clause.children):
        return False
    first = clause.left_edge
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return first.text.lower() in _INVERTING and subject is not None and first.i < subject.i


def _headline_infinitive(verb: Any) -> bool:
    """ "DaimlerChrysler to sell Chrysler Group": a verbless headline announcing a future action."""
    if verb.dep_ != "ROOT" and not (verb.dep_ in ("xcomp", "acl", "relcl") and verb.head.dep_ == "ROOT"):
        return False
    has_to = is_infinitive(verb)
    root = verb.sent.root
    return has_to and (root.i == verb.i or not any(c.dep_ in ("nsubj", "nsubjpass") for c in root.children))
