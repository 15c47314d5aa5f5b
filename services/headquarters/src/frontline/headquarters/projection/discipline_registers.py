"""The open registers of ``discipline.events.v1`` as read-model writes: disputes (矛盾纠纷),
sweeps (排查) and the ledgers (台账), by division code (DOMAIN.md "Dispute and problem
register", "Ledgers")."""

from __future__ import annotations

import datetime as dt
from typing import Any

from frontline.headquarters.projection.ops import EventLike, Op, Projection, activity, day

TYPE_LABELS = {
    "land_compensation_arrears": "征地补偿款拖欠",
    "reserved_land": "历史留用地",
    "land_three_chaos": "农村土地“三乱”",
    "landless_pension": "失地农民养老保障",
    "three_capitals": "集体“三资”",
    "homestead": "宅基地",
    "land_contracting": "土地承包",
    "family": "婚姻家庭",
    "labour": "劳动争议",
    "neighbour": "邻里纠纷",
    "other": "其他",
}
LEVEL_LABELS = {"village": "村", "township": "镇（街道）", "county": "县"}


def _on(d: dict[str, Any], key: str) -> dt.date:
    found = day(d, key)
    assert found is not None, f"{key} is required by the contract"
    return found


def _dispute(d: dict[str, Any], columns: dict[str, Any]) -> Op:
    names = ["dispute_id", "division_code", "dispute_type", *columns]
    values = [d["dispute_id"], d["division_code"], d["dispute_type"], *columns.values()]
    updates = ", ".join(f"{n} = COALESCE(EXCLUDED.{n}, disputes.{n})" for n in columns)
    return Op(
        f"INSERT INTO {{s}}.disputes ({', '.join(names)})"
        f" VALUES ({', '.join(f'${n}' for n in range(1, len(names) + 1))})"
        f" ON CONFLICT (dispute_id) DO UPDATE SET {updates}",
        tuple(values),
    )


def dispute_registered(e: EventLike) -> Projection:
    d = e.data
    on = _on(d, "registered_on")
    row = _dispute(
        d,
        {
            "risk_level": d["risk_level"],
            "amount_yuan": d.get("amount_yuan"),
            "parties": int(d["parties"]),
            "registered_level": d["level"],
            "registered_on": on,
        },
    )
    label = TYPE_LABELS.get(d["dispute_type"], d["dispute_type"])
    note = activity(e, d["division_code"], "dispute", f"登记矛盾纠纷：{label}")
    return Projection([row, note], [d["division_code"]], on)


def dispute_escalated(e: EventLike) -> Projection:
    d = e.data
    on = _on(d, "escalated_on")
    column = "county_on" if d["level"] == "county" else "township_on"
    label = LEVEL_LABELS.get(d["level"], d["level"])
    note = activity(e, d["division_code"], "dispute", f"矛盾纠纷上交{label}级调处")
    return Projection([_dispute(d, {column: on}), note], [d["division_code"]], on)


def dispute_resolved(e: EventLike) -> Projection:
    d = e.data
    on = _on(d, "resolved_on")
    row = _dispute(d, {"resolved_on": on, "resolved_level": d["level"]})
    label = LEVEL_LABELS.get(d["level"], d["level"])
    note = activity(e, d["division_code"], "dispute", f"矛盾纠纷在{label}级化解")
    return Projection([row, note], [d["division_code"]], on)


def _dispute_step(column: str, date_key: str, summary: str | None = None) -> Any:
    def project(e: EventLike) -> Projection:
        d = e.data
        on = _on(d, date_key)
        ops = [_dispute(d, {column: on})]
        if summary:
            ops.append(activity(e, d["division_code"], "dispute", summary))
        return Projection(ops, [d["division_code"]], on)

    return project


confirmation_applied = _dispute_step("confirmation_applied_on", "applied_on")
confirmation_lapsed = _dispute_step(
    "confirmation_lapsed_on", "flagged_on", "调解协议司法确认申请逾期"
)
dispute_followed_up = _dispute_step("followed_up_on", "followed_up_on")
dispute_closed = _dispute_step("closed_on", "closed_on", "矛盾纠纷销号")


def dispute_diverted(e: EventLike) -> Projection:
    d = e.data
    on = _on(d, "diverted_on")
    row = _dispute(d, {"diverted_on": on, "route": d["route"]})
    return Projection([row], [d["division_code"]], on)


def sweep_duty_started(e: EventLike) -> Projection:
    d = e.data
    on = _on(d, "first_period_starts_on")
    op = Op(
        "INSERT INTO {s}.sweep_duties (division_code, level, starts_on) VALUES ($1, $2, $3)"
        " ON CONFLICT (division_code) DO UPDATE SET level = EXCLUDED.level,"
        " starts_on = LEAST(EXCLUDED.starts_on, sweep_duties.starts_on)",
        (d["division_code"], d["level"], on),
    )
    return Projection([op], [d["division_code"]], on)


def sweep_duty_ended(e: EventLike) -> Projection:
    d = e.data
    on = _on(d, "ended_on")
    op = Op(
        "INSERT INTO {s}.sweep_duties (division_code, ended_on) VALUES ($1, $2)"
        " ON CONFLICT (division_code) DO UPDATE SET ended_on = EXCLUDED.ended_on",
        (d["division_code"], on),
    )
    return Projection([op], [d["division_code"]], on)


def _period(d: dict[str, Any], columns: dict[str, Any]) -> Op:
    names = [
        "division_code",
        "period",
        "level",
        "period_starts_on",
        "period_ends_on",
        *columns,
    ]
    values = [
        d["division_code"],
        d["period"],
        d["level"],
        _on(d, "period_starts_on"),
        _on(d, "period_ends_on"),
        *columns.values(),
    ]
    updates = ", ".join(f"{n} = EXCLUDED.{n}" for n in columns)
    return Op(
        f"INSERT INTO {{s}}.sweep_periods ({', '.join(names)})"
        f" VALUES ({', '.join(f'${n}' for n in range(1, len(names) + 1))})"
        f" ON CONFLICT (division_code, period) DO UPDATE SET {updates}",
        tuple(values),
    )


def sweep_reported(e: EventLike) -> Projection:
    d = e.data
    on = _on(d, "swept_on")
    row = _period(
        d, {"swept_on": on, "nil_report": bool(d["nil_report"]), "on_time": bool(d["on_time"])}
    )
    # The figures change once the period is over (sweep compliance counts ended periods).
    return Projection([row], [d["division_code"]], min(on, _on(d, "period_ends_on")))


def sweep_missed(e: EventLike) -> Projection:
    d = e.data
    note = activity(e, d["division_code"], "sweep", f"排查逾期未报（{d['period']}）")
    return Projection(
        [_period(d, {"missed": True}), note], [d["division_code"]], _on(d, "period_starts_on")
    )


LEDGER_COLUMNS = {
    "arrears": ("owed_yuan", "paid_yuan", "recovered_yuan"),
    "pension": ("entitled", "enrolled"),
    "three_capitals": (
        "items_inventoried",
        "contracts_found",
        "contracts_corrected",
        "funds_recovered_yuan",
    ),
}


def _entry(e: EventLike, ledger: str, amounts: dict[str, Any]) -> Projection:
    d = e.data
    on = _on(d, "recorded_on")
    names = ["event_id", "division_code", "ledger", "recorded_on", *amounts]
    op = Op(
        f"INSERT INTO {{s}}.ledger_entries ({', '.join(names)})"
        f" VALUES ({', '.join(f'${n}' for n in range(1, len(names) + 1))})"
        " ON CONFLICT (event_id) DO NOTHING",
        (e.event_id, d["division_code"], ledger, on, *amounts.values()),
    )
    return Projection([op], [d["division_code"]], on)


def _ledger(ledger: str) -> Any:
    def project(e: EventLike) -> Projection:
        return _entry(e, ledger, {c: e.data[c] for c in LEDGER_COLUMNS[ledger]})

    return project


arrears_recorded = _ledger("arrears")
pension_recorded = _ledger("pension")
three_capitals_recorded = _ledger("three_capitals")


def reserved_land_recorded(e: EventLike) -> Projection:
    d = e.data
    fulfilled, form = float(d["fulfilled_mu"]), d.get("form")
    amounts = {
        "owed_mu": float(d["owed_mu"]),
        "land_mu": fulfilled if form == "land" else 0.0,
        "property_mu": fulfilled if form == "property" else 0.0,
        "cash_mu": fulfilled if form == "cash" else 0.0,
    }
    return _entry(e, "reserved_land", amounts)


def asset_deal_recorded(e: EventLike) -> Projection:
    d = e.data
    on = _on(d, "deal_on")
    op = Op(
        "INSERT INTO {s}.asset_deals (deal_id, division_code, deal_kind, amount_yuan, deal_on)"
        " VALUES ($1, $2, $3, $4, $5) ON CONFLICT (deal_id) DO NOTHING",
        (d["deal_id"], d["division_code"], d["deal_kind"], int(d["amount_yuan"]), on),
    )
    return Projection([op], [d["division_code"]], on)
