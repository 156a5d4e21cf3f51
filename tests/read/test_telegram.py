"""A Telegram Desktop export of a channel, written by the test."""

from __future__ import annotations

import json

from dossier.model import RawReport, ReadFailure
from dossier.read import read_source


def export(name: str, messages: list[dict]) -> str:
    return json.dumps({"name": name, "type": "public_channel", "id": 1, "messages": messages}, ensure_ascii=False)


MESSAGES = [
    {"id": 1, "type": "service", "date": "2022-03-01T09:00:00", "action": "create_channel", "title": "Minsk Wire"},
    {"id": 2, "type": "message", "date": "2022-03-01T10:15:00", "from": "Minsk Wire",
     "text": ["Riot police detained ", {"type": "bold", "text": "more than 800 people"},
              " in Minsk on Sunday, the Viasna rights group said."]},
    {"id": 3, "type": "message", "date": "2022-03-02T08:00:00", "photo": "photos/1.jpg", "text": ""},
    {"id": 4, "type": "message", "date": "2022-03-02T11:00:00", "forwarded_from": "Vilnius Daily",
     "text": "Tsikhanouskaya said the talks would resume on 5 March."},
]


def test_each_message_is_a_dated_report_of_its_channel(write):
    path = write("export/result.json", export("Minsk Wire", MESSAGES))
    reports = list(read_source(path))
    assert all(isinstance(r, RawReport) for r in reports) and len(reports) == 2  # no service or empty message
    first, forward = reports
    assert first.outlet == "Minsk Wire" and first.published == "2022-03-01" and first.kind == "telegram"
    assert "more than 800 people in Minsk" in " ".join(first.lines)  # formatted text flattened
    assert first.title.startswith("Minsk Wire: Riot police detained")
    assert forward.copied_from == "Vilnius Daily"


def test_json_of_another_shape_is_one_clear_error(write):
    (failure,) = list(read_source(write("package.json", json.dumps({"name": "x", "version": "1"}))))
    assert isinstance(failure, ReadFailure) and "not a Telegram export" in failure.reason
    (broken,) = list(read_source(write("result.json", '{"messages": [')))
    assert isinstance(broken, ReadFailure) and "not valid JSON" in broken.reason
