"""Cross-document resolution kept in the store, brought up to date incrementally: which actor each mention stands
for, each actor's summary, and which reports copy which.

Only documents not yet linked (or compared) are read; earlier ones are reached through indexed lookups (a surface's
key, the personal names in one surname block, the reports that posted a shingle sample), so adding 1,000 reports to
a store of 100,000 reads the 1,000. The links follow one pack and one set of the user's decisions: when either
changes, the links are made anew over the whole store (copies do not depend on them and stay).
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass

from dossier.model import AliasDecision
from dossier.packs import Pack
from dossier.resolve.actor_tally import Tally
from dossier.resolve.actors import link_batch
from dossier.resolve.copies import (
    MIN_SHARED_SAMPLES,
    STOCK_PHRASE,
    declared_copies,
    judge,
    promising,
    sample,
    shingles,
    still_candidates,
)
from dossier.resolve.join_rules import RULE_NAMES
from dossier.resolve.picture_batch import Naming, picture_batch
from dossier.store import Store
from dossier.store.base import LINKS_MADE_WITH
from dossier.store.links import Linking
from dossier.store.picturing import Picturing
from dossier.store.schema import PICTURE_MADE_WITH, PICTURE_VERSION

BATCH = 2000


@dataclass(frozen=True)
class Resolved:
    linked: int
    compared: int
    rebuilt: bool
    pictured: int = 0


def fingerprint(pack: Pack, decisions: list[AliasDecision]) -> str:
    entities = [[e.id, e.type, e.name, list(e.spellings)] for e in pack.entities]
    decided = [[d.kind, d.a, d.b] for d in decisions]
    # the rules' names too: a store linked under other rules is linked anew (and learns why each join was made)
    return hashlib.sha256(json.dumps([entities, decided, RULE_NAMES], ensure_ascii=False).encode()).hexdigest()


def bring_up_to_date(store: Store, pack: Pack | None = None, batch: int = BATCH,
                     on_batch: Callable[[int], None] | None = None) -> Resolved:
    """Compare new documents for copies, and (given a pack) link their mentions to actors; `on_batch` hears how many
    documents each batch finished. Only the store's writer links: a read-only store, or one another process is
    writing to (it links when its reports are in), is left as it is, and its reader sees the links made so far."""
    if store.read_only:
        return Resolved(0, 0, False)
    with store.writing(wait=False) as held:
        if not held:
            return Resolved(0, 0, False)
        compared = _compare(store, batch, on_batch)
        linked, rebuilt = (0, False) if pack is None else _link(store, pack, batch, on_batch)
        pictured = 0 if pack is None else _picture(store, pack, batch)
    return Resolved(linked, compared, rebuilt, pictured)


def _link(store: Store, pack: Pack, batch: int, on_batch) -> tuple[int, bool]:
    decisions = store.decisions()
    wanted = fingerprint(pack, decisions)
    rebuilt = False
    with store.linking() as linking:
        if linking.info(LINKS_MADE_WITH) != wanted:
            linking.forget_links()
            Picturing(linking.conn).forget()  # claim groups and timeline entries follow the actor links
            linking.set_info(LINKS_MADE_WITH, wanted)
            rebuilt = True
    by_id = {e.id: e for e in pack.entities}
    done = 0
    while True:
        with store.linking() as linking:
            documents = linking.waiting("linked", batch)
            if not documents:
                return done, rebuilt
            counts = linking.mention_counts([d.id for d in documents])
            linked = link_batch(((doc, text, label) for doc, text, label in counts), pack, decisions, linking)
            merged = linking.save_links(documents, counts, linked)
            # New reports add to their actors' tallies; an actor another was merged into is counted afresh.
            fresh = {key: Tally().add(links) for key, links in linking.links_of(merged).items()}
            added: dict[str, list] = defaultdict(list)
            for (doc, text, label), n in counts.items():
                added[linked.links[(doc, text)]].append((doc, text, label, n))
            tallies = {k: Tally.from_json(t) for k, t in linking.tallies([k for k in added if k not in fresh]).items()}
            for key, links in added.items():
                if key not in fresh:
                    tallies[key] = tallies.get(key, Tally()).add(links)
            linking.save_actors((tally.actor(key, by_id.get(key)), tally.as_json())
                             for key, tally in {**tallies, **fresh}.items())
            linking.mark("linked", [d.id for d in documents])
        done += len(documents)
        if on_batch:
            on_batch(len(documents))


def _compare(store: Store, batch: int, on_batch) -> int:
    done = 0
    while True:
        moved: set[str] = set()  # reports whose copy links changed
        with store.linking() as linking:
            documents = linking.waiting("compared", batch)
            if not documents:
                return done
            for doc in documents:
                if doc.copied_from or doc.outlet:  # a forward is a copy of its channel's post, however short
                    declared = declared_copies(doc, linking.declared_partners(doc))
                    linking.save_copies(declared)
                    moved.update(x for link in declared for x in (link.copy, link.original))
                if not doc.is_english:
                    continue
                signature = shingles(doc.text)
                hashes = sample(signature)
                shared: dict[str, int] = {}
                held = linking.holders(hashes, STOCK_PHRASE)
                for holders in held.values():
                    for other in holders:
                        shared[other] = shared.get(other, 0) + 1
                sizes = linking.sample_counts([d for d, n in shared.items() if n >= MIN_SHARED_SAMPLES])
                candidates = linking.documents([d for d, size in sizes.items() if promising(shared[d], len(hashes), size)])
                found = judge(doc, signature, ((c, shingles(c.text)) for c in candidates))
                linking.save_copies(found)
                moved.update(x for link in found for x in (link.copy, link.original))
                linking.post(doc.id, hashes)
                crossed = {h: [*holders, doc.id] for h, holders in held.items() if len(holders) == STOCK_PHRASE}
                if crossed and _recheck_copies(linking, crossed):
                    moved.update(d for holders in crossed.values() for d in holders)
            linking.mark("compared", [d.id for d in documents])
            picturing = Picturing(linking.conn)
            picturing.refresh_families(picturing.pictured_among(moved))  # their copies count once in claims
        done += len(documents)
        if on_batch:
            on_batch(len(documents))


def _picture(store: Store, pack: Pack, batch: int) -> int:
    """Claim groups, timeline entries and figure series for linked reports not yet in them."""
    naming = Naming(pack.alias_index(), {spelling: e.name for spelling, e in pack.alias_index().items()},
                    pack.measure_synonyms())
    done = 0
    with store.linking() as linking:
        if linking.info(PICTURE_MADE_WITH) != PICTURE_VERSION:  # made by an older dossier: made anew
            Picturing(linking.conn).forget()
            linking.set_info(PICTURE_MADE_WITH, PICTURE_VERSION)
    while True:
        with store.linking() as linking:
            picturing = Picturing(linking.conn)
            documents = picturing.waiting(batch)
            if not documents:
                return done
            picture_batch(picturing, documents, naming)
        done += len(documents)


def _recheck_copies(linking: Linking, crossed: dict[int, list[str]]) -> int:
    """Rule `stock_phrase_recheck` (dossier.resolve.copies.still_candidates): `crossed` maps each sample that has
    just become a stock phrase to its holders; the copy links among those holders are judged again without the stock
    samples, and those no longer promising are dropped. Returns how many were dropped."""
    pairs = linking.copies_among(crossed.values())
    if not pairs:
        return 0
    sampled = linking.samples_of({d for pair in pairs for d in pair})
    stock = linking.held_by_more_than(set().union(*(sampled[a] & sampled[b] for a, b in pairs)), STOCK_PHRASE)
    dropped = [(a, b) for a, b in sorted(pairs) if not still_candidates(sampled[a], sampled[b], stock)]
    linking.drop_copies(dropped)
    return len(dropped)
