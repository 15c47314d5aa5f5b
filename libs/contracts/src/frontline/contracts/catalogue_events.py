"""Finding the public events and describing them in words, for the event catalogue.

Every concrete ``PublicEvent`` subclass in a ``frontline.contracts.<service>`` module
is part of the contract: adding one to a contracts module is all it takes to appear
in ``docs/events`` after ``make contracts``.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re
from collections.abc import Iterable
from typing import Any

import frontline.contracts
from frontline.contracts.base import PublicEvent

# The catalogue's own modules hold no events; importing them while discovering
# would only pull in FastStream.
_SKIPPED_MODULES = ("base", "catalogue")


def discover_events() -> list[type[PublicEvent]]:
    """Public events of every contracts module, grouped by topic, in definition order."""
    found: list[type[PublicEvent]] = []
    prefix = frontline.contracts.__name__ + "."
    for info in pkgutil.iter_modules(frontline.contracts.__path__, prefix):
        if info.name.removeprefix(prefix).startswith(_SKIPPED_MODULES):
            continue
        module = importlib.import_module(info.name)
        for value in vars(module).values():
            if _is_public_event(value) and value.__module__ == module.__name__:
                found.append(value)
    # sorted() is stable: within a topic the events keep the order they are defined in.
    return sorted(found, key=lambda event: event.topic)


def _is_public_event(value: Any) -> bool:
    # Private bases (``_OrgEvent``) share fields but are never published themselves.
    return (
        inspect.isclass(value)
        and issubclass(value, PublicEvent)
        and not value.__name__.startswith("_")
        and isinstance(getattr(value, "ce_type", None), str)
    )


def by_topic(events: Iterable[type[PublicEvent]]) -> dict[str, list[type[PublicEvent]]]:
    grouped: dict[str, list[type[PublicEvent]]] = {}
    for event in events:
        grouped.setdefault(event.topic, []).append(event)
    return grouped


def service_of(topic: str) -> str:
    """``organization.events.v1`` → ``organization``: the service that publishes it."""
    return topic.split(".events.", 1)[0]


def meaning(event: type[PublicEvent]) -> str:
    """The model's docstring on one line, or its name in words when it has none;
    a superseded version says so first."""
    doc = event.__doc__
    if doc and doc.strip():
        first_paragraph = inspect.cleandoc(doc).split("\n\n", 1)[0]
        text = " ".join(first_paragraph.split())
    else:
        words = re.sub(r"(?<!^)(?=[A-Z])", " ", event.__name__).lower()
        text = words[:1].upper() + words[1:] + "."
    if event.superseded_by:
        since = (
            "still published beside it"
            if event.still_published
            else "no longer published; earlier messages stay on the topic"
        )
        return f"Superseded by `{event.superseded_by}` ({since}). {text}"
    return text


def payload_schema(event: type[PublicEvent]) -> dict[str, Any]:
    """The JSON Schema of the message value, as pydantic describes the model."""
    return event.model_json_schema()


def field_type(prop: dict[str, Any]) -> str:
    """A short type name for a JSON Schema property, for people reading the catalogue."""
    if "anyOf" in prop:
        kinds = [field_type(option) for option in prop["anyOf"] if option.get("type") != "null"]
        nullable = any(option.get("type") == "null" for option in prop["anyOf"])
        return " or ".join(kinds) + (" or null" if nullable else "")
    if "enum" in prop:
        return "enum"
    if "$ref" in prop:  # a nested model: its name (its fields are in the JSON Schema)
        return str(prop["$ref"]).rsplit("/", 1)[-1]
    kind = str(prop.get("type", "any"))
    if kind == "array":
        return "list of " + field_type(prop.get("items", {}))
    if kind == "string" and prop.get("format") in ("date", "date-time"):
        return "date" if prop["format"] == "date" else "datetime"
    return {"integer": "int", "number": "number", "boolean": "bool"}.get(kind, kind)


def enum_values(prop: dict[str, Any]) -> list[str]:
    """The allowed values of an enum property (also inside lists and nullable unions)."""
    if "enum" in prop:
        return [str(value) for value in prop["enum"]]
    for option in prop.get("anyOf", []):
        if values := enum_values(option):
            return values
    if prop.get("type") == "array":
        return enum_values(prop.get("items", {}))
    return []
