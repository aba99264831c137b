"""The value every reported-speech rule returns: :class:`Report`.

Flow: text → tokens → quote candidates → cues and mentions → entities → speakers → Quote.

Reported speech runs after entities (a report needs the mention of its cue's subject); each rule
module of this package builds ``Report`` values, :func:`quoteattr.quotes.reported.find_reports`
collects them, and ``pipeline`` turns the survivors into INDIRECT or MIXED quotes. This module
imports nothing else of the package, so every other module can import it.
"""

from __future__ import annotations

import attrs

from quoteattr.model import Span


@attrs.frozen
class Report:
    """An indirect-speech candidate."""

    content: Span
    cue: Span
    speaker: int | None  # mention index
    speaker_phrase: Span | None  # a subject that is not a known mention ("the report")
    confidence: float
    rule: str
    relative: Span | None = None  # "Ruiz, who said …": the pronoun standing for the speaker
