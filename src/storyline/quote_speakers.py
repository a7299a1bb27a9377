"""Who said it: the speaker of a quotation, from the subject of its verb of saying.

The most specific description the text gives wins: a name (its full form, "Dale Hall" for "Hall"), else a
pronoun resolved to the person or group the text identifies (the last speaker or subject of the right kind
and gender nearby, else the one named most often), else a role resolved to the person whose stated role it
is ("the minister") or to the fuller description the text introduced ("the diplomat" after "a diplomat in
the Russian embassy"), else the description itself. Unknown stays unknown.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any, Protocol

from storyline.action_genders import one_by_role
from storyline.action_nouns import ROLE_NOUNS
from storyline.nlp import text_of
from storyline.quote_names import full_name, inside, longer_name
from storyline.records import Mention

Speaker = tuple[str, int, int, str | None]  # (text, start, end, mention id)
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


class Prior(Protocol):
    """A quote found earlier in the article: where it is, its cue and (once resolved) its speaker."""

    start: int
    end: int
    cue: tuple[int, int] | None
    speaker: Speaker | None


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


# Where the noun a role is ends: "head of the agency", "spokesman for the ministry", "chief, 54".
_ROLE_END = re.compile(r",|\s(?:of|for|at|in|with|to|from|on)\s")

# Titles written short before a name, and the noun a later mention uses for them.
_ABBREVIATED = {
    "dr": "doctor", "gen": "general", "sen": "senator", "gov": "governor", "rep": "representative",
    "det": "detective", "sgt": "sergeant", "lt": "lieutenant", "col": "colonel", "capt": "captain",
    "prof": "professor", "supt": "superintendent", "insp": "inspector", "cmdr": "commander", "adm": "admiral",
    "const": "constable", "atty": "attorney", "dep": "deputy", "amb": "ambassador", "cmsr": "commissioner",
    "tpr": "trooper", "ptl": "patrolman", "ofc": "officer",
}  # fmt: skip

_PRONOUNS_PERSON = frozenset({"he", "she", "him", "her"})

_PRONOUNS_GROUP = frozenset({"they", "them", "it"})
# Nouns of a person who speaks for another: "Reid's rep", "Hale's publicist", "her friend" (with ROLE_NOUNS).
_ANOTHER = frozenset(
    _words(
        "rep representative publicist aide adviser advisor friend neighbour neighbor wife husband son "
        "daughter brother sister cousin uncle aunt partner fiance fiancee lawyer attorney counsel agent "
        "manager doctor"
    )
)
# Kin and friends together, who speak for someone but are not them: "the family of Jon Reyes".
_KIN = frozenset(_words("family relatives parents friends children"))
# Nouns of one person of either gender that a "he" or "she" may stand for, beside the role nouns.
_ONE_OF_US = frozenset(
    _words(
        "firefighter neighbour neighbor passenger ranger witness resident teacher nurse driver aide friend "
        "relative colleague coworker co-worker medic paramedic bystander customer shopper"
    )
)
# Plurals of people who may speak, for a "they" opening the next sentence ("Critics of the act ... They").
_PEOPLE = frozenset(
    _words(
        "critics officials residents experts analysts investors protesters protestors demonstrators parents "
        "workers fishermen farmers students teachers doctors nurses scientists researchers economists "
        "lawmakers legislators leaders activists supporters opponents neighbours neighbors witnesses voters "
        "families relatives fans players members employees officers soldiers rebels militants organisers "
        "organizers observers diplomats prosecutors lawyers attorneys investigators inspectors landlords "
        "tenants owners shoppers customers passengers drivers pilots villagers citizens people men women "
        "executives managers directors spokesmen representatives authorities firefighters rescuers "
        "victims volunteers groups companies firms banks unions governments countries ministers guards "
        "agencies ministries visitors"
    )
)
# Plurals of things with the ending of a doer's noun ("-ers", "-ents"), which no "they" said.
_THINGS = frozenset(
    _words(
        "papers numbers orders letters waters centers centres computers containers matters markets "
        "events incidents accidents documents comments statements elements components payments"
    )
)
# Nouns of several people written without a plural ending: "Police said ... They said".
_SEVERAL = frozenset({"police", "people", "staff", "personnel", "military", "crew"})
# Bodies of people among the role nouns, which no "he" or "she" stands for: "The board said ... He said".
_GROUPS = frozenset({"board", "management", "committee", "council", "team", "panel", "jury"})

_DROP_FROM_SPEAKER = frozenset({"relcl", "acl", "punct", "cc"})

# Types of names a subject of saying may carry though the tagger was wrong about them.
_OTHER_NAMES = frozenset({"LOC", "FAC", "WORK_OF_ART", "PRODUCT", "EVENT", "LAW"})
_WORD_LIKE = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
# Crawl debris a parser can take for a subject ("html", "www").
_URL_DEBRIS = re.compile(r"\b(?:html?|https?|www|php|aspx?)\b|\.com\b", re.IGNORECASE)

# Nouns for a newspaper or magazine: "the paper said" is the outlet last named so.
_PAPERS = frozenset(_words("paper newspaper magazine tabloid"))
# Small words a headline in capitals writes with a capital, which no name holds.
_HEADLINE_WORDS = frozenset(_words("By After Of In On For To With At From And Is Are Was Were Has Have"))
# The people a quote speaks of in the third person, who are not saying it.
_THEM = re.compile(r"\b(?:they|them|their|theirs)\b", re.IGNORECASE)
# What an issuer puts out and the text then quotes: "the statement said".
_STATEMENTS = frozenset(_words("statement release letter"))
# Verbs by which one puts out a statement or a letter (not "received", "obtained", "read", "found").
_ISSUING = frozenset(
    _words("issue issued issues issuing release released releases releasing send sent sends sending write")
    + _words("wrote writes writing written post posted posts posting sign signed signs signing put puts")
)
# Nouns by which an article refers back to an organisation it has named: "the firm said".
_ORG_NOUNS = (
    frozenset(
        _words(
            "company firm giant group carmaker automaker maker manufacturer bank retailer airline operator "
            "network "
            "broadcaster insurer lender club team conglomerate corporation chain startup publisher studio"
        )
    )
    | _PAPERS
)
# Words that end a newspaper's name ("The Hartwell Gazette"), or that name one just before it ("daily
# Eleftherotypia").
_MASTHEADS = frozenset(
    _words(
        "times post herald gazette journal tribune news chronicle record echo courier telegraph guardian "
        "independent mail express observer inquirer examiner globe bulletin dispatch register sentinel "
        "beacon standard mirror monitor courant"
    )
)
_PAPER_WORDS = frozenset(_words("paper newspaper daily weekly tabloid magazine"))

# A person's name as the text writes it: one to four capitalised words or initials ("Hall", "Dale Hall").
_NAME = re.compile(r"(?:[A-Z][\w'’-]+|[A-Z]\.)(?: (?:[A-Z][\w'’-]+|[A-Z]\.)){0,3}")


def span_of(tokens: Iterable[Any]) -> tuple[int, int]:
    """The character span from the first token's start to the last token's end."""
    toks = list(tokens)
    return min(t.idx for t in toks), max(t.idx + len(t.text) for t in toks)


def _among(name: str, others: frozenset[str]) -> bool:
    """Whether a person's full ``name`` is one of ``others``, in full or by its first word alone."""
    return name in others or name.split()[0] in others


def _resolve_pronoun(
    doc: Any,
    token: Any,
    mentions: Sequence[Mention],
    done: Sequence[Prior],
    genders: dict[str, str],
    quoted: Sequence[tuple[int, int]],
    others: frozenset[str] = frozenset(),
) -> tuple[str, int, int, str | None] | None:
    """The person (he, she) or group (they, it) a pronoun speaker stands for.

    Candidates are the names of the right kind mentioned earlier outside quotation marks (whom a speaker
    names is not who speaks: "“The end of Operation Barkhan left us alone,” he said"), less the people the
    quote itself names (``others``, in full or by first name: "“I don't question Billy at all,” he said" is
    not Billy King), those of the pronoun's gender (when the text gives it) before those of unknown gender.
    Among them: the last speaker of a quote or the last subject of the last three sentences, whichever came
    later; else the last name of those sentences; else the name mentioned most often so far.
    """
    person = token.lower_ in _PRONOUNS_PERSON
    several = _plural_subject_before(doc, token) if token.lower_ == "they" else None
    if several is not None:
        return several
    kinds = ("PERSON",) if person else ("ORG", "GPE", "NORP")
    at = token.idx
    wanted = {"he": "m", "him": "m", "she": "f", "her": "f"}.get(token.lower_)
    earlier = [
        m
        for m in mentions
        if m.type in kinds and m.end <= at and not inside(m, quoted) and not _among(m.canonical, others)
    ]
    if wanted is not None:
        same = [m for m in earlier if genders.get(m.canonical) == wanted]
        unknown = [m for m in earlier if m.canonical not in genders]
        pools = [same, unknown]
    else:
        pools = [earlier]
    window_start = doc[_sentences_before(token, 3)].idx
    # (the full names of earlier speakers, needed only to set aside the people the quote names)
    canonical = {m.id: m.canonical for m in mentions} if others else {}
    previous = [
        f
        for f in done
        if f.speaker
        and f.speaker[3]
        and (f.cue or (f.start, 0))[0] < at
        and not _among(canonical.get(f.speaker[3], f.speaker[0]), others)
    ]
    # The last speaker, when the tagger named nobody for them: a name it missed ("Hall said he was concerned
    # ..., but he added") or a description ("A police spokeswoman said ... She added"; "Police ... They").
    spoke = [f for f in done if f.speaker and (f.cue or (f.start, 0))[0] < at]
    unlinked = None
    if spoke and token.lower_ != "it":
        last = max(spoke, key=lambda f: (f.cue or (f.start, 0))[0])
        said_at = (last.cue or (last.start, 0))[0]
        if (
            last.speaker
            and last.speaker[3] is None
            and said_at >= window_start
            and _unlinked_fits(doc, last.speaker, token)
        ):
            unlinked = (said_at, last.speaker)
    for pool in pools:
        if not pool:
            continue
        ids = {m.canonical for m in pool}
        recent = [m for m in pool if m.start >= window_start]
        subjects = [m for m in recent if _is_subject(doc, m)]
        last_speaker = None
        if previous:
            last = max(previous, key=lambda f: (f.cue or (f.start, 0))[0])
            mention = next((m for m in mentions if m.id == last.speaker[3]), None) if last.speaker else None
            said_at = (last.cue or (last.start, 0))[0]
            if mention is not None and mention.canonical in ids and said_at >= window_start:
                last_speaker = (said_at, last.speaker)
        if unlinked is not None and (last_speaker is None or unlinked[0] > last_speaker[0]):
            last_speaker = unlinked
        # The last person who spoke, unless someone else was made the subject since.
        if subjects:
            subject = max(subjects, key=lambda m: m.start)
            if last_speaker is None or subject.start > last_speaker[0]:
                return full_name(text_of(doc), mentions, subject, at)
        if last_speaker is not None:
            return last_speaker[1]
        if recent:
            return full_name(text_of(doc), mentions, max(recent, key=lambda m: m.start), at)
    if unlinked is not None:
        return unlinked[1]
    # Nobody of the right kind in the last sentences: the one named most often so far, of the pronoun's
    # gender first. A far-off name of the right gender never beats a near one of unknown gender.
    for pool in pools:
        if pool:
            counts: dict[str, int] = {}
            for m in pool:
                counts[m.canonical] = counts.get(m.canonical, 0) + 1
            best = max(pool, key=lambda m: (counts[m.canonical], m.start))
            return full_name(text_of(doc), mentions, best, at)
    return None


def _people_subject_before(
    doc: Any, token: Any, mentions: Sequence[Mention]
) -> tuple[str, int, int, None] | None:
    """The people coordinated as the subject of the sentence just before, for a "they" ("In a statement, the
    commerce secretary, Gary Locke, and the interior secretary, Ken Salazar, agreed. After a review, they
    said ..."), when that sentence names no one else."""
    if token.lower_ != "they" or token.sent.start == 0:
        return None
    before = doc[token.sent.start - 1].sent
    # (an active subject: people "charged", "praised" or "last seen" are spoken of, not speaking)
    subject = next((c for c in before.root.children if c.dep_ == "nsubj"), None)
    if subject is None or not any(t.dep_ == "cc" for t in subject.subtree):
        return None
    start, end = subject.left_edge.idx, subject.right_edge.idx + len(subject.right_edge.text)
    while end > start and text_of(doc)[end - 1] in " ,;":
        end -= 1  # (the comma closing the last apposition)
    people = [m for m in mentions if m.type == "PERSON" and before.start_char <= m.start < before.end_char]
    coordinated = [m for m in people if start <= m.start < end]
    if len(coordinated) < 2 or len(coordinated) < len(people):
        return None
    return " ".join(text_of(doc)[start:end].split()), start, end, None


def _plural_subject_before(doc: Any, token: Any) -> tuple[str, int, int, None] | None:
    """The plural of common nouns a "they" opening its clause stands for: the subject of the sentence just
    before, when no name is ("Critics of the act often substitute anecdote for fact. They've argued ...")."""
    if token.sent.start == 0 or token.i != token.sent.start:
        return None
    before = doc[token.sent.start - 1].sent.root.children
    subject = next((c for c in before if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.ent_type_:
        return None
    if subject.text[:1].isupper() and subject.i != subject.sent.start:
        return None  # a name the tagger missed, not a plural of common nouns
    low = subject.lower_
    doers = low.endswith(("ers", "ors", "ists", "ians", "ants", "ents")) and low not in _THINGS
    if low not in _PEOPLE and low not in _SEVERAL and not doers:
        return None  # (things do not speak: "Prices rose sharply. They said ...")
    return _description(doc, subject)


def _unlinked_fits(doc: Any, speaker: tuple[str, int, int, str | None], pronoun: Any) -> bool:
    """Whether a speaker given by no tagged name may be whom ``pronoun`` stands for: for "he" or "she", a
    person's name the tagger missed ("Hall said ..., but he added") or a description of one person not of
    the other gender ("A police spokeswoman said ... She added"); for "they", a description of several
    ("Police said ... They said")."""
    text = speaker[0]
    span = doc.char_span(speaker[1], speaker[2], alignment_mode="expand")
    head = span.root if span is not None else None
    described = head is not None and not head.ent_type_ and head.is_alpha
    if pronoun.lower_ == "they":
        low = head.lower_ if described and head is not None else ""
        return low in _SEVERAL or (low.endswith("s") and not low.endswith(("ss", "'s", "’s")))
    if _NAME.fullmatch(text):
        # (not a plural that opens a sentence, "Neighbours said ... He said", unless the text also writes it
        # capitalised inside a sentence, as a name: "Jones"; nor a common noun, "Police said ... He said")
        return text.lower() not in _SEVERAL | _GROUPS | ROLE_NOUNS and (
            not re.fullmatch(r"\w+[^s's]s", text)
            or re.search(rf"[a-z,;] {re.escape(text)}\b", text_of(doc)) is not None
        )
    if not described or head is None or len(text.split()) < 2 or head.lower_ in _SEVERAL | _GROUPS:
        return False
    if head.lower_ in _ONE_OF_US:
        return True  # "A firefighter at the scene said ... He said": a noun of either gender, singular
    return one_by_role(head, pronoun.lower_)


def _is_subject(doc: Any, mention: Mention) -> bool:
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    # "A professor of economics, Yanis Varoufakis, did not go": the name in apposition to the subject, also
    # when the parser hangs it on the subject's last noun ("A professor at the University of Athens, ...")
    head = root.head
    while root.dep_ == "appos" and head.dep_ == "pobj" and head.head.dep_ == "prep":
        if head.head.head.i > head.i:
            break
        head = head.head.head
    return root.dep_ in SUBJECT_DEPS or (root.dep_ == "appos" and head.dep_ in SUBJECT_DEPS)


def _role_heads(role: str) -> set[str]:
    """The nouns that say what each of a name's roles is: "minister" of "Minister of the Armed Forces" and of
    "Russian Foreign Minister", not "police" of "police commissioner" nor "navy" of "Indian navy ship"."""
    heads = set()
    for part in role.lower().split(";"):
        words = _ROLE_END.split(part, maxsplit=1)[0].split()
        if words:
            last = words[-1].rstrip(".")
            heads.add(_ABBREVIATED.get(last, last))  # "Dr. Amira Nasser" is "the doctor"
    return heads


def _resolve_role(head: Any, mentions: Sequence[Mention]) -> Mention | None:
    """A person named earlier with this role: "the minister" after "Foreign Minister Sergei Lavrov"."""
    word = head.lower_
    if len(word) < 4:
        return None
    holders = [m for m in mentions if m.role and word in _role_heads(m.role)]
    # "the energy minister" is the one whose role says energy, among several ministers ("Minister of Energy,
    # Pavel Horak"; "defence" and "defense" alike)
    said = [c.lower_[:5] for c in head.children if c.dep_ in ("compound", "amod") and c.is_alpha]
    if said:  # (when one does: "the new minister" is still the one minister named)
        holders = [m for m in holders if all(w in (m.role or "").lower() for w in said)] or holders
    earlier = [m for m in holders if m.start < head.idx]
    if earlier:
        return max(earlier, key=lambda m: m.start)
    # The name can follow in the next sentence: "France's defence minister warned ... Florence Parly told".
    later = [m for m in holders if m.start - head.idx < 700]
    return min(later, key=lambda m: m.start) if later else None


def resolve_speaker(
    doc: Any,
    token: Any | None,
    mentions: Sequence[Mention],
    done: Sequence[Prior],
    genders: dict[str, str],
    quoted: Sequence[tuple[int, int]] = (),
    others: frozenset[str] = frozenset(),
    said: str = "",
) -> tuple[str, int, int, str | None] | None:
    """(text, start, end, mention id) of who said it, from the subject token of the verb of saying;
    ``quoted`` are the spans inside quotation marks, whose names a pronoun never stands for, and ``others``
    the full names of the people the quote itself names, whom a pronoun speaker is not when anyone else
    may be; ``said`` the quote's words."""
    if token is None:
        return None
    if token.lower_ in _PRONOUNS_PERSON | _PRONOUNS_GROUP:
        # ('"We thank them," they said' after "Ray Fenn and Lara Quist resigned": not the pair spoken of)
        pair = _people_subject_before(doc, token, mentions) if not _THEM.search(said) else None
        if pair is not None:
            return pair
        found = _resolve_pronoun(doc, token, mentions, done, genders, quoted, others)
        if found is None and others:
            found = _resolve_pronoun(doc, token, mentions, done, genders, quoted)
        return found
    if token.lower_ in ("i", "we", "you", "who", "that", "which") or len(token.text) < 2:
        return None
    if not _WORD_LIKE.fullmatch(token.text):  # (letters, and an apostrophe or hyphen inside: "O'Connor")
        return None
    described = _description(doc, token)
    if described is None:
        return None
    _text, start, end, _none = described
    # A name as the subject or in apposition: "Her agent, Mark Roesler," speaks as Mark Roesler.
    named = [
        m for m in mentions if m.start < end and start < m.end and m.type in ("PERSON", "ORG", "GPE", "NORP")
    ]
    head_in = [m for m in named if m.start <= token.idx < m.end]
    if not head_in and token.ent_type_ in _OTHER_NAMES and token.text[:1].isupper():
        # the subject is a name the tagger typed as a place or thing ("said Anargyros Bizianis, a worker in
        # the suburb of Piraeus", Bizianis tagged a place): the name speaks, not one inside its description
        ent = next(e for e in doc.ents if e.start <= token.i < e.end)
        return " ".join(ent.text.split()), ent.start_char, ent.end_char, None
    # (whose the speaker is, is not who speaks: "Reid's rep told Us" is the rep, not Tara Reid)
    persons = [m for m in named if m.type == "PERSON" and (head_in or not _possessor(doc, m, token))]
    if not head_in and not persons:
        # "the governor of the province, Abdolreza Sheikholeslami," when NER missed the name in apposition.
        for child in token.children:
            if child.dep_ == "appos" and _name_shaped(child):
                a_start, a_end = span_of(child.subtree)
                return " ".join(text_of(doc)[a_start:a_end].split()), a_start, a_end, None
    # "The governor of Serra Alva, Helena Figueira, promised": the name in apposition is the speaker,
    # whatever type the tagger gave it, before any other name inside the description
    appositive = [
        m
        for child in token.children
        if child.dep_ == "appos"
        for m in named
        if child.idx <= m.start < child.idx + len(child.text) or m.start <= child.idx < m.end
    ]
    preferred = head_in or appositive or persons
    choice = preferred[0] if preferred else None
    if choice is not None:
        return full_name(text_of(doc), mentions, choice, token.idx)
    if token.lower_ in _STATEMENTS and _determined(token):
        # '"We are devastated," the statement said' after "Gordon Advisors issued a statement": its issuer
        author = issued_by(token)
        issuer = resolve_speaker(doc, author, mentions, done, genders, quoted) if author is not None else None
        if issuer is not None:
            return issuer
    holder = _resolve_role(token, mentions)
    if holder is not None and _determined(token):
        return full_name(text_of(doc), mentions, holder, token.idx)
    if _determined(token):
        # "the diplomat said" after "A diplomat in the Russian embassy told AFP": the fuller description
        # the text introduced the same noun with.
        size = len(text_of(doc)[start:end].split())
        for earlier in reversed(doc[: token.i]):
            if earlier.lower_ == token.lower_ and any(
                c.dep_ == "det" and c.lower_ in ("a", "an") for c in earlier.children
            ):
                phrase = _description(doc, earlier)
                if phrase is not None and len(phrase[0].split()) > size:
                    return phrase
                break
    if token.lower_ in _ORG_NOUNS and _determined(token):
        # "the French firm said": the organisation last named as a subject, else last named; "the paper
        # said": the news outlet last named so
        orgs = [m for m in mentions if m.type == "ORG" and m.end <= token.idx]
        if token.lower_ in _PAPERS:
            orgs = [m for m in orgs if _news_outlet(text_of(doc), m)]
        for pool in ([m for m in orgs if _is_subject(doc, m)], orgs):
            if pool:
                return full_name(text_of(doc), mentions, max(pool, key=lambda m: m.start), token.idx)
    description = " ".join(text_of(doc)[start:end].split())
    if description.lower() in ("the", "a", "an", "and", "but", "some", "this", "that") or _URL_DEBRIS.search(
        description
    ):
        return None
    longer = longer_name(text_of(doc), re.sub(r"^(?:Mr|Mrs|Ms|Dr|Miss)\.?\s+", "", description), start)
    # (a noun of people opening a sentence is no surname of a headline's words in capitals: "Police say that
    # ..." is not the "Teen Killed By Police"; but "Rita Judge ... Judge said" is Rita Judge)
    headline = longer is not None and any(w in _HEADLINE_WORDS for w in longer[0].split())
    if longer is not None and not (headline and description.lower() in _SEVERAL | _GROUPS | ROLE_NOUNS):
        return longer
    return description, start, end, None


def _sentences_before(token: Any, count: int) -> int:
    """The index of the first word of the sentence ``count`` sentences before ``token``'s (or of the text's
    first sentence, when there are fewer)."""
    first = token.sent.start
    for _ in range(count):
        if first > 0:
            first = token.doc[first - 1].sent.start
    return int(first)


def issued_by(token: Any) -> Any | None:
    """The word naming who put out the statement, release or letter ``token`` ("the statement") stands for:
    the last one of that noun in the three sentences before, when it is "from" or "by" someone ("a letter
    from the governor") or the object of a verb of issuing ("Gordon Advisors issued a statement"); not one
    received, found or read; ``None`` when there is none."""
    if token.lower_ not in _STATEMENTS:
        return None
    first = _sentences_before(token, 3)
    earlier = next((t for t in reversed(token.doc[first : token.i]) if t.lower_ == token.lower_), None)
    if earlier is None:
        return None
    author = next(
        (
            g
            for c in earlier.children
            if c.dep_ in ("prep", "agent") and c.lower_ in ("from", "by")
            for g in c.children
            if g.dep_ == "pobj"
        ),
        None,
    )
    if author is None and earlier.dep_ == "dobj" and earlier.head.lower_ in _ISSUING:
        author = next((s for s in earlier.head.children if s.dep_ == "nsubj"), None)
    return author


def _news_outlet(text: str, mention: Mention) -> bool:
    """Whether ``mention`` names a newspaper or magazine: by the last word of its name ("Gazette") or by the
    word just before it ("the daily Eleftherotypia", "the newspaper Kathimerini")."""
    if mention.text.split()[-1].lower() in _MASTHEADS:
        return True
    before = re.findall(r"[\w-]+", text[max(0, mention.start - 30) : mention.start])[-2:]
    return any(word.lower() in _PAPER_WORDS for word in before)


def _possessor(doc: Any, mention: Mention, head: Any) -> bool:
    """Whether ``mention`` is the one whose ``head`` is, a noun of another person ("Reid's" of "Reid's rep",
    of "Hale's lawyer", "the family of Jon Reyes", "lawyers for Amina Yusuf"); a statement, letter or office
    of theirs is still theirs ("Ferrant's statement")."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    owned = root.dep_ == "poss" and root.head.i == head.i
    served = root.dep_ == "pobj" and root.head.lower_ in ("of", "for") and root.head.head.i == head.i
    if not (owned or served):
        return False
    noun = head.lower_
    if served:
        # (only nouns of another person: "Under-Secretary-General for Peacekeeping Operations Jean-Pierre
        # Lacroix" is a title the parser ran into the name)
        return noun in _ANOTHER or noun.removesuffix("s") in _ANOTHER or noun in _KIN
    return noun in ROLE_NOUNS or noun in _ANOTHER


def _description(doc: Any, token: Any) -> tuple[str, int, int, None] | None:
    """The noun phrase ``token`` heads, without relative clauses and trailing punctuation."""
    kept = [
        t
        for t in token.subtree
        if not any(a.dep_ in _DROP_FROM_SPEAKER and a != token for a in _path(t, token))
    ]
    kept = [t for t in kept if not t.is_punct and t.dep_ != "cc"]
    if not kept:
        return None
    start, end = span_of(kept)
    return " ".join(text_of(doc)[start:end].split()), start, end, None


def _name_shaped(token: Any) -> bool:
    words = [t for t in token.subtree if not t.is_punct]
    return len(words) >= 2 and all(t.text[:1].isupper() for t in words)


def _determined(token: Any) -> bool:
    """A definite role ("the minister", "the company's spokesman"), not an indefinite one ("a minister")."""
    return any(
        c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an", "one", "another") for c in token.children
    )


def _path(token: Any, root: Any) -> list[Any]:
    path = []
    node = token
    while node != root and node.head != node:
        path.append(node)
        node = node.head
    return path
