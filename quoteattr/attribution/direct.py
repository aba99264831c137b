"""Cue rules for direct quotes: who is named next to the quotation marks.

Each rule looks at the words beside one quote in its own sentence and
returns an :class:`Attribution` or ``None``. They run in order; the first
that fires wins. Discourse rules (continuation, turn-taking) run after, in
:mod:`quoteattr.attribution.discourse`.
"""

from __future__ import annotations

from quoteattr.attribution.context import Attribution, Context, subject_before
from quoteattr.document import MentionKind, QuoteMarks

#: How many tokens a cue may stand from the quote.
TRAILING_WINDOW = 10
LEADING_WINDOW = 12


def _speaker_near_verb(ctx: Context, start: int, verb: int, end: int) -> int | None:
    """The subject just before the verb, else the one just after ("said Mr. Darcy")."""
    mention, _ = subject_before(ctx, start, verb, allow_after=True, end=end)
    return mention


def trailing_cue(ctx: Context, quote: QuoteMarks) -> Attribution | None:
    """``“Q,” Peskov said.`` / ``“Q,” said Peskov.`` / ``“Q” — Peskov`` / ``“Q,” he told reporters.``"""
    doc = ctx.doc
    end_offset = min(
        doc.sentences[doc.sentence_at(quote.span.end - 1)].span.end, ctx.next_quote_start(quote.span.end)
    )
    first = doc.token_at(quote.span.end)
    if first < len(doc.tokens) and doc.tokens[first].start < quote.span.end:
        first += 1
    for index in range(first, min(first + TRAILING_WINDOW, len(doc.tokens))):
        if doc.tokens[index].start >= end_offset:
            break
        if ctx.is_speech_verb(index):
            mention = _speaker_near_verb(ctx, quote.span.end, index, end_offset)
            if mention is not None:
                return Attribution(mention, ctx.cue_span(index), 0.95, "trailing cue")
    return _dash_attribution(ctx, first, end_offset)


def _dash_attribution(ctx: Context, first: int, end_offset: int) -> Attribution | None:
    """``“Q” — Peskov``: a dash and a name closing the paragraph."""
    if first >= len(ctx.doc.tokens) or ctx.word(first) not in ("—", "–", "--", "-"):
        return None
    after = ctx.mentions_between(ctx.doc.tokens[first].end, end_offset)
    if after and ctx.mention(after[0]).kind is MentionKind.NAME:
        return Attribution(after[0], None, 0.85, "dash")
    return None


def leading_cue(ctx: Context, quote: QuoteMarks) -> Attribution | None:
    """``Peskov said: “Q”`` / ``Peskov told reporters, “Q”`` / ``“Q1,” he said, “Q2.”``"""
    doc = ctx.doc
    if quote.span.start == 0:
        return None
    start_offset = max(
        doc.sentences[doc.sentence_at(quote.span.start)].span.start,
        ctx.previous_quote_end(quote.span.start),
    )
    last = doc.token_at(quote.span.start - 1)
    if doc.tokens[last].end > quote.span.start or doc.tokens[last].start < start_offset:
        return None
    # The words right before the quote must end the lead-in: ":" "," or the verb itself.
    if ctx.word(last) not in (":", ",", "—", "–") and not ctx.is_speech_verb(last):
        return None
    for index in range(last, max(last - LEADING_WINDOW, -1), -1):
        if doc.tokens[index].start < start_offset:
            break
        if ctx.is_speech_verb(index):
            mention = _speaker_near_verb(ctx, start_offset, index, quote.span.start)
            if mention is not None:
                return Attribution(mention, ctx.cue_span(index), 0.93, "leading cue")
    return None


RULES = (trailing_cue, leading_cue)
