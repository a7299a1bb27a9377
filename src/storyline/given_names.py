"""Given names and courtesy titles that tell a person's gender, for the stages that tell people apart
(:mod:`storyline.entities`: "Mr. Gomes" is not "Catherine Gomes") and match "he" and "she" to the people an
article names (:mod:`storyline.action_genders`).

The lists are common given names in English-language news and names of public figures abroad, chosen by the
team; names given to both men and women ("Jordan", "Kim", "Leslie", "Andrea", "Jean", "Sam", "Evelyn") are
left out, so a name here is strong evidence (though an article's own "she" can outweigh it: Glenn Close) and a
name missing is no evidence at all.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping


def _listed(names: str) -> frozenset[str]:
    return frozenset(names.split())


_MALE = _listed(
    """
    aaron abdul abraham adam adrian ahmad ahmed al alan albert alberto alejandro alexander alexandre alexei
    alfred allen alvin amir andre andreas andrew andy angelo anthony antoine antonio archie arnold arthur
    barack barry ben benjamin bernard bill billy bob bobby boris brad bradley brandon brendan brett brian
    bruce bryan bryant byron calvin carl carlos cecil charles chester christian christopher clarence clifford
    clint clyde colin craig curtis damian dan daniel danny darren darryl dave david dean dennis derek desmond
    diego dimitri dmitry don donald douglas duane dwight earl eddie edgar eduardo edward edwin elijah elliot
    emmanuel enrique eric erik ernest ernesto eugene evan felix fernando francis francisco frank franklin fred
    freddie frederick gabriel gareth garrett gary gavin geoffrey george gerald gerard gilbert glenn gordon
    graham greg gregory gustavo hank harold harry harvey hassan hector henry herbert herman howard hugh hugo
    ian igor isaac ivan jack jacob jake james jamal jared jason javier jeff jeffrey jeremy jerome jerry jim
    jimmy joe joel john johnny jon jonathan jorge jose joseph josh joshua juan julian julio justin karl keith
    ken kenneth kevin khalid kirk kurt kyle lance larry lawrence leo leon leonard leroy lewis lloyd louis luca
    lucas luis luke malcolm manuel marc marco marcus mario mark marshall martin marvin matt matthew maurice
    max melvin michael miguel mike milton mitchell mohamed mohammad mohammed moses muhammad murray nathan neil
    nelson nicholas nick nicolas nigel noah norman oliver omar oscar otto owen pablo patrick paul pedro percy
    pete peter philip phillip pierre rafael ralph ramon randy raul ray raymond reginald ricardo richard rick
    ricky rob robert roberto rod rodney roger roland ronald ronnie ross roy rudolph russell ryan salvador
    samuel scott sean sebastian sergei sergio seth shane simon stanley stefan stephen steve steven stuart ted
    terrence theodore thomas tim timothy todd tom tommy tony travis trevor troy tyler tyrone vernon victor
    vincent vladimir wade walter warren wayne wesley wilbur willard william wolfgang xavier yusuf zachary
    """
)
_FEMALE = _listed(
    """
    abigail ada adele adriana agnes aisha alice alicia alison amanda amber amelia amy ana anastasia angela
    angelina anita ann anna anne annie antoinette april audrey barbara beatrice becky belinda bernadette beth
    bettie betty beverly bonnie brenda bridget brittany candace candice carla carmen caroline carolyn
    catherine cathy cecilia charlotte cheryl christina christine cindy claire clara claudia colleen connie
    cristina cynthia daisy danielle daphne darlene dawn debbie deborah debra denise diana diane dolores donna
    doris dorothy edith eileen elaine eleanor elena elizabeth ella ellen eloise elsa emily emma erica erin
    esther ethel eva fatima fiona florence frances gail geraldine gina gladys gloria grace gwen hannah harriet
    hazel heather heidi helen helena hillary holly ida irene iris isabel isabella jacqueline jane janet janice
    jasmine jennifer jenny jessica jill joan joanna joanne josephine joy joyce judith judy julia julie june
    karen katherine kathleen kathryn kathy katie katrina kristen latoya laura lauren linda lisa lois loretta
    lori louise lucia lucy lydia mabel madeline mae margaret margarita maria marian marie marilyn marina
    marjorie martha mary maureen megan melanie melissa michelle mildred miranda molly monica nadia nancy naomi
    natalie natalia nicole nina nora norma olga olivia pamela patricia paula pauline peggy penelope phyllis
    priscilla rachel rebecca regina renee rita roberta rosa rose rosemary ruth sally samantha sandra sara
    sarah sharon sheila shirley silvia sofia sonia sophia sophie stella stephanie sue susan suzanne sylvia
    tamara tanya teresa theresa tina tracey ursula valerie vanessa vera veronica victoria viola violet
    virginia wanda wendy whitney wilma yolanda yvonne zoe
    brandy carol crystal erika gretchen hilary ingrid janelle joann kara kate kayla kendra kimberly kirsten
    krista kristin kristina leah marcia marsha melinda mona nichole norah patti rachael ramona rhonda roxanne
    robyn sherri sherry sheryl stacey stacy tammy tara terri tiffany trisha
    """
)

_COURTESY = {"mr": "m", "sir": "m", "ms": "f", "mrs": "f", "miss": "f", "mme": "f"}
# Titles written before a name, which are no given names.
_TITLES = frozenset(
    {"dr", "president", "judge", "senator", "sen", "rep", "gov", "governor", "gen", "general", "sister"}
    | {"brother", "father", "rev", "reverend", "prof", "professor", "lord", "lady", "king", "queen", "pope"}
)


def given_name_gender(name: str) -> str | None:
    """The gender ("m" or "f") the given name of a person's full name gives ("W. Mark Felt": Mark), or
    ``None`` when it gives none: a name not in the lists or given to both, or a one-word name, which is
    as often a family name ("Howard", "Graham")."""
    # (an initial, an acronym or a title is no given name: "W. Mark Felt", "ADA Fairman", "Dr. Regina
    # Benjamin")
    words = [w for w in name.replace(".", " ").split() if len(w) > 1 and not w.isupper()]
    while words and words[0].lower() in _TITLES | _COURTESY.keys():
        words = words[1:]
    if len(words) < 2:
        return None
    first = words[0].lower()
    if first in _MALE:
        return "m"
    if first in _FEMALE:
        return "f"
    return None


def weighed_gender(name: str, male_votes: int, female_votes: int) -> str | None:
    """A person's gender from the given name of ``name`` and the votes the article's own words cast for
    each ("she" after a sentence naming only them, a bound "her"): the given name, unless two votes or more
    say the other and none agree (one is often about someone else; "Glenn Close ... She was smiling ...
    Close said she ..."); else the larger vote."""
    given = given_name_gender(name)
    against = female_votes if given == "m" else male_votes
    agree = male_votes if given == "m" else female_votes
    if given is not None and not (against >= 2 and agree == 0):
        return given
    if male_votes == female_votes:
        return None
    return "m" if male_votes > female_votes else "f"


def settled_genders(
    votes: Mapping[str, list[int]], people: Iterable[str], titled: set[str]
) -> dict[str, str]:
    """Each person's gender ("m" or "f") from their ``votes`` ([male, female], a courtesy title counting
    two): the larger vote for the ``titled``, else :func:`weighed_gender` (the given name first); a person
    with no evidence, or as much for one as for the other, is absent."""
    genders = {name: ("m" if m > f else "f") for name, (m, f) in votes.items() if m != f}
    for person in set(people) - titled:
        male, female = votes.get(person, [0, 0])
        weighed = weighed_gender(person, male, female)
        if weighed is not None:
            genders[person] = weighed
    return genders


def courtesy_gender(text: str, start: int) -> str | None:
    """The gender a courtesy title just before ``start`` in ``text`` gives ("Mr. Gomes": "m"), or ``None``."""
    before = text[max(0, start - 6) : start].split()
    return _COURTESY.get(before[-1].lower().rstrip(".")) if before else None


def different_given_names(a: str, b: str, listed_only: bool = True) -> bool:
    """Whether two names of two words or more open with different given names ("Hillary Clinton" / "Bill
    Clinton"). With ``listed_only`` both must be given names of the lists; else any two capitalised words
    do ("Raul Castro" / "Fidel Castro"). An initial, an acronym, a title, a short form of the other name or
    a name the other holds ("W. Mark Felt" / "Mark Felt", "ADA Fairman", "Dr. Regina Benjamin", "Fred" /
    "Frederick", 'Luis "Jerry" Ortiz' / "Jerry Ortiz") gives no evidence."""
    words_a, words_b = (
        [w for w in re.findall(r"[\w'’-]+", name) if len(w) > 1 and not w.isupper()] for name in (a, b)
    )
    if len(words_a) < 2 or len(words_b) < 2:
        return False
    x, y = words_a[0], words_b[0]
    if listed_only:
        if given_name_gender(a) is None or given_name_gender(b) is None:
            return False
    elif not all(w.isalpha() and w[:1].isupper() for w in (x, y)):
        return False
    x, y = x.lower(), y.lower()
    if {x, y} & (_COURTESY.keys() | _TITLES):
        return False
    if x in {w.lower() for w in words_b} or y in {w.lower() for w in words_a}:
        return False
    return not (x.startswith(y) or y.startswith(x))
