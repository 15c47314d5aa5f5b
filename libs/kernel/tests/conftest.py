from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from frontline.kernel.runtime import ServiceRuntime
from frontline.testkit.counter import counter, publish
from frontline.testkit.runtime import SigningKeys, make_runtime


@pytest.fixture(scope="session")
def keys(tmp_path_factory: pytest.TempPathFactory) -> SigningKeys:
    return SigningKeys.create(Path(tmp_path_factory.mktemp("keys")))


@pytest.fixture
async def counter_db(pg, unique: str) -> str:  # type: ignore[no-untyped-def]
    return str(await pg.create_database(f"kernel_{unique}"))


@pytest.fixture
async def counter_runtime(
    counter_db: str, kafka_bootstrap: str, unique: str, keys: SigningKeys
) -> AsyncIterator[ServiceRuntime]:
    runtime = make_runtime("test", counter_db, kafka_bootstrap, f"{unique}.", keys)
    runtime.register(counter, publish=publish)
    async with runtime.started():
        yield runtime
