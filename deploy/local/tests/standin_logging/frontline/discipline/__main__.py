"""A stand-in service that logs as a Frontline service does (the kernel's logging):
its start-up line, a thousand INFO lines of single calls (like the conflict retries
a demo seed causes), then a warning; it answers /health/ready and stops on SIGTERM."""

import logging
import os
import signal
import sys
from http.server import BaseHTTPRequestHandler, HTTPServer

from frontline.kernel.context import CallContext, Principal, set_context
from frontline.kernel.logs import configure_logging

CALLS = 1000


class Health(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        self.send_response(200 if self.path == "/health/ready" else 404)
        self.end_headers()

    def log_message(self, *args: object) -> None:
        pass


def main() -> None:
    configure_logging("discipline")
    log = logging.getLogger("frontline.standin")
    port = int(os.environ["FRONTLINE_HTTP_PORT"])
    server = HTTPServer(("127.0.0.1", port), Health)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    log.info("service ready", extra={"http_port": port})
    set_context(CallContext(Principal("seed"), correlation_id="seeded-call"))
    for _ in range(CALLS):
        log.info("command conflict, retrying", extra={"attempt": 1})
    log.warning("timer failed", extra={"kind": "deadline"})
    set_context(None)
    server.serve_forever()


main()
