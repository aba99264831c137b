"""Reported speech: indirect and mixed quotes found from their cues.

Flow: text → tokens → quote candidates → cues and mentions → entities → speakers → Quote. Reported
speech runs after entities (a report needs the mention of its cue's subject); :func:`find_reports`,
here, runs every rule over the document and keeps one report where contents overlap, and ``pipeline``
turns the reports into INDIRECT or MIXED quotes. The package, read in this order:

- :mod:`.report`: :class:`Report`, the value every rule returns
- :mod:`.content`: where a content starts and ends (shared by the rule modules)
- :mod:`.subjects`: who speaks (the subject, agent or relative pronoun of a cue)
- :mod:`.verb_first`, :mod:`.content_first`, :mod:`.raising`: the rules of a speech or raising verb
- :mod:`.source_rules`: "according to", a colon after a source, paragraphs announced by a colon
- :mod:`.noun_rules`: claim nouns, attitude adjectives, named quoted fragments, poll shares
- :mod:`.overlaps`: nested reports split off, one report kept where contents overlap

Each rule finds one shape of report in a sentence and returns its content
span, its cue and the speaker's position; the content of a report is the
reported clause only (``that`` included, as annotators mark it):

- ``Peskov said (that) CONTENT.`` / ``Peskov told reporters CONTENT`` → :func:`verb_then_content`
- ``CONTENT, Peskov said.`` / ``CONTENT, said Peskov on Monday.`` → :func:`content_then_verb`
- ``According to Reuters, CONTENT.`` / ``CONTENT, according to Reuters.`` → :func:`according_to`
- ``…, arguing that CONTENT`` (the sentence subject speaks) → handled by :func:`verb_then_content`
- ``Asked (by Holt) whether CONTENT, Avery said …`` (the asker's question) → :func:`verb_then_content`
- ``Avery was asked by Holt whether CONTENT`` / ``It was revealed that CONTENT`` (a passive cue: the
  agent after "by" speaks, else nobody named) → :func:`verb_then_content`
- ``A new poll shows CONTENT`` / ``CONTENT, records show.`` (an evidence subject) → both of the above
- ``CONTENT was first reported by Politico.`` (a passive cue's subject, its agent speaking) → :func:`subject_then_passive`
- ``CONTENT-CLAUSE seems/appears …`` / ``X is reportedly …`` (the writer's judgement, no speaker)
  → :func:`raising_verb`
- ``Lewandowski: CONTENT`` (a headline or transcript label) → :func:`colon_source`
- ``Trump's suggestion that CONTENT`` (a noun of lexicons/claim_nouns.txt) → :func:`noun_that_clause`
- ``47 percent said CONTENT`` / ``56 percent would vote for CONTENT`` (a poll share) → :func:`poll_share`
- ``Her advisers are convinced that CONTENT`` / ``is worried about CONTENT`` (an adjective of
  lexicons/attitude_adjectives.txt) → :func:`adjective_that`
- ``Voters, Ruiz suggested, need not worry`` (a cue between commas: the content takes in the clause before
  it) → :func:`verb_then_content` with :func:`.verb_first._parenthetical_start`
- ``the toll, which Ruiz said was unfair, …`` (a relative clause whose subject speaks: the content
  starts at the relative word) → :func:`verb_then_content` with :func:`.verb_first._object_relative_start`

A content that takes in a second report in a clause of its own ("… opposed it, and Cruz opposed the measure")
ends before that clause (:func:`.overlaps._split_nested`). Where contents overlap, one report is kept (:func:`.overlaps._without_overlaps`): an outer report over one nested in
its content, an "according to" report over the reports nested in its content (PolNeAR marks the outer one),
else the more confident. Quoted fragments inside the content make the report MIXED (in ``pipeline``).
When a backend filled a dependency parse, ``attribution.syntax.reported_speech`` adds the reports the
parse shows (the cue's ``ccomp``) beside these surface rules, and the overlap rule above chooses.
"""

from __future__ import annotations

from collections.abc import Collection

import regex

from quoteattr.attribution.context import BE_OR_AUXILIARY, Context, ly_adverb
from quoteattr.document import Sentence
from quoteattr.model import Span
# The names imported ``as`` themselves are re-exported: pipeline and the tests import them from here.
from quoteattr.quotes.reported.content import _inside_marks
from quoteattr.quotes.reported.content_first import content_then_verb, subject_then_passive
from quoteattr.quotes.reported.noun_rules import (
    POLL_SHARE as POLL_SHARE,
    adjective_that,
    framed_as,
    named_fragment,
    named_passive,
    noun_fragment_clause,
    noun_that_clause,
    poll_share,
)
from quoteattr.quotes.reported.overlaps import _one_per_overlap as _one_per_overlap, _split_nested, _without_overlaps
from quoteattr.quotes.reported.raising import _raising_passive, raising_verb
from quoteattr.quotes.reported.report import Report as Report
from quoteattr.quotes.reported.source_rules import (
    _into_announced_paragraphs,
    according_to,
    announced_paragraphs,
    colon_noun,
    colon_source,
)
from quoteattr.quotes.reported.verb_first import verb_then_content

#: A report read off the parse (the cue's ``ccomp``) beats a surface pattern.
SYNTAX_CONFIDENCE = 0.9


#: An opening quotation mark: the rules of quoted fragments (framed_as, named_fragment, named_passive,
#: noun_fragment_clause) look only at sentences that have one (they cost 6 % of the time on news otherwise).
FRAGMENT_OPENING = regex.compile(r"[“\"‘]|''|``|(?<![\p{L}\p{N}])'")


def find_reports(ctx: Context, skip_cues: Collection[Span] = frozenset()) -> list[Report]:
    """All indirect-speech candidates of the document, in text order, not overlapping.

    ``skip_cues`` are the cues of direct quotes: ``“…,” Trump said this week on CNBC``
    reports nothing more.
    """
    reports: list[Report] = []
    if ctx.doc.has_syntax:
        from quoteattr.attribution import syntax

        reports.extend(
            Report(found.content, found.cue, found.mention, None, SYNTAX_CONFIDENCE, found.rule)
            for found in syntax.reported_speech(ctx)
        )
    for paragraph in ctx.doc.paragraphs:
        if not ctx.inside_speech(paragraph.start):
            found = colon_source(ctx, paragraph)
            if found is not None:
                reports.append(found)
    reports.extend(noun_that_clause(ctx))
    reports.extend(colon_noun(ctx))
    reports.extend(adjective_that(ctx))
    reports.extend(poll_share(ctx))
    for sentence in ctx.doc.sentences:
        reports.extend(according_to(ctx, sentence))
        if FRAGMENT_OPENING.search(ctx.doc.text, sentence.span.start, sentence.span.end):
            reports.extend(framed_as(ctx, sentence))
            reports.extend(named_fragment(ctx, sentence))
            reports.extend(named_passive(ctx, sentence))
            reports.extend(noun_fragment_clause(ctx, sentence))
        for verb in range(sentence.first_token, sentence.end_token):
            kind = ctx.verb_kind(verb)
            if kind is None:
                continue  # most words: skip them before any other lookup
            if (kind == "raising" or _raising_passive(ctx, sentence, verb)) and ctx.beliefs and not ctx.inside_speech(
                ctx.doc.tokens[verb].start
            ):
                judgement = raising_verb(ctx, sentence, verb)
                if judgement is not None:
                    reports.append(judgement)
                continue
            if not ctx.is_cue_verb(verb) or ctx.inside_speech(ctx.doc.tokens[verb].start):
                continue
            if _inside_marks(ctx, ctx.doc.tokens[verb].start):
                continue  # a cue inside a quoted fragment: "''one of the best chances we have to discuss …''"
            if ctx.cue_span(verb) in skip_cues:
                continue
            if not ctx.is_reporting_use(verb) or _naming_participle(ctx, sentence, verb):
                continue
            if _noun_after_participle(ctx, verb):
                continue
            report = (
                announced_paragraphs(ctx, sentence, verb)
                or content_then_verb(ctx, sentence, verb)
                or verb_then_content(ctx, sentence, verb)
                or subject_then_passive(ctx, sentence, verb)
            )
            if report is not None:
                reports.append(_into_announced_paragraphs(ctx, report))
    return _without_overlaps(_split_nested(ctx, reports))


def _noun_after_participle(ctx: Context, verb: int) -> bool:
    """"scrapped *plans* to attend", "the debunked *claim* that", "a scripted *message* that": a cue form that
    is also a noun, after a word in "-ed" (a verb it is the object of, or an adjective), is that noun
    (PolNeAR train: 7 fewer reports, 1 right; dev 1 fewer, none right)."""
    if ctx.word(verb).lower() not in ctx.lexicon.noun_like_cues or verb == 0:
        return False
    previous = ctx.word(verb - 1)
    return previous.islower() and len(previous) > 4 and previous.endswith("ed")


#: Determiners that open the noun phrase a naming participle follows: "*a* new group called …".
NAMING_DETERMINERS = frozenset("a an another".split())

#: Most words from the determiner to "called": "a Pakistan-based group called".
NAMING_REACH = 4


def _ends_clause(ctx: Context, sentence: Sentence, index: int) -> bool:
    """Whether token ``index`` is the last word of its sentence or comes right before a punctuation mark."""
    return index + 1 >= sentence.end_token or not ctx.word(index + 1)[:1].isalnum()


def _naming_participle(ctx: Context, sentence: Sentence, verb: int) -> bool:
    """"a group called Citizens for Trump", "a stream called Miracle Run": "called" after an indefinite
    common noun that is no person names the thing; nobody speaks; "named" after any ("a man named Tom Ruiz"), or "be named" with no object ("declined to be named,") (PolNeAR train: 14 fewer reports, 1 right;
    "a reporter called it chaos" stays, a reporter being a person)."""
    if ctx.word(verb).lower() == "named" and ctx.word(verb - 1).lower() == "be" and _ends_clause(ctx, sentence, verb):
        return True  # "asked not to be named,": no object, nobody named
    if ctx.word(verb).lower() not in ("called", "named") or verb - 1 <= sentence.first_token:
        return False
    noun = ctx.word(verb - 1)
    if not noun.isalpha() or not noun.islower() or noun in BE_OR_AUXILIARY or ly_adverb(noun):
        return False
    for index in range(verb - 2, max(sentence.first_token, verb - NAMING_REACH) - 1, -1):
        if ctx.word(index).lower() in NAMING_DETERMINERS:
            if ctx.word(verb).lower() == "named":
                return True  # "a man named Tom Clarke": a person noun too
            return not ctx.persons_between(ctx.doc.tokens[index].start, ctx.doc.tokens[verb - 1].end)
    return False
