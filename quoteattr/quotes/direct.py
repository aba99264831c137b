"""Direct-quote candidates: paired quotation marks, told apart from titles and scare quotes."""

from __future__ import annotations

import functools
from collections.abc import Sequence

import regex

from quoteattr import lexicons
from quoteattr.document import QuoteMarks
from quoteattr.model import Span
from quoteattr.quotes.marks import MARK, MAX_WRAPPED_LINE, pair_marks, quote_lines
from quoteattr.text.titlecase import TITLE_SMALL_WORDS, is_title_case

#: Words inside a quote.
WORD = regex.compile(r"[\p{L}\p{N}]++(?:['’\-][\p{L}\p{N}]++)*+")

#: The last word before a quote, in a short window ("said", "called").
LAST_WORD = regex.compile(r"([\p{L}\-]++)[^\S\n]*+\Z")

#: Most words a scare quote or a quoted term has.
MAX_TERM_WORDS = 4
MAX_TITLE_WORDS = 12

#: Fewest words of a quoted section heading standing alone on its line.
MIN_HEADING_WORDS = 3


#: An outlet's credit in the possessive (a regex fragment): "by the Post's", "by Times'".
OUTLET_CREDIT = r"by[^\S\n]++(?:the[^\S\n]++)?+(?:\p{Lu}[\p{L}.]*+[^\S\n]++){0,3}+\p{Lu}[\p{L}.]*+['’]s?+"

#: A byline after a quoted headline, naming an outlet in the possessive: ``," by the Post's Ana Ruiz``
#: (PolNeAR train: 12 such headlines in a newsletter's list of links, none a gold quote).
OUTLET_BYLINE = regex.compile(r",?+[^\S\n]*+" + OUTLET_CREDIT + r"[^\S\n]")

#: How far :data:`OUTLET_BYLINE` may look, in characters (`regex` scans up to the end position a match is
#: given: a match with none costs the rest of the text, for every quote).
BYLINE_REACH = 120

#: The same credit closed by a colon right before a quote, which is then the linked article's opening
#: lines: ``by Times' Ana Ruiz: “The museum …”`` (PolNeAR train: 8, none a gold quote).
BYLINE_BEFORE = regex.compile(r"\b" + OUTLET_CREDIT + r"(?:[^\S\n]++\p{Lu}[\p{L}.\-]*+){1,3}+:[^\S\n]*+\Z")


def _inner_words(text: str, span: Span) -> list[str]:
    words: list[str] = WORD.findall(text, span.start, span.end)
    return words


def _is_title_case(words: list[str]) -> bool:
    if len(words) < 2 or len(words) > MAX_TITLE_WORDS:
        return False
    return is_title_case(words, lambda word: word.lower() in TITLE_SMALL_WORDS, skip_non_letters=False)


def _line_before(text: str, span: Span, paragraph: Span) -> str:
    """Up to 40 characters before a quote, from its line only when the line break is
    real: a quote opening a line after a long one (a list of reader comments) opens
    like a paragraph; in hard-wrapped text a line break is only a space."""
    start = max(paragraph.start, span.start - 40)
    newline = text.rfind("\n", start, span.start)
    if newline < 0:
        return text[start : span.start].rstrip()
    previous_line = text[max(paragraph.start, newline - MAX_WRAPPED_LINE) : newline]
    if "\n" not in previous_line and newline - MAX_WRAPPED_LINE > paragraph.start:
        return text[newline + 1 : span.start].rstrip()  # a long line: not wrapped
    if previous_line.rstrip().endswith((".", "!", "?", "”", '"', ":")):
        return text[newline + 1 : span.start].rstrip()
    return text[start : span.start].rstrip()


def is_term(text: str, span: Span, paragraph: Span) -> bool:
    """Whether a closed quotation is a title or scare quote rather than speech.

    - ``the so-called “special military operation”``: a few words inside a
      sentence, not after a said-verb, a colon or a comma → term.
    - ``his book, ''Make Your Kid a Millionaire,''``: title case → term.
    - ``“No,” she said.`` / ``He said: “No.”`` / ``He shouted “Fire!”`` → speech.
    """
    words = _inner_words(text, span)
    before = _line_before(text, span, paragraph)
    if before.endswith("="):
        return True  # an attribute value in markup: pic="…"
    if OUTLET_BYLINE.match(text, span.end, span.end + BYLINE_REACH):
        return True  # a headline with its credit: “Museum to close,” by Times' Ana Ruiz
    if BYLINE_BEFORE.search(text, max(paragraph.start, span.start - 80), span.start):
        return True  # the article's first lines after its credit: by Times' Ana Ruiz: “The museum …”
    if not before:
        return span.end == paragraph.end and (
            _is_quoted_heading(text, span, words) or _is_single_marked_heading(text, span, words)
        )
    if _is_title_case(words) and not _is_sentence_after_a_break(text, span, before):
        return True
    if len(words) > MAX_TERM_WORDS:
        return False
    if not before[-1].isalnum():
        return False  # after a sentence end, colon, comma or dash
    last_word = LAST_WORD.search(before)
    if last_word and last_word.group(1).lower() in lexicons.load().verb_forms:
        return False  # said "no"
    inner_end = MARK.sub("", text[span.end - 3 : span.end]).rstrip()
    return not inner_end.endswith((",", "!", "?"))  # "No," he said


def _is_sentence_after_a_break(text: str, span: Span, before: str) -> bool:
    """A quote that is a whole sentence after a sentence end or colon is speech even when
    its words are capitalised: ``the president added. ''We're America.''``,
    ``Warren To CEO: ‘You Should Be Investigated.’``."""
    inner_end = MARK.sub("", text[max(span.start, span.end - 3) : span.end]).rstrip()
    return inner_end.endswith((".", "!", "?")) and before.endswith((".", "!", "?", ":", "”", "’", '"', "'"))


#: Words a text writes in lower case somewhere, computed once per text (the last one).
_LOWER_WORD = regex.compile(r"(?<![\p{L}’'])\p{Ll}[\p{L}’']*+")


@functools.lru_cache(maxsize=1)
def _lower_case_words(text: str) -> frozenset[str]:
    return frozenset(_LOWER_WORD.findall(text))


def _is_quoted_heading(text: str, span: Span, words: list[str]) -> bool:
    """A quote alone on its line is dialogue, unless it is a section heading in title case
    made of everyday words the text also writes in lower case: ``'All Bets Are Off.'``,
    not ``"Here's Mr. Beebe."`` nor ``"Evening, Mr. Bast."``."""
    if len(words) < MIN_HEADING_WORDS or not _is_title_case(words):
        return False
    if SPEECH_PUNCTUATION.search(text, span.start, span.end):
        return False  # a list, an exclamation, a question or two sentences: speech
    content = [word.lower() for word in words if word.lower() not in TITLE_SMALL_WORDS]
    everyday = sum(word in _lower_case_words(text) for word in content)
    return everyday * 2 > len(content)


#: Opening double marks (“, ", '') and opening single marks at a line start (‘, ' not doubled).
DOUBLE_OPENING = regex.compile(r"“|\"|''")
SINGLE_OPENING = regex.compile(r"‘|(?m:^'(?!'))")


@functools.lru_cache(maxsize=1)
def _speech_in_double_marks(text: str) -> bool:
    """Whether the text (the last one asked about) writes its quotations in double marks, not single."""
    return len(DOUBLE_OPENING.findall(text)) > len(SINGLE_OPENING.findall(text))


def _is_single_marked_heading(text: str, span: Span, words: list[str]) -> bool:
    """A short line alone in single marks, in a text whose quotations are in double marks, is a
    pull-quote heading: ``'A fight from start to finish.'`` between paragraphs that quote with
    ``''…''`` (PolNeAR train: 11 such lines, none a gold quote). A novel that writes its dialogue
    in single marks keeps its lines."""
    if text[span.start] not in "'‘" or text.startswith("''", span.start) or len(words) > MAX_TITLE_WORDS:
        return False
    return _speech_in_double_marks(text)


def is_embedded(text: str, span: Span, paragraph: Span) -> bool:
    """Whether a quotation continues a sentence instead of standing as speech.

    ``he called the plan “dead on arrival”`` / ``said that “…”`` → embedded
    (the words before it run on into it); ``he said, “…”`` / ``He said:
    “…”`` / ``said “…”`` / a quote opening a sentence → speech.
    """
    before = _line_before(text, span, paragraph)
    if before.endswith(" that,") or _runs_on_after(text, span, paragraph):
        return True  # "said that, “…”" / "“may try to circumvent” the program"
    if not before or not before[-1].isalnum():
        return False
    last_word = LAST_WORD.search(before)
    verb = lexicons.load().verb_forms.get(last_word.group(1).lower()) if last_word else None
    return not (verb and verb.kind in ("speech", "dialogue"))  # said "no" is speech; believe "that …" is not


#: The first word after a closing mark.
NEXT_WORD = regex.compile(r"[^\S\n]++(\p{Ll}++)")


def _runs_on_after(text: str, span: Span, paragraph: Span) -> bool:
    """``''I have admiration for the mechanics'' of the proposals``: the sentence runs on.

    Only when the quote has no closing punctuation of its own and the next
    word is no cue ("he said", "says") or pronoun.
    """
    inner_end = MARK.sub("", text[max(span.start, span.end - 3) : span.end]).rstrip()
    if inner_end.endswith((",", ".", "!", "?", "…", ":", ";", "-", "—")):
        return False
    following = NEXT_WORD.match(text, span.end, min(paragraph.end, span.end + 40))
    if following is None:
        return False
    word = following.group(1)
    lexicon = lexicons.load()
    return word not in lexicon.verb_forms and word not in lexicon.pronouns and word not in ("and", "or", "but")


#: A transcript speaker label opening a quote: ``"PENCE: Well, look, …``.
TRANSCRIPT_LABEL = regex.compile(r"\p{Lu}[\p{Lu}.'’ \-]{1,30}+(?=:\s)")


#: A comma, "!", "?" or a sentence end inside a quote: speech, not a heading.
SPEECH_PUNCTUATION = regex.compile(r"[,!?]|\.\s")
#: Two capitals in a row: a transcript label is upper case ("WALLACE:").
TWO_CAPITALS = regex.compile(r"\p{Lu}{2}")


def transcript_label(text: str, span: Span) -> Span | None:
    """The label of a transcript line quoted whole: ``"WALLACE: Let's start…`` → WALLACE."""
    label = TRANSCRIPT_LABEL.match(text, span.start + 1, min(span.end, span.start + 34))
    if label is None or not TWO_CAPITALS.search(label.group()):
        return None
    return Span(label.start(), label.end())


#: A quote holding only a bracketed stage direction: ``"(CROSSTALK.)``, ``"[Applause]"``.
STAGE_DIRECTION = regex.compile(r"(?:''|``|[\"“”„‘’'«»])\s*+[(\[][^)\]\n]{1,40}+[)\]][.\s]*+(?:''|[\"“”’'»])?\s*+")


def _is_stage_direction(text: str, span: Span) -> bool:
    return STAGE_DIRECTION.fullmatch(text, span.start, span.end) is not None


def find_direct_quotes(text: str, paragraphs: Sequence[Span]) -> list[QuoteMarks]:
    """All quotations of the text in order, each marked as speech or term."""
    found = []
    for number, paragraph in enumerate(paragraphs):
        for pair in (pair for line in quote_lines(text, paragraph) for pair in pair_marks(text, line)):
            term = _is_stage_direction(text, pair.span) or (pair.closed and is_term(text, pair.span, paragraph))
            embedded = not term and is_embedded(text, pair.span, paragraph)
            label = None if term or embedded else transcript_label(text, pair.span)
            found.append(QuoteMarks(pair.span, number, pair.closed, term, embedded, label))
    return found
