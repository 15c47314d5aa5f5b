"""Row 4: the headquarters rebuild rate from Kafka (latency is in bench/latency.py).

Rebuild: the headquarters' own benchmark helper (frontline.headquarters.bench)
produces a synthetic county's contract events (meetings and appointments, real
`frontline.contracts` models with CloudEvents headers) straight onto fresh topics,
untimed, then times the Rebuilder reading them all from the beginning into a new
read model and swapping it in.
"""

from __future__ import annotations

from bench.servers import Servers


async def rebuild_rate(servers: Servers, prefix: str, events: int) -> float:
    from bench.hq_rebuild import rebuild_events_per_second

    dsn = await servers.database("bench_rebuild")
    return await rebuild_events_per_second(servers.kafka_bootstrap, dsn, prefix, events)
