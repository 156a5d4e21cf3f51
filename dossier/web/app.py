"""`dossier serve`: pages for people (`pages`) and a JSON API for programs (`api`), over one store, offline.

Report text is untrusted: pages are Jinja2 templates with autoescaping, the timeline SVG escapes its own strings,
and nothing is loaded from outside the machine. Bound to localhost by default; bound elsewhere, every request must
carry the token.
"""

from __future__ import annotations

import hmac
import secrets
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from dossier.packs import load_pack
from dossier.read.decode import DEFAULT_MAX_BYTES
from dossier.resolve.up_to_date import bring_up_to_date
from dossier.store import open_store
from dossier.web.api import api_routes
from dossier.web.context import Context
from dossier.web.guard import Guard, allowed_hosts
from dossier.web.pages import page_routes
from dossier.web.uploads import clear_old_uploads

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
    # the upload form carries the token; a page from another site cannot read it
    ctx = Context(db, pack, secrets.token_urlsafe(24), max_upload_bytes)
    with open_store(db) as writer:  # the picture brought up to date once, here, so that no request has to write
        bring_up_to_date(writer, pack)
    clear_old_uploads()

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

    app.include_router(page_routes(ctx))
    app.include_router(api_routes(ctx))
    app.add_middleware(Guard, hosts=allowed_hosts(host), max_body=max_upload_bytes, form_paths=["/add", "/alias"])  # outermost
    return app


@contextmanager
def serving_on_loopback(db: str, wait: float = 20.0) -> Iterator[str]:
    """`dossier serve`'s app run by uvicorn on a free loopback port in a thread of this process, for the benchmarks
    and the tests that need real HTTP; yields its base URL and stops it on exit."""
    import uvicorn

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + wait
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    if not server.started:
        raise RuntimeError(f"the dossier app did not start on 127.0.0.1:{port} within {wait:.0f} s")
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
