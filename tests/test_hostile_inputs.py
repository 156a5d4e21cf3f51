"""The bad-input corpus of issue 17, generated here: each case is stored correctly or fails alone with one clear
line naming it, the batch goes on, and the store stays whole (integrity check, no orphan rows)."""

from __future__ import annotations

import json
import os
import sqlite3

import pytest

from dossier.extract.nlp import load_pipeline
from dossier.ingest import ingest
from dossier.read import find_sources
from dossier.store.sqlite import SqliteStore

PROSE = ("Officials in Minsk said on Tuesday that 300 troops had moved to the border, according to a statement by "
         "the ministry. Sviatlana Tsikhanouskaya said the claim could not be verified. ")
GOOD = "A report that is fine\n\n" + PROSE * 2


def _jsonl(*records: object) -> bytes:
    return b"".join((r if isinstance(r, bytes) else json.dumps(r).encode()) + b"\n" for r in records)


# name -> (file name, content, what must happen: "stored" or a phrase of the error line)
CASES = {
    "one line, no newline": ("long.txt", ("Title\n\n" + PROSE * 400).replace("\n\n", " "), "stored"),
    "brackets after Reuters": ("reuters.txt", "Title\n\nReuters " + "(" * 20_000 + "\n\n" + PROSE, "stored"),
    "byline made to backtrack": ("byline.txt", "Title\n\nBy " + "Aa Bb and " * 3000 + "1\n\n" + PROSE, "stored"),
    "markdown of stars": ("stars.md", "# T\n\n" + "*a " * 20_000 + "\n\n" + "[" * 20_000 + "\n\n" + PROSE, "stored"),
    "no sentence end, many verbs": ("said.txt", "Title\n\n" + '"a said" ' * 3000 + "\n\n" + PROSE, "stored"),
    "caveat words with no full stop": ("caveat.txt", "Title\n\n" + "could not be " * 4000 + "\n\n" + PROSE, "stored"),
    "dates at the calendar's edges": ("edges.txt", "Title\n\nDATE: 9999-12-31\n\nTomorrow, in the year 9999 and in "
                                      "0001, 10,000,000 days ago, the army left. " + PROSE, "stored"),
    "published on the first day": ("first.txt", "Title\n\nDATE: 0001-01-01\n\nYesterday, 300 days ago. " + PROSE,
                                   "stored"),
    "UTF-16 with a mark": ("bom16.txt", GOOD.replace("fine", "wide").encode("utf-16"), "stored"),
    "UTF-16 without a mark": ("le16.txt", GOOD.replace("fine", "little").encode("utf-16-le"), "stored"),
    "UTF-32 with a mark": ("bom32.txt", GOOD.replace("fine", "wider").encode("utf-32"), "stored"),
    "a NUL after the first block": ("nul.txt", (GOOD + PROSE * 60).encode() + b"\x00\x00tail", "stored"),
    "one stray byte in UTF-8": ("stray.txt", ("Заголовок отчёта\n\n" + PROSE).encode() + b"\xff end.", "stored"),
    "binary": ("blob.txt", bytes(range(256)) * 40, "binary"),
    "empty": ("empty.txt", b"", "empty"),
    "jsonl huge integer": ("int.jsonl", _jsonl(b'{"text": "x", "n": ' + b"9" * 5000 + b"}"), "refuse"),
    "jsonl nested deep": ("deep.jsonl", _jsonl(b"[" * 100_000 + b"]" * 100_000), "nests"),
    "jsonl authors a number": ("authors.jsonl", _jsonl({"text": PROSE + "A.", "authors": 42}), "field 'authors'"),
    "jsonl outlet an object": ("outlet.jsonl", _jsonl({"text": PROSE + "O.", "outlet": {"a": 1}}), "field 'outlet'"),
    "jsonl url a list": ("url.jsonl", _jsonl({"text": PROSE + "U.", "url": ["a", "b"]}), "field 'url'"),
    "jsonl html a number": ("html.jsonl", _jsonl({"html": 42}), "field 'html'"),
    "jsonl lone surrogate": ("sur.jsonl", _jsonl(b'{"text": "' + PROSE.encode() + b' \\ud800 S."}'), "stored"),
    "jsonl published a number": ("pub.jsonl", _jsonl({"text": PROSE + "P.", "published": 1646092800}), "stored"),
}


@pytest.fixture(scope="module")
def batch(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile")
    for name, content, _ in CASES.values():
        (folder / name).write_bytes(content if isinstance(content, bytes) else content.encode())
    (folder / "zz-good.txt").write_text(GOOD, encoding="utf-8")
    os.symlink("/etc/hostname", folder / "link.txt")
    os.mkfifo(folder / "pipe.txt")
    with open(os.path.join(os.fsencode(folder), b"name-\xff\xfe.txt"), "wb") as handle:
        handle.write(("Badly named\n\n" + PROSE + "Named.").encode())
    db = folder / "store.db"
    with SqliteStore(db) as store:
        summary = ingest(find_sources([str(folder)]), store, load_pipeline)
    return folder, db, summary


@pytest.mark.parametrize("case", list(CASES))
def test_each_hostile_input_is_stored_or_fails_alone_with_a_clear_line(batch, case):
    folder, _, summary = batch
    name, _, expected = CASES[case]
    stored = [d for where, d in summary.added if where.startswith(str(folder / name))]
    failed = [f for f in summary.failed if f.source.startswith(str(folder / name))]
    if expected == "stored":
        assert stored and not failed, failed
        assert all("\x00" not in d.text and "\ud800" not in d.text for d in stored)
    else:
        assert not stored and len(failed) == 1 and expected in failed[0].reason, failed


def test_the_batch_goes_on_and_the_store_stays_whole(batch):
    folder, db, summary = batch
    assert any(where.endswith("zz-good.txt") for where, _ in summary.added)
    assert any(where.endswith("name-\\xff\\xfe.txt") for where, _ in summary.added)  # printed escaped
    link = next(f for f in summary.failed if f.source.endswith("link.txt"))
    assert "symbolic link out of the folder" in link.reason
    assert not any("pipe.txt" in where for where, _ in summary.added)
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        for table in ("mentions", "attributions", "quantities", "times", "events", "sentences"):
            orphans = conn.execute(f"SELECT count(*) FROM {table} WHERE doc_id NOT IN (SELECT id FROM documents)")
            assert orphans.fetchone()[0] == 0, table
