import re

"""Every API endpoint and page, the escaping of report text, the token, and upload limits."""

import pytest
from fastapi.testclient import TestClient

from dossier.web.app import create_app

PAGES = ["/", "/actors", "/actors/tsikhanouskaya", "/timeline", "/timeline?actor=Lukashenko&from=2022-01",
         "/figures?about=volunteer", "/claims", "/claims?hedged=true", "/search?q=Minsk", "/add", "/copies",
         "/figures/points", "/exports", "/changes", "/changes?since=2000-01-01", "/changes?since=yesterday",
         "/search?q=Tsikhanouski", "/actors?type=person&sort=name&order=asc", "/actors/minsk/spellings",
         "/actors/tsikhanouskaya/spellings?rule=pack&sort=spelling&order=asc"]


def test_reports_list_and_filters(client):
    every = client.get("/api/reports").json()
    assert len(every) == 12 and "text" not in every[0]
    wire = client.get("/api/reports", params={"outlet": "Baltic Wire Service"}).json()
    assert wire and {d["outlet"] for d in wire} == {"Baltic Wire Service"}
    assert {d["language"] for d in client.get("/api/reports", params={"language": "ru"}).json()} == {"ru"}
    dated = client.get("/api/reports", params={"from": "2022-03-01", "to": "2022-03-31"}).json()
    assert dated and all("2022-03-01" <= d["published"] <= "2022-03-31" for d in dated)


def test_one_report_with_its_findings(client):
    doc_id = client.get("/api/reports", params={"outlet": "Eastern Ledger"}).json()[0]["id"]
    report = client.get(f"/api/reports/{doc_id[:8]}").json()
    assert report["id"] == doc_id
    for name in ("mentions", "attributions", "quantities", "times", "events"):
        assert report[name], name
        for item in report[name]:
            start, end = item.get("content_start", item["start"]), item.get("content_end", item["end"])
            assert 0 <= start < end <= len(report["text"])
    assert client.get("/api/reports/ffffffff").status_code == 404


def test_actors_and_one_actor(client):
    actors = client.get("/api/actors", params={"type": "person"}).json()
    assert {a["type"] for a in actors} == {"PERSON"}
    profile = client.get("/api/actors/tsikhanouskaya").json()
    assert "Svetlana Tikhanovskaya" in profile["actor"]["spellings"]
    assert profile["quotes_by"] and profile["reports"] and profile["co_occurring"]
    assert client.get("/api/actors/nobody-at-all").status_code == 404


def test_why_each_spelling_is_its_actor(client):
    ways = {w["surface"]: w for w in client.get("/api/actors/minsk/spellings").json()}
    assert ways["Minsk"]["steps"] == [["pack", "minsk"]]
    assert ways["Минске"]["steps"] == [["nominative", "Минск"], ["pack", "minsk"]]
    only = client.get("/api/actors/minsk/spellings", params={"rule": "nominative"})
    assert [w["surface"] for w in only.json()] == ["Минске"] and only.headers["X-Total-Count"] == "1"
    by_name = client.get("/api/actors/minsk/spellings", params={"sort": "spelling", "order": "desc", "limit": 1})
    assert by_name.json()[0]["surface"] == "Минске" and "next" in by_name.headers["Link"]
    html = client.get("/actors/minsk/spellings").text
    assert "Минске" in html and ">nominative<" in html and "/actors/minsk/spellings" in client.get("/actors/minsk").text
    assert client.get("/api/actors/nobody-at-all/spellings").status_code == 404


def test_timeline_figures_claims_copies_search(client):
    timeline = client.get("/api/timeline", params={"actor": "Lukashenko", "from": "2022"}).json()
    assert timeline and all(e["date"] >= "2022" for e in timeline)
    (prisoners,) = client.get("/api/figures", params={"about": "prisoner"}).json()
    assert prisoners["measure"] == "political prisoner"
    assert [p["text"] for p in prisoners["points"]] == ["more than 1,000", "1,400"]
    assert prisoners["conflicts"] == []  # "1,400" is compatible with "more than 1,000": no conflict, no change
    claims = client.get("/api/claims", params={"hedged": True}).json()
    assert claims and all(c["hedged"] for c in claims)
    assert len(client.get("/api/copies").json()) == 1
    hits = client.get("/api/search", params={"q": "riot police"}).json()
    assert {h["title"] for h in hits} >= {"Hundreds detained as Belarusians protest war on referendum day"}


def test_adding_by_text_and_by_file(client):
    pasted = client.post("/api/reports", data={"title": "Vilnius rally", "published": "2022-03-05",
                                               "text": "About 2,000 people rallied in Vilnius on Saturday, "
                                                       "organisers said."})
    assert pasted.status_code == 201 and pasted.json()["added"][0]["title"] == "Vilnius rally"
    again = client.post("/api/reports", data={"title": "Vilnius rally", "published": "2022-03-05",
                                              "text": "About 2,000 people rallied in Vilnius on Saturday, "
                                                      "organisers said."})
    assert again.json()["added"] == [] and len(again.json()["unchanged"]) == 1
    uploaded = client.post("/api/reports", files=[("files", ("note.md", b"# Warsaw talks\n\nTalks went on.", "text/markdown")),
                                                  ("files", ("bad.txt", b"\x00\x01binary", "text/plain"))])
    body = uploaded.json()
    assert [d["title"] for d in body["added"]] == ["Warsaw talks"]
    assert body["failed"][0]["source"] == "bad.txt" and "binary" in body["failed"][0]["reason"]


def test_uploads_over_the_limit_and_empty_posts_are_refused_clearly(client):
    big = client.post("/api/reports", files=[("files", ("big.txt", b"word " * 20_000, "text/plain"))])
    assert big.status_code == 413 and "upload limit" in big.json()["detail"]
    assert client.post("/api/reports", data={}).status_code == 400
    csrf = re.search(r'name="csrf" value="([^"]+)"', client.get("/add").text).group(1)
    page = client.post("/add", files=[("files", ("big.txt", b"word " * 20_000, "text/plain"))], data={"csrf": csrf})
    assert page.status_code == 413 and "upload limit" in page.text


@pytest.mark.parametrize("url", PAGES)
def test_every_page_loads_offline(client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert "http://" not in response.text.replace("http://www.w3.org", "") and "https://" not in response.text


def test_report_text_is_escaped_on_every_page(client):
    hostile = next(d for d in client.get("/api/reports").json() if d["title"].startswith("<script>"))
    pages = [f"/reports/{hostile['id']}", "/", "/claims", "/timeline", "/search?q=minister", "/figures",
             "/actors", "/search?q=<script>alert(9)</script>", "/changes?since=2000-01-01", "/copies",
             "/figures/points", "/briefing"]
    for url in pages:
        html = client.get(url).text
        assert "<script>" not in html and "<img src=x" not in html, url
        assert 'onmouseover=\'alert' not in html and '" onclick="' not in html, url
    report = client.get(f"/reports/{hostile['id']}").text
    assert "&lt;script&gt;alert(&#34;title&#34;)&lt;/script&gt;" in report
    assert "&lt;img src=x onerror=alert(2)&gt;" in report


def test_a_server_bound_elsewhere_needs_its_token(web_db):
    guarded = TestClient(create_app(web_db, token="s3cret"), base_url="http://localhost")
    refused = guarded.get("/api/reports")
    assert refused.status_code == 401 and "token" in refused.json()["detail"]
    assert guarded.get("/api/reports", headers={"Authorization": "Bearer s3cret"}).status_code == 200
    assert guarded.get("/?token=wrong").status_code == 401
    first = guarded.get("/?token=s3cret")
    assert first.status_code == 200 and guarded.get("/actors").status_code == 200  # the cookie carries it on


def test_no_page_needs_the_internet(client):
    assert client.get("/docs").status_code == 404 and client.get("/redoc").status_code == 404
    assert client.get("/openapi.json").json()["info"]["title"] == "dossier"


def test_every_list_is_paginated_with_its_total_and_next_page(client):
    first = client.get("/api/reports", params={"limit": 5, "sort": "title", "order": "asc"})
    total = int(first.headers["X-Total-Count"])
    assert total == len(client.get("/api/reports", params={"limit": 500}).json()) >= 12
    assert len(first.json()) == 5 and 'rel="next"' in first.headers["Link"]
    titles = [d["title"] for d in first.json()]
    assert titles == sorted(titles)
    last = client.get("/api/reports", params={"limit": 5, "offset": total - 2, "sort": "title", "order": "asc"})
    assert len(last.json()) == 2 and 'rel="prev"' in last.headers["Link"] and 'rel="next"' not in last.headers["Link"]
    for url in ("/api/actors", "/api/claims", "/api/figures", "/api/figures/points", "/api/timeline", "/api/copies"):
        response = client.get(url, params={"limit": 1})
        assert len(response.json()) <= 1 and int(response.headers["X-Total-Count"]) >= 1, url
    assert client.get("/api/reports", params={"limit": "lots", "sort": "nonsense"}).status_code == 200


def test_pages_show_where_they_are_and_one_count_everywhere(client):
    page = client.get("/", params={"limit": 5}).text
    total = client.get("/api/reports", params={"limit": 1}).headers["X-Total-Count"]
    assert f"1–5 of {total}" in page and 'rel="next"' in page
    claims = client.get("/claims").text
    total = client.get("/api/claims", params={"limit": 1}).headers["X-Total-Count"]
    assert f"({total} claims;" in claims
    assert "copies" in client.get("/copies").text and "GraphML" in client.get("/exports").text
    assert client.get("/exports/csv").status_code == 200 and client.get("/exports/pdf").status_code == 404
    assert "<h1" in client.get("/briefing").text


def test_a_person_decides_who_is_who_on_an_actor_page(web_db, tmp_path):
    import sqlite3
    import time

    from dossier.store.sqlite import SqliteStore

    copy = tmp_path / "decide.db"
    with sqlite3.connect(web_db) as source, sqlite3.connect(copy) as target:
        source.backup(target)
    own = TestClient(create_app(str(copy)), base_url="http://localhost")
    with sqlite3.connect(copy) as conn:
        before = conn.execute("SELECT value FROM dossier_info WHERE key = 'links_made_with'").fetchone()[0]
    page = own.get("/actors/tsikhanouskaya").text
    assert "Who is who" in page
    csrf = re.search(r'name="csrf" value="([^"]+)"', page).group(1)
    assert own.post("/alias", data={"key": "tsikhanouskaya", "kind": "split", "other": "Tikhanovskaya",
                                    "csrf": "forged"}).status_code == 403
    done = own.post("/alias", data={"key": "tsikhanouskaya", "kind": "split", "other": "Tikhanovskaya", "csrf": csrf},
                    follow_redirects=False)
    assert done.status_code == 303 and done.headers["location"].endswith("?decided=split")
    with SqliteStore(copy) as store:
        assert [(d.kind, d.b) for d in store.decisions()] == [("split", "Tikhanovskaya")]
    for _ in range(240):  # the writer process makes the picture anew with the decision
        with sqlite3.connect(copy) as conn:
            made_with = conn.execute("SELECT value FROM dossier_info WHERE key = 'links_made_with'").fetchone()
        if made_with and made_with[0] != before:
            break
        time.sleep(0.5)
    assert made_with and made_with[0] != before
