"""Cue rules for direct quotes: who is named next to the quotation marks.

Each rule looks at the words beside one quote in its own sentence and
returns an :class:`Attribution` or ``None``. They run in this order (``RULES``);
the first that fires wins, so the narrower shapes come first:

- :func:`transcript`: ``PENCE: Well, look, …`` — a transcript label;
- :func:`comma_then_cue`: ``Peskov scolded him: “Q,” he said.`` — a quote closing on a comma
  hands over to the cue after it, not to the clause before;
- :func:`as_x_put_it`: ``As Rosenthal put it, “Q”``;
- :func:`leading_cue`: ``Peskov said: “Q”`` / ``Peskov told reporters, “Q”``;
- :func:`according_to`: ``According to Limbaugh, “Q”``;
- :func:`trailing_cue`: ``“Q,” Peskov said.`` / ``“Q,” said Peskov.``;
- :func:`colon_lead`: ``The Times reports:`` ¶ ``“Q”`` — a cue ending the paragraph before;
- :func:`headline_colon`: ``Warren Hammers Wells Fargo CEO: ‘You Should Resign.’``.

Discourse rules (continuation, turn-taking, …) run after, for quotes no cue
rule placed, in :mod:`quoteattr.attribution.discourse`.
"""

from __future__ import annotations

from quoteattr.attribution.context import Attribution, Context, premodifies, subject_before
import regex

from quoteattr.document import MentionKind, QuoteMarks
from quoteattr.model import Span
from quoteattr.text.titlecase import is_title_case

#: A sentence this short after a quote may be its cue ("Clinton said.").
SHORT_SENTENCE = 12
#: How many tokens a cue may stand from the quote.
LEADING_WINDOW = 12


def _trailing_end(ctx: Context, quote: QuoteMarks) -> int:
    """Where the words after a quote that may hold its cue end.

    The sentence end, or the next quote. A quote ending in "?" or "!" ends its
    sentence for the splitter, so a short next sentence that starts right
    after it (``“Why?” Clinton said.``) still counts.
    """
    doc = ctx.doc
    sentence = doc.sentence_at(quote.span.end - 1)
    end = doc.sentences[sentence].span.end
    if end == quote.span.end and sentence + 1 < len(doc.sentences):
        following = doc.sentences[sentence + 1]
        if not doc.text[end : following.span.start].strip() and following.paragraph == quote.paragraph:
            if following.end_token - following.first_token <= SHORT_SENTENCE:
                end = following.span.end
    return min(end, ctx.next_quote_start(quote.span.end))


def trailing_cue(ctx: Context, quote: QuoteMarks) -> Attribution | None:
    """``“Q,” Peskov said.`` / ``“Q,” said Peskov.`` / ``“Q,” he told reporters.`` /
    ``“Q,” Sen. Claire McCaskill (D-Mo.), a critic, said Friday.``

    The speaker is the mention right after the quote when a said-verb
    follows in the sentence, however long its apposition; else the subject
    (or inverted subject) of the first said-verb after the quote.
    """
    doc = ctx.doc
    if SUBORDINATE_CLAUSE.match(doc.text, quote.span.end, quote.span.end + 12):
        return None  # "“That makes me smart,” when Clinton blasted him": not its cue
    end_offset = _trailing_end(ctx, quote)
    first = doc.token_at(quote.span.end)
    if first < len(doc.tokens) and doc.tokens[first].start < quote.span.end:
        first += 1
    after_quote = first
    while first < len(doc.tokens) and ctx.word(first) in (",", "—", "–", "--", "―"):
        first += 1
    if first >= len(doc.tokens) or doc.tokens[first].start >= end_offset:
        return None
    verb = first
    while verb < len(doc.tokens) and doc.tokens[verb].start < end_offset and not _tags_quote(ctx, verb, first):
        verb += 1
    if verb >= len(doc.tokens) or doc.tokens[verb].start >= end_offset:
        return _dash_attribution(ctx, after_quote, end_offset)
    opening = ctx.mentions_between(doc.tokens[first].start, doc.tokens[first].end)
    if verb > first and opening and ctx.is_person_like(opening[0]):
        return Attribution(_head_of_chain(ctx, opening[0], doc.tokens[verb].start), ctx.cue_span(verb), 0.95, "trailing cue")
    phrase_end = ctx.cue_phrase_end(verb)
    if phrase_end is not None and not ctx.is_speech_verb(verb):
        # "put in Kitty": a phrase cue's speaker follows the whole phrase; "she went on" comes before.
        last = doc.token_at(phrase_end - 1)
        mention, phrase = subject_before(ctx, quote.span.end, verb)
        if mention is None:
            mention, phrase = subject_before(ctx, doc.tokens[last].start, last, allow_after=True, end=end_offset)
        if mention is None:
            return None
        return Attribution(mention, ctx.cue_span(verb), 0.95, "trailing cue")
    mention, phrase = subject_before(ctx, quote.span.end, verb, allow_after=True, end=end_offset)
    if mention is None and phrase is None:
        return None
    return Attribution(mention, ctx.cue_span(verb), 0.95 if mention is not None else 0.7, "trailing cue", phrase=phrase)


def _tags_quote(ctx: Context, verb: int, first: int) -> bool:
    """Whether the word at ``verb``, after a quote whose next word is ``first``, is its cue: a speech
    verb; fiction's phrase ("put in Kitty", "broke in", "went on"); or, right after the quote or its
    speaker, a verb that is a cue only with a quotation ("suggested the painter", "he suggested")."""
    if ctx.is_speech_verb(verb):
        return ctx.is_reporting_use(verb)
    if ctx.cue_phrase_end(verb) is not None and ctx.word(verb).islower():
        return ctx.lexicon.cue_phrases.get(ctx.word(verb).lower()) is None  # a phrase, not a lone word
    if ctx.verb_kind(verb) != "weak" or not ctx.word(verb).islower():
        return False
    if verb == first:
        return True  # "“…,” suggested the painter"
    between = ctx.mentions_between(ctx.doc.tokens[first].start, ctx.doc.tokens[verb].start)
    return verb == first + 1 and len(between) == 1  # "“…,” he suggested"


def _head_of_chain(ctx: Context, mention: int, limit: int) -> int:
    """"Kremlin spokesman Dmitry Peskov said": the last name of a premodifier chain."""
    following = list(ctx.mentions_between(ctx.mention(mention).span.end, limit))
    chosen = mention
    for candidate in following:
        if not premodifies(ctx, chosen, candidate):
            break
        chosen = candidate
    return chosen


def _dash_attribution(ctx: Context, first: int, end_offset: int) -> Attribution | None:
    """``“Q” — Peskov``: a dash and a name closing the paragraph."""
    if first >= len(ctx.doc.tokens) or ctx.word(first) not in ("—", "–", "--", "-", "―"):
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
        if (ctx.is_speech_verb(index) and ctx.is_reporting_use(index)) or _phrase_ends_lead(ctx, index, last):
            if ctx.word(index).endswith("ing") and index > 0 and ctx.word(index - 1) == ",":
                # "Dean, a former chairman, poked at Trump, tweeting, “Q”": the sentence's subject.
                subject = ctx.first_subject(doc.sentences[doc.sentence_at(quote.span.start)])
                if subject is not None:
                    return Attribution(subject, ctx.cue_span(index), 0.85, "leading cue")
            mention, phrase = subject_before(ctx, start_offset, index, allow_after=True, end=quote.span.start)
            if mention is not None or phrase is not None:
                confidence = 0.93 if mention is not None else 0.7
                return Attribution(mention, ctx.cue_span(index), confidence, "leading cue", phrase=phrase)
    return None


def _phrase_ends_lead(ctx: Context, index: int, last: int) -> bool:
    """Whether a verbal cue phrase from token ``index`` ends the lead-in right before its colon or comma:
    ``She went on: “Q”``, ``he broke in, “Q”``."""
    return last > index and ctx.word(index).islower() and ctx.cue_phrase_end(index) == ctx.doc.tokens[last - 1].end


def transcript(ctx: Context, quote: QuoteMarks) -> Attribution | None:
    """``"PENCE: Well, look, …`` — the transcript label names the speaker."""
    if quote.label is None:
        return None
    return Attribution(None, None, 0.9, "transcript label", phrase=quote.label)


#: The end of a paragraph that leads into a quote in the next one: a colon, or a dash that
#: fiction writes after its cue ("Charles said--", "began with--", "she voluntarily said;--").
LEAD_END = regex.compile(r"(?::|[:;,]?+\s*+(?P<dash>--|—|–)|(?P<comma>,))\s*+\Z")
#: How many tokens before a closing dash or comma its cue verb may stand ("began with --",
#: "she said to him,").
DASH_LEAD_WINDOW = 4


def colon_lead(ctx: Context, quote: QuoteMarks) -> Attribution | None:
    """``The New York Times reports:`` ¶ ``“Q …”`` — a cue ending the paragraph before with a colon;
    ``Presently, struck by a sudden thought, Charles said--`` ¶ ``“Q”`` — or a dash right after it;
    ``the colour rose into her cheeks, and she said,`` ¶ ``“Q”`` — or a comma."""
    doc = ctx.doc
    paragraph = doc.paragraphs[quote.paragraph]
    if quote.span.start != paragraph.start or quote.paragraph == 0:
        return None
    previous = doc.paragraphs[quote.paragraph - 1]
    lead = LEAD_END.search(doc.text, max(previous.start, previous.end - 8), previous.end)
    if lead is None:
        return None
    sentence = doc.sentences[doc.sentence_at(previous.end - 1)]
    first = sentence.first_token
    named_lead = lead.group("dash") or lead.group("comma")
    if named_lead:
        first = max(first, doc.token_at(previous.start + (lead.start() - previous.start)) - DASH_LEAD_WINDOW)
    for index in range(sentence.end_token - 1, first - 1, -1):
        if ctx.inside_quote(doc.tokens[index].start):
            break
        if ctx.is_speech_verb(index):
            mention, phrase = subject_before(ctx, sentence.span.start, index)
            if ctx.word(index).endswith("ing") and index > 0 and ctx.word(index - 1) == ",":
                # "Emma returned her attention to her father, saying--": the sentence's subject.
                mention, phrase = ctx.first_subject(sentence), None
            if named_lead and mention is None:
                return None  # fiction's dash or comma lead names a person: "Charles said--"
            if mention is not None or phrase is not None:
                return Attribution(mention, ctx.cue_span(index), 0.85, "colon lead", phrase=phrase)
    return None


ACCORDING_TO = regex.compile(r"(?i)\baccording\s+to\s++(?P<source>[^,:]{1,80}+)[,:]\s*+\Z")


def according_to(ctx: Context, quote: QuoteMarks) -> Attribution | None:
    """``According to Limbaugh, “Q”`` — the source named before the quote."""
    match = _source_phrase_before(ctx, quote, ACCORDING_TO, reach=120)
    if match is None:
        return None
    cue = Span(match.start(), match.start("source"))
    mentions = ctx.mentions_between(match.start("source"), match.end("source"))
    if mentions:
        return Attribution(mentions[-1], cue, 0.85, "according to")
    return Attribution(None, cue, 0.7, "according to", phrase=Span(match.start("source"), match.end("source")))


def _source_phrase_before(
    ctx: Context, quote: QuoteMarks, pattern: regex.Pattern[str], reach: int
) -> regex.Match[str] | None:
    """``pattern`` ending right before the quote, within its sentence and ``reach`` characters."""
    doc = ctx.doc
    sentence = doc.sentences[doc.sentence_at(quote.span.start)]
    return pattern.search(doc.text, max(sentence.span.start, quote.span.start - reach), quote.span.start)


def comma_then_cue(ctx: Context, quote: QuoteMarks) -> Attribution | None:
    """``Peskov scolded him: “Q,” he said.`` — a quote closing on a comma hands over to the
    cue after it, which beats one before: the writer tagged this quote with that cue."""
    inner_end = ctx.doc.text[max(quote.span.start, quote.span.end - 3) : quote.span.end]
    if "," not in inner_end:
        return None
    return trailing_cue(ctx, quote)


#: A subordinate clause after a quote: its verb is no cue for the quote.
SUBORDINATE_CLAUSE = regex.compile(r"(?i)\s++(?:when|while|after|before|because|since|if|until)\b")


#: "as X put it," right before a quote; X is the source.
AS_X_PUT_IT = regex.compile(
    r"""(?xi)\bas\s++
    (?P<source>[^,;:]{1,80}?(?:,[^;:]{1,120}?,)?)   # "Steven Rosenthal, a tax lawyer,"
    \s++(?:\p{L}++(?<=ly)\s++)?put\s++it\b        # "recently put it"
    [^.;:,]{0,60}+[,:]\s*+\Z                       # "in a lengthy expose,"
    """
)


def as_x_put_it(ctx: Context, quote: QuoteMarks) -> Attribution | None:
    """``As Steven Rosenthal, a tax lawyer, recently put it, “Q”`` — the source of "put it"."""
    match = _source_phrase_before(ctx, quote, AS_X_PUT_IT, reach=300)
    if match is None:
        return None
    source = Span(match.start("source"), match.end("source"))
    people = ctx.persons_between(source.start, source.end)
    if people:
        return Attribution(people[0], Span(source.end, match.end()), 0.85, "as X put it")
    return Attribution(None, None, 0.6, "as X put it", phrase=source)


def headline_colon(ctx: Context, quote: QuoteMarks) -> Attribution | None:
    """``Warren Hammers Wells Fargo CEO: ‘You Should Resign.’`` — in a title-case headline,
    the person before the colon whom the article names elsewhere speaks."""
    doc = ctx.doc
    paragraph = doc.paragraphs[quote.paragraph]
    lead = doc.text[paragraph.start : quote.span.start].rstrip()
    words = lead.split()
    if not lead.endswith(":") or len(words) > MAX_HEADLINE_WORDS or not is_title_case(words, _is_short):
        return None
    names = sorted(
        {m.text for m in doc.mentions if m.kind is MentionKind.NAME and not paragraph.contains(m.span)},
        key=len,
        reverse=True,
    )
    for name in names:
        title, _, rest = name.partition(" ")
        for form in (name, rest) if title.lower() in ctx.lexicon.titles else (name,):
            found = doc.text.find(form, paragraph.start, quote.span.start) if form else -1
            if found >= 0:
                return Attribution(None, None, 0.7, "headline colon", phrase=Span(found, found + len(form)))
    return None


#: Most words before the colon of a headline quote.
MAX_HEADLINE_WORDS = 12


def _is_short(word: str) -> bool:
    """A headline leaves any word of three letters or fewer in lower case."""
    return len(word) <= 3


RULES = (transcript, comma_then_cue, as_x_put_it, leading_cue, according_to, trailing_cue, colon_lead, headline_colon)
