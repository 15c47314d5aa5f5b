"""The dashboard sign-in link `make up` prints: a one-time ticket headquarters issued.

A link carries no token (a token in a link let anyone sign a browser in as themselves:
login CSRF, issue 13). The supervisor, holding the stack's ``county_admin`` token, asks
the dashboard for a ticket for the short-lived ``hq_viewer`` token
(``POST /login/tickets``, headquarters' ``dashboard_sign_in.py``); the link works once,
and only until the ticket or that token expires.
"""

from __future__ import annotations

import json
import urllib.request


def sign_in_link(dashboard_url: str, admin_token: str, token: str, timeout: float = 10) -> str:
    request = urllib.request.Request(
        f"{dashboard_url.rstrip('/')}/login/tickets",
        data=json.dumps({"token": token}).encode(),
        headers={"Content-Type": "application/json", "Authorization": f"Bearer {admin_token}"},
        method="POST",
    )
    with urllib.request.urlopen(request, timeout=timeout) as answer:
        path = str(json.load(answer)["path"])
    return dashboard_url.rstrip("/") + path
