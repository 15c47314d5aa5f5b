"""`frontline discipline sweep|ledger …`: sweeps (排查) and the ledgers (台账)."""

from __future__ import annotations

from typing import Annotated, Any

import typer

from frontline.api.discipline.v1 import discipline_pb2 as pb
from frontline.cli.client import call
from frontline.cli.discipline_format import (
    Day,
    Division,
    Json,
    Prefix,
    choices,
    enum_value,
    stub,
)
from frontline.cli.enums import label
from frontline.cli.options import sub_app
from frontline.cli.output import as_dict, emit_json, record, table

sweep_app = sub_app()
ledger_app = sub_app()
Note = Annotated[str, typer.Option()]


def _sweeps(records: Any, as_json: bool) -> None:
    if as_json:
        emit_json([as_dict(r) for r in records])
        return
    table(
        "sweeps",
        ["division", "period", "swept", "found", "on time", "missed"],
        [
            (
                r.division_code,
                r.period,
                r.swept_on or "-",
                ("nil" if r.nil_report else r.disputes_found) if r.reported else "-",
                "yes" if r.on_time else "no",
                "MISSED" if r.missed else "",
            )
            for r in records
        ],
    )


@sweep_app.command("report")
def report(
    division: Division,
    found: Annotated[int, typer.Option(help="Disputes found (0: a nil report)")] = 0,
    period_day: Annotated[str, typer.Option(help="A day of the period (default: swept on)")] = "",
    swept_on: Day = "",
    note: Note = "",
    as_json: Json = False,
) -> None:
    """Report a sweep (排查) for a period; none found is a nil report (零报告)."""
    filed = call(
        stub().FileSweepReport,
        pb.FileSweepReportRequest(
            division_code=division,
            disputes_found=found,
            period_day=period_day,
            swept_on=swept_on,
            note=note,
        ),
    ).sweep
    _sweeps([filed], as_json)


@sweep_app.command("duty")
def duty(
    division: Annotated[str, typer.Argument(help="Division code")], as_json: Json = False
) -> None:
    """Whether a division owes sweeps and which period next."""
    owed = call(stub().GetSweepDuty, pb.GetSweepDutyRequest(division_code=division)).duty
    if as_json:
        emit_json(owed)
        return
    record(
        f"sweep duty {owed.division_code}",
        [
            ("level", label(pb.DivisionLevel, owed.level)),
            ("active", "yes" if owed.active else "no"),
            ("next period", owed.next_period),
            ("ends", owed.next_period_ends_on),
        ],
    )


@sweep_app.command("list")
def list_sweeps(
    division: Prefix = "",
    from_day: Annotated[str, typer.Option("--from", help="YYYY-MM-DD")] = "",
    to_day: Annotated[str, typer.Option("--to", help="YYYY-MM-DD")] = "",
    as_json: Json = False,
) -> None:
    """Sweep periods reported or missed."""
    records = call(
        stub().ListSweeps,
        pb.ListSweepsRequest(
            division_code_prefix=division, from_day=from_day, to_day=to_day, page_size=500
        ),
    ).sweeps
    _sweeps(records, as_json)


def show_ledger(v: pb.Ledger, as_json: bool) -> None:
    if as_json:
        emit_json(v)
        return
    a, r, p, t = v.arrears, v.reserved_land, v.pension, v.three_capitals
    table(
        f"ledger {v.division_code}",
        ["ledger", "figures"],
        [
            (
                "compensation arrears",
                f"owed {a.owed_yuan}, paid {a.paid_yuan}, recovered "
                f"{a.recovered_yuan}, outstanding {a.outstanding_yuan} yuan",
            ),
            (
                "reserved land",
                f"owed {r.owed_mu:g} mu; fulfilled as land {r.land_mu:g}, property "
                f"{r.property_mu:g}, cash {r.cash_mu:g}",
            ),
            ("landless pension", f"{p.enrolled} of {p.entitled} enrolled"),
            (
                "three capitals",
                f"{t.items_inventoried} items; irregular contracts {t.contracts_found} "
                f"found, {t.contracts_corrected} corrected; {t.funds_recovered_yuan} yuan recovered",
            ),
            (
                "asset deals",
                ", ".join(
                    f"{label(pb.DealKind, d.deal_kind)} {d.amount_yuan} on {d.deal_on}"
                    + ("" if d.decision_backed else " (NO DECISION)")
                    for d in v.deals
                ),
            ),
        ],
    )


def _ledger(method: Any, request: Any, as_json: bool) -> None:
    show_ledger(call(method, request).ledger, as_json)


@ledger_app.command("arrears")
def arrears(
    division: Division,
    owed: int = 0,
    paid: int = 0,
    recovered: int = 0,
    note: Note = "",
    recorded_on: Day = "",
    as_json: Json = False,
) -> None:
    """Land-acquisition compensation arrears, in yuan."""
    _ledger(
        stub().RecordCompensationArrears,
        pb.RecordCompensationArrearsRequest(
            division_code=division,
            owed_yuan=owed,
            paid_yuan=paid,
            recovered_yuan=recovered,
            note=note,
            recorded_on=recorded_on,
        ),
        as_json,
    )


@ledger_app.command("reserved-land")
def reserved_land(
    division: Division,
    owed_mu: float = 0.0,
    fulfilled_mu: float = 0.0,
    form: Annotated[str, typer.Option(help="land, property, cash")] = "",
    note: Note = "",
    recorded_on: Day = "",
    as_json: Json = False,
) -> None:
    """Historical reserved land (留用地), in mu."""
    _ledger(
        stub().RecordReservedLand,
        pb.RecordReservedLandRequest(
            division_code=division,
            owed_mu=owed_mu,
            fulfilled_mu=fulfilled_mu,
            form=enum_value(pb.ReservedLandForm, form, "--form"),
            note=note,
            recorded_on=recorded_on,
        ),
        as_json,
    )


@ledger_app.command("pension")
def pension(
    division: Division,
    entitled: int = 0,
    enrolled: int = 0,
    recorded_on: Day = "",
    as_json: Json = False,
) -> None:
    """Landless farmers' old-age insurance: people entitled and enrolled."""
    _ledger(
        stub().RecordPensionCohort,
        pb.RecordPensionCohortRequest(
            division_code=division, entitled=entitled, enrolled=enrolled, recorded_on=recorded_on
        ),
        as_json,
    )


@ledger_app.command("three-capitals")
def three_capitals(
    division: Division,
    items: int = 0,
    found: int = 0,
    corrected: int = 0,
    recovered: int = 0,
    note: Note = "",
    recorded_on: Day = "",
    as_json: Json = False,
) -> None:
    """The three-capitals (三资) clean-up: items, irregular contracts, funds recovered."""
    _ledger(
        stub().RecordThreeCapitals,
        pb.RecordThreeCapitalsRequest(
            division_code=division,
            items_inventoried=items,
            contracts_found=found,
            contracts_corrected=corrected,
            funds_recovered_yuan=recovered,
            note=note,
            recorded_on=recorded_on,
        ),
        as_json,
    )


@ledger_app.command("deal")
def deal(
    division: Division,
    kind: Annotated[str, typer.Option(help=choices(pb.DealKind))],
    amount: Annotated[int, typer.Option(help="Yuan")],
    decision: Annotated[str, typer.Option(help="The 四议两公开 decision behind it")] = "",
    description: Note = "",
    deal_on: Day = "",
    as_json: Json = False,
) -> None:
    """A collective-asset deal; without a decision behind it, a clue is raised."""
    _ledger(
        stub().RecordAssetDeal,
        pb.RecordAssetDealRequest(
            division_code=division,
            deal_kind=enum_value(pb.DealKind, kind, "--kind"),
            amount_yuan=amount,
            decision_id=decision,
            description=description,
            deal_on=deal_on,
        ),
        as_json,
    )


@ledger_app.command("show")
def show_one(
    division: Annotated[str, typer.Argument(help="Division code")], as_json: Json = False
) -> None:
    """A division's ledgers."""
    _ledger(stub().GetLedger, pb.GetLedgerRequest(division_code=division), as_json)


@ledger_app.command("list")
def list_ledgers(division: Prefix = "", as_json: Json = False) -> None:
    """Ledgers under a division-code prefix."""
    found = call(
        stub().ListLedgers, pb.ListLedgersRequest(division_code_prefix=division, page_size=500)
    ).ledgers
    if as_json:
        emit_json([as_dict(v) for v in found])
        return
    table(
        "ledgers",
        ["division", "arrears outstanding", "recovered", "pension", "contracts"],
        [
            (
                v.division_code,
                v.arrears.outstanding_yuan,
                v.arrears.recovered_yuan,
                f"{v.pension.enrolled}/{v.pension.entitled}",
                f"{v.three_capitals.contracts_corrected}/{v.three_capitals.contracts_found}",
            )
            for v in found
        ],
    )
