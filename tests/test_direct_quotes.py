"""Direct quotes: quotation marks paired the way real text uses them."""

import quoteattr
from quoteattr import QuoteKind


def texts(text, **options):
    return [q.text for q in quoteattr.extract(text, **options) if q.kind is QuoteKind.DIRECT]


def test_curly_and_straight_double_quotes():
    text = '“We will win,” she said. He replied: "Not this year."'
    assert texts(text) == ["“We will win,”", '"Not this year."']


def test_spans_slice_the_text_and_include_the_marks():
    text = 'Intro.\n\n"One," he said, "two."'
    for quote in quoteattr.extract(text):
        assert text[quote.span.start : quote.span.end] == quote.text
        assert quote.text[0] == '"' and quote.text[-1] == '"'


def test_a_quote_interrupted_by_a_cue_is_two_quotes():
    assert texts('"One thing," he said, "and another."') == ['"One thing,"', '"and another."']


def test_single_quote_dialogue_is_told_apart_from_apostrophes():
    text = "‘I don’t know,’ said Anne, ‘whether the Joneses’ dog bit him in the ’90s.’"
    assert texts(text) == ["‘I don’t know,’", "‘whether the Joneses’ dog bit him in the ’90s.’"]


def test_straight_single_quote_dialogue():
    text = "'You can't be serious,' said Tom. 'It's 'em again.'"
    assert texts(text) == ["'You can't be serious,'", "'It's 'em again.'"]


def test_nyt_doubled_apostrophes():
    text = "''We are not going anywhere,'' Mr. Reid said."
    assert texts(text) == ["''We are not going anywhere,''"]


def test_guillemets_and_german_quotes():
    text = "«Bonjour, monsieur,» dit-il. „Guten Tag, mein Herr“, sagte sie."
    assert texts(text) == ["«Bonjour, monsieur,»", "„Guten Tag, mein Herr“"]


def test_nested_quote_is_part_of_the_outer_quote():
    text = "“He told me ‘never again’ and walked out,” she said."
    assert texts(text) == ["“He told me ‘never again’ and walked out,”"]


def test_quote_running_across_paragraphs():
    text = "“This is the first part of a long speech.\n\n“And this is the second,” he said."
    assert texts(text) == ["“This is the first part of a long speech.", "“And this is the second,”"]


def test_stray_mark_does_not_swallow_the_next_paragraph():
    text = 'He said "no to everything.\n\nThe next paragraph is narration. "Yes," she said.'
    assert texts(text) == ['"no to everything.', '"Yes,"']


def test_a_quote_left_open_at_the_end_of_a_long_line_stops_there():
    # Lines are paragraphs here (one is longer than hard-wrapping allows) though blank lines part others.
    text = (
        "Intro.\n\n"
        "“The roads were closed for three days and nobody in the town could get to work on time,” Ms. Hale said. "
        "“We waited for help.\n"
        "“Nobody came,” she said.\n\nEnd."
    )
    assert texts(text) == [
        "“The roads were closed for three days and nobody in the town could get to work on time,”",
        "“We waited for help.",
        "“Nobody came,”",
    ]


def test_scare_quotes_and_titles_are_terms_not_speech():
    text = (
        "The so-called “special military operation” dragged on in Ukraine. "
        "His book, ''Make Your Kid a Millionaire,'' sold well."
    )
    assert texts(text) == []
    terms = [q for q in quoteattr.extract(text, include_terms=True)]
    assert [q.text for q in terms] == ["“special military operation”", "''Make Your Kid a Millionaire,''"]
    assert all(q.kind is QuoteKind.TERM for q in terms)


def test_short_quote_after_a_said_verb_is_speech():
    assert texts('He said "no" and left.') == ['"no"']


def test_one_word_dialogue_line_is_speech():
    assert texts('"No."\n\n"Yes," said she.') == ['"No."', '"Yes,"']


def test_unbalanced_marks_never_crash():
    for text in ['"', "''", '“”“', '" " "', "‘’’’", "«", 'a"b"c"d', "\"\n\n\"\n"]:
        for quote in quoteattr.extract(text):
            assert text[quote.span.start : quote.span.end] == quote.text


def test_tokenized_text_with_spaced_apostrophes_keeps_its_quotes():
    text = "A man ’s voice said : “ I beg your pardon . ” She turned . “ Yes ? ” “ Do n’t go . ”"
    assert texts(text) == ["“ I beg your pardon . ”", "“ Yes ? ”", "“ Do n’t go . ”"]


def test_an_unclosed_single_mark_does_not_hide_double_quotes():
    text = "He read the ’twas-poem. “Stay,” she said. ‘Oh no, I won’t."
    assert "“Stay,”" in texts(text)


def test_a_quote_opening_a_line_after_a_long_line_is_speech():
    # Reader comments one per line, each signed after a dash, in one blank-line paragraph.
    text = (
        "Readers wrote in.\n\n"
        "“The debate showed us nothing new about either of them tonight, sadly.” ― Ana Ruiz, a teacher in Ohio\n"
        "“I am tired of it.” ― Tom Baker\n\nEnd."
    )
    assert texts(text) == [
        "“The debate showed us nothing new about either of them tonight, sadly.”",
        "“I am tired of it.”",
    ]


def test_a_line_break_in_hard_wrapped_text_is_only_a_space():
    text = "Intro.\n\nHe read the bill twice over in his office and then he called the plan\n“dead on arrival” today.\n\nEnd."
    assert texts(text) == []


def test_a_capitalised_sentence_after_a_sentence_end_or_colon_is_speech():
    text = "''We are not a burden,'' the president added. ''We're America.''"
    assert texts(text) == ["''We are not a burden,''", "''We're America.''"]
    assert texts("Warren Tells Bank CEO: ‘You Should Resign.’") == ["‘You Should Resign.’"]
    assert texts("His memoir, ''Make Your Kid a Millionaire,'' sold well.") == []


def test_a_quoted_section_heading_alone_on_its_line_is_a_term():
    text = (
        "The mayor said the storm was bad and the flood was worse, and all bets were off.\n\n"
        "'All Bets Are Off.'\n\n"
        "The rest of the story follows."
    )
    assert texts(text) == []
    assert [q.kind for q in quoteattr.extract(text, include_terms=True) if q.text.startswith("'")] == [QuoteKind.TERM]


def test_a_line_of_dialogue_in_title_case_is_still_speech():
    text = "He knocked.\n\n“Here's Mr. Beebe.”\n\n“Evening, Mr. Bast.”\n\n“Yes. Come On In.”"
    assert texts(text) == ["“Here's Mr. Beebe.”", "“Evening, Mr. Bast.”", "“Yes. Come On In.”"]


def test_a_bracketed_stage_direction_in_quotes_is_a_term():
    text = 'He spoke.\n\n"(CROSSTALK.)\n\n"WALLACE: If I may, sir.\n\n"[Applause]"\n\nEnd.'
    found = [(q.kind, q.text) for q in quoteattr.extract(text, include_terms=True)]
    assert found == [
        (QuoteKind.TERM, '"(CROSSTALK.)'),
        (QuoteKind.DIRECT, "If I may, sir."),
        (QuoteKind.TERM, '"[Applause]"'),
    ]


def test_a_line_alone_in_single_marks_among_double_marked_quotes_is_a_heading():
    text = (
        "''We had no choice,'' the owner said of the move.\n\n"
        "'A long road back.'\n\n"
        "The plant reopened in May."
    )
    assert texts(text) == ["''We had no choice,''"]


def test_dialogue_in_single_marks_stays_speech():
    text = "She turned round.\n\n'A long road back.'\n\n'Yes, and a wet one,' said Tom."
    assert texts(text) == ["'A long road back.'", "'Yes, and a wet one,'"]


def test_a_quoted_headline_with_an_outlet_byline_is_a_term():
    text = "LINKS—\"Old theater to close after sixty years,\" by the Daily Post's Ana Ruiz. More below."
    assert texts(text) == []
    text = "LINKS—\"Old theater to close,\" by the Daily Post's Ana Ruiz: \"The theater will shut its doors.\" More."
    assert texts(text) == []


def test_a_quote_before_by_without_an_outlet_is_speech():
    text = "\"We will win,\" by all accounts, was what Ruiz said."
    assert texts(text) == ["\"We will win,\""]
