"""Backends fill the annotated document; the attribution engine is shared.

A backend turns text into a :class:`~quoteattr.document.Document` with
tokens, sentences, paragraphs, direct-quote candidates, mentions and
entities. The embedded rule backend needs nothing; a parsing backend (stanza)
also sets syntax on tokens and ``has_syntax``, which enables the syntax rules.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

from quoteattr.document import Document
from quoteattr.model import Character


class Backend(Protocol):
    """What the attribution engine needs from a backend."""

    name: str

    def annotate(self, text: str, characters: Iterable[Character] = ()) -> Document:
        """The annotated document for ``text``: offsets into ``text`` itself."""
        ...


class RuleBackend:
    """The embedded engine: rule tokenizer, segmenter, mentions and coreference. No models."""

    name = "rules"

    def annotate(self, text: str, characters: Iterable[Character] = ()) -> Document:
        from quoteattr.pipeline import annotate

        return annotate(text, characters)

    def __repr__(self) -> str:
        return "RuleBackend()"
