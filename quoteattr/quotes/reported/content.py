"""Where a report's content starts and ends: the helpers every rule module shares.

Flow: text → tokens → quote candidates → cues and mentions → entities → speakers → Quote.

Reported speech runs after entities; this is its lowest layer and imports no other module of this
package. It holds the content limits (:data:`WINDOW`, :data:`MAX_CONTENT_CHARS`,
:data:`MIN_CONTENT_WORDS`), the end of a content at a new clause or a trailing cue
(:func:`_content_end`, :func:`_clause_break`, :data:`TRAILING_CUE`, :data:`NEW_CLAUSE`), a trailing
time or place phrase cut off (:func:`_without_trailing_setting`), the start after a telling verb's
object or a phrase before "that" (:func:`_after_object`, :func:`_skip_to_that`), and the short word
classes more than one rule module reads.
"""

from __future__ import annotations

from itertools import islice

import regex

from quoteattr.attribution.context import BE_FORMS, BE_OR_AUXILIARY, MODALS, MONTH_NAMES, WEEKDAY_NAMES, Context
from quoteattr.document import Sentence

#: Verbs whose object (the person told) stands between the verb and the content.
TELLING_VERBS = frozenset(
    "tell told tells telling inform informed informs assure assured assures remind reminded "
    "reminds warn warned warns urge urged urges ask asked asks advise advised convince convinced "
    "promise promised promises".split()
)

#: Question words: they open an indirect question ("asked whether …", "explained how …").
QUESTION_WORDS = ("whether", "if", "how", "why", "what", "when", "where", "who")

#: Words that open the content after a telling verb's object: "asked [him] whether …".
CLAUSE_OPENERS = frozenset(("that", ",", ":", "to") + QUESTION_WORDS)

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

#: How far a pattern may look from where it starts, in characters. `regex` scans up to the
#: end position it is given, so every match gets a short window rather than the sentence end.
WINDOW = 200


def _past_adverbial(text: str, start: int, end: int) -> int:
    """Where the words from ``start`` go on after a time or manner phrase (:data:`ADVERBIAL`) that opens
    them: "[on Monday] that …", "[in an interview with CNN], …"; ``start`` when none does."""
    adverbial = ADVERBIAL.match(text, start, min(end, start + WINDOW))
    return int(adverbial.end()) if adverbial else start

#: Longest reported content, in characters: keeps the search around each cue bounded,
#: so cost stays linear even in a megabyte without a sentence end.
MAX_CONTENT_CHARS = 1500

#: Content must have at least this many words to be a report ("as he said before" has none).
MIN_CONTENT_WORDS = 3

#: Right after its cue verb, content may be shorter: "endorsed Maria Lopez", "praised the mayor's plan".
#: (On PolNeAR train, allowing two words found 79 more right reports among 193 more; one word, 28 among 100.)
MIN_OBJECT_WORDS = 2


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
        elif "-" in clause.group() and QUOTE_OPENING.search(text, clause.end(), end):
            continue  # "being supportive - at one point admonishing him: "…"": a typed dash before a quote goes on
        elif not (DASHES.search(clause.group()) and len(DASHES.findall(text, start, clause.start())) % 2):
            return clause
    return None


#: A quotation mark that may open a quote.
QUOTE_OPENING = regex.compile(r'[“"]')

#: A dash that may open or close an aside, a typed one ("-", "--" between spaces) included.
DASHES = regex.compile(r"[—―–]|(?<=\s)--?+(?=\s)")

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
    found = WORDS_AFTER_JOINT.finditer(text, joint.end(), min(end, joint.end() + WINDOW))
    words = [word.group() for word in islice(found, MAX_JOINED_GAP + 1)]  # no more words are read than used
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
                all(word.lower() in BE_OR_AUXILIARY or word in SUBJECT_PRONOUNS for word in gap)
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
#: 11 fewer reports; dev same); " — including …" lists parts of the content and goes on with it (train: 2 more
#: right).
#: A dash typed as " - " or " -- " is a dash too (train: 9 more right among 14 more reports, dev 3 among 4), unless
#: a quote opens after it (see :func:`_clause_break`; train: direct exact kept, dev 1 fewer false direct quote).
NEW_CLAUSE = regex.compile(
    r"""(?x)(?:\s*+,|(?<=,[”"’']{1,2}))\s++(?P<contrast>but|yet|while|whereas|although|though)\s++(?!(?:that|also|rather|instead)\b|(?<=though\s++)not\b)  # ", but many corporations have found ways" (not ", but that …", ", though not …")
      | \s*+,\s++and\s++(?=(?:he|she|they|it|we|I|the|\p{Lu})\b)  # ", and Republicans want"
      | \s++(?:[—―–]|--?+(?=\s))\s++(?![^—―–]*+[—―–]|.*?\s--?\s)(?!including\s)  # " — the rest", " - the rest" (not an aside)
      | \s*+;\s++  # "; the rest"
      | (?:\s*+,|(?<=,[”"’']{1,2}))\s++(?:and|but)\s++(?:[\p{L}’'.-]++\s++){1,5}?(?:said|says|say|told|added|argued|noted|wrote|insisted|warned|claimed)\b  # ", and other leaders said" (a second report)
      | (?:\s*+,|(?<=,[”"’']{1,2}))\s++(?!including\b|according\b|during\b|ranging\b)\p{Ll}++(?<=ing)\s  # ", pointing to his wins" (not ", during a meeting")
      | \s++and\s++(?=(?:called|said|added|urged|warned|asked|told|vowed|promised|accused|encouraged)\b)  # " and called for"
      | \s*+,\s++(?:a|an)\s++(?P<summary>\p{Ll}++(?:\s++\p{Ll}++){0,2}+)  # ", a charge his rivals denied" (a noun of lexicons/summary_nouns.txt)
    """
)

#: Words between a cue and its that-clause: "told one of his aides on a regular basis that …", "told one of
#: his old friends from the county fair on a regular basis that …" (PolNeAR: up to 14 words, not 10, finds 1
#: more right report on train and on dev, nothing lost).
OBJECT_BEFORE_THAT = regex.compile(r"(?:[\p{L}\p{N}’'\-.]++\s++){1,14}?(?=that\s)")

#: A question word that opens the content of a telling verb: "asked [Pence] *whether* that would …" keeps it
#: (a "that" further on is no that-clause of the cue).
QUESTION_WORD = regex.compile(r"(?i)(?<![\p{L}\p{N}])(?:" + "|".join(QUESTION_WORDS) + r")(?![\p{L}\p{N}])")

#: An adverb right after a cue: "complained bitterly that", "said repeatedly that".
MANNER_ADVERB = regex.compile(r"\p{L}++(?<=ly)\s++(?=that\s)")

#: The first word of a content (or its first character when it starts with no letter).
FIRST_WORD = regex.compile(r"[\p{L}]++|\S")
#: Punctuation that ends a clause.
CLAUSE_PUNCTUATION = regex.compile(r"[,;:]")


#: Content that is a clause: it keeps a relative clause inside it ("said that Ruiz, who …, would run").
CLAUSE_CONTENT = regex.compile(r"(?i)(?:that|" + "|".join(QUESTION_WORDS) + r"|to)\b")

#: A double quotation mark (not an apostrophe: "Trump’s campaign").
QUOTE_MARK = regex.compile(r"[\"“”]|''")


#: Forms of "have", a finite verb in an opening clause: "the plan has failed, said …".
HAVE_FORMS = frozenset("has have had".split())

#: Modals and forms of "be" and "have": a content holding one is a clause, whatever its first word.
VERB_CHAIN_WORDS = MODALS | BE_FORMS | HAVE_FORMS


#: A day of the week, as a time phrase: "Tuesday", "on Thursday night".
WEEKDAY_PHRASE = (
    r"\s++(?:on\s++)?(?:" + "|".join(day.capitalize() for day in WEEKDAY_NAMES) + r")"
    r"(?:\s++(?:morning|afternoon|evening|night))?"
)

#: A month as a time phrase: "in March", "since early June", "on May 3".
MONTH_PHRASE = (
    r"\s++(?:in|on|since|until|by)\s++(?:early\s++|late\s++|mid-)?(?:" + "|".join(MONTH_NAMES) + r")(?:\s++\d{1,2})?"
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
