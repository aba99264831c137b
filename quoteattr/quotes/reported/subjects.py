"""Who speaks: the subject, agent or speaker phrase of a cue.

Flow: text → tokens → quote candidates → cues and mentions → entities → speakers → Quote.

Reported speech runs after entities, so a speaker is a mention index (or a phrase that is no known
mention). The rule modules ask here for the speaker of a cue: the subject before it
(:func:`_cue_speaker`, :func:`_main_subject`, :func:`_chain_subject`), a subject closed by a comma
or led by a quantifier or an adjective chain, the subject of a ``that`` clause, a relative pronoun
standing for it (:func:`_bare_relative`), a passive cue's "by" agent (:func:`_by_agent`) and
evidence subjects ("a new poll shows"). Imports :mod:`.content` only.
"""

from __future__ import annotations

import regex

from quoteattr.attribution.context import (
    AUXILIARIES,
    BE_FORMS,
    BE_OR_AUXILIARY,
    OBJECT_MARKERS,
    RELATIVE_WORDS,
    SUBORDINATORS,
    Context,
    appositive_subject,
    clause_start,
    last_clause_subject,
    long_subject,
    ly_adverb,
    manner_adverb,
    relative_pronoun,
    restrictive_relative,
    subject_before,
    subject_head,
    subject_mentions,
)
from quoteattr.document import Sentence
from quoteattr.model import Span
from quoteattr.quotes.reported.content import (
    FIRST_WORD,
    HAVE_FORMS,
    QUOTE_MARK,
    VERB_CHAIN_WORDS,
    WINDOW,
    _comma_before,
    _introduces_quote,
)


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
        if stop == verb and word.lower() in VERB_CHAIN_WORDS:
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



#: A that-clause with its own subject right after a cue: "concludes *that Trump is* …", "has long maintained
#: *that she* …" (not a relative clause: "documents that showed").
THAT_CLAUSE = regex.compile(r"that\s++(?:he|she|they|it|we|I|you|the|a|an|his|her|their|its|this|these|there|\p{Lu}[\p{L}’'.\-]*+)(?![\p{L}\p{N}])")

#: Words that open the clause a fallback subject stands in; the subject starts after them.
SUBJECT_OPENERS = frozenset([",", ";", ":", "(", "—", "–", "“", '"', "but", "and", "because", "when", "while", "if", "since", "although", "though", "where"])

#: Words a fallback subject never ends in: a relative pronoun or a verb chain ("who added", "eager to prove").
NO_SUBJECT_END = frozenset("who which that to".split())

#: Words whose token closes no fallback subject: its openers and the words it never ends in (built once).
NO_FALLBACK_SUBJECT_END = SUBJECT_OPENERS | NO_SUBJECT_END

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
    if last < sentence.first_token or ctx.word(last).lower() in NO_FALLBACK_SUBJECT_END:
        return None, None
    if any(ctx.word(index).lower() in BE_FORMS for index in range(first, last + 1)):
        return None, None  # "It is a truth universally acknowledged, that …": a clause, not a subject
    first, last = subject_head(ctx, first, last)  # "Even those [who had planned routes for Mr. Rubio]"
    span = Span(doc.tokens[first].start, doc.tokens[last].end)
    people = ctx.persons_between(span.start, span.end)
    if people:
        return people[0], None
    return None, span


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
        verbal = lower in BE_OR_AUXILIARY or lower in ctx.lexicon.verb_forms
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


def _passive_agent(ctx: Context, verb: int, sentence: Sentence) -> int | None:
    """The mention right after "by" in "Asked by Dana Holt whether …", else None."""
    if verb + 2 >= sentence.end_token or ctx.word(verb + 1).lower() != "by":
        return None
    agents = ctx.mentions_between(ctx.doc.tokens[verb + 2].start, ctx.doc.tokens[verb + 2].end)
    return agents[0] if agents else None


#: How many tokens after "by" a passive cue's agent may start: "by Fox Business moderator Dana Holt".
AGENT_REACH = 6


#: Words between a form of "be" and its participle: auxiliaries, not "have" ("was later asked"; "has asked" is no passive).
PASSIVE_CHAIN_WORDS = AUXILIARIES - HAVE_FORMS


def _is_passive(ctx: Context, sentence: Sentence, verb: int) -> bool:
    """Whether a cue is a past participle after a form of "be" (adverbs between): "was later asked"."""
    if ctx.word(verb).lower().endswith("ing"):
        return False  # "is saying" is progressive
    index = verb - 1
    while index >= sentence.first_token and (
        ctx.word(index).lower() in PASSIVE_CHAIN_WORDS or manner_adverb(ctx.word(index))
    ):
        index -= 1
    return index >= sentence.first_token and ctx.word(index).lower() in BE_FORMS


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
    agents = ctx.persons_between(start, end)
    return agents[0] if agents else None
