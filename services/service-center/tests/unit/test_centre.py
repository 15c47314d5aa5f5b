"""Centres: establish on an org unit, service lines, staff on duty, close."""

from __future__ import annotations

from datetime import date

import pytest

from frontline.kernel.errors import AlreadyExists, InvalidArgument, PreconditionFailed
from frontline.kernel.testing import scenario
from frontline.service_center.domain import centre_commands as cmd
from frontline.service_center.domain import centre_events as ev
from frontline.service_center.domain.centre import centre_decider
from frontline.service_center.domain.facts import UnitFacts
from frontline.service_center.domain.vocabulary import CentreKind, CentreLevel, RequestKind

pytestmark = pytest.mark.unit

DAY = date(2025, 9, 1)
VILLAGE = UnitFacts(org_unit_id="u-1", division_code="440781100201", level="village")
LIMITS = {RequestKind.CONSULTATION: 1, RequestKind.HELP: 5}
ESTABLISHED = ev.CentreEstablished(
    centre_id="centre-1",
    org_unit_id="u-1",
    division_code="440781100201",
    level=CentreLevel.VILLAGE,
    kind=CentreKind.ONE_STOP,
    name="沙头村一站式服务站",
    established_on=DAY,
)


def establish(unit: UnitFacts = VILLAGE, **lines: dict[RequestKind, int]) -> cmd.EstablishCentre:
    return cmd.EstablishCentre(
        centre_id="centre-1", unit=unit, name="沙头村一站式服务站", established_on=DAY, lines=lines
    )


def test_a_village_centre_is_a_one_stop_centre_with_its_first_lines() -> None:
    scenario(centre_decider).when(establish(social_security=LIMITS)).then(
        ESTABLISHED,
        ev.ServiceLineSet(line="social_security", offered=True, time_limits=LIMITS, set_on=DAY),
    )
    township = VILLAGE.model_copy(update={"division_code": "440781100", "level": "township"})
    (made,) = scenario(centre_decider).when(establish(township)).outcome()
    assert isinstance(made, ev.CentreEstablished)
    assert made.kind is CentreKind.PARTY_MASSES_CENTRE


def test_a_centre_needs_a_live_township_village_or_community_unit() -> None:
    branch = VILLAGE.model_copy(update={"level": "branch"})
    scenario(centre_decider).when(establish(branch)).raises(InvalidArgument)
    dissolved = VILLAGE.model_copy(update={"active": False})
    scenario(centre_decider).when(establish(dissolved)).raises(PreconditionFailed)
    scenario(centre_decider).given(ESTABLISHED).when(establish()).raises(AlreadyExists)


def test_setting_a_line_as_it_already_is_records_nothing() -> None:
    offer = cmd.SetServiceLine(line="medical_health", offered=True, time_limits=LIMITS, set_on=DAY)
    (made,) = scenario(centre_decider).given(ESTABLISHED).when(offer).outcome()
    scenario(centre_decider).given(ESTABLISHED, made).when(offer).then()
    withdraw = offer.model_copy(update={"offered": False})
    (withdrawn,) = scenario(centre_decider).given(ESTABLISHED, made).when(withdraw).outcome()
    state = centre_decider.fold([ESTABLISHED, made, withdrawn])
    assert not state.offers("medical_health") and state.facts.lines_offered == frozenset()


def test_staff_on_duty_are_cadres_serving_in_the_township() -> None:
    stranger = cmd.PutStaffOnDuty(cadre_id="c-9", serves_in_township=False, on_duty_from=DAY)
    error = scenario(centre_decider).given(ESTABLISHED).when(stranger).raises(PreconditionFailed)
    assert error.violations[0].type == "CADRE_NOT_SERVING_HERE"  # type: ignore[attr-defined]
    local = cmd.PutStaffOnDuty(cadre_id="c-1", serves_in_township=True, on_duty_from=DAY)
    on = ev.StaffPutOnDuty(cadre_id="c-1", on_duty_from=DAY)
    scenario(centre_decider).given(ESTABLISHED).when(local).then(on)
    off = cmd.TakeStaffOffDuty(cadre_id="c-1", off_duty_from=DAY)
    scenario(centre_decider).given(ESTABLISHED, on).when(off).then(
        ev.StaffTakenOffDuty(cadre_id="c-1", off_duty_from=DAY)
    )
    scenario(centre_decider).given(ESTABLISHED).when(off).raises(PreconditionFailed)


def test_a_closed_centre_changes_no_more() -> None:
    closed = ev.CentreClosed(closed_on=DAY, reason="merged into the township centre")
    close = cmd.CloseCentre(closed_on=DAY, reason="merged into the township centre")
    scenario(centre_decider).given(ESTABLISHED).when(close).then(closed)
    offer = cmd.SetServiceLine(line="medical_health", offered=True, time_limits=LIMITS, set_on=DAY)
    error = (
        scenario(centre_decider).given(ESTABLISHED, closed).when(offer).raises(PreconditionFailed)
    )
    assert error.violations[0].type == "CENTRE_CLOSED"  # type: ignore[attr-defined]
    assert not centre_decider.fold([ESTABLISHED, closed]).facts.active
