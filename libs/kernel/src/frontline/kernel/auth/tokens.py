"""Short-lived operator tokens: Ed25519-signed JWTs with roles and a scope (DESIGN.md §6)."""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Iterable, Mapping
from pathlib import Path

import jwt
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from frontline.kernel.auth.keyring import PublicKeyRing
from frontline.kernel.auth.keys import key_id, load_private_key
from frontline.kernel.auth.lifetimes import TokenLifetimes
from frontline.kernel.context import Principal
from frontline.kernel.errors import Unauthenticated

ALGORITHM = "EdDSA"
# Every claim a token must carry: without ``scope`` a token would act county-wide,
# without ``iat`` its lifetime could not be checked (issue 13).
REQUIRED_CLAIMS = ["exp", "iat", "sub", "iss", "aud", "roles", "scope"]
# A division code: county (6 digits), township (9) or village (12).
SCOPE_LENGTHS = (6, 9, 12)


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
    key = load_private_key(Path(private_key_pem_path))
    # The kid lets services pick the key while several are trusted during a rotation.
    return jwt.encode(claims, key, algorithm=ALGORITHM, headers={"kid": key_id(key.public_key())})


class TokenVerifier:
    """Verifies tokens with the county's public keys; remembers tokens it already checked.

    Checking an Ed25519 signature on every call costs more than a whole command; an
    operator's token is reused for many calls until it expires.
    """

    CACHE_SIZE = 4096

    def __init__(
        self,
        keys: PublicKeyRing,
        issuer: str,
        audience: str,
        lifetimes: TokenLifetimes | None = None,
    ) -> None:
        self._keys = keys
        self._issuer = issuer
        self._audience = audience
        self._lifetimes = lifetimes or TokenLifetimes()
        # token → (principal, expiry, kid of the key that verified it)
        self._verified: OrderedDict[str, tuple[Principal, float, str]] = OrderedDict()

    @classmethod
    def from_file(
        cls, path: Path, issuer: str, audience: str, check_seconds: float = 5.0
    ) -> TokenVerifier:
        return cls(PublicKeyRing(path, check_seconds), issuer, audience)

    def with_lifetimes(self, lifetimes: TokenLifetimes) -> TokenVerifier:
        """The same keys, another lifetime policy (settings read elsewhere, tests)."""
        return TokenVerifier(self._keys, self._issuer, self._audience, lifetimes)

    def verify(self, token: str) -> Principal:
        keys = self._keys.current()
        cached = self._verified.get(token)
        if cached is not None:
            principal, expires, kid = cached
            # A key removed from the file takes its tokens with it, verified before or not.
            if time.time() < expires and kid in keys:
                self._verified.move_to_end(token)
                return principal
            del self._verified[token]
        principal, expires, kid = self._check(token, keys)
        self._verified[token] = (principal, expires, kid)
        if len(self._verified) > self.CACHE_SIZE:
            self._verified.popitem(last=False)
        return principal

    def _check(
        self, token: str, keys: Mapping[str, Ed25519PublicKey]
    ) -> tuple[Principal, float, str]:
        mismatch: jwt.InvalidSignatureError | None = None
        for kid, key in _candidates(token, keys):
            try:
                return (*self._decode(token, key), kid)
            except jwt.InvalidSignatureError as exc:
                mismatch = exc  # a token without kid: try the next trusted key
        # Chained so callers (the dashboard's sign-in page) can tell a foreign key apart.
        raise Unauthenticated(
            "invalid token: signed by none of the keys this service trusts", "TOKEN_UNTRUSTED_KEY"
        ) from mismatch

    def _decode(self, token: str, key: Ed25519PublicKey) -> tuple[Principal, float]:
        try:
            # Only EdDSA is accepted: "alg": "none" or an HMAC token signed with the
            # public key as secret are refused before any signature check.
            claims = jwt.decode(
                token,
                key,
                algorithms=[ALGORITHM],
                audience=self._audience,
                issuer=self._issuer,
                options={"require": REQUIRED_CLAIMS},
            )
        except jwt.InvalidSignatureError:
            raise
        except jwt.ExpiredSignatureError as exc:
            raise Unauthenticated("token expired", "TOKEN_EXPIRED") from exc
        except jwt.InvalidAudienceError as exc:
            raise Unauthenticated("token is for another audience", "TOKEN_WRONG_AUDIENCE") from exc
        except jwt.InvalidIssuerError as exc:
            raise Unauthenticated("token from an unknown issuer", "TOKEN_UNKNOWN_ISSUER") from exc
        except jwt.InvalidAlgorithmError as exc:
            raise Unauthenticated("invalid token: {error}", "TOKEN_ALGORITHM", error=exc) from exc
        except jwt.MissingRequiredClaimError as exc:
            raise Unauthenticated(
                "invalid token: {error}", "TOKEN_MISSING_CLAIM", error=exc
            ) from exc
        except jwt.InvalidTokenError as exc:
            raise Unauthenticated("invalid token: {error}", "TOKEN_INVALID", error=exc) from exc
        principal = _principal(claims)
        lifetime = float(claims["exp"]) - float(claims["iat"])
        allowed = self._lifetimes.limit(principal.sub, principal.roles)
        if lifetime > allowed:
            raise Unauthenticated(
                "token lives {hours} h, longer than the {allowed} h allowed for its holder: "
                "ask for a new token",
                "TOKEN_TOO_LONG_LIVED",
                hours=f"{lifetime / 3600:.1f}",
                allowed=f"{allowed / 3600:.1f}",
            )
        return principal, float(claims["exp"])


def _principal(claims: Mapping[str, object]) -> Principal:
    roles, scope = claims["roles"], claims["scope"]
    # An empty list is a token that may do nothing (PERMISSION_DENIED on every call).
    if not isinstance(roles, list) or not all(isinstance(r, str) for r in roles):
        raise Unauthenticated(
            "invalid token: roles must be a list of role names", "TOKEN_BAD_ROLES"
        )
    if not isinstance(scope, str) or not scope.isdigit() or len(scope) not in SCOPE_LENGTHS:
        raise Unauthenticated(
            "invalid token: scope must be a division code (6, 9 or 12 digits)", "TOKEN_BAD_SCOPE"
        )
    return Principal(sub=str(claims["sub"]), roles=frozenset(roles), scope=scope)


def _candidates(
    token: str, keys: Mapping[str, Ed25519PublicKey]
) -> list[tuple[str, Ed25519PublicKey]]:
    """The key the token names by ``kid``; every trusted key for a token from before kids."""
    try:
        kid = jwt.get_unverified_header(token).get("kid")
    except jwt.InvalidTokenError as exc:
        raise Unauthenticated("invalid token: {error}", "TOKEN_INVALID", error=exc) from exc
    if kid is None:
        return list(keys.items())
    if not isinstance(kid, str) or kid not in keys:
        raise Unauthenticated(
            "token signed with a key this service does not trust (kid {kid}); ask for a new token",
            "TOKEN_UNTRUSTED_KEY",
            kid=repr(str(kid)[:32]),
        )
    return [(kid, keys[kid])]
