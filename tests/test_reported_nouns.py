"""Reported speech: a noun's that-clause ("Trump's suggestion that …"), poll shares ("47 percent said …"), interview turns."""

import pytest

import quoteattr
from quoteattr import QuoteKind
from quoteattr.quotes.reported import POLL_SHARE


def reports(text):
    """(content, speaker name, cue text) for every indirect quote."""
    return [
        (quote.text, quote.speaker.name if quote.speaker else None, text[quote.cue.start : quote.cue.end] if quote.cue else None)
        for quote in quoteattr.extract(text)
        if quote.kind in (QuoteKind.INDIRECT, QuoteKind.MIXED)
    ]


def test_owner_speaks():
    text = "Republicans distanced themselves from Senator Walsh's suggestion that the mayor cannot be trusted with the budget."
    assert ("that the mayor cannot be trusted with the budget", "Senator Walsh", "suggestion") in reports(text)


def test_possessive_pronoun_is_the_person_before():
    text = "Mayor Brenner stood on Friday by his warning that the bridge will close for repairs next spring."
    assert ("that the bridge will close for repairs next spring", "Mayor Brenner", "warning") in reports(text)


def test_dash_closes_the_content():
    text = "After the debate, including Ms. Ortiz's statement that the council had lied to voters - the chair resigned."
    assert ("that the council had lied to voters", "Ms. Ortiz", "statement") in reports(text)


def test_noun_outside_the_list_reports_nothing():
    text = "The fact that the bridge will close for repairs next spring upset the residents of the town."
    assert all(cue != "fact" for _, _, cue in reports(text))


def test_relative_that_needs_a_clause_subject():
    text = "Ms. Ortiz withdrew the statement that was published on the council website last week."
    assert all(cue != "statement" for _, _, cue in reports(text))


def test_poll_share_says():
    text = "Around that time, 47 percent said they would vote for the incumbent mayor."
    assert ("they would vote for the incumbent mayor", "47 percent", "said") in reports(text)


@pytest.mark.parametrize("text", ["47 percent of Republicans said the economy", "Two-thirds of voters say the country"])
def test_poll_share_pattern_takes_the_group_after_of(text):
    """The "of GROUP" part may not be possessive: it must give back the words it tried."""
    match = POLL_SHARE.search(text)
    assert match is not None and match.group("cue") in ("said", "say")


def test_poll_share_would_vote_for_a_name():
    text = "Among Democrats, 56 percent would vote for Ortiz for mayor. Thirty-seven percent would vote for Brenner, a banker."
    found = reports(text)
    assert ("Ortiz", "56 percent", "would vote for") in found
    assert ("Brenner", "Thirty-seven percent", "would vote for") in found


def test_share_as_a_noun_modifier_reports_nothing():
    text = "Ortiz has 45 percent support among older voters in the latest survey of the city."
    assert reports(text) == []


def test_interview_turn_label_is_no_speaker():
    text = "Q: What happens to the bridge now?\n\nA: I think the council will close it for repairs next spring."
    found = reports(text)
    assert all(speaker not in ("A", "Q") for _, speaker, _ in found)
    assert ("the council will close it for repairs next spring", "I", "think") in found
