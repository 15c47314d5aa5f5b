"""Demo seed, organization side: units, meetings, 四议两公开 decisions, ratings."""

from __future__ import annotations

import asyncio
import datetime as dt
import random
from typing import Any

from frontline.api.organization.v1 import organization_pb2 as pb
from frontline.cli.demo_calls import Caller
from frontline.cli.demo_plan import CountyPlan, DecisionPlan, UnitPlan
from frontline.cli.enums import parse


async def _establish(call: Caller, org: Any, unit: UnitPlan, parent: str) -> str | None:
    reply = await call(
        org.EstablishOrgUnit,
        pb.EstablishOrgUnitRequest(
            level=parse(pb.OrgLevel, unit.level),
            division_code=unit.code,
            name=unit.name,
            parent_unit_id=parent,
            established_on=unit.established_on.isoformat(),
            term_started_on=unit.term_started_on.isoformat(),
            term_years=unit.term_years,
        ),
        f"unit:{unit.code}",
    )
    return reply.org_unit.org_unit_id if reply else None


async def establish_units(call: Caller, org: Any, plan: CountyPlan) -> dict[str, str]:
    """Level by level (a unit needs its parent); returns plan key -> org unit id."""
    ids: dict[str, str] = {}
    county = await _establish(call, org, plan.county, "")
    if county is None:
        raise SystemExit("could not establish the county committee")
    ids[plan.county.key] = county
    towns = await asyncio.gather(*(_establish(call, org, t, county) for t in plan.townships))
    ids.update({t.key: i for t, i in zip(plan.townships, towns, strict=True) if i})
    pairs = [(v, ids.get(t.key, "")) for t in plan.townships for v in plan.villages[t.code]]
    made = await asyncio.gather(*(_establish(call, org, v, p) for v, p in pairs))
    ids.update({v.key: i for (v, _), i in zip(pairs, made, strict=True) if i})
    return ids


async def seed_unit_life(
    call: Caller, org: Any, plan: CountyPlan, units: dict[str, str], cadre_ids: dict[str, str]
) -> None:
    work = []
    for village in plan.all_villages():
        unit_id = units.get(village.key)
        if unit_id is None:
            continue
        work.append(_form(call, org, unit_id, village))
        work += [_meeting(call, org, unit_id, village, kind, on) for kind, on in village.meetings]
        work += [_decision(call, org, unit_id, d, plan.today) for d in village.decisions]
        work.append(_rating(call, org, unit_id, village, plan.today, cadre_ids))
    await asyncio.gather(*work)


async def _form(call: Caller, org: Any, unit_id: str, v: UnitPlan) -> None:
    if v.form is None:
        return
    await call(
        org.RecordOrgForm,
        pb.RecordOrgFormRequest(
            org_unit_id=unit_id,
            form=f"ORG_FORM_{v.form.form.upper()}",
            member_count=v.form.members,
            has_party_groups=v.form.party_groups,
            recorded_on=v.established_on.isoformat(),
        ),
        f"form:{v.code}",
    )


async def _meeting(
    call: Caller, org: Any, unit_id: str, v: UnitPlan, kind: str, on: dt.date
) -> None:
    due = 18 + len(v.code) % 7
    await call(
        org.RecordMeeting,
        pb.RecordMeetingRequest(
            org_unit_id=unit_id,
            meeting_type=parse(pb.MeetingType, kind),
            held_on=on.isoformat(),
            members_due=due,
            members_present=due - on.day % 4,
            topic="学习贯彻党的创新理论",
        ),
        f"meeting:{v.code}:{kind}:{on}",
    )


def _record(on: dt.date, due: int, present: int, yes: int, township: bool) -> pb.StepRecord:
    return pb.StepRecord(
        held_on=on.isoformat(),
        members_due=due,
        members_present=present,
        votes_for=yes,
        votes_against=present - yes,
        votes_abstain=0,
        township_attendee="乡镇包村干部" if township else "",
        supervision_opinion="村务监督委员会无异议",
    )


# Days between steps: implementation waits out the 7-day notice (DOMAIN.md step 6).
_STEP_GAPS = {6: (8, 14), 7: (20, 60)}
_NOTICE = dt.timedelta(days=7)


async def _decision(call: Caller, org: Any, unit_id: str, d: DecisionPlan, today: dt.date) -> None:
    rng = random.Random(d.key)
    reply = await call(
        org.DraftDecision,
        pb.DraftDecisionRequest(
            org_unit_id=unit_id,
            title=d.title,
            drafted_on=d.drafted_on.isoformat(),
            matter=parse(pb.DecisionMatter, d.matter),
            source=pb.DecisionSource.DECISION_SOURCE_VILLAGERS_SUGGESTION,
        ),
        f"decision:{d.key}",
    )
    if reply is None:
        return
    did, on = reply.decision.decision_id, d.drafted_on
    for step in range(1, d.steps + 1):
        on = on + dt.timedelta(days=rng.randint(*_STEP_GAPS.get(step, (3, 9))))
        if on > today:
            return
        name, request = _step(step, did, (on, today), d.rejected, rng)
        if await call(getattr(org, name), request, f"decision:{d.key}:{step}") is None:
            return
        if d.rejected and step == 3:
            return


def _step(
    step: int, did: str, days: tuple[dt.date, dt.date], rejected: bool, rng: random.Random
) -> tuple[str, Any]:
    """The RPC and request of step ``step`` (1 = proposal … 8 = closed) held on the first
    of ``days``, recorded on the second (the seed's today)."""
    on, today = days
    committee, members = rng.randint(5, 7), rng.randint(30, 60)
    day = on.isoformat()
    # The party member meeting needs 2/3 present and more than half of all members agreeing.
    review_yes = members // 3 if rejected else members * 2 // 3
    requests: dict[int, tuple[str, Any]] = {
        1: (
            "ProposeDecision",
            pb.ProposeDecisionRequest(
                decision_id=did, record=_record(on, committee, committee, committee, False)
            ),
        ),
        2: (
            "DeliberateDecision",
            pb.DeliberateDecisionRequest(
                decision_id=did,
                record=_record(on, committee + 4, committee + 3, committee + 2, False),
            ),
        ),
        3: (
            "ReviewDecision",
            pb.ReviewDecisionRequest(
                decision_id=did, record=_record(on, members, members * 5 // 6, review_yes, True)
            ),
        ),
        4: (
            "ResolveDecision",
            pb.ResolveDecisionRequest(
                decision_id=did,
                record=_record(on, 45, 40, 33, True),
                body=pb.ResolvingBody.RESOLVING_BODY_REPRESENTATIVES_MEETING,
            ),
        ),
        5: (
            "PublishResolution",
            # The county records the history it migrates (补录): a notice that ran before
            # the seed recorded it; a recent one runs its full period from today.
            pb.PublishResolutionRequest(
                decision_id=did, published_on=day, notice_days=7, backfill=on + _NOTICE <= today
            ),
        ),
        6: ("StartImplementation", pb.StartImplementationRequest(decision_id=did, started_on=day)),
        7: (
            "PublishResult",
            pb.PublishResultRequest(decision_id=did, published_on=day, summary="已按决议实施完毕"),
        ),
        8: ("CloseDecision", pb.CloseDecisionRequest(decision_id=did, closed_on=day)),
    }
    return requests[step]


async def _rating(
    call: Caller, org: Any, unit_id: str, v: UnitPlan, today: dt.date, cadre_ids: dict[str, str]
) -> None:
    secretary = cadre_ids.get(v.cadres[0].key) if v.cadres else None
    if not v.rating or secretary is None:
        call.progress.advance(call.task)
        return
    await call(
        org.RateSecretary,
        pb.RateSecretaryRequest(
            org_unit_id=unit_id,
            year=today.year - 1,
            cadre_id=secretary,
            rating=parse(pb.SecretaryRating, v.rating),
            rated_on=dt.date(today.year, 1, 20).isoformat(),
        ),
        f"rating:{v.code}:{today.year - 1}",
    )
