"""Key ids, files of several public keys and starting a rotation, without servers."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

import jwt
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.rsa import generate_private_key

from frontline.kernel.auth.keys import (
    add_signing_key,
    generate_keypair,
    key_id,
    load_private_key,
    parse_public_keys,
)
from frontline.kernel.auth.tokens import TokenVerifier, issue_token
from frontline.kernel.errors import Unauthenticated

pytestmark = pytest.mark.unit


def public_pem(directory: Path) -> bytes:
    return generate_keypair(directory)[1].read_bytes()


def test_the_key_id_is_a_short_fingerprint_of_the_raw_public_key(tmp_path: Path) -> None:
    private, public = generate_keypair(tmp_path)
    key = load_private_key(private).public_key()
    raw = key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    assert key_id(key) == hashlib.sha256(raw).hexdigest()[:16]
    assert list(parse_public_keys(public.read_bytes())) == [key_id(key)]
    assert key_id(Ed25519PrivateKey.generate().public_key()) != key_id(key)


def test_a_file_of_several_pem_blocks_gives_every_key_in_order(tmp_path: Path) -> None:
    first, second = public_pem(tmp_path / "a"), public_pem(tmp_path / "b")
    keys = parse_public_keys(first + b"\n" + second.replace(b"\n", b"\r\n"))
    assert list(keys) == [*parse_public_keys(first), *parse_public_keys(second)]


@pytest.mark.parametrize(
    "damage",
    [
        lambda pem: b"",
        lambda pem: pem[: len(pem) // 2],  # written half-way
        lambda pem: pem + pem[:30],  # a second block started, not finished
        lambda pem: pem.replace(b"MC", b"XX", 1),  # not a key any more
    ],
)
def test_an_unfinished_or_damaged_file_is_refused_not_read_as_fewer_keys(
    tmp_path: Path, damage: Callable[[bytes], bytes]
) -> None:
    with pytest.raises(ValueError):
        parse_public_keys(damage(public_pem(tmp_path)))


def test_only_ed25519_public_keys_are_accepted(tmp_path: Path) -> None:
    rsa = generate_private_key(public_exponent=65537, key_size=2048).public_key()
    rsa_pem = rsa.public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    with pytest.raises(ValueError, match="Ed25519"):
        parse_public_keys(public_pem(tmp_path) + rsa_pem)


def test_issued_tokens_name_their_key_in_the_header(tmp_path: Path) -> None:
    private, public = generate_keypair(tmp_path)
    token = issue_token(private, "ops", ["county_admin"], "440781")
    assert jwt.get_unverified_header(token)["kid"] == next(
        iter(parse_public_keys(public.read_bytes()))
    )


def test_the_file_is_looked_at_again_only_after_the_interval(tmp_path: Path) -> None:
    _, old_public = generate_keypair(tmp_path / "old")
    new_private, new_public = generate_keypair(tmp_path / "new")
    trusted = tmp_path / "trusted.pub.pem"
    trusted.write_bytes(old_public.read_bytes())
    patient = TokenVerifier.from_file(trusted, "frontline", "frontline", check_seconds=3600)
    eager = TokenVerifier.from_file(trusted, "frontline", "frontline", check_seconds=0)
    trusted.write_bytes(old_public.read_bytes() + new_public.read_bytes())
    token = issue_token(new_private, "ops", ["county_admin"], "440781")
    assert eager.verify(token).sub == "ops"
    with pytest.raises(Unauthenticated):
        patient.verify(token)


def test_starting_a_rotation_adds_a_new_trusted_key_and_keeps_the_old(tmp_path: Path) -> None:
    old_private, trusted = generate_keypair(tmp_path / "keys")
    before = parse_public_keys(trusted.read_bytes())
    new_private, kid = add_signing_key(tmp_path / "keys-2027", trusted)
    after = parse_public_keys(trusted.read_bytes())
    assert list(after) == [*before, kid]
    assert new_private.stat().st_mode & 0o077 == 0  # the private key is the owner's only
    verifier = TokenVerifier.from_file(trusted, "frontline", "frontline")
    for private in (old_private, new_private):
        assert verifier.verify(issue_token(private, "ops", ["auditor"], "440781")).sub == "ops"
