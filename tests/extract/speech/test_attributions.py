"""Who said what, on sentences written for these tests (the real English pipeline)."""

from tests.extract.speech.conftest import read_statements


def attributions(nlp, body, title="Report", authors=()):
    return [(a.source, a.cue, a.content, a.direct, a.hedged)
            for a in read_statements(nlp, body, title=title, authors=authors)]


def test_quote_then_said_pronoun_resolves_to_the_named_speaker(nlp):
    body = "Maria Kalesnikava spoke from prison through her lawyer. “I do not regret anything,” she said."
    assert attributions(nlp, body)[-1] == ("Maria Kalesnikava", "said", "I do not regret anything,", True, False)


def test_inverted_said_with_a_named_speaker(nlp):
    body = "“The border is closed for now,” said Pavel Latushka, a former culture minister."
    assert attributions(nlp, body) == [("Pavel Latushka", "said", "The border is closed for now,", True, False)]


def test_speaker_before_a_colon(nlp):
    body = "Franak Vyachorka told reporters in Vilnius: “The regime is afraid of its own soldiers.”"
    assert attributions(nlp, body) == [
        ("Franak Vyachorka", "told", "The regime is afraid of its own soldiers.", True, False)]


def test_a_second_quote_without_a_verb_continues_the_speaker(nlp):
    body = "“We will not leave,” the volunteer Ihar Lednik said. “This is our war too.”"
    assert attributions(nlp, body) == [
        ("Ihar Lednik", "said", "We will not leave,", True, False),
        ("Ihar Lednik", None, "This is our war too.", True, False),
    ]


def test_a_quote_only_paragraph_continues_the_speaker_of_the_paragraph_before(nlp):
    body = ("Sviatlana Tsikhanouskaya said the regime had lost control of the army.\n\n"
            "“Soldiers are asking us how to desert without being caught.”")
    found = attributions(nlp, body)
    assert found[-1] == ("Sviatlana Tsikhanouskaya", None, "Soldiers are asking us how to desert without being caught.",
                         True, False)


def test_scare_quotes_are_no_ones_speech(nlp):
    body = "The so-called ‘elections’ were held under a state of emergency, and the ‘winners’ were announced at night."
    assert [a for a in attributions(nlp, body) if a[3]] == []


def test_a_partial_quote_inside_reported_speech_is_listed_twice(nlp):
    body = "The foreign minister said the talks had been “constructive but very difficult” and would go on."
    found = attributions(nlp, body)
    assert ("The foreign minister", "said",
            "the talks had been “constructive but very difficult” and would go on", False, False) in found
    assert ("The foreign minister", "said", "constructive but very difficult", True, False) in found


def test_reported_clause_after_a_verb_of_denial(nlp):
    body = "The defence ministry denied that its aircraft had crossed into Lithuanian airspace."
    assert attributions(nlp, body) == [
        ("The defence ministry", "denied", "its aircraft had crossed into Lithuanian airspace", False, False)]


def test_reported_clause_before_the_verb(nlp):
    body = "The sanctions will hurt the regime more than the people, Pavel Latushka said on Monday."
    assert attributions(nlp, body) == [
        ("Pavel Latushka", "said", "The sanctions will hurt the regime more than the people", False, False)]


def test_according_to(nlp):
    body = "According to the United Nations, more than 3,000 civilians have been killed since February."
    (found,) = attributions(nlp, body)
    assert found[0] == "United Nations" and found[1] == "According to"
    assert found[2] == "more than 3,000 civilians have been killed since February"


def test_as_x_argues(nlp):
    body = "As the economist Kateryna Bondar argues, the potash ban has cost Minsk a fifth of its export income."
    (found,) = attributions(nlp, body)
    assert found[:2] == ("Kateryna Bondar", "argues")
    assert found[2] == "the potash ban has cost Minsk a fifth of its export income"


def test_called_on_someone_to_do_something(nlp):
    body = "The opposition called on factory workers to join a nationwide strike on Monday."
    (found,) = attributions(nlp, body)
    assert found[:2] == ("The opposition", "called on")
    assert found[2] == "factory workers to join a nationwide strike on Monday"


def test_announcing_an_object(nlp):
    body = "Pavel Latushka announced the creation of a new coalition of exiled politicians."
    assert attributions(nlp, body) == [
        ("Pavel Latushka", "announced", "the creation of a new coalition of exiled politicians", False, False)]


def test_claim_noun_with_an_owner(nlp):
    body = "Zelensky's warning that Belarus could enter the war was repeated by his aides."
    (found,) = attributions(nlp, body)
    assert found[0] == "Zelensky" and found[2] == "Belarus could enter the war"


def test_two_voices_in_one_sentence_stay_apart(nlp):
    body = "Police said the crowd had been violent, while the organisers said the march was peaceful."
    found = attributions(nlp, body)
    assert ("Police", "said", "the crowd had been violent", False, False) in found
    assert ("the organisers", "said", "the march was peaceful", False, False) in found


def test_hedge_words_mark_the_claim(nlp):
    body = "The group claimed that it had allegedly disabled the signalling system near Orsha."
    ((source, cue, content, direct, hedged),) = attributions(nlp, body)
    assert (source, cue, hedged) == ("The group", "claimed", True)


def test_unnamed_reports_and_pictures_are_hedged(nlp):
    body = "Images indicating a column of tanks near Mazyr circulated online."
    ((source, cue, content, direct, hedged),) = attributions(nlp, body)
    assert (source, cue, content, hedged) == ("Images", "indicating", "a column of tanks near Mazyr", True)


def test_a_writers_caveat_hedges_the_claims_of_its_paragraph(nlp):
    body = ("The ministry said 12 people were detained. Activists said more than 40 were held. "
            "Neither claim can be confirmed.\n\nThe mayor said the square would reopen.")
    found = attributions(nlp, body)
    hedged = {content: h for _, _, content, _, h in found}
    assert hedged["12 people were detained"] and hedged["more than 40 were held"]
    assert hedged["the square would reopen"] is False


def test_relative_pronouns_are_not_sources(nlp):
    body = "“The buses were full by evening,” said a witness who asked not to be named."
    assert [a[0] for a in attributions(nlp, body)] == ["a witness"]


def test_interviewee_answers_a_qa(nlp):
    body = ("Alena Marozava, a nurse, left Minsk in 2021. We spoke to her in Warsaw.\n\n"
            "Why did you leave?\n\nI was detained twice. The third time I would not have come out.\n\n"
            "Will you go back?\n\nWhen the regime falls, yes.")
    found = attributions(nlp, body, title="“I keep my keys”: a nurse in exile")
    assert ("Alena Marozava", None, "I keep my keys", True, False) in found
    assert ("Alena Marozava", None, "I was detained twice. The third time I would not have come out.", True, False) in found
    assert ("Alena Marozava", None, "When the regime falls, yes.", True, False) in found


def test_a_caveat_in_one_bullet_does_not_hedge_the_bullets_before_it(nlp):
    body = ("Key points:\n  • The ministry said the exercises were defensive.\n"
            "  • Activists said several trains had been stopped. Such reports are difficult to verify.")
    hedged = {content: h for _, _, content, _, h in attributions(nlp, body)}
    assert hedged["the exercises were defensive"] is False
    assert hedged["several trains had been stopped"] is True


def test_a_possessor_in_the_source_phrase_is_not_the_source(nlp):
    body = "Lukashenka’s opponents hope that sanctions will weaken the regime."
    ((source, cue, content, _, _),) = attributions(nlp, body)
    assert (source, cue) == ("Lukashenka’s opponents", "hope")


def test_what_an_interviewee_reports_others_said_is_part_of_the_answer(nlp):
    body = ("Alena Marozava, a nurse, left Minsk in 2021. We spoke to her in Warsaw.\n\n"
            "Why did you leave?\n\nA friend told me they needed medics. My mother said I was mad.\n\n"
            "Will you go back?\n\nWhen the regime falls, yes.")
    found = attributions(nlp, body)
    assert [s[0] for s in found] == ["Alena Marozava", "Alena Marozava"]
