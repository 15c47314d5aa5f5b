"""The launcher's pure parts: no servers needed."""

from __future__ import annotations

import importlib
import signal
import socket
from pathlib import Path

import pytest

from frontline.stack.__main__ import parse_options
from frontline.stack.class_archive import ClassArchive
from frontline.stack.kafka import KafkaBroker
from frontline.stack.kafka_principals import SERVICE_PRINCIPALS
from frontline.stack.postgres import database_dsn, database_name
from frontline.stack.service_table import SERVICES
from frontline.stack.stack_env import read_stack_env, write_stack_env
from frontline.stack.supervisor import PortBusy, Stack, StackOptions


def test_the_broker_never_creates_topics_by_itself_and_keeps_events_forever(
    tmp_path: Path,
) -> None:
    properties = KafkaBroker(tmp_path, tmp_path, 19092, 19093).server_properties()
    settings = dict(line.split("=", 1) for line in properties.splitlines())
    assert settings["auto.create.topics.enable"] == "false"
    assert settings["log.retention.ms"] == "-1"
    assert settings["listeners"] == "CLIENT://127.0.0.1:19092,CONTROLLER://127.0.0.1:19093"


def test_database_names_are_fresh_and_safe() -> None:
    first, second = database_name("Org-Unit Tests!"), database_name("Org-Unit Tests!")
    assert first != second
    assert first.startswith("org_unit_tests_") and first.replace("_", "").isalnum()
    assert database_dsn("postgresql://u@h:5/postgres?sslmode=disable", first) == (
        f"postgresql://u@h:5/{first}?sslmode=disable"
    )


def test_stack_env_reads_back_what_was_written(tmp_path: Path) -> None:
    values = {"FRONTLINE_KAFKA_BOOTSTRAP": "127.0.0.1:9092", "FRONTLINE_TOKEN_PATH": "/x/t"}
    written = write_stack_env(tmp_path / "stack.env", values)
    assert read_stack_env(written) == values
    assert written.stat().st_mode & 0o777 == 0o600  # it may carry a sign-in token


def test_a_busy_default_port_is_named_in_the_refusal(tmp_path: Path) -> None:
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        port = listener.getsockname()[1]
        with pytest.raises(PortBusy, match=f"port {port} \\(Kafka\\) is already in use"):
            Stack(StackOptions(home=tmp_path)).port(port, "Kafka")


def test_options_select_services_and_seed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SEED", "0")
    options = parse_options(["up", "--services", "cadre,organization", "--home", "h"])
    assert options.services == ("cadre", "organization") and not options.seed
    assert parse_options(["up", "--no-services"]).services == ()
    with pytest.raises(SystemExit):
        parse_options(["up", "--services", "payroll"])


def test_a_class_archive_is_adopted_only_when_the_jvm_finished_it(tmp_path: Path) -> None:
    (tmp_path / "libs").mkdir()
    archive = ClassArchive(tmp_path / "k.jsa", tmp_path / "k.jsa.1-2.partial")
    archive.partial.write_bytes(b"half")
    archive.keep_recording(-signal.SIGKILL)
    assert not archive.path.exists() and not archive.partial.exists()
    archive.partial.write_bytes(b"whole")
    archive.keep_recording(143)
    assert archive.path.read_bytes() == b"whole"
    assert f"-XX:SharedArchiveFile={archive.path}" in archive.jvm_flags(record=True)


def test_every_service_may_read_the_topics_it_subscribes_to() -> None:
    """The ACLs follow the services' subscriptions: service-center's org directory was
    refused organization.events.v1 and crashed in a loop under `make up`."""
    for spec in SERVICES:
        principal = next(p for p in SERVICE_PRINCIPALS if p.name == spec.name)
        readable = {f"{name}.events.v1" for name in principal.consumes}
        definition = importlib.import_module(f"{spec.module}.service").SERVICE
        assert {s.topic for s in definition.subscriptions} <= readable, spec.name
