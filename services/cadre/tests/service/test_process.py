"""`python -m frontline.cadre` starts, becomes ready, and stops cleanly on SIGTERM."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from frontline.testkit.process import service_process, stop_gracefully
from frontline.testkit.runtime import SigningKeys


async def test_the_service_process_serves_until_sigterm(
    pg: Any, kafka_bootstrap: str, cadre_keys: SigningKeys, unique: str, tmp_path: Path
) -> None:
    secret = tmp_path / "keys" / "cadre.secret"
    env = {
        "FRONTLINE_DATABASE_URL": await pg.create_database(f"cadreproc_{unique}"),
        "FRONTLINE_KAFKA_BOOTSTRAP": kafka_bootstrap,
        "FRONTLINE_TOPIC_PREFIX": f"{unique}.",
        "FRONTLINE_JWT_PUBLIC_KEY_PATH": str(cadre_keys.public),
        "FRONTLINE_PERSONAL_DATA_SECRET_PATH": str(secret),
    }
    async with service_process("frontline.cadre", env) as process:
        # The county secret was created for the operator, readable by this user only.
        assert secret.stat().st_mode & 0o777 == 0o600
        assert await stop_gracefully(process) == 0
