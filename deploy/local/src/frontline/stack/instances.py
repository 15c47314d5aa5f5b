"""The stack's service processes: one or more instances of each service, each restarted
with a growing delay when it crashes while the rest of the county keeps running
(DESIGN.md §7).

Instances of one service share its database, topics and consumer groups: Kafka splits
the partitions between them, one relay leads (an advisory lock), a due timer fires
once (its row lock). Each instance has its own ports: the first the service's, the
n-th those plus 10 × (n − 1) (organization's second: gRPC 50061, side port 9111).
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from frontline.stack.children import ChildProcess, say
from frontline.stack.service_processes import ServicePorts, spawn_service
from frontline.stack.service_table import ServiceSpec

# Restart delays: 1 s, 2 s, 4 s … at most 30 s; an instance that ran for a minute
# before crashing starts again from 1 s.
FIRST_DELAY = 1.0
LONGEST_DELAY = 30.0
STEADY_SECONDS = 60.0
PORT_STEP = 10


def replica_name(spec: ServiceSpec, replica: int) -> str:
    """``organization`` for the first instance, ``organization-2`` for the second …"""
    return spec.name if replica == 1 else f"{spec.name}-{replica}"


@dataclass
class Instance:
    spec: ServiceSpec
    replica: int
    ports: ServicePorts
    env: dict[str, str]
    logs: Path
    child: ChildProcess | None = None
    crashes: int = 0  # in a row, each within STEADY_SECONDS of its start
    started_at: float = 0.0
    restart_at: float | None = field(default=None)

    @property
    def name(self) -> str:
        return replica_name(self.spec, self.replica)

    def spawn(self) -> ChildProcess:
        self.child = spawn_service(self.spec, self.env, self.logs, name=self.name)
        self.started_at = time.monotonic()
        self.restart_at = None
        return self.child

    def exited(self) -> bool:
        """Its process ended and no restart is planned yet."""
        return self.child is not None and self.restart_at is None and not self.child.alive()

    def plan_restart(self, now: float) -> float:
        """Note the crash; the delay before the instance starts again."""
        if now - self.started_at >= STEADY_SECONDS:
            self.crashes = 0
        self.crashes += 1
        delay: float = min(FIRST_DELAY * 2.0 ** (self.crashes - 1), LONGEST_DELAY)
        self.restart_at = now + delay
        return delay

    def restart_due(self, now: float) -> bool:
        return self.restart_at is not None and now >= self.restart_at


def restart_crashed(instances: Sequence[Instance]) -> None:
    """Plan a restart for each instance that exited; start those whose time came."""
    now = time.monotonic()
    for instance in instances:
        if instance.exited():
            assert instance.child is not None
            code = instance.child.popen.returncode
            delay = instance.plan_restart(now)
            say(
                f"{instance.name} exited with code {code}: restarting it in {delay:.0f}s"
                f" (crash {instance.crashes} in a row); the other services keep running"
            )
        elif instance.restart_due(now):
            child = instance.spawn()
            say(f"{instance.name} restarted (pid {child.pid})")
