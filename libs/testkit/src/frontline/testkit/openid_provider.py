"""A real OpenID Connect provider for tests: npm's oidc-provider under Node
(``deploy/local/oidc``, installed by ``make install``), standing where a county's
identity provider stands. Its accounts say which roles and division a login has."""

from __future__ import annotations

import contextlib
import json
import os
import socket
import subprocess
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric import rsa
from jwt.algorithms import RSAAlgorithm

PROVIDER_DIR = Path(__file__).resolve().parents[5] / "deploy" / "local" / "oidc"
AUDIENCE = "frontline"
RESOURCE = "urn:frontline:services"
DASHBOARD_CLIENT = "frontline-dashboard"
CLI_CLIENT = "frontline-cli"
DEVICE_GRANT = "urn:ietf:params:oauth:grant-type:device_code"


def signing_key(kid: str) -> dict[str, Any]:
    """A fresh RSA private JWK for the provider to sign with."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    jwk = RSAAlgorithm.to_jwk(key, as_dict=True)
    return {**jwk, "kid": kid, "alg": "RS256", "use": "sig"}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class OpenIdProvider:
    home: Path
    port: int
    accounts: dict[str, dict[str, Any]]
    redirect_uris: list[str]
    keys: list[dict[str, Any]] = field(default_factory=lambda: [signing_key("key-1")])
    process: subprocess.Popen[bytes] | None = None

    @property
    def issuer(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def environment(self) -> dict[str, str]:
        """What a service or the CLI needs to accept and ask for this provider's tokens."""
        return {
            "FRONTLINE_OIDC_ISSUER": self.issuer,
            "FRONTLINE_OIDC_AUDIENCE": AUDIENCE,
            "FRONTLINE_OIDC_DASHBOARD_CLIENT_ID": DASHBOARD_CLIENT,
            "FRONTLINE_OIDC_CLI_CLIENT_ID": CLI_CLIENT,
        }

    def _config(self) -> dict[str, Any]:
        public = {"token_endpoint_auth_method": "none"}
        return {
            "port": self.port,
            "issuer": self.issuer,
            "audience": AUDIENCE,
            "resource": RESOURCE,
            "accounts": self.accounts,
            "keys": self.keys,
            "clients": [
                {
                    **public,
                    "client_id": DASHBOARD_CLIENT,
                    "redirect_uris": self.redirect_uris,
                    "grant_types": ["authorization_code"],
                    "response_types": ["code"],
                },
                {
                    **public,
                    "client_id": CLI_CLIENT,
                    "redirect_uris": [],
                    "grant_types": [DEVICE_GRANT],
                    "response_types": [],
                },
            ],
        }

    def start(self) -> None:
        config = self.home / "provider.json"
        config.write_text(json.dumps(self._config()))
        config.chmod(0o600)
        log = (self.home / "provider.log").open("ab")
        self.process = subprocess.Popen(
            ["node", str(PROVIDER_DIR / "provider.mjs"), str(config)],
            cwd=PROVIDER_DIR,
            stdout=log,
            stderr=subprocess.STDOUT,
            env={**os.environ, "NODE_ENV": "test"},
        )
        self._wait_ready()

    def _wait_ready(self, timeout: float = 30) -> None:
        deadline = time.monotonic() + timeout
        url = f"{self.issuer}/.well-known/openid-configuration"
        while True:
            assert self.process is not None and self.process.poll() is None, (
                self.home / "provider.log"
            ).read_text()
            try:
                with urllib.request.urlopen(url, timeout=2):
                    return
            except OSError:
                if time.monotonic() > deadline:
                    raise TimeoutError(f"the OpenID provider did not answer at {url}") from None
                time.sleep(0.1)

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=10)
        self.process = None

    def rotate(self, kid: str) -> None:
        """Publish a new signing key (listed first: it signs from now on), keep the old one."""
        self.stop()
        self.keys = [signing_key(kid), *self.keys]
        self.start()


@contextlib.contextmanager
def openid_provider(
    home: Path, accounts: dict[str, dict[str, Any]], redirect_uris: list[str]
) -> Iterator[OpenIdProvider]:
    provider = OpenIdProvider(home, free_port(), accounts, redirect_uris)
    provider.start()
    try:
        yield provider
    finally:
        provider.stop()
