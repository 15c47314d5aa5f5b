"""Registry use cases that handle personal data: register, correct, read.

Plain personal values exist only in these functions' local variables and in
the caller's response; what is stored is sealed under the person's key.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import date
from typing import cast

import asyncpg

from frontline.cadre.domain import cadre_commands as cmd
from frontline.cadre.domain.age_bands import age_band
from frontline.cadre.domain.cadre_decider import CadreDecider
from frontline.cadre.domain.vocabulary import AgeBand, EducationLevel, Gender
from frontline.cadre.personal_data import Conn, PersonalDataVault, PersonalFields
from frontline.kernel.commands import CommandHandler
from frontline.kernel.context import current_context
from frontline.kernel.errors import (
    AlreadyExists,
    InvalidArgument,
    PermissionDenied,
    PreconditionFailed,
)
from frontline.kernel.ids import new_id

audit = logging.getLogger("frontline.audit")

# Resident ID number: 17 digits and a check character (digit or X).
ID_NUMBER = re.compile(r"^\d{17}[\dX]$")
PHONE = re.compile(r"^\+?[\d\- ]{5,20}$")


@dataclass(frozen=True)
class Registration:
    name: str
    gender: Gender
    birth_date: date
    education_level: EducationLevel
    party_member: bool
    phone: str
    id_number: str
    division_code: str
    registered_on: date


def _validate(r: Registration) -> None:
    if not ID_NUMBER.match(r.id_number.strip().upper()):
        raise InvalidArgument.field("id_number", "a resident ID number has 18 characters")
    if r.phone and not PHONE.match(r.phone):
        raise InvalidArgument.field("phone", "not a phone number")
    if not 16 <= (r.registered_on - r.birth_date).days // 365 <= 100:
        raise InvalidArgument.field("birth_date", "a cadre is between 16 and 100 years old")


class CadreRegistry:
    def __init__(
        self, pool: asyncpg.Pool, commands: CommandHandler, decider: CadreDecider,
        vault: PersonalDataVault,
    ) -> None:  # fmt: skip
        self.pool, self.commands, self.decider, self.vault = pool, commands, decider, vault

    async def register(self, r: Registration) -> str:
        """The new cadre's id; ALREADY_EXISTS when the ID number is registered."""
        _validate(r)
        cadre_id, id_hash = new_id(), self.vault.id_hash(r.id_number)
        fields = PersonalFields(
            name=r.name, birth_date=r.birth_date, phone=r.phone, id_hash=id_hash
        )
        async with self.pool.acquire() as conn, conn.transaction():
            existing = await self._duplicate_the_caller_may_know(conn, id_hash, r.division_code)
            command = cmd.RegisterCadre(
                cadre_id=cadre_id,
                sealed_personal=await self.vault.seal(conn, cadre_id, fields),
                gender=r.gender,
                age_band=age_band(r.birth_date, r.registered_on),
                education_level=r.education_level,
                party_member=r.party_member,
                division_code=r.division_code,
                registered_on=r.registered_on,
                duplicate_of=existing,
            )
            result = await self.commands.execute(
                self.decider, cadre_id, command, conn=cast(asyncpg.Connection, conn)
            )
            if result.replayed:  # a retried request: the first registration stands
                await self.vault.erase(conn, cadre_id)
                return result.stream_id
            await self._index(conn, id_hash, cadre_id)
        return cadre_id

    async def _duplicate_the_caller_may_know(
        self, conn: Conn, id_hash: str, division_code: str
    ) -> str | None:
        """The cadre already registered with this ID number, if the caller may know it.

        A township operator must not learn whether a person is registered elsewhere in
        the county, nor as whom (issue 13: an ID-number oracle). A duplicate outside the
        caller's scope is refused like any other refusal, naming nothing, and audited
        so the county's cadre office can follow it up.
        """
        row = await conn.fetchrow(
            "SELECT i.cadre_id, c.division_code FROM cadre_identities i"
            " LEFT JOIN cadres c USING (cadre_id) WHERE i.id_hash = $1",
            id_hash,
        )
        if row is None:
            return None
        context = current_context()
        if context is None or context.principal.covers(row["division_code"] or ""):
            return str(row["cadre_id"])  # registry_rules refuses it, naming the cadre
        audit.warning(
            "duplicate registration outside the caller's scope",
            extra={
                "principal": context.principal.sub,
                "scope": context.principal.scope,
                "division_code": division_code,
                "registered_as": row["cadre_id"],
                "registered_in": row["division_code"],
            },
        )
        raise PermissionDenied("this registration is not allowed here")

    async def _index(self, conn: Conn, id_hash: str, cadre_id: str) -> None:
        try:
            async with conn.transaction():
                await conn.execute(
                    "INSERT INTO cadre_identities (id_hash, cadre_id) VALUES ($1, $2)",
                    id_hash, cadre_id,
                )  # fmt: skip
        except asyncpg.UniqueViolationError:
            # Two registrations of one person raced; the other one committed first.
            # (It names no cadre; the check above answers every call that does not race.)
            raise AlreadyExists("this person is already registered") from None

    async def update(
        self, cadre_id: str, name: str | None, phone: str | None, birth_date: date | None,
        today: date,
    ) -> None:  # fmt: skip
        if phone and not PHONE.match(phone):
            raise InvalidArgument.field("phone", "not a phone number")
        async with self.pool.acquire() as conn, conn.transaction():
            current = await self.read(conn, cadre_id)
            if current is None:
                raise PreconditionFailed(
                    "PERSONAL_DATA_ERASED", f"cadre/{cadre_id}", "personal data was erased"
                )
            changes = {"name": name, "phone": phone, "birth_date": birth_date}
            fields = current.model_copy(update={k: v for k, v in changes.items() if v})
            sealed = await self.vault.seal(conn, cadre_id, fields)
            command = cmd.UpdatePersonalData(sealed_personal=sealed, updated_on=today)
            await self.commands.execute(
                self.decider, cadre_id, command, conn=cast(asyncpg.Connection, conn)
            )

    async def age_band_on(
        self, conn: Conn | asyncpg.Pool, cadre_id: str, day: date
    ) -> AgeBand | None:
        """The cadre's age band on ``day`` from the sealed birth date (None once erased)."""
        fields = await self.read(conn, cadre_id)
        return None if fields is None else age_band(fields.birth_date, day)

    async def read(self, conn: Conn | asyncpg.Pool, cadre_id: str) -> PersonalFields | None:
        """The cadre's personal fields; None once erased."""
        sealed = await conn.fetchval(
            "SELECT sealed_personal FROM cadres WHERE cadre_id = $1", cadre_id
        )
        if sealed is None:
            return None
        if isinstance(conn, asyncpg.Pool):
            async with conn.acquire() as own:
                return await self.vault.open(own, cadre_id, sealed)
        return await self.vault.open(conn, cadre_id, sealed)
