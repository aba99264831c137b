"""The rules for content before its cue: ``CONTENT, Peskov said.`` (:func:`content_then_verb`) and
``CONTENT was first reported by Politico.`` (:func:`subject_then_passive`).

Flow: text → tokens → quote candidates → cues and mentions → entities → speakers → Quote.

Rule modules that :func:`quoteattr.quotes.reported.find_reports` runs for each cue verb;
``content_then_verb`` is tried before :func:`.verb_first.verb_then_content`,
``subject_then_passive`` after it. Builds on :mod:`.content` and :mod:`.subjects`.
"""

from __future__ import annotations

import regex

from quoteattr.attribution.context import (
    BE_FORMS,
    BE_OR_AUXILIARY,
    SUBORDINATORS,
    Context,
    subject_after,
    subject_before,
)
from quoteattr.document import Sentence
from quoteattr.model import Span
from quoteattr.quotes.reported.content import (
    CLOSING_QUOTES,
    MAX_CONTENT_CHARS,
    MIN_CONTENT_WORDS,
    QUOTE_MARK,
    TELLING_VERBS,
    WINDOW,
    _after_object,
    _content_end,
    _past_adverbial,
)
from quoteattr.quotes.reported.report import Report
from quoteattr.quotes.reported.subjects import _by_agent, _evidence_subject, _is_passive

#: A lower-case word in "-ing": "turning to Alice as it spoke" is a participle clause, no subject phrase.
PARTICIPLE_WORD = regex.compile(r"(?<![\p{L}\p{N}])\p{Ll}++(?<=ing)(?![\p{L}\p{N}])")


#: "as" before a mid-sentence cue's subject: ", and as Comey noted, …" reports only what follows the cue
#: (PolNeAR train: 3 more right, 3 more attributed, 1 more report; dev same).
AS_SOURCE = regex.compile(r"(?i)\s*+(?:(?:and|but)\s++)?as\s++")


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
    if AS_SOURCE.fullmatch(text, separator + 1, subject_start):
        # "…, and as Comey noted, [the people involved could still be subject …]": what follows the cue only
        resumed = resumed or CUE_THEN_COMMA.match(text, rest_start, min(sentence_end, rest_start + WINDOW))
        if resumed is not None:
            start, end = resumed.end(), _content_end(ctx, sentence, resumed.end())
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
    return QUOTE_AFTER_CUE.match(text, _past_adverbial(text, after_cue, end), end) is not None


#: An object right after a closing cue: a word that is no time phrase ("…, he announced [his resignation]").
OBJECT_WORD = regex.compile(r"\s*+(?!(?:so|when|yes|no)(?![\p{L}\p{N}]))[\p{L}\p{N}]")


def _object_after_cue(ctx: Context, verb: int, after_cue: int, sentence_end: int) -> bool:
    """Whether a cue after its subject takes an object of its own, so it closes no content before it:
    "After the vote in Salem, Ruiz announced her resignation." (PolNeAR train: 13 fewer reports, 11 more right,
    the cue's object read as its content instead; "…, a spokesman told reporters", "…, she said Thursday" stay)."""
    if ctx.word(verb).lower() in TELLING_VERBS:
        return False
    text = ctx.doc.text
    return OBJECT_WORD.match(text, _past_adverbial(text, after_cue, sentence_end), sentence_end) is not None


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
#: The subordinators less "whereas", "as", "once", with "to", "without", "despite"; "like", "unlike" open a
#: comparison ("Like his comments about X, Graham said, the jabs were …"; train: 1 more right, dev same).
OPENING_FRAGMENT = (SUBORDINATORS - frozenset(["whereas", "as", "once"])) | frozenset(
    ["to", "without", "despite", "like", "unlike"]
)

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
    while be - 1 >= sentence.first_token and ctx.word(be - 1).lower() in BE_OR_AUXILIARY:
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
#: reports, 7 more attributed right; dev 5 more right at overlap); ", by creating …", ", from …" go on too (train: 2
#: more right, dev same).
RESUMED_CONTENT = regex.compile(
    r"""(?x)(?:\s++\p{L}++){0,4}?\s*+,\s++
    (?!(?:a|an|the|who|which|whose|but|or|as|adding|saying|noting|according|citing|calling|
        referring|although|though|when|where|after|before|one|two|in|on|at|
        during|with|for|to|telling|asking|arguing|claiming|insisting|warning|explaining|who)\b)
    (?=(?:[“"‘]|'')?\p{Ll})"""
)

#: A complement right after a cue: the cue then opens content instead of closing it.
COMPLEMENT = regex.compile(r"(?i)[\s,]*+(?:that|to|whether|if|how|why|what)\b")


def _closes_clause(text: str, start: int, end: int) -> bool:
    """Whether the words after a cue leave it closing the sentence's content:
    nothing, an adverbial, or a comma and an apposition or a new clause."""
    start = _past_adverbial(text, start, end)
    rest = text[start : min(end, start + 200)].strip().rstrip(".!?")
    if not rest:
        return True
    if COMPLEMENT.match(rest):
        return False
    return rest.startswith((",", "—", "–", ";")) or len(rest.split()) <= 2
