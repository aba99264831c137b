"""What attribution rules look at: the tokens, cues and mentions around a quote."""

from __future__ import annotations

import bisect

import attrs
import regex

from quoteattr import lexicons
from quoteattr.document import Document, Mention, MentionKind, Sentence
from quoteattr.model import Span


@attrs.frozen
class Attribution:
    """A speaker decision for one quote, with the rule that made it."""

    mention: int | None  # index into Document.mentions
    cue: Span | None
    confidence: float
    rule: str
    addressee: int | None = None
    phrase: Span | None = None  # a subject that is no known mention ("the report")
    relative: Span | None = None  # "Ruiz, *who* said …": the word that stands for the speaker at the cue


#: Longest cue phrase, in words ("came out in support of").
MAX_PHRASE_WORDS = 5


#: Words before a cue form that make it a noun: "the plan", "Trump's comments".
NOUN_CONTEXT = frozenset(
    "the a an this that these those his her their its our my your ’s 's of in on for with "
    "new any no such every each some many".split()
)


#: Prepositions after "reporting" that make it a byline or a beat, not a cue: "reporting by", "reporting from Iowa".
BYLINE_PREPOSITIONS = frozenset("by from for on".split())

#: Words after a noun-like cue form that show it is a noun with a name before it: "the Orlando attack
#: was …", "Rust Belt states like Ohio"; a verb takes an object or clause ("Avery attacks the plan").
NOUN_FOLLOWERS = frozenset("is was are were has have had will would could can may might like such as".split())


#: Adverbs between a subject and a noun-like cue form that leave it a verb: "Trump *often* calls …".
VERB_ADVERBS = frozenset("also often now still repeatedly frequently regularly routinely openly publicly privately already never always".split())


#: Words before a noun-like cue form that make it a verb: "would support", "did not plan" (PolNeAR train: 18 right
#: reports in 30 more; not "who": "voters who support [Sanders are in college]" runs into the main clause, 1 in 6).
MODALS = frozenset(
    "would will can could should might may must does did do don’t don't didn’t didn't won’t won't can’t can't "
    "wouldn’t wouldn't".split()
)

#: Noun-like cue forms that stay nouns or report nothing after a modal: "could offer a retort", "would call
#: them …" (PolNeAR train: offer 4 right reports in 12, call 1 in 1; dev call 0 in 3, offer 0 in 1).
MODAL_NOUNS = frozenset("offer offers call calls".split())

#: Words between a modal and its verb: "would *not* support", "will *strongly* support".
MODAL_ADVERBS = VERB_ADVERBS | frozenset("not n’t n't also strongly likely probably never even".split())


#: Naming verbs that are also nouns ("a call", "the label"): with a quoted name after their object they are verbs.
NAMING_FORMS = frozenset("call calls dub dubs label labels brand brands term terms".split())

#: An object of up to four words, then an opening quotation mark: "call [Cruz] “the worst …”", "called “rigged”".
OBJECT_THEN_QUOTE = regex.compile(r"(?:\s++(?:[\p{L}\p{N}’.\-]|'(?!'))++){0,4}?\s++(?:[“\"‘]|'')")


#: Quantifiers that stand alone as a cue's subject: "*Some* believe …", "*many* say …".
QUANTIFIER_SUBJECTS = frozenset("some many".split())


class Context:
    """Lookups shared by the rules: cue verbs and mentions by position."""

    def __init__(self, doc: Document, beliefs: bool = True) -> None:
        self.doc = doc
        self.beliefs = beliefs  # belief verbs ("thinks", "wants") count as cues
        self.lexicon = lexicons.load()
        self.words = doc.words
        self.mention_starts = [mention.span.start for mention in doc.mentions]
        self.quote_spans = [q.span for q in doc.quote_marks if q.is_speech]
        self.quote_starts = [span.start for span in self.quote_spans]
        self.mark_spans = [q.span for q in doc.quote_marks]  # all quotation marks, terms too: sorted, disjoint
        self.mark_starts = [span.start for span in self.mark_spans]
        self.turns: dict[int, list[int]] = {}  # paragraph -> indices of its direct quotes
        self.vocatives: dict[int, int] = {}  # quote index -> mention of the person addressed

    def word(self, index: int) -> str:
        return self.words[index]

    def is_speech_verb(self, index: int) -> bool:
        """A verb that can tag a direct quote: "said", and fiction's "began", "continued"."""
        return self.verb_kind(index) in ("speech", "dialogue")

    def verb_kind(self, index: int) -> str | None:
        """"speech", "belief", "weak", "dialogue", "raising" or "phrasal" for a cue verb, else None."""
        verb = self.lexicon.verb_forms.get(self.word(index).lower())
        return verb.kind if verb else None

    def is_reporting_use(self, verb: int) -> bool:
        """Whether a cue form is used as a cue here, not as a noun or set phrase.

        "the said property", "That said, …", "Having said that, …", "United States",
        "the plan", "his comments" → not a cue. A form that is also a noun ("plans",
        "states") needs a named subject right before it.
        """
        raw = self.word(verb)
        word = raw.lower()
        previous = self.word(verb - 1).lower() if verb > 0 else ""
        following = self.word(verb + 1).lower() if verb + 1 < len(self.doc.tokens) else ""
        if raw[:1].isupper() and verb > 0 and previous not in (".", "“", '"', "‘", "(", "—"):
            if not self.in_heading(self.doc.tokens[verb].start):
                return False  # "United States"; but a headline may say "New Poll Shows …"
        if previous in NOUN_CONTEXT and not (previous in QUANTIFIER_SUBJECTS and word not in self.lexicon.noun_like_cues):
            return False  # but "Some believe …", "many say …": a quantifier standing for people
        if word == "said" and following == "that" and verb + 2 < len(self.doc.tokens) and self.word(verb + 2) == ",":
            if not self._said_that_comma_clause(verb):
                return False  # "Having said that, …"; but "He said that, if elected, he would …"
        if following == "," and previous in ("that", "having"):
            return False  # "That said, …"
        if word == "reporting" and (following in BYLINE_PREPOSITIONS or previous in ("additional", "contributed")):
            return False  # "Additional reporting by Ana Ruiz", "reporting from Iowa": a credit or a beat
        if word in NAMING_FORMS and self._names_with_quote(verb):
            return True
        if word in self.lexicon.noun_like_cues:
            if word not in MODAL_NOUNS and self._after_modal(verb):
                return True  # "she would support …", "did not offer …": a verb
            if following in ("that", "to") and previous not in PREPOSITIONS:
                return True  # "the campaign plans to …", "the suit claims that …": a verb with its complement
            if word.endswith("ing") and previous in PROGRESSIVE_BE:
                return True  # "He’s claiming …", "Trump is promising …": a progressive verb
            subject_end = verb
            while subject_end > 0 and self.word(subject_end - 1).lower() in VERB_ADVERBS:
                subject_end -= 1  # "Trump often calls …", "Clinton also plans …"
            before = self.mentions_between(
                self.doc.tokens[max(subject_end - 3, 0)].start, self.doc.tokens[subject_end].start
            )
            gap = self.doc.text[self.mention(before[-1]).span.end : self.doc.tokens[subject_end].start] if before else "x"
            if gap.strip():
                return False  # "Trump plans to …", not "Ukraine peace talks stall"
            if _after_object_marker(self, before[-1]):
                return False  # "Before the Paris attacks, …": a noun in a prepositional phrase
            return following not in NOUN_FOLLOWERS
        return True

    def _said_that_comma_clause(self, verb: int) -> bool:
        """Whether "said that," opens a clause with an aside: a subject before it ("He said that, if elected,
        …"), words after the comma; not "Having said that, …" nor a quoted "never said that,” …" (PolNeAR train
        3 in 5, dev 1 in 1)."""
        previous = self.word(verb - 1).lower() if verb > 0 else ""
        after = self.word(verb + 3) if verb + 3 < len(self.doc.tokens) else ""
        return previous.isalpha() and previous != "having" and after[:1].isalpha()

    def _after_modal(self, verb: int) -> bool:
        """Whether a noun-like cue form follows a modal or a form of "do" (adverbs and "not" between):
        "Avery *would* support …", "*did not* support …" — a verb
        with its object after it; "…, the agency would appeal." closes no content before it."""
        if verb + 1 >= len(self.doc.tokens) or not self.word(verb + 1)[:1].isalpha():
            return False
        index = verb - 1
        while index > 0 and self.word(index).lower() in MODAL_ADVERBS:
            index -= 1
        return index >= 0 and self.word(index).lower() in MODALS

    def _names_with_quote(self, verb: int) -> bool:
        """Whether a naming verb gives its object a quoted name: "went on to *call* Cruz “the worst
        politician in Texas”" (no determiner before it: "the call" was sorted out above)."""
        end = self.doc.tokens[verb].end
        return OBJECT_THEN_QUOTE.match(self.doc.text, end, min(len(self.doc.text), end + 80)) is not None

    def is_cue_verb(self, index: int) -> bool:
        kind = self.verb_kind(index)
        if kind == "phrasal":
            return self._in_cue_phrase(index)
        return kind == "speech" or (kind in ("belief", "weak") and self.beliefs)

    def _in_cue_phrase(self, index: int) -> bool:
        """"pointed *to*", "made *it clear*": the verb with the words after it is a listed cue phrase."""
        return self.cue_phrase_end(index) is not None

    def cue_phrase_end(self, index: int) -> int | None:
        """The end offset of the longest verbal cue phrase that starts at token ``index``
        ("pointed to", "made it clear", "lashed out at"), or None."""
        words = [self.word(index).lower()]
        end = None
        for following in range(index + 1, min(index + MAX_PHRASE_WORDS, len(self.doc.tokens))):
            words.append(self.word(following).lower())
            if self.lexicon.cue_phrases.get(" ".join(words)) == "verbal":
                end = self.doc.tokens[following].end
        return end

    def in_heading(self, offset: int) -> bool:
        """Inside a title-case headline paragraph ("New Poll Shows Bump For Clinton")."""
        from quoteattr.mentions import is_title_line

        return is_title_line(self.doc, self.doc.paragraph_at(offset))

    def first_subject(self, sentence: Sentence) -> int | None:
        """The first person-like mention of a sentence, outside quotes."""
        for mention in self.mentions_between(sentence.span.start, sentence.span.end):
            if self.is_person_like(mention):
                return mention
        return None

    def inside_speech(self, offset: int) -> bool:
        """Inside a direct quote (not a quoted fragment or term)."""
        return self.inside_quote(offset)

    def inside_quote(self, offset: int) -> bool:
        position = bisect.bisect_right(self.quote_starts, offset) - 1
        return position >= 0 and offset < self.quote_spans[position].end

    def mark_before(self, offset: int) -> Span | None:
        """The last quotation (speech, fragment or term) that starts at or before ``offset``."""
        position = bisect.bisect_right(self.mark_starts, offset) - 1
        return self.mark_spans[position] if position >= 0 else None

    def next_quote_start(self, offset: int) -> int:
        """Start of the first quote at or after ``offset`` (the text length if none)."""
        position = bisect.bisect_left(self.quote_starts, offset)
        return self.quote_starts[position] if position < len(self.quote_starts) else len(self.doc.text)

    def previous_quote_end(self, offset: int) -> int:
        """End of the last quote that ends at or before ``offset`` (0 if none)."""
        position = bisect.bisect_left(self.quote_starts, offset) - 1
        return self.quote_spans[position].end if position >= 0 else 0

    def quote_spans_near(self, span: Span) -> list[Span]:
        """The quotes that start inside ``span``."""
        first = bisect.bisect_left(self.quote_starts, span.start)
        end = bisect.bisect_left(self.quote_starts, span.end)
        return self.quote_spans[first:end]

    def spans_overlapping(self, spans: list[Span], starts: list[int], span: Span) -> list[Span]:
        """Those of ``spans`` (sorted, non-overlapping, ``starts`` their starts) that overlap ``span``."""
        first = max(bisect.bisect_right(starts, span.start) - 1, 0)
        last = bisect.bisect_left(starts, span.end)
        return [other for other in spans[first:last] if other.overlaps(span)]

    def mentions_between(self, start: int, end: int) -> range:
        """Indices of mentions that start in ``[start, end)``."""
        return range(
            bisect.bisect_left(self.mention_starts, start),
            bisect.bisect_left(self.mention_starts, end),
        )

    def persons_between(self, start: int, end: int) -> list[int]:
        """Indices of the person-like mentions that start in ``[start, end)``."""
        return [index for index in self.mentions_between(start, end) if self.is_person_like(index)]

    def mention(self, index: int) -> Mention:
        return self.doc.mentions[index]

    def is_person_like(self, index: int) -> bool:
        mention = self.doc.mentions[index]
        return mention.kind is not MentionKind.PRONOUN or mention.gender != "N"

    def cue_span(self, index: int) -> Span:
        token = self.doc.tokens[index]
        return Span(token.start, token.end)


#: How far before its verb a subject may start, in characters (long appositions included).
SUBJECT_REACH = 400

#: Words between a subject and its verb: "Trump *has also* said".
AUXILIARIES = frozenset(
    """has have had also would will did does do not never previously repeatedly later then
    recently once again often always reportedly may might could should must had already
    still just even publicly privately now both all too first only""".split()
)


def ly_adverb(word: str) -> bool:
    """Whether a word is a lower-case "-ly" adverb: "widely", "reportedly" (not "Kelly", "July")."""
    return word.islower() and word.endswith("ly")


def manner_adverb(word: str) -> bool:
    """A lower-case "-ly" adverb of five letters or more, inside a verb chain: "were *mistakenly* charged",
    "has *repeatedly* said" (not "only")."""
    return len(word) > 4 and ly_adverb(word)


#: Sentence adverbs set off by commas between a subject and its verb: "Proponents, however, say".
ASIDES = frozenset("however meanwhile too though instead moreover therefore nonetheless nevertheless also".split())

#: Time nouns of "this week", "last month", "this past year" between a subject and its verb.
TIME_NOUNS = frozenset("week weekend month year morning afternoon evening night".split())
TIME_DETERMINERS = frozenset("this last past next".split())

#: Prepositions: "advocate for children" has no inverted subject.
PREPOSITIONS = frozenset("for to of in on at with by from about into over under after before".split())

#: Day names, skipped between a subject and its verb (and read as time phrases by reported speech).
WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
WEEKDAYS = frozenset(WEEKDAY_NAMES)

#: Month names, as written (time phrases of reported speech: "in March", "since June").
MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)

#: Words that end the subject phrase when walking back from the verb.
PHRASE_BOUNDARY = frozenset([",", ";", ":", "(", ")", "—", "–", "that", "and", "but", "which", "who", "as", "when", "while", "because", "if"])


#: Words before a mention that make it the object of a phrase, not a subject: "in Salem", "on Aug. 3".
OBJECT_MARKERS = PREPOSITIONS | frozenset("during since like than against between among including near".split())


#: A news dateline opening a sentence: "MANCHESTER, N.H. - ", "DECATUR, Ill. — ", "PARIS, Aug 31 (Reuters) - ",
#: "Washington (AFP) – ".
DATELINE = regex.compile(
    r"(?:\p{Lu}{2,}+[\p{Lu}.’' ]*+(?:,[^\S\n]++[\p{Lu}\d][\p{L}\d.]*+(?:[^\S\n]++[\p{Lu}\d][\p{L}\d.]*+)?+)?+"
    r"(?:[^\S\n]*+\(\p{L}{2,10}+\))?+"
    r"|\p{Lu}[\p{L}.]*+(?:,?+ \p{Lu}[\p{L}.]*+){0,3}+[^\S\n]*+\(\p{L}{2,10}+\))[^\S\n]*+[-–—][^\S\n]"
)

#: Conjunctions that open a subordinate clause: "*While* Ruiz called for X, Lopez …", "*Although* it is …,".
#: The one list of them; reported speech derives its opener and joint sets from it.
SUBORDINATORS = frozenset("while although though whereas because since if when as after before once unless".split())

#: Words that open an adverbial phrase before a clause's subject: "*In* an interview, …", "*While* …, ".
#: The subordinators, prepositions and "despite", "upon", which also take a phrase.
OPENING_ADVERBIAL = OBJECT_MARKERS | SUBORDINATORS | frozenset(["despite", "upon"])

#: Words after a comma that go on with the opening phrase: "Speaking in Ohio, *which* …, Ruiz said".
PHRASE_GOES_ON = frozenset("which who where whose".split())


#: A place after a preposition, ending where a comma follows: "at a rally in *Ames*", "of *Green Bay*".
PLACE_BEFORE_COMMA = regex.compile(r"(?<![\p{L}])(?:in|at|from|near|of)\s++\p{Lu}[\p{L}.]*+(?:\s++\p{Lu}[\p{L}.]*+)?+$")

#: The state or country after a place's comma, with its own closing comma: ", Iowa,", ", N.H.,", ", New Hampshire,".
REGION_AFTER_COMMA = regex.compile(r",\s++\p{Lu}[\p{L}.]*+(?:\s++\p{Lu}[\p{L}.]*+)?+,")


def _city_then_state(text: str, start: int, comma: int, end: int) -> bool:
    """Whether a comma only splits a place from its region: "Speaking in Ames*,* Iowa, Ruiz …" (PolNeAR
    train: 4 more reports with the right speaker, none lost)."""
    return (
        PLACE_BEFORE_COMMA.search(text, max(start, comma - 40), comma) is not None
        and REGION_AFTER_COMMA.match(text, comma, end) is not None
    )


def clause_start(ctx: Context, start: int, end: int) -> int:
    """Where the main clause of a sentence starting at ``start`` begins, before ``end``: after a
    dateline ("MANCHESTER, N.H. - Ruiz …") and after an opening adverbial phrase up to its comma
    ("Speaking on CNN’s “State of the Union,” Ruiz …", "Facing criticism, Ruiz …", "While …, Ruiz …");
    else ``start``. (PolNeAR train: the sentence's first mention, a place or a program, was the
    speaker chosen for 40 wrongly attributed reports.)"""
    text = ctx.doc.text
    dateline = DATELINE.match(text, start, min(end, start + 60))
    if dateline is not None:
        start = dateline.end()
    tokens = ctx.doc.tokens_in(Span(start, end))
    if not tokens:
        return start
    word = ctx.word(tokens[0])
    opening = word.lower() in OPENING_ADVERBIAL or (word[:1].isupper() and word.endswith(("ing", "ly")))
    if not opening and word[:1].isupper() and word.endswith("ed") and len(tokens) > 1:
        # "Reached by phone, Ruiz …", "Chastened by the polls, Ruiz …"; not "Ahmed, a driver, …" (PolNeAR: train 2,
        # dev 1 more right, none lost)
        opening = word.lower() not in ctx.lexicon.first_names and ctx.word(tokens[1]) != ","
    if not opening:
        return start
    comma = text.find(",", start, end)
    while comma >= 0:
        mark = ctx.mark_before(comma)
        if mark is not None and comma < mark.end and not ctx.doc.text[comma + 1 : mark.end].strip("”\"’'"):
            return mark.end  # "In an interview with “Fox and Friends,” Ruiz …": the title's comma
        if mark is None or mark.end <= comma:
            after = text[comma + 1 : comma + 20].split()
            goes_on = bool(after) and after[0].lower().strip("“\"") in PHRASE_GOES_ON
            if not goes_on and not _city_then_state(text, start, comma, end):
                return comma + 1
        comma = text.find(",", comma + 1, end)
    return start


#: A clause opened inside a sentence: ", but Wallace …", "; the governor …", "when Trump …", "while Ruiz …".
CLAUSE_OPENING = regex.compile(r"(?:[,;]\s++(?:and|but|while|whereas)|;|\s(?:while|when|whereas))\s++")


def last_clause_subject(ctx: Context, start: int, end: int) -> int | None:
    """The subject of the last clause opened in ``[start, end)``, a person-like mention right after the
    clause opening: "Jindal signed an order, while *Huckabee*, the former governor, proposed … and said"
    → Huckabee; "Trump pivoted, but *Wallace* brought him back, asking …" → Wallace. (PolNeAR train:
    11 coordinated or participle cues more with the right speaker, 1 lost.)"""
    text = ctx.doc.text
    openings = list(CLAUSE_OPENING.finditer(text, start, end))
    for opening in reversed(openings):
        for mention in ctx.mentions_between(opening.end(), end):
            if ctx.mention(mention).span.start == opening.end() and ctx.is_person_like(mention):
                return mention
            break
    return None


def subject_mentions(ctx: Context, start: int, end: int) -> list[int]:
    """The person-like mentions in ``[start, end)`` that can be a clause's subject: those that are no
    preposition's object come first ("In Salem, Avery went …" → Avery, then Salem)."""
    found = ctx.persons_between(start, end)
    return sorted(found, key=lambda mention: _after_object_marker(ctx, mention))


#: Determiners between a preposition and the name it governs: "before *the* Salem attacks".
OBJECT_DETERMINERS = frozenset("the a an this that his her their its".split())


def _after_object_marker(ctx: Context, mention: int) -> bool:
    """Whether a mention is a preposition's object: "in Salem", "before the Salem attacks"."""
    first = ctx.doc.token_at(ctx.mention(mention).span.start)
    if first > 1 and ctx.word(first - 1).lower() in OBJECT_DETERMINERS:
        first -= 1
    return first > 0 and ctx.word(first - 1).lower() in OBJECT_MARKERS


def subject_before(
    ctx: Context, start: int, verb: int, allow_after: bool = False, end: int | None = None
) -> tuple[int | None, Span | None]:
    """The speaker of a cue verb: a mention before it, else one after it, else a plain phrase.

    - ``Peskov told reporters`` → Peskov; ``Hugh Hill, a doctor, said`` → Hugh Hill
    - ``Trump, who spoke in Ohio, said`` → Trump (the relative clause is skipped)
    - ``said Zelenskyy aide Dmytro Lytvyn`` (``allow_after``) → Dmytro Lytvyn
    - ``The report said`` → no mention; the phrase "The report"
    """
    doc = ctx.doc
    start = max(start, doc.tokens[verb].start - SUBJECT_REACH)
    index = _skip_back(ctx, _before_progressive(ctx, verb), start)
    if index < 0 or doc.tokens[index].end <= start:
        return subject_after(ctx, verb, end) if allow_after else (None, None)
    subject_end = doc.tokens[index].end
    if ctx.word(index).lower() in ("and", "but") and not allow_after:
        # "Democrats described the showdown as ominous, and said …": the clause's subject.
        nearest = last_clause_subject(ctx, start, doc.tokens[index].start)
        if nearest is not None:
            return nearest, None
        first = subject_mentions(ctx, clause_start(ctx, start, doc.tokens[index].start), doc.tokens[index].start)
        first = first or subject_mentions(ctx, start, doc.tokens[index].start)
        return (first[0], None) if first else (None, None)
    if ctx.word(index).lower() in ("who", "which", "that") and index > 0 and ctx.word(index - 1) == ",":
        subject_end = doc.tokens[index - 1].start  # "Barack Obama, who claimed …"
    elif ctx.word(index) == ",":
        subject_end = _before_parenthetical(ctx, start, index)
    before = [m for m in ctx.persons_between(start, subject_end) if ctx.mention(m).span.end <= subject_end]
    if before:
        chosen = before[-1]
        gap = doc.text[ctx.mention(chosen).span.end : subject_end]
        if gap.startswith(".") and NAME_SUFFIX_END.search(doc.text, 0, ctx.mention(chosen).span.end):
            gap = gap[1:]  # "John G. Roberts Jr. spoke": the mention leaves out the suffix's period
        if not gap.strip(" ’'s"):
            return _head_of_of_phrase(ctx, before), None
    if ctx.word(index) == ",":
        named = _subject_before_appositives(ctx, start, index)
        if named is not None:
            return named, None
    if allow_after:
        after = subject_after(ctx, verb, end)
        if after != (None, None):
            return after
    phrase = _phrase_before(ctx, start, index)
    if phrase is not None and ctx.word(doc.token_at(phrase.start)).lower() in PREPOSITIONS:
        # "The employee … but in a later interview said": the phrase is an adjunct; the subject came first.
        first = ctx.persons_between(start, phrase.start)
        return (first[0], None) if first else (None, None)
    return None, phrase


#: A name suffix that ends a mention before its period: "Roberts *Jr*".
NAME_SUFFIX_END = regex.compile(r"(?<![\p{L}])(?:Jr|Sr)$")


#: Forms of "be" that make a progressive cue: "Ruiz *is* pledging", "they *were* saying".
PROGRESSIVE_BE = frozenset("is are was were am be been ’s 's ’re 're".split())


def _before_progressive(ctx: Context, verb: int) -> int:
    """The token before a cue, or before its "be" when the cue is progressive:
    "Ruiz is pledging to …" → "Ruiz". Not a passive: "was asked" keeps "was"."""
    index = verb - 1
    if not ctx.word(verb).lower().endswith("ing"):
        return index
    adverbs = index
    while adverbs >= 0 and ctx.word(adverbs).lower() in AUXILIARIES:
        adverbs -= 1  # "is reportedly planning", "was also saying"
    return adverbs - 1 if adverbs >= 0 and ctx.word(adverbs).lower() in PROGRESSIVE_BE else index


#: Relative pronouns that can stand for a cue's subject: "Ruiz, who said …", "the report, which found …".
RELATIVE_PRONOUNS = frozenset(["who", "which"])


def relative_pronoun(ctx: Context, start: int, verb: int) -> Span | None:
    """The relative pronoun a cue's subject comes through, if any: "Ana Ruiz, *who* has claimed
    that …". It is the speaker's mention at the cue, as a pronoun would be; the name is its antecedent's."""
    index = _skip_back(ctx, verb - 1, start)
    if index > 0 and ctx.word(index).lower() in RELATIVE_PRONOUNS and ctx.word(index - 1) == ",":
        return ctx.cue_span(index)
    return None


def restrictive_relative(ctx: Context, start: int, verb: int) -> Span | None:
    """The "who" of a restrictive relative a cue's subject comes through: "64 percent *who* say …",
    "voters *who* said …". PolNeAR's Source is the pronoun itself 211 times in 260 on train, its
    antecedent the rest: the pronoun is the speaker's mention at the cue, the name the antecedent's."""
    index = _skip_back(ctx, verb - 1, start)
    if index > 0 and ctx.word(index).lower() in RESTRICTIVE_RELATIVES and ctx.word(index - 1) != ",":
        return ctx.cue_span(index)
    return None


def _head_of_of_phrase(ctx: Context, before: list[int]) -> int:
    """"The chief executive of Ora Media said": the head before "of", not the last name."""
    chosen = len(before) - 1
    while chosen > 0:
        head = ctx.mention(before[chosen - 1])
        gap = ctx.doc.text[head.span.end : ctx.mention(before[chosen]).span.start].split()
        if head.kind is not MentionKind.ROLE or gap not in (["of"], ["at"], ["for"], ["of", "the"], ["at", "the"]):
            break
        chosen -= 1
    return before[chosen]


#: Verbs that take a cue in "-ing" after them: "could not *resist* saying", "*began* asking".
CATENATIVES = frozenset("resist resisted help helped forbear began begin begins kept keep keeps went".split())


def _skip_back(ctx: Context, index: int, start: int) -> int:
    """Back over auxiliaries and brackets between a subject and its verb:
    "Trump *has also* said", "Rep. Stephen Lynch *(D-Mass.)* said"."""
    while index >= 0 and ctx.doc.tokens[index].start >= start:
        word = ctx.word(index)
        if word.lower() in AUXILIARIES or manner_adverb(word):
            index -= 1
        elif word.lower() in CATENATIVES and index + 1 < len(ctx.doc.tokens) and ctx.word(index + 1).endswith("ing"):
            index -= 1  # "Margaret could not resist saying": the cue is "saying", the subject Margaret
        elif word.lower() in WEEKDAYS:
            # "The Kremlin on Monday dismissed": the time phrase is not the subject.
            index -= 2 if index > 0 and ctx.word(index - 1).lower() == "on" else 1
        elif word.lower() in TIME_NOUNS and index > 0 and ctx.word(index - 1).lower() in TIME_DETERMINERS:
            # "Moss, the party chair, this past week announced"
            index -= 2
            while index >= 0 and ctx.word(index).lower() in TIME_DETERMINERS:
                index -= 1
        elif word == "," and index >= 2 and ctx.word(index - 1).lower() in ASIDES and ctx.word(index - 2) == ",":
            index -= 3  # "Others, however, say": a sentence adverb set off by commas
        elif word == ")":
            while index >= 0 and ctx.word(index) != "(" and ctx.doc.tokens[index].start >= start:
                index -= 1
            index -= 1
        else:
            break
    return index


#: Commas a subject may stand before: "Lance Beebe, 49, a Navy veteran from Ohio, said".
MAX_APPOSITIVE_COMMAS = 4


def _subject_before_appositives(ctx: Context, start: int, comma: int) -> int | None:
    """The mention that ends right at an earlier comma, when several appositions stand between
    a subject and its verb: "Sen. Jo Reed, D-R.I., a member of the panel, said" → Jo Reed."""
    doc = ctx.doc
    index, commas = comma - 1, 0
    while index >= 0 and doc.tokens[index].start >= start and commas < MAX_APPOSITIVE_COMMAS:
        word = ctx.word(index)
        if word in (";", ":", "(", ")", "—", "–", "“", "”", '"'):
            return None  # another clause or a quotation: not an apposition chain
        if word == ",":
            commas += 1
            ending = [
                m for m in ctx.persons_between(start, doc.tokens[index].start)
                if not doc.text[ctx.mention(m).span.end : doc.tokens[index].start].strip()
            ]
            if ending:
                return ending[-1]
        index -= 1
    return _name_in_apposition(ctx, start, comma)


def _name_in_apposition(ctx: Context, start: int, comma: int) -> int | None:
    """"The state's attorney general, Pam Ortiz, vowed": a name set off by commas right before its verb."""
    doc = ctx.doc
    names = [
        m for m in ctx.mentions_between(start, doc.tokens[comma].start)
        if ctx.mention(m).kind is MentionKind.NAME and not doc.text[ctx.mention(m).span.end : doc.tokens[comma].start].strip()
    ]
    if not names:
        return None
    before = doc.text[max(start, ctx.mention(names[-1]).span.start - 3) : ctx.mention(names[-1]).span.start]
    return names[-1] if before.rstrip().endswith(",") else None


def _before_parenthetical(ctx: Context, start: int, comma: int) -> int:
    """"Trump, who spoke in Ohio, said": the offset before the opening comma."""
    doc = ctx.doc
    index = comma - 1
    while index >= 0 and doc.tokens[index].start >= start:
        if ctx.word(index) == ",":
            return doc.tokens[index].start
        index -= 1
    return doc.tokens[comma].start


#: Pronouns that are only ever objects: after a cue they name the person spoken to.
OBJECT_PRONOUNS = frozenset("me him her them us whom".split())


def subject_after(ctx: Context, verb: int, end: int | None = None) -> tuple[int | None, Span | None]:
    """"said Peskov" / "said Zelenskyy aide Dmytro Lytvyn": the name right after the verb."""
    doc = ctx.doc
    verb_end = doc.tokens[verb].end
    limit = end if end is not None else doc.sentences[doc.sentence_at(verb_end)].span.end
    limit = min(limit, verb_end + SUBJECT_REACH)
    after = ctx.persons_between(verb_end, limit)
    if not after or ctx.mention(after[0]).text.lower() in OBJECT_PRONOUNS:
        return None, None  # "told me": the person told, not the speaker
    # "said 9/11 widow Terry Strada", "said Zelenskyy aide Dmytro Lytvyn": a few modifiers may come first.
    between = doc.text[verb_end : ctx.mention(after[0]).span.start].split()
    if len(between) > 3 or any(
        word in PHRASE_BOUNDARY or word.lower() in ctx.lexicon.verb_forms or word.lower() in PREPOSITIONS
        for word in between
    ):
        return None, None
    chosen = 0
    while chosen + 1 < len(after) and premodifies(ctx, after[chosen], after[chosen + 1]):
        chosen += 1
    return after[chosen], None


def premodifies(ctx: Context, first: int, second: int) -> bool:
    """"Zelenskyy aide Dmytro Lytvyn": only role words stand between the two names."""
    between = ctx.doc.text[ctx.mention(first).span.end : ctx.mention(second).span.start].split()
    return (
        ctx.mention(second).kind is MentionKind.NAME
        and bool(between)
        and all(word.lower() in ctx.lexicon.roles or word in ("’s", "'s") for word in between)
    )


#: Forms of "be": a noun phrase right after one is a predicate, never a cue's subject.
BE_FORMS = frozenset("is are was were be been being am".split())

#: Auxiliaries and forms of "be": the words of a verb chain before its main verb ("has *also been*").
BE_OR_AUXILIARY = BE_FORMS | AUXILIARIES


def _phrase_before(ctx: Context, start: int, last: int) -> Span | None:
    """A short noun phrase ending at token ``last``: "The report", "a new poll"."""
    doc = ctx.doc
    first = last
    periods = 0  # the periods of abbreviations are no words: "Mr. Clarke's new company"
    while (
        first - 1 >= 0
        and doc.tokens[first - 1].start >= start
        and last - first - periods < 5
        and ctx.word(first - 1).lower() not in PHRASE_BOUNDARY
        and not ctx.inside_quote(doc.tokens[first - 1].start)
    ):
        first -= 1
        periods += ctx.word(first) == "."
    words = [ctx.word(i) for i in range(first, last + 1)]
    if not words or not words[-1][:1].isalpha() or ctx.word(last).lower() in PHRASE_BOUNDARY:
        return None
    if any(word.lower() in BE_FORMS for word in words[:-1]) or (first > 0 and ctx.word(first - 1).lower() in BE_FORMS):
        # "It is a truth universally acknowledged": a clause or a predicate, not a subject
        # ("Vega was [asked]" still is: a passive cue finds its speaker after "by").
        return None
    head = words[-1].lower()
    if not any(word in ("'s", "’s") for word in words):
        periods = 0  # only a possessive's owner keeps its title: "backed Mr. Ruiz for years" is no subject
    if last - first - periods >= 5 or (head in ctx.lexicon.verb_forms and head not in ctx.lexicon.noun_like_cues):
        return None
    return Span(doc.tokens[first].start, doc.tokens[last].end)


#: Words that open the clause a long subject stands at the start of: "In Decatur*,* an official at the plant said".
LONG_SUBJECT_OPENERS = frozenset(
    [",", ";", ":", "(", "—", "–", "“", '"', "but", "and", "that", "because", "when", "while", "if", "since", "although", "though", "where",
     "after", "before", "until"]
)

#: Words a long subject never holds: a verb chain or another clause inside the phrase ("Trump is in Iowa and …").
LONG_SUBJECT_STOPS = BE_FORMS | frozenset(
    "will would can could should may might must do does did has have had not n’t n't who which whom whose "
    "he she they we i it you there what ) ” ’’ ''".split()
)

#: Most words in a long subject: "One in four voters in a New York Times poll last year".
MAX_LONG_SUBJECT_WORDS = 12

#: Words after which a restrictive relative's antecedent is the subject: "voters *who* said".
RESTRICTIVE_RELATIVES = frozenset(["who"])

#: Cues whose restrictive relative is a report ("voters who said the economy …"); others are descriptions
#: ("a chief who had accused …", "a candidate who has rejected …").
RELATIVE_SAYING = frozenset("say tell".split())


def long_subject(ctx: Context, start: int, verb: int) -> tuple[int | None, Span | None]:
    """The subject of a cue that :func:`subject_before` misses: a phrase with a postmodifier, or the
    antecedent of a restrictive relative (on PolNeAR, the Source spans the whole phrase; the speaker is its
    head, see :func:`subject_head`).

    - ``An earlier report in a New Hampshire paper said`` → the phrase "An earlier report"
    - ``A news report published Wednesday said`` → the phrase
    - ``Some advocates for stem cell research said`` → the mention "Some advocates"
    - ``…among the 30 percent of voters who said`` → the mention "voters"
    """
    doc = ctx.doc
    if ctx.verb_kind(verb) != "speech" or ctx.word(verb).lower().endswith("ing"):
        return None, None  # "voters who are worried …", "an official, speaking on …": other senses, other rules
    if verb + 1 < len(doc.tokens) and ctx.word(verb + 1).lower() in PREPOSITIONS:
        return None, None  # "compared to", "relate to", "argued with": no report
    index = _skip_back(ctx, verb - 1, start)
    if index < 0 or doc.tokens[index].start < start:
        return None, None
    last = ctx.word(index).lower()
    if last in LONG_SUBJECT_OPENERS - {"that"} or last in PREPOSITIONS:
        return None, None
    if last in RESTRICTIVE_RELATIVES and ctx.lexicon.verb_forms[ctx.word(verb).lower()].lemma in RELATIVE_SAYING and index - 1 >= 0 and doc.tokens[index - 1].start >= start:
        return _antecedent(ctx, start, index - 1)
    relative = _relative_clause_start(ctx, start, index)
    first = index if relative is None else relative - 1
    if first < 0 or doc.tokens[first].start < start:
        return None, None
    while True:
        if ctx.word(first).lower() in LONG_SUBJECT_STOPS or ctx.inside_quote(doc.tokens[first].start):
            return None, None
        if first - 1 < 0 or doc.tokens[first - 1].start < start or ctx.word(first - 1).lower() in LONG_SUBJECT_OPENERS:
            break
        first -= 1
    words = index - first + 1 if relative is None else relative - first
    adjunct = ctx.word(first).lower() in OBJECT_MARKERS and not _quantity(ctx.word(first + 1))  # not "About 9 percent"
    if words < 2 or words > MAX_LONG_SUBJECT_WORDS or adjunct:
        return None, None  # "In Iowa on Monday said": an adjunct, not a subject
    head_first, head_last = subject_head(ctx, first, index)
    head = Span(doc.tokens[head_first].start, doc.tokens[head_last].end)
    if any(_quantity(ctx.word(i)) for i in range(first, min(first + 3, index + 1))):
        # "About 9 percent of voters [who …]", "More than six in 10": a share of those polled, no name.
        return None, Span(doc.tokens[first].start, doc.tokens[index if relative is None else relative - 1].end)
    head_reach = doc.tokens[min(head_first + 2, head_last)].end  # the head noun phrase: "Some advocates", "Ms. Toretti"
    heads = ctx.persons_between(head.start, head_reach)
    if heads and not _after_object_marker(ctx, heads[0]):
        return heads[0], None
    return None, head


#: Most words in a restrictive relative clause between a subject and its cue.
MAX_RELATIVE_CLAUSE_WORDS = 12


def _relative_clause_start(ctx: Context, start: int, last: int) -> int | None:
    """Where a restrictive relative clause that ends a long subject starts: "Senior campaign advisers
    [*who* have run the numbers] argue …" → the index of "who"; None when there is none."""
    index = last
    while index > 0 and last - index < MAX_RELATIVE_CLAUSE_WORDS and ctx.doc.tokens[index].start >= start:
        word = ctx.word(index).lower()
        if word in LONG_SUBJECT_OPENERS or ctx.inside_quote(ctx.doc.tokens[index].start):
            return None
        if word in RESTRICTIVE_RELATIVES:
            return index if index < last and ctx.word(index - 1) != "," else None
        index -= 1
    return None


def _antecedent(ctx: Context, start: int, last: int) -> tuple[int | None, Span | None]:
    """The noun phrase ending at token ``last`` that a restrictive relative refers to: "voters", "those"."""
    end = ctx.doc.tokens[last].end
    ending = [m for m in ctx.persons_between(start, end) if ctx.mention(m).span.end == end]
    if ending:
        return ending[-1], None
    phrase = _phrase_before(ctx, start, last)
    if phrase is None or ctx.word(last).lower() in LONG_SUBJECT_STOPS - {"those"}:
        return None, None
    return None, phrase


#: Words opening a relative clause ("the judges *who* ruled", "a plan *that* failed").
RELATIVE_WORDS = frozenset("who whom whose which that".split())

#: Words that end a subject's head: a relative clause or a prepositional postmodifier opens after it.
HEAD_ENDS = OBJECT_MARKERS | RELATIVE_WORDS

#: Adverbs before a subject's head: "*Even* those who …", "*Only* a few of them".
HEAD_ADVERBS = frozenset("even also still just now then too only".split())

#: Words that take an of-phrase into their head: "one of the advisers", "many of his donors".
PARTITIVES = frozenset(
    "one some many most few several none each all both either neither much part percent majority share".split()
)


def subject_head(ctx: Context, first: int, last: int) -> tuple[int, int]:
    """The head of a subject phrase (tokens ``first`` to ``last``): the words before a relative clause or a
    prepositional postmodifier, sentence adverbs in front left out; a name inside a modifier is no speaker.

    - ``Even those who had planned routes for Mr. Rubio`` → ``those``
    - ``An earlier report in a New Hampshire paper`` → ``An earlier report``
    - ``One of his advisers`` → ``One of his advisers`` (a partitive keeps its of-phrase)
    """
    while first < last and ctx.word(first).lower() in HEAD_ADVERBS:
        first += 1  # "Even those", "Also some voters"
    end = first + 1
    while end <= last:
        word = ctx.word(end).lower()
        if word in HEAD_ENDS and not (word == "of" and ctx.word(end - 1).lower() in PARTITIVES | NUMBER_WORDS):
            break
        end += 1
    return first, end - 1


#: Number words that open a quantity: "about *four* in 10", "over *half*".
NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten half third quarter".split())


def _quantity(word: str) -> bool:
    return word[:1].isdigit() or word.lower() in NUMBER_WORDS


#: Dashes that set off an apposition: "Jason Sims — a teacher — says".
DASHES = frozenset(["—", "–", "―", "--"])

#: Most tokens inside an apposition set off by dashes or after a bracket.
MAX_APPOSITION_TOKENS = 25


def appositive_subject(ctx: Context, start: int, verb: int) -> int | None:
    """A name before an apposition that :func:`subject_before` misses: one set off by dashes, or one after
    a bracketed party label.

    - ``Jason Sims — a teacher from Mount Pleasant — says`` → Jason Sims
    - ``Rep. Bobby Scott (D-Va.), ranking member of the committee, said`` → Rep. Bobby Scott
    """
    doc = ctx.doc
    index = _skip_back(ctx, verb - 1, start)
    if index < 1 or doc.tokens[index].start < start or ctx.word(index) not in DASHES | {","}:
        return None
    closing = ctx.word(index)
    opener = index - 1
    while opener >= 0 and doc.tokens[opener].start >= start and index - opener <= MAX_APPOSITION_TOKENS:
        word = ctx.word(opener)
        if word == closing or (closing in DASHES and word in DASHES):
            break
        if word in (";", ":", "(", ")", "“", "”", '"') or (closing in DASHES and word == ","):
            return None
        opener -= 1
    else:
        return None
    if opener < 1 or doc.tokens[opener].start < start:
        return None
    before = opener - 1
    if closing == "," and ctx.word(before) == ")":
        while before >= 0 and ctx.word(before) != "(" and doc.tokens[before].start >= start:
            before -= 1  # "Rep. Bobby Scott (D-Va.), …"
        before -= 1
    elif closing == ",":
        return None  # a plain comma apposition is subject_before's
    if before < 0 or doc.tokens[before].start < start:
        return None
    end = doc.tokens[before].end
    names = [m for m in ctx.persons_between(start, end) if ctx.mention(m).span.end == end]
    return names[-1] if names else None
