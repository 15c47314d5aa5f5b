"""The root command: the groups of ``registry.GROUPS``, each imported when first used.

Listing the groups (``frontline --help``, completing ``frontline <TAB>``) needs only
their names and one-line help, so it shows stand-ins built from the registry; running
a group, or asking for its own help, imports its module and builds its commands.
"""

from __future__ import annotations

import contextlib
import importlib
from collections.abc import Iterator
from difflib import get_close_matches
from typing import TYPE_CHECKING

import typer
from typer.core import TyperGroup

from frontline.cli import language
from frontline.cli.language import say
from frontline.cli.registry import GROUPS

if TYPE_CHECKING:  # typer's click classes are private; only the types are used
    from typer._click import Command, Context, HelpFormatter
    from typer._click.shell_completion import CompletionItem


def load(name: str) -> TyperGroup:
    """The group's commands, from its module's ``app``, under its registry help; in
    Chinese when that is the operator's language."""
    entry = GROUPS[name]
    app: typer.Typer = importlib.import_module(entry.module).app
    group = typer.main.get_group(app)
    group.name, group.help = name, entry.help
    if language.chinese():
        from frontline.cli.chinese_help import translate

        if entry.catalogue:
            language.load(entry.catalogue)
        translate(group)
    return group


class LazyGroup(TyperGroup):
    listing = False  # while True, registry groups are stand-ins (help and name only)

    def list_commands(self, ctx: Context) -> list[str]:
        names = super().list_commands(ctx)  # holds the groups loaded so far
        return names + [name for name in GROUPS if name not in names]

    def get_command(self, ctx: Context, cmd_name: str) -> Command | None:
        command = super().get_command(ctx, cmd_name)
        if command is not None or cmd_name not in GROUPS:
            return command
        if self.listing:
            return TyperGroup(name=cmd_name, help=say(GROUPS[cmd_name].help))
        command = load(cmd_name)
        self.add_command(command, cmd_name)  # loaded once per process
        return command

    @contextlib.contextmanager
    def _listing(self) -> Iterator[None]:
        self.listing = True
        try:
            yield
        finally:
            self.listing = False

    def format_commands(self, ctx: Context, formatter: HelpFormatter) -> None:
        with self._listing():
            super().format_commands(ctx, formatter)

    def shell_complete(self, ctx: Context, incomplete: str) -> list[CompletionItem]:
        with self._listing():
            return super().shell_complete(ctx, incomplete)

    def resolve_command(
        self, ctx: Context, args: list[str]
    ) -> tuple[str | None, Command | None, list[str]]:
        known = self.list_commands(ctx)
        if args and not args[0].startswith("-") and args[0] not in known:
            close = get_close_matches(args[0], known)
            hint = say(" Did you mean {names}?", names=", ".join(map(repr, close))) if close else ""
            ctx.fail(say("No such command {name}.", name=repr(args[0])) + hint)
        return super().resolve_command(ctx, args)
