"""`dossier watch`: poll feeds, add the entries not seen before, and remember in the store what was seen, so that a
second poll reads nothing again (not even the entries' pages)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from spacy.language import Language

from dossier.errors import DossierError, ReadError
from dossier.ingest import IngestOptions, cleaned, ingest_documents
from dossier.model import IngestSummary, ReadFailure
from dossier.packs import load_pack
from dossier.read.feeds import entry_key, feed_reports, read_feed
from dossier.read.fetch import fetch, is_url
from dossier.read.sources import page_reader, printable, read_bytes
from dossier.resolve.up_to_date import bring_up_to_date
from dossier.store import Store


@dataclass
class Poll:
    """One poll of one feed: the entries it found new, and what became of them."""

    feed: str
    new_entries: int = 0
    summary: IngestSummary = field(default_factory=IngestSummary)


def poll(feeds: list[str], store: Store, nlp: Callable[[], Language], options: IngestOptions = IngestOptions()
         ) -> list[Poll]:
    """Each feed fetched (or read, for a file), its unseen entries read, stored and marked seen; then the new
    reports linked across the store. A feed that fails is one failure; the others are polled."""
    polls = []
    with store.writing():
        for feed in feeds:
            polls.append(_poll_one(feed, store, nlp, options))
        bring_up_to_date(store, load_pack(options.packs))
    return polls


def _poll_one(feed: str, store: Store, nlp: Callable[[], Language], options: IngestOptions) -> Poll:
    done = Poll(feed)
    try:
        data = (fetch(feed, options.max_bytes, options.allow_private).data if is_url(feed)
                else read_bytes(feed, options.max_bytes, printable(feed)))
        parsed = read_feed(data, printable(feed))
    except ReadError as exc:
        done.summary.failed.append(ReadFailure(exc.source, exc.reason))
        return done
    keys = [entry_key(e) for e in parsed.entries]
    seen = store.seen_entries(feed, keys)
    fresh = [k for k in keys if k not in seen]
    done.new_entries = len(fresh)
    if not fresh:
        return done
    reports = feed_reports(parsed, printable(feed), page_reader(options.max_bytes, options.allow_private),
                           wanted=lambda key: key not in seen)
    done.summary = ingest_documents(cleaned(reports, printable(feed), options.defaults), printable(feed), store, nlp,
                                    options)
    store.mark_seen(feed, fresh)  # after the entries are stored: a poll stopped midway reads them again next time
    return done


def every(text: str) -> float:
    """'15m', '2h', '90s', '1d' as seconds (at least 60)."""
    text = text.strip().lower()
    units = {"s": 1, "m": 60, "h": 3600, "d": 86400}
    try:
        seconds = float(text[:-1]) * units[text[-1]] if text and text[-1] in units else float(text) * 60
    except ValueError as exc:
        raise DossierError(f"--every {text!r}: give the interval as 15m, 2h, 90s or 1d") from exc
    return max(60.0, seconds)
