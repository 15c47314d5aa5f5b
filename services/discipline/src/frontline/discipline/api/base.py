"""What every RPC mixin of the servicer shares: the ports and the day rule."""

from __future__ import annotations

from datetime import date

from frontline.discipline.use_cases.ports import Ports
from frontline.kernel import convert as cv


class RpcBase:
    ports: Ports

    def _day(self, value: str, field: str) -> date:
        """A day given (today when empty), never in the future."""
        today = self.ports.today()
        return cv.day(value, field, today, latest=today)
