"""`frontline token new-key|keys|issue`: an operator starts a rotation from the shell."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import jwt
import pytest

pytestmark = pytest.mark.unit


def frontline(*args: str) -> str:
    env = {k: v for k, v in os.environ.items() if not k.startswith("FRONTLINE_")}
    done = subprocess.run(
        [sys.executable, "-m", "frontline.cli", "token", *args],
        env={**env, "FRONTLINE_STACK_ENV": "/nonexistent"},
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return done.stdout


def test_a_new_key_is_added_to_the_trusted_file_and_signs_tokens_named_by_it(
    tmp_path: Path,
) -> None:
    from frontline.kernel.auth.keys import generate_keypair

    old_private, trusted = generate_keypair(tmp_path / "keys")
    (old_kid,) = frontline("keys", "--public-keys", str(trusted)).split()

    said = frontline(
        "new-key", "--keys-dir", str(tmp_path / "keys-2027"), "--public-keys", str(trusted)
    )
    announced = re.search(r"new key (\w+): sign tokens with --key (\S+)", said)
    assert announced, said
    new_kid, new_private = announced.groups()
    assert frontline("keys", "--public-keys", str(trusted)).split() == [old_kid, new_kid]

    for key, kid in ((new_private, new_kid), (str(old_private), old_kid)):
        token = frontline(
            "issue", "--sub", "ops", "--role", "county_admin", "--scope", "440781", "--key", key
        ).strip()
        assert jwt.get_unverified_header(token)["kid"] == kid
