import json

import pytest

from dossier.errors import EvalError
from dossier.eval.gold import load_gold, parse_gold


def test_gold_files_load_with_their_documents(tmp_path):
    (tmp_path / "x.txt").write_text("Title\n\nBody.")
    (tmp_path / "x.json").write_text(json.dumps({"doc": "x.txt", "meta": {"title": "Title", "authors": [], "published": None},
                                                 "times": [{"text": "2020", "value": 2020}]}))
    ((gold, path),) = load_gold(tmp_path)
    assert gold.name == "x.txt" and path == tmp_path / "x.txt" and gold.times[0].value == "2020"


@pytest.mark.parametrize("files,message", [
    ({}, "holds no gold files"),
    ({"x.json": "{not json"}, "cannot be read as JSON"),
    ({"x.json": json.dumps({"doc": "x.txt", "meta": {}})}, "x.txt, is missing"),
])
def test_bad_gold_folders_say_what_is_wrong(tmp_path, files, message):
    for name, content in files.items():
        (tmp_path / name).write_text(content)
    with pytest.raises(EvalError, match=message):
        load_gold(tmp_path)


def test_gold_that_breaks_the_schema_names_the_field():
    with pytest.raises(EvalError, match="'mentions'"):
        parse_gold({"doc": "x.txt", "entities": [{"id": "a", "type": "PERSON"}]}, "x.json")
