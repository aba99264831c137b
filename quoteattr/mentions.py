"""Mention detection: the stretches of text that can name a speaker.

Works on tokens outside quotations (words inside a quote are never its
speaker). Four kinds, each found by one small function:

- names: ``Dmitry Peskov``, ``Mr. Darcy``, ``J. K. Rowling``, ``Charles de Gaulle``
- organisations: ``the Kremlin``, ``the State Department``
- roles: ``the spokesman``, ``a senior administration official``, ``officials``
- pronouns: ``he``, ``she``, ``they``

Pre-nominal roles are kept with the name they introduce ("Kremlin spokesman
Dmitry Peskov" is the name mention "Dmitry Peskov" with role "spokesman"),
so that later "the spokesman" can find him.
"""

from __future__ import annotations

import bisect

import attrs
import regex

from quoteattr import lexicons
from quoteattr.document import Document, Mention, MentionKind
from quoteattr.model import Span
from quoteattr.text.titlecase import HEADING_SMALL_WORDS, is_title_case

#: A capitalised word: a name part ("Peskov", "O'Brien", "Jean-Paul").
CAPITALISED = regex.compile(r"\p{Lu}[\p{L}\p{M}'’\-.]*+")

#: A name set off by punctuation inside a quote (a vocative, the person spoken to): at
#: the quote's start or after a comma, before a comma or sentence end; "my dear" and a
#: title may come before the name. "That's all right, Tony." / "Well, Mr. Darcy, …"
VOCATIVE = regex.compile(
    r"(?:^|[,;!?.—]\s*+)(?:(?:my\s+)?dear(?:est)?\s+)?"
    r"(?P<name>(?:\p{Lu}[\p{L}'’.]*+\s+)?\p{Lu}[\p{L}'’\-]*+)"
    r"\s*+(?=[,!?.;—]|$)"
)

#: Lower-case particles inside names ("Charles de Gaulle", "Ludwig van Beethoven").
PARTICLES = frozenset("de van von der den da di du del della le la bin al ibn y st.".split())

#: Capitalised words that open sentences but never name anyone.
NOT_NAMES = frozenset(
    """the a an and but or so yet for nor if when while as after before since because
    though although then there here this that these those it its he she they we i you
    his her their our my your what who whom which why how where yes no oh ah well
    in on at by with from into onto upon unlike would could should did does do will shall
    may might must can perhaps not whose unless until since meanwhile however indeed still
    even only just now suddenly presently soon again also dear poor good oh pray later
    afterwards meanwhile today yesterday tomorrow tonight earlier instead besides all both
    each every most some many any none another such
    mr mrs ms dr chapter volume book part monday tuesday wednesday thursday friday
    saturday sunday january february march april may june july august september october
    november december god heaven sir madam beyond despite amid among along throughout shortly given using
    likewise absent late minutes hours moments otherwise nevertheless nonetheless moreover furthermore
    overall ultimately finally initially currently recently separately similarly additionally notably elsewhere""".split()
)

#: Words that make a capitalised run an organisation rather than a person.
ORGANIZATION_WORDS = frozenset(
    """department ministry committee party campaign agency administration council office
    times post news journal press association institute university college company corp
    corporation inc ltd bank fund group commission court senate house congress parliament
    government police army navy foundation center centre network service services bureau
    organization organisation union league coalition federation network""".split()
)

#: Determiners that open a role mention ("the spokesman", "a senior official").
DETERMINERS = frozenset(
    "the a an his her their its this that one two three several some many other another".split()
)


@attrs.define(slots=True)
class NameMention:
    """A detected name with the title and role words that came with it."""

    mention: Mention
    title: str | None = None
    roles: tuple[str, ...] = ()


def _word(doc: Document, index: int) -> str:
    return doc.words[index]


def _quote_starts(doc: Document) -> tuple[list[int], list[int]]:
    starts = [q.span.start for q in doc.quote_marks if not q.is_term]
    ends = [q.span.end for q in doc.quote_marks if not q.is_term]
    return starts, ends


def find_mentions(doc: Document) -> dict[int, NameMention]:
    """Fill ``doc.mentions`` (in text order); return the name details by mention index."""
    lexicon = lexicons.load()
    lower_words = _lower_case_vocabulary(doc)
    places = place_words(doc.text)
    capitalised = frozenset(CAPITALISED_WORD.findall(doc.text))
    starts, ends = _quote_starts(doc)
    details: dict[int, NameMention] = {}
    headings = {number for number in range(len(doc.paragraphs)) if is_heading_paragraph(doc, number)}
    for sentence in doc.sentences:
        if sentence.paragraph in headings:
            continue
        index = sentence.first_token
        first_in_sentence = True
        while index < sentence.end_token:
            token = doc.tokens[index]
            inside = bisect.bisect_right(starts, token.start) - 1
            if inside >= 0 and token.start < ends[inside]:
                index = _next_token_after(doc, ends[inside], index)
                first_in_sentence = True
                continue
            found = (
                _pronoun(doc, index, lexicon)
                or (
                    doc.text[token.start].isupper()  # titles and names are capitalised: a cheap test for most words
                    and _title_or_name(doc, index, sentence.end_token, lexicon, lower_words, first_in_sentence, places)
                )
                or _role(doc, index, sentence.end_token, lexicon)
            )
            if found is None:
                index += 1
                word = _word(doc, index - 1)
                first_in_sentence = word in {"“", '"', "‘", "'", "(", "—", ":", "''", "``"}
                continue
            named, next_index = found
            if _plural_group(named, capitalised, lexicon) and not _after_name_word(doc, index):
                named = attrs.evolve(named, mention=attrs.evolve(named.mention, plural=True))
            details[len(doc.mentions)] = named
            doc.mentions.append(named.mention)
            index = next_index
            first_in_sentence = False
    return details


def _plural_group(named: NameMention, capitalised: frozenset[str], lexicon: lexicons.Lexicons) -> bool:
    """Whether an untitled one-word name is a group, "they": "Democrats", "African-Americans" —
    its last part ends in "s" and the text uses that word without the "s" ("Democrat") which is no first
    name ("Williams"/"William", "Evans"/"Evan" are surnames). (PolNeAR train: "they" after such a group
    found no plural antecedent and was left unresolved or given an older one.)"""
    mention = named.mention
    if mention.kind is not MentionKind.NAME or named.title is not None or mention.plural:
        return False
    if len(mention.text.split()) > 1:
        return False  # "De Griers", "Italians Drive Them": a surname or a misread run (PDNC)
    last = mention.text.split("-")[-1]
    if len(last) < 4 or not last.endswith("s") or last.endswith(("ss", "us", "is")):
        return False
    singular = last[:-1]
    return singular in capitalised and singular.lower() not in lexicon.first_names


def _after_name_word(doc: Document, index: int) -> bool:
    """Whether the token before a name is a capitalised word or a surname particle: "De Griers",
    "de Griers" — the name is a surname, not a group (PDNC, The Gambler)."""
    if index == 0:
        return False
    word = _word(doc, index - 1)
    return word[:1].isupper() or word.lower() in PARTICLES


MAX_HEADING_WORDS = 12


#: A quotation mark opening a quote inside a line, after its first word.
HEADLINE_QUOTE = regex.compile(r"(?<=\S\s++)[“‘\"']")


def is_heading(text: str, paragraph: Span) -> bool:
    """A chapter title or telegram line: no sentence end, every word capitalised.

    "CHAPTER VI", "Sherlock Holmes Gives a Demonstration", "Marilla Makes Up Her Mind".
    """
    line = text[paragraph.start : paragraph.end]
    quoted = HEADLINE_QUOTE.search(line)
    if quoted is not None and line[: quoted.start()].rstrip().endswith(":"):
        line = line[: quoted.start()]  # "Warren Hammers Wells Fargo CEO: ‘You Should Resign.’"
    words = line.split()
    if not words or len(words) > MAX_HEADING_WORDS or words[-1][-1:] in ".!?\"”’'":
        return False
    return is_title_case(words, lambda word: word.lower() in HEADING_SMALL_WORDS)


def is_heading_paragraph(doc: Document, number: int) -> bool:
    """Whether paragraph ``number`` is a heading; a news title, the first paragraph, may end in a full
    stop: "Sanders Says He Will Stay In." (PolNeAR titles annotate their reports).
    """
    if number == 0:
        return _heading_to_its_stop(doc, number)
    return is_heading(doc.text, doc.paragraphs[number])


#: The end of a news title: a full stop, inside or outside a closing quotation mark.
TITLE_END = regex.compile(r"(?:\.[’”\"']?+|[’”\"']\.)$")


def _heading_to_its_stop(doc: Document, number: int) -> bool:
    """Whether paragraph ``number`` is a heading once a title's full stop is left out: "Sanders Says He
    Will Stay In.", "Hollande Says Trump ‘Makes You Want To Retch.’" (the stop and a closing mark around it)."""
    paragraph = doc.paragraphs[number]
    title = TITLE_END.search(doc.text, paragraph.start, paragraph.end)
    if title is not None:
        paragraph = Span(paragraph.start, title.start())
    return is_heading(doc.text, paragraph)


def is_title_line(doc: Document, number: int) -> bool:
    """A heading paragraph, or a title line further down with its full stop: "Ruiz Praises the Harbor
    Plan." (a slideshow item, a second headline). Cues read the second kind as a title too (PolNeAR train:
    9 right reports in 13 more); mentions do not (:func:`is_heading_paragraph`): novels lost speakers."""
    return is_heading(doc.text, doc.paragraphs[number]) or _heading_to_its_stop(doc, number)


def _next_token_after(doc: Document, offset: int, index: int) -> int:
    while index < len(doc.tokens) and doc.tokens[index].start < offset:
        index += 1
    return index


def _shouted(word: str) -> bool:
    """An all-capitals word ("POIROT", "ARRIVING"): headings and telegrams, not names."""
    letters = [c for c in word if c.isalpha()]
    return len(letters) > 1 and all(c.isupper() for c in letters) and "." not in word


#: A word written all in lower case.
LOWER_CASE_WORD = regex.compile(r"\b\p{Ll}++\b")


def _lower_case_vocabulary(doc: Document) -> frozenset[str]:
    """Words the document also writes in lower case: "Yesterday" is then not a name."""
    return frozenset(
        word for word in LOWER_CASE_WORD.findall(doc.text) if len(word) > 1
    )


def _pronoun(doc: Document, index: int, lexicon: lexicons.Lexicons) -> tuple[NameMention, int] | None:
    """``he`` / ``She`` / ``they``: a pronoun in subject or object case."""
    word = _word(doc, index)
    pronoun = lexicon.pronouns.get(word.lower())
    if pronoun is None or pronoun.case == "poss" or pronoun.case == "refl":
        return None
    if word == "I" or word.lower() in ("i", "me", "you"):
        gender = "-"
    else:
        gender = pronoun.gender
    token = doc.tokens[index]
    mention = Mention(
        Span(token.start, token.end), MentionKind.PRONOUN, word, gender, pronoun.number == "pl"
    )
    return NameMention(mention), index + 1


def _title_at(doc: Document, index: int, end: int, lexicon: lexicons.Lexicons) -> tuple[str, int] | None:
    """A title at ``index`` ("Mr.", "Vice President", "Sen."): its text and the index after it."""
    if not doc.text[doc.tokens[index].start].isupper():
        return None  # titles are capitalised: most words are rejected here, cheaply
    for length in (3, 2, 1):
        if index + length > end:
            continue
        last = doc.tokens[index + length - 1]
        candidate = doc.text[doc.tokens[index].start : last.end]
        if not candidate[:1].isupper():
            continue
        nxt = index + length
        if nxt < end and _word(doc, nxt) == "." and (candidate + ".").lower() in lexicon.titles:
            return candidate + ".", nxt + 1
        if candidate.lower() in lexicon.titles:
            return candidate, nxt
    return None


#: Months that are also first names, and the words that make them a date again.
NAME_MONTHS = frozenset(["May", "June"])
DATE_WORDS = frozenset("in of last next early late since until till by from to during this that each every".split())


def _month_as_name(doc: Document, index: int) -> bool:
    """"said May" / "May Welland" / "to May": a month that is a first name, mid-sentence, with no
    preposition or number making it a date ("in May", "May 5"), and no sentence starting with it
    ("May I come in?")."""
    if _word(doc, index) not in NAME_MONTHS or index == 0:
        return False
    before = _word(doc, index - 1)
    if before.lower() in DATE_WORDS or not (before.isalpha() or before == ","):
        return False
    after = _word(doc, index + 1) if index + 1 < len(doc.tokens) else ""
    return not after[:1].isdigit()


def _headline_verb(doc: Document, start: int, end: int, lexicon: lexicons.Lexicons) -> int:
    """Where a name ends before a capitalised cue of a title line: "Avery [Praises] the Harbor Plan."
    (the cue's third-person form, then a lower-case word); else ``end``. Not in prose: "Nancy Rules said"."""
    for position in range(start + 1, end):
        word = _word(doc, position)
        following = _word(doc, position + 1) if position + 1 < len(doc.tokens) else ""
        if (
            word.endswith("s")
            and word.lower() in lexicon.verb_forms
            and following[:1].islower()
            and is_title_line(doc, doc.paragraph_at(doc.tokens[position].start))
        ):
            return position
    return end


def _name_run(doc: Document, index: int, end: int, after_title: bool = False) -> int:
    """The index after the capitalised run starting at ``index`` (initials and particles included;
    after a title the name may start with its particles: "Mr. van der Luyden")."""
    position = index
    while position < end:
        word = _word(doc, position)
        if CAPITALISED.fullmatch(word) and (word.lower() not in NOT_NAMES or _month_as_name(doc, position)) and not _shouted(word):
            position += 1
            # An initial: "J" followed by "."
            if len(word) == 1 and position < end and _word(doc, position) == ".":
                position += 1
            continue
        particles = position
        while particles < end and _word(doc, particles).lower() in PARTICLES:
            particles += 1  # "de", "van der"
        if (
            particles > position
            and particles < end
            and (position > index or after_title)
            and CAPITALISED.fullmatch(_word(doc, particles))
        ):
            position = particles
            continue
        break
    return position


def _title_or_name(
    doc: Document,
    index: int,
    end: int,
    lexicon: lexicons.Lexicons,
    lower_words: frozenset[str],
    first_in_sentence: bool,
    places: frozenset[str] = frozenset(),
) -> tuple[NameMention, int] | None:
    """A proper name, optionally after a title: ``Mr. Darcy``, ``President Volodymyr Zelenskyy``.

    An untitled name of a place (see :func:`is_place`) is kept as an organisation-like
    mention that is nobody: "Hartfield", "Howards End".
    """
    title = _title_at(doc, index, end, lexicon)
    name_start = title[1] if title else index
    name_end = _headline_verb(doc, name_start, _name_run(doc, name_start, end, after_title=title is not None), lexicon)
    if name_end == name_start:
        return None
    words = [_word(doc, i) for i in range(name_start, name_end)]
    if title is None and _is_common_word(words, lower_words, lexicon, first_in_sentence):
        return None
    if title is None and len(words) > 1 and _starts_with_common_word(words, lower_words, lexicon):
        return None  # "Unlike Charles", "Would Miss Bartlett": the name starts at the next word
    if title is None and any(_title_at(doc, i, name_end, lexicon) for i in range(name_start + 1, name_end)):
        return None  # "Ukrainian President Volodymyr Zelenskyy": the name starts at the title
    if title is None and _is_modifier(doc, words, name_end, end, lexicon):
        return None
    start = doc.tokens[index].start
    stop = doc.tokens[name_end - 1].end
    full = doc.text[start:stop]
    place = title is None and is_place(words, places, lexicon)
    organisation = place or _is_organisation(doc, index, words, lexicon)
    if organisation:
        if index > 0 and _word(doc, index - 1).lower() == "the":
            start = doc.tokens[index - 1].start
        kind = MentionKind.ORGANIZATION
    else:
        kind = MentionKind.NAME
    gender = "N" if place else _name_gender(title[0] if title else None, words, lexicon)
    roles = _roles_before(doc, index, lexicon)
    if title and title[0].lower().rstrip(".") in lexicon.roles:
        roles = roles + (title[0].lower().rstrip("."),)
    mention = Mention(Span(start, stop), kind, doc.text[start:stop] if organisation else full, gender)
    return NameMention(mention, title[0] if title else None, roles), name_end


#: A capitalised word after a preposition of place: "at Hartfield", "to Geneva", "in London"
#: (not "to Emma's room": a possessive is someone's).
AFTER_PLACE_PREPOSITION = regex.compile(r"\b(?:in|into|near|towards|inside|at|from|to)\s++(\p{Lu}\p{Ll}++)\b(?!['’]s)")
#: A capitalised word, not possessive, to count all uses of a word.
CAPITALISED_WORD = regex.compile(r"\b\p{Lu}\p{Ll}++\b(?!['’]s)")
#: Fewest uses after a preposition of place, and the share of all uses, that make a word a place:
#: "Hartfield" 110 of 159 uses in Emma (0.69), "Geneva" 18 of 20; people's names stay below about
#: 0.15 ("Emma" 0.06, "Winterbourne" 0.11, "William" 0.14).
MIN_PLACE_USES = 3
MIN_PLACE_SHARE = 0.3


def place_words(text: str) -> frozenset[str]:
    """Capitalised words a text mostly uses after "at", "in", "to", …: the names of its places."""
    after: dict[str, int] = {}
    for match in AFTER_PLACE_PREPOSITION.finditer(text):
        after[match.group(1)] = after.get(match.group(1), 0) + 1
    candidates = {word for word, count in after.items() if count >= MIN_PLACE_USES}
    if not candidates:
        return frozenset()
    total: dict[str, int] = {}
    for match in CAPITALISED_WORD.finditer(text):
        if match.group() in candidates:
            total[match.group()] = total.get(match.group(), 0) + 1
    return frozenset(word for word in candidates if after[word] >= MIN_PLACE_SHARE * total[word])


def is_place(words: list[str], places: frozenset[str], lexicon: lexicons.Lexicons) -> bool:
    """An untitled name that starts with a place word of the text ("Hartfield", "Donwell Abbey")
    or ends in a place noun ("Howards End", "Windy Corner"); never a known first name alone."""
    if len(words) == 1 and words[0].lower() in lexicon.first_names and words[0] not in places:
        return False
    return words[0] in places or (len(words) > 1 and words[-1].lower() in lexicon.place_nouns)


def _starts_with_common_word(words: list[str], lower_words: frozenset[str], lexicon: lexicons.Lexicons) -> bool:
    first = words[0].lower()
    if first in lexicon.first_names or " ".join(words).lower() in lexicon.organizations:
        return False
    return first in lower_words or first in lexicon.verb_forms


def _is_common_word(
    words: list[str], lower_words: frozenset[str], lexicon: lexicons.Lexicons, first_in_sentence: bool
) -> bool:
    """A lone capitalised word that is just an ordinary word written at a sentence start."""
    if len(words) > 1:
        return False
    word = words[0].lower()
    if word in lexicon.first_names:
        return False
    if word in lexicon.pronouns or word in lexicon.verb_forms:
        return True
    return first_in_sentence and word in lower_words


#: Lower-case words after which a lone capitalised word is a modifier, not a speaker.
MODIFIED_NOUNS = frozenset(
    "presidential campaign administration government state party political congressional "
    "federal national voters supporters officials".split()
)


def _is_modifier(doc: Document, words: list[str], name_end: int, end: int, lexicon: lexicons.Lexicons) -> bool:
    """"Democratic presidential nominee", "Trump supporters": a capitalised modifier of a noun."""
    if len(words) > 1 or name_end >= end or words[0].lower() in lexicon.first_names:
        return False
    following = _word(doc, name_end)
    return following.islower() and (following in lexicon.roles or following in MODIFIED_NOUNS)


def _is_organisation(doc: Document, index: int, words: list[str], lexicon: lexicons.Lexicons) -> bool:
    name = " ".join(words).lower()
    return name in lexicon.organizations or any(w.lower() in ORGANIZATION_WORDS for w in words)


#: Russian patronymics tell the gender whatever the first name: "Alexis Ivanovitch", "Polina Alexandrovna".
PATRONYMIC_GENDER = {"vitch": "M", "vich": "M", "ovna": "F", "evna": "F"}


def _name_gender(title: str | None, words: list[str], lexicon: lexicons.Lexicons) -> str:
    if title:
        gender = lexicon.titles.get(title.lower(), "-")
        if gender in ("M", "F"):
            return gender
    if len(words) > 1:
        for ending, patronymic in PATRONYMIC_GENDER.items():
            if words[-1].lower().endswith(ending):
                return patronymic
    return lexicon.first_names.get(words[0].lower(), "-") if len(words) > 1 or not title else "-"


def _roles_before(doc: Document, index: int, lexicon: lexicons.Lexicons) -> tuple[str, ...]:
    """Role nouns right before a name: "Kremlin *spokesman* Dmitry Peskov"."""
    roles = []
    position = index - 1
    while position >= 0 and index - position <= 3:
        word = _word(doc, position).lower()
        if word in lexicon.roles:
            roles.append(word)
        elif not word[:1].isalpha():
            break
        position -= 1
    return tuple(roles)


#: Words a role nominal does not run across: another determiner, a preposition, a conjunction.
ROLE_BREAKS = DETERMINERS | frozenset("to of in on at for with from by into and or but as than".split())


def _role(doc: Document, index: int, end: int, lexicon: lexicons.Lexicons) -> tuple[NameMention, int] | None:
    """A role nominal ending at a role noun: ``the spokesman``, ``a senior official``, ``officials``."""
    word = _word(doc, index)
    if not word.islower():
        if word.lower() not in DETERMINERS:
            return None
        word = word.lower()  # "The New York businessman" opening a sentence
    # Find the role noun this determiner (or bare plural) heads, within four words.
    if word in DETERMINERS:
        for position in range(index + 1, min(index + 5, end)):
            head = _word(doc, position)
            if head.lower() in lexicon.roles and not _followed_by_name(doc, position, end):
                while position + 1 < end and _word(doc, position + 1) in lexicon.roles:
                    position += 1  # "the chief executive", "a vice president"
                    head = _word(doc, position)
                if _followed_by_name(doc, position, end):
                    return None
                return _role_mention(doc, index, position, head, lexicon), position + 1
            if not head[:1].isalpha() or head.lower() in ROLE_BREAKS:
                return None  # "her attention to her father": the role starts at the second "her"
        return None
    if word in lexicon.roles and lexicon.roles[word][1] == "pl" and not _followed_by_name(doc, index, end):
        return _role_mention(doc, index, index, word, lexicon), index + 1
    return None


def _followed_by_name(doc: Document, index: int, end: int) -> bool:
    """"spokesman Dmitry Peskov": the role is a pre-modifier of the name that follows."""
    return index + 1 < end and bool(CAPITALISED.fullmatch(_word(doc, index + 1)))


def _role_mention(
    doc: Document, first: int, head: int, head_word: str, lexicon: lexicons.Lexicons
) -> NameMention:
    gender, number = lexicon.roles[head_word.lower()]
    span = Span(doc.tokens[first].start, doc.tokens[head].end)
    mention = Mention(span, MentionKind.ROLE, doc.text[span.start : span.end], gender, number == "pl")
    return NameMention(mention, roles=(head_word.lower(),))
