"""Every command group of `frontline`: the module that holds it, its one-line help, and
the catalogue of its Chinese texts (``language.py``).

A group is a module with a Typer ``app`` (made by ``options.sub_app``); adding one is
that module, its catalogue and one line here. The module is imported only when the
group runs or its own ``--help`` is asked for, so ``frontline --help`` reads its lines
from this table alone (their Chinese from ``common_zh.py``) and starts without gRPC,
Kafka or database clients.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Group:
    module: str
    help: str
    catalogue: str = ""  # the module of its Chinese texts (tests/test_chinese.py)


GROUPS: dict[str, Group] = {
    "org": Group(
        "frontline.cli.org",
        "Organization: units, decisions, meetings, duties, orders",
        "frontline.cli.org_zh",
    ),
    "cadre": Group(
        "frontline.cli.cadre",
        "Cadre service: registry, appointments, training",
        "frontline.cli.cadre_zh",
    ),
    "service": Group(
        "frontline.cli.service_centre",
        "Service centres and service requests (便民服务)",
        "frontline.cli.service_zh",
    ),
    "hq": Group(
        "frontline.cli.hq",
        "Headquarters: county overview, ranking, alerts, briefing",
        "frontline.cli.hq_zh",
    ),
    "token": Group(
        "frontline.cli.tokens",
        "Operator tokens and the county's signing keys",
        "frontline.cli.tokens_zh",
    ),
    "discipline": Group(
        "frontline.cli.discipline",
        "Discipline: clues, cases, disputes, sweeps, ledgers (法治)",
        "frontline.cli.discipline_zh",
    ),
    "admin": Group(
        "frontline.cli.admin",
        "Admin: rebuild, verify, dead letters, outbox, calendar",
        "frontline.cli.admin_zh",
    ),
    "events": Group(
        "frontline.cli.events", "Read public events off Kafka", "frontline.cli.events_zh"
    ),
    "demo": Group("frontline.cli.demo", "Demo county", "frontline.cli.demo_zh"),
}
