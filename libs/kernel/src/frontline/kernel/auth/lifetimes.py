"""How long a token may live, by role and for named service accounts (issue 13).

A person's token lives at most a working day (12 hours by default); a role may be
held to less (FRONTLINE_JWT_MAX_TTL_BY_ROLE). Only service accounts named in
FRONTLINE_JWT_SERVICE_ACCOUNTS may hold longer tokens, each up to its own limit.
Verification refuses a token whose ``exp - iat`` is longer than its holder may have,
so a 100-year token signed with the county's key is worth nothing.
"""

from __future__ import annotations

from collections.abc import Iterable

from pydantic_settings import BaseSettings, SettingsConfigDict

HOUR = 3600


class TokenLifetimes(BaseSettings):
    """``FRONTLINE_JWT_MAX_TTL_SECONDS``, ``…_MAX_TTL_BY_ROLE`` and ``…_SERVICE_ACCOUNTS``
    (the last two JSON objects: role or ``sub`` → seconds)."""

    model_config = SettingsConfigDict(env_prefix="FRONTLINE_JWT_", extra="ignore")

    max_ttl_seconds: int = 12 * HOUR
    max_ttl_by_role: dict[str, int] = {}
    service_accounts: dict[str, int] = {}

    def limit(self, sub: str, roles: Iterable[str]) -> int:
        """The longest lifetime (seconds) a token for ``sub`` with ``roles`` may have."""
        if sub in self.service_accounts:
            return self.service_accounts[sub]
        # A token is held to its strictest role: one role's limit is not widened by another.
        return min(
            [
                self.max_ttl_seconds,
                *(self.max_ttl_by_role.get(role, self.max_ttl_seconds) for role in roles),
            ]
        )
