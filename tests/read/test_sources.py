import io
import sys

from dossier.model import RawReport, ReadFailure
from dossier.read.sources import find_sources, read_source, sniff_kind


def test_folders_are_walked_recursively_in_order(write, tmp_path):
    write("reports/b.txt", "B\n\nbody")
    write("reports/sub/a.html", "<html></html>")
    write("reports/sub/c.md", "# C")
    write("reports/.hidden/d.txt", "D")
    write("reports/README.md", "# About these reports")
    write("reports/image.png", b"\x89PNG")
    found = list(find_sources([str(tmp_path / "reports")]))
    assert [p.replace(str(tmp_path), "") for p in found] == ["/reports/b.txt", "/reports/sub/a.html", "/reports/sub/c.md"]


def test_missing_path_is_a_failure_not_an_exception(tmp_path):
    (failure,) = find_sources([str(tmp_path / "nope.txt")])
    assert isinstance(failure, ReadFailure) and failure.reason == "no such file or folder"


def test_standard_input_is_read_as_text_or_html(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"Piped title\n\nPiped body.")))
    (raw,) = read_source("-")
    assert isinstance(raw, RawReport) and raw.lines == ("Piped title", "", "Piped body.")
    assert sniff_kind("-", "<!DOCTYPE html><html>") == "html"
    assert sniff_kind("notes", "Just text") == "txt"


def test_binary_file_with_txt_suffix_fails_with_reason(write):
    path = write("fake.txt", b"\x00\x01\x02binary\x00")
    (failure,) = read_source(path)
    assert isinstance(failure, ReadFailure) and failure.source == path and "binary" in failure.reason
