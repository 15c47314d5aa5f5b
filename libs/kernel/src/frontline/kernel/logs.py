"""Structured JSON logs, one object per line, with the call's correlation id.

Never log personal data: log ids and codes, and pass anything else through ``extra``
only when it is safe to publish.
"""

from __future__ import annotations

import json
import logging
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import TextIO

from frontline.kernel.context import current_context

_STANDARD = set(vars(logging.makeLogRecord({}))) | {"message", "asctime"}


class JsonFormatter(logging.Formatter):
    def __init__(self, service: str) -> None:
        super().__init__()
        self.service = service

    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, object] = {
            "ts": datetime.fromtimestamp(record.created, UTC).isoformat(),
            "level": record.levelname,
            "service": self.service,
            "logger": record.name,
            "msg": record.getMessage(),
        }
        ctx = current_context()
        if ctx is not None:
            entry["correlation_id"] = ctx.correlation_id
        for key, value in vars(record).items():
            if key not in _STANDARD:
                entry[key] = value
        if record.exc_info:
            entry["exc"] = self.formatException(record.exc_info)
        return json.dumps(entry, default=str, ensure_ascii=False)


def configure_logging(
    service: str, level: str = "INFO", stream: TextIO | None = None, audit_path: Path | None = None
) -> None:
    handler = logging.StreamHandler(stream or sys.stdout)
    handler.setFormatter(JsonFormatter(service))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    logging.getLogger("aiokafka").setLevel("WARNING")
    audit = logging.getLogger("frontline.audit")
    # Auditing does not depend on how chatty the console is.
    audit.setLevel(logging.INFO)
    audit.handlers.clear()
    audit.propagate = audit_path is None
    if audit_path is not None:
        # Every call is audited; a busy service would drown its console in them.
        audit_path.parent.mkdir(parents=True, exist_ok=True)
        file_handler = logging.FileHandler(audit_path, encoding="utf-8")
        file_handler.setFormatter(JsonFormatter(service))
        audit.addHandler(file_handler)
