"""Closed-loop load: N clients each repeat one operation until time is up.

A warm-up period runs first and is not counted (connections open, statements get
prepared, JIT-free Python code paths get warm), so the rate is the steady state.
"""

from __future__ import annotations

import asyncio
import os
import threading
import time
from collections.abc import Awaitable, Callable
from concurrent.futures import ThreadPoolExecutor

from bench.cpu import CpuMeter


def quick() -> bool:
    return os.environ.get("BENCH_QUICK", "0") not in ("", "0")


def seconds(full: float) -> float:
    """How long one measurement runs: shorter with BENCH_QUICK=1."""
    return max(full / 3, 2.0) if quick() else full


async def closed_loop(
    clients: int,
    duration: float,
    op: Callable[[int, int], Awaitable[object]],
    warmup: float = 1.0,
    meter: CpuMeter | None = None,
) -> float:
    """Operations per second over `duration`, after `warmup`; op(client, n).
    With a meter, the CPU each process group spent per operation is logged."""
    counted = 0
    counting = False
    stop = False

    async def client(c: int) -> None:
        nonlocal counted
        n = 0
        while not stop:
            await op(c, n)
            n += 1
            if counting:
                counted += 1

    tasks = [asyncio.create_task(client(c)) for c in range(clients)]
    try:
        await _sleep_or_raise(tasks, warmup)
        if meter:
            meter.start()
        counting, started = True, time.monotonic()
        await _sleep_or_raise(tasks, duration)
        counting, elapsed = False, time.monotonic() - started
        if meter:
            meter.stop()
            meter.report(counted)
        stop = True
        await asyncio.gather(*tasks)
    finally:
        for task in tasks:
            task.cancel()
    return counted / elapsed


async def _sleep_or_raise(tasks: list[asyncio.Task[None]], duration: float) -> None:
    """Wait `duration`, but surface a client's error at once instead of at the end."""
    done, _ = await asyncio.wait(tasks, timeout=duration, return_when=asyncio.FIRST_EXCEPTION)
    for task in done:
        task.result()


def threaded_loop(
    threads: int,
    duration: float,
    op: Callable[[int, int], object],
    warmup: float = 1.0,
    meter: CpuMeter | None = None,
) -> float:
    """The same measurement for blocking clients, one thread each."""
    lock = threading.Lock()
    state = {"counting": False, "stop": False, "counted": 0}

    def client(c: int) -> None:
        n = 0
        while not state["stop"]:
            op(c, n)
            n += 1
            if state["counting"]:
                with lock:
                    state["counted"] += 1

    with ThreadPoolExecutor(threads) as pool:
        futures = [pool.submit(client, c) for c in range(threads)]
        time.sleep(warmup)
        if meter:
            meter.start()
        state["counting"], started = True, time.monotonic()
        time.sleep(duration)
        state["counting"], elapsed = False, time.monotonic() - started
        if meter:
            meter.stop()
            meter.report(int(state["counted"]))
        state["stop"] = True
        for future in futures:
            future.result()
    return int(state["counted"]) / elapsed
