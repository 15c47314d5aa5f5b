"""Stored cadre events of an older schema, lifted to the current one on load.

- ``RemunerationRecorded`` 1 → 2: schema 1 stored the amount in plain text. The
  store cannot seal it on load (an upcaster has no keys, and must not write), so the
  amount is carried as ``legacy_amount_yuan``: the vault reads it only while the
  person's key exists, and erasure removes it from the stored event and the read
  model (erasure.py; migration 002 for people erased before, and for every kept
  answer to a retried request).
  Recording that year's pay again replaces it with a sealed record.
- ``RemunerationSummaryPublished`` 1 → 2: schema 1 had a median (no longer kept) and
  no basis; such a township-year was published before corrections were counted and
  is never corrected (domain/small_groups.py).
"""

from __future__ import annotations

from frontline.kernel.upcasting import Payload, Upcasters

UPCASTERS = Upcasters()


@UPCASTERS.register("RemunerationRecorded", 1)
def remuneration_recorded_v1(data: Payload) -> Payload:
    # After erasure the stored event has lost its amount: nothing is left to read.
    return {
        "year": data["year"],
        "sealed_amount": None,
        "legacy_amount_yuan": data.get("amount_yuan"),
        "recorded_on": data["recorded_on"],
    }


@UPCASTERS.register("RemunerationSummaryPublished", 1)
def remuneration_summary_v1(data: Payload) -> Payload:
    kept = {key: value for key, value in data.items() if key != "median_yuan"}
    return {**kept, "basis": None}
