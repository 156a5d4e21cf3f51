"""The store's side of the picture across reports (claim groups, timeline entries, figure series): what earlier
batches built, read back by source, date or measure, and each batch's additions written in the same transaction as
the reads that led to them. The decisions themselves (which claim a statement repeats, which happening an event
tells) are `dossier.resolve`'s named rules; this module only reads and writes."""

from __future__ import annotations

import json
from collections.abc import Collection, Iterable

from sqlalchemy import and_, delete, func, insert, or_, select, update
from sqlalchemy.engine import Connection

from dossier.model import Attribution, Document, EntryState, Event, GroupState, Quantity
from dossier.store import schema
from dossier.store.links import in_batches
from dossier.store.rows import document_from_row, from_row

PICTURE_TABLES = schema.PICTURE_TABLES


class Picturing:
    """One transaction of picture work over a batch of reports."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    # -- what is waiting -------------------------------------------------------------------------------------------
    def waiting(self, limit: int) -> list[Document]:
        """Up to `limit` linked reports not yet in the picture, oldest added first."""
        d, p = schema.documents, schema.pictured
        query = (select(d).outerjoin(p, p.c.doc_id == d.c.id).where(p.c.doc_id.is_(None), d.c.linked == True)  # noqa: E712
                 .order_by(d.c.added_at, d.c.id).limit(limit))
        return [document_from_row(r) for r in self.conn.execute(query).mappings()]

    def pictured_among(self, doc_ids: Collection[str]) -> list[str]:
        p = schema.pictured
        return [d for part in in_batches(doc_ids) for d in self.conn.execute(select(p.c.doc_id).where(p.c.doc_id.in_(part))).scalars()]

    def mark(self, doc_ids: Collection[str]) -> None:
        rows = [{"doc_id": d} for d in doc_ids]
        if rows:
            self.conn.execute(insert(schema.pictured), rows)

    def forget(self) -> None:
        """Empty the picture (a new pack or alias decision): every report is pictured anew."""
        for table in PICTURE_TABLES:
            self.conn.execute(delete(table))

    # -- findings of the batch -------------------------------------------------------------------------------------
    def records(self, name: str, doc_ids: Collection[str]) -> list[tuple[int, str, object]]:
        table, record_type = {"attributions": (schema.attributions, Attribution), "events": (schema.events, Event),
                              "quantities": (schema.quantities, Quantity)}[name]
        return [(r["id"], r["doc_id"], from_row(record_type, r)) for part in in_batches(doc_ids)
                for r in self.conn.execute(select(table).where(table.c.doc_id.in_(part))
                                           .order_by(table.c.doc_id, table.c.start)).mappings()]

    def links_in(self, doc_ids: Collection[str]) -> dict[tuple[str, str], str]:
        a = schema.actor_links
        return {(r.doc_id, r.surface): r.actor_key for part in in_batches(doc_ids)
                for r in self.conn.execute(select(a.c.doc_id, a.c.surface, a.c.actor_key).where(a.c.doc_id.in_(part)))}

    def copy_components(self, doc_ids: Collection[str]) -> dict[str, frozenset[str]]:
        """Each report's copy family: the reports joined to it by copy links, either way, itself included."""
        c = schema.copy_links
        out: dict[str, frozenset[str]] = {}
        touched: set[str] = set()
        for part in in_batches(doc_ids):
            for r in self.conn.execute(select(c.c.copy, c.c.original).where(or_(c.c.copy.in_(part),
                                                                                  c.c.original.in_(part)))):
                touched.update((r.copy, r.original))
        for doc in doc_ids:
            if doc not in touched:
                out[doc] = frozenset((doc,))
                continue
            if doc in out:
                continue
            seen, frontier = {doc}, [doc]
            while frontier:
                nxt = set()
                for part in in_batches(frontier):
                    for r in self.conn.execute(select(c.c.copy, c.c.original).where(or_(c.c.copy.in_(part),
                                                                                          c.c.original.in_(part)))):
                        nxt.update(x for x in (r.copy, r.original) if x not in seen)
                seen |= nxt
                frontier = list(nxt)
            family = frozenset(seen)
            for member in family:
                out[member] = family
        return out

    # -- claims ----------------------------------------------------------------------------------------------------
    def groups_of(self, source_keys: Collection[str]) -> dict[str, list[GroupState]]:
        g = schema.claim_groups
        out: dict[str, list[GroupState]] = {k: [] for k in source_keys}
        for part in in_batches(source_keys):
            for r in self.conn.execute(select(g).where(g.c.source_key.in_(part)).order_by(g.c.id)).mappings():
                out[r["source_key"]].append(GroupState(r["id"], r["source_key"], r["source"], r["content"],
                                                       r["first_seen"], r["last_seen"], r["reports"],
                                                       r["independent"], r["hedged"], json.loads(r["hedges"])))
        return out

    def has_family(self, group_id: int, families: Collection[str]) -> bool:
        m = schema.claim_members
        return self.conn.execute(select(m.c.attribution_id).where(m.c.group_id == group_id,
                                                                  m.c.family.in_(list(families))).limit(1)).first() is not None

    def save_groups(self, groups: Iterable[GroupState]) -> None:
        g, m = schema.claim_groups, schema.claim_members
        for group in groups:
            if not group.dirty:
                continue
            values = {"source_key": group.source_key, "source": group.source, "content": group.content,
                      "first_seen": group.first_seen, "last_seen": group.last_seen, "reports": group.reports,
                      "independent": group.independent, "hedged": group.hedged,
                      "hedges": json.dumps(group.hedges, ensure_ascii=False)}
            if group.id is None:
                group.id = self.conn.execute(insert(g).values(values)).inserted_primary_key[0]
            else:
                self.conn.execute(update(g).where(g.c.id == group.id).values(values))
            if group.members:
                self.conn.execute(insert(m), [{**row, "group_id": group.id} for row in group.members])
            group.members, group.families, group.docs, group.dirty = [], set(), set(), False

    def refresh_families(self, doc_ids: Collection[str]) -> int:
        """Copy links changed around these reports: their claim members' families are read again and the groups
        they are in counted again. Returns how many groups were counted again."""
        m, g = schema.claim_members, schema.claim_groups
        components = self.copy_components(doc_ids)
        everyone = set().union(*components.values()) if components else set()
        groups: set[int] = set()
        for part in in_batches(everyone):
            groups.update(self.conn.execute(select(m.c.group_id).where(m.c.doc_id.in_(part)).distinct()).scalars())
        for doc, family in components.items():
            self.conn.execute(update(m).where(m.c.doc_id == doc).values(family=min(family)))
        for group_id in groups:
            independent = self.conn.execute(select(func.count(m.c.family.distinct())).where(m.c.group_id == group_id)).scalar()
            self.conn.execute(update(g).where(g.c.id == group_id).values(independent=independent))
        return len(groups)

    # -- timeline --------------------------------------------------------------------------------------------------
    def entries_near(self, dates: Collection[str], around: Collection[tuple[str, str]]) -> list[EntryState]:
        """Entries dated one of `dates` (an event's date and the periods that hold it), or starting within one of the
        (first, last) day ranges `around`, or inside a period of `dates` ('2022-05' holds '2022-05-23')."""
        t = schema.timeline_entries
        conditions = [t.c.date.in_(list(dates))] if dates else []
        conditions += [and_(t.c.start >= lo, t.c.start <= hi) for lo, hi in around]
        conditions += [t.c.date.like(f"{d}-%") for d in dates if len(d) == 7]
        if not conditions:
            return []
        out = []
        for r in self.conn.execute(select(t).where(or_(*conditions))).mappings():
            out.append(EntryState(r["id"], r["date"], r["start"], r["what"], json.loads(r["actors"]),
                                  set(json.loads(r["keys"])), r["sources"]))
        return out

    def has_source(self, entry_id: int, doc_id: str) -> bool:
        s = schema.timeline_sources
        return self.conn.execute(select(s.c.entry_id).where(s.c.entry_id == entry_id, s.c.doc_id == doc_id)).first() \
            is not None

    def save_entries(self, entries: Iterable[EntryState]) -> None:
        t, s, a = schema.timeline_entries, schema.timeline_sources, schema.timeline_actors
        for e in entries:
            if not e.dirty:
                continue
            values = {"date": e.date, "start": e.start, "what": e.what, "sources": e.sources,
                      "actors": json.dumps(e.actors, ensure_ascii=False),
                      "keys": json.dumps(sorted(e.keys), ensure_ascii=False)}
            if e.id is None:
                e.id = self.conn.execute(insert(t).values(values)).inserted_primary_key[0]
            else:
                self.conn.execute(update(t).where(t.c.id == e.id).values(values))
                self.conn.execute(update(a).where(a.c.entry_id == e.id).values(start=e.start))
            if e.new_sources:
                self.conn.execute(insert(s), [{**row, "entry_id": e.id} for row in e.new_sources])
            if e.new_keys:
                self.conn.execute(insert(a), [{"actor_key": k, "entry_id": e.id, "start": e.start} for k in e.new_keys])
            e.new_sources, e.new_keys, e.dirty = [], set(), False

    # -- figures ---------------------------------------------------------------------------------------------------
    def save_points(self, points: list[dict]) -> None:
        """Figure points, and each measure's count and latest date brought up to date."""
        if not points:
            return
        self.conn.execute(insert(schema.figure_points), points)
        f = schema.figure_measures
        added: dict[str, list] = {}
        for p in points:
            count, latest = added.get(p["measure"], (0, None))
            added[p["measure"]] = (count + 1, max(filter(None, (latest, p["when"])), default=None))
        known = {}
        for part in in_batches(added):
            known.update({r.measure: (r.points, r.latest) for r in self.conn.execute(select(f).where(f.c.measure.in_(part)))})
        for measure, (count, latest) in added.items():
            if measure in known:
                old_count, old_latest = known[measure]
                self.conn.execute(update(f).where(f.c.measure == measure).values(
                    points=old_count + count, latest=max(filter(None, (old_latest, latest)), default=None)))
            else:
                self.conn.execute(insert(f).values(measure=measure, points=count, latest=latest))
