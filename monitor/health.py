"""A tiny HTTP server for a worker: GET /healthz and GET /metrics (no web framework in the worker)."""
from __future__ import annotations

import json
import logging
import threading
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from sqlalchemy.orm import Session, sessionmaker

from monitor.metrics import render_metrics

log = logging.getLogger(__name__)


def serve_health(host: str, port: int, factory: sessionmaker[Session],
                 status: Callable[[], tuple[bool, dict]]) -> ThreadingHTTPServer:
    """Start serving in a daemon thread; `status()` says whether the worker is healthy and why."""

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802
            try:
                if self.path.split("?")[0] == "/healthz":
                    ok, detail = status()
                    self._send(200 if ok else 503, json.dumps({"ok": ok, **detail}).encode(), "application/json")
                elif self.path.split("?")[0] == "/metrics":
                    body, content_type = render_metrics(factory)
                    self._send(200, body, content_type)
                else:
                    self._send(404, b"not found\n", "text/plain")
            except Exception as exc:  # noqa: BLE001
                log.exception("health endpoint failed")
                self._send(500, f"{type(exc).__name__}\n".encode(), "text/plain")

        def _send(self, code: int, body: bytes, content_type: str) -> None:
            self.send_response(code)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *_args) -> None:  # noqa: ANN002
            pass

    server = ThreadingHTTPServer((host, port), Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True, name="health").start()
    return server
