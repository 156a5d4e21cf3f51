"""What a figure measures (dossier.extract.figures.measure), and series built on it that compare like with like, on
sentences written for these tests and read by the real English pipeline."""

import pytest

from dossier.extract import load_pipeline
from dossier.packs import load_pack
from dossier.resolve.figures import figure_series
from tests.extract.test_figures_and_times import findings
from tests.resolve.test_figures import doc


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline()


def measures(nlp, body):
    return [(q.text, q.measure) for q in findings(nlp, body).quantities]


def series_of(nlp, *bodies):
    """Series over one report per body, each its own source, all published the same day."""
    rows = []
    for n, body in enumerate(bodies):
        report = doc(f"r{n}", body, "2023-05-10", outlet=f"Outlet {n}")
        rows += [(report, q) for q in findings(nlp, body, "2023-05-10").quantities]
    pack = load_pack()
    names = {spelling: entity.name for spelling, entity in pack.alias_index().items()}
    return figure_series(rows, {f"r{n}": f"r{n}" for n in range(len(bodies))}, pack.measure_synonyms(), names)


def test_ages_are_each_person_s_own(nlp):
    got = measures(nlp, "The activist Ihar Losik, 30, and the lawyer Maria Kalesnikava, 40, were moved on Monday.")
    assert got == [("30", "age of Ihar Losik"), ("40", "age of Maria Kalesnikava")]
    assert series_of(nlp, "Ihar Losik, 30, was moved on Monday.", "Maria Kalesnikava, 41, was moved on Monday.") == []


def test_a_camp_s_capacity_is_not_the_size_of_a_force(nlp):
    got = measures(nlp, "The camp can accommodate 5,000 troops. Moscow deployed 30,000 troops to Belarus.")
    assert got == [("5,000", "troop: capacity"), ("30,000", "troop")]


def test_two_distances_of_different_things_are_two_measures(nlp):
    got = measures(nlp, "They share a 1,084-kilometre border. The convoy made a 60-kilometre detour.")
    assert got == [("1,084-kilometre", "kilometre of border"), ("60-kilometre", "kilometre of detour")]


def test_people_are_measured_by_what_happened_to_them(nlp):
    got = measures(nlp, "Police detained 120 people in Minsk, and 3 people were injured.")
    assert got == [("120", "people: detained"), ("3", "people: injured")]


def test_prison_sentences_join_across_spellings_and_a_conflict_says_why(nlp):
    (series,) = series_of(nlp, "In May the blogger Syarhei Tsikhanouski was sentenced to 18 years in prison.",
                          "In May Sergei Tikhanovsky was sentenced to 15 years in prison.")
    assert series.measure == "prison sentence of Siarhei Tsikhanouski"
    (conflict,) = series.conflicts
    assert "Outlet 0 gives '18 years' (18) and Outlet 1 gives '15 years' (15)" in conflict.why
    assert "neither report copies the other" in conflict.why


def test_words_for_one_thing_join_through_the_pack(nlp):
    (series,) = series_of(nlp, "In May about 200 fighters from Belarus defended the city.",
                          "In May about 210 volunteers from Belarus defended the city.")
    assert series.measure == "volunteer" and not series.conflicts  # 'about 200' allows 210


def test_an_ordinal_numbers_a_series_apart_from_counts_and_a_multiple_measures_nothing(nlp):
    got = measures(nlp, "Lukashenko won a seventh term. The bloc has passed four packages. Prices are six times "
                        "higher.")
    assert got == [("seventh", "term number (Lukashenko)"), ("four", "package"), ("six", None)]


def test_the_level_a_count_reached_measures_what_the_count_counts(nlp):
    got = measures(nlp, "The number of political prisoners in Belarus reached 1,200 in May.")
    assert got == [("1,200", "political prisoner")]


def test_an_addition_to_a_count_is_apart_from_its_level_but_a_bound_is_not_an_addition(nlp):
    got = measures(nlp, "There are more than 1,000 political prisoners. On 7 November the decree freed another 31 "
                        "political prisoners.")
    assert got[0] == ("more than 1,000", "political prisoner")
    assert got[1][1] in ("political prisoner: more", "political prisoner: released")
