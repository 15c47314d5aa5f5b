"""Every refusal of the service-center service in Chinese, by reason code (DOMAIN.md's
words: 受理、派单、签收、办结、回访, 党群服务中心 …). The rules name their code where they
refuse; the kernel words its own codes (field conversion, tokens, scope) behind this
catalogue."""

from __future__ import annotations

from frontline.kernel.wording import Wording

REFUSALS_ZH = Wording(
    domain="frontline.service_center",
    kinds={
        "centre": "服务中心",
        "service request": "办件",
        "requester": "诉求人",
    },
    terms={
        # The step a date may not precede (request_guards.day_between)
        "the resolution": "办结",
        "the visit": "回访",
        "intake": "受理",
        "it was taken": "签收",
    },
    reasons={
        # Centres (党群服务中心, 一站式服务) and their staff on duty
        "CENTRE_EXISTS": "服务中心 {centre_id} 已经设立",
        "UNIT_HAS_CENTRE": "党组织 {org_unit_id} 已有服务中心 {centre_id}",
        "UNKNOWN_ORG_UNIT": "本服务还不知道这个党组织（组织信息可能尚未同步，请稍后再试）",
        "ORG_UNIT_DISSOLVED": "该党组织已撤销",
        "CENTRE_LEVEL": "服务中心只设在乡镇（街道）、村或社区党组织",
        "NAME_REQUIRED": "服务中心须有名称",
        "CENTRE_CLOSED": "该服务中心已关闭",
        "BEFORE_ESTABLISHED": "早于服务中心设立日期（{established_on}）",
        "CLOSURE_REASON_REQUIRED": "关闭服务中心须说明理由",
        "CADRE_NOT_SERVING_HERE": "值班人员须是在本乡镇（街道）任职的干部",
        "NOT_ON_DUTY": "该干部不在本中心值班",
        "OTHER_CENTRE": "中心工作人员只能办理本中心的事项",
        "OTHER_CENTRES_LISTED": "中心工作人员只能查看本中心的事项",
        "NOT_A_SERVICE_LINE": "不是本县的服务事项，可选：{choices}",
        "NOT_A_DEPARTMENT": "不是乡镇（街道）的科室，可选：{choices}",
        "LINE_NOT_OFFERED": "该服务中心不办理这一服务事项",
        # Requests (办件), after 12345 / 接诉即办
        "REQUEST_EXISTS": "办件 {request_id} 已经受理",
        "NOT_A_PHONE": "电话号码为 5 至 20 位数字，前面可加 +",
        "SUBMITTED_TOO_LATE": "按此受理日期，办理时限 {due_on} 已过：请在收到诉求时及时登记",
        "CADRE_OR_DEPARTMENT": "请指定一名干部或一个科室，二者选一",
        "STAFF_REQUIRED": "请指定值班的工作人员",
        "DEPARTMENT_REQUIRED": "请指定乡镇（街道）科室",
        "STAFF_NOT_ON_DUTY": "该干部不在本中心值班",
        "NOT_THE_ASSIGNEE": "该办件已派给其他人",
        "REQUEST_SUBMITTED": "办件尚未派单，不能进行此操作",
        "REQUEST_ASSIGNED": "办件已派单、尚未签收，不能进行此操作",
        "REQUEST_IN_PROGRESS": "办件正在办理中，不能进行此操作",
        "REQUEST_RESOLVED": "办件已办结、等待回访，不能进行此操作",
        "REQUEST_CLOSED": "办件已结案，不能进行此操作",
        "REQUEST_TRANSFERRED": "办件已转纪检监察机关，不能进行此操作",
        "REFUSAL_REASON_REQUIRED": "退回须说明理由",
        "IN_THE_FUTURE": "日期不能晚于今天（{today}）",
        "IN_THE_PAST": "日期不能早于今天（{today}）",
        "BEFORE_PREVIOUS_STEP": "早于{after}日期（{earliest}）",
        # Extensions (延期), resolution (办结)
        "ALREADY_OVERDUE": "办理时限 {due_on} 已过，超期后不能再申请延期",
        "EXTENSION_PENDING": "已有一项延期申请等待审批",
        "NO_EXTENSION_REQUESTED": "没有待审批的延期申请",
        "NOT_LATER_THAN_DUE": "须晚于当前办理时限 {due_on}",
        "EXTENSION_TOO_LONG": "最多在办理时限后延长 {days} 个工作日（至 {limit}）",
        "LATER_THAN_ASKED": "晚于申请的日期（{asked_on}）",
        "EXTENSION_REASON_REQUIRED": "申请延期须说明理由",
        "RESOLUTION_SUMMARY_REQUIRED": "办结须说明办理情况",
        # Return visits (回访), reopening, transfer to discipline inspection
        "ALREADY_VISITED": "诉求人已答复回访：请结案或重新办理",
        "NOT_VISITED": "办件须在回访后才能结案",
        "NOT_UNSATISFIED": "只有诉求人表示不满意时才能重新办理",
        "REOPEN_REASON_REQUIRED": "重新办理须说明理由",
        "NOT_A_COMPLAINT": "只有投诉类办件才能转纪检监察机关",
        "CONSENT_REQUIRED": "投诉须经诉求人同意才能转纪检监察机关",
        # Requesters' sealed data
        "ALREADY_ERASED": "诉求人信息已于 {erased_on} 删除",
    },
)
