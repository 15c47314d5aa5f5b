"""`frontline demo seed` after start-up, so a new user sees a living county."""

from __future__ import annotations

import asyncio
import subprocess
import sys
from pathlib import Path

from frontline.stack.children import ChildProcess, say


def seed_command() -> list[str] | None:
    """The CLI's console script beside our interpreter, if the CLI is installed."""
    script = Path(sys.executable).with_name("frontline")
    return [str(script), "demo", "seed"] if script.exists() else None


def seed_command_exists(command: list[str], env: dict[str, str]) -> bool:
    probe = subprocess.run(
        [*command, "--help"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    return probe.returncode == 0


async def run_demo_seed(env: dict[str, str], children: list[ChildProcess]) -> bool:
    """Seed the demo county; False (with a note) when it failed or cannot run yet.

    The seed process joins `children` so stopping the stack mid-seed stops it too.
    """
    command = seed_command()
    if command is None or not await asyncio.to_thread(seed_command_exists, command, env):
        say("demo seed skipped: `frontline demo seed` does not exist yet")
        return False
    say("seeding the demo county (SEED=0 skips this)")
    child = ChildProcess.spawn("seed", command, env=env)
    children.append(child)
    while child.alive():
        await asyncio.sleep(0.2)
    code: int = child.popen.returncode
    if code != 0:
        say(f"demo seed failed (exit code {code}); the stack keeps running")
    return code == 0
