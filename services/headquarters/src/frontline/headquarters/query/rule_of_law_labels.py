"""What the rule-of-law figures are called on the dashboard (zh-CN), in display order."""

from __future__ import annotations

LABELS = {
    "clues_received": "问题线索",
    "clues_pending": "待处置线索",
    "replies_overdue": "实名举报答复逾期",
    "cases_filed": "立案",
    "cases_decided": "审结",
    "cases_closed": "结案归档",
    "investigating": "在查案件",
    "investigations_overdue": "审查调查超期",
    "appeals": "申诉",
    "measures": "处分处理",
    "disputes_registered": "矛盾纠纷登记",
    "disputes_resolved": "已化解",
    "disputes_open": "未化解（积案）",
    "disputes_open_high_risk": "高风险未化解",
    "disputes_escalated": "上交调处",
    "disputes_diverted": "转诉讼仲裁复议",
    "confirmations_lapsed": "司法确认申请逾期",
    "replies_on_time_rate": "实名举报按期答复率",
    "disputes_resolved_rate": "矛盾纠纷化解率",
    "resolved_in_village_rate": "小事不出村",
    "sweep_compliance": "排查按期率",
    "sweeps_missed": "近90天排查漏报",
    "sweep_duties": "应排查单位",
    "arrears_owed": "征地补偿欠款",
    "arrears_paid": "已清偿",
    "arrears_recovered": "已追回",
    "reserved_owed": "历史留用地应兑现",
    "reserved_fulfilled": "留用地已兑现",
    "pension_coverage": "失地农民参保率",
    "pension_entitled": "应参保失地农民",
    "items_inventoried": "“三资”清查事项",
    "contracts_found": "问题合同",
    "contracts_corrected": "已整改合同",
    "funds_recovered": "追回集体资金",
    "asset_deals": "集体资产交易",
}

CATEGORIES = {
    "discipline_violation": "违纪",
    "agriculture_duty_crime": "涉农职务犯罪",
    "evil_forces_umbrella": "涉黑涉恶“保护伞”",
    "three_capitals_misuse": "侵占“三资”",
    "other": "其他",
}
DISPUTE_TYPES = {
    "land_compensation_arrears": "征地补偿款拖欠",
    "reserved_land": "历史留用地",
    "land_three_chaos": "土地“三乱”",
    "landless_pension": "失地农民养老",
    "three_capitals": "集体“三资”",
    "homestead": "宅基地",
    "land_contracting": "土地承包",
    "family": "婚姻家庭",
    "labour": "劳动争议",
    "neighbour": "邻里纠纷",
    "other": "其他",
}
LEVELS = {"village": "村级", "township": "镇级", "county": "县级"}
DISPOSALS = {
    "pending": "待处置",
    "talk_inquiry": "谈话函询",
    "preliminary_verification": "初步核实",
    "shelve": "暂存待查",
    "close": "予以了结",
}
MEASURE_TYPES = {
    "party_sanction": "党纪处分",
    "government_sanction": "政务处分",
    "organizational_handling": "组织处理",
    "prosecution_referral": "移送检察机关",
}
SANCTION_KINDS = {
    "party_warning": "党内警告",
    "party_serious_warning": "党内严重警告",
    "removal_from_party_post": "撤销党内职务",
    "party_probation": "留党察看",
    "party_expulsion": "开除党籍",
    "government_warning": "警告",
    "demerit": "记过",
    "major_demerit": "记大过",
    "demotion_in_grade": "降级",
    "dismissal": "撤职",
    "government_expulsion": "开除",
    "admonishment": "诫勉",
    "suspension_for_inspection": "停职检查",
    "post_adjustment": "调整职务",
    "ordered_resignation": "责令辞职",
    "removal_from_post": "免职",
    "demotion": "降职",
    "referral_to_prosecutors": "移送检察",
}
FOUR_FORMS = {"1": "第一种形态", "2": "第二种形态", "3": "第三种形态", "4": "第四种形态"}
ROUTES = {"litigation": "诉讼", "arbitration": "仲裁", "administrative_review": "行政复议"}
SOURCES = {
    "letters_visits": "信访举报",
    "report": "检举控告",
    "police_referral": "公安移送",
    "three_capitals_anomaly": "“三资”异常",
    "service_center_complaint": "12345转办",
}
VERIFICATION = {"close": "予以了结", "reminder_talk": "谈话提醒", "shelve": "暂存待查"}

# (breakdown key, title, unit, labels of its items in display order)
BREAKDOWNS: list[tuple[str, str, str, dict[str, str]]] = [
    ("clue_source", "线索来源", "件", SOURCES),
    ("clue_disposal", "线索处置方式", "件", DISPOSALS),
    ("verification_outcome", "初核了结方式", "件", VERIFICATION),
    ("case_category", "立案（按类别）", "件", CATEGORIES),
    ("closed_category", "结案（按类别）", "件", CATEGORIES),
    ("measure_type", "处分处理（按类型）", "人次", MEASURE_TYPES),
    ("sanction_kind", "处分处理（按种类）", "人次", SANCTION_KINDS),
    ("four_forms", "“四种形态”", "人次", FOUR_FORMS),
    ("dispute_type", "矛盾纠纷（按类型）", "件", DISPUTE_TYPES),
    ("open_type", "未化解（按类型）", "件", DISPUTE_TYPES),
    ("open_level", "未化解（按调处层级）", "件", LEVELS),
    ("resolved_level", "化解（按层级）", "件", LEVELS),
    ("diverted_route", "分流去向", "件", ROUTES),
]
