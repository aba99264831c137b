"""Rule coreference: group a document's mentions into entities.

In document order, each mention joins an earlier entity or starts one:

- a name joins the entity that has the same name, the same surname or the
  same first name ("Mr. Darcy" ↔ "Darcy" ↔ "Fitzwilliam Darcy"), unless the
  titles disagree in gender ("Mrs. Bennet" ≠ "Mr. Bennet");
- a role nominal joins the entity last introduced with that role ("the
  president" → "Ukrainian President Volodymyr Zelenskyy"), else the one person
  the document titles so ("the count" → "Count Mippipopolous");
- a possessive kinship nominal joins the possessor's relative once pronouns are
  known ("Mr. Bennet … his wife" → "Mrs. Bennet"; "her aunt" → "Aunt Juley");
- gender learning (``_Resolver.learn_genders``): before pronouns are read, a name whose
  gender no title or first name tells takes the gender of the pronouns that follow it, by
  majority ("Winterbourne … he");
- first-person narrator detection (``_Resolver.narrator``): in first-person narration,
  "I" and "me" join the narrator, a name others often address in dialogue but the narration
  hardly ever uses ("my dear Watson");
- a pronoun joins the nearest earlier entity of compatible gender and number;
- user-supplied characters are entities before the text starts, so names are
  mapped onto the user's cast.

An entity's canonical name is the proper name it is called most often, or the
fuller form it was introduced by ("Donald Trump" … "Trump"): a one-off mis-read
("With Mrs. Allan Anne fell …") does not rename a whole character.
"""

from __future__ import annotations

import bisect
import functools
from collections import Counter

import attrs
import regex

from quoteattr import lexicons
from quoteattr.document import Document, Entity, Mention, MentionKind
from quoteattr.mentions import NOT_NAMES, VOCATIVE, NameMention

#: Possessives and reflexives that tell a gender ("her" alone may be an object: "took her hand").
OWN_PRONOUN = regex.compile(r"\b(?:[Hh]is|[Hh]imself|[Hh]erself)\b")
QUOTE_MARK = regex.compile(r"[\"“”]")
#: Only a comma between a name and the pronoun after it: "Trump, she said, is unfit", where the name opens
#: the reported content and cannot be the one who speaks it.
FRONTED_BEFORE_PRONOUN = regex.compile(r"\s*+,\s*+")
#: The cue between commas after that pronoun: "she [said],".
CUE_BETWEEN_COMMAS = regex.compile(r"\s++(\p{L}++)\s*+,")
#: How far :data:`CUE_BETWEEN_COMMAS` may look, in characters: `regex` scans up to the end position a match is
#: given, so a match with none costs the rest of the text.
CUE_REACH = 40
#: How many mentions back a pronoun looks for its antecedent.
PRONOUN_WINDOW = 20
#: First-person narration needs at least this many "I" and "me" pronoun mentions.
NARRATOR_MIN_MENTIONS = 30
#: The narrator is a name addressed in dialogue at least this often ...
NARRATOR_MIN_ADDRESSED = 10
#: ... and this many times as often as the narration names it (plus one).
NARRATOR_RATIO = 3
#: How many sentences back the subject of a sentence is preferred as an antecedent.
SUBJECT_WINDOW = 2
#: How many sentences back a role nominal may refer to its named entity.
ROLE_WINDOW = 40


@attrs.define
class _NameForms:
    """The proper-name forms an entity has been called."""

    full: set[str] = attrs.Factory(set)  # lower-cased names without title
    titled: set[str] = attrs.Factory(set)  # lower-cased names with title: "mr. knightley"
    bare: set[str] = attrs.Factory(set)  # names used without a title: "bingley"
    words: set[str] = attrs.Factory(set)  # lower-cased name words
    titles: set[str] = attrs.Factory(set)


def _name_words(text: str, title: str | None) -> list[str]:
    bare = text[len(title) :].strip() if title and text.startswith(title) else text
    return [w for w in bare.replace("’s", "").split() if w[:1].isalpha() or w[:1].isupper()]


class _Resolver:
    def __init__(self, doc: Document, details: dict[int, NameMention]) -> None:
        self.doc = doc
        self.details = details
        self.lexicon = lexicons.load()
        self.forms: list[_NameForms] = []
        self.role_holder: dict[str, tuple[int, int]] = {}  # role -> (entity, sentence)
        self.last_mention_of: dict[int, int] = {}  # entity -> mention index
        self.guessed_gender: set[int] = set()  # entities whose gender only a lone first name gave
        self.by_word: dict[str, set[int]] = {}  # name word -> entities called by it
        self.first_name_of: dict[int, str] = {}  # entity -> the display name it was introduced by
        self.name_counts: dict[int, Counter[str]] = {}  # entity -> display names, how often
        self.named: set[int] = set()  # entities called by a proper name, known once names are linked
        self.titled_names: dict[str, set[str]] | None = None  # read from the text when a bare title needs it
        self.words_after: dict[str, list[str]] = {}  # first name -> words after it in the text
        self.narrator_entity: int | None = None  # "I" of a first-person narration, never "he" or "she"

    def new_entity(self, name: str, gender: str, plural: bool = False) -> int:
        self.doc.entities.append(Entity(" ".join(name.split()), gender, plural))
        self.forms.append(_NameForms())
        return len(self.doc.entities) - 1

    def seed_characters(self) -> None:
        for character in self.doc.characters:
            entity = self.new_entity(character.name, character.gender or "-")
            self.doc.entities[entity].character = character
            for alias in (character.name, *character.aliases):
                words = alias.split()
                title = words[0] if words and words[0].lower() in self.lexicon.titles else None
                self._add_form(entity, alias, title, keep_name=True)

    def _add_form(self, entity: int, text: str, title: str | None, keep_name: bool = False) -> None:
        words = _name_words(text, title)
        forms = self.forms[entity]
        if words:
            forms.full.add(" ".join(words).lower())
            forms.words.update(word.lower() for word in words)
            for word in words:
                self.by_word.setdefault(word.lower(), set()).add(entity)
        if title:
            forms.titles.add(title.lower())
            forms.titled.add(f"{title} {' '.join(words)}".lower())
        elif words:
            forms.bare.add(" ".join(words).lower())
        if keep_name or not words:
            return
        display = self._display_name(text, words, title)
        self.first_name_of.setdefault(entity, display)
        self.name_counts.setdefault(entity, Counter())[display] += 1

    def choose_names(self) -> None:
        """Each entity's canonical name: the name it is called most often, unless it was
        introduced by a fuller form of that name.

        "Donald Trump" … "Trump" … "Trump": "Donald Trump" (the introduction);
        "Mrs. Bennet" (often) … "Elizabeth Bennet" (twice, a mis-merge): "Mrs. Bennet";
        "Anne" … "With Mrs. Allan Anne fell …" (a mis-read, once): "Anne".
        """
        for entity, counts in self.name_counts.items():
            record = self.doc.entities[entity]
            if record.character is not None:
                continue
            first = self.first_name_of[entity]
            frequent = max(counts, key=lambda name: (counts[name], self._completeness(name), name == first))
            record.name = first if self._extends(first, frequent) else frequent

    def _extends(self, fuller: str, name: str) -> bool:
        """"Donald Trump" extends "Trump" and "Mr. Trump"; "Mrs. Allan Anne" extends "Anne" too,
        which is why only an entity's first name may replace its usual one."""
        words = {word.lower() for word in fuller.split() if word.lower() not in self.lexicon.titles}
        others = {word.lower() for word in name.split() if word.lower() not in self.lexicon.titles}
        return len(words) > len(others) and others <= words

    def _completeness(self, name: str) -> int:
        """How many non-title words a name has: "Fitzwilliam Darcy" 2, "Mr. Darcy" 1."""
        return sum(1 for word in name.split() if word.lower() not in self.lexicon.titles)

    def _display_name(self, text: str, words: list[str], title: str | None) -> str:
        """The name without its title, unless the title is what tells the person apart:
        "Mr. Bennet" (no first name), "Mrs. John Dashwood" (her husband's first name),
        or is part of how the person is called: "Sir Walter Elliot", "Lady Anne Elliot"."""
        if title is None:
            return " ".join(words)
        if len(words) < 2 or title.lower() in TITLES_OF_RANK or words[0].islower():  # "Mr. van der Luyden"
            return " ".join(text.split())  # "Mr.\nTilney" across a line break
        title_gender = self.lexicon.titles.get(title.lower(), "-")
        name_gender = self.lexicon.first_names.get(words[0].lower(), "-")
        if title_gender != "-" and title_gender != name_gender:
            return " ".join(text.split())  # "Mrs. Newland Archer" is not "Newland Archer"
        return " ".join(words)

    def link(self, mention_index: int, entity: int) -> None:
        self.doc.mentions[mention_index].entity = entity
        self.doc.entities[entity].mentions.append(mention_index)
        self.last_mention_of[entity] = mention_index

    def relink(self, mention_index: int, entity: int) -> None:
        """Move a mention to another entity (mentions stay in document order)."""
        old = self.doc.mentions[mention_index].entity
        if old is not None:
            self.doc.entities[old].mentions.remove(mention_index)
        self.doc.mentions[mention_index].entity = entity
        mentions = self.doc.entities[entity].mentions
        mentions.insert(bisect.bisect_left(mentions, mention_index), mention_index)

    def resolve(self) -> None:
        """Names, organisations and roles first; then genders learnt; then pronouns."""
        self.seed_characters()
        for index, mention in enumerate(self.doc.mentions):
            if mention.kind is MentionKind.NAME:
                self.link(index, self.name_entity(index, mention))
            elif mention.kind is MentionKind.ORGANIZATION:
                self.link(index, self.organisation_entity(mention))
            elif mention.kind is MentionKind.ROLE:
                self.link(index, self.role_entity(index, mention))
        self.choose_names()
        self.named = set(self.name_counts)  # entities called by a proper name at least once
        self.learn_genders()
        narrator = self.narrator()
        self.narrator_entity = narrator
        for index, mention in enumerate(self.doc.mentions):
            if mention.kind is MentionKind.PRONOUN:
                if narrator is not None and mention.text.lower() in ("i", "me"):
                    self.link(index, narrator)
                    continue
                entity = self.pronoun_entity(index, mention)
                if entity is not None:
                    self.link(index, entity)
            elif mention.kind is MentionKind.ROLE:
                relative = self.kin_entity(index, mention)
                if relative is not None:
                    self.relink(index, relative)

    def narrator(self) -> int | None:
        """In first-person narration, the person "I" is: a name others often address
        in dialogue but the narration hardly ever uses.

        Watson is "my dear Watson" in Holmes's speech, but never "Watson said".
        """
        pronouns = [m.text.lower() for m in self.doc.mentions if m.kind is MentionKind.PRONOUN]
        first_person = pronouns.count("i") + pronouns.count("me")
        third_person = sum(pronouns.count(p) for p in ("he", "she", "him", "her"))
        if first_person < NARRATOR_MIN_MENTIONS or first_person < 0.25 * third_person:
            return None
        addressed: dict[str, int] = {}
        spelled: dict[str, str] = {}
        narrator_speaks = {
            self.doc.paragraph_at(m.span.start)
            for m in self.doc.mentions
            if m.kind is MentionKind.PRONOUN and m.text == "I"
        }
        for quote in self.doc.quote_marks:
            if not quote.is_speech or quote.paragraph in narrator_speaks:
                continue  # "“Prascovia, …” I said": the narrator names the other person
            inner = self.doc.text[quote.span.start + 1 : quote.span.end - 1]
            for match in VOCATIVE.finditer(inner):
                word = match.group("name").split()[-1]
                key = word.lower().strip(".")
                if key in NOT_NAMES or key in self.lexicon.titles or key in self.lexicon.pronouns:
                    continue
                addressed[key] = addressed.get(key, 0) + 1
                spelled[key] = word
        narrated = {
            word.lower().strip(".")
            for m in self.doc.mentions
            if m.kind is MentionKind.NAME
            for word in m.text.split()
        }
        named_count = {key: 0 for key in addressed}
        for m in self.doc.mentions:
            if m.kind is MentionKind.NAME:
                for word in m.text.split():
                    if word.lower().strip(".") in named_count:
                        named_count[word.lower().strip(".")] += 1
        # Of the names addressed often and hardly narrated, the one addressed most.
        best = max(
            (
                key for key in addressed
                if addressed[key] >= NARRATOR_MIN_ADDRESSED
                and addressed[key] >= NARRATOR_RATIO * (named_count[key] + 1)
            ),
            key=lambda key: addressed[key],
            default=None,
        )
        if best is None:
            return None
        if best in narrated:
            for entity, forms in enumerate(self.forms):
                if best in forms.words:
                    return entity
        return self.new_entity(spelled[best], "-")

    def learn_genders(self) -> None:
        """A name whose gender no title or first name tells takes the gender of the
        pronouns that follow it ("Winterbourne … he", "Brandon … his"), by majority."""
        votes: dict[int, list[str]] = {}
        mentions = self.doc.mentions
        for index in range(1, len(mentions)):
            pronoun, before = mentions[index], mentions[index - 1]
            # "Winterbourne looked up. He …": a subject pronoun right after a name.
            if pronoun.kind is not MentionKind.PRONOUN or pronoun.text.lower() not in ("he", "she"):
                continue
            if self.doc.sentence_at(pronoun.span.start) - self.doc.sentence_at(before.span.start) > 1:
                continue
            if before.kind is MentionKind.NAME and before.entity is not None and self.is_subject(index - 1):
                if self.doc.entities[before.entity].gender == "-" or before.entity in self.guessed_gender:
                    votes.setdefault(before.entity, []).append(pronoun.gender)
        self._possessive_votes(votes)
        for entity, genders in votes.items():
            male, female = genders.count("M"), genders.count("F")
            if max(male, female) >= 2 and max(male, female) >= 2 * min(male, female):
                self.doc.entities[entity].gender = "M" if male > female else "F"

    def _possessive_votes(self, votes: dict[int, list[str]]) -> None:
        """"Colonel Brandon took up his hat": a possessive or reflexive after a subject name,
        before anyone else is named or a quote opens, votes for the name's gender."""
        mentions = self.doc.mentions
        for index, mention in enumerate(mentions):
            if mention.kind is not MentionKind.NAME or mention.entity is None or not self.is_subject(index):
                continue
            if self.doc.entities[mention.entity].gender != "-" and mention.entity not in self.guessed_gender:
                continue
            sentence = self.doc.sentences[self.doc.sentence_at(mention.span.start)].span
            end = min(sentence.end, mentions[index + 1].span.start if index + 1 < len(mentions) else sentence.end)
            quote = QUOTE_MARK.search(self.doc.text, mention.span.end, end)
            found = OWN_PRONOUN.search(self.doc.text, mention.span.end, quote.start() if quote else end)
            if found is not None:
                gender = "M" if found.group().lower() in ("his", "himself") else "F"
                votes.setdefault(mention.entity, []).append(gender)

    def name_entity(self, index: int, mention: Mention) -> int:
        detail = self.details.get(index)
        title = detail.title if detail else None
        words = _name_words(mention.text, title)
        lowered = [w.lower() for w in words]
        gender = mention.gender
        # A lone untitled word may be a surname ("Darcy"): its first-name gender is only a guess.
        guessed = title is None and len(words) == 1
        entity = self._matching_entity(lowered, "-" if guessed else gender, title)
        if entity is None:
            entity = self.new_entity(self._display_name(mention.text, words, title), gender, mention.plural)
            if guessed and gender != "-":
                self.guessed_gender.add(entity)
        record = self.doc.entities[entity]
        if gender != "-" and (record.gender == "-" or (entity in self.guessed_gender and not guessed)):
            record.gender = gender
            if not guessed:
                self.guessed_gender.discard(entity)
        self._add_form(entity, mention.text, title)
        if detail:
            sentence = self.doc.sentence_at(mention.span.start)
            for role in detail.roles:
                self.role_holder[role] = (entity, sentence)
        return entity

    def _matching_entity(self, words: list[str], gender: str, title: str | None) -> int | None:
        """The most recently mentioned entity this name can refer to."""
        if not words:
            return None
        full = " ".join(words)
        titled = f"{title} {full}".lower() if title else None
        candidates: list[tuple[float, int]] = []
        sharing = sorted(set().union(*(self.by_word.get(word, set()) for word in words)))
        for entity in sharing:
            forms = self.forms[entity]
            record = self.doc.entities[entity]
            if gender != "-" and record.gender not in ("-", gender):
                continue
            if titled and titled in forms.titled:
                candidates.append((4, entity))
            elif title and _marriage_titles_clash(title, forms):
                continue  # "Miss Bennet" is not "Mrs. Bennet": a daughter, not her mother
            elif title and len(words) == 1 and _mother_of(title, words[0], forms):
                continue  # "Mrs. Hilbery" is not "Katharine Hilbery": her mother
            elif title and len(words) == 1 and _only_with_first_name(title, forms):
                continue  # "Mrs. Dashwood" is not "Mrs. John Dashwood": her daughter-in-law
            elif title and gender != "-" and record.gender == "-":
                continue  # "Mrs. (Newland) Archer" is not known to be "Newland Archer": often his wife
            elif not title and full in forms.bare:
                candidates.append((3.5, entity))  # called by this very name, untitled, before
            elif not title and len(words) == 1 and full in forms.full:
                # A bare surname met only with titles: "Bingley" is Mr. Bingley, not Miss Bingley.
                candidates.append((2.5 if record.gender == "M" else 2, entity))
            elif title and len(words) > 1 and _known_only_by_title(words, forms):
                continue  # "Mr. John Knightley" is not the "Mr. Knightley" met so far
            elif full in forms.full:
                candidates.append((3 if title else 2.8, entity))
            elif len(words) == 1 and words[0] in forms.words:
                # "Archer" alone: rather someone called "Newland Archer" than "Mrs. Newland Archer".
                untitled = any(words[0] in bare.split() for bare in forms.bare)
                candidates.append((2.7 if untitled and not title else 2, entity))
            elif len(words) > 1 and words[-1] in forms.words and not _first_names_clash(words, forms):
                candidates.append((1, entity))
        if not candidates:
            return None
        best = max(score for score, _ in candidates)
        return max(
            (entity for score, entity in candidates if score == best),
            key=lambda entity: self.last_mention_of.get(entity, -1),
        )

    def organisation_entity(self, mention: Mention) -> int:
        key = mention.text.lower().removeprefix("the ")
        for entity, forms in enumerate(self.forms):
            if key in forms.full:
                return entity
        entity = self.new_entity(mention.text, "N")
        self.forms[entity].full.add(key)
        return entity

    def role_entity(self, index: int, mention: Mention) -> int:
        """"the president" → the entity last introduced as president, if recent."""
        key = mention.text.lower()
        for entity in range(len(self.doc.characters)):  # seeded first, one entity each
            if key in self.forms[entity].full:
                return entity  # the user's cast names this role: "his wife" → Mrs. Bennet
        head = mention.text.split()[-1].lower()
        sentence = self.doc.sentence_at(mention.span.start)
        definite = mention.text.lower().startswith(("the ", "his ", "her ", "their ", "its "))
        holder = self.role_holder.get(head)
        if definite and not mention.plural and holder and sentence - holder[1] <= ROLE_WINDOW:
            return holder[0]
        if key.startswith("the ") and not mention.plural:
            titled = self.titled_entity(head)
            if titled is not None:
                return titled
        for entity in range(len(self.forms) - 1, -1, -1):
            if key in self.forms[entity].full and self.doc.entities[entity].plural == mention.plural:
                return entity
        entity = self.new_entity(mention.text, mention.gender, mention.plural)
        self.forms[entity].full.add(key)
        self.role_holder[head] = (entity, sentence)
        return entity

    def titled_entity(self, title: str) -> int | None:
        """"the count" → "Count Mippipopolous": the one person the document (quotes included)
        gives that title; None when it gives it to several ("Captain Wentworth", "Captain Harville")."""
        if self.titled_names is None:
            self.titled_names = _titled_names(self.doc.text, self.lexicon)
        names = self.titled_names.get(title, set())
        if len(names) != 1:
            return None
        (name,) = names
        written_title, surname = name.split(" ", 1)
        wanted = f"{title} {surname.lower()}"
        for entity in range(len(self.forms) - 1, -1, -1):
            if wanted in _plain(self.forms[entity].titled):
                return entity
        gender = self.lexicon.titles.get(written_title.lower(), "-")
        entity = self.new_entity(name, gender)
        self._add_form(entity, name, written_title)
        return entity

    def kin_entity(self, index: int, mention: Mention) -> int | None:
        """"his wife" / "her father" / "her aunt": the possessor's relative, if the document has one.

        The possessor is what "his"/"her" would refer to as a pronoun, a named person: the
        first of its few best antecedents that has such a relative. See :meth:`relative_entity` for how the relative is found.
        """
        words = mention.text.lower().split()
        if len(words) != 2 or words[0] not in POSSESSIVE_GENDER or words[1] not in self.lexicon.kinship:
            return None
        if mention.entity is not None and self.doc.entities[mention.entity].character is not None:
            return None  # the user's cast names this role
        possessive = attrs.evolve(mention, gender=POSSESSIVE_GENDER[words[0]], plural=False)
        # "Mrs. Bennet … 'Q,' said her father": the nearest woman may have no such relative
        # (she has a husband, not a father); the next named candidates may.
        for possessor in self.pronoun_candidates(index, possessive)[:KIN_POSSESSORS]:
            if possessor not in self.named:
                continue
            relative = self.relative_entity(possessor, words[1])
            if relative is not None:
                return relative
        return None

    def relative_entity(self, possessor: int, noun: str) -> int | None:
        """The possessor's relative called ``noun``.

        A spouse or parent shares the possessor's surname. A spouse is looked for only
        when the possessor goes by "Mr."/"Mrs." too: Mr. Bennet's wife is "Mrs. Bennet",
        but Newland Archer's "Mrs. Archer" is his mother. A parent only when the possessor
        does not ("Mr. Bennet" is Mrs. Bennet's husband, not her father): Elizabeth Bennet's
        father is "Mr. Bennet". For other kin, the one person the document titles with the
        noun: "her aunt" → "Aunt Juley".
        """
        relation, title = self.lexicon.kinship[noun]
        if relation == "other":
            titled = [
                entity for entity, forms in enumerate(self.forms)
                if entity != possessor and title in {t.rstrip(".") for t in forms.titles}
            ]
            return titled[0] if len(titled) == 1 else None
        surname = self.surname(possessor)
        if surname is None:
            return None
        family_titled = any(
            f"{family} {surname}" in _plain(self.forms[possessor].titled) for family in FAMILY_TITLES
        )
        if family_titled != (relation == "spouse"):
            return None
        wanted = f"{title} {surname}"
        found = [
            entity for entity, forms in enumerate(self.forms)
            if entity != possessor and wanted in _plain(forms.titled)
        ]
        return max(found, key=lambda entity: self.last_mention_of.get(entity, -1)) if found else None

    def surname(self, entity: int) -> str | None:
        """The last word of the names an entity is called by most often with a title or a
        first name: "Elizabeth Bennet" / "Mr. Bennet" → "bennet"."""
        counts: Counter[str] = Counter()
        for name, count in self.name_counts.get(entity, Counter()).items():
            words = name.split()
            if len(words) > 1 and not self._title_and_first_name(words, entity):
                counts[words[-1].lower()] += count
        if counts:
            return counts.most_common(1)[0][0]
        return self.surname_in_text(entity)

    def _title_and_first_name(self, words: list[str], entity: int) -> bool:
        """"Miss Elizabeth", "Sir Walter": a title that may come before a first name, and a first
        name the person also goes by alone; no surname ("Mr. Allen" has one)."""
        last = words[-1].lower()
        return (
            len(words) == 2 and words[0].lower() in FIRST_NAME_TITLES
            and last in self.lexicon.first_names and last in self.forms[entity].bare
        )

    def surname_in_text(self, entity: int) -> str | None:
        """For a person called by a first name only ("Elizabeth"): the family surname that most
        often follows that first name anywhere in the text, quotes included ("Elizabeth Bennet"),
        among the surnames a "Mr." or "Mrs." of the document has."""
        families = {name.split()[1] for forms in self.forms for name in _plain(forms.titled)
                    if len(name.split()) == 2 and name.split()[0] in FAMILY_TITLES}
        counts: Counter[str] = Counter()
        for first in self.forms[entity].bare:
            if " " in first or not first:
                continue
            counts.update(word for word in self._words_after(first) if word in families)
        return counts.most_common(1)[0][0] if counts else None

    def _words_after(self, first: str) -> list[str]:
        """The capitalised words right after a first name in the text, lower-cased (cached)."""
        if first not in self.words_after:
            pattern = regex.compile(rf"\b{regex.escape(first.capitalize())}\s++(\p{{Lu}}\p{{Ll}}++)\b")
            self.words_after[first] = [found.lower() for found in pattern.findall(self.doc.text)]
        return self.words_after[first]

    def pronoun_entity(self, index: int, mention: Mention) -> int | None:
        """The best antecedent; the ranked alternatives are kept in ``doc.antecedents``."""
        ranked = self.pronoun_candidates(index, mention)
        if ranked:
            self.doc.antecedents[index] = ranked
        return ranked[0] if ranked else None

    def pronoun_candidates(self, index: int, mention: Mention) -> list[int]:
        """Earlier entities of the same gender and number, the subject of a recent
        sentence first, then by distance; then person names of unknown gender."""
        if mention.gender == "-" and not mention.plural:
            return []  # I, me, you: no antecedent by rule
        sentence = self.doc.sentence_at(mention.span.start)
        subjects: list[int] = []
        others: list[int] = []
        unknown: list[int] = []
        for earlier in range(index - 1, max(index - PRONOUN_WINDOW, 0) - 1, -1):
            other = self.doc.mentions[earlier]
            if other.entity is None or other.entity == self.narrator_entity:
                continue
            entity = self.doc.entities[other.entity]
            if entity.plural != mention.plural or self._fronted_before(other, mention):
                continue
            if mention.plural or entity.gender == mention.gender:
                recent = sentence - self.doc.sentence_at(other.span.start) <= SUBJECT_WINDOW
                target = subjects if recent and self.is_subject(earlier) else others
                target.append(other.entity)
            elif entity.gender == "-" and other.kind is MentionKind.NAME and self.is_subject(earlier):
                unknown.append(other.entity)
        ranked = list(dict.fromkeys(subjects + others + unknown))
        # "the young man" … "Archer" … "he": a named person before a bare description.
        return sorted(ranked, key=lambda entity: entity not in self.named)

    def _fronted_before(self, earlier: Mention, pronoun: Mention) -> bool:
        """``Trump, she said, …``: the name is the start of what "she" says, not her antecedent."""
        text = self.doc.text
        if FRONTED_BEFORE_PRONOUN.fullmatch(text, earlier.span.end, pronoun.span.start) is None:
            return False  # "When the hearing ended for Maria Lopez, she said …": Lopez may be "she"
        cue = CUE_BETWEEN_COMMAS.match(text, pronoun.span.end, pronoun.span.end + CUE_REACH)
        return cue is not None and cue.group(1).lower() in self.lexicon.verb_forms

    def is_subject(self, index: int) -> bool:
        """The first person mention of its sentence."""
        mentions = self.doc.mentions
        start = self.doc.sentences[self.doc.sentence_at(mentions[index].span.start)].span.start
        return index == 0 or mentions[index - 1].span.start < start


#: How many of the ranked antecedents of "her" in "her father" may be the possessor.
KIN_POSSESSORS = 3

#: Titles that may stand before a first name alone: "Miss Elizabeth", "Sir Walter", "Lady Catherine".
FIRST_NAME_TITLES = frozenset("miss lady sir lord dame master".split())

#: Titles of rank that stay with a name, since people go by them ("Sir Walter", "Lady Russell").
TITLES_OF_RANK = frozenset("sir lady lord dame".split())

#: The titles a married couple shares a surname under: "Mr. Bennet", "Mrs. Bennet".
FAMILY_TITLES = ("mr", "mrs")


def _plain(titled: set[str]) -> set[str]:
    """Titled names without periods: "mrs. bennet" and "mrs bennet" alike."""
    return {name.replace(".", "") for name in titled}


#: The gender of a possessor: "his wife", "her father".
POSSESSIVE_GENDER = {"his": "M", "her": "F"}


def _titled_names(text: str, lexicon: lexicons.Lexicons) -> dict[str, set[str]]:
    """Role titles and the names the text gives them, quotes included:
    {"count": {"Count Mippipopolous"}} from "“Count Mippipopolous, meet my friend …”"."""
    found: dict[str, set[str]] = {}
    for match in _titled_name_pattern().finditer(text):
        name = match.group("name")
        if name.lower() in NOT_NAMES or name.lower() in lexicon.titles:
            continue
        title = match.group("title")
        found.setdefault(title.lower(), set()).add(f"{title} {name}")
    return found


@functools.cache
def _titled_name_pattern() -> regex.Pattern[str]:
    """A capitalised title that is also a role noun, then one capitalised word: "Colonel Brandon"
    (not "Captain Frederick Wentworth", whose second word is the name a later "Captain" takes)."""
    lexicon = lexicons.load()
    titles = sorted(
        {t.rstrip(".") for t in lexicon.titles if " " not in t and t.rstrip(".") in lexicon.roles},
        key=len,
        reverse=True,
    )
    alternatives = "|".join(regex.escape(t.capitalize()) for t in titles)
    return regex.compile(rf"\b(?P<title>{alternatives})\s+(?P<name>\p{{Lu}}\p{{Ll}}[\p{{L}}\-]*+)(?!\s*+\p{{Lu}})")


#: Titles that tell a married woman from an unmarried one.
MARRIED_TITLES = frozenset("mrs mrs. missus mme mme. madame".split())
UNMARRIED_TITLES = frozenset("miss mlle mlle. mademoiselle".split())


def _marriage_titles_clash(title: str, forms: _NameForms) -> bool:
    """A "Miss" name against an entity only ever called "Mrs." (or the reverse).

    >>> forms = _NameForms(titles={"mrs."})
    >>> _marriage_titles_clash("Miss", forms), _marriage_titles_clash("Mrs", forms)
    (True, False)
    """
    title = title.lower()
    for these, others in ((MARRIED_TITLES, UNMARRIED_TITLES), (UNMARRIED_TITLES, MARRIED_TITLES)):
        if title in these and forms.titles & others and not forms.titles & these:
            return True
    return False


def _mother_of(title: str, surname: str, forms: _NameForms) -> bool:
    """"Mrs. Hilbery" against an entity called "Katharine Hilbery" but never "Mrs.": in novels
    mostly the mother of the girl named in full (Daisy Miller, Lucy Honeychurch, Catherine Morland).

    >>> _mother_of("Mrs.", "hilbery", _NameForms(full={"katharine hilbery"}))
    True
    """
    if title.lower() not in MARRIED_TITLES or forms.titles & MARRIED_TITLES:
        return False
    return any(len(bare.split()) > 1 and bare.split()[-1] == surname for bare in forms.bare | forms.full)


def _only_with_first_name(title: str, forms: _NameForms) -> bool:
    """An entity always called "Mrs." with her husband's first name ("Mrs. John Dashwood"):
    the plain "Mrs. Dashwood" is another woman of the family.

    >>> _only_with_first_name("Mrs.", _NameForms(titled={"mrs. john dashwood"}, titles={"mrs."}))
    True
    """
    title = title.lower().rstrip(".")
    if title not in {t.rstrip(".") for t in MARRIED_TITLES}:
        return False
    same_title = [name.split() for name in _plain(forms.titled) if name.split()[0] == title]
    return bool(same_title) and all(len(words) > 2 for words in same_title)


def _known_only_by_title(words: list[str], forms: _NameForms) -> bool:
    """An entity called "Mr. Knightley" only, met by "Mr. John Knightley": a relative."""
    return words[0] not in forms.words and words[-1] in forms.words and bool(forms.titled) and all(
        len(full.split()) == 1 for full in forms.full
    )


def _first_names_clash(words: list[str], forms: _NameForms) -> bool:
    """"Chelsea Clinton" is not "Hillary Clinton": known, different first names."""
    return words[0] not in forms.words and any(
        len(full.split()) > 1 and full.split()[-1] == words[-1] for full in forms.full
    )


def resolve(doc: Document, details: dict[int, NameMention]) -> None:
    """Fill ``doc.entities`` and each mention's ``entity``."""
    _Resolver(doc, details).resolve()
