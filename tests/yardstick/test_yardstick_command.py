"""The command on benchmark folders made here: tiny copies of each format, never the benchmarks' own data."""

import gzip
import json

import pytest
from typer.testing import CliRunner

from dossier.cli import app
from dossier.errors import DossierError
from dossier.model import Quantity
from dossier.yardstick import run_yardstick
from dossier.yardstick.meantime import read_article
from dossier.yardstick.newsquant import benchmark_name, gold_value, score

runner = CliRunner()


def test_a_missing_benchmark_is_skipped_with_a_message(tmp_path):
    result = runner.invoke(app, ["yardstick", "newsquant", str(tmp_path)])
    assert result.exit_code == 0 and "skipped newsquant" in result.output and "newsquant_cqe" in result.output


def test_an_unknown_name_is_refused():
    with pytest.raises(DossierError, match="choose one of"):
        runner.invoke(app, ["yardstick", "squad"], catch_exceptions=False)


def test_article_extraction_on_a_page_made_here(tmp_path):
    folder = tmp_path / "article-extraction-benchmark"
    (folder / "html").mkdir(parents=True)
    body = ("The regional court sentenced the activist to four years in a penal colony on Monday. "
            "Her lawyer said the charge rested on a single post in a closed chat and that she would appeal.")
    page = (f"<html><head><title>Court jails activist</title></head><body><nav>Home | World | Sport | Culture</nav>"
            f"<article><h1>Court jails activist</h1><p>{body}</p></article>"
            f"<footer>Subscribe to our newsletter for the day's top stories.</footer></body></html>")
    (folder / "html" / "p1.html.gz").write_bytes(gzip.compress(page.encode()))
    (folder / "ground-truth.json").write_text(json.dumps({"p1": {"articleBody": body}}))
    result = run_yardstick("article-extraction", str(tmp_path))
    assert result.dossier().figures["f1"] > 0.9 and result.rows[-1].source == "benchmark README"


def test_newsquant_counts_as_the_benchmark_scorer_does():
    """A value hit per matching figure, at most as many as the sentence has gold quantities; a figure is used up
    only when its unit matches too. Negative and exponent values are single values, not ranges."""
    gold = [{"value": "40.0", "normalized_unit": "kilometre"}, {"value": "7-9", "normalized_unit": "dollar"},
            {"value": "-1.3", "normalized_unit": "percentage"}, {"value": "2.998E-08", "normalized_unit": "second"}]
    found = [Quantity(0, 5, "40 km", 40.0, "kilometre", None, False),
             Quantity(9, 14, "$7-9", 7.0, "USD", None, True, "range", 9.0),
             Quantity(20, 22, "40", 40.0, None, None, False),
             Quantity(30, 35, "-1.3%", -1.3, "percent", None, False)]
    figures = score([(gold, found)])
    # the unitless 40 is a value hit for the kilometres beside '40 km', standing in for the missed 2.998E-08
    assert figures["value_p"] == 100 and figures["value_r"] == 100 and figures["value_unit_r"] == pytest.approx(75)
    fewer_gold = score([(gold[:2], found)])
    assert fewer_gold["value_r"] == 100 and fewer_gold["value_p"] == 50  # the unitless 40 took the cap's last hit


def test_newsquant_reads_gold_values_as_the_benchmark_does():
    assert gold_value("7-9") == (7.0, 9.0) and gold_value("-1.3") == (-1.3, None)
    assert gold_value("1.99E-29") == (1.99e-29, None) and gold_value("1,200") == (1200.0, None)


def test_meantime_articles_read_into_text_mentions_and_times(tmp_path):
    xml = """<Document doc_id="1" doc_name="a"><token t_id="1" sentence="0">Apple</token>
<token t_id="2" sentence="0">rises</token><token t_id="3" sentence="1">March</token><token t_id="4" sentence="1">1</token>
<token t_id="5" sentence="2">Apple</token><token t_id="6" sentence="2">Inc.</token><token t_id="7" sentence="2">said</token>
<token t_id="8" sentence="2">on</token><token t_id="9" sentence="2">Friday</token><token t_id="10" sentence="2">.</token>
<Markables><ENTITY_MENTION m_id="1" syntactic_type="NAM"><token_anchor t_id="1"/></ENTITY_MENTION>
<ENTITY_MENTION m_id="2" syntactic_type="NAM"><token_anchor t_id="5"/><token_anchor t_id="6"/></ENTITY_MENTION>
<TIMEX3 m_id="3" type="DATE" value="2008-03-01" functionInDocument="CREATION_TIME"><token_anchor t_id="3"/><token_anchor t_id="4"/></TIMEX3>
<TIMEX3 m_id="4" type="DATE" value="2008-02-29" functionInDocument="NONE"><token_anchor t_id="9"/></TIMEX3>
<ENTITY m_id="9" ent_type="ORG" instance_id="ORG1"/></Markables>
<Relations><REFERS_TO r_id="1"><source m_id="1"/><source m_id="2"/><target m_id="9"/></REFERS_TO></Relations></Document>"""
    path = tmp_path / "a.xml"
    path.write_text(xml)
    article = read_article(path)
    assert article.text == "Apple rises\n\nMarch 1\n\nApple Inc. said on Friday."
    assert article.mentions == [(0, 5, "ORG1"), (22, 32, "ORG1")]
    assert str(article.dct) == "2008-03-01" and article.times == [(41, 47, "2008-02-29", "DATE")]


def test_names_as_the_newsquant_annotation_gives_them():
    assert [benchmark_name(u) for u in ("USD per barrel", "percent", "years", None, "kilometre", "time")] == [
        "dollar per barrel", "percentage", "year", "-", "kilometre", "count"]


def test_a_share_is_named_percent_of_the_group_it_is_a_share_of():
    from dossier.yardstick.newsquant import unit_name
    third = Quantity(0, 7, "A third", 1 / 3, None, None, False, counted="third of the US population")
    half = Quantity(0, 11, "almost half", 0.5, None, None, True, "max", counted="of which")
    assert unit_name(third) == "% us population" and unit_name(half) == "% -"


def test_newsquant_conventions_join_from_to_and_give_vague_amounts_a_magnitude():
    from dossier.yardstick.newsquant import in_newsquant_conventions
    sentence = "Prices fell from $36,040 at noon to $34,935, and thousands of people and tens of millions of dollars left."
    found = [Quantity(17, 23, "36,040", 36040.0, "USD", None, False),
             Quantity(36, 42, "34,935", 34935.0, "USD", None, False),
             Quantity(48, 57, "thousands", None, "people", "people", True, "about"),
             Quantity(71, 102, "tens of millions of dollars", None, "USD", None, True, "about")]
    got = [(q.value, q.high, q.unit) for q in in_newsquant_conventions(sentence, found)]
    assert got == [(36040, 34935, "USD"), (1e3, 1e4, "people"), (1e7, 1e8, "USD")]
    apart = [Quantity(0, 2, "20", 20.0, "USD", None, False), Quantity(10, 12, "30", 30.0, "USD", None, False)]
    assert in_newsquant_conventions("20 and then 30 dollars", apart) == apart  # no 'from ... to': two figures
