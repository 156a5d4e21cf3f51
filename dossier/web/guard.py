"""What stands between the web and the store: only the analyst's own pages may drive the server.

A page open in the analyst's browser can post a form to localhost, and a DNS-rebinding page can reach it under a name
of its own; so the Host header must name an address the server serves, a request that changes something must come
from the server's own pages (its Origin, or else its Referer, when the browser sends one), a request body is refused
as soon as it passes the size limit (not after it was all received), and every response tells the browser to run no
script, load nothing from elsewhere, not be framed and send no referrer.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, Iterable
from urllib.parse import urlsplit

LOOPBACK_HOSTS = ("localhost", "127.0.0.1", "::1")
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
BODY_SLACK = 16 * 1024  # a form's other fields and the multipart wrapping around a file of the limit's size
SECURITY_HEADERS = (
    (b"content-security-policy", b"default-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
                                 b"form-action 'self'; frame-ancestors 'none'; base-uri 'none'"),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
)

Receive = Callable[[], Awaitable[dict]]
Send = Callable[[dict], Awaitable[None]]


ANY_ADDRESS = ("0.0.0.0", "::")


def allowed_hosts(bound: str | None = None) -> frozenset[str] | None:
    """Host names the server answers to: loopback under every spelling, and the address it is bound to. None when it
    is bound to every address: it is then reached under names it cannot know, and its token (required there) is
    what keeps others out."""
    if bound in ANY_ADDRESS:
        return None
    hosts = set(LOOPBACK_HOSTS)
    if bound:
        hosts.add(bound.strip("[]").lower())
    return frozenset(hosts)


def host_name(value: str) -> str:
    """'localhost:8000' -> 'localhost'; '[::1]:8000' -> '::1'."""
    value = value.strip().lower()
    if value.startswith("["):
        return value[1:value.find("]")] if "]" in value else value
    return value.rsplit(":", 1)[0] if value.count(":") == 1 else value


class Guard:
    """ASGI middleware: the checks above, before the application sees the request."""

    def __init__(self, app, hosts: Iterable[str] | None, max_body: int, form_paths: Iterable[str] = ()) -> None:
        self.app, self.hosts, self.max_body = app, None if hosts is None else frozenset(hosts), max_body
        # Forms that check a CSRF token of their own: the browser posts them with 'Origin: null' (the pages send no
        # referrer), which elsewhere is refused.
        self.form_paths = frozenset(form_paths)

    async def __call__(self, scope: dict, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}
        refused = self._refusal(scope["method"], headers, scope.get("path", ""))
        if refused:
            return await _answer(send, *refused)
        if scope["method"] not in SAFE_METHODS:
            body = await self._body(receive, headers)
            if body is None:
                return await _answer(send, 413, f"the request is over the {self.max_body:,}-byte upload limit; split "
                                                "it or raise the limit with --max-bytes")
            receive = _replay(body)

        async def send_with_headers(message: dict) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), *SECURITY_HEADERS]
            await send(message)

        await self.app(scope, receive, send_with_headers)

    def _refusal(self, method: str, headers: dict[str, str], path: str) -> tuple[int, str] | None:
        if self.hosts is not None and host_name(headers.get("host", "")) not in self.hosts:
            return 400, "unknown Host header: this dossier server answers only to the addresses it serves"
        if method in SAFE_METHODS:
            return None
        origin = headers.get("origin") or headers.get("referer")
        if origin == "null" and path in self.form_paths:
            return None
        if origin and (origin == "null" or urlsplit(origin).netloc.lower() != headers.get("host", "").lower()):
            return 403, "refused: the request comes from another site's page (Origin/Referer is not this server)"
        return None

    async def _body(self, receive: Receive, headers: dict[str, str]) -> list[dict] | None:
        """The request's body messages, or None as soon as they pass the limit (a Content-Length over it is refused
        before a byte is read)."""
        declared = headers.get("content-length", "")
        if declared.isdigit() and int(declared) > self.max_body + BODY_SLACK:
            return None
        messages, size = [], 0
        while True:
            message = await receive()
            messages.append(message)
            size += len(message.get("body", b""))
            if size > self.max_body + BODY_SLACK:
                return None
            if message["type"] != "http.request" or not message.get("more_body"):
                return messages


def _replay(messages: list[dict]) -> Receive:
    pending = list(messages)

    async def receive() -> dict:
        return pending.pop(0) if pending else {"type": "http.disconnect"}

    return receive


async def _answer(send: Send, status: int, detail: str) -> None:
    body = json.dumps({"detail": detail}).encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
                            *SECURITY_HEADERS]})
    await send({"type": "http.response.body", "body": body})
