"""Given names and courtesy titles that tell a person's gender, for the stages that tell people apart
(:mod:`storyline.entities`: "Mr. Gomes" is not "Catherine Gomes") and match "he" and "she" to the people an
article names (:mod:`storyline.action_genders`).

The lists are common given names in English-language news and names of public figures abroad, chosen by the
team; names given to both men and women ("Jordan", "Kim", "Leslie", "Andrea", "Jean") are left out, so a
name here is strong evidence and a name missing is no evidence at all.
"""

from __future__ import annotations


def _listed(names: str) -> frozenset[str]:
    return frozenset(names.split())


_MALE = _listed(
    """
    aaron abdul abraham adam adrian ahmad ahmed al alan albert alberto alejandro alexander alexandre alexei
    alfred ali allen alvin amir andre andreas andrew andy angelo anthony antoine antonio archie arnold arthur
    barack barry ben benjamin bernard bill billy bob bobby boris brad bradley brandon brendan brett brian
    bruce bryan bryant byron calvin carl carlos cecil charles charlie chester christian christopher clarence
    claude clifford clint clyde colin craig curtis dale damian dan daniel danny darren darryl dave david dean
    dennis derek desmond diego dimitri dmitry don donald douglas duane dwight earl eddie edgar eduardo edward
    edwin elijah elliot emmanuel enrique eric erik ernest ernesto eugene evan felix fernando francis francisco
    frank franklin fred freddie frederick gabriel gareth garrett gary gavin gene geoffrey george gerald gerard
    gilbert glenn gordon graham greg gregory gustavo hank harold harry harvey hassan hector henry herbert
    herman howard hugh hugo ian igor isaac ivan jack jacob jake james jamal jared jason javier jeff jeffrey
    jeremy jerome jerry jesse jim jimmy joe joel john johnny jon jonathan jorge jose joseph josh joshua juan
    julian julio justin karl keith ken kenneth kevin khalid kirk kurt kyle lance larry lawrence leo leon
    leonard leroy lewis lloyd louis luca lucas luis luke malcolm manuel marc marco marcus mario mark marshall
    martin marvin matt matthew maurice max melvin michael miguel mike milton mitchell mohamed mohammad
    mohammed moses muhammad murray nathan neil nelson nicholas nick nicolas nigel noah norman oliver omar
    oscar otto owen pablo patrick paul pedro percy pete peter philip phillip pierre rafael ralph ramon randy
    raul ray raymond reginald ricardo richard rick ricky rob robert roberto rod rodney roger roland ronald
    ronnie ross roy rudolph russell ryan salvador sam samuel scott sean sebastian sergei sergio seth shane
    sidney simon stanley stefan stephen steve steven stuart ted terrence theodore thomas tim timothy todd tom
    tommy tony travis trevor troy tyler tyrone vernon victor vincent vladimir wade walter warren wayne wesley
    wilbur willard william willie wolfgang xavier yusuf zachary
    """
)
_FEMALE = _listed(
    """
    abigail ada adele adriana agnes aisha alice alicia alison amanda amber amelia amy ana anastasia angela
    angelina anita ann anna anne annie antoinette april audrey barbara beatrice becky belinda bernadette
    beth bettie betty beverly bonnie brenda bridget brittany candace candice carla carmen carol caroline
    carolyn catherine cathy cecilia charlotte cheryl christina christine cindy claire clara claudia colleen
    connie cristina cynthia daisy danielle daphne darlene dawn debbie deborah debra denise diana diane
    dolores donna doris dorothy edith eileen elaine eleanor elena elizabeth ella ellen eloise elsa emily emma
    erica erin esther ethel eva evelyn fatima fiona florence frances gail geraldine gina gladys gloria grace
    gwen hannah harriet hazel heather heidi helen helena hilary hillary holly ida irene iris isabel isabella
    jacqueline jane janet janice jasmine jennifer jenny jessica jill joan joanna joanne josephine joy joyce
    judith judy julia julie june karen katherine kathleen kathryn kathy katie katrina kay kristen latoya
    laura lauren linda lisa lois loretta lori louise lucia lucy lydia lynn mabel madeline mae margaret
    margarita maria marian marie marilyn marina marion marjorie martha mary maureen megan melanie melissa
    michelle mildred miranda molly monica nadia nancy naomi natalie natalia nicole nina nora norma olga
    olivia pamela patricia paula pauline peggy penelope phyllis priscilla rachel rebecca regina renee rita
    roberta rosa rose rosemary ruth sally samantha sandra sara sarah sharon sheila shirley silvia sofia
    sonia sophia sophie stella stephanie sue susan suzanne sylvia tamara tanya teresa theresa tina tracey
    ursula valerie vanessa vera veronica victoria viola violet virginia vivian wanda wendy whitney wilma
    yolanda yvonne zoe
    """
)


def given_name_gender(name: str) -> str | None:
    """The gender ("m" or "f") the given name of a person's full name gives ("W. Mark Felt": Mark), or
    ``None`` when it gives none: a name not in the lists or given to both, or a one-word name, which is
    as often a family name ("Howard", "Graham")."""
    # (an initial or an acronym is no given name: "W. Mark Felt", "ADA Fairman")
    words = [w for w in name.replace(".", " ").split() if len(w) > 1 and not w.isupper()]
    if len(words) < 2:
        return None
    first = words[0].lower()
    if first in _MALE:
        return "m"
    if first in _FEMALE:
        return "f"
    return None


_COURTESY = {"mr": "m", "sir": "m", "ms": "f", "mrs": "f", "miss": "f", "mme": "f"}


def courtesy_gender(text: str, start: int) -> str | None:
    """The gender a courtesy title just before ``start`` in ``text`` gives ("Mr. Gomes": "m"), or ``None``."""
    before = text[max(0, start - 6) : start].split()
    return _COURTESY.get(before[-1].lower().rstrip(".")) if before else None
