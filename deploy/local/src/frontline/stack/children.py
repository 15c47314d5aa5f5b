"""Child processes of the stack: each in its own process group, stopped as a group.

A whole group is signalled so nothing a child forked (PostgreSQL backends, a
service's helpers) outlives it. Where `setpriv` exists the child also gets a
parent-death signal, so even a supervisor killed with -9 leaves no JVM behind.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

_SETPRIV = shutil.which("setpriv")


def _launcher(user: str | None, death_signal: signal.Signals) -> list[str]:
    if _SETPRIV is None:
        if user is not None:
            raise RuntimeError("running a server as another user needs util-linux's setpriv")
        return []
    argv = [_SETPRIV, "--pdeathsig", death_signal.name.removeprefix("SIG")]
    if user is not None:
        argv += ["--reuid", user, "--regid", user, "--init-groups"]
    return [*argv, "--"]


def say(message: str) -> None:
    """A line from the supervisor itself, aligned with its children's lines."""
    print(f"{'stack':>15} | {message}", flush=True)


# How a child's line shows on our console; None keeps it out (it is in the log file).
Render = Callable[[str], str | None]


def _pump(
    name: str, stream: IO[bytes], sink: IO[str], copy: IO[bytes] | None, render: Render
) -> None:
    """Copy a child's output to ours, each line rendered and prefixed with the
    child's name, and unchanged to its own log file when there is one."""
    for raw in iter(stream.readline, b""):
        shown = render(raw.decode(errors="replace").rstrip())
        if shown is not None:
            sink.writelines(f"{name:>15} | {line}\n" for line in shown.splitlines())
            sink.flush()
        if copy is not None:
            copy.write(raw)
            copy.flush()
    stream.close()
    if copy is not None:
        copy.close()


@dataclass
class ChildProcess:
    name: str
    popen: subprocess.Popen[bytes]
    stop_signal: signal.Signals = signal.SIGTERM
    _log: IO[bytes] | None = field(default=None, repr=False)

    @classmethod
    def spawn(
        cls,
        name: str,
        argv: Sequence[str],
        *,
        env: Mapping[str, str] | None = None,
        cwd: Path | None = None,
        log_path: Path | None = None,
        copy_path: Path | None = None,
        user: str | None = None,
        stop_signal: signal.Signals = signal.SIGTERM,
        death_signal: signal.Signals = signal.SIGTERM,
        render: Render = str,
    ) -> ChildProcess:
        """Start `argv`; output goes to `log_path`, or prefixed to our stdout as
        `render` shows it (and then also unchanged to `copy_path`, if given)."""
        log = log_path.open("ab") if log_path is not None else None
        popen = subprocess.Popen(
            [*_launcher(user, death_signal), *argv],
            env=dict(env) if env is not None else None,
            cwd=cwd,
            stdin=subprocess.DEVNULL,
            stdout=log if log is not None else subprocess.PIPE,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        if popen.stdout is not None:
            copy = copy_path.open("ab") if copy_path is not None else None
            threading.Thread(
                target=_pump, args=(name, popen.stdout, sys.stdout, copy, render), daemon=True
            ).start()
        return cls(name, popen, stop_signal, log)

    @property
    def pid(self) -> int:
        return self.popen.pid

    def alive(self) -> bool:
        return self.popen.poll() is None

    def signal_group(self, sig: signal.Signals) -> None:
        # ProcessLookupError: the whole group is gone already.
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(self.popen.pid, sig)

    def wait(self, timeout: float) -> bool:
        """True once the child has exited (it is reaped, no zombie left)."""
        try:
            self.popen.wait(timeout=max(timeout, 0.0))
        except subprocess.TimeoutExpired:
            return False
        if self._log is not None:
            self._log.close()
        return True


def stop_all(children: Iterable[ChildProcess], timeout: float = 15.0) -> None:
    """Ask every child to stop at once, wait up to `timeout`, then kill what is left."""
    running = [child for child in children if child.alive()]
    for child in running:
        child.signal_group(child.stop_signal)
    deadline = time.monotonic() + timeout
    for child in running:
        if not child.wait(deadline - time.monotonic()):
            print(f"{child.name} did not stop in {timeout:.0f}s: killing it", file=sys.stderr)
    for child in running:
        # Also reaches anything the child left in its group after it exited.
        child.signal_group(signal.SIGKILL)
        child.wait(5.0)
