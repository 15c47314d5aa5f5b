"""Every refusal of the organization service in Chinese, by reason code (DOMAIN.md's
words: 应到、实到、赞成, 四议两公开, 换届 …). The rules name their code where they refuse;
the kernel words its own codes (field conversion, tokens, scope) behind this catalogue."""

from __future__ import annotations

from frontline.kernel.wording import Wording
from frontline.organization.domain.decision_rules import Quorum

REFUSALS_ZH = Wording(
    domain="frontline.organization",
    kinds={
        "org unit": "党组织",
        "org unit on division": "该行政区划上的党组织",
        "decision": "四议两公开事项",
    },
    terms={
        Quorum.TWO_THIRDS_OF_MEMBERS: "应到人数的三分之二以上",
        Quorum.HALF_OF_MEMBERS: "应到人数的过半数",
        Quorum.HALF_OF_MEMBERS_OR_TWO_THIRDS_OF_HOUSEHOLDS: "应到人数的过半数或三分之二以上的户代表",
    },
    reasons={
        # Org units: establishing, levels and division codes (DOMAIN.md "Places and units")
        "UNIT_EXISTS": "党组织 {unit_id} 已经成立",
        "DIVISION_TAKEN": "行政区划 {division_code} 上已有正常运行的党组织",
        "NAME_REQUIRED": "党组织须有名称",
        "CODE_NOT_DIGITS": "行政区划代码只能是数字",
        "CODE_LENGTH_FOR_LEVEL": "“{level}”层级党组织的行政区划代码为 {digits} 位",
        "BRANCH_CODE_NOT_PARENTS": "党支部与所在村（社区）使用同一行政区划代码 {parent_code}",
        "CODE_NOT_UNDER_PARENT": "须以上级党组织的行政区划代码 {parent_code} 开头",
        "PARENT_REQUIRED": "“{level}”层级的党组织须有上级党组织",
        "COUNTY_HAS_NO_PARENT": "县委没有上级党组织",
        "WRONG_PARENT_LEVEL": "“{level}”层级的党组织只能设在以下层级之下：{parents}",
        "PARENT_DISSOLVED": "上级党组织已撤销",
        "UNIT_DISSOLVED": "该党组织已撤销",
        "HAS_ACTIVE_CHILDREN": "请先撤销或合并其下级党组织",
        "MERGE_INTO_ITSELF": "党组织不能并入自身",
        "MERGE_ACROSS_LEVELS": "只能并入同为“{level}”层级的党组织",
        "TARGET_DISSOLVED": "要并入的党组织已撤销",
        "BEFORE_ESTABLISHED": "早于党组织成立日期（{established_on}）",
        "ID_OR_CODE": "请给出党组织编号或行政区划代码",
        # Form and size, and the meetings they make due (DOMAIN.md "Meetings")
        "FORM_NOT_FOR_LEVEL": "“{level}”层级的党组织只能是：{forms}",
        "NO_MEMBERS": "党组织至少有一名党员",
        "GROUPS_OUTSIDE_BRANCH": "党小组只在党支部内设立",
        "BEFORE_LAST_FORM_RECORD": "早于上次记录组织形式的日期（{last_on}）",
        "IN_THE_FUTURE": "日期不能晚于今天（今天是 {today}）",
        # Terms and elections (换届)
        "TERM_YEARS": "“{level}”层级党组织每届任期只能是 {years} 年",
        "BEFORE_TERM_STARTED": "早于本届任期开始日期（{started_on}）",
        "NO_LEVEL_ABOVE": "该党组织没有上级，无人可以批准延期",
        "APPROVER_NOT_LEVEL_ABOVE": "延期换届须由本组织的上级党组织批准",
        "NOT_LATER_THAN_DUE": "须晚于当前换届到期日（{due_on}）",
        "POSTPONEMENT_LIMIT": "换届最多延期一年（至 {limit}）",
        "POSTPONEMENT_REASON_REQUIRED": "延期换届须说明理由",
        "SECRETARY_POST": "书记职务由干部服务的任职结果填补，不能在此任命",
        # 四议两公开 (DOMAIN.md "Decision")
        "DECISION_EXISTS": "四议两公开事项 {decision_id} 已经存在",
        "NOT_GRASSROOTS": "四议两公开事项只属于村、社区党组织",
        "TITLE_REQUIRED": "事项须有标题",
        "STEP_OUT_OF_ORDER": "该事项当前为“{status}”，须为“{expected}”才能办理这一步，步骤不可跳过",
        "BEFORE_PREVIOUS_STEP": "早于上一步骤的日期（{last_on}）",
        "QUORUM_NOT_MET": "{step}未达到到会人数：须{quorum}到会（应到 {due} 人，实到 {present} 人）",
        "NONE_DUE": "应到人数至少为 1",
        "PRESENT_OVER_DUE": "实到人数超过应到人数（{due} 人）",
        "VOTES_OVER_PRESENT": "赞成、反对、弃权合计 {votes} 票，超过实到人数（{present} 人）",
        "ATTENDEE_NOT_AT_THIS_STEP": "乡镇列席人员只在党员大会审议和村民（代表）会议决议时记录",
        "HOUSEHOLDS_NOT_VILLAGERS_MEETING": "户数只在村民会议决议时记录",
        "NO_HOUSEHOLDS_DUE": "按户计算时，应到户数至少为 1",
        "HOUSEHOLDS_PRESENT_OVER_DUE": "实到户数须在 0 至应到户数（{due} 户）之间",
        "NOT_ONE_SHOULDER": "只有书记兼任村委会主任（一肩挑）时，支委会提议和两委会商议才可合并召开",
        "NOT_A_MERGED_SITTING": "只有两委会与支委会合并召开时，才记录两委会的人数",
        "JOINT_COUNTS_REQUIRED": "合并召开时须记录两委联席会议自己的应到、实到和表决人数",
        "MERGED_SITTING_DAY": "合并召开须与支委会同日（{held_on}）",
        "NOTICE_TOO_SHORT": "决议公开的公示期至少 {days} 天",
        "NOTICE_NOT_RUN": "只有已满公示期的公示才能补录",
        "BACKFILL": "只有县级管理员（{role}）可以补录已满公示期的公示",
        "PUBLIC_NOTICE_RUNNING": "决议公示期到 {ends_on} 才结束",
        "BEFORE_NOTICE_ENDED": "早于决议公示期结束日（{ends_on}）",
        # Meetings (三会一课)
        "MEETING_EXISTS": "会议 {meeting_id} 已经记录",
        # Weak and lax (软弱涣散) and secretary ratings (述职评议)
        "RECTIFICATION_OPEN": "该党组织已在整顿中",
        "CRITERIA_REQUIRED": "至少列出一项符合的软弱涣散情形",
        "PLAN_REQUIRED": "认定时须制定整顿方案",
        "TARGET_NOT_AFTER_CONFIRMATION": "须晚于认定日期（{confirmed_on}）",
        "NO_RECTIFICATION": "该党组织未被认定为软弱涣散",
        "BEFORE_CONFIRMATION": "早于认定日期（{confirmed_on}）",
        "PROGRESS_NOTE_REQUIRED": "须说明整顿进展",
        "RATING_YEAR": "只能评议今年或以往年度",
        "SECRETARY_VACANT": "该党组织书记空缺",
        "ALREADY_RATED": "该书记 {year} 年度已经评议",
    },
)
