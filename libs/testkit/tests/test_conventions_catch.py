"""The conventions suite fails a service that breaks a convention (it can fail)."""

from __future__ import annotations

from typing import Any, ClassVar

import pytest
from pydantic import field_serializer

from frontline.api.admin.v1 import admin_pb2, admin_pb2_grpc
from frontline.contracts.base import PublicEvent
from frontline.kernel.authz import Rule
from frontline.kernel.decider import Decider
from frontline.kernel.publication import Publication
from frontline.kernel.service import Api, Service, Stream, Subscription
from frontline.kernel.settings import ServiceSettings
from frontline.kernel.upcasting import Upcasters
from frontline.testkit import counter as c
from frontline.testkit.conventions import ServiceConventions, round_trip

pytestmark = pytest.mark.unit

PUBLISHED = Publication.of(
    {c.Incremented: lambda e, s: c.CounterIncremented(counter_id="x", total=e.total)},
    private=[c.Closed],
)


def conventions(**definition: Any) -> ServiceConventions:
    service = Service(name="test", settings=ServiceSettings, **definition)

    class Conventions(ServiceConventions):
        pass

    Conventions.service = service
    return Conventions()


def test_a_command_of_the_domain_that_no_stream_handles_fails() -> None:
    only_increment = Decider(
        stream_type="counter", initial_state=c.Counter, evolve=c.evolve,
        rules={c.Increment: c.increment}, events=[c.Incremented, c.Closed],
    )  # fmt: skip
    suite = conventions(streams=[Stream(only_increment, PUBLISHED)], domain=c.__name__)
    with pytest.raises(AssertionError, match="Close"):
        suite.test_every_command_is_handled_by_exactly_one_stream()
    conventions(
        streams=[Stream(c.counter, PUBLISHED)], domain=c.__name__
    ).test_every_command_is_handled_by_exactly_one_stream()


def test_an_event_neither_published_nor_declared_private_fails() -> None:
    forgot = Publication.of(
        {c.Incremented: lambda e, s: c.CounterIncremented(counter_id="x", total=e.total)}
    )
    suite = conventions(streams=[Stream(c.counter, forgot)])
    with pytest.raises(AssertionError, match="Closed"):
        suite.test_every_event_is_published_or_declared_private()
    conventions(
        streams=[Stream(c.counter, PUBLISHED)]
    ).test_every_event_is_published_or_declared_private()


def test_a_schema_bump_without_its_upcaster_fails() -> None:
    # counter.Incremented is at schema 2.
    with pytest.raises(AssertionError, match="Incremented v1"):
        conventions(
            streams=[Stream(c.counter, PUBLISHED)]
        ).test_every_older_schema_of_a_stored_event_has_an_upcaster()
    upcasters = Upcasters()
    upcasters.register("Incremented", 1)(lambda d: {**d, "unit": "piece"})
    conventions(
        streams=[Stream(c.counter, PUBLISHED)], upcasters=upcasters
    ).test_every_older_schema_of_a_stored_event_has_an_upcaster()


def test_an_rpc_without_an_authorization_rule_fails() -> None:
    descriptor = admin_pb2.DESCRIPTOR.services_by_name["AdminService"]
    rules = {"LoadCalendarYear": Rule(frozenset({"county_admin"}))}
    api = Api(descriptor, admin_pb2_grpc.add_AdminServiceServicer_to_server, lambda rt: None, rules)
    with pytest.raises(Exception, match="ListCalendarYears"):
        conventions(apis=[api]).test_every_rpc_has_an_authorization_rule()


def test_a_subscription_without_a_contract_fails() -> None:
    subscription = Subscription("other.events.v1", "test.reaction", lambda rt: c.publish)  # type: ignore[arg-type, return-value]
    with pytest.raises(AssertionError, match="declares no contract"):
        conventions(subscriptions=[subscription]).test_every_subscription_declares_its_contract()


class Miscounted(PublicEvent):
    """A public event whose output breaks its own schema: counts go out as text."""

    ce_type: ClassVar[str] = "cn.frontline.test.Miscounted.v1"
    topic: ClassVar[str] = "test.events.v1"
    count: int

    @field_serializer("count")
    def _as_text(self, count: int) -> str:
        return str(count)


def test_a_public_event_that_breaks_its_schema_fails() -> None:
    with pytest.raises(Exception, match="is not of type 'integer'"):
        round_trip(Miscounted)
    round_trip(c.CounterIncremented)
