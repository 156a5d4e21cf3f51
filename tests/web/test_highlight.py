import random

from dossier.web.highlight import Mark, segments


def _by_scan(text, marks, anchors):
    cuts = sorted({0, len(text), *(m.start for m in marks), *(m.end for m in marks), *anchors})
    return [(text[a:b], tuple(m for m in marks if m.start <= a and b <= m.end), f"at{a}" if a in anchors else None)
            for a, b in zip(cuts, cuts[1:]) if a < b]


def test_the_sweep_marks_each_piece_as_a_scan_of_every_mark_would():
    rng = random.Random(5)
    for _ in range(300):
        text = "x" * rng.randint(1, 60)
        marks = []
        for _ in range(rng.randint(0, 12)):
            a = rng.randint(0, len(text))
            marks.append(Mark(a, rng.randint(a, len(text)), rng.choice(["quote", "figure", "ent"]), str(a)))
        anchors = frozenset(rng.sample(range(len(text)), min(3, len(text))))
        assert [(s.text, s.marks, s.anchor) for s in segments(text, marks, anchors)] == _by_scan(text, marks, anchors)
