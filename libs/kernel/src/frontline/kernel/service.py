"""A service, declared: what the kernel runs for it (DESIGN.md §3, "One service shape").

A service's ``service.py`` builds one ``Service``: its settings class, migrations,
streams (decider, publication, projection), gRPC APIs with their authorization
rules, subscriptions, timers, extra components, the upcasters of its stored
events and the Chinese wording of its refusals. ``__main__.py`` is
``run_service(SERVICE)`` and nothing else; tests start the same definition with
``ServiceRuntime.of(SERVICE, settings, clock)``. Anything that needs the running
process (the pool, the clock, settings) is a factory taking the runtime, called
once when the process starts.

What the kernel gives for free: PostgreSQL with backoff and migrations, the event
store, command handling with idempotency, outbox and relay, Kafka topics,
subscribers with inbox and dead letters, durable timers, the statutory calendar,
the gRPC server (health, reflection, auth, audit, error mapping, TLS), the admin
API, health and metrics on the side port, JSON logs and graceful shutdown.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping, Sequence
from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from google.protobuf.descriptor import ServiceDescriptor

from frontline.contracts.base import PublicEvent
from frontline.kernel.authz import Rule
from frontline.kernel.calendar import WorkingCalendar
from frontline.kernel.decider import Decider
from frontline.kernel.ops import Projection
from frontline.kernel.publication import Publication
from frontline.kernel.settings import ServiceSettings
from frontline.kernel.subscriber import Handler
from frontline.kernel.timers import TimerHandler
from frontline.kernel.upcasting import Upcasters
from frontline.kernel.wording import Wording

if TYPE_CHECKING:
    from frontline.kernel.runtime import ServiceRuntime

T = TypeVar("T")
SettingsT = TypeVar("SettingsT", bound=ServiceSettings)

# Built once per process from the running runtime.
Factory = Callable[["ServiceRuntime[Any]"], T]
# A decider that counts working days is bound to its runtime's statutory calendar.
DeciderOf = Decider[Any, Any] | Callable[[WorkingCalendar], Decider[Any, Any]]
# The generated ``add_<Name>Servicer_to_server`` function.
AddToServer = Callable[[Any, Any], None]


class DefinitionError(Exception):
    """A service definition contradicts itself (found when the process starts)."""


@dataclass(frozen=True)
class Stream:
    """One aggregate type: its decider, what of it is published, and its read model."""

    decider: DeciderOf
    publication: Publication | None = None
    projection: Factory[Projection] | None = None


@dataclass(frozen=True)
class Api:
    """A gRPC service: its descriptor, servicer and one authorization rule per method."""

    descriptor: ServiceDescriptor
    add_to_server: AddToServer
    servicer: Factory[object]
    rules: Mapping[str, Rule]

    @property
    def name(self) -> str:
        return str(self.descriptor.full_name)

    def check_rules(self) -> None:
        """Every method has a rule and every rule a method (DESIGN.md §6)."""
        methods = {method.name for method in self.descriptor.methods}
        missing = sorted(methods - set(self.rules))
        unknown = sorted(set(self.rules) - methods)
        if missing or unknown:
            raise DefinitionError(
                f"{self.name}: methods without a rule {missing}, rules without a method {unknown}"
            )


@dataclass(frozen=True)
class Subscription:
    """A reaction to another service's public events (consumer ``<service>.<purpose>``).

    ``contract`` lists the event types the handler reads: each is validated against
    its model before the handler runs (a failure is dead-lettered), and types not
    listed are skipped without calling it.

    ``projection``: the subscription feeds a read model people look at (headquarters'
    command view); how far it is behind the events, in seconds, is reported
    (``frontline_projection_lag_seconds``, observability.py).
    """

    topic: str
    consumer: str
    handler: Factory[Handler]
    contract: Sequence[type[PublicEvent]] = ()
    projection: bool = False


@dataclass(frozen=True)
class TimerKind:
    """Durable deadlines of one kind and the handler that fires them."""

    kind: str
    handler: Factory[TimerHandler]


@dataclass(frozen=True)
class Service(Generic[SettingsT]):
    name: str
    settings: type[SettingsT]
    migrations: Sequence[str] = ()
    streams: Sequence[Stream] = ()
    apis: Sequence[Api] = ()
    subscriptions: Sequence[Subscription] = ()
    timers: Sequence[TimerKind] = ()
    # Run after migrations, before anything consumes (e.g. a read model's own schema).
    setup: Sequence[Factory[Awaitable[None]]] = ()
    # Started once the process serves, stopped before it stops (e.g. a web dashboard).
    components: Sequence[Factory[AbstractAsyncContextManager[Any]]] = ()
    # The package whose commands must all be handled by a stream (conventions suite).
    domain: str | None = None
    # Lift stored events of an older ``schema_version`` on load (conventions suite:
    # every step from 1 to each event's current version is registered).
    upcasters: Upcasters | None = None
    # The Chinese of the service's own refusals, by reason code (``domain/refusals_zh.py``),
    # in front of the kernel's; every status carries it as a LocalizedMessage.
    refusals_zh: Wording | None = None


def run_service(service: Service[Any]) -> None:
    """The whole process: read settings from the environment, serve until SIGTERM."""
    from frontline.kernel import loop
    from frontline.kernel.runtime import ServiceRuntime

    loop.run(ServiceRuntime.of(service).run())
