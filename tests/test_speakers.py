"""Speaker attribution: cue patterns, mentions, coreference and discourse rules.

Each test is a short passage written for it; the expected speaker is what a
careful reader would say.
"""

import quoteattr
from quoteattr import Character, QuoteKind


def speakers(text, **options):
    """(quote text, speaker name) for every direct quote."""
    return [
        (q.text, q.speaker.name if q.speaker else None)
        for q in quoteattr.extract(text, **options)
        if q.kind is QuoteKind.DIRECT
    ]


def test_trailing_cue_name_then_verb():
    assert speakers("“We will not comment,” Dmitry Peskov said.") == [("“We will not comment,”", "Dmitry Peskov")]


def test_trailing_cue_verb_then_name():
    assert speakers("“I am not,” said Mr. Darcy.") == [("“I am not,”", "Mr. Darcy")]


def test_leading_cue_with_colon_and_comma():
    text = 'Peskov told reporters: "We are ready." Later Zelenskyy said, "We are not."'
    assert [name for _, name in speakers(text)] == ["Peskov", "Zelenskyy"]


def test_a_cue_phrase_before_a_colon_leads_into_a_quote():
    text = "Mrs. Avery shook her head at the clock. She went on: “It is the eve of the feast.”"
    found = [(q.text, q.speaker.name, text[q.cue.start : q.cue.end]) for q in quoteattr.extract(text)]
    assert found == [("“It is the eve of the feast.”", "Mrs. Avery", "went")]
    # A verb that only starts a cue phrase elsewhere is no lead-in: "went" alone.
    assert speakers("Mrs. Avery went: “It is late.”") == [("“It is late.”", None)]


def test_interrupted_quote_gives_both_pieces_the_same_speaker():
    text = "“One thing,” Anna Smith said, “and then another.”"
    assert speakers(text) == [("“One thing,”", "Anna Smith"), ("“and then another.”", "Anna Smith")]


def test_dash_attribution():
    assert speakers("“Nobody will trade our land.” — Dmytro Lytvyn") == [
        ("“Nobody will trade our land.”", "Dmytro Lytvyn")
    ]


def test_told_object_is_not_the_speaker():
    text = "“It is over,” Maria Lopez told John Smith."
    assert speakers(text) == [("“It is over,”", "Maria Lopez")]


def test_cue_with_citing_phrase():
    text = "“The plan is dead,” Peskov added, citing unnamed officials."
    assert speakers(text)[0][1] == "Peskov"


def test_aide_of_a_leader_is_the_speaker_not_the_leader():
    text = "“Nobody will trade our land,” said Zelenskyy aide Dmytro Lytvyn."
    assert speakers(text)[0][1] == "Dmytro Lytvyn"
    text = "Zelenskyy aide Dmytro Lytvyn said: “Nobody will trade our land.”"
    assert speakers(text)[0][1] == "Dmytro Lytvyn"


def test_role_before_name_and_apposition():
    text = "“We are not going to comment,” Kremlin spokesman Dmitry Peskov said."
    assert speakers(text)[0][1] == "Dmitry Peskov"
    text = "“Rest is the cure,” Hugh Hill, a doctor at the clinic, said."
    assert speakers(text)[0][1] == "Hugh Hill"


def test_party_label_in_brackets_does_not_hide_the_speaker():
    text = "“This is a disgrace,” Sen. Claire McCaskill (D-Mo.) said Friday."
    assert speakers(text)[0][1] == "Claire McCaskill"


def test_pronoun_resolves_to_the_canonical_name():
    text = "Volodymyr Zelenskyy spoke in Kyiv on Monday. “We will not give up,” he said."
    quote = quoteattr.extract(text)[0]
    assert quote.speaker.name == "Volodymyr Zelenskyy"
    assert text[quote.speaker.mention.start : quote.speaker.mention.end] == "he"


def test_pronoun_with_two_candidates_of_different_gender():
    text = (
        "Mary Jones met Robert Brown at the station. "
        "“You are late,” she said. “The train was slow,” he replied."
    )
    assert [name for _, name in speakers(text)] == ["Mary Jones", "Robert Brown"]


def test_a_name_opening_the_content_is_not_the_pronoun_speaker():
    text = "Robert Brown spoke in Ohio on Monday. John Smith, he said, is unfit to serve."
    quote = quoteattr.extract(text)[0]
    assert quote.text == "John Smith, he said, is unfit to serve"
    assert quote.speaker.name == "Robert Brown"
    alone = quoteattr.extract("Trump, she said, is unfit to serve.")[0]
    assert alone.speaker.name == "she"
    # false friend: a name before ", she said" that ends an opening clause is her antecedent
    text = "Mark Ruiz spoke first. When the hearing ended for Maria Lopez, she said the board had failed."
    assert quoteattr.extract(text)[0].speaker.name == "Maria Lopez"


def test_surname_and_titled_surname_join_the_full_name():
    text = (
        "Fitzwilliam Darcy arrived at noon. Later Mr. Darcy sat down. "
        "“I am tired,” said Darcy."
    )
    assert speakers(text)[0][1] == "Fitzwilliam Darcy"


def test_mr_and_mrs_of_one_family_stay_apart():
    text = (
        "“My dear, have you heard?” said Mrs. Bennet. "
        "“I have not,” replied Mr. Bennet. “Nor do I wish to,” he added."
    )
    assert [name for _, name in speakers(text)] == ["Mrs. Bennet", "Mr. Bennet", "Mr. Bennet"]


def test_role_nominal_refers_to_the_person_introduced_with_that_role():
    text = (
        "Ukrainian President Volodymyr Zelenskyy visited the front. "
        "“We will hold,” the president said."
    )
    assert speakers(text)[0][1] == "Volodymyr Zelenskyy"


def test_vocative_is_an_addressee_never_the_speaker():
    text = "Elizabeth Bennet looked up from her book. “Well, Jane, what do you think?”"
    assert speakers(text)[0][1] == "Elizabeth Bennet"


def test_continuation_in_the_same_paragraph():
    text = "“We are ready,” Peskov said. “Of course, we hope for peace.”"
    assert [name for _, name in speakers(text)] == ["Peskov", "Peskov"]


def test_turn_taking_fills_untagged_dialogue_lines():
    text = (
        "“Is it raining?” asked Anne Elliot.\n\n"
        "“Not yet,” said Charles Musgrove.\n\n"
        "“Then we shall walk.”\n\n"
        "“If you wish.”"
    )
    assert [name for _, name in speakers(text)] == [
        "Anne Elliot", "Charles Musgrove", "Anne Elliot", "Charles Musgrove"
    ]  # fmt: skip


def test_an_untagged_line_after_narration_answers_the_last_speaker():
    text = (
        "“Is it raining?” asked Anne Elliot.\n\n"
        "“Not yet,” said Charles Musgrove.\n\n"
        "The wind rose over the hill and the trees bent low.\n\n"
        "“Then we shall walk.”"
    )
    assert [name for _, name in speakers(text)] == ["Anne Elliot", "Charles Musgrove", "Anne Elliot"]


def test_person_addressed_in_the_last_line_answers():
    text = (
        "Tony came in from the garden.\n\n"
        "“That’s all right, Tony,” said Brenda Last.\n\n"
        "“Did I wake you up?”"
    )
    assert speakers(text)[-1][1] == "Tony"


def test_narration_before_a_quote_names_the_speaker():
    text = "Jane Fairfax smiled at the fire. “I never knew a warmer evening.”"
    assert speakers(text)[0][1] == "Jane Fairfax"


def test_transcript_label_names_the_speaker_and_is_not_part_of_the_quote():
    text = 'Partial transcript:\n\n"WALLACE: Will she be there?\n\n"PENCE: She will not.'
    quotes = quoteattr.extract(text)
    assert [(q.text, q.speaker.name) for q in quotes] == [
        ("Will she be there?", "WALLACE"),
        ("She will not.", "PENCE"),
    ]


def test_no_evidence_leaves_the_speaker_unknown_with_low_confidence():
    quote = quoteattr.extract("The shop had a sign in the window: “Closed for the season.”")
    assert [q.speaker for q in quote] == [None]
    quote = quoteattr.extract("“Closed for the season, back in May.”")[0]
    assert quote.speaker is None and quote.confidence < 0.5


def test_confidence_is_higher_for_an_explicit_cue_than_for_turn_taking():
    text = "“Is it raining?” asked Anne Elliot.\n\n“Not yet,” said Charles Musgrove.\n\n“Then we shall walk.”"
    explicit, _, implicit = quoteattr.extract(text)
    assert 0 <= implicit.confidence < explicit.confidence <= 1


def test_user_supplied_characters_fix_the_cast():
    cast = [Character("Elizabeth Bennet", aliases=("Lizzy", "Eliza"), gender="F")]
    text = "“I am quite sure,” said Lizzy."
    assert speakers(text, characters=cast) == [("“I am quite sure,”", "Elizabeth Bennet")]


def test_speaker_spans_slice_the_text():
    text = "“We will win,” said Jane Smith. “Maybe,” she added."
    for quote in quoteattr.extract(text):
        mention = quote.speaker.mention
        assert text[mention.start : mention.end] in ("Jane Smith", "she")
        assert text[quote.cue.start : quote.cue.end] in ("said", "added")


def test_addressee_from_a_vocative_the_cue_and_the_conversation():
    text = (
        "Anne Elliot and Charles Musgrove walked on.\n\n"
        "“Well, Charles, shall we turn back?” asked Anne Elliot.\n\n"
        "“Not yet,” Charles Musgrove told her."
    )
    first, second = quoteattr.extract(text)
    assert first.addressee.name == "Charles Musgrove"  # the vocative
    assert second.addressee.name == "Anne Elliot"  # "told her", and the turn before
    assert first.addressee.name != first.speaker.name


def test_no_addressee_without_evidence():
    (quote,) = quoteattr.extract("“We will win,” Jane Smith said.")
    assert quote.addressee is None


def test_a_quote_closing_on_a_comma_takes_the_cue_after_it():
    text = "Ann Lee scolded Tom Ford: “That is not what we agreed,” he said."
    quotes = [q for q in quoteattr.extract(text) if q.kind is QuoteKind.DIRECT]
    assert [q.speaker.name for q in quotes] == ["Tom Ford"]
    assert text[quotes[0].speaker.mention.start : quotes[0].speaker.mention.end] == "he"


def test_a_subordinate_clause_after_a_quote_is_not_its_cue():
    text = "Donald Trump smiled. “That makes me smart,” when Hillary Clinton blasted him, drew cheers."
    assert speakers(text) == [("“That makes me smart,”", "Donald Trump")]


def test_news_quote_opening_the_next_paragraph_continues_the_speaker():
    text = (
        "The mayor spoke to Henry Cole, who runs the food bank.\n\n"
        "“We ran out of bread by noon,” he said.\n\n"
        "“Next week will be worse. We need help.”\n\n"
        "The city council meets on Friday."
    )
    assert speakers(text) == [
        ("“We ran out of bread by noon,”", "Henry Cole"),
        ("“Next week will be worse. We need help.”", "Henry Cole"),
    ]


def test_in_a_run_of_dialogue_the_next_paragraph_is_not_a_continuation():
    text = "“Where is it?” asked Tom.\n\n“In the barn,” Mary said.\n\n“Which barn?”\n\n“The red one.”"
    assert [name for _, name in speakers(text)] == ["Tom", "Mary", "Tom", "Mary"]


def test_a_participle_cue_before_a_quote_belongs_to_the_sentence_subject():
    text = "Howard Dean, a former party chairman, poked at the debate, tweeting, “Notice the sniffing.”"
    assert speakers(text) == [("“Notice the sniffing.”", "Howard Dean")]


def test_an_object_pronoun_after_the_cue_is_never_the_speaker():
    # Also: the head of an "of" phrase speaks, and "chief executive" is one role.
    text = "The chief executive of Ora Media told me, “We sell content.”"
    assert speakers(text) == [("“We sell content.”", "The chief executive")]


def test_a_cue_word_used_as_a_noun_is_no_cue():
    # "the message:", "his answer": nouns, so the determiner is no speaker.
    assert speakers("Ann Ford read the notice, the message: “Closed until Monday.”") == [
        ("“Closed until Monday.”", None)
    ]
    assert speakers("Ann Ford frowned. “Never,” his answer to Tom Hale was.") == [("“Never,”", "Ann Ford")]


def test_as_x_put_it_names_the_source():
    text = "As Ruth Hale, a tax lawyer at a think tank, recently put it, “Did he lower his taxes?”"
    assert speakers(text) == [("“Did he lower his taxes?”", "Ruth Hale")]


def test_headline_colon_quote_goes_to_the_person_the_article_names():
    text = (
        "Warren Hammers Bank Chief: ‘You Should Resign.’\n\n"
        "Sen. Elizabeth Warren spoke on Tuesday. Warren was angry."
    )
    assert speakers(text) == [("‘You Should Resign.’", "Elizabeth Warren")]


def test_a_transcript_speech_running_into_the_next_paragraph_keeps_its_label():
    text = '"PENCE: Well, look, we are ready for this.\n\n"But the truth is we will win.\n\nEnd of transcript.'
    assert [name for _, name in speakers(text)] == ["PENCE", "PENCE"]
def test_a_one_off_longer_name_does_not_rename_a_character():
    # "With Mrs. Grey Nora …" is read as one name, once: Nora keeps her name.
    text = (
        "“I am here,” said Nora.\n\n“So you are,” said Nora.\n\n"
        "With Mrs. Grey Nora went out.\n\n“Goodbye,” said Nora."
    )
    assert [name for _, name in speakers(text)] == ["Nora", "Nora", "Nora"]


def test_a_name_broken_across_lines_is_one_name():
    text = (
        "The rain had not stopped since morning, and the road to the village was\n"
        "a river of mud by the time the carriage reached the gate of the house.\n\n"
        "\"Then we shall walk,\" said Colonel\n"
        "Brandon, and he opened the door of the carriage without another word.\n"
    )
    assert [name for _, name in speakers(text)] == ["Colonel Brandon"]


def test_first_person_narrator_is_the_name_others_address_not_the_one_i_address():
    # The narrator calls Kitty by name; Mary calls the narrator Tom, more often.
    block = (
        "“Good morning, Tom,” said Mary.\n\n"
        "“Good morning, Kitty,” I said, and I smiled at her.\n\n"
        "“Will you walk with us, Tom?” asked Mary.\n\n"
        "“I will,” I said.\n\n"
    )
    text = (
        block * 4 + "Mary waved to Tom from the gate.\n\n"
        + block * 4 + "Then Mary called for Tom again.\n\n"
        + block * 4 + "Mary smiled at Tom.\n\n"
    )
    assert [name for _, name in speakers(text)][:4] == ["Mary", "Tom", "Mary", "Tom"]


def test_miss_and_mrs_of_one_family_are_two_people():
    text = "“Is it late?” asked Mrs. Gray.\n\n“Not at all,” said Miss Gray."
    assert [name for _, name in speakers(text)] == ["Mrs. Gray", "Miss Gray"]


def test_the_usual_name_is_kept_over_a_fuller_one_met_later():
    text = (
        "“Come in,” said Mrs. Gray.\n\n“Sit down,” said Mrs. Gray.\n\n"
        "“It is cold,” said Mrs. Gray.\n\nThe letter was signed Ellen Gray.\n\n"
        "Tom looked at the name Ellen Gray for a long time.\n\n“Tea?” said Mrs. Gray."
    )
    assert [name for _, name in speakers(text)][-1] == "Mrs. Gray"


def test_a_line_is_not_given_to_the_person_it_calls_by_name():
    text = (
        "“It is late,” said William.\n\n“Is it?” said Katharine.\n\n"
        "Katharine looked at him and laughed.\n\n"
        "“You may laugh, Katharine, but it is late.”"
    )
    assert [name for _, name in speakers(text)] == ["William", "Katharine", "William"]


def test_a_pronoun_cue_is_not_read_as_the_person_addressed():
    text = "William came in with Tom.\n\n“You may laugh, William,” he said."
    assert [name for _, name in speakers(text)] == ["Tom"]


def test_a_possessive_after_a_name_tells_its_gender():
    # Neither "Colonel" nor "Doctor" tells a gender; "his hat" and "herself" do.
    text = (
        "Colonel Brandon took up his hat. Colonel Brandon shook his head.\n\n"
        "Doctor Ashby looked at herself in the glass. Doctor Ashby smoothed her hair herself.\n\n"
        "“I must go,” he said."
    )
    assert [name for _, name in speakers(text)] == ["Colonel Brandon"]


def test_a_pronoun_prefers_a_named_person_to_a_bare_description():
    # "The young man" is Archer described, not someone new.
    text = "Newland Archer stood at the window. The young man was tired.\n\n“Good evening,” he said."
    assert [name for _, name in speakers(text)] == ["Newland Archer"]


def test_a_described_speaker_in_dialogue_is_the_named_speaker_two_lines_back():
    text = (
        "“Is it late?” asked John Archer.\n\n“Not very,” said Ellen.\n\n"
        "“Then I shall stay,” said the young man."
    )
    assert [name for _, name in speakers(text)] == ["John Archer", "Ellen", "John Archer"]


def test_a_described_newcomer_after_narration_keeps_the_description():
    text = "“Is it late?” asked John Archer.\n\nThe door opened.\n\n“Very late,” said the old man."
    assert [name for _, name in speakers(text)] == ["John Archer", "the old man"]


def test_a_capitalised_title_is_a_speaker_of_its_own():
    text = "“Is it late?” asked John Archer.\n\n“Not very,” said Ellen.\n\n“Stay,” said the Professor."
    assert [name for _, name in speakers(text)] == ["John Archer", "Ellen", "the Professor"]


def test_narration_leading_into_a_line_beats_turn_taking():
    text = (
        "“Is it late?” asked John Archer.\n\n“Not very,” said Ellen.\n\n"
        "Kate Moray came in from the garden. “Hello, both of you.”"
    )
    assert [name for _, name in speakers(text)] == ["John Archer", "Ellen", "Kate Moray"]


def test_narration_after_a_line_in_its_paragraph_beats_turn_taking():
    text = (
        "“Is it late?” asked John Archer.\n\n“Not very,” said Ellen.\n\n"
        "“Hello, both of you.” Kate Moray came in from the garden."
    )
    assert [name for _, name in speakers(text)] == ["John Archer", "Ellen", "Kate Moray"]


def test_a_role_the_cast_names_goes_to_that_character():
    text = (
        "Mr. Bennet read in a wife's absence. A wife, the neighbours said, was a blessing.\n\n"
        "“Do you not want to know?” cried his wife."
    )
    cast = [Character("Mr. Bennet", gender="M"), Character("Mrs. Bennet", aliases=("his wife",), gender="F")]
    assert speakers(text, characters=cast) == [("“Do you not want to know?”", "Mrs. Bennet")]


def test_a_joined_cue_takes_the_clause_subject_not_a_place_before_it():
    text = "In Salem, Ana Ruiz toured a shipyard and said the harbor needed a new dredging contract."
    found = [q for q in quoteattr.extract(text) if q.kind is quoteattr.QuoteKind.INDIRECT]
    assert [(q.text, q.speaker.name if q.speaker else None) for q in found] == [
        ("the harbor needed a new dredging contract", "Ana Ruiz")
    ]


def test_a_cue_at_the_end_of_a_verb_chain_takes_the_chain_subject():
    def speakers(text):
        return [
            (q.text, q.speaker.name if q.speaker else None)
            for q in quoteattr.extract(text)
            if q.kind is QuoteKind.INDIRECT
        ]

    text = "The board hired Tom Avery, who went on to argue that the ferry should be free for children."
    assert speakers(text) == [("that the ferry should be free for children", "Tom Avery")]
    text = "Ana Ruiz tried to explain why the ferry had been delayed again."
    assert quoteattr.extract(text)[0].speaker.mention == quoteattr.Span(0, 8)


def test_a_bare_title_refers_to_the_one_person_with_that_title():
    text = (
        "“Count Mippipopolous, meet my friend Lady Ashley.”\n\n"
        "The evening went on for a long while after that.\n\n"
        "“Good night, sir,” said the count."
    )
    assert speakers(text)[-1][1] == "Count Mippipopolous"


def test_a_bare_title_several_people_hold_stays_a_role():
    text = (
        "Captain Wentworth and Captain Harville came in. "
        "Much later, after a long walk, “We sail tomorrow,” said the captain."
    )
    assert speakers(text)[0][1] == "Captain Harville"  # the last one introduced with the title


def test_his_wife_is_mrs_and_his_surname():
    text = (
        "Mrs. Bennet talked on and on. Mr. Bennet put down his book. "
        "“Have you heard?” said his wife."
    )
    assert speakers(text)[0][1] == "Mrs. Bennet"


def test_her_husband_is_mr_and_her_surname():
    text = "Mr. Palmer read. Mrs. Palmer laughed at everything. “He is so droll!” said her husband."
    assert speakers(text)[0][1] == "Mr. Palmer"


def test_her_father_is_mr_and_her_surname_unless_she_is_a_mrs():
    text = (
        "Mrs. Bennet talked. Mr. Bennet read. Miss Lydia Bennet sat down. "
        "Lydia looked at her father. “Well?” said her father."
    )
    assert speakers(text)[0][1] == "Mr. Bennet"


def test_her_father_when_the_nearest_woman_is_a_wife_is_the_next_woman_s_father():
    text = (
        "Mr. Bennet read. Miss Jane Bennet sat by the window. Mrs. Bennet talked on.\n\n"
        "“Kitty coughs too much,” said her father."
    )
    assert speakers(text)[0][1] == "Mr. Bennet"


def test_a_young_man_s_mrs_is_his_mother_not_his_wife():
    text = "Mrs. Archer sat by the fire. Newland Archer came in late. “You are late,” said his wife."
    assert speakers(text)[0][1] == "his wife"


def test_her_aunt_is_the_one_person_titled_aunt():
    text = "Aunt Juley was old. Margaret Schlegel sat down. “No, dear,” said her aunt."
    assert speakers(text)[0][1] == "Aunt Juley"


def test_he_answering_a_line_that_named_someone_is_that_person():
    text = (
        "Dorian Gray went in. Adrian Singleton looked up from a lamp.\n\n"
        "“You here, Adrian?” muttered Dorian Gray.\n\n"
        "“Where else should I be?” he answered. “None of the chaps will speak to me now.”"
    )
    assert [name for _, name in speakers(text)] == ["Dorian Gray", "Adrian Singleton", "Adrian Singleton"]


def test_turn_taking_trusts_a_cue_ahead_more_than_a_guess_behind():
    from quoteattr.attribution.context import Attribution, Context
    from quoteattr.attribution.discourse import turn_taking, turns_by_paragraph
    from quoteattr.pipeline import annotate

    doc = annotate(
        "Mary Jones and Ann Smith and Tom Brown sat in the garden.\n\n"
        "“Is it late?”\n\n“Nearly six.”\n\n“Then we must go.”\n\n“Not yet.”\n\n“Why not?”"
    )
    ctx = Context(doc)
    quotes = [marks for marks in doc.quote_marks if marks.is_speech]
    ctx.turns = turns_by_paragraph(quotes)
    mary, ann, tom = 0, 1, 2  # mentions in the first paragraph
    found = [
        Attribution(mary, None, 0.4, "reply"),  # a guess
        Attribution(tom, None, 0.6, "turn-taking"),
        None,
        Attribution(tom, None, 0.9, "trailing cue"),
        Attribution(ann, None, 0.95, "trailing cue"),  # a cue two lines ahead
    ]
    chosen = turn_taking(ctx, quotes, found, 2)
    assert chosen is not None and chosen.mention == ann


def test_narration_closing_the_line_before_hands_the_next_line_over():
    text = (
        "Jane Fairfax sat by the window.\n\n"
        "“You were speaking,” said Frank Churchill gravely. Jane Fairfax recovered her voice.\n\n"
        "“I was only going to observe that it is rare.”"
    )
    assert [name for _, name in speakers(text)] == ["Frank Churchill", "Jane Fairfax"]


def test_a_place_the_text_mostly_goes_to_is_nobody():
    text = (
        "Emma walked to Hartfield. They dined at Hartfield. Hartfield was warm. She came from Hartfield.\n\n"
        "Hartfield looked lovely that evening. “What a charming evening,” she said."
    )
    assert speakers(text)[0][1] == "Emma"


def test_a_house_name_is_nobody():
    text = "Margaret Schlegel stood at the gate. Howards End was quiet. “It is so still.”"
    assert speakers(text)[0][1] is None  # not "Howards End", the subject of the sentence before


def test_a_title_of_rank_stays_in_the_name():
    text = "Sir Walter Elliot looked in the glass. “Tolerable,” said Sir Walter Elliot."
    assert speakers(text)[0][1] == "Sir Walter Elliot"


def test_a_run_of_untagged_lines_is_filled_from_a_late_cue():
    text = (
        "“Do you draw?”\n\n“No, not at all.”\n\n“What, none of you?”\n\n“Not one.”\n\n"
        "“That is very strange.”\n\n“Is it?”\n\n"
        "“I never heard of such a thing,” said Lady Catherine.\n\n“We never had a governess,” said Elizabeth Bennet."
    )
    names = [name for _, name in speakers(text)]
    assert names == ["Lady Catherine", "Elizabeth Bennet"] * 4


def test_a_cue_and_dash_closing_the_paragraph_before_names_the_speaker():
    text = (
        "They walked on. Presently, turning to Anne Elliot, Charles Musgrove said--\n\n"
        "“Which way are you going?”"
    )
    assert speakers(text)[0][1] == "Charles Musgrove"


def test_a_role_nominal_does_not_run_across_a_preposition():
    text = (
        "Emma returned all her attention to her father, saying in secret--\n\n"
        "“I am glad I have done being in love with him.”"
    )
    assert speakers(text)[0][1] == "Emma"


def test_mrs_and_a_girl_s_surname_is_her_mother():
    text = (
        "Katharine Hilbery poured out the tea. Mrs. Hilbery came in with the photographs.\n\n"
        "“Dearest children,” said Mrs. Hilbery.\n\n“Yes, mother,” said Katharine Hilbery."
    )
    assert [name for _, name in speakers(text)] == ["Mrs. Hilbery", "Katharine Hilbery"]


def test_she_is_never_the_first_person_narrator():
    # Others call the narrator Alexis (a name the first-name list has as female).
    block = (
        "“Good morning, Alexis,” said Polina.\n\n"
        "“Good morning,” I said, and I bowed to her.\n\n"
        "“Will you walk with us, Alexis?” asked Polina.\n\n"
        "“I will,” I said.\n\n"
    )
    text = (
        "The tutor, Alexis Ivanovitch, came back from Paris.\n\n" + block * 12
        + "Polina turned away. I followed, and I waited.\n\n“You are late,” she said."
    )
    assert speakers(text)[-1][1] == "Polina"


def test_a_patronymic_tells_the_gender():
    text = "Polina Alexandrovna sat by the window. Alexis Ivanovitch came in. “I am late,” he said."
    assert speakers(text)[0][1] == "Alexis Ivanovitch"


def test_a_name_after_a_title_may_start_with_its_particles():
    text = "Mr. van der Luyden rose from his chair. “We dine at eight,” said Mr. van der Luyden."
    assert speakers(text)[0][1] == "Mr. van der Luyden"


def test_plain_mrs_is_not_the_mrs_known_by_her_husband_s_first_name():
    text = (
        "Mrs. John Dashwood did not at all approve of it.\n\n"
        "“Then we shall go to Devonshire,” said Mrs. Dashwood."
    )
    assert speakers(text)[0][1] == "Mrs. Dashwood"


def test_her_mother_of_a_girl_called_by_her_first_name_takes_the_family_name_from_the_text():
    text = (
        "“Miss Elizabeth Bennet, I believe?” said the stranger.\n\n"
        "Mr. Bennet read. Mrs. Bennet talked on. Elizabeth looked up from her book.\n\n"
        "“Lizzy is not a bit better than the others,” said her mother."
    )
    assert speakers(text)[-1][1] == "Mrs. Bennet"


def test_fiction_s_cue_phrases_and_quotation_only_verbs_tag_a_quote():
    text = (
        "“Tell huh,” said Mrs. Jones.\n\n“No, no,” put in Kitty Hamilton.\n\n"
        "“But surely one pays a price?” suggested Basil Hallward."
    )
    assert [name for _, name in speakers(text)] == ["Mrs. Jones", "Kitty Hamilton", "Basil Hallward"]


def test_a_line_nothing_else_places_goes_to_the_person_last_named():
    text = "Tony Last came home late.\n\nThe house was dark and cold.\n\n“Hello?”"
    assert speakers(text)[0][1] == "Tony Last"


def test_a_question_is_answered_by_the_other_speaker_not_continued():
    text = (
        "“The gate is shut,” said Ann Cole.\n\n"
        "Tom Reed looked at the sky.\n\n"
        "“Is the ferry running?” asked Tom.\n\n"
        "“Not until Monday.”\n\n"
        "They walked on to the harbour."
    )
    assert [name for _, name in speakers(text)] == ["Ann Cole", "Tom Reed", "Ann Cole"]


def test_a_long_news_statement_in_the_next_paragraph_continues_the_speaker():
    text = (
        "Officials met on Monday.\n\n"
        "“The bridge is safe for cars,” Mayor Helen Marsh said.\n\n"
        "“But we will close it to lorries until the engineers have finished their report in May.”\n\n"
        "The council meets on Friday."
    )
    assert [name for _, name in speakers(text)] == ["Helen Marsh", "Helen Marsh"]


def test_the_person_a_cue_addresses_answers_the_next_line():
    text = (
        "Tony and Brenda came in with Marjorie.\n\n"
        "“Good night,” said Brenda.\n\n"
        "Then Tony said to Marjorie, “She was very quiet this evening.”\n\n"
        "“I didn't know you noticed.”"
    )
    assert [name for _, name in speakers(text)] == ["Brenda", "Tony", "Marjorie"]


def test_fiction_s_trades_are_speakers():
    text = (
        "Mr. Marvel sat on the bench.\n\n"
        "“Indeed!” said the mariner.\n\n"
        "“Zero!” cried the croupier.\n\n"
        "“Not with that thing behind me,” said the barman."
    )
    assert [name for _, name in speakers(text)] == ["the mariner", "the croupier", "the barman"]


def test_a_cue_ending_the_paragraph_before_with_a_comma_leads_into_the_quote():
    text = (
        "Mr. Collins spoke of his hopes. When he ceased, the colour rose into her cheeks, "
        "and Elizabeth said,\n\n"
        "“In such cases as this, it is the established mode to express a sense of obligation.”"
    )
    assert speakers(text)[0][1] == "Elizabeth"



def test_could_only_and_could_not_resist_stand_between_subject_and_cue():
    text = (
        "Elinor sat with her sister. It was too much for Marianne, who could only exclaim, "
        "“Oh! Elinor, I am miserable.” Mr. Wilcox smiled. Margaret could not resist saying, "
        "“Why did you go there, then?”"
    )
    assert [name for _, name in speakers(text)] == ["Marianne", "Margaret"]


def test_may_is_a_name_mid_sentence_and_a_month_after_in():
    text = (
        "Archer looked at May Welland. They had met in May.\n\n"
        "“It's so delicious,” said May.\n\n"
        "“May I come in?” he asked."
    )
    assert [name for _, name in speakers(text)][0] == "May Welland"
    assert all(q.speaker.name != "May" for q in quoteattr.extract("They met in May. “Hello,” said Archer."))
