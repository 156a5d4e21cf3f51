"""The report's memory of who is who: role descriptions, group nouns and pronouns resolved to the people and bodies
the report named, and left alone where it named no one."""

import pytest

# -- role descriptions ----------------------------------------------------------------------------------------

def test_an_apposition_makes_a_later_role_description_resolve(said):
    body = "“We will not stop,” said Franak Viachorka, Tsikhanouskaya's adviser. The adviser added that the office would move."
    assert said(body)[-1] == ("Franak Viachorka", "added", "the office would move", False, False)


def test_a_title_before_a_name_makes_a_role_description_resolve(said):
    body = ("Opposition leader Sviatlana Tsikhanouskaya met Lithuanian President Gitanas Nauseda on Monday. "
            "The exiled leader said the meeting had been productive.")
    assert said(body) == [("Sviatlana Tsikhanouskaya", "said", "the meeting had been productive", False, False)]


def test_the_kremlin_spokesman(said):
    body = ("Kremlin spokesman Dmitry Peskov declined to comment on Monday. Later, the Kremlin spokesman said Moscow had "
            "not been informed.")
    assert said(body) == [("Dmitry Peskov", "said", "Moscow had not been informed", False, False)]


def test_a_role_nobody_in_the_report_holds_stays_a_description(said):
    body = "Natalia Hersche was released in February. The Swiss-Belarusian activist told reporters she had been held alone."
    assert said(body)[0][0] == "The Swiss-Belarusian activist"
    assert said("The president said the elections would be held in February.")[0][0] == "The president"


# -- organisations ---------------------------------------------------------------------------------------------

def test_group_nouns_go_to_the_organisation_of_that_kind(said):
    body = ("A group calling itself the Cyber Partisans said it had encrypted the servers of the railway. The hackers "
            "said they would release the keys if political prisoners were freed.")
    assert [s[0] for s in said(body)] == ["Cyber Partisans", "Cyber Partisans"]


def test_the_ministry_and_the_group_named_in_an_apposition(said):
    assert [s[0] for s in said("The Interior Ministry said 150 people had been detained. The ministry added that most "
                               "had been released.")] == ["Interior Ministry", "Interior Ministry"]
    assert [s[0] for s in said("Viasna, the human rights group, said the arrests continued. The group said 20 people "
                               "were detained in Homel alone.")] == ["Viasna", "Viasna"]


def test_it_stands_for_an_organisation_and_speaks_as_we(said):
    body = ("The Kastus Kalinouski Regiment said on Telegram that two of its fighters had been killed. "
            "“We honour their memory,” it said.")
    assert said(body)[-1] == ("Kastus Kalinouski Regiment", "said", "We honour their memory,", True, False)
    assert [s[0] for s in said("The foreign ministry said it would respond. It said the sanctions were illegal.")] == [
        "The foreign ministry", "The foreign ministry"]


# -- pronouns --------------------------------------------------------------------------------------------------

def test_never_a_womans_quote_to_the_man_named_last(said):
    body = "Tsikhanouskaya met Pavel Latushka in Vilnius. “We agreed on a common plan,” she said."
    assert said(body) == [("Tsikhanouskaya", "said", "We agreed on a common plan,", True, False)]


def test_he_goes_to_the_man_not_to_the_woman_he_visited(said):
    body = "Maria Kalesnikava's lawyer, Uladzimir Pylchanka, visited her on Tuesday. “She is in good spirits,” he said."
    assert said(body) == [("Uladzimir Pylchanka", "said", "She is in good spirits,", True, False)]


def test_she_after_a_described_speaker_of_her_gender(said):
    body = "“We don't know where he is,” his wife told Zerkalo. She said she last heard from him on Friday."
    assert said(body)[-1] == ("his wife", "said", "she last heard from him on Friday", False, False)


def test_he_after_an_unnamed_source_who_spoke(said):
    body = ("Permanent representatives have passed the fifth package of sanctions, a source in the delegation told TASS "
            "on Wednesday. “The decision will be published on Thursday,” he said.")
    assert [s[0] for s in said(body)] == ["a source in the delegation", "a source in the delegation"]


def test_they_after_two_people_named_together(said):
    body = "Putin and Lukashenko met in Sochi on Friday. They said the union state would deepen."
    assert said(body) == [("Putin and Lukashenko", "said", "the union state would deepen", False, False)]


def test_they_after_a_group_the_sentence_was_about(said):
    body = ("Her supporters took to the streets of the capital to protest what they saw as official manipulation of "
            "the vote.")
    assert said(body) == [("Her supporters", "saw as", "official manipulation of the vote", False, False)]


def test_many_stands_for_the_group_just_counted(said):
    body = ("Many Belarusians still do not realise the scale of the war. Instead, many view it as a “special military "
            "operation”.")
    assert said(body) == [("Many Belarusians", "view it as", "special military operation", True, False)]


# -- no one -----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "It is too early to say whether the sanctions will work.",
    "Many believe that the regime will survive the winter.",
    "The statement did not say how many people had been detained.",
    "Officials declined to say where the prisoners were held.",
])
def test_words_that_name_no_speaker_make_no_statement(said, body):
    assert said(body) == []


def test_a_pronoun_nobody_stands_for_stays_a_pronoun(said):
    assert said("The verdict is a disgrace, she wrote on X.") == [
        ("she", "wrote", "The verdict is a disgrace", False, False)]


def test_he_inside_someones_quote_is_not_the_speaker(said):
    body = "Lukashenko met Putin. “He knows what he is doing,” Tsikhanouskaya said of him."
    assert said(body)[-1][0] == "Tsikhanouskaya"


def test_a_group_known_as_a_name_is_that_name(said):
    body = ("A group of Belarusian hackers known as the Cyber Partisans said it had broken into a state database. "
            "The group says it has about 30 core members. The hackers said they would publish the files.")
    assert [s[0] for s in said(body)] == ["Cyber Partisans"] * 3
