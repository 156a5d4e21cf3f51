"""`dossier serve`: pages for people and a JSON API for programs, over one store, offline.

Report text is untrusted: pages are Jinja2 templates with autoescaping, the timeline SVG escapes its own strings,
and nothing is loaded from outside the machine. Bound to localhost by default; bound elsewhere, every request must
carry the token.
"""

from __future__ import annotations

import hmac
import os
import re
import secrets
import tempfile
from dataclasses import asdict
from pathlib import Path
from typing import Annotated, Any

from fastapi import FastAPI, File, Form, HTTPException, Query, Request, UploadFile
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.templating import Jinja2Templates
from markupsafe import Markup

from dossier import picture
from dossier.crossdoc import bring_up_to_date
from dossier.errors import DocumentNotFound
from dossier.model import Document
from dossier.packs import load_pack
from dossier.read.decode import DEFAULT_MAX_BYTES
from dossier.report.timeline_chart import timeline_svg
from dossier.store import Store, open_store
from dossier.web.guard import Guard, allowed_hosts
from dossier.web.highlight import marks_for, segments
from dossier.web.uploads import UPLOAD_PREFIX, add_in_writer, clear_old_uploads

TEMPLATES = Jinja2Templates(directory=str(Path(__file__).parent / "templates"))
TOKEN_COOKIE = "dossier_token"


def create_app(db: str, token: str | None = None, max_upload_bytes: int = DEFAULT_MAX_BYTES,
               host: str | None = None) -> FastAPI:
    """The app over the store at `db`. Its requests only read; reports are added by a `dossier add` process of
    their own (the writer, which links them across reports), so a slow or hostile upload delays no page. `host` is
    the address it is bound to, which the Host header may name beside loopback."""
    # No /docs or /redoc: FastAPI serves them from a CDN, and every page here must work offline.
    app = FastAPI(title="dossier", version="0.1.0", docs_url=None, redoc_url=None,
                  description="Evidence-linked picture of a situation from news reports: reports, actors, quotes "
                              "and claims, figures, timeline.")
    pack = load_pack()
    csrf = secrets.token_urlsafe(24)  # the upload form carries it; a page from another site cannot read it
    with open_store(db) as writer:  # links brought up to date once, here, so that no request has to write
        bring_up_to_date(writer, pack)
    clear_old_uploads()

    def store() -> Store:
        opened = open_store(db)
        opened.read_only = True
        return opened

    @app.middleware("http")
    async def require_token(request: Request, call_next):
        if token is None:
            return await call_next(request)
        given = (request.headers.get("authorization", "").removeprefix("Bearer ").strip()
                 or request.query_params.get("token") or request.cookies.get(TOKEN_COOKIE) or "")
        if not hmac.compare_digest(given.encode("utf-8", "replace"), token.encode("utf-8")):
            return JSONResponse({"detail": "this dossier server needs its token: open the URL it printed, or send "
                                           "'Authorization: Bearer TOKEN'"}, status_code=401)
        response = await call_next(request)
        if request.query_params.get("token"):
            response.set_cookie(TOKEN_COOKIE, token, httponly=True, samesite="strict")
        return response

    def page(request: Request, name: str, **context: Any) -> HTMLResponse:
        return TEMPLATES.TemplateResponse(request, name, context)

    # -- data shared by pages and API -------------------------------------------------------------------------
    def reports(outlet: str | None, start: str | None, end: str | None, language: str | None) -> list[Document]:
        with store() as s:
            docs = s.documents()
        return [d for d in docs if (not outlet or (d.outlet or "") == outlet) and (not language or d.language == language)
                and (not start or (d.published or "") >= start) and (not end or (d.published or "9999") <= end)]

    def report(doc_id: str) -> tuple[Document, Any, dict[str, str]]:
        with store() as s:
            try:
                doc = s.get(doc_id)
            except DocumentNotFound as exc:
                raise HTTPException(404, str(exc)) from exc
            findings = s.findings(doc.id)
            keys = picture._actor_keys(s, pack)
        actor_of = {surface: key for (d, surface), key in keys.items() if d == doc.id}
        return doc, findings, actor_of

    def actor(key: str) -> dict:
        with store() as s:
            profile = picture.actor_profile(s, pack, key)
        if profile is None:
            raise HTTPException(404, f"no actor '{key}' in this store")
        return profile

    # -- pages ---------------------------------------------------------------------------------------------------
    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def reports_page(request: Request, outlet: str | None = None, start: Annotated[str | None, Query(alias="from")] = None,
                     end: Annotated[str | None, Query(alias="to")] = None, language: str | None = None):
        with store() as s:
            every = s.documents()
            counts = picture.mention_counts(s)
        docs = reports(outlet, start, end, language)
        return page(request, "reports.html", docs=docs, counts=counts, outlets=sorted({d.outlet for d in every if d.outlet}),
                    languages=sorted({d.language for d in every}), outlet=outlet, start=start, end=end, language=language)

    @app.get("/reports/{doc_id}", response_class=HTMLResponse, include_in_schema=False)
    def report_page(request: Request, doc_id: str):
        doc, findings, actor_of = report(doc_id)
        return page(request, "report.html", doc=doc, findings=findings,
                    segments=segments(doc.text, marks_for(findings, actor_of),
                                      frozenset(e.start for e in findings.events)))

    @app.get("/actors", response_class=HTMLResponse, include_in_schema=False)
    def actors_page(request: Request):
        with store() as s:
            found = picture.actors(s, pack)
        return page(request, "actors.html", actors=found)

    @app.get("/actors/{key}", response_class=HTMLResponse, include_in_schema=False)
    def actor_page(request: Request, key: str):
        return page(request, "actor.html", **actor(key))

    @app.get("/timeline", response_class=HTMLResponse, include_in_schema=False)
    def timeline_page(request: Request, actor: str | None = None,
                      start: Annotated[str | None, Query(alias="from")] = None,
                      end: Annotated[str | None, Query(alias="to")] = None, multi: bool = False):
        with store() as s:
            entries = picture.timeline(s, pack, _date(start), _date(end), actor, multi)
        chart = Markup(timeline_svg(entries, "Timeline" + (f": {actor}" if actor else ""),  # escapes its own text
                                    link=lambda source: f"/reports/{source.doc_id}#at{source.start}"))
        return page(request, "timeline.html", entries=entries, chart=chart, actor=actor, start=start, end=end,
                    multi=multi)

    @app.get("/figures", response_class=HTMLResponse, include_in_schema=False)
    def figures_page(request: Request, about: str | None = None):
        with store() as s:
            found = picture.series(s, about)
            rows = picture.figures(s, about)
        return page(request, "figures.html", series=found, rows=rows, about=about)

    @app.get("/claims", response_class=HTMLResponse, include_in_schema=False)
    def claims_page(request: Request, hedged: bool = False):
        with store() as s:
            groups = picture.claim_groups(s, pack)
            links = picture.copies(s)
            docs = {d.id: d for d in s.documents()}
        if hedged:
            groups = [g for g in groups if g.hedged]
        return page(request, "claims.html", groups=groups, links=links, docs=docs, hedged=hedged)

    @app.get("/search", response_class=HTMLResponse, include_in_schema=False)
    def search_page(request: Request, q: str = ""):
        with store() as s:
            hits = s.search(q) if q.strip() else []
        return page(request, "search.html", q=q, hits=hits)

    @app.get("/add", response_class=HTMLResponse, include_in_schema=False)
    def add_page(request: Request):
        return page(request, "add.html", summary=None, error=None, limit=max_upload_bytes, csrf=csrf)

    @app.post("/add", response_class=HTMLResponse, include_in_schema=False)
    async def add_form(request: Request, files: Annotated[list[UploadFile] | None, File()] = None,
                       text: Annotated[str, Form()] = "", title: Annotated[str, Form()] = "",
                       published: Annotated[str, Form()] = "", outlet: Annotated[str, Form()] = "",
                       form_token: Annotated[str, Form(alias="csrf")] = ""):
        try:
            if not hmac.compare_digest(form_token.encode("utf-8", "replace"), csrf.encode()):
                raise HTTPException(403, "the form is stale or came from another page: open /add again and resend")
            summary = await _ingest_upload(files or [], text, title, published, outlet)
        except HTTPException as exc:
            return TEMPLATES.TemplateResponse(request, "add.html", {"summary": None, "error": exc.detail, "csrf": csrf,
                                                                    "limit": max_upload_bytes}, status_code=exc.status_code)
        return page(request, "add.html", summary=summary, error=None, limit=max_upload_bytes, csrf=csrf)

    # -- API -------------------------------------------------------------------------------------------------------
    @app.get("/api/reports", tags=["reports"])
    def api_reports(outlet: str | None = None, start: Annotated[str | None, Query(alias="from")] = None,
                    end: Annotated[str | None, Query(alias="to")] = None, language: str | None = None) -> list[dict]:
        """Stored reports, newest first, without their text."""
        return [_doc_json(d, text=False) for d in reports(outlet, start, end, language)]

    @app.get("/api/reports/{doc_id}", tags=["reports"])
    def api_report(doc_id: str) -> dict:
        """One report with its clean text and every finding (spans into the text)."""
        doc, findings, _ = report(doc_id)
        data = _doc_json(doc)
        for name in ("sentences", "mentions", "attributions", "quantities", "times", "events"):
            data[name] = [asdict(x) for x in getattr(findings, name)]
        return data

    @app.post("/api/reports", tags=["reports"], status_code=201)
    async def api_add(files: Annotated[list[UploadFile] | None, File()] = None, text: Annotated[str, Form()] = "",
                      title: Annotated[str, Form()] = "", published: Annotated[str, Form()] = "",
                      outlet: Annotated[str, Form()] = "") -> dict:
        """Add reports: upload files (txt, md, html, jsonl) or paste text; each is read, extracted and stored."""
        return await _ingest_upload(files or [], text, title, published, outlet)

    @app.get("/api/actors", tags=["actors"])
    def api_actors(type: str | None = None, limit: Annotated[int, Query(ge=1, le=1000)] = 100) -> list[dict]:
        """Actors with every spelling, mention and report counts."""
        with store() as s:
            found = picture.actors(s, pack)
        return [asdict(a) for a in found if not type or a.type == type.upper()][:limit]

    @app.get("/api/actors/{key}", tags=["actors"])
    def api_actor(key: str) -> dict:
        """One actor: names, quotes by it, claims about it, co-occurring actors, reports."""
        profile = actor(key)
        return {
            "actor": asdict(profile["actor"]),
            "quotes_by": [_attribution_json(d, a) for d, a in profile["quotes_by"]],
            "claims_about": [_attribution_json(d, a) for d, a in profile["claims_about"]],
            "co_occurring": [{"key": k, "name": n, "reports": c} for k, n, c in profile["co_occurring"]],
            "reports": [_doc_json(d, text=False) for d in profile["reports"]],
        }

    @app.get("/api/timeline", tags=["timeline"])
    def api_timeline(actor: str | None = None, start: Annotated[str | None, Query(alias="from")] = None,
                     end: Annotated[str | None, Query(alias="to")] = None, multi: bool = False) -> list[dict]:
        """Dated events across reports; one entry per happening, with every report that tells it (`multi`: only
        those several reports tell)."""
        with store() as s:
            entries = picture.timeline(s, pack, _date(start), _date(end), actor, multi)
        return [{"date": e.date, "what": e.what, "actors": e.actors, "sources": [asdict(x) for x in e.sources]}
                for e in entries]

    @app.get("/api/figures", tags=["figures"])
    def api_figures(about: str | None = None) -> list[dict]:
        """Figures grouped by measure over time, with changes and conflicts."""
        with store() as s:
            found = picture.series(s, about)
        return [{"measure": x.measure, "points": [_point(p) for p in x.points],
                 "changes": [[_point(a), _point(b)] for a, b in x.changes],
                 "conflicts": [{"points": [_point(c.first), _point(c.second)], "why": c.why} for c in x.conflicts]} for x in found]

    @app.get("/api/claims", tags=["claims"])
    def api_claims(hedged: bool = False) -> list[dict]:
        """Claims across reports with independent sources (copies count once), first sighting and hedges."""
        with store() as s:
            groups = picture.claim_groups(s, pack)
        return [{"source": g.source, "content": g.content, "independent_sources": g.independent,
                 "reports": [_attribution_json(d, a) for d, a in g.reports], "first_seen": g.first_seen,
                 "hedged": g.hedged, "hedges": g.hedges} for g in groups if g.hedged or not hedged]

    @app.get("/api/copies", tags=["claims"])
    def api_copies() -> list[dict]:
        """Reports that copy or rewrite another, with the original."""
        with store() as s:
            return [asdict(link) for link in picture.copies(s)]

    @app.get("/api/search", tags=["reports"])
    def api_search(q: Annotated[str, Query(max_length=500)] = "", limit: Annotated[int, Query(ge=1, le=200)] = 20) -> list[dict]:
        """Full-text search over clean text; the snippet marks hits with [ ]."""
        with store() as s:
            hits = s.search(q, limit)
        return [{"id": h.doc_id, "title": h.title, "snippet": h.snippet.replace("\x02", "[").replace("\x03", "]")}
                for h in hits]

    async def _ingest_upload(files: list[UploadFile], text: str, title: str, published: str, outlet: str) -> dict:
        if not files and not text.strip():
            raise HTTPException(400, "nothing to add: upload a file or paste the report's text")
        with tempfile.TemporaryDirectory(prefix=f"{UPLOAD_PREFIX}{os.getpid()}-") as tmp:
            paths = []
            total = 0
            for n, upload in enumerate(files):
                data = await upload.read(max_upload_bytes + 1)
                total += len(data)
                if len(data) > max_upload_bytes or total > max_upload_bytes:
                    raise HTTPException(413, f"{upload.filename or 'upload'} is over the {max_upload_bytes:,}-byte "
                                             "upload limit; split it or raise the limit with --max-bytes")
                path = Path(tmp) / f"{n:03d}-{_safe_name(upload.filename or 'upload.txt')}"
                path.write_bytes(data)
                paths.append(str(path))
            if text.strip():
                if len(text.encode()) > max_upload_bytes:
                    raise HTTPException(413, f"the pasted text is over the {max_upload_bytes:,}-byte limit")
                path = Path(tmp) / "pasted.txt"
                path.write_text(f"{title.strip()}\n\n{text}" if title.strip() else text, encoding="utf-8")
                paths.append(str(path))
            found = await add_in_writer(db, paths, max_upload_bytes, _date(published), outlet.strip() or None)
        with store() as s:
            headings = {d.id: d.heading for d in s.documents_by_id([a["id"] for a in found["added"]])}
        return {
            "added": [{"id": a["id"], "title": a["title"], "heading": headings.get(a["id"], a["title"]),
                       "language": a["language"]} for a in found["added"]],
            "unchanged": [{"id": u["id"], "title": u["title"]} for u in found["unchanged"]],
            "failed": [{"source": re.sub(r"^.*/\d{3}-", "", f["source"]), "reason": f["reason"]} for f in found["failed"]],
        }

    app.add_middleware(Guard, hosts=allowed_hosts(host), max_body=max_upload_bytes, form_paths=["/add"])  # outermost: sees requests first
    return app


def _date(value: str | None) -> str | None:
    """A date filter as given, if it is one (YYYY, YYYY-MM or YYYY-MM-DD); anything else is ignored."""
    return value if value and re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value.strip()) else None


def _safe_name(name: str) -> str:
    return re.sub(r"[^\w.-]", "_", Path(name).name)[:80] or "upload.txt"


def _doc_json(doc: Document, text: bool = True) -> dict:
    data = asdict(doc)
    if not text:
        data.pop("text")
    return data


def _attribution_json(doc: Document, a) -> dict:
    return {"document": doc.id, "title": doc.title, "outlet": doc.outlet, "published": doc.published, **asdict(a)}


def _point(p) -> dict:
    return {"text": p.quantity.text, "value": p.quantity.value, "bound": p.quantity.bound, "when": p.when,
            "document": p.doc.id, "outlet": p.doc.outlet, "start": p.quantity.start, "end": p.quantity.end}
