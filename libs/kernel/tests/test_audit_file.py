"""The audit file: every RPC's line reaches it, in batches, and a stop loses none."""

from __future__ import annotations

import asyncio
import io
import json
import logging
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from frontline.kernel.logs import configure_logging

pytestmark = pytest.mark.unit


@pytest.fixture
def audit_path(tmp_path: Path) -> Iterator[Path]:
    """The service's logging configured as it runs, with an audit file."""
    root, audit = logging.getLogger(), logging.getLogger("frontline.audit")
    before = (root.handlers[:], root.level, audit.handlers[:], audit.level, audit.propagate)
    lookups = (logging._srcfile, logging.logThreads, logging.logProcesses)
    path = tmp_path / "logs" / "cadre.audit.jsonl"
    configure_logging("cadre", "WARNING", stream=io.StringIO(), audit_path=path)
    yield path
    for handler in audit.handlers:
        handler.close()
    root.handlers[:], root.level, audit.handlers[:], audit.level, audit.propagate = before
    logging._srcfile, logging.logThreads, logging.logProcesses = lookups


def audited(n: int, start: int = 0) -> None:
    for i in range(start, start + n):
        logging.getLogger("frontline.audit").info(
            "rpc", extra={"method": f"/m/{i}", "principal": "clerk", "outcome": "OK"}
        )


def written(path: Path) -> list[dict[str, object]]:
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    return [json.loads(line) for line in text.splitlines()]


async def until_written(path: Path, count: int, seconds: float = 5.0) -> list[dict[str, object]]:
    deadline = time.monotonic() + seconds
    while len(found := written(path)) < count and time.monotonic() < deadline:
        await asyncio.sleep(0.01)
    return found


async def test_lines_reach_the_file_without_a_stop_in_order_and_whole(audit_path: Path) -> None:
    audited(3)
    lines = await until_written(audit_path, 3)
    assert [line["method"] for line in lines] == ["/m/0", "/m/1", "/m/2"]
    assert {(line["service"], line["logger"], line["principal"]) for line in lines} == {
        ("cadre", "frontline.audit", "clerk")
    }
    audited(1000, start=3)  # more than one batch holds
    lines = await until_written(audit_path, 1003)
    assert [line["method"] for line in lines] == [f"/m/{i}" for i in range(1003)]


async def test_a_graceful_stop_writes_the_lines_still_gathering(audit_path: Path) -> None:
    audited(5)
    for handler in logging.getLogger("frontline.audit").handlers:
        handler.close()  # what logging.shutdown() does to each handler on the way out
    assert [line["method"] for line in written(audit_path)] == [f"/m/{i}" for i in range(5)]


def test_outside_an_event_loop_a_line_is_written_at_once(audit_path: Path) -> None:
    audited(2)
    assert len(written(audit_path)) == 2


def test_lines_logged_on_a_later_event_loop_still_reach_the_file(audit_path: Path) -> None:
    async def log_one(start: int, wait: float) -> None:
        audited(1, start=start)
        await asyncio.sleep(wait)

    asyncio.run(log_one(0, 0))  # its loop ends before the line's window does
    asyncio.run(log_one(1, 0.5))
    assert [line["method"] for line in written(audit_path)] == ["/m/0", "/m/1"]
