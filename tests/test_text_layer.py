"""The embedded text layer: tokens, paragraphs and sentences keep original offsets."""

from quoteattr.model import Span
from quoteattr.pipeline import annotate
from quoteattr.text.segmenter import split_paragraphs, split_sentences
from quoteattr.text.tokenizer import tokenize


def words(text):
    return [text[t.start : t.end] for t in tokenize(text)]


def sentences(text):
    doc = annotate(text)
    return [text[s.span.start : s.span.end] for s in doc.sentences]


def test_tokens_slice_the_original_text():
    text = "He said, “Don’t go to the U.S. at 3.5 p.m.” — Clinton’s aide..."
    assert words(text) == [
        "He", "said", ",", "“", "Don’t", "go", "to", "the", "U.S.", "at", "3.5", "p.m.",
        "”", "—", "Clinton", "’s", "aide", "...",
    ]  # fmt: skip


def test_tokenizer_keeps_offsets_with_crlf_and_emoji():
    text = "Hi 👋\r\nthere"
    assert [(t.start, t.end) for t in tokenize(text)] == [(0, 2), (3, 4), (6, 11)]


def test_paragraphs_split_on_blank_lines_not_wrapped_lines():
    text = "First line\nwraps here.\n\n  Second one.\n\n\n"
    spans = split_paragraphs(text)
    assert [text[s.start : s.end] for s in spans] == ["First line\nwraps here.", "Second one."]


def test_one_paragraph_per_line_without_blank_lines():
    text = "One.\nTwo.\r\nThree."
    assert [text[s.start : s.end] for s in split_paragraphs(text)] == ["One.", "Two.", "Three."]


def test_abbreviations_initials_and_decimals_do_not_end_sentences():
    text = "Mr. Smith met Dr. J. K. Rowe on Jan. 5 at 3.5 p.m. in Washington. They talked."
    assert sentences(text) == [
        "Mr. Smith met Dr. J. K. Rowe on Jan. 5 at 3.5 p.m. in Washington.",
        "They talked.",
    ]


def test_dotted_abbreviation_ends_a_sentence_only_before_an_opener():
    text = "U.S. officials met in the U.S. The talks failed."
    assert sentences(text) == ["U.S. officials met in the U.S.", "The talks failed."]


def test_quote_ending_a_sentence_and_quote_with_cue():
    text = "“I’m done. Go home,” he said. She left. “Fine.” He sighed."
    assert sentences(text) == ["“I’m done. Go home,” he said.", "She left.", "“Fine.”", "He sighed."]


def test_sentences_do_not_break_inside_a_quote():
    text = 'He said: "It is over. We lost. Nobody cares." Then he left.'
    assert sentences(text) == ['He said: "It is over. We lost. Nobody cares."', "Then he left."]


def test_ellipsis_and_question_marks():
    text = "Wait... What? No! Yes."
    assert sentences(text) == ["Wait...", "What?", "No!", "Yes."]


def test_split_sentences_respects_protected_spans():
    text = "A b. C d. E f."
    assert split_sentences(text, Span(0, len(text)), [Span(2, 9)]) == [Span(0, 9), Span(10, 14)]
