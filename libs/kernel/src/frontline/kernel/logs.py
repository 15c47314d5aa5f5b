"""Structured JSON logs, one object per line, with the call's correlation id.

Never log personal data: log ids and codes, and pass anything else through ``extra``
only when it is safe to publish.

Services always write JSON (files, Kubernetes, log collectors read it); the console
of `make up` shows each line as ``console_line`` renders it.
"""

from __future__ import annotations

import asyncio
import json
import logging
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import TextIO

from frontline.kernel.context import current_context

_STANDARD = set(vars(logging.makeLogRecord({}))) | {"message", "asctime"}
# Fields of a JSON line the console does not repeat: the prefix names the service.
_NOT_ON_CONSOLE = {"ts", "level", "service", "logger", "msg", "exc"}


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


class BatchedFileHandler(logging.FileHandler):
    """A log file written in batches: the lines of one short window go in one write.

    Every RPC writes an audit line; a write and flush of its own cost each call a system
    call on the event loop. Lines gather for at most ``window`` seconds (or
    ``max_lines``), then go out together. A graceful stop (``close``) writes what is
    pending; a process killed outright loses at most the last window's lines — at most
    ``max_lines`` of them. Outside an event loop (a thread, start-up) a line is written
    at once.
    """

    def __init__(self, path: Path, window: float = 0.05, max_lines: int = 256) -> None:
        super().__init__(path, encoding="utf-8")
        self.window = window
        self.max_lines = max_lines
        self._pending: list[str] = []
        self._timer: asyncio.TimerHandle | None = None
        self._timer_loop: asyncio.AbstractEventLoop | None = None

    def emit(self, record: logging.LogRecord) -> None:
        try:
            line = self.format(record)
        except Exception:
            self.handleError(record)
            return
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            loop = None
        with self.lock:  # type: ignore[union-attr]  # created by Handler.__init__
            self._pending.append(line)
            # A timer left on another loop (one that has ended) would never fire.
            waiting = self._timer is not None and self._timer_loop is loop
            if loop is not None and not waiting and len(self._pending) < self.max_lines:
                self._timer, self._timer_loop = loop.call_later(self.window, self.flush), loop
                return
        if loop is None or len(self._pending) >= self.max_lines:
            self.flush()

    def flush(self) -> None:
        with self.lock:  # type: ignore[union-attr]
            lines, self._pending = self._pending, []
            if self._timer is not None:
                self._timer.cancel()
                self._timer = None
            if lines and self.stream is not None:
                self.stream.write("\n".join(lines) + "\n")
            super().flush()

    def close(self) -> None:
        self.flush()
        super().close()


def configure_logging(
    service: str, level: str = "INFO", stream: TextIO | None = None, audit_path: Path | None = None
) -> None:
    # The JSON lines name no source line, thread or process: do not look them up for
    # every record (the logging HOWTO's "Optimization"; the caller's frame was the
    # costliest part of a busy service's audit line).
    logging._srcfile = None
    logging.logThreads = logging.logProcesses = logging.logMultiprocessing = False
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
        file_handler = BatchedFileHandler(audit_path)
        file_handler.setFormatter(JsonFormatter(service))
        audit.addHandler(file_handler)


def console_line(raw: str) -> str | None:
    """A JSON log line as a person reads it, ``LEVEL message  key=value ...``, or None
    when it belongs in the log file only: DEBUG, and INFO about a single call (it
    carries a correlation id; e.g. the conflict retries thousands of seeded commands
    cause). Warnings and errors always show, with their traceback. A line that is not
    one of ours (another program's, a crash's traceback) is returned as it is."""
    try:
        entry = json.loads(raw)
    except ValueError:
        return raw
    if not isinstance(entry, dict) or "level" not in entry or "msg" not in entry:
        return raw
    level = str(entry["level"])
    severity = logging.getLevelName(level)
    if not isinstance(severity, int) or severity < logging.INFO:
        return None
    if severity == logging.INFO and "correlation_id" in entry:
        return None
    fields = " ".join(
        f"{key}={_console_value(value)}"
        for key, value in entry.items()
        if key not in _NOT_ON_CONSOLE
    )
    line = f"{level:<7} {entry['msg']}" + (f"  {fields}" if fields else "")
    if entry.get("exc"):
        line += "\n" + str(entry["exc"])
    return line


def _console_value(value: object) -> str:
    if not isinstance(value, str):
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"), default=str)
    return value if value and not any(c.isspace() for c in value) else json.dumps(value)
