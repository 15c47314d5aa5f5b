"""Chinese of `frontline discipline …`: problem clues, cases, disputes, sweeps and ledgers
(DOMAIN.md's words: 问题线索、谈话函询、初步核实、立案、审理、处分、四种形态, 矛盾纠纷、
排查、零报告, 台账、三资 …). Enum words keep their stable English spelling, each followed
by its Chinese name as the API gives it."""

from __future__ import annotations

TEXTS: dict[str, str] = {
    # Problem clues (问题线索)
    "Problem clues (问题线索): confidential": "问题线索（涉密）",
    "Receive a clue; a real-name reporter is told within 15 working days.": (
        "受理问题线索；实名举报的，15 个工作日内告知举报人。"
    ),
    "Dispose of a clue one of the four ways.": "按四类方式之一处置问题线索。",
    "End a preliminary verification without a case (a case: `case file`).": (
        "初步核实后不立案而结束（立案请用 `case file`）。"
    ),
    "Record that the real-name reporter was told whether the clue was accepted.": (
        "登记已告知实名举报人线索是否受理。"
    ),
    "Record that a staff member stands aside (回避) from a clue and its case.": (
        "登记工作人员对该线索及其案件回避。"
    ),
    "One clue (the look is audited).": "查看一条问题线索（每次查看都记入审计）。",
    "Clues under a division-code prefix (each look is audited).": (
        "列出某行政区划代码前缀下的问题线索（每次查看都记入审计）。"
    ),
    "Clue id": "线索编号",
    "A real-name reporter (sealed)": "实名举报人姓名（加密保存）",
    "Resident ID number": "居民身份证号码",
    "Cadre id the clue is about": "线索所反映干部的编号",
    "A new category": "新的问题类别",
    "The staff member's account": "回避的工作人员账号",
    "letters_visits, report, police_referral, three_capitals_anomaly, service_center_complaint": (
        "线索来源：letters_visits 信访、report 举报、police_referral 公安移送（涉黑涉恶）、"
        "three_capitals_anomaly 三资台账异常、service_center_complaint 便民服务转来的投诉"
    ),
    "discipline_violation, agriculture_duty_crime, evil_forces_umbrella, "
    "three_capitals_misuse, other": (
        "问题类别：discipline_violation 违纪、agriculture_duty_crime 涉农职务犯罪、"
        "evil_forces_umbrella 涉黑涉恶“保护伞”、three_capitals_misuse 侵占挪用集体“三资”、"
        "other 其他"
    ),
    "talk_inquiry, preliminary_verification, shelve, close": (
        "处置方式：talk_inquiry 谈话函询、preliminary_verification 初步核实、"
        "shelve 暂存待查、close 予以了结"
    ),
    "close, reminder_talk, shelve": (
        "核实结论：close 予以了结、reminder_talk 提醒谈话、shelve 暂存待查"
    ),
    "received, in_talk_inquiry, verifying, shelved, closed, case_filed": (
        "线索状态：received 已受理、in_talk_inquiry 谈话函询中、verifying 初步核实中、"
        "shelved 暂存待查、closed 已了结、case_filed 已立案"
    ),
    "clue": "问题线索",
    "division": "行政区划",
    "received": "受理日期",
    "disposal": "处置方式",
    "outcome": "核实结论",
    "summary": "摘要",
    "reporter": "举报人",
    "reply": "告知举报人",
    "case": "案件",
    "recused": "回避人员",
    # Cases (案件): 立案 → 审查调查 → 审理 → 处理决定 → 执行 → 归档
    "Cases (案件): confidential": "案件（涉密）",
    "Open a case (立案) on a clue under preliminary verification.": (
        "对初步核实中的问题线索立案。"
    ),
    "Add an item of evidence (while investigating).": "添加一项证据（审查调查期间）。",
    "Retract an item of evidence (while investigating).": "撤回一项证据（审查调查期间）。",
    "Extend the investigation (once).": "延长审查调查期限（限一次）。",
    "Send the case to review (审理); the evidence is frozen.": (
        "移送审理；证据随即固定，不能再改动。"
    ),
    "Send the case back for supplementary investigation (reviewers).": (
        "退回补充调查（审理人员办理）。"
    ),
    "Decide the case (reviewers): its measures and the four-forms level.": (
        "作出处理决定（审理人员办理）：处理措施和四种形态类别。"
    ),
    "Record that the decision was carried out.": "登记处理决定已执行。",
    "Archive an executed case.": "将已执行的案件归档。",
    "Record an appeal (申诉); the sanction stays in force.": "登记申诉；申诉期间处分不停止执行。",
    "Conclude the appeal: upheld or revoked.": "办结申诉：维持或撤销原处理决定。",
    "One case (the look is audited).": "查看一个案件（每次查看都记入审计）。",
    "Cases under a division-code prefix (each look is audited).": (
        "列出某行政区划代码前缀下的案件（每次查看都记入审计）。"
    ),
    "Case id": "案件编号",
    "Evidence id": "证据编号",
    "Clue under preliminary verification": "初步核实中的问题线索编号",
    "Cadre id concerned": "所涉干部的编号",
    "The four forms (四种形态): 1 to 4": "四种形态：第 1 至第 4 种",
    "TYPE:KIND; types party_sanction, government_sanction, organizational_handling, "
    "prosecution_referral": (
        "措施类型:种类；类型为 party_sanction 党纪处分、government_sanction 政务处分、"
        "organizational_handling 组织处理、prosecution_referral 移送检察机关"
    ),
    "upheld or revoked": "upheld 维持原处理决定 或 revoked 撤销原处理决定",
    "investigating, in_review, decided, executed, archived": (
        "案件状态：investigating 审查调查中、in_review 审理中、decided 已作出处理决定、"
        "executed 已执行、archived 已归档"
    ),
    "filed": "立案日期",
    "investigation due": "审查调查期限",
    "extensions": "延期次数",
    "evidence": "证据数",
    "decided": "决定日期",
    "four forms level": "四种形态",
    "measures": "处理措施",
    "sanction in force": "处分影响期内",
    "appeal": "申诉",
    "executed": "执行日期",
    "archived": "归档日期",
    # Disputes (矛盾纠纷排查化解): village → township → county
    "Disputes (矛盾纠纷)": "矛盾纠纷",
    "Register a dispute for mediation at its division's level.": (
        "登记矛盾纠纷，在其所在行政区划一级调解。"
    ),
    "Escalate the mediation one level (village → township → county).": (
        "将调解上报一级（村 → 乡镇 → 县）。"
    ),
    "Record the agreement that resolves the dispute.": "登记化解矛盾纠纷的调解协议。",
    "Record the application for judicial confirmation.": "登记已申请司法确认。",
    "Record a follow-up (回访) of a resolved dispute.": "登记对已化解矛盾纠纷的回访。",
    "Close (销号) a followed-up dispute.": "对已回访的矛盾纠纷销号。",
    "Divert the dispute to litigation, arbitration or administrative review.": (
        "将矛盾纠纷分流到诉讼、仲裁或行政复议。"
    ),
    "One dispute.": "查看一件矛盾纠纷。",
    "Disputes under a division-code prefix.": "列出某行政区划代码前缀下的矛盾纠纷。",
    "Dispute id": "矛盾纠纷编号",
    "People involved": "当事人人数",
    "Yuan involved (0: none)": "涉及金额（元；0：不涉及）",
    "Judicial confirmation wanted (30 days)": "当事人要申请司法确认（30 日内）",
    "land_compensation_arrears, reserved_land, land_three_chaos, landless_pension, "
    "three_capitals, homestead, land_contracting, family, labour, neighbour, other": (
        "纠纷类型：land_compensation_arrears 征地补偿款拖欠、reserved_land 历史留用地、"
        "land_three_chaos 农村土地“三乱”、landless_pension 失地农民养老保障、"
        "three_capitals 集体“三资”、homestead 宅基地、land_contracting 土地承包、"
        "family 婚姻家庭、labour 劳动争议、neighbour 邻里纠纷、other 其他"
    ),
    "low, medium, high": "风险等级：low 低、medium 中、high 高",
    "litigation, arbitration, administrative_review": (
        "分流途径：litigation 诉讼、arbitration 仲裁、administrative_review 行政复议"
    ),
    "mediating, resolved, followed_up, closed, diverted": (
        "状态：mediating 调解中、resolved 已化解、followed_up 已回访、closed 已销号、"
        "diverted 已分流"
    ),
    "risk": "风险等级",
    "amount (yuan)": "金额（元）",
    "parties": "当事人人数",
    "registered": "登记日期",
    "agreement reached": "达成调解协议",
    "judicial confirmation": "司法确认",
    "followed up": "回访日期",
    "signed off": "销号日期",
    "diverted": "分流",
    # Sweeps (排查): a nil report (零报告) counts
    "Sweeps (排查)": "排查",
    "Report a sweep (排查) for a period; none found is a nil report (零报告).": (
        "报告某一周期的排查情况；未发现矛盾纠纷的报零报告。"
    ),
    "Whether a division owes sweeps and which period next.": (
        "查看某行政区划是否负有排查任务，以及下一个排查周期。"
    ),
    "Sweep periods reported or missed.": "列出已报告或漏报的排查周期。",
    "Disputes found (0: a nil report)": "发现的矛盾纠纷数（0：零报告）",
    "A day of the period (default: swept on)": "周期内的任意一天（默认：排查日期）",
    "Division code": "行政区划代码",
    "period": "周期",
    "swept": "排查日期",
    "found": "发现数",
    "on time": "按时",
    "missed": "漏报",
    "active": "是否负有排查任务",
    "next period": "下一周期",
    "ends": "截止日期",
    # Ledgers (台账): land, pensions and the three capitals (三资)
    "Ledgers (台账)": "台账",
    "Land-acquisition compensation arrears, in yuan.": "征地补偿款拖欠台账（元）。",
    "Historical reserved land (留用地), in mu.": "历史留用地台账（亩）。",
    "Landless farmers' old-age insurance: people entitled and enrolled.": (
        "失地农民养老保险台账：应参保人数和已参保人数。"
    ),
    "The three-capitals (三资) clean-up: items, irregular contracts, funds recovered.": (
        "农村集体“三资”清理台账：清查项目、不规范合同、追回资金。"
    ),
    "A collective-asset deal; without a decision behind it, a clue is raised.": (
        "集体资产交易；没有四议两公开决策依据的，自动生成问题线索。"
    ),
    "A division's ledgers.": "查看某行政区划的台账。",
    "Ledgers under a division-code prefix.": "列出某行政区划代码前缀下的台账。",
    "Division code (6, 9 or 12 digits)": "行政区划代码（6、9 或 12 位）",
    "Division-code prefix (default: yours)": "行政区划代码前缀（默认：您的权限范围）",
    "The 四议两公开 decision behind it": "作为依据的四议两公开事项编号",
    "Yuan": "金额（元）",
    "land, property, cash": "兑现方式：land 实物留地、property 物业置换、cash 货币补偿",
    "lease, sale, contracting, borrowing, other": (
        "交易类型：lease 出租、sale 出售、contracting 发包、borrowing 借款、other 其他"
    ),
    "ledger": "台账",
    "figures": "数据",
    "arrears outstanding": "尚欠补偿款（元）",
    "recovered": "已追回（元）",
    "pension": "已参保/应参保",
    "contracts": "已整改/不规范合同",
}
