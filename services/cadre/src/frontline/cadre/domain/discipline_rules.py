"""What the discipline service's answers and decisions mean for a cadre.

DOMAIN.md "Appointment" and "Case": an inspected candidate waits for the
integrity opinion (廉洁意见) the discipline service issues — nobody types it in; a
sanction that removes the cadre from a post is recorded here as leaving it
(dismissal); during a sanction's influence period (影响期) the cadre cannot be
nominated. The facts arrive on ``discipline.events.v1`` (reactions.py).
"""

from __future__ import annotations

from datetime import date

from frontline.cadre.domain import cadre_commands as cmd
from frontline.cadre.domain import cadre_events as ev
from frontline.cadre.domain.cadre_state import CadreState
from frontline.cadre.domain.guards import require_procedure, require_registered
from frontline.cadre.domain.vocabulary import Post
from frontline.kernel.decider import DomainEvent
from frontline.kernel.errors import PreconditionFailed

PARTY_POSTS: frozenset[Post] = frozenset({"secretary", "deputy_secretary", "committee_member"})
VILLAGE_COMMITTEE_POSTS: frozenset[Post] = frozenset(
    {"village_committee_head", "village_committee_member"}
)
# A party sanction takes party posts, a government sanction (政务处分) the village
# committee's; organizational handling (免职, 责令辞职, 降职) every post held.
POSTS_REMOVED: dict[str, frozenset[Post]] = {
    "party_sanction": PARTY_POSTS,
    "government_sanction": VILLAGE_COMMITTEE_POSTS,
}


def record_opinion(c: cmd.RecordIntegrityOpinion, s: CadreState) -> list[DomainEvent]:
    """The first opinion for a procedure stands; the same answer again changes nothing."""
    procedure = require_procedure(s, c.procedure_id)
    if procedure.integrity_opinion is not None:
        return []
    return [ev.IntegrityOpinionReceived(**c.model_dump())]


def _removed(c: cmd.RecordSanction, s: CadreState) -> list[DomainEvent]:
    """The posts the measure takes, among those held on the decision day."""
    posts = POSTS_REMOVED.get(c.measure_type)
    return [
        ev.CadreLeftPost(
            org_unit_id=unit_id,
            division_code=holding.division_code,
            post=post,
            reason="dismissal",
            left_on=c.decided_on,
        )
        for (unit_id, post), holding in sorted(s.posts.items())
        if (posts is None or post in posts) and holding.since <= c.decided_on
    ]


def record_sanction(c: cmd.RecordSanction, s: CadreState) -> list[DomainEvent]:
    require_registered(s)
    if (c.case_id, c.kind) in s.sanctions:
        return []  # recorded already: a sanction removes a cadre from a post once
    recorded = ev.SanctionRecorded(
        case_id=c.case_id,
        measure_type=c.measure_type,
        kind=c.kind,
        influence_ends_on=c.influence_ends_on,
        permanent=c.permanent,
        decided_on=c.decided_on,
    )
    return [recorded, *(_removed(c, s) if c.removes_from_post else [])]


def lift_sanction(c: cmd.LiftSanction, s: CadreState) -> list[DomainEvent]:
    """Revoked on appeal: the influence ends; a post it took is not given back (that
    needs a new appointment)."""
    require_registered(s)
    sanction = s.sanctions.get((c.case_id, c.kind))
    if sanction is None or sanction.lifted_on is not None:
        return []
    return [ev.SanctionLifted(case_id=c.case_id, kind=c.kind, lifted_on=c.revoked_on)]


def check_no_influence(s: CadreState, nominated_on: date) -> None:
    """DOMAIN.md "Appointment": no nomination within a sanction's influence period."""
    for sanction in s.sanctions.values():
        if not sanction.bars_nomination_on(nominated_on):
            continue
        if sanction.permanent:
            raise PreconditionFailed(
                "SANCTION_BARS_FOR_GOOD",
                f"cadre/{s.cadre_id}",
                "the cadre's sanction bars nomination permanently (影响期 without end)",
            )
        raise PreconditionFailed(
            "SANCTION_INFLUENCE",
            f"cadre/{s.cadre_id}",
            "the cadre is within a sanction's influence period (影响期) until {ends_on}",
            ends_on=sanction.influence_ends_on,
        )
