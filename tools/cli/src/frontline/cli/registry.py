"""Every command group of `frontline`: the module that holds it and its one-line help.

A group is a module with a Typer ``app`` (made by ``options.sub_app``); adding one is
that module plus one line here. The module is imported only when the group runs or its
own ``--help`` is asked for, so ``frontline --help`` reads its lines from this table
alone and starts without gRPC, Kafka or database clients.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Group:
    module: str
    help: str


GROUPS: dict[str, Group] = {
    "org": Group("frontline.cli.org", "Organization service: units, decisions, meetings"),
    "cadre": Group("frontline.cli.cadre", "Cadre service: registry, appointments, training"),
    "service": Group(
        "frontline.cli.service_centre", "Service centres and service requests (便民服务)"
    ),
    "hq": Group("frontline.cli.hq", "Headquarters: county overview, ranking, alerts"),
    "token": Group("frontline.cli.tokens", "Operator tokens and the county's signing keys"),
    "admin": Group(
        "frontline.cli.admin", "Administration: rebuild, verify, dead letters, outbox, calendar"
    ),
    "events": Group("frontline.cli.events", "Read public events off Kafka"),
    "demo": Group("frontline.cli.demo", "Demo county"),
}
