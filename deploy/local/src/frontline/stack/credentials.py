"""The county's signing key and the tokens `make up` hands to operators.

The admin token is for the CLI; the read-only ``hq_viewer`` token goes into the
dashboard's sign-in link, so opening the link shows the county without handing the
browser a token that could change anything.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

ADMIN_ROLES = ("county_admin",)
DASHBOARD_ROLES = ("hq_viewer",)
# A local stack is for trying things out; a year spares re-issuing tokens.
ADMIN_TOKEN_TTL_SECONDS = 365 * 24 * 3600


@dataclass(frozen=True)
class Credentials:
    private_key: Path
    public_key: Path
    admin_token: Path
    # A read-only token for the dashboard's sign-in link; empty where no dashboard runs.
    dashboard_token: str = ""


def prepare_credentials(home: Path, county_code: str) -> Credentials:
    """Create the key pair (kept across runs) and fresh admin and dashboard tokens."""
    from frontline.kernel.auth.keys import generate_keypair
    from frontline.kernel.auth.tokens import issue_token

    private_key, public_key = generate_keypair(home / "keys")

    def county_token(sub: str, roles: tuple[str, ...]) -> str:
        return issue_token(
            private_key,
            sub=sub,
            roles=roles,
            scope=county_code,
            ttl_seconds=ADMIN_TOKEN_TTL_SECONDS,
        )

    token = county_token("local-admin", ADMIN_ROLES)
    token_path = home / "admin.token"
    descriptor = os.open(token_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w") as out:
        out.write(token + "\n")
    return Credentials(
        private_key, public_key, token_path, county_token("local-hq-viewer", DASHBOARD_ROLES)
    )
