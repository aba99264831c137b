"""The rules for a named source without a speech verb.

- ``According to Reuters, CONTENT.`` / ``CONTENT, according to Reuters.`` → :func:`according_to`
- ``Lewandowski: CONTENT`` (a headline or transcript label) → :func:`colon_source`
- ``… sent him an unmistakable message: CONTENT`` (a noun of speech before a colon) → :func:`colon_noun`
- ``In a speech last July, he said:⏎⏎CONTENT`` (a cue closing its paragraph with a colon announces the
  unquoted paragraphs after it) → :func:`announced_paragraphs`, and :func:`_into_announced_paragraphs`
  for a report another rule found

Flow: text → tokens → quote candidates → cues and mentions → entities → speakers → Quote.

:func:`quoteattr.quotes.reported.find_reports` runs these per paragraph, per document, per sentence
or (``announced_paragraphs``, before the verb rules) per cue verb. Builds on :mod:`.content` and
:mod:`.subjects`.
"""

from __future__ import annotations

from collections.abc import Iterator

import attrs
import regex

from quoteattr.attribution.context import Context
from quoteattr.document import Sentence
from quoteattr.model import Span
from quoteattr.quotes.reported.content import MIN_CONTENT_WORDS, WINDOW, _content_end
from quoteattr.quotes.reported.report import Report
from quoteattr.quotes.reported.subjects import _cue_speaker
from quoteattr.text.titlecase import is_title_case

#: A source named after "according to": up to the next comma or stop.
SOURCE_PHRASE = regex.compile(r"\s*+([^,.;]{1,60}+)")


ACCORDING_TO = regex.compile(r"(?i)\baccording\s+to\b")


def according_to(ctx: Context, sentence: Sentence) -> Iterator[Report]:
    """``According to Reuters, CONTENT.`` / ``CONTENT, according to Reuters.`` /
    ``Fundraising, according to the campaign, has surged.`` (a word or two, the source, the rest)"""
    text = ctx.doc.text
    for match in ACCORDING_TO.finditer(text, sentence.span.start, sentence.span.end):
        if ctx.inside_quote(match.start()):
            continue
        if match.start() == sentence.span.start:
            comma = text.find(",", match.end(), sentence.span.end)
            if comma <= match.end() + 1:
                continue  # no source named before the comma: "According to, …"
            speaker = _first_mention(ctx, match.end(), comma)  # not a name inside the content
            start = comma + 1
            while start < sentence.span.end and text[start].isspace():
                start += 1
            end = _content_end(ctx, sentence, start)
            phrase = Span(match.end() + 1, comma) if speaker is None else None
        else:
            speaker = _first_mention(ctx, match.end(), sentence.span.end)
            start = sentence.span.start
            end = match.start()
            while end > start and text[end - 1] in " ,—–":
                end -= 1
            named = _phrase_after(text, match.end(), sentence.span.end)
            if speaker is not None and (named is None or ctx.mention(speaker).span.start >= named.end):
                speaker = None  # "…, according to exit polls), New Hampshire …": a name past the source is not it (PolNeAR train: 3 right more, none lost)
            phrase = named if speaker is None else None
            comma = text.find(",", match.end(), sentence.span.end)
            if len(text[start:end].split()) < MIN_CONTENT_WORDS and comma > match.end() + 1:
                # "Fundraising, according to the campaign, has surged …", "Now, according to the poll, some
                # are swinging": the clause goes on after the source.
                speaker = _first_mention(ctx, match.end(), comma)
                phrase = Span(match.end() + 1, comma) if speaker is None else None
                end = _content_end(ctx, sentence, comma + 1)
            elif comma > match.end() + 1 and (
                CONTINUED_AFTER_SOURCE.match(text, comma, sentence.span.end) or _fronted_before_source(text, start, end, comma)
            ):
                end = _content_end(ctx, sentence, comma + 1)
        if len(text[start:end].split()) >= MIN_CONTENT_WORDS:
            yield Report(Span(start, end), Span(match.start(), match.end()), speaker, phrase, 0.85, "according to")


def _first_mention(ctx: Context, start: int, end: int) -> int | None:
    """The first mention in ``[start, end)``: the source named after "according to"."""
    found = ctx.mentions_between(start, end)
    return found[0] if len(found) else None


#: The sentence going on after an "according to" source: "The top 1 percent paid 25 percent, according to the
#: CBO, and the top 10 percent paid 69 percent" is one report of both clauses (PolNeAR train +1 right, dev +2;
#: "but"/"while" as well lost one on train).
CONTINUED_AFTER_SOURCE = regex.compile(r",\s++and\s++\p{L}")


#: An opening phrase before a mid-sentence source, the clause still to come: "[Since last November], according
#: to X, forces have killed …", "[Over the long term], according to …" (PolNeAR train: 3 more right reports,
#: none lost; annotators run such reports through the source to the sentence end).
FRONTED_PHRASE = regex.compile(
    r"(?i)(?:since|over|among|at|about|in|on|during|after|before|until|for|by|from|with|under|into|of)\s[^,;:]++"
)

#: A verb right after a mid-sentence source: the words before it are its subject, "[Notably absent from the
#: talks], according to X, [was any mention of …]" (PolNeAR train: 1 more right report, none lost).
VERB_AFTER_SOURCE = regex.compile(r",\s++(?:is|are|was|were|has|have|had|include|includes|included|remain|remains|remained)\s")


def _fronted_before_source(text: str, start: int, end: int, comma: int) -> bool:
    """Whether the words before a mid-sentence "according to" source are no clause of their own, so the
    report goes on after the source: an opening phrase, or a subject whose verb follows the source."""
    return bool(FRONTED_PHRASE.fullmatch(text, start, end) or VERB_AFTER_SOURCE.match(text, comma))


def _phrase_after(text: str, start: int, end: int) -> Span | None:
    match = SOURCE_PHRASE.match(text, start, min(end, start + WINDOW))
    return Span(match.start(1), match.end(1)) if match else None


#: A headline or transcript attribution: "Gingrich: Trump Must Decide", "Poll: Trump leads".
COLON_SOURCE = regex.compile(r"(?P<source>\p{Lu}[\p{L}\p{N}.'’\- ]{0,40}?):[^\S\n]++(?P<content>[^\"“”'‘’\n][^\n]{8,}+)")


def _label_like(source: str) -> bool:
    """Whether the words before a colon read as a speaker's label, every word capitalized: ``TRUMP``,
    ``Jake Tapper``, ``Poll`` — not a clause or a phrase (``Here’s a devilish hunch``, ``One conclusion``).
    PolNeAR train: with a lowercase word the colon content was annotated 29 times in 113, and the reports
    nested in it were annotated 80 times."""
    return is_title_case(source.split(), lambda word: False)  # no word may stay in lower case


#: Fewest words of a colon source's content: shorter ones are list entries ("Rubio: Finish second", "Carson: A
#: miracle") or credits (PolNeAR train: 1 right report in 9).
MIN_COLON_CONTENT_WORDS = 4


def colon_source(ctx: Context, paragraph: Span) -> Report | None:
    """``Lewandowski: FBI director acted as judge and jury`` — a short source, a colon, content."""
    match = COLON_SOURCE.match(ctx.doc.text, paragraph.start, paragraph.end)
    if match is None or len(match.group("source").split()) > 4:
        return None
    if match.group("source").strip().lower() in ctx.lexicon.section_labels:
        return None  # "The Latest: …", "Contributing: …"
    if len(match.group("source").strip()) == 1:
        return None  # "Q: …" / "A: I think …": an interview turn, its reports nested in it (PolNeAR train: 0 of 54)
    if not _label_like(match.group("source")):
        return None  # "The group was diverse: black and white, …": a clause before a colon, no source
    content_end = paragraph.end
    while content_end > match.start("content") and ctx.doc.text[content_end - 1] in " .":
        content_end -= 1
    if len(ctx.doc.text[match.start("content") : content_end].split()) < MIN_COLON_CONTENT_WORDS:
        return None  # "Ruiz: Finish second", "Byline: Ana Ruiz": a list entry or a credit
    mentions = ctx.mentions_between(match.start("source"), match.end("source"))
    source = Span(match.start("source"), match.end("source"))
    return Report(
        Span(match.start("content"), content_end),
        Span(match.end("source"), match.end("source") + 1),
        mentions[0] if mentions else None,
        None if mentions else source,
        0.6,
        "colon source",
    )


#: After a colon, the space and the first character of unquoted content on the same line: "message: He must …".
UNQUOTED_AFTER_COLON = regex.compile(r"[^\S\n]++(?=[^\s\"“”‘’'<])")

#: Lower-case prepositions before a colon noun's phrase: "with a message: …", "in one simple question: …" name
#: no report (PolNeAR train: 0 of 2); "of" stays ("many of the same arguments: …", 1 of 1).
COLON_NOUN_PREPOSITIONS = frozenset("with in for to by on at from about into".split())

#: Words before a colon noun searched for such a preposition: "with [a blunt] message:".
COLON_NOUN_REACH = 3

#: Confidence of a colon noun's report: below the verb rules, which win an overlap.
COLON_NOUN_CONFIDENCE = 0.6


def _colon_noun_phrase(ctx: Context, sentence: Sentence, noun: int) -> bool:
    """Whether a noun before a colon closes a phrase of the sentence (not a label opening it, "Question:",
    nor the object of a preposition, "with a message:")."""
    if noun <= sentence.first_token or not ctx.word(noun - 1)[:1].isalnum():
        return False
    first = max(sentence.first_token, noun - COLON_NOUN_REACH)
    return not any(ctx.word(index) in COLON_NOUN_PREPOSITIONS for index in range(first, noun))


def colon_noun(ctx: Context) -> Iterator[Report]:
    """``The party's leaders sent him an unmistakable message: He is hurting the party.`` — a noun of speech
    (lexicons/colon_nouns.txt) announces unquoted content after a colon: the rest of the paragraph; the
    sentence's first person speaks. PolNeAR train: 10 of 12 such contents annotated."""
    text, doc = ctx.doc.text, ctx.doc
    colon = text.find(":")
    while colon >= 0:
        word_start = colon
        while word_start > 0 and text[word_start - 1].isalpha():
            word_start -= 1
        after = UNQUOTED_AFTER_COLON.match(text, colon + 1) if text[word_start:colon].lower() in ctx.lexicon.colon_nouns else None
        if after is not None and not ctx.inside_speech(colon):
            noun = doc.token_at(word_start)
            sentence = doc.sentences[doc.sentence_at(word_start)]
            start = after.end()
            end = text.find("\n", start)
            end = len(text) if end < 0 else end
            while end > start and text[end - 1].isspace():
                end -= 1
            asked = text[end - 1 : end] == "?"  # "one simple question: What does he want?" (train: 1 of 3 annotated)
            end -= text[end - 1 : end] == "."
            if _colon_noun_phrase(ctx, sentence, noun) and len(text[start:end].split()) >= MIN_CONTENT_WORDS and not asked:
                speakers = ctx.persons_between(sentence.span.start, word_start)
                cue = Span(word_start, colon)
                yield Report(Span(start, end), cue, speakers[0] if speakers else None, None, COLON_NOUN_CONFIDENCE, "colon noun")
        colon = text.find(":", colon + 1)


#: A colon that closes its paragraph: "In a speech last July, he said:⏎" (a few spaces around it at most).
COLON_AT_PARAGRAPH_END = regex.compile(r"[^\S\n]{0,8}+:[^\S\n]{0,8}+(?:\n|$)")

#: How far :data:`COLON_AT_PARAGRAPH_END` may look: `regex` scans up to the end position it is given, so a
#: match without one costs the rest of the text (quadratic in a paragraph with a cue every few words).
COLON_WINDOW = 20


def _colon_ends_paragraph(text: str, offset: int) -> bool:
    """Whether a colon right after ``offset`` closes its paragraph (a line break or the text end follows)."""
    found = COLON_AT_PARAGRAPH_END.match(text, offset, min(len(text), offset + COLON_WINDOW))
    return found is not None and (found.group().endswith("\n") or found.end() == len(text))


#: Most paragraphs a cue closing its paragraph with a colon announces (PolNeAR train: the content ran over 1 to 4).
MAX_ANNOUNCED_PARAGRAPHS = 4

#: What opens a paragraph no announced content runs into: a quotation mark (a direct quote the cue tags) or
#: markup ("<tweet …>").
NOT_ANNOUNCED_OPENERS = tuple("“\"'‘<")


def _announced_first(ctx: Context, offset: int) -> int | None:
    """The index of the paragraph a colon right after ``offset`` announces: the next one, when the colon
    closes its paragraph and the next opens with no quotation mark or markup."""
    doc = ctx.doc
    if not _colon_ends_paragraph(doc.text, offset):
        return None
    first = doc.paragraph_at(offset) + 1
    if first >= len(doc.paragraphs) or doc.text[doc.paragraphs[first].start : doc.paragraphs[first].start + 1] in NOT_ANNOUNCED_OPENERS:
        return None
    return first


def _has_speech_cue(ctx: Context, paragraph: Span) -> bool:
    """Whether a paragraph has a speech cue of its own ("He writes in the column that …")."""
    return any(ctx.verb_kind(index) in ("speech", "dialogue") for index in ctx.doc.tokens_in(paragraph))


def _announced_end(ctx: Context, first: int) -> int:
    """Where the paragraphs a cue announces end, from paragraph index ``first``: before a paragraph that opens
    with a quotation mark, has a speech cue of its own ("He writes in the column that …") or follows one
    ending with a colon; after :data:`MAX_ANNOUNCED_PARAGRAPHS` at most."""
    doc = ctx.doc
    last = first
    while last + 1 < min(len(doc.paragraphs), first + MAX_ANNOUNCED_PARAGRAPHS):
        following = doc.paragraphs[last + 1]
        if doc.text[following.start : following.start + 1] in NOT_ANNOUNCED_OPENERS:
            break
        if doc.text[doc.paragraphs[last].start : doc.paragraphs[last].end].rstrip().endswith(":"):
            break
        if _has_speech_cue(ctx, following):
            break
        last += 1
    end = doc.paragraphs[last].end
    while end > doc.paragraphs[first].start and doc.text[end - 1] in " .\t\n\u00a0":
        end -= 1
    return end


def _into_announced_paragraphs(ctx: Context, report: Report) -> Report:
    """A content that closes its paragraph with a colon runs on into the unquoted paragraphs it announces:
    ``… said Clinton has these tasks tonight:⏎⏎Sell her plan.⏎Be the one who shines.`` — unless the first
    of them has a speech cue of its own ("Clinton said that she was …": PolNeAR train, the content stopped at
    the colon in 4 such cases of 4; without one, it ran on 4 times in 6)."""
    first = _announced_first(ctx, report.content.end)
    if first is None or _has_speech_cue(ctx, ctx.doc.paragraphs[first]):
        return report
    return attrs.evolve(report, content=Span(report.content.start, _announced_end(ctx, first)))


def announced_paragraphs(ctx: Context, sentence: Sentence, verb: int) -> Report | None:
    """``In a speech last July, he said:⏎⏎Let no one be mistaken – …`` — a speech cue closing its paragraph
    with a colon (after "that", too) announces the unquoted paragraphs that follow (:func:`_announced_end`).
    PolNeAR train: 5 of 5 such contents annotated, over 1 to 4 paragraphs."""
    doc, text = ctx.doc, ctx.doc.text
    if ctx.verb_kind(verb) != "speech":
        return None
    after = doc.tokens[verb].end
    if verb + 1 < len(doc.tokens) and ctx.word(verb + 1).lower() == "that":
        after = doc.tokens[verb + 1].end  # "Soerens argued that:"
    first = _announced_first(ctx, after)
    if first is None or doc.paragraphs[first].start <= after:
        return None
    start = doc.paragraphs[first].start
    end = _announced_end(ctx, first)
    if len(text[start:end].split()) < MIN_CONTENT_WORDS:
        return None
    speaker, phrase = _cue_speaker(ctx, sentence, verb, start, end)
    if speaker is None and phrase is None:
        return None
    return Report(Span(start, end), ctx.cue_span(verb), speaker, phrase, 0.8, "announced paragraphs")
