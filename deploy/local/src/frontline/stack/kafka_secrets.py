"""The local broker's TLS certificate and its principals' SCRAM passwords.

A throwaway CA is made on every start (nothing outside the stack trusts it); the
passwords are kept across runs, since a broker started with ``--keep-data`` still
holds the SCRAM credentials it was formatted with. Every file is owner-only.
"""

from __future__ import annotations

import ipaddress
import os
import secrets
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from frontline.kernel.kafka_client import KafkaClientSettings

MECHANISM = "SCRAM-SHA-512"
# The controller listener speaks PLAIN: KRaft controllers cannot use SCRAM, whose
# credentials live in the metadata log they serve (Kafka's KRaft documentation).
CONTROLLER = "controller"
# A stack may run for weeks; the CA is renewed on each start anyway.
_VALIDITY = timedelta(days=90)


def _write_private(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "wb") as out:
        out.write(data)


def _certificate(
    subject: str, key: ec.EllipticCurvePrivateKey, issuer: x509.Name
) -> x509.CertificateBuilder:
    now = datetime.now(UTC)
    return (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, subject)]))
        .issuer_name(issuer)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(minutes=5))
        .not_valid_after(now + _VALIDITY)
    )


def _pem_key(key: ec.EllipticCurvePrivateKey) -> bytes:
    # Kafka's PEM key store reads unencrypted PKCS#8 keys.
    return key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )


def issue_broker_certificate(folder: Path) -> None:
    """A new CA (``ca.crt``) and the broker's key and chain (``broker.pem``) for loopback."""
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Frontline local Kafka CA")])
    ca = (
        _certificate("Frontline local Kafka CA", ca_key, ca_name)
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .sign(ca_key, hashes.SHA256())
    )
    key = ec.generate_private_key(ec.SECP256R1())
    names = [x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]
    broker = (
        _certificate("kafka", key, ca.subject)
        .add_extension(x509.SubjectAlternativeName(names), critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    pem = serialization.Encoding.PEM
    _write_private(folder / "broker.pem", _pem_key(key) + broker.public_bytes(pem))
    (folder / "ca.crt").write_bytes(ca.public_bytes(pem))


@dataclass(frozen=True)
class KafkaSecrets:
    folder: Path

    @property
    def ca(self) -> Path:
        return self.folder / "ca.crt"

    @property
    def keystore(self) -> Path:
        return self.folder / "broker.pem"

    def password_path(self, principal: str) -> Path:
        return self.folder / "passwords" / f"{principal}.password"

    def password(self, principal: str) -> str:
        return self.password_path(principal).read_text().strip()

    def principals(self) -> list[str]:
        return sorted(p.stem for p in (self.folder / "passwords").glob("*.password"))

    def client_settings(self, bootstrap: str, principal: str) -> KafkaClientSettings:
        return KafkaClientSettings.model_validate(_client_fields(bootstrap, self, principal))

    def client_env(self, principal: str) -> dict[str, str]:
        """``FRONTLINE_KAFKA_*`` for a process that connects as ``principal``."""
        fields = _client_fields("", self, principal)
        del fields["kafka_bootstrap"]
        # An inherited FRONTLINE_KAFKA_PASSWORD must not win over the file.
        return {f"FRONTLINE_{key.upper()}": str(value or "") for key, value in fields.items()}


def _client_fields(bootstrap: str, secrets_: KafkaSecrets, principal: str) -> dict[str, object]:
    return {
        "kafka_bootstrap": bootstrap,
        "kafka_security_protocol": "SASL_SSL",
        "kafka_sasl_mechanism": MECHANISM,
        "kafka_username": principal,
        "kafka_password": None,
        "kafka_password_path": secrets_.password_path(principal),
        "kafka_ca_path": secrets_.ca,
    }


def prepare_kafka_secrets(folder: Path, principals: Iterable[str]) -> KafkaSecrets:
    """New TLS material; a password for each principal (and the controller) that lacks one."""
    kept = KafkaSecrets(folder)
    issue_broker_certificate(folder)
    for principal in [CONTROLLER, *principals]:
        path = kept.password_path(principal)
        if not path.exists():
            _write_private(path, new_password().encode())
    return kept


def write_password(secrets_: KafkaSecrets, principal: str, password: str) -> None:
    """Keep ``principal``'s password (a rotation, once the broker knows it)."""
    _write_private(secrets_.password_path(principal), password.encode())


def new_password() -> str:
    return secrets.token_urlsafe(24)
