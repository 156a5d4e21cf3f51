from dossier.model import Document, Quantity
from dossier.resolve.figures import compatible, figure_series


def doc(doc_id, text, published, outlet="Wire"):
    return Document(id=doc_id, source=doc_id, kind="txt", title=doc_id, text=text, url=None, outlet=outlet,
                    authors=(), published=published, language="en")


def figure(text, value, bound=None, unit="volunteer", when=None):
    return Quantity(0, len(text), text, value, unit, "volunteers", bound is not None, bound, None, when,
                    counted="volunteers", measure="volunteer")


def test_a_series_shows_change_over_time_and_flags_conflicts_at_one_time():
    march, december, rival = doc("a", "", "2022-03-24"), doc("b", "", "2022-12-20"), doc("c", "", "2022-12-22")
    rows = [(march, figure("up to 200", 200, "max")), (december, figure("more than 1,000", 1000, "min")),
            (rival, figure("about 300", 300, "about"))]
    (series,) = figure_series(rows, {"a": "a", "b": "b", "c": "c"})
    assert [p.quantity.text for p in series.points] == ["up to 200", "more than 1,000", "about 300"]
    # Two figures for the same month are a conflict, not a change.
    assert [(a.quantity.text, b.quantity.text) for a, b in series.changes] == [("up to 200", "more than 1,000")]
    assert [(a.quantity.text, b.quantity.text) for a, b in series.conflicts] == [("more than 1,000", "about 300")]


def test_bounds_decide_compatibility():
    assert compatible(figure("up to 200", 200, "max"), figure("150", 150))
    assert not compatible(figure("more than 1,000", 1000, "min"), figure("about 300", 300, "about"))
    assert compatible(figure("about 200", 200, "about"), figure("210", 210))
