"""Fetching a report or feed by URL: http and https only, a timeout, a size limit read as it streams, a few redirects
each checked again, the content type checked, and no request to this machine or its private network unless the user
allows it (`--allow-private`, DOSSIER_ALLOW_PRIVATE=1), so that a URL in a feed, a report or a web form cannot reach
the analyst's own network. A fetch that fails is a ReadError naming the URL and the reason."""

from __future__ import annotations

import ipaddress
import os
import socket
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import httpx

from dossier.errors import ReadError

TIMEOUT = 20.0
MAX_REDIRECTS = 5
ALLOW_PRIVATE_ENV = "DOSSIER_ALLOW_PRIVATE"
USER_AGENT = "dossier/0.1 (+offline news analysis; one page per request)"
READABLE = {"text/html": "html", "application/xhtml+xml": "html", "text/plain": "txt", "text/markdown": "md",
            "application/pdf": "pdf", "application/rss+xml": "feed", "application/atom+xml": "feed",
            "application/xml": "xml", "text/xml": "xml", "application/feed+json": "feed", "message/rfc822": "eml"}


@dataclass(frozen=True)
class Fetched:
    url: str  # where the content came from, after redirects
    kind: str  # html, txt, md, pdf, feed or xml (a feed or not: the reader decides)
    data: bytes


def is_url(text: str) -> bool:
    return text.lower().startswith(("http://", "https://"))


def private_allowed() -> bool:
    return os.environ.get(ALLOW_PRIVATE_ENV, "") in ("1", "true", "yes")


def fetch(url: str, max_bytes: int, allow_private: bool | None = None, timeout: float = TIMEOUT,
          client: httpx.Client | None = None) -> Fetched:
    allow = private_allowed() if allow_private is None else allow_private
    own = client is None
    client = client or httpx.Client(timeout=timeout, follow_redirects=False, headers={"User-Agent": USER_AGENT})
    try:
        for _ in range(MAX_REDIRECTS + 1):
            _check(url, allow)
            try:
                with client.stream("GET", url) as response:
                    if response.is_redirect:
                        target = response.headers.get("location")
                        if not target:
                            raise ReadError(url, f"redirect ({response.status_code}) without a Location")
                        url = urljoin(url, target)
                        continue
                    if response.status_code >= 400:
                        raise ReadError(url, f"the server answered {response.status_code} {response.reason_phrase}")
                    kind = _kind(url, response.headers.get("content-type", ""))
                    return Fetched(str(response.url), kind, _body(response, url, max_bytes))
            except httpx.TimeoutException as exc:
                raise ReadError(url, f"no answer within {timeout:.0f} s") from exc
            except httpx.HTTPError as exc:
                raise ReadError(url, f"could not be fetched ({type(exc).__name__}: {exc})") from exc
        raise ReadError(url, f"more than {MAX_REDIRECTS} redirects; not followed further")
    finally:
        if own:
            client.close()


def _check(url: str, allow_private: bool) -> None:
    """Only http(s), and (unless allowed) only public addresses, whatever the name resolves to."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ReadError(url, "only http and https URLs are fetched")
    if allow_private:
        return
    try:
        infos = socket.getaddrinfo(parts.hostname, parts.port or (443 if parts.scheme == "https" else 80),
                                   type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise ReadError(url, f"the host name could not be resolved ({exc})") from exc
    for info in infos:
        address = ipaddress.ip_address(info[4][0].split("%")[0])
        if not address.is_global or address.is_multicast:
            raise ReadError(url, f"{parts.hostname} is a private or local address ({address}); refused so that a "
                                 "URL cannot reach this machine's network (allow it with --allow-private or "
                                 f"{ALLOW_PRIVATE_ENV}=1)")


def _kind(url: str, content_type: str) -> str:
    media = content_type.split(";")[0].strip().lower()
    if media in READABLE:
        return READABLE[media]
    if not media or media == "application/octet-stream":
        path = urlsplit(url).path.lower()
        for suffix, kind in ((".pdf", "pdf"), (".xml", "xml"), (".rss", "feed"), (".atom", "feed"), (".txt", "txt")):
            if path.endswith(suffix):
                return kind
        return "html"
    raise ReadError(url, f"is {media}, not a page, feed, PDF or text that dossier reads")


def _body(response: httpx.Response, url: str, max_bytes: int) -> bytes:
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        raise ReadError(url, f"is over the {max_bytes:,}-byte limit (raise it with --max-bytes)")
    chunks, size = [], 0
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > max_bytes:
            raise ReadError(url, f"is over the {max_bytes:,}-byte limit (raise it with --max-bytes)")
        chunks.append(chunk)
    return b"".join(chunks)
