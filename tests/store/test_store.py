import sqlite3
import sys

import pytest
from sqlalchemy.exc import IntegrityError

from dossier.errors import DocumentNotFound, StoreError
from dossier.model import Attribution, Document, Findings, FurnitureLine, Mention, Sentence
from dossier.store import open_store
from dossier.store.sqlite import SqliteStore, fts_query


def make_doc(doc_id="abc123", text="Minsk protests\n\nPolice detained Tsikhanouskaya’s supporters in Minsk.", **kw):
    base = dict(id=doc_id, source="a.txt", kind="txt", title=text.split("\n")[0], text=text, url=None, outlet="Wire",
                authors=("Jane Roe",), published="2022-02-28", language="en",
                furniture=(FurnitureLine(9, "Follow us on social media", "social media prompt"),), encoding="utf-8")
    base.update(kw)
    return Document(**base)


FINDINGS = Findings("abc123", (Sentence(0, 0, 14), Sentence(1, 16, 69)),
                    (Mention(32, 46, "Tsikhanouskaya", "PERSON", 1), (Mention(62, 67, "Minsk", "GPE", 1))))


def test_document_and_findings_round_trip(store):
    assert store.add(make_doc(), FINDINGS) is True
    assert store.get("abc") == make_doc()
    assert store.findings("abc123") == FINDINGS
    assert store.sentence_text("abc123", 1) == "Police detained Tsikhanouskaya’s supporters in Minsk."


def test_adding_the_same_document_again_changes_nothing(store):
    store.add(make_doc(), FINDINGS)
    assert store.add(make_doc(), FINDINGS) is False
    assert store.count() == 1 and len(store.findings("abc123").mentions) == 2


def test_a_failed_write_leaves_no_half_document(store):
    bad = Findings("abc123", (Sentence(0, 0, 14), Sentence(0, 0, 14)))  # duplicate sentence key fails mid-write
    with pytest.raises(IntegrityError):
        store.add(make_doc(), bad)
    assert store.count() == 0 and not store.has("abc123") and store.search("Minsk") == []


def test_documents_written_together_round_trip_and_are_each_added_once(store):
    other = make_doc("def456", text="Kyiv sirens\n\nSirens sounded in Kyiv.")
    store.add(make_doc(), FINDINGS)
    together = [(make_doc(), FINDINGS), (other, Findings("def456", (Sentence(0, 0, 11),))), (other, Findings("def456"))]
    assert store.add_many(together) == [False, True, False]
    assert store.count() == 2 and store.findings("def456") == Findings("def456", (Sentence(0, 0, 11),))
    assert store.findings("abc123") == FINDINGS and [h.doc_id for h in store.search("sirens")] == ["def456"]


def test_a_failed_write_of_several_documents_leaves_none_of_them(store):
    bad = Findings("def456", (Sentence(0, 0, 14), Sentence(0, 0, 14)))
    with pytest.raises(IntegrityError):
        store.add_many([(make_doc(), FINDINGS), (make_doc("def456"), bad)])
    assert store.count() == 0 and store.search("Minsk") == []


def test_prefix_lookup_needs_to_be_unambiguous(store):
    store.add(make_doc("abc123"), Findings("abc123"))
    store.add(make_doc("abd456", text="Other\n\nOther text."), Findings("abd456"))
    assert store.get("abd").id == "abd456"
    with pytest.raises(DocumentNotFound, match="several documents"):
        store.get("ab")
    with pytest.raises(DocumentNotFound, match="no document"):
        store.get("zzz")
    with pytest.raises(DocumentNotFound, match="no document"):
        store.get("a_c")  # not a LIKE wildcard


def test_search_finds_words_and_survives_fts_syntax(store):
    store.add(make_doc(), FINDINGS)
    assert [h.doc_id for h in store.search("police minsk")] == ["abc123"]
    assert [h.doc_id for h in store.search("detain")] == ["abc123"]  # last word is a prefix
    assert store.search('"unbalanced AND (') == []
    assert store.search("***") == []


def test_fts_query_quotes_every_term():
    assert fts_query('police "AND" min') == '"police" "AND" "min"*'


def test_remove_deletes_findings_and_index(store):
    store.add(make_doc(), FINDINGS)
    store.remove("abc123")
    assert store.count() == 0 and list(store.mentions()) == [] and store.search("Minsk") == []


def test_store_uses_wal(tmp_path):
    SqliteStore(tmp_path / "w.db").close()
    assert sqlite3.connect(tmp_path / "w.db").execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_a_file_that_is_not_a_store_is_refused(tmp_path):
    path = tmp_path / "not.db"
    path.write_bytes(b"this is not a database at all, just text" * 100)
    with pytest.raises(StoreError, match="name another file with --db"):
        SqliteStore(path)


def test_postgres_address_is_refused_clearly():
    with pytest.raises(StoreError, match="PostgreSQL"):
        open_store("postgresql://localhost/dossier")


def test_a_postgres_address_without_its_driver_says_what_to_install(monkeypatch):
    monkeypatch.setitem(sys.modules, "psycopg", None)  # as on a machine with only the README's install
    with pytest.raises(StoreError, match=r"driver is not installed.*\[postgres\]") as error:
        open_store("postgresql://user:secret@localhost/dossier")
    assert "secret" not in str(error.value)


def test_a_store_from_another_schema_version_is_refused_with_advice(tmp_path):
    SqliteStore(tmp_path / "old.db").close()
    conn = sqlite3.connect(tmp_path / "old.db")
    conn.execute("UPDATE dossier_info SET value = '1' WHERE key = 'schema_version'")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="store schema 1.*add the reports again"):
        SqliteStore(tmp_path / "old.db")


def test_attributions_round_trip(store):
    quote = Attribution(start=16, end=69, source="Tsikhanouskaya", source_key="Tsikhanouskaya", source_start=32,
                        source_end=46, cue="said", cue_start=47, cue_end=51, content="we will win", content_start=53,
                        content_end=64, direct=True, hedged=False)
    claim = Attribution(start=0, end=10, source="reports on social media", source_key=None, source_start=None,
                        source_end=None, cue=None, cue_start=None, cue_end=None, content="leaflets were scattered",
                        content_start=2, content_end=9, direct=False, hedged=True, hedge="unnamed source: reports")
    store.add(make_doc(), Findings("abc123", FINDINGS.sentences, FINDINGS.mentions, (quote, claim)))
    assert store.findings("abc123").attributions == (claim, quote)  # in text order
    assert store.attributions() == [("abc123", claim), ("abc123", quote)]


def test_fts_query_asks_for_one_of_an_actors_spellings():
    assert fts_query("sentenced", ["Siarhei Tsikhanouski", "Tikhanovsky"]) == \
        '("Siarhei Tsikhanouski" OR "Tikhanovsky") "sentenced"'


def test_a_store_made_before_columns_were_added_gets_them(tmp_path):
    from dataclasses import replace

    from dossier.model import Quantity
    from dossier.store import schema

    path = tmp_path / "older.db"
    SqliteStore(path).close()
    with sqlite3.connect(path) as conn:  # as an older dossier left it
        for table, names in schema.ADDED_COLUMNS.items():
            for index in schema.metadata.tables[table].indexes:  # indexes on the newer columns came with them
                if any(c.name in names for c in index.columns):
                    conn.execute(f"DROP INDEX {index.name}")
            for name in names:
                conn.execute(f'ALTER TABLE {table} DROP COLUMN "{name}"')
    figure = Quantity(16, 23, "Police", 3.0, None, None, False, rule="tagged_figure")
    with SqliteStore(path) as store:
        store.add(make_doc(), replace(FINDINGS, quantities=(figure,)))
        assert store.findings("abc123").quantities == (figure,)
