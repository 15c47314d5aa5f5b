"""Any request to any RPC of any service: OK, or a refusal that says why — never
INTERNAL — and nothing stored outside the bounds (DESIGN.md §7).

Every service the stack runs (``service_table.SERVICES``) is started as its own
process, and each RPC of its declaration, and of the admin API every service
serves, gets requests of every shape drawn from its proto descriptor
(``frontline.testkit.fuzz``), once the service has heard of the county's org units
and cadres it reacts to (``fuzz_neighbours``), so that requests naming them get past
the look-ups. Derandomized: the same requests on every run.
"""

from __future__ import annotations

import asyncio
import importlib
import time
from collections import Counter
from pathlib import Path
from typing import Any

import grpc
import pytest

from frontline.api.admin.v1 import admin_pb2
from frontline.kernel.admin import RULES as ADMIN_RULES
from frontline.kernel.service import Service
from frontline.kernel.settings import ServiceSettings
from frontline.stack.service_table import SERVICES, ServiceSpec
from frontline.testkit.fuzz import Seen
from frontline.testkit.fuzz_calls import Caller, Target
from frontline.testkit.fuzz_neighbours import introduce
from frontline.testkit.process import free_port, service_process
from frontline.testkit.runtime import SigningKeys
from frontline.testkit.stored_bounds import out_of_bounds

# Requests per RPC: a few seconds per service on a loaded 2-core machine.
EXAMPLES = 40
STREAM_EXAMPLES = 2
# Two rounds: ids the first round's answers gave out (a unit, a cadre) take the second
# round's requests past the look-ups, into the rules.
ROUNDS = 2


def declared(spec: ServiceSpec) -> Service[Any]:
    service: Service[Any] = importlib.import_module(f"{spec.module}.service").SERVICE
    return service


def environment(
    service: Service[Any], database: str, prefix: str, keys: SigningKeys, folder: Path
) -> dict[str, str]:
    """FRONTLINE_* settings of a throwaway process; the service's own settings beyond
    the kernel's: ports the system picks, its files (a county secret) in ``folder``."""
    env = {
        "FRONTLINE_DATABASE_URL": database,
        "FRONTLINE_TOPIC_PREFIX": prefix,
        "FRONTLINE_JWT_PUBLIC_KEY_PATH": str(keys.public),
        "FRONTLINE_RELAY_POLL_SECONDS": "0.2",
        "FRONTLINE_LOG_LEVEL": "WARNING",
    }
    for name, info in service.settings.model_fields.items():
        if name in ServiceSettings.model_fields:
            continue
        if name.endswith("_port"):
            env[f"FRONTLINE_{name.upper()}"] = str(free_port())
        elif name.endswith("_path") and str(info.default).startswith(".frontline"):
            env[f"FRONTLINE_{name.upper()}"] = str(folder / name)
    return env


def targets(service: Service[Any]) -> list[Target]:
    apis = [(api.descriptor, api.rules) for api in service.apis]
    apis.append((admin_pb2.DESCRIPTOR.services_by_name["AdminService"], ADMIN_RULES))
    return [
        Target(descriptor, method, rules[method.name])
        for descriptor, rules in apis
        for method in descriptor.methods
    ]


def fuzz(port: int, keys: SigningKeys, service: Service[Any], seen: Seen) -> list[str]:
    """Every finding, one per RPC (Hypothesis shrinks each to a small request)."""
    findings: dict[str, str] = {}
    with grpc.insecure_channel(f"127.0.0.1:{port}") as channel:
        caller = Caller(channel, lambda roles: keys.token(sorted(roles)), seen)
        for _ in range(ROUNDS):
            for target in targets(service):
                if target.path in findings:
                    continue
                examples = STREAM_EXAMPLES if target.method.server_streaming else EXAMPLES
                try:
                    caller.fuzz(target, examples)
                except Exception as finding:  # reported, with its request
                    notes = "\n".join(getattr(finding, "__notes__", []))
                    findings[target.path] = f"{target.path}\n{finding}\n{notes}"
    print(report(caller.answers))
    return list(findings.values())


def report(answers: Counter[tuple[str, str]]) -> str:
    """One line per RPC: how often it answered each code (what the fuzzing reached)."""
    methods = sorted({method for method, _ in answers})
    return "\n".join(
        f"  {method}: "
        + ", ".join(f"{code} {n}" for (m, code), n in sorted(answers.items()) if m == method)
        for method in methods
    )


@pytest.mark.parametrize("spec", [s for s in SERVICES if s.runnable()], ids=lambda s: s.name)
async def test_any_request_is_answered_or_refused_with_its_reason(
    spec: ServiceSpec, pg: Any, kafka_bootstrap: str, unique: str, tmp_path: Path
) -> None:
    service = declared(spec)
    keys = SigningKeys.create(tmp_path)
    database = await pg.create_database(f"fuzz_{unique}")
    env = environment(service, database, f"{unique}.", keys, tmp_path)
    env["FRONTLINE_KAFKA_BOOTSTRAP"] = kafka_bootstrap
    env["FRONTLINE_GRPC_PORT"] = str(port := free_port())
    async with service_process(spec.module, env, timeout=120):
        seen = Seen()
        await introduce(service, kafka_bootstrap, f"{unique}.", seen)
        started = time.monotonic()
        findings = await asyncio.to_thread(fuzz, port, keys, service, seen)
        print(f"{spec.name}: fuzzed in {time.monotonic() - started:.1f}s")
    stored = await out_of_bounds(database)
    assert not findings, "\n\n".join(findings)
    assert not stored, "stored out of bounds:\n" + "\n".join(stored)
