"""The attacks of issue 17, each driven at the server and seen refused."""

import asyncio
import re
import threading
import time

import httpx
from fastapi.testclient import TestClient

from dossier.web.app import create_app, serving_on_loopback
from dossier.web.guard import SECURITY_HEADERS, Guard

EVIL = {"Origin": "http://evil.example"}


def test_a_foreign_host_header_is_refused_on_every_route(client):
    for url in ("/", "/api/reports", "/actors"):
        refused = client.get(url, headers={"Host": "evil.example"})
        assert refused.status_code == 400 and "Host" in refused.json()["detail"]
    assert client.get("/api/reports", headers={"Host": "127.0.0.1:8000"}).status_code == 200
    assert client.get("/api/reports", headers={"Host": "[::1]:8000"}).status_code == 200


def test_a_cross_site_post_is_refused_with_and_without_the_token(client, web_db):
    refused = client.post("/api/reports", data={"text": "Planted report about Minsk."}, headers=EVIL)
    assert refused.status_code == 403 and "another site" in refused.json()["detail"]
    assert client.post("/add", data={"text": "Planted."}, headers={"Referer": "http://evil.example/x"}).status_code == 403
    guarded = TestClient(create_app(web_db, token="s3cret"), base_url="http://localhost")
    with_token = guarded.post("/api/reports", data={"text": "Planted."},
                              headers={**EVIL, "Authorization": "Bearer s3cret"})
    assert with_token.status_code == 403
    assert not any(d["title"].startswith("Planted") for d in client.get("/api/reports").json())


def test_the_upload_form_needs_its_csrf_token(client):
    refused = client.post("/add", data={"text": "No token here."}, headers={"Origin": "null"})
    assert refused.status_code == 403 and "stale" in refused.text
    csrf = re.search(r'name="csrf" value="([^"]+)"', client.get("/add").text).group(1)
    accepted = client.post("/add", data={"text": "Talks in Vilnius resumed on Monday, officials said.",
                                         "title": "Vilnius talks resume", "csrf": csrf}, headers={"Origin": "null"})
    assert accepted.status_code == 200 and "Vilnius talks resume" in accepted.text


def test_every_response_carries_the_security_headers(client):
    for response in (client.get("/"), client.get("/api/reports"), client.get("/nowhere"),
                     client.get("/", headers={"Host": "evil.example"})):
        for name, value in SECURITY_HEADERS:
            assert response.headers[name.decode()] == value.decode()
    assert "script-src" not in SECURITY_HEADERS[0][1].decode() and "default-src 'none'" in SECURITY_HEADERS[0][1].decode()


def test_a_token_that_is_not_ascii_is_refused_not_a_server_error(web_db):
    guarded = TestClient(create_app(web_db, token="s3cret"), base_url="http://localhost")
    assert guarded.get("/api/reports?token=Ωmega").status_code == 401
    assert guarded.get("/api/reports", headers={"Authorization": "Bearer Ω".encode()}).status_code == 401


def test_an_oversized_body_is_refused_before_it_is_read():
    reached = []

    async def app(scope, receive, send):  # what the guard protects: never reached here
        reached.append(scope)

    chunks = [{"type": "http.request", "body": b"x" * 10_000, "more_body": True} for _ in range(100)]
    read = []

    async def receive():
        read.append(1)
        return chunks[len(read) - 1]

    sent = []

    async def send(message):
        sent.append(message)

    guard = Guard(app, ["localhost"], max_body=50_000)
    scope = {"type": "http", "method": "POST", "path": "/api/reports", "headers": [(b"host", b"localhost")]}
    asyncio.run(guard(scope, receive, send))
    assert sent[0]["status"] == 413 and not reached and len(read) < 10
    declared = {**scope, "headers": [(b"host", b"localhost"), (b"content-length", b"50000000")]}
    read.clear()
    asyncio.run(guard(declared, receive, send))
    assert sent[-2]["status"] == 413 and not read


def test_a_server_bound_to_every_address_answers_any_host_but_still_refuses_other_sites(web_db):
    everywhere = TestClient(create_app(web_db, token="s3cret", host="0.0.0.0"), base_url="http://192.168.1.20:8000")
    assert everywhere.get("/api/reports", headers={"Authorization": "Bearer s3cret"}).status_code == 200
    assert everywhere.get("/api/reports").status_code == 401
    assert everywhere.post("/api/reports", data={"text": "x"}, headers={**EVIL, "Authorization": "Bearer s3cret"}
                           ).status_code == 403


def test_a_hostile_upload_does_not_hold_up_other_requests(web_db):
    hostile = ("Title\n\nReuters " + "(" * 20_000 + "\n\n" + '"a said" ' * 2000).encode()
    with serving_on_loopback(web_db) as base:
        upload = threading.Thread(target=lambda: httpx.post(f"{base}/api/reports", timeout=300,
                                                            files=[("files", ("hostile.txt", hostile, "text/plain"))]))
        upload.start()
        time.sleep(0.5)  # the upload is in: its child process is loading the model or extracting
        answered = [httpx.get(f"{base}{url}", timeout=60).status_code for url in ("/", "/api/reports", "/actors")]
        assert answered == [200, 200, 200] and upload.is_alive()  # answered while the upload was still being added
        upload.join()
