"""From text to quotes: the stages in order.

:func:`annotate` builds the annotated :class:`~quoteattr.document.Document`:
text → tokens / paragraphs → direct-quote candidates (quotation marks) →
sentences (which never break inside a quote) → mentions → entities
(coreference).

:func:`quotes_of` turns it into :class:`~quoteattr.model.Quote` objects:
speakers of the direct quotes (cue rules, then discourse rules); reported
speech (found only now, because a report needs the subject mentions of its
cue); then the merge of the two: a report whose content holds quoted
fragments, or runs on into a quote with no cue of its own (or announces one with
a colon), becomes one MIXED quote (the helpers below ``quotes_of``), and a report
a direct quote already says is dropped; a direct quote joined by "and" to a quoted
fragment is MIXED too, and so is a direct quote whose cue is followed by an uncued quote with the writer's
words after it ("“…,” said Ruiz. “We will open it to bikes” and to carts by June."), and so is a quote in
lower case that the writer's words at the sentence's start lead into ("In past seasons, “we could …,” Ruiz said.").
"""

from __future__ import annotations

import bisect

import attrs
import regex
from collections.abc import Iterable, Iterator

from quoteattr import coref, mentions
from quoteattr.lexicons import Verb
from quoteattr.attribution.context import PREPOSITIONS, Attribution, Context
from quoteattr.attribution.speakers import attribute_direct, speaker_of
from quoteattr.document import Document, QuoteMarks, Sentence
from quoteattr.model import Character, Quote, QuoteKind, Span
from quoteattr.quotes.direct import find_direct_quotes
from quoteattr.quotes.reported import Report, find_reports
from quoteattr.text.segmenter import split_paragraphs, split_sentences
from quoteattr.text.tokenizer import tokenize


def annotate(text: str, characters: Iterable[Character] = ()) -> Document:
    """Run the embedded text layer and the quote detectors over ``text``."""
    doc = Document(text, characters=tuple(characters))
    doc.tokens = tokenize(text)
    doc.paragraphs = split_paragraphs(text)
    doc.quote_marks = find_direct_quotes(text, doc.paragraphs)
    doc.sentences = _sentences(doc)
    doc.index()
    details = mentions.find_mentions(doc)
    coref.resolve(doc, details)
    return doc


def _sentences(doc: Document) -> list[Sentence]:
    token_starts = [token.start for token in doc.tokens]
    by_paragraph: dict[int, list[Span]] = {}
    for quote in doc.quote_marks:
        by_paragraph.setdefault(quote.paragraph, []).append(quote.span)
    sentences = []
    for number, paragraph in enumerate(doc.paragraphs):
        for span in split_sentences(doc.text, paragraph, by_paragraph.get(number, ())):
            first = bisect.bisect_left(token_starts, span.start)
            end = bisect.bisect_left(token_starts, span.end)
            sentences.append(Sentence(span, first, end, number))
    return sentences


def quotes_of(doc: Document, include_terms: bool = False, beliefs: bool = True) -> list[Quote]:
    """The quotes of an annotated document, in document order.

    Direct quotes keep their own span; reported speech becomes INDIRECT, or
    MIXED when quoted fragments sit in its content. A report whose content
    overlaps a direct quote is dropped: the direct quote already says it.
    """
    ctx = Context(doc, beliefs=beliefs)
    # 1. Direct quotes (speech, not terms) and their speakers.
    speech = [marks for marks in doc.quote_marks if marks.is_speech]
    speech_spans = {marks.span for marks in speech}
    marked, marked_starts = ctx.mark_spans, ctx.mark_starts
    quotes: list[Quote] = []
    absorbed: set[Span] = set()  # quotes and fragments that are part of a MIXED quote
    direct_attributions = attribute_direct(ctx, speech)
    direct_cues = {
        a.cue for a in direct_attributions if a is not None and a.cue is not None and a.rule == "trailing cue"
    }
    uncued = {marks.span for marks, a in zip(speech, direct_attributions) if a is None or a.cue is None}
    speech_cues = {marks.span: a.cue for marks, a in zip(speech, direct_attributions) if a is not None and a.cue is not None}
    # 2. Reported speech; a report over quoted text becomes MIXED, one a direct quote says is dropped.
    for report in find_reports(ctx, skip_cues=direct_cues):
        overlapping = ctx.spans_overlapping(marked, marked_starts, report.content)
        quoted = _quote_then_its_cue(report, [span for span in overlapping if span in speech_spans], speech_cues)
        if quoted is not None:
            report = attrs.evolve(report, content=quoted)
            overlapping = ctx.spans_overlapping(marked, marked_starts, report.content)
            content: Span | None = quoted
        else:
            content = _before_speech(ctx, report, [span for span in overlapping if span in speech_spans])
        if content is None:
            continue  # a direct quote already says it
        inside = [span for span in overlapping if span.overlaps(content)]
        announced = _quote_after_colon(ctx, content, report.cue, speech_cues)
        if announced is not None and (_manner_phrase(ctx, content) or OBJECT_PRONOUN_FIRST.match(doc.text, content.start)):
            continue  # "said in a low voice: “…”", "wrote me the following note: “…”": the quote alone is what was said
        if announced is not None:
            content = Span(content.start, announced.end)
            inside.append(announced)
        elif inside and report.cue.start >= content.end:
            going_on = _quote_going_on(ctx, report.cue, uncued)
            if going_on is not None:
                content = Span(content.start, going_on.end)
                inside.append(going_on)
        absorbed.update(inside)
        kind = QuoteKind.MIXED if inside else QuoteKind.INDIRECT
        attribution = Attribution(
            report.speaker, report.cue, report.confidence, report.rule, phrase=report.speaker_phrase,
            relative=report.relative,
        )
        quotes.append(_quote(doc, content, kind, attribution, 0.8))
    # 3. The direct quotes no MIXED quote took in (with a quoted fragment joined to one by "and", MIXED);
    # 4. terms, when asked for.
    following = {marks.span: after for marks, after in zip(doc.quote_marks, doc.quote_marks[1:])}
    for marks, said_by in zip(speech, direct_attributions):
        if marks.span in absorbed:
            continue
        span, kind = _speech_span(doc, marks), QuoteKind.DIRECT
        lead_start = _lead_into_quote(ctx, marks, speech_cues.get(marks.span))
        if lead_start is not None:  # "In past seasons, “we could …,” Ruiz said."
            span, kind = Span(lead_start, span.end), QuoteKind.MIXED
        run_on_end = _quote_running_on(ctx, marks, following.get(marks.span), speech_cues.get(marks.span), uncued, absorbed)
        if run_on_end is not None:
            absorbed.add(following[marks.span].span)
            quotes.append(_quote(doc, Span(span.start, run_on_end), QuoteKind.MIXED, said_by, 0.9))
            continue
        joined = _joined_fragment(doc, marks, following.get(marks.span), absorbed)
        if joined is not None:
            absorbed.add(joined)
            span, kind = Span(span.start, joined.end), QuoteKind.MIXED
        quotes.append(_quote(doc, span, kind, said_by, 0.9 if marks.closed else 0.6))
    if include_terms:
        for span in marked:
            if span not in absorbed and span not in speech_spans:
                quotes.append(Quote(span, doc.text[span.start : span.end], QuoteKind.TERM, confidence=0.5))
    return sorted(quotes, key=lambda quote: (quote.span.start, quote.span.end))


#: "and" between two quotes of one list: ``chanted “Lock him up” and “Build the wall.”`` ("or" joins
#: alternatives, which novels annotate apart: PDNC, 5 such pairs).
QUOTES_JOINED = regex.compile(r"[^\S\n]*+,?[^\S\n]*+(?<=[\s,])and[^\S\n]++")


#: A quote whose last words end a clause or a sentence: "“…;”", "“… up there .”".
CLOSED_BY_STOP = regex.compile(r"[.!?;][^\S\n]*+(?:”|\"|''|’)$")


def _joined_fragment(doc: Document, marks: QuoteMarks, after: QuoteMarks | None, absorbed: set[Span]) -> Span | None:
    """A quoted fragment that a direct quote's "and" joins to it: ``chanted “Lock him up” and “Build the
    wall.”`` is one MIXED quote (PolNeAR train: annotated as one 8 times in 12, as the first quote alone
    never; PDNC novels: 2 such pairs, annotated apart once)."""
    if after is None or after.is_speech or after.span in absorbed or after.paragraph != marks.paragraph:
        return None
    if not QUOTES_JOINED.fullmatch(doc.text, marks.span.end, after.span.start):
        return None
    if CLOSED_BY_STOP.search(doc.text, marks.span.start, marks.span.end):
        return None  # "would say, “Don't put your feet up;” and “Don't scrunch up”": two lines of dialogue
    return after.span


#: A title or an initial whose stop ends no sentence: "Mr.", "Sen.", "W." (a regex fragment, for look-behinds).
TITLE_STOP = r"(?<!\p{L})(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Jr|Sr|St|\p{Lu})"

#: The rest of a cue's sentence ("said Victor Cha, a former aide", "Mr. Holtz-Eakin said") and its end (a regex
#: fragment): the stop of a title or of "Inc." ends no sentence.
REST_OF_SENTENCE = rf"(?:[^\n.!?]|(?<=(?<!\p{{L}})Inc|{TITLE_STOP})\.){{0,160}}+[.!?][^\S\n]++"

#: The rest of a cue's sentence, up to the next sentence's quote in the same paragraph.
CUE_SENTENCE_END = regex.compile(REST_OF_SENTENCE + "$")

#: The rest of a cue's sentence and the writer's words that open the next one, up to a quote: "…,” Ruiz said.
#: [Instead,] “he just …”", "…,” said Aida. [Biden] “kind of misspoke.”"
WORDS_INTO_QUOTE = regex.compile(REST_OF_SENTENCE + r"([^\n.!?“”\"]{1,80}+)$")

#: The rest of a cue's clause and "but"/"and" before a quote that goes on with the sentence: "“I love Larry,” he
#: said, but “when it comes to …”" (PolNeAR train 1 right of 1, dev 1 of 1).
CUE_THEN_JOINED = regex.compile(r"[^\n.!?“”\"]{0,160}?,[^\S\n]++(but|and)[^\S\n]++$")

#: Fewest words of a quote that runs on from another's cue.
MIN_RUN_ON_QUOTE_WORDS = 3

#: A quote closed by a comma, as before its own cue: "“…,”".
COMMA_CLOSED = regex.compile(r",(?:”|\"|''|’)$")

#: The words after a quote that ends mid-phrase, up to the sentence's end: "… to go after" [Osama bin Laden].",
#: "… for the middle class" [and other pocketbook issues]." (not a relative clause: ", which votes in June").
WORDS_AFTER_QUOTE = regex.compile(r"[^\S\n]++(?!(?:which|who|whom|whose)\b)\p{L}[^\n.!?“”\"]*+(?=[.!?])")

#: A quote whose last word has no punctuation before the closing mark: the sentence goes on after it.
OPEN_ENDED_QUOTE = regex.compile(r"[\p{L}\p{N}](?:”|\"|''|’)")


def _verbs_in(ctx: Context, words: str) -> Iterator[Verb]:
    """The cue verbs of the lexicon among ``words``, in order."""
    for word in LETTERS.finditer(words):
        verb = ctx.lexicon.verb_forms.get(word.group().lower())
        if verb is not None:
            yield verb


def _has_speech_verb(ctx: Context, words: str) -> bool:
    """Whether a speech verb is among ``words`` ("called", "remarked", "said")."""
    return any(verb.kind in ("speech", "weak") for verb in _verbs_in(ctx, words))


def _quote_running_on(
    ctx: Context, marks: QuoteMarks, after: QuoteMarks | None, cue: Span | None, uncued: set[Span], absorbed: set[Span]
) -> int | None:
    """The end of a MIXED quote made of a direct quote, its trailing cue, and the next sentence's uncued
    quote with the writer's words after it: ``“The pier is safe,” said Ruiz. “We will open it to bikes” and
    to carts by June.`` — one report up to the sentence end (PolNeAR train: 8 right of 9, dev 1 of 1; a quote
    with its own cue, or closed by punctuation, stands alone: "“Q1,” X said. “Q2.”" is two quotes 1237 times
    in 1261). Also a lower-case quote the writer's words lead into, with no cue among them: ``“The pier is
    safe,” said Ruiz. Instead, “it is a relic.”`` (train, all shapes with the two guards below: 15 right of 17)."""
    text = ctx.doc.text
    if after is None or cue is None or cue.start < marks.span.end or after.span in absorbed:
        return None
    if after.is_speech and after.span not in uncued:
        return None  # a quote with a cue of its own
    if after.paragraph != marks.paragraph or len(LETTERS.findall(text, after.span.start, after.span.end)) < MIN_RUN_ON_QUOTE_WORDS:
        return None  # "“Non-paper” is a term for …": a term, not the speaker's words
    lead = WORDS_INTO_QUOTE.match(text, cue.end, after.span.start)
    lead = lead or CUE_THEN_JOINED.match(text, cue.end, after.span.start)
    if lead is not None:
        if not _first_letter(text, after.span).islower() or _has_speech_verb(ctx, text[lead.start(1) : lead.end()]):
            return None  # "… he said. And Huckabee called for “…”": the quote has a cue of its own
        if COMMA_CLOSED.search(text, after.span.start, after.span.end):
            return None  # "But “it is a better use of capital,” he added": a cue follows
        return after.span.end
    if not CUE_SENTENCE_END.match(text, cue.end, after.span.start):
        return None
    if not OPEN_ENDED_QUOTE.search(text, after.span.end - 3, after.span.end):
        return None
    words = WORDS_AFTER_QUOTE.match(text, after.span.end)
    return None if words is None else int(words.end())


#: A quotation mark or a line break in the words before a quote: they are no lead of the writer's into it.
NOT_IN_LEAD = regex.compile(r"[\n“”\"‘]|''")

#: Fewest words of a lead into a quote.
MIN_LEAD_WORDS = 2


def _lead_into_quote(ctx: Context, marks: QuoteMarks, cue: Span | None) -> int | None:
    """The start of a MIXED quote whose sentence opens with the writer's words, a comma, then a quote in
    lower case with a trailing cue: ``In past seasons, “we could reach every rider by ferry,” Ruiz said.`` —
    one report from the sentence's first word (PolNeAR train: annotated so 13 times in 15, the quote alone
    twice; dev 1 of 2). A quote opening with a capital stands alone as often (train: 2 of 4), and in novels
    nearly always ("Another pair, “Bow-wow,” said Mrs Rattery."); a speech verb in the words before it is
    the quote's own cue ("Pence added, “…”")."""
    text = ctx.doc.text
    if cue is None or cue.start < marks.span.end:
        return None
    if not _first_letter(text, marks.span).islower():
        return None
    sentence = ctx.doc.sentences[ctx.doc.sentence_at(marks.span.start)]
    start = sentence.span.start
    while start < marks.span.start and text[start].isspace():
        start += 1
    lead = text[start : marks.span.start]
    if len(lead.split()) < MIN_LEAD_WORDS or not lead.rstrip().endswith(",") or NOT_IN_LEAD.search(lead):
        return None
    if any(verb.kind in ("speech", "weak", "dialogue") for verb in _verbs_in(ctx, lead)):
        return None
    return start


def _quote_going_on(ctx: Context, cue: Span, uncued: set[Span]) -> Span | None:
    """A direct quote that goes on with a MIXED report from the next sentence, with no cue of its own:
    ``Both parties “saw Burma as reeling,” said Victor Cha. “In that sense, it was an open door.”`` — one
    report from its first word to the quote's last (PolNeAR train, a mixed report closed by its cue and
    followed by an untagged quote: it goes on 30 times in 35; a quote with its own cue, 0 times in 16)."""
    position = bisect.bisect_left(ctx.quote_starts, cue.end)
    if position >= len(ctx.quote_spans):
        return None
    quote = ctx.quote_spans[position]
    if quote not in uncued or not CUE_SENTENCE_END.match(ctx.doc.text, cue.end, quote.start):
        return None
    return quote


#: Words that open a phrase of manner, time or place rather than reported content: "said [in a low voice]:
#: “…”", "wrote [back in 2015]:", "asked [when pressed]:" (PolNeAR train, 8 reports announcing a quote with
#: such a phrase: the quote annotated alone 6 times, with the phrase 2; PDNC novels: 23 of 50 such reports).
MANNER_OPENERS = PREPOSITIONS | frozenset("when back across as during".split())

#: An adverb of manner opening such a phrase: "said [pointedly, with a smile]:", "answered [shyly]:".
MANNER_ADVERB_WORD = regex.compile(r"\p{L}++(?<=\p{L}{2}ly)")

#: A colon closing reported content and the opening of the quote it announces.
COLON_BEFORE_QUOTE = regex.compile(r"[^\S\n]*+:[^\S\n]++")


#: An object pronoun opening a telling verb's object rather than its content: "wrote [me] the following note".
OBJECT_PRONOUN_FIRST = regex.compile(r"(?i)(?:me|him|us|them)\b")


def _quote_after_colon(ctx: Context, content: Span, cue: Span, speech_cues: dict[Span, Span]) -> Span | None:
    """A quote with no cue but the report's own that the report's content announces with a colon:
    ``Ms. Reyes said the mayor had one rule: “Never cancel a meeting.”`` — one MIXED report from the
    content's first word to the quote's last (PolNeAR train, 37 such pairs: annotated as one report 21
    times, the quote alone 14, the content alone 9; one prediction instead of two raises every F1)."""
    position = bisect.bisect_left(ctx.quote_starts, content.end)
    if position >= len(ctx.quote_spans):
        return None
    quote = ctx.quote_spans[position]
    if speech_cues.get(quote, cue) != cue or not COLON_BEFORE_QUOTE.fullmatch(ctx.doc.text, content.end, quote.start):
        return None
    return quote


def _manner_phrase(ctx: Context, content: Span) -> bool:
    """Whether content opens with a phrase of manner: "said [in a low voice]: “…”", "said [quietly]: “…”"."""
    first = LETTERS.search(ctx.doc.text, content.start, content.end)
    return first is None or first.group().lower() in MANNER_OPENERS or MANNER_ADVERB_WORD.fullmatch(first.group()) is not None


#: Fewest words a report keeps when a direct quote cuts its content short.
MIN_WORDS_BEFORE_QUOTE = 3


#: Separators after which a quote stands on its own instead of continuing a report; not the stop of a title
#: or an initial ("which Mr. Trump called ''a disgrace''", "George W. Bush").
STANDALONE_BEFORE = regex.compile(rf"[;:—–―]|--|(?<!{TITLE_STOP})[.!?][\"'”’]?\s")


#: Besides a word, what reported content may end with where it runs on into a quote: a comma, a plural
#: possessive ("respects Sanders’ “passion”") or the closing mark of a term ("“ethanol people” “do a
#: fantastic job”"); PolNeAR train: the last three give 7 more MIXED reports, all 7 right.
RUN_ON_ENDS = (",", "’", "'", "”", '"')


def _runs_into(ctx: Context, start: int, quote: Span) -> bool:
    """Whether reported content runs straight into a quote inside it, making it MIXED:
    ``Obama said, a majority of Americans now say “we must act.”``."""
    lead = ctx.doc.text[start : quote.start].rstrip()
    if len(lead.split()) < MIN_WORDS_BEFORE_QUOTE or STANDALONE_BEFORE.search(lead):
        return False
    return lead[-1:].isalnum() or lead.endswith(RUN_ON_ENDS)


#: The last clause before a quote: "O'Neill said," / "repeatedly says," / "told his audience on Monday,".
LAST_CLAUSE = regex.compile(r"(?:[^\s,;]++\s++){0,6}?[^\s,;]++,$")


#: The first letter of a quote, after its marks.
FIRST_LETTER = regex.compile(r"[^\p{L}]{1,4}+(\p{L})")


def _first_letter(text: str, quote: Span) -> str:
    """The first letter of a quote after its opening marks, or "" when none comes within a few characters."""
    first = FIRST_LETTER.match(text, quote.start, min(quote.end, quote.start + 8))
    return "" if first is None else first.group(1)

#: Verbs that name rather than introduce speech: "called them, ''Manchurian anchors''".
NAMING_VERBS = frozenset({"call", "dub", "label", "term", "brand"})


#: A run of letters: a word.
LETTERS = regex.compile(r"\p{L}++")


def _own_cue(ctx: Context, start: int, quote: Span) -> int | None:
    """Where the clause that introduces a quote starts, if it has a speech verb and
    ends with the comma before the quote: ``Asked about it, [O'Neill said,] “…”``."""
    if not _first_letter(ctx.doc.text, quote).isupper():
        return None  # "called them, ''manchurian anchors''": a fragment, not a sentence
    lead = ctx.doc.text[max(start, quote.start - 120) : quote.start].rstrip()
    clause = LAST_CLAUSE.search(lead)
    if clause is None:
        return None
    if any(verb.kind == "speech" and verb.lemma not in NAMING_VERBS for verb in _verbs_in(ctx, clause.group())):
        return max(start, quote.start - 120) + int(clause.start())
    return None


def _quote_then_its_cue(report: Report, speech: list[Span], cues: dict[Span, Span]) -> Span | None:
    """``“Nothing truly prepares you …,” the president will say, according to excerpts of his speech.``:
    an "according to" report over a direct quote and the quote's own cue is one report, the source's,
    from the quote's first mark to its cue (PolNeAR train: the outer report is annotated 6 times in 10,
    the direct quote alone never). Its span, or None for another shape."""
    if report.rule != "according to" or len(speech) != 1:
        return None
    quote = speech[0]
    cue = cues.get(quote)
    if cue is None or not (quote.end <= cue.start and cue.end <= report.content.end) or report.content.start < quote.start - 1:
        return None
    return Span(min(quote.start, report.content.start), report.content.end)


def _before_speech(ctx: Context, report: Report, speech: list[Span]) -> Span | None:
    """A report's content, cut short before the first direct quote inside it; None when
    the quote starts it or too little is left: direct quotes stand on their own. A quote
    with its own cue (``Asked about it, O'Neill said, “Not going to go into that.”``)
    stands on its own too, and its cue clause is no content either."""
    doc, content = ctx.doc, report.content
    first = next((span for span in speech if span.overlaps(content)), None)
    if first is None:
        return content
    own_cue = _own_cue(ctx, min(report.cue.start, content.start), first)
    if own_cue is None and _runs_into(ctx, content.start, first):
        return content
    end = max(content.start, own_cue) if own_cue is not None else first.start
    while end > content.start and (doc.text[end - 1].isspace() or doc.text[end - 1] in ",;:—–-"):
        end -= 1
    if len(doc.text[content.start : end].split()) < MIN_WORDS_BEFORE_QUOTE:
        return None
    return Span(content.start, end)


def _speech_span(doc: Document, marks: QuoteMarks) -> Span:
    """The quote's span; a transcript line's speech starts after its label ("PENCE: ")."""
    if marks.label is None:
        return marks.span
    start = marks.label.end + 1
    while start < marks.span.end and doc.text[start].isspace():
        start += 1
    return Span(start, marks.span.end)


def _quote(doc: Document, span: Span, kind: QuoteKind, attribution: Attribution | None, found: float) -> Quote:
    speaker = speaker_of(doc, attribution)
    addressee = None
    if attribution is not None and attribution.addressee is not None:
        addressee = speaker_of(doc, Attribution(attribution.addressee, None, attribution.confidence * 0.7, "addressee"))
    confidence = found * (speaker.confidence if speaker else 0.3)
    return Quote(
        span,
        doc.text[span.start : span.end],
        kind,
        speaker=speaker,
        cue=attribution.cue if attribution else None,
        confidence=round(confidence, 3),
        addressee=addressee,
    )
