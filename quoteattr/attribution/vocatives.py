"""Vocatives: the person a quote speaks to ("That's all right, Tony." / "Well, Elizabeth, …").

A vocative names the addressee, never the speaker; in dialogue, the person
addressed usually speaks next.
"""

from __future__ import annotations

import bisect

from quoteattr.attribution.context import Context
from quoteattr.document import MentionKind, QuoteMarks
from quoteattr.mentions import VOCATIVE

def find_vocatives(ctx: Context, quotes: list[QuoteMarks]) -> dict[int, int]:
    """For each quote (by index) that addresses a known person, a mention of that person."""
    index = _name_index(ctx)
    mention_starts = ctx.mention_starts
    found: dict[int, int] = {}
    for number, quote in enumerate(quotes):
        inner = ctx.doc.text[quote.span.start + 1 : quote.span.end - 1].strip(" \"'“”‘’")
        for match in VOCATIVE.finditer(inner):
            entity = _resolve(ctx, index, match.group("name"))
            if entity is None:
                continue
            mentions = ctx.doc.entities[entity].mentions
            position = bisect.bisect_left([mention_starts[m] for m in mentions], quote.span.start) - 1
            found[number] = mentions[max(position, 0)]
            break
    return found


def _name_index(ctx: Context) -> dict[str, list[int]]:
    """Lower-cased name words → the person entities they name."""
    index: dict[str, list[int]] = {}
    for number, entity in enumerate(ctx.doc.entities):
        if entity.gender == "N" or entity.plural or not entity.mentions:
            continue
        if not any(ctx.doc.mentions[m].kind is MentionKind.NAME for m in entity.mentions):
            continue
        words = {w.lower().strip(".") for m in entity.mentions for w in ctx.doc.mentions[m].text.split()}
        for word in words:
            index.setdefault(word, []).append(number)
    return index


def _resolve(ctx: Context, index: dict[str, list[int]], name: str) -> int | None:
    words = name.split()
    title = words[0].lower() if len(words) > 1 else None
    candidates = index.get(words[-1].lower().strip("."), [])
    if title:
        gender = ctx.lexicon.titles.get(title, "-")
        candidates = [e for e in candidates if gender == "-" or ctx.doc.entities[e].gender in ("-", gender)]
    return candidates[0] if len(candidates) == 1 else None
