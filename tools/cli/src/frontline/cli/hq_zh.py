"""Chinese of `frontline hq …`: the county command view (前线指挥部)."""

from __future__ import annotations

TEXTS: dict[str, str] = {
    "The county overview: three pillars, inputs that moved the score, ranking, alerts.": (
        "全县总览：三大板块、影响得分的各项指标、排名、预警。"
    ),
    "One township or village in detail.": "查看一个乡镇或村的详情。",
    "Townships ranked by combined score.": "按综合得分排列乡镇。",
    "Alerts in the caller's scope (or under --division).": "列出您权限范围内（或 --division 下）的预警。",
    "A past day (default: today)": "查看过去某一天（默认：今天）",
    "Township (9) or village (12) code": "乡镇（9 位）或村（12 位）行政区划代码",
    "as of {day}": "截至 {day}",
    "combined score {score}": "综合得分 {score}",
    "no data": "暂无数据",
    "input": "指标",
    "attained": "达成",
    "points": "得分",
    "change": "变化",
    "ranking of the units below": "下级单位排名",
    "townships ranked, as of {day}": "乡镇排名 截至 {day}",
    "rank": "名次",
    "combined": "综合",
    "fortress": "堡垒",
    "rule of law": "法治",
    "alerts": "预警",
    "alerts {count}": "预警 {count}",
    "severity": "级别",
    "alert": "内容",
    "critical": "严重",
    "warning": "提醒",
    # The monthly briefing (月度党建工作简报)
    "The monthly briefing (月度党建工作简报) as a PDF, as of the period's last day.": (
        "生成月度党建工作简报（PDF），数据截至该期最后一天。"
    ),
    "A month that has ended, YYYY-MM": "已结束的月份，格式 YYYY-MM",
    "Or a quarter, YYYY-Qn": "或已结束的季度，格式 YYYY-Qn",
    "Where to write the PDF": "PDF 文件的保存路径",
}
