"""Chinese of `frontline service …`: 党群服务中心 and 一站式服务, 办件 after 12345 / 接诉即办
(受理、派单、签收、办结、回访), 三率 figures, erasing a requester."""

from __future__ import annotations

TEXTS: dict[str, str] = {
    # Centres
    "Centres: lines, staff on duty, catalogue": "服务中心：服务事项、值班人员、事项目录",
    "Open a centre: 党群服务中心 on a township, 一站式 on a village or community.": (
        "设立服务中心：乡镇（街道）设党群服务中心，村、社区设一站式服务。"
    ),
    "A centre with its service lines and staff on duty.": "查看服务中心及其服务事项和值班人员。",
    "Centres under a division-code prefix.": "列出某行政区划下的服务中心。",
    "Offer a service line at a centre (or withdraw it).": "在服务中心开办（或停办）一项服务事项。",
    "Put a cadre serving in the township on duty at the centre (or off duty).": (
        "安排本乡镇任职的干部在中心值班（或撤下值班）。"
    ),
    "Close a centre; open requests are still handled.": "关闭服务中心；未办结的办件照常办理。",
    "The county's service lines with their time limits, and township departments.": (
        "本县的服务事项及其办理时限，以及乡镇（街道）科室。"
    ),
    "Org unit id (township, village or community)": "党组织编号（乡镇、村或社区）",
    "A service line offered; repeat": "开办的服务事项，可重复",
    "Centre id": "服务中心编号",
    "Division-code prefix (default: your scope)": "行政区划代码前缀（默认：您的权限范围）",
    "A line of the catalogue (see `catalogue`)": "事项目录中的一项（见 `catalogue`）",
    "Stop offering it": "停办该事项",
    "Take the cadre off duty": "撤下该干部的值班",
    " (withdrawn)": "（已停办）",
    "centres": "服务中心",
    "kind": "类别",
    "org unit": "党组织",
    "established": "设立日期",
    "closed": "关闭日期",
    "service lines": "服务事项",
    "staff on duty": "值班人员",
    "lines": "事项数",
    "on duty": "值班人数",
    "service lines (working days)": "服务事项（办理时限，工作日）",
    "line": "事项",
    "time limits": "办理时限",
    "township departments": "乡镇（街道）科室",
    "department": "科室",
    # Requests (办件)
    "Service requests (办件)": "办件",
    "Take a request (受理); its due date follows from the line and kind.": (
        "受理办件；办理时限由服务事项和类别决定。"
    ),
    "Dispatch (派单) to a staff member on duty or a township department.": (
        "派单给值班工作人员或乡镇（街道）科室。"
    ),
    "Sign for (签收) an assigned request.": "签收已派单的办件。",
    "Refuse an assigned request; it waits to be assigned again.": "退回已派单的办件，等待重新派单。",
    "Ask for an extension, before the due date has passed.": "在办理时限到期前申请延期。",
    "Grant the extension asked for: the due date moves.": "批准延期申请，办理时限随之顺延。",
    "Urge an open request on (催办).": "催办未办结的办件。",
    "Resolve (办结) a request signed for.": "办结已签收的办件。",
    'Record a return visit (回访); "no answer" may be tried again.': (
        "记录回访结果；“未接通”可以再次回访。"
    ),
    "Close a resolved request after its return visit.": "回访后将已办结的办件结案。",
    "Reopen (重办) a request whose requester was unsatisfied.": "诉求人不满意时重新办理（重办）。",
    "Transfer a complaint about a cadre to discipline inspection (with consent only).": (
        "将反映干部问题的投诉转纪检监察机关（须经诉求人同意）。"
    ),
    "One request, with the requester's contact unless erased.": (
        "查看一件办件，诉求人信息未删除时一并显示。"
    ),
    "Requests under a division-code prefix or of one centre.": "列出某行政区划下或某服务中心的办件。",
    "Service line (see `centre catalogue`)": "服务事项（见 `centre catalogue`）",
    "consultation, help, suggestion, complaint": (
        "类别：consultation 咨询、help 求助、suggestion 建议、complaint 投诉"
    ),
    "walk_in, phone, online, door_to_door": (
        "渠道：walk_in 窗口受理、phone 电话、online 网上、door_to_door 上门代办"
    ),
    "The requester's name (sealed)": "诉求人姓名（加密保存）",
    "The requester's phone (sealed)": "诉求人电话（加密保存）",
    "The request in the requester's words": "诉求内容（按诉求人原话记录）",
    "Request id": "办件编号",
    "A staff member on duty": "值班工作人员",
    "A township department": "乡镇（街道）科室",
    "The staff member signing": "签收的工作人员",
    "Why (kept in the service, never published)": "理由（只保存在本服务内，不公开）",
    "The due date asked for, YYYY-MM-DD": "申请延至的日期 YYYY-MM-DD",
    "Default: the date asked for": "默认：申请的日期",
    "satisfied, basically_satisfied, unsatisfied, no_answer": (
        "回访结果：satisfied 满意、basically_satisfied 基本满意、unsatisfied 不满意、no_answer 未接通"
    ),
    "The requester agreed to the transfer": "诉求人同意转办",
    "Only this centre": "只看该服务中心",
    "submitted, assigned, in_progress, …": "状态：submitted 已受理、assigned 已派单、in_progress 办理中 等",
    "Only overdue open ones": "只看超期未办结的",
    "service request": "办件",
    "service requests": "办件",
    "centre": "服务中心",
    "line / kind / channel": "事项 / 类别 / 渠道",
    "channel": "渠道",
    "submitted": "受理日期",
    "due date": "办理时限",
    "{due}, {days} working days": "{due}，{days} 个工作日",
    "escalation": "督办",
    "assignee": "承办人",
    "sign-for": "签收",
    "OVERDUE": "已超时",
    "extension asked to": "申请延期至",
    "resolved": "办结日期",
    " on time": "（按时）",
    "return visits": "回访",
    "reopened": "重办次数",
    "transferred": "转办日期",
    "requester": "诉求人",
    "description": "诉求内容",
    "resolution": "办理情况",
    # Figures (三率) and erasure
    "Response, resolution, satisfaction (三率) and on-time rates per service line.": (
        "按服务事项统计响应率、解决率、满意率（三率）和按时办结率。"
    ),
    "service under {prefix}": "{prefix} 的便民服务",
    "all": "合计",
    "taken": "受理",
    "open": "未办结",
    "overdue": "超期",
    "yellow": "黄牌",
    "red": "红牌",
    "response rate": "响应率",
    "resolution rate": "解决率",
    "satisfaction rate": "满意率",
    "on-time rate": "按时办结率",
    "Requesters: erasure": "诉求人：删除个人信息",
    "Erase a requester's name, phone and words in every request, for good.": (
        "永久删除诉求人在所有办件中的姓名、电话和诉求内容。"
    ),
    "Requester id (from `request show`)": "诉求人编号（见 `request show`）",
    "Erase requester {id} for good?": "永久删除诉求人 {id} 的信息？",
    "erased requester {id} in {count} request(s) on {day}": (
        "已删除诉求人 {id} 在 {count} 件办件中的信息（{day}）"
    ),
}
