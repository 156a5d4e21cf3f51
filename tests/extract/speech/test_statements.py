"""The reporting constructions of real wire copy, each on sentences written for these tests."""

import pytest


def test_a_source_set_off_by_commas_before_the_verb(said):
    body = ("Lukashenko issued pardons for all those released, the president's spokeswoman, Natalya Eismont, said in a "
            "statement.")
    assert said(body) == [("Natalya Eismont", "said", "Lukashenko issued pardons for all those released", False, False)]


def test_an_unnamed_spokesperson_after_the_content(said):
    body = "The release was brokered by the U.S. envoy Keith Kellogg, a spokesperson for Lithuania's prime minister said."
    assert said(body) == [("a spokesperson for Lithuania's prime minister", "said",
                           "The release was brokered by the U.S. envoy Keith Kellogg", False, False)]


def test_an_apposition_after_the_content_is_part_of_the_source(said):
    body = "Kellogg met Lukashenko in Minsk, the country's state news agency Belta said."
    ((source, cue, content, _, _),) = said(body)
    assert (cue, content) == ("said", "Kellogg met Lukashenko in Minsk")
    assert source.endswith("Belta")


def test_according_to_a_name_and_its_description(said):
    body = ("According to Igor Karpenko, the commission's chairman, nearly 500 international observers were accredited "
            "to monitor the vote.")
    assert said(body) == [("Igor Karpenko", "According to",
                           "nearly 500 international observers were accredited to monitor the vote", False, False)]


def test_according_to_at_the_end_of_a_long_clause(said):
    body = ("On May 18, authorities raided the offices of Tut.by and detained 15 of its employees, according to CPJ "
            "reporting from the time and Anna Kaltygina, a former editor, who spoke to CPJ in a phone interview.")
    ((source, cue, content, _, hedged), *_) = said(body)
    assert (cue, hedged) == ("according to", False)
    assert content == "On May 18, authorities raided the offices of Tut.by and detained 15 of its employees"
    assert source.startswith("CPJ")


def test_according_to_him(said):
    body = "Lukashenko said the union was strong. According to him, this is enough to solve problems."
    assert said(body)[-1] == ("Lukashenko", "According to", "this is enough to solve problems", False, False)


@pytest.mark.parametrize("body,expected", [
    ("Lukashenko told reporters that the border would remain open.",
     ("Lukashenko", "told", "the border would remain open")),
    ("Lukashenko's press service said the president had held a phone call with Putin.",
     ("Lukashenko's press service", "said", "the president had held a phone call with Putin")),
    ("In a statement, the Viasna human rights centre said the number of political prisoners had reached 1,400.",
     ("the Viasna human rights centre", "said", "the number of political prisoners had reached 1,400")),
    ("Tsikhanouskaya wrote on Telegram that the sentences were a crime.",
     ("Tsikhanouskaya", "wrote", "the sentences were a crime")),
    ("Speaking in an interview with Reuters, Latushka said the regime was weakening.",
     ("Latushka", "said", "the regime was weakening")),
    ("Belarus' KGB security service said on Monday it had detained six people suspected of sabotage.",
     ("Belarus' KGB security service", "said", "it had detained six people suspected of sabotage")),
    ("The head of the Belarusian KGB, Ivan Tertel, said that foreign agents were active in the country.",
     ("Ivan Tertel", "said", "foreign agents were active in the country")),
    ("Lukashenko, speaking at a meeting with officials on Tuesday, said that the harvest was the best in a decade.",
     ("Lukashenko", "said", "the harvest was the best in a decade")),
])
def test_the_reporting_verbs_of_wire_copy(said, body, expected):
    assert said(body) == [(*expected, False, False)]


def test_eismonts_statement_said_is_eismont_speaking(said):
    body = ("Natalya Eismont is the president's spokeswoman. Eismont's statement on Telegram said the prisoners had been "
            "pardoned.")
    assert said(body) == [("Eismont", "said", "the prisoners had been pardoned", False, False)]


def test_speech_acts_say_whom_and_why(said):
    body = ("Tsikhanouskaya thanked Donald Trump and others for their efforts to secure her husband's release. "
            "The foreign ministry accused Lithuania of staging a provocation.")
    assert said(body) == [
        ("Tsikhanouskaya", "thanked", "Donald Trump and others for their efforts to secure her husband's release", False,
         False),
        ("The foreign ministry", "accused", "Lithuania of staging a provocation", False, False)]


def test_what_someone_sees_as_something(said):
    body = "Opposition supporters protested against what they saw as official manipulation of the vote."
    assert said(body) == [("Opposition supporters", "saw as", "official manipulation of the vote", False, False)]


def test_an_objects_content_for_verbs_of_rejection(said):
    body = "Tsikhanouskaya rejected the official figures, saying “I will believe my own eyes.”"
    found = said(body)
    assert ("Tsikhanouskaya", "rejected", "the official figures", False, False) in found
    assert ("Tsikhanouskaya", "saying", "I will believe my own eyes.", True, False) in found


def test_a_claim_someone_denies_is_disputed(statements):
    found = statements("Western officials say Russia has moved troops into Belarus, a claim Minsk denies. Official "
                       "results said 65% of voters backed the changes, a figure the opposition dismissed as made up.")
    assert [(a.source, a.cue, a.content, a.hedge) for a in found] == [
        ("Western officials", "say", "Russia has moved troops into Belarus", "disputed: Minsk denies"),
        ("Minsk", "denies", "Russia has moved troops into Belarus", None),
        ("Official results", "said", "65% of voters backed the changes", "disputed: the opposition dismissed"),
        ("the opposition", "dismissed", "65% of voters backed the changes", None)]


def test_a_dateline_is_not_what_was_said(said):
    body = ("VILNIUS, Feb 28 (Baltic Wire) - Police detained more than 800 people on Sunday, according to Viasna.")
    assert said(body) == [("Viasna", "according to", "Police detained more than 800 people on Sunday", False, False)]


def test_where_information_comes_from(said):
    body = ("Information on the incidents has mainly come from Kyiv and the opposition, and as such is difficult to "
            "verify.")
    ((source, cue, content, _, hedged),) = said(body)
    assert (source, content, hedged) == ("Kyiv and the opposition", "Information on the incidents", True)


def test_a_partys_point_of_view(said):
    body = "The sanctions punish Minsk for a vote that was not properly held from the EU’s viewpoint."
    ((source, cue, content, _, hedged),) = said(body)
    assert (cue, content, hedged) == ("from the EU’s viewpoint", "a vote that was not properly held", True)
    assert "EU" in source


def test_evidence_that_suggests_is_tentative_and_owned_video_is_not_unverified(statements):
    found = statements("Protesters rejected the early count suggesting a landslide victory. A video released by her "
                       "office showed Tsikhanouski hugging his wife.")
    tentative, shown = [a for a in found if a.cue in ("suggesting", "showed")]
    assert (tentative.source, tentative.content, tentative.hedge) == (
        "the early count", "a landslide victory", "tentative: suggesting")
    assert (shown.content, shown.hedged) == ("Tsikhanouski hugging his wife", False)


def test_it_is_said_and_reportedly_are_unnamed_sources(said):
    body = ("It was reported that the convoy had crossed the border. The police reportedly sent 15 titles to an expert.")
    assert said(body) == [("unnamed source", "It was reported", "the convoy had crossed the border", False, True),
                          ("unnamed reports", "reportedly", "The police reportedly sent 15 titles to an expert", False,
                           True)]


def test_hope_of_someones_opponents_is_theirs_not_the_possessor(said):
    assert said("Lukashenka’s opponents hope that sanctions will weaken the regime.")[0][:2] == (
        "Lukashenka’s opponents", "hope")


def test_official_figures_a_report_says_were_rejected_are_disputed(statements):
    body = ("Election officials said Lukashenko had won 80% of the votes. Human rights groups said 200 people were "
            "detained. Tsikhanouskaya rejected the official figures.")
    hedges = {a.source: a.hedge for a in statements(body)}
    assert hedges["Election officials"] == "disputed: Tsikhanouskaya rejected the official figures"
    assert hedges["Human rights groups"] is None  # not official: its figure is its own


@pytest.mark.parametrize("body,expected", [
    ("Lukashenko spoke to reporters. In his words, the union state is stronger than ever.",
     ("Lukashenko", "In his words", "the union state is stronger than ever", False, False)),
    ("As reported by Belsat, at least 30 people were detained in Homel.",
     ("Belsat", "reported", "at least 30 people were detained in Homel", False, False)),
    ("Lukashenko reportedly said that he would not attend the summit.",
     ("Lukashenko", "said", "he would not attend the summit", False, True)),
    ("Latushka spoke in Vilnius. The regime, he said, was trading people for sanctions relief.",
     ("Latushka", "said", "The regime, he said, was trading people for sanctions relief", False, False)),
    ("The Ministry of Foreign Affairs of Belarus stated that the sanctions were illegal.",
     ("Ministry of Foreign Affairs of Belarus", "stated", "the sanctions were illegal", False, False)),
])
def test_more_ways_of_reporting(said, body, expected):
    assert said(body)[-1] == expected


def test_the_writers_own_belief_is_no_reported_statement(said):
    assert said("I believe that the sanctions will eventually work. We think the regime is weaker than it looks.") == []


@pytest.mark.parametrize("body,expected", [
    ("Tsikhanouskaya pointed out that the regime had lost the support of workers.",
     ("Tsikhanouskaya", "pointed out", "the regime had lost the support of workers")),
    ("Amnesty International found that detainees had been tortured in Okrestina.",
     ("Amnesty International", "found", "detainees had been tortured in Okrestina")),
    ("Lukashenko assured Putin that Belarus would remain a loyal ally.",
     ("Lukashenko", "assured", "Belarus would remain a loyal ally")),
])
def test_less_common_verbs_of_saying(said, body, expected):
    assert said(body) == [(*expected, False, False)]


@pytest.mark.parametrize("body", [
    "Belarusians who fled find themselves cast as “enemies” in parts of Europe.",
    "Lithuania felt the pain days after Lukashenko issued the threat.",
    "I found the town deserted when we arrived.",
])
def test_verbs_that_only_sometimes_report(said, body):
    assert [s for s in said(body) if not s[3]] == []
