"""Serves a greeting; `python -m app --check` prints it and exits."""
import http.server
import os
import sys

GREETING = "hello from the cache scenarios"


class Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        self.send_response(200)
        self.end_headers()
        self.wfile.write((GREETING + "\n").encode())


if __name__ == "__main__":
    if "--check" in sys.argv:
        print(GREETING, open("/app/VERSION").read().strip())
        sys.exit(0)
    http.server.HTTPServer(("", int(os.environ.get("PORT", "8000"))), Handler).serve_forever()
