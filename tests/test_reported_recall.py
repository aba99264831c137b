"""Reported speech, the long tail: a held view after an attitude adjective ("were convinced that …"), a
noun-like cue after a modal ("would support …"), a weak cue with a bare clause ("suggests the plan …"),
more claim nouns ("the idea that …"), and manner-of-speaking verbs that report nothing."""

import quoteattr
from quoteattr import QuoteKind


def reports(text):
    """(content, speaker name, cue text) for every indirect or mixed quote."""
    return [
        (quote.text, quote.speaker.name if quote.speaker else None, text[quote.cue.start : quote.cue.end] if quote.cue else None)
        for quote in quoteattr.extract(text)
        if quote.kind in (QuoteKind.INDIRECT, QuoteKind.MIXED)
    ]


def test_attitude_adjective_that_clause():
    text = "After the vote, Mayor Brenner was convinced that the bridge would close before the winter."
    assert ("that the bridge would close before the winter", "Mayor Brenner", "convinced") in reports(text)


def test_attitude_adjective_after_an_adverb():
    text = "Ms. Ortiz has been acutely aware that the council may cut her budget next year."
    assert ("that the council may cut her budget next year", "Ms. Ortiz", "aware") in reports(text)


def test_attitude_adjective_about_a_noun_phrase():
    text = "The union leader Ana Ruiz is worried about the rising cost of rent in the city."
    assert ("the rising cost of rent in the city", "Ana Ruiz", "worried") in reports(text)


def test_attitude_adjective_after_to_be_holds_no_view():
    text = "There are good reasons to be skeptical about the new plan for the harbor."
    assert all(cue != "skeptical" for _, _, cue in reports(text))


def test_emotion_adjective_reports_nothing():
    text = "Mayor Brenner was happy that the bridge had finally reopened after the storm."
    assert all(cue != "happy" for _, _, cue in reports(text))


def test_noun_like_cue_after_a_modal_is_a_verb():
    text = "If elected, Ms. Ortiz would support a later start time for the city schools."
    assert ("a later start time for the city schools", "Ms. Ortiz", "support") in reports(text)


def test_noun_like_cue_after_a_determiner_stays_a_noun():
    text = "The support for the new harbor plan grew over the summer months."
    assert all(cue != "support" for _, _, cue in reports(text))


def test_offer_after_a_modal_reports_nothing():
    text = "The new harbor could offer a quiet place for the fishing boats of the town."
    assert reports(text) == []


def test_weak_cue_with_a_bare_clause():
    text = "But the memo suggests the council has no plan to reopen the bridge this year."
    assert ("the council has no plan to reopen the bridge this year", "the memo", "suggests") in reports(text)


def test_weak_cue_with_a_plain_object_reports_nothing():
    text = "The drawing shows a bridge over the river and two towers."
    assert reports(text) == []


def test_idea_that_clause():
    text = "Ms. Ortiz built her campaign on the idea that the town should sell the old harbor to a developer."
    assert ("that the town should sell the old harbor to a developer", "Ms. Ortiz", "idea") in reports(text)


def test_manner_of_speaking_verb_reports_nothing():
    text = "The crowd roared its approval when the mayor walked onto the stage."
    assert reports(text) == []


def test_title_line_with_a_full_stop_further_down():
    text = "The mayor spoke at noon.\n\nAvery Praises the Harbor Plan of the Town Council.\n\nMore followed later."
    assert reports(text) == [("the Harbor Plan of the Town Council", "Avery", "Praises")]
    # in prose a capitalised verb form stays in the name: "Nancy Rules" is a person
    assert reports("Nancy Rules said the plan was dead.") == [("the plan was dead", "Nancy Rules", "said")]


def test_state_as_a_noun_reports_nothing():
    text = "Back in 1988, Rust Belt states Indiana, Michigan and Ohio all backed the governor."
    assert reports(text) == []


def test_raising_passive_known_to():
    text = "Over the years, the old mayor was known to spend every summer at the lake."
    assert ("the old mayor was known to spend every summer at the lake", None, "known") in reports(text)


def test_said_that_with_an_aside():
    text = "He said that, if elected, he would leave such decisions to the generals."
    assert ("that, if elected, he would leave such decisions to the generals", "He", "said") in reports(text)


def test_having_said_that_is_no_report():
    assert reports("Having said that, the plan failed.") == []


def test_pushed_for():
    text = "The union pushed for a higher minimum wage in the city."
    assert ("a higher minimum wage in the city", "The union", "pushed") in reports(text)


def test_push_alone_reports_nothing():
    text = "The union pushed the cart down the street toward the city hall."
    assert reports(text) == []


def test_found_with_a_bare_clause_reports_nothing():
    text = "But the two mayors now found themselves atop a party that has moved far to the right."
    assert reports(text) == []


def test_bare_relative_pronoun_speaks():
    text = "Ruiz drew the anger of farmers who thought she was too close to the banks."
    assert ("she was too close to the banks", "who", "thought") in reports(text)


def test_bare_relative_after_a_comma():
    text = "The harbor plan was dropped by the board, which argued the cost was too high."
    assert ("the cost was too high", "which", "argued") in reports(text)


def test_bare_relative_running_into_another_cue_reports_nothing():
    text = "Among those who want a new bridge, most are planning to vote for Ruiz."
    assert all(cue != "want" for _, _, cue in reports(text))


def test_bare_relative_with_an_infinitive_reports_nothing():
    text = "He is a loud man who has often pledged to close the harbor to all boats."
    assert all(cue != "pledged" for _, _, cue in reports(text))


def test_one_word_name_object():
    text = "The governor attacked Brenner."
    assert ("Brenner", "The governor", "attacked") in reports(text)


def test_one_word_name_after_thank_reports_nothing():
    assert reports("At the meeting the mayor thanked Ortiz.") == []


def test_subject_closed_by_a_comma_speaks():
    text = "Some farmers who have sold land to the county, in town halls and letters, said the new road would ruin the valley."
    found = reports(text)
    assert [content for content, _, _ in found] == ["the new road would ruin the valley"]
    assert found[0][1].startswith("Some farmers")


def test_subject_with_an_appositive_relative_speaks():
    text = "The clerk of nearly ten years, a volunteer who asked not to be named, said she was never paid for the extra shifts."
    assert "she was never paid for the extra shifts" in [content for content, _, _ in reports(text)]


def test_clause_before_an_inverted_cue_is_the_content():
    text = "But the harbor plan is not good enough, said Tomas Vidal, a fisherman in the port."
    assert reports(text) == [("But the harbor plan is not good enough", "Tomas Vidal", "said")]


def test_capitalised_noun_that_is_a_verb_form_opens_content():
    text = "State agencies can handle the repairs on their own, they said."
    assert [content for content, _, _ in reports(text)] == ["State agencies can handle the repairs on their own"]


def test_any_cue_after_a_subject_closed_by_a_comma():
    text = "The harbor board, which keeps the records of every ship, declined to comment on the sale."
    assert "to comment on the sale" in [content for content, _, _ in reports(text)]


def test_participle_after_a_comma_is_no_subject_verb():
    text = "The new ferry, known as the Blue Star, will sail twice a day."
    assert all(cue != "known" for _, _, cue in reports(text))


def test_named_reports_its_object():
    text = "Last year the magazine named the harbor one of the cleanest ports in the country."
    assert [(content, cue) for content, _, cue in reports(text)] == [
        ("the harbor one of the cleanest ports in the country", "named")
    ]


def test_named_after_an_indefinite_noun_reports_nothing():
    text = "The ferry was sold to a firm run by a man named Tomas Vidal, who owned two hotels."
    assert all(cue != "named" for _, _, cue in reports(text))


def test_named_without_an_object_reports_nothing():
    text = "The guard, who declined to be named, said the gate was left open."
    assert ("the gate was left open", "The guard", "said") in reports(text)
    assert all(cue != "named" for _, _, cue in reports(text))


def test_named_for_reports_nothing():
    text = "The old school on the hill was named for a sea captain who drowned in the bay."
    assert all(cue != "named" for _, _, cue in reports(text))


def test_cue_after_a_comma_tagging_a_direct_quote_reports_nothing():
    text = 'He paused, and growing calmer, added, with a dry smile, "If the boat can leave at noon, I will go."'
    assert reports(text) == []


def test_four_words_before_the_subject_mention_after_the_content():
    text = "Ruiz will be rethinking how he handles the council, a source close to him said."
    assert [content for content, _, _ in reports(text)] == ["Ruiz will be rethinking how he handles the council"]


def test_time_phrase_after_an_object_is_left_out():
    text = "The governor announced her support for the harbor plan on Wednesday."
    assert [content for content, _, _ in reports(text)] == ["her support for the harbor plan"]


def test_time_phrase_inside_an_object_stays():
    text = "The mayor discussed the ferry schedule for the coming week."
    assert [content for content, _, _ in reports(text)] == ["the ferry schedule for the coming week"]


def test_gerund_subject_opens_the_content_before_the_cue():
    text = "Finding the wreck in such deep water will not be easy, the diver said."
    assert [content for content, _, _ in reports(text)] == ["Finding the wreck in such deep water will not be easy"]


def test_quote_before_a_participle_and_a_cue_is_no_report():
    text = (
        '"I cannot come, because" looking down as she spoke, fearful of her sister s smile "I expect the Ruiz '
        'family to call on me for a walk by the harbor."'
    )
    assert all(cue != "spoke" for _, _, cue in reports(text))


def test_subject_of_an_adjective_before_an_infinitive_cue_speaks():
    text = "Rural voters in the valley were slightly more likely to say that the new road would help them."
    found = reports(text)
    assert [content for content, _, _ in found] == ["that the new road would help them"]
    assert "voters" in found[0][1]


def test_adjective_before_an_infinitive_cue_after_a_name():
    text = "Mayor Brenner was quick to add that the bridge would stay open."
    assert ("that the bridge would stay open", "Mayor Brenner", "add") in reports(text)


def test_adjective_of_no_chain_reports_nothing_new():
    text = "The plan was wrong to say the least."
    assert reports(text) == []


def test_quantifier_opening_speaks():
    text = "Both think the county should repair the harbor first."
    assert reports(text) == [("the county should repair the harbor first", "Both", "think")]


def test_quantity_of_people_opening_speaks():
    text = "Only about 4 in 10 farmers in each county want a new road through the valley."
    found = reports(text)
    assert [content for content, _, _ in found] == ["a new road through the valley"]
    assert found[0][1].startswith("Only about 4 in 10 farmers")


def test_quantifier_opening_with_another_cue_is_no_subject():
    text = "Many farmers say they expect the county to repair the harbor before the winter."
    assert all(not (speaker or "").startswith("Many farmers say") for _, speaker, _ in reports(text))


def test_others_opening_speaks():
    text = "Others want a new bridge across the river before the election."
    assert reports(text) == [("a new bridge across the river before the election", "Others", "want")]


def test_subject_of_a_talking_about_cue_speaks():
    text = "On the same day, Mayor Brenner was on the radio talking about the cost of the new bridge."
    assert ("the cost of the new bridge", "Mayor Brenner", "talking") in reports(text)


def test_talking_for_is_no_talking_about_cue():
    text = "The harbor was busy with boats waiting for the tide to turn."
    assert reports(text) == []


def test_asked_about_with_no_agent_reports_with_no_speaker():
    text = "In an interview on Monday, Mayor Brenner was asked about the cost of the new bridge."
    assert reports(text) == [("the cost of the new bridge", None, "asked")]


def test_asked_on_a_day_reports_nothing():
    assert reports("He was asked on Monday.") == []


def test_bare_relative_with_a_cue_noun_after_an_article_in_the_content():
    text = "The bill named members of the harbor board, which denied any part in the attacks on the ferry."
    assert ("any part in the attacks on the ferry", "which", "denied") in reports(text)


def test_name_with_a_suffix_before_the_cue_speaks():
    text = "Judge Hollis Grant Jr. spoke of the long history of the harbor dispute."
    found = reports(text)
    assert [content for content, _, _ in found] == ["the long history of the harbor dispute"]
    assert "Grant" in found[0][1]


def test_possessive_phrase_after_a_title_with_a_period_speaks():
    text = "Mr. Oduya's new company agreed to clean up the old quarry by next year."
    assert ("to clean up the old quarry by next year", "Mr. Oduya's new company", "agreed") in reports(text)


def test_participle_cue_after_a_comma_and_an_adverb():
    text = "Mayor Brenner left the meeting early on Monday, even suggesting that the harbor board had lied."
    assert ("that the harbor board had lied", "Mayor Brenner", "suggesting") in reports(text)
