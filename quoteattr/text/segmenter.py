"""Paragraph and sentence splitting over the original text.

Paragraphs are split first, then sentences inside each paragraph. A sentence
never ends inside a quotation (a quoted "I'm done. Go home." stays in the
sentence that carries its cue) nor after an abbreviation such as "Mr." or
an initial.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

import regex

from quoteattr import lexicons
from quoteattr.model import Span

#: A blank line: paragraphs in prose with hard-wrapped lines.
BLANK_LINE = regex.compile(r"\n[^\S\n]*+\n")

#: Paragraph separators: one or more blank lines, or (text without blank
#: lines, one paragraph per line) a single line break.
BLANK_LINES = regex.compile(r"[^\S\n]*+\n[^\S\n]*+\n\s*+")
LINE_BREAK = regex.compile(r"[^\S\n]*+\n\s*+")

#: A sentence terminator, with the closing quotes and brackets after it,
#: followed by white space.
TERMINATOR = regex.compile(r"(?P<stop>[.!?…]++)[\"'”’»)\]]*+(?=\s)")

#: The word just before a terminator ("Mr", "U.S", "J"), searched in a short window.
WORD_BEFORE = regex.compile(r"[\p{L}\p{N}.'’]{1,30}+\Z")

#: What may start the next sentence: a capital, digit, opening quote or bracket.
SENTENCE_START = regex.compile(r"\s++(?=[\p{Lu}\p{N}\"'“‘«„(\[`¿¡])")

#: The word after a possible sentence end.
WORD_AFTER = regex.compile(r"\p{L}++")

#: How far a pattern may look ahead. `regex` scans up to the end position it is given,
#: so every match gets a short window: that keeps splitting linear in the text length.
LOOKAHEAD = 200

#: A single capital letter: an initial ("J. K. Rowling") when followed by a period.
INITIAL = regex.compile(r"\p{Lu}")

#: Sentence openers after a dotted abbreviation ("in the U.S. The ...").
COMMON_OPENERS = frozenset(
    "the a an he she it they we i but and in on at this that these those there his her "
    "their its our my if when while as after before so yet".split()
)


def split_paragraphs(text: str) -> list[Span]:
    """Paragraph spans without their surrounding white space.

    Blank lines separate paragraphs; in text that has none, every line is a
    paragraph (one-paragraph-per-line files, JSON fields, subtitles).
    """
    separator = BLANK_LINES if BLANK_LINE.search(text) else LINE_BREAK
    spans = []
    start = 0
    for match in separator.finditer(text):
        if match.start() > start:
            spans.append(Span(start, match.start()))
        start = match.end()
    end = len(text.rstrip())
    if end > start:
        spans.append(Span(start, end))
    # Leading white space of the first paragraph is not part of it.
    if spans and text[spans[0].start].isspace():
        first = spans[0]
        lead = len(text[first.start : first.end]) - len(text[first.start : first.end].lstrip())
        spans[0] = Span(first.start + lead, first.end)
    return spans


def _is_boundary(text: str, match: regex.Match[str], next_start: int) -> bool:
    """Whether a terminator followed by a capitalised word ends the sentence."""
    if match.group("stop") != ".":
        return True
    before = WORD_BEFORE.search(text, max(match.start() - 30, 0), match.start())
    word = before.group() if before else ""
    lexicon = lexicons.load()
    bare = word.rstrip(".").lower()
    if INITIAL.fullmatch(word):
        return False
    if bare in lexicon.abbreviations and "." not in bare:
        return False
    if "." in word.rstrip(".") or bare in lexicon.final_abbreviations:
        # "U.S. officials" goes on; "in the U.S. The ..." ends.
        next_word = WORD_AFTER.match(text, next_start, next_start + 30)
        return bool(next_word) and next_word.group().lower() in COMMON_OPENERS
    return True


def split_sentences(text: str, paragraph: Span, protected: Sequence[Span] = ()) -> list[Span]:
    """Sentence spans inside one paragraph.

    ``protected`` are spans (sorted, non-overlapping: the direct quotes) inside
    which no sentence may end.
    """
    protected_starts = [span.start for span in protected]
    spans = []
    start = paragraph.start
    for match in TERMINATOR.finditer(text, paragraph.start, paragraph.end):
        end = match.end()
        gap = SENTENCE_START.match(text, end, min(paragraph.end, end + LOOKAHEAD))
        if gap is None:
            continue
        inside = bisect.bisect_right(protected_starts, end - 1) - 1
        if inside >= 0 and protected[inside].start < end < protected[inside].end:
            continue
        if not _is_boundary(text, match, gap.end()):
            continue
        spans.append(Span(start, end))
        start = gap.end()
    if paragraph.end > start:
        spans.append(Span(start, paragraph.end))
    return spans
