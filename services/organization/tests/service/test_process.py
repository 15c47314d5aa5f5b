"""`python -m frontline.organization` starts, becomes ready and stops cleanly on SIGTERM."""

from __future__ import annotations

from typing import Any

from frontline.testkit.process import service_process, stop_gracefully
from frontline.testkit.runtime import SigningKeys


async def test_the_service_process_serves_until_sigterm(
    pg: Any, kafka_bootstrap: str, org_keys: SigningKeys, unique: str
) -> None:
    env = {
        "FRONTLINE_SERVICE_NAME": "organization",
        "FRONTLINE_DATABASE_URL": await pg.create_database(f"orgproc_{unique}"),
        "FRONTLINE_KAFKA_BOOTSTRAP": kafka_bootstrap,
        "FRONTLINE_TOPIC_PREFIX": f"{unique}.",
        "FRONTLINE_JWT_PUBLIC_KEY_PATH": str(org_keys.public),
    }
    async with service_process("frontline.organization", env) as process:
        assert await stop_gracefully(process) == 0
