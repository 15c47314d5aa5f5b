"""What the stack tells its operator once it is up: the banner, the dashboard's sign-in
link and the gRPC addresses written to stack.env."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from frontline.stack.children import say
from frontline.stack.credentials import SIGN_IN_TTL_SECONDS, Credentials
from frontline.stack.ports import LOOPBACK
from frontline.stack.sign_in_link import sign_in_link


def grpc_target(ports: Sequence[int]) -> str:
    """The address a gRPC client dials: one instance, or all of them (the client
    fails over to the next when one is down)."""
    if len(ports) == 1:
        return f"{LOOPBACK}:{ports[0]}"
    return "ipv4:" + ",".join(f"{LOOPBACK}:{port}" for port in ports)


def sign_in_url(env: dict[str, str], credentials: Credentials) -> str:
    # A one-time ticket in the fragment, which the browser never sends to the server.
    admin_token = credentials.admin_token.read_text().strip()
    return sign_in_link(env["FRONTLINE_DASHBOARD_URL"], admin_token, credentials.dashboard_token)


def print_banner(env: dict[str, str], env_path: Path, home: Path) -> None:
    dashboard = env.get("FRONTLINE_DASHBOARD_URL", "not running (no headquarters service yet)")
    sign_in = env.get("FRONTLINE_DASHBOARD_SIGN_IN_URL")
    lines = [
        "Frontline is up. Ctrl-C stops everything.",
        f"  dashboard : {dashboard}",
        *(
            [
                f"  sign in   : {sign_in}",
                f"              (hq_viewer; opens once, within {SIGN_IN_TTL_SECONDS // 60} min; "
                "a fresh link is kept in the endpoints file)",
            ]
            if sign_in
            else []
        ),
        f"  Kafka     : {env['FRONTLINE_KAFKA_BOOTSTRAP']}",
        f"  admin JWT : {env['FRONTLINE_TOKEN_PATH']}",
        f"  endpoints : {env_path}",
        f"  logs      : start-up, warnings and errors below; every line (JSON) per service "
        f"in {home / 'logs'}, Kafka's in {home / 'data' / 'kafka'}",
    ]
    for line in lines:
        say(line)
