"""After erasure a cadre's pay is unreadable everywhere (DOMAIN.md "Income growth plan"):
sealed records lose their key, and pay stored in plain text before sealing existed
(RemunerationRecorded schema 1) is removed from the stored events and the read model —
by the erasure itself, or by migration 002 for people erased before it, which also
deletes every kept answer to a retried request that held a plain amount."""

from __future__ import annotations

import json
from importlib import resources

import asyncpg

from frontline.api.cadre.v1 import cadre_pb2 as pb
from frontline.cadre.runtime_ports import ports
from frontline.cadre.views import PayView
from frontline.kernel.ids import new_id

from .conftest import CadreStack  # type: ignore[import-not-found]

TOWNSHIP = "440781112"
VILLAGE = f"{TOWNSHIP}201"
# Everything a database dump could show of the cadres' pay.
EVERYWHERE = """
SELECT string_agg(t::text, ' ') FROM (
    SELECT data FROM events WHERE stream_id = $1
    UNION ALL SELECT response FROM idempotency WHERE response ->> 'stream_id' = $1
    UNION ALL SELECT to_jsonb(r) FROM remunerations r WHERE cadre_id = $1) t
"""


async def _erase(stack: CadreStack, cadre_id: str) -> None:
    await stack.stub.ErasePersonalData(
        pb.ErasePersonalDataRequest(cadre_id=cadre_id), metadata=stack.admin
    )


async def _store_plain_pay(
    db: asyncpg.Connection, cadre_id: str, yuan: str, answered: bool = False
) -> None:
    """2024's pay as the service stored it before sealing: a schema-1 event, its
    read-model row and (``answered``) the answer kept for a retried request."""
    data = {"year": 2024, "amount_yuan": yuan, "recorded_on": "2025-01-05"}
    version = await db.fetchval(
        "INSERT INTO events (stream_id, stream_type, version, event_id, event_type,"
        " schema_version, data, metadata)"
        " SELECT $1, 'cadre', max(version) + 1, $2::uuid, 'RemunerationRecorded', 1, $3::jsonb,"
        " '{}'::jsonb FROM events WHERE stream_id = $1 RETURNING version",
        cadre_id,
        new_id(),
        json.dumps(data),
    )
    answer = {
        "stream_id": cadre_id,
        "version": version,
        "events": [{"event_type": "RemunerationRecorded", "data": data, "version": version}],
    }
    if answered:
        await db.execute(
            "INSERT INTO idempotency (request_id, response) VALUES ($1, $2::jsonb)",
            new_id(),
            json.dumps(answer),
        )
    await db.execute(
        "INSERT INTO remunerations (cadre_id, year, township_code, legacy_amount_yuan)"
        " VALUES ($1, 2024, $2, $3::numeric)",
        cadre_id,
        TOWNSHIP,
        yuan,
    )


async def _records_of(stack: CadreStack, cadre_id: str, year: int) -> list[PayView]:
    found = await ports(stack.runtime).read.pay_records(TOWNSHIP, year)
    return [r for r in found if r.cadre_id == cadre_id]


async def test_pay_is_stored_sealed_and_unreadable_after_erasure(
    stack: CadreStack, db: asyncpg.Connection
) -> None:
    cadre_id = await stack.register(VILLAGE)
    await stack.stub.RecordRemuneration(
        pb.RecordRemunerationRequest(cadre_id=cadre_id, year=2025, amount_fen=5_123_457),
        metadata=stack.admin,
    )
    assert "51234.57" not in await db.fetchval(EVERYWHERE, cadre_id)
    [record] = await _records_of(stack, cadre_id, 2025)
    assert record.sealed_amount is not None
    paid = await ports(stack.runtime).vault.paid(record)
    assert paid is not None and str(paid.amount_yuan) == "51234.57"

    await _erase(stack, cadre_id)
    assert await ports(stack.runtime).vault.paid(record) is None


async def test_pay_stored_plain_before_sealing_is_read_then_removed_by_erasure(
    stack: CadreStack, db: asyncpg.Connection
) -> None:
    cadre_id = await stack.register(VILLAGE)
    await _store_plain_pay(db, cadre_id, "52345.67")
    # The stream loads with the old event lifted (upcasters.py), and the summary can
    # still read the amount while the person's key exists.
    await stack.stub.EvaluateCadre(
        pb.EvaluateCadreRequest(
            cadre_id=cadre_id,
            year=2024,
            grade=pb.EVALUATION_GRADE_COMPETENT,
            evaluated_on="2025-01-20",
        ),
        metadata=stack.admin,
    )
    legacy = PayView(cadre_id, 2024, TOWNSHIP, None, None)
    [record] = await _records_of(stack, cadre_id, 2024)
    assert record.legacy_amount_yuan is not None
    assert await ports(stack.runtime).vault.paid(record) is not None

    await _erase(stack, cadre_id)
    assert "52345.67" not in await db.fetchval(EVERYWHERE, cadre_id)
    assert await ports(stack.runtime).vault.paid(legacy) is None
    # The stream still loads: the lifted event has nothing left to read.
    reply = await stack.stub.GetCadre(pb.GetCadreRequest(cadre_id=cadre_id), metadata=stack.admin)
    assert reply.cadre.personal.status == pb.PERSONAL_DATA_STATUS_ERASED


async def test_migration_002_removes_the_plain_pay_of_people_erased_before_it(
    stack: CadreStack, db: asyncpg.Connection
) -> None:
    erased, kept = await stack.register(VILLAGE), await stack.register(VILLAGE)
    await _erase(stack, erased)
    # What an erasure before pay was sealed left behind, and a cadre not erased.
    await _store_plain_pay(db, erased, "53456.78", answered=True)
    await _store_plain_pay(db, kept, "54567.89", answered=True)
    assert "53456.78" in await db.fetchval(EVERYWHERE, erased)

    migration = resources.files("frontline.cadre.migrations") / "002_sealed_pay_and_objections.sql"
    await db.execute(migration.read_text(encoding="utf-8"))
    assert "53456.78" not in await db.fetchval(EVERYWHERE, erased)
    # The cadre not erased keeps their pay (readable while their key exists), but no
    # kept answer shows it any more.
    assert "54567.89" in await db.fetchval(EVERYWHERE, kept)
    answers = await db.fetchval(
        "SELECT coalesce(string_agg(response::text, ' '), '') FROM idempotency"
        " WHERE response ->> 'stream_id' = $1",
        kept,
    )
    assert "54567.89" not in answers
