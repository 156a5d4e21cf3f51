"""Records and documents as table rows and back: tuples are stored as JSON lists."""

from __future__ import annotations

import json
from dataclasses import fields
from datetime import datetime, timezone
from functools import lru_cache

from dossier.model import Actor, Document, FurnitureLine


def to_row(record: object) -> dict:
    """Records hold plain values and tuples of them, so a shallow read of the fields is enough (asdict deep-copies)."""
    values = ((name, getattr(record, name)) for name, _ in columns(type(record)))
    return {k: json.dumps(list(v), ensure_ascii=False) if isinstance(v, tuple) else v for k, v in values}


def from_row(record_type: type, row) -> object:
    return record_type(**{name: tuple(json.loads(row[name])) if is_tuple else row[name]
                          for name, is_tuple in columns(record_type)})


@lru_cache(maxsize=None)
def columns(record_type: type) -> tuple[tuple[str, bool], ...]:
    """A record's fields, and which hold tuples (stored as JSON lists)."""
    return tuple((f.name, f.type.startswith("tuple")) for f in fields(record_type))


def desc(iso: str) -> str:
    """Sort key that orders ISO dates newest first."""
    return "".join(chr(0x10FFFF - ord(c)) for c in iso)


def document_row(d: Document) -> dict:
    return {
        "id": d.id, "source": d.source, "kind": d.kind, "title": d.title, "text": d.text, "url": d.url,
        "outlet": d.outlet, "authors": json.dumps(list(d.authors), ensure_ascii=False), "published": d.published,
        "language": d.language, "encoding": d.encoding,
        "furniture": json.dumps([[f.line_no, f.text, f.reason] for f in d.furniture], ensure_ascii=False),
        "words": d.words, "added_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "copied_from": d.copied_from,
    }


def actor_from_row(r) -> Actor:
    return Actor(key=r["key"], name=r["name"], type=r["type"], mentions=r["mentions"], documents=r["documents"],
                 spellings=tuple(json.loads(r["spellings"])), kind=r["kind"])


def document_from_row(r) -> Document:
    return Document(
        id=r["id"], source=r["source"], kind=r["kind"], title=r["title"], text=r["text"], url=r["url"],
        outlet=r["outlet"], authors=tuple(json.loads(r["authors"])), published=r["published"],
        language=r["language"], encoding=r["encoding"],
        furniture=tuple(FurnitureLine(n, t, why) for n, t, why in json.loads(r["furniture"])),
        copied_from=r.get("copied_from"),
    )
