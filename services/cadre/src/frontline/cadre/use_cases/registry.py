"""Registry use cases that handle personal data: register, correct, erase, read.

Plain personal values exist only in these functions' local variables and in the
caller's response; what is stored is sealed under the person's key.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import date
from typing import Literal, TypeVar

from frontline.cadre.domain import cadre_commands as cmd
from frontline.cadre.domain.age_bands import age_band
from frontline.cadre.domain.resident_ids import id_number_refusal
from frontline.cadre.domain.vocabulary import AgeBand, EducationLevel, Gender
from frontline.cadre.personal_data import PersonalFields
from frontline.cadre.use_cases.ports import Ports, VaultTransaction
from frontline.cadre.views import CadreView, EvaluationView, HoldingView, StudentOfficialView
from frontline.kernel.authz import current_principal, found_in_scope, scoped_prefix
from frontline.kernel.commands import CommandResult
from frontline.kernel.context import current_context
from frontline.kernel.convert import Page
from frontline.kernel.decider import Command, DomainEvent
from frontline.kernel.errors import InvalidArgument, PermissionDenied, PreconditionFailed

audit = logging.getLogger("frontline.audit")
PHONE = re.compile(r"^\+?[\d\- ]{5,20}$")
# Roles that see a cadre's name, birth date and phone.
PERSONAL_READERS = frozenset({"cadre_manager", "county_admin"})

E = TypeVar("E", bound=DomainEvent)


async def cadre_in_scope(p: Ports, cadre_id: str) -> CadreView:
    """The cadre, after checking it exists and lies in the caller's scope."""
    return found_in_scope(await p.read.cadre(cadre_id), "cadre", cadre_id)


async def act_on_cadre(p: Ports, cadre_id: str, command: Command) -> CommandResult:
    """Run a command on a cadre in the caller's scope."""
    await cadre_in_scope(p, cadre_id)
    return await p.commands.execute(p.cadre, cadre_id, command)


def answer(result: CommandResult, kind: type[E]) -> E:
    """The answer's event of ``kind``: a retried request id answers with the first call's,
    so the ids it returns (a new procedure's, a training's) are the first call's too."""
    for stored in result.events:
        if isinstance(stored.event, kind):
            return stored.event
    raise LookupError(f"the command recorded no {kind.__name__}")


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
    refusal = id_number_refusal(r.id_number.strip().upper())
    if refusal:
        raise refusal
    if r.phone and not PHONE.match(r.phone):
        raise _not_a_phone()
    _check_age(r.birth_date, r.registered_on)


def _check_age(birth_date: date, on: date) -> None:
    if not 16 <= (on - birth_date).days // 365 <= 100:
        raise InvalidArgument.field(
            "birth_date", "a cadre is between 16 and 100 years old", "AGE_OUT_OF_RANGE"
        )


def _not_a_phone() -> InvalidArgument:
    return InvalidArgument.field("phone", "not a phone number", "NOT_A_PHONE")


async def register(p: Ports, r: Registration) -> str:
    """The new cadre's id; ALREADY_EXISTS when the ID number is registered."""
    _validate(r)
    cadre_id, id_hash = p.new_id(), p.vault.id_hash(r.id_number)
    fields = PersonalFields(name=r.name, birth_date=r.birth_date, phone=r.phone, id_hash=id_hash)
    # The person's new key and ID-number index row are no read-model writes the
    # projection could derive from the event (the key must never be in an event, or
    # erasing it would erase nothing): they go in the vault's transaction, with the
    # command, so none of the three stays without the others.
    async with p.vault.transaction() as tx:
        command = cmd.RegisterCadre(
            cadre_id=cadre_id,
            sealed_personal=await tx.seal(cadre_id, fields),
            gender=r.gender,
            age_band=age_band(r.birth_date, r.registered_on),
            education_level=r.education_level,
            party_member=r.party_member,
            division_code=r.division_code,
            registered_on=r.registered_on,
            duplicate_of=await _duplicate_the_caller_may_know(tx, id_hash, r.division_code),
        )
        result = await tx.commands.execute(p.cadre, cadre_id, command)
        if result.replayed:  # a retried request: the first registration stands
            await tx.forget(cadre_id)
            return result.stream_id
        await tx.index(id_hash, cadre_id)
    return cadre_id


async def _duplicate_the_caller_may_know(
    tx: VaultTransaction, id_hash: str, division_code: str
) -> str | None:
    """The cadre already registered with this ID number, if the caller may know it.

    A township operator must not learn whether a person is registered elsewhere in
    the county, nor as whom (an ID-number oracle). A duplicate outside the caller's
    scope is refused like any other refusal, naming nothing, and audited so the
    county's cadre office can follow it up (the ID number itself is never logged).
    """
    found = await tx.registered_as(id_hash)
    if found is None:
        return None
    context = current_context()
    if context is None or context.principal.covers(found.division_code):
        return found.cadre_id  # the decider refuses it, naming the cadre
    audit.warning(
        "duplicate registration outside the caller's scope",
        extra={
            "principal": context.principal.sub,
            "scope": context.principal.scope,
            "division_code": division_code,
            "registered_as": found.cadre_id,
            "registered_in": found.division_code,
        },
    )
    raise PermissionDenied("this registration is not allowed here", reason="REGISTRATION_ELSEWHERE")


@dataclass(frozen=True)
class Correction:
    """The fields to correct; None (or empty) keeps the recorded value."""

    name: str | None = None
    phone: str | None = None
    birth_date: date | None = None


async def update(p: Ports, cadre_id: str, c: Correction) -> None:
    await cadre_in_scope(p, cadre_id)
    if c.phone and not PHONE.match(c.phone):
        raise _not_a_phone()
    if c.birth_date:
        # The same rule as at registration: a correction cannot make a cadre unborn.
        _check_age(c.birth_date, p.today())
    # Sealed under the person's key in the same transaction as the command (see register).
    async with p.vault.transaction() as tx:
        current = await tx.current(cadre_id)
        if current is None:
            raise PreconditionFailed(
                "PERSONAL_DATA_ERASED", f"cadre/{cadre_id}", "personal data was erased"
            )
        changes = {"name": c.name, "phone": c.phone, "birth_date": c.birth_date}
        fields = current.model_copy(update={k: v for k, v in changes.items() if v})
        sealed = await tx.seal(cadre_id, fields)
        command = cmd.UpdatePersonalData(sealed_personal=sealed, updated_on=p.today())
        await tx.commands.execute(p.cadre, cadre_id, command)


async def erase(p: Ports, cadre_id: str) -> None:
    """Destroys the person's key (the projection does, with the event): DESIGN.md §6."""
    await act_on_cadre(p, cadre_id, cmd.ErasePersonalData(erased_on=p.today()))


async def age_band_on(p: Ports, cadre: CadreView, day: date) -> AgeBand | None:
    """The cadre's age band on ``day`` from the sealed birth date (None once erased)."""
    fields = await p.vault.open(cadre.cadre_id, cadre.sealed_personal)
    return None if fields is None else age_band(fields.birth_date, day)


@dataclass(frozen=True)
class Personal:
    """A cadre's personal fields as the caller may see them."""

    status: Literal["shown", "withheld", "erased"]
    fields: PersonalFields | None = None


@dataclass(frozen=True)
class CadreRecord:
    cadre: CadreView
    personal: Personal
    posts: tuple[HoldingView, ...] = ()
    evaluations: tuple[EvaluationView, ...] = ()
    student_official: StudentOfficialView | None = None


async def _personal(p: Ports, cadre: CadreView, allowed: bool) -> Personal:
    if not allowed:
        return Personal("withheld")
    fields = await p.vault.open(cadre.cadre_id, cadre.sealed_personal)
    if fields is None or cadre.erased_on is not None:
        return Personal("erased")
    return Personal("shown", fields)


def _may_see_personal() -> bool:
    return bool(current_principal().roles & PERSONAL_READERS)


async def get_cadre(p: Ports, cadre_id: str) -> CadreRecord:
    """One cadre with posts, evaluations and student-official service."""
    cadre = await cadre_in_scope(p, cadre_id)
    return CadreRecord(
        cadre=cadre,
        personal=await _personal(p, cadre, _may_see_personal()),
        posts=tuple(await p.read.posts_of_cadre(cadre_id)),
        evaluations=tuple(await p.read.evaluations_of(cadre_id)),
        student_official=await p.read.student_official(cadre_id),
    )


async def list_cadres(p: Ports, prefix: str, page: Page) -> list[CadreRecord]:
    """Cadres under a division prefix inside the caller's scope (its whole scope if empty)."""
    cadres = await p.read.cadres(scoped_prefix(prefix, "division_code"), page)
    allowed = _may_see_personal()
    return [CadreRecord(c, await _personal(p, c, allowed)) for c in cadres]
