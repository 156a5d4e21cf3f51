"""Reports uploaded through the web: added by a `dossier add` process of their own, the store's one writer.

The server's event loop only waits for it, so other requests are answered meanwhile; the child runs extraction on
its main thread, where each report's time budget holds (`dossier.extract.budget`), takes the store's writer lock
(queueing behind any other `dossier add`) and links the new reports across the store before it ends. A child that
overruns the whole upload's budget is killed; what it had written is whole documents only.
"""

from __future__ import annotations

import asyncio
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from fastapi import HTTPException, UploadFile

from dossier.extract.budget import BASE_SECONDS, SECONDS_PER_MB
from dossier.web.context import date_filter

UPLOAD_PREFIX = "dossier-upload-"  # then the server's process id: folders of a server that died are cleared
MODEL_LOAD_SECONDS = 60.0


async def add_in_writer(db: str, paths: list[str], max_bytes: int, published: str | None,
                        outlet: str | None) -> dict:
    """`dossier add --json` over the uploaded files; its summary (added, unchanged, failed)."""
    command = [sys.executable, "-m", "dossier", "add", *paths, "--db", db, "--json", "--max-bytes", str(max_bytes)]
    if published:
        command += ["--published", published]
    if outlet:
        command += ["--outlet", outlet]
    size = sum(Path(p).stat().st_size for p in paths)
    limit = MODEL_LOAD_SECONDS + len(paths) * BASE_SECONDS + SECONDS_PER_MB * size / 1_000_000
    child = await asyncio.create_subprocess_exec(*command, stdout=asyncio.subprocess.PIPE,
                                                 stderr=asyncio.subprocess.PIPE, stdin=asyncio.subprocess.DEVNULL)
    try:
        out, err = await asyncio.wait_for(child.communicate(), limit)
    except asyncio.TimeoutError:
        child.kill()
        await child.wait()
        raise HTTPException(504, f"adding the upload took over {limit:.0f} s and was stopped; reports already "
                                 "stored stay, the rest were not added") from None
    try:
        return json.loads(out)
    except ValueError:
        last = err.decode("utf-8", "replace").strip().splitlines()[-1:] or ["no output"]
        raise HTTPException(500, f"adding the upload failed: {last[0][:300]}") from None


def clear_old_uploads() -> None:
    """Upload folders left by a server that was killed before it could remove them."""
    for folder in Path(tempfile.gettempdir()).glob(f"{UPLOAD_PREFIX}*"):
        pid = folder.name.removeprefix(UPLOAD_PREFIX).split("-", 1)[0]
        if pid.isdigit() and not _alive(int(pid)):
            shutil.rmtree(folder, ignore_errors=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


async def ingest_upload(ctx, files: list[UploadFile], text: str, title: str, published: str, outlet: str) -> dict:
    """Uploaded files and pasted text written to a private folder, added by a writer process, and summarised."""
    limit = ctx.max_upload_bytes
    if not files and not text.strip():
        raise HTTPException(400, "nothing to add: upload a file or paste the report's text")
    with tempfile.TemporaryDirectory(prefix=f"{UPLOAD_PREFIX}{os.getpid()}-") as tmp:
        paths = []
        total = 0
        for n, upload in enumerate(files):
            data = await upload.read(limit + 1)
            total += len(data)
            if len(data) > limit or total > limit:
                raise HTTPException(413, f"{upload.filename or 'upload'} is over the {limit:,}-byte upload limit; "
                                         "split it or raise the limit with --max-bytes")
            path = Path(tmp) / f"{n:03d}-{_safe_name(upload.filename or 'upload.txt')}"
            path.write_bytes(data)
            paths.append(str(path))
        if text.strip():
            if len(text.encode()) > limit:
                raise HTTPException(413, f"the pasted text is over the {limit:,}-byte limit")
            path = Path(tmp) / "pasted.txt"
            path.write_text(f"{title.strip()}\n\n{text}" if title.strip() else text, encoding="utf-8")
            paths.append(str(path))
        found = await add_in_writer(ctx.db, paths, limit, date_filter(published), outlet.strip() or None)
    with ctx.picture() as view:
        headings = {d.id: d.heading for d in view.store.summaries([a["id"] for a in found["added"]]).values()}
    return {
        "added": [{"id": a["id"], "title": a["title"], "heading": headings.get(a["id"], a["title"]),
                   "language": a["language"]} for a in found["added"]],
        "unchanged": [{"id": u["id"], "title": u["title"]} for u in found["unchanged"]],
        "failed": [{"source": re.sub(r"^.*/\d{3}-", "", f["source"]), "reason": f["reason"]} for f in found["failed"]],
    }


def _safe_name(name: str) -> str:
    return re.sub(r"[^\w.-]", "_", Path(name).name)[:80] or "upload.txt"


_relinking: set = set()  # the writer processes started for decisions (kept so that they are not collected)


def decide(db: str, decision) -> None:
    """Store a person's alias decision and start `dossier link` (the writer, in a process of its own) to make the
    picture anew; pages show the old picture until it is done."""
    from dossier.store import open_store

    with open_store(db) as store:
        store.add_decision(decision)
    child = subprocess.Popen([sys.executable, "-m", "dossier", "link", "--db", db, "--json"], stdout=subprocess.DEVNULL,
                             stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL, start_new_session=True)
    _relinking.add(child)
    for done in [c for c in _relinking if c.poll() is not None]:
        _relinking.discard(done)
