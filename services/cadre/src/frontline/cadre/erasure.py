"""What erasing a cadre's personal data removes, written with the PersonalDataErased
event (DESIGN.md §6, DOMAIN.md "Income growth plan").

Destroying the person's key is the erasure: the sealed personal fields and every
sealed pay record, in stored events, read model and recorded answers, can no longer
be opened. The ID-number index row goes so the person is no longer recognisable.
Pay stored in plain text before it was sealed (RemunerationRecorded schema 1) has no
key to destroy, so it is removed outright from the stored events and the read model
(the answers kept for retried requests that held it were deleted by migration 002).
"""

from __future__ import annotations

from frontline.kernel.ops import Op

_STATEMENTS = (
    "DELETE FROM subject_keys WHERE subject_id = $1",
    "DELETE FROM cadre_identities WHERE cadre_id = $1",
    "UPDATE events SET data = data - 'amount_yuan' WHERE stream_id = $1"
    " AND event_type = 'RemunerationRecorded' AND schema_version = 1",
    "UPDATE remunerations SET legacy_amount_yuan = NULL WHERE cadre_id = $1",
)


def erasure_ops(cadre_id: str) -> list[Op]:
    return [Op(sql, (cadre_id,)) for sql in _STATEMENTS]
