"""Feeds read by URL or file, and polled: against a feed and pages a server started by the test serves on loopback."""

from __future__ import annotations

import pytest

from dossier.extract import load_pipeline
from dossier.ingest import IngestOptions, add_reports
from dossier.model import RawReport
from dossier.picture import Picture
from dossier.read import read_source
from dossier.store.sqlite import SqliteStore
from dossier.watch import every, poll
from tests.read.loopback import serving

LONG = " ".join(["The exiled opposition met in Vilnius on Saturday, and its leaders said the talks with European "
                 "officials had gone well."] * 12)
PAGE = (b"<html><head><title>Railway sabotage</title></head><body><article><h1>Railway sabotage</h1><p>Belarusian "
        b"rail partisans said on Tuesday they had disabled signalling near Asipovichy, slowing trains carrying "
        b"Russian equipment. The claim could not be verified independently.</p></article></body></html>")


def rss(base: str) -> bytes:
    return f"""<?xml version="1.0"?><rss version="2.0"><channel><title>Baltic Wire Service</title>
<item><guid>wire-1</guid><title>Exiles meet in Vilnius</title><link>{base}/exiles</link>
<pubDate>Sat, 05 Mar 2022 10:00:00 GMT</pubDate><description>{LONG}</description></item>
<item><guid>wire-2</guid><title>Railway sabotage</title><link>{base}/rail</link>
<pubDate>Tue, 08 Mar 2022 09:00:00 GMT</pubDate><description>Partisans claim an attack.</description></item>
</channel></rss>""".encode()


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline()


def test_a_feed_by_url_gives_each_entry_its_page_date_and_outlet():
    routes = {"/feed": (200, {"Content-Type": "application/rss+xml"}, rss("BASE")),
              "/rail": (200, {"Content-Type": "text/html"}, PAGE)}
    with serving(routes) as (base, requested):
        routes["/feed"] = (200, {"Content-Type": "application/rss+xml"}, rss(base))
        reports = list(read_source(f"{base}/feed", 1_000_000, allow_private=True))
    assert all(isinstance(r, RawReport) for r in reports)
    full, summary_only = reports
    assert full.title == "Exiles meet in Vilnius" and full.published == "2022-03-05"
    assert full.outlet == "Baltic Wire Service" and "/exiles" not in requested  # full text: no page fetched
    assert summary_only.published == "2022-03-08" and "/rail" in requested
    assert any("Asipovichy" in line for line in summary_only.lines) and summary_only.outlet == "Baltic Wire Service"


def test_a_second_poll_adds_nothing_and_fetches_nothing(tmp_path, nlp):
    routes = {"/rail": (200, {"Content-Type": "text/html"}, PAGE)}
    with serving(routes) as (base, requested), SqliteStore(tmp_path / "w.db") as store:
        routes["/feed"] = (200, {"Content-Type": "application/rss+xml"}, rss(base))
        options = IngestOptions(allow_private=True)
        (first,) = poll([f"{base}/feed"], store, lambda: nlp, options)
        assert first.new_entries == 2 and len(first.summary.added) == 2 and not first.summary.failed
        fetched = len(requested)
        (second,) = poll([f"{base}/feed"], store, lambda: nlp, options)
        assert second.new_entries == 0 and second.summary.added == [] and len(requested) == fetched + 1  # the feed only
        assert store.count() == 2


def test_bad_feeds_are_one_error_each_and_the_others_are_polled(tmp_path, nlp, write):
    good = write("good.xml", rss("http://127.0.0.1:9").replace(b"<link>http://127.0.0.1:9/rail</link>", b""))
    with serving({"/forever": (302, {"Location": "/forever"}, b"")}) as (base, _), \
            SqliteStore(tmp_path / "b.db") as store:
        polls = poll([write("not.xml", "this is not a feed"), f"{base}/forever", good], store, lambda: nlp,
                     IngestOptions(allow_private=True))
    reasons = [f.reason for p in polls for f in p.summary.failed]
    assert any("not an RSS or Atom feed" in r for r in reasons) and any("redirects" in r for r in reasons)
    assert len(polls[2].summary.added) == 1  # the entry with text; the one without text or page fails alone
    assert every("15m") == 900 and every("2h") == 7200


def test_a_forwarded_telegram_post_is_linked_as_a_copy_of_its_channels_post(tmp_path, nlp, write):
    import json

    def export(name, messages):
        return json.dumps({"name": name, "type": "public_channel", "messages": messages})

    text = "Tsikhanouskaya said the talks would resume on 5 March."
    original = write("a/result.json", export("Vilnius Daily", [
        {"id": 7, "type": "message", "date": "2022-03-02T09:00:00", "text": text}]))
    forward = write("b/result.json", export("Minsk Wire", [
        {"id": 9, "type": "message", "date": "2022-03-02T11:00:00", "forwarded_from": "Vilnius Daily", "text": text}]))
    with SqliteStore(tmp_path / "t.db") as store:
        add_reports([forward], store, nlp=lambda: nlp)  # the forward first: the link is made when the original comes
        add_reports([original], store, nlp=lambda: nlp)
        (link,) = store.copy_links()
        docs = {d.id: d for d in store.documents()}
        assert docs[link.copy].outlet == "Minsk Wire" and docs[link.original].outlet == "Vilnius Daily"
        view = Picture(store)
        (group,) = [g for g in view.every(view.claims) if "5 March" in g.content]
        assert group.count == 2 and group.independent == 1  # the forward corroborates nothing

