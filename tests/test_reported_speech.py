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


def test_according_to_between_two_coordinated_clauses_reports_both():
    text = "The ferry carried 900 people in May, according to the port office, and the bridge carried twice as many."
    assert reports(text) == [
        (
            "indirect",
            "The ferry carried 900 people in May, according to the port office, and the bridge carried twice as many",
            "the port office",
            "according to",
        )
    ]


def test_according_to_after_an_opening_phrase_or_before_a_verb_reports_the_whole_clause():
    text = "Since the spring floods, according to the port office, the ferry has carried twice as many cars."
    assert reports(text) == [
        (
            "indirect",
            "Since the spring floods, according to the port office, the ferry has carried twice as many cars",
            "the port office",
            "according to",
        )
    ]
    text = "Missing from the harbor plan, according to the port office, was any word about the old pier."
    assert reports(text)[0][1] == "Missing from the harbor plan, according to the port office, was any word about the old pier"
    # A clause before the source stands alone: what follows it is the writer's.
    text = "The ferry carried 900 people in May, according to the port office, making it the busiest month."
    assert reports(text)[0][1] == "The ferry carried 900 people in May"


def test_a_second_that_clause_after_and_stays_in_the_content():
    text = "Officials said that the odds of a flood were very low, and that residents should worry more about fires."
    assert reports(text)[0][1] == (
        "that the odds of a flood were very low, and that residents should worry more about fires"
    )
    text = "Avery argued that any clerk should have known the rules, and that the emails she sent were less secure."
    assert reports(text)[0][1] == "that any clerk should have known the rules, and that the emails she sent were less secure"
    # A new subject after "and" still opens a report of its own.
    text = "Officials said that the odds of a flood were very low, and residents said they would stay."
    assert [found[1] for found in reports(text)] == ["that the odds of a flood were very low", "they would stay"]


def test_according_to_over_a_nested_report_is_the_sources_report():
    """PolNeAR annotates the outer report only (train: 38 times, the nested one never)."""
    text = "Dmytro Lytvyn said the front was holding, according to Reuters."
    assert [r[1:3] for r in reports(text)] == [("Dmytro Lytvyn said the front was holding", "Reuters")]


def test_a_nested_report_that_ends_before_according_to_stays():
    text = "Ruiz says the ferry is late, which cost the town a fortune last year, according to Reuters."
    assert [r[1:3] for r in reports(text)] == [
        ("Ruiz says the ferry is late, which cost the town a fortune last year", "Reuters"),
        ("the ferry is late", "Ruiz"),
    ]


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


def test_a_quote_with_its_own_cue_is_not_absorbed_by_an_earlier_report():
    text = "Asked to explain the delay, Mayor Ruth Diaz said, “We are not going to get into that.”"
    quotes = quoteattr.extract(text)
    assert [(q.kind, q.text) for q in quotes if q.kind is not QuoteKind.INDIRECT] == [
        (QuoteKind.DIRECT, "“We are not going to get into that.”")
    ]
    assert quotes[-1].speaker.name == "Ruth Diaz"
    text = "She begged him to stay in the car and repeatedly says, “Please do not move.”"
    assert [q.text for q in quoteattr.extract(text) if q.kind is QuoteKind.DIRECT] == ["“Please do not move.”"]


def test_content_still_runs_into_a_quote_without_a_cue_of_its_own():
    text = "Obama said, a majority of Americans now say “we must act.”"
    assert [q.kind for q in quoteattr.extract(text)] == [QuoteKind.MIXED]


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


def test_according_to_without_a_source_does_not_crash():
    for text in ["according to,", "According to, the talks stalled again.", "According to ,x"]:
        for quote in quoteattr.extract(text):
            assert text[quote.span.start : quote.span.end] == quote.text


def test_a_quote_after_a_told_object_and_time_stands_on_its_own():
    text = "Limbaugh told his radio audience on Monday, “What happened is simple. They sent orders.”"
    quotes = quoteattr.extract(text)
    assert [(q.kind, q.text) for q in quotes] == [
        (QuoteKind.DIRECT, "“What happened is simple. They sent orders.”")
    ]


def test_a_named_fragment_after_a_comma_stays_mixed():
    text = "Critics called them in an article last week, ''Manchurian anchors''"
    assert [q.kind for q in quoteattr.extract(text)] == [QuoteKind.MIXED]


def test_a_manner_adverb_between_cue_and_that():
    text = "Tom Hale complained bitterly that the rules were unfair to small farms."
    assert reports(text)[0][:2] == ("indirect", "that the rules were unfair to small farms")
def test_progressive_cue_finds_the_subject_before_be():
    text = "Senator Ana Ruiz is promising to cut the fees for every student."
    assert reports(text) == [("indirect", "to cut the fees for every student", "Ana Ruiz", "promising")]


def test_relative_clause_cue_keeps_the_name_and_points_at_the_pronoun():
    text = "Marta Silva, who runs the clinic, said the waiting list had doubled since spring."
    (quote,) = [q for q in quoteattr.extract(text) if q.kind is QuoteKind.INDIRECT]
    assert quote.text == "the waiting list had doubled since spring"
    assert quote.speaker.name == "Marta Silva"
    text = "Marta Silva, who has run the clinic since 2010, says the waiting list has doubled."
    (quote,) = [q for q in quoteattr.extract(text) if q.kind is QuoteKind.INDIRECT]
    assert quote.speaker.name == "Marta Silva"
    text = "The list is long for Marta Silva, who argued that the clinic needs more nurses."
    (quote,) = [q for q in quoteattr.extract(text) if q.kind is QuoteKind.INDIRECT]
    assert quote.text == "that the clinic needs more nurses"
    assert quote.speaker.name == "Marta Silva"
    assert text[quote.speaker.mention.start : quote.speaker.mention.end] == "who"


def test_subject_before_several_appositions():
    text = "Tom Avery, 52, a welder from Dayton, said the plant would reopen next spring."
    assert reports(text) == [("indirect", "the plant would reopen next spring", "Tom Avery", "said")]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Lee said the budget was too small; the council rejected it a week later.",
            "the budget was too small",
        ),
        (
            "Lee said the budget was too small, pointing to the cuts made in March.",
            "the budget was too small",
        ),
        (
            "Lee said the budget was too small, including the money for schools.",
            "the budget was too small, including the money for schools",
        ),
    ],
)
def test_content_ends_at_a_semicolon_or_a_participle(text, content):
    assert reports(text)[0][1] == content


def test_a_that_clause_goes_on_past_while_and_other_content_ends_there():
    text = "A harbor survey found that 48 percent of riders backed the ferry plan, while 30 percent opposed it."
    assert reports(text)[0][1] == "that 48 percent of riders backed the ferry plan, while 30 percent opposed it"
    text = "Ruiz said the pier was safe for bikes, while the mayor stayed home."
    assert reports(text)[0][1] == "the pier was safe for bikes"
    text = "Ruiz said that the pier was safe for bikes, but the mayor stayed home."
    assert reports(text)[0][1] == "that the pier was safe for bikes"


def test_a_second_report_joined_by_and_ends_the_first():
    text = "Ms. Vega said the bridge would close in June, and local officials said the detour was ready."
    assert [(r[1], r[2]) for r in reports(text)] == [
        ("the bridge would close in June", "Ms. Vega"),
        ("the detour was ready", "officials"),
    ]


def test_noun_like_cue_with_a_complement_is_a_verb():
    text = "The small union plans to back the mayor in the autumn race."
    assert reports(text) == [("indirect", "to back the mayor in the autumn race", "The small union", "plans")]
    assert reports("His plans to rebuild the pier were popular.") == []


def test_an_opening_question_is_the_askers():
    text = "Asked whether the ferry was safe, the captain said nothing at all."
    assert reports(text)[0] == ("indirect", "whether the ferry was safe", None, "Asked")
    text = "Asked by Dana Holt whether the ferry was safe, the captain said nothing at all."
    assert reports(text)[0] == ("indirect", "whether the ferry was safe", "Dana Holt", "Asked")


def test_phrasal_cues_count_only_with_their_particle():
    text = "Ms. Ortiz pointed to the rising cost of rent in the city."
    assert reports(text) == [("indirect", "the rising cost of rent in the city", "Ms. Ortiz", "pointed")]
    assert reports("At one point the whole crowd left the hall early.") == []
    assert reports("The nurse pointed the way to the new ward upstairs.") == []


def test_dialogue_verbs_tag_direct_quotes_but_report_nothing():
    assert reports("The senator continued to work on the new road in May.") == []
    assert reports("Prices began to rise sharply after the vote.") == []
    quotes = quoteattr.extract("“It is late,” Anna Berg continued.")
    assert [(q.kind, q.speaker.name) for q in quotes] == [(QuoteKind.DIRECT, "Anna Berg")]


def test_speak_reports_only_through_its_particle():
    assert reports("The governor spoke at a packed rally in the capital on Sunday.") == []
    text = "The governor spoke about the new tax on imported steel."
    assert reports(text) == [("indirect", "the new tax on imported steel", "The governor", "spoke")]


def test_a_poll_shows_its_findings_without_that():
    text = "The latest county poll shows the mayor leading by nine points."
    assert reports(text) == [("indirect", "the mayor leading by nine points", "The latest county poll", "shows")]
    assert reports("The map shows a road along the northern shore.") == []


def test_a_second_cue_joined_by_and_starts_a_new_report():
    text = "Mr. Ward said the port needed new cranes and warned that the harbor was silting up."
    assert [r[1] for r in reports(text)] == ["the port needed new cranes", "that the harbor was silting up"]
    text = "Rita Moss, who says the port needs new cranes, warned that the harbor was silting up."
    assert [r[1] for r in reports(text)] == ["the port needs new cranes", "that the harbor was silting up"]


@pytest.mark.parametrize(
    ("text", "first"),
    [
        # a pronoun, auxiliaries or adverbs between "and" and the second cue
        ("Ms. Vega praised the new ferry schedule and she warned that the pier was unsafe.", "the new ferry schedule"),
        ("Ms. Vega criticized the harbor plan and has repeatedly warned that the pier was unsafe.", "the harbor plan"),
        ("Ms. Vega praised the harbor plan but did not suggest that it would pass.", "the harbor plan"),
        # any subject after ", and"; a named subject after a bare "and"
        ("Ms. Vega said the pier was unsafe, and most local officials agreed that it should close.", "the pier was unsafe"),
        ("Ms. Vega said the pier was unsafe and Mr. Ward warned that it should close.", "the pier was unsafe"),
    ],
)
def test_a_second_cue_a_few_words_after_and_ends_the_first_report(text, first):
    assert reports(text)[0][1] == first


def test_two_names_joined_by_and_stay_in_the_content():
    text = "The clerk asked what Vega and Ruiz said about the pier budget."
    assert reports(text)[0][1] == "what Vega and Ruiz said about the pier budget"


def test_a_verb_a_few_words_after_and_inside_the_content_keeps_it_going():
    # the words after "and" are no subject of a cue: "the ferry" is no pronoun, no name, no comma before it
    text = "Ms. Vega said the pier was unsafe and the ferry noted for its delays would stop."
    assert reports(text)[0][1] == "the pier was unsafe and the ferry noted for its delays would stop"
    # the base form "say" is no cue here
    text = "Ms. Vega said the pier was unsafe and they say nothing about it."
    assert reports(text)[0][1] == "the pier was unsafe and they say nothing about it"


def test_a_clause_break_ends_a_two_word_object():
    assert reports("Ms. Vega criticized the plan, pointing to its cost.")[0][1] == "the plan"
    assert reports("Ms. Vega criticized the plan; the mayor was silent.")[0][1] == "the plan"


def test_an_endorsed_person_is_the_whole_content():
    text = "The vote was close. The union endorsed Maria Lopez in December, weeks before the primary."
    assert reports(text)[0][1] == "Maria Lopez"
    assert reports("The vote was close. Ms. Vega opposed him during the long debate.")[0][1] == "him"
    # a name that opens a longer object stays whole
    text = "The vote was close. The union endorsed Maria Lopez's plan for the harbor."
    assert reports(text)[0][1] == "Maria Lopez's plan for the harbor"


def test_but_that_goes_on_with_the_content():
    text = "Ms. Vega said that the pier was safe, but that the ferry needed repairs."
    assert reports(text)[0][1] == "that the pier was safe, but that the ferry needed repairs"
    text = "Ms. Vega said that the pier was safe, but the mayor disagreed."
    assert reports(text)[0][1] == "that the pier was safe"


def test_a_dash_aside_does_not_end_the_content():
    text = "Ms. Vega said the old ferry — a relic of the war — would stop running in May."
    assert reports(text)[0][1] == "the old ferry — a relic of the war — would stop running in May"
    text = "Ms. Vega said the old ferry would stop running — the mayor was silent."
    assert reports(text)[0][1] == "the old ferry would stop running"


def test_an_opening_clause_a_few_words_in_ends_at_its_comma():
    text = "Two days after Ms. Vega said that the pier was unsafe, the mayor closed it for the winter."
    assert reports(text)[0][1] == "that the pier was unsafe"
    text = "Having announced that the pier was unsafe, Ms. Vega closed it for the winter."
    assert reports(text)[0][1] == "that the pier was unsafe"


def test_an_appositive_after_a_named_object_is_left_out():
    text = "The vote was close. Ms. Vega praised Tomas Ruiz, the new harbor master."
    assert reports(text)[0][1] == "Tomas Ruiz"
    # not after a common noun, nor before more content
    text = "The vote was close. Ms. Vega praised the plan, a bold idea."
    assert reports(text)[0][1] == "the plan, a bold idea"
    text = "The vote was close. Ms. Vega praised Tomas Ruiz, the new harbor master, for his work."
    assert reports(text)[0][1] == "Tomas Ruiz, the new harbor master, for his work"


def test_but_after_a_quoted_comma_or_yet_ends_the_content():
    text = "The vote was close. Ms. Vega said the plan was “a disaster,” but the mayor was silent."
    assert reports(text)[0][1] == "the plan was “a disaster,”"
    text = "The vote was close. Ms. Vega said the plan was sound, yet the mayor was silent."
    assert reports(text)[0][1] == "the plan was sound"


def test_a_summing_up_appositive_ends_the_content():
    text = "The vote was close. Ms. Vega said the pier was unsafe, a clear sign of trouble for the mayor."
    assert reports(text)[0][1] == "the pier was unsafe"
    text = "The vote was close. Ms. Vega said the town needs a new pier, a bridge and a school."
    assert reports(text)[0][1] == "the town needs a new pier, a bridge and a school"


def test_a_long_trailing_cue_ends_the_content():
    text = (
        "The vote was close. Ms. Vega warned that the old pier was unsafe, the county harbor master Tomas Ruiz"
        " said at a packed meeting in the town hall on Monday."
    )
    assert reports(text)[0][1:3] == ("that the old pier was unsafe", "Ms. Vega")


def test_during_is_no_participle_that_ends_the_content():
    text = "The vote was close. Ms. Vega said the pier was unsafe, during a long meeting on Monday."
    assert reports(text)[0][1] == "the pier was unsafe, during a long meeting on Monday"


def test_newsroom_labels_are_no_colon_sources():
    assert reports("The Latest: Ruiz wins the county vote by a wide margin") == []
    assert reports("Contributing: Dana Holt and Sam Okafor in Dayton") == []
    found = reports("Ruiz: The county vote was stolen from us")
    assert [(r[1], r[2]) for r in found] == [("The county vote was stolen from us", "Ruiz")]


def test_subject_found_across_time_phrases_and_quantifiers():
    text = "Rita Moss, the party chair, this past week announced that the vote would move to May."
    assert reports(text)[0][2] == "Rita Moss"
    text = "Rita Moss and Tom Avery have both argued that the vote should move to May."
    assert reports(text)[0][2] is not None and "Tom Avery" in reports(text)[0][2]


def test_records_show_closes_the_content():
    text = "The mayor spent twice the budget on the new stadium last year, records show."
    assert reports(text) == [
        ("indirect", "The mayor spent twice the budget on the new stadium last year", "records", "show")
    ]


def test_subject_found_across_a_sentence_adverb():
    text = "Local farmers, however, say the new dam will flood their fields."
    assert reports(text) == [("indirect", "the new dam will flood their fields", "farmers", "say")]


def test_a_two_word_object_is_content_after_its_cue():
    assert reports("The union endorsed Maria Lopez.") == [("indirect", "Maria Lopez", "The union", "endorsed")]
    assert reports("As he said before.") == []


def test_a_person_suggests_without_that():
    text = "Maria Lopez suggested the council vote again in June."
    assert reports(text) == [("indirect", "the council vote again in June", "Maria Lopez", "suggested")]
    assert reports("The timing suggested a rushed decision by the board.") == []
    text = "A survey of 800 voters released Monday shows the mayor ahead by nine points."
    assert reports(text)[0][1] == "the mayor ahead by nine points"


def test_raising_verbs_report_the_writers_judgement():
    text = "The vote was close, but the new plan seemed doomed from the start."
    assert reports(text) == [("indirect", "the new plan seemed doomed from the start", None, "seemed")]
    assert reports("Maria Lopez appeared on the evening news on Monday.") == []
    assert reports("The new plan seemed doomed from the start.", beliefs=False) == []
    text = "The county board is reportedly building a new dam on the river."
    assert reports(text) == [("indirect", text[:-1], None, "reportedly")]


def test_a_name_in_apposition_before_the_cue_is_the_subject():
    text = "The state's attorney general, Pam Ortiz, vowed that the agency would appeal."
    assert reports(text) == [("indirect", "that the agency would appeal", "Pam Ortiz", "vowed")]


def test_content_ends_after_a_quoted_fragment_closed_by_a_comma():
    text = "Jo Reed is insisting that she has “rebuilt the party,” claiming that turnout doubled."
    assert reports(text)[0][:2] == ("mixed", "that she has “rebuilt the party,”")
    text = "Mayor Tom Avery lashed out at the county board over the late budget."
    assert reports(text) == [("indirect", "the county board over the late budget", "Tom Avery", "lashed")]
    assert reports("The storm hit the coast early on Monday morning.") == []


def test_an_opening_participle_clause_is_the_main_subjects_report():
    text = "After praising the new harbor plan, Mayor Tom Avery asked for more money."
    assert reports(text)[0] == ("indirect", "the new harbor plan", "Tom Avery", "praising")


def test_that_only_verbs_need_a_that_clause():
    assert reports("The senator maintained her lead in the polls all summer.") == []
    text = "The senator maintained that the vote had been fair."
    assert reports(text) == [("indirect", "that the vote had been fair", "The senator", "maintained")]


def test_content_may_open_with_a_noun_like_cue_form():
    text = "A council aide said comments from the mayor were consistent with the plan."
    assert reports(text)[0][1] == "comments from the mayor were consistent with the plan"


def test_as_she_put_it_closes_the_content():
    text = "Ms. Vega vowed to “fix every road in the county,” as she put it on Monday."
    assert reports(text)[0][1] == "to “fix every road in the county,”"


def test_a_prepositional_phrase_before_the_cue_is_no_subject():
    text = "Mayor Tom Avery was silent for a week, and in a radio interview said the port would reopen."
    assert reports(text) == [("indirect", "the port would reopen", "Tom Avery", "said")]


def test_told_a_named_outlet_then_content():
    text = "Ana Ruiz told The Dayton Post she was not ready to endorse anyone."
    assert reports(text) == [("indirect", "she was not ready to endorse anyone", "Ana Ruiz", "told")]
    text = "A county poll last month showed the mayor ahead by nine points."
    assert reports(text)[0][1] == "the mayor ahead by nine points"


def test_a_fragment_before_a_mid_sentence_cue_goes_on_after_it():
    text = "By closing the old pier, Ms. Vega said, the town saved two million dollars."
    assert reports(text) == [
        ("indirect", "By closing the old pier, Ms. Vega said, the town saved two million dollars", "Ms. Vega", "said")
    ]
    text = "It is time to act, she said. “Not only for us but for our children.”"
    assert [q.kind for q in quoteattr.extract(text)] == [QuoteKind.INDIRECT, QuoteKind.DIRECT]


def test_an_opening_subordinate_clause_ends_at_its_comma():
    text = "While Ms. Vega called for a new bridge over the river, the council voted to repair the old one."
    assert reports(text)[0][:3] == ("indirect", "a new bridge over the river", "Ms. Vega")
    text = "But while Ms. Vega called for a new bridge over the river, the council voted to repair the old one."
    assert reports(text)[0][1] == "a new bridge over the river"


def test_a_relative_clause_report_ends_where_the_main_verb_phrase_resumes():
    text = "Rita Moss, who argued that the ferry was unsafe, left the board in May."
    assert reports(text)[0][1:3] == ("that the ferry was unsafe", "Rita Moss")


def test_according_to_an_unnamed_source_does_not_take_a_name_from_the_content():
    text = "According to exit polls, Maria Lopez won most of the rural vote."
    assert reports(text) == [("indirect", "Maria Lopez won most of the rural vote", "exit polls", "According to")]
    text = "The new ferry is expected to carry nine hundred cars a day."
    assert reports(text) == [("indirect", text[:-1], None, "expected")]
    text = "Her move to the city council was seen as a bid for the mayor's job."
    assert reports(text) == [("indirect", text[:-1], None, "seen")]
def test_according_to_without_a_source_is_no_report():
    # Found by the property tests: "according to," with nothing before the comma crashed.
    assert reports("according to,") == []


def test_a_clause_before_the_cue_is_no_speaker_phrase():
    text = "It is a truth universally acknowledged, that a rich man must be in want of a wife."
    assert reports(text) == []


def test_a_passive_cue_speaks_through_its_by_agent_or_nobody():
    text = "Ms. Vega was asked by the host Dana Holt whether the ferry would run in winter."
    assert reports(text)[0][1:3] == ("whether the ferry would run in winter", "Dana Holt")
    text = "It was later revealed that the ferry had failed two safety checks."
    assert reports(text)[0][1:3] == ("that the ferry had failed two safety checks", None)
    text = "Rita Moss was told that the harbor office would close in May."
    assert reports(text)[0][1:3] == ("that the harbor office would close in May", None)


def test_a_noun_like_cue_after_a_name_is_a_noun_when_a_verb_follows_it():
    text = "The Lisbon attacks were a turning point for the coalition and its voters."
    assert reports(text) == []
    text = "Ana Ruiz attacks the ferry plan as a waste of public money."
    assert reports(text)[0][1:3] == ("the ferry plan as a waste of public money", "Ana Ruiz")


def test_a_participle_cue_takes_the_main_clause_subject_not_a_place():
    text = "At a diner in Salem, Ana Ruiz went after Tom Avery, calling him a coward on taxes."
    assert reports(text)[-1][1:3] == ("him a coward on taxes", "Ana Ruiz")


def test_an_appositive_that_sums_up_the_content_ends_it():
    text = "Ana Ruiz said the vote had been rigged, a charge with little support among local officials."
    assert reports(text)[0][1:3] == ("the vote had been rigged", "Ana Ruiz")


def test_a_noun_object_ends_before_a_nonrestrictive_relative_clause():
    text = "Ana Ruiz praised her brother Tomas, who ran the ferry for thirty years."
    assert reports(text)[0][1:3] == ("her brother Tomas", "Ana Ruiz")
    text = "Ana Ruiz said that Tomas, who ran the ferry for thirty years, would retire."
    assert reports(text)[0][1] == "that Tomas, who ran the ferry for thirty years, would retire"


def test_a_noun_object_goes_on_past_a_relative_clause_to_quoted_words():
    text = "Ana Ruiz described her brother Tomas, who ran the ferry for years, as “a man who never missed a day.”"
    assert reports(text)[0][:2] == ("mixed", "her brother Tomas, who ran the ferry for years, as “a man who never missed a day.”")
    # A quoted name after an article is a title, not his words: the object still ends at the relative clause.
    text = "Ana Ruiz praised her brother Tomas, who ran the ferry for years, at a “Harbor Day” picnic."
    assert reports(text)[0][:2] == ("indirect", "her brother Tomas")


def test_a_participle_cue_does_not_close_the_content_before_it():
    text = "Hours later, Avery returned the compliment to Ruiz, telling the Gazette, “We have been friends for years.”"
    assert reports(text) == []


def test_a_belief_of_the_generic_you_is_no_report():
    text = "If you want to understand the ferry dispute, start with the harbor budget."
    assert reports(text) == []


def test_a_passive_speech_cue_with_a_plain_object_and_no_agent_is_no_report():
    text = "Tom Avery was accused of hiding the ferry's losses from the board."
    assert reports(text) == []
    text = "It was announced on Monday that the ferry would stop running in May."
    assert reports(text)[0][1:3] == ("that the ferry would stop running in May", None)


def test_a_reporting_credit_is_no_report():
    text = "The ferry will stop in May. (Additional reporting by Ana Ruiz and Tom Avery in Salem.)"
    assert reports(text) == []


def test_fears_and_protests_after_an_adjective_are_nouns():
    text = "Health worries have followed Ana Ruiz since the spring campaign began."
    assert reports(text) == []
    text = "Ana Ruiz fears the ferry will never run again."
    assert reports(text)[0][1:3] == ("the ferry will never run again", "Ana Ruiz")


def test_a_break_inside_quoted_words_does_not_end_the_content():
    text = 'Mike Murphy said the ferry "may have left the dock, but the harbor can still wait for it."'
    assert reports(text)[0][:3] == (
        "mixed",
        'the ferry "may have left the dock, but the harbor can still wait for it."',
        "Mike Murphy",
    )


def test_a_time_word_is_a_whole_word_not_the_start_of_one():
    text = "Tom Avery railed against what he calls the harbor cartel and its friends."
    assert reports(text)[0][1] == "what he calls the harbor cartel and its friends"


def test_the_preposition_after_a_cue_is_no_content():
    text = "Ana Ruiz talked about the ferry schedule and the harbor budget."
    assert reports(text)[0][1] == "the ferry schedule and the harbor budget"
    text = "Tom Avery commented on the reason for closing the pier."
    assert reports(text)[0][1] == "the reason for closing the pier"


def test_a_quote_opening_in_lower_case_after_a_mid_sentence_cue_goes_on_with_the_content():
    text = "An economic downturn, Tom Avery said, “could be a good time to pay off the ferry debt.”"
    assert reports(text) == [
        ("mixed", "An economic downturn, Tom Avery said, “could be a good time to pay off the ferry debt.”", "Tom Avery", "said")
    ]


def test_an_agent_or_a_place_after_a_cue_is_no_content():
    text = "Tom Avery was supported by 42 percent of the harbor workers surveyed."
    assert all(not content.startswith(("by", "42")) for _, content, _, _ in reports(text))
    text = "Ana Ruiz reported from the harbor office for three weeks."
    assert reports(text) == []


def test_a_name_after_a_cue_that_follows_the_contents_comma_is_the_speaker():
    text = "The ferry matters more for the town than for its clout in Boston, said harbor master Hank Sheinkopf."
    assert reports(text) == [
        ("indirect", "The ferry matters more for the town than for its clout in Boston", "Hank Sheinkopf", "said")
    ]


def test_a_smile_or_an_answer_reports_nothing_but_still_tags_a_quote():
    assert reports("Ana Ruiz smiled broadly at the crowd on the ferry deck.") == []
    assert reports("Tom Avery answered questions from the harbor board for an hour.") == []
    quote = quoteattr.extract("“We will sail at dawn,” Ana Ruiz smiled.")[0]
    assert (quote.kind, quote.speaker.name if quote.speaker else None) == (QuoteKind.DIRECT, "Ana Ruiz")


def test_a_cue_inside_a_quoted_fragment_reports_nothing():
    text = (
        "The ferry talks, which began in May, remained “one of the best chances that we have to discuss"
        " our differences and to settle them” for the town."
    )
    assert reports(text) == []


def test_an_opening_adverbial_clause_goes_on_after_a_mid_sentence_cue():
    text = "To understand the whole ferry dispute, Ms. Vega said, one should read the harbor minutes."
    assert reports(text) == [
        ("indirect", "To understand the whole ferry dispute, Ms. Vega said, one should read the harbor minutes", "Ms. Vega", "said")
    ]


def test_the_content_goes_on_after_a_mid_sentence_cue_with_and_or_while():
    text = "One offered to shelter the ferry crew at a nearby compound, Bob said, while others refused to help."
    assert reports(text)[0][1] == text.rstrip(".")


def test_a_plain_object_of_a_clause_only_cue_is_no_report():
    assert reports("Tom Avery threatened legal action against the harbor board.") == []
    assert reports("Ana Ruiz assumed office on the ferry board in May.") == []
    assert reports("Tom Avery threatened to close the harbor office.")[0][1] == "to close the harbor office"


def test_an_untagged_quote_after_a_mixed_report_and_its_cue_goes_on_with_it():
    text = (
        "Both parties “saw the harbor as a place reeling under pressure,” said Mr. Cha, a former aide."
        " “In that sense, it was like pushing on an open door.”\n\nThe ferry left."
    )
    assert reports(text) == [("mixed", text.split("\n\n")[0], "Mr. Cha", "said")]
    text = (
        "Both parties “saw the harbor as a place reeling under pressure,” said Mr. Cha."
        " “In that sense, it was an open door,” he added."
    )
    assert [q.kind for q in quoteattr.extract(text)] == [QuoteKind.MIXED, QuoteKind.DIRECT]


def test_a_direct_quote_its_cue_and_an_untagged_quote_running_on_outside_its_marks_are_one_mixed_quote():
    text = "“The pier is safe,” said Ruiz, the harbor master. “We will open it to bikes” and to carts by June."
    found = [(q.kind, q.text, q.speaker.name if q.speaker else None) for q in quoteattr.extract(text)]
    assert found == [(QuoteKind.MIXED, text.rstrip("."), "Ruiz")]
    text = "“The pier is safe,” said Ruiz, the harbor master. Instead, “it is a relic of the old town.”"
    assert [(q.kind, q.text) for q in quoteattr.extract(text)] == [(QuoteKind.MIXED, text)]
    text = "“I like Ruiz,” he said, but “when it comes to the pier, she has never listened.”"
    assert [(q.kind, q.text) for q in quoteattr.extract(text)] == [(QuoteKind.MIXED, text)]
    # A one-word term, or a quote closed by a comma before its own cue, stands alone.
    text = "“The pier is safe,” said Ruiz. “Pier” is the town's word for the jetty."
    assert quoteattr.extract(text)[0].kind is QuoteKind.DIRECT
    text = "“The pier is safe,” said Ruiz. But “it is a relic of the old town,” the mayor said."
    assert (quoteattr.extract(text)[0].kind, quoteattr.extract(text)[0].text) == (QuoteKind.DIRECT, "“The pier is safe,”")
    # A cue of its own among the words before the quote: it stands alone.
    text = "“The pier is safe,” said Ruiz. And the mayor called it “a relic of the old town.”"
    assert quoteattr.extract(text)[0].kind is QuoteKind.DIRECT
    # The second quote closed by punctuation, or glossed by the writer with a relative clause, stands alone.
    for text in [
        "“The pier is safe,” said Ruiz. “We will open it to bikes.” The ferry left.",
        "“The pier is safe,” said Ruiz. “We will open it to bikes,” which pleased the mayor.",
    ]:
        assert [q.kind for q in quoteattr.extract(text)] == [QuoteKind.DIRECT, QuoteKind.DIRECT]


def test_the_writers_words_leading_into_a_lower_case_quote_make_one_mixed_quote():
    text = "The ferry was late again. In past seasons, “we could reach every rider by boat,” Ruiz said."
    assert [(q.kind, q.text) for q in quoteattr.extract(text)] == [
        (QuoteKind.MIXED, "In past seasons, “we could reach every rider by boat,”")
    ]
    # A quote opening with a capital, or a speech verb before it, stands alone.
    text = "The ferry was late again. In past seasons, “We could reach every rider by boat,” Ruiz said."
    assert [(q.kind, q.text) for q in quoteattr.extract(text)] == [
        (QuoteKind.DIRECT, "“We could reach every rider by boat,”")
    ]
    text = "The ferry was late again. She added later, “we could reach every rider by boat,” Ruiz said."
    assert [q.kind for q in quoteattr.extract(text)] == [QuoteKind.DIRECT]


def test_an_untagged_quote_a_report_announces_with_a_colon_goes_on_with_it():
    text = "Ms. Reyes said the mayor had one rule for the harbor staff: “Never cancel a ferry meeting.”"
    assert reports(text) == [
        ("mixed", "the mayor had one rule for the harbor staff: “Never cancel a ferry meeting.”", "Ms. Reyes", "said")
    ]
    # A phrase of manner before the colon is no content: the quote is what was said.
    text = "The ferry was late again. Tom Avery said in a low voice: “Stay close to the harbor tonight.”"
    direct = [q.text for q in quoteattr.extract(text) if q.kind is QuoteKind.DIRECT]
    assert direct == ["“Stay close to the harbor tonight.”"]
    assert reports(text) == []
    text = "Tom Avery said quietly and without a pause: “Stay close to the shore tonight.”"
    assert [q.kind for q in quoteattr.extract(text)] == [QuoteKind.DIRECT]
    # A quote with a cue of its own stands alone.
    text = "Ms. Reyes said the mayor had one rule for the staff: “Never cancel a meeting,” he told them."
    assert reports(text) == [("indirect", "the mayor had one rule for the staff", "Ms. Reyes", "said")]


def test_content_ending_in_a_possessive_or_a_term_runs_on_into_a_quote():
    text = "Ms. Reyes said she admires the harbor pilots’ “patience and skill.”"
    assert reports(text) == [("mixed", "she admires the harbor pilots’ “patience and skill.”", "Ms. Reyes", "said")]
    text = "Ms. Reyes said that the “ferry people” “keep this town running.”"
    assert reports(text) == [("mixed", "that the “ferry people” “keep this town running.”", "Ms. Reyes", "said")]


def test_an_inverted_subject_with_a_modifier_closes_a_mixed_report():
    text = "The board “was slow to act on the ferry schedule,” said Ana Cole of the Teachers Union."
    assert reports(text) == [("mixed", "The board “was slow to act on the ferry schedule", "Ana Cole", "said")]
    text = "The mayor has been “very upset about the ferry delays,” said a source close to the harbor board."
    assert [r[:2] for r in reports(text)] == [("mixed", "The mayor has been “very upset about the ferry delays")]


def test_an_inverted_subject_with_a_role_apposition_closes_the_report():
    text = "The ferry budget is short of money, said Ana Cole, director of the Harbor Project at Ohio State."
    assert [r[:3] for r in reports(text)] == [("indirect", "The ferry budget is short of money", "Ana Cole")]
    text = "The pier plan may be “strategic,” said Tom Reyes, an assistant professor of urban studies."
    assert [r[:3] for r in reports(text)] == [("mixed", "The pier plan may be “strategic", "Tom Reyes")]
    # A clause after the name, no role: the content goes on after the cue.
    text = "And the mayor, said Ana Cole, who knows him well, never forgives a slight."
    assert [r[1] for r in reports(text)] == ["And the mayor, said Ana Cole, who knows him well, never forgives a slight"]


def test_a_quoted_fragment_joined_to_a_direct_quote_by_and_makes_one_mixed_quote():
    text = "At the harbor, the crowd kept chanting “Open the pier” and “Save the ferry.” The mayor left."
    found = [(q.kind, q.text) for q in quoteattr.extract(text)]
    assert found == [(QuoteKind.MIXED, "“Open the pier” and “Save the ferry.”")]
    # Alternatives joined by "or" stay apart.
    text = "At the harbor, the crowd kept chanting “Open the pier” or “Save the ferry.” The mayor left."
    assert [q.kind for q in quoteattr.extract(text)] == [QuoteKind.DIRECT]


def test_two_lines_of_dialogue_joined_by_and_stay_apart():
    # A first quote closed by a stop is a line of its own: "would say, “…;” and “…”" (novels).
    text = "Aunt Ruth would say, “Don't put your feet up there, Tom;” and “Don't slouch like that, Tom.” Then she left."
    found = [(q.kind, q.text) for q in quoteattr.extract(text)]
    assert found[0] == (QuoteKind.DIRECT, "“Don't put your feet up there, Tom;”")


def test_a_one_word_quote_never_runs_on_from_a_quote_in_spaced_tokens():
    # Corpora with spaced tokens: the marks are no words of the quote ("“ form ”" is one word).
    text = "“ The pier is safe , ” said Ruiz , turning away . He was the town 's authority on “ form ” in such things ."
    assert [(q.kind, q.text) for q in quoteattr.extract(text)] == [(QuoteKind.DIRECT, "“ The pier is safe , ”")]
    text = "“ Psychic , ” the girls whispered , and “ spiritual . ”"
    assert [(q.kind, q.text) for q in quoteattr.extract(text)] == [(QuoteKind.DIRECT, "“ Psychic , ”")]


def test_an_object_pronoun_before_a_colon_is_no_content():
    text = "On his death-bed, Mr. Evelyn wrote me the following note: “My friend, forget your resentment.”"
    found = [(q.kind, q.text, q.speaker.name if q.speaker else None) for q in quoteattr.extract(text)]
    assert found == [(QuoteKind.DIRECT, "“My friend, forget your resentment.”", "Mr. Evelyn")]


def test_add_up_and_compared_with_are_no_cues():
    assert reports("In all, those promises add up to more than $8.5 million for the town.") == []
    assert reports("The ferry carried 2,000 riders in May, compared with 1,500 riders a year earlier.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The vote was close. An earlier report in a Vermont paper said that the mayor had used the images.",
            ("indirect", "that the mayor had used the images", "An earlier report", "said"),
        ),
        (
            "The vote was close. Some advocates for the old ferry service on the island said the plan would cut costs.",
            ("indirect", "the plan would cut costs", "Some advocates", "said"),
        ),
        (
            "The vote was close. Lopez won among the voters who said the ferry was the top issue.",
            ("indirect", "the ferry was the top issue", "the voters", "said"),
        ),
    ],
)
def test_long_subject_with_a_postmodifier(text, expected):
    assert reports(text)[-1] == expected


@pytest.mark.parametrize(
    "text",
    [
        "The vote was close. Nearly 7 million fewer people tuned in compared to the last debate.",
    ],
)
def test_long_subject_needs_a_saying_cue(text):
    assert reports(text) == []


def test_long_subject_is_not_taken_through_a_relative():
    # "He backed a chief" is no subject of "accused"; the relative pronoun is (see _bare_relative).
    text = "The vote was close. He backed a chief who had accused Mr. Ruiz of fraud."
    assert all(speaker == "who" for _, _, speaker, _ in reports(text))


def test_a_phrase_between_the_cue_and_that_is_skipped():
    text = "Ruiz said at an event in Colorado Springs that the ferry would run again."
    assert reports(text) == [("indirect", "that the ferry would run again", "Ruiz", "said")]
    # Also before a comma or a quotation mark after "that".
    text = "Ruiz said via email that, “Of course the ferry will run again” by June."
    assert reports(text)[0][1] == "that, “Of course the ferry will run again” by June"
    text = "The board said on its website that “there were issues with the ferry.”"
    assert reports(text)[0][1] == "that “there were issues with the ferry.”"


def test_a_cue_between_commas_with_a_place_phrase_takes_in_the_clause():
    text = "The pilots, Ruiz explained earlier in the harbor hearing, were well paid for the night shifts."
    assert reports(text)[0][1] == "The pilots, Ruiz explained earlier in the harbor hearing, were well paid for the night shifts"


def test_a_relative_that_after_the_phrase_is_no_clause_start():
    text = "Ruiz praised a speech at the rally that has hardly changed since May."
    assert reports(text)[0][1] == "a speech at the rally that has hardly changed since May"


def test_content_may_open_with_the_determiner_no():
    text = "The ferry stopped. A lawyer for the town, Ana Ruiz, said no decision had been made."
    assert reports(text) == [("indirect", "no decision had been made", "Ana Ruiz", "said")]
    # Alone "no" is an answer, and PolNeAR marks an answer as the content (see the one-word answer test).
    assert reports("The ferry stopped. Ruiz said no.") == [("indirect", "no", "Ruiz", "said")]
    # A cue that takes no one-word answer reads "no" as the content's first word (this used to raise).
    assert reports("The ferry stopped. Ruiz argued no and then left the room.") == [
        ("indirect", "no and then left the room", "Ruiz", "argued")
    ]


def test_a_news_title_ending_in_a_full_stop_reports():
    text = "Maria Lopez Says The Ferry Will Run Again.\n\nThe town met on Monday."
    assert reports(text) == [("indirect", "The Ferry Will Run Again", "Maria Lopez", "Says")]


def test_a_gerund_cue_after_a_preposition_gives_the_clause_subject():
    text = "The vote was close. Ruiz began the long day in a hole with this crowd after questioning the ferry budget."
    assert reports(text) == [("indirect", "the ferry budget", "Ruiz", "questioning")]


def test_content_after_a_no_break_space():
    text = "Ana Ruiz said\u00a0that the ferry would run again."
    assert reports(text) == [("indirect", "that the ferry would run again", "Ana Ruiz", "said")]


def test_content_may_open_with_a_noun_that_is_a_cue_base_form():
    text = "Ruiz said praise from the mayor would not change her vote."
    assert reports(text) == [("indirect", "praise from the mayor would not change her vote", "Ruiz", "said")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The vote was close. Jo Reed — a teacher from the island — says the ferry must stay.",
            ("indirect", "the ferry must stay", "Jo Reed", "says"),
        ),
        (
            "The vote was close. Rep. Jo Reed (D-Vt.), chair of the ferry panel, said that the ferry must stay.",
            ("indirect", "that the ferry must stay", "Jo Reed", "said"),
        ),
        (
            "The vote was close. About 9 percent said they had no preference.",
            ("indirect", "they had no preference", "About 9 percent", "said"),
        ),
        (
            "The vote was close. More than six in 10 said they would vote again.",
            ("indirect", "they would vote again", "More than six in 10", "said"),
        ),
    ],
)
def test_appositions_and_shares_as_subjects(text, expected):
    assert reports(text) == [expected]


def test_refuse_reports_an_intent():
    text = "The vote was close. Ruiz refused to endorse the ferry plan."
    assert reports(text) == [("indirect", "to endorse the ferry plan", "Ruiz", "refused")]


def test_an_adverb_between_a_name_and_a_noun_like_cue():
    text = "The vote was close. Ana Ruiz often calls the ferry plan a waste of money."
    assert reports(text) == [("indirect", "the ferry plan a waste of money", "Ana Ruiz", "calls")]


def test_a_progressive_noun_like_cue_is_a_verb():
    text = "The vote was close. Ana Ruiz is promising lower fares and a new ferry."
    assert reports(text) == [("indirect", "lower fares and a new ferry", "Ana Ruiz", "promising")]


def test_a_participle_cue_after_a_comma_inside_a_quote():
    text = "Ruiz praised what she called the “ferry week,” saying that the boats had never been fuller."
    assert reports(text)[-1] == ("indirect", "that the boats had never been fuller", "Ruiz", "saying")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The vote was close. Ruiz spoke to reporters on Monday about the future of the ferry.",
            [("indirect", "the future of the ferry", "Ruiz", "spoke")],
        ),
        (
            "The vote was close. Ruiz spoke highly of the old ferry captain.",
            [("indirect", "the old ferry captain", "Ruiz", "spoke")],
        ),
        ("The vote was close. Ruiz spoke for about 30 minutes.", []),
        ("The vote was close. Ruiz spoke on the condition of anonymity.", []),
    ],
)
def test_a_late_particle_after_speak(text, expected):
    assert reports(text) == expected


def test_content_then_a_telling_cue_with_its_object():
    text = "The vote was close. The ferry will run again, a town official told The Island Times."
    assert reports(text) == [("indirect", "The ferry will run again", "a town official", "told")]


def test_a_new_cue_that_tags_a_direct_quote_reports_nothing_more():
    text = "“Not tonight,” adding, as if aware of his manners, “and I should miss the walk home.” Edna left."
    assert [q.kind for q in quoteattr.extract(text)] == [QuoteKind.DIRECT, QuoteKind.DIRECT]


def test_a_passive_cue_reports_its_subject():
    text = "The vote was close. The ferry deal was first reported by the Island Times."
    assert reports(text) == [("indirect", "The ferry deal", "the Island Times", "reported")]
    assert reports("The vote was close. It was reported by the Island Times.") == []


def test_a_participle_after_its_noun_gives_the_clause_subject():
    text = "The vote was close. Ruiz sent a series of messages early Friday saying that the ferry would stop."
    assert reports(text) == [("indirect", "that the ferry would stop", "Ruiz", "saying")]


def test_a_quantifier_subject_before_a_cue():
    text = "The vote was close. Some believe the ferry will never run again."
    assert reports(text) == [("indirect", "the ferry will never run again", "Some", "believe")]
    assert reports("The vote was close. Some comments were rude.") == []


def test_a_that_clause_after_a_telling_cue_starts_at_its_first_that():
    text = "The vote was close. Ruiz told a crowd in Salem on Monday that she knows that the ferry matters."
    assert reports(text) == [("indirect", "that she knows that the ferry matters", "Ruiz", "told")]


def test_a_second_cue_of_the_same_content_is_no_nesting():
    from quoteattr.model import Span
    from quoteattr.quotes.reported import Report, _one_per_overlap

    outer = Report(Span(50, 90), Span(6, 10), 0, None, 0.9, "verb then content")
    second = Report(Span(50, 90), Span(44, 49), None, None, 0.65, "verb then content")
    assert _one_per_overlap([outer, second]) == [outer]
    nested = Report(Span(70, 90), Span(60, 65), None, None, 0.9, "verb then content")
    wide = Report(Span(50, 90), Span(6, 10), 0, None, 0.8, "verb then content")
    assert _one_per_overlap([nested, wide]) == [wide]


def test_a_restrictive_who_is_the_speakers_mention_at_the_cue():
    text = "The vote was close. Voters who said the ferry mattered went to Ruiz."
    (quote,) = [q for q in quoteattr.extract(text) if q.kind is QuoteKind.INDIRECT]
    assert quote.speaker.name == "Voters"
    assert text[quote.speaker.mention.start : quote.speaker.mention.end] == "who"
    text = "The vote was close. Ruiz led with 64 percent, compared with 30 percent who say the ferry will run."
    (quote,) = [q for q in quoteattr.extract(text) if q.kind is QuoteKind.INDIRECT]
    assert text[quote.speaker.mention.start : quote.speaker.mention.end] == "who"
    text = "The vote was close. Ruiz, who said the ferry mattered, lost."
    (quote,) = [q for q in quoteattr.extract(text) if q.kind is QuoteKind.INDIRECT]
    assert (quote.speaker.name, text[quote.speaker.mention.start : quote.speaker.mention.end]) == ("Ruiz", "who")


def test_a_naming_verb_with_a_quoted_name_after_its_object_is_a_cue():
    text = "The vote was close. Ruiz went on to call Avery “the worst mayor in Salem.”"
    assert reports(text) == [("mixed", "Avery “the worst mayor in Salem.”", "Ruiz", "call")]
    assert reports("The vote was close. Ruiz returned the call “as soon as she could.”") == []


def test_a_joined_cue_ends_a_two_word_naming_content():
    text = "The vote was close. Ruiz went after Avery on Monday, calling it “vile” and adding that the ferry will stop."
    assert reports(text) == [
        ("mixed", "it “vile”", "Ruiz", "calling"),
        ("indirect", "that the ferry will stop", "Ruiz", "adding"),
    ]


def test_a_title_stop_before_a_quoted_fragment_keeps_the_report_going():
    text = "The vote was close. Ruiz said the town paid more than Mr. Avery called ''a fair price,'' for the pier."
    (quote,) = quoteattr.extract(text)
    assert (quote.kind, quote.text) == (QuoteKind.MIXED, "the town paid more than Mr. Avery called ''a fair price,'' for the pier")


def test_a_noun_like_cue_in_a_prepositional_phrase_is_a_noun():
    text = "The vote was close. Before the Salem attacks, Ruiz arrived late and said the ferry would run again."
    assert reports(text) == [("indirect", "the ferry would run again", "Ruiz", "said")]


def test_a_subject_phrase_that_opens_with_an_auxiliary_is_the_verb_chain():
    text = "The vote was close. Few trust the Democrats, who haven’t seen that coalition show up for the ferry vote."
    (quote,) = [q for q in quoteattr.extract(text) if q.kind is QuoteKind.INDIRECT]
    assert (quote.speaker.name, text[quote.speaker.mention.start : quote.speaker.mention.end]) == ("the Democrats", "who")


def test_an_opening_preposition_is_no_name():
    text = "The vote was close. Beyond the footage, the clerk met Ruiz and said that the ferry would stop."
    assert [speaker for _, _, speaker, _ in reports(text)] != ["Beyond"]
    from quoteattr.pipeline import annotate

    assert "Beyond" not in [m.text for m in annotate(text).mentions]
    text = "The vote was close. Likewise, the clerk met Ruiz and said that the ferry would stop."
    assert "Likewise" not in [m.text for m in annotate(text).mentions]


def test_a_long_subject_with_a_restrictive_relative_clause():
    text = "The vote was close. Senior campaign advisers who have run the numbers argue that Ruiz will win."
    assert reports(text) == [("indirect", "that Ruiz will win", "advisers", "argue")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The vote was close. The flyer, titled \"Enough\", concludes that Ruiz is unfit for the post.",
            [("indirect", "that Ruiz is unfit for the post", "The flyer", "concludes")],
        ),
        (
            "The vote was close. Even those who had planned routes for the ferry acknowledge that it rarely runs.",
            [("indirect", "that it rarely runs", "those", "acknowledge")],
        ),
    ],
)
def test_a_fallback_subject_before_a_that_clause(text, expected):
    assert reports(text) == expected


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a name inside a relative clause or a prepositional postmodifier is no speaker
        ("The vote was close. Even those who had planned routes for Mr. Ruiz to win acknowledge that it is over.", "those"),
        ("The vote was close. Donors who backed Ana Ruiz in the primary concede that she will lose.", "Donors"),
        # the head itself may be the name; a partitive keeps its of-phrase
        ("The vote was close. Ana Ruiz of the harbor board concludes that the ferry is safe.", "Ana Ruiz"),
        ("The vote was close. One of the donors who backed Mr. Ruiz in the primary concedes that she will lose.", "One of the donors"),
        ("The vote was close. About 9 percent of voters in the county who backed Mr. Ruiz for years said the ferry was late.", "About 9 percent of voters in the county"),
    ],
)
def test_a_long_subject_speaks_through_its_head(text, speaker):
    assert [found[2] for found in reports(text)] == [speaker]


def test_no_fallback_subject_without_a_that_clause_subject():
    assert reports("The vote was close. The flyer, titled \"Enough\", concludes that runs the ferry.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The vote was close. The mayor urged the harbor board to delay the ferry.",
            ("indirect", "the harbor board to delay the ferry", "The mayor", "urged"),
        ),
        (
            "The vote was close. Ruiz asked voters not to give up on the ferry.",
            ("indirect", "voters not to give up on the ferry", "Ruiz", "asked"),
        ),
        (
            "The vote was close. Holt asked Ruiz whether that would stop the ferry.",
            ("indirect", "whether that would stop the ferry", "Holt", "asked"),
        ),
    ],
)
def test_the_object_of_an_urging_verb_and_a_question_word_stay_in_the_content(text, expected):
    assert reports(text) == [expected]


def test_made_it_clear_is_a_cue():
    text = "The vote was close. Ruiz made it clear that the ferry would run in winter."
    assert reports(text) == [("indirect", "that the ferry would run in winter", "Ruiz", "made")]
    assert reports("The vote was close. Ruiz made a speech about the ferry in Salem.") == []


def test_took_issue_with_is_a_cue():
    text = "The vote was close. Ruiz took issue with the plan to close the harbor."
    assert reports(text) == [("indirect", "the plan to close the harbor", "Ruiz", "took")]
    assert reports("The vote was close. Ruiz took the ferry to the harbor in Salem.") == []


def test_a_one_word_answer_is_reported_content():
    text = "The vote was close. Asked about the ferry, most voters said yes, compared with 23 percent last year."
    assert ("indirect", "yes", "voters", "said") in reports(text)
    assert reports("The vote was close. Ruiz said no one would run the ferry.") == []


def test_a_news_title_ending_in_a_quotation_reports():
    text = "Ruiz Says Ferry Plan ‘Will Sink The Harbor.’\n\nThe mayor spoke in Salem on Tuesday."
    assert reports(text) == [("mixed", "Ferry Plan ‘Will Sink The Harbor.’", "Ruiz", "Says")]


def test_according_to_after_a_word_or_two():
    text = "The vote was close. Ridership, according to the harbor office, has doubled since May."
    assert reports(text) == [
        ("indirect", "Ridership, according to the harbor office, has doubled since May", "the harbor office", "according to")
    ]
    assert reports("The vote was close. Ferries left, according to Ruiz.") == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The vote was close. “The ferry is late. It is always late,” Ruiz said, according to a transcript of the show.",
            "“The ferry is late. It is always late,” Ruiz said",
        ),
        (
            "The vote was close. “Nothing prepares you for the ferry,” the mayor will say, according to excerpts of her speech.",
            "“Nothing prepares you for the ferry,” the mayor will say",
        ),
    ],
)
def test_according_to_over_a_quote_and_its_cue_is_the_sources_report(text, content):
    """PolNeAR annotates the outer report (the quote and its cue, the source after "according to"), not the quote."""
    found = [(quote.kind, quote.text, quote.speaker.name if quote.speaker else None) for quote in quoteattr.extract(text)]
    assert [(kind, span) for kind, span, _ in found] == [(QuoteKind.MIXED, content)]
    assert found[0][2] is not None and found[0][2].startswith(("a transcript", "excerpts"))


def test_a_quote_with_its_cue_and_no_according_to_stays_direct():
    found = quoteattr.extract("The vote was close. “The ferry is late,” Ruiz said on Monday.")
    assert [(quote.kind, quote.speaker.name if quote.speaker else None) for quote in found] == [(QuoteKind.DIRECT, "Ruiz")]


@pytest.mark.parametrize(
    "text",
    [
        "The group was diverse: black and white, male and female, old and young alike.",
        "One conclusion: the ferry is too slow for the island and too costly for the town.",
    ],
)
def test_a_clause_before_a_colon_is_no_source(text):
    assert reports(text) == []


def test_a_capitalized_label_before_a_colon_is_a_source():
    assert reports("JAKE TAPPER: The ferry is too slow for the island.") == [
        ("indirect", "The ferry is too slow for the island", "JAKE TAPPER", ":")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Lopez wants to rebuild the old pier, and Governor Avery is promising to help the fishing towns.",
            [
                ("indirect", "to rebuild the old pier", "Lopez", "wants"),
                ("indirect", "to help the fishing towns", "Governor Avery", "promising"),
            ],
        ),
        (
            "Avery opposed the ferry contract while Dr. Ruiz warned that the harbor would flood.",
            [
                ("indirect", "the ferry contract", "Avery", "opposed"),
                ("indirect", "that the harbor would flood", "Dr. Ruiz", "warned"),
            ],
        ),
        (
            "Avery rejected the harbor plan and has since said she wants a new vote.",
            [
                ("indirect", "the harbor plan", "Avery", "rejected"),
                ("indirect", "she wants a new vote", "Avery", "said"),
            ],
        ),
    ],
)
def test_a_second_report_in_a_clause_of_its_own_is_not_nested(text, expected):
    assert reports(text) == expected


def test_a_relative_report_after_a_comma_is_its_own_report():
    text = "Avery said she had studied the harbor budget, which she called a waste of money."
    found = [(kind, content) for kind, content, _, _ in reports(text)]
    assert found == [("indirect", "she had studied the harbor budget"), ("indirect", "which she called a waste of money")]
    # without the comma the relative clause restricts the noun and stays in the content
    text = "Avery said she had studied the budget which she helped write for the harbor."
    assert [content for _, content, _, _ in reports(text)] == ["she had studied the budget which she helped write for the harbor"]


def test_two_names_joined_by_and_are_one_subject_of_a_nested_report():
    text = "Reporters asked what Avery and Lopez said about the ferry contract."
    assert reports(text) == [("indirect", "what Avery and Lopez said about the ferry contract", "Reporters", "asked")]


def test_a_long_object_of_a_telling_verb_before_that():
    text = "Ruiz told one of his old friends from the county fair on a regular basis that the harbor would close."
    assert reports(text) == [("indirect", "that the harbor would close", "Ruiz", "told")]


def test_a_verb_joined_inside_a_clause_content_stays_in_it():
    text = "Ms. Avery said she could not support the ferry plan but understood why people did."
    assert reports(text) == [
        ("indirect", "she could not support the ferry plan but understood why people did", "Ms. Avery", "said")
    ]


def test_a_second_cue_joined_after_a_plain_object_is_a_report_of_its_own():
    text = "Lopez rejected the harbor plan and pledged to fight the ferry contract."
    assert reports(text) == [
        ("indirect", "the harbor plan", "Lopez", "rejected"),
        ("indirect", "to fight the ferry contract", "Lopez", "pledged"),
    ]


def test_a_share_of_people_opens_a_report_of_its_own_after_a_joint():
    text = "Most residents said the ferry was too slow, and one in four said the harbor should close."
    assert reports(text) == [
        ("indirect", "the ferry was too slow", "residents", "said"),
        ("indirect", "the harbor should close", "one in four", "said"),
    ]


def test_some_after_a_joint_stays_in_the_content():
    text = "Avery noted that the pier flooded in May, and some worried about the harbor at the time."
    assert reports(text) == [
        ("indirect", "that the pier flooded in May, and some worried about the harbor at the time", "Avery", "noted")
    ]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a dateline's place is no subject
        ("MILLTOWN, N.D. - Senator Ana Ruiz toured the plant on Monday, calling the new rules a disaster for farmers.",
         "the new rules a disaster for farmers"),
        # an opening participle phrase is no subject ("Facing" is read as a name)
        ("Facing questions from reporters, Ana Ruiz left the stage, saying that the budget would pass.",
         "that the budget would pass"),
        # a title's comma closes the opening phrase: "Morning" is no subject
        ("Speaking on “Good Morning, Dakota,” Ana Ruiz praised the mayor and said the budget would pass.",
         "the budget would pass"),
    ],
)
def test_the_subject_of_a_participle_or_joined_cue_follows_an_opening_phrase(text, content):
    assert (content, "Ana Ruiz") in [(found[1], found[2]) for found in reports(text)]


def test_a_participle_after_said_has_the_speaker_of_said():
    found = reports("Tom Berg will win the race easily, Ana Ruiz said, adding that the county had never voted so early.")
    assert ("that the county had never voted so early", "Ana Ruiz") in [(f[1], f[2]) for f in found]


def test_a_participle_after_a_noun_keeps_the_clause_subject():
    # false friend: "comments," is a noun, not the verb the participle follows
    found = reports("Ana Ruiz tried to play down the mayor's comments, saying they were not a big deal.")
    assert ("they were not a big deal", "Ana Ruiz") in [(f[1], f[2]) for f in found]


def test_a_participle_with_no_person_before_it_has_the_clause_subject_phrase():
    found = reports("The Berg campaign answered on Friday, saying industry lobbyists had paid for the ads.")
    assert [(f[1], f[2]) for f in found] == [("industry lobbyists had paid for the ads", "The Berg campaign")]


def test_a_participle_after_a_person_keeps_the_person():
    # false friend: a name before the cue is the subject; no phrase is made up
    found = reports("Ana Ruiz answered on Friday, saying industry lobbyists had paid for the ads.")
    assert [(f[1], f[2]) for f in found] == [("industry lobbyists had paid for the ads", "Ana Ruiz")]


def test_they_after_a_capitalised_group_is_the_group():
    found = reports("One Democrat stayed calm. Democrats also focused on what they said was a duty to stay united.")
    assert ("what they said was a duty to stay united", "Democrats") in [(f[1], f[2]) for f in found]


def test_a_surname_in_s_stays_one_person():
    # false friend: "Evans" is a surname, since "Evan" is a first name
    found = reports("Evan Cole arrived late. Evans said he was tired of the long meetings.")
    assert ("he was tired of the long meetings", "Evans") in [(f[1], f[2]) for f in found]


def test_an_expletive_is_no_speaker_phrase():
    found = reports("It's hard to know whether the mayor will run again next year.")
    assert all(f[2] is None for f in found)


@pytest.mark.parametrize(
    "text",
    [
        "Tom Berg signed the order on Monday, while Ana Ruiz, the former mayor, praised him and said the town would recover.",
        "Tom Berg changed the subject, but Ana Ruiz brought him back to the budget, asking whether the town would recover.",
    ],
)
def test_a_coordinated_or_participle_cue_has_the_subject_of_its_own_clause(text):
    assert ("Ana Ruiz" in [f[2] for f in reports(text) if "recover" in f[1]])


def test_a_coordinated_cue_without_a_new_subject_keeps_the_first():
    # false friend: ", and" opens no clause of its own here ("and asked" shares Ruiz's subject)
    found = reports("Ana Ruiz thanked Tom Berg, and asked whether the town would recover.")
    assert [f[2] for f in found if "recover" in f[1]] == ["Ana Ruiz"]


def test_a_dateline_with_a_state_and_an_agency_is_no_subject():
    found = reports("ELMTON, Ill. (Reuters) - Senator Ana Ruiz met the workers on Monday and said the plant would stay open.")
    assert [f[2] for f in found if "plant" in f[1]] == ["Ana Ruiz"]


def test_according_to_a_source_without_a_name_is_not_a_later_name():
    found = reports("Rural counties turned out in record numbers, according to exit polls, while Ana Ruiz stayed home.")
    assert [(f[2], f[3]) for f in found if f[3] == "according to"] == [("exit polls", "according to")]


def test_a_cue_joined_in_a_relative_clause_is_said_through_the_pronoun():
    text = "The video angered the teachers, who marched downtown and called for the footage to be released."
    quote = [q for q in quoteattr.extract(text) if q.kind is QuoteKind.INDIRECT][0]
    assert quote.text == "the footage to be released"
    assert text[quote.speaker.mention.start : quote.speaker.mention.end] == "who"


def test_a_joined_cue_after_a_comma_break_has_no_relative():
    # false friend: the relative clause closed at its comma; "and said" is the main clause's
    text = "Ana Ruiz, who led the union, thanked the teachers and said the strike was over."
    quote = [q for q in quoteattr.extract(text) if "strike" in q.text][0]
    assert text[quote.speaker.mention.start : quote.speaker.mention.end] == "Ana Ruiz"


def test_a_city_and_its_state_in_an_opening_phrase_are_no_subject():
    found = reports("At a rally in Ames, Iowa, on Sunday, Tom Berg went after Ana Ruiz, calling her a total stiff.")
    assert [(f[1], f[2]) for f in found] == [("her a total stiff", "Tom Berg")]


def test_a_name_after_an_opening_place_is_still_the_subject():
    # false friend: "Tom Berg, the mayor," is no region of Salem
    found = reports("In Salem, Tom Berg, the mayor, went after Ana Ruiz, calling her a total stiff.")
    assert [(f[1], f[2]) for f in found] == [("her a total stiff", "Tom Berg")]


def test_an_opening_past_participle_phrase_is_no_subject():
    found = reports("Reached by phone on Monday, Ana Ruiz denied the story, explaining that she had been away.")
    assert [(f[1], f[2]) for f in found if "away" in f[1]] == [("that she had been away", "Ana Ruiz")]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("The council cut the ferry budget, which Mayor Ana Ruiz said would hurt commuters.",
         "which Mayor Ana Ruiz said would hurt commuters", "Ana Ruiz"),
        ("The harbor board approved what Ms. Avery called a reckless plan for the pier.",
         "what Ms. Avery called a reckless plan for the pier", "Avery"),
        # "that" with its clause's verb missing a subject is a relative pronoun too
        ("Fishermen joined a strike that Mayor Ana Ruiz said could close the harbor.",
         "that Mayor Ana Ruiz said could close the harbor", "Ana Ruiz"),
        # a plain subject phrase that opens with a determiner
        ("The council cut the ferry budget, which the harbor board said would hurt commuters.",
         "which the harbor board said would hurt commuters", "harbor board"),
        # a non-restrictive relative closes at the comma before the main verb
        ("The toll, which Tomas Ruiz said was unfair to fishermen, was dropped in May.",
         "which Tomas Ruiz said was unfair to fishermen", "Tomas Ruiz"),
    ],
)
def test_a_relative_clause_content_starts_at_its_relative_word(text, content, speaker):
    found = reports(text)
    assert len(found) == 1 and found[0][1] == content and speaker in found[0][2]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a preposition before the relative: the cue's own content follows it
        ("The mayor gave a speech in which she said the ferry would run again.", "the ferry would run again"),
        # "what" before a quoted name: the quoted words alone
        ("The harbor board approved what Ms. Avery called “a reckless plan” for the pier.", "“a reckless plan” for the pier"),
    ],
)
def test_relative_words_that_do_not_open_the_content(text, content):
    assert [found[1] for found in reports(text)] == [content]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("Voters, Mayor Ana Ruiz suggested, need not worry about the ferry.",
         "Voters, Mayor Ana Ruiz suggested, need not worry about the ferry", "Ana Ruiz"),
        ("Overall, she said, the harbor did well this year.", "Overall, she said, the harbor did well this year", "she"),
        # a conjunction opening the sentence stays out
        ("But there is a risk, some fishermen said, that the pier will flood again.",
         "there is a risk, some fishermen said, that the pier will flood again", "some fishermen"),
    ],
)
def test_a_cue_between_commas_takes_in_the_clause_before_it(text, content, speaker):
    assert [(found[1], found[2]) for found in reports(text)] == [(content, speaker)]


def test_a_cue_between_commas_before_a_quotation_is_a_direct_quotes_cue():
    text = "In May, Mayor Ruiz said, “The ferry stopped running.”"
    assert reports(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The new ferry is also expected to run again in May.", "The new ferry is also expected to run again in May"),
        ("The harbor is widely seen as the heart of the town.", "The harbor is widely seen as the heart of the town"),
        # a concessive clause opening the sentence ends at its comma
        ("Although the old pier is not thought to be safe, it stays open to visitors.",
         "the old pier is not thought to be safe"),
    ],
)
def test_a_raising_passive_with_an_adverb_reports_the_whole_clause(text, content):
    assert [(found[1], found[2]) for found in reports(text)] == [(content, None)]


def test_an_opening_as_source_clause_reports_the_main_clause():
    text = "As the Harbor Gazette reported last week, the ferry will stop running in May."
    assert [(found[1], found[2]) for found in reports(text)] == [
        ("the ferry will stop running in May", "Harbor Gazette")
    ]


def test_an_opening_as_clause_with_an_object_is_no_source():
    text = "As Ruiz talked about the budget, Avery announced a new harbor plan for the town."
    assert [found[1] for found in reports(text)] == ["the budget", "a new harbor plan for the town"]


def test_a_weak_cue_before_a_clause_whose_verb_is_a_cue_reports_the_whole_clause():
    text = "The Harbor Gazette suggested the ferry delays highlight the risk the old pier poses to the town."
    assert [found[1] for found in reports(text)] == [
        "the ferry delays highlight the risk the old pier poses to the town"
    ]


def test_a_relative_before_a_verb_phrase_is_not_the_contents_start():
    text = "The two towns, which together vowed to fight the ferry plan, met on Monday."
    assert all(not found[1].startswith("which") for found in reports(text))


def test_quoted_someone_as_saying_is_one_report_of_the_quoting_source():
    """PolNeAR train: "quoted X as saying …" is one unit 4 times in 4, the quoting paper speaking."""
    text = "The Harbor Gazette quoted a ferry captain as saying the pier would close in May."
    assert reports(text) == [
        ("indirect", "a ferry captain as saying the pier would close in May", "Harbor Gazette", "quoted")
    ]


def test_a_clause_opened_by_as_with_its_own_subject_is_still_a_report_of_its_own():
    text = "Avery defended the ferry contract as Dr. Ruiz warned that the harbor would flood."
    assert reports(text) == [
        ("indirect", "the ferry contract", "Avery", "defended"),
        ("indirect", "that the harbor would flood", "Dr. Ruiz", "warned"),
    ]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Ruiz said the vote on the pier was fair, though not unanimous.", "the vote on the pier was fair, though not unanimous"),
        ("Ruiz said the vote on the pier was fair, but not everyone came.", "the vote on the pier was fair"),
        ("Ruiz said the vote on the pier was fair, though few came.", "the vote on the pier was fair"),
    ],
)
def test_though_not_goes_on_with_the_content(text, content):
    assert reports(text) == [("indirect", content, "Ruiz", "said")]


def test_a_speech_event_with_lower_case_company_does_not_swallow_the_content():
    """The name after "in an interview with" must be capitalised: the pattern is case-insensitive elsewhere."""
    found = reports("Ruiz said in an interview with reporters he would run for mayor next year.")
    assert [(r[2], r[1].endswith("he would run for mayor next year")) for r in found] == [("Ruiz", True)]


def test_a_phrase_before_that_and_a_named_subject():
    text = "Ruiz said at a rally in the harbor town on Monday that Lopez would lose the vote."
    assert [r[1:3] for r in reports(text)] == [("that Lopez would lose the vote", "Ruiz")]


def test_framing_verb_casts_its_object_as_a_quoted_fragment():
    text = "The mayor identified the new tower as “a monument to greed” at the hearing."
    assert reports(text) == [("mixed", "the new tower as “a monument to greed” at the hearing", "The mayor", "identified")]


def test_framed_fragment_closed_by_its_comma_ends_the_content():
    text = "Ms. Ortiz summed up the budget as “reckless,” then left the room."
    assert reports(text) == [("mixed", "the budget as “reckless,”", "Ms. Ortiz", "summed")]


def test_framing_verb_without_a_quoted_fragment_reports_nothing():
    assert reports("Police identified the driver as a local teacher.") == []
    assert reports("The bridge cannot be portrayed simply as “a relic.”") == []


def test_a_thing_named_by_a_quoted_title_is_a_report_with_no_speaker():
    text = "The campaign sent out a memo titled “Where the Count Really Stands.” It was long."
    assert reports(text) == [("mixed", "a memo titled “Where the Count Really Stands.”", None, "titled")]


def test_a_thing_named_without_quotation_marks_is_no_report():
    assert reports("The park has a pond called Miller Pond.") == []


def test_a_subject_named_by_a_quoted_fragment_in_the_passive():
    text = "The old rule has been called “a gift to landlords” by critics."
    assert reports(text) == [("mixed", "The old rule has been called “a gift to landlords”", None, "called")]
    text = "Voters missed what was once called the “Friday Fair,” with its crowds."
    assert reports(text) == [("mixed", "what was once called the “Friday Fair,”", None, "called")]


def test_a_passive_naming_without_quotation_marks_is_no_report():
    assert reports("The old rule has been called a gift to landlords.") == []


def test_a_two_word_medium_after_a_trailing_cue_is_no_object():
    text = "The town had cut the waiting lists in half, the mayor said in a video message."
    assert reports(text) == [("indirect", "The town had cut the waiting lists in half", "the mayor", "said")]


def test_a_nouns_clause_holding_a_quoted_fragment_is_a_report():
    text = "Ms. Lane stood by her remark that the budget was “a work of fiction.”"
    assert reports(text) == [("mixed", "that the budget was “a work of fiction.”", "Ms. Lane", "remark")]


def test_a_nouns_clause_without_a_quoted_fragment_is_no_report():
    assert reports("Ms. Lane stood by her remark that the budget was late.") == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The ferry is expected to run again in May, with a new crew on board.",
         "The ferry is expected to run again in May"),
        ("The old pier seemed safe enough -- at least to the mayor.", "The old pier seemed safe enough"),
        # a thousands comma is no break
        ("The new dam is expected to cost 4,000 dollars more.", "The new dam is expected to cost 4,000 dollars more"),
    ],
)
def test_a_raising_verbs_judgement_ends_at_the_first_break(text, content):
    assert [(found[1], found[2]) for found in reports(text)] == [(content, None)]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The harbor board, which met on Monday, is expected to approve the plan.",
         "The harbor board, which met on Monday, is expected to approve the plan"),
        ("The old pier, until recently, seemed safe enough for visitors.",
         "The old pier, until recently, seemed safe enough for visitors"),
    ],
)
def test_a_raising_verb_after_an_aside_takes_the_subject_before_it(text, content):
    assert [(found[1], found[2]) for found in reports(text)] == [(content, None)]



def test_a_raising_verb_in_a_relative_clause_starts_at_the_pronoun():
    text = "The vote turns on the new residents who are expected to back the ferry plan."
    assert [(found[1], found[2]) for found in reports(text)] == [("who are expected to back the ferry plan", None)]


def test_is_known_as_is_a_raising_passive():
    text = "The old harbor was known as the poorhouse of the coast."
    assert [(found[1], found[2]) for found in reports(text)] == [(text[:-1], None)]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The mayor criticized the harbor budget on Thursday night.", "the harbor budget"),
        ("The mayor praised the new ferry schedule in an interview with the Dayton Post.", "the new ferry schedule"),
        ("Tomas Ruiz mocked the bridge plan during a town hall meeting Tuesday.", "the bridge plan"),
        ("Tomas Ruiz defended the toll increase on Twitter.", "the toll increase"),
        ("Tomas Ruiz first proposed the toll increase in early March.", "the toll increase"),
        ("Maria Lopez mentioned the ferry strike on the campaign trail.", "the ferry strike"),
        ("Maria Lopez has attacked the toll plan since the Monday debate.", "the toll plan"),
    ],
)
def test_a_closing_day_or_occasion_is_left_out_of_a_noun_content(text, content):
    assert reports(text)[0][1] == content


def test_a_closing_day_stays_in_a_that_clause():
    text = "Tomas Ruiz said that the ferry would stop running on Thursday."
    assert reports(text)[0][1] == "that the ferry would stop running on Thursday"


def test_a_when_clause_after_a_time_is_left_out_of_a_bare_clause_content():
    text = "Avery said the ferry had run on time since January, when the new captain took over."
    assert reports(text)[0][1] == "the ferry had run on time since January"
    # a that-clause keeps it
    text = "Avery said that the ferry had run on time since January, when the new captain took over."
    assert reports(text)[0][1] == "that the ferry had run on time since January, when the new captain took over"


def test_an_even_though_clause_is_left_out_of_a_noun_content():
    text = "Avery praised the new harbor budget, even though it cut her own office."
    assert reports(text)[0][1] == "the new harbor budget"


def test_a_closing_phrase_that_is_no_occasion_stays_in_a_noun_content():
    text = "Maria Lopez criticized the toll in the harbor district."
    assert reports(text)[0][1] == "the toll in the harbor district"



@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "After the vote, the town's elders sent the mayor a clear message: the ferry must keep running.",
            ("indirect", "the ferry must keep running", "elders", "message"),
        ),
        (
            "The harbour board has two open questions: who paid for the trip and whether anyone knew.",
            ("indirect", "who paid for the trip and whether anyone knew", None, "questions"),
        ),
        (
            "The fishermen are angry. Their argument: the new pier blocks the channel at low tide.",
            ("indirect", "the new pier blocks the channel at low tide", None, "argument"),
        ),
    ],
)
def test_a_noun_of_speech_before_a_colon_announces_unquoted_content(text, expected):
    assert expected in reports(text)


@pytest.mark.parametrize(
    "text",
    [
        "Editor's note: the ferry schedule changed on Monday.",  # a label, no noun of speech
        "The mayor came with a message: the ferry must keep running.",  # after a preposition
        "It all comes down to one question: who will pay for the pier?",  # a question the writer puts
    ],
)
def test_colon_nouns_false_friends(text):
    assert reports(text) == []


def test_a_cue_closing_its_paragraph_with_a_colon_announces_the_paragraphs_after_it():
    text = (
        "The harbour master spoke at the meeting. Later that night, Ruiz wrote:\n\n"
        "The pier is unsafe after dark. The lamps have been out for a month.\n\n"
        "Nobody has fixed them, and the council knows it.\n\n"
        "The council said the lamps would be fixed by May."
    )
    assert (
        "indirect",
        "The pier is unsafe after dark. The lamps have been out for a month.\n\nNobody has fixed them, and the council knows it",
        "Ruiz",
        "wrote",
    ) in reports(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ruiz wrote:\n\n“The pier is unsafe after dark,” she said in the letter.",  # a direct quote it tags
        "The poll also found that:\n\nThe pier is unsafe after dark for most residents.",  # a weak cue
    ],
)
def test_a_colon_cue_before_a_quote_or_a_weak_cue_announces_no_paragraph(text):
    assert not any(said.startswith("The pier") for _, said, _, _ in reports(text))


def test_a_content_closing_its_paragraph_with_a_colon_runs_into_the_list_it_announces():
    text = (
        "Ruiz said the council has three tasks this year:\n\n"
        "Repair the pier\nFix the lamps\nHire a harbour master.\n\n"
        "The mayor said the list was too long."
    )
    assert (
        "indirect",
        "the council has three tasks this year:\n\nRepair the pier\nFix the lamps\nHire a harbour master",
        "Ruiz",
        "said",
    ) in reports(text)


def test_a_content_before_a_colon_stops_there_when_the_next_paragraph_has_a_cue_of_its_own():
    text = "Ruiz said the lamps were out:\n\nThe mayor told reporters the council would fix them in May."
    assert ("indirect", "the lamps were out", "Ruiz", "said") in reports(text)


def test_when_after_a_noun_of_time_stays_in_the_content():
    text = "Avery rejected the ferry plan at a time when Lopez was promising to rebuild the pier."
    assert reports(text) == [
        ("indirect", "the ferry plan at a time when Lopez was promising to rebuild the pier", "Avery", "rejected")
    ]
    # false friend: "when" after a plain noun opens a clause with a report of its own
    text = "Avery rejected the ferry plan when Lopez promised to rebuild the pier."
    assert reports(text) == [
        ("indirect", "the ferry plan", "Avery", "rejected"),
        ("indirect", "to rebuild the pier", "Lopez", "promised"),
    ]


def test_a_dash_before_including_goes_on_with_the_content():
    text = "Avery said the harbor board would weigh every option — including a new ferry to the island."
    assert reports(text) == [
        ("indirect", "the harbor board would weigh every option — including a new ferry to the island", "Avery", "said")
    ]


def test_a_typed_dash_ends_the_content():
    text = "Avery said the ferry would run again in May - the harbor board disagreed."
    assert reports(text) == [("indirect", "the ferry would run again in May", "Avery", "said")]
    # a typed dash pair around an aside goes on
    text = "Avery said the ferry - a relic of the war - would run again in May."
    assert reports(text) == [("indirect", "the ferry - a relic of the war - would run again in May", "Avery", "said")]
    # a hyphen inside a word is no dash
    text = "Avery said the ferry would run a twice-daily route in May."
    assert reports(text) == [("indirect", "the ferry would run a twice-daily route in May", "Avery", "said")]


def test_a_typed_dash_before_a_quote_goes_on_with_the_content():
    text = 'Avery said the mayor was supportive of her - at one point telling the board: "Look at her, she knows the harbor."'
    assert reports(text) == [
        ("mixed", 'the mayor was supportive of her - at one point telling the board: "Look at her, she knows the harbor."', "Avery", "said")
    ]


def test_with_after_a_cue_is_left_out_of_the_content():
    text = "Avery agreed with the harbor board's plan to close the pier."
    assert reports(text) == [("indirect", "the harbor board's plan to close the pier", "Avery", "agreed")]
    # false friend: "compared with" reports nothing
    assert reports("Turnout in the harbor towns rose to 40 percent, compared with 33 percent last year.") == []


def test_content_goes_on_after_a_mid_sentence_cue_with_by():
    text = "The harbor board has been standing in the way, Avery said, by delaying every vote on the ferry."
    assert reports(text) == [
        ("indirect", "The harbor board has been standing in the way, Avery said, by delaying every vote on the ferry", "Avery", "said")
    ]


def test_an_as_clause_cue_mid_sentence_reports_what_follows_it():
    text = "Ferry crews can still be fined for missing inspections, and as Avery noted, the harbor board could still suspend their licenses."
    assert reports(text) == [("indirect", "the harbor board could still suspend their licenses", "Avery", "noted")]


def test_content_opening_with_like_goes_on_after_a_mid_sentence_cue():
    text = "Like his remarks about the old harbor master, Ms. Avery said, Mr. Lopez's jokes about the ferry crew were unkind."
    assert [content for _, content, _, _ in reports(text)] == [
        "Like his remarks about the old harbor master, Ms. Avery said, Mr. Lopez's jokes about the ferry crew were unkind"
    ]
