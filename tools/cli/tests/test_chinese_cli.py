"""The CLI in the operator's language (issue 19), run as an operator runs it: Chinese
help, prompts, error lines and tables where the locale is Chinese, English otherwise
or as ``--lang`` says; enum values by their Chinese names in tables while ``--json``
keeps the codes; a refusal printed as the service said it in Chinese."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path
from typing import Any

import pytest

from frontline.kernel.runtime import ServiceRuntime
from frontline.organization.service import SERVICE
from frontline.testkit.runtime import SigningKeys, service_settings

from .conftest import Ran

Frontline = Callable[..., Ran]
FrontlineAsync = Callable[..., Awaitable[Ran]]
CHINESE = {"LANG": "zh_CN.UTF-8"}
COUNTY, TOWNSHIP, VILLAGE = "440781", "440781100", "440781100201"


@pytest.mark.unit
def test_help_follows_the_locale_and_lang_chooses(frontline: Frontline) -> None:
    chinese = frontline("org", "decision", "review", "--help", env=CHINESE)
    assert chinese.code == 0
    assert "党员大会审议" in chinese.out and "实到人数" in chinese.out and "用法：" in chinese.out
    assert "Members present" not in chinese.out
    english = frontline("--lang", "en", "org", "decision", "review", "--help", env=CHINESE)
    assert "Members present" in english.out and "实到人数" not in english.out
    chosen = frontline("--lang", "zh", "org", "--help")  # the tests' own locale is C
    assert "四议两公开事项，逐步办理" in chosen.out
    assert "Members present" in frontline("org", "decision", "review", "--help").out


@pytest.mark.unit
def test_usage_errors_and_prompts_speak_chinese(frontline: Frontline) -> None:
    wrong = frontline("org", "unit", "list", "--level", "hamlet", env=CHINESE)
    assert wrong.code == 2
    assert "错误：--level 的值无效：可选：county 县" in wrong.err
    assert "运行 'frontline org unit list --help' 查看帮助。" in wrong.err
    missing = frontline("org", "decision", "review", env=CHINESE)
    assert missing.code == 2 and "缺少参数 'decision_id'" in missing.err
    declined = frontline("cadre", "erase", "c-1", env=CHINESE, stdin="n\n")
    assert "删除 c-1 的个人信息？此操作无法撤销 [y/N]" in declined.out
    assert declined.code == 1 and "已取消。" in declined.err


@pytest.fixture
async def organization(
    pg: Any, kafka_bootstrap: str, unique: str, tmp_path: Path
) -> AsyncIterator[dict[str, str]]:
    keys = SigningKeys.create(tmp_path / "keys")
    dsn = await pg.create_database(f"clizh_{unique}")
    runtime = ServiceRuntime.of(
        SERVICE, service_settings(SERVICE, dsn, kafka_bootstrap, f"{unique}.", keys)
    )
    async with runtime.started():
        yield {
            "FRONTLINE_ORGANIZATION_GRPC": f"127.0.0.1:{runtime.grpc_port}",
            "FRONTLINE_TOKEN": keys.token(["county_admin"], COUNTY),
        }


async def ok(frontline: FrontlineAsync, env: dict[str, str], *args: str) -> Ran:
    ran = await frontline(*args, env=env)
    assert ran.code == 0, ran
    return ran


async def a_village(frontline: FrontlineAsync, env: dict[str, str]) -> str:
    """County, township, village, established by typing the levels' Chinese names."""
    parent = ""
    for level, code in (("县", COUNTY), ("乡镇（街道）", TOWNSHIP), ("村", VILLAGE)):
        command = ["org", "unit", "establish", "--level", level, "--division", code]
        made = await ok(frontline, env, *command, "--name", code, "--parent", parent, "--json")
        parent = json.loads(made.out)["org_unit_id"]
    return parent


async def test_tables_name_values_in_chinese_and_json_keeps_the_codes(
    organization: dict[str, str], frontline_async: FrontlineAsync
) -> None:
    zh = {**organization, **CHINESE}
    await a_village(frontline_async, zh)
    table = (await ok(frontline_async, zh, "org", "unit", "list")).out
    assert "层级" in table and "换届到期" in table  # the headers
    assert "村" in table and "village" not in table
    listed = await ok(frontline_async, zh, "org", "unit", "list", "--json")
    assert {u["level"] for u in json.loads(listed.out)} == {"county", "township", "village"}
    english = (await ok(frontline_async, organization, "org", "unit", "list")).out
    assert "village" in english and "村" not in english and "level" in english


async def test_a_refusal_is_printed_as_the_service_said_it_in_chinese(
    organization: dict[str, str], frontline_async: FrontlineAsync
) -> None:
    zh = {**organization, **CHINESE}
    village = await a_village(frontline_async, zh)
    draft = ["org", "decision", "draft", "--unit", village, "--title", "村道硬化"]
    drafted = await ok(frontline_async, zh, *draft, "--matter", "project", "--json")
    decision = json.loads(drafted.out)["decision_id"]
    counts = ["--due", "7", "--present", "6", "--for", "5"]
    skipped = await frontline_async("org", "decision", "review", decision, *counts, env=zh)
    assert skipped.code == 1
    assert skipped.err.splitlines() == [
        "错误：FAILED_PRECONDITION：该事项当前为“草拟”，须为“已商议（两委会）”才能办理这一步，"
        "步骤不可跳过",
        "  原因代码：STEP_OUT_OF_ORDER",
    ]
    for step in ("propose", "deliberate"):
        await ok(frontline_async, zh, "org", "decision", step, decision, *counts)
    inquorate = ["--due", "9", "--present", "5", "--for", "5"]
    refused = await frontline_async("org", "decision", "review", decision, *inquorate, env=zh)
    assert refused.code == 1
    assert "党员大会审议未达到到会人数：须应到人数的三分之二以上到会（应到 9 人，实到 5 人）" in (
        refused.err
    )
    assert "原因代码：QUORUM_NOT_MET" in refused.err
    english = await frontline_async(
        "org", "decision", "review", decision, *inquorate, env=organization
    )
    assert "error: FAILED_PRECONDITION: at least 2/3 of members due must be present" in (
        english.err
    )
    meeting = ["org", "meeting", "record", "--unit", village, "--type", "党课"]
    wrong = await frontline_async(*meeting, "--due", "5", "--present", "6", env=zh)
    assert "错误：INVALID_ARGUMENT：members_present：实到人数超过应到人数（5 人）" in wrong.err
