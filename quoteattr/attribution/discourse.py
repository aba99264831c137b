"""Discourse rules: speakers for quotes that have no cue of their own.

They run after the cue rules, over the quotes in document order:

- continuation: ``“…,” Peskov said. “Of course, …”`` — a cue-less quote in
  the same paragraph as an attributed one continues its speaker; so does the
  next piece of a speech that runs across paragraphs;
- turn-taking: in a run of dialogue paragraphs, an untagged line goes to the
  speaker two lines back (A, B, A, B);
- narration: ``Elizabeth smiled. “…”`` — the person the neighbouring
  narration is about speaks.
"""

from __future__ import annotations

from quoteattr.attribution.context import Attribution, Context
from quoteattr.document import MentionKind, QuoteMarks


def _paragraph_is_dialogue(ctx: Context, quote: QuoteMarks) -> bool:
    """The paragraph opens with a quote."""
    paragraph = ctx.doc.paragraphs[quote.paragraph]
    return quote.span.start == paragraph.start


def continuation(
    ctx: Context, quotes: list[QuoteMarks], found: list[Attribution | None], index: int
) -> Attribution | None:
    """``“Q1,” Peskov said. “Q2.”`` — the previous quote's speaker, same paragraph or a running speech."""
    if index == 0 or found[index - 1] is None:
        return None
    previous, quote = quotes[index - 1], quotes[index]
    same_paragraph = previous.paragraph == quote.paragraph
    running_speech = not previous.closed and quote.paragraph == previous.paragraph + 1
    if not (same_paragraph or running_speech):
        return None
    earlier = found[index - 1]
    assert earlier is not None
    return Attribution(earlier.mention, None, min(earlier.confidence, 0.85) - 0.05, "continuation")


def turn_taking(
    ctx: Context, quotes: list[QuoteMarks], found: list[Attribution | None], index: int
) -> Attribution | None:
    """Dialogue lines A, B, A, B: an untagged line goes to the speaker two turns back.

    Turns are consecutive paragraphs that open with a quote; the turn before
    must have a different speaker.
    """
    quote = quotes[index]
    if not _paragraph_is_dialogue(ctx, quote):
        return None
    turns = _previous_turns(ctx, quotes, index, 2)
    if len(turns) < 2:
        return None
    one_back, two_back = (found[i] for i in turns)
    if two_back is None or two_back.mention is None:
        return None
    other = one_back.mention if one_back else None
    if other is not None and _same_entity(ctx, other, two_back.mention):
        return None
    return Attribution(two_back.mention, None, min(two_back.confidence, 0.7) - 0.05, "turn-taking")


def _previous_turns(ctx: Context, quotes: list[QuoteMarks], index: int, count: int) -> list[int]:
    """The first quotes of the ``count`` dialogue paragraphs right before this one."""
    turns: list[int] = []
    paragraph = quotes[index].paragraph
    position = index - 1
    while position >= 0 and len(turns) < count:
        candidate = quotes[position]
        if candidate.paragraph == paragraph:
            position -= 1
            continue
        if candidate.paragraph != paragraph - 1 or not _paragraph_is_dialogue(ctx, candidate):
            break
        # The first quote of that paragraph.
        while position > 0 and quotes[position - 1].paragraph == candidate.paragraph:
            position -= 1
        turns.append(position)
        paragraph = candidate.paragraph
        position -= 1
    return turns


def _same_entity(ctx: Context, first: int, second: int) -> bool:
    a, b = ctx.mention(first), ctx.mention(second)
    return first == second or (a.entity is not None and a.entity == b.entity)


def narration(
    ctx: Context, quotes: list[QuoteMarks], found: list[Attribution | None], index: int
) -> Attribution | None:
    """``Elizabeth smiled. “Q”`` / ``“Q” Elizabeth turned away.`` — the subject of the narration beside it.

    Looks at the sentence before the quote in its paragraph, else the
    sentence after it, else the last sentence of a narration-only paragraph
    just before.
    """
    doc = ctx.doc
    quote = quotes[index]
    paragraph = doc.paragraphs[quote.paragraph]
    sentence = doc.sentence_at(quote.span.start)
    candidates = []
    if sentence > 0 and doc.sentences[sentence - 1].paragraph == quote.paragraph:
        candidates.append((doc.sentences[sentence - 1].span, 0.6))
    after = doc.sentence_at(quote.span.end - 1) + 1
    if after < len(doc.sentences) and doc.sentences[after].paragraph == quote.paragraph:
        candidates.append((doc.sentences[after].span, 0.55))
    if quote.span.start == paragraph.start and sentence > 0 and quote.paragraph > 0:
        previous_sentence = doc.sentences[sentence - 1]
        previous_paragraph = doc.paragraphs[previous_sentence.paragraph]
        if previous_sentence.paragraph == quote.paragraph - 1 and not any(
            previous_paragraph.contains(span) for span in ctx.quote_spans_near(previous_paragraph)
        ):
            candidates.append((previous_sentence.span, 0.45))
    for span, confidence in candidates:
        subject = _first_person_mention(ctx, span.start, span.end)
        if subject is not None:
            return Attribution(subject, None, confidence, "narration")
    return None


def _first_person_mention(ctx: Context, start: int, end: int) -> int | None:
    for mention in ctx.mentions_between(start, end):
        record = ctx.mention(mention)
        if record.kind in (MentionKind.NAME, MentionKind.PRONOUN, MentionKind.ROLE) and record.gender != "N":
            if record.kind is MentionKind.PRONOUN and record.entity is None:
                continue
            return mention
    return None


RULES = (continuation, turn_taking, narration)
