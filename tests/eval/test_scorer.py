import pytest

from dossier.eval.records import PredictedAttribution
from dossier.eval.scorer import (
    Score,
    match_items,
    normalise_quote,
    score_entity_links,
    sources_agree,
    span_overlaps_text,
    token_f1,
    values_equal,
)


def test_score_figures_and_empty_denominators():
    s = Score(true_positives=3, predicted=4, gold=6)
    assert (s.p, s.r) == (0.75, 0.5) and s.f1 == pytest.approx(0.6)
    assert Score(0, 0, 0).as_dict() == {"p": 0.0, "r": 0.0, "f1": 0.0, "tp": 0, "predicted": 0, "gold": 0}
    assert Score(1, 2, 3) + Score(1, 1, 1) == Score(2, 3, 4)


def test_repeated_predictions_of_one_gold_item_count_once():
    gold = ["17 March", "24 February"]
    predicted = ["17 March", "17 March", "last week"]
    s = match_items(gold, predicted, lambda g, p: g == p)
    assert (s.true_positives, s.predicted, s.gold) == (1, 2, 2)
    assert (s.p, s.r) == (0.5, 0.5)


def test_a_prediction_prefers_a_gold_item_not_yet_matched():
    s = match_items(["up to 200", "up to 200 volunteers"], ["up to 200", "up to 200"], lambda g, p: p in g)
    assert s == Score(2, 2, 2)


def test_token_f1_is_bag_of_words():
    assert token_f1("the regime was in thrall to Moscow", "the regime was in thrall to Moscow") == 1.0
    # 3 common tokens; p = 3/4, r = 3/6 -> F1 = 0.6
    assert token_f1("Belarus will not enter the war", "Belarus will enter now") == pytest.approx(0.6)
    assert token_f1("", "anything") == 0.0


def test_quotes_are_compared_after_typography_is_folded():
    assert normalise_quote("“It seems to us that  Lukashenko is not controlling”") == \
        normalise_quote('"It seems to us that Lukashenko is not controlling"')
    assert normalise_quote("We don’t know") == "We don't know"


def test_span_must_overlap_some_occurrence_of_the_gold_text():
    text = "On 17 March she spoke. Again on 17 March she wrote."
    second = text.rindex("17 March")
    assert span_overlaps_text((second, second + 8), text, "17 March")
    assert span_overlaps_text((0, 5), text, "17 March")  # "On 17" overlaps the first occurrence
    assert not span_overlaps_text((23, 28), text, "17 March")


def test_values_equal_within_half_a_percent_and_vague_gold_matches_by_span():
    assert values_equal(30000, 30100) and not values_equal(30000, 30200)
    assert values_equal(None, 5) and not values_equal(200, None)


def test_entity_links_are_pairwise_across_documents():
    gold = {("a", "Lukashenka"): "luk", ("a", "Alyaksandr Lukashenka"): "luk", ("b", "Lukashenko"): "luk",
            ("a", "Putin"): "putin", ("b", "Vladimir Putin"): "putin"}
    # Joins the Lukashenka spellings in doc a, misses doc b's spelling, wrongly joins the two Putins with doc b's Lukashenko.
    predicted = {("a", "Lukashenka"): 1, ("a", "Alyaksandr Lukashenka"): 1, ("b", "Lukashenko"): 2,
                 ("a", "Putin"): 2, ("b", "Vladimir Putin"): 2}
    s = score_entity_links(gold, predicted)
    # gold pairs: 3 (luk) + 1 (putin) = 4; predicted pairs: 1 + 3 = 4; common: the doc-a Lukashenka pair and the Putin pair
    assert (s.true_positives, s.predicted, s.gold) == (2, 4, 4)


def test_attribution_sources():
    entities = {"tsikhanouskaya": {"Tsikhanouskaya", "Sviatlana Tsikhanouskaya"}, "lukashenka": {"Lukashenko"}}
    resolved = PredictedAttribution("she", "x", False, source_spellings=frozenset({"Tsikhanouskaya", "Tikhanovskaya"}))
    assert sources_agree("tsikhanouskaya", entities, resolved)
    assert not sources_agree("lukashenka", entities, resolved)
    assert not sources_agree("tsikhanouskaya", entities, PredictedAttribution("she", "x", False))  # a bare pronoun
    assert sources_agree("a US defence briefing", entities, PredictedAttribution("US defence officials", "x", False))
    assert not sources_agree("some analysts", entities, PredictedAttribution("the ministry", "x", False))
