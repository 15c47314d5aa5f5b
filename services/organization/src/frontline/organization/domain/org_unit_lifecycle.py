"""Establishing and dissolving org units (DOMAIN.md "Org unit")."""

from __future__ import annotations

from frontline.kernel.decider import DomainEvent
from frontline.kernel.errors import AlreadyExists, InvalidArgument, NotFound, PreconditionFailed
from frontline.organization.domain import org_unit_commands as cmd
from frontline.organization.domain import org_unit_events as ev
from frontline.organization.domain.dates import add_years
from frontline.organization.domain.divisions import (
    PARENT_LEVELS,
    OrgLevel,
    child_code_problem,
    code_problem,
)
from frontline.organization.domain.org_unit_state import OrgUnitState

# Village and community organizations serve 5-year terms; branches 3 or 5 (DOMAIN.md).
ALLOWED_TERMS: dict[OrgLevel, frozenset[int]] = {
    OrgLevel.COUNTY: frozenset({5}),
    OrgLevel.TOWNSHIP: frozenset({5}),
    OrgLevel.VILLAGE: frozenset({5}),
    OrgLevel.COMMUNITY: frozenset({5}),
    OrgLevel.BRANCH: frozenset({3, 5}),
}
DEFAULT_TERM_YEARS = 5


def require_active(state: OrgUnitState) -> None:
    if not state.exists:
        raise NotFound("org unit", state.unit_id or "(not established)")
    if not state.active:
        raise PreconditionFailed("UNIT_DISSOLVED", state.unit_id, "the org unit is dissolved")


def check_term_years(level: OrgLevel, years: int) -> None:
    allowed = ALLOWED_TERMS[level]
    if years not in allowed:
        raise InvalidArgument.field(
            "term_years",
            "a {level} term lasts {years} years",
            "TERM_YEARS",
            level=level,
            years=sorted(allowed),
        )


def establish(c: cmd.EstablishOrgUnit, s: OrgUnitState) -> list[DomainEvent]:
    if s.exists:
        raise AlreadyExists(
            "org unit {unit_id} is already established", "UNIT_EXISTS", unit_id=s.unit_id
        )
    if not c.name.strip():
        raise InvalidArgument.field("name", "a unit needs a name", "NAME_REQUIRED")
    problem = code_problem(c.level, c.division_code)
    if problem:
        raise InvalidArgument(problem)
    _check_parent(c)
    years = c.term_years or DEFAULT_TERM_YEARS
    check_term_years(c.level, years)
    started = c.term_started_on or c.established_on
    return [
        ev.OrgUnitEstablished(
            unit_id=c.unit_id,
            level=c.level,
            division_code=c.division_code,
            name=c.name.strip(),
            parent_id=c.parent.unit_id if c.parent else None,
            parent_division_code=c.parent.division_code if c.parent else None,
            established_on=c.established_on,
            term_years=years,
            term_started_on=started,
            election_due_on=add_years(started, years),
        )
    ]


def _check_parent(c: cmd.EstablishOrgUnit) -> None:
    allowed = PARENT_LEVELS[c.level]
    if c.parent is None:
        if allowed:
            raise InvalidArgument.field(
                "parent_unit_id", "a {level} unit needs a parent", "PARENT_REQUIRED", level=c.level
            )
        return
    if not allowed:
        raise InvalidArgument.field(
            "parent_unit_id", "a county committee has no parent", "COUNTY_HAS_NO_PARENT"
        )
    if c.parent.level not in allowed:
        raise InvalidArgument.field(
            "parent_unit_id",
            "a {level} unit is established under a unit of level: {parents}",
            "WRONG_PARENT_LEVEL",
            level=c.level,
            parents=sorted(allowed),
        )
    if not c.parent.active:
        raise PreconditionFailed("PARENT_DISSOLVED", c.parent.unit_id, "the parent is dissolved")
    problem = child_code_problem(c.level, c.division_code, c.parent.division_code)
    if problem:
        raise InvalidArgument(problem)


def dissolve(c: cmd.DissolveOrgUnit, s: OrgUnitState) -> list[DomainEvent]:
    require_active(s)
    if c.active_children > 0:
        raise PreconditionFailed(
            "HAS_ACTIVE_CHILDREN", s.unit_id, "dissolve or merge the unit's children first"
        )
    if c.merged_into is not None:
        _check_merge_target(c, s)
    if c.dissolved_on < (s.established_on or c.dissolved_on):
        raise InvalidArgument.field(
            "dissolved_on",
            "before the unit was established ({established_on})",
            "BEFORE_ESTABLISHED",
            established_on=s.established_on,
        )
    return [
        ev.OrgUnitDissolved(
            dissolved_on=c.dissolved_on,
            reason=c.reason,
            merged_into_unit_id=c.merged_into.unit_id if c.merged_into else None,
        )
    ]


def _check_merge_target(c: cmd.DissolveOrgUnit, s: OrgUnitState) -> None:
    target = c.merged_into
    assert target is not None
    if target.unit_id == s.unit_id:
        raise InvalidArgument.field(
            "merged_into_unit_id", "a unit cannot merge into itself", "MERGE_INTO_ITSELF"
        )
    if target.level != s.level:
        raise InvalidArgument.field(
            "merged_into_unit_id",
            "a {level} unit merges into a unit of the same level",
            "MERGE_ACROSS_LEVELS",
            level=s.level,
        )
    if not target.active:
        raise PreconditionFailed("TARGET_DISSOLVED", target.unit_id, "the target is dissolved")
