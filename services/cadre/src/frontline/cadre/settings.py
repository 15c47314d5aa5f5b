"""The cadre service's settings: the kernel's plus the county secret for personal data."""

from __future__ import annotations

import os
import secrets
from pathlib import Path

from frontline.kernel.settings import ServiceSettings


class CadreSettings(ServiceSettings):
    service_name: str = "cadre"
    # Key material for wrapping per-person keys and hashing ID numbers
    # (FRONTLINE_PERSONAL_DATA_SECRET_PATH). Created on first start when missing.
    personal_data_secret_path: Path = Path(".frontline/keys/cadre-personal-data.secret")


def load_county_secret(path: Path) -> bytes:
    """Read the secret, creating a random one readable by this user only on first start."""
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as handle:
            handle.write(secrets.token_hex(32))
    return bytes.fromhex(path.read_text(encoding="utf-8").strip())
