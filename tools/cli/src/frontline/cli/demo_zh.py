"""Chinese of `frontline demo …`: the demo county."""

from __future__ import annotations

TEXTS: dict[str, str] = {
    "Create a demo county: 12 townships, villages, cadres and two years of records.": (
        "创建演示县：12 个乡镇、若干村、干部和两年的记录。"
    ),
    "Same seed, same county": "种子相同，生成的县相同",
    "Calls in flight at once": "同时进行的调用数",
    "Villages and communities": "村和社区的数量",
    "demo county seeded: {calls} calls, {failed} failed": "演示县已生成：调用 {calls} 次，失败 {failed} 次",
    "{count} call(s) failed; see the messages above": "{count} 次调用失败，详见上面的信息",
}
