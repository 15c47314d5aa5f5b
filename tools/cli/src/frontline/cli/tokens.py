"""`frontline token issue`: sign an operator token with the county's private key."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from frontline.kernel.auth.tokens import issue_token
from frontline.kernel.authz import ALL_ROLES

app = typer.Typer(no_args_is_help=True)


@app.command("issue")
def issue(
    sub: Annotated[str, typer.Option(help="Who the token is for")],
    role: Annotated[list[str], typer.Option(help="A role; repeat for several")],
    scope: Annotated[str, typer.Option(help="Division-code prefix the holder may act in")],
    key: Annotated[Path, typer.Option(help="County private key (PEM)")] = Path(
        ".frontline/keys/county.key.pem"
    ),
    ttl: Annotated[int, typer.Option(help="Lifetime in seconds")] = 3600,
    issuer: str = "frontline",
    audience: str = "frontline",
) -> None:
    unknown = sorted(set(role) - ALL_ROLES)
    if unknown:
        raise typer.BadParameter(f"unknown role(s): {', '.join(unknown)}", param_hint="--role")
    if not scope.isdigit() or len(scope) not in (6, 9, 12):
        raise typer.BadParameter("a division code of 6, 9 or 12 digits", param_hint="--scope")
    print(issue_token(key, sub, role, scope, ttl, issuer, audience))
