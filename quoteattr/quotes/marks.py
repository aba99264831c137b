"""Pair quotation marks into direct-quote candidates, one paragraph at a time.

Each mark is classified by the characters around it (opening, closing,
either, or an apostrophe), then paired with a stack so that a quote inside a
quote stays part of the outer one. A quote is bounded by its paragraph: an
unclosed mark runs to the paragraph end (and continues when the next
paragraph opens again, as multi-paragraph speeches do) but never swallows the
rest of the document.
"""

from __future__ import annotations

import enum
import attrs
import regex

from quoteattr.model import Span

#: Quotation marks; NYT-style doubled apostrophes and TeX backticks count as one mark.
MARK = regex.compile(r"''|``|[\"“”„‟«»‹›‘’'‚]")

#: Elisions written with a leading apostrophe: not an opening quote.
ELISION = regex.compile(r"(?i)(?:em|tis|twas|twere|til|n|cause|bout|nuff|round|ere)\b")

#: Longest stretch an unclosed quote may run to its paragraph end before it is
#: taken for a stray mark instead.
MAX_UNCLOSED = 2000

#: Longest line of hard-wrapped text (Project Gutenberg wraps at about 70 characters).
MAX_WRAPPED_LINE = 100


class Family(str, enum.Enum):
    DOUBLE = "double"
    SINGLE = "single"
    GUILLEMET = "guillemet"


class Role(enum.Enum):
    OPEN = "open"
    CLOSE = "close"
    EITHER = "either"  # straight marks: opens when nothing is open, closes otherwise
    NONE = "none"  # an apostrophe


@attrs.frozen
class Mark:
    start: int
    end: int
    family: Family
    role: Role
    char: str


_FAMILY = {
    '"': Family.DOUBLE, "“": Family.DOUBLE, "”": Family.DOUBLE, "„": Family.DOUBLE,
    "‟": Family.DOUBLE, "''": Family.DOUBLE, "``": Family.DOUBLE,
    "«": Family.GUILLEMET, "»": Family.GUILLEMET, "‹": Family.GUILLEMET, "›": Family.GUILLEMET,
    "‘": Family.SINGLE, "’": Family.SINGLE, "'": Family.SINGLE, "‚": Family.SINGLE,
}  # fmt: skip

_ALWAYS_OPEN = frozenset("„‟«‹‚") | {"``"}
_ALWAYS_CLOSE = frozenset("”»›")

#: Characters after which a mark is "left-flanking" (it can open).
_OPENING_CONTEXT = frozenset("([{—–-/:;,") | frozenset(_FAMILY)


def _role(text: str, start: int, end: int, char: str) -> Role:
    """Whether a mark opens, closes, may do either, or is an apostrophe."""
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    can_open = (before.isspace() or before in _OPENING_CONTEXT) and not after.isspace()
    can_close = not before.isspace() and (after.isspace() or not after.isalnum())
    if char in _ALWAYS_OPEN:
        return Role.OPEN
    if char == "“":
        # Opens in English; closes German „…“ (after a word, before punctuation or space).
        return Role.CLOSE if can_close and not can_open else Role.OPEN
    if char in _ALWAYS_CLOSE:
        return Role.CLOSE
    if _FAMILY[char] is Family.SINGLE:
        if before.isalnum() and after.isalnum():
            return Role.NONE  # don't, o'clock
        if after.isdigit():
            return Role.NONE  # ’90s
        if can_open and ELISION.match(text, end, end + 8):
            return Role.NONE  # 'em, 'tis
        if char == "‘":
            return Role.OPEN if not before.isalnum() else Role.NONE
        if char == "’":
            return Role.CLOSE if can_close else Role.NONE  # "’s", "’90s": never an opener
    if can_open and not can_close:
        return Role.OPEN
    if can_close and not can_open:
        return Role.CLOSE
    return Role.EITHER if _FAMILY[char] is not Family.SINGLE else Role.NONE


def find_marks(text: str, start: int, end: int) -> list[Mark]:
    """All quotation marks in ``text[start:end]`` with their roles."""
    marks = []
    for match in MARK.finditer(text, start, end):
        char = match.group()
        role = _role(text, match.start(), match.end(), char)
        if role is not Role.NONE:
            marks.append(Mark(match.start(), match.end(), _FAMILY[char], role, char))
    return marks


def _is_possessive(text: str, mark: Mark) -> bool:
    """A closing single mark after a plural "s" before a word: "the Joneses’ house"."""
    after = text[mark.end : mark.end + 2]
    return (
        mark.family is Family.SINGLE
        and mark.start > 0
        and text[mark.start - 1] in "sS"
        and len(after) == 2
        and after[0] == " "
        and after[1].islower()
    )


@attrs.frozen
class Pair:
    """A top-level quotation inside one paragraph."""

    span: Span
    closed: bool


def quote_lines(text: str, paragraph: Span) -> list[Span]:
    """The stretches of a paragraph inside which quotes are paired: the paragraph, or each of its
    lines when a line is longer than hard-wrapping allows. Then the lines are paragraphs of a text that
    leaves no blank line between some of them, and a quote left open at a line's end stops there
    instead of swallowing the quotes of the lines after it (PolNeAR, where a line is a paragraph: 69
    train articles have such lines)."""
    if text.find("\n", paragraph.start, paragraph.end) < 0:
        return [paragraph]
    lines = []
    start = paragraph.start
    while start < paragraph.end:
        newline = text.find("\n", start, paragraph.end)
        end = paragraph.end if newline < 0 else newline
        lines.append(Span(start, end))
        start = end + 1
    if max(line.end - line.start for line in lines) <= MAX_WRAPPED_LINE:
        return [paragraph]
    return [line for line in lines if text[line.start : line.end].strip()]


def pair_marks(text: str, paragraph: Span) -> list[Pair]:
    """Pair the marks of one paragraph (or line, see :func:`quote_lines`) into top-level quotations.

    If a single quotation mark is left open at the paragraph's end, it was an
    apostrophe in disguise ("A man ’s voice" in tokenized text): the paragraph is
    paired again with double marks and guillemets only, so the quotes it would
    have hidden are still found.
    """
    marks = find_marks(text, paragraph.start, paragraph.end)
    pairs, left_open = _pair(text, marks)
    if left_open is not None and left_open.family is Family.SINGLE:
        pairs, left_open = _pair(text, [mark for mark in marks if mark.family is not Family.SINGLE])
    if left_open is not None and paragraph.end - left_open.start <= MAX_UNCLOSED:
        pairs.append(Pair(Span(left_open.start, paragraph.end), closed=False))
    return pairs


def _pair(text: str, marks: list[Mark]) -> tuple[list[Pair], Mark | None]:
    """Top-level pairs, and the outermost mark left open.

    The stack holds open marks; a closing mark closes the innermost open mark
    of its family and anything opened inside it, so a stray apostrophe inside
    a quote cannot keep the quote open. ``depth`` keeps, per family, the stack
    positions of its open marks, so each mark costs O(1) amortised.
    """
    last_closer = {mark.family: index for index, mark in enumerate(marks) if mark.role is not Role.OPEN}
    pairs: list[Pair] = []
    stack: list[Mark] = []
    depth: dict[Family, list[int]] = {family: [] for family in Family}
    for index, mark in enumerate(marks):
        open_of_family = depth[mark.family]
        if open_of_family and mark.role in (Role.CLOSE, Role.EITHER):
            if _is_possessive(text, mark) and last_closer[mark.family] > index:
                continue
            position = open_of_family[-1]
            opener = stack[position]
            for closed in stack[position:]:
                depth[closed.family].pop()
            del stack[position:]
            if not stack:
                pairs.append(Pair(Span(opener.start, mark.end), closed=True))
        elif mark.role in (Role.OPEN, Role.EITHER):
            open_of_family.append(len(stack))
            stack.append(mark)
    return pairs, (stack[0] if stack else None)
