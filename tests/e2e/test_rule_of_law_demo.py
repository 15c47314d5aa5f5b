"""The demo county's rule of law through the user's path: `make up`'s supervisor with the
organization, cadre, service-center, discipline and headquarters processes (the demo
seed runs service centres too), `frontline demo seed` and `frontline admin verify` as
subprocesses, then what left the services is scanned.

- no reporter's name, phone or ID number in any public message, log or audit line;
- no village code on a clue or case before its decision;
- `frontline admin verify` reconciles the discipline topic too;
- headquarters' rule-of-law figures for the county equal a direct count over the
  discipline service's own store.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import os
import re
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import asyncpg
import pytest

from frontline.cli.demo_discipline_plan import plan_discipline
from frontline.cli.demo_plan import plan_county
from frontline.kernel.kafka_client import client_settings_from
from frontline.kernel.topics import read_topic

from .rule_of_law_direct import direct_counts, shown_counts

SEED, VILLAGES = 7, 24
SERVICES = "organization,cadre,service-center,discipline,headquarters"
START_TIMEOUT = 180.0
TOPICS = ("organization", "cadre", "service-center", "discipline")
# Clue and case events published before a decision: township and category only.
UNDECIDED = {
    f"cn.frontline.discipline.{name}.v1"
    for name in (
        "ClueReceived",
        "ClueDisposed",
        "ClueVerificationConcluded",
        "ClueReplySent",
        "ClueReplyOverdue",
        "CaseFiled",
        "InvestigationExtended",
        "InvestigationOverdue",
        "CaseSubmittedForReview",
        "CaseReturnedForInvestigation",
    )
}
VILLAGE_CODE = re.compile(r"(?<!\d)\d{12}(?!\d)")


def frontline(home: Path, *args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("FRONTLINE_")}
    env["FRONTLINE_STACK_ENV"] = str(home / "stack.env")
    return subprocess.run(
        [sys.executable, "-m", "frontline.cli", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


@pytest.fixture(scope="module")
def stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    home = tmp_path_factory.mktemp("lawstack")
    log = home.parent / "up.log"
    env = {k: v for k, v in os.environ.items() if not k.startswith("FRONTLINE_")}
    command = [sys.executable, "-m", "frontline.stack", "up", "--home", str(home)]
    command += ["--services", SERVICES, "--free-ports", "--no-seed"]
    with log.open("wb") as out:
        supervisor = subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT, env=env)
    try:
        deadline = time.monotonic() + START_TIMEOUT
        while not (home / "stack.env").exists():
            assert supervisor.poll() is None, log.read_text()
            assert time.monotonic() < deadline, "the stack did not come up:\n" + log.read_text()
            time.sleep(0.2)
        seeded = frontline(
            home, "demo", "seed", "--seed", str(SEED), "--villages", str(VILLAGES), timeout=900
        )
        assert seeded.returncode == 0, seeded.stdout[-3000:] + seeded.stderr[-3000:]
        assert ", 0 failed" in seeded.stdout
        yield home
    finally:
        supervisor.terminate()
        try:
            supervisor.wait(60)
        except subprocess.TimeoutExpired:
            supervisor.kill()
            supervisor.wait()


def written(home: Path) -> dict[str, str]:
    """stack.env as the stack wrote it. Not the CLI's stack_env(): this process's own
    FRONTLINE_* would override it, and once another test started the session's broker
    they point at that broker's CA and credentials."""
    lines = (home / "stack.env").read_text().splitlines()
    pairs = [line.partition("=") for line in lines if "=" in line and not line.startswith("#")]
    return {key.strip(): value.strip().strip('"') for key, _, value in pairs}


def verified(home: Path) -> dict[str, Any]:
    done = frontline(home, "admin", "verify", "--json", "--wait", "120", timeout=300)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    report: dict[str, Any] = json.loads(done.stdout)
    return report


def test_verify_reconciles_the_discipline_topic(stack: Path) -> None:
    report = verified(stack)
    topics = {t["topic"]: t for t in report["topics"]}
    assert set(topics) == {f"{t}.events.v1" for t in TOPICS}
    law = topics["discipline.events.v1"]
    # Every discipline event headquarters projects is applied; sanctions and opinions
    # name a person or one appointment and are not projected at all.
    assert law["applied"] == law["expected_in_headquarters"] > 0
    assert law["missing"] == 0
    assert law["published"] > law["expected_in_headquarters"]
    assert report["reconciled"] is True


def _messages(home: Path) -> list[Any]:
    kafka = client_settings_from(written(home))
    names = [f"{t}.events.v1{dlq}" for t in TOPICS for dlq in ("", ".dlq")]
    found: list[Any] = []
    for name in names:
        found += asyncio.run(read_topic(kafka, name, timeout=60))
    return found


def _text(record: Any) -> str:
    headers = " ".join(f"{k}={v.decode(errors='replace')}" for k, v in record.headers)
    return f"{(record.key or b'').decode()} {headers} {(record.value or b'').decode()}"


def test_no_reporter_and_no_village_before_a_decision_leaves_the_services(stack: Path) -> None:
    verified(stack)  # everything published and applied
    county = plan_county(SEED, dt.date.today(), villages=VILLAGES)
    law = plan_discipline(SEED, county)
    secrets = {value for person in law.reporters() for value in person}
    villages = {v.code for v in county.all_villages()}
    assert len(secrets) > 20
    messages = _messages(stack)
    lines = [
        line
        for path in sorted((stack / "logs").glob("*"))
        if path.suffix in (".log", ".jsonl")
        for line in path.read_text(errors="replace").splitlines()
    ]
    assert any("clue read" in line for line in lines)  # the discipline audit lines are here
    texts = [_text(r) for r in messages] + lines
    leaked = sorted({s for s in secrets for t in texts if s in t})
    assert leaked == [], f"reporter data left the service: {leaked[:5]}"

    kinds = Counter(dict(r.headers).get("ce_type", b"").decode() for r in messages)
    assert kinds["cn.frontline.discipline.ClueReceived.v1"] >= len(law.clues)
    undecided = [r for r in messages if dict(r.headers).get("ce_type", b"").decode() in UNDECIDED]
    assert [_text(r) for r in undecided if _villages_in(_text(r), villages)] == []
    # Logs and audit lines about a clue or a case name it by id, never with a village.
    about_cases = [line for line in lines if "clue_id" in line or "case_id" in line]
    assert about_cases and [line for line in about_cases if _villages_in(line, villages)] == []


def _villages_in(text: str, villages: set[str]) -> set[str]:
    return {code for code in VILLAGE_CODE.findall(text) if code in villages}


def test_headquarters_figures_equal_a_count_over_the_discipline_store(stack: Path) -> None:
    verified(stack)
    done = frontline(stack, "hq", "overview", "--json")
    assert done.returncode == 0, done.stderr
    shown = shown_counts(json.loads(done.stdout))
    dsn = written(stack)["FRONTLINE_DISCIPLINE_DATABASE_URL"]

    async def counted() -> dict[str, float]:
        conn = await asyncpg.connect(dsn)
        try:
            return await direct_counts(conn, dt.date.today())
        finally:
            await conn.close()

    direct = asyncio.run(counted())
    assert direct["disputes_registered"] > 50 and direct["cases_filed"] > 3
    assert {k: shown.get(k, 0.0) for k in direct} == direct
