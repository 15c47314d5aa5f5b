"""``python -m frontline.organization``: run the organization service until SIGTERM."""

from __future__ import annotations

import asyncio

from frontline.organization.app import build


def main() -> None:
    asyncio.run(build().run())


if __name__ == "__main__":
    main()
