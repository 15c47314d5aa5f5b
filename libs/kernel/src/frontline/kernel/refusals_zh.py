"""The kernel's own refusals in Chinese: field conversion (``convert.py``), authentication
(``auth/tokens.py``, ``grpc/guard.py``), authorization (``authz.py``), not found,
conflicts, the admin API's calendar files, request models (pydantic), and what a status
says when its error named no code of its own (``grpc/status.py``).

Each service words its own rules in ``<service>/domain/refusals_zh.py``, in front of
this catalogue; a code is worded in one of them only.
"""

from __future__ import annotations

from frontline.kernel.wording import Wording

KERNEL_ZH = Wording(
    domain="frontline",
    reasons={
        # convert.py: every value a client sends
        "NOT_ONE_OF": "须为以下之一：{choices}",
        "VALUE_NOT_ACCEPTED": "此处不接受“{value}”",
        "REQUIRED": "必填",
        "TOO_LONG": "最多 {limit} 个字符",
        "CONTROL_CHARACTERS": "不得包含控制字符",
        "NOT_AN_ID": "不是有效的编号",
        "DATE_REQUIRED": "必填，日期格式为 YYYY-MM-DD",
        "NOT_A_DATE": "须为 YYYY-MM-DD 格式的日期",
        "NOT_A_CALENDAR_DATE": "不是日历上存在的日期",
        "DATE_OUT_OF_RANGE": "须在 {earliest} 至 {latest} 之间",
        "OUT_OF_RANGE": "须在 {low} 至 {high} 之间",
        "TOO_MANY_ITEMS": "最多 {most} 项",
        "NEGATIVE": "不得为负数",
        "BAD_PAGE_TOKEN": "不是本服务给出的翻页令牌",
        # authz.py
        "NOT_A_DIVISION_CODE": "须为 6、9 或 12 位行政区划代码",
        "NOT_A_DIVISION_PREFIX": "须为行政区划代码或其前缀（仅数字）",
        "ROLE_NOT_ALLOWED": "当前角色（{roles}）无权执行此操作，需要以下角色之一：{needed}",
        "OUT_OF_SCOPE": "行政区划 {division_code} 不在您的权限范围（{scope}）内",
        "NO_CALLER": "无法识别调用者",
        "NOT_FOUND": "未找到{kind}：{id}",
        # grpc/guard.py
        "TOKEN_MISSING": "缺少访问令牌（Authorization: Bearer …）",
        "NO_RULE": "该接口未声明授权规则，一律拒绝",
        # auth/tokens.py: what an operator does next differs by cause
        "TOKEN_EXPIRED": "令牌已过期，请向县里重新申请。",
        "TOKEN_WRONG_AUDIENCE": "令牌不是签发给本系统的（受众不符）。",
        "TOKEN_UNKNOWN_ISSUER": "令牌的签发方不受信任。",
        "TOKEN_ALGORITHM": "令牌的签名算法不被接受，只接受县里用 Ed25519 签发或统一身份认证签发的令牌。",
        "TOKEN_MISSING_CLAIM": "令牌缺少必要信息（签发方、受众、有效期、用户、角色或范围）。",
        "TOKEN_UNTRUSTED_KEY": "令牌签名无效：不是用本县信任的密钥签发的。",
        "OIDC_PROVIDER_UNREACHABLE": "暂时无法连接统一身份认证服务（{issuer}），请稍后再试。",
        "TOKEN_INVALID": "令牌无效：无法识别或已被篡改。",
        "TOKEN_TOO_LONG_LIVED": (
            "令牌有效期 {hours} 小时，超过其持有者允许的 {allowed} 小时，请重新申请令牌。"
        ),
        "TOKEN_BAD_ROLES": "令牌无效：角色须为角色名称的列表。",
        "TOKEN_BAD_SCOPE": "令牌无效：范围须为 6、9 或 12 位行政区划代码。",
        # commands.py
        "CONCURRENCY_CONFLICT": "该记录正被同时修改，请稍后重试",
        # admin.py: a year's statutory calendar
        "DATE_NOT_IN_YEAR": "不在 {year} 年内",
        "HOLIDAY_AND_WORKDAY": "同一天不能既是放假日又是调休上班日",
        "HOLIDAY_ON_WEEKEND": "只列出放假的工作日（周末本来就休息）",
        "WORKDAY_NOT_WEEKEND": "只列出需要上班的周末",
        # admin.py: outbox rows the broker refused for good (parked.py)
        "IDS_AND_ALL": "请列出要重试的记录，或选择全部，不能两者都选",
        "IDS_REQUIRED": "请列出要重试的记录编号，或选择全部",
        "NOT_AN_OUTBOX_ID": "发件箱记录编号须为正整数",
        # grpc/status.py: servers, not requests
        "RETRY_NOW": "被同时进行的操作打断，请用同一请求编号重试",
        "SERVER_UNAVAILABLE": "本服务依赖的服务器暂时不可用，请稍后再试",
        "INTERNAL": "服务内部错误",
        # grpc/status.py: a value no conversion refused that the code or database cannot take
        "UNSTORABLE_CHARACTER": "含有无法保存的字符",
        "VALUE_OUT_OF_RANGE": "含有超出范围的数字或日期",
        "BAD_VALUE": "含有无法接受的值",
        # A request model's own bounds (pydantic error types)
        "MISSING": "必填",
        "GREATER_THAN": "须大于 {gt}",
        "GREATER_THAN_EQUAL": "须大于或等于 {ge}",
        "LESS_THAN": "须小于 {lt}",
        "LESS_THAN_EQUAL": "须小于或等于 {le}",
        "STRING_TOO_SHORT": "至少 {min_length} 个字符",
        "STRING_TOO_LONG": "最多 {max_length} 个字符",
        "TOO_SHORT": "至少 {min_length} 项",
        "TOO_LONG_LIST": "最多 {max_length} 项",
        "STRING_PATTERN_MISMATCH": "格式不符合要求",
        "DECIMAL_MAX_DIGITS": "最多 {max_digits} 位数字",
        "DECIMAL_MAX_PLACES": "最多 {decimal_places} 位小数",
        "INT_TYPE": "须为整数",
        "INT_PARSING": "须为整数",
        "STRING_TYPE": "须为文本",
        "DATE_TYPE": "须为日期",
        "DATE_PARSING": "须为 YYYY-MM-DD 格式的日期",
        "ENUM": "须为以下之一：{expected}",
        "LITERAL_ERROR": "须为以下之一：{expected}",
        # What a status says in general, when its error named no code of its own
        # (never in the covered services: the structural test finds such raise sites).
        "INVALID_ARGUMENT": "请求内容有误",
        "FAILED_PRECONDITION": "当前状态下不能执行此操作",
        "ALREADY_EXISTS": "要创建的记录已经存在",
        "ABORTED": "操作被中断，请重试",
        "UNAUTHENTICATED": "未登录，或令牌无效",
        "PERMISSION_DENIED": "无权执行此操作",
        "UNAVAILABLE": "服务暂时不可用，请稍后再试",
    },
    kinds={"parked outbox row": "暂存的发件箱记录"},
)
