"""quoteattr: who said what, where — quotes, cues and speakers in English text.

>>> import quoteattr
>>> [(q.text, q.speaker.name) for q in quoteattr.extract('“We will win,” Jane Smith said.')]
[('“We will win,”', 'Jane Smith')]
"""

from __future__ import annotations

from collections.abc import Iterable

from quoteattr.attributor import Attributor
from quoteattr.backends import Backend
from quoteattr.batch import extract_many
from quoteattr.model import Character, Quote, QuoteKind, Span, Speaker

__all__ = [
    "Attributor",
    "Backend",
    "Character",
    "Quote",
    "QuoteKind",
    "Span",
    "Speaker",
    "download_models",
    "extract",
    "extract_many",
]
__version__ = "0.1.0"

_default: dict[str, Attributor] = {}


def extract(
    text: str,
    *,
    characters: Iterable[Character] = (),
    include_terms: bool = False,
    beliefs: bool = True,
    backend: str | Backend = "rules",
) -> list[Quote]:
    """Every quote of ``text`` in document order.

    ``characters`` fixes the cast (names with aliases) speakers are mapped
    onto; ``include_terms`` also returns titles and scare quotes as
    ``QuoteKind.TERM``; ``beliefs=False`` leaves out reported beliefs and
    intentions ("she believes that …", "he wants to …"); ``backend="stanza"`` uses stanza's parser and
    coreference (models must be installed: ``quoteattr download``).
    """
    if isinstance(backend, str):
        key = f"{backend}:{include_terms}:{beliefs}"
        if key not in _default:
            _default[key] = Attributor(backend, include_terms=include_terms, beliefs=beliefs)
        return _default[key].extract(text, characters=characters)
    return Attributor(backend, include_terms=include_terms, beliefs=beliefs).extract(text, characters=characters)


def download_models(dir: str | None = None) -> str:
    """Download stanza's English models (needs internet and ``quoteattr[stanza]``);
    returns the model folder. The same as ``quoteattr download --dir DIR``."""
    from quoteattr.backends.stanza import download_models as download

    return download(dir)
