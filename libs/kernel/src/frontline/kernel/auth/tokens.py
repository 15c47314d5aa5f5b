"""Short-lived operator tokens: Ed25519-signed JWTs with roles and a scope (DESIGN.md §6)."""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Iterable, Mapping
from pathlib import Path

import jwt
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from frontline.kernel.auth.claims import decode_claims, principal_from
from frontline.kernel.auth.keyring import PublicKeyRing
from frontline.kernel.auth.keys import key_id, load_private_key
from frontline.kernel.auth.lifetimes import TokenLifetimes
from frontline.kernel.auth.oidc import OidcVerifier, unverified_issuer
from frontline.kernel.context import Principal
from frontline.kernel.errors import Unauthenticated

ALGORITHM = "EdDSA"
# The cache's mark for a token the identity provider signed (its keys are not in the file).
PROVIDER = "oidc-provider"
# Every claim a token must carry: without ``scope`` a token would act county-wide,
# without ``iat`` its lifetime could not be checked (issue 13).
REQUIRED_CLAIMS = ["exp", "iat", "sub", "iss", "aud", "roles", "scope"]


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
        oidc: OidcVerifier | None = None,
    ) -> None:
        self._keys = keys
        self._issuer = issuer
        self._audience = audience
        self._lifetimes = lifetimes or TokenLifetimes()
        # The county's identity provider, when it signs staff in (oidc.py).
        self.oidc = oidc
        # token → (principal, expiry, kid of the key that verified it)
        self._verified: OrderedDict[str, tuple[Principal, float, str]] = OrderedDict()

    @classmethod
    def from_file(
        cls, path: Path, issuer: str, audience: str, check_seconds: float = 5.0
    ) -> TokenVerifier:
        return cls(PublicKeyRing(path, check_seconds), issuer, audience)

    def with_lifetimes(self, lifetimes: TokenLifetimes) -> TokenVerifier:
        """The same keys, another lifetime policy (settings read elsewhere, tests)."""
        return TokenVerifier(self._keys, self._issuer, self._audience, lifetimes, self.oidc)

    def with_oidc(self, oidc: OidcVerifier | None) -> TokenVerifier:
        """The same keys, and the identity provider's tokens too."""
        return TokenVerifier(self._keys, self._issuer, self._audience, self._lifetimes, oidc)

    def verify(self, token: str) -> Principal:
        keys = self._keys.current()
        cached = self._verified.get(token)
        if cached is not None:
            principal, expires, kid = cached
            # A key removed from the file takes its tokens with it, verified before or not.
            if time.time() < expires and (kid == PROVIDER or kid in keys):
                self._verified.move_to_end(token)
                return principal
            del self._verified[token]
        if self.oidc is not None and unverified_issuer(token) == self.oidc.issuer:
            principal, expires, issued = self.oidc.verify(token)
            self._check_lifetime(principal, expires - issued)
            kid = PROVIDER
        else:
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
        # Only EdDSA is accepted: "alg": "none" or an HMAC token signed with the
        # public key as secret are refused before any signature check.
        claims = decode_claims(
            token, key, [ALGORITHM], self._audience, self._issuer, REQUIRED_CLAIMS
        )
        principal = principal_from(claims)
        self._check_lifetime(principal, float(claims["exp"]) - float(claims["iat"]))
        return principal, float(claims["exp"])

    def _check_lifetime(self, principal: Principal, lifetime: float) -> None:
        allowed = self._lifetimes.limit(principal.sub, principal.roles)
        if lifetime > allowed:
            raise Unauthenticated(
                "token lives {hours} h, longer than the {allowed} h allowed for its holder: "
                "ask for a new token",
                "TOKEN_TOO_LONG_LIVED",
                hours=f"{lifetime / 3600:.1f}",
                allowed=f"{allowed / 3600:.1f}",
            )


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
