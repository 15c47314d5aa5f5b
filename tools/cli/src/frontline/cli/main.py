"""The `frontline` operator CLI: one sub-command group per service plus token and admin."""

from __future__ import annotations

import importlib
import logging

import typer

from frontline.cli import admin, events, tokens

app = typer.Typer(help="Frontline operator CLI", no_args_is_help=True, add_completion=False)
app.add_typer(tokens.app, name="token", help="Issue operator tokens")
app.add_typer(
    admin.app, name="admin", help="Administration: rebuild, verify, dead letters, calendar"
)
app.add_typer(events.app, name="events", help="Read public events off Kafka")

# Service groups live in their own modules; a group whose module is absent is skipped.
_GROUPS = {
    "org": ("frontline.cli.org", "Organization service: units, decisions, meetings"),
    "cadre": ("frontline.cli.cadre", "Cadre service: registry, appointments, training"),
    "discipline": (
        "frontline.cli.discipline",
        "Discipline: clues, cases, disputes, sweeps, ledgers",
    ),
    "hq": ("frontline.cli.hq", "Headquarters: county overview, ranking, alerts"),
    "demo": ("frontline.cli.demo", "Demo county"),
}
for _name, (_module, _help) in _GROUPS.items():
    try:
        _group = importlib.import_module(_module)
    except ModuleNotFoundError as exc:
        if exc.name != _module:
            raise
        continue
    app.add_typer(_group.app, name=_name, help=_help)


def main() -> None:
    logging.basicConfig(level=logging.WARNING)
    app()
