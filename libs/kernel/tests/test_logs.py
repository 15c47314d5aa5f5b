"""A service's JSON log lines, and how the console of `make up` shows them."""

from __future__ import annotations

import io
import json
import logging
from collections.abc import Iterator

import pytest

from frontline.kernel.context import CallContext, Principal, set_context
from frontline.kernel.logs import configure_logging, console_line

pytestmark = pytest.mark.unit


@pytest.fixture
def written() -> Iterator[io.StringIO]:
    """What the service writes, through the real configuration of its logging."""
    stream = io.StringIO()
    root, audit = logging.getLogger(), logging.getLogger("frontline.audit")
    before = (root.handlers[:], root.level)
    audit_before = (audit.handlers[:], audit.level, audit.propagate)
    kafka_level = logging.getLogger("aiokafka").level
    lookups = (logging._srcfile, logging.logThreads, logging.logProcesses)
    configure_logging("cadre", "DEBUG", stream=stream)
    set_context(None)  # no call an earlier test left current
    yield stream
    logging._srcfile, logging.logThreads, logging.logProcesses = lookups
    root.handlers[:], root.level = before
    audit.handlers[:], audit.level, audit.propagate = audit_before
    logging.getLogger("aiokafka").setLevel(kafka_level)
    set_context(None)


def lines(stream: io.StringIO) -> list[str]:
    return stream.getvalue().splitlines()


def test_a_start_up_line_is_short_and_keeps_its_fields(written: io.StringIO) -> None:
    logging.getLogger("frontline.kernel.runtime").info(
        "service ready", extra={"grpc_port": 50052, "topics": ["a", "b"], "note": "two words"}
    )
    [raw] = lines(written)
    assert json.loads(raw)["service"] == "cadre"  # the file keeps the JSON
    assert console_line(raw) == (
        'INFO    service ready  grpc_port=50052 topics=["a","b"] note="two words"'
    )


def test_info_about_one_call_stays_in_the_file(written: io.StringIO) -> None:
    set_context(CallContext(Principal("seed"), correlation_id="c-1"))
    log = logging.getLogger("frontline.kernel.commands")
    log.info("command conflict, retrying", extra={"attempt": 1})
    log.warning("command gave up", extra={"attempt": 3})
    log.debug("detail")
    retry, gave_up, detail = lines(written)
    assert console_line(retry) is None
    assert console_line(detail) is None
    assert console_line(gave_up) == "WARNING command gave up  correlation_id=c-1 attempt=3"


def test_an_error_shows_its_traceback(written: io.StringIO) -> None:
    try:
        raise ConnectionError("broker gone")
    except ConnectionError:
        logging.getLogger("frontline.kernel.relay").exception("relay crashed")
    shown = console_line(lines(written)[0])
    assert shown is not None
    first, *trace = shown.splitlines()
    assert first == "ERROR   relay crashed"
    assert trace[0] == "Traceback (most recent call last):"
    assert trace[-1] == "ConnectionError: broker gone"


@pytest.mark.parametrize(
    "raw", ["Traceback (most recent call last):", '{"no": "level"}', "[1, 2]", "WARN [Kafka]"]
)
def test_other_lines_pass_unchanged(raw: str) -> None:
    assert console_line(raw) == raw
