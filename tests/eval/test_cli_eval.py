"""`dossier eval` and `dossier bench` end to end on a small gold set written for these tests."""

import json

import pytest
from typer.testing import CliRunner

from dossier.cli import app
from dossier.errors import EvalError
from dossier.measuring.throughput import corpus_texts, run_bench

runner = CliRunner()

DOC = """Exiles meet in Vilnius

Sviatlana Tsikhanouskaya met volunteers in Vilnius on Monday. Tsikhanouskaya said the regime in Minsk was weak.

Follow us on social media
"""
GOLD = {
    "doc": "r.txt",
    "meta": {"title": "Exiles meet in Vilnius", "outlet": None, "authors": [], "published": "2022-03-07"},
    "boilerplate": ["Follow us on social media"],
    "entities": [
        {"id": "tsikhanouskaya", "type": "PERSON", "mentions": ["Sviatlana Tsikhanouskaya", "Tsikhanouskaya"]},
        {"id": "vilnius", "type": "GPE", "mentions": ["Vilnius"]},
        {"id": "minsk", "type": "GPE", "mentions": ["Minsk"]},
    ],
    "attributions": [
        {"source": "tsikhanouskaya", "cue": "said", "direct": False, "content": "the regime in Minsk was weak",
         "hedged": False},
        # Not in the text: a miss for --explain to show.
        {"source": "some analysts", "cue": "believe", "direct": False, "content": "the talks will fail", "hedged": True},
    ],
}


@pytest.fixture
def gold_dir(tmp_path):
    (tmp_path / "r.txt").write_text(DOC)
    (tmp_path / "r.json").write_text(json.dumps(GOLD))
    return tmp_path


def test_eval_json_has_every_section_and_scores_what_dossier_does(gold_dir):
    result = runner.invoke(app, ["eval", str(gold_dir), "--json"], catch_exceptions=False)
    scores = json.loads(result.stdout)
    assert set(scores) >= {"entities", "attributions", "quotes", "quantities", "times", "events", "boilerplate", "meta", "docs"}
    assert scores["entities"]["f1"] == 1.0  # the one gold link: the two spellings of Tsikhanouskaya
    assert scores["boilerplate"]["f1"] == 1.0
    assert scores["attributions"] == {"p": 1.0, "r": 0.5, "f1": 0.6667, "tp": 1, "predicted": 1, "gold": 2}
    assert scores["hedged"] == {"accuracy": 1.0, "matched": 1}
    assert scores["meta"] == {"published": 0.0, "title": 1.0, "authors": 1.0}
    assert scores["docs"] == 1


def test_eval_side_by_side_with_a_peer_and_explain(gold_dir):
    result = runner.invoke(app, ["eval", str(gold_dir), "--versus", "spacy", "--markdown", "--explain"],
                           catch_exceptions=False)
    assert result.stdout.startswith("| section | dossier P / R / F1 | spacy P / R / F1 |")
    assert "| boilerplate | 1.000 / 1.000 / 1.000 | 0.000 / 0.000 / 0.000 |" in result.stdout
    assert "== r.txt · attributions" in result.stdout
    assert "  - claim by some analysts [believe] (hedged): the talks will fail" in result.stdout


def test_bench_counts_what_it_ran(tmp_path):
    (tmp_path / "a.txt").write_text(DOC)
    texts = corpus_texts([str(tmp_path)], min_words=100)
    assert len(texts) == len(set(texts)) >= 5 and sum(len(t.split()) for t in texts) >= 100
    result = run_bench([str(tmp_path)], min_words=100, rounds=1)
    assert (result.documents, result.words) == (len(texts), sum(len(t.split()) for t in texts))
    assert result.ratio > 0 and 0 < result.pipeline_peak_rss_mb <= result.process_peak_rss_mb


def test_a_floor_that_is_met_passes_and_one_that_is_not_fails_naming_the_section(gold_dir, tmp_path_factory):
    floors = tmp_path_factory.mktemp("floors")
    met = floors / "met.json"
    met.write_text(json.dumps({"attributions": 0.6, "entities": 1.0}))
    assert runner.invoke(app, ["eval", str(gold_dir), "--json", "--floor", str(met)]).exit_code == 0
    unmet = floors / "unmet.json"
    unmet.write_text(json.dumps({"attributions": 0.9}))
    result = runner.invoke(app, ["eval", str(gold_dir), "--json", "--floor", str(unmet)])
    assert result.exit_code == 1
    assert "attributions F1 0.6667 is below its floor 0.9000" in result.stderr


@pytest.mark.parametrize("content,reason", [
    ('{"attribution": 0.5}', "'attribution' is no section"),
    ('{"quotes": 1.5}', "must be a number from 0 to 1"),
    ("[0.5]", "a floor is a JSON object"),
    ("not json", "cannot be read as a JSON floor"),
])
def test_a_malformed_floor_is_a_clear_error(gold_dir, tmp_path_factory, content, reason):
    bad = tmp_path_factory.mktemp("floors") / "floor.json"
    bad.write_text(content)
    result = runner.invoke(app, ["eval", str(gold_dir), "--floor", str(bad)])
    assert isinstance(result.exception, EvalError)
    assert str(bad) in str(result.exception) and reason in str(result.exception)


def test_a_floor_under_what_figures_count_and_when_is_an_accuracy(gold_dir, tmp_path_factory):
    floor = tmp_path_factory.mktemp("floors") / "figures.json"
    floor.write_text(json.dumps({"quantity_about": 0.5, "quantity_when": 0.0}))
    result = runner.invoke(app, ["eval", str(gold_dir), "--json", "--floor", str(floor)])
    # The small gold set has no figures, so none is matched: an accuracy of 0, below 0.5 and not below 0.
    assert result.exit_code == 1
    assert "quantity_about accuracy 0.0000 is below its floor 0.5000" in result.stderr
    assert "quantity_when" not in result.stderr
