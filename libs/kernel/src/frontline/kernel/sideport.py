"""The HTTP side port: /health/live, /health/ready and /metrics (Prometheus)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from aiohttp import web
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

from frontline.kernel.http import serve

# Whether the process is ready, and each check's outcome ("ok" or what went wrong).
ReadyState = Callable[[], Awaitable[tuple[bool, dict[str, str]]]]


class SidePort:
    def __init__(self, ready: ReadyState) -> None:
        self._ready = ready
        self._runner: web.AppRunner | None = None
        self.port = 0

    async def start(self, host: str, port: int) -> int:
        app = web.Application()
        app.router.add_get("/health/live", self._live)
        app.router.add_get("/health/ready", self._readiness)
        app.router.add_get("/metrics", self._metrics)
        self._runner, self.port = await serve(app, host, port)
        return self.port

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()

    async def _live(self, _: web.Request) -> web.Response:
        return web.json_response({"status": "live"})

    async def _readiness(self, _: web.Request) -> web.Response:
        ready, checks = await self._ready()
        if ready:
            return web.json_response({"status": "ready", "checks": checks})
        return web.json_response({"status": "unavailable", "checks": checks}, status=503)

    async def _metrics(self, _: web.Request) -> web.Response:
        return web.Response(body=generate_latest(), headers={"Content-Type": CONTENT_TYPE_LATEST})
