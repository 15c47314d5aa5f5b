"""`python -m frontline.stack up`: the local county stack in the foreground (`make up`)."""

from __future__ import annotations

import argparse
import asyncio
import os
import subprocess
import sys
from pathlib import Path

from frontline.stack.kafka_passwords import set_password
from frontline.stack.kafka_secrets import KafkaSecrets
from frontline.stack.paths import default_home, kafka_libs_dir
from frontline.stack.service_table import SERVICES
from frontline.stack.single_instance import StackAlreadyRunning, StackLock
from frontline.stack.stack_env import read_stack_env
from frontline.stack.supervisor import PortBusy, StackOptions, run_stack
from frontline.stack.waiting import NotReady


def parse_options(argv: list[str]) -> StackOptions:
    parser = argparse.ArgumentParser(prog="python -m frontline.stack")
    commands = parser.add_subparsers(dest="command", required=True)
    up = commands.add_parser("up", help="start Kafka, PostgreSQL and the services")
    up.add_argument("--home", type=Path, default=None, help="state folder (default .frontline)")
    names = ", ".join(spec.name for spec in SERVICES)
    up.add_argument("--services", default=None, help=f"comma list of {names}; 'none' for none")
    up.add_argument("--no-services", action="store_true", help="only Kafka and PostgreSQL")
    up.add_argument("--free-ports", action="store_true", help="free ports, not the defaults")
    up.add_argument("--keep-data", action="store_true", help="reuse the last run's data")
    up.add_argument("--no-seed", action="store_true", help="skip the demo seed (or SEED=0)")
    up.add_argument(
        "--replicas",
        default="",
        metavar="SERVICE=N,…",
        help="run N instances of a service (e.g. organization=2), sharing its database",
    )
    rotate = commands.add_parser(
        "kafka-password", help="create a Kafka principal or rotate its password (running stack)"
    )
    rotate.add_argument("principal", help="e.g. organization, operator")
    rotate.add_argument("--home", type=Path, default=None, help="state folder (default .frontline)")
    args = parser.parse_args(argv)
    if args.command == "kafka-password":
        raise SystemExit(kafka_password(args.principal, (args.home or default_home()).resolve()))
    services: tuple[str, ...] | None = None
    if args.no_services or args.services == "none":
        services = ()
    elif args.services:
        services = tuple(name.strip() for name in args.services.split(","))
        unknown = set(services) - {spec.name for spec in SERVICES}
        if unknown:
            parser.error(f"unknown service(s): {', '.join(sorted(unknown))}; known: {names}")
    try:
        replicas = parse_replicas(args.replicas)
    except ValueError as wrong:
        parser.error(str(wrong))
    return StackOptions(
        home=(args.home or default_home()).resolve(),
        services=services,
        free_ports=args.free_ports,
        keep_data=args.keep_data,
        seed=not args.no_seed and os.environ.get("SEED", "1") != "0",
        replicas=replicas,
    )


def parse_replicas(text: str) -> dict[str, int]:
    """``organization=2,cadre=3`` → ``{"organization": 2, "cadre": 3}``."""
    known = {spec.name for spec in SERVICES}
    replicas: dict[str, int] = {}
    for item in filter(None, (part.strip() for part in text.split(","))):
        name, _, count = item.partition("=")
        if name not in known:
            raise ValueError(
                f"--replicas: unknown service {name!r}; known: {', '.join(sorted(known))}"
            )
        if not count.isdigit() or not 1 <= int(count) <= 9:
            raise ValueError(f"--replicas: {item!r}: give a number of instances from 1 to 9")
        replicas[name] = int(count)
    return replicas


def kafka_password(principal: str, home: Path) -> int:
    """docs/runbook.md, "Kafka principals": restart the principal's service afterwards."""
    env_path = home / "stack.env"
    if not env_path.exists():
        print(f"no running stack: {env_path} is missing", file=sys.stderr)
        return 1
    bootstrap = read_stack_env(env_path)["FRONTLINE_KAFKA_BOOTSTRAP"]
    secrets = KafkaSecrets(home / "keys" / "kafka")
    set_password(kafka_libs_dir(), bootstrap, secrets, principal)
    print(f"{principal}: new password in {secrets.password_path(principal)}")
    return 0


def main(argv: list[str]) -> int:
    options = parse_options(argv)
    lock = StackLock(options.home)
    try:
        lock.acquire()
    except StackAlreadyRunning as refusal:
        print(refusal, file=sys.stderr)
        return 1
    try:
        status: int = asyncio.run(run_stack(options))
        return status
    except (PortBusy, NotReady, subprocess.CalledProcessError, RuntimeError) as failure:
        print(f"the stack did not start: {failure}", file=sys.stderr)
        return 1
    except (KeyboardInterrupt, asyncio.CancelledError):
        return 130
    finally:
        lock.release()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
