"""The status of a plain date (one no change moves), weighed against its sentence."""

from __future__ import annotations

import re

from . import cues as C
from .anchors import Anchor
from .marks import SAID_AFTER
from .mentions import PAST_PLAN, Sentence

COMMENTS = re.compile(r"\bcomments?\b", re.IGNORECASE)
# what one may do until a day is a term granted, not a hedge: "Shareholders may submit
# questions by email until Friday 14 May"
# ("Applications may be submitted until 31 May"; not a change that may come: "may be
# postponed until")
_PERMITTED = re.compile(
    r"\b(?-i:may|can)\s+(?:still\s+|also\s+|only\s+)?(?:be\s+)?(?!(?:postpon|delay|extend|defer"
    r"|cancel|push|mov|brought|bring|advanc|shift|resched|prolong|scrap|suspend|slip)\w*)[a-z]+\b"
    # (or from: "workers may enter the country from 1 March", a term that opens then)
    r"[^.;]{0,100}?\b(?:until|till|through|by|before|no\s+later\s+than|from)\s+"
    # (a clock and its zone between: "before 5:00 p.m., New York City time, on")
    r"(?:[\w.,:]+\s+){0,7}?$",
    re.IGNORECASE,
)
# a request to another, whose infinitive holds the date: "asked the commission to keep
# registration open until the end of March"
_REQUESTED = re.compile(
    r"\b(?:ask(?:s|ed)\s+for|request(?:s|ed))\s+(?:an?|the)\s+[^.;:]{0,80}$"
    # "lodged a formal request with the commission to keep registration open until July 4"
    # (not the papers asked for: "requests to make oral presentations should reach us by")
    r"|\b(?:a|an|its|their)\s+(?:[\w-]+\s+)?request\s+(?:with\s+[^.;:]{0,50}?\s)?to\s+[a-z]+\b"
    r"[^.;:]{0,80}$"
    # what a request's clause asks for: "demanded that a referendum be held on September 14"
    r"|\b(?:ask|request|demand|recommend|propos)(?:e|es|s|ed|ing)?\s+that\s+"
    r"(?:(?!,\s+(?:and|but|while)\b)[^.;:]){0,100}$"
    # a change put forward, its thing's day in its object: "has proposed extending the wage
    # framework, which expires on Saturday"
    r"|\bpropos(?:e|es|ed|ing)\s+(?:to\s+)?(?:extend|postpon|delay|defer|prolong)\w*\b"
    r"[^.;:]{0,80}$"
    # a bill is not yet law: "its bill would keep agencies open until November 17"
    # (not a day the bill is scheduled for: "a bill that would let them do so is scheduled
    # for a hearing on Jan. 24")
    r"|\b(?:bill|draft|stopgap|legislation)s?\s+(?:[\w-]+\s+){0,3}?(?:would|could)\b"
    r"(?:(?!\b(?:is|are|was|were|has\s+been)\s+(?:scheduled|set|slated|due)\b)[^.;:]){0,100}$",
    re.IGNORECASE,
)
# a forecast whose clause holds the date: "now projects that the Treasury will run out of
# cash on Oct. 21" (the forecast governs the "will" of its clause)
_FORECAST_THAT = re.compile(
    r"\b(?:expect|project|predict|forecast|estimate|anticipate)(?:s|ed)?\s+that\b"
    r"(?:(?!,\s+(?:but|and)\b)[^.;:]){0,120}$"
    # a warning of what could come: "has warned that the government could run out of cash by"
    r"|\bwarn(?:s|ed)?\s+(?:that\s+)?(?:(?!,\s+(?:but|and)\b)[^.;:]){0,80}?\b(?:could|might|(?-i:may))\b"
    r"(?:(?!,\s+(?:but|and)\b)[^.;:]){0,80}?\b(?:by|on|before|until|from)\s+$",
    re.IGNORECASE,
)
# the last day for what is allowed: "30 June: Last day on which shops may sell old stock"
_LAST_DAY = re.compile(r"\blast\s+day\s+(?:on\s+which|for|to)\b", re.IGNORECASE)


_WOULD = re.compile(r"\bwould\b", re.IGNORECASE)


def reported_will(text: str, s: int, pos: int, e: int) -> bool:
    """ "The Kremlin said the memorandum would be handed over within a week": "would" after a
    reporting verb, or in a sentence a reporting verb closes ("..., officials said."), is the
    reported "will" of a plan, not a hedge."""
    last = None
    for m in _WOULD.finditer(text, s, pos):
        last = m
    if last is None:
        # the day before its clause's verb: "said the state's April 7 primary would go ahead"
        after = _WOULD.search(text, pos, min(e, pos + 40))
        return after is not None and bool(
            C.REPORTED_VERB.search(text, s, pos) or C.CLOSING_SAID.search(text, after.end(), e)
        )
    if C.PROPOSE.search(text, last.end(), pos):
        return False
    return bool(
        C.REPORTED_VERB.search(text, s, last.start()) or C.CLOSING_SAID.search(text, pos, e)
    )


def _no_proposal(text: str, s: int, e: int, a: Anchor) -> bool:
    """A modal that proposes nothing: a reported plan ("said it would"), a term granted
    ("may submit ... until"), the last day for what is allowed."""
    return bool(
        reported_will(text, s, a.tx.start, e)
        or _PERMITTED.search(text, s, a.tx.start)
        or _LAST_DAY.search(text, s, e)
    )


# a thing asked of another, its day in the infinitive's clause: "asked the commission to
# keep registration open until the end of March", "Activists asked the governor to sign the
# bill by May 31"
_ASKED_TO = re.compile(
    r"\b(?:ask|urg)(?:e|es|s|ed|ing)?\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){1,3}?to\s+"
    r"(?!be\b)(?P<verb>[a-z]+)\b[^.;:]{0,120}$",
    re.IGNORECASE,
)
# asking to change a thing's time, or to hold one, proposes it whoever asks
_TIME_VERBS = frozenset(
    """extend postpone delay defer prolong push move keep hold reschedule reopen suspend scrap
    cancel drop bring advance allow grant give set call convene meet resume start""".split()
)
_AUTHORITY = re.compile(
    r"\b(?:authority|regulator|agency|commission|court|judge|ministry|minister|department"
    r"|government|council|board|office|administration|police|officials|inspector\w*|tribunal"
    r"|secretary|registrar|coordinator|clerk)\b",
    re.IGNORECASE,
)


def _asked(text: str, s: int, at: int) -> re.Match[str] | None:
    """The asking that proposes the day at ``at``: a request of its kind, a change of time
    asked of another, or anything asked by one with no authority over the one asked (the
    regulator that "asked the airline to provide statements by 19 December" sets a
    deadline)."""
    asked = _ASKED_TO.search(text, s, at)
    if asked is not None and SAID_AFTER.search(text, asked.end("verb"), at):
        return None  # "asked ... and said it would decide ... on May 1": a saying of its own
    if asked is not None and (
        asked.group("verb").lower() in _TIME_VERBS or not _AUTHORITY.search(text, s, asked.start())
    ):
        return asked
    return _REQUESTED.search(text, s, at)


def _change_asked(text: str, s: int, at: int) -> bool:
    asked = _asked(text, s, at)
    return asked is not None and bool(_A_CHANGE.search(text, asked.start(), at))


_A_CHANGE = re.compile(r"\b(?:extend|postpon|delay|defer|prolong|reopen)\w*", re.IGNORECASE)


def weighed(sen: Sentence, a: Anchor, status: str | None, modality: str | None) -> str | None:
    """The status the nearest cue gave a plain date, weighed against the sentence: a modal
    that proposes nothing, a measure not yet adopted or a request, the close of comments
    on a proposal, a forecast told as the plan that was."""
    text, s, e = sen.text, sen.s, sen.e
    if status == "proposed" and _no_proposal(text, s, e, a):
        status = "scheduled"
    if status in {None, "scheduled"} and (
        C.PENDING.search(text, s, e) or _asked(text, s, a.tx.start)
    ):
        # "the rules, if finalized, would take effect on October 1"; "asked the
        # commission to keep registration open until the end of March", "asked for a meeting"
        status = "proposed"
    if status in {None, "scheduled", "proposed"} and _FORECAST_THAT.search(text, s, a.tx.start):
        # "projects that the Treasury will run out of cash on Oct. 21"; "estimate that the
        # measures would be exhausted on": the forecast's "would"
        status = "expected"
    if (
        modality is None
        and COMMENTS.search(text, max(s, a.tx.start - 120), a.tx.start)
        and not _change_asked(text, s, a.tx.start)
    ):
        # the close of comments on a proposal is set ("comments ... until July 3"), unless
        # its change is what is asked ("asked the agency to extend the comment period")
        status = "scheduled" if status == "proposed" else status
    if status == "expected" and PAST_PLAN.search(text, s, a.tx.start):
        status = "scheduled"  # "had been expected to continue until Friday": the plan
    return status


# a clause of its own after a change weighed, which keeps its day from the change's modality:
# "could push the congress into the campaign, which opens on October 3"
_OWN_CLAUSE = re.compile(
    r",\s+(?:which|who)\s|,\s+(?:(?:already|originally|currently|now)\s+)?(?:set|scheduled|due"
    r"|slated|fixed)\s+(?:for|to|on|by)\b",
    re.IGNORECASE,
)
_PLAN_ASIDE = re.compile(r",\s+(?:set|scheduled|due|slated|planned)\s+(?:for|on)\s+$", re.I)


def own_clause(text: str, cue: int, a: Anchor, only: bool) -> bool:
    """The day of ``a`` lies in a clause of its own after the weighed change at ``cue``; but
    the ``only`` day of the sentence, told as the plan of what the change would move, is the
    change's: "a postponement of the signing, set for October 27, now looked likely"."""
    if cue >= a.tx.start or not _OWN_CLAUSE.search(text, cue, a.tx.start):
        return False
    if only and _EXTENSION.match(text, cue) and _END_ASIDE.search(text, cue, a.tx.start):
        return False  # "expected to extend the deadline for claims, which ends on 30 September"
    return not (only and _PLAN_ASIDE.search(text, cue, a.tx.start))


_EXTENSION = re.compile(r"exten|prolong", re.I)
_END_ASIDE = re.compile(
    r",\s+which\s+(?:\w+\s+)?(?:runs?\s+out|ends?|expires?|closes?|lapses?)\s+(?:on\s+)?$", re.I
)
