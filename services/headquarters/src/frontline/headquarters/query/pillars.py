"""The three pillars of DOMAIN.md "Headquarters": score inputs and indicators."""

from __future__ import annotations

from frontline.headquarters.query.command_figures import command_indicators, command_inputs
from frontline.headquarters.query.figures import FortressFigures, ServiceFigures
from frontline.headquarters.query.models import Indicator, Pillar
from frontline.headquarters.query.places import PlaceFigures
from frontline.headquarters.query.scoring import (
    RawInput,
    combine,
    score_inputs,
    score_of,
    share,
    toward,
)
from frontline.headquarters.settings import HeadquartersSettings

NO_CENTRE_DATA = "服务中心数据暂未接入（暂无数据）"
NO_RULE_OF_LAW = "纪检监察与矛盾纠纷数据暂未接入，暂无数据"


def fortress_inputs(f: FortressFigures, s: HeadquartersSettings) -> list[RawInput]:
    w = s.scoring.fortress
    decisions = sum(f.decisions.values())
    return [
        RawInput(
            "secretary_filled", "书记配备率", share(f.posts - f.vacant, f.posts), w.secretary_filled
        ),
        RawInput(
            "elections_on_time",
            "按期换届率",
            share(f.elections_tracked - f.elections_overdue, f.elections_tracked),
            w.elections_on_time,
        ),
        RawInput(
            "meeting_compliance",
            "三会一课落实率",
            share(f.meetings_held, f.meetings_expected),
            w.meeting_compliance,
        ),
        RawInput(
            "decisions_flowing",
            "四议两公开按时推进",
            share(decisions - f.decisions_stuck, decisions),
            w.decisions_flowing,
        ),
        RawInput(
            "not_weak_lax",
            "非软弱涣散占比",
            share(f.posts - f.weak_lax_open - f.weak_lax_suggested, f.posts),
            w.not_weak_lax,
        ),
        *command_inputs(f.command, s),
    ]


def service_inputs(f: ServiceFigures, s: HeadquartersSettings) -> list[RawInput]:
    w, sc = s.scoring.service, s.scoring
    return [
        RawInput(
            "college_educated",
            f"大专以上学历（目标{sc.college_share_target:.0%}）",
            toward(share(f.college, f.cadres), sc.college_share_target),
            w.college_educated,
        ),
        RawInput(
            "young_cadres",
            f"40岁以下干部（目标{sc.young_share_target:.0%}）",
            toward(share(f.young, f.cadres), sc.young_share_target),
            w.young_cadres,
        ),
        RawInput(
            "trained",
            f"培训达标（≥{sc.training_hours_target:.0f}学时）",
            share(f.trained, f.cadres),
            w.trained,
        ),
        RawInput(
            "upgrades_graduated",
            "学历提升毕业率",
            share(f.graduated, f.graduated + f.studying),
            w.upgrades_graduated,
        ),
        RawInput(
            "student_officials_converted",
            "大学生村官转任率",
            share(f.students_converted, f.students_converted + f.students_departed),
            w.student_officials_converted,
        ),
        RawInput(
            "remuneration_growth",
            f"报酬增长（目标{sc.remuneration_growth_target:.0%}）",
            toward(f.remuneration_growth, sc.remuneration_growth_target)
            if f.remuneration_growth is None or f.remuneration_growth >= 0
            else 0.0,
            w.remuneration_growth,
        ),
        RawInput("centre_coverage", "服务中心覆盖率", None, w.centre_coverage),
        RawInput("requests_on_time", "办件按时办结率", None, w.requests_on_time),
    ]


def _i(key: str, label: str, value: float | None, unit: str = "个") -> Indicator:
    return Indicator(
        key=key,
        label=label,
        value=None if value is None else round(value, 2),
        unit=unit,
        has_data=value is not None,
    )


def _pct(part: float, whole: float) -> float | None:
    return None if whole <= 0 else 100.0 * part / whole


def fortress_indicators(f: FortressFigures) -> list[Indicator]:
    lv = f.units_by_level
    pct = f.rectification_percents
    return [
        _i("townships", "乡镇（街道）党委", lv["township"]),
        _i("villages", "村（社区）党组织", lv["village"] + lv["community"]),
        _i("branches", "党支部", lv["branch"]),
        _i("secretary_vacant", "书记空缺", f.vacant),
        _i("secretary_vacant_over_30d", "空缺超30天", f.vacant_over_alert),
        _i("max_days_vacant", "最长空缺天数", f.max_days_vacant, "天"),
        _i("elections_overdue", "逾期未换届", f.elections_overdue),
        _i("elections_due_soon", "6个月内到期换届", f.elections_due_soon),
        _i("meeting_compliance", "三会一课落实率", _pct(f.meetings_held, f.meetings_expected), "%"),
        _i("decisions_total", "四议两公开事项", sum(f.decisions.values()), "件"),
        _i(
            "decisions_completed",
            "结果已公开",
            f.decisions["result_public"] + f.decisions["closed"],
            "件",
        ),
        _i("decisions_stuck", "停滞超30天", f.decisions_stuck, "件"),
        _i("decisions_rejected", "表决未通过", f.decisions["rejected"], "件"),
        _i("weak_lax_suggested", "疑似软弱涣散（系统提示）", f.weak_lax_suggested),
        _i("weak_lax_open", "整顿中", f.weak_lax_open),
        _i("weak_lax_signed_off", "已整顿销号", f.weak_lax_signed_off),
        _i("rectification_progress", "整顿平均进度", sum(pct) / len(pct) if pct else None, "%"),
        _i("ratings_good", "述职评议·好", f.ratings["good"]),
        _i("ratings_poor", "述职评议·差", f.ratings["poor"]),
        *command_indicators(f.command),
    ]


def service_indicators(f: ServiceFigures) -> list[Indicator]:
    return [
        _i("cadres", "在职村（社区）干部", f.cadres, "人"),
        _i("college_share", "大专以上学历", _pct(f.college, f.cadres), "%"),
        _i("young_share", "40岁以下", _pct(f.young, f.cadres), "%"),
        _i("women_share", "女性干部", _pct(f.women, f.cadres), "%"),
        _i("training_hours", "近12个月培训学时", f.hours, "小时"),
        _i("trained_share", "培训达标率", _pct(f.trained, f.cadres), "%"),
        _i("upgrades_studying", "学历提升在读", f.studying, "人"),
        _i("upgrades_graduated", "学历提升毕业", f.graduated, "人"),
        _i("students_assigned", "大学生村官", f.students_assigned, "人"),
        _i("students_converted", "转任村干部", f.students_converted, "人"),
        _i("remuneration_average", "村干部平均报酬", f.remuneration_average, "元/年"),
        _i(
            "remuneration_growth",
            "报酬增长率",
            None if f.remuneration_growth is None else 100 * f.remuneration_growth,
            "%",
        ),
        _i("centre_coverage", "服务中心覆盖", None, "%"),
        _i("requests_overdue", "超期办件", None, "件"),
    ]


def build_pillars(
    now: PlaceFigures, previous: PlaceFigures | None, s: HeadquartersSettings
) -> tuple[float | None, list[Pillar]]:
    """The combined score and the pillars of a place; with the place's figures some days
    earlier (``previous``), also what moved each input and each pillar."""
    ff, sf = now.fortress, now.service
    pf = previous.fortress if previous else None
    ps = previous.service if previous else None
    f_score, f_inputs = score_inputs(fortress_inputs(ff, s), fortress_inputs(pf, s) if pf else None)
    s_score, s_inputs = score_inputs(service_inputs(sf, s), service_inputs(ps, s) if ps else None)
    pillars = [
        Pillar(
            key="fortress",
            label="战斗堡垒",
            score=f_score,
            has_data=f_score is not None,
            inputs=f_inputs,
            indicators=fortress_indicators(ff),
            note="" if f_score is not None else "暂无数据",
        ),
        Pillar(
            key="service",
            label="服务",
            score=s_score,
            has_data=s_score is not None,
            inputs=s_inputs,
            indicators=service_indicators(sf),
            note=NO_CENTRE_DATA,
        ),
        Pillar(key="rule_of_law", label="法治", score=None, has_data=False, note=NO_RULE_OF_LAW),
    ]
    if pf is not None and ps is not None:
        pillars[0].delta = _delta(f_score, score_inputs(fortress_inputs(pf, s))[0])
        pillars[1].delta = _delta(s_score, score_inputs(service_inputs(ps, s))[0])
    return combined_score(f_score, s_score, s), pillars


def pillar_scores(
    place: PlaceFigures, s: HeadquartersSettings
) -> tuple[float | None, float | None, float | None]:
    """Combined, fortress and service scores alone: rankings and trend points."""
    f_score = score_of(fortress_inputs(place.fortress, s))
    s_score = score_of(service_inputs(place.service, s))
    return combined_score(f_score, s_score, s), f_score, s_score


def combined_score(
    fortress: float | None, service: float | None, s: HeadquartersSettings
) -> float | None:
    w = s.scoring.pillars
    return combine([(fortress, w.fortress), (service, w.service), (None, w.rule_of_law)])


def _delta(now: float | None, before: float | None) -> float | None:
    return None if now is None or before is None else round(now - before, 1)
