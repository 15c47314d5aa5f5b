"""Reporters' identities sealed per person with the kernel's personal-data vault.

The person's key is found again by a keyed hash of their ID number (or phone), so
every report of one person is under one key and erased with it; a reporter who
gave neither gets a key of their own. The plain identity exists only in memory,
between the request and the seal, and again when the intake role reads it.
"""

from __future__ import annotations

from asyncpg.pool import Pool

from frontline.discipline.domain.clue_vocabulary import SealedReporter
from frontline.discipline.views import ReporterIdentity
from frontline.kernel.ids import new_id
from frontline.kernel.personal_data import PersonalDataVault


class VaultReporters:
    def __init__(self, pool: Pool, vault: PersonalDataVault) -> None:
        self.pool = pool
        self.vault = vault

    def subject_of(self, reporter: ReporterIdentity) -> str:
        known = reporter.id_number or reporter.phone
        return f"reporter:{self.vault.keyed_hash(known)[:32]}" if known else f"reporter:{new_id()}"

    async def seal(self, reporter: ReporterIdentity) -> SealedReporter:
        subject = self.subject_of(reporter)
        async with self.pool.acquire() as conn:
            sealed = await self.vault.seal(conn, subject, reporter)
        return SealedReporter(subject_id=subject, sealed=sealed)

    async def open(self, sealed: SealedReporter) -> ReporterIdentity | None:
        async with self.pool.acquire() as conn:
            return await self.vault.open(conn, sealed.subject_id, sealed.sealed, ReporterIdentity)
