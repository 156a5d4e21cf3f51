"""Fetching by URL, against a server the test starts on loopback."""

from __future__ import annotations

import pytest

from dossier.errors import ReadError
from dossier.model import RawReport, ReadFailure
from dossier.read import read_source
from dossier.read.fetch import fetch
from tests.read.loopback import serving

PAGE = (b"<html><head><title>Rally in Vilnius</title><meta property='og:site_name' content='Vilnius Daily'></head>"
        b"<body><article><h1>Rally in Vilnius</h1><p>About 2,000 people rallied in Vilnius on Saturday in support of "
        b"political prisoners in Belarus, the organisers said. \"We will not be silent,\" said one of them.</p>"
        b"</article></body></html>")
HTML = {"Content-Type": "text/html; charset=utf-8"}


def test_a_page_is_fetched_and_read_as_a_saved_page_with_its_url():
    with serving({"/a": (200, HTML, PAGE), "/moved": (302, {"Location": "/a"}, b"")}) as (base, _):
        (report,) = list(read_source(f"{base}/moved", 1_000_000, allow_private=True))
    assert isinstance(report, RawReport) and report.title == "Rally in Vilnius"
    assert report.url == f"{base}/a" and any("2,000 people" in line for line in report.lines)


def test_this_machines_network_is_refused_unless_allowed(monkeypatch):
    monkeypatch.delenv("DOSSIER_ALLOW_PRIVATE", raising=False)
    with serving({"/a": (200, HTML, PAGE)}) as (base, requested):
        (failure,) = list(read_source(f"{base}/a", 1_000_000))
        assert isinstance(failure, ReadFailure) and "private or local address" in failure.reason
        assert requested == []  # refused before any request was made
        monkeypatch.setenv("DOSSIER_ALLOW_PRIVATE", "1")
        assert isinstance(next(read_source(f"{base}/a", 1_000_000)), RawReport)


@pytest.mark.parametrize("url, routes, reason", [
    ("/loop", {"/loop": (302, {"Location": "/loop"}, b"")}, "more than 5 redirects"),
    ("/image", {"/image": (200, {"Content-Type": "image/png"}, b"\x89PNG")}, "is image/png"),
    ("/big", {"/big": (200, HTML, b"x" * 5000)}, "byte limit"),
    ("/gone", {}, "404"),
    ("/slow", {"/slow": 3.0}, "no answer within 1 s"),
])
def test_a_fetch_that_fails_is_one_clear_error(url, routes, reason):
    with serving(routes) as (base, _):
        with pytest.raises(ReadError, match=reason):
            fetch(base + url, 1000, allow_private=True, timeout=1.0)


def test_only_http_and_https_are_fetched():
    with pytest.raises(ReadError, match="only http and https"):
        fetch("file:///etc/passwd", 1000, allow_private=True)
    with pytest.raises(ReadError, match="only http and https"):
        fetch("http:///nohost", 1000, allow_private=True)


def test_a_name_that_resolves_to_this_machine_is_refused(monkeypatch):
    monkeypatch.delenv("DOSSIER_ALLOW_PRIVATE", raising=False)
    with pytest.raises(ReadError, match="private or local"):
        fetch("http://localhost:9/x", 1000)
