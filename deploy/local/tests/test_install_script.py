"""`deploy/local/install.sh` (`make install`) installs every missing system package itself.

Each test runs the script on a PATH holding this machine's tools minus the ones the test
hides, with a fake `apt-get` (and `apt-cache`, `sudo`, `id`) that records what it is
asked for instead of installing anything.
"""

from __future__ import annotations

import os
import stat
import subprocess
from pathlib import Path

import pytest

pytestmark = pytest.mark.unit

REPO = Path(__file__).resolve().parents[3]
SCRIPT = REPO / "deploy" / "local" / "install.sh"

EVERY_PACKAGE = {
    "Java 17+": "openjdk-17-jre-headless",
    "Maven": "maven",
    "Node.js": "nodejs",
    "npm": "npm",
    "Chromium": "chromium",
    "a CJK font": "fonts-noto-cjk",
    "poppler-utils": "poppler-utils",
    "promtool": "prometheus",
}
# A stand-in for each tool the script looks for, as it answers when present.
PRESENT = {
    "java": "echo 'openjdk version \"17.0.2\" 2022-01-18' >&2",
    "mvn": "exit 0",
    "node": "exit 0",
    "npm": "exit 0",
    "chromium": "exit 0",
    "fc-list": "echo '/usr/share/fonts/NotoSansCJK-Regular.ttc: Noto Sans CJK SC:style=Regular'",
    "pdftotext": "exit 0",
    "pdftoppm": "exit 0",
    "promtool": "exit 0",
}
FAKES = {
    "apt-get": 'echo "${FAKE_VIA_SUDO:+sudo }apt-get $*" >> "$FAKE_RECORD"',
    "apt-cache": (
        'for p in $FAKE_APT_UNKNOWN; do [ "$2" = "$p" ] && { echo "  Candidate: (none)"; exit; }; done\n'
        'echo "$2:"; echo "  Candidate: 1.0-1"'
    ),
    "id": 'if [ "$1" = -u ]; then echo "$FAKE_UID"; else exit 1; fi',
    "uv": "exit 0",
}
# Only where a test gives the machine sudo: with or without a password to type.
SUDO = (
    'if [ "$1" = -n ]; then [ "$FAKE_SUDO" = nopasswd ] || exit 1; shift; fi\n'
    'FAKE_VIA_SUDO=1 exec env "$@"'
)


class Machine:
    """A PATH with this machine's tools, some hidden, and the recording fakes."""

    def __init__(self, folder: Path) -> None:
        self.bin = folder / "bin"
        self.bin.mkdir()
        self.record = folder / "apt-get.log"
        self.env = {"PATH": str(self.bin), "HOME": str(folder), "FAKE_RECORD": str(self.record)}
        for name, body in FAKES.items():
            self.fake(name, body)
        hidden = set(PRESENT) | set(FAKES) | {"sudo"}
        for directory in os.environ["PATH"].split(os.pathsep):
            for tool in Path(directory).glob("*") if Path(directory).is_dir() else ():
                target = self.bin / tool.name
                if tool.name not in hidden and not target.exists() and os.access(tool, os.X_OK):
                    target.symlink_to(tool)

    def fake(self, name: str, body: str) -> None:
        path = self.bin / name
        path.write_text(f"#!/bin/sh\n{body}\n")
        path.chmod(path.stat().st_mode | stat.S_IXUSR)

    def has(self, *tools: str) -> Machine:
        for tool in tools:
            self.fake(tool, PRESENT[tool])
        return self

    def run(
        self, *argv: str, uid: int = 0, sudo: str = "", unknown: str = ""
    ) -> subprocess.CompletedProcess[str]:
        env = self.env | {"FAKE_UID": str(uid), "FAKE_APT_UNKNOWN": unknown}
        if sudo:
            self.fake("sudo", SUDO)
            env["FAKE_SUDO"] = sudo
        return subprocess.run(
            argv, env=env, capture_output=True, text=True, stdin=subprocess.DEVNULL, timeout=60
        )

    def install(
        self, uid: int = 0, sudo: str = "", unknown: str = ""
    ) -> subprocess.CompletedProcess[str]:
        return self.run("bash", str(SCRIPT), "system", uid=uid, sudo=sudo, unknown=unknown)

    def apt_calls(self) -> list[str]:
        return self.record.read_text().splitlines() if self.record.exists() else []


@pytest.fixture
def machine(tmp_path: Path) -> Machine:
    return Machine(tmp_path)


def installed(calls: list[str]) -> set[str]:
    """The packages `apt-get install` was asked for."""
    commands = [call.split() for call in calls if " install " in f" {call} "]
    assert len(commands) == 1, calls
    return {word for word in commands[0] if not word.startswith("-")} - {
        "sudo",
        "apt-get",
        "install",
    }


def test_java_maven_and_chromium_hidden_are_each_installed_as_root(machine: Machine) -> None:
    machine.has("node", "npm", "fc-list", "pdftotext", "pdftoppm", "promtool")
    result = machine.install()
    assert result.returncode == 0, result.stderr
    assert machine.apt_calls()[0] == "apt-get update -qq"
    assert installed(machine.apt_calls()) == {"openjdk-17-jre-headless", "maven", "chromium"}
    assert result.stdout.splitlines() == [
        "install | installing Java 17+ (openjdk-17-jre-headless)",
        "install | installing Maven (maven)",
        "install | installing Chromium (chromium)",
    ]


def test_on_a_bare_machine_every_piece_is_requested_one_line_each(machine: Machine) -> None:
    result = machine.install()
    assert result.returncode == 0, result.stderr
    assert installed(machine.apt_calls()) == set(EVERY_PACKAGE.values())
    assert result.stdout.splitlines() == [
        f"install | installing {what} ({package})" for what, package in EVERY_PACKAGE.items()
    ]


def test_nothing_is_requested_when_everything_is_present(machine: Machine) -> None:
    result = machine.has(*PRESENT).install()
    assert (result.returncode, result.stdout, result.stderr) == (0, "", "")
    assert machine.apt_calls() == []


def test_java_older_than_17_is_replaced(machine: Machine) -> None:
    machine.has(*PRESENT).fake("java", "echo 'openjdk version \"11.0.22\" 2024-01-16' >&2")
    assert machine.install().returncode == 0
    assert installed(machine.apt_calls()) == {"openjdk-17-jre-headless"}


def test_a_release_without_java_17_gets_java_21(machine: Machine) -> None:
    machine.has(*(set(PRESENT) - {"java"}))
    assert machine.install(unknown="openjdk-17-jre-headless").returncode == 0
    assert installed(machine.apt_calls()) == {"openjdk-21-jre-headless"}


def test_without_root_sudo_installs_them(machine: Machine) -> None:
    machine.has(*(set(PRESENT) - {"chromium"}))
    result = machine.install(uid=1000, sudo="nopasswd")
    assert result.returncode == 0, result.stderr
    assert machine.apt_calls() == [
        "sudo apt-get update -qq",
        "sudo apt-get install -y -qq --no-install-recommends chromium",
    ]


def test_without_root_or_sudo_it_stops_with_the_one_command(machine: Machine) -> None:
    machine.has("node", "npm", "fc-list", "pdftotext", "pdftoppm", "promtool")
    result = machine.install(uid=1000)
    assert result.returncode == 1
    assert result.stderr == (
        "install | missing Java 17+, Maven, Chromium; install them as root with: "
        "apt-get install -y openjdk-17-jre-headless maven chromium\n"
    )
    assert machine.apt_calls() == []


def test_with_a_password_sudo_and_no_terminal_it_names_the_sudo_command(
    machine: Machine,
) -> None:
    result = machine.has(*(set(PRESENT) - {"mvn"})).install(uid=1000, sudo="password")
    assert result.returncode == 1
    assert "install them with: sudo apt-get install -y maven\n" in result.stderr
    assert machine.apt_calls() == []


@pytest.mark.parametrize("target", ["test", "bench", "up"])
def test_make_fails_at_once_with_the_command_before_running_anything(
    machine: Machine, target: str
) -> None:
    # UV=false: had the install step wrongly passed, make would stop at its next command
    # without printing the install line, instead of starting a test run or a stack.
    result = machine.has("node", "npm").run(
        "make", "--no-print-directory", "-C", str(REPO), target, "UV=false", uid=1000
    )
    assert result.returncode != 0
    assert "install them as root with: apt-get install -y openjdk-17-jre-headless maven" in (
        result.stderr
    )
    assert "passed" not in result.stdout and machine.apt_calls() == []


def test_a_release_without_a_chromium_package_gets_the_rest_and_stops_saying_so(
    machine: Machine,
) -> None:
    machine.has("node", "npm", "fc-list", "pdftotext", "pdftoppm", "promtool")
    result = machine.install(unknown="chromium")
    assert result.returncode == 1
    assert installed(machine.apt_calls()) == {"openjdk-17-jre-headless", "maven"}
    assert "the browser tests need one at /usr/bin/chromium" in result.stderr
