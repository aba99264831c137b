"""Readers for the gold corpora: PolNeAR, PDNC and LitBank quotations.

Every reader yields `GoldDoc` values whose `GoldUnit`s carry character offsets
into `GoldDoc.text`, so the scorer never needs to know which corpus a unit came
from. What counts as a unit follows EVAL.md:

- PolNeAR: one unit per brat ``E`` relation with a Content. Its kind is read from
  the quotation marks around the content (see `quoted_mask`). A direct unit is
  split into one unit per content piece; other kinds span first to last piece.
- PDNC: one direct unit per ``quoteByteSpans`` piece.
- LitBank: one direct unit per ``QUOTE`` line.
"""

from __future__ import annotations

import ast
import csv
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs

DIRECT = "direct"
INDIRECT = "indirect"
MIXED = "mixed"


@attrs.frozen
class GoldUnit:
    """One gold quotation: its span, kind and speaker.

    ``speaker`` is the gold speaker as the corpus writes it (PolNeAR: the Source
    text, e.g. "he"; PDNC: a character name or alias; LitBank: the entity name).
    ``speaker_start``/``speaker_end`` are set only where the corpus has a span.
    """

    start: int
    end: int
    kind: str  # "direct", "indirect" or "mixed"
    speaker: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    quote_type: str | None = None  # PDNC: "Explicit", "Anaphoric" or "Implicit"
    addressees: tuple[str, ...] = ()
    unit_id: str = ""


@attrs.frozen
class GoldCharacter:
    """A member of a novel's cast (PDNC ``character_info.csv``)."""

    name: str
    aliases: tuple[str, ...] = ()
    gender: str | None = None  # "M", "F" or None


@attrs.frozen
class GoldDoc:
    """A document with its gold units, in document order."""

    doc_id: str
    text: str
    units: tuple[GoldUnit, ...]
    characters: tuple[GoldCharacter, ...] = ()


def read_corpus(name: str, path: str | Path, limit: int | None = None) -> list[GoldDoc]:
    """Read corpus ``name`` ("polnear", "pdnc" or "litbank") from ``path``."""
    readers = {"polnear": read_polnear, "pdnc": read_pdnc, "litbank": read_litbank}
    if name not in readers:
        raise ValueError(f"Unknown corpus {name!r}; use one of {sorted(readers)}")
    docs = []
    for doc in readers[name](Path(path)):
        if limit is not None and len(docs) >= limit:
            break
        docs.append(doc)
    return docs


# ---------------------------------------------------------------------------
# PolNeAR


_BRAT_SPANS = re.compile(r"(\d+) (\d+)")
"""One ``start end`` pair of a brat text-bound annotation."""

_QUOTE_MARK = re.compile(r"''|``|[“”\"„«»]|(?<!\w)‘|’(?!\w)")
"""A double quotation mark (curly, straight, NYT ``''``/``````, guillemet) or a
word-initial opening / word-final closing single curly quote (not an apostrophe
inside a word such as "don’t")."""

_OPENERS = {"“", "``", "„", "«", "‘"}
_CLOSERS = {"”", "»", "’"}
_FAMILY = {"“": "curly", "”": "curly", "„": "curly", "«": "curly", "»": "curly",
           '"': "straight", "``": "nyt", "''": "nyt", "‘": "single", "’": "single"}
"""Marks pair only within their family; straight ``"`` and NYT ``''`` open and close."""


def read_polnear(folder: Path) -> Iterator[GoldDoc]:
    """Yield the articles of a PolNeAR split folder (``text/`` + ``attributions/``).

    Some articles were annotated by several annotators
    (``<article>_<annotator>.ann``); we use only the first file in sorted
    filename order, so every article is scored once and runs are reproducible.
    """
    annotations = _first_annotation_per_article(folder / "attributions")
    for text_path in sorted((folder / "text").glob("*.txt")):
        ann_path = annotations.get(text_path.stem)
        if ann_path is None:
            continue
        text = text_path.read_text(encoding="utf-8")
        units = polnear_units(text, ann_path.read_text(encoding="utf-8"))
        yield GoldDoc(doc_id=text_path.stem, text=text, units=tuple(units))


def _first_annotation_per_article(folder: Path) -> dict[str, Path]:
    """Map article name → its first ``.ann`` file in sorted filename order."""
    chosen: dict[str, Path] = {}
    for path in sorted(folder.glob("*.ann")):
        article = path.stem.rsplit("_", 1)[0]
        chosen.setdefault(article, path)
    return chosen


def polnear_units(text: str, ann: str) -> list[GoldUnit]:
    """The gold units of one article from its brat annotation.

    ``T3<TAB>Content 315 448;463 553<TAB>...`` gives a text-bound annotation;
    ``E1<TAB>Attribution:T4 Content:T3 Cue:T2 Source:T1`` ties them together.
    Roles may come in any order or be missing; ``Content2`` (a second content
    span) is taken as further pieces of the same content.
    """
    spans, relations = _parse_brat(ann)
    mask = quoted_mask(text)
    units: list[GoldUnit] = []
    for rel_id, roles in relations:
        pieces = sorted(p for role in ("Content", "Content2") for p in spans.get(roles.get(role, ""), []))
        if not pieces:
            continue
        speaker = _source_fields(text, spans.get(roles.get("Source", ""), []))
        kind = content_kind(text, pieces, mask)
        if kind == DIRECT:
            for i, (start, end) in enumerate(pieces):
                units.append(GoldUnit(start, end, kind, unit_id=f"{rel_id}.{i}", **speaker))
        else:
            units.append(GoldUnit(pieces[0][0], pieces[-1][1], kind, unit_id=rel_id, **speaker))
    return sorted(units, key=lambda u: (u.start, u.end))


def _source_fields(text: str, source: list[tuple[int, int]]) -> dict[str, Any]:
    """The speaker fields of a `GoldUnit` from the Source pieces (first to last), if any."""
    if not source:
        return {}
    start, end = source[0][0], source[-1][1]
    return {"speaker": text[start:end], "speaker_start": start, "speaker_end": end}


def _parse_brat(ann: str) -> tuple[dict[str, list[tuple[int, int]]], list[tuple[str, dict[str, str]]]]:
    """Text-bound spans by id, and ``(E id, {role: T id})`` relations, in file order.

    Lines that start neither with ``T`` nor ``E`` (notes, and the continuation
    lines of a text column that contains a newline) are skipped.
    """
    spans: dict[str, list[tuple[int, int]]] = {}
    relations: list[tuple[str, dict[str, str]]] = []
    for line in ann.splitlines():
        fields = line.split("\t")
        if len(fields) < 2:
            continue
        if re.fullmatch(r"T\d+", fields[0]):
            _label, _, offsets = fields[1].partition(" ")
            spans[fields[0]] = [(int(s), int(e)) for s, e in _BRAT_SPANS.findall(offsets)]
        elif re.fullmatch(r"E\d+", fields[0]):
            roles = dict(arg.split(":", 1) for arg in fields[1].split() if ":" in arg)
            relations.append((fields[0], roles))
    return spans, relations


def quoted_mask(text: str) -> bytearray:
    """A 0/1 flag per character of ``text``: 1 if it lies inside a quotation-mark pair.

    Pairs are found paragraph by paragraph (a paragraph is a line): “…”, «…»,
    ``…'', word-initial ‘…’ and straight "…" / ''…'' (which toggle). A double
    quote still open at the end of a paragraph runs to its end: news quotes
    running over several paragraphs reopen each paragraph and close only in
    the last one. An unclosed single quote is dropped (likely an apostrophe).
    """
    mask = bytearray(len(text))
    offset = 0
    for line in text.split("\n"):
        for start, end in _quoted_regions(line):
            mask[offset + start : offset + end] = b"\x01" * (end - start)
        offset += len(line) + 1
    return mask


def _quoted_regions(line: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each quoted region in one paragraph, marks included.

    Each family of marks pairs on its own, so a curly quote nested in a straight
    one (or the reverse) leaves the outer pair intact.
    """
    regions = []
    open_at: dict[str, int] = {}
    for match in _QUOTE_MARK.finditer(line):
        mark = match.group()
        family = _FAMILY[mark]
        if family not in open_at:
            if mark not in _CLOSERS:
                open_at[family] = match.start()
        elif mark not in _OPENERS:
            regions.append((open_at.pop(family), match.end()))
    for family, start in open_at.items():
        if family != "single":
            regions.append((start, len(line)))
    return regions


def content_kind(text: str, pieces: list[tuple[int, int]], mask: bytearray) -> str:
    """Direct if every letter/digit of the pieces is quoted, indirect if none is, else mixed."""
    inside = total = 0
    for start, end in pieces:
        for i in range(start, min(end, len(text))):
            if text[i].isalnum():
                total += 1
                inside += mask[i]
    if total and inside == total:
        return DIRECT
    return INDIRECT if inside == 0 else MIXED


# ---------------------------------------------------------------------------
# PDNC


def read_pdnc(folder: Path) -> Iterator[GoldDoc]:
    """Yield the novels of a PDNC ``data`` folder, one `GoldDoc` per novel."""
    for novel in sorted(p for p in folder.iterdir() if (p / "novel_text.txt").exists()):
        text = (novel / "novel_text.txt").read_text(encoding="utf-8")
        units = _pdnc_units(novel / "quotation_info.csv")
        characters = _pdnc_characters(novel / "character_info.csv")
        yield GoldDoc(doc_id=novel.name, text=text, units=tuple(units), characters=tuple(characters))


def _pdnc_units(path: Path) -> list[GoldUnit]:
    """One direct unit per ``quoteByteSpans`` piece (char offsets, marks excluded)."""
    units = []
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            quote_type = row.get("quoteType") or None
            addressees = tuple(_literal_names(row.get("addressees", "")))
            for i, (start, end) in enumerate(ast.literal_eval(row["quoteByteSpans"])):
                units.append(
                    GoldUnit(
                        start,
                        end,
                        DIRECT,
                        speaker=row["speaker"] or None,
                        quote_type=None if quote_type == "nan" else quote_type,
                        addressees=addressees,
                        unit_id=f"{row['quoteID']}.{i}",
                    )
                )
    return sorted(units, key=lambda u: (u.start, u.end))


def _pdnc_characters(path: Path) -> list[GoldCharacter]:
    """The cast: ``Main Name``, ``Aliases`` (a Python set/list literal), ``Gender``."""
    characters = []
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            name = row["Main Name"]
            aliases = tuple(sorted(set(_literal_names(row.get("Aliases", ""))) - {name}))
            gender = row.get("Gender") if row.get("Gender") in ("M", "F") else None
            characters.append(GoldCharacter(name=name, aliases=aliases, gender=gender))
    return characters


def _literal_names(value: str) -> list[str]:
    """The strings of a Python list/set literal such as ``"{'Emma', 'Miss Woodhouse'}"``."""
    try:
        parsed = ast.literal_eval(value)
    except (ValueError, SyntaxError):
        return [value] if value and value != "nan" else []
    if isinstance(parsed, str):
        return [parsed]
    return [str(item) for item in parsed]


# ---------------------------------------------------------------------------
# LitBank


def read_litbank(folder: Path) -> Iterator[GoldDoc]:
    """Yield the excerpts of LitBank's ``quotations/tsv`` folder.

    The text is the tokenized sentence lines of ``*_brat.txt`` joined with a
    single space (LitBank keeps no paragraph breaks), so quote offsets can be
    computed from the (sentence, token) positions of the ``.ann`` file.
    """
    for txt_path in sorted(folder.glob("*_brat.txt")):
        ann_path = txt_path.with_suffix(".ann")
        lines = txt_path.read_text(encoding="utf-8").split("\n")
        if lines and lines[-1] == "":
            lines.pop()
        text = " ".join(lines)
        ann = ann_path.read_text(encoding="utf-8") if ann_path.exists() else ""
        doc_id = txt_path.name[: -len("_brat.txt")]
        yield GoldDoc(doc_id=doc_id, text=text, units=tuple(litbank_units(lines, ann)))


def litbank_units(lines: list[str], ann: str) -> list[GoldUnit]:
    """Units from ``QUOTE<TAB>Q1<TAB>s1<TAB>t1<TAB>s2<TAB>t2<TAB>text`` and ``ATTRIB<TAB>Q1<TAB>Entity-3``.

    The end token is inclusive (checked on all 1,765 LitBank quotes: the tokens
    from (s1, t1) to (s2, t2) inclusive, joined by spaces, equal the text column).
    """
    token_starts = _token_offsets(lines)
    quotes: dict[str, tuple[int, int]] = {}
    speakers: dict[str, str] = {}
    for line in ann.splitlines():
        fields = line.split("\t")
        if fields[0] == "QUOTE" and len(fields) >= 6:
            s1, t1, s2, t2 = (int(f) for f in fields[2:6])
            start = token_starts[s1][t1][0]
            quotes[fields[1]] = (start, token_starts[s2][t2][1])
        elif fields[0] == "ATTRIB" and len(fields) >= 3:
            speakers[fields[1]] = litbank_entity_name(fields[2])
    units = [
        GoldUnit(start, end, DIRECT, speaker=speakers.get(qid), unit_id=qid)
        for qid, (start, end) in quotes.items()
    ]
    return sorted(units, key=lambda u: (u.start, u.end))


def _token_offsets(lines: list[str]) -> list[list[tuple[int, int]]]:
    """``(start, end)`` of every token, per sentence, in the space-joined text."""
    offsets = []
    position = 0
    for line in lines:
        sentence = []
        for token in line.split(" "):
            sentence.append((position, position + len(token)))
            position += len(token) + 1
        offsets.append(sentence)
    return offsets


def litbank_entity_name(entity_id: str) -> str:
    """``Jack_Durbeyfield-0`` → ``Jack Durbeyfield``; ``Mr__Sherlock_Holmes-0`` → ``Mr Sherlock Holmes``."""
    return " ".join(re.sub(r"-\d+$", "", entity_id).replace("_", " ").split())
