"""Every enum value of every API has its Chinese name in the proto (issue 19): the CLI
shows it in tables, services word their messages with it, any client reads it by
reflection. Covers each generated module under frontline.api, present or added later."""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Iterator

import pytest
from google.protobuf.descriptor import Descriptor, EnumDescriptor, FileDescriptor

import frontline.api
from frontline.kernel.wording import chinese_name

pytestmark = pytest.mark.unit


def api_files() -> list[FileDescriptor]:
    files = []
    for info in pkgutil.walk_packages(frontline.api.__path__, "frontline.api."):
        if info.name.endswith("_pb2"):
            files.append(importlib.import_module(info.name).DESCRIPTOR)
    return files


def enums_of(file: FileDescriptor) -> Iterator[EnumDescriptor]:
    yield from file.enum_types_by_name.values()

    def nested(message: Descriptor) -> Iterator[EnumDescriptor]:
        yield from message.enum_types
        for inner in message.nested_types:
            yield from nested(inner)

    for message in file.message_types_by_name.values():
        yield from nested(message)


def test_the_apis_are_found() -> None:
    names = {f.name for f in api_files()}
    assert "frontline/api/organization/v1/organization.proto" in names
    assert "frontline/api/i18n/v1/names.proto" in names


@pytest.mark.parametrize("file", api_files(), ids=lambda f: f.name)
def test_every_enum_value_has_a_chinese_name(file: FileDescriptor) -> None:
    missing = [
        f"{enum.full_name}.{value.name}"
        for enum in enums_of(file)
        for value in enum.values
        if value.number != 0 and not chinese_name(value)
    ]
    assert missing == [], 'add [(frontline.api.i18n.v1.zh_cn) = "…"] to each'
