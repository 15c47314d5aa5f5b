"""Stored organization events of an older schema, lifted to the current one on load.

- ``DecisionDeliberated`` 1 → 2: a merged sitting (一肩挑) used to copy the
  committee's counts into the joint meeting's record; such records are marked
  ``record_copied_from_proposal`` so nobody reads them as the joint meeting's own.
- ``ResolutionPublished`` 1 → 2: the notice used to count from ``published_on``
  whenever it was recorded; ``notice_starts_on`` says so for those events (the
  stored ``notice_ends_on`` is what the timer used and stays as it was).
"""

from __future__ import annotations

from frontline.kernel.upcasting import Payload, Upcasters

UPCASTERS = Upcasters()


@UPCASTERS.register("DecisionDeliberated", 1)
def deliberated_v1(data: Payload) -> Payload:
    return {**data, "record_copied_from_proposal": bool(data.get("merged_with_proposal"))}


@UPCASTERS.register("ResolutionPublished", 1)
def resolution_published_v1(data: Payload) -> Payload:
    return {**data, "notice_starts_on": data["published_on"], "backfilled": False}
