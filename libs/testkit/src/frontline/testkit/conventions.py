"""The conventions every service keeps, as one suite each service subclasses once.

As pyeventsourcing runs one recorder contract against every backend, Frontline
runs these checks against every service definition (``service.py``)::

    class TestConventions(ServiceConventions):
        service = SERVICE

- every command of the service's domain is handled by exactly one stream;
- every event a stream stores is either published or declared private;
- every older schema of a stored event has an upcaster to the next one;
- every public event of the service round-trips its JSON Schema;
- every RPC has an authorization rule (the kernel also refuses to start otherwise);
- every subscription declares its contract and dead-letters malformed input
  (through a started service, on the session's Kafka and PostgreSQL).
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from pathlib import Path
from typing import Any, ClassVar

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis_jsonschema import from_schema

from frontline.contracts.base import PublicEvent
from frontline.contracts.catalogue import event_schema
from frontline.contracts.catalogue_events import discover_events, service_of
from frontline.kernel.calendar import WorkingCalendar
from frontline.kernel.decider import Command, Decider
from frontline.kernel.runtime import ServiceRuntime
from frontline.kernel.service import Service
from frontline.kernel.subscriber import dlq_topic
from frontline.kernel.topics import ensure_topics, read_topic
from frontline.kernel.upcasting import Upcasters
from frontline.testkit.cloudevents import ce_headers, send
from frontline.testkit.runtime import SigningKeys, service_settings


def deciders(service: Service[Any]) -> list[Decider[Any, Any]]:
    return [
        s.decider if isinstance(s.decider, Decider) else s.decider(WorkingCalendar())
        for s in service.streams
    ]


def domain_commands(package: str) -> set[type[Command]]:
    """Every concrete Command class defined in ``package`` and its modules."""
    root = importlib.import_module(package)
    modules = [root]
    for info in pkgutil.walk_packages(getattr(root, "__path__", []), package + "."):
        modules.append(importlib.import_module(info.name))
    return {
        value
        for module in modules
        for value in vars(module).values()
        if inspect.isclass(value)
        and issubclass(value, Command)
        and value.__module__ == module.__name__
        and not value.__name__.startswith("_")
    }


def public_events(service: Service[Any]) -> list[type[PublicEvent]]:
    return [e for e in discover_events() if service_of(e.topic) == service.name]


class ServiceConventions:
    """Subclass with ``service = SERVICE``; override ``extra_settings`` if the
    service needs settings of its own to start (e.g. a key file in ``folder``)."""

    service: ClassVar[Service[Any]]

    def extra_settings(self, folder: Path) -> dict[str, Any]:
        return {}

    def test_every_command_is_handled_by_exactly_one_stream(self) -> None:
        handled: dict[type[Any], list[str]] = {}
        for decider in deciders(self.service):
            assert decider.commands, f"stream {decider.stream_type} handles no command"
            for command in decider.commands:
                handled.setdefault(command, []).append(decider.stream_type)
        twice = {c.__name__: s for c, s in handled.items() if len(s) > 1}
        assert not twice, f"commands handled by more than one stream: {twice}"
        if self.service.domain is not None:
            unhandled = domain_commands(self.service.domain) - set(handled)
            assert not unhandled, (
                f"commands no stream handles: {sorted(c.__name__ for c in unhandled)}"
            )

    def test_every_event_is_published_or_declared_private(self) -> None:
        for stream in self.service.streams:
            decider = deciders(Service(self.service.name, self.service.settings, streams=[stream]))[
                0
            ]
            publication = stream.publication
            published = set(publication.mappers) if publication else set()
            private = set(publication.private) if publication else set()
            both = published & private
            assert not both, f"{decider.stream_type}: published and private: {both}"
            undecided = [e.__name__ for e in decider.events if e not in published | private]
            assert not undecided, (
                f"{decider.stream_type}: events neither published nor declared private: {undecided}"
            )
            unknown = (published | private) - set(decider.events)
            assert not unknown, f"{decider.stream_type}: mapped events it never stores: {unknown}"

    def test_every_older_schema_of_a_stored_event_has_an_upcaster(self) -> None:
        # The store refuses to load a row it cannot lift (LookupError): a schema bump
        # without its upcaster breaks every stream that holds an older event.
        upcasters = self.service.upcasters or Upcasters()
        missing = [
            f"{event.event_type} v{version}"
            for decider in deciders(self.service)
            for event in decider.events
            for version in range(1, event.schema_version)
            if not upcasters.has(event.event_type, version)
        ]
        assert not missing, f"stored schemas without an upcaster: {missing}"

    def test_every_public_event_round_trips_its_json_schema(self) -> None:
        events = public_events(self.service)
        if any(stream.publication for stream in self.service.streams):
            assert events, f"no public events found for {self.service.name}"
        for event in events:
            round_trip(event)

    def test_every_rpc_has_an_authorization_rule(self) -> None:
        for api in self.service.apis:
            api.check_rules()

    def test_every_subscription_declares_its_contract(self) -> None:
        for subscription in self.service.subscriptions:
            assert subscription.contract, f"{subscription.consumer} declares no contract"
            assert subscription.consumer.startswith(f"{self.service.name}."), (
                f"consumer group {subscription.consumer} is not named <service>.<purpose>"
            )

    async def test_every_subscription_dead_letters_malformed_input(
        self,
        pg: Any,
        kafka_bootstrap: str,
        unique: str,
        tmp_path: Path,
    ) -> None:
        if not self.service.subscriptions:
            pytest.skip(f"{self.service.name} subscribes to nothing")
        keys = SigningKeys.create(tmp_path)
        prefix = f"{unique}."
        database = await pg.create_database(f"conv_{unique}")
        config = service_settings(
            self.service, database, kafka_bootstrap, prefix, keys,
            **self.extra_settings(tmp_path),
        )  # fmt: skip
        runtime = ServiceRuntime.of(self.service, config)
        async with runtime.started():
            for subscription in self.service.subscriptions:
                await _dead_letters(runtime, kafka_bootstrap, prefix, subscription.topic,
                                    subscription.contract)  # fmt: skip


def round_trip(event: type[PublicEvent]) -> None:
    """Schema-valid values parse into the model, and the model's output is schema-valid."""
    schema = event_schema(event)

    @settings(max_examples=10, deadline=None, suppress_health_check=list(HealthCheck))
    @given(from_schema(schema))
    def check(value: Any) -> None:
        parsed = event.model_validate(value)
        dumped = parsed.model_dump(mode="json")
        jsonschema.validate(dumped, schema)
        assert event.model_validate(dumped) == parsed

    check()


async def _dead_letters(
    runtime: ServiceRuntime[Any],
    bootstrap: str,
    prefix: str,
    topic: str,
    contract: Any,
) -> None:
    full = prefix + topic
    owner = f"/counties/{runtime.settings.county_code}/{topic.split('.')[0]}"
    broken = [
        (b"k", b"not json at all", ce_headers(contract[0].ce_type, source=owner)),
        (b"k", b"[1, 2, 3]", ce_headers(contract[0].ce_type, source=owner)),
        *[(b"k", b"{}", ce_headers(model.ce_type, source=owner)) for model in contract],
    ]
    await ensure_topics(bootstrap, [full, dlq_topic(full)], 3)
    await send(bootstrap, full, broken)
    letters = await read_topic(bootstrap, dlq_topic(full), at_least=len(broken), timeout=60)
    assert len(letters) >= len(broken), (
        f"{topic}: {len(letters)} of {len(broken)} malformed messages were dead-lettered"
    )
