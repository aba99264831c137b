"""Discourse rules: speakers for quotes that have no cue of their own.

They run after the cue rules, over the quotes in document order, in two rounds:
``RULES`` first; then, once turn-taking has also filled runs of untagged lines from
their back (from a cue that comes late), ``FALLBACK_RULES`` guess at what is left.
Within each round the first rule that fires, and does not pick the person the quote calls by
name, wins; they are listed in that order.

``RULES``:

- continuation: ``“…,” Peskov said. “Of course, …”`` — a cue-less quote in
  the same paragraph as an attributed one continues its speaker; so does the
  next piece of a speech that runs across paragraphs;
- vocative reply: ``“That's all right, Tony.”`` ¶ ``“…”`` — the person addressed answers;
- narration in the paragraph: ``Brett came over. “Hello.”`` — the subject of narration
  beside the quote in its own paragraph speaks (before turn-taking, which it breaks);
- turn-taking: in a run of dialogue paragraphs, an untagged line goes to the
  speaker two lines back (A, B, A, B);
- handover: ``“…,” said he. She recovered her voice.`` ¶ ``“…”`` — narration closing
  the line before, about someone else, gives the next line to that person.

``FALLBACK_RULES``:

- turn-taking again, now that more lines have speakers;
- narration: ``Elizabeth smiled. “…”`` — the person the neighbouring
  narration is about speaks;
- next paragraph (news): ``“…,” Peskov said.`` ¶ ``“Of course, …”`` — a statement of some
  length opening the next paragraph goes on with the speaker; a short line, or one after a
  question, is an answer instead;
- reply: a line no other rule placed answers the last speaker: it goes to the
  latest earlier speaker who is someone else;
- nearest person: last of all, the person last named in the paragraphs before.
"""

from __future__ import annotations

import regex

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
    return Attribution(
        earlier.mention, None, min(earlier.confidence, 0.85) - 0.05, "continuation", phrase=earlier.phrase
    )


def turns_by_paragraph(quotes: list[QuoteMarks]) -> dict[int, list[int]]:
    """Quote indices by paragraph, for paragraphs that hold speech."""
    by_paragraph: dict[int, list[int]] = {}
    for index, quote in enumerate(quotes):
        by_paragraph.setdefault(quote.paragraph, []).append(index)
    return by_paragraph


def _turn_speaker(found: list[Attribution | None], indices: list[int]) -> Attribution | None:
    """The speaker of a turn: its first attributed quote."""
    for index in indices:
        attribution = found[index]
        if attribution is not None and attribution.mention is not None:
            return attribution
    return None


def turn_taking(
    ctx: Context, quotes: list[QuoteMarks], found: list[Attribution | None], index: int
) -> Attribution | None:
    """Dialogue lines A, B, A, B: an untagged turn goes to the speaker of the turn two back.

    Turns are consecutive paragraphs that hold quotes. Looks two, then four
    turns back or ahead for a known speaker of the same parity, as long as
    the turn in between is not that same speaker.
    """
    by_paragraph = ctx.turns
    paragraph = quotes[index].paragraph
    best: tuple[float, Attribution] | None = None
    for distance in (2, -2, 4, -4):
        others = [paragraph - distance + step for step in range(0, distance, 1 if distance > 0 else -1)]
        if not all(p in by_paragraph for p in [*others, paragraph - distance]):
            continue
        candidate = _turn_speaker(found, by_paragraph[paragraph - distance])
        if candidate is None or candidate.mention is None:
            continue
        neighbour = _turn_speaker(found, by_paragraph[paragraph - (1 if distance > 0 else -1)])
        if neighbour is not None and neighbour.mention is not None and _same_entity(ctx, neighbour.mention, candidate.mention):
            continue
        # The surest anchor wins: a cue two lines ahead over a guess two lines back.
        strength = candidate.confidence - (FAR_TURN_PENALTY if abs(distance) == 4 else 0.0)
        if best is None or strength > best[0]:
            confidence = 0.6 if abs(distance) == 2 else 0.5
            best = (strength, Attribution(candidate.mention, None, confidence, "turn-taking"))
    return best[1] if best else None


#: How much less a speaker four turns away is trusted than one two turns away.
FAR_TURN_PENALTY = 0.1


def vocative_reply(
    ctx: Context, quotes: list[QuoteMarks], found: list[Attribution | None], index: int
) -> Attribution | None:
    """``“That's all right, Tony.”`` ¶ ``“…”`` / ``He said to Marjorie, “…”`` ¶ ``“…”`` — the person
    addressed in the turn before, by name or as the object of its cue, answers."""
    paragraph = quotes[index].paragraph
    previous = ctx.turns.get(paragraph - 1)
    if not previous:
        return None
    for quote_index in previous:
        addressed = addressed_in(ctx, found, quote_index)
        if addressed is None:
            continue
        speaker = found[quote_index]
        if speaker is not None and speaker.mention is not None and _same_entity(ctx, speaker.mention, addressed):
            continue
        return Attribution(addressed, None, 0.6, "vocative reply")
    return None


#: Cue verbs whose object is the person spoken to: "told Peskov", "asked her", "said to Anne".
ADDRESSING_VERBS = frozenset("tell told tells telling ask asked asks asking answer answered".split())


def cue_object(ctx: Context, attribution: Attribution | None) -> int | None:
    """"told Peskov" / "said to her" / "asked Anne": the mention right after the cue."""
    if attribution is None or attribution.cue is None:
        return None
    text = ctx.doc.text
    cue = text[attribution.cue.start : attribution.cue.end].lower()
    after = ctx.mentions_between(attribution.cue.end, attribution.cue.end + 40)
    if not after:
        return None
    gap = text[attribution.cue.end : ctx.mention(after[0]).span.start].split()
    if cue in ADDRESSING_VERBS and not gap:
        return after[0]
    if gap == ["to"]:
        return after[0]
    return None


def addressed_in(ctx: Context, found: list[Attribution | None], index: int) -> int | None:
    """The person quote ``index`` speaks to: called by name in it ("Well, Tony, …"), else the
    object of its cue ("said to Marjorie")."""
    addressed = ctx.vocatives.get(index)
    return addressed if addressed is not None else cue_object(ctx, found[index])


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


def narration_in_paragraph(
    ctx: Context, quotes: list[QuoteMarks], found: list[Attribution | None], index: int
) -> Attribution | None:
    """``Brett came over. “Hello.”`` / ``“Hello.” Brett sat down.`` — narration in the quote's
    own paragraph names the speaker; it outranks turn-taking, whose alternation it breaks.

    The sentence just before the quote in its paragraph, else the one just after.
    """
    doc = ctx.doc
    quote = quotes[index]
    sentence = doc.sentence_at(quote.span.start)
    after = doc.sentence_at(quote.span.end - 1) + 1
    if sentence > 0 and doc.sentences[sentence - 1].paragraph == quote.paragraph:
        span, confidence = doc.sentences[sentence - 1].span, 0.6
    elif after < len(doc.sentences) and doc.sentences[after].paragraph == quote.paragraph:
        span, confidence = doc.sentences[after].span, 0.55
    else:
        return None
    subject = _first_person_mention(ctx, span.start, span.end)
    return Attribution(subject, None, confidence, "narration") if subject is not None else None


def handover(
    ctx: Context, quotes: list[QuoteMarks], found: list[Attribution | None], index: int
) -> Attribution | None:
    """``“You were speaking,” said he. She recovered her voice.`` ¶ ``“I was only going to …”`` —
    narration that closes the line before, about someone other than its speaker, hands the
    next line to that person.
    """
    quote = quotes[index]
    previous = ctx.turns.get(quote.paragraph - 1)
    if not previous or ctx.turns[quote.paragraph][0] != index or not _paragraph_is_dialogue(ctx, quote):
        return None
    doc = ctx.doc
    closing = doc.sentences[doc.sentence_at(doc.paragraphs[quote.paragraph - 1].end - 1)].span
    if closing.start < quotes[previous[-1]].span.end:
        return None  # the line before ends with its quote or its cue
    subject = _first_person_mention(ctx, closing.start, closing.end)
    if subject is None:
        return None
    speaker = _turn_speaker(found, previous)
    if speaker is not None and speaker.mention is not None and _same_entity(ctx, speaker.mention, subject):
        return None
    return Attribution(subject, None, 0.55, "handover")


def _first_person_mention(ctx: Context, start: int, end: int) -> int | None:
    for mention in ctx.mentions_between(start, end):
        record = ctx.mention(mention)
        if record.kind in (MentionKind.NAME, MentionKind.PRONOUN, MentionKind.ROLE) and record.gender != "N":
            if record.kind is MentionKind.PRONOUN and record.entity is None:
                continue
            return mention
    return None


def next_paragraph(
    ctx: Context, quotes: list[QuoteMarks], found: list[Attribution | None], index: int
) -> Attribution | None:
    """``“Q1,” he said.`` ¶ ``“Q2.”`` — in news, a cue-less quote opening the paragraph
    after a tagged quote goes on with its speaker. Not inside a run of dialogue turns,
    where the next line is the other speaker's (see :func:`turn_taking`)."""
    if index == 0 or found[index - 1] is None:
        return None
    previous, quote = quotes[index - 1], quotes[index]
    if quote.paragraph != previous.paragraph + 1 or not _paragraph_is_dialogue(ctx, quote):
        return None
    if previous.paragraph - 1 in ctx.turns or quote.paragraph + 1 in ctx.turns:
        return None  # a dialogue run: turns alternate
    earlier = found[index - 1]
    assert earlier is not None
    if earlier.cue is None:
        return None
    text = ctx.doc.text
    if QUESTION_END.search(text, previous.span.start, previous.span.end) or len(
        WORD.findall(text, quote.span.start, quote.span.end)
    ) < STATEMENT_WORDS:
        return None  # a question, or a short line after it, is answered by someone else (fiction)
    return Attribution(earlier.mention, None, min(earlier.confidence, 0.8) - 0.1, "next paragraph", phrase=earlier.phrase)


#: A quote that ends in a question: the next paragraph answers it. News continuations are
#: statements of some length; in novels (PDNC) this rule was right for 9 of 96 lines before
#: these two checks, for 6 of 37 after; on PolNeAR train 13 of 16 stay, all right.
QUESTION_END = regex.compile(r"\?[\s\p{Pf}\p{Pi}\"']*+$")
WORD = regex.compile(r"[\p{L}\p{N}]++")
#: Fewest words of a quote that goes on with the speaker of the paragraph before.
STATEMENT_WORDS = 12


#: How many quotes back a reply looks for the two people of a conversation.
REPLY_REACH = 8
#: Most paragraphs between two quotes of one conversation (short narration may part them).
REPLY_GAP = 3


def reply(ctx: Context, quotes: list[QuoteMarks], found: list[Attribution | None], index: int) -> Attribution | None:
    """``“Q1,” said Tony.`` ¶ ``Brenda looked up.`` ¶ ``“Q2”`` — an untagged line answers the
    last speaker: it goes to the latest earlier speaker who is someone else.

    A fallback for turns no other rule placed: the lines between may be untagged
    or parted by a little narration, which breaks strict turn-taking.
    """
    paragraph = quotes[index].paragraph
    last_speaker: int | None = None
    for earlier in range(index - 1, max(index - REPLY_REACH, -1), -1):
        if paragraph - quotes[earlier].paragraph > REPLY_GAP:
            return None
        paragraph = quotes[earlier].paragraph
        if quotes[earlier].paragraph == quotes[index].paragraph:
            continue
        attribution = found[earlier]
        if attribution is None or attribution.mention is None:
            continue
        entity = ctx.mention(attribution.mention).entity
        if entity is None:
            return None  # an unresolved "I" or "he": who answers is unknown
        if last_speaker is None:
            last_speaker = entity
        elif entity != last_speaker:
            return Attribution(attribution.mention, None, 0.4, "reply")
    return None


RULES = (continuation, vocative_reply, narration_in_paragraph, turn_taking, handover)


#: How many paragraphs back a last guess looks for a named person.
NEAREST_PERSON_REACH = 3


def nearest_person(
    ctx: Context, quotes: list[QuoteMarks], found: list[Attribution | None], index: int
) -> Attribution | None:
    """``Tony came home late.`` ¶ ``“Hello?”`` — a last guess for a line of dialogue no rule placed
    (a quote opening its paragraph): the person last named in the few paragraphs before."""
    quote = quotes[index]
    if quote.paragraph == 0 or not _paragraph_is_dialogue(ctx, quote):
        return None
    earliest = ctx.doc.paragraphs[max(quote.paragraph - NEAREST_PERSON_REACH, 0)].start
    for mention in reversed(ctx.mentions_between(earliest, ctx.doc.paragraphs[quote.paragraph - 1].end)):
        record = ctx.mention(mention)
        if record.kind is MentionKind.NAME and record.entity is not None and record.gender != "N":
            return Attribution(mention, None, 0.3, "nearest person")
    return None


#: Guesses for what the rules above and turn-taking from later lines leave open: turn-taking
#: again (from lines the guesses have filled), narration, a news paragraph, a reply, the person
#: last named.
FALLBACK_RULES = (turn_taking, narration, next_paragraph, reply, nearest_person)
