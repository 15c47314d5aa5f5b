"""The use cases' ports on a running service: the kernel's commands, the PostgreSQL
read model, the county's calendar day, new ids and the county's rules."""

from __future__ import annotations

from frontline.kernel.commands import CommandPort
from frontline.kernel.ids import new_id
from frontline.kernel.runtime import ServiceRuntime
from frontline.organization.command_read_model import PgCommandReadModel
from frontline.organization.queries import PgCadreDirectory, PgReadModel
from frontline.organization.settings import OrganizationSettings
from frontline.organization.use_cases.ports import CadreDirectory, Ports


def ports(
    rt: ServiceRuntime[OrganizationSettings],
    commands: CommandPort | None = None,
    cadres: CadreDirectory | None = None,
) -> Ports:
    """``commands`` (and ``cadres``) bound to a caller's transaction (timers, reactions),
    else the runtime's."""
    return Ports(
        commands=commands or rt.commands,
        read=rt.provide(_read_model),
        today=rt.time.today,
        new_id=new_id,
        rules=rt.settings.rules,
        cadres=cadres or PgCadreDirectory(rt.pool),
        command_read=rt.provide(_command_read_model),
        calendar=rt.calendar,
    )


def _read_model(rt: ServiceRuntime[OrganizationSettings]) -> PgReadModel:
    return PgReadModel(rt.pool)


def _command_read_model(rt: ServiceRuntime[OrganizationSettings]) -> PgCommandReadModel:
    return PgCommandReadModel(rt.pool)
