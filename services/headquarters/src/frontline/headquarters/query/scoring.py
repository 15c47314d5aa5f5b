"""The 0–100 score: a weighted mean of inputs that each reached a share 0..1.

Inputs without data are left out and the remaining weights renormalised, so a
pillar is never scored on invented numbers; SCORING.md documents the formula.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from frontline.headquarters.query.models import ScoreInput


@dataclass(frozen=True)
class RawInput:
    key: str
    label: str
    value: float | None
    weight: float


def share(part: float, whole: float) -> float | None:
    return None if whole <= 0 else max(0.0, min(1.0, part / whole))


def toward(value: float | None, target: float) -> float | None:
    """How far ``value`` got toward ``target`` (full marks at or above it)."""
    if value is None or target <= 0:
        return None
    return max(0.0, min(1.0, value / target))


def score_inputs(
    raw: Sequence[RawInput], previous: Sequence[RawInput] | None = None
) -> tuple[float | None, list[ScoreInput]]:
    """The score and each input's points (and change in points against ``previous``)."""
    points = _points(raw)
    before = _points(previous) if previous is not None else {}
    inputs = [
        ScoreInput(
            key=r.key,
            label=r.label,
            value=r.value,
            weight=r.weight,
            points=_round(points.get(r.key)),
            delta_points=_round(_minus(points.get(r.key), before.get(r.key)))
            if previous is not None
            else None,
            has_data=r.value is not None,
        )
        for r in raw
    ]
    total = sum(points.values()) if points else None
    return _round(total), inputs


def score_of(raw: Sequence[RawInput]) -> float | None:
    """The score alone (``score_inputs``'s first value), for rankings and trend points."""
    points = _points(raw)
    return _round(sum(points.values())) if points else None


def _points(raw: Sequence[RawInput]) -> dict[str, float]:
    known = [r for r in raw if r.value is not None and r.weight > 0]
    weight = sum(r.weight for r in known)
    if weight <= 0:
        return {}
    return {r.key: 100.0 * r.weight * (r.value or 0.0) / weight for r in known}


def combine(scores: Sequence[tuple[float | None, float]]) -> float | None:
    """Combined score: pillar scores weighted, pillars without data left out."""
    known = [(s, w) for s, w in scores if s is not None and w > 0]
    weight = sum(w for _, w in known)
    return _round(sum(s * w for s, w in known) / weight) if weight else None


def _minus(a: float | None, b: float | None) -> float | None:
    if a is None and b is None:
        return None
    return (a or 0.0) - (b or 0.0)


def _round(x: float | None) -> float | None:
    return None if x is None else round(x, 1)
