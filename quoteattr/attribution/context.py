"""What attribution rules look at: the tokens, cues and mentions around a quote."""

from __future__ import annotations

import bisect

import attrs

from quoteattr import lexicons
from quoteattr.document import Document, Mention, MentionKind
from quoteattr.model import Span


@attrs.frozen
class Attribution:
    """A speaker decision for one quote, with the rule that made it."""

    mention: int | None  # index into Document.mentions
    cue: Span | None
    confidence: float
    rule: str
    addressee: int | None = None


class Context:
    """Lookups shared by the rules: cue verbs and mentions by position."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.lexicon = lexicons.load()
        self.mention_starts = [mention.span.start for mention in doc.mentions]
        self.quote_spans = [q.span for q in doc.quote_marks if not q.is_term]
        self.quote_starts = [span.start for span in self.quote_spans]

    def word(self, index: int) -> str:
        token = self.doc.tokens[index]
        return self.doc.text[token.start : token.end]

    def is_speech_verb(self, index: int) -> bool:
        verb = self.lexicon.verb_forms.get(self.word(index).lower())
        return verb is not None and verb.kind == "speech"

    def inside_quote(self, offset: int) -> bool:
        position = bisect.bisect_right(self.quote_starts, offset) - 1
        return position >= 0 and offset < self.quote_spans[position].end

    def next_quote_start(self, offset: int) -> int:
        """Start of the first quote at or after ``offset`` (the text length if none)."""
        position = bisect.bisect_left(self.quote_starts, offset)
        return self.quote_starts[position] if position < len(self.quote_starts) else len(self.doc.text)

    def previous_quote_end(self, offset: int) -> int:
        """End of the last quote that ends at or before ``offset`` (0 if none)."""
        position = bisect.bisect_left(self.quote_starts, offset) - 1
        return self.quote_spans[position].end if position >= 0 else 0

    def quote_spans_near(self, span: Span) -> list[Span]:
        """The quotes that start inside ``span``."""
        first = bisect.bisect_left(self.quote_starts, span.start)
        end = bisect.bisect_left(self.quote_starts, span.end)
        return self.quote_spans[first:end]

    def mentions_between(self, start: int, end: int) -> range:
        """Indices of mentions that start in ``[start, end)``."""
        return range(
            bisect.bisect_left(self.mention_starts, start),
            bisect.bisect_left(self.mention_starts, end),
        )

    def mention(self, index: int) -> Mention:
        return self.doc.mentions[index]

    def is_person_like(self, index: int) -> bool:
        mention = self.doc.mentions[index]
        return mention.kind is not MentionKind.PRONOUN or mention.gender != "N"

    def cue_span(self, index: int) -> Span:
        token = self.doc.tokens[index]
        return Span(token.start, token.end)
