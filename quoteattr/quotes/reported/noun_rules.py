"""The rules led by a noun, an adjective or a quoted fragment rather than a speech verb.

- ``Trump's suggestion that CONTENT`` (a noun of lexicons/claim_nouns.txt) → :func:`noun_that_clause`
- ``Her advisers are convinced that CONTENT`` (an adjective of lexicons/attitude_adjectives.txt)
  → :func:`adjective_that`
- a quoted fragment framed or named as speech → :func:`framed_as`, :func:`named_fragment`,
  :func:`named_passive`, :func:`noun_fragment_clause`
- ``47 percent said CONTENT`` (a poll share) → :func:`poll_share`

Flow: text → tokens → quote candidates → cues and mentions → entities → speakers → Quote.

:func:`quoteattr.quotes.reported.find_reports` runs these over the document or over each sentence
with a quoted fragment. Builds on :mod:`.content` and :mod:`.subjects`.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from quoteattr.attribution.context import AUXILIARIES, Context, manner_adverb, subject_before
from quoteattr.document import Sentence
from quoteattr.model import Span
from quoteattr.quotes.reported.content import MIN_CONTENT_WORDS, _content_end, _inside_marks
from quoteattr.quotes.reported.report import Report
from quoteattr.quotes.reported.subjects import THAT_CLAUSE, _main_subject

#: ``the/his/Trump's [one word] NOUN that``; the noun must be one of lexicons/claim_nouns.txt.
NOUN_THAT = regex.compile(
    r"(?<![\p{L}\p{N}’'])(?:(?P<det>[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur)"
    r"|(?P<owner>\p{Lu}[\p{L}.\-]*+(?:\s++\p{Lu}[\p{L}.\-]*+)?+[’']s))"
    r"\s++(?:\p{Ll}[\p{Ll}\-]*+\s++)?(?P<noun>\p{Ll}++)\s++(?=that\s)"
)


def _claim_noun_thats(text: str, nouns: frozenset[str]) -> Iterator[int]:
    """Offsets of the "that" after a claim noun: a plain string scan, cheaper than any pattern."""
    that = text.find(" that ")
    while that >= 0:
        word_start = text.rfind(" ", max(0, that - 20), that) + 1
        if text[word_start:that] in nouns:
            yield that + 1
        that = text.find(" that ", that + 5)


#: Characters before a claim noun where its determiner or owner may start.
NOUN_THAT_REACH = 60

#: Confidence of a noun's that-clause: below the verb rules, which win an overlap.
NOUN_THAT_CONFIDENCE = 0.6


#: A dash opening an aside closes a noun's that-clause: "his suggestion that X - the candidate began …".
DASH_ASIDE = regex.compile(r"\s[\-—–―]\s")


def _last_person_before(ctx: Context, sentence: Sentence, offset: int) -> int | None:
    """The last person-like mention of the sentence before ``offset``: the owner of "his suggestion",
    the maker of "the statement" ("Reid made the suggestion that …")."""
    found = ctx.persons_between(sentence.span.start, offset)
    return found[-1] if found else None


def noun_that_clause(ctx: Context) -> Iterator[Report]:
    """``Trump's suggestion that CONTENT`` / ``the statement that CONTENT`` (the owner speaks, if named)."""
    text = ctx.doc.text
    nouns = ctx.lexicon.claim_nouns
    for that in _claim_noun_thats(text, nouns):
        sentence = ctx.doc.sentences[ctx.doc.sentence_at(that)]
        match = NOUN_THAT.search(text, max(sentence.span.start, that - NOUN_THAT_REACH), that + 5)
        if match is None or match.end() != that or match.group("noun") not in nouns:
            continue
        start = match.end()
        if ctx.inside_speech(start) or THAT_CLAUSE.match(text, start, sentence.span.end) is None:
            continue
        end = _content_end(ctx, sentence, start)
        dash = DASH_ASIDE.search(text, start, end)
        if dash is not None:
            end = dash.start()
        if len(text[start:end].split()) < MIN_CONTENT_WORDS + 1:
            continue
        owner = ctx.mentions_between(*match.span("owner")) if match.group("owner") else range(0)
        speaker = owner[0] if len(owner) else _last_person_before(ctx, sentence, match.start())
        cue = Span(match.start("noun"), match.end("noun"))
        yield Report(Span(start, end), cue, speaker, None, NOUN_THAT_CONFIDENCE, "noun that")


#: A form of "be" (or "remain", "seem", "feel", "grow"), up to two adverbs, an adjective, "that" or "about":
#: "are *convinced that*", "was acutely *aware that*", "remain *hopeful that*", "is *worried about*"; the
#: adjective must be one of lexicons/attitude_adjectives.txt.
ADJECTIVE_THAT = regex.compile(
    r"(?i)(?<![\p{L}\p{N}])(?P<be>is|are|was|were|be|been|being|am|remains?+|remained|seems?+|seemed|feels?+|felt"
    r"|grows?+|grew|grown|becomes?+|became|[’']s|[’']re|[’']m)"
    r"(?:\s++(?:not|so|very|more|less|all|too|also|still|now|\p{Ll}++(?<=ly))){0,2}+"
    r"\s++(?P<adjective>\p{Ll}++)\s++(?:(?=that\s++\p{L})|about\s++(?=\p{L}))"
)

#: Confidence of an adjective's that-clause: below the verb rules, which win an overlap.
ADJECTIVE_THAT_CONFIDENCE = 0.6


def adjective_that(ctx: Context) -> Iterator[Report]:
    """``Her advisers are convinced that CONTENT`` / ``Cruz was acutely aware that CONTENT`` / ``is worried
    about CONTENT`` — a held view; the subject of the copula holds it."""
    text = ctx.doc.text
    adjectives = ctx.lexicon.attitude_adjectives
    for sentence in ctx.doc.sentences:
        words = text[sentence.span.start : sentence.span.end]
        if " that " not in words and " about " not in words:
            continue  # a plain string test first: most sentences have no that-clause
        for match in ADJECTIVE_THAT.finditer(text, sentence.span.start, sentence.span.end):
            if match.group("adjective") not in adjectives or ctx.inside_speech(match.start()):
                continue
            start = match.end()
            end = _content_end(ctx, sentence, start)
            if len(text[start:end].split()) < MIN_CONTENT_WORDS + 1:
                continue
            copula = ctx.doc.token_at(match.start("be"))
            if copula > sentence.first_token and ctx.word(copula - 1).lower() == "to":
                continue  # "reasons to be skeptical about …": nobody holds the view
            speaker, phrase = subject_before(ctx, sentence.span.start, copula)
            cue = Span(match.start("adjective"), match.end("adjective"))
            yield Report(Span(start, end), cue, speaker, phrase, ADJECTIVE_THAT_CONFIDENCE, "adjective that")


#: The opening mark of a quoted fragment (a regex fragment, group "mark"): “, ", ‘, '' or ``.
OPENING_MARK = r"(?P<mark>[“\"‘]|''|``)"


#: After a framing verb: its object (1-6 words) and "as" before a quoted fragment: "identified *the judge as
#: “*Spanish,”", "denouncing *him as a ''*psychopath.''"; the verb must be one of lexicons/framing_verbs.txt.
FRAMED_AS = regex.compile(
    r"\s++(?:(?:up|down)\s++)?(?P<object>(?:[\p{L}\p{N}][\p{L}\p{N}’'.\-]*+\s++){1,6}?)as\s++(?:(?:an?|the)\s++)?"
    + OPENING_MARK
)

#: A fragment closed by its own comma: ``“Spanish,”`` ends the framed content (PolNeAR train: 3 of 3).
COMMA_CLOSE = regex.compile(r",\s*+(?:[”\"’]|'')\Z")

#: Words that cannot open the object of a framing verb ("identified as", "described to him as").
NOT_OBJECT_OPENERS = frozenset("as to by in on at for with from of".split())

FRAMED_AS_CONFIDENCE = 0.6


def framed_as(ctx: Context, sentence: Sentence) -> Iterator[Report]:
    """``Trump identified the judge as “Spanish,”``: the object cast as a quoted fragment is reported
    content (the fragment is someone's words), the framing verb's subject speaks. Only when no
    other rule reports it (PolNeAR train: 39 of 46 such fragments lay in annotated contents)."""
    text = ctx.doc.text
    for verb in range(sentence.first_token, sentence.end_token):
        if ctx.doc.words[verb].lower() not in ctx.lexicon.framing_verbs:
            continue
        cue = ctx.doc.tokens[verb]
        match = FRAMED_AS.match(text, cue.end, sentence.span.end)
        if match is None or match.group("object").split()[0].lower() in NOT_OBJECT_OPENERS:
            continue
        if manner_adverb(match.group("object").strip()):
            continue  # a passive: "cannot be portrayed simply as “…”"
        start = match.start("object")
        if ctx.inside_speech(start) or _inside_marks(ctx, cue.start):
            continue
        end = _content_end(ctx, sentence, start)
        fragment = ctx.mark_before(match.start("mark"))
        if fragment is not None and fragment.end < end and COMMA_CLOSE.search(text, fragment.start, fragment.end):
            end = fragment.end
        if end <= match.end():
            continue
        speaker = _main_subject(ctx, sentence, verb)
        yield Report(Span(start, end), Span(cue.start, cue.end), speaker, None, FRAMED_AS_CONFIDENCE, "framed as")


#: A noun phrase named by a quoted title: "a website called “Cape Breton If Trump Wins”", "the spot titled
#: "Dangerous,"", "an event billed as “Hard Hats for Hillary,”" (up to 4 words from the determiner).
NAMED_FRAGMENT = regex.compile(
    r"(?i)(?<![\p{L}\p{N}’'\-])(?:a|an|the|his|her|its|their|this)\s++(?:[\p{L}\p{N}’'\-]++\s++){0,3}?[\p{L}\-]++"
    r"\s++(?P<cue>called|titled|entitled|named|billed\s++as)\s++(?:the\s++)?" + OPENING_MARK
)

NAMED_FRAGMENT_CONFIDENCE = 0.5


def _named_by_fragment(ctx: Context, match: regex.Match[str]) -> Span | None:
    """The quoted fragment that opens at the match's "mark" group, unless the match lies in a quote."""
    fragment = ctx.mark_before(match.start("mark"))
    if fragment is None or fragment.start != match.start("mark") or ctx.inside_speech(match.start()):
        return None
    return None if _inside_marks(ctx, match.start()) else fragment


def named_fragment(ctx: Context, sentence: Sentence) -> Iterator[Report]:
    """``a memo titled “The Facts on Where the Race Stands”``: a thing named by a quoted title is reported
    content with no speaker (PolNeAR train: 10 of 14 such phrases with no other report were annotated;
    "known as" left out, 2 of 4; the comma form "The ad, titled “…”" too, 3 of 6). Without quotation marks "a group called X" is no report
    (:func:`_naming_participle`)."""
    text = ctx.doc.text
    for match in NAMED_FRAGMENT.finditer(text, sentence.span.start, sentence.span.end):
        fragment = _named_by_fragment(ctx, match)
        if fragment is None:
            continue
        if ctx.persons_between(match.start(), match.start("cue")):
            continue  # "(a book by) the comedian Michael Ian Black titled “…”": a person names no thing
        cue = Span(match.start("cue"), match.end("cue"))
        yield Report(Span(match.start(), fragment.end), cue, None, None, NAMED_FRAGMENT_CONFIDENCE, "named fragment")


#: A passive naming verb before a quoted fragment: "she *is nicknamed* ''Naked Girl''", "what *had been called*
#: the “Golden Week,”", "*being dubbed* the “presumptive nominee”".
NAMED_PASSIVE = regex.compile(
    r"(?i)(?<![\p{L}\p{N}’'\-])(?P<be>is|are|was|were|be|been|being)\s++"
    r"(?:(?:\p{L}++ly|once|also|often|sometimes|now|long|even)\s++)?"
    r"(?P<cue>called|named|dubbed|nicknamed|titled|entitled|labell?+ed|branded)\s++(?:(?:the|an?)\s++)?" + OPENING_MARK
)

#: Words that open the subject of a passive naming and are part of it: "*what* is called", "*she* is nicknamed".
SUBJECT_WORDS_FIRST = frozenset("what who which she he it they we this that".split())

#: Words and marks before the subject of a passive naming: "Ohio eliminated *what* …", "and *it* …".
BEFORE_SUBJECT = frozenset(", ; : ( — – “ ” \" and but or because while when if after before since as".split())

#: Most words of the subject of a passive naming: "This feature of the Gülen movement".
MAX_NAMED_SUBJECT_WORDS = 8


def _passive_subject_start(ctx: Context, sentence: Sentence, be: int) -> int | None:
    """Where the subject of a passive naming starts, back from its "be" over auxiliaries and adverbs;
    None when it runs on for more than :data:`MAX_NAMED_SUBJECT_WORDS` words."""
    index = be - 1
    while index >= sentence.first_token and (ctx.word(index).lower() in AUXILIARIES or manner_adverb(ctx.word(index))):
        index -= 1
    last = index
    while index >= sentence.first_token and last - index < MAX_NAMED_SUBJECT_WORDS:
        lower = ctx.word(index).lower()
        if lower in BEFORE_SUBJECT:
            return ctx.doc.tokens[index + 1].start if index < last else None
        if lower in SUBJECT_WORDS_FIRST or index == sentence.first_token:
            return ctx.doc.tokens[index].start
        index -= 1
    return None


def named_passive(ctx: Context, sentence: Sentence) -> Iterator[Report]:
    """``This tactic has been called “strategic ambiguity”``: a subject named by a quoted fragment in the
    passive is reported content, from the subject to the fragment, with no speaker (PolNeAR train: 9 of 9
    such fragments with no other report lay in an annotated content)."""
    text = ctx.doc.text
    for match in NAMED_PASSIVE.finditer(text, sentence.span.start, sentence.span.end):
        fragment = _named_by_fragment(ctx, match)
        if fragment is None:
            continue
        be = ctx.doc.token_at(match.start())
        start = match.start() if match.group("be").lower() == "being" else _passive_subject_start(ctx, sentence, be)
        if start is None:
            continue
        cue = Span(match.start("cue"), match.end("cue"))
        yield Report(Span(start, fragment.end), cue, None, None, NAMED_FRAGMENT_CONFIDENCE, "named passive")


def noun_fragment_clause(ctx: Context, sentence: Sentence) -> Iterator[Report]:
    """``her remark that “there's a special place in hell …”``, ``his promise to be “neutral”``: the "that"
    or "to" clause of a noun of lexicons/fragment_nouns.txt is reported content when it holds a quoted
    fragment; the last person before the noun speaks."""
    text = ctx.doc.text
    for noun in range(sentence.first_token, sentence.end_token - 2):
        if ctx.word(noun).lower() not in ctx.lexicon.fragment_nouns:
            continue
        opener = ctx.word(noun + 1)
        if opener != "that" and not (opener == "to" and ctx.word(noun + 2)[:1].islower()):
            continue
        start = ctx.doc.tokens[noun + 1].start
        if ctx.inside_speech(start) or _inside_marks(ctx, start):
            continue
        end = _content_end(ctx, sentence, start)
        fragments = ctx.spans_overlapping(ctx.mark_spans, ctx.mark_starts, Span(start, end))
        if not any(start < fragment.start < end for fragment in fragments):
            continue
        if len(text[start:end].split()) < MIN_CONTENT_WORDS:
            continue
        speaker = _last_person_before(ctx, sentence, ctx.doc.tokens[noun].start)
        cue = ctx.cue_span(noun)
        yield Report(Span(start, end), cue, speaker, None, NOUN_THAT_CONFIDENCE, "noun fragment clause")


#: A poll share speaking: "47 percent said …", "about two-thirds of voters say …", "56 percent would vote
#: for Clinton". PolNeAR train, share + verb starting an annotated content: said 30/34, say 7/8, would vote
#: for 4/5; left out: "support" (2/17, mostly the noun: "45 percent support among …"), "chose" (0/6).
POLL_SHARE = regex.compile(
    r"(?<![\p{L}\p{N}])(?P<share>(?:(?:[Aa]bout|[Aa]round|[Nn]early|[Aa]lmost|[Oo]nly|[Jj]ust|[Rr]oughly"
    r"|[Mm]ore\s++than|[Ll]ess\s++than|[Ff]ewer\s++than|[Oo]ver)\s++)?"
    r"(?:\d++(?:\.\d++)?+\s*+(?:percent|per\s++cent|%)|\p{L}++(?:-\p{L}++)?+\s++percent"
    r"|(?:[Aa]|[Tt]he)\s++(?:\p{Ll}++\s++)?majority|(?:[Oo]ne|[Tt]wo)-thirds?|[Hh]alf|\p{L}++\s++in\s++(?:10|ten))"
    r"(?:\s++of\s++[^,.;:!?\"“”\n]{1,60}?)?)"
    r"\s++(?P<cue>said|says?|would\s++(?:vote\s++for|choose|support|back))\s++(?=[^\s,.;:!?])"
)

#: Words one of which every poll share holds; found by plain string scans, cheaper than any pattern.
POLL_SHARE_KEYS = ("percent", "per cent", "%", "majority", "third", "half", "Half", " in 10", " in ten")


def _share_keys(text: str) -> list[int]:
    """Offsets of the POLL_SHARE_KEYS in the text, in order."""
    keys = []
    for word in POLL_SHARE_KEYS:
        found = text.find(word)
        while found >= 0:
            keys.append(found)
            found = text.find(word, found + 1)
    return sorted(keys)


#: Characters before a share's key word ("percent", "majority") where the share may start.
POLL_SHARE_REACH = 40

#: Where the choice of "would vote for CHOICE" ends: "Clinton for president", "Trump, followed by …".
CHOICE_END = regex.compile(r"\s*+[,;(]|\s++(?:for|in|while|and|but|if|over|against)\s")

#: Confidence of a poll share's report.
POLL_SHARE_CONFIDENCE = 0.7


def poll_share(ctx: Context) -> Iterator[Report]:
    """``47 percent said CONTENT`` / ``Thirty-seven percent would vote for CONTENT`` (the share speaks)."""
    text = ctx.doc.text
    after = 0
    for key in _share_keys(text):
        if key < after:
            continue  # "… percent of the 30 percent who …": one share
        sentence = ctx.doc.sentences[ctx.doc.sentence_at(key)]
        window = max(after, sentence.span.start, key - POLL_SHARE_REACH)
        match = POLL_SHARE.search(text, window, min(sentence.span.end, key + POLL_SHARE_REACH * 2))
        if match is None:
            continue
        after = match.end()
        start = match.end()
        if ctx.inside_speech(start):
            continue
        end = _content_end(ctx, sentence, start)
        if match.group("cue").startswith("would"):
            choice = CHOICE_END.search(text, start, end)  # "would vote for ⟦Trump⟧, followed by Cruz …"
            end = choice.start() if choice is not None else end
        if end <= start:
            continue
        share = Span(match.start("share"), match.end("share"))
        cue = Span(match.start("cue"), match.end("cue"))
        yield Report(Span(start, end), cue, None, share, POLL_SHARE_CONFIDENCE, "poll share")
