"""Every refusal of the discipline service in Chinese, by reason code (DOMAIN.md's words:
问题线索、谈话函询、初步核实、立案、审理、四种形态, 矛盾纠纷、排查、台账、三资 …). The rules
name their code where they refuse; the kernel words its own codes (field conversion,
tokens, scope, 必填, 不得为负数) behind this catalogue. Statuses, disposals and measure
types are named as the API names them (service.py: proto_terms)."""

from __future__ import annotations

from frontline.kernel.wording import Wording

REFUSALS_ZH = Wording(
    domain="frontline.discipline",
    kinds={
        "clue": "问题线索",
        "case": "案件",
        "case on clue": "该问题线索上的案件",
        "evidence": "证据",
        "dispute": "矛盾纠纷",
        "sweep duty": "排查任务",
        "ledger": "台账",
    },
    reasons={
        # Every step is dated on or after the one it follows (DOMAIN.md "Meetings")
        "BEFORE_PREVIOUS_STEP": "早于上一步骤的日期（{last_on}）",
        "NOT_TOWNSHIP_OR_VILLAGE": "问题线索须落在乡镇（街道，9 位）或村（社区，12 位）行政区划代码上",
        # Clues (问题线索): received, disposed one of four ways, the reporter told
        "CLUE_EXISTS": "问题线索 {clue_id} 已经受理",
        "NOT_A_PHONE": "电话号码为 5 至 20 位数字，可含空格或短横线",
        "NOT_AN_ID_NUMBER": "居民身份证号码为 18 位",
        "CLUE_IN_VERIFICATION": "初步核实中的线索只能以核实结论或立案结束",
        "CLUE_CLOSED": "该线索已了结或已立案，不能再处置",
        "ALREADY_DISPOSED": "该线索已按“{disposal}”处置",
        "CASE_BY_FILING": "初步核实后立案请用立案命令办理",
        "NOT_VERIFYING": "该线索不在初步核实中",
        "NO_REPLY_OWED": "匿名举报的线索无需告知举报人",
        "ALREADY_REPLIED": "已经告知举报人",
        "RECUSED": "您已登记回避此线索及其案件",
        # Cases (案件): 立案 → 审查调查 → 审理 → 处理决定 → 执行 → 归档
        "CASE_EXISTS": "该线索已立案（案件 {case_id}）",
        "NO_CASE": "该线索尚未立案",
        "WRONG_CASE_STATUS": "案件当前为“{status}”，不能办理这一步",
        "EVIDENCE_FROZEN": "案件移送审理后证据即固定，不能再改动（案件当前为“{status}”）",
        "EVIDENCE_EXISTS": "证据 {evidence_id} 已经记录",
        "EXTENSION_USED": "审查调查期限最多延长 {most} 次",
        "NO_EVIDENCE": "移送审理须附有证据",
        "NOT_A_FOUR_FORMS_LEVEL": "四种形态只能是第 1 至第 4 种",
        "KIND_NOT_OF_TYPE": "该处理种类不属于“{measure_type}”",
        "MEASURE_TWICE": "同一处理重复给出",
        "MEASURE_REQUIRED": "第二至第四种形态至少作出一项处理",
        # Appeals (申诉) do not suspend the sanction; the archive holds their outcome
        "APPEAL_PENDING": "该案有尚未办结的申诉，申诉办结后才能归档或再次申诉",
        "NOT_DECIDED": "作出处理决定后才能申诉",
        "REVOKED": "原处理决定已在申诉中撤销",
        "NO_APPEAL": "没有待办结的申诉",
        # Disputes (矛盾纠纷排查化解): village → township → county
        "DISPUTE_EXISTS": "矛盾纠纷 {dispute_id} 已经登记",
        "NO_PARTIES": "当事人至少 1 人",
        "WRONG_DISPUTE_STATUS": "该矛盾纠纷当前为“{status}”，不能办理这一步",
        "AT_COUNTY": "已在县级调解，不能再上报",
        "NO_CONFIRMATION": "化解时未选择申请司法确认",
        "ALREADY_APPLIED": "已经申请司法确认",
        "CONFIRMATION_WINDOW_CLOSED": "司法确认须在调解协议达成后 30 日内（{due_on} 前）申请",
        "BEFORE_AGREEMENT": "早于达成调解协议的日期（{resolved_on}）",
        "NOT_FOLLOWED_UP": "已化解的矛盾纠纷须回访后才能销号",
        # Sweeps (排查): nil reports (零报告) count
        "PERIOD_NOT_BEGUN": "排查周期 {period} 尚未开始",
        "BEFORE_PERIOD": "早于排查周期 {period} 的开始日期（{starts_on}）",
        "ALREADY_REPORTED": "本周期已经报告过排查情况",
        # Ledgers (台账): no total passes what it is part of
        "NOTHING_TO_RECORD": "没有可记录的内容：各项数量均为 0",
        "PAID_OVER_OWED": "累计已支付 {total} 元，超过应付的 {limit} 元",
        "FORM_REQUIRED": "请说明兑现方式：实物留地、物业置换或货币补偿",
        "FULFILLED_OVER_OWED": "累计已兑现 {total} 亩，超过应留的 {limit} 亩",
        "ENROLLED_OVER_ENTITLED": "累计参保 {total} 人，超过应参保的 {limit} 人",
        "CORRECTED_OVER_FOUND": "累计整改 {total} 份，超过清查出的不规范合同 {limit} 份",
        "DEAL_EXISTS": "三资交易 {deal_id} 已经记录",
    },
)
