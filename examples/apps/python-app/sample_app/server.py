"""HTTP handling with http.server: GET /, /healthz and /greet/<name>."""

import json
import platform
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import unquote

from . import SERVICE, __version__
from .greeting import greeting


class Handler(BaseHTTPRequestHandler):
    server_version = f"{SERVICE}/{__version__}"

    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        path = self.path.split("?", 1)[0]
        if path == "/":
            self._send_json({"service": SERVICE, "python": platform.python_version()})
        elif path == "/healthz":
            self._send(200, "text/plain; charset=utf-8", b"ok")
        elif path.startswith("/greet/"):
            self._send_json({"message": greeting(unquote(path[len("/greet/"):]))})
        else:
            self._send_json({"error": "not found"}, status=404)

    def log_message(self, fmt: str, *args) -> None:
        if not getattr(self.server, "quiet", False):
            super().log_message(fmt, *args)

    def _send_json(self, body: dict, status: int = 200) -> None:
        self._send(status, "application/json", json.dumps(body).encode("utf-8"))

    def _send(self, status: int, content_type: str, payload: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)


def make_server(host: str = "0.0.0.0", port: int = 8000, quiet: bool = False) -> ThreadingHTTPServer:
    server = ThreadingHTTPServer((host, port), Handler)
    server.quiet = quiet
    return server
