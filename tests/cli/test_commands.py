"""End to end: the `dossier` command on the bundled samples, with the real English pipeline."""

import json
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from dossier.cli import app
from dossier.errors import DossierError
from tests.conftest import SAMPLES

runner = CliRunner()


def invoke(*args):
    return runner.invoke(app, [str(a) for a in args], catch_exceptions=False)


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("cli") / "samples.db"
    result = invoke("add", SAMPLES, "--db", path, "--json")
    assert result.exit_code == 0, result.output
    return path


def test_add_stores_every_sample_and_flags_the_russian_one(db):
    docs = json.loads(invoke("ls", "--db", db, "--json").stdout)
    assert len(docs) == 11
    languages = {d["source"].rsplit("/", 1)[-1]: d["language"] for d in docs}
    assert languages["2022-03-02-minsk-ru.txt"] == "ru"
    assert {lang for name, lang in languages.items() if name != "2022-03-02-minsk-ru.txt"} == {"en"}
    assert next(d for d in docs if d["language"] == "ru")["mentions"] > 0  # read by the Russian pipeline


def test_adding_again_changes_nothing(db):
    result = json.loads(invoke("add", SAMPLES, "--db", db, "--json").stdout)
    assert result["added"] == [] and len(result["unchanged"]) == 11 and result["failed"] == []


def test_entities_join_spellings_of_one_person(db):
    actors = {a["key"]: a for a in json.loads(invoke("entities", "--db", db, "--json", "--limit", 200).stdout)}
    assert {"Tsikhanouskaya", "Sviatlana Tsikhanouskaya", "Svetlana Tikhanovskaya"} <= set(actors["tsikhanouskaya"]["spellings"])
    assert {"Lukashenka", "Lukashenko"} <= set(actors["lukashenka"]["spellings"])
    assert {"Syarhei Tsikhanouski", "Sergei Tikhanovsky"} <= set(actors["tsikhanouski"]["spellings"])
    assert actors["tsikhanouskaya"]["type"] == "PERSON" and actors["tsikhanouskaya"]["documents"] >= 7


def test_alias_ls_says_why_each_spelling_is_the_actor(db):
    found = json.loads(invoke("alias", "ls", "--actor", "Tsikhanouskaya", "--db", db, "--json").stdout)
    assert [a["key"] for a in found] == ["tsikhanouskaya"]
    ways = {s["surface"]: s for s in found[0]["spellings"]}
    assert ways["Svetlana Tikhanovskaya"]["steps"] == [["pack", "tsikhanouskaya"]]
    assert all(s["traced"] and s["reports"] >= 1 for s in ways.values())
    assert all(not s["steps"] or s["steps"][-1][1] == "tsikhanouskaya" for s in ways.values())
    table = invoke("alias", "ls", "--actor", "Tsikhanouskaya", "--db", db).stdout
    assert "Svetlana Tikhanovskaya" in table and "(pack)" in table
    missing = runner.invoke(app, ["alias", "ls", "--actor", "Nobody Atall", "--db", str(db)])
    assert isinstance(missing.exception, DossierError) and "no actor is named 'Nobody Atall'" in str(missing.exception)


def test_show_gives_spans_that_point_into_the_text_and_the_furniture(db):
    docs = json.loads(invoke("ls", "--db", db, "--json").stdout)
    op_ed = next(d for d in docs if d["source"].endswith("sanctions-op-ed.txt"))
    shown = json.loads(invoke("show", op_ed["id"][:8], "--db", db, "--json").stdout)
    assert shown["mentions"] and all(shown["text"][m["start"]:m["end"]] == m["text"] for m in shown["mentions"])
    assert "Leave a comment" not in shown["text"] and shown["authors"] == ["Marta Kowal"]
    assert {f["reason"] for f in shown["furniture"]} == {"byline", "timestamp", "author box", "site disclaimer",
                                                     "comment section"}
    table = invoke("show", op_ed["id"][:8], "--db", db, "--furniture").stdout
    assert "Removed as page furniture" in table and "kestutis_v" in table


def test_search_finds_the_rewrite_and_its_original(db):
    hits = json.loads(invoke("search", "riot police dragging", "--db", db, "--json").stdout)
    assert {h["title"] for h in hits} == {
        "Hundreds detained as Belarusians protest war on referendum day",
        "Hundreds held as Belarusians protest war during referendum",
    }


def test_failed_input_exits_non_zero_with_one_line_per_failure(db, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    result = invoke("add", empty, tmp_path / "missing.txt", "--db", db)
    assert result.exit_code == 1
    assert f"error: {empty}: file is empty" in result.stderr
    assert f"error: {tmp_path / 'missing.txt'}: no such file or folder" in result.stderr


def test_unknown_document_is_one_clean_error_line(db):
    result = subprocess.run([sys.executable, "-m", "dossier", "show", "ffffffff", "--db", str(db)],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 2
    assert result.stderr.strip() == "error: no document with id 'ffffffff' in this store (see `dossier ls`)"
    assert "Traceback" not in result.stderr and result.stdout == ""


def test_demo_prints_documents_actors_and_evidence(tmp_path):
    result = invoke("demo", "--db", tmp_path / "demo.db")
    assert result.exit_code == 0
    for heading in ("Ingest summary", "Documents (11)", "Top actors", "Evidence", "Who said what", "unverified"):
        assert heading in result.stdout
    assert "Tsikhanouskaya" in result.stdout and "Lukashenka" in result.stdout


def test_quotes_by_a_speaker_with_their_evidence(db):
    rows = json.loads(invoke("quotes", "--db", db, "--by", "Drozd", "--json").stdout)
    assert [(r["source"], r["cue"]) for r in rows] == [("Pavel Drozd", "said"), ("Pavel Drozd", None)]
    assert rows[0]["content"].startswith("Eighteen years is a number meant to frighten")
    assert all(r["direct"] for r in rows) and rows[0]["title"] == "Belarus jails opposition blogger Tsikhanouski for 18 years"


def test_claims_by_one_person_under_every_spelling(db):
    rows = json.loads(invoke("claims", "--db", db, "--by", "Tikhanovskaya", "--json").stdout)
    sources = {r["source"] for r in rows}
    assert {"Svetlana Tikhanovskaya", "Sviatlana Tsikhanouskaya"} <= sources
    assert any("co-aggressor" in r["content"] for r in rows)


def test_hedged_claims_say_why(db):
    rows = json.loads(invoke("claims", "--db", db, "--hedged", "--json").stdout)
    hedges = {r["content"]: r["hedge"] for r in rows}
    assert hedges["riot police dragging protesters into buses"] == "appeared to"
    assert hedges["the attacks had slowed Russian supply trains"] == "writer's caveat"
    assert all(r["hedged"] for r in rows)


def test_show_json_carries_attribution_spans(db):
    docs = json.loads(invoke("ls", "--db", db, "--json").stdout)
    wire = next(d for d in docs if d["source"].endswith("tsikhanouski-sentenced.txt"))
    shown = json.loads(invoke("show", wire["id"], "--db", db, "--json").stdout)
    assert shown["attributions"]
    for a in shown["attributions"]:
        assert shown["text"][a["content_start"]:a["content_end"]] == a["content"]


def test_figures_about_volunteers_change_over_reports(db):
    rows = json.loads(invoke("figures", "--db", db, "--about", "volunteer", "--json").stdout)
    by_text = {r["text"]: r for r in rows}
    assert by_text["more than 1,000"]["value"] == 1000 and by_text["more than 1,000"]["bound"] == "min"
    assert by_text["more than 1,000"]["published"] == "2022-12-20"


def test_timeline_merges_a_story_and_its_rewrite_and_draws_it(db, tmp_path):
    chart = tmp_path / "timeline.svg"
    result = invoke("timeline", "--db", db, "--from", "2022-02-27", "--to", "2022-02-27", "--chart", chart, "--json")
    entries = json.loads(result.stdout)
    told_twice = [e for e in entries if {s["outlet"] for s in e["sources"]} == {"Baltic Wire Service", "Eastern Ledger"}]
    assert told_twice and all(e["date"] == "2022-02-27" for e in entries)
    assert chart.read_text().startswith("<svg") and "Eastern Ledger" in chart.read_text()


def test_timeline_by_actor_under_another_spelling(db):
    entries = json.loads(invoke("timeline", "--db", db, "--actor", "Lukashenko", "--json").stdout)
    assert entries and all(any("Lukash" in a for a in e["actors"]) for e in entries)


def test_copies_link_the_rewrite_to_its_original_and_nothing_else(db):
    links = json.loads(invoke("copies", "--db", db, "--json").stdout)
    docs = {d["id"]: d for d in json.loads(invoke("ls", "--db", db, "--json").stdout)}
    assert [(docs[x["copy"]]["outlet"], docs[x["original"]]["outlet"]) for x in links] == [
        ("Eastern Ledger", "Baltic Wire Service")]


def test_briefing_in_markdown_and_escaped_html(db, tmp_path):
    text = invoke("brief", "--db", db).stdout
    for heading in ("## Actors and their names", "## Claims, by independent sources", "## Figures over time",
                    "## Timeline", "## Caveats", "## Reports"):
        assert heading in text
    assert "Svetlana Tikhanovskaya" in text and "counts once as a source" in text
    out = tmp_path / "brief.html"
    invoke("brief", "--db", db, "--format", "html", "--out", out, "--actor", "Tikhanovskaya")
    html = out.read_text()
    assert html.startswith("<!doctype html>") and "Briefing: Tikhanovskaya" in html
    assert "<script" not in html


def test_briefing_escapes_report_text_in_html(tmp_path):
    report = tmp_path / "evil.txt"
    report.write_text('<script>alert(1)</script> Minsk talks\n\nThe minister said "<img src=x onerror=alert(1)>" '
                      "would be shown to Pavel Latushka on Monday.")
    path = tmp_path / "e.db"
    invoke("add", report, "--db", path, "--published", "2022-03-01")
    html = invoke("brief", "--db", path, "--format", "html").stdout
    assert "<script>alert(1)</script>" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<img src=x" not in html


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "graphml", "ftm"])
def test_exports(db, tmp_path, fmt):
    import csv as csv_module
    import xml.etree.ElementTree as ET

    out = tmp_path / f"export.{fmt}"
    result = invoke("export", "--format", fmt, "--db", db, "--out", out)
    assert result.exit_code == 0
    text = out.read_text(encoding="utf-8")
    if fmt == "jsonl":
        records = [json.loads(line) for line in text.splitlines()]
        assert len(records) == 11 and all({"text", "attributions", "quantities", "events"} <= set(r) for r in records)
    elif fmt == "csv":
        rows = list(csv_module.DictReader(text.splitlines()))
        assert {r["kind"] for r in rows} == {"mention", "quote", "claim", "figure", "time", "time in furniture", "event"}
    elif fmt == "graphml":
        root = ET.fromstring(text)
        ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
        nodes, edges = root.findall(".//g:node", ns), root.findall(".//g:edge", ns)
        assert len(nodes) > 20 and edges
        assert any(n.get("id") == "tsikhanouskaya" for n in nodes)
    else:
        entities = [json.loads(line) for line in text.splitlines()]
        schemas = {e["schema"] for e in entities}
        assert schemas == {"Person", "Organization", "Article", "Mention"}
        person = next(e for e in entities if e["properties"]["name"] == ["Sviatlana Tsikhanouskaya"])
        assert "Svetlana Tikhanovskaya" in person["properties"]["alias"]


def test_csv_export_defuses_formulas(tmp_path):
    from dossier.report.exports import _csv_safe

    assert _csv_safe("=HYPERLINK(\"http://x\")") == "'=HYPERLINK(\"http://x\")" and _csv_safe("Minsk") == "Minsk"
