"""Chinese of `frontline events …`: public events off Kafka (CloudEvents headers stay as
they are named on the wire)."""

from __future__ import annotations

TEXTS: dict[str, str] = {
    "Show the newest events of TOPIC (read from the beginning, no consumer group).": (
        "显示 TOPIC 最新的事件（从头读取，不加入消费者组）。"
    ),
    "e.g. organization.events.v1": "例如 organization.events.v1",
    "How many of the newest events to show (0: all)": "显示最新事件的条数（0：全部）",
    "Only this ce_type": "只看这种 ce_type",
    "ce_time": "ce_time 时间",
    "ce_type": "ce_type 类型",
    "ce_subject": "ce_subject 对象",
    "ce_id": "ce_id 编号",
    "data": "数据",
}
