"""Sign-in links for tests and benchmarks, made as an administrator makes them: a
one-time ticket the dashboard issues to a ``county_admin`` (``POST /login/tickets``)."""

from __future__ import annotations

import aiohttp

from frontline.testkit.runtime import SigningKeys


async def ticket_path(site: str, keys: SigningKeys, token: str, county: str = "440781") -> str:
    """``/login#ticket=…`` for ``token``; ``site`` is ``http://host:port``."""
    admin = keys.token(["county_admin"], scope=county, sub="link-maker")
    async with (
        aiohttp.ClientSession() as http,
        http.post(
            f"{site}/login/tickets",
            json={"token": token},
            headers={"Authorization": f"Bearer {admin}"},
        ) as answer,
    ):
        assert answer.status == 200, await answer.text()
        return str((await answer.json())["path"])


async def sign_in_link(
    site: str, keys: SigningKeys, roles: list[str], scope: str = "440781", ttl: int = 600
) -> str:
    """The full link for a fresh token with ``roles`` and ``scope``."""
    return site + await ticket_path(site, keys, keys.token(roles, scope=scope, ttl=ttl))
