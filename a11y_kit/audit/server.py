"""Serve a Flask app over real HTTP on 127.0.0.1 for the audit (and a11y_kit's own tests).

The standard library's WSGI server is used rather than Werkzeug's development server: when a
browser drops a connection mid-response (it aborts image loads when it navigates away),
Werkzeug 3.1 drains the socket before closing the response, the drain raises on the reset
connection, and ``send_file``'s open file is left for the garbage collector. ``wsgiref`` closes
the response on every error path.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from socketserver import ThreadingMixIn
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

from flask import Flask


class _ThreadingServer(ThreadingMixIn, WSGIServer):
    """One thread per connection; the server waits for them when it closes."""

    daemon_threads = True


class _QuietHandler(WSGIRequestHandler):
    """No access log on the test output."""

    def log_message(self, format: str, *args: object) -> None:
        return


@contextmanager
def serving(app: Flask) -> Iterator[str]:
    """Run ``app`` in a background thread; yield its base URL (no trailing slash)."""
    server = make_server(
        "127.0.0.1", 0, app, server_class=_ThreadingServer, handler_class=_QuietHandler
    )
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
