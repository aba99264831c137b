"""Tests of the scorer (EVAL.md) and the accuracy CLI, with hand-computed figures.

Predictions are plain `SimpleNamespace` objects shaped like `quoteattr.Quote`,
so nothing here runs the engine. The gold documents are the fixtures of
tests/corpus_fixtures.py (see test_benchmark_corpora.py for their units).
"""

from __future__ import annotations

import json
import sys
from types import SimpleNamespace as NS

import pytest

from corpus_fixtures import corpus_root

from benchmarks import accuracy
from benchmarks.corpora import DIRECT, GoldCharacter, GoldUnit, read_corpus
from benchmarks.scoring import (
    Cast,
    Pred,
    SpeakerJudge,
    jaccard,
    litbank_shares_word,
    match_units,
    name_words,
    score,
    trim,
)

FIXTURES = corpus_root()  # tiny made-up corpora, written to a temporary folder


def quote(start, end, kind="direct", speaker=None, mention=None, confidence=0.5, addressee=None):
    """A Quote-like object: ``mention`` is a ``(start, end)`` pair."""
    speaker_obj = None
    if speaker is not None or mention is not None:
        speaker_obj = NS(name=speaker, mention=NS(start=mention[0], end=mention[1]) if mention else None)
    return NS(
        span=NS(start=start, end=end),
        kind=kind,
        speaker=speaker_obj,
        confidence=confidence,
        addressee=NS(name=addressee, mention=None) if addressee else None,
    )


# -- spans and matching ------------------------------------------------------


def test_trim_strips_whitespace_quotes_and_punctuation():
    text = "  “Hello, world!”  "
    assert trim(text, 0, 19) == (3, 15)
    assert text[3:15] == "Hello, world"


def test_trim_keeps_a_span_of_only_punctuation():
    assert trim('". . ."', 0, 7) == (0, 7)


def test_jaccard():
    assert jaccard((0, 10), (5, 15)) == pytest.approx(1 / 3)
    assert jaccard((0, 10), (0, 5)) == 0.5
    assert jaccard((0, 10), (10, 20)) == 0.0


def test_match_units_is_one_to_one_best_jaccard_first():
    text = "abcdefghijklmnopqrst"
    g1, g2 = GoldUnit(0, 10, DIRECT), GoldUnit(10, 20, DIRECT)
    exact, wide = Pred(0, 10, DIRECT), Pred(2, 14, DIRECT)  # wide: J 8/14 with g1, 4/18 with g2
    matches, missed, spurious = match_units(text, [g1, g2], [wide, exact])
    assert [(m.gold, m.pred, m.jaccard, m.exact) for m in matches] == [(g1, exact, 1.0, True)]
    assert missed == [g2]
    assert spurious == [wide]


def test_name_words_ignore_titles_articles_pronouns():
    assert name_words("Mr. Frank Churchill") == {"frank", "churchill"}
    assert name_words("The senator") == frozenset()
    assert name_words("he") == frozenset()


# -- PolNeAR -----------------------------------------------------------------

# Gold (fixture tiny-news): G1 direct [0,14) Smith; G2 direct [27,43) Smith;
# G3 mixed [62,108) "The senator"; G4 indirect [126,144) "Officials".
POLNEAR_PREDICTIONS = [
    quote(0, 14, "direct", "John Smith", confidence=0.9),  # exact, right (shares "smith")
    quote(28, 35, "direct", "he", mention=(15, 20), confidence=0.8),  # overlap only (J 7/13), right by mention
    quote(62, 108, "indirect", "Senator Jones", confidence=0.2),  # exact, wrong speaker
    quote(88, 99, "term"),  # scare quotes "very soon": ignored
    quote(111, 125, "direct", "Officials", confidence=0.5),  # false positive; G4 is missed
]


def polnear_scorer(kind="all"):
    docs = read_corpus("polnear", FIXTURES / "polnear")
    return score("polnear", [(docs[0], POLNEAR_PREDICTIONS)], kind=kind)


def test_polnear_quote_prf_all_units():
    figures = polnear_scorer().to_dict()["views"]["all"]
    # 4 gold, 4 predictions (TERM dropped); overlap-matched 3, exact 2
    assert figures["overlap"] == {"gold": 4, "pred": 4, "correct": 3, "precision": 0.75, "recall": 0.75, "f1": 0.75}
    assert figures["exact"] == {"gold": 4, "pred": 4, "correct": 2, "precision": 0.5, "recall": 0.5, "f1": 0.5}


def test_polnear_quote_prf_direct_and_indirect():
    views = polnear_scorer().to_dict()["views"]
    direct, indirect = views["direct"], views["indirect"]
    # direct: 2 gold, 3 predictions, 2 overlap (1 exact)
    assert (direct["overlap"]["precision"], direct["overlap"]["recall"], direct["overlap"]["f1"]) == (0.6667, 1.0, 0.8)
    assert (direct["exact"]["precision"], direct["exact"]["recall"], direct["exact"]["f1"]) == (0.3333, 0.5, 0.4)
    # indirect (+mixed): 2 gold, 1 prediction, matched exactly, wrong speaker
    assert (indirect["exact"]["precision"], indirect["exact"]["recall"], indirect["exact"]["f1"]) == (1.0, 0.5, 0.6667)
    assert indirect["attributed"]["correct"] == 0
    assert indirect["speaker_accuracy"] == {"total": 1, "correct": 0, "accuracy": 0.0}


def test_polnear_speaker_and_attributed():
    figures = polnear_scorer().to_dict()["views"]["all"]
    assert figures["speaker_accuracy"] == {"total": 3, "correct": 2, "accuracy": 0.6667}
    assert figures["attributed"] == {"gold": 4, "pred": 4, "correct": 2, "precision": 0.5, "recall": 0.5, "f1": 0.5}


def test_polnear_confidence_split():
    # matched: 0.9 right, 0.8 right | 0.2 wrong
    split = polnear_scorer().to_dict()["speaker_by_confidence"]
    assert split["top"] == {"total": 2, "correct": 2, "accuracy": 1.0}
    assert split["bottom"] == {"total": 1, "correct": 0, "accuracy": 0.0}


def test_polnear_errors_name_what_went_wrong():
    scorer = polnear_scorer()
    by_type = {e["type"]: e for e in scorer.errors}
    assert sorted(by_type) == ["boundary", "false_positive", "missed", "wrong_speaker"]
    assert by_type["missed"]["gold"]["text"] == "the plan was ready"
    assert "⟦the plan was ready⟧" in by_type["missed"]["context"]
    assert by_type["false_positive"]["pred"]["text"] == "Officials said"
    assert by_type["boundary"]["jaccard"] == 0.538
    assert by_type["wrong_speaker"]["gold"]["speaker"] == "The senator"
    assert by_type["wrong_speaker"]["pred"]["speaker"] == "Senator Jones"
    assert scorer.to_dict()["addressee_accuracy"] is None  # no prediction has an addressee


def test_kind_filter_scores_only_direct():
    views = polnear_scorer(kind="direct").to_dict()["views"]
    assert views["all"]["overlap"]["gold"] == 2
    assert views["all"]["overlap"]["pred"] == 3
    assert views["indirect"]["overlap"]["gold"] == 0


def test_polnear_gold_without_source_wants_no_speaker():
    doc = read_corpus("polnear", FIXTURES / "polnear")[0]
    judge = SpeakerJudge("polnear", doc)
    no_source = GoldUnit(126, 144, "indirect")
    assert judge.is_right(no_source, Pred(126, 144, "indirect"))
    assert not judge.is_right(no_source, Pred(126, 144, "indirect", speaker="Officials"))


# -- PDNC --------------------------------------------------------------------

# Gold (fixture TinyNovel): [12,31) Mr. Bennet Explicit; [51,65) Mr. Bennet Explicit;
# [69,80) Jane Anaphoric; [97,110) Jane Bennet Implicit.
PDNC_PREDICTIONS = [
    quote(11, 32, speaker="Mr. Bennet", confidence=0.7, addressee="Jane"),  # right (alias), addressee right
    quote(50, 66, speaker="Elizabeth", confidence=0.6),  # resolves to Lizzy: wrong
    quote(68, 81, speaker="she", mention=(82, 85), confidence=0.9),  # unresolved pronoun: wrong
    quote(96, 111, speaker="Miss Jane", confidence=0.1),  # most shared words → Jane Bennet: right
    quote(0, 9, "indirect", speaker="Mr. Bennet"),  # indirect: ignored on PDNC
    quote(38, 48, "term"),  # ignored
]


def pdnc_figures():
    docs = read_corpus("pdnc", FIXTURES / "pdnc")
    return score("pdnc", [(docs[0], PDNC_PREDICTIONS)]).to_dict()


def test_pdnc_quotes_all_exact_after_trimming_marks():
    overlap, exact = pdnc_figures()["views"]["all"]["overlap"], pdnc_figures()["views"]["all"]["exact"]
    assert (overlap["gold"], overlap["pred"], overlap["correct"]) == (4, 4, 4)
    assert exact["correct"] == 4


def test_pdnc_speaker_accuracy_per_quote_type():
    figures = pdnc_figures()
    assert figures["views"]["all"]["speaker_accuracy"] == {"total": 4, "correct": 2, "accuracy": 0.5}
    assert figures["speaker_by_quote_type"] == {
        "Anaphoric": {"total": 1, "correct": 0, "accuracy": 0.0},
        "Explicit": {"total": 2, "correct": 1, "accuracy": 0.5},
        "Implicit": {"total": 1, "correct": 1, "accuracy": 1.0},
    }
    attributed = figures["views"]["all"]["attributed"]
    assert (attributed["precision"], attributed["recall"], attributed["f1"]) == (0.5, 0.5, 0.5)


def test_pdnc_wrong_speaker_records_show_the_resolved_character():
    docs = read_corpus("pdnc", FIXTURES / "pdnc")
    errors = score("pdnc", [(docs[0], PDNC_PREDICTIONS)]).errors
    wrong = [(e["pred"]["speaker"], e["resolved_to"], e["no_speaker_predicted"]) for e in errors]
    assert wrong == [("Elizabeth", "Lizzy", False), ("she", None, False)]


def test_pdnc_confidence_split_and_addressees():
    figures = pdnc_figures()
    # by confidence: 0.9 wrong, 0.7 right | 0.6 wrong, 0.1 right
    assert figures["speaker_by_confidence"]["top"] == {"total": 2, "correct": 1, "accuracy": 0.5}
    assert figures["speaker_by_confidence"]["bottom"] == {"total": 2, "correct": 1, "accuracy": 0.5}
    # three matched units have gold addressees; only the first prediction names one (right)
    assert figures["addressee_accuracy"] == {"total": 3, "correct": 1, "accuracy": 0.3333}


def test_cast_resolution():
    cast = Cast(
        [
            GoldCharacter("Mr. Bennet", ("Bennet",), "M"),
            GoldCharacter("Jane Bennet", ("Jane", "Miss Bennet"), "F"),
            GoldCharacter("Lizzy", ("Elizabeth Bennet",), None),
        ]
    )
    assert cast.resolve("mr. BENNET").name == "Mr. Bennet"  # exact alias, case-insensitive
    assert cast.resolve("Bennet").name == "Mr. Bennet"  # exact alias beats shared words
    assert cast.resolve("Miss Jane").name == "Jane Bennet"  # most shared non-title words
    assert cast.resolve("Elizabeth").name == "Lizzy"
    assert cast.resolve("Old Bennet") is None  # one word shared with all three: a tie
    assert cast.resolve("she") is None


def test_pdnc_falls_back_to_mention_text():
    doc = read_corpus("pdnc", FIXTURES / "pdnc")[0]
    judge = SpeakerJudge("pdnc", doc)
    gold = doc.units[0]
    assert judge.is_right(gold, Pred(11, 32, DIRECT, speaker="the old man", mention_start=38, mention_end=48))
    assert not judge.is_right(gold, Pred(11, 32, DIRECT, speaker="the old man"))


# -- LitBank -----------------------------------------------------------------


def test_litbank_speakers():
    doc = read_corpus("litbank", FIXTURES / "litbank")[0]
    predictions = [
        quote(0, 28, speaker="John Durbeyfield", mention=(34, 44)),  # mention "her father": right
        quote(68, 78, speaker="she", mention=(83, 86)),  # gold Tess Durbeyfield: wrong
        quote(40, 60, "indirect"),  # ignored on LitBank
    ]
    figures = score("litbank", [(doc, predictions)]).to_dict()["views"]["all"]
    assert (figures["exact"]["gold"], figures["exact"]["pred"], figures["exact"]["correct"]) == (2, 2, 2)
    assert figures["speaker_accuracy"] == {"total": 2, "correct": 1, "accuracy": 0.5}
    assert figures["attributed"]["f1"] == 0.5


def test_litbank_shares_word():
    assert litbank_shares_word("Tess Durbeyfield", "Tess")
    assert not litbank_shares_word("Tess Durbeyfield", "Mr. Smith")
    assert litbank_shares_word("Uncle", "Uncle Ben")  # title-only gold name: titles count
    assert litbank_shares_word("his mother", "Mrs. Clare, his mother")
    assert litbank_shares_word("I", "I")  # pronoun-only gold name: pronouns count
    assert not litbank_shares_word("I", "he")


# -- the CLI -----------------------------------------------------------------


@pytest.fixture
def fake_engine(monkeypatch):
    """A stand-in `quoteattr` whose extract returns canned predictions by text."""
    calls = []
    canned = {
        read_corpus("polnear", FIXTURES / "polnear")[0].text: POLNEAR_PREDICTIONS,
        read_corpus("pdnc", FIXTURES / "pdnc")[0].text: PDNC_PREDICTIONS,
    }

    def extract(text, characters=None):
        calls.append(characters)
        return canned[text]

    module = NS(extract=extract, Character=lambda name, aliases=(), gender=None: (name, aliases, gender))
    monkeypatch.setitem(sys.modules, "quoteattr", module)
    return calls


def test_cli_prints_table_and_writes_json_and_errors(fake_engine, tmp_path, capsys):
    out, errors = tmp_path / "out.json", tmp_path / "errors.jsonl"
    argv = ["polnear", str(FIXTURES / "polnear"), "--json", str(out), "--errors", str(errors)]
    assert accuracy.main(argv) == 0
    printed = capsys.readouterr().out
    assert "all" in printed and "0.750" in printed and "chars/s" in printed
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["views"]["all"]["attributed"]["f1"] == 0.5
    assert data["throughput"]["chars"] == 146
    records = [json.loads(line) for line in errors.read_text(encoding="utf-8").splitlines()]
    assert sorted(r["type"] for r in records) == ["boundary", "false_positive", "missed", "wrong_speaker"]
    assert fake_engine == [None]


def test_cli_passes_the_cast_only_with_characters(fake_engine, capsys):
    accuracy.main(["pdnc", str(FIXTURES / "pdnc")])
    accuracy.main(["pdnc", str(FIXTURES / "pdnc"), "--with-characters"])
    printed = capsys.readouterr().out
    assert "Explicit" in printed and "addressee" in printed
    assert fake_engine[0] is None
    assert fake_engine[1] == [
        ("Mr. Bennet", ("Bennet",), "M"),
        ("Jane Bennet", ("Jane", "Miss Bennet"), "F"),
        ("Lizzy", ("Elizabeth Bennet",), None),
    ]


def test_cli_fails_clearly_when_the_path_holds_no_documents(tmp_path, capsys):
    assert accuracy.main(["pdnc", str(tmp_path)]) == 2
    assert "no pdnc documents under" in capsys.readouterr().err
