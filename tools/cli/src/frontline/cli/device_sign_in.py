"""`frontline token login`: sign in at the county's identity provider from a terminal.

The OAuth 2.0 device authorization grant (RFC 8628), the CLI a public client
(``FRONTLINE_OIDC_CLI_CLIENT_ID``): the CLI asks the provider for a code, the operator
opens the address it prints in any browser — the same sign-in page as everywhere in
the county, passwords and second factors never pass through the CLI — and the CLI
waits, as often as the provider allows, for the access token. That token is written
(owner-only) where the CLI reads its token (``FRONTLINE_TOKEN_PATH``), and every
service verifies it through the provider's JWKS like any other (``kernel.auth.oidc``).
"""

from __future__ import annotations

import json
import os
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable
from pathlib import Path
from typing import Any

from frontline.cli.failures import Failure
from frontline.cli.language import say
from frontline.kernel.auth.oidc import OidcSettings, discover
from frontline.kernel.errors import Unauthenticated

DEVICE_GRANT = "urn:ietf:params:oauth:grant-type:device_code"
SCOPES = "openid frontline"


def _post(url: str, form: dict[str, str]) -> tuple[int, dict[str, Any]]:
    data = urllib.parse.urlencode(form).encode()
    request = urllib.request.Request(url, data=data, method="POST")
    try:
        with urllib.request.urlopen(request, timeout=15) as answer:
            return answer.status, dict(json.load(answer))
    except urllib.error.HTTPError as refused:  # the provider's OAuth error, as JSON
        return refused.code, dict(json.load(refused))


def settings_from(env: dict[str, str]) -> OidcSettings:
    # From the environment or `make up`'s stack.env: what the CLI's sign-in needs.
    wanted = ("issuer", "audience", "cli_client_id")
    settings = OidcSettings.model_validate(
        {
            name: env[f"FRONTLINE_OIDC_{name.upper()}"]
            for name in wanted
            if f"FRONTLINE_OIDC_{name.upper()}" in env
        }
    )
    if not settings.enabled:
        raise Failure(say("no identity provider: set FRONTLINE_OIDC_ISSUER"))
    return settings


def device_sign_in(settings: OidcSettings, show: Callable[[str], None]) -> str:
    """The access token, once the operator approved the sign-in in a browser."""
    try:
        provider = discover(settings.issuer)
    except Unauthenticated as exc:
        raise Failure(str(exc)) from exc
    status, started = _post(
        str(provider["device_authorization_endpoint"]),
        {"client_id": settings.cli_client_id, "scope": SCOPES},
    )
    if status != 200:
        raise Failure(say("the identity provider refused: {error}", error=_error(started)))
    show(
        say(
            "open {url} in a browser and sign in (or open {base} and enter {code})",
            url=started.get("verification_uri_complete", started["verification_uri"]),
            base=started["verification_uri"],
            code=started["user_code"],
        )
    )
    return _wait(settings, str(provider["token_endpoint"]), started)


def _wait(settings: OidcSettings, token_endpoint: str, started: dict[str, Any]) -> str:
    # RFC 8628 §3.5: ask no more often than the provider says; slow down when told.
    interval = float(started.get("interval", 5))
    deadline = time.monotonic() + float(started.get("expires_in", 600))
    form = {
        "grant_type": DEVICE_GRANT,
        "device_code": started["device_code"],
        "client_id": settings.cli_client_id,
    }
    while time.monotonic() < deadline:
        time.sleep(interval)
        status, answer = _post(token_endpoint, form)
        if status == 200:
            return str(answer["access_token"])
        if answer.get("error") == "slow_down":
            interval += 5
        elif answer.get("error") != "authorization_pending":
            raise Failure(say("sign-in did not complete: {error}", error=_error(answer)))
    raise Failure(say("sign-in did not complete: {error}", error="expired_token"))


def _error(answer: dict[str, Any]) -> str:
    return str(answer.get("error_description") or answer.get("error") or answer)


def keep(token: str, path: Path) -> None:
    """Owner-only, replaced whole: a CLI reading it never sees half a token."""
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".partial")
    descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w") as out:
        out.write(token + "\n")
    partial.replace(path)
