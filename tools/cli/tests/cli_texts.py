"""Every text the CLI shows an operator, found in its source and in its commands, so a
test can hold the Chinese catalogues to them (``tests/test_chinese.py``).

In the source: the English of ``say("…")``, the columns of ``table(…)`` and the field
names of ``record(…)`` where they are written out (or bound to a list written out in
the same function). In the commands: the help of every command and option.
"""

from __future__ import annotations

import ast
import importlib
import importlib.util
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import typer

from frontline.testkit.source_trees import parse_source


def _name(call: ast.Call) -> str:
    func = call.func
    if isinstance(func, ast.Name):
        return func.id
    return func.attr if isinstance(func, ast.Attribute) else ""


def _strings(node: ast.AST | None) -> Iterator[str]:
    if isinstance(node, (ast.List, ast.Tuple)):
        for item in node.elts:
            if isinstance(item, ast.Constant) and isinstance(item.value, str):
                yield item.value


def _labels(node: ast.AST | None) -> Iterator[str]:
    if isinstance(node, (ast.List, ast.Tuple)):
        for row in node.elts:
            if isinstance(row, ast.Tuple) and row.elts:
                first = row.elts[0]
                if isinstance(first, ast.Constant) and isinstance(first.value, str):
                    yield first.value


def _bound(function: ast.AST, node: ast.AST | None) -> ast.AST | None:
    """A list written out, or the one a name (or a comprehension over it) is bound to."""
    if isinstance(node, ast.ListComp) and node.generators:
        node = node.generators[0].iter
    if not isinstance(node, ast.Name):
        return node
    found = None
    for statement in ast.walk(function):
        if isinstance(statement, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == node.id for t in statement.targets
        ):
            found = statement.value
    return found


def _argument(call: ast.Call, index: int) -> ast.AST | None:
    return call.args[index] if len(call.args) > index else None


def source_texts(path: Path) -> set[str]:
    tree = parse_source(path)
    found: set[str] = set()
    scopes: list[ast.AST] = [tree, *(n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef))]
    for scope in scopes:
        for call in (n for n in ast.walk(scope) if isinstance(n, ast.Call)):
            name = _name(call)
            first = _argument(call, 0)
            if name == "say" and isinstance(first, ast.Constant) and isinstance(first.value, str):
                found.add(first.value)
            elif name == "table":
                found.update(_strings(_bound(scope, _argument(call, 1))))
            elif name == "record":
                found.update(_labels(_bound(scope, _argument(call, 1))))
    return found


def _imports(module: str) -> set[str]:
    """The CLI modules ``module`` imports, wherever (a command imports some only when it runs)."""
    spec = importlib.util.find_spec(module)
    assert spec is not None and spec.origin is not None
    found: set[str] = set()
    for node in ast.walk(parse_source(Path(spec.origin))):
        if isinstance(node, ast.ImportFrom) and node.module:
            if node.module == "frontline.cli":
                found.update(f"frontline.cli.{alias.name}" for alias in node.names)
            elif node.module.startswith("frontline.cli."):
                found.add(node.module)
    return found


def cli_modules(module: str) -> list[str]:
    """``module`` and every CLI module it brings in, its catalogues and the language aside."""
    seen, todo = set(), [module]
    while todo:
        current = todo.pop()
        if current in seen or current.endswith("_zh") or current == "frontline.cli.language":
            continue
        seen.add(current)
        todo.extend(_imports(current))
    return sorted(seen)


def module_texts(modules: list[str]) -> set[str]:
    found: set[str] = set()
    for module in modules:
        path = importlib.import_module(module).__file__
        assert path is not None
        found |= source_texts(Path(path))
    return found


def help_texts(command: Any) -> set[str]:
    """The help of a command (a click command of Typer's) and of everything under it."""
    found = {command.help} if command.help else set()
    for param in command.params:
        text = getattr(param, "help", None)
        if text:
            found.add(text)
    for sub in getattr(command, "commands", {}).values():
        found |= help_texts(sub)
    return found


def group_help_texts(module: str) -> set[str]:
    app: typer.Typer = importlib.import_module(module).app
    return help_texts(typer.main.get_group(app))
