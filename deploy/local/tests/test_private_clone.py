"""The embedded PostgreSQL works from a clone inside a folder only its owner may enter.

Root's home folder is one (0700), and root users in containers clone there by habit; as
root the server runs as an unprivileged account that may not enter it.
"""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
from pathlib import Path

import asyncpg
import pytest

from frontline.stack.ports import free_port
from frontline.stack.postgres import PostgresLauncher
from frontline.stack.postgres_account import reachable_cluster

REPO = Path(__file__).resolve().parents[3]
# What the nested test session must not inherit: it starts its own embedded server.
_OUTER_SETTINGS = ("VIRTUAL_ENV", "UV_PROJECT_ENVIRONMENT", "PYTEST_ADDOPTS")


def private_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "home"
    folder.mkdir(mode=0o700)
    return folder


def mode(folder: Path) -> int:
    return stat.S_IMODE(folder.stat().st_mode)


def git(*args: str | Path, cwd: Path = REPO) -> str:
    done = subprocess.run(["git", *map(str, args)], cwd=cwd, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    return done.stdout


def clone_checkout(target: Path) -> None:
    """`git clone` of this checkout, plus its uncommitted edits: the code as it is now."""
    git("clone", "--quiet", "--shared", "--no-checkout", REPO, target)
    git("checkout", "--quiet", git("rev-parse", "HEAD").strip(), cwd=target)
    deleted = set(git("ls-files", "-z", "--deleted").split("\0")) - {""}
    for name in deleted:
        (target / name).unlink(missing_ok=True)
    edited = git("ls-files", "-z", "--modified", "--others", "--exclude-standard").split("\0")
    for name in set(edited) - deleted - {""}:
        (target / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(REPO / name, target / name)


def test_database_tests_pass_in_a_clone_inside_a_private_folder(tmp_path: Path) -> None:
    home = private_folder(tmp_path)
    clone = home / "frontline"
    clone_checkout(clone)
    env = {k: v for k, v in os.environ.items() if k not in _OUTER_SETTINGS}
    env = {k: v for k, v in env.items() if not k.startswith("FRONTLINE_")}
    # The session's throwaway cluster folder lands in the private folder too.
    (home / "tmp").mkdir()
    env["TMPDIR"] = str(home / "tmp")
    uv = shutil.which("uv") or "uv"
    # The uv cache is shared: the packages are linked, not downloaded again.
    synced = subprocess.run(
        [uv, "sync", "--locked", "--all-packages", "--quiet"],
        cwd=clone,
        env=env,
        capture_output=True,
        text=True,
    )
    assert synced.returncode == 0, synced.stderr
    test = "deploy/local/tests/test_fixtures.py::test_each_database_is_fresh_and_usable"
    run = subprocess.run(
        [uv, "run", "--no-sync", "pytest", "-q", "-p", "no:randomly", test],
        cwd=clone,
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert run.returncode == 0, run.stdout[-3000:]
    assert "1 passed" in run.stdout
    assert mode(home) == 0o700  # nothing was opened to others on the way


async def test_a_kept_cluster_in_a_private_folder_survives_a_restart(tmp_path: Path) -> None:
    """What `make up --keep-data` does with `.frontline/data/postgres` of a private clone."""
    home = private_folder(tmp_path)
    datadir = home / "frontline" / ".frontline" / "data" / "postgres"
    for run in ("first", "second"):
        server = PostgresLauncher(datadir, free_port(), durable=False)
        server.start()
        try:
            await server.wait_ready()
            connection = await asyncpg.connect(server.admin_dsn)
            try:
                if run == "first":
                    await connection.execute("CREATE TABLE kept (name text)")
                    await connection.execute("INSERT INTO kept VALUES ('三会一课')")
                else:
                    assert await connection.fetchval("SELECT name FROM kept") == "三会一课"
            finally:
                await connection.close()
        finally:
            server.stop()
    assert mode(home) == 0o700


@pytest.mark.skipif(os.geteuid() != 0, reason="only root moves clusters to the shared area")
def test_the_moved_cluster_of_a_deleted_clone_is_removed(tmp_path: Path) -> None:
    home = private_folder(tmp_path)
    gone = reachable_cluster(home / "gone" / ".frontline" / "data" / "postgres")
    kept = reachable_cluster(home / "kept" / ".frontline" / "data" / "postgres")
    assert gone.is_dir() and not gone.is_relative_to(home)
    shutil.rmtree(home / "gone")
    reachable_cluster(home / "another" / ".frontline" / "data" / "postgres")
    assert not gone.exists() and kept.is_dir()
