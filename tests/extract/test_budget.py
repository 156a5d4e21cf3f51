import time

import dossier.extract.budget as budget
import dossier.extract.pipeline as pipeline
from dossier.extract import extract_many
from dossier.model import Document, ReadFailure


def _doc(text: str) -> Document:
    return Document(id=text[:8], source=f"{text[:8]}.txt", kind="txt", title="", text=text, url=None, outlet=None,
                    authors=(), published=None, language="en")


def test_a_report_over_its_budget_fails_alone_and_the_stream_goes_on(monkeypatch, blank_nlp):
    real = pipeline.extract_parsed

    def slow_on_purpose(document, parsed):
        if "SLOW" in document.text:
            time.sleep(30)
        return real(document, parsed)

    monkeypatch.setattr(pipeline, "extract_parsed", slow_on_purpose)
    monkeypatch.setattr(budget, "BASE_SECONDS", 0.5)
    out = list(extract_many([("a", _doc("SLOW text about Minsk.")), ("b", _doc("Fine text about Minsk."))],
                            lambda: blank_nlp))
    assert isinstance(out[0][1], ReadFailure) and "budget" in out[0][1].reason and out[0][2] is None
    assert out[1][1].text == "Fine text about Minsk." and out[1][2] is not None


def test_a_fault_in_an_extractor_fails_that_report_only(monkeypatch, blank_nlp):
    real = pipeline.extract_parsed

    def broken(document, parsed):
        if "BROKEN" in document.text:
            raise RecursionError("maximum recursion depth exceeded")
        return real(document, parsed)

    monkeypatch.setattr(pipeline, "extract_parsed", broken)
    out = list(extract_many([("a", _doc("BROKEN text.")), ("b", _doc("Fine text."))], lambda: blank_nlp))
    assert isinstance(out[0][1], ReadFailure) and "RecursionError" in out[0][1].reason
    assert out[1][2] is not None


def test_the_budget_grows_with_the_report():
    assert budget.budget_for("x" * 2_000_000) == budget.BASE_SECONDS + 2 * budget.SECONDS_PER_MB
    assert budget.budget_for("x", scale=0) == 0
