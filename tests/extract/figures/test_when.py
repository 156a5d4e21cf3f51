"""The time a figure refers to (dossier.extract.figures.when): a date that governs it, not one nearby."""

import pytest

from dossier.extract import load_pipeline
from tests.extract.test_figures_and_times import findings


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline()


def when(nlp, body, published="2023-05-10"):
    return [(q.text, q.when) for q in findings(nlp, body, published).quantities]


CASES = {
    "a date inside another clause does not date the figure": (
        "In April the editor, held since 2021, was given a 9-year sentence.", [("9-year", "2023-04")]),
    "the date of a statement is not the date of what it reports (no date governs: the report's own)": (
        "Officials said on Monday that 120 people had been detained at the rally.", [("120", "2023-05-10")]),
    "a date on the clause that holds the figure governs it": (
        "On 3 March, police raided the office and detained 12 staff members.", [("12", "2023-03-03")]),
    "each figure of a list takes the date before it": (
        "On 4 February the court freed 20 inmates, on 9 February another 15 inmates and on 1 March another 31 "
        "inmates.", [("20", "2023-02-04"), ("15", "2023-02-09"), ("31", "2023-03-01")]),
    "a paragraph's date carries to the next sentence": (
        "The strike began on 14 March. By the evening, 2,000 workers had joined it.", [("2,000", "2023-03-14")]),
    "a rule and a habit hold at no time, and a length is timeless": (
        "A party must win 5% of the vote to enter parliament. The river runs for 300 km. In 2019 the guards used to "
        "catch 40 smugglers a year.", [("5%", None), ("300 km", None), ("40", None)]),
    "a narrative date is a happening's, not a saying's nor one to come": (
        "The vote was held on 12 March. Officials said on 13 March that results are expected by 20 March.\n\n"
        "About 6,000 observers watched the count.", [("About 6,000", "2023-03-12")]),
    "a share holds at a time as a count does (nothing dates it: the report's own date)": (
        "Turnout reached 64%.", [("64%", "2023-05-10")]),
    "a state that runs up to the report holds over its month; a perfect that tells an event keeps the day": (
        "About 300 volunteers are currently fighting near the city. The editor has been held for 14 months. Two "
        "more people have been released.", [("About 300", "2023-05"), ("14 months", "2023-05"), ("Two", "2023-05-10")]),
    "a trailing date of the second of two joined clauses is the first's too, even through a relative clause": (
        "One man was killed and 12 were injured in clashes that followed Sunday's vote.",
        [("One", "2023-05-07"), ("12", "2023-05-07")]),
    "a relative clause that reports dates the report, not the figure": (
        "He won a 7th five-year term, according to results that were cited by the agency on Monday.",
        [("7th", "2023-05-10"), ("five-year", None)]),
    "what recurs up to the report holds over its month; a habit of the past holds at no time": (
        "Patrols, which used to find a dozen migrants a year, now find groups of 40 people every day.",
        [("a dozen migrants", None), ("40", "2023-05")]),
    "a length of time in a present perfect runs up to the report": (
        "He has ruled the country with an iron fist for 26 years.", [("26 years", "2023-05")]),
}


@pytest.mark.parametrize("case", list(CASES))
def test_the_time_a_figure_refers_to(nlp, case):
    text, expected = CASES[case]
    assert when(nlp, text) == expected


def test_a_comparison_base_is_not_the_figure_s_date(nlp):
    got = when(nlp, "This year the agency recorded 900 crossings, three times more than last year.")
    assert got[0] == ("900", "2023")
