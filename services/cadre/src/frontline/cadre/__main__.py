"""``python -m frontline.cadre``: run the cadre service until SIGTERM."""

from __future__ import annotations

from frontline.cadre.app import build_service
from frontline.kernel import loop


def main() -> None:
    loop.run(build_service().runtime.run())


if __name__ == "__main__":
    main()
