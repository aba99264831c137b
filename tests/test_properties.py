"""Properties that hold for any input: never raise, spans in bounds, deterministic."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import quoteattr
from quoteattr import QuoteKind

#: Text made of the characters that trouble quote finders: every kind of quotation
#: mark, apostrophes, line breaks (also \r\n), control and combining characters,
#: emoji, punctuation, capitals and a few real words.
MARKS = list("\"'“”‘’«»„‹›`") + ["''", "``"]
PIECES = MARKS + [
    " ", "\n", "\n\n", "\r\n", "\t", "\x00", "\x1b", "\u0301", "\u200b", "👋🏽", ".", ",", "!",
    "?", ":", "—", "said", "says", "he", "she", "Peskov", "Mr.", "Jane Smith", "that", "according to",
    "the", "plan", "U.S.", "(", ")",
]  # fmt: skip
messy_text = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=5)), max_size=60).map("".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(messy_text)
def test_extract_never_raises_and_spans_slice_the_text(text):
    quotes = quoteattr.extract(text, include_terms=True)
    for quote in quotes:
        assert 0 <= quote.span.start <= quote.span.end <= len(text)
        assert text[quote.span.start : quote.span.end] == quote.text
        assert 0.0 <= quote.confidence <= 1.0
        if quote.speaker is not None and quote.speaker.mention is not None:
            assert 0 <= quote.speaker.mention.start <= quote.speaker.mention.end <= len(text)
        if quote.cue is not None:
            assert 0 <= quote.cue.start <= quote.cue.end <= len(text)
    starts = [quote.span.start for quote in quotes]
    assert starts == sorted(starts)


@settings(max_examples=200, deadline=None)
@given(messy_text)
def test_direct_quotes_do_not_overlap(text):
    direct = [q.span for q in quoteattr.extract(text) if q.kind is QuoteKind.DIRECT]
    for first, second in zip(direct, direct[1:]):
        assert first.end <= second.start


@settings(max_examples=100, deadline=None)
@given(messy_text)
def test_output_is_deterministic(text):
    assert quoteattr.extract(text) == quoteattr.extract(text)


@settings(max_examples=100, deadline=None)
@given(st.text())
def test_any_unicode_string_is_accepted(text):
    for quote in quoteattr.extract(text):
        assert text[quote.span.start : quote.span.end] == quote.text


@pytest.mark.parametrize("value", [b"\xe2\x80\x9cHi\xe2\x80\x9d", bytearray(b"x"), None, 42, ["a"]])
def test_non_text_input_is_a_type_error_that_says_what_to_do(value):
    with pytest.raises(TypeError, match="expects text as str"):
        quoteattr.extract(value)


def test_bytes_error_suggests_decoding():
    with pytest.raises(TypeError, match=r"decode"):
        quoteattr.extract(b"said")


MEGABYTE = 1_000_000


@pytest.mark.parametrize(
    "name, text",
    [
        ("100k quote marks", '"' * 100_000 + " word" * 180_000),
        ("one 1 MB word", "a" * MEGABYTE),
        ("10k nested quotes", "“‘" * 10_000 + "deep" + "’”" * 10_000),
        ("1 MB without a sentence end", "he said that the plan " * (MEGABYTE // 22)),
        ("100k stray curly marks", "“ a ” b ’ c ‘ " * 12_500),
    ],
)
def test_adversarial_megabyte_inputs_complete_correctly(name, text):
    quotes = quoteattr.extract(text)
    for quote in quotes:
        assert text[quote.span.start : quote.span.end] == quote.text
    if name == "10k nested quotes":
        assert [q.text for q in quotes] == [text]  # one outer quote, the rest nested inside it
    if name == "one 1 MB word":
        assert quotes == []
