"""Headquarters' own refusals in Chinese, by reason code: who may read the dashboard,
what it cannot find, and which period a monthly briefing (月度党建工作简报) covers. Query bounds (a date, a division code) and scope are the
kernel's codes, worded behind this catalogue."""

from __future__ import annotations

from frontline.headquarters.dashboard_session import ROLE_NAMES
from frontline.kernel.wording import Wording

REFUSALS_ZH = Wording(
    domain="frontline.headquarters",
    kinds={"division": "行政区划"},
    terms=ROLE_NAMES,
    reasons={
        "NOT_A_READER": "该令牌的角色无权查看指挥部大屏，需要以下角色之一：{readers}。",
        "NOT_SIGNED_IN": "未登录或登录已过期",
        # briefing/period.py: a month or a quarter that has ended
        "NOT_A_PERIOD": "须为月份 YYYY-MM 或季度 YYYY-Qn（如 2025-03、2025-Q1）",
        "NOT_A_MONTH": "月份须为 01 至 12",
        "YEAR_OUT_OF_RANGE": "年份须在 {low} 至 {high} 之间",
        "PERIOD_NOT_OVER": "该期间到 {ends_on} 才结束，结束后才能生成简报",
    },
)
