"""Answers computed once and shared until the facts of their day change.

Each key belongs to a day (the "as of" date it describes). Projections announce
after every commit the earliest business date their events changed
(``projection/apply.py``); ``changed(since)`` then marks every answer about that
day or later as stale — today's on every change, a past day's only when a
backdated fact reaches it.

Many callers asking for one key at once share one computation. A computation
that was running when its day changed is finished for the callers already
waiting (they asked before the change) but kept by nobody: later callers wait
for it to end and then share a fresh one, so a burst of changes and requests runs
at most one computation per key at a time, and an answer given after a change
was announced always includes it.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
from collections import OrderedDict
from collections.abc import Callable, Coroutine, Hashable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


@dataclass
class _Slot(Generic[V]):
    value: V | None = None
    fresh: bool = False  # no change reached the day since ``value`` was computed
    running: asyncio.Task[V] | None = None
    running_fresh: bool = False  # no change reached the day since ``running`` started


class DayCache(Generic[K, V]):
    def __init__(
        self,
        compute: Callable[[K], Coroutine[Any, Any, V]],
        day_of: Callable[[K], dt.date],
        size: int,
    ) -> None:
        self._compute = compute
        self._day_of = day_of
        self._size = size
        self._slots: OrderedDict[K, _Slot[V]] = OrderedDict()

    async def get(self, key: K) -> V:
        while True:
            slot = self._slot(key)
            if slot.fresh:
                return slot.value  # type: ignore[return-value]
            if slot.running is None:
                slot.running, slot.running_fresh = self._start(key, slot), True
            task = slot.running
            if slot.running_fresh:
                # Shielded: one caller giving up (a cancelled RPC) stops no one else.
                return await asyncio.shield(task)
            # Started before the last change: its answer is not for this caller.
            with contextlib.suppress(Exception):
                await asyncio.shield(task)

    def peek(self, key: K) -> V | None:
        """The fresh answer if there is one, without computing."""
        slot = self._slots.get(key)
        return slot.value if slot is not None and slot.fresh else None

    def changed(self, since: dt.date | None) -> None:
        """Facts dated ``since`` or later changed (None: any day's, e.g. after a rebuild)."""
        for key, slot in self._slots.items():
            if since is None or self._day_of(key) >= since:
                slot.fresh = slot.running_fresh = False

    def _slot(self, key: K) -> _Slot[V]:
        slot = self._slots.get(key)
        if slot is None:
            slot = self._slots[key] = _Slot()
            self._evict()
        else:
            self._slots.move_to_end(key)
        return slot

    def _evict(self) -> None:
        while len(self._slots) > self._size:
            for key, slot in self._slots.items():
                if slot.running is None:  # a running one's callers still need its slot
                    del self._slots[key]
                    break
            else:
                return

    def _start(self, key: K, slot: _Slot[V]) -> asyncio.Task[V]:
        task: asyncio.Task[V] = asyncio.create_task(self._compute(key))

        def finished(done: asyncio.Task[V]) -> None:
            if slot.running is not done:
                return
            slot.running = None
            if not done.cancelled() and done.exception() is None:
                slot.value, slot.fresh = done.result(), slot.running_fresh

        task.add_done_callback(finished)
        return task
