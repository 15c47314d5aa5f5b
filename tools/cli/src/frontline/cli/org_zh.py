"""Chinese of `frontline org …`: org units, 四议两公开 decisions, meetings (DOMAIN.md's
words: 应到、实到、赞成、反对、弃权 …)."""

from __future__ import annotations

TEXTS: dict[str, str] = {
    # Org units
    "Org units: establish, elections, rectification": "党组织：成立、换届、整顿",
    "Establish an org unit under its parent.": "在上级党组织下成立党组织。",
    "A unit with its team, term, rectification and ratings.": (
        "查看党组织及其班子、任期、整顿和书记评议情况。"
    ),
    "Units under a division code (default: your scope).": (
        "列出某行政区划下的党组织（默认：您的权限范围）。"
    ),
    "The units established directly under a unit.": "列出直属下级党组织。",
    "Record an election (换届) that starts a new term.": "记录换届选举，开始新一届任期。",
    "Postpone the election, approved by the level above.": "延期换届（须经上级党组织批准）。",
    "Dissolve a unit, or merge it into another.": "撤销党组织，或将其并入另一党组织。",
    "Confirm (认定) a unit as weak and lax.": "认定软弱涣散党组织。",
    "Record rectification progress.": "记录整顿进展。",
    "Sign the rectification off (整顿销号).": "整顿销号。",
    "Record the organization's form and size; shows the meetings they make due.": (
        "记录党组织的组织形式和党员人数，并显示由此应开展的会议。"
    ),
    "Rate the unit's secretary for a year (述职评议).": "书记抓党建述职评议（按年度）。",
    "county, township, village, community, branch": (
        "层级：county 县、township 乡镇（街道）、village 村、community 社区、branch 党支部"
    ),
    "Parent unit id": "上级党组织编号",
    "Unit id": "党组织编号",
    "Unit id, or a division code": "党组织编号或行政区划代码",
    "Term in years: 5; branches may have 3 (0: default)": "任期年数：5 年，党支部可为 3 年（0：默认）",
    "New due date (≤ 1 year later)": "新的换届日期（最多延后一年）",
    "Approving unit (default: parent)": "批准延期的党组织（默认：上级党组织）",
    "Unit of the same level (merger)": "并入的同级党组织（合并时）",
    "secretary_vacant, election_overdue, ...": (
        "符合的软弱涣散情形：secretary_vacant 书记空缺、election_overdue 换届逾期 等，可重复"
    ),
    "Rectification plan": "整顿方案",
    "Percent complete": "完成百分比",
    "committee (委员会), general_branch (总支), branch": (
        "组织形式：committee 党委、general_branch 党总支、branch 党支部"
    ),
    "Party members of the organization": "党员人数",
    "The branch has party groups": "党支部设有党小组",
    "good, fairly_good, average, poor": "评议等次：good 好、fairly_good 较好、average 一般、poor 差",
    "Cadre id (default: current secretary)": "干部编号（默认：现任书记）",
    "org units": "党组织",
    "children": "下级党组织",
    "parent": "上级党组织",
    "term": "任期",
    "{years} years from {day}": "{years} 年，自 {day} 起",
    "election due": "换届到期",
    " (OVERDUE)": "（已逾期）",
    "secretary": "书记",
    "vacant": "空缺",
    "vacant since {day}": "自 {day} 起空缺",
    "team": "班子成员",
    "weak and lax": "软弱涣散整顿",
    "{percent}% since {day}": "完成 {percent}%，{day} 认定",
    ", signed off {day}": "，{day} 销号",
    "ratings": "述职评议",
    "active children": "下级党组织数",
    "form": "组织形式",
    "{form}, {members} members{groups} (recorded {day})": (
        "{form}，党员 {members} 名{groups}（{day} 记录）"
    ),
    ", party groups": "，设有党小组",
    "not recorded": "未记录",
    "meetings due": "应开展的会议",
    "{meeting} every {months} mo": "{meeting}每 {months} 个月",
    # 四议两公开 decisions
    "四议两公开 decisions, step by step": "四议两公开事项，逐步办理",
    "Draft a decision (step 1).": "草拟事项（第一步）。",
    "The committee proposes (step 2, 支委会提议); merged with the joint meeting of the "
    "two committees under 一肩挑, each body with its own counts.": (
        "支委会提议（第二步）；一肩挑时可与两委会商议合并召开，两个会议各自记录人数。"
    ),
    "The joint meeting of the two committees deliberates (step 3, 两委会商议).": (
        "两委会商议（第三步）。"
    ),
    "The party member meeting reviews (step 4: ≥2/3 present, >1/2 of members due agree).": (
        "党员大会审议（第四步：实到不少于应到的三分之二，赞成超过应到的半数）。"
    ),
    "The villagers' (representatives') meeting resolves (step 5).": "村民（代表）会议决议（第五步）。",
    "Make the resolution public (step 6, 决议公开).": "决议公开（第六步）。",
    "Start implementing, once the public notice has run (step 7).": "公示期满后开始实施（第七步）。",
    "Make the result public (实施结果公开).": "实施结果公开。",
    "Close a decision whose result is public.": "实施结果公开后办结事项。",
    "Redraft a rejected decision; it goes through every step again.": (
        "重新草拟未通过的事项，须重新走完每一步。"
    ),
    "A decision with the records of its steps.": "查看事项及其各步骤的记录。",
    "Decisions of a unit or under a division code, optionally in one state.": (
        "列出某党组织或某行政区划下的事项，可按状态筛选。"
    ),
    "Decision id": "事项编号",
    "Village or community unit id": "村或社区党组织编号",
    "village_rules_and_plans, land_contracting, land_contracting_to_outsiders, "
    "land_contract_adjustment, land_compensation_distribution, reserved_land_use, "
    "collective_assets, project, public_works_fundraising": (
        "事项类别：village_rules_and_plans 村规民约及发展规划、land_contracting 土地承包经营权流转、"
        "land_contracting_to_outsiders 集体土地发包给本集体以外的单位或个人、"
        "land_contract_adjustment 承包地调整、land_compensation_distribution 征地补偿费分配、"
        "reserved_land_use 留用地使用、collective_assets 集体资产处置或抵押、"
        "project 项目立项及承包、public_works_fundraising 公益事业筹资筹劳"
    ),
    "members_suggestion, villagers_suggestion, cadre_proposal, higher_level": (
        "来源：members_suggestion 党员建议、villagers_suggestion 村民建议、"
        "cadre_proposal 村干部提出、higher_level 上级交办"
    ),
    "Members due to attend": "应到人数",
    "Members present": "实到人数",
    "Votes for": "赞成票数",
    "Votes against": "反对票数",
    "Abstentions": "弃权票数",
    "Supervision committee's opinion": "村务监督委员会意见",
    "Township attendee": "乡镇列席人员",
    "Under 一肩挑 only": "仅限一肩挑",
    "With --merge-deliberation: the joint meeting's own due, present, for, against, abstain": (
        "与 --merge-deliberation 同用：两委会自己的应到、实到、赞成、反对、弃权人数"
    ),
    "A villagers' meeting sitting by households: due, present": "村民会议按户计算：应到户数、实到户数",
    "villagers_meeting or representatives_meeting": (
        "决议会议：villagers_meeting 村民会议 或 representatives_meeting 村民代表会议"
    ),
    "County only: a notice that already ran its full period (补录); otherwise the notice runs "
    "from today even when --published-on is earlier": (
        "仅限县级：补录已满公示期的公示；否则即使 --published-on 更早，公示期也从今天起算"
    ),
    "Days of public notice (0: the county minimum)": "公示天数（0：本县最低天数）",
    "draft, proposed, ..., closed, rejected": "状态：draft 草拟、proposed 已提议 …… closed 已办结、rejected 未通过",
    "decisions": "四议两公开事项",
    "matter": "事项类别",
    "state": "状态",
    "round": "轮次",
    "drafted": "草拟日期",
    "public notice": "公示",
    "{days} days from {start}, ends {end}": "公示 {days} 天，{start} 起，{end} 止",
    " (backfilled)": "（补录）",
    " (done)": "（已期满）",
    "result": "实施结果",
    "last step": "最近一步日期",
    "steps": "各步骤",
    "step": "步骤",
    "date": "日期",
    "present": "实到",
    "for": "赞成",
    "against": "反对",
    "abstain": "弃权",
    "passed": "是否通过",
    " (merged)": "（合并召开）",
    "REJECTED": "未通过",
    "township": "乡镇列席",
    "supervision": "监督委员会意见",
    # Meetings (三会一课)
    "Meetings: 三会一课, theme party day, ...": "会议：三会一课、主题党日等",
    "Record a meeting held, with its attendance.": "记录召开的会议及到会情况。",
    "Meetings of a unit (or under a division code) in a period.": (
        "列出某党组织（或某行政区划下）在一段时间内的会议。"
    ),
    "branch_member_meeting, branch_committee_meeting, party_group_meeting, party_lesson, "
    "theme_party_day, leading_bodies_joint_meeting, party_masses_joint_meeting": (
        "会议类型：branch_member_meeting 支部党员大会、branch_committee_meeting 支部委员会、"
        "party_group_meeting 党小组会、party_lesson 党课、theme_party_day 主题党日、"
        "leading_bodies_joint_meeting 班子联席会议、party_masses_joint_meeting 党群联席会议"
    ),
    "First day": "起始日期",
    "Last day": "截止日期",
    "recorded meeting {id} on {day}": "已记录会议 {id}（{day}）",
    "meetings": "会议",
    "present/due": "实到/应到",
    # Responsibility lists (责任清单), set by the level above
    "Responsibility lists (责任清单): set, add, report progress, check": (
        "责任清单：制定、增加事项、报告进展、验收"
    ),
    "Set a unit's responsibility list for a year.": "为下级党组织制定年度责任清单。",
    "Add an item to a list you set.": "在本级制定的责任清单中增加事项。",
    "Report progress on an item of your unit's list.": "报告本单位责任清单某一事项的进展。",
    "Check an item of a list you set: completed, or not yet.": (
        "验收本级制定的责任清单中的事项：已完成，或尚未完成。"
    ),
    "One list with its items.": "查看一份责任清单及其事项。",
    "Lists under a division code (default: your scope).": (
        "列出某行政区划下的责任清单（默认：您的权限范围）。"
    ),
    "The unit below yours whose list this is": "责任清单所属的下级党组织编号",
    "CATEGORY:TARGET:YYYY-MM-DD (organization_building, service, rule_of_law); repeat": (
        "类别:目标:完成期限 YYYY-MM-DD（organization_building 组织建设、service 服务、"
        "rule_of_law 法治），每项一次"
    ),
    "CATEGORY:TARGET:YYYY-MM-DD (organization_building, service, rule_of_law)": (
        "类别:目标:完成期限 YYYY-MM-DD（organization_building 组织建设、service 服务、"
        "rule_of_law 法治）"
    ),
    "0: every year": "0：所有年度",
    "List id": "责任清单编号",
    "Item id": "事项编号",
    "item": "事项",
    "items": "事项数",
    "target": "目标",
    "progress": "进展",
    "checked": "验收",
    # Supervision orders (督办单), issued one level down
    "Supervision orders (督办单): issue, acknowledge, report, accept or return": (
        "督办单：下发、签收、报告、办结或退回"
    ),
    "Issue an order to a unit directly below yours, due in working days.": (
        "向直属下级党组织下发督办单，办理期限按工作日计算。"
    ),
    "Acknowledge (签收) an order to your unit.": "签收下发给本单位的督办单。",
    "Report on an order to your unit.": "报告本单位督办单的办理情况。",
    "Ask the issuer for more working days (before the deadline).": (
        "向下发单位申请延长办理期限（须在期限届满前）。"
    ),
    "Grant the extension asked for (you issued the order).": "批准延期申请（由下发单位办理）。",
    "Accept the report (办结).": "认可办理情况，督办单办结。",
    "Return the report (退回): the unit works on and reports again.": (
        "退回办理情况：承办单位继续办理后重新报告。"
    ),
    "One order with its steps.": "查看一份督办单及其办理过程。",
    "Orders to units under a division code (default: your scope).": (
        "列出下发给某行政区划下各单位的督办单（默认：您的权限范围）。"
    ),
    "Order id": "督办单编号",
    "Receiving unit id (directly below yours)": "承办单位编号（本单位的直属下级）",
    "Working days": "工作日数",
    "The dashboard alert it answers": "所针对的指挥部大屏预警类型",
    "The place it concerns": "所涉及地方的行政区划代码",
    "Only orders to this unit id": "只列出下发给该单位编号的督办单",
    "Only orders from this unit id": "只列出该单位编号下发的督办单",
    "issued, acknowledged, reported, returned, accepted": (
        "状态：issued 已下发、acknowledged 已签收、reported 已报告、returned 已退回、"
        "accepted 已办结"
    ),
    "Not accepted yet": "只列出尚未办结的",
    "Past the deadline, no report": "只列出已过期限仍未报告的",
    "receiver": "承办单位",
    "issuer": "下发单位",
    "content": "内容",
    "from alert": "来自预警",
    "concerning": "涉及",
    "issued": "下发日期",
    "acknowledged": "签收日期",
    "reported": "报告日期",
    "report": "办理情况报告",
    "extension asked": "申请延期",
    "returned because": "退回理由",
    "accepted": "办结日期",
}
