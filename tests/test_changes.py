"""What changed since a moment: new reports, new and newly corroborated claims, figures that moved, new conflicts,
actors seen for the first time."""

from __future__ import annotations

import time
from datetime import datetime, timezone

import pytest

from dossier.changes import changes, since_moment
from dossier.errors import DossierError
from dossier.extract import load_pipeline
from dossier.ingest import add_reports
from dossier.picture import Picture
from dossier.store.sqlite import SqliteStore
from tests.conftest import SAMPLES

LATER = """Rights group says prisoners now number 1,600

OUTLET: Northern Courier
DATE: 2023-02-20

The number of political prisoners in Belarus has risen above 1,400, the rights group Viasna said on Monday.

Viasna now counts 1,600 political prisoners in Belarus, its spokesman Pavel Sapelka said at a briefing in Vilnius,
where the group has worked since its Minsk office was closed. He added that families of detainees often wait weeks
before they learn where their relatives are held, and that lawyers who take such cases risk losing their licences.

Andrei Kuznechyk, a journalist, was released after three years. He told reporters outside the prison gate that he
had been kept in solitary confinement for months and had not been allowed to write letters to his wife. Several
other journalists remain behind bars, according to the Belarusian Association of Journalists, which keeps its own
list of media workers in detention and publishes it every month.
"""


def test_changes_since_a_moment_name_what_is_new_with_its_evidence(tmp_path, write):
    nlp = load_pipeline()
    with SqliteStore(tmp_path / "c.db") as store:
        add_reports([str(SAMPLES)], store, nlp=lambda: nlp)
        time.sleep(1.1)
        since = datetime.now(timezone.utc).isoformat(timespec="seconds")
        time.sleep(1.1)
        add_reports([write("later.txt", LATER)], store, nlp=lambda: nlp)
        found = changes(Picture(store), since)
        before = changes(Picture(store), "2000-01-01")
    (report,) = found.reports
    assert report.outlet == "Northern Courier" and len(before.reports) == store_count(tmp_path / "c.db")
    assert any("1,400" in c.content and c.independent >= 2 for c in found.corroborated)
    assert all(d.id == report.id for c in found.corroborated + found.new_claims for d, _ in c.evidence)
    assert any(m.measure == "political prisoner" and m.now.quantity.text == "1,600" for m in found.moved)
    assert any(a.name == "Andrei Kuznechyk" for a in found.actors)
    assert not any(a.name == "Viasna" for a in found.actors)  # named before too


def store_count(path) -> int:
    with SqliteStore(path) as store:
        return store.count()


def test_a_moment_is_a_date_or_a_time_and_nothing_else():
    assert since_moment("2026-12-01") == "2026-12-01" and since_moment("2026-12-01 08:00") == "2026-12-01T08:00"
    with pytest.raises(DossierError, match="give a date"):
        since_moment("yesterday")
