"""The use cases' ports on a running service: the kernel's commands, the PostgreSQL read
model, the record of organization's decisions, the reporters' vault, the read audit,
the county's calendar day, new ids and the county's rules."""

from __future__ import annotations

from frontline.discipline.decision_records import PgDecisionRecords
from frontline.discipline.domain.clue import STREAM_TYPE as CLUE
from frontline.discipline.queries import PgReadModel
from frontline.discipline.read_audit import LogReadAudit
from frontline.discipline.reporter_vault import VaultReporters
from frontline.discipline.settings import DisciplineSettings
from frontline.discipline.use_cases.ports import Ports
from frontline.kernel.commands import CommandPort
from frontline.kernel.ids import new_id
from frontline.kernel.personal_data import Conn, PersonalDataVault, load_county_secret
from frontline.kernel.runtime import ServiceRuntime

Runtime = ServiceRuntime[DisciplineSettings]


def ports(rt: Runtime, commands: CommandPort | None = None, conn: Conn | None = None) -> Ports:
    """``commands`` (and ``conn``) bound to a caller's transaction (timers, reactions),
    else the runtime's."""
    return Ports(
        commands=commands or rt.commands,
        clue_decider=rt.decider(CLUE),
        read=rt.provide(_read_model),
        decisions=PgDecisionRecords(conn if conn is not None else rt.pool),
        vault=rt.provide(_reporters),
        audit=LogReadAudit(),
        today=rt.time.today,
        new_id=new_id,
        rules=rt.settings.rules,
    )


def _read_model(rt: Runtime) -> PgReadModel:
    return PgReadModel(rt.pool)


def _reporters(rt: Runtime) -> VaultReporters:
    secret = load_county_secret(rt.settings.personal_data_secret_path)
    return VaultReporters(rt.pool, PersonalDataVault(secret, "discipline"))
