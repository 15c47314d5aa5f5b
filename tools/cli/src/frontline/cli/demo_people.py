"""Demo seed, cadre side: registry, appointments, training, student officials, pay, and
the township summaries of pay and grades."""

from __future__ import annotations

import asyncio
import datetime as dt
from typing import Any

from frontline.api.cadre.v1 import cadre_pb2 as pb
from frontline.cli.demo_calls import Caller
from frontline.cli.demo_plan import CadrePlan, CountyPlan, UnitPlan
from frontline.cli.enums import parse

# A township summary counts at least five cadres (the county's default setting,
# DOMAIN.md "Income growth plan"): smaller townships publish none.
SUMMARY_MIN_PEOPLE = 5


def summary_townships(plan: CountyPlan) -> list[UnitPlan]:
    """Townships with enough cadres (its own and its villages') for their summaries."""
    return [
        t
        for t in plan.townships
        if len(t.cadres) + sum(len(v.cadres) for v in plan.villages[t.code]) >= SUMMARY_MIN_PEOPLE
    ]


def summary_years(plan: CountyPlan) -> list[int]:
    """Pay is recorded for the last two years; every cadre is graded for the last one."""
    return [plan.today.year - 2, plan.today.year - 1]


async def _register(call: Caller, cadre: Any, c: CadrePlan, division: str) -> str | None:
    reply = await call(
        cadre.RegisterCadre,
        pb.RegisterCadreRequest(
            name=c.name,
            gender=parse(pb.Gender, c.gender),
            birth_date=c.birth_date.isoformat(),
            education_level=parse(pb.EducationLevel, c.education),
            party_member=c.party_member,
            phone=c.phone,
            id_number=c.id_number,
            division_code=division,
            registered_on=(c.appointed_on - dt.timedelta(days=700)).isoformat(),
        ),
        f"cadre:{c.key}",
    )
    return reply.cadre_id if reply else None


async def seed_people(
    call: Caller, cadre: Any, plan: CountyPlan, units: dict[str, str]
) -> dict[str, str]:
    """Register and appoint everyone; then their training and pay. Returns key -> cadre id."""
    holders = [(u, c) for u in [*plan.townships, *plan.all_villages()] for c in u.cadres]
    ids = await asyncio.gather(*(_register(call, cadre, c, u.code) for u, c in holders))
    cadre_ids = {c.key: i for (_, c), i in zip(holders, ids, strict=True) if i}
    await asyncio.gather(*(_appoint(call, cadre, u, c, units, cadre_ids) for u, c in holders))
    work = [
        _career(call, cadre, c, cadre_ids[c.key], plan.today)
        for _, c in holders
        if c.key in cadre_ids
    ]
    work += [
        _student(call, cadre, c, code, outcome, plan.today) for c, code, outcome in plan.students
    ]
    await asyncio.gather(*work)
    await _remuneration(call, cadre, holders, cadre_ids, summary_years(plan))
    await _summaries(call, cadre, plan)
    return cadre_ids


async def _appoint(
    call: Caller,
    cadre: Any,
    unit: UnitPlan,
    c: CadrePlan,
    units: dict[str, str],
    cadre_ids: dict[str, str],
) -> None:
    unit_id, cadre_id = units.get(unit.key), cadre_ids.get(c.key)
    if unit_id is None or cadre_id is None:
        return
    post = parse(pb.Post, c.post)
    term_end = (unit.term_started_on + dt.timedelta(days=365 * unit.term_years)).isoformat()
    if c.by_procedure:
        await _by_procedure(call, cadre, c, cadre_id, unit_id, post, term_end)
    else:
        # The cadre service learns units from Kafka: the first calls wait for it (retried).
        await call(
            cadre.AppointFromElection,
            pb.AppointFromElectionRequest(
                cadre_id=cadre_id,
                org_unit_id=unit_id,
                post=post,
                election_ref=f"换届-{unit.code}",
                term_end=term_end,
                also_village_head=c.post == "secretary" and len(unit.code) == 12,
                appointed_on=c.appointed_on.isoformat(),
            ),
            f"appoint:{c.key}",
        )
    if c.left_on is not None:
        await call(
            cadre.LeavePost,
            pb.LeavePostRequest(
                cadre_id=cadre_id,
                org_unit_id=unit_id,
                post=post,
                reason=pb.LeaveReason.LEAVE_REASON_RESIGNATION,
                left_on=c.left_on.isoformat(),
            ),
            f"leave:{c.key}",
        )


async def _by_procedure(
    call: Caller,
    cadre: Any,
    c: CadrePlan,
    cadre_id: str,
    unit_id: str,
    post: str | None,
    term_end: str,
) -> None:
    """民主推荐 → 考察 → 任前公示; the notice waits for the discipline service's integrity
    opinion (retried until it arrives) and its timer appoints when it ends."""
    on = c.appointed_on - dt.timedelta(days=20)
    reply = await call(
        cadre.NominateCadre,
        pb.NominateCadreRequest(
            cadre_id=cadre_id,
            org_unit_id=unit_id,
            post=post,
            term_end=term_end,
            nominated_on=on.isoformat(),
        ),
        f"nominate:{c.key}",
    )
    if reply is None:
        return
    await call(
        cadre.RecordInspection,
        pb.RecordInspectionRequest(
            procedure_id=reply.procedure_id,
            summary="考察合格",
            inspected_on=(on + dt.timedelta(days=5)).isoformat(),
        ),
        f"inspect:{c.key}",
    )
    await call(
        cadre.StartPublicNotice,
        pb.StartPublicNoticeRequest(
            procedure_id=reply.procedure_id, starts_on=(on + dt.timedelta(days=8)).isoformat()
        ),
        f"notice:{c.key}",
    )


async def _career(call: Caller, cadre: Any, c: CadrePlan, cadre_id: str, today: dt.date) -> None:
    """Double Training (双培工程) and the yearly evaluation of one cadre."""
    await _trainings(call, cadre, c, cadre_id, today)
    await _evaluation(call, cadre, c, cadre_id, today)
    await _upgrade(call, cadre, c, cadre_id)


async def _trainings(call: Caller, cadre: Any, c: CadrePlan, cadre_id: str, today: dt.date) -> None:
    for n, (topic, hours, on) in enumerate(c.trainings):
        if on > today:
            continue
        started = await call(
            cadre.StartTraining,
            pb.StartTrainingRequest(
                cadre_id=cadre_id,
                topic=parse(pb.TrainingTopic, topic),
                title="村干部能力提升专题培训",
                planned_hours=hours,
                started_on=(on - dt.timedelta(days=3)).isoformat(),
            ),
            f"training:{c.key}:{n}",
        )
        if started:
            await call(
                cadre.CompleteTraining,
                pb.CompleteTrainingRequest(
                    cadre_id=cadre_id,
                    training_id=started.training_id,
                    hours=hours,
                    completed_on=on.isoformat(),
                ),
                f"training-done:{c.key}:{n}",
            )


async def _evaluation(
    call: Caller, cadre: Any, c: CadrePlan, cadre_id: str, today: dt.date
) -> None:
    # 实绩考核: last year's grade, "speak with achievements".
    grade = ("EXCELLENT", "COMPETENT", "COMPETENT", "COMPETENT", "BASICALLY_COMPETENT")[
        len(c.key) % 5
    ]
    await call(
        cadre.EvaluateCadre,
        pb.EvaluateCadreRequest(
            cadre_id=cadre_id,
            year=today.year - 1,
            achievements=["完成年度目标任务"],
            grade=parse(pb.EvaluationGrade, grade),
            evaluated_on=dt.date(today.year, 1, 15).isoformat(),
        ),
        f"evaluate:{c.key}",
    )


async def _upgrade(call: Caller, cadre: Any, c: CadrePlan, cadre_id: str) -> None:
    if c.upgrade:
        target, enrolled, graduated = c.upgrade
        reply = await call(
            cadre.EnrolAcademicUpgrade,
            pb.EnrolAcademicUpgradeRequest(
                cadre_id=cadre_id,
                target_level=parse(pb.EducationLevel, target),
                institution="广东开放大学",
                enrolled_on=enrolled.isoformat(),
            ),
            f"upgrade:{c.key}",
        )
        if reply and graduated:
            await call(
                cadre.GraduateAcademicUpgrade,
                pb.GraduateAcademicUpgradeRequest(
                    cadre_id=cadre_id,
                    upgrade_id=reply.upgrade_id,
                    graduated_on=graduated.isoformat(),
                ),
                f"graduate:{c.key}",
            )


async def _student(
    call: Caller, cadre: Any, c: CadrePlan, village: str, outcome: str, today: dt.date
) -> None:
    cadre_id = await _register(call, cadre, c, village)
    if cadre_id is None:
        return
    starts = c.appointed_on
    await call(
        cadre.AssignStudentOfficial,
        pb.AssignStudentOfficialRequest(
            cadre_id=cadre_id, village_code=village, term_years=2, starts_on=starts.isoformat()
        ),
        f"student:{c.key}",
    )
    finished = min(starts + dt.timedelta(days=700), today)
    # Conversion needs a latest evaluation of competent or better (DOMAIN.md 转任).
    grade = "EXCELLENT" if outcome == "converted" else "BASICALLY_COMPETENT"
    await call(
        cadre.EvaluateCadre,
        pb.EvaluateCadreRequest(
            cadre_id=cadre_id,
            year=finished.year - 1,
            achievements=["完成驻村服务任务"],
            grade=parse(pb.EvaluationGrade, grade),
            evaluated_on=dt.date(finished.year, 1, 15).isoformat(),
        ),
        f"student-eval:{c.key}",
    )
    if outcome == "converted":
        await call(
            cadre.ConvertStudentOfficial,
            pb.ConvertStudentOfficialRequest(cadre_id=cadre_id, converted_on=finished.isoformat()),
            f"convert:{c.key}",
        )
    elif outcome == "left":
        await call(
            cadre.RecordStudentOfficialDeparture,
            pb.RecordStudentOfficialDepartureRequest(
                cadre_id=cadre_id,
                reason=pb.StudentDepartureReason.STUDENT_DEPARTURE_REASON_TERM_END,
                departed_on=finished.isoformat(),
            ),
            f"depart:{c.key}",
        )


async def _remuneration(
    call: Caller,
    cadre: Any,
    holders: list[tuple[UnitPlan, CadrePlan]],
    ids: dict[str, str],
    years: list[int],
) -> None:
    """Two years of pay per village cadre."""

    async def pay(unit: UnitPlan, c: CadrePlan) -> None:
        # One cadre's years one after the other: both are events of the cadre's stream,
        # and two at once would only conflict and retry (issue "Performance", item 4).
        base = 36_000 + len(c.name) * 3_000
        for n, year in enumerate(years):
            amount = int((base + len(unit.code) * 500) * (1.0 + 0.06 * n) * 100)
            await call(
                cadre.RecordRemuneration,
                pb.RecordRemunerationRequest(cadre_id=ids[c.key], year=year, amount_fen=amount),
                f"pay:{c.key}:{year}",
            )

    await asyncio.gather(*(pay(unit, c) for unit, c in holders if c.key in ids))


async def _summaries(call: Caller, cadre: Any, plan: CountyPlan) -> None:
    """Each township's pay summaries, then its counts per grade of last year (never one
    person's pay or grade)."""
    townships = summary_townships(plan)
    pay = [
        call(
            cadre.PublishRemunerationSummary,
            pb.PublishRemunerationSummaryRequest(township_code=t.code, year=year),
            f"pay-summary:{t.code}:{year}",
        )
        for t in townships
        for year in summary_years(plan)
    ]
    # The first year first: its published average is the second year's growth base.
    await asyncio.gather(*pay[::2])
    await asyncio.gather(*pay[1::2])
    await asyncio.gather(
        *(
            call(
                cadre.PublishEvaluationSummary,
                pb.PublishEvaluationSummaryRequest(township_code=t.code, year=plan.today.year - 1),
                f"grade-summary:{t.code}:{plan.today.year - 1}",
            )
            for t in townships
        )
    )
