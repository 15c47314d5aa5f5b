"""The discipline service keeps the conventions every service keeps (testkit)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from frontline.discipline.service import SERVICE
from frontline.testkit.conventions import ServiceConventions


class TestDisciplineConventions(ServiceConventions):
    service = SERVICE

    def extra_settings(self, folder: Path) -> dict[str, Any]:
        return {"personal_data_secret_path": folder / "discipline.secret"}
