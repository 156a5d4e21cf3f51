from dossier.model import RawReport, ReadFailure
from dossier.read.jsonl import parse_jsonl


def test_each_line_is_a_report_and_bad_lines_fail_alone():
    text = "\n".join([
        '{"title": "A", "text": "Body of A.", "outlet": "Wire", "authors": ["Jane Roe"], "published": "2022-03-01"}',
        "{not json",
        '{"title": "B"}',
        '["a list"]',
        "",
        '{"text": "Title from text\\n\\nBody of C.", "author": "John Doe"}',
    ])
    out = list(parse_jsonl(text, "feed.jsonl"))
    assert [type(x) for x in out] == [RawReport, ReadFailure, ReadFailure, ReadFailure, RawReport]
    a, bad_json, no_text, not_object, c = out
    assert (a.source, a.title, a.outlet, a.authors, a.published) == ("feed.jsonl:1", "A", "Wire", ("Jane Roe",), "2022-03-01")
    assert bad_json.source == "feed.jsonl:2" and "not JSON" in bad_json.reason
    assert no_text.source == "feed.jsonl:3" and "no 'text'" in no_text.reason
    assert not_object.source == "feed.jsonl:4"
    assert (c.title, c.authors, c.lines) == ("Title from text", ("John Doe",), ("", "Body of C."))
