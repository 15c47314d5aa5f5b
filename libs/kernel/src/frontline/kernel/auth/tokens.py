"""Short-lived operator tokens: Ed25519-signed JWTs with roles and a scope (DESIGN.md §6)."""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Iterable
from pathlib import Path

import jwt
from cryptography.hazmat.primitives import serialization

from frontline.kernel.context import Principal
from frontline.kernel.errors import Unauthenticated

ALGORITHM = "EdDSA"


def issue_token(
    private_key_pem_path: Path | str,
    sub: str,
    roles: Iterable[str],
    scope: str,
    ttl_seconds: int = 3600,
    issuer: str = "frontline",
    audience: str = "frontline",
) -> str:
    now = int(time.time())
    claims = {
        "sub": sub,
        "roles": sorted(set(roles)),
        "scope": scope,
        "iat": now,
        "exp": now + ttl_seconds,
        "iss": issuer,
        "aud": audience,
    }
    key = Path(private_key_pem_path).read_bytes()
    return jwt.encode(claims, key, algorithm=ALGORITHM)


class TokenVerifier:
    """Verifies tokens with the county's public key; remembers tokens it already checked.

    Parsing the PEM and checking an Ed25519 signature on every call costs more than a
    whole command; an operator's token is reused for many calls until it expires.
    """

    CACHE_SIZE = 4096

    def __init__(self, public_key_pem: bytes, issuer: str, audience: str) -> None:
        self._key = serialization.load_pem_public_key(public_key_pem)
        self._issuer = issuer
        self._audience = audience
        self._verified: OrderedDict[str, tuple[Principal, float]] = OrderedDict()

    @classmethod
    def from_file(cls, path: Path, issuer: str, audience: str) -> TokenVerifier:
        return cls(path.read_bytes(), issuer, audience)

    def verify(self, token: str) -> Principal:
        cached = self._verified.get(token)
        if cached is not None:
            principal, expires = cached
            if time.time() < expires:
                self._verified.move_to_end(token)
                return principal
            del self._verified[token]
        principal, expires = self._check(token)
        self._verified[token] = (principal, expires)
        if len(self._verified) > self.CACHE_SIZE:
            self._verified.popitem(last=False)
        return principal

    def _check(self, token: str) -> tuple[Principal, float]:
        try:
            # Only EdDSA is accepted: "alg": "none" or an HMAC token signed with the
            # public key as secret are refused before any signature check.
            claims = jwt.decode(
                token,
                self._key,  # type: ignore[arg-type]
                algorithms=[ALGORITHM],
                audience=self._audience,
                issuer=self._issuer,
                options={"require": ["exp", "sub", "iss", "aud"]},
            )
        except jwt.ExpiredSignatureError as exc:
            raise Unauthenticated("token expired") from exc
        except jwt.InvalidAudienceError as exc:
            raise Unauthenticated("token is for another audience") from exc
        except jwt.InvalidIssuerError as exc:
            raise Unauthenticated("token from an unknown issuer") from exc
        except jwt.InvalidTokenError as exc:
            raise Unauthenticated(f"invalid token: {exc}") from exc
        roles = claims.get("roles", [])
        scope = claims.get("scope", "")
        if not isinstance(roles, list) or not isinstance(scope, str):
            raise Unauthenticated("invalid token: roles or scope malformed")
        principal = Principal(sub=str(claims["sub"]), roles=frozenset(map(str, roles)), scope=scope)
        return principal, float(claims["exp"])
