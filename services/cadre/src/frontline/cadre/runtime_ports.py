"""The use cases' ports on a running service: the kernel's commands, the PostgreSQL
read model and vault, the cadre decider on the runtime's calendar, the county's
calendar day, new ids and the county's rules."""

from __future__ import annotations

from frontline.cadre.domain.cadre_decider import STREAM_TYPE
from frontline.cadre.personal_data import cadre_keys
from frontline.cadre.queries import PgReadModel
from frontline.cadre.settings import CadreSettings
from frontline.cadre.use_cases.ports import Ports
from frontline.cadre.vault import PgVault
from frontline.kernel.commands import CommandPort
from frontline.kernel.ids import new_id
from frontline.kernel.personal_data import load_county_secret
from frontline.kernel.runtime import ServiceRuntime

Runtime = ServiceRuntime[CadreSettings]


def ports(rt: Runtime, commands: CommandPort | None = None) -> Ports:
    """``commands`` bound to a caller's transaction (timers), else the runtime's."""
    return Ports(
        commands=commands or rt.commands,
        read=rt.provide(_read_model),
        vault=rt.provide(_vault),
        cadre=rt.decider(STREAM_TYPE),
        today=rt.time.today,
        new_id=new_id,
        rules=rt.settings.rules,
    )


def _read_model(rt: Runtime) -> PgReadModel:
    return PgReadModel(rt.pool)


def _vault(rt: Runtime) -> PgVault:
    secret = load_county_secret(rt.settings.personal_data_secret_path)
    return PgVault(rt.pool, cadre_keys(secret), rt.commands)
