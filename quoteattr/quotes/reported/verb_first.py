"""The rule for a cue before its content: ``Peskov said (that) CONTENT`` (:func:`verb_then_content`).

Flow: text → tokens → quote candidates → cues and mentions → entities → speakers → Quote.

One of the rule modules that :func:`quoteattr.quotes.reported.find_reports` runs for each cue verb,
after :func:`.source_rules.announced_paragraphs` and :func:`.content_first.content_then_verb` found
nothing. Also covers "told reporters CONTENT", "…, arguing that CONTENT", "Asked whether CONTENT,
…", passive cues ("It was revealed that CONTENT"), a cue between commas ("Voters, Ruiz suggested,
need not worry": :func:`_parenthetical_start`) and a relative clause whose subject speaks
(:func:`_object_relative_start`). Builds on :mod:`.content` and :mod:`.subjects`.
"""

from __future__ import annotations

import bisect

import regex

from quoteattr.attribution.context import (
    BE_FORMS,
    BE_OR_AUXILIARY,
    PREPOSITIONS,
    SUBORDINATORS,
    WEEKDAY_NAMES,
    Context,
    long_subject,
    manner_adverb,
    relative_pronoun,
    restrictive_relative,
    subject_before,
)
from quoteattr.document import MentionKind, Sentence
from quoteattr.model import Span
from quoteattr.quotes.reported.content import (
    ADVERBIAL,
    CLAUSE_CONTENT,
    FIRST_WORD,
    MIN_OBJECT_WORDS,
    TELLING_VERBS,
    WINDOW,
    _after_object,
    _comma_before,
    _content_end,
    _inside_marks,
    _introduces_quote,
    _skip_to_that,
    _without_trailing_setting,
)
from quoteattr.quotes.reported.report import Report
from quoteattr.quotes.reported.subjects import (
    _adjective_chain_subject,
    _as_source_main_clause,
    _bare_relative,
    _by_agent,
    _chain_subject,
    _clause_subject_phrase,
    _coordinated_relative,
    _cue_speaker,
    _evidence_subject,
    _generic_you,
    _in_opening_subordinate,
    _is_passive,
    _main_subject,
    _passive_agent,
    _quantifier_subject,
    _talking_about_subject,
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

#: Words that, right after a cue verb, show it is not reporting speech here; "by" and "from" open an
#: agent, a means or a place: "was supported by 42 percent", "responded by settling", "reported from Iowa"
#: (PolNeAR train, content we started with them: by 16 right of 51, from 5 of 24); "and" joins a second verb
#: or noun to the cue ("faltered and flailed", "sniper posts and other fortifications": 8 right of 31).
NOT_CONTENT_START = frozenset(
    ". , ; : ) ? ! so goodbye hello yes no nothing anything something sorry by from and".split()
)

#: A prepositional phrase between a cue and its that-clause: "said at an event in Colorado Springs that",
#: "suggested to me that", "wrote on Twitter on Monday that". A subject must follow "that": after a noun
#: it is more often a relative pronoun ("a speech that has hardly changed").
PHRASE_BEFORE_THAT = regex.compile(
    r"(?i)\s++(?:at|in|on|during|to|before|after|from|with|over|via|through|outside|inside)\s++"
    r"(?:[\p{L}\p{N}’'\-.]++\s++){1,8}?"
    r"(?=that[\s,]++[“\"‘]?+(?:he|she|they|it|we|I|you|the|a|an|his|her|their|its|this|these|there|(?-i:\p{Lu})[\p{L}’'.\-]*+)\b)"
)


#: A preposition that ties a cue to what it is about; annotators leave it out of the content:
#: "talked *about* the ferry", "commented *on* the plan", "hinted *at* a run", "railed *against* it"
#: (PolNeAR train, content we started with one: about 32 without it, 16 with; on 20/4; at 16/9; against 7/3).
#: "agreed *with* the plan" too (train: gold starts after "with" 17 times, at it once; 3 more right, 7 fewer
#: reports, dev 2 fewer); not where the particle is a no-cue sign of the verb ("compared with 33 percent").
LEADING_PARTICLE = regex.compile(
    r"(?i)(?:about(?!\s++(?:" + APPROXIMATE_QUANTITY + r"))|on|at|against|with)\s++(?!that\b|to\b|\W)"
)

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
        if particle is not None and particle.group().split()[0].lower() not in NOT_A_CUE_BEFORE.get(lemma, ()):
            position = particle.end()  # "commented on [the ferry]", "railed against [the plan]"
    if lemma == "say" and SAY_TOPIC.match(text, doc.tokens[verb].end, sentence.span.end):
        return None  # "Ruiz said of the plan: “…”": the topic, not what was said
    first_word = FIRST_WORD.match(text, position, position + 30)
    answer = ANSWER.match(text, position, min(sentence.span.end, position + WINDOW)) if lemma in ANSWER_CUES else None
    if answer is not None:
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
        following = ctx.persons_between(end, sentence.span.end)
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


#: Passive cues of a question put to the subject: "he was *asked* about …", "when *questioned* about …".
ASKED_ABOUT_CUES = frozenset("asked questioned pressed challenged".split())


def _asked_about(ctx: Context, verb: int) -> bool:
    """Whether a passive cue is a question about a topic put by nobody named: "Palmieri was *asked about*
    Cosby's donations", "The senator was being *challenged on* the economics …". PolNeAR's unit has no
    Source (train: 4 of 5 such dropped cues, all with no Source), so the report keeps no speaker."""
    if ctx.word(verb).lower() not in ASKED_ABOUT_CUES or verb + 1 >= len(ctx.doc.tokens):
        return False
    return ctx.word(verb + 1).lower() in ("about", "on")


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
    return following in BE_OR_AUXILIARY


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


#: Words that open an adverbial clause before a sentence's subject: "*After* announcing …, Avery …".
#: Written out, not derived from SUBORDINATORS: it shares only five time words with it and adds prepositions.
LEADING_SUBORDINATORS = frozenset("after before while when since by in without despite upon".split())


def _opens_clause(ctx: Context, sentence: Sentence, verb: int) -> bool:
    """Whether a participle cue opens the sentence or its opening adverbial clause."""
    if verb == sentence.first_token:
        return True
    return verb - 1 == sentence.first_token and ctx.word(verb - 1).lower() in LEADING_SUBORDINATORS


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


#: Adverbs between a comma and a participle cue: "…, *even* suggesting", "…, *falsely* suggesting".
PARTICIPLE_ADVERBS = frozenset("even also again then later often sometimes once still only perhaps".split())


def _comma_adverb_before(ctx: Context, verb: int) -> bool:
    """A comma and one adverb right before a participle cue: "The nominee complained about his mic, *even*
    suggesting he …", "Clinton had ordnance ready for him, *quickly* reminding viewers …" (PolNeAR train:
    2 right in 4; dev 1 in 1)."""
    if verb < 2 or ctx.word(verb - 2) != ",":
        return False
    adverb = ctx.word(verb - 1).lower()
    return adverb in PARTICIPLE_ADVERBS or manner_adverb(adverb)
