"""evaluate() on two tiny hand-made documents, with every figure worked out by hand in the comments."""

import pytest

from dossier.eval.gold import parse_gold
from dossier.eval.records import Predicted, PredictedAttribution, PredictedEvent, PredictedSpan
from dossier.eval.scorer import evaluate

TEXT_A = "Minsk talks\\n\\nOn 17 March, Tsikhanouskaya said “we will win”. Up to 200 volunteers fight. Lukashenka denied it."
TEXT_B = "Follow-up\\n\\nLukashenko met Putin on 17 March. Putin said the war would go on."

GOLD_A = parse_gold({
    "doc": "a.txt",
    "meta": {"title": "Minsk talks", "authors": ["Jane Roe"], "published": "2022-03-20"},
    "boilerplate": ["Follow us on social media", "Stay updated"],
    "entities": [
        {"id": "tsikh", "type": "PERSON", "mentions": ["Tsikhanouskaya"]},
        {"id": "luk", "type": "PERSON", "mentions": ["Lukashenka"]},
        {"id": "minsk", "type": "GPE", "mentions": ["Minsk"]},
    ],
    "attributions": [
        {"source": "tsikh", "cue": "said", "direct": True, "content": "we will win", "hedged": False},
        {"source": "luk", "cue": "denied", "direct": False, "content": "it", "hedged": True},
    ],
    "quantities": [{"text": "Up to 200", "value": 200}],
    "times": [{"text": "17 March", "value": "2022-03-17"}],
    "events": [{"date": "2022-03-17", "what": "Talks", "text": "On 17 March, Tsikhanouskaya said"}],
}, "a.json")
GOLD_B = parse_gold({
    "doc": "b.txt",
    "meta": {"title": "Follow-up", "authors": [], "published": None},
    "entities": [
        {"id": "luk", "type": "PERSON", "mentions": ["Lukashenko"]},
        {"id": "putin", "type": "PERSON", "mentions": ["Putin"]},
    ],
    "attributions": [{"source": "putin", "cue": "said", "direct": False, "content": "the war would go on", "hedged": False}],
    "times": [{"text": "17 March", "value": "2022-03-17"}],
}, "b.json")


def at(text, needle):
    start = text.index(needle)
    return start, start + len(needle)


PRED_A = Predicted(
    name="a.txt", text=TEXT_A,
    mentions={"Tsikhanouskaya": "T", "Lukashenka": "L", "Minsk": "M"},
    attributions=[
        PredictedAttribution("Tsikhanouskaya", "we will win", True, "said", False, frozenset({"Tsikhanouskaya"})),
        PredictedAttribution("the opposition", "volunteers fight", False),
    ],
    quantities=[PredictedSpan(*at(TEXT_A, "200"), 200.0), PredictedSpan(*at(TEXT_A, "200"), 200.0),
                PredictedSpan(*at(TEXT_A, "17"), 17.0)],
    times=[PredictedSpan(*at(TEXT_A, "17 March"), "2022-03-17")],
    events=[PredictedEvent("2022-03-17", *at(TEXT_A, "Tsikhanouskaya said")), PredictedEvent("2022-03-18", 0, 5)],
    boilerplate=["Follow us on social media and support our work", "Advertisement"],
    title="Minsk talks", authors=("Jane Roe",), published=None,
)
PRED_B = Predicted(
    name="b.txt", text=TEXT_B,
    mentions={"Lukashenko": "L", "Putin": "P"},
    attributions=[PredictedAttribution("Putin", "the war would go on", False, "said", False, frozenset({"Putin"}))],
    times=[PredictedSpan(*at(TEXT_B, "17 March"), "2021-03-17")],
    title="Follow-up", authors=(), published=None,
)


@pytest.fixture(scope="module")
def result():
    return evaluate([(GOLD_A, PRED_A), (GOLD_B, PRED_B)]).as_dict()


def test_entity_links_across_two_documents(result):
    # Gold links one pair: a:Lukashenka ~ b:Lukashenko. The prediction puts both under "L": 1 pair, correct.
    assert (result["entities"]["tp"], result["entities"]["predicted"], result["entities"]["gold"]) == (1, 1, 1)


def test_attributions_by_token_f1_and_source(result):
    # 3 gold, 3 predicted: the quote and Putin's claim match; "volunteers fight" matches nothing; Lukashenka's denial is missed.
    assert (result["attributions"]["tp"], result["attributions"]["predicted"], result["attributions"]["gold"]) == (2, 3, 3)
    assert result["attributions"]["f1"] == pytest.approx(2 / 3, abs=1e-4)
    assert result["quotes"]["f1"] == 1.0 and result["quotes_with_speaker"]["f1"] == 1.0
    assert result["hedged"] == {"accuracy": 1.0, "matched": 2}


def test_quantities_by_value_and_span_overlap(result):
    # The two "200" predictions overlap "Up to 200" with the right value: one true positive; "17" is a false one.
    assert (result["quantities"]["tp"], result["quantities"]["predicted"], result["quantities"]["gold"]) == (1, 2, 1)


def test_times_need_the_right_value(result):
    # a: right span and value; b: right span, wrong year.
    assert (result["times"]["tp"], result["times"]["predicted"], result["times"]["gold"]) == (1, 2, 2)


def test_events_need_date_and_evidence(result):
    assert (result["events"]["tp"], result["events"]["predicted"], result["events"]["gold"]) == (1, 2, 1)


def test_boilerplate_lines_match_by_prefix(result):
    assert (result["boilerplate"]["tp"], result["boilerplate"]["predicted"], result["boilerplate"]["gold"]) == (1, 2, 2)


def test_metadata_accuracy(result):
    # published: a predicted None against 2022-03-20 (wrong), b None against None (right).
    assert result["meta"] == {"published": 0.5, "title": 1.0, "authors": 1.0}
    assert result["docs"] == 2


def test_explain_lists_misses_and_false_findings_per_document():
    details = evaluate([(GOLD_A, PRED_A), (GOLD_B, PRED_B)]).details
    missed, false = details["a.txt"]["attributions"]
    assert missed == ["claim by luk [denied] (hedged): it"]
    assert false == ["claim by the opposition [None]: volunteers fight"]
    assert details["b.txt"]["times"] == (["'17 March' = 2022-03-17"], ["'17 March' = 2021-03-17"])


def test_hedges_are_scored_by_recall_over_the_gold_hedged_statements(result):
    # The one hedged gold statement (Lukashenka's denial) is found by nothing: recall 0, nothing predicted hedged.
    assert (result["hedges"]["tp"], result["hedges"]["predicted"], result["hedges"]["gold"]) == (0, 0, 1)


def test_a_hedge_on_a_statement_the_text_does_not_hedge_is_a_false_one():
    hedged_quote = PredictedAttribution("Tsikhanouskaya", "we will win", True, "said", True, frozenset({"Tsikhanouskaya"}))
    denial = PredictedAttribution("Lukashenka", "it", False, "denied", True, frozenset({"Lukashenka"}))
    predicted = Predicted(name="a.txt", text=TEXT_A, attributions=[hedged_quote, denial])
    hedges = evaluate([(GOLD_A, predicted)]).as_dict()["hedges"]
    assert (hedges["tp"], hedges["predicted"], hedges["gold"]) == (1, 2, 1)
    assert hedges["f1"] == pytest.approx(2 / 3, abs=1e-4)


def test_what_a_matched_figure_counts_and_when_are_scored():
    text = "Up to 200 volunteers fought in March 2022. A poll found 79% of respondents opposed the war."
    gold = parse_gold({"doc": "c.txt", "meta": {"title": None, "authors": [], "published": "2022-04-01"},
                       "quantities": [
                           {"text": "Up to 200", "value": 200, "about": "volunteers", "when": "2022-03"},
                           {"text": "79%", "value": 79, "about": "respondents opposed to the war", "when": None},
                           {"text": "5", "value": 5, "about": "tanks", "when": None}]}, "c.json")
    predicted = Predicted(name="c.txt", text=text, quantities=[
        PredictedSpan(*at(text, "200"), 200.0, "volunteers", "2022-03"),  # both right
        PredictedSpan(*at(text, "79%"), 79.0, "respondents", "2022"),  # 'about' F1 0.33 < 0.5, 'when' wrong
    ])
    result = evaluate([(gold, predicted)])
    scores = result.as_dict()
    # The unmatched gold figure ('5') is not counted: only the two matched figures are judged.
    assert scores["quantity_about"] == {"accuracy": 0.5, "matched": 2}
    assert scores["quantity_when"] == {"accuracy": 0.5, "matched": 2}
    misses = result.details["c.txt"]
    assert misses["quantity_about"][0] == ["'79%' counts 'respondents opposed to the war', read as 'respondents'"]
    assert misses["quantity_when"][0] == ["'79%' refers to None, read as 2022"]
