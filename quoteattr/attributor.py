"""The object form of the API: a configured backend reused across documents."""

from __future__ import annotations

from collections.abc import Iterable

from quoteattr.backends import Backend, RuleBackend
from quoteattr.model import Character, Quote


def _check_text(text: object) -> str:
    if isinstance(text, str):
        return text
    hint = ": decode bytes first, e.g. data.decode('utf-8')" if isinstance(text, (bytes, bytearray)) else ""
    raise TypeError(f"quoteattr expects text as str, got {type(text).__name__}{hint}")


def make_backend(backend: str | Backend) -> Backend:
    """A backend from its name ("rules", "stanza") or a ready instance."""
    if not isinstance(backend, str):
        return backend
    if backend == "rules":
        return RuleBackend()
    if backend == "stanza":
        from quoteattr.backends.stanza import StanzaBackend

        return StanzaBackend()
    raise ValueError(f"unknown backend {backend!r}: use 'rules' or 'stanza'")


class Attributor:
    """Extracts quotes with one backend, loaded once and reused.

    >>> from quoteattr import Attributor
    >>> attributor = Attributor()
    >>> [q.speaker.name for q in attributor.extract('“Yes,” said Anna Karenina.')]
    ['Anna Karenina']
    """

    def __init__(
        self,
        backend: str | Backend = "rules",
        *,
        characters: Iterable[Character] = (),
        include_terms: bool = False,
        beliefs: bool = True,
    ) -> None:
        self.backend = make_backend(backend)
        self.characters = tuple(characters)
        self.include_terms = include_terms
        self.beliefs = beliefs

    def extract(self, text: str, *, characters: Iterable[Character] | None = None) -> list[Quote]:
        """Every quote of ``text`` in document order."""
        from quoteattr.pipeline import quotes_of

        text = _check_text(text)
        cast = self.characters if characters is None else tuple(characters)
        doc = self.backend.annotate(text, cast)
        return quotes_of(doc, include_terms=self.include_terms, beliefs=self.beliefs)

    def __repr__(self) -> str:
        return f"Attributor(backend={self.backend!r})"
