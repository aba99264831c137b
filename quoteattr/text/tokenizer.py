"""An offset-preserving rule tokenizer.

Tokens are never normalised: each keeps its ``start``/``end`` into the
original string, so ``text[token.start:token.end]`` is the token.
"""

from __future__ import annotations

import regex

from quoteattr.document import Token

#: Dotted abbreviations such as "U.S." or "a.m." (letters each followed by a period).
DOTTED = r"(?:\p{L}\.){2,}+"

#: Words and numbers, with inner hyphens, periods, commas, slashes and
#: apostrophes ("don't", "twenty-one", "3.5", "1,000"), but a possessive or
#: contracted "'s" is its own token ("Clinton" + "’s").
WORD = r"[\p{L}\p{N}\p{M}]++(?:(?:[-./,:]|['’](?![sS]\b))[\p{L}\p{N}\p{M}]++)*+"

#: A clitic "'s" / "’s".
CLITIC = r"['’][sS]\b"

#: Any other visible character; runs of one character ("--", "...", "''") stay together.
OTHER = r"(\S)\1*+"

TOKEN = regex.compile(f"{DOTTED}|{WORD}|{CLITIC}|{OTHER}")


def tokenize(text: str) -> list[Token]:
    """Split ``text`` into tokens, skipping white space."""
    return [Token(match.start(), match.end()) for match in TOKEN.finditer(text)]
