"""What the registry holds about a person, sealed under the person's own key.

Sealing, keys and erasure are the kernel's (frontline.kernel.personal_data, shared by
every service); where the cadre's wrapped keys live is vault.py's business.
"""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel, ConfigDict

from frontline.kernel.personal_data import SubjectKeys


class PersonalFields(BaseModel):
    """What the registry holds about a person; never logged, never published."""

    model_config = ConfigDict(frozen=True)

    name: str
    birth_date: date
    phone: str = ""
    id_hash: str

    def __repr__(self) -> str:  # a stray log line must not print a person
        return "PersonalFields(<sealed>)"

    __str__ = __repr__


def cadre_keys(county_secret: bytes) -> SubjectKeys:
    """The cadre service's keys (the same derivation the service always used)."""
    return SubjectKeys(county_secret, "cadre")
