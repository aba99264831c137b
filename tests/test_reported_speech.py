"""Indirect and mixed quotes: reported speech with exact content spans.

Each pattern of issue 4 with an example written for it, then the false friends.
"""

import pytest

import quoteattr
from quoteattr import QuoteKind


def reports(text, **options):
    """(kind, content, speaker name, cue text) for every indirect or mixed quote."""
    found = []
    for quote in quoteattr.extract(text, **options):
        if quote.kind in (QuoteKind.INDIRECT, QuoteKind.MIXED):
            cue = text[quote.cue.start : quote.cue.end] if quote.cue else None
            found.append((quote.kind.value, quote.text, quote.speaker.name if quote.speaker else None, cue))
    return found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Peskov said that the talks would resume in May.",
            ("indirect", "that the talks would resume in May", "Peskov", "said"),
        ),
        (
            "Peskov said the talks would resume in May.",
            ("indirect", "the talks would resume in May", "Peskov", "said"),
        ),
        (
            "Maria Lopez says the vote is rigged.",
            ("indirect", "the vote is rigged", "Maria Lopez", "says"),
        ),
        (
            "Dmitry Peskov told reporters that the offer was not serious.",
            ("indirect", "that the offer was not serious", "Dmitry Peskov", "told"),
        ),
        (
            "Dmitry Peskov has insisted that the offer was not serious.",
            ("indirect", "that the offer was not serious", "Dmitry Peskov", "insisted"),
        ),
        (
            "Jane Smith argued on Monday that the plan would fail.",
            ("indirect", "that the plan would fail", "Jane Smith", "argued"),
        ),
    ],
)
def test_cue_then_content(text, expected):
    assert reports(text) == [expected]


def test_participle_cue_gives_the_sentence_subject():
    text = "Russia has long objected to the expansion, arguing that it threatens its security."
    assert reports(text)[-1] == ("indirect", "that it threatens its security", "Russia", "arguing")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The talks will resume in May, Peskov said.",
            ("indirect", "The talks will resume in May", "Peskov", "said"),
        ),
        (
            "The talks will resume in May, said Dmitry Peskov.",
            ("indirect", "The talks will resume in May", "Dmitry Peskov", "said"),
        ),
        (
            "The talks will resume in May, Peskov said Monday.",
            ("indirect", "The talks will resume in May", "Peskov", "said"),
        ),
    ],
)
def test_content_then_cue(text, expected):
    assert reports(text) == [expected]


def test_according_to_before_and_after():
    assert reports("According to Reuters, the talks collapsed on Friday.") == [
        ("indirect", "the talks collapsed on Friday", "Reuters", "According to")
    ]
    assert reports("The talks collapsed on Friday, according to Reuters.") == [
        ("indirect", "The talks collapsed on Friday", "Reuters", "according to")
    ]


def test_nested_source_keeps_the_inner_speaker():
    text = "Dmytro Lytvyn said the front was holding, according to Reuters."
    assert reports(text)[0][1:3] == ("the front was holding", "Dmytro Lytvyn")


def test_colon_headline():
    assert reports("Lewandowski: FBI director acted as judge and jury") == [
        ("indirect", "FBI director acted as judge and jury", "Lewandowski", ":")
    ]


def test_question_and_request():
    assert reports("Jane Smith asked whether the bridge was safe.") == [
        ("indirect", "whether the bridge was safe", "Jane Smith", "asked")
    ]
    kind, content, speaker, cue = reports("Jane Smith urged voters to stay home.")[0]
    assert (speaker, cue) == ("Jane Smith", "urged") and content.endswith("to stay home")


def test_belief_verbs_are_reports_unless_switched_off():
    text = "Jane Smith believes that the plan will fail."
    assert reports(text) == [("indirect", "that the plan will fail", "Jane Smith", "believes")]
    assert reports(text, beliefs=False) == []
    speech = "Jane Smith said that the plan will fail."
    assert reports(speech, beliefs=False) == reports(speech)


def test_belief_reports_have_lower_confidence_than_speech():
    belief = quoteattr.extract("Jane Smith believes that the plan will fail.")[0]
    speech = quoteattr.extract("Jane Smith said that the plan will fail.")[0]
    assert belief.confidence < speech.confidence


def test_content_ends_at_the_sentence_end_not_across_sentences():
    text = "Peskov said the talks would resume. Nobody believed him."
    assert reports(text)[0][1] == "the talks would resume"


def test_content_ends_before_a_new_clause():
    text = "Democrats said the bill was dead, but Republicans kept voting."
    assert reports(text)[0][1] == "the bill was dead"


def test_mixed_quote_is_one_quote_spanning_the_content():
    text = "Witkoff said “a lot of progress was made” in the talks."
    assert reports(text) == [("mixed", "“a lot of progress was made” in the talks", "Witkoff", "said")]
    assert [q.kind for q in quoteattr.extract(text)] == [QuoteKind.MIXED]


def test_mixed_quote_with_a_called_fragment():
    text = "Volodymyr Zelenskyy called the plan “dead on arrival.”"
    assert reports(text) == [("mixed", "the plan “dead on arrival.”", "Volodymyr Zelenskyy", "called")]


def test_report_subject_that_is_no_person():
    text = "The Kremlin said Monday it would not take part."
    assert reports(text) == [("indirect", "it would not take part", "The Kremlin", "said")]
    text = "The report said the factory had closed."
    assert reports(text) == [("indirect", "the factory had closed", "The report", "said")]


@pytest.mark.parametrize(
    "text",
    [
        "The said property was sold in 1990.",
        "That said, the plan failed.",
        "Having said that, the plan failed.",
        "As he said before.",
        "The plan shows a bridge over the river.",
        "The United States and Canada met.",
        "His plan was popular with voters.",
    ],
)
def test_false_friends_are_not_reports(text):
    assert reports(text) == []


def test_said_inside_a_direct_quote_is_not_a_report():
    text = "“He said the war was over,” Maria Lopez told reporters."
    quotes = quoteattr.extract(text)
    assert [(q.kind, q.speaker.name) for q in quotes] == [(QuoteKind.DIRECT, "Maria Lopez")]


def test_a_trailing_cue_of_a_direct_quote_reports_nothing_more():
    text = "“We will win,” Trump said this week on CNBC."
    assert reports(text) == []


def test_indirect_spans_slice_the_text():
    text = "Peskov said on Monday that the talks would resume, according to Tass."
    for quote in quoteattr.extract(text):
        assert text[quote.span.start : quote.span.end] == quote.text


def test_according_to_without_a_source_is_no_report():
    # Found by the property tests: "according to," with nothing before the comma crashed.
    assert reports("according to,") == []
