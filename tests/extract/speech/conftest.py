"""Who said what, read by the real English pipeline from sentences written for these tests."""

from __future__ import annotations

import pytest

from dossier.extract import extract, load_pipeline
from dossier.model import Attribution, Document


@pytest.fixture(scope="session")
def nlp():
    return load_pipeline()


def read_statements(nlp, body: str, title: str = "Report", authors: tuple[str, ...] = ()) -> list[Attribution]:
    text = f"{title}\n\n{body}"
    doc = Document(id="t", source="t", kind="txt", title=title, text=text, url=None, outlet=None, authors=authors,
                   published="2023-03-10", language="en")
    found = extract(doc, nlp).attributions
    for a in found:  # every span points at what it says
        assert text[a.content_start:a.content_end] == a.content or "\n\n" in a.content
        if a.cue_start is not None:
            assert text[a.cue_start:a.cue_end] == a.cue
        if a.source_start is not None:
            assert a.source_start < a.source_end
    return found


@pytest.fixture
def said(nlp):
    """(source, cue, content, direct, hedged) of every statement in a body of text."""
    def _said(body: str, **kw) -> list[tuple]:
        return [(a.source, a.cue, a.content, a.direct, a.hedged) for a in read_statements(nlp, body, **kw)]
    return _said


@pytest.fixture
def statements(nlp):
    """The Attribution records themselves, for relays and hedge reasons."""
    return lambda body, **kw: read_statements(nlp, body, **kw)
