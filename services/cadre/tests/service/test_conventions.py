"""The cadre service keeps the conventions every service keeps (testkit)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from frontline.cadre.service import SERVICE
from frontline.testkit.conventions import ServiceConventions


class TestCadreConventions(ServiceConventions):
    service = SERVICE

    def extra_settings(self, folder: Path) -> dict[str, Any]:
        # The county secret for personal data, created on start in a throwaway folder.
        return {"personal_data_secret_path": folder / "cadre.secret"}
