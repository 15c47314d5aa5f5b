"""`frontline admin rebuild headquarters`: the admin RPC, with a progress bar."""

from __future__ import annotations

import grpc
from rich.progress import BarColumn, Progress, TextColumn, TimeRemainingColumn

from frontline.api.headquarters.v1 import headquarters_pb2 as pb
from frontline.api.headquarters.v1 import headquarters_pb2_grpc as pb_grpc
from frontline.cli.client import channel_for, describe_error, metadata
from frontline.cli.language import say


def rebuild_headquarters() -> None:
    """Stream the rebuild's progress (events/s, what is left) until the swap is done."""
    stub = pb_grpc.HeadquartersServiceStub(channel_for("headquarters"))  # type: ignore[no-untyped-call]
    columns = (
        TextColumn("[bold]{task.fields[phase]}"),
        BarColumn(),
        TextColumn("{task.fields[counts]}"),
        TextColumn("{task.fields[rate]}"),
        TimeRemainingColumn(),
    )
    last = pb.RebuildReadModelResponse()
    try:
        with Progress(*columns) as bar:
            task = bar.add_task("rebuild", total=None, phase=say("starting"), rate="", counts="")
            for progress in stub.RebuildReadModel(
                pb.RebuildReadModelRequest(), metadata=metadata()
            ):
                last = progress
                bar.update(
                    task,
                    completed=progress.events_applied,
                    total=progress.events_total or None,
                    phase=progress.phase,
                    rate=say("{rate} events/s", rate=f"{progress.events_per_second:,.0f}"),
                    counts=say(
                        "{applied}/{total} events",
                        applied=f"{progress.events_applied:,}",
                        total=f"{progress.events_total:,}",
                    ),
                )
    except grpc.RpcError as exc:
        raise SystemExit(describe_error(exc)) from exc
    if last.phase != "done":
        raise SystemExit(say("rebuild {phase}: {message}", phase=last.phase, message=last.message))
    rate = f"{last.events_per_second:,.0f}"
    live = say(
        "{message} ({rate} events/s); the new read model is live", message=last.message, rate=rate
    )
    print(live)
