"""Run the attribution rules and turn their decisions into `Speaker` values."""

from __future__ import annotations

from quoteattr.attribution import direct, discourse
from quoteattr.attribution.context import Attribution, Context
from quoteattr.document import Document, MentionKind, QuoteMarks
from quoteattr.model import Speaker


def attribute_direct(ctx: Context, quotes: list[QuoteMarks]) -> list[Attribution | None]:
    """One attribution (or None) per direct quote: cue rules first, then discourse rules."""
    rules = direct.RULES
    if ctx.doc.has_syntax:
        from quoteattr.attribution import syntax

        rules = syntax.RULES + rules
    found: list[Attribution | None] = []
    for quote in quotes:
        found.append(next((a for rule in rules if (a := rule(ctx, quote))), None))
    for index in range(len(quotes)):
        if found[index] is None:
            found[index] = next(
                (a for rule in discourse.RULES if (a := rule(ctx, quotes, found, index))), None
            )
    return found


def speaker_of(doc: Document, attribution: Attribution | None) -> Speaker | None:
    """The Speaker for an attribution: the entity's canonical name and the local mention."""
    if attribution is None:
        return None
    if attribution.mention is None:
        if attribution.phrase is None:
            return None
        phrase = attribution.phrase
        return Speaker(doc.text[phrase.start : phrase.end], phrase, round(attribution.confidence * 0.8, 3))
    mention = doc.mentions[attribution.mention]
    if mention.entity is None:
        # An unresolved pronoun or "I": keep the mention, say it is uncertain.
        confidence = attribution.confidence * (0.5 if mention.kind is MentionKind.PRONOUN else 1.0)
        return Speaker(mention.text, mention.span, round(confidence, 3), mention.gender)
    entity = doc.entities[mention.entity]
    confidence = attribution.confidence * (0.9 if mention.kind is MentionKind.PRONOUN else 1.0)
    return Speaker(entity.name, mention.span, round(confidence, 3), entity.gender)
