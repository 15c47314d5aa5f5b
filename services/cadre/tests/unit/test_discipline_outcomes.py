"""The discipline service's answers and decisions on a cadre: the integrity opinion an
inspection waits for, sanctions that remove from post, the influence period (影响期)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from frontline.cadre.domain import cadre_commands as cmd
from frontline.cadre.domain import cadre_events as ev
from frontline.cadre.domain.cadre_decider import CadreDecider
from frontline.cadre.publish import CADRE
from frontline.contracts import cadre as public
from frontline.kernel.decider import DomainEvent
from frontline.kernel.errors import PreconditionFailed
from frontline.kernel.eventstore import StoredEvent
from frontline.kernel.testing import scenario

pytestmark = pytest.mark.unit

VILLAGE = "440781101203"
ASKED = ev.CandidateInspected(procedure_id="p-1", inspected_on=date(2025, 9, 10))
START = cmd.StartPublicNotice(procedure_id="p-1", starts_on=date(2025, 9, 22))


def published(decider: CadreDecider, history: list[DomainEvent]) -> list[object]:
    stored = StoredEvent(
        "c-1", "cadre", len(history), "e-1", history[-1], datetime(2025, 9, 10, tzinfo=UTC), {}
    )
    return list(CADRE(stored, decider.fold(history)))


def opinion(value: str) -> cmd.RecordIntegrityOpinion:
    return cmd.RecordIntegrityOpinion.model_validate(
        {"procedure_id": "p-1", "opinion": value, "issued_on": date(2025, 9, 12)}
    )


def received(value: str) -> ev.IntegrityOpinionReceived:
    return ev.IntegrityOpinionReceived.model_validate(
        {"procedure_id": "p-1", "opinion": value, "issued_on": date(2025, 9, 12)}
    )


def sanction(**changes: object) -> cmd.RecordSanction:
    values: dict[str, object] = {
        "case_id": "case-1",
        "measure_type": "party_sanction",
        "kind": "removal_from_party_post",
        "removes_from_post": True,
        "influence_ends_on": date(2027, 11, 3),
        "permanent": False,
        "decided_on": date(2025, 11, 3),
    }
    return cmd.RecordSanction.model_validate({**values, **changes})


def elected(post: str, on: date = date(2024, 2, 1), unit: str = "unit-1") -> ev.CadreAppointed:
    return ev.CadreAppointed.model_validate(
        {
            "election_ref": "2024 换届",
            "org_unit_id": unit,
            "division_code": VILLAGE,
            "post": post,
            "appointed_on": on,
            "via": "election",
        }
    )


def left(post: str, unit: str = "unit-1") -> ev.CadreLeftPost:
    return ev.CadreLeftPost.model_validate(
        {
            "org_unit_id": unit,
            "division_code": VILLAGE,
            "post": post,
            "reason": "dismissal",
            "left_on": date(2025, 11, 3),
        }
    )


def nominate(on: date) -> cmd.NominateForPost:
    return cmd.NominateForPost(
        procedure_id="p-2",
        org_unit_id="unit-2",
        division_code=VILLAGE,
        post="deputy_secretary",
        nominated_on=on,
    )


# --- the integrity opinion ----------------------------------------------------------


def test_the_inspection_asks_the_discipline_service(
    registered: ev.CadreRegistered, nominated: ev.AppointmentNominated, decider: CadreDecider
) -> None:
    assert published(decider, [registered, nominated, ASKED]) == [
        public.IntegrityOpinionRequested(
            procedure_id="p-1",
            cadre_id="c-1",
            org_unit_id="unit-1",
            division_code=VILLAGE,
            post="secretary",
            requested_on=date(2025, 9, 10),
        )
    ]


def test_the_notice_waits_for_the_opinion(
    decider: CadreDecider, registered: ev.CadreRegistered, nominated: ev.AppointmentNominated
) -> None:
    error = (
        scenario(decider).given(registered, nominated, ASKED).when(START).raises(PreconditionFailed)
    )
    assert error.violations[0].type == "INTEGRITY_OPINION_PENDING"  # type: ignore[attr-defined]


def test_no_objection_lets_the_notice_start(
    decider: CadreDecider, registered: ev.CadreRegistered, nominated: ev.AppointmentNominated
) -> None:
    given = scenario(decider).given(registered, nominated, ASKED)
    given.when(opinion("no_objection")).then(received("no_objection"))
    started = given.given(registered, nominated, ASKED, received("no_objection")).when(START)
    assert [type(e) for e in started.outcome()] == [ev.PublicNoticeStarted]


def test_an_objection_stops_the_procedure(
    decider: CadreDecider, registered: ev.CadreRegistered, nominated: ev.AppointmentNominated
) -> None:
    given = scenario(decider).given(registered, nominated, ASKED, received("objection"))
    error = given.when(START).raises(PreconditionFailed)
    assert error.violations[0].type == "INTEGRITY_OBJECTION"  # type: ignore[attr-defined]


def test_the_first_opinion_stands(
    decider: CadreDecider, registered: ev.CadreRegistered, nominated: ev.AppointmentNominated
) -> None:
    given = scenario(decider).given(registered, nominated, ASKED, received("objection"))
    given.when(opinion("no_objection")).then()


def test_an_inspection_stored_with_a_typed_opinion_asked_nothing(
    registered: ev.CadreRegistered,
    nominated: ev.AppointmentNominated,
    inspected: ev.CandidateInspected,
    decider: CadreDecider,
) -> None:
    # History from before the discipline service answered: its opinion stands.
    assert published(decider, [registered, nominated, inspected]) == []
    state = decider.fold([registered, nominated, inspected])
    assert state.procedures["p-1"].integrity_opinion == "no_objection"


# --- sanctions ----------------------------------------------------------------------


def test_a_party_removal_takes_the_party_posts_held_on_the_decision_day(
    decider: CadreDecider, registered: ev.CadreRegistered
) -> None:
    posts = [
        elected("secretary"),
        elected("village_committee_member", unit="unit-9"),
        elected("committee_member", on=date(2026, 1, 1), unit="unit-3"),  # after the decision
    ]
    recorded = ev.SanctionRecorded(
        case_id="case-1",
        measure_type="party_sanction",
        kind="removal_from_party_post",
        influence_ends_on=date(2027, 11, 3),
        permanent=False,
        decided_on=date(2025, 11, 3),
    )
    scenario(decider).given(registered, *posts).when(sanction()).then(recorded, left("secretary"))


def test_a_government_dismissal_takes_the_village_committee_post(
    decider: CadreDecider, registered: ev.CadreRegistered
) -> None:
    command = sanction(measure_type="government_sanction", kind="dismissal")
    given = scenario(decider).given(
        registered, elected("secretary"), elected("village_committee_head", unit="unit-2")
    )
    produced = given.when(command).outcome()
    assert produced[1:] == [left("village_committee_head", unit="unit-2")]


def test_a_warning_removes_nothing_and_a_sanction_counts_once(
    decider: CadreDecider, registered: ev.CadreRegistered
) -> None:
    warning = sanction(kind="party_warning", removes_from_post=False)
    given = scenario(decider).given(registered, elected("secretary"))
    [recorded] = given.when(warning).outcome()
    scenario(decider).given(registered, elected("secretary"), recorded).when(warning).then()


def test_no_nomination_within_the_influence_period(
    decider: CadreDecider, registered: ev.CadreRegistered
) -> None:
    [recorded] = (
        scenario(decider).given(registered).when(sanction(removes_from_post=False)).outcome()
    )
    given = scenario(decider).given(registered, recorded)
    error = given.when(nominate(date(2027, 11, 2))).raises(PreconditionFailed)
    assert error.violations[0].type == "SANCTION_INFLUENCE"  # type: ignore[attr-defined]
    assert [type(e) for e in given.when(nominate(date(2027, 11, 3))).outcome()] == [
        ev.AppointmentNominated
    ]


def test_an_expulsion_bars_nomination_for_good_until_revoked(
    decider: CadreDecider, registered: ev.CadreRegistered
) -> None:
    expelled = sanction(kind="party_expulsion", influence_ends_on=None, permanent=True)
    [recorded] = scenario(decider).given(registered).when(expelled).outcome()
    scenario(decider).given(registered, recorded).when(nominate(date(2040, 1, 1))).raises(
        PreconditionFailed
    )
    revoke = cmd.LiftSanction(case_id="case-1", kind="party_expulsion", revoked_on=date(2026, 2, 1))
    lifted = ev.SanctionLifted(case_id="case-1", kind="party_expulsion", lifted_on=date(2026, 2, 1))
    scenario(decider).given(registered, recorded).when(revoke).then(lifted)
    after = scenario(decider).given(registered, recorded, lifted).when(nominate(date(2026, 2, 2)))
    assert [type(e) for e in after.outcome()] == [ev.AppointmentNominated]
    scenario(decider).given(registered, recorded, lifted).when(revoke).then()
