"""`frontline admin`: dead letters, rebuilds."""

from __future__ import annotations

import asyncio
import importlib
from typing import Annotated

import typer

from frontline.cli import deadletters
from frontline.cli.client import stack_env
from frontline.cli.output import emit_json, table

app = typer.Typer(no_args_is_help=True)
dlq = typer.Typer(no_args_is_help=True, help="Dead-lettered messages")
app.add_typer(dlq, name="dlq")


def _bootstrap() -> str:
    return stack_env().get("FRONTLINE_KAFKA_BOOTSTRAP", "127.0.0.1:9092")


@dlq.command("list")
def dlq_list(
    topic: Annotated[str, typer.Argument(help="Source topic, e.g. cadre.events.v1")],
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """List what the consumers of TOPIC dead-lettered, with the error of each."""
    letters = asyncio.run(deadletters.read(_bootstrap(), topic))
    if as_json:
        emit_json([letter.summary() for letter in letters])
        return
    table(
        f"{topic}.dlq",
        ["offset", "consumer", "type", "error", "original"],
        [
            (
                letter.offset,
                letter.header("x-consumer"),
                letter.header("ce_type"),
                letter.header("x-error"),
                f"{letter.header('x-original-partition')}@{letter.header('x-original-offset')}",
            )
            for letter in letters
        ],
    )


@dlq.command("replay")
def dlq_replay(
    topic: Annotated[str, typer.Argument(help="Source topic whose dead letters to replay")],
) -> None:
    """Publish dead letters back onto TOPIC (after the cause was fixed); inboxes dedupe."""
    count = asyncio.run(deadletters.replay(_bootstrap(), topic))
    print(f"replayed {count} message(s) onto {topic}")


@app.command("rebuild")
def rebuild(
    target: Annotated[str, typer.Argument(help="Read model to rebuild: headquarters")],
) -> None:
    """Rebuild a read model from the start of the topics without downtime."""
    if target != "headquarters":
        raise typer.BadParameter("only 'headquarters' has a rebuildable read model")
    module = importlib.import_module("frontline.cli.rebuild")
    module.rebuild_headquarters()
