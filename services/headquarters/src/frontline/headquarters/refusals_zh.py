"""Headquarters' own refusals in Chinese, by reason code: who may read the dashboard,
and what it cannot find. Query bounds (a date, a division code) and scope are the
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
    },
)
