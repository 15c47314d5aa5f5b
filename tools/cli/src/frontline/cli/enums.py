"""Proto enums as an operator writes and reads them: ``village``, not ``ORG_LEVEL_VILLAGE``.

Every enum's zero value is ``<PREFIX>_UNSPECIFIED`` (buf's lint rule), so the prefix
comes from it and the readable name is the rest in lower case. In Chinese, tables
show each value's Chinese name from the proto (``(frontline.api.i18n.v1.zh_cn)``),
and an option takes it as well as the English word; JSON keeps the English word.
"""

from __future__ import annotations

from typing import Any

import typer
from google.protobuf.descriptor import Descriptor, EnumDescriptor
from google.protobuf.internal.enum_type_wrapper import EnumTypeWrapper

from frontline.cli.language import chinese, say
from frontline.kernel.wording import chinese_name


def _prefix(enum: EnumDescriptor) -> str:
    return enum.values[0].name.removesuffix("UNSPECIFIED")


def parse(enum: EnumTypeWrapper, value: str, option: str | None = None) -> str | None:
    """'village' → "ORG_LEVEL_VILLAGE" (a request takes the name); "" → None (unset)."""
    if not value:
        return None
    prefix = _prefix(enum.DESCRIPTOR)
    found = enum.DESCRIPTOR.values_by_name.get(prefix + value.upper().replace("-", "_"))
    if found is None:
        found = next((v for v in enum.DESCRIPTOR.values if chinese_name(v) == value), None)
    if found is None or found.number == 0:
        raise typer.BadParameter(
            say("one of: {choices}", choices=", ".join(choices(enum))), param_hint=option
        )
    return str(found.name)


def parse_all(enum: EnumTypeWrapper, values: list[str], option: str) -> list[str]:
    return [name for value in values if (name := parse(enum, value, option))]


def choices(enum: EnumTypeWrapper) -> list[str]:
    """The words an option takes; in Chinese with each one's name (``village 村``)."""
    values = enum.DESCRIPTOR.values[1:]
    if chinese():
        return [f"{readable(enum.DESCRIPTOR, v.name)} {chinese_name(v)}" for v in values]
    return [readable(enum.DESCRIPTOR, v.name) for v in values]


def readable(enum: EnumDescriptor, name: str) -> str:
    return name.removeprefix(_prefix(enum)).lower()


def label(enum: EnumTypeWrapper, number: int) -> str:
    """How a table shows a number: the readable word, or its Chinese name; "" for
    unspecified."""
    if number == 0:
        return ""
    if chinese():
        return chinese_name(enum.DESCRIPTOR.values_by_number[number])
    return readable(enum.DESCRIPTOR, enum.Name(number))


def relabel(message: Descriptor, data: dict[str, Any]) -> dict[str, Any]:
    """``data`` (MessageToDict of a message so described) with readable enum names."""
    for field in message.fields:
        if field.name not in data:
            continue
        value = data[field.name]
        if field.is_repeated and isinstance(value, dict):
            continue  # a map field: the API has none
        values = value if field.is_repeated else [value]
        if field.enum_type is not None:
            names = [readable(field.enum_type, v) if isinstance(v, str) else v for v in values]
            data[field.name] = names if field.is_repeated else names[0]
        elif field.message_type is not None:
            for item in values:
                if isinstance(item, dict):  # well-known types print as strings
                    relabel(field.message_type, item)
    return data


def word(enum: EnumTypeWrapper, value: str) -> str:
    """How a table shows a string field's word (``in_notice``): as it is, or in Chinese
    its name from the enum that lists the field's words (``ProcedureStage``)."""
    if not (chinese() and value):
        return value
    found = enum.DESCRIPTOR.values_by_name.get(_prefix(enum.DESCRIPTOR) + value.upper())
    return chinese_name(found) if found is not None else value
