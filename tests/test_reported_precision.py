"""Reported speech: shapes that look like a report and are none (false friends), each with a true report
beside it that must stay."""

import quoteattr
from quoteattr import QuoteKind


def reports(text):
    """(content, speaker name, cue text) for every indirect or mixed quote."""
    found = []
    for quote in quoteattr.extract(text):
        if quote.kind in (QuoteKind.INDIRECT, QuoteKind.MIXED):
            cue = text[quote.cue.start : quote.cue.end] if quote.cue else None
            found.append((quote.text, quote.speaker.name if quote.speaker else None, cue))
    return found


def test_a_cue_with_its_own_object_closes_no_content_before_it():
    text = "After a long night of counting in the harbor town, Ana Ruiz announced her resignation."
    assert reports(text) == [("her resignation", "Ana Ruiz", "announced")]
    text = "The ferry will stop running in May, Ana Ruiz said Thursday."
    assert reports(text) == [("The ferry will stop running in May", "Ana Ruiz", "said")]
    text = "The ferry will stop running in May, Ana Ruiz told reporters."
    assert reports(text) == [("The ferry will stop running in May", "Ana Ruiz", "told")]


def test_a_time_or_place_phrase_after_a_cue_is_no_content():
    assert reports("Ana Ruiz fired back in March.") == []
    assert reports("Tomas Vega testified before the harbor board last fall.") == []
    text = "Tomas Vega recalled in 2008 that the ferry had never run on time."
    assert reports(text)[0][0] == "that the ferry had never run on time"


def test_content_never_opens_with_and():
    assert reports("Ana Ruiz faltered and flailed in her answer to the board.") == []
    text = "Tomas Vega praised and thanked the ferry crews for their work."
    assert reports(text) == [("the ferry crews for their work", "Tomas Vega", "thanked")]


def test_what_say_is_about_is_no_content():
    assert [found for found in reports("Ana Ruiz said of the ferry plan last week: “It is a waste.”") if found[2] == "said"] == []
    text = "The harbor office said about half of the ferries would stop in May."
    assert reports(text) == [("about half of the ferries would stop in May", "The harbor office", "said")]


def test_about_before_a_quantity_is_no_topic():
    assert reports("The two mayors spoke for about five minutes.") == []
    text = "Ana Ruiz spoke for an hour about the ferry plan and its costs."
    assert reports(text) == [("the ferry plan and its costs", "Ana Ruiz", "spoke")]


def test_a_thing_called_a_name_is_no_report():
    assert reports("Ana Ruiz founded a new group called Harbor Voices for Change in May.") == []
    assert reports("A reporter called it absolute chaos.") == [("it absolute chaos", "A reporter", "called")]


def test_an_adverb_inside_a_passive_cue_leaves_it_passive():
    assert reports("Ana Ruiz was mistakenly charged fees for the ferry ride.") == []
    text = "It was widely reported that the ferry would stop in May."
    assert reports(text) == [("that the ferry would stop in May", None, "reported")]


def test_a_clickbait_label_before_a_colon_names_no_speaker():
    assert reports("REVEALED: The Ferry Plan Costs More Than Anyone Thought\n\nThe board met.") == []
    assert reports("Ruiz: The Ferry Plan Costs More Than Anyone Thought\n\nThe board met.")[0][1] == "Ruiz"


def test_a_colon_source_needs_a_clause():
    assert reports("Ruiz: Finish second\n\nVega: Hold on\n\nThe board met.") == []
    assert reports("Ruiz: The ferry must run all winter\n\nThe board met.") == [
        ("The ferry must run all winter", "Ruiz", ":")
    ]


def test_a_name_after_a_transitive_cue_is_its_object():
    text = "Tomas Vega, the longtime harbor master of the county, endorsed Ana Ruiz last week."
    assert reports(text) == [("Ana Ruiz", "Tomas Vega", "endorsed")]
    text = "The ferry will stop running in May, wrote Ana Ruiz."
    assert reports(text) == [("The ferry will stop running in May", "Ana Ruiz", "wrote")]


def test_a_cue_that_tags_the_quote_after_it_reports_nothing_before_it():
    text = "In a speech at the harbor last July, Ana Ruiz said: “The ferry will run all winter.”"
    assert reports(text) == []
    text = "Holding open the harbor report, Ana Ruiz said, “The ferry will run all winter.”"
    assert reports(text) == []
    text = "The ferry will stop running in May, Ana Ruiz said, “and nobody asked us.”"
    assert reports(text)[0][1:] == ("Ana Ruiz", "said")


def test_words_after_a_passive_agent_are_content_only_as_a_clause():
    # "praised" reports nothing; "who want it soon" is the relative's own report (see _bare_relative)
    text = "The ferry plan was praised by Ana Ruiz supporters across the county, who want it soon."
    assert all(cue != "praised" for _, _, cue in reports(text))
    text = "Tomas Vega was asked by Ana Ruiz whether the ferry would run in May."
    assert reports(text) == [("whether the ferry would run in May", "Ana Ruiz", "asked")]


def test_a_noun_like_cue_after_a_participle_is_a_noun():
    assert reports("Ana Ruiz scrapped plans to attend the harbor board meeting in May.") == []
    text = "Ana Ruiz plans to attend the harbor board meeting in May."
    assert reports(text) == [("to attend the harbor board meeting in May", "Ana Ruiz", "plans")]
