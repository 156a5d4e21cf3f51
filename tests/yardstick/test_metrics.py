"""The published metrics on hand-sized cases whose answers can be worked out on paper."""

import pytest

from dossier.yardstick.meantime import pairwise
from dossier.yardstick.metrics import segment_prf, shingle_prf, timex_prf


def test_shingle_f1_is_one_for_the_same_words_and_drops_with_extra_text():
    body = "the court sentenced the activist to four years in a penal colony on monday"
    assert shingle_prf([(body, body)])["f1"] == 1.0
    padded = shingle_prf([(body, body + " subscribe to our newsletter for more news every week")])
    assert padded["recall"] == 1.0 and padded["precision"] < 1.0 and padded["accuracy"] == 0.0


def test_segments_that_must_and_must_not_appear():
    score = segment_prf([(["Kept line", "Second kept"], ["Impressum"], "Kept   line and Impressum"),
                         (["Missing"], [], None)])
    # tp 1, fn 2 (one absent, one page with no output), fp 1, tn 0
    assert score["precision"] == 0.5 and score["recall"] == pytest.approx(1 / 3)


def test_timex_strict_relaxed_and_value():
    gold = [(0, 6, "2013-03-22", "DATE"), (10, 17, "P1M", "DURATION")]
    system = [(0, 6, "2013-03-22", "DATE"), (8, 17, "P2M", "DURATION"), (30, 35, "2012", "DATE")]
    score = timex_prf([(gold, system)])
    assert score["relaxed_p"] == pytest.approx(200 / 3) and score["relaxed_r"] == 100
    assert score["strict_f1"] == pytest.approx(40.0) and score["value_f1"] == pytest.approx(40.0)


def test_pairwise_links_count_only_pairs_across_documents():
    gold = ["x", "x", "x", "y"]
    system = ["k", "k", "j", "k"]
    docs = ["a", "b", "b", "c"]
    # gold pairs across documents: (0,1), (0,2) [(1,2) is within b]; system: (0,1), (0,3), (1,3); right: (0,1)
    assert pairwise(gold, system, docs) == pytest.approx({"links_p": 100 / 3, "links_r": 50.0, "links_f1": 40.0})
