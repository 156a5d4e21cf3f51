from dossier.extract.entities import parse
from dossier.extract.figures.candidates import figure_candidates, split_figures


def test_candidates_carry_their_kind_and_names_are_returned_apart(blank_nlp):
    text = "He served three years. Losses reached 40 km of front and 1⁄128 of a gallon."
    spans, names = figure_candidates(text, parse(text, blank_nlp))
    found = {text[a:b]: kind for a, b, kind, _ in spans}
    assert found["three years"] == "years" and found["40 km"] == "QUANTITY" and found["1⁄128"] == "CARDINAL"
    assert names == []  # the blank pipeline tags no names


def test_each_candidate_names_the_rule_that_found_it(blank_nlp):
    text = "He served three years, and a 10-year term, with 1⁄128 of a gallon."
    spans, _ = figure_candidates(text, parse(text, blank_nlp))
    rules = {(text[a:b], rule) for a, b, _, rule in spans}
    assert ("three years", "duration") in rules and ("10-year", "compound") in rules
    assert ("1⁄128", "fraction") in rules


def test_a_span_over_two_figures_is_cut_but_a_range_is_not():
    text = "The car offers 640bhp 5.2 litre and between 3 and 5 seats."
    two = text.index("640bhp"), text.index(" and between")
    assert [text[a:b] for a, b in split_figures(text, *two)] == ["640bhp", "5.2 litre"]
    rng = text.index("between"), text.index(" seats")
    assert [text[a:b] for a, b in split_figures(text, *rng)] == ["between 3 and 5"]
