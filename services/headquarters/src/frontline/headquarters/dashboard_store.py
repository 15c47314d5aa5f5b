"""Where dashboard sessions and sign-in tickets live: PostgreSQL, sealed.

The browser's cookie holds only a random session id, never the operator's token (a
token also works against gRPC; a session id works only here, and only until signing
out). Headquarters still needs the token behind a session: it re-verifies it on every
request, so a session ends when its token does, and forwards the operator's own writes
with it (``dashboard_orders.py``). It is kept in the database, not in one process, so
every headquarters instance (the city runs two) and a restarted one know the session,
and signing out ends it everywhere.

Each row is keyed by a hash of the browser's secret, and the token is sealed (AES-GCM)
under another key derived from that secret: the table alone — a dump, a backup — opens
nothing. The secret is 256 random bits, so plain SHA-256 derivations suffice.
A sign-in ticket is stored the same way; redeeming it deletes the row, so it works once.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import secrets
from typing import Protocol

import asyncpg
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

SESSIONS = "hq_dashboard_sessions"
TICKETS = "hq_dashboard_tickets"


class HasPool(Protocol):
    @property
    def pool(self) -> asyncpg.Pool: ...


def new_secret() -> str:
    return secrets.token_urlsafe(32)


def _derived(purpose: bytes, secret: str) -> bytes:
    return hashlib.sha256(b"frontline-dashboard-" + purpose + b":" + secret.encode()).digest()


def seal(secret: str, token: str) -> bytes:
    nonce = os.urandom(12)
    return nonce + AESGCM(_derived(b"key", secret)).encrypt(nonce, token.encode(), None)


def unseal(secret: str, sealed: bytes) -> str | None:
    try:
        return AESGCM(_derived(b"key", secret)).decrypt(sealed[:12], sealed[12:], None).decode()
    except InvalidTag:
        return None


class SessionStore:
    def __init__(self, db: HasPool) -> None:
        self.db = db

    async def open_session(self, token: str, subject: str, expires: dt.datetime) -> str:
        """A new session for ``token`` until ``expires``; returns the cookie's secret."""
        secret = new_secret()
        async with self.db.pool.acquire() as conn:
            # Signing in is rare: a good moment to forget what has expired.
            await conn.execute(f"DELETE FROM {SESSIONS} WHERE expires_at < now()")
            await conn.execute(
                f"INSERT INTO {SESSIONS} (id_hash, sealed_token, subject, expires_at)"
                " VALUES ($1, $2, $3, $4)",
                _derived(b"id", secret),
                seal(secret, token),
                subject,
                expires,
            )
        return secret

    async def session_token(self, secret: str) -> str | None:
        """The token behind a live session, or None (unknown, signed out, expired)."""
        sealed = await self.db.pool.fetchval(
            f"SELECT sealed_token FROM {SESSIONS} WHERE id_hash = $1 AND expires_at > now()",
            _derived(b"id", secret),
        )
        return None if sealed is None else unseal(secret, sealed)

    async def close_session(self, secret: str) -> None:
        await self.db.pool.execute(
            f"DELETE FROM {SESSIONS} WHERE id_hash = $1", _derived(b"id", secret)
        )

    async def issue_ticket(
        self, token: str, subject: str, issuer: str, expires: dt.datetime
    ) -> str:
        secret = new_secret()
        async with self.db.pool.acquire() as conn:
            await conn.execute(f"DELETE FROM {TICKETS} WHERE expires_at < now()")
            await conn.execute(
                f"INSERT INTO {TICKETS} (id_hash, sealed_token, subject, issued_by, expires_at)"
                " VALUES ($1, $2, $3, $4, $5)",
                _derived(b"id", secret),
                seal(secret, token),
                subject,
                issuer,
                expires,
            )
        return secret

    async def redeem_ticket(self, secret: str) -> str | None:
        """The ticket's token, once: the row is deleted as it is read."""
        row = await self.db.pool.fetchrow(
            f"DELETE FROM {TICKETS} WHERE id_hash = $1"
            " RETURNING sealed_token, expires_at > now() AS live",
            _derived(b"id", secret),
        )
        return None if row is None or not row["live"] else unseal(secret, row["sealed_token"])
