"""Whom a pronoun stands for, for the actions stage's names (:mod:`storyline.action_names`): a "he" or
"she" by the reporting verb it hangs from, the clause it is bound in, the role noun it refers back to or the
people of the sentences before it of its gender (:func:`antecedent`); an "it" or "they" by the named subject
of the clause it hangs from or of the sentence before, or the pair a clause names.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from storyline.action_clauses import (
    CLAUSE_SUBJECTS,
    acted_on_by,
    bound_by_role,
    doers_of,
    earlier_same_subject,
    heads,
    objects_of,
    reported_clause,
    sentence_before,
    subject_pronoun,
)
from storyline.action_forms import forms
from storyline.action_genders import (
    GENDERED,
    agrees,
    gender_of,
    object_in_report,
    one_by_role,
    other_gender_before,
    ruled_out,
)
from storyline.action_mentions import mention_at
from storyline.action_names import GROUP_PRONOUNS, NOMINATIVE, PERSON_PRONOUNS, PRONOUNS, named
from storyline.action_nouns import DOCUMENTS, GROUP_NOUNS, OWN_WORDS
from storyline.action_untagged import Named
from storyline.action_verbs import REPORTING
from storyline.quote_marks import is_double_quote
from storyline.records import Mention

# How many sentences back a "he" or "she" may find the person it stands for.
_CHAIN = 4
# Reporters that are no person: what they report of "he" or "she" is of someone named before.
_NO_ONE_WHO_SAYS = DOCUMENTS | {
    "newspaper",
    "paper",
    "magazine",
    "tabloid",
    "daily",
    "website",
    "station",
    "network",
    "broadcaster",
    "channel",
    "journal",
}


def antecedent(
    token: Any, mentions: Sequence[Mention], not_them: frozenset[str] = frozenset()
) -> Named | None:
    """The named person, company, country or group the pronoun ``token`` stands for, if one is found; never
    one of the people ``not_them``."""
    found = _antecedent(token, mentions, set(not_them))
    return None if found is None or ruled_out(found.text, set(not_them)) else found


def _antecedent(token: Any, mentions: Sequence[Mention], not_them: set[str]) -> Named | None:
    low = NOMINATIVE.get(token.text.lower(), token.text.lower())
    # (``not_them``: people the pronoun cannot stand for)
    # "The Indian navy said it arrested ...", "The officer says he killed ...": the reporting verb's subject,
    # when it agrees with the pronoun: "he"/"she" a person, "it"/"they" not one ("..., Smith told RFI").
    for head in heads(token):
        if head.text.lower() in REPORTING:
            subject = next((c for c in head.children if c.dep_ in CLAUSE_SUBJECTS), None)
            if subject is None and head.dep_ == "conj":  # "Samsung denied the claims and said it would sue"
                holder = head.head
                own = next((c for c in holder.children if c.dep_ in CLAUSE_SUBJECTS), None)
                unnamed = own is not None and named(own, mentions, allow_pronoun=False) is None
                if holder.dep_ == "ccomp" and any(c.dep_ == "mark" for c in holder.children) and unnamed:
                    # "Surya Lintas Ferries denied that the ship had been overloaded and said it was ...": the
                    # parser hung "said" on the clause denied; its partner is the denying (but "Reuters
                    # reported that Boeing had rejected the claims and said it would appeal" is Boeing's)
                    holder = holder.head
                subject = next((c for c in holder.children if c.dep_ in CLAUSE_SUBJECTS), None)
            if subject is not None and subject.text.lower() in ("who", "that") and head.dep_ == "relcl":
                subject = head.head  # "police who claim he pointed a gun": the police report it
            if subject is not None and subject.i < token.i and subject.text.lower() == token.text.lower():
                # "he said that he planned to appeal": one "he"
                return _antecedent(subject, mentions, not_them)
            if subject is not None and subject.text.lower() not in GROUP_PRONOUNS | PERSON_PRONOUNS:
                found = named(subject, mentions, allow_pronoun=False)
                plural = subject.text.lower().endswith("s") and not subject.text.lower().endswith("ss")
                plural = plural or subject.text.lower() in GROUP_NOUNS  # "police who claim he ..."
                # ("He had been released in 2008, the newspaper reported": a paper is no "he")
                thing = low in PERSON_PRONOUNS and subject.text.lower() in _NO_ONE_WHO_SAYS
                if found is None and (plural or thing or subject.text.lower() == "which"):
                    # "Sources say he ...", "records, which indicate he ...": unnamed reporters or a
                    # document; look for the person named before
                    break
                if found is None:
                    return None  # "The officer says he killed ...": he is the unnamed officer
                is_person = found.mention is not None and found.mention.type == "PERSON"
                between = token.doc[min(head.i, token.i) : max(head.i, token.i)]
                reported = reported_clause(token, head)
                if low in PERSON_PRONOUNS and (
                    # "He shot Ortiz and fled, Peavy said": the one named before, not the reporter (but
                    # "After he met Putin, Obama said": a clause of the reporter's own, about him)
                    (subject.i > token.i and reported)
                    # '..." says Fairman, "and she shot Brown"': a speaker would say "I" (an odd number of
                    # marks between: inside the quotation, not 'told "The Times" that he')
                    or sum(is_double_quote(t.text) for t in between) % 2 == 1
                    # "Ms. Mendes said he ...": someone else, named before
                    or (is_person and not agrees(found.text, low, token.doc, mentions))
                    # "Castellano said she had banned Monaghan after he threatened ...": the reporter is
                    # "she" in her own report, so "he" is someone else
                    or (reported and other_gender_before(token, head, low, found.text, mentions))
                ):
                    not_them.add(found.text)
                    break
                inside = object_in_report(token, head, low, mentions) if reported else None
                if inside is not None:
                    # "Ngata told the court Kinsella had lured Mr Whitcombe ... and struck him": the one the
                    # report names before, not the reporter
                    return inside
                bound = _bound_in_report(token, head, low, mentions) if reported else None
                if bound is not None:
                    # "Rossi said Timmons is charged because he intended to kill": the one the reported
                    # clause is about, not the reporter; "Novy said the man shot them because he was
                    # furious": whoever the article called that, or no one named
                    return named(bound, mentions, False) or _called(bound, mentions)
                if ruled_out(found.text, not_them):
                    # '"Rennie said he had spoken with Lars Eidsvik and urged him": not the reporter, the
                    # doer of that "urged"; someone named in its sentence, or no one ("said he had spoken
                    # with the new coach and urged him")
                    return _named_in_report(token, head, low, not_them, mentions)
                return found if is_person == (low in PERSON_PRONOUNS) else None
    if low in GROUP_PRONOUNS:
        return _group_antecedent(token, mentions)
    conjoined = _conjoined_subject(token, low, mentions)
    if conjoined is not None:
        return conjoined
    relative = _relative_antecedent(token, low, mentions)
    if relative is not None:
        return relative
    earlier = earlier_same_subject(token, low)
    if earlier is not None:
        # "Whether he knew Wilhelm was an agent before he killed him": one "he", not Wilhelm
        found = named(earlier, mentions, allow_pronoun=True)
        if found is None or not ruled_out(found.text, not_them):
            return found
    role = bound_by_role(token, low)
    if role is not None:
        # "The frustrated prosecutor gambled ... when he denied": he is the prosecutor, whoever the article
        # called that ("prosecutor Paul Howard") before, or no one named
        return _called(role, mentions)
    doc = token.doc
    # The people named in the sentence before and in this one before the pronoun; failing them, those of
    # an earlier sentence, while the sentences between go on speaking of someone of that gender ("Nichols
    # was being escorted ... He burst into the courtroom ... He fled ... he shot and killed Wilhelm") or
    # name only people of the other ("Mr. Gomes was released. Ms. Mendes was the victim. He attacked").
    # "Ortiz asked the man ... when Orozco appeared. He shot Ortiz": not whom his own verb is done to
    not_them |= {
        found.text for o in objects_of(token.head) if (found := named(o, mentions, False)) is not None
    }
    doers = doers_of(token)
    not_them |= {found.text for t in doers if (found := named(t, mentions, False)) is not None}
    # ("Thornleigh police arrested him": nor anyone named in the doer's own name; but "Gigante's family
    # supported him" may be Gigante, an owner)
    words = [w for t in doers for w in (t, *t.lefts) if w.dep_ in ("compound", "amod", "nmod") or w in doers]
    not_them |= {
        m.canonical for m in mentions for w in words if m.start <= w.idx < m.end and w.dep_ != "poss"
    }
    sentence = token.sent
    start = sentence.start_char
    chain_tried = False
    for back in range(_CHAIN):
        if sentence.start == 0 and back > 0:
            break
        sentence = doc[sentence.start - 1].sent if sentence.start > 0 else sentence
        named_here = [
            m
            for m in mentions
            if m.type == "PERSON"
            and not m.text.isupper()  # an acronym is no one's name ("CDT" in a dateline)
            # nor "a .357 Magnum", "p. m." (but "de Blasio" is Bill de Blasio)
            and (m.text[:1].isupper() or m.canonical[:1].isupper())
            and sentence.start_char <= m.start
            and m.end <= (token.idx if back == 0 else start)
        ]
        people = [
            m
            for m in named_here
            if agrees(m.canonical, low, doc, mentions) and not ruled_out(m.canonical, not_them)
        ]
        subjects = [
            m
            for m in people
            if (span := doc.char_span(m.start, m.end, alignment_mode="expand")) is not None
            and span.root.dep_ in ("nsubj", "nsubjpass")
        ]
        # "Nichols overpowered a deputy. He burst in and killed Judge Barnes and Deputy Teasley. He fled. In
        # Buckhead, he shot Wilhelm": a subject "he" after the last subject named is who the story goes on
        # about, and this one is the same (not a person that "he" acted on)
        chained = (
            None
            if chain_tried
            else subject_pronoun(sentence, low, token, start if back else token.idx, doers)
        )
        # (unless someone who may be "he" is named after it and not as what that "he" did something to:
        # "He was taken to hospital, and police arrested his neighbour Carl Webb. He attacked an officer")
        newcomer = chained is not None and any(
            m.start > chained.idx and not acted_on_by(doc, m, chained) for m in people
        )
        if chained is not None and not newcomer and (not subjects or subjects[-1].start < chained.idx):
            chain_tried = True  # (once: each "he" then follows one chain back, never a tree of them)
            found = _antecedent(chained, mentions, set())
            if found is not None and not ruled_out(found.text, not_them):
                return found
        if people:
            m = (subjects or people)[-1]
            return Named(m.canonical, m.start, m.end, m)
        wordless = not any(t.is_alpha for t in sentence)  # a stray quotation mark on a line of its own
        if (
            not named_here
            and not wordless
            and not any(t.text.lower() in GENDERED[gender_of(low)] for t in sentence)
        ):
            break
        start = sentence.start_char
    return None


def _named_in_report(
    token: Any, reporting: Any, low: str, not_them: set[str], mentions: Sequence[Mention]
) -> Named | None:
    """The last person named in the sentence of the verb ``reporting`` before the pronoun ``token`` who may
    be it, not one of ``not_them`` ("Vantongeren's former union said it had represented him"); else
    ``None`` (and for an "it" or "they", which is no person)."""
    if low not in PERSON_PRONOUNS:
        return None
    doc = token.doc
    start = min(reporting.sent.start_char, token.sent.start_char)
    people = [
        m
        for m in mentions
        if m.type == "PERSON"
        and start <= m.start
        and m.end <= token.idx
        and agrees(m.canonical, low, doc, mentions)
        and not ruled_out(m.canonical, not_them)
    ]
    return Named(people[-1].canonical, people[-1].start, people[-1].end, people[-1]) if people else None


def _conjoined_subject(token: Any, low: str, mentions: Sequence[Mention]) -> Named | None:
    """ "Defense attorney Mark Sutter had argued ..., and he said ...": the subject "he" of a clause joined by
    "and" to one whose subject is a person it agrees with is that person."""
    if token.dep_ != "nsubj" or token.head.dep_ != "conj" or low not in PERSON_PRONOUNS:
        return None
    if token.head.head.text.lower() in REPORTING:
        return None  # '..." says Fairman, "and she shot Brown"': the quotation goes on, about someone else
    first = next((c for c in token.head.head.children if c.dep_ == "nsubj" and c.i < token.i), None)
    found = named(first, mentions, allow_pronoun=False) if first is not None else None
    if found is None or found.mention is None or found.mention.type != "PERSON":
        return None
    return found if agrees(found.text, low, token.doc, mentions) else None


def _bound_in_report(token: Any, reporting: Any, low: str, mentions: Sequence[Mention]) -> Any | None:
    """The subject that a "he" or "she" inside what ``reporting`` reports stands for, when the pronoun
    hangs (through subordinate clauses, not coordinated ones) from a clause whose own subject, before it, may
    be that person: a person named ("Rossi said Timmons is charged because he ...") or one person by a role
    noun ("Novy said the man shot them because he was furious"); else ``None`` (not "Lee said the company
    fired him after he complained", nor "Warner said the president was wrong and he would oppose it")."""
    if low not in ("he", "she") or token.dep_ not in ("nsubj", "nsubjpass"):
        return None  # (an object pronoun is never its own clause's subject: "Mora said Lund met him")
    link = token
    for clause in heads(token):
        if clause.i == reporting.i or link.dep_ == "conj":
            return None
        link = clause
        subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or subject.i >= token.i:
            continue
        found = named(subject, mentions, allow_pronoun=False)
        if found is not None:
            person = found.mention is not None and found.mention.type == "PERSON"
            return subject if person and agrees(found.text, low, token.doc, mentions) else None
        return subject if one_by_role(subject, low) else None
    return None


def _relative_antecedent(token: Any, low: str, mentions: Sequence[Mention]) -> Named | None:
    """The person a "he" or "she" subject inside a "who" clause about them stands for ("O'Brien, who still
    has two years left on the contract he signed when he was hired by the Sixers": O'Brien), when no one
    else of that gender is named between them and no quotation mark stands between; else ``None``."""
    if low not in ("he", "she") or token.dep_ not in ("nsubj", "nsubjpass"):
        return None
    doc = token.doc
    for clause in heads(token):
        if clause.dep_ != "relcl":
            continue
        if not any(c.dep_ in ("nsubj", "nsubjpass") and c.text.lower() == "who" for c in clause.children):
            continue
        found = named(clause.head, mentions, allow_pronoun=False)
        if found is None or found.mention is None or found.mention.type != "PERSON":
            return None
        if not agrees(found.text, low, doc, mentions):
            return None
        between = doc[clause.head.i + 1 : token.i]
        if any(is_double_quote(t.text) for t in between):
            return None
        others = [
            m
            for m in mentions
            if m.type == "PERSON"
            and between.start_char <= m.start < between.end_char
            and m.canonical != found.text
            and agrees(m.canonical, low, doc, mentions)
        ]
        return None if others else found
    return None


def _called(role: Any, mentions: Sequence[Mention]) -> Named | None:
    """The person the article last described with the role noun ``role`` before it, the noun a compound of
    the name or in apposition to it ("prosecutor Paul Howard", "Paul Howard, the prosecutor"), or ``None``."""
    word = role.text.lower()
    for token in reversed(role.doc[: role.i]):
        # "prosecutor Paul Howard" (a compound of the name), "Paul Howard, the prosecutor" (an appositive);
        # not "A guard searched Tom Banks"
        if token.text.lower() != word or token.dep_ not in ("compound", "appos"):
            continue
        person = token.head
        mention = mention_at(mentions, person.idx, person.idx + len(person.text))
        if mention is not None and mention.type == "PERSON":
            return Named(mention.canonical, mention.start, mention.end, mention)
    return None


# Verbs whose subject binds itself in the clause it governs: "X warned (Y) that it would ...".
_COMMITTING: frozenset[str] = frozenset(
    f
    for b in (
        "warn",
        "threaten",
        "vow",
        "pledge",
        "promise",
        "assure",
        "insist",
        "caution",
        "signal",
        "declare",
    )
    for f in forms(b)
)


def _group_antecedent(token: Any, mentions: Sequence[Mention]) -> Named | None:
    """ "Fiat signed the deal. It will also buy ...": a subject "it" / "they" stands for the named subject of
    a clause it hangs from or of the sentence before when that is not a person (a company, a country, a named
    group)."""
    sent = token.sent
    if token.dep_ not in ("nsubj", "nsubjpass"):
        return None
    clause = token.head
    described = clause.head.children if clause.dep_ == "acl" and clause.head.text.lower() in OWN_WORDS else ()
    owner = next((c for c in described if c.dep_ == "poss"), None)
    if owner is not None and owner.text.lower() not in PRONOUNS:
        # "Russia's statement that it would withdraw", "the government's announcement that it would buy":
        # whose statement it is (a person's is for "he" or "she")
        # (a named group too: "the United States government's announcement that it would buy")
        found = named(owner, mentions, allow_pronoun=False)
        if found is not None and (found.mention is None or found.mention.type != "PERSON"):
            return found
    if clause.dep_ == "ccomp" and clause.head.text.lower() in _COMMITTING:
        # "Germany warned Bamako that if the government strikes a deal, it will reassess its deployment":
        # the one who warns or promises, not a name of the sentence before or of the "if" (but "Paris
        # reminded Moscow that it had attacked Ukraine" is about Moscow)
        matrix = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
        found = named(matrix, mentions, allow_pronoun=False) if matrix is not None else None
        if found is not None and found.mention is not None and found.mention.type != "PERSON":
            return found
    # "The Indian navy defended its actions, saying it had fired", "the Angels had the rights, but they
    # declined": the named subject of a main clause this one hangs from, earlier in the sentence (not past
    # another party named as the object: "Paris reminded Moscow that it had attacked", "the US sanctioned
    # Iran after it attacked"; nor the subject of a reported clause: "Moscow denied that Kyiv had ...")
    for head in heads(token):
        if head.i != token.head.i and any(  # (its own verb's object is no one it could stand for)
            (m := mention_at(mentions, t.idx, t.idx + len(t.text))) is not None and m.type != "PERSON"
            for c in head.children
            if c.dep_ in ("dobj", "dative")
            for t in (c, *(g for g in c.children if g.dep_ in ("compound", "poss")))
        ):
            break
        subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < token.i), None)
        if subject is not None and head.dep_ == "ccomp":
            break
        if subject is not None:
            found = (
                None if subject.text.lower() in PRONOUNS else named(subject, mentions, allow_pronoun=False)
            )
            if found is not None and (found.mention is None or found.mention.type != "PERSON"):
                return found
            break
    previous = sentence_before(sent)
    if previous is None:
        return None
    subject = next((c for c in previous.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.text.lower() in PRONOUNS:
        return None
    found = named(subject, mentions, allow_pronoun=False)
    if found is None or (found.mention is not None and found.mention.type == "PERSON"):
        return None
    return found
