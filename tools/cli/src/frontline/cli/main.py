"""The `frontline` operator CLI: a command group per service plus token, admin, events
and demo (``registry.GROUPS``), each imported only when it is used, in the operator's
language (``language.py``)."""

from __future__ import annotations

import logging
import os
import sys
from typing import Annotated

import typer

from frontline.cli import language
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
            found = language.say("unknown (not installed)")
        print(f"frontline {found}")
        raise typer.Exit()


def _language(value: str | None) -> str | None:
    if value is not None and value not in language.LANGUAGES:
        raise typer.BadParameter(language.say("zh or en"))
    return value  # chosen before the command line is parsed (main)


@app.callback()
def root(
    show_version: Annotated[
        bool,
        typer.Option(
            "--version", is_eager=True, callback=_print_version, help="Print the version, exit"
        ),
    ] = False,
    lang: Annotated[
        str | None,
        typer.Option(
            "--lang",
            is_eager=True,
            callback=_language,
            metavar="zh|en",
            help="Language of help, tables and messages (default: from LANG)",
        ),
    ] = None,
) -> None:
    pass


def chosen_language(argv: list[str]) -> str:
    """``--lang`` before the command (``frontline --lang zh org …``), else the locale."""
    for index, token in enumerate(argv):
        if not token.startswith("-"):
            break
        if token.startswith("--lang="):
            return token.partition("=")[2]
        if token == "--lang" and index + 1 < len(argv):
            return argv[index + 1]
    return language.from_locale(os.environ)


def main() -> None:
    logging.basicConfig(level=logging.WARNING)
    chosen = chosen_language(sys.argv[1:])
    language.choose(chosen if chosen in language.LANGUAGES else language.ENGLISH)
    run(lambda: _command().main(prog_name="frontline", standalone_mode=False))


def _command() -> typer.core.TyperGroup:
    command = typer.main.get_command(app)
    if language.chinese():
        from frontline.cli.chinese_help import translate, use_chinese_help

        use_chinese_help()
        translate(command)
    assert isinstance(command, typer.core.TyperGroup)
    return command
