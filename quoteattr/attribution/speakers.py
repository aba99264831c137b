"""Run the attribution rules and turn their decisions into `Speaker` values.

:func:`attribute_direct` makes these passes over a document's direct quotes, in order:

1. cue rules (:data:`quoteattr.attribution.syntax.RULES` first when the document is parsed,
   then :data:`quoteattr.attribution.direct.RULES`): the first that fires wins;
2. re-reading a pronoun that names the addressee (:func:`addressed_by_name`,
   :func:`_other_antecedent`): "“Nonsense, William,” he said" is not William;
3. descriptions (:func:`_named_for_description`): "said the young man" is the named speaker
   of the line two back;
4. for each quote, :func:`_addressee_answers` if it has a speaker, else the discourse
   :data:`quoteattr.attribution.discourse.RULES`;
5. backward turn-taking (:func:`quoteattr.attribution.discourse.turn_taking`), from the last
   quote to the first;
6. :data:`quoteattr.attribution.discourse.FALLBACK_RULES` for what is still untagged;
7. :func:`quoteattr.attribution.conversation.settle_conversations`;
8. addressees (:func:`find_addressees`).
"""

from __future__ import annotations

from collections.abc import Callable

import attrs

from quoteattr.attribution import direct, discourse
from quoteattr.attribution.context import Attribution, Context
from quoteattr.attribution.conversation import entity_of, mention_before, settle_conversations
from quoteattr.attribution.vocatives import find_vocatives
from quoteattr.document import Document, Entity, MentionKind, QuoteMarks
from quoteattr.model import Speaker


def attribute_direct(ctx: Context, quotes: list[QuoteMarks]) -> list[Attribution | None]:
    """One attribution (or None) per direct quote: cue rules first, then discourse rules."""
    rules: tuple[Callable[[Context, QuoteMarks], Attribution | None], ...] = direct.RULES
    if ctx.doc.has_syntax:
        from quoteattr.attribution import syntax

        rules = syntax.RULES + rules
    ctx.turns = discourse.turns_by_paragraph(quotes)
    ctx.vocatives = find_vocatives(ctx, quotes)
    found: list[Attribution | None] = []
    for index, quote in enumerate(quotes):
        attribution = next((a for rule in rules if (a := rule(ctx, quote))), None)
        if attribution is not None and addressed_by_name(ctx, index, attribution):
            attribution = _other_antecedent(ctx, attribution)
        found.append(attribution)
    for index in range(len(found)):
        found[index] = _named_for_description(ctx, quotes, found, index)
    for index in range(len(quotes)):
        if found[index] is not None:
            found[index] = _addressee_answers(ctx, quotes, found, index)
        else:
            found[index] = _discourse(ctx, quotes, found, index, discourse.RULES)
    # A run of untagged lines whose first cue comes late: fill it from the back, line by line;
    # only then guess at what is left (a reply to the last speaker).
    for index in range(len(quotes) - 1, -1, -1):
        if found[index] is None:
            found[index] = discourse.turn_taking(ctx, quotes, found, index)
    for index in range(len(quotes)):
        if found[index] is None:
            found[index] = _discourse(ctx, quotes, found, index, discourse.FALLBACK_RULES)
    settle_conversations(ctx, quotes, found)
    for index, addressee in enumerate(find_addressees(ctx, quotes, found)):
        attribution = found[index]
        if attribution is not None and addressee is not None:
            found[index] = attrs.evolve(attribution, addressee=addressee)
    return found


def _discourse(
    ctx: Context,
    quotes: list[QuoteMarks],
    found: list[Attribution | None],
    index: int,
    rules: tuple[Callable[[Context, list[QuoteMarks], list[Attribution | None], int], Attribution | None], ...],
) -> Attribution | None:
    """The first discourse rule's attribution that does not name the person addressed."""
    return next(
        (a for rule in rules if (a := rule(ctx, quotes, found, index)) and not addressed_by_name(ctx, index, a)),
        None,
    )


def _addressee_answers(
    ctx: Context, quotes: list[QuoteMarks], found: list[Attribution | None], index: int
) -> Attribution | None:
    """``“You here, Adrian?” muttered Dorian.`` ¶ ``“Where else should I be?” he answered.`` —
    "he" read as Dorian, who spoke the line before, is the man that line addressed: Adrian.

    Only a pronoun is re-read, only at the start of a turn, and only when the person addressed
    (by name in the line before, or as the object of its cue) has the pronoun's gender.
    """
    attribution = found[index]
    assert attribution is not None
    if attribution.mention is None or attribution.cue is None:
        return attribution
    mention = ctx.mention(attribution.mention)
    paragraph = quotes[index].paragraph
    if mention.kind is not MentionKind.PRONOUN or mention.entity is None or ctx.turns[paragraph][0] != index:
        return attribution
    previous = ctx.turns.get(paragraph - 1)
    if not previous:
        return attribution
    speaker_before = entity_of(ctx, found[previous[0]])
    for earlier in previous:
        addressed = discourse.addressed_in(ctx, found, earlier)
        if addressed is None:
            continue
        entity = ctx.mention(addressed).entity
        if entity is not None and entity != speaker_before and ctx.doc.entities[entity].gender == mention.gender:
            return attrs.evolve(attribution, mention=addressed, confidence=attribution.confidence - 0.1)
    return attribution


def addressed_by_name(ctx: Context, index: int, attribution: Attribution) -> bool:
    """Whether a guessed speaker is the very person the quote calls by name: nobody says
    "Nonsense, William" to himself, so a discourse rule that picks William is wrong.
    """
    addressed = ctx.vocatives.get(index)
    if addressed is None or attribution.mention is None:
        return False
    entity = ctx.mention(attribution.mention).entity
    return entity is not None and entity == ctx.mention(addressed).entity


def _other_antecedent(ctx: Context, attribution: Attribution) -> Attribution | None:
    """``“Nonsense, William,” he said.`` — "he" read as William: his next-ranked antecedent.

    Only a pronoun is re-read; a named speaker stands.
    """
    assert attribution.mention is not None
    mention = ctx.mention(attribution.mention)
    if mention.kind is not MentionKind.PRONOUN:
        return attribution
    others = [e for e in ctx.doc.antecedents.get(attribution.mention, []) if e != mention.entity]
    if not others:
        return attribution
    before = mention_before(ctx, others[0], mention.span.start)
    return attrs.evolve(attribution, mention=before, confidence=attribution.confidence - 0.1)


#: Determiners of a description that refers back to someone already met.
DEFINITE = ("the ", "his ", "her ")


def _named_for_description(ctx: Context, quotes: list[QuoteMarks], found: list[Attribution | None], index: int) -> Attribution | None:
    """``“Q1,” said Archer.`` ¶ ``“Q2,” said May.`` ¶ ``“Q3,” said the young man.`` — in unbroken
    dialogue, a described speaker nobody names is the named speaker of the line two
    back when the gender agrees: fiction re-describes the people talking.
    Capitalised titles ("the Professor") are names of their own.
    """
    attribution = found[index]
    if attribution is None or attribution.mention is None:
        return attribution
    mention = ctx.mention(attribution.mention)
    if mention.kind is not MentionKind.ROLE or mention.gender not in ("M", "F") or mention.plural:
        return attribution
    if not mention.text.lower().startswith(DEFINITE) or not mention.text.split()[-1].islower():
        return attribution
    if mention.entity is not None and ctx.mention(ctx.doc.entities[mention.entity].mentions[0]).kind is MentionKind.NAME:
        return attribution  # "the president", already tied to a name
    paragraph = quotes[index].paragraph
    if paragraph - 1 not in ctx.turns or paragraph - 2 not in ctx.turns:
        return attribution
    earlier = found[ctx.turns[paragraph - 2][0]]
    if earlier is None or earlier.mention is None:
        return attribution
    named = ctx.mention(earlier.mention)
    if named.kind is MentionKind.NAME and named.entity is not None and ctx.doc.entities[named.entity].gender == mention.gender:
        return attrs.evolve(attribution, mention=earlier.mention, confidence=attribution.confidence - 0.2)
    return attribution


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
        local = attribution.relative or phrase  # "64 percent who say …": the pronoun at the cue
        return Speaker(name, local, round(attribution.confidence * 0.8, 3), entity.gender if entity else None)
    mention = doc.mentions[attribution.mention]
    local = attribution.relative or mention.span
    if mention.entity is None:
        # An unresolved pronoun or "I": keep the mention, say it is uncertain.
        confidence = attribution.confidence * (0.5 if mention.kind is MentionKind.PRONOUN else 1.0)
        return Speaker(mention.text, local, round(confidence, 3), mention.gender)
    entity = doc.entities[mention.entity]
    confidence = attribution.confidence * (0.9 if mention.kind is MentionKind.PRONOUN else 1.0)
    return Speaker(entity.name, local, round(confidence, 3), entity.gender)


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


def find_addressees(ctx: Context, quotes: list[QuoteMarks], found: list[Attribution | None]) -> list[int | None]:
    """The person each quote is said to, as a mention index, or None.

    In order: a vocative in the quote ("Well, Jane, …"); the object of the cue
    ("she told Anne", "said to her father"); in dialogue, the speaker of the turn
    before, else of the turn after, when that is someone else.
    """
    addressees: list[int | None] = []
    for index, quote in enumerate(quotes):
        speaker = entity_of(ctx, found[index])
        candidates = [ctx.vocatives.get(index), discourse.cue_object(ctx, found[index])]
        candidates += _neighbour_speakers(ctx, quotes, found, index)
        chosen = next(
            (m for m in candidates if m is not None and ctx.mention(m).entity is not None
             and ctx.mention(m).entity != speaker),
            None,
        )
        addressees.append(chosen)
    return addressees


def _neighbour_speakers(
    ctx: Context, quotes: list[QuoteMarks], found: list[Attribution | None], index: int
) -> list[int | None]:
    """Speakers of the dialogue turns just before and after this quote's paragraph."""
    paragraph = quotes[index].paragraph
    neighbours: list[int | None] = []
    for other in (paragraph - 1, paragraph + 1):
        turn = ctx.turns.get(other)
        if turn:
            attribution = found[turn[0]]
            neighbours.append(attribution.mention if attribution else None)
    return neighbours
