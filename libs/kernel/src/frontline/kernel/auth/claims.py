"""A signed JWT's claims, checked, and the person they name: shared by the county's own
tokens (``tokens.py``) and the identity provider's (``oidc.py``), so both are refused
for the same reasons with the same reason codes (``refusals_zh.py``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import jwt

from frontline.kernel.context import Principal
from frontline.kernel.errors import Unauthenticated

# A division code: county (6 digits), township (9) or village (12).
SCOPE_LENGTHS = (6, 9, 12)


def decode_claims(
    token: str, key: Any, algorithms: list[str], audience: str, issuer: str, required: list[str]
) -> dict[str, Any]:
    """Verified claims; Unauthenticated with the reason, except a signature that does not
    match ``key`` (``jwt.InvalidSignatureError``), which the caller may try on another key."""
    try:
        claims: dict[str, Any] = jwt.decode(
            token,
            key,
            algorithms=algorithms,
            audience=audience,
            issuer=issuer,
            options={"require": required},
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
        raise Unauthenticated("invalid token: {error}", "TOKEN_MISSING_CLAIM", error=exc) from exc
    except jwt.InvalidTokenError as exc:
        raise Unauthenticated("invalid token: {error}", "TOKEN_INVALID", error=exc) from exc
    return claims


def principal_from(claims: Mapping[str, object]) -> Principal:
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
