"""The picture across reports as the store keeps it (resolve.picture_batch, resolve.up_to_date): timeline entries,
claim groups and copy links, made from small reports written inline and read back through the read model."""

from __future__ import annotations

import itertools

import pytest

from dossier.model import Attribution, Document, Event, Findings
from dossier.packs import load_pack
from dossier.picture import Picture
from dossier.resolve.copies import families
from dossier.resolve.up_to_date import bring_up_to_date
from dossier.store.sqlite import SqliteStore

PACK = load_pack()

STORY = ("Police in Belarus detained more than 800 people on Sunday as crowds in Minsk and other cities turned a "
         "constitutional referendum into a protest against the war, according to the human rights group Viasna. "
         "Witnesses described several thousand people gathering near polling stations in the capital, some carrying "
         "flowers and signs reading no to war. Videos shared on Telegram appeared to show riot police dragging "
         "protesters into buses.")
REWRITE = ("Police in Belarus held more than 800 people on Sunday as crowds in Minsk and other cities turned a "
           "constitutional referendum into a protest against the war, the human rights group Viasna said. "
           "Witnesses described several thousand people gathering near polling stations in the capital, some holding "
           "flowers and signs reading no to war. Videos posted on Telegram appeared to show riot police dragging "
           "protesters into buses.")
OTHER = ("The European Union agreed new sanctions on potash and wood exports from Belarus on Wednesday, after "
         "weeks of talks in Brussels. Diplomats said the measures would cost the regime hundreds of millions of "
         "euros a year and that loopholes through third countries would be examined in the spring.")


def words(seed: int, n: int) -> str:
    """n made-up words, the same for the same seed: text no other report shares by chance."""
    return " ".join(f"w{seed}x{(i * 7919 + seed * 104729) % 100003}" for i in range(n))


def stock_phrase_corpus() -> list[Document]:
    """Six reports that share only a long boilerplate paragraph (a stock phrase once more than STOCK_PHRASE=3 hold
    it), and a true copy: 'y' repeats 'x' as well as the boilerplate."""
    boiler = words(0, 60)
    docs = [doc(f"r{i}", "Wire", f"2022-03-0{i}", f"{boiler} {words(i, 60)}") for i in range(1, 7)]
    docs.append(doc("x", "Wire", "2022-03-07", f"{words(50, 60)} {boiler}"))
    docs.append(doc("y", "Wire", "2022-03-08", f"{words(50, 60)} {boiler} {words(51, 5)}"))
    return docs


def doc(doc_id, outlet, published, text=""):
    return Document(id=doc_id, source=doc_id, kind="txt", title=f"Report {doc_id}", text=text or f"Report {doc_id}",
                    url=None, outlet=outlet, authors=(), published=published, language="en")


@pytest.fixture
def picture(tmp_path):
    """Stores the reports given (document, events, statements), brings the picture up to date, and reads it."""
    stores = []

    def make(reports) -> Picture:
        store = SqliteStore(tmp_path / f"p{len(stores)}.db")
        stores.append(store)
        for d, events, statements in reports:
            store.add(d, Findings(d.id, attributions=tuple(statements), events=tuple(events)))
        bring_up_to_date(store, PACK)
        return Picture(store, PACK, bring=False)

    yield make
    for store in stores:
        store.close()


def entries(view: Picture, **kw):
    return view.every(view.timeline, descending=False, **kw)


def test_the_same_happening_in_two_reports_is_one_entry_with_both_sources(picture):
    a, b, c = doc("a", "Wire", "2022-02-28"), doc("b", "Ledger", "2022-03-01"), doc("c", "Wire", "2022-03-02")
    view = picture([
        (b, [Event("2022-02-27", 0, 10, "Police held more than 800 people in Minsk", ("Minsk",))], []),
        (a, [Event("2022-02-27", 0, 10, "Police detained more than 800 people in Minsk", ("Minsk",))], []),
        (c, [Event("2022-02-27", 0, 10, "Lukashenko voted in the referendum", ("Lukashenko",)),
             Event("2022-02-24", 0, 10, "Russia invaded Ukraine", ("Russia", "Ukraine"))], []),
    ])
    found = entries(view)
    assert sorted((e.date, e.count) for e in found) == [("2022-02-24", 1), ("2022-02-27", 1), ("2022-02-27", 2)]
    merged = next(e for e in found if e.count == 2)
    assert merged.what == "Police detained more than 800 people in Minsk"  # told first by the earliest report
    assert [s.outlet for s in merged.sources] == ["Wire", "Ledger"]


def test_filters_by_period_and_actor_under_any_spelling(picture):
    d = doc("a", "Wire", "2022-03-01")
    view = picture([(d, [Event("2021-12", 0, 5, "Tsikhanouski sentenced", ("Tsikhanouski",)),
                         Event("2022-02-27", 0, 5, "Lukashenka voted", ("Lukashenka",))], [])])
    assert [e.what for e in entries(view, first="2022")] == ["Lukashenka voted"]
    assert [e.what for e in entries(view, actor="Lukashenko")] == ["Lukashenka voted"]
    assert [e.what for e in entries(view, last="2021-12-31")] == ["Tsikhanouski sentenced"]


def test_one_forced_landing_told_by_three_outlets_a_day_apart_is_one_entry(picture):
    a, b, c = doc("a", "Wire", "2021-05-24"), doc("b", "Ledger", "2021-05-24"), doc("c", "Courier", "2021-05-25")
    view = picture([
        (a, [Event("2021-05-23", 0, 9, "Belarus forced a Ryanair plane to land in Minsk",
                   ("Belarus", "Ryanair", "Minsk"))], []),
        (b, [Event("2021-05-24", 0, 9, "a Ryanair flight was diverted to Minsk by a fighter jet",
                   ("Ryanair", "Minsk"))], []),
        (c, [Event("2021-05", 0, 9, "Belarusian authorities forced the Ryanair airliner down in Minsk",
                   ("Ryanair", "Minsk")),
             Event("2021-05-23", 0, 9, "Lukashenko signed a decree on the harvest", ("Lukashenko",))], []),
    ])
    assert sorted((e.date, e.count) for e in entries(view)) == [("2021-05-23", 1), ("2021-05-23", 3)]


def test_only_happenings_several_reports_tell(picture):
    a, b = doc("a", "Wire", "2022-02-28"), doc("b", "Ledger", "2022-03-01")
    view = picture([(a, [Event("2022-02-27", 0, 9, "Police detained 800 people in Minsk", ("Minsk",))], []),
                    (b, [Event("2022-02-27", 0, 9, "Police detained 800 people in Minsk", ("Minsk",)),
                         Event("2022-02-24", 0, 9, "Russia invaded Ukraine", ("Russia",))], [])])
    assert [e.what for e in entries(view, multi=True)] == ["Police detained 800 people in Minsk"]


def claim(source, content, hedge=None):
    return Attribution(0, 1, source, None, None, None, "said", None, None, content, 0, len(content), False,
                       hedge is not None, hedge)


def test_a_claim_told_by_a_copy_counts_one_independent_source(picture):
    a, b, c = doc("a", "Wire", "2022-02-28", STORY), doc("b", "Ledger", "2022-03-01", REWRITE), \
        doc("c", "Courier", "2022-03-02", OTHER)
    view = picture([(a, [], [claim("Viasna", "more than 800 people were detained on Sunday")]),
                    (b, [], [claim("Viasna", "more than 800 people were held on Sunday")]),
                    (c, [], [claim("Viasna", "more than 800 people were detained on Sunday", hedge="reportedly"),
                             claim("the ministry", "the protests were small")])])
    groups = view.every(view.claims)
    top = groups[0]
    assert (top.independent, top.count, top.first_seen, top.hedged, top.hedges) == (
        2, 3, "2022-02-28", True, ["reportedly"])  # b rewrites a: one source between them
    assert [g.source for g in groups] == ["Viasna", "the ministry"]


def test_a_rewrite_is_linked_to_its_original_and_independent_reports_are_not(picture):
    view = picture([(doc("b", "Ledger", "2022-03-01", REWRITE), [], []), (doc("a", "Wire", "2022-02-28", STORY), [], []),
                    (doc("c", "Wire", "2022-03-02", OTHER), [], [])])
    (link,) = view.copy_links()
    assert (link.copy, link.original) == ("b", "a") and link.containment > 0.5
    assert families(["a", "b", "c"], [link]) == {"a": "a", "b": "a", "c": "c"}


def test_copy_links_do_not_depend_on_the_order_reports_arrive_in(tmp_path, monkeypatch):
    """Each report arrives after the ones before it (the picture brought up to date after each), in many orders."""
    import dossier.resolve.copies
    import dossier.resolve.up_to_date

    for module in (dossier.resolve.copies, dossier.resolve.up_to_date):
        monkeypatch.setattr(module, "STOCK_PHRASE", 3)
    docs = stock_phrase_corpus()
    orders = [*itertools.islice(itertools.permutations(range(len(docs))), 0, 40320, 4999), range(len(docs))[::-1]]
    answers = set()
    for n, order in enumerate(orders):
        with SqliteStore(tmp_path / f"o{n}.db") as store:
            for i in order:
                store.add(docs[i], Findings(docs[i].id))
                bring_up_to_date(store, PACK)
            answers.add(tuple((link.copy, link.original) for link in store.copy_links()))
    assert answers == {(("y", "x"),)}
