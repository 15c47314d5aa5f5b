"""Requests of any shape for any RPC, drawn from its proto descriptor (Hypothesis).

Each field is usually given a plausible value and sometimes a hostile one, so that
many requests pass every check but one and reach the rules and the database behind
them. A field's name says what its strings hold (the protos keep one naming rule):
``*_id`` draws from the ids the service has answered with so far, ``*_on`` and
``as_of`` from dates, ``*code*`` from division codes; hostile values are dates far
off and misspelt, codes of other counties, control characters, odd scripts, lengths
at and past every limit (``frontline.kernel.convert``), numbers at the ends of their
type, enums past their last value, lists past their counts.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from google.protobuf.descriptor import Descriptor, FieldDescriptor
from google.protobuf.message import Message
from google.protobuf.message_factory import GetMessageClass
from hypothesis import strategies as st

from frontline.kernel import convert

Draw = st.SearchStrategy[Any]

_PAST_DATES = ["2026-11-30", "2026-06-01", "2025-09-26", "2025-01-02", "2024-02-29", "2021-07-01"]
_BIRTH_DATES = ["1980-01-01", "1975-06-15", "1990-12-31", "1969-10-01"]
# Out of the plausible range first: those are the ones a parser lets through.
_BAD_DATES = [
    "0001-01-01", "9999-12-31", "1899-12-31", "2101-01-01", "2030-01-01", "20240101",
    "2023-02-29", "2026-13-01", "2024-1-1", "２０２４-01-01", "2026-01-05T00:00", "",
]  # fmt: skip
_CODES = ["440781", "440781100", "440781101", "440781100201", "440781101001"]
_BAD_CODES = ["440782", "44078110", "4407811002011", "44", "abcdef", "４４０７８１", "440781\x00"]
_BAD_IDS = ["not an id", "00000000-0000-0000-0000-000000000000", "x" * 65, "a\x00b", ""]
_NAMES = ["第一党支部", "村民代表会议", "Road repair", "张三", "a"]
_LIMITS = [convert.NAME, convert.TITLE, convert.TEXT]
_ODD_TEXT = [
    "\x00", "a\x00b", "\x1f", "\x7f", "line\nbreak", "\u202e", "\uffff", "", " ",
    "😀" * 30, "Robert'); DROP TABLE events;--",
]  # fmt: skip
_INT_EDGES = [-1, 2**31 - 1, -(2**31), 1_000_001, 100_001, 0, 367, 101, 1948, 2101]
# A wrong check digit, a birth date that does not exist, one digit short.
_BAD_ID_NUMBERS = ["440781198001010012", "440781198002300010", "44078119800101001"]
_WORD = 40  # the longest answered text kept for requests to reuse
_PAGE_TOKENS = ["!!", "bzEwMA==", "bzk5OTk5OTk5OQ==", "bzE4NDQ2NzQ0MDczNzA5NTUxNjE2", "o1"]


def _usually(valid: Draw, hostile: Draw) -> Draw:
    """Valid seven times in eight: then a request often passes all checks but one (and
    shrinking, towards 0, leaves valid the fields that do not matter)."""
    return st.integers(0, 7).flatmap(lambda n: hostile if n == 7 else valid)


def _sized_text() -> Draw:
    """Text at and just past each limit, in a script of 3-byte UTF-8."""
    sizes = [n + d for n in _LIMITS for d in (1, 0)] + [20_000]
    return st.sampled_from(sizes).map(lambda n: "字" * n)


def _hostile_text() -> Draw:
    return st.one_of(st.sampled_from(_ODD_TEXT), _sized_text(), st.text(max_size=10))


def _kind_of_id(name: str) -> str:
    """``parent_unit_id`` and ``org_unit_id`` both name a unit: ids are kept by kind."""
    return "_".join(name.removesuffix("s").split("_")[-2:])


@dataclass
class Seen:
    """Values the service answered with: later requests reuse them to get past look-ups."""

    ids: defaultdict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    codes: list[str] = field(default_factory=lambda: list(_CODES))
    # Other short texts by field name: a word of a catalogue the service answered with
    # (a service line) is what a request's field of that name takes.
    words: defaultdict[str, list[str]] = field(default_factory=lambda: defaultdict(list))

    def harvest(self, message: Message) -> None:
        for descriptor, value in message.ListFields():
            if _is_map(descriptor):
                values = [v for v in value.values() if isinstance(v, Message)]
            else:
                values = list(value) if _is_repeated(descriptor) else [value]
            for item in values:
                if isinstance(item, Message):
                    self.harvest(item)
                elif isinstance(item, str) and item:
                    self.keep(descriptor.name, item)

    def keep(self, name: str, value: str) -> None:
        """``value`` of a field called ``name``, for later requests to draw."""
        if _is_id(name):
            kept = self.ids[_kind_of_id(name)]
            if value not in kept:
                kept.append(value)
        elif "code" in name:
            if value not in self.codes:
                self.codes.append(value)
        elif len(value) <= _WORD and value not in self.words[name] and not _is_date(name):
            self.words[name].append(value)

    def picked(self, pool: Callable[[], list[str]]) -> Draw:
        """One of the pool's values at the time of drawing (it grows as the run goes)."""

        def pick(index: int) -> str:
            values = pool()
            # Spread: Hypothesis draws small numbers far more often than large ones.
            return values[(index * 2_654_435_761) % 4_294_967_291 % len(values)] if values else ""

        return st.integers(0, 10_000).map(pick)

    def any_id(self, name: str) -> Draw:
        kind = _kind_of_id(name)
        return self.picked(lambda: self.ids[kind] or [i for ids in self.ids.values() for i in ids])


def _is_repeated(descriptor: FieldDescriptor) -> bool:
    return bool(descriptor.is_repeated)


def _is_map(descriptor: FieldDescriptor) -> bool:
    return (
        descriptor.type == FieldDescriptor.TYPE_MESSAGE
        and _is_repeated(descriptor)
        and bool(_message_type(descriptor).GetOptions().map_entry)
    )


def _message_type(descriptor: FieldDescriptor) -> Descriptor:
    kind = descriptor.message_type
    assert kind is not None, descriptor.full_name
    return kind


def _is_id(name: str) -> bool:
    return name == "id" or name.endswith("_id") or name.endswith("_ids")


def _is_date(name: str) -> bool:
    return name.endswith(("_on", "_date", "_from", "_to")) or name in ("as_of", "since", "term_end")


def resident_id(serial: int) -> str:
    """A resident ID number of the county (GB 11643: region, birth date, serial, check)."""
    body = f"44078119800101{serial:03d}"
    weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    total = sum(int(digit) * weight for digit, weight in zip(body, weights, strict=True))
    return body + "10X98765432"[total % 11]


def _string(name: str, seen: Seen) -> Draw:
    hostile = _hostile_text()
    if _is_id(name):
        return _usually(seen.any_id(name), st.one_of(st.sampled_from(_BAD_IDS), hostile))
    if _is_date(name):
        days = _BIRTH_DATES if "birth" in name else _PAST_DATES
        return _usually(st.sampled_from(days), st.sampled_from(_BAD_DATES))
    if "code" in name:
        return _usually(
            seen.picked(lambda: seen.codes), st.one_of(st.sampled_from(_BAD_CODES), hostile)
        )
    if name == "id_number":
        return _usually(st.integers(0, 999).map(resident_id), st.sampled_from(_BAD_ID_NUMBERS))
    if name.endswith("phone"):
        return _usually(st.sampled_from(["13800138000", "0762-1234567"]), _hostile_text())
    if name.endswith("token"):
        return _usually(st.just(""), st.one_of(st.sampled_from(_PAGE_TOKENS), hostile))
    return _usually(seen.picked(lambda: seen.words.get(name) or _NAMES), hostile)


_INT_RANGES = {
    FieldDescriptor.TYPE_INT32: (-(2**31), 2**31 - 1),
    FieldDescriptor.TYPE_SINT32: (-(2**31), 2**31 - 1),
    FieldDescriptor.TYPE_SFIXED32: (-(2**31), 2**31 - 1),
    FieldDescriptor.TYPE_INT64: (-(2**63), 2**63 - 1),
    FieldDescriptor.TYPE_SINT64: (-(2**63), 2**63 - 1),
    FieldDescriptor.TYPE_SFIXED64: (-(2**63), 2**63 - 1),
    FieldDescriptor.TYPE_UINT32: (0, 2**32 - 1),
    FieldDescriptor.TYPE_FIXED32: (0, 2**32 - 1),
    FieldDescriptor.TYPE_UINT64: (0, 2**64 - 1),
    FieldDescriptor.TYPE_FIXED64: (0, 2**64 - 1),
}


def _integer(name: str, kind: int) -> Draw:
    low, high = _INT_RANGES[kind]
    edges = [n for n in [*_INT_EDGES, low, high] if low <= n <= high]
    plausible = st.integers(2020, 2026) if name.split("_")[-1] == "year" else st.integers(0, 12)
    return _usually(plausible, st.sampled_from(edges))


def _scalar(descriptor: FieldDescriptor, seen: Seen, depth: int) -> Draw:
    kind = descriptor.type
    if kind == FieldDescriptor.TYPE_STRING:
        return _string(descriptor.name, seen)
    if kind in _INT_RANGES:
        return _integer(descriptor.name, kind)
    if kind == FieldDescriptor.TYPE_BOOL:
        return st.booleans()
    if kind in (FieldDescriptor.TYPE_DOUBLE, FieldDescriptor.TYPE_FLOAT):
        return st.floats(width=32 if kind == FieldDescriptor.TYPE_FLOAT else 64)
    if kind == FieldDescriptor.TYPE_BYTES:
        return st.binary(max_size=64)
    if kind == FieldDescriptor.TYPE_ENUM:
        assert descriptor.enum_type is not None
        numbers = [v.number for v in descriptor.enum_type.values]
        named = st.sampled_from([n for n in numbers if n] or numbers)
        return _usually(named, st.sampled_from([0, max(numbers) + 1, 999, -1]))
    if kind == FieldDescriptor.TYPE_MESSAGE:
        return messages(_message_type(descriptor), seen, depth + 1)
    raise NotImplementedError(f"field {descriptor.full_name} of type {kind}")


def _field(descriptor: FieldDescriptor, seen: Seen, depth: int) -> Draw:
    if _is_map(descriptor):
        entry = _message_type(descriptor)
        key = _scalar(entry.fields_by_name["key"], seen, depth)
        value = _scalar(entry.fields_by_name["value"], seen, depth)
        return st.dictionaries(key, value, max_size=3)
    one = _scalar(descriptor, seen, depth)
    if not _is_repeated(descriptor):
        return one
    # A few, or one short value many times over (counts are bounded too).
    many = _short(descriptor, seen).map(lambda v: [v] * 1001)
    return _usually(st.lists(one, max_size=3), many)


def _short(descriptor: FieldDescriptor, seen: Seen) -> Draw:
    if descriptor.type == FieldDescriptor.TYPE_STRING:
        return st.one_of(seen.any_id(descriptor.name), st.just("a"))
    if descriptor.type == FieldDescriptor.TYPE_MESSAGE:
        return st.just(GetMessageClass(_message_type(descriptor))())
    return _scalar(descriptor, seen, 0)


def _assign(message: Message, descriptor: FieldDescriptor, value: Any) -> None:
    target = getattr(message, descriptor.name)
    if _is_map(descriptor):
        for key, item in value.items():
            if isinstance(item, Message):
                target[key].CopyFrom(item)
            else:
                target[key] = item
    elif _is_repeated(descriptor):
        if descriptor.type == FieldDescriptor.TYPE_MESSAGE:
            for item in value:
                target.add().CopyFrom(item)
        else:
            target.extend(value)
    elif descriptor.type == FieldDescriptor.TYPE_MESSAGE:
        target.CopyFrom(value)
    else:
        setattr(message, descriptor.name, value)


def messages(descriptor: Descriptor, seen: Seen, depth: int = 0) -> st.SearchStrategy[Message]:
    """Messages of ``descriptor``'s type, every field drawn (nested messages too)."""
    cls = GetMessageClass(descriptor)
    if depth > 3:
        return st.just(cls())
    fields = {f.name: _field(f, seen, depth) for f in descriptor.fields}

    def build(values: dict[str, Any]) -> Message:
        message = cls()
        for name, value in values.items():
            _assign(message, descriptor.fields_by_name[name], value)
        return message

    return st.fixed_dictionaries(fields).map(build)
