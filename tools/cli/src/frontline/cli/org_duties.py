"""`frontline org duty …`: responsibility lists (责任清单) of townships and villages.

The county sets each township's list for a year, a township each village's; items by
pillar with a target and a due date. The unit reports progress, the level above checks
completion. The token's scope says which unit you act for.
"""

from __future__ import annotations

from typing import Annotated

import typer

from frontline.api.organization.v1 import organization_pb2 as pb
from frontline.cli.client import call
from frontline.cli.enums import label, parse
from frontline.cli.options import FIRST_YEAR, LAST_YEAR, Day, Division, Json, iso_day, sub_app
from frontline.cli.org_format import stub
from frontline.cli.output import as_dict, emit_json, table

app = sub_app("Responsibility lists (责任清单): set, add, report progress, check")
ListId = Annotated[str, typer.Argument(help="List id")]
ItemId = Annotated[str, typer.Argument(help="Item id")]
ITEM_HELP = "CATEGORY:TARGET:YYYY-MM-DD (organization_building, service, rule_of_law); repeat"


def item_input(text: str) -> pb.DutyItemInput:
    """``service:党群服务中心全覆盖:2026-06-30`` as an item; a target may hold colons."""
    category, _, rest = text.partition(":")
    target, _, due = rest.rpartition(":")
    if not target:
        raise typer.BadParameter(f"{text!r}: write {ITEM_HELP}", param_hint="--item")
    return pb.DutyItemInput(
        category=parse(pb.DutyCategory, category, "--item"),
        target=target,
        due_on=iso_day(due),
    )


def _show(listed: pb.ResponsibilityList, as_json: bool) -> None:
    if as_json:
        emit_json(listed)
        return
    title = f"{listed.division_code} {listed.year} 责任清单 ({listed.list_id})"
    table(
        title,
        ["item", "category", "target", "deadline", "progress", "checked"],
        [
            (
                i.item_id,
                label(pb.DutyCategory, i.category),
                i.target,
                i.due_on,
                f"{i.percent_complete}%",
                i.completed_on + (" on time" if i.on_time else ""),
            )
            for i in listed.items
        ],
    )


@app.command("set")
def set_list(
    unit: Annotated[str, typer.Option(help="The unit below yours whose list this is")],
    year: Annotated[int, typer.Option(min=FIRST_YEAR, max=LAST_YEAR)],
    item: Annotated[list[str], typer.Option(help=ITEM_HELP)],
    set_on: Day = "",
    as_json: Json = False,
) -> None:
    """Set a unit's responsibility list for a year."""
    request = pb.SetResponsibilityListRequest(
        org_unit_id=unit, year=year, items=[item_input(i) for i in item], set_on=set_on
    )
    _show(call(stub().SetResponsibilityList, request).responsibility_list, as_json)


@app.command("add")
def add(
    list_id: ListId,
    item: Annotated[str, typer.Option(help=ITEM_HELP.removesuffix("; repeat"))],
    on: Day = "",
    as_json: Json = False,
) -> None:
    """Add an item to a list you set."""
    request = pb.AddDutyItemRequest(list_id=list_id, item=item_input(item), added_on=on)
    _show(call(stub().AddDutyItem, request).responsibility_list, as_json)


@app.command("report")
def report(
    list_id: ListId,
    item_id: ItemId,
    percent: Annotated[int, typer.Option(min=0, max=100, help="Percent complete")],
    note: Annotated[str, typer.Option()] = "",
    on: Day = "",
    as_json: Json = False,
) -> None:
    """Report progress on an item of your unit's list."""
    request = pb.ReportDutyProgressRequest(
        list_id=list_id, item_id=item_id, percent_complete=percent, note=note, reported_on=on
    )
    _show(call(stub().ReportDutyProgress, request).responsibility_list, as_json)


@app.command("check")
def check(
    list_id: ListId,
    item_id: ItemId,
    completed: Annotated[bool, typer.Option("--completed/--not-completed")] = True,
    note: Annotated[str, typer.Option()] = "",
    on: Day = "",
    as_json: Json = False,
) -> None:
    """Check an item of a list you set: completed, or not yet."""
    request = pb.CheckDutyItemRequest(
        list_id=list_id, item_id=item_id, completed=completed, note=note, checked_on=on
    )
    _show(call(stub().CheckDutyItem, request).responsibility_list, as_json)


@app.command("show")
def show(list_id: ListId, as_json: Json = False) -> None:
    """One list with its items."""
    request = pb.GetResponsibilityListRequest(list_id=list_id)
    _show(call(stub().GetResponsibilityList, request).responsibility_list, as_json)


@app.command("list")
def list_lists(
    division: Division = "",
    year: Annotated[int, typer.Option(min=0, max=LAST_YEAR, help="0: every year")] = 0,
    as_json: Json = False,
) -> None:
    """Lists under a division code (default: your scope)."""
    response = call(
        stub().ListResponsibilityLists,
        pb.ListResponsibilityListsRequest(division_code_prefix=division, year=year, page_size=500),
    )
    if as_json:
        emit_json([as_dict(r) for r in response.responsibility_lists])
        return
    table(
        "responsibility lists",
        ["id", "unit", "year", "items", "completed"],
        [
            (
                r.list_id,
                r.division_code,
                r.year,
                len(r.items),
                sum(1 for i in r.items if i.completed_on),
            )
            for r in response.responsibility_lists
        ],
    )
