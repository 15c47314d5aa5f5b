"""Notable events of a period, with their business dates, for the monthly briefing.

Elections held, decisions completed and posts filled: each a row dated on the day it
happened, beside the writes the topic's own projector makes (``registry`` runs both).
The briefing counts them per month or quarter (``briefing/notable.py``).
"""

from __future__ import annotations

from collections.abc import Callable

from frontline.headquarters.projection.ops import EventLike, Op, Projection, day

TOPIC = "organization.events.v1"
_NS = "cn.frontline.organization."

# (kind, the field holding its business date)
_KINDS = {
    "ElectionHeld": ("election_held", "held_on"),
    "DecisionClosed": ("decision_closed", "closed_on"),
    "SecretaryPostFilled": ("secretary_filled", "filled_on"),
    "RectificationSignedOff": ("weak_lax_signed_off", "signed_off_on"),
}


def notable(e: EventLike) -> Projection:
    kind, field = _KINDS[e.type.removeprefix(_NS).removesuffix(".v1")]
    on = day(e.data, field)
    if on is None:
        raise ValueError(f"{field} is missing")
    code = str(e.data.get("division_code") or "")
    op = Op(
        "INSERT INTO {s}.notable_events (event_id, kind, on_date, division_code)"
        " VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING",
        (e.event_id, kind, on, code),
    )
    return Projection([op], [code] if code else [], on)


HANDLERS: dict[str, Callable[[EventLike], Projection]] = {
    f"{_NS}{name}.v1": notable for name in _KINDS
}
