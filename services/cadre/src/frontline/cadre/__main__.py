"""``python -m frontline.cadre``: run the cadre service until SIGTERM."""

from __future__ import annotations

import asyncio

from frontline.cadre.app import build_service


def main() -> None:
    asyncio.run(build_service().runtime.run())


if __name__ == "__main__":
    main()
