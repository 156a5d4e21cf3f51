"""Extraction on several processes stores what one process stores, in the same order."""

from __future__ import annotations

from dossier.extract import load_pipeline
from dossier.extract.cores import CHUNK, extract_on_cores
from dossier.model import Document


def _doc(n: int, language: str = "en") -> Document:
    text = (f"Report {n}\n\nAbout {100 + n} people were detained in Minsk on 3 March, the Viasna rights group said. "
            f"Alyaksandr Lukashenka said {n} more would follow.")
    return Document(id=f"d{n:03d}", source=f"s{n}", kind="txt", title=f"Report {n}", text=text, url=None, outlet=None,
                    authors=(), published="2022-03-05", language=language)


def test_two_processes_find_what_one_finds_in_the_same_order():
    items = [(("s", "s"), None)] + [((f"s{n}", "s"), _doc(n, "ru" if n == 3 else "en")) for n in range(2 * CHUNK + 3)]
    nlp = load_pipeline()
    one = list(extract_on_cores(items, lambda: nlp, 1))
    two = list(extract_on_cores(items, lambda: nlp, 2))
    assert [key for key, _, _ in two] == [key for key, _, _ in one]
    assert [f for _, _, f in two] == [f for _, _, f in one]
    assert any(f is not None and f.quantities for _, _, f in two)


def test_no_worker_starts_when_no_english_report_comes():
    items = [(("s", "s"), _doc(1, "ru")), (("s", "s"), None)]
    called = []
    found = list(extract_on_cores(items, lambda: called.append(1), 2))
    assert called == [] and len(found) == 2
