"""Lexicons: word lists kept as data files beside this module, loaded once.

Each file documents its own source and format in a ``#`` header. Lookups are
case-insensitive unless a name says otherwise.
"""

from __future__ import annotations

import functools
from importlib import resources

import attrs


def _lines(filename: str) -> list[list[str]]:
    """The data lines of a lexicon file, split on tabs; comments and blanks skipped."""
    text = resources.files(__name__).joinpath(filename).read_text(encoding="utf-8")
    rows = []
    for line in text.splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            rows.append([field.strip() for field in line.split("\t")])
    return rows


@attrs.frozen
class Verb:
    lemma: str
    kind: str  # "speech", "belief", "weak", "dialogue", "raising" or "phrasal"


@attrs.frozen
class Pronoun:
    gender: str  # "M", "F", "N" or "-"
    number: str  # "sg" or "pl"
    case: str  # "subj", "obj", "poss" or "refl"


@attrs.frozen
class Lexicons:
    """Every word list the rule engine uses."""

    verb_forms: dict[str, Verb]  # "said" -> Verb("say", "speech")
    cue_phrases: dict[str, str]  # "according to" -> "source_before"
    titles: dict[str, str]  # "mrs." -> "F"
    roles: dict[str, tuple[str, str]]  # "spokeswoman" -> ("F", "sg")
    kinship: dict[str, tuple[str, str]]  # "wife" -> ("spouse", "mrs"), "aunt" -> ("other", "aunt")
    pronouns: dict[str, Pronoun]
    organizations: frozenset[str]  # lower-cased, without a leading "the"
    first_names: dict[str, str]  # "mary" -> "F"
    noun_like_cues: frozenset[str]  # cue forms that are also nouns: "plan", "states"
    place_nouns: frozenset[str]  # last words of place names: "Howards End", "Barton Cottage"
    evidence_nouns: frozenset[str]  # subjects after which "shows"/"found" report: "poll", "records"
    section_labels: frozenset[str]  # lower-cased paragraph labels that name no speaker: "the latest"
    claim_nouns: frozenset[str]  # nouns whose that-clause is a report: "suggestion", "warning"
    attitude_adjectives: frozenset[str]  # adjectives whose that-clause is a held view: "convinced", "aware"
    summary_nouns: frozenset[str]  # nouns of an appositive that sums a report up: ", a charge …"
    occasion_nouns: frozenset[str]  # nouns of where something was said: "in an interview", "at a rally"
    fragment_nouns: frozenset[str]  # nouns whose that/to clause with a quoted fragment reports: "remark"
    colon_nouns: frozenset[str]  # nouns of speech whose content follows a colon: "a message: …"
    framing_verbs: frozenset[str]  # forms of verbs that report in "VERB OBJECT as “…”": "identified", "introducing"
    abbreviations: frozenset[str]  # never end a sentence: "mr", "jan"
    final_abbreviations: frozenset[str]  # may end a sentence: "u.s", "inc"


def _verbs() -> dict[str, Verb]:
    forms: dict[str, Verb] = {}
    for row in _lines("speech_verbs.tsv"):
        lemma, words = row[0], row[1].split()
        kind = row[2] if len(row) > 2 and row[2] else "speech"
        for word in [lemma, *words]:
            forms.setdefault(word.lower(), Verb(lemma.lower(), kind))
    return forms


def _abbreviations() -> tuple[frozenset[str], frozenset[str]]:
    text = resources.files(__name__).joinpath("abbreviations.txt").read_text(encoding="utf-8")
    never_final: set[str] = set()
    may_end: set[str] = set()
    current = never_final
    for line in text.splitlines():
        stripped = line.strip()
        if stripped.startswith("#"):
            if "may end a sentence" in stripped:
                current = may_end
            continue
        if stripped:
            current.add(stripped.rstrip(".").lower())
    return frozenset(never_final), frozenset(may_end)


def _without_article(name: str) -> str:
    lowered = name.lower()
    return lowered[4:] if lowered.startswith("the ") else lowered


@functools.cache
def load() -> Lexicons:
    """All lexicons, read from the package data once per process."""
    never_final, may_end = _abbreviations()
    return Lexicons(
        verb_forms=_verbs(),
        cue_phrases={row[0].lower(): row[1] for row in _lines("cue_phrases.tsv")},
        titles={row[0].lower(): (row[1] if len(row) > 1 else "-") for row in _lines("titles.tsv")},
        roles={row[0].lower(): (row[1], row[2]) for row in _lines("roles.tsv")},
        kinship={row[0].lower(): (row[1], row[2].lower()) for row in _lines("kinship.tsv")},
        pronouns={row[0].lower(): Pronoun(row[1], row[2], row[3]) for row in _lines("pronouns.tsv")},
        organizations=frozenset(
            _without_article(row[0]) for row in _lines("speaking_organizations.txt")
        ),
        first_names={row[0].lower(): row[1] for row in _lines("first_names.tsv")},
        noun_like_cues=frozenset(row[0].lower() for row in _lines("noun_like_cues.txt")),
        place_nouns=frozenset(row[0].lower() for row in _lines("place_nouns.txt")),
        evidence_nouns=frozenset(row[0].lower() for row in _lines("evidence_nouns.txt")),
        section_labels=frozenset(row[0].lower() for row in _lines("section_labels.txt")),
        claim_nouns=frozenset(row[0].lower() for row in _lines("claim_nouns.txt")),
        attitude_adjectives=frozenset(row[0].lower() for row in _lines("attitude_adjectives.txt")),
        summary_nouns=frozenset(row[0].lower() for row in _lines("summary_nouns.txt")),
        occasion_nouns=frozenset(row[0].lower() for row in _lines("occasion_nouns.txt")),
        fragment_nouns=frozenset(row[0].lower() for row in _lines("fragment_nouns.txt")),
        colon_nouns=frozenset(row[0].lower() for row in _lines("colon_nouns.txt")),
        framing_verbs=frozenset(word.lower() for row in _lines("framing_verbs.txt") for word in row[0].split()),
        abbreviations=never_final,
        final_abbreviations=may_end,
    )
