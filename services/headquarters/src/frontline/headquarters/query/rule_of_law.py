"""The rule-of-law pillar (法治): score inputs, indicators and breakdowns of a place.

Pure functions of ``RuleOfLawFigures``; SCORING.md documents the inputs and weights
(``ScoringSettings.rule_of_law``). In a village a count below 3 is hidden, and so is a
rate over fewer than 3 cases, disputes or people: it would be left out of the score too.
"""

from __future__ import annotations

from frontline.headquarters.query.models import Breakdown, Indicator, Pillar
from frontline.headquarters.query.rule_of_law_figures import RuleOfLawFigures
from frontline.headquarters.query.rule_of_law_labels import BREAKDOWNS, LABELS
from frontline.headquarters.query.scoring import RawInput, score_inputs, score_of, share
from frontline.headquarters.settings import HeadquartersSettings

NOTE = "数据来自纪检监察与矛盾纠纷排查化解的公开事件，仅含统计数，不含个人信息；村级少于3的数不显示"
NO_DATA = "暂无数据：尚无纪检监察或矛盾纠纷数据"
# A sum of yuan shown in units of 10,000 yuan (万元).
WAN = 10_000.0


def _rate(f: RuleOfLawFigures, part: float, whole: float) -> float | None:
    """part / whole, or no data; in a village, no data over fewer than 3 (not shown)."""
    return None if f.hidden(whole) else share(part, whole)


def rule_of_law_inputs(f: RuleOfLawFigures, s: HeadquartersSettings) -> list[RawInput]:
    w = s.scoring.rule_of_law
    replies = f["replies_on_time"] + f["replies_late"] + f["replies_overdue"]
    fulfilled = f["reserved_land_mu"] + f["reserved_property_mu"] + f["reserved_cash_mu"]
    concluded = f["recent_registered"] - f["recent_diverted"]
    return [
        RawInput(
            "clue_replies_on_time",
            "实名举报按期答复率",
            _rate(f, f["replies_on_time"], replies),
            w.clue_replies_on_time,
        ),
        RawInput(
            "investigations_on_time",
            "审查调查按期率",
            _rate(f, f["filed_recent_on_time"], f["filed_recent"]),
            w.investigations_on_time,
        ),
        RawInput(
            "disputes_resolved",
            "矛盾纠纷化解率",
            _rate(f, f["recent_resolved"], concluded),
            w.disputes_resolved,
        ),
        RawInput(
            "resolved_in_village",
            "小事不出村（村级化解占比）",
            _rate(f, f["recent_resolved_in_village"], f["recent_village_resolved"]),
            w.resolved_in_village,
        ),
        RawInput(
            "sweep_compliance",
            "排查按期率（含零报告）",
            _rate(f, f["sweeps_on_time"], f["sweeps_due"]),
            w.sweep_compliance,
        ),
        RawInput(
            "arrears_paid",
            "征地补偿欠款清偿率",
            share(f["arrears_paid_yuan"], f["arrears_owed_yuan"]),
            w.arrears_paid,
        ),
        RawInput(
            "reserved_land_fulfilled",
            "历史留用地兑现率",
            share(fulfilled, f["reserved_owed_mu"]),
            w.reserved_land_fulfilled,
        ),
        RawInput(
            "pension_coverage",
            "失地农民养老保险参保率",
            _rate(f, f["pension_enrolled"], f["pension_entitled"]),
            w.pension_coverage,
        ),
        RawInput(
            "three_capitals_corrected",
            "“三资”问题合同整改率",
            _rate(f, f["contracts_corrected"], f["contracts_found"]),
            w.three_capitals_corrected,
        ),
    ]


def _count(f: RuleOfLawFigures, key: str, n: float, unit: str = "件") -> Indicator:
    if f.hidden(n):
        return Indicator(key=key, label=LABELS[key], unit=unit, hidden=True)
    return Indicator(key=key, label=LABELS[key], value=round(n, 2), unit=unit, has_data=True)


def _amount(key: str, value: float, unit: str) -> Indicator:
    return Indicator(key=key, label=LABELS[key], value=round(value, 2), unit=unit, has_data=True)


def _percent(key: str, value: float | None) -> Indicator:
    shown = None if value is None else round(100 * value, 2)
    return Indicator(key=key, label=LABELS[key], value=shown, unit="%", has_data=shown is not None)


def rule_of_law_indicators(f: RuleOfLawFigures, inputs: list[RawInput]) -> list[Indicator]:
    rates = {r.key: r.value for r in inputs}
    pending = f.breakdowns["clue_disposal"].get("pending", 0.0)
    measures = sum(f.breakdowns["measure_type"].values())
    fulfilled = f["reserved_land_mu"] + f["reserved_property_mu"] + f["reserved_cash_mu"]
    counts = [
        ("clues_received", f["clues_received"]),
        ("clues_pending", pending),
        ("replies_overdue", f["replies_overdue"]),
        ("cases_filed", f["cases_filed"]),
        ("cases_decided", f["cases_decided"]),
        ("cases_closed", f["cases_closed"]),
        ("investigating", f["investigating"]),
        ("investigations_overdue", f["investigations_overdue"]),
        ("appeals", f["appeals"]),
        ("disputes_registered", f["disputes_registered"]),
        ("disputes_resolved", f["disputes_resolved"]),
        ("disputes_open", f["disputes_open"]),
        ("disputes_open_high_risk", f["disputes_open_high_risk"]),
        ("disputes_escalated", f["disputes_escalated"]),
        ("disputes_diverted", f["disputes_diverted"]),
        ("confirmations_lapsed", f["confirmations_lapsed"]),
    ]
    return [
        *(_count(f, key, n) for key, n in counts),
        _count(f, "measures", measures, "人次"),
        _percent("replies_on_time_rate", rates["clue_replies_on_time"]),
        _percent("disputes_resolved_rate", rates["disputes_resolved"]),
        _percent("resolved_in_village_rate", rates["resolved_in_village"]),
        _percent("sweep_compliance", rates["sweep_compliance"]),
        _count(f, "sweeps_missed", f["sweeps_missed"], "期"),
        _count(f, "sweep_duties", f["sweep_duties"], "个"),
        _amount("arrears_owed", f["arrears_owed_yuan"] / WAN, "万元"),
        _amount("arrears_paid", f["arrears_paid_yuan"] / WAN, "万元"),
        _amount("arrears_recovered", f["arrears_recovered_yuan"] / WAN, "万元"),
        _amount("reserved_owed", f["reserved_owed_mu"], "亩"),
        _amount("reserved_fulfilled", fulfilled, "亩"),
        _percent("pension_coverage", rates["pension_coverage"]),
        _count(f, "pension_entitled", f["pension_entitled"], "人"),
        _count(f, "items_inventoried", f["items_inventoried"], "项"),
        _count(f, "contracts_found", f["contracts_found"], "份"),
        _count(f, "contracts_corrected", f["contracts_corrected"], "份"),
        _amount("funds_recovered", f["funds_recovered_yuan"] / WAN, "万元"),
        _count(f, "asset_deals", f["asset_deals"], "笔"),
    ]


def rule_of_law_breakdowns(f: RuleOfLawFigures) -> list[Breakdown]:
    out = []
    for key, label, unit, words in BREAKDOWNS:
        found: dict[str, float] = f.breakdowns.get(key, {})
        order = [*words, *sorted(k for k in found if k not in words)]
        items = [_item(f, k, words.get(k, k), found[k], unit) for k in order if found.get(k)]
        out.append(Breakdown(key=key, label=label, unit=unit, items=items))
    return out


def _item(f: RuleOfLawFigures, key: str, label: str, n: float, unit: str) -> Indicator:
    if f.hidden(n):
        return Indicator(key=key, label=label, unit=unit, hidden=True)
    return Indicator(key=key, label=label, value=n, unit=unit, has_data=True)


def rule_of_law_pillar(
    f: RuleOfLawFigures, previous: RuleOfLawFigures | None, s: HeadquartersSettings
) -> Pillar:
    raw = rule_of_law_inputs(f, s)
    before = rule_of_law_inputs(previous, s) if previous is not None else None
    score, inputs = score_inputs(raw, before)
    pillar = Pillar(
        key="rule_of_law",
        label="法治",
        score=score,
        has_data=score is not None,
        inputs=inputs,
        indicators=rule_of_law_indicators(f, raw),
        breakdowns=rule_of_law_breakdowns(f),
        note=NOTE if score is not None else NO_DATA,
    )
    if previous is not None:
        earlier = score_of(before or [])
        pillar.delta = None if score is None or earlier is None else round(score - earlier, 1)
    return pillar


def rule_of_law_score(f: RuleOfLawFigures, s: HeadquartersSettings) -> float | None:
    return score_of(rule_of_law_inputs(f, s))
