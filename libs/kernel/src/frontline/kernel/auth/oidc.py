"""Tokens from the county's OpenID Connect provider, verified through its published keys.

A county signs its staff in at its own identity provider (issue 13). A service accepts
the provider's JWT access tokens beside the county's Ed25519 tokens (kept for service
accounts and the local stack): a token whose ``iss`` is the configured provider is
checked with the key its ``kid`` names in the provider's JWKS — found through the
provider's discovery document, cached for ``FRONTLINE_OIDC_JWKS_CACHE_SECONDS``, and
fetched again when a token names a key not yet seen (a rotation), at most once per
``FRONTLINE_OIDC_JWKS_REFRESH_COOLDOWN_SECONDS`` so made-up kids cannot flood the
provider. What the person may do comes from two claims named by settings: the roles
(``FRONTLINE_OIDC_ROLES_CLAIM``, a list or a space-separated string, translated by
``FRONTLINE_OIDC_ROLE_MAP`` when the directory names roles its own way) and the
division code of the scope (``FRONTLINE_OIDC_SCOPE_CLAIM``). Both are required, as in
the county's own tokens: without a scope a token would act county-wide.
"""

from __future__ import annotations

import json
import threading
import urllib.request
from collections.abc import Mapping
from typing import Any

import jwt
from pydantic_settings import BaseSettings, SettingsConfigDict

from frontline.kernel.auth.claims import decode_claims, principal_from
from frontline.kernel.context import Principal
from frontline.kernel.errors import Unauthenticated

# Asymmetric only: an HMAC "token" keyed with something public is never accepted.
ALGORITHMS = ["RS256", "PS256", "ES256", "EdDSA"]


class OidcSettings(BaseSettings):
    """``FRONTLINE_OIDC_*``; OpenID Connect is off while ``issuer`` is empty."""

    model_config = SettingsConfigDict(env_prefix="FRONTLINE_OIDC_", extra="ignore")

    issuer: str = ""
    # The ``aud`` the provider puts in access tokens for Frontline's services.
    audience: str = "frontline"
    roles_claim: str = "frontline_roles"
    scope_claim: str = "division"
    # Directory role → Frontline role; empty: the directory uses Frontline's names.
    role_map: dict[str, str] = {}
    jwks_cache_seconds: float = 300
    jwks_refresh_cooldown_seconds: float = 30
    # Clients registered at the provider: the dashboard's (authorization code + PKCE)
    # and the CLI's (device authorization grant). Both are public clients.
    dashboard_client_id: str = "frontline-dashboard"
    cli_client_id: str = "frontline-cli"

    @property
    def enabled(self) -> bool:
        return bool(self.issuer)


def discover(issuer: str, timeout: float = 10) -> dict[str, Any]:
    """The provider's discovery document (``/.well-known/openid-configuration``)."""
    url = issuer.rstrip("/") + "/.well-known/openid-configuration"
    try:
        with urllib.request.urlopen(url, timeout=timeout) as answer:
            document = json.load(answer)
    except (OSError, ValueError) as exc:
        raise Unauthenticated(
            "the identity provider {issuer} cannot be reached: {error}",
            "OIDC_PROVIDER_UNREACHABLE",
            issuer=issuer,
            error=exc,
        ) from exc
    if document.get("issuer") != issuer:
        raise Unauthenticated(
            "the identity provider at {issuer} names another issuer",
            "OIDC_PROVIDER_UNREACHABLE",
            issuer=issuer,
            error="",
        )
    return dict(document)


class OidcVerifier:
    def __init__(self, settings: OidcSettings) -> None:
        self.settings = settings
        self._keys: jwt.PyJWKClient | None = None
        self._lock = threading.Lock()

    @property
    def issuer(self) -> str:
        return self.settings.issuer

    def _jwks(self) -> jwt.PyJWKClient:
        with self._lock:
            if self._keys is None:
                self._keys = jwt.PyJWKClient(
                    str(discover(self.issuer)["jwks_uri"]),
                    lifespan=self.settings.jwks_cache_seconds,
                    cooldown_duration=self.settings.jwks_refresh_cooldown_seconds,
                    timeout=10,
                )
            return self._keys

    def claims(self, token: str, audience: str, required: list[str]) -> dict[str, Any]:
        """The verified claims of a provider token for ``audience`` (an access token for
        the services, an ID token for a client)."""
        try:
            key = self._jwks().get_signing_key_from_jwt(token)
        except jwt.PyJWKClientConnectionError as exc:
            raise Unauthenticated(
                "the identity provider {issuer} cannot be reached: {error}",
                "OIDC_PROVIDER_UNREACHABLE",
                issuer=self.issuer,
                error=exc,
            ) from exc
        except (jwt.PyJWKClientError, jwt.DecodeError) as exc:
            raise Unauthenticated(
                "token signed with a key the identity provider does not publish",
                "TOKEN_UNTRUSTED_KEY",
            ) from exc
        try:
            return decode_claims(token, key.key, ALGORITHMS, audience, self.issuer, required)
        except jwt.InvalidSignatureError as exc:
            raise Unauthenticated(
                "invalid token: the identity provider's signature does not match",
                "TOKEN_UNTRUSTED_KEY",
            ) from exc

    def verify(self, token: str) -> tuple[Principal, float, float]:
        """The person, and the token's ``exp`` and ``iat``."""
        claims = self.claims(
            token,
            self.settings.audience,
            [
                "exp",
                "iat",
                "sub",
                "iss",
                "aud",
                self.settings.roles_claim,
                self.settings.scope_claim,
            ],
        )
        mapped = {
            **claims,
            "roles": self._roles(claims[self.settings.roles_claim]),
            "scope": claims[self.settings.scope_claim],
        }
        return principal_from(mapped), float(claims["exp"]), float(claims["iat"])

    def _roles(self, value: object) -> object:
        names = value.split() if isinstance(value, str) else value
        if not isinstance(names, list) or not self.settings.role_map:
            return names  # a malformed claim is refused by principal_from
        return sorted({self.settings.role_map[n] for n in names if n in self.settings.role_map})


def unverified_issuer(token: str) -> str | None:
    try:
        claims: Mapping[str, object] = jwt.decode(token, options={"verify_signature": False})
    except jwt.InvalidTokenError:
        return None
    issuer = claims.get("iss")
    return issuer if isinstance(issuer, str) else None
