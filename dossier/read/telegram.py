"""Telegram channels as Telegram Desktop exports them (`result.json`, found by its content): each message a report,
dated, the channel its outlet, formatted text flattened, service messages (joins, pins, title changes) skipped, and a
forwarded message marked as a copy of the channel it came from."""

from __future__ import annotations

import json
from collections.abc import Iterator

from dossier.errors import ReadError
from dossier.model import RawReport, ReadFailure
from dossier.read.header import normalise_published

TITLE_CHARS = 90


def looks_like_telegram(text: str) -> bool:
    head = text.lstrip()[:4000]
    return head.startswith("{") and '"messages"' in text[:2_000_000] and ('"type"' in head or '"name"' in head)


def parse_telegram(text: str, source: str) -> Iterator[RawReport | ReadFailure]:
    try:
        data = json.loads(text)
    except (ValueError, RecursionError) as exc:
        raise ReadError(source, f"is not valid JSON ({exc})") from exc
    chats = _chats(data)
    if chats is None:
        raise ReadError(source, "is JSON but not a Telegram export (no 'messages' list); export the channel with "
                                "Telegram Desktop as JSON and give its result.json")
    for chat in chats:
        channel = str(chat.get("name") or "Telegram channel").strip()
        for n, message in enumerate(chat.get("messages") or []):
            where = f"{source}#{channel}/{message.get('id', n) if isinstance(message, dict) else n}"
            if not isinstance(message, dict):
                yield ReadFailure(where, "a message that is not a JSON object; skipped")
                continue
            if message.get("type") != "message":
                continue  # service messages: a channel created, a message pinned, a member joined
            body = flatten(message.get("text"))
            if not body.strip():
                continue  # a photo or sticker without a caption says nothing to read
            lines = body.split("\n")
            first = next((line.strip() for line in lines if line.strip()), "")
            title = f"{channel}: {first[:TITLE_CHARS]}{'…' if len(first) > TITLE_CHARS else ''}"
            forwarded = message.get("forwarded_from")
            yield RawReport(source=where, kind="telegram", title=title, lines=tuple(lines), outlet=channel,
                            published=normalise_published(str(message.get("date") or "")[:10] or None),
                            url=_link(chat, message), copied_from=str(forwarded).strip() if forwarded else None)


def _chats(data) -> list[dict] | None:
    """One chat's export, or the chats of a whole account's export."""
    if isinstance(data, dict) and isinstance(data.get("messages"), list):
        return [data]
    listed = data.get("chats", {}).get("list") if isinstance(data, dict) and isinstance(data.get("chats"), dict) else None
    if isinstance(listed, list):
        return [c for c in listed if isinstance(c, dict) and isinstance(c.get("messages"), list)]
    return None


def flatten(text) -> str:
    """Telegram's formatted text (a string, or a list of strings and {'type': 'bold', 'text': ...} parts) as
    plain text; a link keeps its words."""
    if isinstance(text, str):
        return text
    if isinstance(text, list):
        return "".join(part if isinstance(part, str) else str(part.get("text", "")) if isinstance(part, dict) else ""
                       for part in text)
    return ""


def _link(chat: dict, message: dict) -> str | None:
    username = chat.get("username")
    return f"https://t.me/{username}/{message.get('id')}" if isinstance(username, str) and username else None
