import sqlite3

import pytest

from dossier.extract.nlp import BLANK, load_pipeline
from dossier.ingest import IngestOptions, ingest
from dossier.read import find_sources
from dossier.read.clean import ReportDefaults
from dossier.store.sqlite import SqliteStore

GOOD = {
    "a.txt": "Minsk detentions\n\nPolice detained more than 800 people in Minsk on Sunday, Viasna said.",
    "b.md": "# Volunteers\n\nThe Kalinouski Regiment now counts more than 1,000 fighters, its officers said.",
    "c.txt": "Sabotage claims\n\nOpposition channels reported alleged sabotage on railway lines near Homel.",
}


def run(paths, store, options=IngestOptions()):
    return ingest(find_sources(paths), store, lambda: load_pipeline(BLANK), options)


def dump(path):
    """Everything a store holds except the time each document was added."""
    conn = sqlite3.connect(path)
    docs = conn.execute("SELECT id, source, title, text, furniture FROM documents ORDER BY id").fetchall()
    sents = conn.execute('SELECT doc_id, idx, start, "end" FROM sentences ORDER BY 1, 2').fetchall()
    ments = conn.execute('SELECT doc_id, start, "end", text, label FROM mentions ORDER BY 1, 2').fetchall()
    fts = conn.execute("SELECT doc_id FROM documents_fts ORDER BY 1").fetchall()
    findings = [conn.execute(f'SELECT * FROM {table} ORDER BY doc_id, "start", "end"').fetchall()
                for table in ("attributions", "quantities", "times", "events")]
    # Row ids differ with insertion order; the findings themselves must not.
    findings = [sorted(tuple(row[1:]) for row in rows) for rows in findings]
    return docs, sents, ments, fts, findings


@pytest.fixture
def reports(write, tmp_path):
    for name, text in GOOD.items():
        write(f"in/{name}", text)
    return str(tmp_path / "in")


def test_rerunning_an_ingest_changes_nothing(reports, tmp_path):
    with SqliteStore(tmp_path / "s.db") as store:
        first = run([reports], store)
        before = dump(tmp_path / "s.db")
        second = run([reports], store)
    assert (len(first.added), len(second.added), len(second.unchanged)) == (3, 0, 3)
    assert dump(tmp_path / "s.db") == before


def test_bad_inputs_fail_alone_and_the_batch_goes_on(reports, write, tmp_path):
    bad = [
        write("bad/empty.txt", ""),
        write("bad/binary.txt", b"\x00\x01\x02\x03" * 50),
        write("bad/big.txt", "word " * 400),
        write("bad/lines.jsonl", '{"text": "Good line\\n\\nIts body."}\n{broken\n'),
        write("bad/page.html", "<html><body><nav>Home</nav></body></html>"),
        write("bad/cp1251.txt", "Задержания\n\nВ Минске задержали более 800 человек.".encode("cp1251")),
        str(tmp_path / "missing.txt"),
    ]
    with SqliteStore(tmp_path / "s.db") as store:
        summary = run([reports, *bad], store, IngestOptions(max_bytes=1000))
        reasons = {f.source.rsplit("/", 1)[-1]: f.reason for f in summary.failed}
        assert set(reasons) == {"empty.txt", "binary.txt", "big.txt", "lines.jsonl:2", "page.html", "missing.txt"}
        assert "empty" in reasons["empty.txt"] and "binary" in reasons["binary.txt"]
        assert "limit" in reasons["big.txt"] and "not JSON" in reasons["lines.jsonl:2"]
        stored = {d.source.rsplit("/", 1)[-1]: d for d in store.documents()}
    assert set(stored) == {"a.txt", "b.md", "c.txt", "lines.jsonl:1", "cp1251.txt"}
    assert stored["cp1251.txt"].language == "ru" and stored["cp1251.txt"].encoding == "cp1251"


@pytest.mark.parametrize("write_batch", [1, 2])
def test_an_interrupted_run_resumed_equals_an_uninterrupted_one(reports, tmp_path, write_batch):
    with SqliteStore(tmp_path / "whole.db") as store:
        run([reports], store)

    class DiesInTheSecondTransaction(SqliteStore):
        """Interrupted inside the second write, after its documents and findings are inserted."""
        writes, dies_at = 0, 2

        def add_many(self, items):
            self.writes += 1
            return super().add_many(items)

        def _index_text(self, conn, documents):
            if self.writes == self.dies_at:
                raise KeyboardInterrupt
            super()._index_text(conn, documents)

    with DiesInTheSecondTransaction(tmp_path / "cut.db") as cut:
        with pytest.raises(KeyboardInterrupt):
            ingest(find_sources([reports]), cut, lambda: load_pipeline(BLANK), write_batch=write_batch)
        cut.dies_at = None
        assert cut.count() == write_batch  # the first write's documents, whole; nothing else
        run([reports], cut)
    assert dump(tmp_path / "cut.db") == dump(tmp_path / "whole.db")


def test_documents_written_together_are_each_added_once(reports, tmp_path):
    """The same report twice in one write, and one already stored: each is added once and counted as unchanged."""
    with SqliteStore(tmp_path / "s.db") as store:
        run([f"{reports}/a.txt"], store)
        summary = ingest(find_sources([reports, f"{reports}/b.md"]), store, lambda: load_pipeline(BLANK))
        assert sorted(s.rsplit("/", 1)[-1] for s, _ in summary.added) == ["b.md", "c.txt"]
        assert store.count() == 3


def test_user_defaults_fill_missing_metadata(reports, tmp_path):
    with SqliteStore(tmp_path / "s.db") as store:
        run([reports], store, IngestOptions(ReportDefaults(published="2022-03-01", outlet="Ledger")))
        assert {(d.published, d.outlet) for d in store.documents()} == {("2022-03-01", "Ledger")}
