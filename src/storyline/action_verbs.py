"""The verb table of the actions stage: which words trigger which action class, in every inflected form.

The stage runs without a tagger or lemmatizer, so forms are listed here (``warn``, ``warns``, ``warned``,
``warning``). ``ACTION_CLASSES`` is the documented class set (see :mod:`storyline.actions`); ``VERB_CLASS``
maps a verb form to its class, ``NOUN_CLASS`` an event noun that a light verb carries ("made an *offer*",
"file a *lawsuit*", "be in *talks*") to its class. Some verbs count only under a condition checked on the
parse (:mod:`storyline.action_parse`, :mod:`storyline.action_senses`): ``NEEDS_FORCES`` (a forces noun in the
object), ``NEEDS_TARGET`` (a named target), ``OBJECT_NEEDED`` (an object of a given kind: "secured a
*contract*"), ``NEEDS_PATIENT`` (a person or ship: "seized a *tanker*"), ``NEEDS_WORD`` (a particle or
preposition: "objected *to*"), ``NEEDS_CLAUSE`` (someone made to act: "forced Ford *to pay*"), ``TAKEOVER`` (a
named company), ``TRANSITIVE`` (an object, else a headline passive); ``NOUN_LIGHT`` names the only light verbs
some event nouns take ("*provided* aid", "*opened* fire"). The nouns that rule a sense out ("killed the
*deal*", "offered his *condolences*") are in :mod:`storyline.action_nouns`.
"""

from __future__ import annotations

from storyline.action_forms import forms
from storyline.sentences import BE_FORMS

ACTION_CLASSES: tuple[str, ...] = (
    "make statement",
    "appeal or request",
    "warn or threaten",
    "negotiate",
    "agree or sign",
    "deny",
    "accuse or criticise",
    "cooperate",
    "deploy or withdraw forces",
    "use force",
    "sanction",
    "coerce",
)

_BASES: dict[str, str] = {
    # appeal or request
    "urge": "appeal or request", "appeal": "appeal or request", "ask": "appeal or request",
    "request": "appeal or request", "demand": "appeal or request", "order": "appeal or request",
    "approach": "appeal or request", "invite": "appeal or request", "suggest": "appeal or request",
    "press": "appeal or request", "implore": "appeal or request", "seek": "appeal or request",
    "beg": "appeal or request", "pressure": "appeal or request",
    "recommend": "appeal or request", "advise": "appeal or request", "require": "appeal or request",
    "propose": "appeal or request",
    "insist": "appeal or request", "plead": "appeal or request", "instruct": "appeal or request",
    "persuade": "appeal or request",
    "encourage": "appeal or request", "direct": "appeal or request", "court": "appeal or request",
    # warn or threaten
    "warn": "warn or threaten", "threaten": "warn or threaten", "caution": "warn or threaten",
    "pull": "warn or threaten", "point": "warn or threaten", "flash": "warn or threaten",
    "brandish": "warn or threaten",
    # negotiate
    "negotiate": "negotiate", "meet": "negotiate", "offer": "negotiate", "consult": "negotiate",
    "discuss": "negotiate", "mediate": "negotiate", "bid": "negotiate", "speak": "negotiate",
    "talk": "negotiate", "broker": "negotiate", "phone": "negotiate", "dine": "negotiate",
    "contact": "negotiate",
    # agree or sign
    "agree": "agree or sign", "sign": "agree or sign", "settle": "agree or sign",
    "resolve": "agree or sign", "accept": "agree or sign", "approve": "agree or sign",
    "grant": "agree or sign", "ratify": "agree or sign", "endorse": "agree or sign", "win": "agree or sign",
    "ink": "agree or sign",
    "secure": "agree or sign", "uphold": "agree or sign", "authorize": "agree or sign",
    "authorise": "agree or sign", "pass": "agree or sign", "confirm": "agree or sign",
    # deny
    "deny": "deny", "reject": "deny", "dismiss": "deny", "rebuff": "deny", "refute": "deny", "refuse": "deny",
    "ignore": "deny", "resist": "deny",
    "object": "deny", "decline": "deny", "disapprove": "deny", "vote": "deny", "veto": "deny",
    "repudiate": "deny", "oppose": "deny", "spurn": "deny", "discount": "deny",
    # accuse or criticise
    "accuse": "accuse or criticise", "criticise": "accuse or criticise", "criticize": "accuse or criticise",
    "condemn": "accuse or criticise", "blame": "accuse or criticise", "denounce": "accuse or criticise",
    "sue": "accuse or criticise", "slam": "accuse or criticise", "challenge": "accuse or criticise",
    "countersue": "accuse or criticise", "protest": "accuse or criticise",
    "rebuke": "accuse or criticise", "lambast": "accuse or criticise", "lambaste": "accuse or criticise",
    "chide": "accuse or criticise", "scold": "accuse or criticise", "berate": "accuse or criticise",
    "assail": "accuse or criticise", "decry": "accuse or criticise", "censure": "accuse or criticise",
    "castigate": "accuse or criticise", "blast": "accuse or criticise", "skewer": "accuse or criticise",
    "lament": "accuse or criticise", "complain": "accuse or criticise", "feud": "accuse or criticise",
    "mock": "accuse or criticise", "taunt": "accuse or criticise", "ridicule": "accuse or criticise",
    # cooperate ("appointed Gray to lead the FBI", "promoted Felt": hiring for a post)
    "help": "cooperate", "support": "cooperate", "aid": "cooperate", "assist": "cooperate",
    "bribe": "cooperate", "serve": "cooperate", "donate": "cooperate",
    "hire": "cooperate", "recruit": "cooperate", "cooperate": "cooperate", "coordinate": "cooperate",
    "represent": "cooperate", "lend": "cooperate",
    "license": "cooperate", "rehire": "cooperate",
    "compensate": "cooperate", "buy": "cooperate", "purchase": "cooperate", "sell": "cooperate",
    "acquire": "cooperate", "obtain": "cooperate", "invest": "cooperate", "fund": "cooperate",
    "train": "cooperate", "supply": "cooperate", "arm": "cooperate", "select": "cooperate",
    "appoint": "cooperate", "promote": "cooperate", "nominate": "cooperate", "name": "cooperate",
    "pay": "cooperate", "take": "cooperate", "work": "cooperate", "partner": "cooperate", "ally": "cooperate",
    "team": "cooperate",
    "trade": "cooperate", "tap": "cooperate", "cast": "cooperate", "back": "cooperate", "merge": "cooperate",
    "guide": "cooperate", "blow": "accuse or criticise",  # only as guided_person and whistle_blown say
    "codirect": "cooperate", "coproduce": "cooperate", "pick": "cooperate", "choose": "cooperate",
    # a team signing a player: "landed free agent Elton Brand", "reinked Andre Iguodala" (not "ink": "inked
    # deals with X" is the deal's)
    "land": "agree or sign", "reink": "agree or sign",
    "receive": "agree or sign",  # "received five orders from Emirates" (see OBJECT_NEEDED)
    # deploy or withdraw forces
    "deploy": "deploy or withdraw forces", "send": "deploy or withdraw forces",
    "move": "deploy or withdraw forces", "withdraw": "deploy or withdraw forces",
    "divert": "deploy or withdraw forces",
    "station": "deploy or withdraw forces", "reassess": "deploy or withdraw forces",
    "dispatch": "deploy or withdraw forces", "rush": "deploy or withdraw forces",
    "fly": "deploy or withdraw forces", "mobilize": "deploy or withdraw forces",
    "mobilise": "deploy or withdraw forces", "reconsider": "deploy or withdraw forces",
    "rethink": "deploy or withdraw forces", "mass": "deploy or withdraw forces",
    # use force
    "attack": "use force", "shoot": "use force", "kill": "use force", "bomb": "use force",
    "sink": "use force", "strike": "use force", "repulse": "use force", "ward": "use force",
    "overpower": "use force", "hijack": "use force", "invade": "use force", "shell": "use force",
    "poison": "use force", "repel": "use force",
    "fight": "use force", "swing": "use force", "fire": "use force", "assault": "use force",
    "raid": "use force", "destroy": "use force", "thwart": "use force", "foil": "use force",
    "target": "use force", "beat": "use force", "spray": "use force", "murder": "use force",
    "stab": "use force", "strangle": "use force", "gun": "use force", "ambush": "use force",
    "ram": "use force",
    "hurt": "use force", "harm": "use force", "snatch": "coerce",
    "assassinate": "use force", "wound": "use force", "injure": "use force", "punch": "use force",
    "slap": "use force", "torture": "use force", "rape": "use force", "massacre": "use force",
    "bombard": "use force", "besiege": "use force", "throw": "use force", "clash": "use force",
    "storm": "use force", "hurl": "use force", "slay": "use force", "grab": "use force",
    "overrun": "use force",
    # sanction
    "sanction": "sanction", "ban": "sanction", "boycott": "sanction", "suspend": "sanction",
    "expel": "sanction", "part": "sanction", "isolate": "sanction", "punish": "sanction", "lay": "sanction",
    "delist": "sanction", "discipline": "sanction", "sack": "sanction", "waive": "sanction",
    "release": "sanction", "cut": "sanction", "bar": "sanction", "let": "sanction", "sever": "sanction",
    "freeze": "sanction", "blacklist": "sanction", "recall": "sanction", "penalise": "sanction",
    "penalize": "sanction", "remove": "sanction",  # a person from a post only (dismissal)
    "close": "sanction", "shut": "sanction", "eliminate": "sanction",  # its dealers only (closes_dealers)
    # coerce
    "arrest": "coerce", "detain": "coerce", "capture": "coerce", "seize": "coerce", "hold": "coerce",
    "charge": "coerce", "sentence": "coerce", "jail": "coerce", "imprison": "coerce", "catch": "coerce",
    "apprehend": "coerce", "force": "coerce", "compel": "coerce", "nab": "coerce", "deport": "coerce",
    "intercept": "coerce", "convict": "coerce", "restrain": "coerce",
    "kidnap": "coerce", "abduct": "coerce", "remand": "coerce", "handcuff": "coerce", "prosecute": "coerce",
}  # fmt: skip

VERB_CLASS: dict[str, str] = {f: c for b, c in _BASES.items() for f in forms(b)} | {
    # ("fined", not "fine": mostly the adjective)
    "fined": "sanction",
    "fining": "sanction",
    # a team letting a coach or a player go ("canned Jim O'Brien"; not the modal "can", nor "cans")
    "canned": "sanction",
}

# Trades told as an event noun, which count only with the company traded or the counterpart named.
TRADE_EVENTS: frozenset[str] = frozenset({"purchase", "sale", "acquisition", "takeover"})
# A meal or a visit with someone is a meeting with them ("had dinner with the Mitchells", "had a long visit
# with him"), counted only with the one met named (see action_needs.needs_target).
VISITS: frozenset[str] = frozenset({"dinner", "dinners", "lunch", "lunches", "breakfast", "visit", "visits"})
NOUN_CLASS: dict[str, str] = {
    "relationship": "cooperate", "bond": "cooperate",
    "offer": "negotiate", "offers": "negotiate", "bid": "negotiate", "bids": "negotiate",
    "talks": "negotiate", "negotiations": "negotiate", "lawsuit": "accuse or criticise",
    "conversation": "negotiate", "conversations": "negotiate", "nomination": "cooperate",
    "suit": "accuse or criticise", "attack": "use force", "attacks": "use force",
    "deal": "agree or sign", "agreement": "agree or sign", "custody": "coerce", "hostage": "coerce",
    "hostages": "coerce", "captive": "coerce",
    "invitation": "appeal or request", "sanctions": "sanction", "warning": "warn or threaten",
    "warnings": "warn or threaten", "appeal": "appeal or request", "ultimatum": "warn or threaten",
    "ultimatums": "warn or threaten", "threat": "warn or threaten", "threats": "warn or threaten",
    "rampage": "use force", "spree": "use force", "settlement": "agree or sign",
    "offensive": "use force", "raid": "use force", "raids": "use force", "airstrikes": "use force",
    "assault": "use force", "complaint": "accuse or criticise", "proposal": "negotiate",
    "embargo": "sanction", "suspension": "sanction", "suspensions": "sanction", "tariff": "sanction",
    "tariffs": "sanction", "ban": "sanction", "bans": "sanction",
    "ceasefire": "agree or sign", "truce": "agree or sign", "accord": "agree or sign",
    "pact": "agree or sign", "arrest": "coerce", "arrests": "coerce", "request": "appeal or request",
    "meeting": "negotiate",
    "meetings": "negotiate", "aid": "cooperate", "assistance": "cooperate", "support": "cooperate",
    "help": "cooperate",  # "offered help", "sent help", like aid (only where a giving verb carries it)
    "disappointment": "accuse or criticise", "dismay": "accuse or criticise",
    "outrage": "accuse or criticise", "displeasure": "accuse or criticise",
    "frustration": "accuse or criticise", "unhappiness": "accuse or criticise",
    "criticism": "accuse or criticise", "protest": "accuse or criticise", "protests": "accuse or criticise",
    "fire": "use force", "charges": "coerce", "deals": "agree or sign", "agreements": "agree or sign",
    "lawsuits": "accuse or criticise", "pacts": "agree or sign", "accords": "agree or sign",
    "negotiation": "negotiate", "sentence": "coerce", "killing": "use force", "killings": "use force",
    "murder": "use force", "murders": "use force", "shooting": "use force", "shootings": "use force",
    "order": "appeal or request", "orders": "appeal or request", "expertise": "cooperate",
    "countersuit": "accuse or criticise", "counterclaim": "accuse or criticise",
    "alliance": "cooperate", "partnership": "cooperate", "venture": "cooperate",
    "purchase": "cooperate", "sale": "cooperate", "acquisition": "cooperate", "takeover": "cooperate",
    **dict.fromkeys(VISITS, "negotiate"),
}  # fmt: skip

# Light verbs that carry an event noun: "made an offer", "put in a bid", "file a lawsuit", "reach a deal".
LIGHT_VERBS: frozenset[str] = (
    frozenset(
        f
        for b in (
            "make",
            "put",
            "file",
            "carry",
            "reach",
            "extend",
            "take",
            "hold",
            "launch",
            "impose",
            "issue",
            "strike",
            "deliver",
            "present",
            "submit",
            "lodge",
            "seal",
            "clinch",
            "conclude",
            "mount",
            "stage",
            "conduct",
            "resume",
            "kick",
            "give",
            "bring",
            "begin",
            "start",
        )
        for f in forms(b)
    )
    | BE_FORMS
)


def _light(*bases: str) -> frozenset[str]:
    return frozenset(f for b in bases for f in forms(b))


# Criticism only of something named as the object: "lamented the lack of resources"; with a clause
# ("lamented that the vigil devolved into a riot") a statement.
NEEDS_OBJECT: frozenset[str] = frozenset(f for b in ("lament", "decry") for f in forms(b))
# Verbs whose "of" / "about" + gerund is a topic, not an act: "often speaks of signing character players",
# "had bragged about killing the officer", "bugged Portland about talking to him".
TOPIC_VERBS: frozenset[str] = frozenset(
    f
    for b in ("speak", "talk", "think", "dream", "write", "joke", "boast", "muse", "wonder", "pester")
    for f in forms(b)
) | {"thought", "wrote", "written", "brag", "brags", "bragged", "bragging", "bug", "bugged", "bugging"}
# "held Israel responsible for the attack": blame, not custody.
BLAMED: frozenset[str] = frozenset({"responsible", "accountable", "liable", "culpable"})
# Verbs whose "if" / "whether" clause is a question, not an act: "asked if the US intended to attack".
QUESTIONS: frozenset[str] = frozenset(f for b in ("ask", "wonder", "question", "inquire") for f in forms(b))
# Adjectives that, after "be" and with "of", carry a class: "was highly critical of the government".
ADJECTIVE_CLASS: dict[str, str] = {"critical": "accuse or criticise"}
# Feelings about someone or something that the gold reads as criticism: "we're disappointed", "is angry
# about the officiating", "disgusted by the governor" (not "disappointed for him": sympathy).
FEELINGS: frozenset[str] = frozenset(
    {"disappointed", "angry", "furious", "disgusted", "frustrated", "outraged", "dismayed"}
    | {"appalled", "livid", "incensed", "infuriated", "vexed", "annoyed", "irritated", "displeased"}
)
# Event nouns a light verb carries through "on": "went on a shooting rampage".
ON_NOUNS: frozenset[str] = frozenset({"rampage", "spree"})
# Event nouns that only some light verbs carry: "provided aid to", "expressed disappointment at", "filed a
# protest" (not "held a protest": a demonstration), "set an ultimatum".
_AID_LIGHT = _light("provide", "give", "extend", "lend", "send", "pledge", "deliver", "offer")
_DISMAY_LIGHT = _light("express", "voice")
NOUN_LIGHT: dict[str, frozenset[str]] = {
    **dict.fromkeys(("aid", "assistance", "support", "expertise", "help"), _AID_LIGHT),
    # "signed an executive order", "issued orders to evacuate" (a court's or a commander's), not "placed an
    # order for jets"
    **dict.fromkeys(("order", "orders"), _light("sign", "issue", "give")),
    **dict.fromkeys(
        ("disappointment", "dismay", "outrage", "displeasure", "criticism", "frustration", "unhappiness"),
        _DISMAY_LIGHT,
    ),
    **dict.fromkeys(("protest", "protests"), _light("file", "lodge", "submit")),
    # "formed an alliance with Fiat", "a joint venture with Renault" (not "praised the alliance")
    **dict.fromkeys(
        ("alliance", "partnership", "venture"), _light("form", "forge", "create", "seal", "complete")
    ),
    "counterclaim": _light("file", "lodge", "bring"),
    # "completed the sale of Saab to Spyker" (not "announced the purchase": told, a nominal)
    **dict.fromkeys(TRADE_EVENTS, _light("complete", "finalize", "finalise", "close", "seal", "make")),
    **dict.fromkeys(("ultimatum", "ultimatums"), LIGHT_VERBS | _light("set", "pose")),
    # "opened fire on", "filed / pressed charges against", "the Sox have the high offer"
    "fire": _light("open", "set", "exchange", "return"),
    # "took three employees hostage", "held the crew hostages", "took her captive" (not "a hostage crisis")
    **dict.fromkeys(("hostage", "hostages", "captive"), _light("take", "hold")),
    # "went on a (shooting) rampage"
    **dict.fromkeys(ON_NOUNS, _light("go")),
    "charges": _light("file", "bring", "press", "lay", "level", "hand"),
    # ("sweetened their offer", "upgraded its initial offer to Teixeira": a new move in the negotiation)
    **dict.fromkeys(
        ("offer", "offers", "bid", "bids"),
        LIGHT_VERBS | _light("have", "tender", "sweeten", "raise", "upgrade", "increase"),
    ),
    # "handed Brooks a two-game suspension", "imposed a suspension on him" (not "after his suspension")
    **dict.fromkeys(("suspension", "suspensions"), _light("hand", "issue", "impose", "give")),
    # "imposed a 35 percent tariff on Chilean wine", "slapped travel bans on officials" (not "lifted the ban")
    **dict.fromkeys(
        ("tariff", "tariffs", "ban", "bans"), _light("impose", "slap", "put", "place", "levy", "announce")
    ),
    # "handed down / issued a sentence" (a court's act), not "is serving a sentence"
    "sentence": _light("hand", "issue", "impose", "deliver", "pass"),
    # "has a deal with Tanaka", "got an agreement with the union" (a party named: see action_parse)
    **dict.fromkeys(("deal", "deals", "agreement", "agreements"), LIGHT_VERBS | _light("have", "get")),
    # "established a working relationship with Cheeks", "developed a strong bond with Iverson" (not "issued
    # bonds", "his relationship with his father": a nominal)
    **dict.fromkeys(
        ("relationship", "bond"), _light("have", "establish", "develop", "build", "forge", "form")
    ),
    # "hosted the talks", "attended the negotiations", "joined the talks": a party to them, or their mediator
    **dict.fromkeys(("talks", "negotiations"), LIGHT_VERBS | _light("host", "attend", "join")),
    # "announced his nomination of Regina Benjamin as surgeon general": a post given (not "won the
    # nomination")
    "nomination": _light("announce", "make", "submit"),
    # "held whispered conversations with associates", "had a phone conversation with Obama" (not overheard)
    **dict.fromkeys(("conversation", "conversations"), _light("have", "hold", "carry")),
    # "arranged clandestine meetings", "attended a meeting with Mitchell": a party to it
    **dict.fromkeys(("meeting", "meetings"), LIGHT_VERBS | _light("host", "attend", "join", "arrange")),
    # "had dinner with the Mitchells", "paid a visit to Beijing", "hosted a lunch for the envoys"
    **dict.fromkeys(VISITS, _light("have", "host", "hold", "attend", "make", "pay", "share")),
    # "carried out / committed the killings", not "witnessed the shooting"
    **dict.fromkeys(
        ("killing", "killings", "murder", "murders", "shooting", "shootings"), _light("carry", "commit")
    ),
}

# Verbs that count only under a condition on the parse (checked in :mod:`storyline.action_parse`).
NEEDS_FORCES: frozenset[str] = frozenset(
    f
    for b in ("send", "move", "withdraw", "station", "deploy", "reassess", "dispatch", "rush", "fly",
              "mobilize", "mobilise", "reconsider", "rethink", "divert", "mass")
    for f in forms(b)
)  # fmt: skip
# Forces verbs that also move their subject ("flew in the helicopter", "rushed to the scene"): the forces must
# be their object.
SELF_MOVING: frozenset[str] = frozenset(f for b in ("fly", "rush", "move") for f in forms(b))
# Acts against their object: helping with one is no help to the object ("helped repel Russia from Kyiv").
OPPOSING: frozenset[str] = frozenset(
    f
    for b in ("repel", "defeat", "oust", "topple", "overthrow", "block", "stop", "contain", "counter",
              "resist", "halt", "prevent", "deter", "expose", "convict", "catch", "capture", "arrest")
    for f in forms(b)
)  # fmt: skip
# Verbs that count only with a named target (checked in :func:`storyline.action_needs.needs_target`).
NEEDS_TARGET: frozenset[str] = frozenset(
    f
    for b in ("buy", "purchase", "sell", "acquire", "obtain", "invest", "license", "win", "meet",
              "approach", "press", "support", "fire", "train", "supply", "arm", "move", "part",
              "resolve", "charge", "strike", "fight", "suspend", "ban", "select", "pay", "discuss",
              "coordinate", "blast", "skewer", "speak", "talk", "fund", "finance", "trade", "court",
              "waive", "back", "bribe", "serve", "bar", "donate", "board", "dine", "lend", "pressure")
    for f in forms(b)
)  # fmt: skip

# Verbs of a post given to someone: the target is the person ("appointed L. Patrick Gray"), never the body
# the post is in ("will appoint three members on Chrysler's board").
TO_A_POST: frozenset[str] = frozenset(
    f for b in ("appoint", "promote", "nominate", "name", "tap", "cast", "pick", "choose") for f in forms(b)
)

# Trades: the target may be named inside the object ("a score of Airbus jets", "its stake in Chrysler").
TRADE: frozenset[str] = (
    frozenset(
        f
        for b in (
            "buy",
            "purchase",
            "sell",
            "acquire",
            "obtain",
            "invest",
            "license",
            "supply",
            "pay",
            "trade",
            "lend",
        )
        for f in forms(b)
    )
    | frozenset({"offer", "offers", "bid", "bids", "deal", "agreement"})
    | TRADE_EVENTS
)
# Taking over is a trade only with a named company ("took over Aer Lingus", not "took over the town").
TAKEOVER: frozenset[str] = frozenset(forms("take"))
# Verbs that count only when someone is made to do something: "forced Ford to pay", "required GM to cut".
NEEDS_CLAUSE: frozenset[str] = frozenset(f for b in ("force", "compel", "require") for f in forms(b))
# Coercion is done to people and ships: "seized a tanker", "captured 23 pirates", "held 14 vessels"; not
# "seized power" or a cache of arms, "captured the nomination", "held a meeting", "caught fire". Sinking needs
# a ship; wounding or beating someone a person ("wounded two soldiers", not "injured his knee"; "beat her",
# not "beat predictions").
NEEDS_PATIENT: frozenset[str] = frozenset(
    f
    for b in ("capture", "seize", "catch", "hold", "sink", "target", "nab", "wound", "injure", "intercept",
              "grab", "convict", "restrain", "beat", "hurt", "harm", "snatch", "guide", "ram")
    for f in forms(b)
)  # fmt: skip

# What a refusal to do is no rejection of anyone's demand: "refused to comment", "refused to plead guilty",
# "refused to deliberate" (but "refused to comply", "refused to free the hostages" are).
NOT_REFUSALS: frozenset[str] = frozenset(
    {"comment", "say", "speak", "discuss", "confirm", "elaborate", "disclose", "answer", "identify", "name"}
    | {"reveal", "specify", "respond", "talk", "give", "provide", "plead", "testify", "deliberate", "leave"}
)

REPORTING: frozenset[str] = frozenset(
    f
    for b in ("say", "report", "confirm", "claim", "tell", "state", "announce", "add", "allege", "note")
    for f in forms(b)
) | frozenset({"said", "told"})
HEDGES: frozenset[str] = frozenset(
    {"may", "might", "could", "would", "should", "must", "likely", "expected", "close"}
)
# "has to be ratified by parliament", "needs to sign": an obligation, not yet an act (hedged, like "must").
OBLIGED: frozenset[str] = frozenset({"have", "has", "need", "needs"})
FUTURE: frozenset[str] = frozenset({"will", "shall", "'ll", "wo"}) | frozenset(
    f for b in ("plan", "intend", "aim", "prepare") for f in forms(b)
)
# "attempting / trying / seeking to take over X": an action still to come (future).
ATTEMPTS: frozenset[str] = frozenset(f for b in ("attempt", "try", "seek") for f in forms(b))
# Verbs never used without an object: with a subject and no object, a headline passive ("Jackson arrested
# on suspicion of DUI", "Three killed in blast"), whose subject is the one acted on.
TRANSITIVE: frozenset[str] = frozenset(
    f
    for b in (
        "arrest",
        "detain",
        "jail",
        "imprison",
        "sentence",
        "capture",
        "seize",
        "kill",
        "hijack",
        "expel",
        "handcuff",
        "prosecute",
    )
    for f in forms(b)
) | frozenset(
    f
    for b in ("charge", "discipline", "delist", "sanction", "suspend", "accuse", "sell", "fine")
    for f in forms(b)
)
SAY_ONLY: frozenset[str] = frozenset({"announce", "announces", "announced", "announcing"})

# -- words that decide how a clause around a trigger is read (see storyline.action_parse)

# Verbs whose object or infinitive's subject is asked, told or wished to act: "urged Peru to ...".
CONTROL: frozenset[str] = (
    frozenset(w for w, c in VERB_CLASS.items() if c == "appeal or request")
    | frozenset(
        f
        for b in (
            "want",
            "wish",
            "tell",
            "force",
            "persuade",
            "allow",
            "permit",
            "encourage",
            "expect",
            "need",
            "warn",  # "warned the Houthis to stop attacking shipping": asked of them, not done
            "caution",
        )
        for f in forms(b)
    )
    | frozenset({"told", "like", "prefer", "require", "compel", "convince", "call", "calls", "called"})
)
# Past and finite forms that do not end in -s or -ed: not a bare (subjunctive) verb.
NOT_BARE: frozenset[str] = frozenset(
    {"was", "were", "had", "did", "is", "are", "am", "went", "took", "made", "got", "said", "came"}
    # irregular pasts: "suggested that prices rose" reports, it does not ask
    | {
        "rose",
        "fell",
        "grew",
        "gave",
        "saw",
        "knew",
        "thought",
        "told",
        "became",
        "began",
        "brought",
        "bought",
    }
    | {"felt", "kept", "left", "lost", "meant", "met", "paid", "ran", "sent", "sold", "spent", "stood", "won"}
    | {
        "wrote",
        "held",
        "led",
        "drove",
        "broke",
        "chose",
        "spoke",
        "struck",
        "fought",
        "caught",
        "taught",
        "sank",
    }
)
# Asked or told to act, so not the doer of what follows: "X was urged / told / invited to leave".
ASKED: frozenset[str] = (
    frozenset(w for w, c in VERB_CLASS.items() if c == "appeal or request")
    | frozenset(
        f
        for b in ("tell", "persuade", "encourage", "convince", "want", "wish", "invite", "beg")
        for f in forms(b)
    )
    | frozenset({"told"})
)
CALL: frozenset[str] = frozenset({"call", "calls", "called", "calling"})
OFFERS: frozenset[str] = frozenset(forms("offer")) | frozenset(forms("bid")) | {"offers", "bids"}
TELL: frozenset[str] = frozenset(forms("tell"))
# Asking verbs that are requests only with an addressee or a request ("asked Cook to run ...").
ADVICE: frozenset[str] = frozenset(f for b in ("ask", "suggest", "recommend", "advise") for f in forms(b))
ASK: frozenset[str] = frozenset(forms("ask"))
ALLEGED: frozenset[str] = frozenset({"accused", "suspected", "charged", "convicted", "alleged", "indicted"})
# What someone is accused, suspected or charged of doing is reported, not asserted ("accused of shooting Y",
# "accused Iran of arming Hamas"); a conviction is a finding ("convicted of murdering").
ACCUSING: frozenset[str] = frozenset(forms("accuse")) | {"suspected", "charged", "indicted"}
# Verbs that judge, reward or punish someone for what they did: their object is the doer of the "for" / "of" /
# "with" gerund ("thanked Ortiz for sending troops", "accused Iran of arming Hamas"); not "acquitted X of
# killing", "threatened Iran with bombing".
JUDGING: frozenset[str] = frozenset(
    f
    for b in (
        "thank", "praise", "blame", "criticize", "criticise", "accuse", "mock", "fault", "credit", "commend",
        "congratulate", "punish", "fine", "sue", "arrest", "charge", "convict", "indict", "sentence", "honor",
        "honour", "reward", "scold", "ridicule", "condemn", "denounce", "slam", "rebuke", "jail", "suspect",
    )
    for f in forms(b)
)  # fmt: skip
# Nouns and adjectives of a judgement on what someone did: its subject did the gerund after "for" or "of"
# ("came in for criticism for sinking the trawler", "charged with murder for shooting", "found guilty of
# murdering"), unlike a plan or a request for it ("a request for sending troops": asked, not done).
JUDGED: frozenset[str] = frozenset(
    {"criticism", "praise", "award", "credit", "blame", "charges", "murder", "manslaughter", "conviction"}
    | {"sentence", "arrest", "punishment", "suspension", "apology", "condemnation", "censure", "guilty"}
)
HOPES: frozenset[str] = frozenset(f for b in ("hope", "wish", "pray") for f in forms(b))
# Verbs that make their object do what follows: "prompting Apple Corps to file suit" (not "defeated Boeing
# to win", where the infinitive is the subject's purpose).
CAUSATIVE: frozenset[str] = frozenset(
    f
    for b in ("prompt", "lead", "cause", "drive", "push", "spur", "enable", "inspire", "provoke", "motivate")
    for f in forms(b)
)
# Verbs whose object is engaged to do what the infinitive after it says: "paid Lamar Steele to carry out the
# killing", "hired a hitman to kill her" (the one paid does it, or no one named does); not "sent troops to
# protect", whose forces act for the sender, nor "paid $5,000 to settle", a payment.
ENGAGING: frozenset[str] = frozenset(
    f for b in ("pay", "hire", "recruit", "enlist", "commission", "convince", "persuade") for f in forms(b)
)
CALL_ON: frozenset[str] = frozenset({"on", "upon", "for"})


def carries(light: str, noun: str) -> bool:
    """Whether the light verb ``light`` carries the event noun ``noun`` ("made an offer", "provided aid")."""
    return light in NOUN_LIGHT.get(noun, LIGHT_VERBS)
