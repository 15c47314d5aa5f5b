"""Longer tokens only for named service accounts; a role may be held to less (settings)."""

from __future__ import annotations

from pathlib import Path

import pytest

from frontline.kernel.auth.lifetimes import TokenLifetimes
from frontline.kernel.auth.tokens import TokenVerifier
from frontline.kernel.errors import Unauthenticated
from frontline.testkit.runtime import SigningKeys

DAY = 86400


def verifier(keys: SigningKeys, lifetimes: TokenLifetimes) -> TokenVerifier:
    return TokenVerifier.from_file(keys.public, "frontline", "frontline").with_lifetimes(lifetimes)


def test_a_named_service_account_may_hold_a_longer_token(tmp_path: Path) -> None:
    keys = SigningKeys.create(tmp_path)
    policy = TokenLifetimes(service_accounts={"svc-reports": 30 * DAY})
    month = {"roles": ["hq_viewer"], "ttl": 30 * DAY}
    assert (
        verifier(keys, policy).verify(keys.token(sub="svc-reports", **month)).sub == "svc-reports"
    )
    with pytest.raises(Unauthenticated, match="longer than"):
        verifier(keys, policy).verify(keys.token(sub="someone", **month))


def test_a_role_may_be_held_to_a_shorter_lifetime(tmp_path: Path) -> None:
    keys = SigningKeys.create(tmp_path)
    policy = TokenLifetimes(max_ttl_by_role={"county_admin": 3600})
    two_hours = 2 * 3600
    assert verifier(keys, policy).verify(keys.token(["hq_viewer"], ttl=two_hours))
    with pytest.raises(Unauthenticated, match="longer than"):
        verifier(keys, policy).verify(keys.token(["hq_viewer", "county_admin"], ttl=two_hours))


def test_lifetimes_come_from_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FRONTLINE_JWT_MAX_TTL_SECONDS", "7200")
    monkeypatch.setenv("FRONTLINE_JWT_SERVICE_ACCOUNTS", '{"svc-sync": 604800}')
    policy = TokenLifetimes()
    assert policy.limit("ops", ["county_admin"]) == 7200
    assert policy.limit("svc-sync", ["county_admin"]) == 7 * DAY
