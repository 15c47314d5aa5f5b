"""Every text the CLI shows has its Chinese, once (issue 19).

Per command group: the help of each command and option, and each text its modules
show (``say``, table columns, record fields), is in the group's catalogue or the shared
one; neither holds a text nobody shows; no text is in two catalogues; a Chinese text
fills the same placeholders as its English.
"""

from __future__ import annotations

import importlib
import string
from collections.abc import Mapping

import pytest
import typer

from frontline.cli import common_zh, language
from frontline.cli.main import app as root_app
from frontline.cli.registry import GROUPS

from .cli_texts import cli_modules, group_help_texts, help_texts, module_texts

pytestmark = pytest.mark.unit

# Modules of the command line itself, shown whatever the group (their texts are shared).
ROOT_MODULES = [
    "frontline.cli.main",
    "frontline.cli.failures",
    "frontline.cli.lazy_group",
    "frontline.cli.chinese_help",
]


def keys(texts: Mapping[str, str] | set[str]) -> set[str]:
    return {language.key(text) for text in texts}


def catalogue(name: str) -> dict[str, str]:
    texts: dict[str, str] = importlib.import_module(GROUPS[name].catalogue).TEXTS
    return texts


def shown_by(name: str) -> set[str]:
    modules = cli_modules(GROUPS[name].module)
    return keys(group_help_texts(GROUPS[name].module) | module_texts(modules))


def shown_by_root() -> set[str]:
    root = typer.main.get_command(root_app)
    registry = {group.help for group in GROUPS.values()}
    return keys(help_texts(root) | module_texts(ROOT_MODULES) | registry)


@pytest.mark.parametrize("name", list(GROUPS))
def test_every_text_of_the_group_has_its_chinese(name: str) -> None:
    assert GROUPS[name].catalogue, f"{name}: registry.Group names no catalogue"
    known = keys(catalogue(name)) | keys(common_zh.TEXTS)
    assert sorted(shown_by(name) - known) == []


@pytest.mark.parametrize("name", list(GROUPS))
def test_the_group_catalogue_holds_only_what_the_group_shows(name: str) -> None:
    assert sorted(keys(catalogue(name)) - shown_by(name)) == []


def test_the_shared_catalogue_holds_what_the_command_line_and_groups_share() -> None:
    shown = shown_by_root().union(*(shown_by(name) for name in GROUPS))
    assert sorted(keys(common_zh.TEXTS) - shown) == []
    assert sorted(shown_by_root() - keys(common_zh.TEXTS)) == []


def test_no_text_is_in_two_catalogues() -> None:
    catalogues = {"common": keys(common_zh.TEXTS)} | {n: keys(catalogue(n)) for n in GROUPS}
    seen: dict[str, str] = {}
    twice = []
    for name, texts in catalogues.items():
        for text in texts:
            if text in seen:
                twice.append((text, seen[text], name))
            seen[text] = name
    assert twice == []


def placeholders(text: str) -> set[str]:
    return {field for _, field, _, _ in string.Formatter().parse(text) if field}


@pytest.mark.parametrize("name", ["common", *GROUPS])
def test_the_chinese_fills_the_same_placeholders(name: str) -> None:
    texts = common_zh.TEXTS if name == "common" else catalogue(name)
    differ = [e for e, c in texts.items() if placeholders(e) != placeholders(c)]
    assert differ == []
