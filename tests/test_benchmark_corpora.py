"""Tests of the gold-corpus readers, on tiny made-up fixtures in each format.

Offsets in the fixtures were counted by hand (and are asserted here as numbers).
"""

from __future__ import annotations


from corpus_fixtures import corpus_root

from benchmarks.corpora import (
    DIRECT,
    INDIRECT,
    MIXED,
    GoldCharacter,
    GoldUnit,
    content_kind,
    litbank_entity_name,
    polnear_units,
    quoted_mask,
    read_corpus,
)

FIXTURES = corpus_root()  # tiny made-up corpora, written to a temporary folder


def _marked(text: str) -> str:
    """The text with unquoted characters replaced by ``_``, to read `quoted_mask` at a glance."""
    return "".join(c if flag else "_" for c, flag in zip(text, quoted_mask(text)))


# -- quotation-mark pairs ----------------------------------------------------


def test_quoted_mask_curly_and_straight_pairs():
    assert _marked('He said “we win” and "they lose".') == "________“we win”_____\"they lose\"_"


def test_quoted_mask_nyt_double_apostrophes():
    assert _marked("He said ''It is done'' today.") == "________''It is done''_______"


def test_quoted_mask_word_initial_single_quotes_but_not_apostrophes():
    assert _marked("Obamacare ‘crazy system’ isn’t it") == "__________‘crazy system’_________"


def test_quoted_mask_nested_pairs_keep_the_outer_pair():
    assert _marked('"A “b” c" d') == '"A “b” c"__'


def test_quoted_mask_open_quote_runs_to_end_of_paragraph():
    assert _marked("“First part\n“second.” no") == "“First part_“second.”___"


def test_content_kind():
    text = 'He said "we win" and that they would "win big" soon.'
    mask = quoted_mask(text)
    assert content_kind(text, [(8, 16)], mask) == DIRECT  # "we win"
    assert content_kind(text, [(9, 15)], mask) == DIRECT  # we win (marks outside the span)
    assert content_kind(text, [(21, 52)], mask) == MIXED  # that they would "win big" soon.
    assert content_kind(text, [(21, 36)], mask) == INDIRECT  # that they would


# -- PolNeAR -----------------------------------------------------------------


def test_polnear_reads_units_from_the_first_annotator_only():
    [doc] = read_corpus("polnear", FIXTURES / "polnear")
    assert doc.doc_id == "tiny-news"
    assert doc.characters == ()
    assert doc.units == (
        # direct, in two pieces → one unit per piece, both with Smith as speaker
        GoldUnit(0, 14, DIRECT, "Smith", 15, 20, unit_id="E1.0"),
        GoldUnit(27, 43, DIRECT, "Smith", 15, 20, unit_id="E1.1"),
        # mixed: only "very soon" is quoted
        GoldUnit(62, 108, MIXED, "The senator", 45, 56, unit_id="E2"),
        # indirect; roles listed in another order in the .ann file
        GoldUnit(126, 144, INDIRECT, "Officials", 111, 120, unit_id="E3"),
    )
    # the second annotator's file (tiny-news_z9y8.ann) has no Source for E1: not used
    assert all(unit.speaker for unit in doc.units)


def test_polnear_units_non_direct_pieces_span_first_to_last_and_content2_counts():
    text = 'Jones said that taxes would fall, adding that "nothing" changes.'
    ann = (
        "T1\tSource 0 5\tJones\n"
        "T2\tContent 11 32;41 63\tthat taxes would fall that \"nothing\" changes\n"
        "E1\tAttribution:T9 Source:T1 Content:T2\n"
        "T3\tContent 46 55\t\"nothing\"\n"
        "T4\tContent 16 21\ttaxes\n"
        "E2\tContent:T3 Content2:T4\n"
        "E3\tAttribution:T9 Source:T1\n"  # no Content: not a unit
    )
    assert polnear_units(text, ann) == [
        GoldUnit(11, 63, MIXED, "Jones", 0, 5, unit_id="E1"),
        # E2 = "nothing" + Content2 taxes: mixed (taxes is unquoted), no Source
        GoldUnit(16, 55, MIXED, None, unit_id="E2"),
    ]


# -- PDNC --------------------------------------------------------------------


def test_pdnc_one_direct_unit_per_piece_with_speaker_type_and_addressees():
    [doc] = read_corpus("pdnc", FIXTURES / "pdnc")
    assert doc.doc_id == "TinyNovel"
    assert [(u.start, u.end) for u in doc.units] == [(12, 31), (51, 65), (69, 80), (97, 110)]
    assert [doc.text[u.start : u.end] for u in doc.units] == [
        "Good morning, Jane,",
        "Is it raining?",
        "Not at all,",
        "Then we walk.",
    ]
    assert {u.kind for u in doc.units} == {DIRECT}
    assert [u.speaker for u in doc.units] == ["Mr. Bennet", "Mr. Bennet", "Jane", "Jane Bennet"]
    assert [u.quote_type for u in doc.units] == ["Explicit", "Explicit", "Anaphoric", "Implicit"]
    assert [u.addressees for u in doc.units] == [("Jane Bennet",), ("Jane Bennet",), ("Mr. Bennet",), ()]
    assert [u.unit_id for u in doc.units] == ["Q0.0", "Q0.1", "Q1.0", "Q2.0"]


def test_pdnc_characters_from_set_and_list_literals():
    [doc] = read_corpus("pdnc", FIXTURES / "pdnc")
    assert doc.characters == (
        GoldCharacter("Mr. Bennet", ("Bennet",), "M"),
        GoldCharacter("Jane Bennet", ("Jane", "Miss Bennet"), "F"),
        GoldCharacter("Lizzy", ("Elizabeth Bennet",), None),  # gender X → None
    )


# -- LitBank -----------------------------------------------------------------


def test_litbank_text_is_sentences_joined_by_a_space():
    [doc] = read_corpus("litbank", FIXTURES / "litbank")
    assert doc.doc_id == "tiny"
    assert doc.text == '" Come here , Tess . Now . " said her father . She did not move . " I will not , " she said .'


def test_litbank_offsets_with_inclusive_end_token_across_sentences():
    [doc] = read_corpus("litbank", FIXTURES / "litbank")
    assert [(u.start, u.end) for u in doc.units] == [(0, 28), (66, 82)]
    assert doc.text[0:28] == '" Come here , Tess . Now . "'  # sentence 0 token 0 .. sentence 1 token 2
    assert doc.text[66:82] == '" I will not , "'
    assert [u.speaker for u in doc.units] == ["her father", "Tess Durbeyfield"]
    assert {u.kind for u in doc.units} == {DIRECT}


def test_litbank_entity_name():
    assert litbank_entity_name("Jack_Durbeyfield-0") == "Jack Durbeyfield"
    assert litbank_entity_name("Mr__Sherlock_Holmes-12") == "Mr Sherlock Holmes"


def test_limit_reads_only_the_first_documents(tmp_path):
    for name in ("a", "b", "c"):
        (tmp_path / f"{name}_brat.txt").write_text('" Hi . "\n', encoding="utf-8")
        (tmp_path / f"{name}_brat.ann").write_text("QUOTE\tQ1\t0\t0\t0\t3\t\" Hi . \"\n", encoding="utf-8")
    docs = read_corpus("litbank", tmp_path, limit=2)
    assert [d.doc_id for d in docs] == ["a", "b"]
    assert docs[0].units == (GoldUnit(0, 8, DIRECT, None, unit_id="Q1"),)
