"""What a figure counts, said with the clause it stands in (dossier.extract.figures.about), on sentences written for
these tests and read by the real English pipeline."""

import pytest

from dossier.extract import load_pipeline
from tests.extract.test_figures_and_times import findings


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline()


def about(nlp, body):
    return [(q.text, q.about) for q in findings(nlp, body).quantities]


def test_a_subject_figure_takes_its_verb_phrase_but_not_the_frame_of_the_clause(nlp):
    got = about(nlp, "According to a survey by the institute, 64% of farmers were opposed to the new grain tax.")
    assert got == [("64%", "share of farmers opposed to the new grain tax")]


def test_an_object_figure_is_said_with_the_verb_as_participle_and_its_doer(nlp):
    got = about(nlp, "Border guards seized 40 crates of cigarettes at the crossing near Brest.")
    assert got[0][1].startswith("crates of cigarettes seized by border guards at the crossing")


def test_an_irregular_verb_gives_its_participle(nlp):
    (q,) = findings(nlp, "The ruling party took 71% of the seats in the assembly.").quantities
    assert "taken by" in q.about


def test_a_passive_says_whom_it_went_to(nlp):
    (q,) = findings(nlp, "In June the journalist Ihar Losik was given a 15-year sentence.").quantities
    assert q.about.startswith("length of sentence given to Losik")  # by surname, as a report names him again


def test_a_participle_on_the_counted_noun_is_kept(nlp):
    (q,) = findings(nlp, "Aid reached the 300 families sheltering in the school gym.").quantities
    assert q.about.startswith("families sheltering in the school gym")


def test_a_collective_passes_its_role_to_what_it_counts(nlp):
    (q,) = findings(nlp, "A crowd of about 5,000 protesters marched through the old town.").quantities
    assert q.counted == "protesters" and q.about == "protesters marched through the old town"


def test_a_share_held_with_a_name(nlp):
    got = about(nlp, "The count ended with Anna Kowalska on 12.5% and Piotr Nowak with 8.1%.")
    assert got[-1] == ("8.1%", "share held by Nowak")


def test_the_owners_of_a_subject_are_said_with_what_it_did(nlp):
    (q,) = findings(nlp, "Envoys of 27 member states approved the new package.").quantities
    assert q.about.startswith("member states whose envoys approved the new package")


def test_a_length_of_time_after_for_is_the_time_the_verb_lasted(nlp):
    (q,) = findings(nlp, "The editor has been detained for 14 months.").quantities
    assert q.about == "time detained"


def test_the_date_that_governs_a_count_is_part_of_what_it_counts(nlp):
    got = about(nlp, "On 4 September the president pardoned 30 prisoners, and on 16 September another 37 prisoners.")
    assert got[0] == ("30", "prisoners pardoned by the president on 4 September")
    assert got[1][1].endswith("on 16 September")


def test_a_figure_a_verb_acts_on_through_a_preposition_and_an_adjunct_two_verbs_share(nlp):
    (q,) = findings(nlp, "Patrols came upon groups of 40 migrants near the river.").quantities
    assert q.about.startswith("migrants come upon by patrols")
    got = about(nlp, "One guard was killed and 12 were injured in the blast at the depot.")
    assert got[0] == ("One", "guard killed in the blast at the depot")


def test_a_person_who_did_it_is_named_by_surname(nlp):
    (q,) = findings(nlp, "Alexander Lukashenko won 81% of the vote.").quantities
    assert q.about == "share of the vote won by Lukashenko"


def test_the_level_a_count_reached_counts_what_the_count_counts(nlp):
    got = about(nlp, "The number of political prisoners in Belarus reached 1,200 in May.")
    assert got == [("1,200", "political prisoners in Belarus in May")]
    got = about(nlp, "In March, 64% of farmers opposed the tax. By May this figure had risen to 71%.")
    assert got[1][0] == "71%" and got[1][1] == got[0][1]


def test_a_relative_clause_on_an_of_phrase_is_done_by_the_noun_before_of(nlp):
    got = about(nlp, "As of today, the bloc has adopted three packages of sanctions, which list 120 officials.")
    assert got[-1] == ("120", "officials listed by three packages of sanctions")  # no 'today': a state's frame


def test_a_figure_that_borrows_what_the_one_before_counted_keeps_its_own_date(nlp):
    got = about(nlp, "On 16 August the president pardoned 30 people, on 4 September another 30.")
    assert got == [("30", "people pardoned by the president on 16 August"), ("30", "people on 4 September")]


def test_a_figure_joined_to_a_name_is_said_with_it_and_a_reason_clause_is_not_what_is_counted(nlp):
    (q,) = findings(nlp, "Maria Kalesnikava and 12 other prisoners were freed on Friday.").quantities
    assert "with Kalesnikava" in q.about and q.about.startswith("prisoners freed")
    (q,) = findings(nlp, "He received a 9-year sentence for organising protests.").quantities
    assert q.counted == "sentence"


def test_the_release_of_prisoners_someone_calls_for(nlp):
    (q,) = findings(nlp, "The opposition leader is calling for the release of 1,200 prisoners.").quantities
    assert q.about == "prisoners whose release called for by the opposition leader"


def test_a_share_of_the_whole_keeps_its_article_and_a_length_modifying_a_noun_is_its_length(nlp):
    (q,) = findings(nlp, "The ruling party took 71% of the seats in the assembly.").quantities
    assert q.about == "share of the seats in the assembly taken by the ruling party"
    (q,) = findings(nlp, "He began a third five-year term.").quantities[-1:]
    assert q.about.startswith("length of term")
