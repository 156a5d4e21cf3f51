"""Pages of the picture as the store keeps it: reports, actors, claim groups, figure series and points, timeline
entries and copies, each filtered, sorted and cut to one page by the database, with the total count. Each query
reads through an index, so a page costs the same in a store of 100,000 reports as in one of 100."""

from __future__ import annotations

import json
from collections.abc import Collection, Sequence
from dataclasses import replace

from sqlalchemy import and_, func, or_, select
from sqlalchemy.engine import Engine
from sqlalchemy.sql import Select

from dossier.model import Attribution, Page, Quantity, ReportSummary, Slice
from dossier.store import schema
from dossier.store.links import in_batches
from dossier.store.rows import actor_from_row, from_row

MEMBERS_SHOWN = 10  # reports shown under each claim group or timeline entry of a page (the count says how many more)
POINTS_READ = 40  # newest points of a series read for its page (changes and conflicts are found among them)

_D = schema.documents
_SUMMARY = (_D.c.id, _D.c.title, _D.c.outlet, _D.c.published, _D.c.language, _D.c.words, _D.c.kind, _D.c.source,
            _D.c.url, _D.c.furniture)


def summary(row) -> ReportSummary:
    return ReportSummary(row.id, row.title, row.outlet, row.published, row.language, row.words, row.kind, row.source,
                         row.url, len(json.loads(row.furniture)) if row.furniture else 0)


def _ordered(query: Select, columns: dict, part: Slice, default: str) -> Select:
    column = columns[part.sort] if part.sort in columns else columns[default]
    keys = column if isinstance(column, tuple) else (column,)
    # NULLs last either way; said only where a column may hold them, so that SQLite keeps to the index's order
    order = [(k.desc() if part.descending else k.asc()) for k in keys]
    order = [o.nulls_last() if getattr(k, "nullable", True) and not part.descending else o for o, k in zip(order, keys)]
    return query.order_by(*order).offset(part.offset).limit(part.limit)


def _like(column, text: str):
    escaped = text.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return func.lower(column).like(f"%{escaped}%", escape="\\")


class PictureReads:
    engine: Engine

    def _page(self, query: Select, where: Sequence, columns: dict, part: Slice, default: str) -> tuple[int, list]:
        with self.engine.connect() as conn:
            counted = select(func.count()).select_from(query.where(*where).subquery())
            total = conn.execute(counted).scalar_one()
            rows = conn.execute(_ordered(query.where(*where), columns, part, default)).all()
        return total, rows

    # -- reports ---------------------------------------------------------------------------------------------------
    def reports_page(self, part: Slice, outlet: str | None = None, language: str | None = None,
                     first: str | None = None, last: str | None = None, copies: bool | None = None,
                     title: str | None = None) -> Page:
        c = schema.copy_links
        where = []
        if outlet:
            where.append(_D.c.outlet == outlet)
        if language:
            where.append(_D.c.language == language)
        if first:
            where.append(_D.c.published >= first)
        if last:
            where.append(_D.c.published <= last + "~")
        if title:
            where.append(_like(_D.c.title, title))
        if copies is not None:
            copied = select(c.c.copy)
            where.append(_D.c.id.in_(copied) if copies else _D.c.id.not_in(copied))
        columns = {"published": (_D.c.published, _D.c.id), "title": (_D.c.title, _D.c.id),
                   "outlet": (_D.c.outlet, _D.c.published, _D.c.id), "words": (_D.c.words, _D.c.id),
                   "language": (_D.c.language, _D.c.published, _D.c.id)}
        # the page's ids first, off an index, then their rows: a deep page skips index entries, not whole rows
        total, ids = self._page(select(_D.c.id), where, columns, part, "published")
        with self.engine.connect() as conn:
            found = {r.id: summary(r) for r in conn.execute(select(*_SUMMARY).where(_D.c.id.in_([i for i, in ids])))}
        docs = [found[i] for i, in ids if i in found]
        with self.engine.connect() as conn:
            originals = {r.copy: r.original for r in conn.execute(select(c.c.copy, c.c.original)
                                                                  .where(c.c.copy.in_([d.id for d in docs])))}
        docs = [d if d.id not in originals else _with_copy(d, originals[d.id]) for d in docs]
        return Page(docs, total, part.offset, part.limit)

    def outlets_and_languages(self) -> tuple[list[str], list[str]]:
        with self.engine.connect() as conn:
            outlets = conn.execute(select(_D.c.outlet).where(_D.c.outlet.is_not(None)).distinct().order_by(_D.c.outlet)
                                   .limit(500)).scalars().all()
            languages = conn.execute(select(_D.c.language).distinct().order_by(_D.c.language)).scalars().all()
        return list(outlets), list(languages)

    def summaries(self, doc_ids: Collection[str]) -> dict[str, ReportSummary]:
        with self.engine.connect() as conn:
            return {r.id: summary(r) for part in in_batches(doc_ids)
                    for r in conn.execute(select(*_SUMMARY).where(_D.c.id.in_(part)))}

    def summaries_all(self) -> dict[str, ReportSummary]:
        """Every report, newest first (undated last), then by title."""
        with self.engine.connect() as conn:
            rows = conn.execute(select(*_SUMMARY).order_by(_D.c.published.desc().nulls_last(), _D.c.title)).all()
        return {r.id: summary(r) for r in rows}

    def mention_counts_in(self, doc_ids: Collection[str]) -> dict[str, int]:
        m = schema.mentions
        with self.engine.connect() as conn:
            return {r[0]: r[1] for part in in_batches(doc_ids)
                    for r in conn.execute(select(m.c.doc_id, func.count()).where(m.c.doc_id.in_(part)).group_by(m.c.doc_id))}

    # -- actors ----------------------------------------------------------------------------------------------------
    def actors_page(self, part: Slice, types: Collection[str], name: str | None = None) -> tuple[int, list]:
        t = schema.actors
        where = [t.c.type.in_(list(types))]
        if name:
            where.append(or_(_like(t.c.name, name), _like(t.c.spellings, name)))
        columns = {"reports": (t.c.documents, t.c.mentions), "mentions": t.c.mentions, "name": t.c.name,
                   "type": (t.c.type, t.c.documents)}
        total, rows = self._page(select(t), where, columns, part, "reports")
        return total, [actor_from_row(r._mapping) for r in rows]

    # -- claims ----------------------------------------------------------------------------------------------------
    def claims_page(self, part: Slice, source_keys: Collection[str] | None = None, source: str | None = None,
                    outlet: str | None = None, first: str | None = None, last: str | None = None,
                    hedged: bool | None = None, content: str | None = None) -> tuple[int, list]:
        g, m = schema.claim_groups, schema.claim_members
        where = []
        if source_keys is not None or source:
            said = [g.c.source_key.in_(list(source_keys or ()))]
            if source:
                said.append(_like(g.c.source, source))
            where.append(or_(*said))
        if outlet:
            where.append(g.c.id.in_(select(m.c.group_id).where(m.c.outlet == outlet)))
        if first:
            where.append(g.c.last_seen >= first)
        if last:
            where.append(g.c.first_seen <= last + "~")
        if hedged is not None:
            where.append(g.c.hedged == hedged)
        if content:
            where.append(_like(g.c.content, content))
        columns = {"independent": (g.c.independent, g.c.reports, g.c.id), "reports": (g.c.reports, g.c.id),
                   "first_seen": (g.c.first_seen, g.c.id), "last_seen": (g.c.last_seen, g.c.id),
                   "source": (g.c.source, g.c.id)}
        return self._page(select(g), where, columns, part, "independent")

    def claim_evidence(self, group_ids: Collection[int], shown: int = MEMBERS_SHOWN) -> dict[int, list[tuple[str, Attribution]]]:
        """The first `shown` reports of each group (earliest first): (doc_id, attribution)."""
        m, a = schema.claim_members, schema.attributions
        out: dict[int, list] = {}
        with self.engine.connect() as conn:
            for group_id in group_ids:
                query = (select(a, m.c.group_id).join(m, m.c.attribution_id == a.c.id).where(m.c.group_id == group_id)
                         .order_by(m.c.published, m.c.doc_id).limit(shown))
                out[group_id] = [(r["doc_id"], from_row(Attribution, r)) for r in conn.execute(query).mappings()]
        return out

    def claims_total(self) -> tuple[int, int]:
        """(claim groups, statements in them): the counts every view of the claims shows."""
        with self.engine.connect() as conn:
            groups = conn.execute(select(func.count()).select_from(schema.claim_groups)).scalar_one()
            statements = conn.execute(select(func.count()).select_from(schema.claim_members)).scalar_one()
        return groups, statements

    # -- figures ---------------------------------------------------------------------------------------------------
    def measures_page(self, part: Slice, measure: str | None = None, at_least: int = 2) -> tuple[int, list]:
        f = schema.figure_measures
        where = [f.c.points >= at_least]
        if measure:
            where.append(_like(f.c.measure, measure))
        columns = {"points": (f.c.points, f.c.measure), "measure": f.c.measure, "latest": (f.c.latest, f.c.measure)}
        return self._page(select(f), where, columns, part, "points")

    def series_points(self, measure: str, limit: int = POINTS_READ) -> list[tuple[str, Quantity, str | None]]:
        """The newest `limit` points of one measure: (doc_id, quantity, when)."""
        p, q = schema.figure_points, schema.quantities
        query = (select(q, p.c.when.label("point_when")).join(p, p.c.quantity_id == q.c.id).where(p.c.measure == measure)
                 .order_by(p.c.when.desc().nulls_last()).limit(limit))
        with self.engine.connect() as conn:
            return [(r["doc_id"], from_row(Quantity, r), r["point_when"]) for r in conn.execute(query).mappings()]

    def figures_page(self, part: Slice, measure: str | None = None, counted: str | None = None,
                     first: str | None = None, last: str | None = None) -> tuple[int, list]:
        """Figures one by one: (doc_id, quantity)."""
        q = schema.quantities
        where = [q.c.value.is_not(None)]
        if measure:
            where.append(_like(q.c.measure, measure))
        if counted:
            where.append(or_(_like(q.c.counted, counted), _like(q.c.about, counted), _like(q.c.unit, counted)))
        if first:
            where.append(q.c.when >= first)
        if last:
            where.append(q.c.when <= last + "~")
        columns = {"when": (q.c.when, q.c.id), "value": (q.c.value, q.c.id), "measure": (q.c.measure, q.c.id),
                   "report": (q.c.doc_id, q.c.start)}
        total, rows = self._page(select(q), where, columns, part, "report")
        return total, [(r.doc_id, from_row(Quantity, r._mapping)) for r in rows]

    # -- timeline --------------------------------------------------------------------------------------------------
    def timeline_page(self, part: Slice, first: str | None = None, last: str | None = None,
                      actor_keys: Collection[str] | None = None, actor: str | None = None,
                      multi: bool = False) -> tuple[int, list]:
        t, a = schema.timeline_entries, schema.timeline_actors
        where = []
        if first:
            where.append(t.c.start >= first)
        if last:
            where.append(t.c.start <= last + "~")
        if actor_keys is not None or actor:
            named = [t.c.id.in_(select(a.c.entry_id).where(a.c.actor_key.in_(list(actor_keys or ()))))]
            if actor:
                named.append(_like(t.c.actors, actor))
            where.append(or_(*named))
        if multi:
            where.append(t.c.sources >= 2)
        columns = {"date": (t.c.start, t.c.id), "sources": (t.c.sources, t.c.start)}
        return self._page(select(t), where, columns, part, "date")

    def entry_sources(self, entry_ids: Collection[int], shown: int = MEMBERS_SHOWN) -> dict[int, list]:
        s = schema.timeline_sources
        out: dict[int, list] = {}
        with self.engine.connect() as conn:
            for entry_id in entry_ids:
                query = (select(s.c.doc_id, s.c.start, s.c.end, s.c.what, _D.c.title, _D.c.outlet, _D.c.published)
                         .join(_D, _D.c.id == s.c.doc_id).where(s.c.entry_id == entry_id)
                         .order_by(s.c.published, s.c.doc_id).limit(shown))
                out[entry_id] = conn.execute(query).all()
        return out

    # -- copies ----------------------------------------------------------------------------------------------------
    def copies_page(self, part: Slice, outlet: str | None = None) -> tuple[int, list]:
        """(copy link, the copy's summary, the original's summary) rows. The page's links are chosen off the links'
        own index (or the outlet's reports), then described."""
        c = schema.copy_links
        copy, original = _D.alias("copy_doc"), _D.alias("original_doc")
        where = []
        if outlet:
            theirs = select(_D.c.id).where(_D.c.outlet == outlet)
            where.append(or_(c.c.copy.in_(theirs), c.c.original.in_(theirs)))
        columns = {"containment": (c.c.containment, c.c.copy), "copy": (c.c.copy, c.c.original),
                   "original": (c.c.original, c.c.copy)}
        total, keys = self._page(select(c.c.copy, c.c.original), where, columns, part, "containment")
        if not keys:
            return total, []
        query = (select(c.c.copy, c.c.original, c.c.containment, copy.c.title.label("copy_title"),
                        copy.c.outlet.label("copy_outlet"), copy.c.published.label("copy_published"),
                        original.c.title.label("original_title"), original.c.outlet.label("original_outlet"),
                        original.c.published.label("original_published"))
                 .join(copy, copy.c.id == c.c.copy).join(original, original.c.id == c.c.original)
                 .where(or_(*(and_(c.c.copy == a, c.c.original == b) for a, b in keys))))
        with self.engine.connect() as conn:
            found = {(r.copy, r.original): r for r in conn.execute(query)}
        return total, [found[k] for k in map(tuple, keys) if k in found]

    def copy_links_of(self, doc_ids: Collection[str]) -> list[tuple[str, str]]:
        c = schema.copy_links
        with self.engine.connect() as conn:
            return [(r.copy, r.original) for part in in_batches(doc_ids)
                    for r in conn.execute(select(c.c.copy, c.c.original).where(or_(c.c.copy.in_(part),
                                                                                     c.c.original.in_(part))))]

    def actor_keys_named(self, name: str) -> list[str]:
        """Actor keys a user's name stands for in this store: a spelling the store holds (any case)."""
        s = schema.surfaces
        with self.engine.connect() as conn:
            exact = conn.execute(select(s.c.actor_key).where(s.c.surface == name).distinct()).scalars().all()
            if exact:
                return list(exact)
            return list(conn.execute(select(s.c.actor_key).where(func.lower(s.c.surface) == name.lower()).distinct()
                                     .limit(20)).scalars())

    def surfaces_in_block(self, block: str, limit: int = 5000) -> list[tuple[str, str]]:
        """(surface, actor key) of the personal names in one surname block."""
        s = schema.surfaces
        with self.engine.connect() as conn:
            return [(r.surface, r.actor_key) for r in conn.execute(select(s.c.surface, s.c.actor_key)
                                                                   .where(s.c.block == block).limit(limit))]

    def spellings_of(self, keys: Collection[str], limit: int = 40) -> list[str]:
        s = schema.surfaces
        with self.engine.connect() as conn:
            return list(conn.execute(select(s.c.surface).where(s.c.actor_key.in_(list(keys))).limit(limit)).scalars())

    def facets(self, doc_ids: Collection[str]) -> dict[str, list[tuple[str, int]]]:
        """For these reports: how many by outlet, by month, and the actors most of them name."""
        a = schema.actor_links
        outlets: dict[str, int] = {}
        months: dict[str, int] = {}
        actors: dict[str, int] = {}
        with self.engine.connect() as conn:
            for part in in_batches(doc_ids):
                for r in conn.execute(select(_D.c.outlet, _D.c.published).where(_D.c.id.in_(part))):
                    outlets[r.outlet or "(no outlet)"] = outlets.get(r.outlet or "(no outlet)", 0) + 1
                    month = (r.published or "undated")[:7]
                    months[month] = months.get(month, 0) + 1
                for key, n in conn.execute(select(a.c.actor_key, func.count(a.c.doc_id.distinct()))
                                           .where(a.c.doc_id.in_(part), a.c.label.in_(["PERSON", "ORG", "GPE", "NORP"]))
                                           .group_by(a.c.actor_key)):
                    actors[key] = actors.get(key, 0) + n
        top = lambda d, n: sorted(d.items(), key=lambda kv: (-kv[1], kv[0]))[:n]  # noqa: E731
        return {"outlet": top(outlets, 15), "month": sorted(months.items(), reverse=True)[:24],
                "actor": top(actors, 15)}


def _with_copy(d: ReportSummary, original: str) -> ReportSummary:
    return replace(d, copy_of=original)


class ChangeReads:
    """What arrived since a moment (documents.added_at), for `dossier changes`."""

    engine: Engine

    def added_since(self, since: str, limit: int = 5000) -> list[ReportSummary]:
        with self.engine.connect() as conn:
            rows = conn.execute(select(*_SUMMARY).where(_D.c.added_at >= since)
                                .order_by(_D.c.added_at.desc(), _D.c.id).limit(limit)).all()
        return [summary(r) for r in rows]

    def groups_touched(self, doc_ids: Collection[str], limit: int = 2000) -> list:
        """Claim groups with a statement in these reports, with each member's report, family and arrival."""
        g, m = schema.claim_groups, schema.claim_members
        with self.engine.connect() as conn:
            ids = sorted({i for part in in_batches(doc_ids) for i in conn.execute(
                select(m.c.group_id).where(m.c.doc_id.in_(part)).distinct()).scalars()})[:limit]
            groups = {r.id: r for part in in_batches(ids) for r in conn.execute(select(g).where(g.c.id.in_(part)))}
            members: dict[int, list] = {i: [] for i in ids}
            for part in in_batches(ids):
                for r in conn.execute(select(m.c.group_id, m.c.doc_id, m.c.family, m.c.attribution_id, _D.c.added_at)
                                      .join(_D, _D.c.id == m.c.doc_id).where(m.c.group_id.in_(part))):
                    members[r.group_id].append(r)
        return [(groups[i], members[i]) for i in ids if i in groups]

    def measures_touched(self, doc_ids: Collection[str]) -> list[str]:
        p = schema.figure_points
        with self.engine.connect() as conn:
            return sorted({m for part in in_batches(doc_ids) for m in conn.execute(
                select(p.c.measure).where(p.c.doc_id.in_(part)).distinct()).scalars()})

    def actors_first_seen(self, doc_ids: Collection[str], since: str) -> list[str]:
        """Actor keys named in these reports and in no report that arrived before `since`."""
        a = schema.actor_links
        with self.engine.connect() as conn:
            keys = {k for part in in_batches(doc_ids) for k in conn.execute(
                select(a.c.actor_key).where(a.c.doc_id.in_(part)).distinct()).scalars()}
            older = {k for part in in_batches(keys) for k in conn.execute(
                select(a.c.actor_key).join(_D, _D.c.id == a.c.doc_id)
                .where(a.c.actor_key.in_(part), _D.c.added_at < since).distinct()).scalars()}
        return sorted(keys - older)

    def attribution_rows(self, ids: Collection[int]) -> dict[int, tuple[str, Attribution]]:
        t = schema.attributions
        with self.engine.connect() as conn:
            return {r["id"]: (r["doc_id"], from_row(Attribution, r)) for part in in_batches(ids)
                    for r in conn.execute(select(t).where(t.c.id.in_(part))).mappings()}
