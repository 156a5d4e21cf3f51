import importlib

import pytest

from dossier.errors import EvalError
from dossier.eval import peers
from dossier.eval.records import GoldDoc, GoldMeta


def test_parse_number_reads_digits_words_and_scales():
    assert peers.parse_number("30,000") == 30000
    assert peers.parse_number("1.5 million") == 1_500_000
    assert peers.parse_number("five") == 5
    assert peers.parse_number("79%") == 79
    assert peers.parse_number("several") is None


def test_dateparser_value_keeps_the_precision_it_reports():
    assert peers.dateparser_value("December 19, 2022", "2022-12-20") == "2022-12-19"
    assert peers.dateparser_value("last week", "2022-03-07") == "2022-W09"
    assert peers.dateparser_value("no date here at all", "2022-03-07") is None


def test_unknown_peer_lists_the_choices():
    with pytest.raises(EvalError, match="choose one of spacy, textacy, quantulum3, dateparser"):
        peers.peer_predictor("gpt")


def test_missing_peer_package_says_how_to_install(monkeypatch):
    real = importlib.import_module

    def fake(name, *args):
        if name.startswith("textacy"):
            raise ImportError(name)
        return real(name, *args)

    monkeypatch.setattr(importlib, "import_module", fake)
    with pytest.raises(EvalError, match=r"pip install -e '\.\[peers\]'"):
        peers._require("textacy.extract.triples", "textacy")


def test_dateparser_peer_finds_and_normalises_dates(tmp_path):
    path = tmp_path / "d.txt"
    path.write_text("Talks\n\nThe talks were held on 17 March 2022 in Vilnius.")
    gold = GoldDoc("d.txt", GoldMeta("Talks", None, (), "2022-03-20"))
    predicted = peers.predict_dateparser(gold, path)
    # search_dates takes the words around a date into its match; the span still overlaps the date.
    assert [(predicted.text[t.start:t.end], t.value) for t in predicted.times] == [("on 17 March 2022 in", "2022-03-17")]
