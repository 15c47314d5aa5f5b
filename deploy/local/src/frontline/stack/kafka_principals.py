"""Who may do what on the county's Kafka: one principal per service, and its ACLs.

A service writes only its own topic and the dead-letter queues of the topics it
consumes, reads only what it consumes, and joins only consumer groups named
``<service>.``. The broker's StandardAuthorizer refuses everything else, so a
stolen service password cannot forge another service's events (issue 13).

The same table serves the local stack (literal topic names) and the tests (each
test's topic prefix in front of every name). docs/runbook.md, "Kafka principals",
says how to add a principal and rotate its password on a real cluster.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from aiokafka.admin import AIOKafkaAdminClient
from aiokafka.protocol.admin import CreateAclsRequest_v1
from aiokafka.protocol.api import Request

from frontline.kernel.kafka_client import KafkaTarget, kafka_options

# The broker's own principal (inter-broker traffic, and the stack's ACL set-up).
ADMIN = "admin"
# The CLI's principal: operators read every topic and replay dead letters.
OPERATOR = "operator"


@dataclass(frozen=True)
class ServicePrincipal:
    name: str
    consumes: tuple[str, ...]
    publishes: bool = True  # headquarters only reads

    @property
    def topic(self) -> str:
        return f"{self.name}.events.v1"


# Who consumes whom (DESIGN.md §5); services still being built are listed already.
SERVICE_PRINCIPALS: tuple[ServicePrincipal, ...] = (
    ServicePrincipal("organization", ("cadre", "discipline")),
    ServicePrincipal("cadre", ("organization", "discipline")),
    ServicePrincipal("service-center", ("organization", "cadre")),
    ServicePrincipal("discipline", ("organization", "cadre", "service-center")),
    ServicePrincipal(
        "headquarters",
        ("organization", "cadre", "service-center", "discipline"),
        publishes=False,
    ),
)
PRINCIPALS: tuple[str, ...] = (
    ADMIN,
    OPERATOR,
    *(principal.name for principal in SERVICE_PRINCIPALS),
)


class Resource(IntEnum):  # Kafka's ResourceType codes
    TOPIC = 2
    GROUP = 3


class Pattern(IntEnum):  # Kafka's PatternType codes
    LITERAL = 3
    PREFIXED = 4


class Operation(IntEnum):  # Kafka's AclOperation codes
    ALL = 2
    READ = 3
    WRITE = 4
    CREATE = 5
    DESCRIBE = 8


ALLOW = 3  # AclPermissionType.ALLOW


@dataclass(frozen=True)
class Acl:
    principal: str
    resource: Resource
    name: str
    operation: Operation
    pattern: Pattern = Pattern.LITERAL

    def creation(self) -> tuple[int, str, int, str, str, int, int]:
        """One entry of a CreateAcls request (v1 wire order)."""
        return (
            self.resource, self.name, self.pattern, f"User:{self.principal}", "*",
            self.operation, ALLOW,
        )  # fmt: skip


def _topic(principal: str, name: str, *operations: Operation) -> Iterator[Acl]:
    for operation in operations:
        yield Acl(principal, Resource.TOPIC, name, operation)


def service_acls(service: ServicePrincipal, prefix: str = "") -> list[Acl]:
    """What ``service`` may do when every topic and group name starts with ``prefix``."""
    me = service.name
    # A service creates the topics it uses at start (DESIGN.md §5): creating a
    # topic grants nothing on it, so CREATE goes with every topic it touches.
    acls: list[Acl] = []
    if service.publishes:
        own = prefix + service.topic
        acls += _topic(me, own, Operation.WRITE, Operation.DESCRIBE, Operation.CREATE)
        acls += _topic(me, f"{own}.dlq", Operation.DESCRIBE, Operation.CREATE)
    for source in service.consumes:
        topic = f"{prefix}{source}.events.v1"
        acls += _topic(me, topic, Operation.READ, Operation.DESCRIBE, Operation.CREATE)
        acls += _topic(me, f"{topic}.dlq", Operation.WRITE, Operation.DESCRIBE, Operation.CREATE)
    acls += [
        Acl(me, Resource.GROUP, f"{prefix}{me}.", operation, Pattern.PREFIXED)
        for operation in (Operation.READ, Operation.DESCRIBE)
    ]
    return acls


def operator_acls() -> list[Acl]:
    """The CLI reads any topic (`events tail`, `admin dlq`) and replays dead letters."""
    return [Acl(OPERATOR, resource, "*", Operation.ALL) for resource in Resource]


def county_acls(prefix: str = "") -> list[Acl]:
    """Every service's ACLs; the operator's too on a real county (no prefix)."""
    acls = [acl for service in SERVICE_PRINCIPALS for acl in service_acls(service, prefix)]
    return acls if prefix else [*acls, *operator_acls()]


class _CreateAcls(Request[CreateAclsRequest_v1]):  # type: ignore[misc]
    """CreateAcls with many entries (aiokafka's own request carries one)."""

    API_KEY = 30

    def __init__(self, acls: list[Acl]) -> None:
        self.acls = acls

    def build(self, request_struct_class: type[CreateAclsRequest_v1]) -> CreateAclsRequest_v1:
        return request_struct_class([acl.creation() for acl in self.acls])


class AclRefused(RuntimeError):
    pass


async def create_acls(admin_kafka: KafkaTarget, acls: list[Acl]) -> None:
    """Create ``acls`` (idempotent: an existing ACL is kept) as a principal allowed to."""
    admin = AIOKafkaAdminClient(**kafka_options(admin_kafka))
    await admin.start()
    try:
        response: Any = await admin._send_request(_CreateAcls(acls))  # no public API in aiokafka
    finally:
        await admin.close()
    failed = [(code, message) for code, message in response.creation_responses if code]
    if failed:
        raise AclRefused(f"the broker refused {len(failed)} ACL(s): {failed[0]}")
