from dossier.extract.entities import MAX_RUN, chunks
from dossier.extract.spans import SpanIndex, TakenSpans


def test_span_index_answers_as_a_scan_would():
    spans = [(0, 10), (2, 4), (20, 30), (25, 26), (40, 41)]
    index = SpanIndex(spans)
    for start in range(0, 45):
        for end in range(start, start + 6):
            scan = any(a < max(end, start + 1) and start < b for a, b in spans)
            assert index.overlaps(start, end) == scan, (start, end)
        assert index.holding(start) == [(a, b) for a, b in sorted(spans) if a <= start < b]


def test_span_index_hands_back_items_in_order_of_start():
    index = SpanIndex([(5, 9), (0, 3)], ["second", "first"])
    assert index.within(0, 10) == ["first", "second"]
    assert index.within(3, 5) == []
    assert index.ends == [3, 9]


def test_taken_spans_refuse_an_overlap_and_allow_a_neighbour():
    taken = TakenSpans()
    taken.add(10, 20)
    taken.add(30, 35)
    assert taken.overlaps(15, 40) and taken.overlaps(19, 21) and taken.overlaps(0, 11)
    assert not taken.overlaps(20, 30) and not taken.overlaps(0, 10) and not taken.overlaps(35, 50)


def test_a_hostile_run_is_cut_into_bites_and_prose_at_sentence_ends():
    text = "Reuters " + "(" * (MAX_RUN * 3)
    pieces = list(chunks(text))
    assert all(len(p) <= MAX_RUN for _, p in pieces)
    assert "".join(p for _, p in pieces).replace(" ", "") == text.replace(" ", "")
    prose = "The troops left the city. " * 1000  # one paragraph of 26,000 characters
    pieces = list(chunks(prose, limit=1000))
    assert all(p.endswith(".") for _, p in pieces)
    assert all(prose[o:o + len(p)] == p for o, p in pieces)
