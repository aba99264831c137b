"""After the rules: nested reports split off and overlapping reports resolved.

A content that takes in a second report in a clause of its own ("… opposed it, and Cruz opposed the
measure") ends before that clause (:func:`_split_nested`). Where contents overlap, one report is
kept (:func:`_without_overlaps`, :func:`_one_per_overlap`, with :class:`_Disjoint` for the bisects).

Flow: text → tokens → quote candidates → cues and mentions → entities → speakers → Quote.

The last step of :func:`quoteattr.quotes.reported.find_reports`. Builds on :mod:`.content`.
"""

from __future__ import annotations

import bisect

import attrs
import regex

from quoteattr.attribution.context import BE_OR_AUXILIARY, MONTH_NAMES, SUBORDINATORS, Context, ly_adverb
from quoteattr.model import Span
from quoteattr.quotes.reported.content import HAVE_FORMS, MIN_OBJECT_WORDS, WINDOW
from quoteattr.quotes.reported.report import Report

#: Words that open a clause of its own before a report nested in another's content: "… opposed it, and
#: Cruz opposed the measure", "… while doctors warned of …", "… after BuzzFeed reported that …". PolNeAR
#: train, cutting the outer content there and keeping both: 87 more right at overlap among 181 more
#: reports; "because", "once", "until" and "where" clauses are more often part of the content (left out).
#: The subordinators less "because", "if", "once", "unless", with "and", "but".
CLAUSE_JOINTS = (SUBORDINATORS - frozenset(["because", "if", "once", "unless"])) | frozenset(["and", "but"])


#: Content opening a clause with a subject of its own, or an infinitive: a verb joined to it further on is
#: the clause's ("said [she could not support Trump but understood why …]", "is planning [to withdraw … and
#: seek …]"), not a second report of the speaker. PolNeAR train, leaving these out: 6 more right at overlap
#: among 31 fewer reports.
CLAUSE_WITH_SUBJECT = regex.compile(r"(?i)(?:to|whether|if|he|she|they|it|we|I|you|there)(?![\p{L}\p{N}])")


#: A subject phrase of a share of people, which opens a clause of its own after a joint as a named subject does:
#: "…, and one in four said …", "… and more than 4 in 10 said …", "… and others have said …" (PolNeAR train:
#: 6 more right at overlap among 6 more reports; "some", "many" join two phrases as often and are left out).
QUANTITY_SUBJECT = regex.compile(
    r"(?i)(?:(?:about|nearly|almost|only|just|roughly|more\s++than|less\s++than|fewer\s++than|over)\s++)?"
    r"(?:others|(?:\d++|one|two|three|four|five|six|seven|eight|nine|ten)"
    r"(?:\s++in\s++(?:\d++|\p{L}++)|\s*+(?:percent|%))?+)"
)


def _nested_clause_start(ctx: Context, inner: Report, floor: int) -> int | None:
    """Where the clause of a report nested in another's content starts, if a joint opens it after ``floor``:
    "…, and [Cruz opposed the measure]", "… and [has since said …]", "…, [which he called …]"; not "what Trump
    and [Ruiz said]"."""
    doc = ctx.doc
    index = doc.token_at(inner.cue.start) - 1
    while index > 0 and _in_verb_chain(ctx.word(index), ctx.word(index - 1)):
        index -= 1  # "and has since said", "but did not mention", "and pointedly saying"
    subject = None
    if inner.speaker is not None:
        subject = ctx.mention(inner.speaker).span
    elif inner.speaker_phrase is not None and QUANTITY_SUBJECT.fullmatch(doc.text, inner.speaker_phrase.start, inner.speaker_phrase.end):
        subject = inner.speaker_phrase  # "…, and one in four said …", "… and others have said …"
    with_subject = subject is not None and subject.end == doc.tokens[index].end and subject.start > floor
    if with_subject:
        assert subject is not None
        index = doc.token_at(subject.start) - 1
    elif CLAUSE_WITH_SUBJECT.match(doc.text, floor, min(len(doc.text), floor + WINDOW)):
        return None  # "said [she could not support Trump but understood …]": the clause's own second verb
    while index > 0 and ctx.word(index) == ",":
        index -= 1
    # ", which he called “a waste”": a non-restrictive relative with its own subject and cue is a report of its
    # own (PolNeAR train: 4 more right among 5 more reports, dev 1 of 1; "which" without a comma: 3 of 9)
    comma_which = with_subject and ctx.word(index).lower() == "which" and ctx.word(index - 1) == ","
    if index <= 0 or doc.tokens[index].start <= floor or (ctx.word(index).lower() not in CLAUSE_JOINTS and not comma_which):
        return None
    if _restrictive_joint(ctx, index):
        return None  # "at a time when he is seeking …": no clause of its own
    if not with_subject and ctx.word(index).lower() == "as" and index == doc.token_at(inner.cue.start) - 1:
        return None  # "quoted an aide as saying …": the quoting cue's content, one unit (PolNeAR train: 4 of 4)
    if with_subject and ctx.word(index).lower() in ("and", "but") and _ends_name(ctx, index - 1):
        return None  # "what Trump and Lewandowski said": one subject of two names
    if ctx.word(index).lower() == "and" and ctx.word(index + 1).lower() == "that":
        return None  # "said that … were low, and that residents should worry …": the outer cue's second clause (train +1)
    return doc.tokens[index].start


#: Nouns of time a restrictive "when" clause modifies: "at a *time* when he is seeking …", "in *June* when …".
WHEN_TIME_NOUNS = frozenset("time times moment day days week month year era period point".split()) | frozenset(MONTH_NAMES)


def _restrictive_joint(ctx: Context, index: int) -> bool:
    """Whether the joint word at token ``index`` opens no clause of its own but a part of the outer
    content: "when" right after a noun of time ("at a time *when* many Democrats would be asking him …";
    PolNeAR train, keeping one unit: 3 fewer reports, none right lost)."""
    return ctx.word(index).lower() == "when" and index >= 1 and ctx.word(index - 1) in WHEN_TIME_NOUNS


def _in_verb_chain(word: str, before: str) -> bool:
    """Whether a word before a cue is an auxiliary or adverb of its verb chain: "has since said", "didn't
    mention", "is promising"."""
    lower = word.lower()
    return (
        lower in BE_OR_AUXILIARY
        or lower.endswith(("n’t", "n't"))
        or ly_adverb(word)
        or (lower == "since" and before.lower() in HAVE_FORMS)
    )


def _ends_name(ctx: Context, index: int) -> bool:
    """Whether token ``index`` is a capitalized word or ends a mention."""
    if ctx.word(index)[:1].isupper():
        return True
    before = ctx.mentions_between(ctx.doc.tokens[max(index - 4, 0)].start, ctx.doc.tokens[index].end)
    return any(ctx.mention(m).span.end == ctx.doc.tokens[index].end for m in before)


def _split_nested(ctx: Context, reports: list[Report]) -> list[Report]:
    """A cue's content that takes in a second report in a clause of its own ends before that clause:
    "X opposed it, and Cruz opposed the measure" is two reports, not one with a nested one."""
    text = ctx.doc.text
    by_cue = sorted(reports, key=lambda report: report.cue.start)
    cue_starts = [report.cue.start for report in by_cue]
    result = []
    for report in reports:
        content = report.content
        if report.rule == "verb then content" and report.cue.end <= content.start:
            first = bisect.bisect_left(cue_starts, content.start)
            last = bisect.bisect_left(cue_starts, content.end)
            for inner in by_cue[first:last]:
                if inner is report or not content.contains(inner.content) or inner.content.start <= content.start:
                    continue
                joint = _nested_clause_start(ctx, inner, content.start)
                if joint is None:
                    continue
                end = joint
                while end > content.start and text[end - 1] in " ,;:(—–-":
                    end -= 1
                if len(text[content.start : end].split()) >= MIN_OBJECT_WORDS:
                    report = attrs.evolve(report, content=Span(content.start, end))
                    break
        result.append(report)
    return result


#: Characters a report nested in an "according to" content may end before it and still be the same report.
NESTED_END_SLACK = 2


def _without_overlaps(reports: list[Report]) -> list[Report]:
    """One report where contents overlap; an "according to" report over reports nested in its content
    is the one: "Lytvyn said X, according to Reuters" is Reuters' report of the whole (PolNeAR train: an
    "according to" content with a cue inside it 38 times, the nested report annotated none of them)."""
    sources = [report for report in reports if report.rule == "according to"]
    kept = _one_per_overlap([report for report in reports if report.rule != "according to"])
    disjoint = _Disjoint()
    for report in kept:
        disjoint.add(report)
    nesting = []
    for source in _one_per_overlap(sources):
        inner = disjoint.overlapping(source.content)
        if all(source.content.contains(other.content) for other in inner):
            nesting.append(source)
            for other in inner:
                if other.content.end >= source.content.end - NESTED_END_SLACK:
                    disjoint.remove(other)
    return sorted(disjoint.reports + nesting, key=lambda report: (report.content.start, report.content.end))


def _one_per_overlap(reports: list[Report]) -> list[Report]:
    """One report where contents overlap: an outer report over one nested in its content, cue and all
    ("said that … Trump will insist on being Trump"), else the more confident, then longer. Two cues
    of one content ("told a crowd that he knows …" read from "knows" too) are no nesting.
    """
    ordered = sorted(reports, key=lambda r: (-r.confidence, -(r.content.end - r.content.start)))
    kept = _Disjoint()
    for report in ordered:
        clashes = kept.overlapping(report.content)
        if not clashes:
            kept.add(report)
            continue
        outer = report.rule not in ("according to", "raising verb") and all(
            report.content.contains(other.content) and report.cue.end <= other.content.start
            and report.content.contains(other.cue)
            for other in clashes
        )
        # Only "according to" sources meet here (see _without_overlaps): of two, one inside the
        # other's content, the inner is kept.
        inner = all(other.rule == "according to" and other.content.contains(report.content) for other in clashes)
        if outer or inner:
            for other in clashes:
                kept.remove(other)
            kept.add(report)
    return kept.reports


class _Disjoint:
    """Reports with disjoint contents, sorted by start: overlap checks are bisects, not scans."""

    def __init__(self) -> None:
        self.reports: list[Report] = []
        self.starts: list[int] = []

    def overlapping(self, span: Span) -> list[Report]:
        first = max(bisect.bisect_right(self.starts, span.start) - 1, 0)
        last = bisect.bisect_left(self.starts, span.end)
        return [other for other in self.reports[first:last] if other.content.overlaps(span)]

    def add(self, report: Report) -> None:
        position = bisect.bisect_left(self.starts, report.content.start)
        self.starts.insert(position, report.content.start)
        self.reports.insert(position, report)

    def remove(self, report: Report) -> None:
        position = self.reports.index(report)
        del self.starts[position], self.reports[position]
