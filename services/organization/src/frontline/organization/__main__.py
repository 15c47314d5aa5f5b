"""``python -m frontline.organization``: run the organization service until SIGTERM."""

from __future__ import annotations

from frontline.kernel import loop
from frontline.organization.app import build


def main() -> None:
    loop.run(build().run())


if __name__ == "__main__":
    main()
