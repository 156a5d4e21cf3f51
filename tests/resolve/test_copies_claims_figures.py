from dossier.model import Attribution, Document, Quantity
from dossier.resolve.claims import free_text_key, group_claims
from dossier.resolve.copies import families, find_copies
from dossier.resolve.figures import compatible, figure_series

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


def doc(doc_id, text, published, outlet="Wire"):
    return Document(id=doc_id, source=doc_id, kind="txt", title=doc_id, text=text, url=None, outlet=outlet,
                    authors=(), published=published, language="en")


def test_a_rewrite_is_linked_to_its_original_and_independent_reports_are_not():
    docs = [doc("b", REWRITE, "2022-03-01", "Ledger"), doc("a", STORY, "2022-02-28"), doc("c", OTHER, "2022-03-02")]
    (link,) = find_copies(docs)
    assert (link.copy, link.original) == ("b", "a") and link.containment > 0.5
    assert families(["a", "b", "c"], [link]) == {"a": "a", "b": "a", "c": "c"}


def claim(source, content, hedge=None):
    return Attribution(0, 1, source, source, None, None, "said", None, None, content, 0, len(content), False,
                       hedge is not None, hedge)


def test_a_claim_told_by_a_copy_counts_one_independent_source():
    a, b, c = doc("a", "", "2022-02-28"), doc("b", "", "2022-03-01"), doc("c", "", "2022-03-02")
    rows = [(a, claim("Viasna", "more than 800 people were detained on Sunday")),
            (b, claim("Viasna", "more than 800 people were held on Sunday")),
            (c, claim("Viasna", "more than 800 people were detained on Sunday", hedge="reportedly")),
            (c, claim("the ministry", "the protests were small"))]
    groups = group_claims(rows, {"a": "a", "b": "a", "c": "c"}, lambda d, x: free_text_key(x.source))
    top = groups[0]
    assert (top.independent, len(top.documents), top.first_seen, top.hedged, top.hedges) == (
        2, 3, "2022-02-28", True, ["reportedly"])
    assert [g.source for g in groups] == ["Viasna", "the ministry"]


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


def words(seed: int, n: int) -> str:
    """n made-up words, the same for the same seed: text no other report shares by chance."""
    return " ".join(f"w{seed}x{(i * 7919 + seed * 104729) % 100003}" for i in range(n))


def stock_phrase_corpus() -> list[Document]:
    """Six reports that share only a long boilerplate paragraph (a stock phrase once more than STOCK_PHRASE=3 hold
    it), and a true copy: 'y' repeats 'x' as well as the boilerplate."""
    boiler = words(0, 60)
    docs = [doc(f"r{i}", f"{boiler} {words(i, 60)}", f"2022-03-0{i}") for i in range(1, 7)]
    docs.append(doc("x", f"{words(50, 60)} {boiler}", "2022-03-07"))
    docs.append(doc("y", f"{words(50, 60)} {boiler} {words(51, 5)}", "2022-03-08"))
    return docs


def test_copy_links_do_not_depend_on_the_order_reports_arrive_in(monkeypatch):
    import itertools

    import dossier.resolve.copies as copies

    monkeypatch.setattr(copies, "STOCK_PHRASE", 3)
    docs = stock_phrase_corpus()
    answers = {tuple(find_copies([docs[i] for i in order]))
               for order in itertools.islice(itertools.permutations(range(len(docs))), 0, 5040, 97)}
    answers.add(tuple(find_copies(docs[::-1])))
    assert len(answers) == 1
    (links,) = answers
    assert [(link.copy, link.original) for link in links] == [("y", "x")]
