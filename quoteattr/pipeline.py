"""From text to quotes: the stages in order.

text → tokens / paragraphs → direct-quote candidates → sentences →
mentions → entities (coreference) → speakers → quotes.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable

from quoteattr import coref, mentions
from quoteattr.attribution.context import Context
from quoteattr.attribution.speakers import attribute_direct, speaker_of
from quoteattr.document import Document, Sentence
from quoteattr.model import Character, Quote, QuoteKind
from quoteattr.quotes.direct import find_direct_quotes
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
    by_paragraph: dict[int, list] = {}
    for quote in doc.quote_marks:
        by_paragraph.setdefault(quote.paragraph, []).append(quote.span)
    sentences = []
    for number, paragraph in enumerate(doc.paragraphs):
        for span in split_sentences(doc.text, paragraph, by_paragraph.get(number, ())):
            first = bisect.bisect_left(token_starts, span.start)
            end = bisect.bisect_left(token_starts, span.end)
            sentences.append(Sentence(span, first, end, number))
    return sentences


def quotes_of(doc: Document, include_terms: bool = False) -> list[Quote]:
    """The quotes of an annotated document, in document order."""
    ctx = Context(doc)
    speech = [marks for marks in doc.quote_marks if not marks.is_term]
    attributions = dict(zip(map(id, speech), attribute_direct(ctx, speech)))
    quotes = []
    for marks in doc.quote_marks:
        span = marks.span
        if marks.is_term:
            if include_terms:
                quotes.append(Quote(span, doc.text[span.start : span.end], QuoteKind.TERM, confidence=0.5))
            continue
        attribution = attributions[id(marks)]
        speaker = speaker_of(doc, attribution)
        confidence = (0.9 if marks.closed else 0.6) * (speaker.confidence if speaker else 0.3)
        quotes.append(
            Quote(
                span,
                doc.text[span.start : span.end],
                QuoteKind.DIRECT,
                speaker=speaker,
                cue=attribution.cue if attribution else None,
                confidence=round(confidence, 3),
            )
        )
    return quotes
