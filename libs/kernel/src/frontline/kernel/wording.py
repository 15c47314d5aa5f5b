"""Chinese wording of refusals: one catalogue per service, next to the rules it explains.

A refusal names a stable reason code (``errors.py``); a catalogue holds the zh-CN
template of each code over the refusal's parameters, and the Chinese names of the
things the service looks up (``NotFound`` kinds). A service's catalogue stands in
front of the kernel's (field conversion texts, authentication, authorization, not
found, conflicts): a code is worded in exactly one of them. Clients receive the text as
``google.rpc.LocalizedMessage`` (locale zh-CN) beside the English message, and the code
as ``ErrorInfo.reason`` so they can word it themselves (``grpc/status.py``).
"""

from __future__ import annotations

import datetime as dt
import string
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from enum import Enum
from typing import Any

from google.protobuf.descriptor import EnumValueDescriptor

from frontline.kernel.errors import Params

LOCALE = "zh-CN"


@dataclass(frozen=True)
class Wording:
    """The zh-CN templates of one domain's reason codes (``ErrorInfo.domain``)."""

    domain: str
    reasons: Mapping[str, str]
    # What a NotFound names, in Chinese: "org unit" → "党组织".
    kinds: Mapping[str, str] = field(default_factory=dict)
    # Domain words that parameters may carry (an enum's value, a post, a stage), in
    # Chinese: a parameter whose value is one of these words is shown by its name.
    terms: Mapping[str, str] = field(default_factory=dict)
    # The catalogue behind this one (a service's stands in front of the kernel's).
    behind: Wording | None = None

    def over(self, other: Wording) -> Wording:
        """This catalogue, falling back to ``other`` for codes it does not word."""
        return replace(self, behind=self.behind.over(other) if self.behind else other)

    def with_terms(self, terms: Mapping[str, str]) -> Wording:
        """This catalogue with more domain words (e.g. ``proto_terms`` of the API's enums)."""
        return replace(self, terms={**terms, **self.terms})

    def _chain(self) -> Iterator[Wording]:
        wording: Wording | None = self
        while wording is not None:
            yield wording
            wording = wording.behind

    def _find(self, reason: str) -> tuple[Wording, str] | None:
        return next(((w, w.reasons[reason]) for w in self._chain() if reason in w.reasons), None)

    def domain_of(self, reason: str) -> str:
        """The domain whose catalogue words ``reason`` (the first one's if none does)."""
        found = self._find(reason)
        return found[0].domain if found else self.domain

    def knows(self, reason: str) -> bool:
        return self._find(reason) is not None

    def template(self, reason: str) -> str | None:
        """The Chinese template of ``reason``, its placeholders unfilled."""
        found = self._find(reason)
        return found[1] if found else None

    def kind(self, kind: str) -> str:
        return next((w.kinds[kind] for w in self._chain() if kind in w.kinds), kind)

    def term(self, word: str) -> str:
        return next((w.terms[word] for w in self._chain() if word in w.terms), word)

    def message(self, reason: str, params: Params) -> str | None:
        """The Chinese text of a refusal; None when no catalogue words its code."""
        found = self._find(reason)
        if found is None:
            return None
        values = {name: self._shown(name, value) for name, value in params.items()}
        return _Lenient().vformat(found[1], (), values)

    def _shown(self, name: str, value: object) -> str:
        if name == "kind" and isinstance(value, str):
            return self.kind(value)
        if isinstance(value, Enum):
            return self.term(str(value.value))
        if isinstance(value, str):
            return self.term(value)
        if isinstance(value, bool):
            return "是" if value else "否"
        if isinstance(value, dt.date):
            return value.isoformat()
        if isinstance(value, float):
            return f"{value:g}"
        if isinstance(value, (list, tuple, set, frozenset)):
            return "、".join(self._shown(name, item) for item in _ordered(value))
        return str(value)


def _ordered(values: Iterable[Any]) -> list[Any]:
    return sorted(values, key=str) if isinstance(values, (set, frozenset)) else list(values)


class _Lenient(string.Formatter):
    """A placeholder without a value stays as written: a wording is never the reason a
    refusal fails (the structural test keeps templates and raise sites in step)."""

    def get_value(self, key: int | str, args: Any, kwargs: Mapping[str, Any]) -> Any:
        if isinstance(key, str) and key not in kwargs:
            return "{" + key + "}"
        return super().get_value(key, args, kwargs)


def placeholders(template: str) -> set[str]:
    """The parameter names a template uses."""
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def chinese_name(value: EnumValueDescriptor) -> str:
    """The Chinese name the API gives an enum value (``(frontline.api.i18n.v1.zh_cn)`` in
    proto/); "" for UNSPECIFIED."""
    from frontline.api.i18n.v1 import names_pb2

    extension: Any = names_pb2.zh_cn
    return str(value.GetOptions().Extensions[extension])


def proto_terms(*enums: Any) -> dict[str, str]:
    """The Chinese names of enum values by their domain spelling: ``ORG_LEVEL_VILLAGE``
    → ``{"village": "村"}``. ``enums`` are generated enum wrappers; one spelling may not
    have two names."""
    terms: dict[str, str] = {}
    for enum in enums:
        values = enum.DESCRIPTOR.values
        prefix = values[0].name.removesuffix("UNSPECIFIED")
        for value in values[1:]:
            word = value.name.removeprefix(prefix).lower()
            name = chinese_name(value)
            if terms.get(word, name) != name:
                raise ValueError(f"{word!r} is both {terms[word]!r} and {name!r}")
            terms[word] = name
    return terms
