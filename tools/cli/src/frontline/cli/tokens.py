"""`frontline token issue|new-key|keys|login`: operator tokens, the county's signing keys,
and signing in at the county's identity provider."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import jwt
import typer

from frontline.cli.language import say
from frontline.cli.options import sub_app
from frontline.kernel.auth.keys import add_signing_key, parse_public_keys
from frontline.kernel.auth.tokens import issue_token
from frontline.kernel.authz import ALL_ROLES

app = sub_app()
# The local stack's own admin token lives a year (frontline.stack.credentials).
MAX_TTL_SECONDS = 365 * 24 * 3600
PrivateKey = Annotated[
    Path,
    typer.Option(help="County private key (PEM)", exists=True, dir_okay=False, readable=True),
]
PublicKeys = Annotated[
    Path,
    typer.Option(
        help="The public key file every service reads", exists=True, dir_okay=False, readable=True
    ),
]


@app.command("issue")
def issue(
    sub: Annotated[str, typer.Option(help="Who the token is for")],
    role: Annotated[list[str], typer.Option(help="A role; repeat for several")],
    scope: Annotated[str, typer.Option(help="Division-code prefix the holder may act in")],
    key: PrivateKey = Path(".frontline/keys/county.key.pem"),
    ttl: Annotated[
        int, typer.Option(min=1, max=MAX_TTL_SECONDS, help="Lifetime in seconds")
    ] = 3600,
    issuer: str = "frontline",
    audience: str = "frontline",
) -> None:
    """Print a signed token with roles and a scope."""
    unknown = sorted(set(role) - ALL_ROLES)
    if unknown:
        raise typer.BadParameter(
            say("unknown role(s): {roles}", roles=", ".join(unknown)), param_hint="--role"
        )
    if not scope.isdigit() or len(scope) not in (6, 9, 12):
        raise typer.BadParameter(say("a division code of 6, 9 or 12 digits"), param_hint="--scope")
    try:
        print(issue_token(key, sub, role, scope, ttl, issuer, audience))
    except ValueError:  # cryptography's reason varies by version and says less
        message = say("{key} is not an Ed25519 private key (PEM)", key=key)
        raise typer.BadParameter(message, param_hint="--key") from None


@app.command("new-key")
def new_key(
    keys_dir: Annotated[Path, typer.Option(help="Where the new private key is kept")],
    public_keys: Annotated[
        Path, typer.Option(help="The public key file every service reads; the new key is added")
    ] = Path(".frontline/keys/county.pub.pem"),
) -> None:
    """Start a rotation: a new key pair, its public key trusted by every service."""
    private_path, kid = add_signing_key(keys_dir, public_keys)
    print(say("new key {kid}: sign tokens with --key {path}", kid=kid, path=private_path))
    trusted = say(
        "services trust it once they re-read {path} (FRONTLINE_JWT_KEY_CHECK_SECONDS)",
        path=public_keys,
    )
    print(trusted)


@app.command("keys")
def keys(public_keys: PublicKeys = Path(".frontline/keys/county.pub.pem")) -> None:
    """The kid of every key in the file, in file order (a token's header names one)."""
    try:
        kids = parse_public_keys(public_keys.read_bytes())
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="--public-keys") from None
    for kid in kids:
        print(kid)


@app.command("login")
def login(
    token_file: Annotated[
        Path | None,
        typer.Option(
            help="Where to keep the token (default: FRONTLINE_TOKEN_PATH, which the CLI reads)"
        ),
    ] = None,
) -> None:
    """Sign in at the county's identity provider (a code to approve in a browser)."""
    from frontline.cli.device_sign_in import device_sign_in, keep, settings_from
    from frontline.cli.stack_env import stack_env

    env = stack_env()
    token = device_sign_in(settings_from(env), lambda line: print(line, flush=True))
    path = token_file or Path(env.get("FRONTLINE_TOKEN_PATH", ".frontline/admin.token"))
    keep(token, path)
    claims = jwt.decode(token, options={"verify_signature": False})
    print(say("signed in as {sub}; token kept in {path}", sub=claims.get("sub", "?"), path=path))
