"""Reading gold files: a folder of `*.json` annotations with the documents they annotate beside them."""

from __future__ import annotations

import json
from pathlib import Path

from dossier.errors import EvalError
from dossier.eval.records import (
    GoldAttribution,
    GoldDoc,
    GoldEntity,
    GoldEvent,
    GoldMeta,
    GoldQuantity,
    GoldTime,
)


def parse_gold(data: dict, origin: str) -> GoldDoc:
    """One gold file's JSON as records; EvalError names the file and the field when it does not fit the schema."""
    try:
        meta = data.get("meta") or {}
        return GoldDoc(
            name=data["doc"],
            meta=GoldMeta(meta.get("title"), meta.get("outlet"), tuple(meta.get("authors") or ()), meta.get("published"),
                          meta.get("genre")),
            boilerplate=tuple(data.get("boilerplate") or ()),
            entities=tuple(GoldEntity(e["id"], e["type"], e.get("name", e["id"]), tuple(e["mentions"]))
                           for e in data.get("entities") or ()),
            attributions=tuple(GoldAttribution(a["source"], a.get("cue"), bool(a["direct"]), a["content"],
                                               bool(a.get("hedged", False))) for a in data.get("attributions") or ()),
            quantities=tuple(GoldQuantity(q["text"], q.get("value"), q.get("unit"), q.get("about"),
                                          bool(q.get("approx", False)), q.get("when")) for q in data.get("quantities") or ()),
            times=tuple(GoldTime(t["text"], str(t["value"])) for t in data.get("times") or ()),
            events=tuple(GoldEvent(str(e["date"]), e.get("what", ""), e["text"], tuple(e.get("actors") or ()))
                         for e in data.get("events") or ()),
        )
    except (KeyError, TypeError) as exc:
        raise EvalError(f"{origin}: does not follow the gold schema (missing or malformed {exc})") from exc


def load_gold(folder: str | Path) -> list[tuple[GoldDoc, Path]]:
    """Each gold record with the path of its document, in file-name order."""
    folder = Path(folder)
    if not folder.is_dir():
        raise EvalError(f"{folder} is not a folder of gold files")
    out = []
    for path in sorted(folder.glob("*.json")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as exc:
            raise EvalError(f"{path}: cannot be read as JSON ({exc})") from exc
        gold = parse_gold(data, str(path))
        document = folder / gold.name
        if not document.is_file():
            raise EvalError(f"{path}: the document it annotates, {document}, is missing")
        out.append((gold, document))
    if not out:
        raise EvalError(f"{folder} holds no gold files (*.json)")
    return out
