"""How every Frontline Kafka client connects: address, TLS and SASL credentials.

One place for the relay's producer, the subscribers, topic creation, the admin
client, the test helpers and the CLI. The broker refuses anonymous clients and
authorizes each service's principal with ACLs (docs/runbook.md, "Kafka principals").

A plain ``str`` wherever a client is built means a bootstrap address whose
credentials come from the ``FRONTLINE_KAFKA_*`` environment (the CLI, a script, a
test session); a service passes its own settings.
"""

from __future__ import annotations

import functools
import ssl
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Literal

from pydantic import SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

SecurityProtocol = Literal["PLAINTEXT", "SSL", "SASL_PLAINTEXT", "SASL_SSL"]
SaslMechanism = Literal["SCRAM-SHA-512", "SCRAM-SHA-256", "PLAIN"]


class KafkaClientSettings(BaseSettings):
    """``FRONTLINE_KAFKA_*``: the broker and who this client is to it."""

    model_config = SettingsConfigDict(env_prefix="FRONTLINE_", extra="ignore")

    kafka_bootstrap: str = "127.0.0.1:9092"
    kafka_security_protocol: SecurityProtocol = "PLAINTEXT"
    kafka_sasl_mechanism: SaslMechanism = "SCRAM-SHA-512"
    kafka_username: str = ""
    # The password itself, or (preferred: it stays out of the process environment) a file.
    kafka_password: SecretStr | None = None
    kafka_password_path: Path | None = None
    # The CA that signed the brokers' certificates; the system's CAs when unset.
    kafka_ca_path: Path | None = None

    def password(self) -> str:
        if self.kafka_password is not None and self.kafka_password.get_secret_value():
            return self.kafka_password.get_secret_value()
        if self.kafka_password_path is not None:
            return self.kafka_password_path.read_text().strip()
        raise ValueError(
            "FRONTLINE_KAFKA_PASSWORD or FRONTLINE_KAFKA_PASSWORD_PATH is needed "
            f"for {self.kafka_security_protocol}"
        )


KafkaTarget = str | KafkaClientSettings


def client_settings(target: KafkaTarget) -> KafkaClientSettings:
    """Settings for ``target``: itself, or an address plus the environment's credentials."""
    if isinstance(target, KafkaClientSettings):
        return target
    return KafkaClientSettings(kafka_bootstrap=target)


def client_settings_from(values: Mapping[str, str]) -> KafkaClientSettings:
    """Settings from ``FRONTLINE_KAFKA_*`` values read elsewhere (the CLI's stack.env)."""
    fields = {
        key.removeprefix("FRONTLINE_").lower(): value
        for key, value in values.items()
        if key.startswith("FRONTLINE_KAFKA_")
    }
    return KafkaClientSettings.model_validate(fields)


def bootstrap_of(target: KafkaTarget) -> str:
    return target if isinstance(target, str) else target.kafka_bootstrap


@functools.lru_cache(maxsize=8)
def _ssl_context(ca_path: Path | None, _changed: int) -> ssl.SSLContext:
    # Verifies the broker's certificate and host name, as any TLS client should.
    return ssl.create_default_context(cafile=str(ca_path) if ca_path else None)


def kafka_ssl_context(settings: KafkaClientSettings) -> ssl.SSLContext | None:
    """The TLS context for SSL and SASL_SSL; None for the plaintext protocols.

    Reused while the CA file is unchanged (a new one is read after a renewal).
    """
    if not settings.kafka_security_protocol.endswith("SSL"):
        return None
    ca = settings.kafka_ca_path
    return _ssl_context(ca, ca.stat().st_mtime_ns if ca else 0)


def kafka_options(target: KafkaTarget) -> dict[str, Any]:
    """Keyword arguments for any aiokafka client (producer, consumer, admin)."""
    settings = client_settings(target)
    options: dict[str, Any] = {
        "bootstrap_servers": settings.kafka_bootstrap,
        "security_protocol": settings.kafka_security_protocol,
    }
    context = kafka_ssl_context(settings)
    if context is not None:
        options["ssl_context"] = context
    if settings.kafka_security_protocol.startswith("SASL"):
        options |= {
            "sasl_mechanism": settings.kafka_sasl_mechanism,
            "sasl_plain_username": settings.kafka_username,
            "sasl_plain_password": settings.password(),
        }
    return options
