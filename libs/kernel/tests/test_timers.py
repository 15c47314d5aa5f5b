"""Durable timers fire once, when the clock reaches them, even with two processes racing."""

from __future__ import annotations

import asyncio
from datetime import timedelta

import asyncpg

from frontline.kernel.clock import ManualClock
from frontline.kernel.runtime import ServiceRuntime
from frontline.kernel.timers import Timer, Timers
from frontline.testkit.runtime import SigningKeys, make_runtime


async def test_a_timer_fires_once_when_due_even_with_two_firers(
    counter_db: str,
    kafka_bootstrap: str,
    unique: str,
    keys: SigningKeys,
) -> None:
    clock = ManualClock()
    runtime: ServiceRuntime = make_runtime(
        "timers", counter_db, kafka_bootstrap, f"{unique}.", keys, clock=clock
    )
    async with runtime.started():
        fired: list[str] = []

        async def remind(conn: asyncpg.Connection, timer: Timer) -> None:
            await asyncio.sleep(0.05)  # keep the row locked while the other firer looks
            fired.append(timer.payload["unit"])

        other = Timers(runtime.pool, clock)
        for timers in (runtime.timers, other):
            timers.on("remind", remind)
        async with runtime.pool.acquire() as conn:
            await runtime.timers.schedule(
                conn,
                "remind-1",
                clock.now() + timedelta(days=180),
                "remind",
                "unit-1",
                {"unit": "unit-1"},
            )
        assert await runtime.timers.fire_due() == 0  # not due yet

        clock.advance(timedelta(days=180))
        counts = await asyncio.gather(runtime.timers.fire_due(), other.fire_due())
        assert sorted(counts) == [0, 1]
        assert fired == ["unit-1"]
        assert await runtime.timers.fire_due() == 0  # fired means done


async def test_a_handler_can_re_arm_its_own_timer(
    counter_db: str,
    kafka_bootstrap: str,
    unique: str,
    keys: SigningKeys,
) -> None:
    clock = ManualClock()
    runtime = make_runtime("rearm", counter_db, kafka_bootstrap, f"{unique}.", keys, clock=clock)
    async with runtime.started():
        seen: list[int] = []

        async def check_again(conn: asyncpg.Connection, timer: Timer) -> None:
            seen.append(timer.payload["round"])
            if timer.payload["round"] < 2:
                await runtime.timers.schedule(
                    conn,
                    timer.key,
                    clock.now() + timedelta(days=1),
                    "check",
                    timer.stream_id,
                    {"round": timer.payload["round"] + 1},
                )

        runtime.timers.on("check", check_again)
        async with runtime.pool.acquire() as conn:
            await runtime.timers.schedule(conn, "check-1", clock.now(), "check", "s", {"round": 0})
        for _ in range(4):
            await runtime.timers.fire_due()
            clock.advance(timedelta(days=1))
        assert seen == [0, 1, 2]


async def test_a_timer_moved_after_it_was_listed_waits_for_its_new_time(
    counter_db: str,
    kafka_bootstrap: str,
    unique: str,
    keys: SigningKeys,
) -> None:
    """A firer lists the due rows, then fires them one by one: meanwhile another handler
    (or another process) may have moved a listed timer to later. It must wait."""
    clock = ManualClock()
    runtime = make_runtime("moved", counter_db, kafka_bootstrap, f"{unique}.", keys, clock=clock)
    async with runtime.started():
        fired: list[str] = []

        async def first(conn: asyncpg.Connection, timer: Timer) -> None:
            fired.append(timer.key)
            later = clock.now() + timedelta(days=1)
            await runtime.timers.schedule(conn, "b-second", later, "second", "s")

        async def second(conn: asyncpg.Connection, timer: Timer) -> None:
            fired.append(timer.key)

        runtime.timers.on("first", first)
        runtime.timers.on("second", second)
        async with runtime.pool.acquire() as conn:
            await runtime.timers.schedule(conn, "a-first", clock.now(), "first", "s")
            await runtime.timers.schedule(
                conn, "b-second", clock.now() + timedelta(seconds=1), "second", "s"
            )
        clock.advance(timedelta(seconds=1))
        assert await runtime.timers.fire_due() == 1
        assert fired == ["a-first"]
        clock.advance(timedelta(days=1))
        assert await runtime.timers.fire_due() == 1
        assert fired == ["a-first", "b-second"]
