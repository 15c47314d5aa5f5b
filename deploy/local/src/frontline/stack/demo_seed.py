"""`frontline demo seed` after start-up, so a new user sees a living county."""

from __future__ import annotations

import asyncio
import importlib.util
import subprocess
import sys

from frontline.stack.children import ChildProcess, say

_SEED = [sys.executable, "-m", "frontline.cli", "demo", "seed"]


def seed_command_exists(env: dict[str, str]) -> bool:
    try:
        if importlib.util.find_spec("frontline.cli.__main__") is None:
            return False
    except ModuleNotFoundError:
        return False
    probe = subprocess.run(
        [*_SEED, "--help"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    return probe.returncode == 0


async def run_demo_seed(env: dict[str, str], children: list[ChildProcess]) -> bool:
    """Seed the demo county; False (with a note) when it failed or cannot run yet.

    The seed process joins `children` so stopping the stack mid-seed stops it too.
    """
    if not await asyncio.to_thread(seed_command_exists, env):
        say("demo seed skipped: `frontline demo seed` does not exist yet")
        return False
    child = ChildProcess.spawn("seed", _SEED, env=env)
    children.append(child)
    while child.alive():
        await asyncio.sleep(0.2)
    code: int = child.popen.returncode
    if code != 0:
        say(f"demo seed failed (exit code {code}); the stack keeps running")
    return code == 0
