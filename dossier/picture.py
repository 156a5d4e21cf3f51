"""The picture a store holds, as one read model: `Picture(store, pack)` brings the cross-report results up to date
once (when its store is the writer's) and holds the pack's spellings; its queries only read. Every list comes as a
page (`Slice` in, `Page` out, with the total), so the CLI, the web pages, the API and the exports count alike."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path

from rapidfuzz import fuzz

from dossier.errors import DossierError
from dossier.model import Actor, Attribution, CopyLink, Page, ReportSummary, Slice, Spelling
from dossier.packs import Pack, load_pack
from dossier.report.briefing import Briefing
from dossier.resolve.actor_tally import ACTOR_LABELS, Tally
from dossier.resolve.actors import paths
from dossier.resolve.claims import ClaimGroup
from dossier.resolve.copies import families
from dossier.resolve.figures import Series, figure_series
from dossier.resolve.join_rules import surname_block
from dossier.resolve.names import fold, same_person
from dossier.resolve.timeline import TimelineEntry, TimelineSource
from dossier.resolve.up_to_date import Resolved, bring_up_to_date
from dossier.store import SearchHit, Store

PROFILE_REPORTS = 200
SEARCH_COUNTED = 1_000  # reports a search counts; past that it says "over 1,000"
SEARCH_FACETED = 300  # the hits the facets (outlets, actors, months) are counted over
LIKELY_SAME = 80  # folded-name similarity at which two actors are offered to a person as perhaps one
ALL = 1_000  # page size when a command reads a whole list
_PACKAGED_SAMPLES = Path(__file__).parent / "_samples"
_CHECKOUT_SAMPLES = Path(__file__).parent.parent / "samples"


def samples_dir() -> Path:
    """The bundled sample reports: packaged with a wheel, or the checkout's samples/ for an editable install."""
    for path in (_PACKAGED_SAMPLES, _CHECKOUT_SAMPLES):
        if path.is_dir():
            return path
    raise DossierError("the bundled sample reports are missing from this installation; reinstall dossier")


@dataclass
class SearchResult:
    """A search: one page of hits, the actor the query named (if any) and the facets of all hits."""

    hits: Page
    actor: Actor | None = None
    spellings: list[str] = field(default_factory=list)
    facets: dict[str, list[tuple[str, int]]] = field(default_factory=dict)
    many: bool = False  # more reports match than SEARCH_COUNTED: the total is a floor, the newest come first


class Picture:
    def __init__(self, store: Store, pack: Pack | None = None, bring: bool = True) -> None:
        self.store = store
        self.pack = pack or load_pack()
        self.index = self.pack.alias_index()
        self.resolved: Resolved | None = bring_up_to_date(store, self.pack) if bring else None

    # -- who is meant ----------------------------------------------------------------------------------------------
    def keys_named(self, name: str) -> list[str]:
        """The actor keys a user's name stands for: a pack spelling (any case or diacritics), a spelling the store
        holds, or a personal name the store holds under another spelling (same surname block)."""
        name = name.strip()
        if not name:
            return []
        folded = fold(name)
        keys = {e.id for spelling, e in self.index.items() if fold(spelling) == folded}
        keys.update(self.store.actor_keys_named(name))
        if not keys:
            people = self.store.surfaces_in_block(surname_block(name))
            keys.update(key for surface, key in people if same_person(surface, name))
        return sorted(keys)

    # -- reports ---------------------------------------------------------------------------------------------------
    def reports(self, part: Slice = Slice(), outlet: str | None = None, language: str | None = None,
                first: str | None = None, last: str | None = None, copies: bool | None = None,
                title: str | None = None) -> Page:
        return self.store.reports_page(part, outlet, language, first, last, copies, title)

    def mention_counts(self, page: Page) -> dict[str, int]:
        return self.store.mention_counts_in([d.id for d in page.items])

    # -- actors ----------------------------------------------------------------------------------------------------
    def actors(self, part: Slice = Slice(), types: frozenset[str] | None = None, name: str | None = None) -> Page:
        total, rows = self.store.actors_page(part, types or ACTOR_LABELS, name)
        return Page(rows, total, part.offset, part.limit)

    def actor_profile(self, key: str, newest: int = PROFILE_REPORTS) -> dict | None:
        """An actor's page: its names, quotes by it, claims that name it, the actors it shares reports with, its
        reports. All but the counts come from its `newest` reports, so that the page costs the same for the most
        reported actor of a large store as for a rare one."""
        found = self.store.actor(key)
        if found is None:
            return None
        mine = self.store.newest_documents_of(key, newest)
        keys = self.store.links_in(mine)
        docs = self.store.summaries(mine)
        co = Counter(k for _, k in {(doc, k) for (doc, _), k in keys.items() if k != key})
        quotes_by, claims_about = [], []
        for doc_id, a in self.store.attributions_in(mine):
            speaker = keys.get((doc_id, a.source_key)) if a.source_key else None
            if speaker == key:
                quotes_by.append((docs[doc_id], a))
            elif any(s in a.content for s in found.spellings):
                claims_about.append((docs[doc_id], a))
        names = self.store.actor_names([k for k, _ in co.most_common(15)])
        return {"actor": found, "quotes_by": quotes_by, "claims_about": claims_about,
                "co_occurring": [(k, names.get(k, k), c) for k, c in co.most_common(15) if c],
                "reports": [docs[d] for d in mine if d in docs], "shown_reports": len(mine)}

    def spellings(self, part: Slice, key: str, text: str | None = None, rule: str | None = None) -> Page:
        """Every way reports name an actor, each with why it is this actor: the report rules' readings
        ('surname_in_report'), then the joins across reports ('pack', 'same_person', 'user_merge'). Sorts: reports,
        spelling, steps; `text` keeps spellings holding it, `rule` those a rule of that name led to the actor."""
        tally = self.store.tally_of(key)
        short = self.store.shorthands_of(key)
        read_so = Counter()
        for surface, _, n in short:
            read_so[surface] += n
        reports = Tally.from_json(tally).reports if tally else Counter()
        found = [*short, *((s, (), n - read_so[s]) for s, n in reports.items() if n > read_so[s])]
        names = {key} | {s for s, _, _ in found} | {name for _, steps, _ in found for _, name in steps}
        to = paths(self.store.joins_around(names))(key)
        ways = []
        for surface, steps, n in found:
            name = steps[-1][1] if steps else surface
            ways.append(Spelling(surface, n, steps + to.get(name, ()), name in to))
        if text:
            ways = [w for w in ways if text.casefold() in w.surface.casefold()]
        if rule:
            ways = [w for w in ways if any(r == rule for r, _ in w.steps)]
        ways.sort(key=lambda w: (w.surface.casefold(), w.steps))  # ties stay in this order, whichever way sorted
        order = {"spelling": lambda w: w.surface.casefold(), "steps": lambda w: len(w.steps)}.get(
            part.sort, lambda w: w.reports)
        ways.sort(key=order, reverse=part.descending)
        return Page(ways[part.offset:part.offset + part.limit], len(ways), part.offset, part.limit)

    def likely_same(self, actor: Actor, limit: int = 8) -> list[Actor]:
        """Other actors that may be this one under another spelling, for a person to merge: personal names of the
        same surname block that `same_person` accepts, or that are close once folded (rule `likely_same`). Pairs a
        person has already split are left out."""
        split = {frozenset((d.a, d.b)) for d in self.store.decisions() if d.kind == "split"}
        mine = set(actor.spellings) | {actor.name}
        keys = {key for surface, key in self.store.surfaces_in_block(surname_block(actor.name))
                if key != actor.key and not any(frozenset((surface, s)) in split for s in mine)
                and (same_person(surface, actor.name) or fuzz.ratio(fold(surface), fold(actor.name)) >= LIKELY_SAME)}
        found = [a for a in (self.store.actor(k) for k in sorted(keys)) if a is not None]
        return sorted(found, key=lambda a: -a.documents)[:limit]

    def evidence(self, chosen: list[Actor]) -> list[tuple[Actor, str, str, int, int, str]]:
        """For each actor, its first mention in the newest report that names it: (actor, doc, title, start, end,
        sentence)."""
        out = []
        for actor in chosen:
            newest = self.store.newest_documents_of(actor.key, 1)
            if not newest:
                continue
            doc = self.store.get(newest[0])
            keys = self.store.links_in(newest)
            row = min((m for m in self.store.findings(doc.id).mentions if keys.get((doc.id, m.text)) == actor.key),
                      key=lambda m: m.start, default=None)
            if row is not None:
                out.append((actor, doc.id, doc.title, row.start, row.end,
                            " ".join(self.store.sentence_text(doc.id, row.sentence).split())))
        return out

    # -- statements, one by one (the CLI's quotes and claims) ------------------------------------------------------
    def statements(self, direct: bool | None = None, by: str | None = None,
                   hedged: bool | None = None) -> list[tuple[ReportSummary, Attribution]]:
        """Quotes and claims with their reports, newest report first. `by` names a source under any spelling, or
        any part of a free-text source ('defence briefing')."""
        wanted = set(self.keys_named(by)) if by else set()
        docs = self.store.summaries_all()
        order = {doc_id: n for n, doc_id in enumerate(docs)}
        keys = self.store.links_in() if by else {}
        rows = []
        for doc_id, a in self.store.attributions():
            if direct is not None and a.direct != direct:
                continue
            if hedged is not None and a.hedged != hedged:
                continue
            if by and not (keys.get((doc_id, a.source_key)) in wanted or by.lower() in a.source.lower()):
                continue
            rows.append((docs[doc_id], a))
        return sorted(rows, key=lambda r: (order[r[0].id], r[1].content_start))

    def latest_quote_per_speaker(self) -> list[tuple[ReportSummary, Attribution]]:
        """One quote per speaker (an actor under all its spellings counts once), newest report first."""
        keys = self.store.links_in()
        one_each: dict[str, tuple] = {}
        for doc, quote in self.statements(direct=True):
            if quote.source:
                speaker = keys.get((doc.id, quote.source_key)) if quote.source_key else None
                one_each.setdefault(speaker or quote.source, (doc, quote))
        return list(one_each.values())

    # -- claims across reports -------------------------------------------------------------------------------------
    def claims(self, part: Slice = Slice(), by: str | None = None, outlet: str | None = None,
               first: str | None = None, last: str | None = None, hedged: bool | None = None,
               about: str | None = None) -> Page:
        """Claim groups, most independent sources first: `by` keeps a source under any spelling (or any part of a
        free-text source), `about` claims whose content names it."""
        keys = self.keys_named(by) if by else None
        total, rows = self.store.claims_page(part, keys, by, outlet, first, last, hedged, about)
        shown = self.store.claim_evidence([r.id for r in rows])
        docs = self.store.summaries({d for found in shown.values() for d, _ in found})
        names = self.store.actor_names({r.source_key for r in rows})
        groups = []
        for r in rows:
            groups.append(ClaimGroup(names.get(r.source_key, r.source), r.source_key, r.content,
                                     [(docs[d], a) for d, a in shown[r.id] if d in docs], r.independent, r.first_seen,
                                     r.hedged, list(_json(r.hedges)), report_count=r.reports))
        return Page(groups, total, part.offset, part.limit)

    def claim_counts(self) -> tuple[int, int]:
        return self.store.claims_total()

    # -- figures ---------------------------------------------------------------------------------------------------
    def series(self, part: Slice = Slice(), measure: str | None = None) -> Page:
        """Measures reported at least twice, most points first; each with its newest points, the changes between
        them and the conflicts among them."""
        total, rows = self.store.measures_page(part, measure)
        found = self._series_of([r.measure for r in rows])
        out = []
        for r in rows:
            series = found[r.measure] or Series(r.measure)
            series.measure, series.total_points = r.measure, r.points
            out.append(series)
        return Page(out, total, part.offset, part.limit)

    def series_of(self, measure: str) -> Series | None:
        """One measure's series from its newest points (None when they make none)."""
        return self._series_of([measure])[measure]

    def _series_of(self, measures: list[str]) -> dict[str, Series | None]:
        """Each measure's series from its newest points, copies of one report counted as one source."""
        points = {m: self.store.series_points(m) for m in measures}
        docs = self.store.summaries({d for found in points.values() for d, _, _ in found})
        family = families(list(docs), [CopyLink(c, o, 1.0) for c, o in self.store.copy_links_of(list(docs))])
        out: dict[str, Series | None] = {}
        for m in measures:
            found = figure_series([(docs[d], replace(q, measure=m)) for d, q, _ in points[m] if d in docs], family)
            out[m] = found[0] if found else None
        return out

    def figures(self, part: Slice = Slice(), measure: str | None = None, counted: str | None = None,
                first: str | None = None, last: str | None = None) -> Page:
        """Figures one by one, with their reports."""
        total, rows = self.store.figures_page(part, measure, counted, first, last)
        docs = self.store.summaries({d for d, _ in rows})
        return Page([(docs[d], q) for d, q in rows if d in docs], total, part.offset, part.limit)

    # -- timeline --------------------------------------------------------------------------------------------------
    def timeline(self, part: Slice = Slice(descending=False), first: str | None = None, last: str | None = None,
                 actor: str | None = None, multi: bool = False) -> Page:
        keys = self.keys_named(actor) if actor else None
        total, rows = self.store.timeline_page(part, first, last, keys, actor, multi)
        sources = self.store.entry_sources([r.id for r in rows])
        entries = []
        for r in rows:
            shown = [TimelineSource(s.doc_id, s.title or f"(untitled report {s.doc_id[:8]})", s.outlet, s.published,
                                    s.start, s.end, s.what) for s in sources[r.id]]
            entries.append(TimelineEntry(r.date, r.what, list(_json(r.actors)), shown, set(_json(r.keys)),
                                         source_count=r.sources))
        return Page(entries, total, part.offset, part.limit)

    # -- copies ----------------------------------------------------------------------------------------------------
    def copies(self, part: Slice = Slice(), outlet: str | None = None) -> Page:
        total, rows = self.store.copies_page(part, outlet)
        return Page(list(rows), total, part.offset, part.limit)

    def copy_links(self) -> list[CopyLink]:
        return self.store.copy_links()

    # -- search ----------------------------------------------------------------------------------------------------
    def search(self, query: str, part: Slice = Slice(limit=20)) -> SearchResult:
        """Full-text search; a query that names an actor finds the reports that name it under any spelling."""
        query = query.strip()
        if not query:
            return SearchResult(Page([], 0, part.offset, part.limit))
        keys = self.keys_named(query)
        actor = self.store.actor(keys[0]) if keys else None
        spellings: list[str] = []
        if keys:
            spellings = list(dict.fromkeys([*self.store.spellings_of(keys),
                                            *(s for s, e in self.index.items() if e.id in keys)]))
        rest = "" if spellings else query
        ids = self.store.search_ids(rest, spellings, SEARCH_COUNTED)
        # rule `newest_when_many`: when more reports match than are counted, ranking them all would cost the whole
        # store; the newest come first, and the page says so
        many = len(ids) >= SEARCH_COUNTED
        hits: list[SearchHit] = self.store.search(rest, part.limit, part.offset, spellings, by_rank=not many)
        return SearchResult(Page(hits, len(ids), part.offset, part.limit), actor, spellings,
                     self._named_facets(ids[:SEARCH_FACETED]), many)

    def _named_facets(self, ids: list[str]) -> dict[str, list[tuple[str, int]]]:
        facets = self.store.facets(ids)
        names = self.store.actor_names([k for k, _ in facets["actor"]])
        facets["actor"] = [(names.get(k, k), n) for k, n in facets["actor"]]
        return facets

    # -- the whole picture (the briefing, exports) -----------------------------------------------------------------
    def every(self, method, *args, limit: int = ALL, **kwargs) -> list:
        """Every item of a paged list, read a page at a time."""
        out, offset = [], 0
        sort, descending = kwargs.pop("sort", ""), kwargs.pop("descending", True)
        while True:
            page = method(Slice(offset, limit, sort, descending), *args, **kwargs)
            out += page.items
            if page.next_offset is None:
                return out
            offset = page.next_offset

    def briefing(self, actor: str | None = None) -> Briefing:
        """Everything the briefing shows, for the whole store or for one actor."""
        if actor:  # the actor under any spelling, and those whose names hold the words given
            named = [self.store.actor(k) for k in self.keys_named(actor)] + self.actors(Slice(0, 25), name=actor).items
            found = list({a.key: a for a in named if a is not None}.values())
        else:
            found = self.actors(Slice(0, 25)).items
        hedged = self.statements(hedged=True)
        if actor:
            hedged = [(d, a) for d, a in hedged if actor.lower() in f"{a.source} {a.content}".lower()]
        return Briefing(
            documents=self.every(self.reports),
            actors=found[:25],
            claims=self.every(self.claims, by=actor) if actor else self.every(self.claims),
            series=self.every(self.series),
            timeline=self.every(self.timeline, actor=actor, descending=False),
            copies=self.copy_links(),
            hedged=hedged,
            actor=actor,
        )


def _json(value: str):
    return json.loads(value) if value else []
