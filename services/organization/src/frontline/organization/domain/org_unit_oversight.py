"""Weak-and-lax rectification (软弱涣散整顿) and yearly secretary rating (述职评议)."""

from __future__ import annotations

from datetime import date

from frontline.kernel.decider import DomainEvent
from frontline.kernel.errors import InvalidArgument, PreconditionFailed
from frontline.organization.domain import org_unit_commands as cmd
from frontline.organization.domain import org_unit_events as ev
from frontline.organization.domain.org_unit_lifecycle import require_active
from frontline.organization.domain.org_unit_state import OrgUnitState, Rectification


def confirm_weak_lax(c: cmd.ConfirmWeakLax, s: OrgUnitState) -> list[DomainEvent]:
    require_active(s)
    if s.rectification and s.rectification.open:
        raise PreconditionFailed(
            "RECTIFICATION_OPEN", s.unit_id, "the unit is already under rectification"
        )
    if not c.criteria:
        raise InvalidArgument.field(
            "criteria", "name at least one weak-and-lax criterion met", "CRITERIA_REQUIRED"
        )
    if not c.rectification_plan.strip():
        raise InvalidArgument.field(
            "rectification_plan", "a confirmation sets a plan", "PLAN_REQUIRED"
        )
    if c.target_on is not None and c.target_on <= c.confirmed_on:
        raise InvalidArgument.field(
            "target_on",
            "must be after the confirmation date ({confirmed_on})",
            "TARGET_NOT_AFTER_CONFIRMATION",
            confirmed_on=c.confirmed_on,
        )
    return [
        ev.WeakLaxConfirmed(
            confirmed_on=c.confirmed_on,
            criteria=tuple(dict.fromkeys(c.criteria)),
            rectification_plan=c.rectification_plan.strip(),
            target_on=c.target_on,
        )
    ]


def _before_confirmation(field: str, confirmed_on: date) -> InvalidArgument:
    return InvalidArgument.field(
        field,
        "before the confirmation date ({confirmed_on})",
        "BEFORE_CONFIRMATION",
        confirmed_on=confirmed_on,
    )


def _open_plan(s: OrgUnitState) -> Rectification:
    require_active(s)
    if s.rectification is None or not s.rectification.open:
        raise PreconditionFailed(
            "NO_RECTIFICATION", s.unit_id, "the unit is not confirmed as weak and lax"
        )
    return s.rectification


def record_progress(c: cmd.RecordRectificationProgress, s: OrgUnitState) -> list[DomainEvent]:
    plan = _open_plan(s)
    if c.recorded_on < plan.confirmed_on:
        raise _before_confirmation("recorded_on", plan.confirmed_on)
    if not c.note.strip():
        raise InvalidArgument.field("note", "progress is described", "PROGRESS_NOTE_REQUIRED")
    return [
        ev.RectificationProgressRecorded(
            recorded_on=c.recorded_on, percent_complete=c.percent_complete, note=c.note.strip()
        )
    ]


def sign_off(c: cmd.SignOffRectification, s: OrgUnitState) -> list[DomainEvent]:
    plan = _open_plan(s)
    if c.signed_off_on < plan.confirmed_on:
        raise _before_confirmation("signed_off_on", plan.confirmed_on)
    return [ev.RectificationSignedOff(signed_off_on=c.signed_off_on, summary=c.summary.strip())]


def rate_secretary(c: cmd.RateSecretary, s: OrgUnitState) -> list[DomainEvent]:
    require_active(s)
    if c.year < 2000 or c.year > c.rated_on.year:
        raise InvalidArgument.field("year", "a past or current year is rated", "RATING_YEAR")
    cadre_id = c.cadre_id or (s.secretary.cadre_id if s.secretary else None)
    if cadre_id is None:
        raise PreconditionFailed("SECRETARY_VACANT", s.unit_id, "the unit has no secretary")
    if any(r.year == c.year and r.cadre_id == cadre_id for r in s.ratings):
        raise PreconditionFailed(
            "ALREADY_RATED", cadre_id, "the secretary is already rated for {year}", year=c.year
        )
    return [ev.SecretaryRated(year=c.year, cadre_id=cadre_id, rating=c.rating, rated_on=c.rated_on)]
