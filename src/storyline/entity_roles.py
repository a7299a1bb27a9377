"""The role or title of a named person or body, for the entities stage (:mod:`storyline.entities`): the
words before the name that describe it ("Kremlin spokesman Dmitry Peskov", "Microsoft's Christopher
Budd") and a description in apposition after it ("Ann Lee, president of Valley Dairy")."""

from __future__ import annotations

from typing import Any

from storyline.entity_retyping import EXECUTIVES


def role_of(doc: Any, start: int, end: int, title: str | None) -> str | None:
    """Title or role words before the name at ``start``-``end`` ("Kremlin spokesman") or in apposition after
    it, with the ``title`` already taken off the name ("Constable")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return title
    root = span.root
    roles = [title] if title else []
    left = root.left_edge.i
    # the titles moved into the role are passed over ("Vancouver Police spokesman Constable Tim Fanning":
    # the office is before the title)
    first = span.start
    moved = len(title.split()) if title else 0
    if moved and first - moved >= left and doc[first - moved : first].text == title:
        first -= moved
    if left < first:
        words = [t for t in doc[left:first] if t.dep_ not in ("det", "predet", "punct", "cc", "preconj")]
        last = doc[first - 1]
        # A role is a noun compounded with the name ("Kremlin spokesman Dmitry Peskov"); an adjective or a
        # determiner alone ("annual", "both the") is not.
        # (or an abbreviated title: "Dr. Amira Nasser", "Sgt. Tom Vail")
        written = last.is_alpha or (last.text.endswith(".") and last.text[:-1].isalpha())
        courtesy = len(words) == 1 and last.lower_.rstrip(".") in _COURTESY  # ("Mr." says no role)
        if (
            words
            and written
            and not courtesy
            and (not last.ent_type_ or last.lower_.rstrip(".") in EXECUTIVES)
            and last.dep_ in ("compound", "nmod", "appos")
        ):
            roles.append(doc[words[0].i : first].text)
        elif words and last.dep_ == "case" and last.head.ent_type_ in ("ORG", "GPE", "NORP"):
            # "Microsoft's Christopher Budd": a person given by an organisation or country works for it.
            roles.append(doc[words[0].i : first].text)
    head = root.head
    # the parser hangs the name on the last noun of the description set off by a comma: "the Minister of
    # the Armed Forces, Florence Parly", "an aide to the prime minister, Rupert Vane" (not on a verb's:
    # "thought of my brother, Emeka" is his brother; and without the comma only that noun: "the source for
    # Washington Post reporters Bob Woodward" is a reporter)
    comma = left > 0 and doc[left - 1].text == ","
    while comma and head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.head.i < head.i:
        if not _noun(head.head.head):
            break
        head = head.head.head
    if root.dep_ == "appos" and head.i < left and head.is_alpha and not head.ent_type_ and _noun(head):
        # "the head of the agency, Maria Oduya": the description the name is in apposition to, up to the
        # comma (not one holding a name of its own: "the deputies of the Defense Committee, ...")
        words = [t for t in doc[head.left_edge.i : left] if not t.is_punct]
        if words and (words[0].dep_ in ("det", "predet") or words[0].lower_ in _OWN):
            words = words[1:]
        if (
            0 < len(words) <= 12
            and not any(t.ent_type_ == "PERSON" or t.is_quote for t in doc[words[0].i : left])
            and words[0].sent == root.sent
        ):
            first = words[0].i
            if _ex_before(doc, first):
                first -= 2  # "the ex-ambassador to Mali, ...": the parser took "ex" for a word of its own
            roles.append(doc[first : words[-1].i + 1].text)
    for child in root.children:
        if child.dep_ == "appos" and child.i >= span.end and not child.ent_type_:
            if child.text == "-" or _ex_before(doc, child.i + 2):
                continue  # "X, the ex-CEO of Y": the parser made "ex" and "-" appositives of their own
            sub = [t for t in child.subtree if t.i >= span.end]
            if any(t.dep_ == "appos" and t.ent_type_ == "PERSON" for t in sub):
                continue  # another person's description, with that person ("the Committee, the minister, X")
            if 0 < len(sub) <= 12:  # "executive vice president of the advocacy group Y"
                body = doc[sub[0].i : sub[-1].i + 1]
                words = [t for t in body if not (t.i == body.start and t.dep_ == "det")]
                if words:
                    first = words[0].i - 2 if _ex_before(doc, words[0].i) else words[0].i
                    roles.append(doc[first : body.end].text)
    roles = [" ".join(r.split()) for r in roles if r]
    return "; ".join(dict.fromkeys(roles)) or None


# Dependencies of a verb's clause, never of a noun a description is headed by (a root may be either: a
# fragment's noun, "The Minister of Defence, Karl Brenner, and ...").
_CLAUSES = frozenset({"ccomp", "advcl", "xcomp", "relcl", "acl", "pcomp", "csubj", "parataxis"})
_COURTESY = frozenset({"mr", "mrs", "ms", "miss", "mme", "mister"})
# Possessives a description may open with that say nothing of the holder ("my brother" is a brother).
_OWN = frozenset({"my", "our", "your"})


def _ex_before(doc: Any, i: int) -> bool:
    """Whether the word at ``i`` is written after "ex-" ("ex-CEO"), which the tokenizer splits off."""
    return 2 <= i <= len(doc) and doc[i - 1].text == "-" and doc[i - 2].lower_ == "ex"


def _noun(token: Any) -> bool:
    """Whether ``token`` heads a noun phrase rather than a clause (the parse only: the entities stage runs no
    tagger): it has no subject, auxiliary or object of its own and no clause's dependency."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "dobj") for c in token.children):
        return False
    return token.dep_ not in _CLAUSES
