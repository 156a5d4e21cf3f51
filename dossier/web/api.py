"""The JSON API: every list paginated (offset, limit up to 500, sort, order), its total in X-Total-Count and its
next and previous pages in the Link header; records in the shapes of `dossier.report.serialise`."""

from __future__ import annotations

from dataclasses import asdict
from typing import Annotated

from fastapi import APIRouter, File, Form, HTTPException, Query, Request, Response, UploadFile

from dossier.report import serialise
from dossier.web.context import Context, date_filter, report_or_404
from dossier.web.listing import paged, slice_of
from dossier.web.uploads import ingest_upload

From = Annotated[str | None, Query(alias="from", description="From this date (YYYY, YYYY-MM or YYYY-MM-DD).")]
To = Annotated[str | None, Query(alias="to", description="Up to this date.")]
PAGING = ("Paginated: `offset`, `limit` (1-500, default 50), `sort` and `order` (asc or desc); the total is in the "
          "X-Total-Count header and the next page in the Link header.")


def api_routes(ctx: Context) -> APIRouter:
    router = APIRouter(prefix="/api")

    @router.get("/reports", tags=["reports"], description=f"Stored reports without their text. {PAGING} Sorts: "
                                                            "published, title, outlet, words, language.")
    def api_reports(request: Request, response: Response, outlet: str | None = None, start: From = None, end: To = None,
                    language: str | None = None, copies: bool | None = None, title: str | None = None) -> list[dict]:
        part = slice_of(request, ("published", "title", "outlet", "words", "language"))
        with ctx.picture() as view:
            page = view.reports(part, outlet, language, date_filter(start), date_filter(end), copies, title)
        paged(response, request, page)
        return [serialise.report_json(d, text=False) for d in page.items]

    @router.get("/reports/{doc_id}", tags=["reports"])
    def api_report(doc_id: str) -> dict:
        """One report with its clean text and every finding (spans into the text)."""
        with ctx.picture() as view:
            doc, findings = report_or_404(view, doc_id)
        return serialise.report_json(doc, findings)

    @router.post("/reports", tags=["reports"], status_code=201)
    async def api_add(files: Annotated[list[UploadFile] | None, File()] = None, text: Annotated[str, Form()] = "",
                      title: Annotated[str, Form()] = "", published: Annotated[str, Form()] = "",
                      outlet: Annotated[str, Form()] = "") -> dict:
        """Add reports: upload files (txt, md, html, jsonl) or paste text; each is read, extracted, stored and linked
        across the store before the answer comes."""
        return await ingest_upload(ctx, files or [], text, title, published, outlet)

    @router.get("/actors", tags=["actors"], description=f"Actors with every spelling, mention and report counts. "
                                                          f"{PAGING} Sorts: reports, mentions, name, type.")
    def api_actors(request: Request, response: Response, type: str | None = None, name: str | None = None) -> list[dict]:
        part = slice_of(request, ("reports", "mentions", "name", "type"), limit=100)
        with ctx.picture() as view:
            page = view.actors(part, frozenset({type.upper()}) if type else None, name)
        paged(response, request, page)
        return [serialise.actor_json(a) for a in page.items]

    @router.get("/actors/{key}/spellings", tags=["actors"],
                description=f"Every spelling of an actor, in how many reports, and the steps (each a named rule and the "
                            f"name it leads to) that made it this actor. `text`: spellings holding it; `rule`: those a "
                            f"rule of that name led here. {PAGING} Sorts: reports, spelling, steps.")
    def api_spellings(request: Request, response: Response, key: str, text: str | None = None,
                      rule: str | None = None) -> list[dict]:
        part = slice_of(request, ("reports", "spelling", "steps"), limit=100)
        with ctx.picture() as view:
            if view.store.actor(key) is None:
                raise HTTPException(404, f"no actor '{key}' in this store")
            page = view.spellings(part, key, text, rule)
        paged(response, request, page)
        return [asdict(w) for w in page.items]

    @router.get("/actors/{key}", tags=["actors"])
    def api_actor(key: str) -> dict:
        """One actor: names, quotes by it, claims about it, co-occurring actors, reports (its newest 200)."""
        with ctx.picture() as view:
            profile = view.actor_profile(key)
        if profile is None:
            raise HTTPException(404, f"no actor '{key}' in this store")
        return {
            "actor": serialise.actor_json(profile["actor"]),
            "quotes_by": [serialise.attribution_json(d, a) for d, a in profile["quotes_by"]],
            "claims_about": [serialise.attribution_json(d, a) for d, a in profile["claims_about"]],
            "co_occurring": [{"key": k, "name": n, "reports": c} for k, n, c in profile["co_occurring"]],
            "reports": [serialise.report_json(d, text=False) for d in profile["reports"]],
        }

    @router.get("/timeline", tags=["timeline"], description="Dated events across reports; one entry per happening, "
                f"with the reports that tell it (`multi`: only those several tell). {PAGING} Sorts: date, sources.")
    def api_timeline(request: Request, response: Response, actor: str | None = None, start: From = None,
                     end: To = None, multi: bool = False) -> list[dict]:
        part = slice_of(request, ("date", "sources"), default_descending=False)
        with ctx.picture() as view:
            page = view.timeline(part, date_filter(start), date_filter(end), actor, multi)
        paged(response, request, page)
        return [serialise.entry_json(e) for e in page.items]

    @router.get("/figures", tags=["figures"], description="Figures grouped by measure over time, with changes and "
                f"conflicts (each series with its newest 40 points; changes and conflicts among those). {PAGING} Sorts: points, measure, latest.")
    def api_figures(request: Request, response: Response, about: str | None = None) -> list[dict]:
        part = slice_of(request, ("points", "measure", "latest"), limit=10)
        with ctx.picture() as view:
            page = view.series(part, about)
        paged(response, request, page)
        return [serialise.series_json(s) for s in page.items]

    @router.get("/figures/points", tags=["figures"], description=f"Figures one by one. {PAGING} Sorts: report, when, "
                                                                   "value, measure.")
    def api_points(request: Request, response: Response, measure: str | None = None, counted: str | None = None,
                   start: From = None, end: To = None) -> list[dict]:
        part = slice_of(request, ("report", "when", "value", "measure"))
        with ctx.picture() as view:
            page = view.figures(part, measure, counted, date_filter(start), date_filter(end))
        paged(response, request, page)
        return [serialise.figure_json(d, q) for d, q in page.items]

    @router.get("/claims", tags=["claims"], description="Claims across reports with independent sources (copies count "
                f"once), first sighting and hedges; each with its first 10 reports. {PAGING} Sorts: independent, "
                "reports, first_seen, last_seen, source.")
    def api_claims(request: Request, response: Response, hedged: bool = False, by: str | None = None,
                   outlet: str | None = None, about: str | None = None, start: From = None,
                   end: To = None) -> list[dict]:
        part = slice_of(request, ("independent", "reports", "first_seen", "last_seen", "source"))
        with ctx.picture() as view:
            page = view.claims(part, by, outlet, date_filter(start), date_filter(end), True if hedged else None, about)
        paged(response, request, page)
        return [serialise.claim_json(g) for g in page.items]

    @router.get("/copies", tags=["claims"], description=f"Reports that copy or rewrite another, with the original. "
                                                          f"{PAGING} Sorts: containment, copy, original.")
    def api_copies(request: Request, response: Response, outlet: str | None = None) -> list[dict]:
        part = slice_of(request, ("containment", "copy", "original"))
        with ctx.picture() as view:
            page = view.copies(part, outlet)
        paged(response, request, page)
        return [serialise.copy_json(r) for r in page.items]

    @router.get("/search", tags=["reports"])
    def api_search(request: Request, response: Response, q: Annotated[str, Query(max_length=500)] = "",
                   limit: Annotated[int, Query(ge=1, le=200)] = 20,
                   offset: Annotated[int, Query(ge=0)] = 0) -> list[dict]:
        """Full-text search over clean text, best first; a query naming an actor finds it under every spelling.
        The snippet marks hits with [ ]; X-Total-Count holds how many reports match (up to 1,000)."""
        part = slice_of(request, ("rank",), limit=20)
        with ctx.picture() as view:
            found = view.search(q, part)
        paged(response, request, found.hits)
        return [{"id": h.doc_id, "title": h.title, "snippet": h.snippet.replace("\x02", "[").replace("\x03", "]")}
                for h in found.hits.items]

    return router
