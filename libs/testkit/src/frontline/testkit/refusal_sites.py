"""Every place a package refuses a request, found in its source: which reason code it
names, which parameters it gives, which kind of thing it does not find.

The kernel's errors name their reason code as an argument (``errors.py``); so do the
package's own helpers that pass a code through (``require_text(value, field, text,
reason)``): a helper is found because it hands one of its parameters to a refusal, and
its callers become refusal sites in turn. A site whose code is not written out
(a variable, an f-string, no code at all) is reported as a problem: a code must be
stable and findable. A code may also be looked up in a module-level table of codes
written out (``_REFUSED_IN[status]``): each code of the table is then raised there.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from frontline.testkit.source_trees import parse_source


@dataclass(frozen=True)
class Arg:
    """Where a callable takes its reason code (or NotFound's kind) and its English text."""

    position: int
    keyword: str
    text_position: int | None = None
    default: str | None = None  # the code used when a call gives none
    kind: bool = False  # the argument is a NotFound kind, not a reason code


# The kernel's refusals (frontline.kernel.errors), by how they are called.
KERNEL_RAISERS: dict[str, Arg] = {
    "PreconditionFailed": Arg(0, "reason", text_position=2),
    "FieldViolation": Arg(2, "reason", text_position=1),
    "InvalidArgument.field": Arg(2, "reason", text_position=1),
    "AlreadyExists": Arg(1, "reason", text_position=0),
    "Unauthenticated": Arg(1, "reason", text_position=0),
    "PermissionDenied": Arg(2, "reason", text_position=0),
    "NotFound": Arg(0, "kind", kind=True),
    # frontline.kernel.authz: the looked-up record or NotFound(kind, ident).
    "found_in_scope": Arg(1, "kind", kind=True),
}


@dataclass(frozen=True)
class Site:
    where: str  # path:line
    code: str | None  # the reason code, or NotFound's kind
    kind: bool  # ``code`` is a NotFound kind
    params: frozenset[str] | None  # the parameters given (None: passed on with **)
    text: str | None = None  # the English template, when written out
    problem: str | None = None


def _callee(call: ast.Call) -> tuple[str, str | None]:
    """The called name (``InvalidArgument.field`` for the kernel's classmethod), and its
    last part as a helper would be called (``steps.require_status`` → require_status)."""
    func = call.func
    if isinstance(func, ast.Name):
        return func.id, func.id
    if isinstance(func, ast.Attribute):
        if isinstance(func.value, ast.Name) and func.value.id == "InvalidArgument":
            return f"InvalidArgument.{func.attr}", None
        return func.attr, func.attr
    return "", None


def _argument(call: ast.Call, arg: Arg) -> tuple[bool, ast.expr | None]:
    for keyword in call.keywords:
        if keyword.arg == arg.keyword:
            return True, keyword.value
    index = arg.position
    if 0 <= index < len(call.args) and not any(isinstance(a, ast.Starred) for a in call.args):
        return True, call.args[index]
    return False, None


def _params(call: ast.Call, arg: Arg) -> frozenset[str] | None:
    if any(k.arg is None for k in call.keywords):
        return None
    return frozenset(k.arg for k in call.keywords if k.arg and k.arg != arg.keyword)


def _text(call: ast.Call, arg: Arg) -> str | None:
    if arg.text_position is None or arg.text_position >= len(call.args):
        return None
    node = call.args[arg.text_position]
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _own_calls(node: ast.AST) -> Iterator[ast.Call]:
    """The calls in a function's (or module's) own code, not in functions nested in it."""
    for child in ast.iter_child_nodes(node):
        if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            continue
        if isinstance(child, ast.Call):
            yield child
        yield from _own_calls(child)


def _functions(tree: ast.Module) -> Iterator[ast.FunctionDef | ast.AsyncFunctionDef]:
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            yield node


def _parameters(function: ast.FunctionDef | ast.AsyncFunctionDef) -> tuple[list[str], int]:
    names = [a.arg for a in (*function.args.posonlyargs, *function.args.args)]
    shift = 1 if names and names[0] in ("self", "cls") else 0
    return names, shift


def _helper(function: ast.FunctionDef | ast.AsyncFunctionDef, name: str, arg: Arg) -> Arg | None:
    """``function`` as a refusal of its own, when it passes its parameter ``name`` on as
    the code (its callers then name the code)."""
    names, shift = _parameters(function)
    keyword_only = [a.arg for a in function.args.kwonlyargs]
    if name not in names and name not in keyword_only:
        return None
    position = names.index(name) - shift if name in names else 10_000
    default = None
    defaults = function.args.defaults
    if name in names and names.index(name) >= len(names) - len(defaults):
        node = defaults[names.index(name) - (len(names) - len(defaults))]
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            default = node.value
    return Arg(position, name, default=default, kind=arg.kind)


class _Package:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.files = {path: parse_source(path) for path in _sources(root)}
        self.tables = {path: _code_tables(tree) for path, tree in self.files.items()}
        self.raisers: dict[str, Arg] = dict(KERNEL_RAISERS)
        self.passed_on: dict[str, frozenset[str] | None] = {}  # helper → the params it adds
        self._find_helpers()

    def _find_helpers(self) -> None:
        found = True
        while found:
            found = False
            for tree in self.files.values():
                for function in _functions(tree):
                    if function.name in self.raisers:
                        continue
                    helper = self._passes_code_on(function)
                    if helper is not None:
                        self.raisers[function.name] = helper
                        found = True

    def _passes_code_on(self, function: ast.FunctionDef | ast.AsyncFunctionDef) -> Arg | None:
        for call in _own_calls(function):
            name, helper_name = _callee(call)
            arg = self.raisers.get(name) or self.raisers.get(helper_name or "")
            if arg is None:
                continue
            given, node = _argument(call, arg)
            if given and isinstance(node, ast.Name):
                helper = _helper(function, node.id, arg)
                if helper is not None:
                    self.passed_on[function.name] = _params(call, arg)
                    return helper
        return None

    def sites(self) -> list[Site]:
        found: list[Site] = []
        for path, tree in self.files.items():
            for function in _functions(tree):
                inside = function.name in self.passed_on or function.name in KERNEL_RAISERS
                for call in _own_calls(function):
                    found += self._sites(path, call, inside)
            for call in _own_calls(tree):
                found += self._sites(path, call, False)
        return sorted(found, key=lambda s: s.where)

    def _sites(self, path: Path, call: ast.Call, inside_helper: bool) -> list[Site]:
        name, helper_name = _callee(call)
        arg = KERNEL_RAISERS.get(name)
        if arg is None and helper_name is not None and helper_name not in KERNEL_RAISERS:
            arg = self.raisers.get(helper_name)
        if arg is None:
            return []
        where = f"{path.relative_to(self.root.parent)}:{call.lineno}"
        given, node = _argument(call, arg)
        params = _params(call, arg)
        if helper_name in self.passed_on and name not in KERNEL_RAISERS:
            added = self.passed_on[helper_name]
            params = None if params is None or added is None else params | added
        text = _text(call, arg)
        if given and isinstance(node, ast.Name) and inside_helper:
            return []  # the helper passes its caller's code on
        if given and isinstance(node, ast.Constant) and isinstance(node.value, str):
            return [Site(where, node.value, arg.kind, params, text)]
        table = (
            node.value.id
            if isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name)
            else None
        )
        if table in self.tables[path]:
            return [Site(where, code, arg.kind, params, text) for code in self.tables[path][table]]
        if not given and arg.default is not None:
            return [Site(where, arg.default, arg.kind, params, text)]
        problem = "names no reason code" if not given else "its code is not written out"
        return [Site(where, None, arg.kind, params, text, problem)]


def _code_tables(tree: ast.Module) -> dict[str, list[str]]:
    """Module-level dicts whose values are all strings written out: ``{name: [codes]}``."""
    tables = {}
    for statement in tree.body:
        target, value = None, None
        if isinstance(statement, ast.Assign) and len(statement.targets) == 1:
            target, value = statement.targets[0], statement.value
        elif isinstance(statement, ast.AnnAssign):
            target, value = statement.target, statement.value
        if not (isinstance(target, ast.Name) and isinstance(value, ast.Dict)):
            continue
        codes = [
            v.value
            for v in value.values
            if isinstance(v, ast.Constant) and isinstance(v.value, str)
        ]
        if codes and len(codes) == len(value.values):
            tables[target.id] = codes
    return tables


def _sources(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*.py") if "__pycache__" not in p.parts)


def refusal_sites(package_root: Path) -> list[Site]:
    """Every refusal in the package's source (nested functions and methods included)."""
    return _Package(package_root).sites()
