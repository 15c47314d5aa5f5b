"""Every refusal has a Chinese message (issue 19), checked on the source of each service
package present under services/ and of the kernel, not on the refusals some test
happened to provoke.

For each service: its definition declares its catalogue (``refusals_zh``); every refusal
in its source names a reason code written out; the service's catalogue or the kernel's
words every code and names every kind of thing it does not find; each Chinese (and
English) template uses only parameters the refusal gives; the catalogue holds no code
nobody raises and none the kernel words already (one source per message); and the
bounds of its request models (pydantic) are worded by the kernel.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import annotated_types as at
import pytest
from pydantic import BaseModel

from frontline.kernel.refusals_zh import KERNEL_ZH
from frontline.kernel.wording import Wording, placeholders
from frontline.testkit.refusal_sites import Site, refusal_sites

pytestmark = pytest.mark.unit

ROOT = Path(__file__).resolve().parents[2]
KERNEL = ROOT / "libs/kernel/src/frontline/kernel"


def service_packages() -> list[Path]:
    """Every service package present: services/<name>/src/frontline/<package>/service.py."""
    return sorted(p.parent for p in ROOT.glob("services/*/src/frontline/*/service.py"))


def service_wording(package: Path) -> Wording | None:
    module = importlib.import_module(f"frontline.{package.name}.service")
    wording: Wording | None = module.SERVICE.refusals_zh
    return wording


def problems_of(sites: list[Site], wording: Wording) -> list[str]:
    found = [f"{s.where}: {s.problem}" for s in sites if s.problem]
    for site in sites:
        if site.code is None:
            continue
        if site.kind:
            if wording.kind(site.code) == site.code:
                found.append(f"{site.where}: no Chinese name for the kind {site.code!r}")
            continue
        template = wording.template(site.code)
        if template is None:
            found.append(f"{site.where}: no Chinese message for {site.code}")
            continue
        if site.params is None:
            continue
        for language, text in (("Chinese", template), ("English", site.text)):
            unknown = placeholders(text or "") - site.params
            if unknown:
                found.append(
                    f"{site.where}: {site.code}'s {language} text uses {sorted(unknown)}, "
                    f"given {sorted(site.params)}"
                )
    return found


def modules(package: str) -> Iterator[Any]:
    root = importlib.import_module(package)
    yield root
    for info in pkgutil.walk_packages(root.__path__, package + "."):
        if not info.name.endswith("__main__"):
            yield importlib.import_module(info.name)


def constraint_reasons(model: type[BaseModel]) -> set[str]:
    """The pydantic error types the model's field bounds can raise, as reason codes."""
    reasons = set()
    for field in model.model_fields.values():
        text = field.annotation is str or field.annotation == (str | None)
        for bound in field.metadata:
            if isinstance(bound, at.Ge):
                reasons.add("GREATER_THAN_EQUAL")
            elif isinstance(bound, at.Gt):
                reasons.add("GREATER_THAN")
            elif isinstance(bound, at.Le):
                reasons.add("LESS_THAN_EQUAL")
            elif isinstance(bound, at.Lt):
                reasons.add("LESS_THAN")
            elif isinstance(bound, at.MaxLen):
                reasons.add("STRING_TOO_LONG" if text else "TOO_LONG_LIST")
            elif isinstance(bound, at.MinLen):
                reasons.add("STRING_TOO_SHORT" if text else "TOO_SHORT")
            for name, reason in (
                ("pattern", "STRING_PATTERN_MISMATCH"),
                ("max_digits", "DECIMAL_MAX_DIGITS"),
                ("decimal_places", "DECIMAL_MAX_PLACES"),
            ):
                if getattr(bound, name, None) is not None:
                    reasons.add(reason)
    return reasons


def models(package: str) -> set[type[BaseModel]]:
    return {
        value
        for module in modules(package)
        for value in vars(module).values()
        if inspect.isclass(value)
        and issubclass(value, BaseModel)
        and value.__module__ == module.__name__
    }


@pytest.mark.parametrize("package", service_packages(), ids=lambda p: p.name)
def test_every_refusal_of_the_service_has_a_chinese_message(package: Path) -> None:
    wording = service_wording(package)
    assert wording is not None, (
        f"{package.name}: its Service(...) declares no refusals_zh catalogue "
        f"(domain/refusals_zh.py, see docs/adding-a-service.md)"
    )
    sites = refusal_sites(package)
    assert sites, "the scanner found no refusal at all: is it still reading this package?"
    assert problems_of(sites, wording.over(KERNEL_ZH)) == []


@pytest.mark.parametrize("package", service_packages(), ids=lambda p: p.name)
def test_the_catalogue_holds_each_message_once_and_only_what_is_raised(package: Path) -> None:
    wording = service_wording(package)
    assert wording is not None
    raised = {s.code for s in refusal_sites(package) if s.code and not s.kind}
    named = {s.code for s in refusal_sites(package) if s.code and s.kind}
    assert sorted(set(wording.reasons) - raised) == [], "worded, but raised nowhere"
    assert sorted(set(wording.reasons) & set(KERNEL_ZH.reasons)) == [], "worded twice"
    assert sorted(set(wording.kinds) - named) == [], "named, but looked up nowhere"


@pytest.mark.parametrize("package", service_packages(), ids=lambda p: p.name)
def test_the_bounds_of_its_request_models_are_worded(package: Path) -> None:
    needed = {r for m in models(f"frontline.{package.name}") for r in constraint_reasons(m)}
    assert sorted(needed - set(KERNEL_ZH.reasons)) == []


# The kernel's status mapping names these codes itself (grpc/status.py): the general
# text of each status code, the retries, INTERNAL, and pydantic's error types.
KERNEL_STATUS_CODES = {
    "INVALID_ARGUMENT",
    "FAILED_PRECONDITION",
    "ALREADY_EXISTS",
    "ABORTED",
    "UNAUTHENTICATED",
    "PERMISSION_DENIED",
    "UNAVAILABLE",
    "RETRY_NOW",
    "SERVER_UNAVAILABLE",
    "INTERNAL",
    "NOT_FOUND",
    "CONCURRENCY_CONFLICT",
}


def test_every_refusal_of_the_kernel_has_a_chinese_message() -> None:
    # status.py turns pydantic's errors into violations named by their error type: those
    # codes are checked against the request models below, not written out there.
    sites = [s for s in refusal_sites(KERNEL) if not s.where.startswith("kernel/grpc/status.py")]
    assert problems_of(sites, KERNEL_ZH) == []
    assert sorted(KERNEL_STATUS_CODES - set(KERNEL_ZH.reasons)) == []


def test_the_kernel_catalogue_holds_only_what_is_raised() -> None:
    raised = {s.code for s in refusal_sites(KERNEL) if s.code and not s.kind}
    pydantic = {r for m in _all_service_models() for r in constraint_reasons(m)}
    other = set(KERNEL_ZH.reasons) - raised - KERNEL_STATUS_CODES - pydantic
    # Type errors a request model raises before any bound (pydantic's own types).
    assert other <= {
        "MISSING",
        "INT_TYPE",
        "INT_PARSING",
        "STRING_TYPE",
        "DATE_TYPE",
        "DATE_PARSING",
        "ENUM",
        "LITERAL_ERROR",
        "GREATER_THAN",
        "LESS_THAN",
        "STRING_TOO_SHORT",
        "TOO_SHORT",
        "TOO_LONG_LIST",
        "STRING_PATTERN_MISMATCH",
        "DECIMAL_MAX_DIGITS",
        "DECIMAL_MAX_PLACES",
    }, sorted(other)


def _all_service_models() -> set[type[BaseModel]]:
    return {m for p in service_packages() for m in models(f"frontline.{p.name}")}


def test_the_scanner_reports_a_refusal_without_a_chinese_message(tmp_path: Path) -> None:
    """The check above can fail: a new rule without a catalogue entry, a rule naming no
    code, a helper passing on a code its caller must write out."""
    package = tmp_path / "frontline_demo"
    package.mkdir()
    (package / "rules.py").write_text(
        "from frontline.kernel.errors import InvalidArgument, PreconditionFailed\n"
        "def require(value, reason):\n"
        "    if not value:\n"
        "        raise InvalidArgument.field('x', 'required', reason)\n"
        "def decide(state):\n"
        "    require(state.name, 'NAME_REQUIRED')\n"
        "    require(state.plan, f'{state.kind}_REQUIRED')\n"
        "    raise PreconditionFailed('QUORUM_NOT_MET', 'd-1', '{present} present', present=3)\n"
        "def legacy():\n"
        "    raise InvalidArgument.field('y', 'must be set')\n"
    )
    wording = Wording("demo", {"QUORUM_NOT_MET": "实到 {present} 人，应到 {due} 人"})
    found = problems_of(refusal_sites(package), wording.over(KERNEL_ZH))
    assert sorted(found) == [
        "frontline_demo/rules.py:10: names no reason code",
        "frontline_demo/rules.py:6: no Chinese message for NAME_REQUIRED",
        "frontline_demo/rules.py:7: its code is not written out",
        "frontline_demo/rules.py:8: QUORUM_NOT_MET's Chinese text uses ['due'], given ['present']",
    ]
