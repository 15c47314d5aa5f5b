"""The floor of the gRPC command path: what any gRPC service storing an event must spend.

A bare `grpc.aio` server in a process of its own, on uvloop like the services, answers
the same RecordMeeting messages: no authentication, no authorization, no decider, no
idempotency record, no read model, just one asyncpg statement that writes the two rows
every command writes (the event and its outbox row) and a reply built from the request.
The gRPC command row is reported as a ratio to it (issue "Performance", DESIGN.md §8):
the gap is the price of everything the service does beyond storing the event.

Run as `python -m bench.grpc_floor <port> <database-url>`; it stops on SIGTERM.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import signal
import sys
import uuid
from collections.abc import AsyncIterator
from pathlib import Path

import asyncpg
import grpc

from bench.servers import Servers
from frontline.api.organization.v1 import organization_pb2 as pb
from frontline.api.organization.v1 import organization_pb2_grpc as pb_grpc
from frontline.kernel import loop
from frontline.stack.children import ChildProcess, stop_all
from frontline.stack.ports import free_port

SCHEMA = """
CREATE TABLE IF NOT EXISTS floor_events (
    global_position bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    stream_id text NOT NULL, version integer NOT NULL, event_id uuid NOT NULL UNIQUE,
    event_type text NOT NULL, data jsonb NOT NULL,
    recorded_at timestamptz NOT NULL DEFAULT now(), UNIQUE (stream_id, version));
CREATE TABLE IF NOT EXISTS floor_outbox (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    topic text NOT NULL, key text NOT NULL, value bytea NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now());
"""

# One round trip: both rows in one statement, so one implicit transaction.
INSERT = """
WITH event AS (
    INSERT INTO floor_events (stream_id, version, event_id, event_type, data)
    VALUES ($1, 1, $2, 'MeetingRecorded', $3::jsonb)
)
INSERT INTO floor_outbox (topic, key, value) VALUES ('floor.events', $1, $4)
"""


class FloorServicer(pb_grpc.OrganizationServiceServicer):
    def __init__(self, pool: asyncpg.Pool) -> None:
        self.pool = pool

    async def RecordMeeting(
        self, request: pb.RecordMeetingRequest, context: grpc.aio.ServicerContext[object, object]
    ) -> pb.RecordMeetingResponse:
        meeting_id = str(uuid.uuid4())
        meeting = pb.Meeting(
            meeting_id=meeting_id,
            org_unit_id=request.org_unit_id,
            meeting_type=request.meeting_type,
            held_on=request.held_on,
            members_due=request.members_due,
            members_present=request.members_present,
            topic=request.topic,
        )
        data = json.dumps(
            {
                "org_unit_id": request.org_unit_id,
                "held_on": request.held_on,
                "members_due": request.members_due,
                "members_present": request.members_present,
                "topic": request.topic,
            },
            ensure_ascii=False,
        )
        async with self.pool.acquire() as conn:
            await conn.execute(
                INSERT, meeting_id, uuid.UUID(meeting_id), data, meeting.SerializeToString()
            )
        return pb.RecordMeetingResponse(meeting=meeting)


async def serve(port: int, database_url: str) -> None:
    pool = await asyncpg.create_pool(database_url, min_size=4, max_size=10)
    assert pool is not None
    await pool.execute(SCHEMA)
    server = grpc.aio.server()
    pb_grpc.add_OrganizationServiceServicer_to_server(FloorServicer(pool), server)  # type: ignore[no-untyped-call]
    server.add_insecure_port(f"127.0.0.1:{port}")
    await server.start()
    stopping = asyncio.Event()
    asyncio.get_running_loop().add_signal_handler(signal.SIGTERM, stopping.set)
    await stopping.wait()
    await server.stop(grace=1)
    await pool.close()


@contextlib.asynccontextmanager
async def floor_process(servers: Servers) -> AsyncIterator[tuple[str, ChildProcess]]:
    """The floor server on a fresh database: its gRPC target and process."""
    port, log_path = free_port(), servers.folder / "grpc-floor.log"
    database_url = await servers.database("bench_floor")
    argv = [sys.executable, "-m", "bench.grpc_floor", str(port), database_url]
    child = ChildProcess.spawn("grpc-floor", argv, log_path=log_path, cwd=_root())
    try:
        await _wait_ready(child, f"127.0.0.1:{port}")
        yield f"127.0.0.1:{port}", child
    finally:
        stop_all([child])


def _root() -> Path:
    return Path(__file__).resolve().parent.parent


async def _wait_ready(child: ChildProcess, target: str, within: float = 60) -> None:
    """Until the server accepts a connection (its schema is made before it listens)."""
    deadline = asyncio.get_running_loop().time() + within
    async with grpc.aio.insecure_channel(target) as channel:
        while True:
            if not child.alive():
                raise RuntimeError("the gRPC floor server exited (see grpc-floor.log)")
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(channel.channel_ready(), 0.5)
                return
            if asyncio.get_running_loop().time() > deadline:
                raise RuntimeError("the gRPC floor server did not start")


if __name__ == "__main__":
    loop.run(serve(int(sys.argv[1]), sys.argv[2]))
