"""The county's signing key and the admin token `make up` hands to operators."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

ADMIN_ROLES = ("county_admin",)
# A local stack is for trying things out; a year spares re-issuing tokens.
ADMIN_TOKEN_TTL_SECONDS = 365 * 24 * 3600


@dataclass(frozen=True)
class Credentials:
    private_key: Path
    public_key: Path
    admin_token: Path


def prepare_credentials(home: Path, county_code: str) -> Credentials:
    """Create the key pair (kept across runs) and a fresh admin token for the county."""
    from frontline.kernel.auth.keys import generate_keypair
    from frontline.kernel.auth.tokens import issue_token

    private_key, public_key = generate_keypair(home / "keys")
    token = issue_token(
        private_key,
        sub="local-admin",
        roles=ADMIN_ROLES,
        scope=county_code,
        ttl_seconds=ADMIN_TOKEN_TTL_SECONDS,
    )
    token_path = home / "admin.token"
    descriptor = os.open(token_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w") as out:
        out.write(token + "\n")
    return Credentials(private_key, public_key, token_path)
