"""The annotated document: what every stage reads and writes.

Like spaCy's ``Doc``, it knows nothing of the components that fill it. The
text layer (or a backend such as stanza) fills tokens, sentences and
paragraphs; the detectors add quote candidates, cues and mentions; the
coreference stage groups mentions into entities. All offsets are character
offsets into the original ``text``.
"""

from __future__ import annotations

import bisect
import enum

import attrs

from quoteattr.model import Character, Span


@attrs.define(slots=True)
class Token:
    """A token with its offsets; syntax fields are set only by a parsing backend."""

    start: int
    end: int
    lemma: str | None = None
    upos: str | None = None
    head: int = -1  # index of the head token in Document.tokens, -1 for the root
    deprel: str | None = None
    ner: str | None = None  # BIOES tag such as "S-PERSON", set by an NER backend


@attrs.frozen
class Sentence:
    span: Span
    first_token: int  # index into Document.tokens
    end_token: int  # one past the last token
    paragraph: int


@attrs.frozen
class QuoteMarks:
    """Text between paired quotation marks, found by the direct-quote detector."""

    span: Span  # including the marks
    paragraph: int
    closed: bool = True  # False: ran to the end of the paragraph without a closing mark
    is_term: bool = False  # a title or scare quote, not speech
    embedded: bool = False  # a fragment inside a sentence ("called it “a disaster”"): part of a MIXED quote
    label: Span | None = None  # a transcript speaker label right after the mark: "PENCE: …"

    @property
    def is_speech(self) -> bool:
        """A quote that stands as direct speech on its own."""
        return not (self.is_term or self.embedded)


class MentionKind(str, enum.Enum):
    NAME = "name"  # "Dmitry Peskov", "Mr. Darcy"
    ORGANIZATION = "organization"  # "the Kremlin"
    ROLE = "role"  # "the spokesman", "officials", "the old man"
    PRONOUN = "pronoun"  # "he", "they"


@attrs.define(slots=True)
class Mention:
    """A stretch of text that refers to a possible speaker."""

    span: Span
    kind: MentionKind
    text: str
    gender: str = "-"  # "M", "F" or "-" when unknown
    plural: bool = False
    entity: int | None = None  # index into Document.entities, set by coreference


@attrs.define(slots=True)
class Entity:
    """A person or organisation: the mentions that corefer, and its canonical name."""

    name: str
    gender: str = "-"
    plural: bool = False
    mentions: list[int] = attrs.Factory(list)  # indices into Document.mentions
    character: Character | None = None  # the user-supplied character it maps to


@attrs.define
class Document:
    text: str
    tokens: list[Token] = attrs.Factory(list)
    sentences: list[Sentence] = attrs.Factory(list)
    paragraphs: list[Span] = attrs.Factory(list)
    quote_marks: list[QuoteMarks] = attrs.Factory(list)
    mentions: list[Mention] = attrs.Factory(list)
    entities: list[Entity] = attrs.Factory(list)
    antecedents: dict[int, list[int]] = attrs.Factory(dict)  # pronoun mention -> ranked entities
    has_syntax: bool = False
    characters: tuple[Character, ...] = ()
    words: list[str] = attrs.field(factory=list, repr=False)  # the text of each token, read by every stage
    _sentence_starts: list[int] = attrs.field(factory=list, repr=False)
    _token_starts: list[int] = attrs.field(factory=list, repr=False)
    _paragraph_starts: list[int] = attrs.field(factory=list, repr=False)

    def index(self) -> None:
        """Build the offset lookups; call after tokens and sentences are set."""
        self._sentence_starts = [sentence.span.start for sentence in self.sentences]
        self._token_starts = [token.start for token in self.tokens]
        self.words = [self.text[token.start : token.end] for token in self.tokens]
        self._paragraph_starts = [paragraph.start for paragraph in self.paragraphs]

    def sentence_at(self, offset: int) -> int:
        """Index of the sentence containing (or last starting before) ``offset``."""
        return max(bisect.bisect_right(self._sentence_starts, offset) - 1, 0)

    def token_at(self, offset: int) -> int:
        """Index of the token starting at or last before ``offset``."""
        return max(bisect.bisect_right(self._token_starts, offset) - 1, 0)

    def tokens_in(self, span: Span) -> range:
        """Indices of the tokens that lie inside ``span``."""
        first = bisect.bisect_left(self._token_starts, span.start)
        end = bisect.bisect_left(self._token_starts, span.end)
        return range(first, end)

    def paragraph_at(self, offset: int) -> int:
        """Index of the paragraph containing (or last starting before) ``offset``."""
        return max(bisect.bisect_right(self._paragraph_starts, offset) - 1, 0)
