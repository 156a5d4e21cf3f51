import xml.etree.ElementTree as ET
from datetime import date

from dossier.report.timeline_chart import ticks, timeline_svg
from dossier.resolve.timeline import TimelineEntry, TimelineSource

SVG = "{http://www.w3.org/2000/svg}"


def entry(day, what, n_sources=1):
    sources = [TimelineSource(f"d{i}", f"Title {i}", f"Outlet {i}", "2022-03-01", 0, 5, what) for i in range(n_sources)]
    return TimelineEntry(day, what, ["Minsk"], sources)


def test_one_mark_per_event_with_its_sources_on_hover():
    svg = timeline_svg([entry("2022-02-24", "Invasion begins"), entry("2022-02-27", "Protests in Minsk", 2)])
    root = ET.fromstring(svg)
    marks = root.findall(f".//{SVG}circle")
    titles = [t.text for t in root.findall(f".//{SVG}title")]
    assert len(marks) == 2
    assert "2 sources:" in titles[1] and "Outlet 1, 2022-03-01: Title 1" in titles[1]


def test_report_text_is_escaped_in_the_chart():
    svg = timeline_svg([entry("2022-02-24", '<script>alert("x")</script> & "quotes"')])
    assert "<script>" not in svg
    root = ET.fromstring(svg)  # still well-formed XML
    assert any('<script>alert("x")</script>' in (t.text or "") for t in root.iter(f"{SVG}title"))


def test_ticks_stay_readable_over_long_and_short_spans():
    long = ticks(date(1994, 1, 1), date(2023, 2, 1), 10)
    assert len(long) <= 10 and all(label.isdigit() for _, label in long)
    short = ticks(date(2022, 1, 15), date(2022, 10, 17), 12)
    assert [label for _, label in short][:3] == ["2022-02", "2022-03", "2022-04"]


def test_an_empty_timeline_says_so():
    assert "no dated events" in timeline_svg([])


def test_an_outlier_year_breaks_the_axis_instead_of_squashing_the_rest():
    entries = [entry("1994-07-10", "Lukashenko elected")] + [entry(f"2022-02-{d:02d}", f"Event {d}") for d in (20, 24, 27)]
    svg = timeline_svg(entries)
    root = ET.fromstring(svg)
    xs = [float(c.get("cx")) for c in root.findall(f".//{SVG}circle")]
    assert "//" in svg  # the break is drawn
    assert xs[3] - xs[1] > 300  # the three February days spread over most of the width, not a few pixels


def test_marks_link_to_the_evidence_when_told_where_it_lives():
    svg = timeline_svg([entry("2022-02-24", "Invasion begins")], link=lambda s: f"/reports/{s.doc_id}#at{s.start}")
    root = ET.fromstring(svg)
    (anchor,) = root.findall(f".//{SVG}a")
    assert anchor.get("href") == "/reports/d0#at0"
    assert "<a " not in timeline_svg([entry("2022-02-24", "Invasion begins")])
