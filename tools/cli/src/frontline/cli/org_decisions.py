"""`frontline org decision …`: 四议两公开 decisions, one command per step."""

from __future__ import annotations

from typing import Annotated, Any

import typer

from frontline.api.organization.v1 import organization_pb2 as pb
from frontline.cli.client import call
from frontline.cli.enums import label, parse
from frontline.cli.language import say
from frontline.cli.options import MAX_COUNT, Day, Division, Json, sub_app
from frontline.cli.org_format import stub
from frontline.cli.output import as_dict, emit_json, record, table

app = sub_app("四议两公开 decisions, step by step")
DecisionId = Annotated[str, typer.Argument(help="Decision id")]
Due = Annotated[int, typer.Option("--due", min=0, max=MAX_COUNT, help="Members due to attend")]
Present = Annotated[int, typer.Option("--present", min=0, max=MAX_COUNT, help="Members present")]
For = Annotated[int, typer.Option("--for", min=0, max=MAX_COUNT, help="Votes for")]
Against = Annotated[int, typer.Option("--against", min=0, max=MAX_COUNT, help="Votes against")]
Abstain = Annotated[int, typer.Option("--abstain", min=0, max=MAX_COUNT, help="Abstentions")]
Opinion = Annotated[str, typer.Option("--opinion", help="Supervision committee's opinion")]
Attendee = Annotated[str, typer.Option("--township-attendee", help="Township attendee")]


def _record(held_on: str, due: int, present: int, votes: tuple[int, int, int],
            opinion: str, attendee: str = "") -> pb.StepRecord:  # fmt: skip
    return pb.StepRecord(
        held_on=held_on, members_due=due, members_present=present, votes_for=votes[0],
        votes_against=votes[1], votes_abstain=votes[2], supervision_opinion=opinion,
        township_attendee=attendee,
    )  # fmt: skip


def _show(decision: pb.Decision, as_json: bool) -> None:
    if as_json:
        emit_json(decision)
        return
    runs = say(
        "{days} days from {start}, ends {end}",
        days=decision.notice_days,
        start=decision.notice_starts_on,
        end=decision.notice_ends_on,
    )
    notice = (
        runs
        + (say(" (backfilled)") if decision.notice_backfilled else "")
        + (say(" (done)") if decision.notice_completed else "")
    )
    record(decision.title, [
        ("id", decision.decision_id), ("unit", decision.org_unit_id),
        ("division code", decision.division_code),
        ("matter", label(pb.DecisionMatter, decision.matter)),
        ("source", label(pb.DecisionSource, decision.source)),
        ("state", label(pb.DecisionState, decision.state)), ("round", decision.round),
        ("drafted", decision.drafted_on),
        ("public notice", notice if decision.notice_ends_on else ""),
        ("result", decision.result_summary),
    ])  # fmt: skip
    if decision.steps:
        table(say("steps"), ["step", "date", "due", "present", "for", "against", "abstain",
                             "passed", "township", "supervision"], [
            (label(pb.DecisionStep, s.step) + (say(" (merged)") if s.merged_with_proposal else ""),
             s.record.held_on, s.record.members_due,
             s.record.members_present, s.record.votes_for, s.record.votes_against,
             s.record.votes_abstain, say("yes") if s.passed else say("REJECTED"),
             s.record.township_attendee, s.record.supervision_opinion)
            for s in decision.steps
        ])  # fmt: skip


def _done(method: Any, request: Any, as_json: bool) -> None:
    _show(call(method, request).decision, as_json)


@app.command("draft")
def draft(
    unit: Annotated[str, typer.Option(help="Village or community unit id")],
    title: Annotated[str, typer.Option()],
    matter: Annotated[str, typer.Option(help="village_rules_and_plans, land_contracting, "
                                        "land_contracting_to_outsiders, land_contract_adjustment, "
                                        "land_compensation_distribution, reserved_land_use, "
                                        "collective_assets, project, public_works_fundraising")],
    source: Annotated[str, typer.Option(help="members_suggestion, villagers_suggestion, "
                                        "cadre_proposal, higher_level")] = "cadre_proposal",
    drafted_on: Day = "",
    as_json: Json = False,
) -> None:  # fmt: skip
    """Draft a decision (step 1)."""
    _done(stub().DraftDecision, pb.DraftDecisionRequest(
        org_unit_id=unit, title=title, matter=parse(pb.DecisionMatter, matter, "--matter"),
        source=parse(pb.DecisionSource, source, "--source"), drafted_on=drafted_on,
    ), as_json)  # fmt: skip


JointCount = Annotated[
    tuple[int, int, int, int, int],
    typer.Option(
        "--joint",
        help="With --merge-deliberation: the joint meeting's own due, present, for, against, "
        "abstain",
    ),
]


@app.command("propose")
def propose(decision_id: DecisionId, held_on: Day = "", due: Due = 0, present: Present = 0,
            votes_for: For = 0, against: Against = 0, abstain: Abstain = 0, opinion: Opinion = "",
            merge: Annotated[bool, typer.Option("--merge-deliberation",
                                                help="Under 一肩挑 only")] = False,
            joint: JointCount = (0, 0, 0, 0, 0),
            as_json: Json = False) -> None:  # fmt: skip
    """The committee proposes (step 2, 支委会提议); merged with the joint meeting of the
    two committees under 一肩挑, each body with its own counts."""
    record = _record(held_on, due, present, (votes_for, against, abstain), opinion)
    request = pb.ProposeDecisionRequest(
        decision_id=decision_id, record=record, merge_deliberation=merge
    )
    if merge:
        request.deliberation_record.CopyFrom(
            _record(held_on, joint[0], joint[1], (joint[2], joint[3], joint[4]), opinion)
        )
    _done(stub().ProposeDecision, request, as_json)


@app.command("deliberate")
def deliberate(decision_id: DecisionId, held_on: Day = "", due: Due = 0, present: Present = 0,
               votes_for: For = 0, against: Against = 0, abstain: Abstain = 0,
               opinion: Opinion = "", as_json: Json = False) -> None:  # fmt: skip
    """The joint meeting of the two committees deliberates (step 3, 两委会商议)."""
    record = _record(held_on, due, present, (votes_for, against, abstain), opinion)
    _done(
        stub().DeliberateDecision,
        pb.DeliberateDecisionRequest(decision_id=decision_id, record=record),
        as_json,
    )


@app.command("review")
def review(decision_id: DecisionId, held_on: Day = "", due: Due = 0, present: Present = 0,
           votes_for: For = 0, against: Against = 0, abstain: Abstain = 0, opinion: Opinion = "",
           attendee: Attendee = "", as_json: Json = False) -> None:  # fmt: skip
    """The party member meeting reviews (step 4: ≥2/3 present, >1/2 of members due agree)."""
    record = _record(held_on, due, present, (votes_for, against, abstain), opinion, attendee)
    _done(
        stub().ReviewDecision,
        pb.ReviewDecisionRequest(decision_id=decision_id, record=record),
        as_json,
    )


Households = Annotated[
    tuple[int, int],
    typer.Option("--households", help="A villagers' meeting sitting by households: due, present"),
]


@app.command("resolve")
def resolve(decision_id: DecisionId, held_on: Day = "", due: Due = 0, present: Present = 0,
            votes_for: For = 0, against: Against = 0, abstain: Abstain = 0,
            opinion: Opinion = "", attendee: Attendee = "", households: Households = (0, 0),
            body: Annotated[str, typer.Option(help="villagers_meeting or "
                                              "representatives_meeting")] = "representatives_meeting",
            as_json: Json = False) -> None:  # fmt: skip
    """The villagers' (representatives') meeting resolves (step 5)."""
    record = _record(held_on, due, present, (votes_for, against, abstain), opinion, attendee)
    record.households_due, record.households_present = households
    _done(stub().ResolveDecision, pb.ResolveDecisionRequest(
        decision_id=decision_id, record=record,
        body=parse(pb.ResolvingBody, body, "--body")), as_json)  # fmt: skip


Backfill = Annotated[
    bool,
    typer.Option(
        "--backfill",
        help="County only: a notice that already ran its full period (补录); otherwise the "
        "notice runs from today even when --published-on is earlier",
    ),
]


@app.command("publish")
def publish(decision_id: DecisionId, published_on: Day = "",
            notice_days: Annotated[int, typer.Option(
                min=0, max=366, help="Days of public notice (0: the county minimum)")] = 0,
            backfill: Backfill = False, as_json: Json = False) -> None:  # fmt: skip
    """Make the resolution public (step 6, 决议公开)."""
    request = pb.PublishResolutionRequest(
        decision_id=decision_id,
        published_on=published_on,
        notice_days=notice_days,
        backfill=backfill,
    )
    _done(stub().PublishResolution, request, as_json)


@app.command("implement")
def implement(decision_id: DecisionId, started_on: Day = "", as_json: Json = False) -> None:
    """Start implementing, once the public notice has run (step 7)."""
    _done(
        stub().StartImplementation,
        pb.StartImplementationRequest(decision_id=decision_id, started_on=started_on),
        as_json,
    )


@app.command("result")
def result(decision_id: DecisionId, summary: str, published_on: Day = "",
           as_json: Json = False) -> None:  # fmt: skip
    """Make the result public (实施结果公开)."""
    _done(
        stub().PublishResult,
        pb.PublishResultRequest(
            decision_id=decision_id, summary=summary, published_on=published_on
        ),
        as_json,
    )


@app.command("close")
def close(decision_id: DecisionId, closed_on: Day = "", as_json: Json = False) -> None:
    """Close a decision whose result is public."""
    _done(
        stub().CloseDecision,
        pb.CloseDecisionRequest(decision_id=decision_id, closed_on=closed_on),
        as_json,
    )


@app.command("redraft")
def redraft(decision_id: DecisionId, title: str = "", drafted_on: Day = "",
            as_json: Json = False) -> None:  # fmt: skip
    """Redraft a rejected decision; it goes through every step again."""
    _done(
        stub().RedraftDecision,
        pb.RedraftDecisionRequest(decision_id=decision_id, title=title, drafted_on=drafted_on),
        as_json,
    )


@app.command("show")
def show(decision_id: DecisionId, as_json: Json = False) -> None:
    """A decision with the records of its steps."""
    _done(stub().GetDecision, pb.GetDecisionRequest(decision_id=decision_id), as_json)


@app.command("list")
def list_decisions(
    unit: Annotated[str, typer.Option(help="Unit id")] = "",
    division: Division = "",
    state: Annotated[str, typer.Option(help="draft, proposed, ..., closed, rejected")] = "",
    as_json: Json = False,
) -> None:
    """Decisions of a unit or under a division code, optionally in one state."""
    response = call(stub().ListDecisions, pb.ListDecisionsRequest(
        org_unit_id=unit, division_code_prefix=division, page_size=500,
        state=parse(pb.DecisionState, state, "--state")))  # fmt: skip
    if as_json:
        emit_json([as_dict(d) for d in response.decisions])
        return
    table(say("decisions"), ["id", "code", "title", "matter", "state", "round", "last step"], [
        (d.decision_id, d.division_code, d.title, label(pb.DecisionMatter, d.matter),
         label(pb.DecisionState, d.state), d.round, d.last_step_on)
        for d in response.decisions
    ])  # fmt: skip
