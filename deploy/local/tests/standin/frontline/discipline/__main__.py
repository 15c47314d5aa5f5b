"""Behaves like a Frontline service towards the supervisor: reads its FRONTLINE_*
settings, answers /health/ready on its side port, prints a line, stops on SIGTERM."""

import json
import os
import signal
import sys
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path


class Health(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        self.send_response(200 if self.path == "/health/ready" else 404)
        self.end_headers()

    def log_message(self, *args: object) -> None:
        pass


def main() -> None:
    settings = {k: v for k, v in os.environ.items() if k.startswith("FRONTLINE_")}
    Path(os.environ["STANDIN_REPORT"]).write_text(json.dumps(settings))
    server = HTTPServer(("127.0.0.1", int(settings["FRONTLINE_HTTP_PORT"])), Health)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    print("stand-in service serving", flush=True)
    server.serve_forever()


main()
