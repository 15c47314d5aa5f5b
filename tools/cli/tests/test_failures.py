"""What an operator gets wrong, or finds down, ends in a readable line and a non-zero
exit (issue 12, CLI): never a traceback, and a bad date or number never leaves the
machine — the service address points nowhere, so a sent call would answer UNAVAILABLE
(exit 1) instead of the usage error (exit 2) checked here."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from .conftest import UNREACHABLE, Ran, environment

pytestmark = pytest.mark.unit
Frontline = Callable[..., Ran]
NOWHERE = {
    "FRONTLINE_TOKEN": "t",
    "FRONTLINE_ORGANIZATION_GRPC": UNREACHABLE,
    "FRONTLINE_CADRE_GRPC": UNREACHABLE,
    "FRONTLINE_HEADQUARTERS_GRPC": UNREACHABLE,
    "FRONTLINE_KAFKA_BOOTSTRAP": UNREACHABLE,
}
ISSUE = ("token", "issue", "--sub", "li", "--role", "county_admin", "--scope", "440781")


def refused(ran: Ran, *words: str, code: int = 2) -> None:
    """Refused with ``code``, every word in one readable message, no traceback."""
    assert ran.code == code, ran
    assert "Traceback" not in ran.err and "Traceback" not in ran.out
    for word in words:
        assert word.lower() in ran.err.lower(), (word, ran.err)


def test_a_token_needs_a_positive_lifetime(frontline: Frontline, tmp_path: Path) -> None:
    refused(frontline(*ISSUE, "--ttl", "-5", "--key", str(tmp_path / "k.pem")), "--ttl")
    refused(frontline(*ISSUE, "--ttl", "0"), "--ttl")


def test_a_missing_or_broken_key_file_is_named(frontline: Frontline, tmp_path: Path) -> None:
    refused(frontline(*ISSUE, "--key", str(tmp_path / "none.pem")), "--key", "none.pem")
    broken = tmp_path / "broken.pem"
    broken.write_text("not a key\n")
    refused(frontline(*ISSUE, "--key", str(broken)), "--key", "broken.pem", "Ed25519")
    refused(frontline("token", "keys", "--public-keys", str(broken)), "--public-keys")


def test_unreachable_kafka_is_one_line_naming_it(frontline: Frontline) -> None:
    for command in (["events", "tail", "organization.events.v1"], ["admin", "dlq", "list", "x"]):
        ran = frontline(*command, env=NOWHERE)
        refused(ran, f"cannot reach Kafka at {UNREACHABLE}", code=1)
        assert ran.err.count("\n") == 1, ran.err


def test_an_unreachable_service_says_where_its_address_comes_from(frontline: Frontline) -> None:
    refused(frontline("org", "unit", "list", env=NOWHERE), "UNAVAILABLE", "_GRPC", code=1)


def test_missing_token_and_certificate_files_are_named(
    frontline: Frontline, tmp_path: Path
) -> None:
    no_token = {"FRONTLINE_TOKEN_PATH": str(tmp_path / "admin.token")}
    refused(frontline("hq", "overview", env=no_token), "no token", "admin.token", code=1)
    no_ca = NOWHERE | {"FRONTLINE_TLS_CA_PATH": str(tmp_path / "ca.pem")}
    refused(frontline("hq", "overview", env=no_ca), "ca.pem", code=1)


@pytest.mark.parametrize(
    ("command", "option", "reason"),
    [
        (["org", "meeting", "list", "--from", "20240101"], "--from", "YYYY-MM-DD"),
        (["org", "meeting", "list", "--to", "2024-1-5"], "--to", "YYYY-MM-DD"),
        (["org", "unit", "election", "u-1", "--held-on", "2023-02-29"], "--held-on", "calendar"),
        (["cadre", "update", "c-1", "--birth-date", "1978-13-01"], "--birth-date", "calendar"),
        (["hq", "overview", "--as-of", "yesterday"], "--as-of", "YYYY-MM-DD"),
    ],
)
def test_dates_are_checked_before_anything_is_sent(
    frontline: Frontline, command: list[str], option: str, reason: str
) -> None:
    refused(frontline(*command, env=NOWHERE), option, reason)


@pytest.mark.parametrize(
    ("command", "name"),
    [
        (["org", "decision", "propose", "d-1", "--due", "-1"], "--due"),
        (
            [
                "org",
                "meeting",
                "record",
                "--unit",
                "u",
                "--type",
                "party_lesson",
                "--due",
                "5",
                "--present",
                "2147483648",
            ],
            "--present",
        ),
        (["org", "unit", "progress", "u-1", "101", "note"], "percent"),
        (["org", "unit", "rate", "u-1", "99999", "good"], "year"),
        (["cadre", "evaluate", "c-1", "--year", "0", "--grade", "competent"], "--year"),
        (["cadre", "list", "--code", "44x"], "44x"),  # the old spelling is checked too
        (["events", "tail", "t", "--last", "-3"], "--last"),
    ],
)
def test_numbers_are_checked_before_anything_is_sent(
    frontline: Frontline, command: list[str], name: str
) -> None:
    refused(frontline(*command, env=NOWHERE), name)


def test_a_calendar_file_with_an_impossible_day_is_refused(
    frontline: Frontline, tmp_path: Path
) -> None:
    year = tmp_path / "2027.json"
    year.write_text('{"year": 2027, "holidays": ["2027-02-30"]}')
    refused(frontline("admin", "calendar", "load", str(year), env=NOWHERE), "2027-02-30", code=1)
    year.write_text('{"year": 2027,')
    refused(frontline("admin", "calendar", "load", str(year), env=NOWHERE), "2027.json", code=1)


def test_version_and_shell_completion(frontline: Frontline) -> None:
    version = frontline("--version")
    assert version.code == 0 and version.out.startswith("frontline "), version
    words = {"_FRONTLINE_COMPLETE": "complete_bash", "COMP_WORDS": "frontline org unit l"}
    completed = frontline(env=words | {"COMP_CWORD": "3"})
    assert completed.out.split() == ["list"], completed
    top = frontline(env=words | {"COMP_WORDS": "frontline ca", "COMP_CWORD": "1"})
    assert top.out.split() == ["cadre"], top
    # Asked from a bash prompt, as an operator would: the script is for the calling shell.
    script = subprocess.run(
        ["bash", "-c", f"{sys.executable} -m frontline.cli --show-completion; true"],
        env=environment({}), capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert "_FRONTLINE_COMPLETE=complete_bash" in script.stdout, script


def test_one_name_for_the_division_code_option(frontline: Frontline) -> None:
    commands = (
        "org unit list",
        "org unit establish",
        "org decision list",
        "org meeting list",
        "cadre list",
        "cadre register",
        "cadre appoint list",
        "cadre student list",
        "hq alerts",
    )
    for command in commands:
        shown = frontline(*command.split(), "--help").out
        assert "--division" in shown and "--code" not in shown and "--prefix" not in shown
    # The old spellings still work (hidden): the call is made, so the service is asked.
    for old in ("--code", "--prefix"):
        refused(frontline("cadre", "list", old, "440781", env=NOWHERE), "UNAVAILABLE", code=1)
