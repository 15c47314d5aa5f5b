"""Chinese of what every command group shares: the command line itself (root help, the
groups' one-line help, usage errors, failures), shared options, table labels and the
lines a failed call prints. Loaded whenever the operator's language is Chinese."""

from __future__ import annotations

TEXTS: dict[str, str] = {
    # The command line and its groups (main.py, registry.py)
    "Frontline operator CLI": "前线指挥部（Frontline）操作员命令行",
    "Print the version, exit": "显示版本号并退出",
    "Language of help, tables and messages (default: from LANG)": (
        "帮助、表格和提示所用的语言：zh 中文，en 英文（默认按 LANG 环境变量）"
    ),
    "zh or en": "zh 或 en",
    "unknown (not installed)": "未知（未安装）",
    "Install completion for the current shell.": "为当前 shell 安装命令补全。",
    "Show completion for the current shell, to copy it or customize the installation.": (
        "显示当前 shell 的命令补全脚本，可复制或自行安装。"
    ),
    "Organization: units, decisions, meetings, duties, orders": (
        "组织：党组织、四议两公开、会议、责任清单、督办单"
    ),
    "Cadre service: registry, appointments, training": "干部服务：干部登记、选拔任用、双培",
    "Service centres and service requests (便民服务)": "便民服务：服务中心与办件",
    "Headquarters: county overview, ranking, alerts, briefing": "指挥部：全县总览、排名、预警、月度简报",
    "Discipline: clues, cases, disputes, sweeps, ledgers (法治)": (
        "法治：问题线索、案件、矛盾纠纷、排查、台账"
    ),
    "Operator tokens and the county's signing keys": "操作员令牌与本县签名密钥",
    "Admin: rebuild, verify, dead letters, outbox, calendar": (
        "运维管理：重建、核对、死信、发件箱、法定节假日"
    ),
    "Read public events off Kafka": "从 Kafka 读取公开事件",
    "Demo county": "演示县",
    # Usage errors and failures (lazy_group.py, chinese_help.py, failures.py)
    "No such command {name}.": "没有命令 {name}。",
    " Did you mean {names}?": "是不是 {names}？",
    "Try '{command} {option}' for help.": "运行 '{command} {option}' 查看帮助。",
    "Error: {message}": "错误：{message}",
    "error: {message}": "错误：{message}",
    "Aborted!": "已取消。",
    # A failed call (client.py): the service's own Chinese follows the code
    "error: {code}: {message}": "错误：{code}：{message}",
    " reason code: {reason}": "  原因代码：{reason}",
    "is the service running? Its address comes from .frontline/stack.env (make up) or "
    "FRONTLINE_<SERVICE>_GRPC": (
        "服务是否在运行？服务地址取自 .frontline/stack.env（make up 生成）或环境变量 "
        "FRONTLINE_<服务名>_GRPC"
    ),
    "no token: set FRONTLINE_TOKEN or FRONTLINE_TOKEN_PATH ({path} missing)": (
        "没有令牌：请设置 FRONTLINE_TOKEN 或 FRONTLINE_TOKEN_PATH（{path} 不存在）"
    ),
    # Kafka (kafka_access.py)
    "cannot reach Kafka at {address}: is the stack running? The address comes from "
    ".frontline/stack.env (make up) or FRONTLINE_KAFKA_BOOTSTRAP": (
        "无法连接 {address} 上的 Kafka：系统是否在运行？地址取自 .frontline/stack.env"
        "（make up 生成）或环境变量 FRONTLINE_KAFKA_BOOTSTRAP"
    ),
    "Kafka at {address}: {why}": "{address} 上的 Kafka：{why}",
    # Shared options and their checks (options.py, enums.py)
    "Print JSON instead of a table": "输出 JSON 而不是表格",
    "YYYY-MM-DD (default: today)": "日期 YYYY-MM-DD（默认：今天）",
    "Division code (6, 9 or 12 digits); lists show everything under it": (
        "行政区划代码（6、9 或 12 位）；列表显示其下的全部"
    ),
    "Org unit id": "党组织编号",
    "Cadre id": "干部编号",
    "{value} is not a date written YYYY-MM-DD": "{value} 不是 YYYY-MM-DD 格式的日期",
    "{value} is not a day of the calendar": "{value} 不是日历上存在的日期",
    "{value} is not a division code (up to 12 digits)": "{value} 不是行政区划代码（最多 12 位数字）",
    "one of: {choices}": "可选：{choices}",
    # Table labels and words several groups show
    "field": "项目",
    "value": "内容",
    "id": "编号",
    "code": "区划代码",
    "division code": "行政区划代码",
    "name": "名称",
    "level": "层级",
    "status": "状态",
    "title": "标题",
    "topic": "主题",
    "type": "类型",
    "unit": "单位",
    "service": "服务",
    "due": "应到",
    "一肩挑": "一肩挑",
    "yes": "是",
    "no": "否",
    "erased": "已删除",
    " (provisional)": "（临时，按周一至周五计算）",
    # Words more than one group shows (a text is in one catalogue only)
    "YYYY-MM-DD": "日期 YYYY-MM-DD",
    "Why": "理由",
    "What was done": "办理情况",
    "Decline the extension asked for.": "不批准延期申请。",
    "year": "年度",
    "cadre": "干部",
    "source": "来源",
    "category": "类别",
    "completed": "已完成",
    "deadline": "期限",
}
