"""The pages for people: every list one page at a time, sortable by its column headings and filtered by a form.
Report text is untrusted: the templates autoescape, and the timeline SVG escapes its own strings."""

from __future__ import annotations

import os
import tempfile
from typing import Annotated, Any
from urllib.parse import quote

from fastapi import APIRouter, File, Form, HTTPException, Query, Request, UploadFile
from fastapi.responses import FileResponse, HTMLResponse, RedirectResponse
from markupsafe import Markup
from starlette.background import BackgroundTask

from dossier.changes import changes as what_changed
from dossier.changes import since_moment
from dossier.errors import DossierError
from dossier.model import AliasDecision, Slice
from dossier.report.briefing import render_briefing
from dossier.report.exports import FORMATS, export
from dossier.report.timeline_chart import timeline_svg
from dossier.resolve.join_rules import SAID_RULES
from dossier.web.context import TEMPLATES, Context, date_filter, report_or_404
from dossier.web.highlight import marks_for, segments
from dossier.web.listing import Nav, slice_of
from dossier.web.uploads import decide, ingest_upload

From = Annotated[str | None, Query(alias="from")]
To = Annotated[str | None, Query(alias="to")]
_EXPORT_TYPES = {"jsonl": "application/x-ndjson", "csv": "text/csv", "graphml": "application/xml",
                 "ftm": "application/x-ndjson"}


def page_routes(ctx: Context) -> APIRouter:
    router = APIRouter(include_in_schema=False)

    def page(request: Request, template: str, **context: Any) -> HTMLResponse:
        return TEMPLATES.TemplateResponse(request, template, context)

    def nav(request: Request, found, part: Slice) -> Nav:
        return Nav(request, found, part.sort, part.descending)

    @router.get("/", response_class=HTMLResponse)
    def reports_page(request: Request, outlet: str | None = None, start: From = None, end: To = None,
                     language: str | None = None, title: str | None = None):
        part = slice_of(request, ("published", "title", "outlet", "words", "language"))
        with ctx.picture() as view:
            found = view.reports(part, outlet, language, date_filter(start), date_filter(end), None, title)
            counts = view.mention_counts(found)
            outlets, languages = view.store.outlets_and_languages()
        return page(request, "reports.html", docs=found.items, nav=nav(request, found, part), counts=counts,
                    outlets=outlets, languages=languages, outlet=outlet, start=start, end=end, language=language,
                    title=title)

    @router.get("/reports/{doc_id}", response_class=HTMLResponse)
    def report_page(request: Request, doc_id: str):
        with ctx.picture() as view:
            doc, findings = report_or_404(view, doc_id)
            actor_of = {surface: key for (_, surface), key in view.store.links_in([doc.id]).items()}
        return page(request, "report.html", doc=doc, findings=findings,
                    segments=segments(doc.text, marks_for(findings, actor_of),
                                      frozenset(e.start for e in findings.events)))

    @router.get("/actors", response_class=HTMLResponse)
    def actors_page(request: Request, type: str | None = None, name: str | None = None):
        part = slice_of(request, ("reports", "mentions", "name", "type"))
        with ctx.picture() as view:
            found = view.actors(part, frozenset({type.upper()}) if type else None, name)
        return page(request, "actors.html", actors=found.items, nav=nav(request, found, part), type=type, name=name)

    @router.get("/actors/{key}", response_class=HTMLResponse)
    def actor_page(request: Request, key: str, decided: str | None = None):
        with ctx.picture() as view:
            profile = view.actor_profile(key)
            if profile is None:
                raise HTTPException(404, f"no actor '{key}' in this store")
            likely = view.likely_same(profile["actor"])
        return page(request, "actor.html", **profile, likely=likely, csrf=ctx.csrf, decided=decided)

    @router.get("/actors/{key}/spellings", response_class=HTMLResponse)
    def spellings_page(request: Request, key: str, text: str | None = None, rule: str | None = None):
        """Every spelling of an actor, and the named rules that made it this actor."""
        part = slice_of(request, ("reports", "spelling", "steps"))
        with ctx.picture() as view:
            actor = view.store.actor(key)
            if actor is None:
                raise HTTPException(404, f"no actor '{key}' in this store")
            found = view.spellings(part, key, text, rule)
        return page(request, "spellings.html", actor=actor, rows=found.items, nav=nav(request, found, part),
                    text=text, rule=rule, rules=SAID_RULES)

    @router.post("/alias")
    async def alias_form(key: Annotated[str, Form()], kind: Annotated[str, Form()], other: Annotated[str, Form()],
                         form_token: Annotated[str, Form(alias="csrf")] = ""):
        """A person's decision that this actor and another name are one (merge) or two (split): stored as
        `dossier alias` stores it, and the picture made anew by a writer process."""
        ctx.check_form(form_token, "open the actor's page again")
        if kind not in ("merge", "split") or not other.strip() or len(other) > 300:
            raise HTTPException(400, "a decision is 'merge' or 'split' with another actor's name")
        with ctx.picture() as view:
            actor = view.store.actor(key)
        if actor is None:
            raise HTTPException(404, f"no actor '{key}' in this store")
        decide(ctx.db, AliasDecision(kind, actor.name, other.strip()))
        return RedirectResponse(f"/actors/{quote(key, safe='')}?decided={kind}", status_code=303)

    @router.get("/timeline", response_class=HTMLResponse)
    def timeline_page(request: Request, actor: str | None = None, start: From = None, end: To = None,
                      multi: bool = False):
        part = slice_of(request, ("date", "sources"), default_descending=False)
        with ctx.picture() as view:
            found = view.timeline(part, date_filter(start), date_filter(end), actor, multi)
        chart = Markup(timeline_svg(found.items, "Timeline" + (f": {actor}" if actor else ""),  # escapes its own text
                                    link=lambda source: f"/reports/{source.doc_id}#at{source.start}"))
        return page(request, "timeline.html", entries=found.items, nav=nav(request, found, part), chart=chart,
                    actor=actor, start=start, end=end, multi=multi)

    @router.get("/figures", response_class=HTMLResponse)
    def figures_page(request: Request, about: str | None = None):
        part = slice_of(request, ("points", "measure", "latest"), limit=10)
        with ctx.picture() as view:
            found = view.series(part, about)
        return page(request, "figures.html", series=found.items, nav=nav(request, found, part), about=about)

    @router.get("/figures/points", response_class=HTMLResponse)
    def points_page(request: Request, measure: str | None = None, counted: str | None = None, start: From = None,
                    end: To = None):
        part = slice_of(request, ("report", "when", "value", "measure"))
        with ctx.picture() as view:
            found = view.figures(part, measure, counted, date_filter(start), date_filter(end))
        return page(request, "points.html", rows=found.items, nav=nav(request, found, part), measure=measure,
                    counted=counted, start=start, end=end)

    @router.get("/claims", response_class=HTMLResponse)
    def claims_page(request: Request, hedged: bool = False, by: str | None = None, outlet: str | None = None,
                    about: str | None = None, start: From = None, end: To = None):
        part = slice_of(request, ("independent", "reports", "first_seen", "last_seen", "source"))
        with ctx.picture() as view:
            found = view.claims(part, by, outlet, date_filter(start), date_filter(end), True if hedged else None, about)
            groups, statements = view.claim_counts()
        return page(request, "claims.html", groups=found.items, nav=nav(request, found, part), hedged=hedged, by=by,
                    outlet=outlet, about=about, start=start, end=end, all_groups=groups, statements=statements)

    @router.get("/copies", response_class=HTMLResponse)
    def copies_page(request: Request, outlet: str | None = None):
        part = slice_of(request, ("containment", "copy", "original"))
        with ctx.picture() as view:
            found = view.copies(part, outlet)
        return page(request, "copies.html", rows=found.items, nav=nav(request, found, part), outlet=outlet)

    @router.get("/search", response_class=HTMLResponse)
    def search_page(request: Request, q: str = ""):
        part = slice_of(request, ("rank",), limit=20)
        with ctx.picture() as view:
            found = view.search(q[:500], part)
        return page(request, "search.html", q=q, found=found, hits=found.hits.items, nav=nav(request, found.hits, part))

    @router.get("/changes", response_class=HTMLResponse)
    def changes_page(request: Request, since: str | None = None):
        try:
            moment = since_moment(since) if since else None
        except DossierError as exc:
            return page(request, "changes.html", since=since, found=None, error=str(exc))
        with ctx.picture() as view:
            found = what_changed(view, moment) if moment else None
        return page(request, "changes.html", since=since or "", found=found, error=None)

    @router.get("/briefing", response_class=HTMLResponse)
    def briefing_page(actor: str | None = None):
        with ctx.picture() as view:
            return HTMLResponse(render_briefing(view.briefing(actor or None), "html"))

    @router.get("/exports", response_class=HTMLResponse)
    def exports_page(request: Request):
        return page(request, "exports.html", formats=FORMATS)

    @router.get("/exports/{fmt}")
    def export_file(fmt: str):
        if fmt not in FORMATS:
            raise HTTPException(404, f"no export format '{fmt}'; there are {', '.join(FORMATS)}")
        # written to a file and streamed from it: a large store's export need not fit in memory
        with tempfile.NamedTemporaryFile("w", encoding="utf-8", newline="", suffix=f".{fmt}", delete=False) as out:
            with ctx.picture() as view:
                export(view.store, ctx.pack, fmt, out)
        return FileResponse(out.name, media_type=_EXPORT_TYPES.get(fmt, "text/plain"), filename=f"dossier.{fmt}",
                            background=BackgroundTask(os.unlink, out.name))

    @router.get("/add", response_class=HTMLResponse)
    def add_page(request: Request):
        return page(request, "add.html", summary=None, error=None, limit=ctx.max_upload_bytes, csrf=ctx.csrf)

    @router.post("/add", response_class=HTMLResponse)
    async def add_form(request: Request, files: Annotated[list[UploadFile] | None, File()] = None,
                       text: Annotated[str, Form()] = "", title: Annotated[str, Form()] = "",
                       published: Annotated[str, Form()] = "", outlet: Annotated[str, Form()] = "",
                       form_token: Annotated[str, Form(alias="csrf")] = ""):
        try:
            ctx.check_form(form_token, "open /add again and resend")
            summary = await ingest_upload(ctx, files or [], text, title, published, outlet)
        except HTTPException as exc:
            return TEMPLATES.TemplateResponse(request, "add.html", {"summary": None, "error": exc.detail, "csrf": ctx.csrf,
                                                                    "limit": ctx.max_upload_bytes},
                                              status_code=exc.status_code)
        return page(request, "add.html", summary=summary, error=None, limit=ctx.max_upload_bytes, csrf=ctx.csrf)

    return router
