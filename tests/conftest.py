from __future__ import annotations

from pathlib import Path

import pytest

from dossier.extract.nlp import BLANK, load_pipeline
from dossier.store.sqlite import SqliteStore

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


@pytest.fixture
def blank_nlp():
    """A statistical-model-free pipeline: sentencizer plus the pack's entity ruler."""
    return load_pipeline(BLANK)


@pytest.fixture
def store(tmp_path):
    with SqliteStore(tmp_path / "test.db") as s:
        yield s


@pytest.fixture
def write(tmp_path):
    def _write(name: str, content: str | bytes) -> str:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
        return str(path)

    return _write
