"""The store's side of cross-document resolution: what earlier batches resolved, read back by key, block or hash, and
each batch's answer written in the same transaction as the reads that led to it."""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Collection, Iterable, Iterator

from sqlalchemy import bindparam, delete, func, insert, or_, select, update
from sqlalchemy.engine import Connection, Engine

from dossier.model import Actor, Attribution, CopyLink, Document, Join, Linked, Step
from dossier.store import schema
from dossier.store.rows import actor_from_row, document_from_row, from_row

CHUNK = 500  # bound parameters per IN list, well under every backend's limit


def in_batches(items: Collection, size: int = CHUNK) -> Iterator[list]:
    items = list(items)
    for i in range(0, len(items), size):
        yield items[i:i + size]


def documents_in(conn: Connection, doc_ids: Collection[str]) -> list[Document]:
    d = schema.documents
    return [document_from_row(r) for part in in_batches(doc_ids)
            for r in conn.execute(select(d).where(d.c.id.in_(part))).mappings()]


class Linking:
    """One transaction of resolution work. It answers `dossier.resolve.actors.Known` for the actor links."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    # -- what is waiting ------------------------------------------------------------------------------------------
    def waiting(self, flag: str, limit: int) -> list[Document]:
        """Up to `limit` documents not yet linked (`flag`='linked') or compared ('compared'), oldest added first."""
        d = schema.documents
        rows = self.conn.execute(select(d).where(d.c[flag] == False).order_by(d.c.added_at, d.c.id)  # noqa: E712
                                 .limit(limit)).mappings().all()
        return [document_from_row(r) for r in rows]

    def mark(self, flag: str, doc_ids: Collection[str]) -> None:
        d = schema.documents
        for part in in_batches(doc_ids):
            self.conn.execute(update(d).where(d.c.id.in_(part)).values({flag: True}))

    def mention_counts(self, doc_ids: Collection[str]) -> Counter:
        """(doc, surface, label) -> mentions, for these documents."""
        m = schema.mentions
        counts: Counter = Counter()
        for part in in_batches(doc_ids):
            query = (select(m.c.doc_id, m.c.text, m.c.label, func.count()).where(m.c.doc_id.in_(part))
                     .group_by(m.c.doc_id, m.c.text, m.c.label))
            for doc, text, label, n in self.conn.execute(query):
                counts[(doc, text, label)] += n
        return counts

    # -- Known ----------------------------------------------------------------------------------------------------
    def keys_of(self, surfaces: Collection[str]) -> dict[str, str]:
        s = schema.surfaces
        return {r.surface: r.actor_key for part in in_batches(surfaces)
                for r in self.conn.execute(select(s.c.surface, s.c.actor_key).where(s.c.surface.in_(part)))}

    def votes_of(self, surfaces: Collection[str]) -> dict[str, Counter]:
        s = schema.surfaces
        return {r.surface: Counter(json.loads(r.votes)) for part in in_batches(surfaces)
                for r in self.conn.execute(select(s.c.surface, s.c.votes).where(s.c.surface.in_(part)))}

    def people_in(self, blocks: Collection[str]) -> list[tuple[str, str]]:
        s = schema.surfaces
        return [(r.surface, r.actor_key) for part in in_batches(blocks)
                for r in self.conn.execute(select(s.c.surface, s.c.actor_key).where(s.c.block.in_(part)))]

    def written_as(self, plains: Collection[str]) -> list[tuple[str, str]]:
        s = schema.surfaces
        return [(r.surface, r.actor_key) for part in in_batches(plains)
                for r in self.conn.execute(select(s.c.surface, s.c.actor_key).where(s.c.plain.in_(part)))]

    # -- writing links --------------------------------------------------------------------------------------------
    def save_links(self, documents: Iterable[Document], counts: Counter, linked: Linked) -> set[str]:
        """Write a batch's links and surfaces and carry out the renames it caused; the keys that other keys were
        renamed into (their summaries must be counted afresh)."""
        published = {d.id: d.published for d in documents}
        links, surfaces, s = schema.actor_links, schema.surfaces, schema.surfaces
        touched = set(linked.renamed.values())
        for old, new in linked.renamed.items():
            for table in (links, surfaces):
                self.conn.execute(update(table).where(table.c.actor_key == old).values(actor_key=new))
            self.conn.execute(delete(schema.actors).where(schema.actors.c.key == old))
        rows = [{"doc_id": doc, "surface": text, "label": label, "n": n, "actor_key": linked.links[(doc, text)],
                 "published": published.get(doc), "shorthand": _steps_json(linked.shorthands.get((doc, text)))}
                for (doc, text, label), n in counts.items()]
        if rows:
            self.conn.execute(insert(links), rows)
        self._save_joins(linked.joins)
        known = set(self.keys_of(linked.surface_keys))
        fresh = [{"surface": t, "actor_key": k, "votes": json.dumps(dict(linked.votes[t]), ensure_ascii=False),
                  "block": linked.blocks.get(t), "plain": linked.plains.get(t)}
                 for t, k in linked.surface_keys.items() if t not in known]
        if fresh:
            self.conn.execute(insert(surfaces), fresh)
        stale = [{"b_surface": t, "b_key": k, "b_votes": json.dumps(dict(linked.votes[t]), ensure_ascii=False),
                  "b_block": linked.blocks.get(t), "b_plain": linked.plains.get(t)}
                 for t, k in linked.surface_keys.items() if t in known]
        if stale:
            self.conn.execute(update(s).where(s.c.surface == bindparam("b_surface")).values(
                actor_key=bindparam("b_key"), votes=bindparam("b_votes"), block=bindparam("b_block"),
                plain=bindparam("b_plain")), stale)
        return touched

    def _save_joins(self, joins: Iterable[Join]) -> None:
        """The batch's joins that no earlier batch stored."""
        j = schema.actor_joins
        made = {(x.a, x.b, x.rule) for x in joins}
        have = {(r.a, r.b, r.rule) for part in in_batches({a for a, _, _ in made})
                for r in self.conn.execute(select(j.c.a, j.c.b, j.c.rule).where(j.c.a.in_(part)))}
        fresh = [{"a": a, "b": b, "rule": rule} for a, b, rule in sorted(made - have)]
        if fresh:
            self.conn.execute(insert(j), fresh)

    def links_of(self, keys: Collection[str]) -> dict[str, list[tuple[str, str, str, int]]]:
        """key -> its (doc, surface, label, mentions) links."""
        a = schema.actor_links
        out: dict[str, list] = defaultdict(list)
        for part in in_batches(keys):
            query = select(a.c.actor_key, a.c.doc_id, a.c.surface, a.c.label, a.c.n).where(a.c.actor_key.in_(part))
            for key, *link in self.conn.execute(query):
                out[key].append(tuple(link))
        return out

    def tallies(self, keys: Collection[str]) -> dict[str, dict]:
        """key -> the tally (as JSON) its summary was counted from (dossier.resolve.actor_tally.Tally)."""
        t = schema.actors
        return {r.key: json.loads(r.tally) for part in in_batches(keys)
                for r in self.conn.execute(select(t.c.key, t.c.tally).where(t.c.key.in_(part)))}

    def save_actors(self, actors: Iterable[tuple[Actor, dict]]) -> None:
        """Each actor's summary with the tally (as JSON) it was counted from."""
        t = schema.actors
        rows = [{"key": a.key, "name": a.name, "type": a.type, "kind": a.kind, "mentions": a.mentions,
                 "documents": a.documents, "spellings": json.dumps(list(a.spellings), ensure_ascii=False),
                 "tally": json.dumps(tally, ensure_ascii=False)} for a, tally in actors]
        for part in in_batches(rows):
            self.conn.execute(delete(t).where(t.c.key.in_([r["key"] for r in part])))
            self.conn.execute(insert(t), part)

    # -- copies ---------------------------------------------------------------------------------------------------
    def holders(self, hashes: Collection[int], most: int) -> dict[int, list[str]]:
        """hash -> documents posting it, leaving out hashes held by more than `most` documents (stock phrases). Each
        hash reads at most `most` + 1 index entries, however common it is."""
        t = schema.shingle_samples
        query = select(t.c.doc_id).where(t.c.hash == bindparam("h")).limit(most + 1)
        held: dict[int, list[str]] = {}
        for h in hashes:
            docs = [d for d, in self.conn.execute(query, {"h": h})]
            if docs and len(docs) <= most:
                held[h] = docs
        return held

    def post(self, doc_id: str, hashes: Collection[int]) -> None:
        rows = [{"hash": h, "doc_id": doc_id} for h in hashes]
        if rows:
            self.conn.execute(insert(schema.shingle_samples), rows)
        d = schema.documents
        self.conn.execute(update(d).where(d.c.id == doc_id).values(samples=len(rows)))

    def copies_among(self, groups: Iterable[Collection[str]]) -> set[tuple[str, str]]:
        """(copy, original) links between reports of one group."""
        c = schema.copy_links
        return {(r.copy, r.original) for docs in groups
                for r in self.conn.execute(select(c.c.copy, c.c.original)
                                           .where(c.c.copy.in_(list(docs)), c.c.original.in_(list(docs))))}

    def samples_of(self, doc_ids: Collection[str]) -> dict[str, frozenset[int]]:
        t = schema.shingle_samples
        return {doc: frozenset(h for h, in self.conn.execute(select(t.c.hash).where(t.c.doc_id == doc)))
                for doc in doc_ids}

    def held_by_more_than(self, hashes: Collection[int], most: int) -> set[int]:
        t = schema.shingle_samples
        count = select(func.count()).select_from(select(t.c.doc_id).where(t.c.hash == bindparam("h"))
                                                 .limit(most + 1).subquery())
        return {h for h in hashes if self.conn.execute(count, {"h": h}).scalar() > most}

    def drop_copies(self, pairs: Iterable[tuple[str, str]]) -> None:
        c = schema.copy_links
        for a, b in pairs:
            self.conn.execute(delete(c).where(c.c.copy == a, c.c.original == b))

    def sample_counts(self, doc_ids: Collection[str]) -> dict[str, int]:
        d = schema.documents
        return {r.id: r.samples or 0 for part in in_batches(doc_ids)
                for r in self.conn.execute(select(d.c.id, d.c.samples).where(d.c.id.in_(part)))}

    def documents(self, doc_ids: Collection[str]) -> list[Document]:
        return documents_in(self.conn, doc_ids)

    def declared_partners(self, doc: Document) -> list[Document]:
        """The stored reports of the outlet `doc` says it repeats, and those that say they repeat `doc`'s outlet."""
        d = schema.documents
        conditions = []
        if doc.copied_from:
            conditions.append(d.c.outlet == doc.copied_from)
        if doc.outlet:
            conditions.append(d.c.copied_from == doc.outlet)
        if not conditions:
            return []
        query = select(d).where(or_(*conditions), d.c.id != doc.id).limit(2000)
        return [document_from_row(r) for r in self.conn.execute(query).mappings()]

    def save_copies(self, links: Iterable[CopyLink]) -> None:
        rows = list({(c.copy, c.original): {"copy": c.copy, "original": c.original, "containment": c.containment}
                     for c in links}.values())
        c = schema.copy_links
        known = {(r.copy, r.original) for part in in_batches(rows) for r in self.conn.execute(
            select(c.c.copy, c.c.original).where(c.c.copy.in_([x["copy"] for x in part])))}
        rows = [r for r in rows if (r["copy"], r["original"]) not in known]
        if rows:
            self.conn.execute(insert(schema.copy_links), rows)

    # -- starting over --------------------------------------------------------------------------------------------
    def forget_links(self) -> None:
        """Drop every actor link (the pack or the user's decisions changed), so that all documents are linked anew."""
        for table in (schema.actor_links, schema.surfaces, schema.actors, schema.actor_joins):
            self.conn.execute(delete(table))
        self.conn.execute(update(schema.documents).values(linked=False))

    def info(self, key: str) -> str | None:
        i = schema.info
        return self.conn.execute(select(i.c.value).where(i.c.key == key)).scalar()

    def set_info(self, key: str, value: str) -> None:
        i = schema.info
        self.conn.execute(delete(i).where(i.c.key == key))
        self.conn.execute(insert(i), [{"key": key, "value": value}])


def _steps_json(steps: tuple[Step, ...] | None) -> str | None:
    return json.dumps([list(s) for s in steps], ensure_ascii=False) if steps else None


class ActorReads:
    """Queries over the stored links, for the picture: each reads through an index, so its cost follows the size of
    the answer rather than of the store."""

    engine: Engine

    def tally_of(self, key: str) -> dict | None:
        """The tally (as JSON) an actor's summary was counted from (dossier.resolve.actor_tally.Tally)."""
        t = schema.actors
        with self.engine.connect() as conn:
            found = conn.execute(select(t.c.tally).where(t.c.key == key)).scalar()
        return json.loads(found) if found else None

    def shorthands_of(self, key: str) -> list[tuple[str, tuple[Step, ...], int]]:
        """(surface, the steps report rules took from it, reports) of the actor's spellings read as shorthands;
        read off an index that holds only those, so the most reported actor costs no more than its shorthands."""
        a = schema.actor_links
        query = (select(a.c.surface, a.c.shorthand, func.count(func.distinct(a.c.doc_id)))
                 .where(a.c.actor_key == key, a.c.shorthand.is_not(None)).group_by(a.c.surface, a.c.shorthand))
        with self.engine.connect() as conn:
            return [(surface, tuple(tuple(s) for s in json.loads(steps)), n) for surface, steps, n in conn.execute(query)]

    def joins_around(self, names: Collection[str], reach: int = 3) -> list[Join]:
        """The stored joins that touch these names, and those that touch the names they lead to, `reach` deep."""
        j = schema.actor_joins
        seen, frontier, out = set(names), set(names), {}
        with self.engine.connect() as conn:
            for _ in range(reach):
                for part in in_batches(frontier):
                    for r in conn.execute(select(j).where(or_(j.c.a.in_(part), j.c.b.in_(part)))):
                        out[r.id] = Join(r.a, r.b, r.rule)
                frontier = {n for x in out.values() for n in (x.a, x.b)} - seen
                if not frontier:
                    break
                seen |= frontier
        return list(out.values())

    def actors(self, labels: Collection[str], limit: int | None = None) -> list[Actor]:
        t = schema.actors
        query = select(t).where(t.c.type.in_(list(labels))).order_by(t.c.documents.desc(), t.c.mentions.desc(), t.c.name)
        with self.engine.connect() as conn:
            return [actor_from_row(r) for r in conn.execute(query.limit(limit)).mappings()]

    def actor(self, key: str) -> Actor | None:
        t = schema.actors
        with self.engine.connect() as conn:
            row = conn.execute(select(t).where(t.c.key == key)).mappings().first()
        return actor_from_row(row) if row else None

    def actor_names(self, keys: Collection[str]) -> dict[str, str]:
        t = schema.actors
        with self.engine.connect() as conn:
            return {r.key: r.name for part in in_batches(keys)
                    for r in conn.execute(select(t.c.key, t.c.name).where(t.c.key.in_(part)))}

    def newest_documents_of(self, key: str, limit: int) -> list[str]:
        """Ids of the newest reports that name the actor (undated last)."""
        a = schema.actor_links
        query = (select(a.c.doc_id, a.c.published).where(a.c.actor_key == key)
                 .order_by(a.c.published.desc().nulls_last(), a.c.doc_id))
        out: dict[str, None] = {}
        with self.engine.connect() as conn:
            for doc_id, _ in conn.execute(query):
                out[doc_id] = None
                if len(out) >= limit:
                    break
        return list(out)

    def links_in(self, doc_ids: Collection[str] | None = None) -> dict[tuple[str, str], str]:
        """(doc, surface) -> actor key, for these documents (all documents when None)."""
        a = schema.actor_links
        with self.engine.connect() as conn:
            if doc_ids is None:
                return {(r.doc_id, r.surface): r.actor_key
                        for r in conn.execute(select(a.c.doc_id, a.c.surface, a.c.actor_key))}
            return {(r.doc_id, r.surface): r.actor_key for part in in_batches(doc_ids)
                    for r in conn.execute(select(a.c.doc_id, a.c.surface, a.c.actor_key).where(a.c.doc_id.in_(part)))}

    def attributions_in(self, doc_ids: Collection[str]) -> list[tuple[str, Attribution]]:
        t = schema.attributions
        with self.engine.connect() as conn:
            return [(r["doc_id"], from_row(Attribution, r)) for part in in_batches(doc_ids)
                    for r in conn.execute(select(t).where(t.c.doc_id.in_(part)).order_by(t.c.doc_id, t.c.start))
                    .mappings()]

    def copy_links(self) -> list[CopyLink]:
        c = schema.copy_links
        with self.engine.connect() as conn:
            return [CopyLink(r.copy, r.original, r.containment)
                    for r in conn.execute(select(c).order_by(c.c.original, c.c.copy))]

