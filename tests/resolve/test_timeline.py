from datetime import date

from dossier.model import Document, Event
from dossier.packs import load_pack
from dossier.resolve.timeline import build_timeline, filter_timeline, period_start

INDEX = load_pack().alias_index()


def doc(doc_id, outlet, published):
    return Document(id=doc_id, source=doc_id, kind="txt", title=f"Report {doc_id}", text="", url=None, outlet=outlet,
                    authors=(), published=published, language="en")


def test_periods_start_where_they_begin():
    assert period_start("2022") == date(2022, 1, 1)
    assert period_start("2022-03") == date(2022, 3, 1)
    assert period_start("2022-W09") == date(2022, 2, 28)
    assert period_start("2022-03-17") == date(2022, 3, 17)


def test_the_same_happening_in_two_reports_is_one_entry_with_both_sources():
    a, b, c = doc("a", "Wire", "2022-02-28"), doc("b", "Ledger", "2022-03-01"), doc("c", "Wire", "2022-03-02")
    items = [
        (b, Event("2022-02-27", 0, 10, "Police held more than 800 people in Minsk", ("Minsk",))),
        (a, Event("2022-02-27", 0, 10, "Police detained more than 800 people in Minsk", ("Minsk",))),
        (c, Event("2022-02-27", 0, 10, "Lukashenko voted in the referendum", ("Lukashenko",))),
        (c, Event("2022-02-24", 0, 10, "Russia invaded Ukraine", ("Russia", "Ukraine"))),
    ]
    entries = build_timeline(items, INDEX)
    assert [(e.date, len(e.sources)) for e in entries] == [("2022-02-24", 1), ("2022-02-27", 2), ("2022-02-27", 1)]
    merged = entries[1]
    assert merged.what == "Police detained more than 800 people in Minsk"  # told first by the earliest report
    assert [s.outlet for s in merged.sources] == ["Wire", "Ledger"]


def test_filters_by_period_and_actor_under_any_spelling():
    d = doc("a", "Wire", "2022-03-01")
    items = [(d, Event("2021-12", 0, 5, "Tsikhanouski sentenced", ("Tsikhanouski",))),
             (d, Event("2022-02-27", 0, 5, "Lukashenka voted", ("Lukashenka",)))]
    entries = build_timeline(items, INDEX)
    assert [e.what for e in filter_timeline(entries, INDEX, start="2022")] == ["Lukashenka voted"]
    assert [e.what for e in filter_timeline(entries, INDEX, actor="Lukashenko")] == ["Lukashenka voted"]
    assert [e.what for e in filter_timeline(entries, INDEX, end="2021-12-31")] == ["Tsikhanouski sentenced"]


def test_one_forced_landing_told_by_three_outlets_a_day_apart_is_one_entry():
    a, b, c = doc("a", "Wire", "2021-05-24"), doc("b", "Ledger", "2021-05-24"), doc("c", "Courier", "2021-05-25")
    items = [
        (a, Event("2021-05-23", 0, 9, "Belarus forced a Ryanair plane to land in Minsk", ("Belarus", "Ryanair", "Minsk"))),
        (b, Event("2021-05-24", 0, 9, "a Ryanair flight was diverted to Minsk by a fighter jet", ("Ryanair", "Minsk"))),
        (c, Event("2021-05", 0, 9, "Belarusian authorities forced the Ryanair airliner down in Minsk",
                  ("Ryanair", "Minsk"))),
        (c, Event("2021-05-23", 0, 9, "Lukashenko signed a decree on the harvest", ("Lukashenko",))),
    ]
    entries = build_timeline(items, INDEX)
    assert [(e.date, len(e.sources)) for e in entries] == [("2021-05-23", 3), ("2021-05-23", 1)]


def test_only_happenings_several_reports_tell():
    a, b = doc("a", "Wire", "2022-02-28"), doc("b", "Ledger", "2022-03-01")
    items = [(a, Event("2022-02-27", 0, 9, "Police detained 800 people in Minsk", ("Minsk",))),
             (b, Event("2022-02-27", 0, 9, "Police detained 800 people in Minsk", ("Minsk",))),
             (b, Event("2022-02-24", 0, 9, "Russia invaded Ukraine", ("Russia",)))]
    entries = build_timeline(items, INDEX)
    assert [e.what for e in filter_timeline(entries, INDEX, multi=True)] == ["Police detained 800 people in Minsk"]
