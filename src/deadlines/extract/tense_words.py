"""The words the tense of a clause is read from: verbs and auxiliaries that look ahead or
back, and the words that cancel them; what a plan is compared by."""

from __future__ import annotations

import re

from .lexicon import WEEKDAYS

FUTURE_WORDS = frozenset(
    {
        "will",
        "'ll",
        "shall",
        "wo",
        "upcoming",
        "next",
        "coming",
        "tomorrow",
        "slated",
        "scheduled",
        "expires",
        "expire",
        "starts",
        "begins",
        "ends",
        "soon",
        "until",
        "forthcoming",
        "pending",
        "postpone",
        "delay",
        "resume",
        "reopen",
        "reopens",
        "take",
        "takes",
        "start",
        "begin",
        "kicks",
        "opens",
        "may",
        "might",
        "should",
        "must",
        "could",
        # an expectation looks ahead whatever follows: "managers expect them to be ready",
        # "analysts expect a ruling in July"
        "expect",
        "expects",
        "expecting",
    }
)
# words that are future cues only when followed by one of the given words
FUTURE_IF_NEXT: dict[str, frozenset[str]] = {
    "set": frozenset({"to", "for"}),
    "due": frozenset({"to", "on", "in", "for", "by", "next", "back"}),
    "expected": frozenset({"to", "on", "in", "by", "next"}),
    "going": frozenset({"to"}),
    "plan": frozenset({"to"}),
    "plans": frozenset({"to"}),
    "intends": frozenset({"to"}),
    "intend": frozenset({"to"}),
    "aims": frozenset({"to"}),
    "hopes": frozenset({"to"}),
    "wants": frozenset({"to"}),
    "seeks": frozenset({"to"}),
    # the plural and the participle of an intention look ahead as the singular does:
    # "the two sides hope to reach a deal by Sept. 30"
    "aim": frozenset({"to"}),
    "hope": frozenset({"to"}),
    "want": frozenset({"to"}),
    "seek": frozenset({"to"}),
    "aiming": frozenset({"to"}),
    "hoping": frozenset({"to"}),
    "seeking": frozenset({"to"}),
    "planned": frozenset({"for", "on", "in", "to"}),
    "scheduled": frozenset({"for", "on", "in", "to"}),
    "planning": frozenset({"to"}),
    "is": frozenset({"to"}),
    "are": frozenset({"to"}),
    "apply": frozenset({"from"}),
    "applies": frozenset({"from"}),
    "comes": frozenset({"into"}),
    # "voters go to the polls on Sunday": an event's simple present in news is its plan
    # (a bare form, see BARE_PRESENT)
    "go": frozenset({"to"}),
    "goes": frozenset({"to"}),
    # "the mandate runs out on 9 May": a term's end told in the present
    "runs": frozenset({"out", "until", "through"}),
    "run": frozenset({"out"}),
}
# cues above in a bare form, present only when no auxiliary or "to" comes before them ("had
# to go to hospital on Sunday", "did go")
BARE_PRESENT = frozenset({"go", "apply", "run"})
# verbs of an event whose simple present before "on" and a date is its plan, when a
# subject comes right before them: "Germans vote on Sunday", "the board meets on Tuesday"
# (not the noun: "a confidence vote on Tuesday", "the vote on Friday")
EVENT_PRESENT = frozenset({"vote", "votes", "meet", "meets", "convene", "convenes"})
PAST_WORDS = frozenset(
    {
        "was",
        "were",
        "had",
        "did",
        "ago",
        "last",
        "earlier",
        "yesterday",
        "met",
        "took",
        "fell",
        "rose",
        "said",
        "told",
        "made",
        "went",
        "came",
        "began",
        "saw",
        "gave",
        "held",
        "left",
        "won",
        "lost",
        "sold",
        "bought",
        "paid",
        "brought",
        "thought",
        "found",
        "kept",
        "led",
        "spent",
        "sent",
        "ran",
        "grew",
        "drew",
        "chose",
        "spoke",
        "wrote",
        "became",
        "struck",
        "hit",
        "sank",
        "shrank",
        "slid",
        "fought",
        "broke",
        "felt",
        "stood",
        "got",
        "knew",
        "meant",
        "rang",
        "flew",
        "ended",
        # (more of the irregular pasts news tells its acts in: "withdrew the proposal")
        *("withdrew", "withheld", "upheld", "oversaw", "undertook", "underwent", "sought"),
        *("taught", "caught", "dealt", "fled", "drove", "threw", "shook", "froze", "stole"),
        *("forgot", "forgave", "swore", "overtook", "hurt", "quit", "laid", "swept", "blew"),
        *("sped", "rode", "woke", "hid", "dug", "lit", "bled", "wore", "tore", "sprang"),
        "previously",
        "already",
        "former",
        "since",
    }
)
NOT_PAST_BEFORE = frozenset(
    {
        "remain",
        "remains",
        "stay",
        "stays",
        "seem",
        "seems",
        "appear",
        "appears",
        "become",
        "becomes",
        "be",
        "been",
        "being",
        "is",
        "are",
        "am",
        "to",
        "will",
        "would",
        "get",
        "gets",
        "the",
        "a",
        "an",
        "its",
        "their",
        "his",
        "her",
        "our",
        "newly",
        "not",
        "'s",
        "has",
        "have",
        "could",
        "should",
        "may",
        "might",
        "must",
        "of",  # (an -ed word after "of" qualifies a noun: "inspections of registered tractors")
    }
)
ED_NOT_VERBS = frozenset(
    {
        # adjectives of a state ("the meeting, on Feb. 19, is unchanged")
        "unchanged",
        "unaffected",
        "unaltered",
        "undecided",
        "unresolved",
        "need",
        "feed",
        "speed",
        "seed",
        "bed",
        "red",
        "shed",
        "proceed",
        "indeed",
        "breed",
        "united",
        "limited",
        "based",
        "related",
        "hundred",
        "succeed",
        "exceed",
        "weed",
        "wed",
        "creed",
        "greed",
        "deed",
        "reed",
        "bleed",
        "heed",
        "ed",
        "unprecedented",
        "schedued",
    }
)
# verbs whose object an infinitive's date belongs to: "asked it to respond by Oct. 31"
INFINITIVE_VERBS = frozenset(
    """acquire announce approve appear attend begin build buy close complete consider cut
    decide deliver disclose end file finish form hold introduce issue join launch leave
    make meet merge move negotiate offer open pay present produce provide publish raise
    reach receive redeem reduce release renew repay replace report repurchase respond
    resume retire return review sell settle ship sign start submit take testify vote""".split()
)
# verbs of a past activity that lasted: "until" after them tells when it ended
LASTED = frozenset(
    "ran lasted continued stayed remained waited worked sat dragged stretched went".split()
)
# verbs whose "-ing" object is an event still to come when they are told: "discussed
# signing", "considered delaying", "proposed moving"
PROSPECTIVE = frozenset(
    """discussed discussing considered considering proposed proposing suggested suggesting
    recommended weighed mulled contemplated planned""".split()
)
# an expectation or a proposal told in the past, of a time that may be still to come or
# gone since: "had expected full rooms over Labor Day", "has proposed a session on 1 December"
EXPECTING = frozenset({"expected", "anticipated", "predicted", "forecast", "feared"})
HOPING = EXPECTING | {"hoped", "intended"}  # before "to": what is hoped for is ahead
PROPOSING = frozenset({"proposed", "suggested", "offered"})  # with an object: "a session"
# what a date is compared with, not told by: "as planned", "as originally scheduled"
AS_PLANNED = frozenset({"planned", "scheduled", "expected", "intended", "agreed"})
PLAN_ADVERBS = frozenset({"originally", "initially", "previously", "first", "once"})
THROUGH = frozenset({"through", "thru"})

# past participles without "-ed" that open a phrase of the time they happened, with the
# prepositions that do so: "set" only with "on" ("the record set on May 6"), as "set in
# Geneva on Friday", "set at noon Friday" place an event still to come
BARE_PARTICIPLES: dict[str, frozenset[str]] = {
    "set": frozenset({"on"}),
    "struck": frozenset({"on", "in", "at"}),
    "built": frozenset({"on", "in", "at"}),
}


def compared_by(words: list[tuple[int, str]], i: int) -> str:
    """The word a plan is compared by, "as" or "than", before the word at ``i`` (an adverb
    between them allowed): "as originally scheduled", "later than planned"; else ""."""
    j = i - 1
    if j >= 0 and words[j][1] in PLAN_ADVERBS:
        j -= 1
    return words[j][1] if j >= 0 and words[j][1] in {"as", "than"} else ""


# a participle after its noun whose phrase holds the date: "a motion approved 41-30 in a
# late-night vote on Tuesday", "a bill passed by the Senate on Friday"
POSTNOMINAL = re.compile(r"\s+(?:[\d-]+\s+)?(?:by|in|at|during)\s+[^,;.\n]{0,40}?\bon\s+$")
# where a clause before the date ends: the cues before it are another verb's
CLAUSE_BREAK = re.compile(
    r";|,\s+(?:and|but|while|whereas|although|though|because|which|who|where|[a-z]+ing)\b"
    r"|:\s+(?=(?:the|its|their|this)\s)"  # "made the call Friday: the walk on Saturday is off"
    # a quotation opens its own clause: 'said: "October 25 gives people barely seven weeks'
    r"|[:,]\s*[\"“](?=\s*[A-Z0-9])"
    # the main verb after an aside: "the deadline, which was May 2, is now May 9"
    r"|,\s+(?=(?:is|are|will|shall)\b)"
    # a clause of its own after a conjunction, told by a subject and a verb in the past: "has
    # been averted after the two sides reached a deal late Sunday"
    r"|\b(?:after|because|when|since|although|though|before)\s+(?=(?:the|a|an|its|their|his"
    r"|her|they|he|she|we|both)\s+(?:[\w-]+\s+){0,5}?[a-z]+ed\b"
    # (or a bare plural subject and a past told by a negation: "after foreign ministers
    # meeting in Berlin on Monday could not agree")
    r"|(?:[\w-]+\s+){1,7}?(?:could\s+not|couldn['’]t|did\s+not|didn['’]t)\s)"
    # or by a gerund: "called off a strike planned for Monday after reaching a deal late
    # Wednesday" (the plan's "for Monday" is not the reaching's)
    r"|\b(?:after|before|since|upon)\s+(?=[a-z]{3,}ing\b)"
)


AFTER_BREAK = re.compile(
    r";|,\s+(?:although|though|whereas|while|because|after|and\s+(?:[a-z]+\s+){0,3}?(?:said|says|told|warned|added))\b"
)


# the first plan, superseded since: "originally set for Monday's session"
FIRST_PLANNED = (
    r"\b(?:originally|initially|previously|first)\s+(?:set|slated|scheduled|planned|due)"
    r"\s+(?:for\s+)?$"
)
# a plan told in the past, or as the first one: its day may have lapsed since
WAS_PLAN = re.compile(
    r"\b(?:was|were)\s+(?:\w+\s+)?(?:set|slated|scheduled|planned|due)\s+(?:for\s+)?$|"
    # (the verb of the plan between: "funding, which was set to lapse at the end of Saturday")
    r"\b(?:was|were)\s+(?:set|slated|scheduled|planned|due|supposed|meant)\s+to\s+[a-z]+\s+"
    r"(?:on\s+|at\s+the\s+end\s+of\s+|by\s+)?$|" + FIRST_PLANNED,
    re.IGNORECASE,
)
_HAD_WORD = re.compile(r"\bhad\b", re.IGNORECASE)
_RELATIVE = re.compile(r"\b(?:which|who|whom|that)\b", re.IGNORECASE)


def told_perfect(text: str, s0: int, start: int) -> bool:
    """The clause of ``start`` is told in the past perfect ("had earlier been extended once,
    from July 17 to July 31"); the "had" of a relative aside is not its ("which had been set
    for Jan. 8, was moved to")."""
    had = max(_HAD_WORD.finditer(text, s0, start), key=lambda m: m.start(), default=None)
    if had is None:
        return False
    if had.start() > text.rfind(",", s0, start):
        return True
    lead = text.rfind(",", s0, had.start()) + 1 or s0
    return _RELATIVE.search(text, lead, had.start()) is None


# a window told in the simple present ("applications close at noon on Friday"), and the
# words before "close" or "open" that make them adjectives ("came close on Monday")
WINDOW_PRESENT = frozenset("closes opens close open expires ends begins lapses lapse".split())
BEFORE_ADJECTIVE = frozenset(
    "came come comes coming was were is are be been being very so too as remain remains "
    "remained stay stays stayed get gets got draw drew kept keep keeps left held".split()
)
# a move's verb, before the new date it moves to
CHANGE_VERB = re.compile(
    r"\b(?:postpon|delay|push|pushed|brought|bring|mov|extend|reschedul|defer|advanc|chang|replac|slip|slid"
    r"|put\s+(?:off|back))",
    re.IGNORECASE,
)
# the new date of a move, or the old one it is moved from or beyond
TARGET_BEFORE = re.compile(
    r"\b(?:to|until|till|into|through|beyond|past|from)\s+(?:the\s+)?$", re.IGNORECASE
)
# the date a plan is for: "elections for June 30", "a summit set for May 2"
FOR_BEFORE = re.compile(r"\b(?:for|slated|set|effective|due)\s+$", re.IGNORECASE)

# the words a bare "be" follows when it is no subjunctive ("to be held", "will be", "may be")
BEFORE_BE = frozenset(
    "to will would shall should can could may might must not never also n't cannot".split()
)

# what heads a clause of a list line, before a participle: "Nov. 30 - Revised caps take effect"
HEADLESS = re.compile(r"(?::|\s-|\()\s*$")
DAY_START = re.compile(r"\d|[A-Z]")  # a date written out: "24 January", "March 3"
# a clause of its own between a change verb and a date: "after he withdrew it on Wednesday"
SUBORDINATE = re.compile(r"\b(?:after|because|since|when|while|although|though)\b", re.I)
# the modals of a main clause after a perfect one: "that had been planned ... will be held"
OWN_MODALS = frozenset({"will", "shall", "can", "must", "may"})
NOT_SUBJECT = frozenset({"of", "in", "on", "for", "with", "and", "or", "by", "at", "from"})


def starts_there(prev: str, nxt: str) -> bool:
    """A verb of starting after a noun, before a place or a day, is a plan in the present:
    "talks on a settlement for the region resume in Geneva on Monday", "talks resume
    Monday"."""
    noun = prev.isalpha() and prev not in NOT_PAST_BEFORE and prev not in NOT_SUBJECT
    day = len(nxt) > 5 and nxt in WEEKDAYS  # (a weekday's full name)
    return noun and not prev.endswith("ed") and (nxt in {"in", "on", "at"} or day)


def next_on(words: list[tuple[int, str]], i: int) -> str:
    """The word after ``words[i]``, read as "on" across a place of one or two words ("the
    ministers meet in Luxembourg on Monday")."""
    nxt = words[i + 1][1] if i + 1 < len(words) else ""
    if nxt in {"in", "at", "to", "for"} and any(w == "on" for _p, w in words[i + 3 : i + 5]):
        return "on"
    return nxt


# what may come between "through" and the date its period runs to
THROUGH_GAP = re.compile(r"\s+(?:(?:at\s+least|the|on|until|mid-?)\s*)*", re.IGNORECASE)
# an amount after "to", no infinitive: "slipped to 7.72" (not "agreed to a vote on Thursday")
NO_VERB_AFTER_TO = re.compile(r"\d|(?:record|about|nearly|almost|around|roughly)$")
