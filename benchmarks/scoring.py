"""The metric of EVAL.md: quote P/R/F1, speaker accuracy and attributed P/R/F1.

Predictions are duck-typed like `quoteattr.Quote` (``span.start``, ``span.end``,
``kind``, ``speaker.name``, ``speaker.mention``, ``confidence``, optionally
``addressee``), so tests can build them with `types.SimpleNamespace` and the
scorer never imports the engine.

Steps, per document:

1. Normalise predictions (`Pred.from_quote`): drop TERM; on PDNC and LitBank
   also drop indirect/mixed (those corpora annotate direct speech only).
2. For each view (all / direct / indirect+mixed) match predictions to gold
   units one-to-one, best character Jaccard of the trimmed spans first, keeping
   pairs with Jaccard >= 0.5 (`match_units`). Identical trimmed spans are exact.
3. Judge the speaker of every matched pair with the corpus rule
   (`SpeakerJudge`), and add everything up in a `Scorer`.
"""

from __future__ import annotations

import bisect
import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any

import attrs

from benchmarks.corpora import DIRECT, GoldCharacter, GoldDoc, GoldUnit

TRIM_CHARS = "\"'“”‘’«»„`,.;:!?—–-…()[]"
"""Stripped from both edges of every span (with whitespace) before matching."""

MIN_JACCARD = 0.5
"""Smallest character Jaccard of two trimmed spans that counts as an overlap match."""

VIEWS = ("all", "direct", "indirect")
"""all units; direct vs direct; indirect+mixed vs indirect+mixed."""

TITLES = frozenset(
    """mr mrs ms miss mx dr prof sir madam madame mme mlle monsieur m lady lord dame
    rev reverend father mother sister brother aunt uncle st saint captain capt colonel
    col general gen major lieutenant lt sergeant sgt admiral president vice senator sen
    rep representative gov governor mayor judge justice secretary minister chairman
    chairwoman chair speaker king queen prince princess duke duchess count countess
    baron baroness esq jr sr""".split()
)
"""Titles, ignored when comparing speaker names (kept apart from the engine's lexicons
so the metric does not move when the engine changes)."""

ARTICLES = frozenset("the a an of".split())
"""Articles (and "of", as in "the Duchess of X"), ignored when comparing names."""

PRONOUNS = frozenset(
    """i me my mine myself we us our ours ourselves you your yours yourself yourselves
    he him his himself she her hers herself it its itself they them their theirs
    themselves one who whom whose this that these those""".split()
)
"""Pronouns, ignored when comparing names: an unresolved "he" names nobody."""

_WORD = re.compile(r"\w+")
"""A word of a name, for word-overlap comparisons (apostrophes split words)."""


def name_words(name: str | None, ignored: frozenset[str] = TITLES | ARTICLES | PRONOUNS) -> frozenset[str]:
    """The lower-cased words of a name, without titles, articles and pronouns.

    >>> sorted(name_words("Mr. Frank Churchill"))
    ['churchill', 'frank']
    """
    if not name:
        return frozenset()
    words = (w.lower() for w in _WORD.findall(name))
    return frozenset(w for w in words if w not in ignored)


_RELAXED = (TITLES | ARTICLES | PRONOUNS, ARTICLES | PRONOUNS, ARTICLES)
"""Ever fewer ignored words, for LitBank entity names such as "Uncle", "his mother", "I"."""


def litbank_shares_word(gold_name: str, predicted: str | None) -> bool:
    """Whether ``predicted`` shares a non-title word with the LitBank entity name.

    Entity names made only of titles or pronouns ("Uncle", "his mother", "I") would
    never match; for them titles, then pronouns too, count as words (on both sides).
    """
    for ignored in _RELAXED:
        gold_words = name_words(gold_name, ignored)
        if gold_words:
            return bool(gold_words & name_words(predicted, ignored))
    return False


# ---------------------------------------------------------------------------
# Spans and matching


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink ``[start, end)`` past edge whitespace, quotation marks and punctuation.

    A span made only of such characters (PDNC's ``". . . . . ."``) is kept whole,
    so that it can still match itself.
    """
    new_start, new_end = start, end
    while new_start < new_end and (text[new_start].isspace() or text[new_start] in TRIM_CHARS):
        new_start += 1
    while new_end > new_start and (text[new_end - 1].isspace() or text[new_end - 1] in TRIM_CHARS):
        new_end -= 1
    return (new_start, new_end) if new_start < new_end else (start, end)


def jaccard(a: tuple[int, int], b: tuple[int, int]) -> float:
    """Character Jaccard of two half-open ranges: |a ∩ b| / |a ∪ b|."""
    inter = min(a[1], b[1]) - max(a[0], b[0])
    if inter <= 0:
        return 0.0
    return inter / (max(a[1], b[1]) - min(a[0], b[0]))


@attrs.frozen
class Pred:
    """A prediction reduced to what the scorer needs."""

    start: int
    end: int
    kind: str
    speaker: str | None = None
    mention_start: int | None = None
    mention_end: int | None = None
    confidence: float = 0.0
    addressee: str | None = None
    addressee_mention: tuple[int, int] | None = None

    @classmethod
    def from_quote(cls, quote: Any) -> Pred:
        """Read a `quoteattr.Quote`-like object (attributes fetched with getattr)."""
        speaker = getattr(quote, "speaker", None)
        mention = getattr(speaker, "mention", None)
        addressee = getattr(quote, "addressee", None)
        addressee_mention = getattr(addressee, "mention", None)
        return cls(
            start=quote.span.start,
            end=quote.span.end,
            kind=str(getattr(quote.kind, "value", quote.kind)),
            speaker=getattr(speaker, "name", None),
            mention_start=getattr(mention, "start", None),
            mention_end=getattr(mention, "end", None),
            confidence=float(getattr(quote, "confidence", 0.0) or 0.0),
            addressee=getattr(addressee, "name", None),
            addressee_mention=(addressee_mention.start, addressee_mention.end) if addressee_mention else None,
        )

    def mention_text(self, text: str) -> str | None:
        if self.mention_start is None or self.mention_end is None:
            return None
        return text[self.mention_start : self.mention_end]


@attrs.frozen
class Match:
    """A gold unit and the prediction matched to it."""

    gold: GoldUnit
    pred: Pred
    jaccard: float
    exact: bool


def match_units(
    text: str, gold: Sequence[GoldUnit], preds: Sequence[Pred]
) -> tuple[list[Match], list[GoldUnit], list[Pred]]:
    """Match one-to-one, best Jaccard first; return matches, missed gold, unmatched predictions.

    Ties are broken by document order (gold, then prediction), so results are stable.
    """
    gold_spans = [trim(text, g.start, g.end) for g in gold]
    pred_spans = [trim(text, p.start, p.end) for p in preds]
    candidates = sorted(_candidate_pairs(gold_spans, pred_spans))
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    matches = []
    for neg_score, gi, pi in candidates:
        if gi in used_gold or pi in used_pred:
            continue
        used_gold.add(gi)
        used_pred.add(pi)
        exact = gold_spans[gi] == pred_spans[pi]
        matches.append(Match(gold[gi], preds[pi], -neg_score, exact))
    missed = [g for i, g in enumerate(gold) if i not in used_gold]
    spurious = [p for i, p in enumerate(preds) if i not in used_pred]
    return matches, missed, spurious


def _candidate_pairs(
    gold_spans: list[tuple[int, int]], pred_spans: list[tuple[int, int]]
) -> Iterable[tuple[float, int, int]]:
    """``(-jaccard, gold index, prediction index)`` of every pair with Jaccard >= 0.5.

    Only predictions that start within reach of a gold span are compared (found by
    bisection on the sorted starts), so a novel's thousands of quotes stay cheap.
    """
    order = sorted(range(len(pred_spans)), key=lambda i: pred_spans[i])
    starts = [pred_spans[i][0] for i in order]
    longest = max((e - s for s, e in pred_spans), default=0)
    for gi, (g_start, g_end) in enumerate(gold_spans):
        lo = bisect.bisect_left(starts, g_start - longest)
        hi = bisect.bisect_left(starts, g_end)
        for pi in order[lo:hi]:
            score = jaccard((g_start, g_end), pred_spans[pi])
            if score >= MIN_JACCARD:
                yield -score, gi, pi


def in_view(kind: str, view: str) -> bool:
    """Whether a unit of ``kind`` belongs to ``view`` ("all", "direct", "indirect")."""
    if view == "all":
        return True
    return (kind == DIRECT) == (view == "direct")


# ---------------------------------------------------------------------------
# Speakers


class SpeakerJudge:
    """Decides whether a predicted speaker is right, by the rule of one corpus."""

    def __init__(self, corpus: str, doc: GoldDoc) -> None:
        self.corpus = corpus
        self.doc = doc
        self.cast = Cast(doc.characters) if corpus == "pdnc" else None

    def is_right(self, gold: GoldUnit, pred: Pred) -> bool:
        """Right speaker for ``gold``; a gold unit without speaker wants none predicted."""
        if gold.speaker is None:
            return pred.speaker is None and pred.mention_start is None
        if self.corpus == "polnear":
            return self._polnear(gold, pred)
        if self.corpus == "pdnc":
            return self._pdnc(gold, pred)
        return self._litbank(gold, pred)

    def _polnear(self, gold: GoldUnit, pred: Pred) -> bool:
        """The mention overlaps the Source span, or the name shares a word with its text."""
        if pred.mention_start is not None and gold.speaker_start is not None:
            if pred.mention_start < gold.speaker_end and gold.speaker_start < pred.mention_end:
                return True
        return bool(name_words(pred.speaker) & name_words(gold.speaker))

    def _pdnc(self, gold: GoldUnit, pred: Pred) -> bool:
        """Name (then mention text) resolves to the same character as the gold speaker."""
        predicted = self.resolve_pred(pred.speaker, pred.mention_text(self.doc.text))
        if predicted is None:
            return False
        expected = self.cast.resolve(gold.speaker)
        if expected is None:  # gold speaker missing from the cast: compare names
            return gold.speaker.lower() in {predicted.name.lower(), *(a.lower() for a in predicted.aliases)}
        return predicted == expected

    def resolve_pred(self, name: str | None, mention: str | None) -> GoldCharacter | None:
        """The character a predicted name, failing that its mention text, stands for."""
        return self.cast.resolve(name) or self.cast.resolve(mention)

    def _litbank(self, gold: GoldUnit, pred: Pred) -> bool:
        """The name (or mention text) shares a non-title word with the gold entity name."""
        if litbank_shares_word(gold.speaker, pred.speaker):
            return True
        return litbank_shares_word(gold.speaker, pred.mention_text(self.doc.text))


class Cast:
    """Maps a name to a PDNC character: exact alias first, then most shared words.

    Exact alias matching is case-insensitive ("miss bates" finds "Miss Bates").
    The word fallback picks the single character whose name and aliases share the
    most non-title words with the name; a tie, or no shared word, resolves to nobody
    (so does a pronoun, whose words are all ignored).
    """

    def __init__(self, characters: Sequence[GoldCharacter]) -> None:
        self.by_alias: dict[str, GoldCharacter] = {}
        self.words: list[tuple[GoldCharacter, frozenset[str]]] = []
        for character in characters:
            names = (character.name, *character.aliases)
            for name in names:
                self.by_alias.setdefault(name.lower(), character)
            self.words.append((character, frozenset().union(*(name_words(n) for n in names))))

    def resolve(self, name: str | None) -> GoldCharacter | None:
        if not name:
            return None
        exact = self.by_alias.get(name.strip().lower())
        if exact is not None:
            return exact
        words = name_words(name)
        if not words:
            return None
        shared = sorted(((len(words & w), c.name) for c, w in self.words if words & w), reverse=True)
        if not shared or (len(shared) > 1 and shared[0][0] == shared[1][0]):
            return None
        return next(c for c, _ in self.words if c.name == shared[0][1])


# ---------------------------------------------------------------------------
# Counting


@attrs.define
class PRF:
    """Counts behind a precision / recall / F1."""

    gold: int = 0
    pred: int = 0
    correct: int = 0

    @property
    def precision(self) -> float:
        return self.correct / self.pred if self.pred else 0.0

    @property
    def recall(self) -> float:
        return self.correct / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "gold": self.gold,
            "pred": self.pred,
            "correct": self.correct,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


@attrs.define
class Accuracy:
    """Counts behind an accuracy."""

    total: int = 0
    correct: int = 0

    @property
    def accuracy(self) -> float:
        return self.correct / self.total if self.total else 0.0

    def add(self, right: bool) -> None:
        self.total += 1
        self.correct += int(right)

    def to_dict(self) -> dict[str, Any]:
        return {"total": self.total, "correct": self.correct, "accuracy": round(self.accuracy, 4)}


@attrs.define
class ViewScore:
    """Quote and attribution figures of one view (all / direct / indirect)."""

    exact: PRF = attrs.Factory(PRF)
    overlap: PRF = attrs.Factory(PRF)
    attributed: PRF = attrs.Factory(PRF)
    speaker: Accuracy = attrs.Factory(Accuracy)

    def add(self, n_gold: int, n_pred: int, matches: list[Match], right: list[bool]) -> None:
        """Add one document's counts; ``right[i]`` judges the speaker of ``matches[i]``."""
        for prf in (self.exact, self.overlap, self.attributed):
            prf.gold += n_gold
            prf.pred += n_pred
        self.overlap.correct += len(matches)
        self.exact.correct += sum(m.exact for m in matches)
        self.attributed.correct += sum(right)
        for match, ok in zip(matches, right):
            if match.gold.speaker is not None:
                self.speaker.add(ok)

    def to_dict(self) -> dict[str, Any]:
        return {
            "exact": self.exact.to_dict(),
            "overlap": self.overlap.to_dict(),
            "attributed": self.attributed.to_dict(),
            "speaker_accuracy": self.speaker.to_dict(),
        }


@attrs.define
class Scorer:
    """Accumulates the figures of a corpus, document by document.

    ``kind`` ("all", "direct" or "indirect") restricts gold units and predictions
    to that kind before anything is matched. ``errors`` collects one dict per
    missed gold unit, false positive, boundary-only match and wrong speaker
    (of the "all" view), for `--errors`.
    """

    corpus: str
    kind: str = "all"
    views: dict[str, ViewScore] = attrs.Factory(lambda: {v: ViewScore() for v in VIEWS})
    by_quote_type: dict[str, Accuracy] = attrs.Factory(dict)
    addressee: Accuracy = attrs.Factory(Accuracy)
    addressees_predicted: int = 0
    confidences: list[tuple[float, bool]] = attrs.Factory(list)
    errors: list[dict[str, Any]] = attrs.Factory(list)
    documents: int = 0

    def add(self, doc: GoldDoc, predictions: Iterable[Any]) -> None:
        """Score one document's predictions (Quote-like objects) against its gold."""
        self.documents += 1
        preds = self._keep(Pred.from_quote(q) for q in predictions)
        gold = [u for u in doc.units if in_view(u.kind, self.kind)]
        judge = SpeakerJudge(self.corpus, doc)
        for view in VIEWS:
            view_gold = [u for u in gold if in_view(u.kind, view)]
            view_preds = [p for p in preds if in_view(p.kind, view)]
            matches, missed, spurious = match_units(doc.text, view_gold, view_preds)
            right = [judge.is_right(m.gold, m.pred) for m in matches]
            self.views[view].add(len(view_gold), len(view_preds), matches, right)
            if view == "all":
                self._details(doc, judge, matches, right)
                self._collect_errors(doc, judge, matches, right, missed, spurious)

    def _keep(self, preds: Iterable[Pred]) -> list[Pred]:
        """Drop TERM predictions; on PDNC/LitBank keep direct only; apply the kind filter."""
        kept = []
        for pred in preds:
            if pred.kind == "term":
                continue
            if self.corpus in ("pdnc", "litbank") and pred.kind != DIRECT:
                continue
            if in_view(pred.kind, self.kind):
                kept.append(pred)
        return sorted(kept, key=lambda p: (p.start, p.end))

    def _details(self, doc: GoldDoc, judge: SpeakerJudge, matches: list[Match], right: list[bool]) -> None:
        """Per-quoteType accuracy, confidence pairs and addressee accuracy (all view)."""
        for match, ok in zip(matches, right):
            if match.gold.speaker is None:
                continue
            if match.gold.quote_type:
                self.by_quote_type.setdefault(match.gold.quote_type, Accuracy()).add(ok)
            self.confidences.append((match.pred.confidence, ok))
            if match.pred.addressee is not None or match.pred.addressee_mention is not None:
                self.addressees_predicted += 1
            if self.corpus == "pdnc" and match.gold.addressees:
                self.addressee.add(self._addressee_right(doc, judge, match))

    @staticmethod
    def _addressee_right(doc: GoldDoc, judge: SpeakerJudge, match: Match) -> bool:
        """The predicted addressee resolves to one of the gold addressees."""
        mention = match.pred.addressee_mention
        mention_text = doc.text[mention[0] : mention[1]] if mention else None
        predicted = judge.resolve_pred(match.pred.addressee, mention_text)
        if predicted is None:
            return False
        return any(judge.cast.resolve(name) == predicted for name in match.gold.addressees)

    def confidence_split(self) -> dict[str, Accuracy]:
        """Speaker accuracy of the top and bottom half of matched predictions by confidence.

        Pairs are sorted by descending confidence (stable, so ties keep document
        order); the top half is the first ceil(n / 2).
        """
        ranked = sorted(self.confidences, key=lambda pair: -pair[0])
        half = math.ceil(len(ranked) / 2)
        split = {"top": Accuracy(), "bottom": Accuracy()}
        for i, (_, ok) in enumerate(ranked):
            split["top" if i < half else "bottom"].add(ok)
        return split

    def to_dict(self) -> dict[str, Any]:
        """Every figure, as plain JSON-able values."""
        split = self.confidence_split()
        return {
            "corpus": self.corpus,
            "kind_filter": self.kind,
            "documents": self.documents,
            "views": {view: score.to_dict() for view, score in self.views.items()},
            "speaker_by_quote_type": {k: v.to_dict() for k, v in sorted(self.by_quote_type.items())},
            "speaker_by_confidence": {k: v.to_dict() for k, v in split.items()},
            "addressee_accuracy": self.addressee.to_dict() if self.addressees_predicted else None,
            "error_counts": dict(Counter(e["type"] for e in self.errors)),
        }

    # -- errors ------------------------------------------------------------

    def _collect_errors(
        self,
        doc: GoldDoc,
        judge: SpeakerJudge,
        matches: list[Match],
        right: list[bool],
        missed: list[GoldUnit],
        spurious: list[Pred],
    ) -> None:
        """One record per missed unit, false positive, boundary error and wrong speaker.

        A wrong-speaker record says whether no speaker was predicted at all and, on
        PDNC, which character the scorer resolved the prediction to.
        """
        for unit in missed:
            self.errors.append(self._record("missed", doc, unit.start, unit.end, gold=unit))
        for pred in spurious:
            self.errors.append(self._record("false_positive", doc, pred.start, pred.end, pred=pred))
        for match, ok in zip(matches, right):
            start, end = min(match.gold.start, match.pred.start), max(match.gold.end, match.pred.end)
            if not match.exact:
                record = self._record("boundary", doc, start, end, gold=match.gold, pred=match.pred)
                self.errors.append(dict(record, jaccard=round(match.jaccard, 3)))
            if not ok:
                record = self._record("wrong_speaker", doc, start, end, gold=match.gold, pred=match.pred)
                record["no_speaker_predicted"] = match.pred.speaker is None and match.pred.mention_start is None
                if judge.cast is not None:
                    resolved = judge.resolve_pred(match.pred.speaker, match.pred.mention_text(doc.text))
                    record["resolved_to"] = resolved.name if resolved else None
                self.errors.append(record)

    def _record(
        self, kind: str, doc: GoldDoc, start: int, end: int, gold: GoldUnit | None = None, pred: Pred | None = None
    ) -> dict[str, Any]:
        record: dict[str, Any] = {"type": kind, "corpus": self.corpus, "doc": doc.doc_id}
        if gold is not None:
            record["gold"] = _gold_dict(doc.text, gold)
        if pred is not None:
            record["pred"] = _pred_dict(doc.text, pred)
        record["context"] = context(doc.text, start, end)
        return record


def _gold_dict(text: str, unit: GoldUnit) -> dict[str, Any]:
    return {
        "id": unit.unit_id,
        "start": unit.start,
        "end": unit.end,
        "kind": unit.kind,
        "text": text[unit.start : unit.end],
        "speaker": unit.speaker,
        "speaker_span": [unit.speaker_start, unit.speaker_end] if unit.speaker_start is not None else None,
        "quote_type": unit.quote_type,
    }


def _pred_dict(text: str, pred: Pred) -> dict[str, Any]:
    return {
        "start": pred.start,
        "end": pred.end,
        "kind": pred.kind,
        "text": text[pred.start : pred.end],
        "speaker": pred.speaker,
        "mention": pred.mention_text(text),
        "mention_span": [pred.mention_start, pred.mention_end] if pred.mention_start is not None else None,
        "confidence": round(pred.confidence, 3),
        "addressee": pred.addressee,
    }


def context(text: str, start: int, end: int, width: int = 200) -> str:
    """``width`` characters either side of ``[start, end)``, the span marked ⟦…⟧."""
    left = text[max(0, start - width) : start]
    right = text[end : end + width]
    return f"{left}⟦{text[start:end]}⟧{right}"


def score(corpus: str, pairs: Iterable[tuple[GoldDoc, Iterable[Any]]], kind: str = "all") -> Scorer:
    """Score ``(gold document, predictions)`` pairs of one corpus."""
    scorer = Scorer(corpus, kind)
    for doc, predictions in pairs:
        scorer.add(doc, predictions)
    return scorer
