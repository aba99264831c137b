"""quoteattr: who said what, where — quotes, cues and speakers in English text.

>>> import quoteattr
>>> [q.text for q in quoteattr.extract('“We will win,” she said.')]
['“We will win,”']
"""

from __future__ import annotations

from collections.abc import Iterable

from quoteattr.model import Character, Quote, QuoteKind, Span, Speaker

__all__ = ["Character", "Quote", "QuoteKind", "Span", "Speaker", "extract"]
__version__ = "0.1.0"


def extract(
    text: str,
    *,
    characters: Iterable[Character] = (),
    include_terms: bool = False,
) -> list[Quote]:
    """Every quote of ``text`` in document order.

    ``characters`` fixes the cast (names with aliases) speakers are mapped
    onto; ``include_terms`` also returns titles and scare quotes, as
    ``QuoteKind.TERM``.
    """
    if not isinstance(text, str):
        raise TypeError(
            f"quoteattr.extract expects str, got {type(text).__name__}"
            + (": decode bytes first, e.g. data.decode('utf-8')" if isinstance(text, (bytes, bytearray)) else "")
        )
    from quoteattr.pipeline import annotate, quotes_of

    return quotes_of(annotate(text, characters), include_terms=include_terms)
