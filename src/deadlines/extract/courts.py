"""The business of courts: days of hearings, trials and rulings, which date no commitment."""

from __future__ import annotations

import re

from .anchors import Anchor
from .mentions import kind_at

_F = re.IGNORECASE


# the business of a court: its hearings, trials, arguments, briefs and rulings date no
# commitment; a hearing of an agency or a legislature does ("a public hearing on March 20")
_COURT = re.compile(
    r"\b(?:courts?|judges?|justices|jur(?:y|ors)|lawsuits?|plaintiffs?|defendants?|prosecutors?"
    r"|magistrates?|tribunals?|stay\s+of\s+(?:the\s+)?(?:order|execution|proceedings)"
    r"|sentencing|sentenced|verdicts?|briefs|arraign\w*|(?<=the\s)motion(?!\s+of\b)"
    # a trial in court, not a trial of a drug, a product or a method
    r"|(?<!clinical\s)(?<!drug\s)(?<!field\s)(?<!free\s)(?<!pilot\s)trials?(?!\s+(?:period|run|version)))\b",
    _F,
)
_COURT_EVENT = re.compile(
    r"hearings?|trials?|arguments|sentencing|sentenced|rulings?|verdicts?|judge?ments?|briefs?"
    r"|rule(?:\s+on)?|hear|decide(?:\s+on)?|appeals?|cases?"
    r"|(?:scheduling|status|pre-?trial|case\s+management)\s+conferences?",
    _F,
)
# "the appeal will be heard in the state appeals court on Monday"
_HEARD_IN_COURT = re.compile(
    r"\bbe\s+heard\s+(?:in|by|before)\s+(?:[\w'’-]+\s+){0,4}?courts?\b"
    # "due to appear before magistrates on May 16", "is due in district court Oct. 14"
    r"|\bdue\s+(?:back\s+)?in\s+(?:[\w'’-]+\s+){0,3}?courts?\b"
    r"|\bappear(?:s|ed|ing)?\s+(?:in\s+court|(?:before|at|in)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:magistrates?|judges?|(?:Crown\s+|Magistrates['’]?\s+)?courts?|tribunals?))\b",
    _F,
)
_NOT_A_COURT = re.compile(
    r"\b(?:public|administrative|congressional|legislative|confirmation|oversight)\s+$", _F
)


# a body of another kind holds the hearing: "the commission will hold a hearing"
_OTHER_BODY = re.compile(
    r"\b(?:commission|committee|board|agency|council|ministry|department|regulator|parliament"
    r"|senate|house|assembly|authority|bureau|office|inquiry|panel)\b",
    _F,
)
_TO_FILE_PAPERS = (
    r"to\s+file\s+(?:its|their|his|her|a|an|any|the)?\s*(?:[\w-]+\s+){0,2}?(?:briefs?"
    r"|motions?|memorand(?:a|um)|pleadings?)\b"
)
_FILED_BY_THE_DAY = re.compile(r"\s+" + _TO_FILE_PAPERS, _F)
_CASE_WORDS = re.compile(
    r"\b(?:the|that|this|its)\s+case\b|\b(?:further|next|follow-up|review|scheduling|status"
    r"|pre-?trial)\s+(?:hearing|conference)s?\b|\bhas\s+been\s+listed\s+for\b"
    # a party's papers to the court: "has until April 19 to file its response brief"
    r"|\b" + _TO_FILE_PAPERS,
    _F,
)


def judicial(a: Anchor, text: str, s: int, e: int) -> bool:
    """The day of a court's business, in a sentence that speaks of a court, or of its case
    or hearing just after one that does ("The ministry was sued ... A follow-up hearing has
    been listed for February 10")."""
    if not _COURT.search(text, s, e) and not (
        _CASE_WORDS.search(text, s, e)
        and _COURT.search(text, max(0, s - 300), s)
        and not _OTHER_BODY.search(text, s, e)
    ):
        return False
    if _FILED_BY_THE_DAY.match(text, a.tx.end):
        return True  # "gave the parties until Feb. 4 to file any new motions"
    _kind, k0, k1 = kind_at(text, s, e, a.tx.start)
    if k0 < 0 or k0 > a.tx.end + 40:
        return False  # (an event named long after the day is not the day's)
    if not (
        _COURT_EVENT.fullmatch(text, k0, k1)
        or _COURT_EVENT.fullmatch(text, _word_before(text, s, k0), k1)
        or _HEARD_IN_COURT.search(text, s, e)
    ):
        return False
    return not _NOT_A_COURT.search(text, max(s, k0 - 16), k0)


_LAST_WORD = re.compile(r"[\w-]+\s+$")


def _word_before(text: str, s: int, k0: int) -> int:
    """Where the word before ``k0`` starts ("status conference": the court's kind of one)."""
    m = _LAST_WORD.search(text, max(s, k0 - 24), k0)
    return m.start() if m else k0
