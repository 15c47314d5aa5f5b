"""Build a ServiceRuntime for tests: throwaway database, prefixed topics, test keys."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from frontline.kernel.auth.keys import generate_keypair
from frontline.kernel.auth.tokens import issue_token
from frontline.kernel.clock import Clock
from frontline.kernel.runtime import ServiceRuntime
from frontline.kernel.service import Service
from frontline.kernel.settings import ServiceSettings

S = TypeVar("S", bound=ServiceSettings)


@dataclass(frozen=True)
class SigningKeys:
    private: Path
    public: Path

    @classmethod
    def create(cls, directory: Path) -> SigningKeys:
        private, public = generate_keypair(directory)
        return cls(private, public)

    def token(
        self,
        roles: list[str],
        scope: str = "440781",
        sub: str = "tester",
        ttl: int = 600,
        audience: str = "frontline",
    ) -> str:
        return issue_token(self.private, sub, roles, scope, ttl, audience=audience)

    def metadata(
        self, roles: list[str], scope: str = "440781", request_id: str | None = None
    ) -> list[tuple[str, str]]:
        md = [("authorization", f"Bearer {self.token(roles, scope)}")]
        if request_id:
            md.append(("x-request-id", request_id))
        return md


def make_settings(
    service: str,
    database_url: str,
    kafka_bootstrap: str,
    prefix: str,
    keys: SigningKeys,
) -> ServiceSettings:
    return ServiceSettings(
        service_name=service,
        database_url=database_url,
        kafka_bootstrap=kafka_bootstrap,
        topic_prefix=prefix,
        grpc_port=0,
        http_port=0,
        jwt_public_key_path=keys.public,
        relay_poll_seconds=0.2,
        timer_poll_seconds=0.2,
        db_pool_size=8,
    )


def service_settings(
    service: Service[S],
    database_url: str,
    kafka_bootstrap: str,
    prefix: str,
    keys: SigningKeys,
    **extra: Any,
) -> S:
    """Test settings of a declared service: the kernel's test values plus ``extra``."""
    base = make_settings(service.name, database_url, kafka_bootstrap, prefix, keys)
    return service.settings(**{**base.model_dump(), **extra})


def make_runtime(
    service: str,
    database_url: str,
    kafka_bootstrap: str,
    prefix: str,
    keys: SigningKeys,
    migrations: list[str] | None = None,
    clock: Clock | None = None,
) -> ServiceRuntime[ServiceSettings]:
    settings = make_settings(service, database_url, kafka_bootstrap, prefix, keys)
    return ServiceRuntime(settings, migrations=migrations, clock=clock)
