"""The county's signing key and the tokens `make up` hands to operators.

The admin token is for the CLI; the read-only ``hq_viewer`` token goes into the
dashboard's sign-in link, so opening the link shows the county without handing the
browser a token that could change anything.

Both are as short-lived as the services allow a person's token to be (kernel
``TokenLifetimes``: 12 hours): the supervisor issues fresh ones while it runs
(``refresh_tokens``), so a stack kept up for days still has a working CLI, and the
link printed at start is worth a few minutes only (issue 13). For a token of your
own: ``frontline token issue --sub NAME --role ROLE --scope CODE --ttl SECONDS``.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, replace
from pathlib import Path

ADMIN_ROLES = ("county_admin",)
DASHBOARD_ROLES = ("hq_viewer",)
# A person's working day, the most the services accept for a person.
ADMIN_TOKEN_TTL_SECONDS = 12 * 3600
# The sign-in link is printed to the console: it is for opening right away.
SIGN_IN_TTL_SECONDS = 15 * 60
# How often the supervisor re-issues both, well within the shorter lifetime.
REFRESH_SECONDS = 5 * 60


@dataclass(frozen=True)
class Credentials:
    private_key: Path
    public_key: Path
    admin_token: Path
    county_code: str
    # A read-only token for the dashboard's sign-in link; empty where no dashboard runs.
    dashboard_token: str = ""


def _county_token(
    private_key: Path, county_code: str, sub: str, roles: tuple[str, ...], ttl: int
) -> str:
    from frontline.kernel.auth.tokens import issue_token

    return issue_token(private_key, sub=sub, roles=roles, scope=county_code, ttl_seconds=ttl)


def refresh_tokens(credentials: Credentials) -> Credentials:
    """Write a fresh admin token (owner-only file) and make a fresh sign-in token."""
    token = _county_token(
        credentials.private_key, credentials.county_code, "local-admin", ADMIN_ROLES,
        ADMIN_TOKEN_TTL_SECONDS,
    )  # fmt: skip
    partial = credentials.admin_token.with_suffix(".partial")
    descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w") as out:
        out.write(token + "\n")
    partial.replace(credentials.admin_token)  # a CLI reading it never sees half a token
    viewer = _county_token(
        credentials.private_key, credentials.county_code, "local-hq-viewer", DASHBOARD_ROLES,
        SIGN_IN_TTL_SECONDS,
    )  # fmt: skip
    return replace(credentials, dashboard_token=viewer)


def prepare_credentials(home: Path, county_code: str) -> Credentials:
    """Create the key pair (kept across runs) and fresh admin and dashboard tokens."""
    from frontline.kernel.auth.keys import generate_keypair

    private_key, public_key = generate_keypair(home / "keys")
    return refresh_tokens(Credentials(private_key, public_key, home / "admin.token", county_code))
