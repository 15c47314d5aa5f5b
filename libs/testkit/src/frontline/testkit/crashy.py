"""A process that issues counter commands while its relay publishes: killed by tests.

Request ids are deterministic, so a restarted run re-issues every command and the
ones that committed before the kill replay instead of appending again.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from pathlib import Path

from frontline.kernel.context import CallContext, Principal
from frontline.kernel.logs import configure_logging
from frontline.testkit.counter import Increment, counter, publish
from frontline.testkit.runtime import SigningKeys, make_runtime

STREAMS = 8


async def main(args: argparse.Namespace) -> None:
    keys = SigningKeys(Path(args.keys) / "county.key.pem", Path(args.keys) / "county.pub.pem")
    runtime = make_runtime("test", args.dsn, args.bootstrap, args.prefix, keys)
    runtime.register(counter, publish=publish)
    configure_logging("crashy", "INFO", sys.stderr)
    async with runtime.started():
        sys.stdout.write("started\n")
        sys.stdout.flush()

        async def stream_worker(stream: int) -> None:
            for i in range(stream, args.commands, STREAMS):
                ctx = CallContext(Principal("crashy"), request_id=f"{args.prefix}cmd-{i}")
                await runtime.commands.execute(counter, f"counter-{stream}", Increment(by=1), ctx)

        await asyncio.gather(*(stream_worker(s) for s in range(STREAMS)))
        while await runtime.pool.fetchval("SELECT count(*) FROM outbox"):
            await asyncio.sleep(0.05)
        sys.stdout.write("done\n")
        sys.stdout.flush()


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    for name in ("dsn", "bootstrap", "prefix", "keys"):
        parser.add_argument(f"--{name}", required=True)
    parser.add_argument("--commands", type=int, default=2000)
    asyncio.run(main(parser.parse_args()))
