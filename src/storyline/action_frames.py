"""What a verb needs around it to count as an action, for the actions stage (:mod:`storyline.action_parse`):
a certain kind of object ("secured a contract", not "secured the area"; "protested the Air Force's decision",
not "protested daily"), a particle or a preposition ("teamed up with", "pressed for", "took over"), or a
clause of what is to be done ("pressed GM to repay")."""

from __future__ import annotations

from storyline.action_nouns import ENVOYS, SOUGHT, TIES, VESSEL_NOUNS, WEAPONS

# Verbs that count only with a certain kind of object (checked in :mod:`storyline.action_parse`):
# "secured a contract" (not "secured the area"), "thwarted an attack" (not "thwarted his plans"),
# "pulled a gun on" (not "pulled out"); "refused to comment" is not a rejection.
_CONTRACTS = frozenset({"contract", "contracts", "order", "orders", "deal", "deals", "agreement", "tender"})
_THWARTED = frozenset(
    {"attack", "attacks", "attempt", "attempts", "hijacking", "raid", "assault", "ambush", "plot", "plots"}
)
# What one declines as a rejection ("declined the offer"), not "declined to comment" or "declined 3%".
_REJECTABLE = frozenset(
    {"offer", "offers", "invitation", "proposal", "proposals", "request", "requests", "demand", "demands"}
    | {"bid", "bids", "plan", "terms", "deal", "appeal", "appeals"}
)
# What is turned down in a refusal: "turned down an offer from the Mets" (not "turned down the music").
TURNED_DOWN: frozenset[str] = _REJECTABLE | {"job", "post", "position", "contract", "nomination", "approach"}
_STORMED = VESSEL_NOUNS | frozenset(
    {"ship", "vessel", "tanker", "building", "embassy", "compound", "prison", "jail", "parliament", "palace"}
    | {"headquarters", "station", "base", "courthouse", "house", "airport", "stadium", "office", "offices"}
    | {"hotel", "camp", "barracks", "consulate", "ministry", "court", "courtroom", "school", "church"}
)
_THROWN = frozenset(
    {"bomb", "bombs", "firebombs", "grenade", "grenades", "stones", "rocks", "bricks", "molotov"}
    | {"cocktails", "projectiles", "explosives", "acid", "punches", "punch"}
)
_CHALLENGED = frozenset(
    {"award", "awards", "decision", "decisions", "ruling", "contract", "verdict", "result", "results"}
    | {"selection", "order", "sale", "deal", "rule", "rules", "law", "laws", "regulation", "regulations"}
)
OBJECT_NEEDED: dict[str, frozenset[str]] = {
    # "threw petrol bombs at a bank", not "threw a party" or "threw her support behind"
    "throw": _THROWN,
    "hurl": _THROWN,
    # "stormed the embassy / a ship", not "stormed out" or "stormed the charts"
    "storm": _STORMED,
    # a legislature passing a law ("passed the CHIPS Act"), not "passed the ball" or "passed a milestone"
    "pass": frozenset({"bill", "bills", "law", "laws", "legislation", "act", "resolution", "resolutions"})
    | {"measure", "measures", "budget", "amendment", "treaty", "reform", "reforms", "package"},
    "secure": _CONTRACTS,
    "win": _CONTRACTS | {"bid", "approval", "concessions", "concession"},  # not "won the election"
    "receive": frozenset({"order", "orders", "contract", "contracts"}),  # not "received a letter / loans"
    "thwart": _THWARTED,
    "foil": _THWARTED,
    # "sought aid / loans / $5 billion in loans": asking for help (not "sought re-election")
    "seek": SOUGHT,
    "decline": _REJECTABLE,
    # "granted the FTC's request for an injunction" (not "granted bail", "granted immunity")
    "grant": frozenset(
        {"request", "requests", "motion", "motions", "petition", "petitions", "application", "applications"}
        | {"appeal", "appeals", "demand", "demands", "wish", "plea", "pleas"}
    ),
    # "resisted calls to use the fund" (not "resisted arrest", nor "resisted pressure from Arsenal": play)
    "resist": frozenset({"calls", "call", "demands", "demand", "requests", "appeals"}),
    "challenge": _CHALLENGED,
    # "protested the Air Force's decision" (a formal protest), not "protested daily" in the streets
    "protest": _CHALLENGED,
    # "discounted rumors that he was Deep Throat" (not "discounted its prices")
    "discount": frozenset(
        {"rumors", "rumours", "rumor", "rumour", "reports", "report", "claims", "claim", "speculation"}
        | {"suggestions", "suggestion", "allegations", "accusations", "idea", "notion", "possibility"}
    ),
    "uphold": frozenset({"protest", "protests", "complaint", "complaints", "appeal", "objection", "claim"}),
    "pull": WEAPONS,
    "point": WEAPONS,
    "flash": WEAPONS,  # "flashed a gun at two officers", not "flashed gang signs"
    "brandish": WEAPONS,
    "spray": frozenset({"gunfire", "bullets", "shots", "rounds", "fire", "crowd", "crowds"}),
    # reduced relations: "severed ties with Qatar", "froze the assets of three banks", "recalled its
    # ambassador from Mexico" (not "froze wages", "recalled 2 million cars", "recalled the night")
    "sever": TIES,
    # "ignored Howard Hughes's request", "has ignored calls for his resignation": a demand refused
    "ignore": frozenset(
        {"request", "requests", "calls", "demands", "demand", "pleas", "appeals", "ultimatum"}
    ),
    "freeze": frozenset({"assets", "funds", "accounts", "reserves", "holdings"}),
    "recall": ENVOYS,
}
# Verbs that count only with one of these words among their children: "charged *with*", "parted *ways*",
# "pressed *for*", "warded *off*", "swung *into* action", "objected *to*", "paid ... *for* a stake".
NEEDS_WORD: dict[str, frozenset[str]] = {
    "charge": frozenset({"with"}),
    "part": frozenset({"ways", "company"}),
    "press": frozenset({"for"}),
    "ward": frozenset({"off"}),
    "swing": frozenset({"into"}),
    "object": frozenset({"to"}),
    "pay": frozenset({"for"}),
    "take": frozenset({"over"}),  # "take over Aer Lingus" (a named company: see TAKEOVER)
    "work": frozenset({"together", "with", "alongside", "for"}),
    "vote": frozenset({"down"}),
    "disapprove": frozenset({"of"}),
    "plead": frozenset({"before", "with", "for"}),  # not "pleaded guilty"
    "partner": frozenset({"with"}),
    "team": frozenset({"up"}),  # "teamed up with News Corp", not a "team" read as a verb
    "merge": frozenset({"with"}),  # "merged with Boeing", not "the two units merged"
    # "has spoken with U.S. attorneys", "talked to Governor Hill", "talked about the merger"; not "spoke of",
    # nor "spoke to reporters" (an interview: "to" only a named party, see action_senses)
    "speak": frozenset({"with", "to"}),
    "talk": frozenset({"with", "to", "about"}),
    "clash": frozenset({"with"}),
    "feud": frozenset({"with"}),  # "has been feuding with producer Jay Lind"
    "complain": frozenset({"about"}),  # "complained about the delays", not "complained of chest pains"
    "ally": frozenset({"with"}),
    "gun": frozenset({"down"}),  # "gunned down two women"
    "bar": frozenset({"from"}),  # "was barred by the NCAA from coaching", not "passed the bar"
    # "served as special assistant to John Mitchell", "as an assistant coach under Larry Brown"; not "served
    # four months in prison", "served the community"
    "serve": frozenset({"as"}),
    "pull": frozenset({"on"}),  # "pulled a gun on two guards", not "pulled out a revolver" (drawn at no one)
}
# Verbs of NEEDS_WORD that a clause of their own also completes: "complained that relief was slow",
# "pleaded to be given $14 billion" (a plea's infinitive, not "pleaded guilty"), "pressed Iran to halt".
CLAUSE_WILL_DO: dict[str, str] = {"complain": "ccomp", "plead": "xcomp", "press": "xcomp"}
