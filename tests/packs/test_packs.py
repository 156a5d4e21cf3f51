import pytest

from dossier.errors import PackError
from dossier.packs import load_pack, parse_pack


def test_builtin_pack_knows_spellings_across_scripts():
    index = load_pack().alias_index()
    assert index["Lukashenko"].id == index["Лукашэнка"].id == "lukashenka"
    assert index["Tikhanovskaya"].id == "tsikhanouskaya" and index["Sergei Tikhanovsky"].id == "tsikhanouski"


def test_user_pack_extends_the_builtin_one(tmp_path):
    (tmp_path / "mine.yaml").write_text("entities:\n  - {id: roe, type: PERSON, name: Jane Roe, aliases: [J. Roe]}\n")
    index = load_pack((str(tmp_path),)).alias_index()
    assert index["J. Roe"].name == "Jane Roe" and "Lukashenka" in index


@pytest.mark.parametrize("data,message", [
    ([], "mapping with an 'entities' list"),
    ({"entities": [{"id": "x"}]}, "needs at least 'id' and 'name'"),
    ({"entities": [{"id": "x", "name": "X", "type": "THING"}]}, "has type 'THING'"),
    ({"entities": [{"id": "x", "name": "X", "type": "ORG", "aliases": "X Corp"}]}, "must be a list"),
])
def test_malformed_pack_is_refused_with_the_reason(data, message):
    with pytest.raises(PackError, match=message):
        parse_pack(data, "bad.yaml")
