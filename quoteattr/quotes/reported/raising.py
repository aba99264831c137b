"""The writer's judgement, with no speaker: ``CONTENT-CLAUSE seems/appears …``, ``X is reportedly …``
(:func:`raising_verb`).

Flow: text → tokens → quote candidates → cues and mentions → entities → speakers → Quote.

:func:`quoteattr.quotes.reported.find_reports` calls :func:`raising_verb` for a raising verb or a
raising passive (:func:`_raising_passive`) instead of the cue rules. Builds on :mod:`.content`.
"""

from __future__ import annotations

import regex

from quoteattr.attribution.context import BE_FORMS, PREPOSITIONS, SUBORDINATORS, Context, ly_adverb
from quoteattr.document import Sentence
from quoteattr.model import Span
from quoteattr.quotes.reported.content import MIN_CONTENT_WORDS, _content_end
from quoteattr.quotes.reported.report import Report

#: Words that open the clause a raising verb sits in; the clause starts after them.
CLAUSE_LINKS = frozenset(", ; : — – ( but and or while because although though when if since as so whereas".split())

#: A raising verb's report ranks below every cue's report it overlaps.
RAISING_CONFIDENCE = 0.5


#: Subordinators whose clause, opening a sentence, ends at its comma before the main clause: "Although [X is
#: not thought to …], it is …" ("As X appears set to …, Y …" is left alone: PolNeAR dev, a report lost).
#: The subordinators less those of time ("after", "before", "once", "since", "when") and "as".
NON_TEMPORAL_SUBORDINATORS = SUBORDINATORS - frozenset("after before once since when as".split())


def raising_verb(ctx: Context, sentence: Sentence, verb: int) -> Report | None:
    """``Their choice now appears to be X.`` / ``…, but the fallout seemed significant.`` — the writer's
    judgement: the report is the whole clause, subject included, and it has no speaker."""
    following = ctx.word(verb + 1).lower() if verb + 1 < sentence.end_token else ""
    if not following[:1].isalpha() or (following in PREPOSITIONS and following != "to"):
        return None  # "appeared on Fox News", "appeared in court": not a judgement
    start_token = verb
    while start_token > sentence.first_token and ctx.word(start_token - 1).lower() not in CLAUSE_LINKS:
        start_token -= 1
        if ctx.word(start_token).lower() in RELATIVE_OPENERS:
            break  # "…, [who are expected to back her]"
    if all(ctx.word(t).lower() in BE_FORMS or _raising_adverb(ctx.word(t)) for t in range(start_token, verb)):
        subject = _subject_before_aside(ctx, sentence, start_token)
        start_token = start_token if subject is None else subject
    if start_token == verb:
        return None  # "…, and seems …": no subject within the clause
    start = ctx.doc.tokens[start_token].start
    end = _content_end(ctx, sentence, start)
    if start_token - 1 == sentence.first_token and ctx.word(start_token - 1).lower() in NON_TEMPORAL_SUBORDINATORS:
        comma = ctx.doc.text.find(",", ctx.doc.tokens[verb].end, end)
        end = comma if comma >= 0 else end  # "Although [X is not thought to …], it is …": the clause ends at its comma
    end = _judgement_end(ctx, ctx.doc.tokens[verb].end, end)
    if end <= ctx.doc.tokens[verb].end or len(ctx.doc.text[start:end].split()) < MIN_CONTENT_WORDS:
        return None
    return Report(Span(start, end), ctx.cue_span(verb), None, None, RAISING_CONFIDENCE, "raising verb")


#: A break that closes a raising verb's clause: a comma, colon, semicolon or dash before a space.
JUDGEMENT_BREAK = regex.compile(r"\s*+(?:[,;:—–]|--?+)(?=\s)")


def _judgement_end(ctx: Context, after: int, end: int) -> int:
    """``[The decision is expected to come soon], with …`` — the judgement ends at the first break
    after its verb; what follows is the writer's own addition (PolNeAR train: 29 more right at overlap,
    28 more attributed; dev 2 and 3)."""
    found = JUDGEMENT_BREAK.search(ctx.doc.text, after, end)
    return found.start() if found is not None else end


#: Relative pronouns that open a raising verb's clause, the judgement taking them in (PolNeAR train: 2 more
#: right at overlap, dev 1; "that" too loses 1 on dev).
RELATIVE_OPENERS = frozenset("who which".split())

#: Most words in an aside set off by commas between a raising verb and its subject.
MAX_ASIDE_WORDS = 20

#: Marks that close the walk back over an aside.
ASIDE_STOPS = frozenset(", ; : — – ( ) “ ” \"".split())


def _subject_before_aside(ctx: Context, sentence: Sentence, after_comma: int) -> int | None:
    """``[The bank, which has held rates near zero, is expected to act]`` — a raising verb right after an
    aside in commas: its subject is before the aside, which the judgement takes in (PolNeAR train: 13 more
    reports, all right; dev none)."""
    comma = after_comma - 1
    if comma <= sentence.first_token or ctx.word(comma) != ",":
        return None
    opening = comma - 1
    while opening > sentence.first_token and ctx.word(opening) not in ASIDE_STOPS:
        opening -= 1
    if ctx.word(opening) != "," or comma - opening - 1 > MAX_ASIDE_WORDS or comma - opening < 2:
        return None
    first = opening
    while first > sentence.first_token and ctx.word(first - 1).lower() not in CLAUSE_LINKS:
        first -= 1
    return first if first < opening else None


#: Participles that make a raising passive with "be … to": "is expected to", "are said to", "was believed to";
#: and with "be … as": "was seen as", "is viewed as". Also "were known to", "was shown to", "was described as",
#: "being portrayed as" (PolNeAR train: 5 right reports in 8 more; "projected to" 0 in 2: the projection itself);
#: "is known as" (train: 2 more reports, both right; "known/criticized/praised for" lose 4 attributed).
RAISING_PARTICIPLES = {
    "to": frozenset("expected said believed thought reported rumored considered alleged estimated shown deemed known".split()),
    "as": frozenset("seen viewed regarded perceived described characterized portrayed labeled labelled considered known".split()),
}


def _raising_passive(ctx: Context, sentence: Sentence, verb: int) -> bool:
    """"Many of her staff are expected to fan out …": nobody named holds the view, as with "seems to"."""
    if verb - 1 < sentence.first_token or verb + 1 >= sentence.end_token:
        return False
    participles = RAISING_PARTICIPLES.get(ctx.word(verb + 1).lower(), frozenset())
    if ctx.word(verb).lower() not in participles:
        return False
    before = verb - 1
    while before > sentence.first_token and _raising_adverb(ctx.word(before)):
        before -= 1  # "is also expected to", "are not expected to", "is widely expected to"
    return ctx.word(before).lower() in BE_FORMS


#: Adverbs between "be" and a raising participle: "is *also* expected to", "are *not* expected to" (PolNeAR
#: train, with these and "-ly" adverbs: 5 more right at overlap, 9 more attributed; dev same).
RAISING_ADVERBS = frozenset("not also still now long even n't".split())


def _raising_adverb(word: str) -> bool:
    """Whether a word between "be" and a raising participle is an adverb: "also", "not", "widely"."""
    return word.lower() in RAISING_ADVERBS or ly_adverb(word)
