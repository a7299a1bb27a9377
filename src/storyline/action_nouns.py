"""The nouns the actions stage reads (:mod:`storyline.actions`): who may act or be acted on when the entity
tagger names no one (groups, institutions, ships, roles), what a verb is done to or with (patients, forces,
weapons, shots), and what an object must not be for a verb to count in its class ("killed the deal",
"signing memorabilia", "offered his condolences").
"""

from __future__ import annotations

import re

# -- who: groups, institutions, ships, roles

# Collective nouns that a nationality or place name turns into a named group ("Indian navy").
GROUP_NOUNS = frozenset(
    {
        "navy",
        "army",
        "police",
        "personnel",  # "Irish Naval Service personnel"
        "forces",
        "force",
        "troops",
        "military",
        "government",
        "junta",
        "ministry",
        "commandos",
        "pirates",
        "airlines",
        "administration",
        "board",
        "team",
        "soldiers",
        "marines",
        "warship",
        "authorities",
        "officials",
        "rebels",
        "militants",
        "socialists",
        "parliament",
        "council",
        "company",  # "a Leeds company" (but "the South Korean company" is one named before: action_names)
        "coalition",
        "leaders",
        "lawmakers",
        "legislators",
        "negotiators",
        "diplomats",
        "bloc",  # "the ECOWAS regional bloc"
        "executives",
        "bondholders",
        "shareholders",
        "creditors",
        "union",
        "unions",
        "members",
        "jury",
        "court",  # "a Cairo court", like "a Norwalk jury"
        "office",  # "Senator Marchand's office", like "China Eastern's board"
        "youths",
        "fighters",  # "fighters from the Rapid Support Forces", "Hamas fighters"
        "mission",  # "the United Nations mission in Mali"
        "guard",  # "China's coast guard", "the Texas National Guard"
        "delegation",
        "residents",  # "residents of Maui", like "youths in Athens"
        "villagers",
        "citizens",
        "protesters",
        "rioters",
        "demonstrators",
        "magistrates",
        "prosecutors",
        "officers",
        "cops",
        "agents",
        "detectives",
        "deputies",
        "family",  # "the Grigoropoulos family", "Horton's family"
        "people",  # "the American people": a plural without an -s
        "public",
        "countries",  # "the countries from the Eurogroup", "the G7 nations"
        "nations",
        "ministers",
        # a body's kind after its name: "the Wagner group", "the Narodna Volya party", "the Cray Hill gang"
        "group",
        "party",
        "movement",
        "gang",
        "club",
        "alliance",
        "faction",
        "militia",
        "cartel",
    }
)
# People a company or a person has on its side, who make a named group only with a possessive owner
# ("Chrysler's lenders rejected", "Orozco's attorneys asked", like "GM's bondholders"); written as a compound
# ("Boeing workers", "Ford dealers") they are not a group the notes name.
PARTIES_OF: frozenset[str] = frozenset(
    {"lenders", "dealers", "investors", "suppliers", "lawyers", "attorneys", "engineers", "workers"}
    | {"lawyer", "attorney"}
    | {"employees", "bankers", "advisers", "advisors", "aides", "partners", "owners", "directors", "managers"}
)
# The people (or the body) someone's possessive pronoun makes a named group ("his family" is Ortiz's family,
# "his players", "its marine commandos", "its fighters"): the people on one's side, one's kin together, one's
# employer.
OWNED_PARTIES: frozenset[str] = frozenset(
    {"family", "parents", "children", "relatives", "players", "employees", "workers", "colleagues", "staff"}
    | {"lawyers", "attorneys", "aides", "advisers", "teammates", "commandos", "troops", "men", "corner"}
    | {"employer", "organization", "organisation", "club", "government", "bodyguards", "supporters"}
    | {"company", "firm", "team"}
    | {"soldiers", "forces", "fighters", "units", "guards", "officers", "sailors", "members", "negotiators"}
    | {"shareholders", "seafarers", "citizens", "nationals", "voters", "states"}
    | {"board", "management", "managers", "executives", "directors", "commanders", "generals"}
)
# One of someone's kin, or the lawyer who acts for them, a named party as the one who acts ("her father
# abused her", "her lawyer negotiated with court officials"), but none as whom an act is done to ("stabbed his
# wife": one unnamed person).
OWNED_KIN: frozenset[str] = frozenset(
    {"father", "mother", "wife", "husband", "son", "daughter", "brother", "sister", "girlfriend", "boyfriend"}
    | {"lawyer", "attorney"}
)
# The ones a person has: "Orozco's attorneys", "Nixon's aides", "Lohan's lawyer".
COUNSEL: frozenset[str] = frozenset(
    {"lawyers", "attorneys", "advisers", "advisors", "aides", "lawyer", "attorney"}
)
# Heads that a place or nationality before them makes a named group only when no "the" points back to one
# named before ("fired by a Leeds company", not "the South Korean company").
DESCRIBED_HEADS = frozenset({"company", "firm", "carmaker", "automaker", "bank", "airline", "insurer"})
# Head nouns of institutions whose capitalised short name the entity tagger misses: "the Defense Ministry",
# "the Air Force", "the Academy" (never "the government", "the police": bare common nouns in any case).
INSTITUTIONS = frozenset(
    {"ministry", "department", "academy", "force", "commission", "committee", "council", "court", "agency"}
    | {"senate", "congress", "parliament", "party", "bureau", "corps", "guard", "federation", "association"}
    | {"league", "institute", "authority", "assembly", "cabinet", "navy", "army", "directorate", "tribunal"}
    | {"patrol", "police", "office", "service", "bank", "reserve", "exchange", "attorney"}
)
# Ships a nationality or owner names ("Thai fishing trawler", "Saudi supertanker"): named targets.
VESSEL_NOUNS = frozenset(
    {"ship", "ships", "vessel", "vessels", "trawler", "tanker", "supertanker", "freighter", "boat", "yacht"}
    | {"warship", "warships", "ferry", "tug", "dhow", "carrier", "frigate", "destroyer", "submarine"}
    | {"skiff", "skiffs", "speedboat", "speedboats", "dinghy", "cruiser", "corvette", "trawlers", "tankers"}
)
# Prefixes of ships' names: "INS Tabar", "HMS Cornwall", "MV Gibe".
SHIP_PREFIXES = frozenset({"INS", "USS", "HMS", "HMAS", "HMCS", "HNLMS", "MV", "MS", "MT", "SS", "RV", "FS"})
# Navies' prefixes: a warship moved is forces ("diverted INS Mysore"), not a merchant ship ("MV Sirius").
NAVAL_PREFIXES = frozenset({"INS", "USS", "HMS", "HMAS", "HMCS", "HNLMS", "FS"})
# Capitalised roles: "the French Defense Minister" is a role, not a name ("Philadelphia 76ers" is one).
TITLES = frozenset(
    {"minister", "president", "secretary", "chancellor", "ambassador", "spokesman", "spokeswoman"}
    | {"spokesperson", "chief", "director", "governor", "mayor", "general", "commander", "premier", "king"}
    | {"queen", "prince", "envoy", "official", "leader", "chairman", "ceo", "senator", "judge", "prosecutor"}
)
STAFF = frozenset(
    {"coach", "manager", "employee", "employees", "worker", "workers", "staff", "executive"}
) | {
    "executives",
    "ceo",
    "officers",
    "managers",
    "staffers",
    "board",
}
# People a name only describes: "a U.S. Customs agent", "an NYPD officer", "a Kraft employee", "a Navy
# lieutenant".
ROLE_NOUNS = (
    TITLES
    | STAFF
    | {
        "agent",
        "officer",
        "official",
        "employee",
        "worker",
        "guard",
        "soldier",
        "trooper",
        "deputy",
        "member",
    }
    | {"player", "lawyer", "attorney", "analyst", "reporter", "correspondent", "detective", "investigator"}
    | {"man", "woman", "boy", "girl", "teenager", "teen", "student", "child", "mother", "father", "victim"}
    | {"lieutenant", "sergeant", "captain", "colonel", "corporal", "admiral", "sailor", "pilot", "inspector"}
)

# Positions on a sports team, written before a player's name ("cut veteran tackle Ray Lamb", "Linebacker
# Tyrell Barnes"); words that are also other things ("guard", "back", "safety") are added where they are read.
PLAYER_POSITIONS: frozenset[str] = frozenset(
    {"quarterback", "linebacker", "pitcher", "catcher", "receiver", "tackle", "kicker", "punter", "lineman"}
    | {"cornerback", "center", "forward", "striker", "goalkeeper", "midfielder", "outfielder", "infielder"}
    | {"shortstop", "reliever", "defenseman", "winger", "fullback", "halfback", "tailback"}
)
# Roles written just before a name, in headlines and sports and show-business copy ("Linebacker Tyrell
# Barnes", "criticized receiver Tavon Hughes").
POSITIONS: frozenset[str] = (
    ROLE_NOUNS
    | PLAYER_POSITIONS
    | {"guard", "defender", "baseman", "slugger", "rookie", "veteran", "ace", "star", "coach", "manager"}
    | {"boss", "chief", "head", "assistant", "actor", "actress", "director", "producer", "singer", "rapper"}
    | {"showrunner", "screenwriter", "filmmaker"}
)
# -- what: patients, forces, weapons, and objects that take a verb out of its class

FORCE_NOUNS: frozenset[str] = frozenset(
    {
        "troops",
        "soldiers",
        "forces",
        "force",
        "commandos",
        "marines",
        "deployment",
        "personnel",
        "units",
        "mission",
        "army",
        "navy",
        "warships",
        "ships",
        "mercenaries",
        "fighters",
        "contingent",
        "contingents",
        "presence",
        "battalion",
        "battalions",
        "brigade",
        "brigades",
        "reinforcements",
        "peacekeepers",
        "paratroopers",
        "warship",
        "frigate",
        "frigates",
        "destroyer",
        "destroyers",
        "fleet",
    }
)
# What else a body deploys or dispatches as a force: police, boats and aircraft, a unit by its kind.
DEPLOYED: frozenset[str] = frozenset(
    {"officers", "detectives", "agents", "police", "vessels", "helicopters", "aircraft", "jets"}
    | {"drones", "squad", "squads", "unit", "units", "group", "wing", "negotiator", "negotiators"}
    | {"division", "divisions", "regiment", "regiments", "squadron", "squadrons"}
)
# Forces and crowds one fights or clashes with in the street, named or not: "fought running battles with
# police", "protesters clashed with police over the reform".
STREET_FOES: frozenset[str] = FORCE_NOUNS | frozenset(
    {"police", "protesters", "protestors", "demonstrators", "rioters", "fans", "militants"}
)
# Weapons pulled or pointed at someone: a threat ("pulled a gun on him", "pointed a gun at police").
WEAPONS: frozenset[str] = frozenset(
    {"gun", "guns", "knife", "pistol", "revolver", "rifle", "weapon", "handgun", "shotgun", "machete"}
)
# What is sought when a party asks for help: "sought aid / loans / $5 billion in loans" (not "sought
# re-election"), "is seeking $25 million in damages", "will seek the death penalty against Orozco".
SOUGHT: frozenset[str] = frozenset(
    {"aid", "loan", "loans", "money", "funds", "funding", "help", "assistance", "bailout", "credit"}
    | {"capital", "contract", "contracts", "deal", "deals", "raise", "financing", "support"}
    | {"compensation", "asylum", "protection", "extradition", "release", "million", "billion"}
    | {"penalty", "sentence", "sentences", "approval", "permission", "consent"}
    | {"assurance", "assurances", "guarantee", "guarantees", "clarification", "explanation", "apology"}
    | {"damages", "injunction", "recount", "inquiry", "refund"}
)
# Nouns of what a party says of its own acts ("Russia's pledge that it would withdraw"; not a claim or an
# accusation, which are as often about another: "India's allegation that it had attacked" is Pakistan).
OWN_WORDS: frozenset[str] = frozenset(
    {"statement", "announcement", "promise", "pledge", "vow", "decision", "plan", "commitment", "intention"}
    | {"threat", "warning", "assurance", "assurances", "admission", "confirmation", "insistence"}
)
# Verbs that give someone a description: "was known / described / remembered as the bagman who ...".
KNOWN_AS: frozenset[str] = frozenset(
    {"known", "described", "identified", "remembered", "regarded", "seen", "hailed"}
)
# A release number in a name ("Software 1.1.1", "Windows 8.1"): a product, never an actor.
RELEASE_NUMBER = re.compile(r"\b\d+\.\d+(?:\.\d+)*\b")
# Those who sell for a carmaker: closing or eliminating them parts ways with them (sanction).
DEALERSHIPS: frozenset[str] = frozenset({"dealership", "dealerships", "franchises", "franchisees"})
# Relations a government cuts or severs, and the envoys it recalls or expels.
TIES: frozenset[str] = frozenset({"ties", "relations", "contacts", "links"})
ENVOYS: frozenset[str] = frozenset(
    {"ambassador", "ambassadors", "envoy", "envoys", "diplomats", "diplomat", "emissary"}
)
# What armed forces strike that names no party: "struck targets in southern Lebanon".
MILITARY_SITES: frozenset[str] = frozenset(
    {"targets", "positions", "sites", "bases", "camps", "depots", "installations", "strongholds", "hideouts"}
    | {"outposts", "checkpoints", "convoy", "convoys", "bunkers", "launchers", "facilities"}
)
# What is fired at someone: "firing the fatal shot" is shooting, whoever was hit.
SHOTS: frozenset[str] = frozenset(
    {"shot", "shots", "round", "rounds", "bullet", "bullets", "volley", "volleys"}
)
PATIENT_NOUNS: frozenset[str] = frozenset(
    {
        "people",
        "persons",
        "men",
        "women",
        "man",
        "woman",
        "children",
        "suspect",
        "suspects",
        "pirates",
        "pirate",
    }
    | {"hostage", "hostages", "captives", "prisoners", "crew", "crews", "crewmen", "sailors", "fishermen"}
    | {"soldiers", "troops", "militants", "rebels", "members", "tourists", "journalists", "civilians"}
    | {"workers", "nationals", "citizens", "migrants", "smugglers", "gunmen", "attackers", "fighters"}
    | {
        "insurgents",
        "terrorists",
        "activists",
        "protesters",
        "demonstrators",
        "officers",
        "leader",
        "leaders",
    }
    | {"commander", "dealers", "traffickers", "robbers", "criminals", "passengers", "boats", "boat"}
    | {"ship", "ships", "vessel", "vessels", "tanker", "supertanker"}
    | {"trawler", "freighter", "yacht", "dhow", "plane", "aircraft", "him", "her", "them", "who", "whom"}
    | {"he", "she", "they"}  # the patients of passives: "he has been approached by the administration"
    | {"managers", "employees", "colleagues", "co-workers", "coworkers", "guards", "policemen", "victims"}
    | {"students", "residents", "villagers", "boys", "girls", "teenagers", "officials", "opponents"}
    | {"manager", "employee", "colleague", "guard", "policeman", "victim", "student", "officer", "rival"}
    | {"rivals", "enemies", "gang", "gangs", "shooter", "gunman", "driver", "wife", "husband", "girlfriend"}
    | {"raiders", "brigands", "bandits", "kidnappers", "hijackers", "thieves", "poachers", "looters"}
    | {"skiff", "skiffs", "speedboat", "speedboats"}
    | {"girl", "boy", "teen", "teenager", "bystander", "bystanders", "deputy", "deputies", "agent", "agents"}
    | {"judge"}
    | {"me", "us", "you", "prisoner", "tourist", "inmate", "inmates", "detainee", "detainees", "child", "son"}
    | {"daughter", "mother", "father", "nurse", "patient", "patients", "neighbor", "neighbour", "friend"}
    | {"friends", "stranger", "strangers", "classmate", "classmates", "teammate", "customer", "customers"}
)
TRADE_NOUNS: frozenset[str] = frozenset(
    {"purchase", "purchases", "sale", "sales", "stake", "stakes", "acquisition", "order", "orders", "shares"}
)
# Whom a business offers goods or services to, outside any negotiation.
THE_PUBLIC: frozenset[str] = frozenset(
    {"anyone", "anybody", "everyone", "everybody", "customers", "consumers", "users", "owners", "buyers"}
    | {"public", "fans", "passengers", "subscribers", "shoppers", "visitors", "patients", "students"}
)
# "offered his condolences / no explanation / support" are not offers in a negotiation.
NOT_OFFERS: frozenset[str] = frozenset(
    {"condolences", "sympathy", "apology", "apologies", "resignation", "explanation", "details", "comment"}
    | {"comments", "thoughts", "prayers", "advice", "words", "reassurance", "opinion", "praise", "evidence"}
    | {"congratulations", "insight", "glimpse", "hope", "view", "views", "tribute", "assurances", "excuse"}
    | {"reward", "rewards", "bounty"}  # to the public for information: no counterpart to negotiate with
    | {"discount", "discounts", "rebate", "rebates", "refund", "refunds", "coupon", "coupons"}  # a giveaway
    | {"wave", "smile", "hug", "handshake", "salute", "goodbye", "greeting", "greetings", "thanks"}
    | {"reply", "replies", "response", "answer", "answers", "resistance", "perspective", "assessment"}
)
# Goods and services offered on sale to anyone, no negotiation unless offered to a party: "will offer its
# streaming service in India" (but "offered Kyiv newer models of the Patriot system").
ON_SALE: frozenset[str] = frozenset(
    {"service", "services", "product", "products", "app", "apps", "feature", "features", "subscription"}
    | {"subscriptions", "courses", "classes", "version", "versions", "phones", "models"}
)
# What is acquired without a seller: "acquired the nickname Bubba", "obtained a reputation".
NOT_TRADED: frozenset[str] = frozenset(
    {"nickname", "name", "reputation", "taste", "habit", "skills", "experience", "status", "citizenship"}
)
# What is obtained as evidence, not bought: "the FBI obtained tapes of Gigante" (but "sold the recordings to
# EMI" is a trade).
EVIDENCE: frozenset[str] = frozenset(
    {"tape", "tapes", "photos", "photographs", "pictures", "footage", "video", "videos", "recordings"}
    | {"documents", "records", "evidence", "warrant", "warrants", "permission", "information", "testimony"}
)
# What one approaches that is no party: "approached Orozco's case from an unorthodox position".
NOT_APPROACHED: frozenset[str] = frozenset(
    {"case", "issue", "problem", "question", "matter", "subject", "task", "topic", "situation", "game"}
    | {"season", "deadline", "record", "mark", "end", "level", "limit", "threshold", "milestone", "finish"}
)
# What one is nominated for that is no post: "nominated Meryl Streep for best actress".
AWARDS: frozenset[str] = frozenset(
    {"award", "awards", "prize", "prizes", "oscar", "oscars", "emmy", "emmys", "grammy", "grammys", "best"}
    | {"medal", "honor", "honour", "trophy", "title"}
)
# What a signature on is no agreement: "signing memorabilia at conventions".
NOT_SIGNED: frozenset[str] = frozenset(
    {
        "autographs",
        "autograph",
        "memorabilia",
        "copies",
        "books",
        "photos",
        "photographs",
        "jerseys",
        "posters",
        "shirt",
        "shirts",
        "jersey",
        "ball",
        "balls",
    }
)
# What accepting is no agreement to: "suspended for accepting money from a booster" (a payment received),
# "accepted the game ball and an embrace" (an honour).
NOT_ACCEPTED: frozenset[str] = frozenset(
    {"money", "cash", "bribe", "bribes", "gift", "gifts", "payment", "payments", "kickbacks", "donations"}
    | {"award", "awards", "prize", "trophy", "ball", "embrace", "hug", "honor", "honour", "applause"}
)
# Degrees held, whatever their spelling ("holds a PhD", "a B.S. in Biology", "an M.D. from Tulane"): no one
# detained. Compared lowercased without dots.
DEGREES: frozenset[str] = frozenset(
    {"ba", "bs", "bsc", "ma", "ms", "msc", "mba", "mfa", "mpa", "mph", "phd", "md", "jd", "dds", "dvm"}
    | {"llb", "llm", "edd", "dphil", "degree", "degrees", "diploma", "doctorate", "bachelor", "bachelors"}
    | {"master", "masters", "license"}
)
# What is killed, attacked or fought figuratively: "killed the deal", "attacked the plan" are not force;
# destroying documents or evidence is no force either.
NOT_VICTIMS: frozenset[str] = frozenset(
    {"deal", "deals", "plan", "plans", "bill", "bills", "proposal", "proposals", "idea", "ideas", "measure"}
    | {"legislation", "project", "merger", "talks", "agreement", "program", "programme", "rumours", "rumors"}
    | {"speculation", "chances", "hopes", "momentum", "story", "report", "reports", "policy", "policies"}
    | {"decision", "ruling", "law", "laws", "tax", "taxes", "cuts", "reform", "reforms", "budget"}
    | {"documents", "evidence", "records", "files", "tapes", "emails", "papers"}
    | {"efforts", "effort", "initiative", "initiatives", "stance", "comments", "remarks", "views"}
    # "beat the rap / the odds / expectations", "arrest global warming / the decline"
    | {"rap", "raps", "odds", "expectations", "estimates", "forecasts", "deadline", "record"}
    | {"warming", "decline", "slide", "slump", "spread", "trend", "inflation", "deterioration"}
    # "shooting 52 percent from the field", "shot a 68": scores
    | {"percent", "percentage", "baskets", "hoops", "par"}
)
# Things killed or attacked that no one criticises either: "killed time", "attacked the problem head-on",
# "Google killed its gaming service", "killed the show".
LIFELESS: frozenset[str] = frozenset(
    {"time", "problem", "problems", "issue", "issues", "question", "questions", "product", "products"}
    | {"service", "services", "feature", "features", "app", "apps", "brand", "gadget", "device", "console"}
    | {"platform", "show", "series", "character", "characters", "franchise", "mood", "buzz"}
)
# What a camera shoots: "shot the film in Malta" is not force.
FILMED: frozenset[str] = frozenset(
    {"film", "films", "movie", "video", "videos", "scene", "scenes", "footage", "episode", "documentary"}
    | {"photos", "pictures", "commercial", "sequel", "pilot", "cover", "covers", "photo", "portrait", "ad"}
)
# Games: "meet the Steelers in a playoff match" is no meeting.
CONTESTS: frozenset[str] = frozenset(
    {"game", "games", "match", "matches", "playoff", "playoffs", "final", "finals", "semifinal", "semifinals"}
    | {"tournament", "championship", "bout", "rematch"}
)
# A boxing match: a fighter's record ("(45-7-2, 36 KOs)"), a weight class's title ("heavyweight belt"), or a
# blow of the ring told with a numbered round ("a right hand in the fifth round"; a first round is also an
# election's or a draft's). "blasted a sluggish Rahman", "bombed Thompson" are blows in a contest, no force.
RING_RECORD: frozenset[str] = frozenset({"ko", "kos", "tko", "tkos"})
WEIGHT_CLASSES: frozenset[str] = frozenset(
    {"heavyweight", "cruiserweight", "middleweight", "welterweight", "lightweight", "featherweight"}
    | {"bantamweight", "flyweight"}
)
TITLE_WORDS: frozenset[str] = frozenset({"title", "titles", "belt", "belts", "champion", "crown", "division"})
RING_BLOWS: frozenset[str] = frozenset(
    {"jab", "jabs", "hook", "hooks", "uppercut", "uppercuts", "punch", "punches", "knockdown", "knockdowns"}
    | {"referee", "canvas", "knocking", "knocked", "floored"}
)
# A game told with its numbers: a score ("3-1", "91 - 73"), "straight sets", a numbered period of play ("in
# the fourth quarter", with another sign of a game) or a player's tally ("12 rebounds", "held the Celtics
# to 89 points"). "beat Arsenal 3-1" is a result, no force or custody.
GAME_PERIODS: frozenset[str] = frozenset(
    {"quarter", "inning", "innings", "half", "period", "set", "overtime"}
)
GAME_TALLIES: frozenset[str] = frozenset({"rebounds", "assists", "touchdowns", "strikeouts", "interceptions"})
# Words that name a storm, whose name the tagger takes for a person's: "Hurricane Helene threatened".
STORMS: frozenset[str] = frozenset({"hurricane", "storm", "typhoon", "cyclone", "tornado", "superstorm"})
# Policies that backing is a view of, not help to anyone: "supported the Senate bill", "backs a two-state
# solution".
POLICIES: frozenset[str] = frozenset(
    {"bill", "bills", "law", "laws", "legislation", "plan", "plans", "proposal", "proposals", "policy"}
    | {"policies", "solution", "idea", "ideas", "measure", "measures", "resolution", "initiative", "reform"}
    | {"reforms", "amendment", "motion", "ban", "move", "decision", "approach", "view", "position", "cause"}
)
# What calling or describing someone as is criticism: "called Biden a disgrace", "described conditions as
# appalling", "branded the plan draconian".
JUDGEMENTS: frozenset[str] = frozenset(
    {"disgrace", "disgraceful", "liar", "liars", "criminal", "criminals", "fraud", "frauds", "crook"}
    | {"scum", "thug", "thugs", "traitor", "traitors", "coward", "hypocrite", "hypocrites", "joke", "puppet"}
    | {"ridiculous", "unacceptable", "appalling", "outrageous", "shameful", "absurd", "draconian", "illegal"}
    | {"favouritism", "favoritism", "betrayal", "racist", "dictator", "murderer", "incompetent", "reckless"}
    | {"irresponsible", "unfair", "unjust", "inhumane", "deplorable", "despicable", "cowardly", "scandal"}
    | {"scandalous", "terrorist", "terrorists", "idiot", "clown", "hypocritical", "dishonest", "corrupt"}
    | {"predator", "predators", "butcher", "tyrant", "bully"}
    | {"opportunistic", "insult", "insulting", "aggression", "cynical", "baseless", "misleading", "sham"}
    | {"farce", "travesty", "shameless", "greedy", "arrogant", "lazy", "nonsense", "lies", "defamatory"}
    | {"provocation", "provocative", "bullying", "blackmail", "extortion", "theft", "robbery"}
    | {"persecution", "harassment", "vendetta"}
)
# What one complains of in one's body, no one's fault: "complained about stomach pains".
AILMENTS: frozenset[str] = frozenset(
    {"pain", "pains", "ache", "aches", "headache", "headaches", "cold", "flu", "fever", "injury", "injuries"}
    | {"symptoms", "illness", "fatigue", "cramps", "nausea", "dizziness", "soreness", "stiffness"}
)
# Parts of a body a weapon is held to: "held a knife to her throat" threatens her.
BODY_PARTS: frozenset[str] = frozenset({"throat", "head", "neck", "chest", "face", "temple", "back", "side"})
# Force done to oneself is no action between parties: "spent two weeks torturing himself".
REFLEXIVES: frozenset[str] = frozenset({"himself", "herself", "themselves", "itself", "myself", "ourselves"})
# What strikes someone in a road accident, not an attack: "struck her with his car".
VEHICLES: frozenset[str] = frozenset(
    {"car", "cars", "vehicle", "vehicles", "truck", "van", "suv", "bus", "taxi", "cab", "motorcycle"}
    | {"sedan", "minivan", "jeep", "pickup", "lorry"}
)
# Whom an organisation works with as a party, though unnamed: "working closely with the authorities".
PARTNERS: frozenset[str] = frozenset(
    {
        "authorities",
        "police",
        "investigators",
        "officials",
        "partners",
        "agencies",
        "government",
        "regulators",
    }
    | {"prosecutors", "fbi", "industry", "governments"}
)
# Places where people are, not parties: "shot two co-workers at a Kraft plant", "opened fire at a Vancouver
# office party" (the company or city describing the place is no target).
SITES: frozenset[str] = frozenset(
    {"plant", "factory", "office", "offices", "party", "store", "shop", "restaurant", "bar", "club", "mall"}
    | {"school", "church", "mosque", "hotel", "hospital", "home", "house", "apartment", "station", "building"}
    | {"warehouse", "courthouse", "festival", "concert", "rally", "parade", "ceremony", "wedding", "funeral"}
    | {"market", "supermarket", "branch", "dealership", "casino", "headquarters", "plaza", "park", "campus"}
)
# Nouns of a phrase that frames an act by what it belongs to or is about, never by whom it is done to:
# "arrested a man in connection with the Norvale Pay breach", "charged in relation to the dog's death",
# "in the wake of the Hamas attack".
FRAMES: frozenset[str] = frozenset({"connection", "relation", "wake", "course", "light", "context"})
# Words for a place that name it through "of": "the city of Palmer" is Palmer.
PLACE_KINDS: frozenset[str] = frozenset(
    {"city", "town", "village", "state", "county", "province", "region", "district", "island", "borough"}
    | {"republic", "kingdom", "municipality", "commonwealth", "emirate"}
)
# What agreeing "with" is sharing a view, not an agreement with a party: "agreed with Salazar's decision".
OPINIONS: frozenset[str] = frozenset(
    {"decision", "decisions", "view", "views", "assessment", "opinion", "opinions", "comments", "statement"}
    | {"remarks", "analysis", "conclusion", "conclusions", "sentiment", "characterization", "criticism"}
)
# Nouns of an intention that its holder carries out with the infinitive after it: "Germany's decision to
# sanction Iran", "announced his intent to nominate Benjamin", "made an attempt to contact Zelensky" (unlike
# "a call / an order to arrest X", asked of someone else). The act is still to come (future); after a
# refusal it is negated ("Japan's refusal to meet Kim").
INTENTS: frozenset[str] = frozenset(
    {"decision", "intent", "intention", "plan", "plans", "attempt", "attempts", "bid", "effort", "efforts"}
    | {"quest", "move", "push", "drive", "campaign", "promise", "pledge", "vow", "plot", "scheme"}
    | {"readiness", "willingness", "determination", "ambition", "desire", "commitment", "proposal"}
    | {"offer", "refusal"}
)
# Writings whose sender does what a participle after them tells: "sent a letter asking Salazar to rescind
# the rule", "released a report accusing Israel".
DOCUMENTS: frozenset[str] = frozenset(
    {"letter", "letters", "statement", "resolution", "motion", "petition", "memo", "email", "report"}
    | {"note", "message", "complaint", "lawsuit", "suit", "decree", "bill", "communique", "notice"}
)
# Where words are published or said: "attacked the governor on social media / in his column" is criticism.
OUTLETS: frozenset[str] = frozenset(
    {"media", "twitter", "facebook", "instagram", "tiktok", "column", "op-ed", "editorial", "tweet", "tweets"}
    | {
        "post",
        "posts",
        "interview",
        "speech",
        "statement",
        "letter",
        "blog",
        "podcast",
        "radio",
        "television",
    }
    | {"tv", "article", "book", "memoir", "ad", "ads", "debate", "rally", "press", "broadcast", "video"}
)
# Plurals of things, never a group of people however a name describes them: "Washington's accusations",
# "Kurdish militants' positions", "its Nigerian onshore assets" (the name is the party: Washington).
THINGS: frozenset[str] = frozenset(
    {"accusations", "allegations", "claims", "demands", "proposals", "positions", "charges", "threats"}
    | {"remarks", "comments", "statements", "reports", "calls", "requests", "offers", "plans", "efforts"}
    | {"attacks", "strikes", "actions", "policies", "decisions", "measures", "moves", "sanctions", "talks"}
    | {"terms", "conditions", "concerns", "complaints", "denials", "interests", "assets", "targets", "sites"}
    | {"camps", "facilities", "bases", "installations", "holdings", "stakes", "shares", "operations"}
    | {"plants", "factories", "products", "goods", "exports", "imports", "brands", "models", "patents"}
    | {"rights", "bonds", "loans", "debts", "chips"}  # ("Israeli jets", "Russian warplanes" do act)
)
# Acts that "sanctioning" authorises rather than punishes: "sanctioned the murders", "sanctioned the raid".
AUTHORISED_ACTS: frozenset[str] = frozenset(
    {"murder", "murders", "killing", "killings", "assassination", "assassinations", "hit", "hits", "attack"}
    | {"attacks", "raid", "raids", "operation", "operations", "strike", "strikes", "plan", "plot"}
)
