"""The `frontline` operator CLI: a command group per service plus token, admin, events
and demo (``registry.GROUPS``), each imported only when it is used."""

from __future__ import annotations

import logging
from typing import Annotated

import typer

from frontline.cli.failures import run
from frontline.cli.lazy_group import LazyGroup
from frontline.cli.options import sub_app

app = sub_app("Frontline operator CLI", cls=LazyGroup, add_completion=True)


def _print_version(asked: bool) -> None:
    if asked:
        from importlib.metadata import PackageNotFoundError, version

        try:
            found = version("frontline-cli")
        except PackageNotFoundError:
            found = "unknown (not installed)"
        print(f"frontline {found}")
        raise typer.Exit()


@app.callback()
def root(
    show_version: Annotated[
        bool,
        typer.Option(
            "--version", is_eager=True, callback=_print_version, help="Print the version, exit"
        ),
    ] = False,
) -> None:
    pass


def main() -> None:
    logging.basicConfig(level=logging.WARNING)
    run(lambda: typer.main.get_command(app).main(prog_name="frontline"))
