"""`python -m bench.hq_stack [HOME] [--burst|--burst-only]`: the headquarters rows against a running stack.

For profiling and before/after comparisons on a stack started with
`python -m frontline.stack up --free-ports --home HOME` (default `.frontline`), which
seeds the demo county: reads HOME/stack.env for the endpoints, the admin token and
the signing key, then prints the same query rows as `make bench`; with `--burst`
also the burst row (its meetings stay in the county), with `--burst-only` that alone.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from pathlib import Path

import grpc

from bench.hq_queries import HeadquartersClient
from bench.hq_suite import burst_row, query_rows
from bench.table import render
from frontline.cli.demo_plan import plan_county
from frontline.kernel import loop
from frontline.testkit.runtime import SigningKeys


def stack_env(home: Path) -> dict[str, str]:
    env = {}
    for line in (home / "stack.env").read_text().splitlines():
        if line and not line.startswith("#") and "=" in line:
            key, value = line.split("=", 1)
            env[key] = value
    return env


async def run(env: dict[str, str], token: str, queries: bool, with_burst: bool) -> str:
    keys = SigningKeys(
        Path(env["FRONTLINE_JWT_PRIVATE_KEY_PATH"]), Path(env["FRONTLINE_JWT_PUBLIC_KEY_PATH"])
    )
    async with (
        grpc.aio.insecure_channel(env["FRONTLINE_HEADQUARTERS_GRPC"]) as channel,
        HeadquartersClient(channel, env["FRONTLINE_DASHBOARD_URL"], token) as client,
    ):
        rows = await query_rows(client) if queries else []
        if with_burst:
            # `frontline demo seed`'s defaults: seed 1, 200 villages (codes do not move by date).
            plan = plan_county(1, dt.date.today())
            org = env["FRONTLINE_ORGANIZATION_GRPC"]
            hq_dsn = env["FRONTLINE_HEADQUARTERS_DATABASE_URL"]
            rows.append(await burst_row(client, org, hq_dsn, plan, keys))
        return render(rows)


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    home = Path(args[0] if args else os.environ.get("FRONTLINE_HOME", ".frontline"))
    env = stack_env(home)
    token = Path(env["FRONTLINE_TOKEN_PATH"]).read_text().strip()
    only_burst = "--burst-only" in sys.argv
    print(loop.run(run(env, token, not only_burst, only_burst or "--burst" in sys.argv)))


if __name__ == "__main__":
    main()
