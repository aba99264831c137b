"""Public value classes: what `quoteattr.extract` returns.

Small, frozen, slotted and typed (attrs). They carry data and cheap derived
properties only; everything that fills them lives in the pipeline modules.
"""

from __future__ import annotations

import enum
from typing import Any

import attrs


def _non_negative(instance: object, attribute: attrs.Attribute[int], value: int) -> None:
    if value < 0:
        raise ValueError(f"{attribute.name} must be >= 0, got {value}")


@attrs.frozen(order=True)
class Span:
    """A half-open character range ``[start, end)`` into the original text."""

    start: int = attrs.field(validator=_non_negative)
    end: int = attrs.field(validator=_non_negative)

    def __attrs_post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError(f"Span end {self.end} is before start {self.start}")

    def __len__(self) -> int:
        return self.end - self.start

    def of(self, text: str) -> str:
        """The slice of ``text`` this span covers."""
        return text[self.start : self.end]

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end

    def contains(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end

    def to_dict(self) -> dict[str, int]:
        return {"start": self.start, "end": self.end}


class QuoteKind(str, enum.Enum):
    """How the words are reported."""

    DIRECT = "direct"  # "We will win," she said.
    INDIRECT = "indirect"  # She said that they would win.
    MIXED = "mixed"  # She said they would win "without a doubt".
    TERM = "term"  # the so-called "special operation": quoted, but not speech

    def __str__(self) -> str:
        return self.value


@attrs.frozen
class Speaker:
    """Who said it.

    ``name`` is the canonical name of the entity (its most complete proper
    name, or the user's character name); ``mention`` is the span of the text
    that locally refers to it ("he", "the spokesman", "Peskov"), if any.
    """

    name: str
    mention: Span | None = None
    confidence: float = 1.0
    gender: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "mention": self.mention.to_dict() if self.mention else None,
            "confidence": round(self.confidence, 3),
            "gender": self.gender,
        }


@attrs.frozen
class Quote:
    """One quotation: its span in the text, its kind, cue and speaker.

    ``text[quote.span.start:quote.span.end] == quote.text`` always holds.
    A direct quote's span includes its quotation marks; an indirect quote's
    span is the reported content only.
    """

    span: Span
    text: str
    kind: QuoteKind
    speaker: Speaker | None = None
    cue: Span | None = None
    confidence: float = 0.5
    addressee: Speaker | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": self.span.start,
            "end": self.span.end,
            "text": self.text,
            "kind": self.kind.value,
            "speaker": self.speaker.to_dict() if self.speaker else None,
            "cue": self.cue.to_dict() if self.cue else None,
            "confidence": round(self.confidence, 3),
            "addressee": self.addressee.to_dict() if self.addressee else None,
        }


def _aliases(value: Any) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value,)
    return tuple(value)


@attrs.frozen
class Character:
    """A user-supplied entity: the cast of a novel, the people of an article.

    Speakers found in the text are mapped onto these names.
    """

    name: str
    aliases: tuple[str, ...] = attrs.field(default=(), converter=_aliases)
    gender: str | None = None  # "M", "F" or None
