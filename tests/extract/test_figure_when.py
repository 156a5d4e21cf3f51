"""The time a figure refers to (dossier.extract.figure_when): a date that governs it, not one nearby."""

import pytest

from dossier.extract import load_pipeline
from tests.extract.test_figures_and_times import findings


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline()


def when(nlp, body, published="2023-05-10"):
    return [(q.text, q.when) for q in findings(nlp, body, published).quantities]


def test_a_date_inside_another_clause_does_not_date_the_figure(nlp):
    got = when(nlp, "In April the editor, held since 2021, was given a 9-year sentence.")
    assert got == [("9-year", "2023-04")]


def test_the_date_of_a_statement_is_not_the_date_of_what_it_reports(nlp):
    got = when(nlp, "Officials said on Monday that 120 people had been detained at the rally.")
    assert got == [("120", "2023-05-10")]  # not Monday: no date governs, so the report's own date


def test_a_date_on_the_clause_that_holds_the_figure_governs_it(nlp):
    got = when(nlp, "On 3 March, police raided the office and detained 12 staff members.")
    assert got == [("12", "2023-03-03")]


def test_each_figure_of_a_list_takes_the_date_before_it(nlp):
    got = when(nlp, "On 4 February the court freed 20 inmates, on 9 February another 15 inmates and on 1 March "
                    "another 31 inmates.")
    assert [w for _, w in got] == ["2023-02-04", "2023-02-09", "2023-03-01"]


def test_a_comparison_base_is_not_the_figure_s_date(nlp):
    got = when(nlp, "This year the agency recorded 900 crossings, three times more than last year.")
    assert got[0] == ("900", "2023")


def test_a_paragraph_s_date_carries_to_the_next_sentence(nlp):
    got = when(nlp, "The strike began on 14 March. By the evening, 2,000 workers had joined it.")
    assert got == [("2,000", "2023-03-14")]


def test_a_rule_holds_at_no_time_and_a_length_is_timeless(nlp):
    got = when(nlp, "A party must win 5% of the vote to enter parliament. The river runs for 300 km. In 2019 the "
                    "guards used to catch 40 smugglers a year.")
    assert got == [("5%", None), ("300 km", None), ("40", None)]


def test_a_narrative_date_is_a_happening_s_not_a_saying_s_nor_one_to_come(nlp):
    got = when(nlp, "The vote was held on 12 March. Officials said on 13 March that results are expected by 20 "
                    "March.\n\nAbout 6,000 observers watched the count.")
    assert got == [("About 6,000", "2023-03-12")]


def test_a_share_holds_at_a_time_as_a_count_does(nlp):
    got = when(nlp, "Turnout reached 64%.")
    assert got == [("64%", "2023-05-10")]  # nothing dates it: as of the report's own date


def test_a_state_that_runs_up_to_the_report_holds_over_its_month(nlp):
    got = when(nlp, "About 300 volunteers are currently fighting near the city. The editor has been held for 14 "
                    "months. Two more people have been released.")
    assert got == [("About 300", "2023-05"), ("14 months", "2023-05"), ("Two", "2023-05-10")]
