"""`python -m frontline.service_center` starts, becomes ready and stops cleanly on SIGTERM."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from frontline.testkit.process import service_process, stop_gracefully
from frontline.testkit.runtime import SigningKeys


async def test_the_service_process_serves_until_sigterm(
    pg: Any, kafka_bootstrap: str, desk_keys: SigningKeys, unique: str, tmp_path: Path
) -> None:
    secret = tmp_path / "personal-data.secret"
    env = {
        "FRONTLINE_SERVICE_NAME": "service-center",
        "FRONTLINE_DATABASE_URL": await pg.create_database(f"scproc_{unique}"),
        "FRONTLINE_KAFKA_BOOTSTRAP": kafka_bootstrap,
        "FRONTLINE_TOPIC_PREFIX": f"{unique}.",
        "FRONTLINE_JWT_PUBLIC_KEY_PATH": str(desk_keys.public),
        "FRONTLINE_PERSONAL_DATA_SECRET_PATH": str(secret),
    }
    async with service_process("frontline.service_center", env) as process:
        assert await stop_gracefully(process) == 0
    # The county secret was made on first start, readable by this user only.
    assert secret.stat().st_mode & 0o077 == 0
