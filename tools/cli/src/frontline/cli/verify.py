"""`frontline admin verify`: each service's published events against the headquarters.

A service re-derives the ids of every public event it published from its own store
and says which are still in its outbox; headquarters lists the ids it applied and
the event types it projects. An id the headquarters should have but has not, and
that is not in flight, is missing; an id it applied that no service published is
unknown (DESIGN.md §7).
"""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, TypeVar

import grpc

from frontline.api.admin.v1 import admin_pb2, admin_pb2_grpc, read_model_pb2, read_model_pb2_grpc
from frontline.cli.client import channel_for, describe_error, metadata

Key = tuple[str, str]  # (topic, CloudEvents type)
M = TypeVar("M")


@dataclass
class Published:
    """What one service's store yields."""

    ids: defaultdict[Key, set[str]] = field(default_factory=lambda: defaultdict(set))
    in_outbox: set[str] = field(default_factory=set)


@dataclass(frozen=True)
class TopicReport:
    service: str
    topic: str
    published: int  # every public event on the topic
    expected: int  # of types the headquarters projects
    applied: int
    in_flight: int
    missing: list[str]


@dataclass(frozen=True)
class Reconciliation:
    topics: list[TopicReport]
    unknown: list[str]

    @property
    def reconciled(self) -> bool:
        return not self.unknown and not any(t.missing for t in self.topics)


def _streamed(method: Callable[..., Iterable[M]], request: Any, timeout: float) -> Iterator[M]:
    try:
        yield from method(request, metadata=metadata(), timeout=timeout)
    except grpc.RpcError as exc:
        raise SystemExit(describe_error(exc)) from exc


def read_published(service: str, timeout: float) -> Published:
    stub = admin_pb2_grpc.AdminServiceStub(channel_for(service))  # type: ignore[no-untyped-call]
    found = Published()
    request = admin_pb2.ListPublicEventIdsRequest()
    for chunk in _streamed(stub.ListPublicEventIds, request, timeout):
        if chunk.in_outbox:
            found.in_outbox.update(chunk.event_ids)
        else:
            found.ids[(chunk.topic, chunk.type)].update(chunk.event_ids)
    return found


class Headquarters:
    def __init__(self, timeout: float) -> None:
        channel = channel_for("headquarters")
        self.stub = read_model_pb2_grpc.ReadModelServiceStub(channel)  # type: ignore[no-untyped-call]
        self.timeout = timeout

    def projected(self) -> set[Key]:
        request = read_model_pb2.ListProjectedTypesRequest()
        try:
            reply = self.stub.ListProjectedTypes(request, metadata=metadata(), timeout=self.timeout)
        except grpc.RpcError as exc:
            raise SystemExit(describe_error(exc)) from exc
        return {(t.topic, t.type) for t in reply.types}

    def applied(self) -> set[str]:
        request = read_model_pb2.ListAppliedEventIdsRequest()
        ids: set[str] = set()
        for chunk in _streamed(self.stub.ListAppliedEventIds, request, self.timeout):
            ids.update(chunk.event_ids)
        return ids


def _publisher(topic: str) -> str:
    # Each service publishes on "<service>.events.v1" (ServiceRuntime.topic).
    return topic.partition(".")[0]


def compare(
    projected: set[Key],
    published: dict[str, Published],
    applied: set[str],
    applied_before: set[str],
) -> Reconciliation:
    """Missing is judged by ``applied`` (read after the services), unknown by
    ``applied_before`` (read before them): an event committed while verify reads
    is then neither missing nor unknown."""
    reports, known = [], set()
    for service, found in sorted(published.items()):
        by_topic: defaultdict[str, list[Key]] = defaultdict(list)
        for key in found.ids:
            by_topic[key[0]].append(key)
        for topic, keys in sorted(by_topic.items()):
            ids = set().union(*(found.ids[k] for k in keys))
            expected = set().union(*(found.ids[k] for k in keys if k in projected))
            known |= ids
            in_flight = (expected - applied) & found.in_outbox
            missing = expected - applied - in_flight
            reports.append(
                TopicReport(
                    service,
                    topic,
                    len(ids),
                    len(expected),
                    len(expected & applied),
                    len(in_flight),
                    sorted(missing),
                )
            )
    return Reconciliation(reports, sorted(applied_before - known))


def verify(timeout: float, wait: float) -> Reconciliation:
    """Read headquarters, then every service it projects, then headquarters again.

    While ids are missing, headquarters is read again for up to ``wait`` seconds:
    an event just taken off an outbox may still be on its way through Kafka.
    """
    hq = Headquarters(timeout)
    projected = hq.projected()
    before = hq.applied()
    services = sorted({_publisher(topic) for topic, _ in projected})
    published = {service: read_published(service, timeout) for service in services}
    result = compare(projected, published, before, before)
    deadline = time.monotonic() + wait
    while any(t.missing for t in result.topics):
        result = compare(projected, published, hq.applied(), before)
        if time.monotonic() >= deadline:
            break
        time.sleep(1.0)
    return result
