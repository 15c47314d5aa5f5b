import cProfile, pstats, time, json, datetime as dt
import asyncpg
from frontline.headquarters.readmodel.ddl import create_read_model
from frontline.headquarters.projection.apply import apply_batch
from frontline.headquarters.testkit import meeting, headers
from frontline.kernel.inbound import parse_record
from aiokafka.structs import ConsumerRecord


async def test_profile(pg):
    dsn = await pg.create_database("prof")
    conn = await asyncpg.connect(dsn)
    await create_read_model(conn, "hq_next")
    today = dt.date.today()
    pubs = [
        meeting(f"u{v}", "440781101001", "theme_party_day", today - dt.timedelta(days=n))
        for v in range(60)
        for n in range(500)
    ]
    records = [
        ConsumerRecord(
            "t",
            0,
            i,
            0,
            0,
            p.key.encode(),
            p.event.model_dump_json().encode(),
            None,
            0,
            0,
            headers(p),
        )
        for i, p in enumerate(pubs)
    ]
    prof = cProfile.Profile()
    t0 = time.perf_counter()
    for i in range(0, len(records), 5000):
        events = [parse_record(r) for r in records[i : i + 5000]]
        async with conn.transaction():
            await apply_batch(conn, "hq_next", events)
    el = time.perf_counter() - t0
    print(f"\n{len(records) / el:.0f} events/s")
    pstats.Stats(prof).sort_stats("cumulative").print_stats(18)
    await conn.close()
