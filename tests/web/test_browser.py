"""Real headless Chromium (Debian's, driven by Playwright through its executable path; no browser download) over
a live server on loopback: every page loads, and a reader can click from a report to an actor to the timeline."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from dossier.web.app import serving_on_loopback

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
playwright = pytest.importorskip("playwright.sync_api", reason="browser tests need the playwright package")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="browser tests need Debian's chromium (apt-get install chromium)")
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="module")
def server(web_db):
    with serving_on_loopback(web_db) as base:
        yield base


@pytest.fixture(scope="module")
def page(server, tmp_path_factory):
    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=FLAGS)
        tab = browser.new_page(viewport={"width": 1280, "height": 900})
        yield tab
        browser.close()


@pytest.fixture(scope="module")
def shots(tmp_path_factory) -> Path:
    """Screenshots go to $DOSSIER_SCREENSHOTS when set (to look at them), else to a temporary folder."""
    folder = Path(os.environ.get("DOSSIER_SCREENSHOTS") or tmp_path_factory.mktemp("screenshots"))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.mark.parametrize("path,marker", [
    ("/", "Reports"), ("/actors", "Actors"), ("/claims", "Claims across reports"), ("/figures", "Figures over time"),
    ("/timeline", "Timeline"), ("/search?q=Minsk", "Search"), ("/add", "Add reports"),
    ("/actors/minsk/spellings", "How Minsk is written"),
])
def test_each_page_loads(page, server, shots, path, marker):
    errors = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    response = page.goto(server + path)
    assert response.status == 200
    assert page.locator("h1").first.inner_text().startswith(marker)
    page.screenshot(path=str(shots / f"page{path.replace('/', '_').replace('?', '_') or '_'}.png"), full_page=True)
    assert errors == []


def test_click_from_a_report_to_an_actor_to_the_timeline(page, server, shots):
    page.goto(server + "/")
    page.get_by_role("link", name="Hundreds detained as Belarusians protest war on referendum day").click()
    assert page.locator("h1").inner_text() == "Hundreds detained as Belarusians protest war on referendum day"
    marked = page.locator("#report-text .quote, #report-text .claim, #report-text .figure, #report-text .date")
    assert marked.count() >= 5
    assert "Claim by" in (page.locator("#report-text .claim").first.get_attribute("title") or "")
    page.screenshot(path=str(shots / "report.png"), full_page=True)
    page.locator("#report-text a.ent-PERSON", has_text="Tsikhanouskaya").first.click()
    assert page.locator("h1").inner_text().startswith("Sviatlana Tsikhanouskaya")
    assert "Svetlana Tikhanovskaya" in page.content()
    page.screenshot(path=str(shots / "actor.png"), full_page=True)
    page.locator("#actor-timeline").click()
    assert page.locator("h1").inner_text().startswith("Timeline: Sviatlana Tsikhanouskaya")
    assert page.locator("#timeline-chart svg circle").count() >= 1
    page.screenshot(path=str(shots / "timeline.png"), full_page=True)


def test_adding_a_report_through_the_form(page, server, shots):
    page.goto(server + "/add")
    page.fill("input[name=title]", "Protest in Hrodna")
    page.fill("textarea[name=text]", "Police in Hrodna detained 14 people on 6 March, the rights group Viasna said.")
    page.fill("input[name=published]", "2022-03-07")
    page.get_by_role("button", name="Add").click()
    assert "1 added" in page.locator("#add-summary").inner_text()
    page.screenshot(path=str(shots / "added.png"), full_page=True)
    page.get_by_role("link", name="Protest in Hrodna").click()
    assert "Date: 2022-03-06" in page.locator("#report-text .date").first.get_attribute("title")
