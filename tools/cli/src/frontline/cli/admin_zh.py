"""Chinese of `frontline admin …`: dead letters, parked outbox rows, rebuilds, calendar
years, verify."""

from __future__ import annotations

TEXTS: dict[str, str] = {
    # Dead letters
    "Dead-lettered messages": "死信消息",
    "List what the consumers of TOPIC dead-lettered, with the error of each.": (
        "列出 TOPIC 的消费者转入死信队列的消息及各自的错误。"
    ),
    "Publish dead letters back onto TOPIC (after the cause was fixed); inboxes dedupe.": (
        "（问题解决后）把死信重新发布到 TOPIC；各服务的收件箱会自动去重。"
    ),
    "Source topic, e.g. cadre.events.v1": "来源主题，例如 cadre.events.v1",
    "Source topic whose dead letters to replay": "要重放其死信的来源主题",
    "offset": "偏移量",
    "consumer": "消费者",
    "error": "错误",
    "original": "原始位置",
    "replayed {count} message(s) onto {topic}": "已将 {count} 条消息重新发布到 {topic}",
    # Parked outbox rows (admin_outbox.py)
    "Outbox rows the broker refused for good, and retrying them": (
        "消息代理永久拒收的发件箱记录，以及重试"
    ),
    "The service whose outbox to read": "要查看其发件箱的服务",
    "The parked rows of SERVICE's outbox: error, size, and how many wait behind each.": (
        "SERVICE 发件箱中暂存的记录：错误、大小，以及每条之后等待的记录数。"
    ),
    "Put parked rows back in their place once the cause is fixed; the relay publishes "
    "them, then the rows of their aggregates that waited behind.": (
        "问题解决后，把暂存的记录放回原位；中继先发布它们，再发布同一聚合中在其后等待的记录。"
    ),
    "Parked row ids (see parked)": "暂存记录的编号（见 parked）",
    "Every parked row": "所有暂存的记录",
    "parked outbox rows ({service})": "暂存的发件箱记录（{service}）",
    "aggregate": "聚合",
    "bytes": "字节数",
    "held behind": "其后等待",
    "parked": "暂存时间",
    "name the row ids, or give --all": "请给出记录编号，或使用 --all",
    "{row_id} is not an outbox id": "{row_id} 不是发件箱记录编号",
    "{service}: {count} row(s) back in the outbox: {ids}": (
        "{service}：{count} 条记录已放回发件箱：{ids}"
    ),
    # Rebuild
    "Rebuild a read model from the start of the topics without downtime.": (
        "从主题开头重建读模型，不停机。"
    ),
    "Read model to rebuild: headquarters": "要重建的读模型：headquarters",
    "only 'headquarters' has a rebuildable read model": "只有 'headquarters' 有可重建的读模型",
    "starting": "启动中",
    "{rate} events/s": "每秒 {rate} 个事件",
    "{applied}/{total} events": "{applied}/{total} 个事件",
    "rebuild {phase}: {message}": "重建{phase}：{message}",
    "{message} ({rate} events/s); the new read model is live": (
        "{message}（每秒 {rate} 个事件）；新读模型已启用"
    ),
    # Calendar years
    "Statutory working-day calendar years": "法定工作日日历（按年度）",
    "Load a year's official schedule into every service that counts working days.": (
        "把某一年的官方节假日安排导入所有按工作日计时的服务。"
    ),
    "Years loaded by operators in one service.": "列出某个服务中由操作员导入的年度。",
    'JSON: {"year": 2027, "holidays": [...], "workdays": [...]}': (
        'JSON 文件：{"year": 2027, "holidays": [...], "workdays": [...]}'
        "（放假的工作日、调休上班的周末）"
    ),
    "Only these services": "只导入这些服务",
    "A service by name": "服务名称",
    "{file}: not a calendar year file ({why})": "{file}：不是年度日历文件（{why}）",
    "{file}: year must be {first}…{last}, not {year}": "{file}：年份须在 {first}…{last} 之间，而不是 {year}",
    "{file}: holidays and workdays must be lists of dates": (
        "{file}：holidays 和 workdays 须为日期列表"
    ),
    "{file}: {day} is not in {year}": "{file}：{day} 不在 {year} 年内",
    "{service}: loaded {year}, {count} provisional deadline(s) recomputed": (
        "{service}：已导入 {year} 年，重新计算了 {count} 个临时期限"
    ),
    "calendar years ({service})": "已导入的年度（{service}）",
    "holidays": "放假天数",
    "workdays": "调休上班天数",
    "loaded": "导入时间",
    # Verify
    "Reconcile each service's published events with the headquarters read model. Exits 1 "
    "when headquarters misses an event or holds one no service published.": (
        "核对各服务发布的事件与指挥部读模型是否一致。指挥部缺少事件、"
        "或有无人发布的事件时，退出码为 1。"
    ),
    "List at most this many ids of each kind": "每类最多列出的编号数",
    "Seconds to re-read headquarters while ids are missing": "仍有缺失时，重新读取指挥部的秒数",
    "Seconds allowed for each listing": "每次列举允许的秒数",
    "public events against the headquarters read model": "公开事件与指挥部读模型核对",
    "published": "已发布",
    "for HQ": "应进指挥部",
    "applied": "已应用",
    "in flight": "传送中",
    "missing": "缺失",
    "missing from headquarters ({topic}): {ids}": "指挥部缺少（{topic}）：{ids}",
    "in headquarters, published by no service: {ids}": "指挥部中有、但没有服务发布过的：{ids}",
    " … and {more} more": " …… 另有 {more} 个",
    "reconciled: headquarters has every published event": "核对一致：指挥部已包含所有发布的事件",
    "NOT reconciled: {missing} missing, {unknown} unknown": "核对不一致：缺少 {missing} 个，多出 {unknown} 个",
}
