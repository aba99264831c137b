"""Run the attribution rules and turn their decisions into `Speaker` values."""

from __future__ import annotations

from quoteattr.attribution import direct, discourse
from quoteattr.attribution.context import Attribution, Context
from quoteattr.attribution.conversation import settle_conversations
from quoteattr.attribution.vocatives import find_vocatives
from quoteattr.document import Document, Entity, MentionKind, QuoteMarks
from quoteattr.model import Speaker


def attribute_direct(ctx: Context, quotes: list[QuoteMarks]) -> list[Attribution | None]:
    """One attribution (or None) per direct quote: cue rules first, then discourse rules."""
    rules = direct.RULES
    if ctx.doc.has_syntax:
        from quoteattr.attribution import syntax

        rules = syntax.RULES + rules
    ctx.turns = discourse.turns_by_paragraph(quotes)
    ctx.vocatives = find_vocatives(ctx, quotes)
    found: list[Attribution | None] = []
    for quote in quotes:
        found.append(next((a for rule in rules if (a := rule(ctx, quote))), None))
    for index in range(len(quotes)):
        if found[index] is None:
            found[index] = next(
                (a for rule in discourse.RULES if (a := rule(ctx, quotes, found, index))), None
            )
    settle_conversations(ctx, quotes, found)
    return found


def speaker_of(doc: Document, attribution: Attribution | None) -> Speaker | None:
    """The Speaker for an attribution: the entity's canonical name and the local mention."""
    if attribution is None:
        return None
    if attribution.mention is None:
        if attribution.phrase is None:
            return None
        phrase = attribution.phrase
        text = doc.text[phrase.start : phrase.end]
        entity = _entity_named(doc, text)
        name = entity.name if entity else text
        return Speaker(name, phrase, round(attribution.confidence * 0.8, 3), entity.gender if entity else None)
    mention = doc.mentions[attribution.mention]
    if mention.entity is None:
        # An unresolved pronoun or "I": keep the mention, say it is uncertain.
        confidence = attribution.confidence * (0.5 if mention.kind is MentionKind.PRONOUN else 1.0)
        return Speaker(mention.text, mention.span, round(confidence, 3), mention.gender)
    entity = doc.entities[mention.entity]
    confidence = attribution.confidence * (0.9 if mention.kind is MentionKind.PRONOUN else 1.0)
    return Speaker(entity.name, mention.span, round(confidence, 3), entity.gender)


def _entity_named(doc: Document, text: str) -> Entity | None:
    """The entity a plain phrase names ("PENCE" → "Mike Pence"), if exactly one does."""
    words = text.lower().split()
    if not words or len(words) > 3:
        return None
    matches = [
        entity for entity in doc.entities
        if entity.gender != "N" and words[-1] in entity.name.lower().split()
    ]
    return matches[0] if len(matches) == 1 else None
