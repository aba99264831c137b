"""Title case: every word capitalised except the small ones a title leaves in lower case.

Its callers each have their own idea of a small word:

- a quoted title ("Make Your Kid a Millionaire", :mod:`quoteattr.quotes.direct`):
  :data:`TITLE_SMALL_WORDS`, and a word not starting with a letter ("10") is not capitalised;
- a heading line ("Marilla Makes Up Her Mind", :func:`quoteattr.mentions.is_heading`):
  :data:`HEADING_SMALL_WORDS`, and words not starting with a letter are passed over;
- a headline before a colon (:mod:`quoteattr.attribution.direct`): any word of three letters
  or fewer is small, and words not starting with a letter are passed over;
- a speaker's label before a colon ("Jake Tapper:", :mod:`quoteattr.quotes.reported.source_rules`): no
  word is small, and words not starting with a letter are passed over.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

#: Small words a quoted title leaves in lower case ("Make Your Kid a Millionaire").
TITLE_SMALL_WORDS = frozenset("a an and as at but by for in nor of on or so the to up via with".split())

#: Words a title-case heading line may leave in lower case.
HEADING_SMALL_WORDS = frozenset("a an and as at but by for from in of on or the to with".split())


def is_title_case(words: Iterable[str], is_small: Callable[[str], bool], *, skip_non_letters: bool = True) -> bool:
    """Whether every word starts with a capital or ``is_small``; with ``skip_non_letters`` a word
    not starting with a letter ("1990", "—") passes too."""
    return all(
        word[:1].isupper() or is_small(word) or (skip_non_letters and not word[:1].isalpha()) for word in words
    )
