"""`frontline admin outbox parked|retry`: the outbox rows a broker refused for good.

A row the broker will never take (too large, an invalid record) is parked by the
service's relay with the error, and the later events of its aggregate wait behind
it (docs/runbook.md, "A parked outbox row"). Fix the cause, then retry: the row goes
back to its place and the ones behind it follow, in order.
"""

from __future__ import annotations

from typing import Annotated

import typer

from frontline.api.admin.v1 import admin_pb2, admin_pb2_grpc
from frontline.cli.client import call, channel_for
from frontline.cli.language import say
from frontline.cli.options import Json, sub_app
from frontline.cli.output import emit_json, table
from frontline.cli.stack_env import DEFAULT_PORTS

app = sub_app("Outbox rows the broker refused for good, and retrying them")


def _service(name: str) -> str:
    if name not in DEFAULT_PORTS:
        raise typer.BadParameter(say("one of: {choices}", choices=", ".join(DEFAULT_PORTS)))
    return name


Service = Annotated[
    str, typer.Option(parser=_service, metavar="NAME", help="The service whose outbox to read")
]


def _stub(service: str) -> admin_pb2_grpc.AdminServiceStub:
    return admin_pb2_grpc.AdminServiceStub(channel_for(service))  # type: ignore[no-untyped-call]


@app.command("parked")
def parked(service: Service, as_json: Json = False) -> None:
    """The parked rows of SERVICE's outbox: error, size, and how many wait behind each."""
    reply = call(_stub(service).ListParkedOutboxRows, admin_pb2.ListParkedOutboxRowsRequest())
    if as_json:
        emit_json(
            [
                {
                    "id": row.id,
                    "topic": row.topic,
                    "key": row.key,
                    "type": row.type,
                    "size_bytes": row.size_bytes,
                    "error": row.error,
                    "created_at": row.created_at,
                    "parked_at": row.parked_at,
                    "held_behind": row.held_behind,
                }
                for row in reply.rows
            ]
        )
        return
    table(
        say("parked outbox rows ({service})", service=service),
        ["id", "type", "aggregate", "bytes", "held behind", "parked", "error"],
        [
            (r.id, r.type, r.key, r.size_bytes, r.held_behind, r.parked_at, r.error)
            for r in reply.rows
        ],
    )


@app.command("retry")
def retry(
    service: Service,
    ids: Annotated[list[int] | None, typer.Argument(help="Parked row ids (see parked)")] = None,
    every: Annotated[bool, typer.Option("--all", help="Every parked row")] = False,
) -> None:
    """Put parked rows back in their place once the cause is fixed; the relay publishes
    them, then the rows of their aggregates that waited behind."""
    if every == bool(ids):
        raise typer.BadParameter(say("name the row ids, or give --all"))
    for row_id in ids or []:
        if row_id < 1:
            raise typer.BadParameter(say("{row_id} is not an outbox id", row_id=row_id))
    request = admin_pb2.RetryParkedOutboxRowsRequest(ids=ids or [], all=every)
    reply = call(_stub(service).RetryParkedOutboxRows, request)
    back = say(
        "{service}: {count} row(s) back in the outbox: {ids}",
        service=service,
        count=len(reply.ids),
        ids=list(reply.ids),
    )
    print(back)
