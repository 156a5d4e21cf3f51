"""A small HTTP server on loopback for the tests of fetching: paths map to (status, headers, body), or to a delay."""

from __future__ import annotations

import threading
import time
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@contextmanager
def serving(routes: dict):
    """Serve `routes` (path -> (status, {header: value}, body bytes), or a float: wait that long, then 200); yields
    the base URL and a list of the paths requested."""
    requested: list[str] = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802
            requested.append(self.path)
            route = routes.get(self.path)
            if isinstance(route, float):
                time.sleep(route)
                route = (200, {"Content-Type": "text/html"}, b"<html><body><p>late</p></body></html>")
            status, headers, body = route or (404, {"Content-Type": "text/plain"}, b"not here")
            self.send_response(status)
            for name, value in headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", requested
    finally:
        server.shutdown()
        server.server_close()
