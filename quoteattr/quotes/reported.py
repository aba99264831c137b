"""Reported speech: indirect and mixed quotes found from their cues.

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
  it) → :func:`verb_then_content` with :func:`_parenthetical_start`
- ``the toll, which Ruiz said was unfair, …`` (a relative clause whose subject speaks: the content
  starts at the relative word) → :func:`verb_then_content` with :func:`_object_relative_start`

A content that takes in a second report in a clause of its own ("… opposed it, and Cruz opposed the measure")
ends before that clause (:func:`_split_nested`). Where contents overlap, one report is kept (:func:`_without_overlaps`): an outer report over one nested in
its content, an "according to" report over the reports nested in its content (PolNeAR marks the outer one),
else the more confident. Quoted fragments inside the content make the report MIXED (in ``pipeline``).
When a backend filled a dependency parse, ``attribution.syntax.reported_speech`` adds the reports the
parse shows (the cue's ``ccomp``) beside these surface rules, and the overlap rule above chooses.
"""

from __future__ import annotations

import bisect
from collections.abc import Collection, Iterator

import attrs
import regex

from quoteattr.attribution.context import (
    AUXILIARIES,
    BE_FORMS,
    MODALS,
    OBJECT_MARKERS,
    PREPOSITIONS,
    SUBORDINATORS,
    WEEKDAY_NAMES,
    Context,
    appositive_subject,
    clause_start,
    last_clause_subject,
    long_subject,
    ly_adverb,
    relative_pronoun,
    restrictive_relative,
    subject_after,
    subject_before,
    subject_head,
    subject_mentions,
)
from quoteattr.document import MentionKind, Sentence
from quoteattr.model import Span
from quoteattr.text.titlecase import is_title_case

#: Verbs whose object (the person told) stands between the verb and the content.
TELLING_VERBS = frozenset(
    "tell told tells telling inform informed informs assure assured assures remind reminded "
    "reminds warn warned warns urge urged urges ask asked asks advise advised convince convinced "
    "promise promised promises".split()
)

#: Telling verbs whose object, before an infinitive, is in the reported content: "urged [the White House
#: to act]", "asked [voters to stay home]" (PolNeAR train, content after these + object + "to": starting
#: at the object 67 times, at "to" 21 times).
OBJECT_IN_CONTENT = frozenset("urge ask warn".split())

#: An infinitive right after a telling verb's object, or a word or two on: "urged the judge [to give …]",
#: "[not to spread …]", "urged the technology [industry to do more]".
OBJECT_TO = regex.compile(r"\s++(?:\p{Ll}[\p{Ll}\-]*+\s++){0,2}?(?:not\s++)?to\s++\p{L}")

#: A one-word answer as the whole content: "said yes", "said no.", "thought so" (PolNeAR marks them: train,
#: 12 right in 14); not "said no one", "said no decision".
ANSWER = regex.compile(r"(?i)((?:yes|no|so))(?=\s*+(?:[.,;!?]|$|(?:but|while|and|in|after|compared)\b))")

#: Cues of a one-word answer.
ANSWER_CUES = frozenset("say answer reply think believe".split())

#: Words that open the content after a telling verb's object: "asked [him] whether …".
CLAUSE_OPENERS = frozenset("that , : to whether if why how what when where who".split())

#: Speech verbs that never take an infinitive as content ("said to be", "spoke to him").
NO_INFINITIVE = frozenset("say speak talk tell write add note".split())

#: Speech verbs whose plain object is rarely reported content: "maintained his lead", "confirmed
#: the date", "pursued the nomination", "emailed supporters". They report a that-clause only
#: (PolNeAR train, without "that": maintain 2 right of 23, term 3 of 18, advise 3 of 18, email 7 of 27,
#: confirm 6 of 21, pursue 5 of 17).
THAT_ONLY = frozenset("maintain term advise email confirm pursue".split())

#: Cue forms that are more often nouns, reporting a that-clause only: "Rust Belt states [Indiana, Michigan …]",
#: "a former state [party chairman]" (PolNeAR train, without "that": state and states 6 right reports in 27;
#: "stated", "stating" stay: 7 in 10).
THAT_ONLY_FORMS = frozenset("state states".split())

#: Cues whose plain object is rarely reported content ("threatened legal action", "shouted obscenities",
#: "assumed office"); they report only a clause ("that …", "to …", "whether …"). PolNeAR train, plain
#: objects of these: 12 right reports in 56 (threaten, laugh, shout 1 in 7 each; venture 1 in 6).
CLAUSE_ONLY = frozenset("threaten laugh shout venture assume text remark request".split())

#: Words after a cue form that make it no speech: "compared with/to" a figure, "thanks to", "add up to"
#: (PolNeAR train: compared with 0 right reports in 9, compared to 0 in 3, thanks to 0 in 4, add up 0 in 3);
#: "named for/after" its founder.
NOT_A_CUE_BEFORE = {
    "compare": frozenset(["with", "to"]),
    "thank": frozenset(["to"]),
    "add": frozenset(["up"]),
    "named": frozenset(["for", "after"]),
}

#: Intransitive speech verbs: they report content only through a listed particle ("spoke about",
#: "talked of"); "spoke at a rally", "speaking on the condition of anonymity" report nothing
#: (on PolNeAR train, bare speak forms gave 35 right reports against 81 wrong ones).
NEEDS_PARTICLE = frozenset("speak talk".split())

#: A quantity after "about", which is then "approximately": "said about half of …", "about 20 people".
APPROXIMATE_QUANTITY = (
    r"\d|(?:half|a\s++(?:third|quarter|dozen|hundred|thousand|million|billion)|one|two|three|four|five|six|seven"
    r"|eight|nine|ten|twenty|thirty|forty|fifty|hundreds|thousands|millions|dozens)(?![\p{L}\p{N}])"
)

#: The particle of "speak"/"talk" after a few words: "spoke to CNN about", "talks freely of",
#: "spoke at the White House on Tuesday about" (no punctuation between);
#: "of" only after an adverb: "spoke highly of"; "spoke on the condition of anonymity" is no report.
LATE_PARTICLE = regex.compile(
    r"(?:\s++(?!about\b|of\b)[\p{L}\p{N}’'\-.]++){1,10}?"
    r"(?:\s++about(?!\s++(?:" + APPROXIMATE_QUANTITY + r"))|(?<=\p{L}ly)\s++of)\s++"
)

#: Time and manner phrases between a cue and its content ("said on Monday that").
ADVERBIAL = regex.compile(
    r"""(?xi)
    (?:\s*+,?\s*+
      (?:(?:on\s+)?(?:"""
    + "|".join(WEEKDAY_NAMES)
    + r""")(?:\s+(?:morning|afternoon|evening|night))?
        |(?:yesterday|today|tonight|earlier|later|recently|previously|repeatedly|again|also|privately|publicly|flatly|simply|last\s+(?:week|month|year|night))
        |in\s+(?:a|an|his|her|their|its|the)\s+(?:\w+\s+){0,2}(?:statement|interview|speech|tweet|post|letter|email|e-mail|op-ed|memo|report|address|appearance|call|briefing|conference|video|release|filing|message|book|memoir|column|essay|article|editorial|remarks|testimony|podcast)(?:\s+(?:with|to|on|at)\s+(?:(?-i:\p{Lu})[\w.’'-]*+\s*+|the\s+)+)?
        |at\s+(?:a|an|the)\s+(?:\w+\s+){0,2}(?:rally|event|conference|briefing|hearing|meeting|debate|news\s+conference|press\s+conference)
        |during\s+(?:a|an|the)\s+(?:\w+\s+){0,2}(?:interview|debate|speech|hearing|call|appearance|briefing)
        |on\s+(?:twitter|facebook|cnn|fox|msnbc|television|tv|air)
        |in\s+(?:a|an|the|his|her|their|its)\s+(?:[\p{L}\-]++\s++){0,2}+[\p{L}\-]++(?=\s*+,)   # "in the committee hearing,"
        |in\s+\p{L}\w*+   # "in Ohio", and, as (?i) has always let it, "in the" / "in unison" (case-sensitive: train -7)
      )(?![\p{L}\p{N}])
    ){1,3}+
    """
)

#: A report read off the parse (the cue's ``ccomp``) beats a surface pattern.
SYNTAX_CONFIDENCE = 0.9

#: How far a pattern may look from where it starts, in characters. `regex` scans up to the
#: end position it is given, so every match gets a short window rather than the sentence end.
WINDOW = 200

#: A source named after "according to": up to the next comma or stop.
SOURCE_PHRASE = regex.compile(r"\s*+([^,.;]{1,60}+)")

#: Longest reported content, in characters: keeps the search around each cue bounded,
#: so cost stays linear even in a megabyte without a sentence end.
MAX_CONTENT_CHARS = 1500

#: Content must have at least this many words to be a report ("as he said before" has none).
MIN_CONTENT_WORDS = 3

#: Right after its cue verb, content may be shorter: "endorsed Maria Lopez", "praised the mayor's plan".
#: (On PolNeAR train, allowing two words found 79 more right reports among 193 more; one word, 28 among 100.)
MIN_OBJECT_WORDS = 2

#: Words that, right after a cue verb, show it is not reporting speech here; "by" and "from" open an
#: agent, a means or a place: "was supported by 42 percent", "responded by settling", "reported from Iowa"
#: (PolNeAR train, content we started with them: by 16 right of 51, from 5 of 24); "and" joins a second verb
#: or noun to the cue ("faltered and flailed", "sniper posts and other fortifications": 8 right of 31).
NOT_CONTENT_START = frozenset(
    ". , ; : ) ? ! so goodbye hello yes no nothing anything something sorry by from and".split()
)


@attrs.frozen
class Report:
    """An indirect-speech candidate."""

    content: Span
    cue: Span
    speaker: int | None  # mention index
    speaker_phrase: Span | None  # a subject that is not a known mention ("the report")
    confidence: float
    rule: str
    relative: Span | None = None  # "Ruiz, who said …": the pronoun standing for the speaker


#: The punctuation a :data:`TRAILING_CUE` starts from.
CUE_PUNCTUATION = regex.compile(r"[,;—–]")


def _space_start(text: str, floor: int, offset: int) -> int:
    """The start of the white space run ending at ``offset`` (not before ``floor``)."""
    while offset > floor and text[offset - 1].isspace():
        offset -= 1
    return offset


def _content_end(ctx: Context, sentence: Sentence, start: int) -> int:
    """Where reported content starting at ``start`` ends: the sentence end, or a trailing cue.

    ``…, adding that …``, ``…, according to …`` and ``…, he said`` close the content.
    """
    text = ctx.doc.text
    end = min(sentence.span.end, start + MAX_CONTENT_CHARS)
    mark = CUE_PUNCTUATION.search(text, start, end)  # every trailing cue follows one: skip the search if none
    tail = TRAILING_CUE.search(text, _space_start(text, start, mark.start()), end) if mark else None
    if tail is not None:
        end = tail.start()
    clause = _clause_break(ctx, start, end)
    if clause is not None and len(text[start : clause.start()].split()) >= MIN_OBJECT_WORDS:
        end = clause.start()  # "addressed the matter, treating it as …" (PolNeAR train: 4 more right, dev 1)
    joined = _joined_cue(ctx, start, end)
    if joined is not None and len(text[start:joined].split()) >= MIN_OBJECT_WORDS:  # "calling it “vile” and adding …"
        end = joined
        while end > start and text[end - 1] in " ,":
            end -= 1
    end = _past_open_quote(ctx, start, end, min(sentence.span.end, start + MAX_CONTENT_CHARS))
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".;:!?"):
        end -= 1
    return end


def _clause_break(ctx: Context, start: int, end: int) -> regex.Match[str] | None:
    """The first :data:`NEW_CLAUSE` break in the content, passing over the dash that closes an aside
    opened inside it ("the ferry — a relic of the war — would stop" goes on) and an appositive that
    is no summary ("…, a charge his rivals denied" ends the content; "…, a bridge and a pier" does not)."""
    text = ctx.doc.text
    for clause in NEW_CLAUSE.finditer(text, start, end):
        if clause.group("summary") is not None:
            if any(word in ctx.lexicon.summary_nouns for word in clause.group("summary").split()):
                return clause
        elif clause.group("contrast") in THAT_CLAUSE_GOES_ON and text.startswith("that ", start):
            continue  # "found that 48 percent backed it, while 30 percent opposed it": one finding set against another
        elif not (DASHES.search(clause.group()) and len(DASHES.findall(text, start, clause.start())) % 2):
            return clause
    return None


#: A dash that may open or close an aside.
DASHES = regex.compile(r"[—―–]")

#: Contrast words after which a that-clause goes on: "a poll found that 48 percent backed the plan, while 30
#: percent opposed it" (PolNeAR train, that-clauses cut at ", while": gold goes on 8 times in 12; going on
#: gives 3 more right reports, dev no change; ", but"/", though" after "that" go on as rarely as elsewhere).
THAT_CLAUSE_GOES_ON = frozenset(["while", "whereas"])


def _past_open_quote(ctx: Context, start: int, end: int, limit: int) -> int:
    """A content end cut inside quotation marks that open within the content moves to the closing
    mark: ``said the Trump "train may have left the station. I don't want …, but after …"`` — a cue
    or clause break inside the quoted words is the speaker's, not the end of the report."""
    quote = ctx.mark_before(end - 1)
    if quote is not None and start <= quote.start and end < quote.end:
        return min(quote.end, limit)
    return end


def _inside_marks(ctx: Context, offset: int) -> bool:
    """Whether ``offset`` lies inside any quotation marks, a quoted fragment or term included: the
    quoted words are someone's own, and a cue among them reports nothing of the writer's (PolNeAR train:
    7 right reports in 43)."""
    mark = ctx.mark_before(offset)
    return mark is not None and offset < mark.end


def _joined_cue(ctx: Context, start: int, end: int) -> int | None:
    """Where a second cue joined by "and", "but" or a comma starts inside content: "… the party
    platform *and noted* that …", "Moss, who says …, *tweeted* that …" (a new report begins);
    also a few words on (:func:`_cue_after_and`): "… *and she accused* …", "…, *and Democrats accused* …"."""
    text = ctx.doc.text
    for joint in JOINED_WORD.finditer(text, start, end):
        if _inflected_cue(ctx, joint.group(1)) or (text[joint.start()] != "," and _cue_after_and(ctx, joint, end)):
            return int(joint.start())
    return None


def _inflected_cue(ctx: Context, word: str, base: bool = False) -> bool:
    """A speech verb's past or present form ("noted", "says"), not its base form ("say", also a noun);
    with ``base``, the base form only."""
    verb = ctx.lexicon.verb_forms.get(word.lower())
    return verb is not None and verb.kind in ("speech", "weak") and (verb.lemma == word.lower()) == base


def _name_before(text: str, offset: int) -> bool:
    """Whether a capitalized word ends right before ``offset``: "what Avery *and* Lopez said" joins two
    names into one subject, no second clause."""
    words = text[max(0, offset - WINDOW) : offset].split()
    return bool(words) and words[-1][:1].isupper()


#: Subject pronouns that may open a second clause before its cue: "… and *she* accused …".
SUBJECT_PRONOUNS = frozenset("he she they we I".split())

#: The words after "and"/"but", up to a punctuation mark: where a second cue may stand a few words on.
WORDS_AFTER_JOINT = regex.compile(r"[\p{L}’'.\-]++|[^\s\p{L}]")

#: Words before a cue's base form that make it a verb, not a noun: "… but did not *suggest* …", "and would *say*".
BEFORE_BASE_FORM = MODALS | {"not", "never"}

#: Most words between "and"/"but" and a second cue verb: "and Senator Bernie Sanders accused".
MAX_JOINED_GAP = 5


def _cue_after_and(ctx: Context, joint: regex.Match[str], end: int) -> bool:
    """A second report opened by "and"/"but" with its cue a few words on: the words between are a
    pronoun, auxiliaries or adverbs ("and she accused", "and has repeatedly called", "but then announced",
    "but did not suggest"), or any subject after a comma or opening with a name ("…, and most Democrats
    said", "and Clinton said"; not "Vega and Ruiz said": one subject). PolNeAR train: 50 more right reports
    among 49 more; dev 6 more among 6."""
    text = ctx.doc.text
    words = WORDS_AFTER_JOINT.findall(text, joint.end(), min(end, joint.end() + WINDOW))[: MAX_JOINED_GAP + 1]
    if words and words[0].lower() == "that":
        return False  # ", and that the emails she sent …": a second that-clause of the same cue (PolNeAR train +1)
    for index in range(1, len(words)):
        if not words[index][:1].isalpha():
            return False  # the clause ends before any cue
        if _inflected_cue(ctx, words[index]) or (
            words[index - 1].lower() in BEFORE_BASE_FORM and _inflected_cue(ctx, words[index], base=True)
        ):
            gap = words[:index]
            before = text[max(0, joint.start() - 3) : joint.start()].rstrip()
            return (
                all(word.lower() in AUXILIARIES or word.lower() in BE_FORMS or word in SUBJECT_PRONOUNS for word in gap)
                or before.endswith(",")
                or (gap[0][:1].isupper() and not _name_before(text, joint.start()))
            )
    return False


#: "and", "but" or a comma, and the word after it: where a second cue may join.
JOINED_WORD = regex.compile(r"(?i)(?:(?<![\p{L}\p{N}])(?:and|but)(?![\p{L}\p{N}])|,)\s*+(?=([\p{L}\p{N}’'\-]++))")


#: A cue that closes reported content: ", adding that", ", according to", ", he said", ", the county harbor
#: master Tomas Ruiz said at a meeting in …" (up to six words of subject and 120 characters after the cue;
#: PolNeAR train, against four words and 40 characters: 16 more right reports among 24 more; dev 2 among 2).
TRAILING_CUE = regex.compile(
    r"""(?xi)(?:\s*+[,;—–]|(?<=,[”"’']{1,2}))\s*+(?:and\s+)?(?:
        according\s+to\b
      | as\s+(?:he|she|they|one\s+\p{L}++)\s+(?:put|puts)\s+it\b
      | (?:adding|saying|noting|arguing|claiming|insisting|warning|explaining|stressing|suggesting|citing|calling|telling)\b
      | (?:said|says|told|added|wrote|argued|claimed|insisted)\b
      | (?:\p{L}++\s++){0,6}?(?:said|says|added|told|noted|argued|wrote|claimed|explained|insisted|warned|stated)\b[^,]{0,120}+$
    )"""
)


#: A new clause with its own subject, or a second verb phrase, ends reported content:
#: "…, but many corporations have found ways", "…, and Republicans want", "… and called for",
#: "…, and other leaders said …" (a second report), "…; the rest", "…, pointing to his wins" (on PolNeAR train, annotated content ends at a
#: semicolon 96 times and runs across one 54 times; at ", VERB-ing" 588 times against 331); an appositive
#: with a noun of lexicons/summary_nouns.txt sums the content up ("…, a charge his rivals denied"). ", but that …",
#: ", but also …", ", but rather …" go on with the content: a second part of it (train: 7 more right, dev same).
#: ", though not …" goes on too: "it was possible, though not likely, that …" (train: 2 more right, dev same;
#: ", but not …" as often ends it).
#: A comma inside closing quotation marks counts: "… was “a disaster,” but …"; "yet" is "but" (train: 3 more
#: right, dev 7).
#: "during" and "ranging" are no participles (", during a meeting", ", ranging from …"; train: 4 more right).
#: A dash ends it unless it opens or closes an aside: "the ferry — a relic — would stop" (train: 20 more right,
#: 11 fewer reports; dev same).
NEW_CLAUSE = regex.compile(
    r"""(?x)(?:\s*+,|(?<=,[”"’']{1,2}))\s++(?P<contrast>but|yet|while|whereas|although|though)\s++(?!(?:that|also|rather|instead)\b|(?<=though\s++)not\b)  # ", but many corporations have found ways" (not ", but that …", ", though not …")
      | \s*+,\s++and\s++(?=(?:he|she|they|it|we|I|the|\p{Lu})\b)  # ", and Republicans want"
      | \s++[—―–]\s++(?![^—―–]*+[—―–])  # " — the rest" (not a dash opening an aside: "the ferry — a relic — would")
      | \s*+;\s++  # "; the rest"
      | (?:\s*+,|(?<=,[”"’']{1,2}))\s++(?:and|but)\s++(?:[\p{L}’'.-]++\s++){1,5}?(?:said|says|say|told|added|argued|noted|wrote|insisted|warned|claimed)\b  # ", and other leaders said" (a second report)
      | (?:\s*+,|(?<=,[”"’']{1,2}))\s++(?!including\b|according\b|during\b|ranging\b)\p{Ll}++(?<=ing)\s  # ", pointing to his wins" (not ", during a meeting")
      | \s++and\s++(?=(?:called|said|added|urged|warned|asked|told|vowed|promised|accused|encouraged)\b)  # " and called for"
      | \s*+,\s++(?:a|an)\s++(?P<summary>\p{Ll}++(?:\s++\p{Ll}++){0,2}+)  # ", a charge his rivals denied" (a noun of lexicons/summary_nouns.txt)
    """
)

#: A prepositional phrase between a cue and its that-clause: "said at an event in Colorado Springs that",
#: "suggested to me that", "wrote on Twitter on Monday that". A subject must follow "that": after a noun
#: it is more often a relative pronoun ("a speech that has hardly changed").
PHRASE_BEFORE_THAT = regex.compile(
    r"(?i)\s++(?:at|in|on|during|to|before|after|from|with|over|via|through|outside|inside)\s++"
    r"(?:[\p{L}\p{N}’'\-.]++\s++){1,8}?"
    r"(?=that[\s,]++[“\"‘]?+(?:he|she|they|it|we|I|you|the|a|an|his|her|their|its|this|these|there|(?-i:\p{Lu})[\p{L}’'.\-]*+)\b)"
)

#: Words between a cue and its that-clause: "told one of his aides on a regular basis that …", "told one of
#: his old friends from the county fair on a regular basis that …" (PolNeAR: up to 14 words, not 10, finds 1
#: more right report on train and on dev, nothing lost).
OBJECT_BEFORE_THAT = regex.compile(r"(?:[\p{L}\p{N}’'\-.]++\s++){1,14}?(?=that\s)")

#: A question word that opens the content of a telling verb: "asked [Pence] *whether* that would …" keeps it
#: (a "that" further on is no that-clause of the cue).
QUESTION_WORD = regex.compile(r"(?i)(?<![\p{L}\p{N}])(?:whether|if|how|why|what|when|where|who)(?![\p{L}\p{N}])")

#: An adverb right after a cue: "complained bitterly that", "said repeatedly that".
MANNER_ADVERB = regex.compile(r"\p{L}++(?<=ly)\s++(?=that\s)")


#: A preposition that ties a cue to what it is about; annotators leave it out of the content:
#: "talked *about* the ferry", "commented *on* the plan", "hinted *at* a run", "railed *against* it"
#: (PolNeAR train, content we started with one: about 32 without it, 16 with; on 20/4; at 16/9; against 7/3).
LEADING_PARTICLE = regex.compile(
    r"(?i)(?:about(?!\s++(?:" + APPROXIMATE_QUANTITY + r"))|on|at|against)\s++(?!that\b|to\b|\W)"
)

#: The first word of a content (or its first character when it starts with no letter).
FIRST_WORD = regex.compile(r"[\p{L}]++|\S")
#: Punctuation that ends a clause.
CLAUSE_PUNCTUATION = regex.compile(r"[,;:]")


#: Content that is a clause: it keeps a relative clause inside it ("said that Ruiz, who …, would run").
CLAUSE_CONTENT = regex.compile(r"(?i)(?:that|whether|if|how|why|what|when|where|who|to)\b")

#: A non-restrictive relative clause after a noun object, which closes the content; so do ", when …" after a
#: time ("…, since January, when the group began"; PolNeAR train: 3 more right among 2 more reports, dev 2 among
#: 1; ", where …" gave 1 among 4, left out) and a concessive ", even though …" (train: 3 more right among 1 more
#: report, dev same; ", although", ", though", ", because" lost on train).
NONRESTRICTIVE = regex.compile(r",\s++(?:who|which|whose|when|even\s++(?:though|as|if))\b")

#: An appositive that glosses a name and runs to the end of the content: "…, the party's nominee", "…, a
#: former mayor" (PolNeAR train: 9 more right reports, 3 more reports; dev same).
NAME_APPOSITIVE = regex.compile(r"(?<=\p{Lu}[\p{L}.]*),\s++(?:the|a|an)\s[^,;]*+$")


def _name_object(lemma: str, text: str, start: int, end: int) -> bool:
    """A one-word content that is a name: "endorsed [Clinton]", "attacked [Romney]", "criticizing [Comey]"
    (PolNeAR train: 23 right of 38 new reports, 21 with the right speaker; dev 3 of 6). Not after "say"-like
    verbs, where a name after the cue is its subject ("…, said Ryan"), nor "thank Obama"."""
    return text[start:end].strip()[:1].isupper() and lemma not in NO_INFINITIVE and lemma != "thank"


def _bare_relative(ctx: Context, sentence: Sentence, verb: int, start: int, end: int) -> Span | None:
    """The relative pronoun right before a cue whose antecedent no subject rule finds: "lawmakers *who*
    thought she was too involved", "David Duke, *who* endorses Trump". PolNeAR's Source is the pronoun
    (train: 50 right of 97 new reports, 43 with the right speaker; dev 2 of 4). Not when a cue verb (not a
    noun after an article: "denied any part in the attacks") follows in the content: "those who want X, most are planning to …" runs into the main clause's own report; nor
    an infinitive: "a bully who has repeatedly pledged to ban …" (train: 2 right of 18, mostly one
    boilerplate editor's note)."""
    pronoun = relative_pronoun(ctx, sentence.span.start, verb) or restrictive_relative(ctx, sentence.span.start, verb)
    if pronoun is None or ctx.doc.text.startswith("to ", start):
        return None
    later = range(verb + 1, sentence.end_token)
    if any(ctx.doc.tokens[i].start < end and ctx.is_cue_verb(i) and ctx.word(i - 1).lower() not in NOUN_MARKERS for i in later):
        return None
    return pronoun


#: Articles that make the cue form after them a noun: "any part in *the* attacks" (PolNeAR train: 2 right
#: reports more in 3, dev 1 in 1; possessives and "of" too: 2 in 5, attributed F1 lower).
NOUN_MARKERS = frozenset("the a an".split())


def verb_then_content(ctx: Context, sentence: Sentence, verb: int) -> Report | None:
    """``Peskov said (on Monday) (that) CONTENT.`` / ``Trump told reporters CONTENT`` / ``…, arguing that CONTENT``."""
    doc, text = ctx.doc, ctx.doc.text
    word = ctx.word(verb).lower()
    lemma = ctx.lexicon.verb_forms[word].lemma  # a cue verb: find_reports calls this only for lexicon forms
    position = doc.tokens[verb].end
    opens_sentence = verb == sentence.first_token or ctx.word(verb - 1).lower() in ("when", "if", "once")
    asked_first = opens_sentence and word in TELLING_VERBS  # "Asked (by Holt) whether …, Avery said"
    agent = _passive_agent(ctx, verb, sentence) if asked_first else None
    passive = not asked_first and _is_passive(ctx, sentence, verb)
    by_agent = _by_agent(ctx, verb, sentence) if passive else None
    if agent is not None:
        position = ctx.mention(agent).span.end
    elif by_agent is not None:
        position = ctx.mention(by_agent).span.end  # "was asked by the host Dana Holt whether …"
    elif word in TELLING_VERBS:
        position = _after_object(ctx, verb, sentence)
        if lemma in OBJECT_IN_CONTENT and OBJECT_TO.match(text, position, sentence.span.end):
            position = doc.tokens[verb].end  # "urged [the judge to give me a fair sentence]": the object is in it
    phrase_then_that = PHRASE_BEFORE_THAT.match(text, position, min(sentence.span.end, position + WINDOW))
    adverbial = phrase_then_that or ADVERBIAL.match(text, position, min(sentence.span.end, position + WINDOW))
    if adverbial:
        position = adverbial.end()
    while position < sentence.span.end and text[position] in " ,\u00a0":  # a no-break space too; not a line break
        position += 1
    if position >= sentence.span.end:
        return None
    position = _skip_to_that(ctx, verb, position, sentence.span.end)
    if lemma in NEEDS_PARTICLE and ctx.cue_phrase_end(verb) is None:
        late = LATE_PARTICLE.match(text, doc.tokens[verb].end, min(sentence.span.end, doc.tokens[verb].end + WINDOW))
        if late is None:
            return None
        position = late.end()  # "spoke to CNN on Monday about …": the content follows the particle
    else:
        particle = LEADING_PARTICLE.match(text, position, min(sentence.span.end, position + WINDOW))
        if particle is not None:
            position = particle.end()  # "commented on [the ferry]", "railed against [the plan]"
    if lemma == "say" and SAY_TOPIC.match(text, doc.tokens[verb].end, sentence.span.end):
        return None  # "Ruiz said of the plan: “…”": the topic, not what was said
    first_word = FIRST_WORD.match(text, position, position + 30)
    answer = ANSWER.match(text, position, min(sentence.span.end, position + WINDOW))
    if answer is not None and lemma in ANSWER_CUES:
        end = position + len(answer.group(1))  # "46 percent of voters said yes", "after half said so"
    elif first_word is None or (first_word.group().lower() in NOT_CONTENT_START and not _determiner_no(text, position)):
        return None
    opening_verb = ctx.lexicon.verb_forms.get(first_word.group().lower())
    if (
        opening_verb is not None
        and opening_verb.kind == "speech"
        and first_word.group().lower() not in ctx.lexicon.noun_like_cues
        and first_word.group().lower() != opening_verb.lemma  # "said praise from Putin …": a noun
    ):
        return None  # "in May, said Peskov": a cue, not content; but "said comments from the mayor were …"
    if first_word.group().lower() == "to" and lemma in NO_INFINITIVE:
        return None  # "said to be", "spoke to reporters"; but "declined to comment"
    if (lemma in THAT_ONLY or word in THAT_ONLY_FORMS) and text[position : position + 5].lower() != "that ":
        return None
    if first_word.group().lower() in NOT_A_CUE_BEFORE.get(lemma, ()):
        return None  # "compared with 33 percent", "thanks to the rain", "promises add up to $8 million"
    if lemma in CLAUSE_ONLY and not CLAUSE_CONTENT.match(text, position):
        return None  # "threatened legal action", "shouted obscenities", "sensed an opening": no report
    if ctx.verb_kind(verb) == "weak" and text[position : position + 5].lower() != "that ":
        if not (
            _evidence_subject(ctx, sentence, verb)
            or _person_suggests(ctx, sentence, verb)
            or (lemma in BARE_CLAUSE_CUES and BARE_CLAUSE.match(text, position, min(sentence.span.end, position + WINDOW)))
            or (lemma in BARE_CLAUSE_CUES and _clause_with_cue(ctx, sentence, position))
        ):
            return None  # "the plan shows a bridge": only a that-clause, or a poll's findings, is content
    if answer is None:
        end = _content_end(ctx, sentence, position)
        if _adverbial_only(text, position, end):
            return None  # "fired back in March", "said after the attacks": a time or place, nothing said
    if not CLAUSE_CONTENT.match(text, position, end):
        aside = NONRESTRICTIVE.search(text, position, end)
        if (
            aside is not None
            and len(text[position : aside.start()].split()) >= MIN_OBJECT_WORDS
            and not _quote_after_aside(ctx, aside.end(), end)
        ):
            end = aside.start()  # "praised her brother Tomas, who ran the ferry for years": the object only
        appositive = NAME_APPOSITIVE.search(text, position, end)
        if appositive is not None:
            end = appositive.start()  # "backed Mr. Ruiz, the party's nominee": the writer's gloss on the name
    person = lemma in PERSON_OBJECT_CUES and _person_object_end(ctx, position, end)
    if person:
        end = person  # one word will do: "endorsed [Trump] last week"
    leading = word.endswith("ing") and _opens_clause(ctx, sentence, verb)  # "After announcing X, Avery …"
    main = _as_source_main_clause(ctx, sentence, verb)
    if main is not None:
        position, end = main, _content_end(ctx, sentence, main)  # "As Politico reported, [the plan failed]"
    elif asked_first or leading or _in_opening_subordinate(ctx, sentence, verb):
        comma = text.find(",", position, end)
        end = comma if comma >= 0 else end  # the opening clause ends at its comma
    short = len(text[position:end].split()) < MIN_OBJECT_WORDS
    if short and answer is None and not person and not _name_object(lemma, text, position, end):
        return None
    participle = word.endswith("ing") and (_comma_before(ctx, verb) or _comma_adverb_before(ctx, verb))
    if participle and not _comma_before(ctx, verb, inside_quote=False) and _introduces_quote(ctx, position, end):
        return None  # "“…,” adding, as if aware of it, “and I …”": the cue of a direct quote
    relative = None
    if participle:
        speaker = _main_subject(ctx, sentence, verb)
        phrase = None
        if speaker is None or ctx.mention(speaker).span.start > doc.tokens[verb].start:
            # "The campaign responded Friday, saying lobbyists …": no person before the cue, so the
            # clause's subject phrase speaks, not a name inside the content.
            phrase = _clause_subject_phrase(ctx, sentence, verb)
            speaker = None if phrase is not None else speaker
    elif leading:
        # "After announcing her support for Lopez, Avery said …": the main clause's subject speaks.
        following = [m for m in ctx.mentions_between(end, sentence.span.end) if ctx.is_person_like(m)]
        speaker, phrase = (following[0] if following else None), None
    elif asked_first:
        # The question is the asker's, named after "by" or not at all;
        # the main clause's subject is the one asked.
        speaker, phrase = agent, None
    else:
        speaker, phrase = _cue_speaker(ctx, sentence, verb, position, end)
        if speaker is None and phrase is None:
            phrase = _bare_relative(ctx, sentence, verb, position, end)
        if speaker is None and phrase is None:
            speaker, phrase = _adjective_chain_subject(ctx, sentence, verb)
        if speaker is None and phrase is None:
            phrase = _quantifier_subject(ctx, sentence, verb)
        if speaker is None and phrase is None:
            speaker, phrase = _talking_about_subject(ctx, sentence, verb)
        if speaker is None and phrase is None and not (passive and _asked_about(ctx, verb)):
            return None
        subject_verb = verb
        if passive:
            # "Ruiz was asked by the host whether …", "it was revealed that …": the subject is the one
            # spoken to or about; the agent after "by" speaks, else nobody named.
            speaker, phrase = by_agent, None
            if by_agent is None and _speech_about_someone(ctx, verb, text, position, end):
                return None
            if by_agent is not None and not AFTER_AGENT_CONTENT.match(text, position, end):
                return None  # "was applauded by Wall Street [critics, including …]": the agent goes on, no content
        elif phrase is not None and _ends_verb_chain(ctx, phrase):
            subject_verb = ctx.doc.token_at(phrase.start)
            speaker, phrase = _chain_subject(ctx, sentence, subject_verb, phrase)
        elif phrase is not None and _opens_with_auxiliary(ctx, phrase):
            subject_verb = ctx.doc.token_at(phrase.start)  # "Beck, who has in the past described …"
            speaker, phrase = subject_before(ctx, sentence.span.start, subject_verb)
            if speaker is None and phrase is None:  # "Senior advisers who have run the numbers argue …"
                subject_verb = verb
                speaker, phrase = long_subject(ctx, sentence.span.start, verb)
        relative = relative_pronoun(ctx, sentence.span.start, subject_verb) if speaker is not None else None
        if relative is None and speaker is not None:
            relative = _coordinated_relative(ctx, sentence, subject_verb)
        if relative is not None:
            # "Avery, who said X, went on to …": the relative clause closes at the comma before its verb phrase.
            closing = RELATIVE_CLOSE.search(text, position, end)
            if closing is not None and len(text[position : closing.start()].split()) >= MIN_OBJECT_WORDS:
                end = closing.start()
        elif speaker is not None or phrase is not None:
            relative = restrictive_relative(ctx, sentence.span.start, subject_verb)  # "64 percent who say …"
    if phrase is not None and EXPLETIVE_SUBJECT.match(text, phrase.start, phrase.end):
        phrase = None  # "It's hard to know whether …", "There's reason to believe …": nobody holds the view
    kind = ctx.verb_kind(verb)
    if kind == "belief" and speaker is not None and _generic_you(ctx, speaker):
        return None  # "if you want to understand …", "you know": the reader, not a holder of the view
    confidence = 0.8 if kind == "speech" else 0.55
    if text[position : position + 5].lower() == "that ":
        confidence += 0.1
    start = position
    if not (participle or leading or asked_first or passive):
        opening = _object_relative_start(ctx, sentence, verb, speaker, phrase)
        if opening is None:
            opening = _parenthetical_start(ctx, sentence, verb, speaker, phrase, position)
        if opening is not None:
            start = opening
            if _comma_before_offset(text, opening):
                closing = _relative_clause_close(ctx, position, end)
                if closing is not None and len(text[position:closing].split()) >= MIN_OBJECT_WORDS:
                    end = closing  # "the rule, [which critics said was unfair], was dropped"
    end = _without_trailing_setting(ctx, verb, start, end)
    return Report(Span(start, end), ctx.cue_span(verb), speaker, phrase, confidence, "verb then content", relative)



#: Adjectives that take a speaker's infinitive: "voters were more *likely* to say …", "Trump was *quick* to add …".
CHAIN_ADJECTIVES = frozenset("likely unlikely quick eager willing reluctant ready inclined prepared able unable".split())

#: Words between a copula and a chain adjective: "are slightly more likely", "was not willing".
CHAIN_ADVERBS = frozenset("more most less least slightly much far generally also not still very so too".split())

#: Copulas before a chain adjective: "were", "seemed", "appear".
CHAIN_COPULAS = BE_FORMS | frozenset("seem seems seemed appear appears appeared".split())


def _adjective_chain_subject(ctx: Context, sentence: Sentence, verb: int) -> tuple[int | None, Span | None]:
    """The subject of a copula before an adjective and "to" that governs the cue: "*Democratic voters* were
    more likely to say …", "*Trump* was quick to add that …" (PolNeAR train: 15 of 28 such dropped cues
    have a gold unit). ``(None, None)`` when the cue is no such infinitive."""
    first = sentence.first_token
    if verb - 3 < first or ctx.word(verb - 1).lower() != "to" or ctx.word(verb - 2).lower() not in CHAIN_ADJECTIVES:
        return None, None
    index = verb - 3
    while index > first and index > verb - 6 and ctx.word(index).lower() in CHAIN_ADVERBS:
        index -= 1
    if ctx.word(index).lower() not in CHAIN_COPULAS:
        return None, None
    return subject_before(ctx, sentence.span.start, index)


def _talking_about_subject(ctx: Context, sentence: Sentence, verb: int) -> tuple[int | None, Span | None]:
    """The main clause's subject for an "-ing about" cue with no comma before it: "*Sanders* was on TV
    talking about …", "*The lawyer* is already talking about …", "Sanders goes big, not always worrying
    about …" (PolNeAR train: 5 right reports more in 6; "-ing" with "for", "on" or "against" lowered dev).
    ``(None, None)`` for any other cue, or when no subject stands before the cue."""
    if not ctx.word(verb).lower().endswith("ing") or verb + 1 >= len(ctx.doc.tokens) or ctx.word(verb + 1).lower() != "about":
        return None, None
    speaker = _main_subject(ctx, sentence, verb)
    if speaker is not None and ctx.mention(speaker).span.start < ctx.doc.tokens[verb].start:
        return speaker, None
    return None, _clause_subject_phrase(ctx, sentence, verb)


#: Passive cues of a question put to the subject: "he was *asked* about …", "when *questioned* about …".
ASKED_ABOUT_CUES = frozenset("asked questioned pressed challenged".split())


def _asked_about(ctx: Context, verb: int) -> bool:
    """Whether a passive cue is a question about a topic put by nobody named: "Palmieri was *asked about*
    Cosby's donations", "The senator was being *challenged on* the economics …". PolNeAR's unit has no
    Source (train: 4 of 5 such dropped cues, all with no Source), so the report keeps no speaker."""
    if ctx.word(verb).lower() not in ASKED_ABOUT_CUES or verb + 1 >= len(ctx.doc.tokens):
        return False
    return ctx.word(verb + 1).lower() in ("about", "on")


#: Words opening a sentence whose subject is a quantity of people: "*Both* think …", "*Only about 4 in 10
#: voters* want …", "*Many Millennials* want …".
QUANTIFIER_OPENERS = frozenset(
    "both all many most some few several about only nearly almost roughly half others neither".split()
)


def _quantifier_subject(ctx: Context, sentence: Sentence, verb: int) -> Span | None:
    """The sentence's opening as the speaker phrase when it is led by a quantifier or a number and runs to
    the cue with no punctuation nor other cue verb: "*Both* think Obama …", "*Only about 4 in 10 Republican
    voters in each state* want …" (PolNeAR train: 17 of 30 such dropped cues have a gold unit).
    The phrase stops before a form of "be", "have" or a modal: "*Both women* hold office and are well known …"."""
    first = sentence.first_token
    if verb <= first:
        return None
    lead = ctx.word(first)
    if lead.lower() not in QUANTIFIER_OPENERS and not lead[:1].isdigit():
        return None
    stop = verb
    for index in range(first + 1, verb):
        word = ctx.word(index)
        if not word[:1].isalnum() or ctx.is_cue_verb(index):
            return None
        if stop == verb and (word.lower() in BE_FORMS or word.lower() in MODALS or word.lower() in HAVE_FORMS):
            stop = index
    start = ctx.doc.tokens[first].start
    end = ctx.doc.tokens[stop - 1].end
    if QUOTE_MARK.search(ctx.doc.text, start, end):
        return None
    return Span(start, end)



def _cue_speaker(
    ctx: Context, sentence: Sentence, verb: int, position: int, end: int
) -> tuple[int | None, Span | None]:
    """Who speaks a cue of :func:`verb_then_content` that is no participle, opening clause or question:
    a mention, or else a phrase, from the first of these that finds one, in order:

    1. :func:`subject_before`, the subject before the verb: "Peskov told reporters", "The report said";
    2. :func:`_evidence_phrase`, a weak cue's evidence noun: "A survey of 800 voters released Monday shows";
    3. :func:`appositive_subject`, a name before a dash or party-label apposition: "Jason Sims — a teacher — says";
    4. :func:`long_subject`, a phrase with a postmodifier: "An earlier report in a New Hampshire paper said";
    5. :func:`_chain_speaker`, the clause subject of a gerund after a preposition: "Clarke broke a long silence
       by asking …" — but nobody when the content ``position:end`` introduces a direct quote: "by saying, as
       calmly as she could, “I like …”" is that quote's cue;
    6. :func:`_that_clause_subject`, the words before a that-clause cue: "executives there indicate that …";
    7. :func:`_comma_closed_subject`, the sentence's opening closed by a comma right before the cue: "Ruiz, a
       fisherman who asked not to be named, said …" — not when the cue tags a direct quote after it.

    ``(None, None)`` when none finds a speaker: the cue then reports nothing."""
    speaker, phrase = subject_before(ctx, sentence.span.start, verb)
    if speaker is None and phrase is None:
        phrase = _evidence_phrase(ctx, sentence, verb)
    if speaker is None and phrase is None:
        speaker = appositive_subject(ctx, sentence.span.start, verb)
    if speaker is None and phrase is None:
        speaker, phrase = long_subject(ctx, sentence.span.start, verb)
    if speaker is None and phrase is None:
        speaker = _chain_speaker(ctx, sentence, verb)
        if speaker is not None and _introduces_quote(ctx, position, end):
            return None, None  # "by saying, as calmly as she could, “I like …”": a direct quote's cue
    if speaker is None and phrase is None:
        speaker, phrase = _that_clause_subject(ctx, sentence, verb, position)
    if speaker is None and phrase is None and not _introduces_quote(ctx, position, end):
        phrase = _comma_closed_subject(ctx, sentence, verb, position)  # not "…, added, with a smile, “…”"
    return speaker, phrase


#: What opens the content of a cue whose subject closed with a comma: "that", a subject pronoun, a
#: determiner, a question word or a capitalised word ("said [the group would …]", "say [Clinton …]").
CLAUSE_OPENING = regex.compile(
    r"(?:(?i:that|he|she|they|it|we|I|you|the|a|an|his|her|their|there|its|this|these|those|some|many|most|all"
    r"|our|my|if|whether|what|how|why)\s|\p{Lu}\p{Ll})"
)

#: Finite speech and belief forms whose subject may end in a comma: "Ruiz, a fisherman, *said* …".
COMMA_SUBJECT_CUES = frozenset(
    "said says say told argued argues added adds noted notes insisted insists claimed claims warned warns wrote "
    "writes believe believes believed think thinks thought suggested suggests acknowledged acknowledges predicted "
    "predicts contend contends contended".split()
)


def _comma_closed_subject(ctx: Context, sentence: Sentence, verb: int, position: int) -> Span | None:
    """The sentence's opening up to a comma (or dash) right before a cue (:func:`_comma_subject_cue`), as
    the speaker phrase when no rule found a subject: "*Some farmers who sold their land, in town halls and
    letters,* said the road would …", "*Ruiz, a fisherman who asked not to be named,* said she …",
    "*The agency, which keeps the data,* declined to comment" (PolNeAR train: 40 right reports more in 64;
    dev 4 in 5). None when the opening holds a finite verb of its own outside a relative clause:
    "*But that is not good enough,* said Vidal" — that clause is the content, the name after the cue speaks."""
    if verb - 1 < sentence.first_token or ctx.word(verb - 1) not in (",", "—", "–"):
        return None
    if not _comma_subject_cue(ctx, verb, position):
        return None
    for index in range(sentence.first_token, verb - 1):
        lower = ctx.word(index).lower()
        if lower in RELATIVE_WORDS:
            break  # "The judges who ruled …, said": a verb after it is the relative clause's
        if lower in VERB_CHAIN_WORDS:
            return None
    start = ctx.doc.tokens[sentence.first_token].start
    end = ctx.doc.tokens[verb - 1].start
    if QUOTE_MARK.search(ctx.doc.text, start, end):
        return None  # "The flyer, titled “Enough”, concludes …": a quote or title, not a speaker's name
    return Span(start, end) if end > start else None


def _comma_subject_cue(ctx: Context, verb: int, position: int) -> bool:
    """Whether a cue after a comma can be the verb of the subject before the comma: a finite speech or
    belief form before a clause ("said the group would …"), or any cue form but a participle ("-ing",
    "known", "seen", "called") or "say" ("…, say, five years"), whose content opens with no preposition
    ("the program, known as …", "Kasich—endorsed in New Hampshire by …": a passive participle).
    PolNeAR train: the second kind, 22 right reports more in 43; dev 4 in 5."""
    word = ctx.word(verb).lower()
    if word in COMMA_SUBJECT_CUES and CLAUSE_OPENING.match(ctx.doc.text, position):
        return True
    if word.endswith("ing") or word in NOT_COMMA_SUBJECT_CUES:
        return False
    first = FIRST_WORD.match(ctx.doc.text, position, position + 30)
    return first is not None and first.group().lower() not in PASSIVE_PARTICLE_WORDS


#: Cue forms after a comma that are participles or asides, not a subject's verb: "the program, known as …",
#: "…, called “Quick Question”", "…, say, five years".
NOT_COMMA_SUBJECT_CUES = frozenset("known seen called say".split())

#: Words after a participle that make it a passive or a place: "endorsed in …", "denounced as …".
PASSIVE_PARTICLE_WORDS = frozenset("as by at in on".split())


#: A lower-case word in "-ing": "turning to Alice as it spoke" is a participle clause, no subject phrase.
PARTICIPLE_WORD = regex.compile(r"(?<![\p{L}\p{N}])\p{Ll}++(?<=ing)(?![\p{L}\p{N}])")

#: A double quotation mark (not an apostrophe: "Trump’s campaign").
QUOTE_MARK = regex.compile(r"[\"“”]|''")


#: Forms of "have", a finite verb in an opening clause: "the plan has failed, said …".
HAVE_FORMS = frozenset("has have had".split())

#: Modals and forms of "be" and "have": a content holding one is a clause, whatever its first word.
VERB_CHAIN_WORDS = MODALS | BE_FORMS | HAVE_FORMS


#: Words opening a relative clause inside a subject phrase.
RELATIVE_WORDS = frozenset("who whom whose which that".split())


#: Words that open an introductory phrase, not content, before a cue between commas: "On Tuesday, Ruiz
#: said, …", "Asked about it, she said, …", "When asked, …".
#: The subordinators less "whereas" and "if", with prepositions and "asked", "during", "until", "despite", "upon".
NOT_PARENTHETICAL_OPENERS = (
    PREPOSITIONS
    | (SUBORDINATORS - frozenset(["whereas", "if"]))
    | frozenset("asked during until despite upon".split())
)

#: Conjunctions left out of a content that opens a sentence: "[But] there is a risk, some Democrats said, …".
LEADING_CONJUNCTIONS = frozenset("but and so yet".split())

#: Most words of the part of a content before a cue between commas.
MAX_PARENTHETICAL_LEAD_WORDS = 8


def _parenthetical_start(
    ctx: Context, sentence: Sentence, verb: int, speaker: int | None, phrase: Span | None, position: int
) -> int | None:
    """Where the content of a cue set between commas inside its sentence starts: at the clause before the
    cue. "[Voters, Ruiz suggested, need not worry]", "[Overall, she said, the ferry did well]"; not
    "On Tuesday, Ruiz said, …" (an introductory phrase) nor before a quotation ("Ruiz said, “…”"). PolNeAR
    train: 3 more right at overlap, 6 more attributed, 12 more exact; dev same at overlap, 1 more exact."""
    text = ctx.doc.text
    subject = ctx.mention(speaker).span if speaker is not None else phrase
    if subject is None or subject.start <= sentence.span.start:
        return None
    floor = max(sentence.span.start, subject.start - WINDOW)
    lead_end = text.rfind(",", floor, subject.start)
    if lead_end < 0 or text[lead_end + 1 : subject.start].strip():
        return None
    if "," not in text[ctx.doc.tokens[verb].end : position] or text[position : position + 1] in QUOTE_OPENERS:
        return None
    lead_start = text.rfind(",", floor, lead_end) + 1 or floor
    words = text[lead_start:lead_end].split()
    while words and words[0].lower() in LEADING_CONJUNCTIONS:
        words = words[1:]
    if not words or len(words) > MAX_PARENTHETICAL_LEAD_WORDS:
        return None
    first = words[0].strip("\"“”'‘’").lower()
    if first in NOT_PARENTHETICAL_OPENERS or first.endswith("ing"):
        return None
    return text.index(words[0], lead_start)


def _comma_before_offset(text: str, offset: int) -> bool:
    """Whether a comma comes right before ``offset``, spaces aside: ", which …"."""
    index = offset - 1
    while index > 0 and text[index].isspace():
        index -= 1
    return index >= 0 and text[index] == ","


#: Relative words that open a clause whose subject speaks, the gap in the content: "a wall, *which* he said
#: Mexico would pay for", "*what* analysts said was a sign", "Bannon, *whom* Beck called …" (PolNeAR marks
#: the clause from the relative word: train, starting there, 20 more right at overlap and 53 more exact).
#: "that" is as often a complementizer ("noted that Ruiz claimed …": train 5 fewer attributed), "where"
#: and "as" more often open an adverbial clause ("as he explained how …": 3 and 14 fewer right).
OBJECT_RELATIVES = frozenset("which who whom what".split())

#: Opening quotation marks.
QUOTE_OPENERS = frozenset("“\"'‘")

#: Words after a comma that go on with a relative clause: "which he said hurt voters[,] especially …".
RELATIVE_CLOSE_NOT_BEFORE = PREPOSITIONS | frozenset("especially including and or but such like even as".split())


def _relative_clause_close(ctx: Context, start: int, end: int) -> int | None:
    """Where a non-restrictive relative clause in content ``start``–``end`` closes before the main
    clause's verb, if it does: "the rule, which critics said was unfair[,] was dropped" (a comma outside
    quotation marks before a lowercase word that is no preposition, adverb or participle)."""
    text = ctx.doc.text
    for closing in RELATIVE_CLOSE.finditer(text, start, end):
        word = FIRST_WORD.match(text, closing.end(), min(end, closing.end() + 30))
        if word is None or _inside_marks(ctx, closing.start()):
            continue
        lower = word.group().lower()
        if lower not in RELATIVE_CLOSE_NOT_BEFORE and not lower.endswith(("ly", "ing")):
            return int(closing.start())
    return None


#: Most words between a relative word and its cue: "which [many Democrats] say", "which [he has long] said".
MAX_RELATIVE_SUBJECT_WORDS = 6


def _relative_that(ctx: Context, index: int, verb: int) -> bool:
    """Whether "that" at ``index`` is a relative pronoun, its clause's verb missing its subject: "a strike
    [that] executives said *could* hurt earnings" (not "noted that Ruiz said the ferry …"). PolNeAR train:
    2 more right at overlap, 5 fewer false positives; dev same."""
    before = ctx.word(index - 1)
    if not before.isalpha() or not before.islower() or before in ctx.lexicon.verb_forms or before in BE_FORMS:
        return False
    following = ctx.word(verb + 1).lower() if verb + 1 < len(ctx.doc.tokens) else ""
    return following in AUXILIARIES or following in BE_FORMS


#: Words a plain subject phrase of a relative clause opens with: "which [the probe] said", "that [several
#: insiders] said"; not "which [together] vowed", "who [sent the letter] called".
PHRASE_SUBJECT_OPENERS = frozenset("the a an many some several most few even other others both all his her their its our these those".split())


def _object_relative_start(
    ctx: Context, sentence: Sentence, verb: int, speaker: int | None, phrase: Span | None
) -> int | None:
    """Where the relative clause a cue stands in opens, if its subject comes right after a relative word:
    "the wall, [which he said Mexico would pay for]", "[what analysts said was a sign]". PolNeAR marks the
    whole clause as the content, relative word, speaker and cue included. A plain subject phrase must open
    with a determiner or a name: else it is as often a verb of the relative ("which together vowed …";
    PolNeAR train, such phrases: 2 more right at overlap, 2 more attributed; dev same)."""
    doc = ctx.doc
    if speaker is not None:
        subject = ctx.mention(speaker).span
        index = doc.token_at(subject.start) - 1
    elif phrase is not None:
        subject = phrase
        index = doc.token_at(subject.start)
        if ctx.word(index).lower() not in OBJECT_RELATIVES and ctx.word(index).lower() != "that":
            index -= 1
        opener = ctx.word(index + 1)
        if opener.lower() not in PHRASE_SUBJECT_OPENERS and not opener[:1].isupper():
            return None  # "which together vowed …": a verb phrase, no subject
    else:
        return None
    relative = ctx.word(index).lower()
    if relative == "that" and _relative_that(ctx, index, verb):
        relative = "which"
    if index <= sentence.first_token or index >= verb or relative not in OBJECT_RELATIVES:
        return None
    if verb - index - 1 > MAX_RELATIVE_SUBJECT_WORDS:
        return None
    after_subject = doc.tokens_in(Span(subject.end, doc.tokens[verb].start))
    if any(ctx.word(i).lower() in ctx.lexicon.verb_forms or ctx.word(i).lower() in BE_FORMS for i in after_subject):
        return None  # "which he was told …": the relative is another verb's
    if relative == "what" and verb + 1 < len(doc.tokens) and ctx.word(verb + 1)[:1] in QUOTE_OPENERS:
        return None  # "what he called ''a disgrace''": PolNeAR marks the quoted name alone
    if relative in ("which", "whom") and ctx.word(index - 1).lower() in PREPOSITIONS:
        return None  # "in which he said that …": the content is the cue's own
    return doc.tokens[index].start


#: Prepositions that open a time or place phrase after a cue, not its content: "testified [in 1998]".
TIME_OR_PLACE_PREPOSITIONS = frozenset("in after during before since until".split())

#: A word that makes content more than a time or place phrase: a clause or a topic ("in 2008 that …").
CLAUSE_WORD = regex.compile(r"(?i)(?<![\p{L}\p{N}])(?:that|whether|if|how|why|what|who|to|about)(?![\p{L}\p{N}])")


def _adverbial_only(text: str, start: int, end: int) -> bool:
    """Whether content is only a time or place phrase: "Romney fired back [in March]", "Clinton testified
    [before the panel last fall]", "he said [after the attacks]" (PolNeAR train: 3 right reports in 33;
    "recalled in 2008 that …" and "testified before Congress about …" stay)."""
    first = FIRST_WORD.match(text, start, end)
    if first is None or first.group().lower() not in TIME_OR_PLACE_PREPOSITIONS:
        return False
    return CLAUSE_WORD.search(text, start, end) is None


#: The topic of "say" right after it: "said of the plan", "says about Latinos" — not "said about half of …",
#: "said about 20 people …" (PolNeAR train: 2 right reports in 12; the content is a direct quote or nothing).
SAY_TOPIC = regex.compile(r"(?i)\s++(?:of|about)\s++(?!" + APPROXIMATE_QUANTITY + r")\p{L}")


#: Cues whose content is the person named right after them, and no more: "endorsed [Mr. Sanders] in
#: December", "opposed [him] as he positioned himself …" (PolNeAR train: 22 more right reports, 5 more
#: reports; dev 1 more right; thank, praise, prefer gained less together).
PERSON_OBJECT_CUES = frozenset(["endorse", "oppose"])

#: What follows an endorsed person's name outside the content: punctuation, a time or place phrase, "and".
AFTER_PERSON_OBJECT = regex.compile(
    r"\s*+(?:[,;(—–-]|(?:in|on|at|during|last|this|after|before|as|for|over|by|with|from|and|but|because|while"
    r"|when|earlier|since|until|through|ahead|" + "|".join(day.capitalize() for day in WEEKDAY_NAMES) + r")\b)"
)


#: A day of the week, as a time phrase: "Tuesday", "on Thursday night".
WEEKDAY_PHRASE = (
    r"\s++(?:on\s++)?(?:" + "|".join(day.capitalize() for day in WEEKDAY_NAMES) + r")"
    r"(?:\s++(?:morning|afternoon|evening|night))?"
)

#: A month as a time phrase: "in March", "since early June", "on May 3".
MONTH_PHRASE = (
    r"\s++(?:in|on|since|until|by)\s++(?:early\s++|late\s++|mid-)?(?:January|February|March|April|May|June|July"
    r"|August|September|October|November|December)(?:\s++\d{1,2})?"
)

#: A day, a month, a recent time, a medium, a venue or an occasion (a noun of lexicons/occasion_nouns.txt) closing
#: a content that is no clause; annotators leave it out: "criticized [Clinton] on Friday", "praised [the plan] in
#: an interview with CNN", "[it] last week", "mentioned [the strike] on the campaign trail".
TRAILING_SETTING = regex.compile(
    r"(?:\s++(?:earlier\s++)?(?:last|this|next)\s++(?:week|month|year|weekend|summer|fall|spring|winter)"
    r"|\s++on\s++(?:Twitter|Facebook|CNN|Fox(?:\s++News)?|MSNBC|NBC|CBS|ABC|Instagram|television|TV)"
    r"|\s++(?:yesterday|today|earlier|recently|again|as\s++well|too)"
    r"|\s++(?:on|from)\s++the\s++(?:campaign\s++trail|stump|Senate\s++floor|House\s++floor|floor|bench|stage|air|radio|show)"
    r"|" + MONTH_PHRASE + r"|" + WEEKDAY_PHRASE
    + r"|\s++(?:in|at|during|since|after|before)\s++(?:a|an|his|her|their|its|the)\s++(?:[\p{L}’'\-]++\s++){0,3}?"
    r"(?P<occasion>\p{Ll}[\p{Ll}\-]*+)(?:\s++(?:with|on|at|in)\s++[^,;:]{1,40}?)?(?:" + WEEKDAY_PHRASE + r")?)$"
)

#: How far back from the end of a content :data:`TRAILING_SETTING` may start, in characters.
SETTING_REACH = 120


def _without_trailing_setting(ctx: Context, verb: int, start: int, end: int) -> int:
    """The end of a content that is no clause without a day or occasion closing it: "criticized [Clinton]
    during a rally Friday", "defended [the bill] on Twitter" (PolNeAR train: 16 more right at overlap, 2 more
    reports, dev 1 more right; a month too: 3 more, dev 1; "on the campaign trail", "from the bench": 2 more;
    cutting a second setting lost 1 on dev; "in 2012", "in Ohio" gained nothing). A content with a modal or a
    form of "be" or "have" is a clause and keeps its time (5 right reports fewer on train if cut), as is the
    bare content of a weak cue ("suggested"). "since", "after", "before" open one too ("since the debate":
    train 1 more right, dev 1). An occasion without a determiner or in the plural ("in late-night tweets") was
    left out: it was found on dev and loses 1 on train."""
    text = ctx.doc.text
    if CLAUSE_CONTENT.match(text, start) or ctx.verb_kind(verb) == "weak":
        return end  # a weak cue's bare content is a clause: "suggested [the council vote again in June]"
    setting = TRAILING_SETTING.search(text, max(start, end - SETTING_REACH), end)
    if setting is None or not text[start : setting.start()].strip():
        return end
    if any(word.lower() in VERB_CHAIN_WORDS for word in text[start : setting.start()].split()):
        return end  # "said [the plant would reopen next spring]": a clause keeps its time
    occasion = setting.group("occasion")
    nouns = ctx.lexicon.occasion_nouns
    if occasion is not None and occasion not in nouns:
        return end  # "in a ruling": no occasion of speech
    return int(setting.start())


def _quote_after_aside(ctx: Context, start: int, end: int) -> bool:
    """Whether quoted words come after a relative aside inside content: "described Bush, who ended his bid,
    as “a man who …”" goes on to the quote (PolNeAR train: 8 more right reports among 9 fewer; the aside
    cut stays where no quote follows)."""
    position = bisect.bisect_left(ctx.mark_starts, start)
    if position >= len(ctx.mark_starts) or ctx.mark_starts[position] >= end:
        return False
    words = ctx.doc.text[start : ctx.mark_starts[position]].split()
    return not (words and words[-1].lower() in ("a", "an", "the"))  # not 'during a “Town Hall” forum': a name


def _person_object_end(ctx: Context, position: int, end: int) -> int | None:
    """The end of a person's name that opens the content, if a time or place phrase or a clause break follows
    it: "endorsed [Mr. Sanders] in December"; else None."""
    found = ctx.mentions_between(position, position + 1)
    if not found:
        return None
    name_end = ctx.mention(found[0]).span.end
    if name_end < end and AFTER_PERSON_OBJECT.match(ctx.doc.text, name_end, end):
        return name_end
    return None


#: A subject phrase that is an expletive with its predicate: "*It's easy to* criticize", "*There's reason to* believe"
#: (PolNeAR train, no speaker instead: 6 more right, 3 lost).
EXPLETIVE_SUBJECT = regex.compile(r"(?i)(?:it|there)(?:['’]s|\s++(?:is|was|will\s++be|would\s++be))\s")


#: A that-clause with its own subject right after a cue: "concludes *that Trump is* …", "has long maintained
#: *that she* …" (not a relative clause: "documents that showed").
THAT_CLAUSE = regex.compile(r"that\s++(?:he|she|they|it|we|I|you|the|a|an|his|her|their|its|this|these|there|\p{Lu}[\p{L}’'.\-]*+)(?![\p{L}\p{N}])")

#: Words that open the clause a fallback subject stands in; the subject starts after them.
SUBJECT_OPENERS = frozenset([",", ";", ":", "(", "—", "–", "“", '"', "but", "and", "because", "when", "while", "if", "since", "although", "though", "where"])

#: Words a fallback subject never ends in: a relative pronoun or a verb chain ("who added", "eager to prove").
NO_SUBJECT_END = frozenset("who which that to".split())

#: Most tokens of an aside between a fallback subject and its cue: "Cement makers, *for instance,* argue".
MAX_ASIDE_TOKENS = 25

#: Most words of a fallback subject.
MAX_FALLBACK_SUBJECT_WORDS = 15


#: A relative clause whose verbs are joined by "and"/"but", up to the joined cue: "citizens, *who* make up most
#: investors and [see] …", "a pollster who worked for him for years and [called] him …".
COORDINATED_RELATIVE = regex.compile(r"(?i)(?<![\p{L}\p{N}])(?:who|which)\s[^,;:—–()“”\"]{1,120}+$")


def _coordinated_relative(ctx: Context, sentence: Sentence, verb: int) -> Span | None:
    """The relative pronoun of the clause a cue is coordinated in: "demonstrators, *who* took to the streets
    and called for …" — the pronoun is the speaker's mention at the cue, as for "who called" (PolNeAR
    train: 6 more right, 1 lost; dev: 3 more right)."""
    if verb - 1 <= sentence.first_token or ctx.word(verb - 1).lower() not in ("and", "but"):
        return None
    text = ctx.doc.text
    end = ctx.doc.tokens[verb - 1].start
    start = max(sentence.span.start, end - 130)
    found = None
    for found in COORDINATED_RELATIVE.finditer(text, start, end, overlapped=True):
        pass  # the last pronoun before the "and" with no break after it: the clause's own
    if found is None:
        return None
    return Span(found.start(), found.start() + len(found.group().split()[0]))


def _that_clause_subject(ctx: Context, sentence: Sentence, verb: int, position: int) -> tuple[int | None, Span | None]:
    """A cue with a that-clause whose subject the other rules miss: "The ad, titled "Unifier?", concludes
    that Trump is …", "executives there indicate that …". The words from the clause opening to the
    cue are the subject; its head (before a relative clause or a prepositional postmodifier: "Even *those*
    who had planned routes for Mr. Rubio acknowledge that …") speaks: the head's first person-like mention,
    else the head phrase, never a name inside a modifier. Only before a that-clause
    with a subject (PolNeAR train, cues whose subject no other rule found: 66% of these are reports)."""
    doc = ctx.doc
    if not THAT_CLAUSE.match(ctx.doc.text, position, min(sentence.span.end, position + 40)):
        return None, None
    last = verb - 1
    while last >= sentence.first_token and (ctx.word(last).lower() in AUXILIARIES or ly_adverb(ctx.word(last))):
        last -= 1
    if last > sentence.first_token and ctx.word(last) == ",":
        # "The ad, titled "Unifier?", concludes", "Cement makers, for instance, argue": the subject before the aside.
        last -= 1
        while last >= sentence.first_token and ctx.word(last) != "," and verb - last <= MAX_ASIDE_TOKENS:
            last -= 1
        if last < sentence.first_token or ctx.word(last) != ",":
            return None, None
        last -= 1
    first = last
    while (
        first - 1 >= sentence.first_token
        and ctx.word(first - 1).lower() not in SUBJECT_OPENERS
        and last - first < MAX_FALLBACK_SUBJECT_WORDS
    ):
        first -= 1
    if last < sentence.first_token or ctx.word(last).lower() in SUBJECT_OPENERS | NO_SUBJECT_END:
        return None, None
    if any(ctx.word(index).lower() in BE_FORMS for index in range(first, last + 1)):
        return None, None  # "It is a truth universally acknowledged, that …": a clause, not a subject
    first, last = subject_head(ctx, first, last)  # "Even those [who had planned routes for Mr. Rubio]"
    span = Span(doc.tokens[first].start, doc.tokens[last].end)
    people = [m for m in ctx.mentions_between(span.start, span.end) if ctx.is_person_like(m)]
    if people:
        return people[0], None
    return None, span


#: Last words of a "subject" phrase that is really the verb chain a cue ends: "Ruiz tried *to* say",
#: "who began his speech *by* praising", "going on *to* say".
VERB_CHAIN_ENDS = frozenset(["to", "by"])


#: "No" as a determiner opens a clause: "said no decision had been made"; alone it is an answer ("said no").
DETERMINER_NO = regex.compile(r"(?i)no\s++(?!to\b|one\b|longer\b|more\b)\p{Ll}++\s++\p{L}")


def _determiner_no(text: str, position: int) -> bool:
    return DETERMINER_NO.match(text, position, min(len(text), position + 60)) is not None


#: Words that open a verb chain, never a subject: "who *has* in the past described", "who *haven’t* seen".
CHAIN_OPENERS = frozenset(
    "has have had is are was were be been would will could should can may might must did does do".split()
)


def _opens_with_auxiliary(ctx: Context, phrase: Span) -> bool:
    """Whether a "subject" phrase is the start of the cue's verb chain; its subject stands before it."""
    word = ctx.word(ctx.doc.token_at(phrase.start)).lower()
    return word in CHAIN_OPENERS or word.endswith(("n’t", "n't"))


def _ends_verb_chain(ctx: Context, phrase: Span) -> bool:
    return ctx.word(ctx.doc.token_at(phrase.end - 1)).lower() in VERB_CHAIN_ENDS


def _chain_subject(ctx: Context, sentence: Sentence, first: int, phrase: Span) -> tuple[int | None, Span | None]:
    """The subject of a verb chain that ends in a cue: a person named in the phrase ("Ana Ruiz tried to
    say"), else the subject of the chain's first word, found as for a cue there ("Ruiz, who had to
    defend …", "…, going on to say"); the phrase itself if there is none."""
    named = subject_mentions(ctx, phrase.start, phrase.end)
    if named:
        return named[0], None
    if ctx.word(first).lower().endswith("ing") and _comma_before(ctx, first):
        return _main_subject(ctx, sentence, first), None
    speaker, subject = subject_before(ctx, sentence.span.start, first)
    if speaker is None and subject is None:
        return None, phrase
    return speaker, subject


def _main_subject(ctx: Context, sentence: Sentence, verb: int) -> int | None:
    """The subject of the clause a participle cue hangs on: "In Salem, Avery went after Ruiz, calling
    him …" → Avery. The first person-like mention before the cue that is no preposition's object and
    not in an opening adverbial phrase; else the sentence's first person-like mention."""
    speaker = _cue_before_comma_subject(ctx, sentence, verb)
    if speaker is None:
        speaker = last_clause_subject(ctx, sentence.span.start, ctx.doc.tokens[verb].start)
    if speaker is not None:
        return speaker
    search_from = clause_start(ctx, sentence.span.start, ctx.doc.tokens[verb].start)
    subjects = subject_mentions(ctx, search_from, ctx.doc.tokens[verb].start)
    subjects = subjects or subject_mentions(ctx, sentence.span.start, ctx.doc.tokens[verb].start)
    return subjects[0] if subjects else ctx.first_subject(sentence)


#: Most words of a clause's subject phrase before its verb: "The landmark 31-page agreement".
MAX_CLAUSE_SUBJECT_WORDS = 5

#: Words that end a clause's subject phrase: punctuation, and words that open a postmodifier.
CLAUSE_SUBJECT_ENDS = frozenset(",;:()—–“”\"") | OBJECT_MARKERS | frozenset("who which that".split())


def _clause_subject_phrase(ctx: Context, sentence: Sentence, verb: int) -> Span | None:
    """The subject phrase a clause opens with, up to its verb, for a participle cue with no person
    before it: "*The Sanders campaign* responded Friday, saying …", "*His campaign* sued the party,
    claiming …" (PolNeAR train: 9 reports more with the right speaker, none lost). The verb is a cue form, a form of "be", an auxiliary or a
    lower-case word in "-ed"; None if none comes within a few words."""
    start = clause_start(ctx, sentence.span.start, ctx.doc.tokens[verb].start)
    tokens = ctx.doc.tokens_in(Span(start, ctx.doc.tokens[verb].start))
    if not tokens:
        return None
    first = tokens[0]
    for index in tokens[: MAX_CLAUSE_SUBJECT_WORDS + 1]:
        word = ctx.word(index)
        lower = word.lower()
        if lower in CLAUSE_SUBJECT_ENDS:
            return None
        verbal = lower in BE_FORMS or lower in AUXILIARIES or lower in ctx.lexicon.verb_forms
        if index > first and (verbal or (word.islower() and lower.endswith("ed"))):
            return Span(ctx.doc.tokens[first].start, ctx.doc.tokens[index - 1].end)
    return None


#: Endings of the finite speech verb a participle cue follows: "Ruiz *said*, adding", "*added*, noting".
FINITE_SPEECH_ENDINGS = ("said", "says", "told", "wrote", "ed")


def _cue_before_comma_subject(ctx: Context, sentence: Sentence, verb: int) -> int | None:
    """The speaker of a speech verb right before a participle cue: "Trump will win, Ruiz said, *adding*
    that …" → Ruiz, not the content's Trump (PolNeAR train: 6 reports with the wrong speaker)."""
    said = verb - 2
    if said < sentence.first_token or ctx.word(verb - 1) != "," or ctx.verb_kind(said) != "speech":
        return None
    if not ctx.word(said).lower().endswith(FINITE_SPEECH_ENDINGS):
        return None  # "tried to downplay Ryan’s comments, saying …": a noun, not the clause's verb
    speaker, _ = subject_before(ctx, sentence.span.start, said, allow_after=True)
    return speaker


#: Prepositions before a gerund cue whose subject is the clause's: "*after* questioning", "*by* asking".
GERUND_PREPOSITIONS = frozenset("after before by while without in for from of about on upon when since".split())


#: Participles that follow the noun they modify and report its writer's words: "a statement *saying* …".
NOUN_MODIFYING_CUES = frozenset("saying claiming arguing warning calling accusing urging asking demanding".split())


def _chain_speaker(ctx: Context, sentence: Sentence, verb: int) -> int | None:
    """The clause subject of a gerund cue after a preposition: "Trump began the day in a hole *after
    questioning* …", "Clarke broke a long silence *by asking* …". (An infinitive cue, "took to the talk
    shows *to defend* …", was right for 1 added report in 3 on PolNeAR train: left out.)"""
    if verb - 1 < sentence.first_token or ctx.verb_kind(verb) != "speech":
        return None  # "after seeing", "by believing": a belief's holder is rarely the clause subject
    if not ctx.word(verb).lower().endswith("ing"):
        return None
    if ctx.word(verb - 1).lower() in GERUND_PREPOSITIONS:
        return _main_subject(ctx, sentence, verb)
    if ctx.word(verb).lower() in NOUN_MODIFYING_CUES:
        return _main_subject(ctx, sentence, verb)  # "unleashed a series of tweets early Friday saying that …"
    return None


def _generic_you(ctx: Context, speaker: int) -> bool:
    """Whether the speaker is "you" outside quotes: the generic reader (PolNeAR train: belief cues with
    this subject were right 6 times in 31)."""
    span = ctx.mention(speaker).span
    return ctx.doc.text[span.start : span.end].lower() == "you"


#: Words that open an adverbial clause before a sentence's subject: "*After* announcing …, Avery …".
#: Written out, not derived from SUBORDINATORS: it shares only five time words with it and adds prepositions.
LEADING_SUBORDINATORS = frozenset("after before while when since by in without despite upon".split())


def _opens_clause(ctx: Context, sentence: Sentence, verb: int) -> bool:
    """Whether a participle cue opens the sentence or its opening adverbial clause."""
    if verb == sentence.first_token:
        return True
    return verb - 1 == sentence.first_token and ctx.word(verb - 1).lower() in LEADING_SUBORDINATORS


#: Words that open a subordinate clause or phrase before the main clause: the subordinators, and
#: "Despite polls showing …,", "Having announced that …,".
SUBORDINATE_OPENERS = SUBORDINATORS | frozenset(["despite", "having"])

#: Words that may come before the subordinator: "Years after", "A few weeks after", "Yet in addition to"
#: (PolNeAR train, with despite/having: 13 more right reports among 10 more; dev 4 among 2).
MAX_WORDS_BEFORE_SUBORDINATOR = 4


#: Most words of a source before its cue in "As the Washington Post reported, …".
MAX_AS_SOURCE_WORDS = 8

#: Most words between such a cue and its comma: "As Ruiz wrote [in his memoir], …".
MAX_AS_TAIL_WORDS = 4


#: Words opening a time or place phrase after a cue: "As Politico reported *last* week, …".
ADJUNCT_OPENERS = frozenset("in at on during just earlier last this recently previously first once".split())


def _adverbial_word(word: str) -> bool:
    """Whether a word opens a time or place phrase, or is an adverb: "in", "last", "recently"."""
    return word.lower() in ADJUNCT_OPENERS or ly_adverb(word)


def _as_source_main_clause(ctx: Context, sentence: Sentence, verb: int) -> int | None:
    """Where the content of a cue in an opening "As X reported," clause starts: the main clause after the
    comma, "As Politico reported on Monday, [the plan had failed]" (the cue's own words after it are none);
    not "As Ruiz talked about the budget, …". PolNeAR train: 2 more right at overlap, 3 more attributed,
    8 fewer false positives; dev same."""
    doc, text = ctx.doc, ctx.doc.text
    opener = sentence.first_token
    if ctx.word(opener).lower() in ("but", "and", "yet", "so") and opener + 1 < verb:
        opener += 1
    if ctx.word(opener) not in ("As", "as") or not 1 <= verb - opener - 1 <= MAX_AS_SOURCE_WORDS:
        return None
    if any(ctx.word(index) in (",", "“", '"') for index in range(opener, verb)):
        return None
    limit = min(sentence.span.end, doc.tokens[verb].end + WINDOW)
    comma = text.find(",", doc.tokens[verb].end, limit)
    if comma < 0 or len(text[doc.tokens[verb].end : comma].split()) > MAX_AS_TAIL_WORDS:
        return None
    tail = text[doc.tokens[verb].end : comma].split()
    if ctx.verb_kind(verb) != "speech" or (tail and not _adverbial_word(tail[0])):
        return None  # "As Ruiz stressed the budget, Avery …": a cue with an object of its own
    start = comma + 1
    while start < sentence.span.end and text[start].isspace():
        start += 1
    return start if start < sentence.span.end else None


def _in_opening_subordinate(ctx: Context, sentence: Sentence, verb: int) -> bool:
    """Whether the cue sits in a subordinate clause that opens the sentence, so its content ends at
    the comma where the main clause begins: "Although Avery called for a bigger effort, he settled …",
    "Days after Avery said that X, Ruiz …"."""
    opener = sentence.first_token
    if ctx.word(opener).lower() in ("but", "and", "even", "yet") and opener + 1 < verb:
        opener += 1  # "But while …", "Even though …"
    while (
        opener < verb
        and opener - sentence.first_token < MAX_WORDS_BEFORE_SUBORDINATOR
        and ctx.word(opener).lower() not in SUBORDINATE_OPENERS
    ):
        opener += 1  # "Years after Obama announced that …, U.S. forces …"
    if ctx.word(opener).lower() not in SUBORDINATE_OPENERS:
        return False
    return all(ctx.word(index) != "," for index in range(sentence.first_token, verb))


def _evidence_subject(ctx: Context, sentence: Sentence, verb: int) -> bool:
    """Whether a weak cue's subject is a poll, survey or record: "the latest poll (also) shows …"."""
    return _evidence_noun(ctx, sentence, verb) is not None


def _evidence_noun(ctx: Context, sentence: Sentence, verb: int) -> int | None:
    """The token of a weak cue's poll/survey/record subject, if it has one."""
    index = verb - 1
    while index >= sentence.first_token and ctx.word(index).lower() in AUXILIARIES:
        index -= 1
    if index >= sentence.first_token and ctx.word(index).lower() in ctx.lexicon.evidence_nouns:
        return index
    # "a new poll from USA Today found", "a survey of 800 voters released Monday shows"
    for before in range(index - 1, max(sentence.first_token, index - EVIDENCE_REACH) - 1, -1):
        if ctx.word(before) in (",", ";", ":", "—", "“", "”", '"') or ctx.word(before).lower() in ("that", "and"):
            return None
        if ctx.word(before).lower() in ctx.lexicon.evidence_nouns:
            return before if ctx.word(before + 1).lower() in EVIDENCE_MODIFIER_OPENERS else None
    return None


def _evidence_phrase(ctx: Context, sentence: Sentence, verb: int) -> Span | None:
    """"A survey of 800 voters released Monday shows": the subject phrase up to its evidence noun ("A survey")."""
    noun = _evidence_noun(ctx, sentence, verb) if ctx.verb_kind(verb) == "weak" else None
    if noun is None:
        return None
    return subject_before(ctx, sentence.span.start, noun + 1)[1] or ctx.cue_span(noun)


#: How far back a weak cue's evidence subject may stand, in tokens ("a poll of 800 likely voters released Monday").
EVIDENCE_REACH = 10

#: Words that open a postmodifier after an evidence noun: "poll *of* voters", "survey *by* Gallup", "poll *last* month".
EVIDENCE_MODIFIER_OPENERS = frozenset("of from by out released conducted published taken in for on last this earlier".split())


#: Weak cues that report their object when a person is the subject: "Lopez suggested a debate in May".
PERSONAL_WEAK_CUES = frozenset("suggest imply indicate signal".split())


#: A clause without "that" after a weak cue: a subject of a few words, then a finite verb or auxiliary:
#: "the memo suggests [Republicans have no intention …]", "revealed [her husband had taken …]".
BARE_CLAUSE = regex.compile(
    r"(?:(?:he|she|they|it|we|I|you|there)|(?:the\s++|a\s++|an\s++|his\s++|her\s++|their\s++|its\s++)?+"
    r"(?!(?:and|or|but|who|which|that|to|when|if|as)\s)[\p{L}\p{N}’'\-]++"
    r"(?:\s++(?!(?:and|or|but|who|which|that|to|when|if|as)\s)[\p{L}\p{N}’'\-]++){0,4}?)\s++"
    r"(?:is|are|was|were|has|have|had|will|would|could|can|should|may|might|must|did|does|do)(?![\p{L}\p{N}])"
)


#: Weak cues that take a clause without "that" (PolNeAR train: 35 right reports in 50); not "find" ("found
#: themselves atop a party …": 1 in 5), nor "list", "share", "rule", "document", "read", "publish" (2 in 15).
BARE_CLAUSE_CUES = frozenset("suggest show reveal indicate determine demonstrate prove learn estimate detail confirm".split())


#: Words that end a subject phrase before they reach a verb: "the memo and …", "the man who …".
NOT_IN_SUBJECT = frozenset("and or but who which that to when if as , ; : ( — – “ \"".split())

#: Words that open no subject phrase: "suggested [as much in an email, released …]".
NOT_SUBJECT_OPENERS = frozenset("as much beyond so such not no".split())

#: Most words of the subject of a bare clause that opens with a cue's subject: "[the Paris attacks] highlight".
MAX_BARE_SUBJECT_WORDS = 5


def _clause_with_cue(ctx: Context, sentence: Sentence, position: int) -> bool:
    """Whether content after a weak cue is a clause whose verb is itself a cue: "the Daily News suggested [the
    attacks highlight the threat …]". The inner report is nested in the weak cue's content, not the whole
    (PolNeAR train: 8 more right at overlap, 9 more attributed; dev 2 and 2)."""
    first = ctx.doc.token_at(position)
    opener = ctx.word(first)
    if opener.lower() in NOT_IN_SUBJECT or opener.lower() in PREPOSITIONS or opener.lower() in NOT_SUBJECT_OPENERS:
        return False
    last = min(first + MAX_BARE_SUBJECT_WORDS + 1, sentence.end_token)
    for index in range(first + 1, last):
        if ctx.word(index).lower() in NOT_IN_SUBJECT:
            return False
        if ctx.verb_kind(index) in ("speech", "weak", "belief"):
            return True
    return False


def _person_suggests(ctx: Context, sentence: Sentence, verb: int) -> bool:
    """Whether a named person or a pronoun "suggests" here: then the object is a proposal, not a sign
    ("the timing suggested a rushed decision"). On PolNeAR train: 35 right reports among 42 more."""
    if ctx.lexicon.verb_forms[ctx.word(verb).lower()].lemma not in PERSONAL_WEAK_CUES:
        return False
    speaker, _ = subject_before(ctx, sentence.span.start, verb)
    return speaker is not None and ctx.mention(speaker).kind in (MentionKind.NAME, MentionKind.PRONOUN)


#: The comma that closes a relative clause: the main clause's verb phrase follows in lower case.
RELATIVE_CLOSE = regex.compile(r",\s++(?=\p{Ll})")


def _passive_agent(ctx: Context, verb: int, sentence: Sentence) -> int | None:
    """The mention right after "by" in "Asked by Dana Holt whether …", else None."""
    if verb + 2 >= sentence.end_token or ctx.word(verb + 1).lower() != "by":
        return None
    agents = ctx.mentions_between(ctx.doc.tokens[verb + 2].start, ctx.doc.tokens[verb + 2].end)
    return agents[0] if agents else None


#: How many tokens after "by" a passive cue's agent may start: "by Fox Business moderator Dana Holt".
AGENT_REACH = 6


def _is_passive(ctx: Context, sentence: Sentence, verb: int) -> bool:
    """Whether a cue is a past participle after a form of "be" (adverbs between): "was later asked"."""
    if ctx.word(verb).lower().endswith("ing"):
        return False  # "is saying" is progressive
    index = verb - 1
    while index >= sentence.first_token and (
        ctx.word(index).lower() in AUXILIARIES - {"has", "have", "had"} or _manner_adverb(ctx.word(index))
    ):
        index -= 1
    return index >= sentence.first_token and ctx.word(index).lower() in BE_FORMS


def _manner_adverb(word: str) -> bool:
    """A lower-case "-ly" adverb inside a verb chain: "were *mistakenly* charged", "was *widely* seen"."""
    return len(word) > 4 and ly_adverb(word)


def _speech_about_someone(ctx: Context, verb: int, text: str, start: int, end: int) -> bool:
    """"Avery was accused of fraud", "the holiday is observed as …": a passive speech cue with a plain
    object and no agent tells what was said about its subject, rarely a report (PolNeAR train: 21 right
    in 100); a clause ("it was announced that …") or a telling verb ("was told the ferry …") still is."""
    if ctx.verb_kind(verb) != "speech" or ctx.word(verb).lower() in TELLING_VERBS:
        return False
    return CLAUSE_CONTENT.match(text, start, end) is None


#: What content after a passive cue's agent opens with: a clause ("was asked by Holt whether …") or a
#: preposition of the cue ("was criticized by rivals for …", "was dismissed by voters as …"); anything else
#: goes on with the agent or is a time phrase: "was applauded by Wall Street critics", "was written by Vega after
#: the storm" (PolNeAR train: 1 right report in 14).
AFTER_AGENT_CONTENT = regex.compile(
    r"(?i)(?:that|whether|if|how|why|what|when|where|who|to|for|as|of|on|about)(?![\p{L}\p{N}])"
)


def _by_agent(ctx: Context, verb: int, sentence: Sentence) -> int | None:
    """The person-like mention in a "by" phrase right after a passive cue, else None."""
    if verb + 2 >= sentence.end_token or ctx.word(verb + 1).lower() != "by":
        return None
    last = min(sentence.end_token, verb + 2 + AGENT_REACH) - 1
    for index in range(verb + 2, last + 1):
        if ctx.word(index) in (",", ";", ":"):
            last = index - 1
            break
    if last < verb + 2:
        return None
    start, end = ctx.doc.tokens[verb + 2].start, ctx.doc.tokens[last].end
    agents = [m for m in ctx.mentions_between(start, end) if ctx.is_person_like(m)]
    return agents[0] if agents else None


def _skip_to_that(ctx: Context, verb: int, position: int, end: int) -> int:
    """Where the content starts when a that-clause comes after an object, an adverb or
    the preposition of a phrasal cue ("called for", "told X … that", "said bitterly that")."""
    text = ctx.doc.text
    adverb = MANNER_ADVERB.match(text, position, min(end, position + WINDOW))
    if adverb:
        return int(adverb.end())
    phrase_end = ctx.cue_phrase_end(verb) if ctx.verb_kind(verb) == "phrasal" else None
    if phrase_end is not None and phrase_end >= position:
        return min(end, phrase_end + len(text[phrase_end:end]) - len(text[phrase_end:end].lstrip()))  # "lashed out at …"
    phrase = f"{ctx.word(verb).lower()} {text[position : min(end, position + 30)].split(' ', 1)[0].lower()}"
    if phrase in ctx.lexicon.cue_phrases:
        return min(end, position + len(phrase) - len(ctx.word(verb)))
    if ctx.word(verb).lower() in TELLING_VERBS and text[position : position + 5].lower() != "that ":
        before_that = OBJECT_BEFORE_THAT.match(text, position, min(end, position + WINDOW))
        if before_that and not CLAUSE_PUNCTUATION.search(before_that.group()) and not QUESTION_WORD.search(before_that.group()):
            return int(before_that.end())
    return position


def _comma_before(ctx: Context, verb: int, inside_quote: bool = True) -> bool:
    """A comma or dash right before the cue, or (``inside_quote``) a comma inside a closing quotation
    mark ("…,” saying")."""
    if inside_quote and verb > 1 and ctx.word(verb - 1) in CLOSING_QUOTES and ctx.word(verb - 2) == ",":
        return True
    return verb > 0 and ctx.word(verb - 1) in (",", "—", "–")


#: Adverbs between a comma and a participle cue: "…, *even* suggesting", "…, *falsely* suggesting".
PARTICIPLE_ADVERBS = frozenset("even also again then later often sometimes once still only perhaps".split())


def _comma_adverb_before(ctx: Context, verb: int) -> bool:
    """A comma and one adverb right before a participle cue: "The nominee complained about his mic, *even*
    suggesting he …", "Clinton had ordnance ready for him, *quickly* reminding viewers …" (PolNeAR train:
    2 right in 4; dev 1 in 1)."""
    if verb < 2 or ctx.word(verb - 2) != ",":
        return False
    adverb = ctx.word(verb - 1).lower()
    return adverb in PARTICIPLE_ADVERBS or (len(adverb) > 4 and adverb.endswith("ly"))


def _introduces_quote(ctx: Context, start: int, end: int) -> bool:
    """Whether the words after a cue lead to a direct quote set off by a comma or colon: "saying, as
    calmly as she could, “I like …”" (the cue tags the quote; it reports no content of its own)."""
    quote = ctx.next_quote_start(start)
    return quote < end and ctx.doc.text[start:quote].rstrip().endswith((",", ":"))


#: Closing quotation marks a comma may stand inside: "the “Golden Week,” saying …".
CLOSING_QUOTES = frozenset(["”", '"', "’", "'", "''"])


def _after_object(ctx: Context, verb: int, sentence: Sentence) -> int:
    """The offset after the object of a telling verb: "told [reporters]", "told [the Post]"."""
    doc = ctx.doc
    index = verb + 1
    limit = min(verb + 6, sentence.end_token)
    while index < limit:
        word = ctx.word(index)
        if word.lower() in CLAUSE_OPENERS or (index > verb + 1 and word[:1].islower() and ctx.is_cue_verb(index)):
            break  # "told reporters [said …]"; but "told The Dayton Post" is a name
        if word[:1].islower() and index > verb + 1 and ctx.word(index - 1)[:1].isupper():
            break  # "told The Dayton Post [she was …]": the name ended the object
        index += 1
        if word[:1].islower() and word.lower() not in ("the", "a", "an", "his", "her", "their", "its"):
            break  # "told reporters", "told him"
    return doc.tokens[index - 1].end if index > verb + 1 else doc.tokens[verb].end


def content_then_verb(ctx: Context, sentence: Sentence, verb: int) -> Report | None:
    """``CONTENT, Peskov said (on Monday).`` / ``CONTENT, said Peskov, an aide.`` /
    ``CONTENT, the agency said in a report, and …`` — the cue closes the content."""
    doc, text = ctx.doc, ctx.doc.text
    kind = ctx.verb_kind(verb)
    if kind != "speech" and not (kind == "weak" and _evidence_subject(ctx, sentence, verb)):
        return None  # "…, she believes" is rare; "…, 95 members favored Clinton" is common; "…, records show"
    if ctx.word(verb).lower().endswith("ing"):
        return None  # "…, telling reporters": a participle opens its own content (PolNeAR train: 1 right in 33)
    verb_token = doc.tokens[verb]
    speaker, phrase = _inverted_subject(ctx, sentence, verb)
    if speaker is None:
        speaker, phrase = subject_before(ctx, sentence.span.start, verb, allow_after=True)
    if speaker is None and phrase is None:
        return None
    subject = ctx.mention(speaker).span if speaker is not None else phrase
    assert subject is not None
    inverted = subject.start > verb_token.start
    if inverted and ctx.lexicon.verb_forms[ctx.word(verb).lower()].lemma not in INVERTING_CUES:
        return None  # "…, endorsed Cruz last week": the name after the cue is its object, not its subject
    sentence_end = min(sentence.span.end, verb_token.end + MAX_CONTENT_CHARS)
    after_cue = subject.end if inverted else verb_token.end
    if not inverted and ctx.word(verb).lower() in ("told", "tells"):
        after_cue = _after_object(ctx, verb, sentence)  # "…, a spokesman told The Wall Street Journal."
    if not _closes_clause(text, after_cue, sentence_end) and not (
        inverted and _modified_subject_after_quote(text, verb_token.start, after_cue, sentence_end)
    ):
        return None
    if _tags_quote_after(text, after_cue, min(len(text), sentence_end + 3)):
        return None  # "In a speech last July, he said: “…”": the cue tags the quote after it
    if not inverted and _object_after_cue(ctx, verb, after_cue, sentence_end):
        return None  # "…, Avery announced her resignation.": the cue's own object, no report before it
    subject_start = verb_token.start if inverted else subject.start
    reach = max(sentence.span.start, subject_start - MAX_CONTENT_CHARS)
    separator = max(text.rfind(",", reach, subject_start), text.rfind("—", reach, subject_start))
    before_subject = len(text[separator:subject_start].split()) if separator >= 0 else 0
    if separator < 0 or before_subject > MAX_WORDS_BEFORE_SUBJECT + 1:
        return None  # ", top black lawmakers said", ", a source close to him said": a few words may precede the mention
    if before_subject > MAX_MODIFIER_WORDS + 1 and (
        QUOTE_MARK.match(text, reach) or PARTICIPLE_WORD.search(text, separator, subject_start)
    ):
        return None  # fiction: "“I cannot go,” looking down …", "…, turning to Alice as it spoke": a quote's tag
    start, end = reach, separator
    rest_start = subject.end if inverted else verb_token.end
    resumed = RESUMED_CONTENT.match(text, rest_start, min(sentence_end, rest_start + WINDOW))
    if inverted and _role_apposition(ctx, rest_start, sentence_end):
        resumed = None  # "…, said Mindy Romero, director of …": the speaker's role; the content ends at the cue
    elif resumed is not None:
        # "All of this, he acknowledges, could be undone": the content goes on after the cue.
        end = _content_end(ctx, sentence, resumed.end())
    elif len(text[start:end].split()) < FRAGMENT_WORDS or text[start:end].split()[0].lower() in OPENING_FRAGMENT:
        # "By closing the pier, Ms. Vega said, the town saved …": a fragment or an opening adverbial clause
        # goes on after the cue.
        resumed = CUE_THEN_COMMA.match(text, rest_start, min(sentence_end, rest_start + WINDOW))
        if resumed is not None:
            end = _content_end(ctx, sentence, resumed.end())
    colon = text.rfind(":", start, end)
    if colon >= 0:
        start = colon + 1 + len(text[colon + 1 : end]) - len(text[colon + 1 : end].lstrip())
    words = text[start:end].split()
    if len(words) < MIN_CONTENT_WORDS or _opens_with_cue(ctx, words[0]):
        return None  # "Asked whether …, Sanders said": the content belongs to "asked"
    after = text[subject.end if inverted else verb_token.end : sentence_end]
    if resumed is None and words[0].lower().rstrip(",") in INTRODUCTORY and len(after.split()) > MAX_MODIFIER_WORDS * 2:
        return None
    if not inverted and _is_passive(ctx, sentence, verb):
        speaker, phrase = _by_agent(ctx, verb, sentence), None  # "CONTENT, it was reported (by X)."
    return Report(Span(start, end), ctx.cue_span(verb), speaker, phrase, 0.85, "content then verb")


def _opens_with_cue(ctx: Context, word: str) -> bool:
    """Whether a content's first word is a cue of its own: "Asked whether …, Sanders said", "asked",
    "Speaking …" — not a capitalised noun that is also a verb form: "State departments can do that, they
    said", nor a gerund of no speech verb: "Finding the wreck will not be easy, she said" (PolNeAR train:
    2 right reports more in 3)."""
    lower = word.lower()
    if lower not in ctx.lexicon.verb_forms:
        return False
    if word[:1].islower() or lower in TELLING_VERBS:
        return True
    return lower.endswith(PARTICIPLE_ENDINGS) and ctx.lexicon.verb_forms[lower].kind == "speech"


#: Endings of a participle that opens a clause: "Asked …", "Speaking …" (of a speech verb).
PARTICIPLE_ENDINGS = ("ed", "ing")


#: A colon, or a comma and a quote that opens a sentence, right after a cue (a time phrase between): the cue
#: tags the quote after it, "he said: “…”", "Beck said, “I just want …”".
QUOTE_AFTER_CUE = regex.compile(r"\s*+(?::|,\s*+(?:[“\"]|'')\s*+\p{Lu})")


def _tags_quote_after(text: str, after_cue: int, end: int) -> bool:
    """Whether a cue after its content tags a quote that follows it instead: "In a speech last July, he said:",
    "Holding open a book, Beck said, “I just want …”" — the words before it open the sentence; they are no
    content (PolNeAR train: 16 fewer reports, 3 right)."""
    adverbial = ADVERBIAL.match(text, after_cue, min(end, after_cue + WINDOW))
    start = adverbial.end() if adverbial else after_cue
    return QUOTE_AFTER_CUE.match(text, start, end) is not None


#: An object right after a closing cue: a word that is no time phrase ("…, he announced [his resignation]").
OBJECT_WORD = regex.compile(r"\s*+(?!(?:so|when|yes|no)(?![\p{L}\p{N}]))[\p{L}\p{N}]")


def _object_after_cue(ctx: Context, verb: int, after_cue: int, sentence_end: int) -> bool:
    """Whether a cue after its subject takes an object of its own, so it closes no content before it:
    "After the vote in Salem, Ruiz announced her resignation." (PolNeAR train: 13 fewer reports, 11 more right,
    the cue's object read as its content instead; "…, a spokesman told reporters", "…, she said Thursday" stay)."""
    if ctx.word(verb).lower() in TELLING_VERBS:
        return False
    text = ctx.doc.text
    adverbial = ADVERBIAL.match(text, after_cue, min(sentence_end, after_cue + WINDOW))
    start = adverbial.end() if adverbial else after_cue
    return OBJECT_WORD.match(text, start, sentence_end) is not None


#: Cues that may stand before their subject after the content: "…, said Ruiz", "…, wrote Vega in a memo". Others
#: take the name after them as an object: "…, endorsed Cruz last week" (PolNeAR train: 6 fewer reports, 6 more
#: right, the object read as content instead; dev 5 fewer, 1 right lost).
INVERTING_CUES = frozenset(
    "say write add ask explain predict note recall insist argue continue reply respond answer declare warn "
    "observe report quip conclude acknowledge joke counter complain concede remark tweet agree suggest".split()
)


#: What may follow an inverted subject to the sentence's end: "…,” said Ms. Cole [of the Teachers Union]."
SUBJECT_MODIFIER = regex.compile(r"\s++(?:of|close\s++to|who|whose)\s[^,;:]*+$")


def _modified_subject_after_quote(text: str, verb_start: int, subject_end: int, sentence_end: int) -> bool:
    """``The board “was slow to act,” said Ms. Cole of the Teachers Union.``: after a quoted fragment,
    an inverted subject's modifier may run to the sentence end and the cue still closes the content
    (PolNeAR train: 4 more MIXED reports, all right; 1 wrong report fewer)."""
    before = text[max(0, verb_start - 4) : verb_start].rstrip()
    return before.endswith(tuple(CLOSING_QUOTES)) and SUBJECT_MODIFIER.match(text, subject_end, sentence_end) is not None


#: The words of an apposition right after an inverted cue's subject, up to the next comma or the
#: sentence end: "…, said Mindy Romero[, director of the project at …]".
APPOSITION_WORDS = regex.compile(r"\s*+,\s++([^,;:.!?\"“”]{1,200}+)")

#: Most words before the role noun that heads such an apposition ("an assistant professor", "senior vice
#: president", "education and law professor").
MAX_ROLE_WORDS = 5


def _role_apposition(ctx: Context, start: int, end: int) -> bool:
    """Whether a comma and a role phrase follow an inverted cue's subject, "…, said Mindy Romero, director
    of …", "…, said Jon Favreau, the president's former chief speechwriter": the apposition names the
    speaker's role, the reported content does not go on after it (PolNeAR train: a unit ends before
    "…, said NAME" 678 times, runs on past it 31 times)."""
    text = ctx.doc.text
    found = APPOSITION_WORDS.match(text, start, min(end, start + WINDOW))
    if found is None:
        return False
    words = [word.strip("'’").lower() for word in found.group(1).split()[: MAX_ROLE_WORDS + 1]]
    words = [word[:-2] if word.endswith(("'s", "’s")) else word for word in words]
    return any(word in ctx.lexicon.roles for word in words)


def _inverted_subject(ctx: Context, sentence: Sentence, verb: int) -> tuple[int | None, Span | None]:
    """``CONTENT, said Hank Sheinkopf.`` — a cue right after the content's comma with a person named
    right after it: that person speaks, not a name that ends the content ("… in Boston, said …")."""
    if verb == sentence.first_token or ctx.word(verb - 1) != ",":
        return None, None
    return subject_after(ctx, verb, sentence.span.end)


#: Words that open an adverbial clause: content starting with one goes on after a mid-sentence cue however
#: long it is ("To understand the case, Roberts said, one should visit the museum"; PolNeAR train: the same
#: number of reports, 16 more of them right at overlap, 8 more attributed right).
#: The subordinators less "whereas", "as", "once", with "to", "without", "despite".
OPENING_FRAGMENT = (SUBORDINATORS - frozenset(["whereas", "as", "once"])) | frozenset(["to", "without", "despite"])

#: Words that open the clause whose subject a passive cue reports: "In Vermont*,* Sanders was supported by …".
PASSIVE_SUBJECT_OPENERS = frozenset(", ; : ( — – “ ” \" and but that because while when although though".split())

#: Most words in the subject or the agent of a passive report.
MAX_PASSIVE_WORDS = 8


def subject_then_passive(ctx: Context, sentence: Sentence, verb: int) -> Report | None:
    """``The meeting was first reported by Politico.`` / ``These proposals have been applauded by
    Wall Street critics.`` — a passive cue whose subject is what was said, its agent the speaker."""
    doc, text = ctx.doc, ctx.doc.text
    if verb + 2 >= sentence.end_token or ctx.word(verb + 1).lower() != "by" or not _is_passive(ctx, sentence, verb):
        return None
    agent_end = verb + 2
    while agent_end < sentence.end_token and ctx.word(agent_end) not in (",", ".", ";", ":", "!", "?", "—"):
        agent_end += 1
    if agent_end - (verb + 2) > MAX_PASSIVE_WORDS or (agent_end < sentence.end_token and ctx.word(agent_end) != "."):
        return None  # "was reported by Politico on Monday, …": more follows; not this shape
    be = verb - 1
    while be >= sentence.first_token and ctx.word(be).lower() not in BE_FORMS:
        be -= 1
    while be - 1 >= sentence.first_token and ctx.word(be - 1).lower() in BE_FORMS | AUXILIARIES:
        be -= 1  # "has been", "had also been"
    first = be
    while first - 1 >= sentence.first_token and ctx.word(first - 1).lower() not in PASSIVE_SUBJECT_OPENERS:
        first -= 1
    if not 1 <= be - first <= MAX_PASSIVE_WORDS or ctx.word(first).lower() in ("it", "there"):
        return None  # "It was reported by …": no subject to report
    content = Span(doc.tokens[first].start, doc.tokens[be - 1].end)
    speaker = _by_agent(ctx, verb, sentence)
    phrase = None if speaker is not None else Span(doc.tokens[verb + 2].start, doc.tokens[agent_end - 1].end)
    return Report(content, ctx.cue_span(verb), speaker, phrase, 0.6, "subject then passive")


#: Content before a mid-sentence cue shorter than this is a fragment that goes on after the cue.
FRAGMENT_WORDS = 6

#: The end of a cue set off by commas: a few words ("on Monday") and the closing comma.
CUE_THEN_COMMA = regex.compile(r"(?:[^\S\n]++[\p{L}\p{N}.]++){0,3}?\s*+,\s++(?=[^\s\"“”'‘’])")

#: A few words: an introductory content with more than twice this many words after its cue is no report.
MAX_MODIFIER_WORDS = 3

#: Words allowed between the comma closing the content and the subject's mention: "…, a source close to
#: [him] said" (PolNeAR train, 4 words rather than 3: 3 right reports more in 8; dev 1 in 1).
MAX_WORDS_BEFORE_SUBJECT = 4

#: Words that open an introductory phrase, not reported content ("During his years in
#: office, Obama said, …": the content follows the cue).
INTRODUCTORY = frozenset(
    "during in on at after before since with for over under as when while although though "
    "because however but and yet still meanwhile also".split()
)

#: The content going on after a cue set off by commas: ", could be undone", ", is wrong", ", “could be undone”"
#: (a quote that opens in lower case goes on with the sentence: the report is MIXED); ", and it has …",
#: ", while others …", ", including …", ", because …", ", since …" go on with it too (PolNeAR train: 3 fewer
#: reports, 7 more attributed right; dev 5 more right at overlap).
RESUMED_CONTENT = regex.compile(
    r"""(?x)(?:\s++\p{L}++){0,4}?\s*+,\s++
    (?!(?:a|an|the|who|which|whose|but|or|as|adding|saying|noting|according|citing|calling|
        referring|although|though|when|where|after|before|one|two|in|on|at|
        during|with|for|to|from|by|telling|asking|arguing|claiming|insisting|warning|explaining|who)\b)
    (?=(?:[“"‘]|'')?\p{Ll})"""
)

#: A complement right after a cue: the cue then opens content instead of closing it.
COMPLEMENT = regex.compile(r"(?i)[\s,]*+(?:that|to|whether|if|how|why|what)\b")


def _closes_clause(text: str, start: int, end: int) -> bool:
    """Whether the words after a cue leave it closing the sentence's content:
    nothing, an adverbial, or a comma and an apposition or a new clause."""
    adverbial = ADVERBIAL.match(text, start, min(end, start + WINDOW))
    if adverbial:
        start = adverbial.end()
    rest = text[start : min(end, start + 200)].strip().rstrip(".!?")
    if not rest:
        return True
    if COMPLEMENT.match(rest):
        return False
    return rest.startswith((",", "—", "–", ";")) or len(rest.split()) <= 2


ACCORDING_TO = regex.compile(r"(?i)\baccording\s+to\b")


def according_to(ctx: Context, sentence: Sentence) -> Iterator[Report]:
    """``According to Reuters, CONTENT.`` / ``CONTENT, according to Reuters.`` /
    ``Fundraising, according to the campaign, has surged.`` (a word or two, the source, the rest)"""
    text = ctx.doc.text
    for match in ACCORDING_TO.finditer(text, sentence.span.start, sentence.span.end):
        if ctx.inside_quote(match.start()):
            continue
        source = ctx.mentions_between(match.end(), sentence.span.end)
        speaker = source[0] if len(source) else None
        if match.start() == sentence.span.start:
            comma = text.find(",", match.end(), sentence.span.end)
            if comma <= match.end() + 1:
                continue  # no source named before the comma: "According to, …"
            source = ctx.mentions_between(match.end(), comma)  # not a name inside the content
            speaker = source[0] if len(source) else None
            start = comma + 1
            while start < sentence.span.end and text[start].isspace():
                start += 1
            end = _content_end(ctx, sentence, start)
            phrase = Span(match.end() + 1, comma) if speaker is None else None
        else:
            start = sentence.span.start
            end = match.start()
            while end > start and text[end - 1] in " ,—–":
                end -= 1
            named = _phrase_after(text, match.end(), sentence.span.end)
            if speaker is not None and (named is None or ctx.mention(speaker).span.start >= named.end):
                speaker = None  # "…, according to exit polls), New Hampshire …": a name past the source is not it (PolNeAR train: 3 right more, none lost)
            phrase = named if speaker is None else None
            comma = text.find(",", match.end(), sentence.span.end)
            if len(text[start:end].split()) < MIN_CONTENT_WORDS and comma > match.end() + 1:
                # "Fundraising, according to the campaign, has surged …", "Now, according to the poll, some
                # are swinging": the clause goes on after the source.
                source = ctx.mentions_between(match.end(), comma)
                speaker = source[0] if len(source) else None
                phrase = Span(match.end() + 1, comma) if speaker is None else None
                end = _content_end(ctx, sentence, comma + 1)
            elif comma > match.end() + 1 and (
                CONTINUED_AFTER_SOURCE.match(text, comma, sentence.span.end) or _fronted_before_source(text, start, end, comma)
            ):
                end = _content_end(ctx, sentence, comma + 1)
        if len(text[start:end].split()) >= MIN_CONTENT_WORDS:
            yield Report(Span(start, end), Span(match.start(), match.end()), speaker, phrase, 0.85, "according to")


#: The sentence going on after an "according to" source: "The top 1 percent paid 25 percent, according to the
#: CBO, and the top 10 percent paid 69 percent" is one report of both clauses (PolNeAR train +1 right, dev +2;
#: "but"/"while" as well lost one on train).
CONTINUED_AFTER_SOURCE = regex.compile(r",\s++and\s++\p{L}")


#: An opening phrase before a mid-sentence source, the clause still to come: "[Since last November], according
#: to X, forces have killed …", "[Over the long term], according to …" (PolNeAR train: 3 more right reports,
#: none lost; annotators run such reports through the source to the sentence end).
FRONTED_PHRASE = regex.compile(
    r"(?i)(?:since|over|among|at|about|in|on|during|after|before|until|for|by|from|with|under|into|of)\s[^,;:]++"
)

#: A verb right after a mid-sentence source: the words before it are its subject, "[Notably absent from the
#: talks], according to X, [was any mention of …]" (PolNeAR train: 1 more right report, none lost).
VERB_AFTER_SOURCE = regex.compile(r",\s++(?:is|are|was|were|has|have|had|include|includes|included|remain|remains|remained)\s")


def _fronted_before_source(text: str, start: int, end: int, comma: int) -> bool:
    """Whether the words before a mid-sentence "according to" source are no clause of their own, so the
    report goes on after the source: an opening phrase, or a subject whose verb follows the source."""
    return bool(FRONTED_PHRASE.fullmatch(text, start, end) or VERB_AFTER_SOURCE.match(text, comma))


def _phrase_after(text: str, start: int, end: int) -> Span | None:
    match = SOURCE_PHRASE.match(text, start, min(end, start + WINDOW))
    return Span(match.start(1), match.end(1)) if match else None


#: A headline or transcript attribution: "Gingrich: Trump Must Decide", "Poll: Trump leads".
COLON_SOURCE = regex.compile(r"(?P<source>\p{Lu}[\p{L}\p{N}.'’\- ]{0,40}?):[^\S\n]++(?P<content>[^\"“”'‘’\n][^\n]{8,}+)")


def _label_like(source: str) -> bool:
    """Whether the words before a colon read as a speaker's label, every word capitalized: ``TRUMP``,
    ``Jake Tapper``, ``Poll`` — not a clause or a phrase (``Here’s a devilish hunch``, ``One conclusion``).
    PolNeAR train: with a lowercase word the colon content was annotated 29 times in 113, and the reports
    nested in it were annotated 80 times."""
    return is_title_case(source.split(), lambda word: False)  # no word may stay in lower case


#: Fewest words of a colon source's content: shorter ones are list entries ("Rubio: Finish second", "Carson: A
#: miracle") or credits (PolNeAR train: 1 right report in 9).
MIN_COLON_CONTENT_WORDS = 4


def colon_source(ctx: Context, paragraph: Span) -> Report | None:
    """``Lewandowski: FBI director acted as judge and jury`` — a short source, a colon, content."""
    match = COLON_SOURCE.match(ctx.doc.text, paragraph.start, paragraph.end)
    if match is None or len(match.group("source").split()) > 4:
        return None
    if match.group("source").strip().lower() in ctx.lexicon.section_labels:
        return None  # "The Latest: …", "Contributing: …"
    if len(match.group("source").strip()) == 1:
        return None  # "Q: …" / "A: I think …": an interview turn, its reports nested in it (PolNeAR train: 0 of 54)
    if not _label_like(match.group("source")):
        return None  # "The group was diverse: black and white, …": a clause before a colon, no source
    content_end = paragraph.end
    while content_end > match.start("content") and ctx.doc.text[content_end - 1] in " .":
        content_end -= 1
    if len(ctx.doc.text[match.start("content") : content_end].split()) < MIN_COLON_CONTENT_WORDS:
        return None  # "Ruiz: Finish second", "Byline: Ana Ruiz": a list entry or a credit
    mentions = ctx.mentions_between(match.start("source"), match.end("source"))
    source = Span(match.start("source"), match.end("source"))
    return Report(
        Span(match.start("content"), content_end),
        Span(match.end("source"), match.end("source") + 1),
        mentions[0] if mentions else None,
        None if mentions else source,
        0.6,
        "colon source",
    )


#: After a colon, the space and the first character of unquoted content on the same line: "message: He must …".
UNQUOTED_AFTER_COLON = regex.compile(r"[^\S\n]++(?=[^\s\"“”‘’'<])")

#: Lower-case prepositions before a colon noun's phrase: "with a message: …", "in one simple question: …" name
#: no report (PolNeAR train: 0 of 2); "of" stays ("many of the same arguments: …", 1 of 1).
COLON_NOUN_PREPOSITIONS = frozenset("with in for to by on at from about into".split())

#: Words before a colon noun searched for such a preposition: "with [a blunt] message:".
COLON_NOUN_REACH = 3

#: Confidence of a colon noun's report: below the verb rules, which win an overlap.
COLON_NOUN_CONFIDENCE = 0.6


def _colon_noun_phrase(ctx: Context, sentence: Sentence, noun: int) -> bool:
    """Whether a noun before a colon closes a phrase of the sentence (not a label opening it, "Question:",
    nor the object of a preposition, "with a message:")."""
    if noun <= sentence.first_token or not ctx.word(noun - 1)[:1].isalnum():
        return False
    first = max(sentence.first_token, noun - COLON_NOUN_REACH)
    return not any(ctx.word(index) in COLON_NOUN_PREPOSITIONS for index in range(first, noun))


def colon_noun(ctx: Context) -> Iterator[Report]:
    """``The party's leaders sent him an unmistakable message: He is hurting the party.`` — a noun of speech
    (lexicons/colon_nouns.txt) announces unquoted content after a colon: the rest of the paragraph; the
    sentence's first person speaks. PolNeAR train: 10 of 12 such contents annotated."""
    text, doc = ctx.doc.text, ctx.doc
    colon = text.find(":")
    while colon >= 0:
        word_start = colon
        while word_start > 0 and text[word_start - 1].isalpha():
            word_start -= 1
        after = UNQUOTED_AFTER_COLON.match(text, colon + 1) if text[word_start:colon].lower() in ctx.lexicon.colon_nouns else None
        if after is not None and not ctx.inside_speech(colon):
            noun = doc.token_at(word_start)
            sentence = doc.sentences[doc.sentence_at(word_start)]
            start = after.end()
            end = text.find("\n", start)
            end = len(text) if end < 0 else end
            while end > start and text[end - 1].isspace():
                end -= 1
            asked = text[end - 1 : end] == "?"  # "one simple question: What does he want?" (train: 1 of 3 annotated)
            end -= text[end - 1 : end] == "."
            if _colon_noun_phrase(ctx, sentence, noun) and len(text[start:end].split()) >= MIN_CONTENT_WORDS and not asked:
                speakers = [m for m in ctx.mentions_between(sentence.span.start, word_start) if ctx.is_person_like(m)]
                cue = Span(word_start, colon)
                yield Report(Span(start, end), cue, speakers[0] if speakers else None, None, COLON_NOUN_CONFIDENCE, "colon noun")
        colon = text.find(":", colon + 1)


#: A colon that closes its paragraph: "In a speech last July, he said:⏎".
COLON_AT_PARAGRAPH_END = regex.compile(r"[^\S\n]*+:[^\S\n]*+(?:\n|$)")

#: Most paragraphs a cue closing its paragraph with a colon announces (PolNeAR train: the content ran over 1 to 4).
MAX_ANNOUNCED_PARAGRAPHS = 4

#: What opens a paragraph no announced content runs into: a quotation mark (a direct quote the cue tags) or
#: markup ("<tweet …>").
NOT_ANNOUNCED_OPENERS = tuple("“\"'‘<")


def _announced_end(ctx: Context, first: int) -> int:
    """Where the paragraphs a cue announces end, from paragraph index ``first``: before a paragraph that opens
    with a quotation mark, has a speech cue of its own ("He writes in the column that …") or follows one
    ending with a colon; after :data:`MAX_ANNOUNCED_PARAGRAPHS` at most."""
    doc = ctx.doc
    last = first
    while last + 1 < min(len(doc.paragraphs), first + MAX_ANNOUNCED_PARAGRAPHS):
        following = doc.paragraphs[last + 1]
        if doc.text[following.start : following.start + 1] in NOT_ANNOUNCED_OPENERS:
            break
        if doc.text[doc.paragraphs[last].start : doc.paragraphs[last].end].rstrip().endswith(":"):
            break
        if any(ctx.verb_kind(index) in ("speech", "dialogue") for index in doc.tokens_in(following)):
            break
        last += 1
    end = doc.paragraphs[last].end
    while end > doc.paragraphs[first].start and doc.text[end - 1] in " .\t\n\u00a0":
        end -= 1
    return end


def _into_announced_paragraphs(ctx: Context, report: Report) -> Report:
    """A content that closes its paragraph with a colon runs on into the unquoted paragraphs it announces:
    ``… said Clinton has these tasks tonight:⏎⏎Sell her plan.⏎Be the one who shines.`` — unless the first
    of them has a speech cue of its own ("Clinton said that she was …": PolNeAR train, the content stopped at
    the colon in 4 such cases of 4; without one, it ran on 4 times in 6)."""
    doc, text = ctx.doc, ctx.doc.text
    if not COLON_AT_PARAGRAPH_END.match(text, report.content.end):
        return report
    first = doc.paragraph_at(report.content.end) + 1
    if first >= len(doc.paragraphs) or text[doc.paragraphs[first].start : doc.paragraphs[first].start + 1] in NOT_ANNOUNCED_OPENERS:
        return report
    if any(ctx.verb_kind(index) in ("speech", "dialogue") for index in doc.tokens_in(doc.paragraphs[first])):
        return report
    return attrs.evolve(report, content=Span(report.content.start, _announced_end(ctx, first)))


def announced_paragraphs(ctx: Context, sentence: Sentence, verb: int) -> Report | None:
    """``In a speech last July, he said:⏎⏎Let no one be mistaken – …`` — a speech cue closing its paragraph
    with a colon (after "that", too) announces the unquoted paragraphs that follow (:func:`_announced_end`).
    PolNeAR train: 5 of 5 such contents annotated, over 1 to 4 paragraphs."""
    doc, text = ctx.doc, ctx.doc.text
    if ctx.verb_kind(verb) != "speech":
        return None
    after = doc.tokens[verb].end
    if verb + 1 < len(doc.tokens) and ctx.word(verb + 1).lower() == "that":
        after = doc.tokens[verb + 1].end  # "Soerens argued that:"
    if not COLON_AT_PARAGRAPH_END.match(text, after):
        return None
    first = doc.paragraph_at(after) + 1
    if first >= len(doc.paragraphs) or doc.paragraphs[first].start <= after:
        return None
    start = doc.paragraphs[first].start
    if text[start : start + 1] in NOT_ANNOUNCED_OPENERS:
        return None
    end = _announced_end(ctx, first)
    if len(text[start:end].split()) < MIN_CONTENT_WORDS:
        return None
    speaker, phrase = _cue_speaker(ctx, sentence, verb, start, end)
    if speaker is None and phrase is None:
        return None
    return Report(Span(start, end), ctx.cue_span(verb), speaker, phrase, 0.8, "announced paragraphs")


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
    if not noun.isalpha() or not noun.islower() or noun in AUXILIARIES or noun in BE_FORMS or ly_adverb(noun):
        return False
    for index in range(verb - 2, max(sentence.first_token, verb - NAMING_REACH) - 1, -1):
        if ctx.word(index).lower() in NAMING_DETERMINERS:
            if ctx.word(verb).lower() == "named":
                return True  # "a man named Tom Clarke": a person noun too
            phrase = ctx.mentions_between(ctx.doc.tokens[index].start, ctx.doc.tokens[verb - 1].end)
            return not any(ctx.is_person_like(m) for m in phrase)
    return False


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
    if not with_subject and ctx.word(index).lower() == "as" and index == doc.token_at(inner.cue.start) - 1:
        return None  # "quoted an aide as saying …": the quoting cue's content, one unit (PolNeAR train: 4 of 4)
    if with_subject and ctx.word(index).lower() in ("and", "but") and _ends_name(ctx, index - 1):
        return None  # "what Trump and Lewandowski said": one subject of two names
    if ctx.word(index).lower() == "and" and ctx.word(index + 1).lower() == "that":
        return None  # "said that … were low, and that residents should worry …": the outer cue's second clause (train +1)
    return doc.tokens[index].start


def _in_verb_chain(word: str, before: str) -> bool:
    """Whether a word before a cue is an auxiliary or adverb of its verb chain: "has since said", "didn't
    mention", "is promising"."""
    lower = word.lower()
    return (
        lower in AUXILIARIES
        or lower in BE_FORMS
        or lower.endswith(("n’t", "n't"))
        or ly_adverb(word)
        or (lower == "since" and before.lower() in ("has", "have", "had"))
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
    found = [m for m in ctx.mentions_between(sentence.span.start, offset) if ctx.is_person_like(m)]
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


#: After a framing verb: its object (1-6 words) and "as" before a quoted fragment: "identified *the judge as
#: “*Spanish,”", "denouncing *him as a ''*psychopath.''"; the verb must be one of lexicons/framing_verbs.txt.
FRAMED_AS = regex.compile(
    r"\s++(?:(?:up|down)\s++)?(?P<object>(?:[\p{L}\p{N}][\p{L}\p{N}’'.\-]*+\s++){1,6}?)as\s++(?:(?:an?|the)\s++)?"
    r"(?P<mark>[“\"‘]|''|``)"
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
        if _manner_adverb(match.group("object").strip()):
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
    r"\s++(?P<cue>called|titled|entitled|named|billed\s++as)\s++(?:the\s++)?(?P<mark>[“\"‘]|''|``)"
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
        if any(ctx.is_person_like(m) for m in ctx.mentions_between(match.start(), match.start("cue"))):
            continue  # "(a book by) the comedian Michael Ian Black titled “…”": a person names no thing
        cue = Span(match.start("cue"), match.end("cue"))
        yield Report(Span(match.start(), fragment.end), cue, None, None, NAMED_FRAGMENT_CONFIDENCE, "named fragment")


#: A passive naming verb before a quoted fragment: "she *is nicknamed* ''Naked Girl''", "what *had been called*
#: the “Golden Week,”", "*being dubbed* the “presumptive nominee”".
NAMED_PASSIVE = regex.compile(
    r"(?i)(?<![\p{L}\p{N}’'\-])(?P<be>is|are|was|were|be|been|being)\s++"
    r"(?:(?:\p{L}++ly|once|also|often|sometimes|now|long|even)\s++)?"
    r"(?P<cue>called|named|dubbed|nicknamed|titled|entitled|labell?+ed|branded)\s++(?:(?:the|an?)\s++)?(?P<mark>[“\"‘]|''|``)"
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
    while index >= sentence.first_token and (ctx.word(index).lower() in AUXILIARIES or _manner_adverb(ctx.word(index))):
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
        cue = Span(ctx.doc.tokens[noun].start, ctx.doc.tokens[noun].end)
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
