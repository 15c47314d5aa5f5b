"""The cadre service's settings: the kernel's plus the county secret for personal data."""

from __future__ import annotations

from pathlib import Path

from frontline.kernel.settings import ServiceSettings


class CadreSettings(ServiceSettings):
    service_name: str = "cadre"
    # Key material for wrapping per-person keys and hashing ID numbers
    # (FRONTLINE_PERSONAL_DATA_SECRET_PATH). Created on first start when missing.
    personal_data_secret_path: Path = Path(".frontline/keys/cadre-personal-data.secret")
