"""What the registry holds about a person, sealed under the person's own key: the
personal fields and each year's pay.

Sealing, keys and erasure are the kernel's (frontline.kernel.personal_data, shared by
every service); where the cadre's wrapped keys live is vault.py's business.
"""

from __future__ import annotations

import hashlib
import hmac
from datetime import date
from decimal import Decimal

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from pydantic import BaseModel, ConfigDict, Field

from frontline.kernel.personal_data import SubjectKeys

CENT = Decimal("0.01")


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


class PaidAmount(BaseModel):
    """One year's pay (收入增长计划) as sealed in RemunerationRecorded; never published."""

    model_config = ConfigDict(frozen=True)

    year: int
    amount_yuan: Decimal = Field(ge=0, max_digits=12, decimal_places=2)

    def __repr__(self) -> str:
        return f"PaidAmount({self.year}, <sealed>)"

    __str__ = __repr__


def cadre_keys(county_secret: bytes) -> SubjectKeys:
    """The cadre service's keys (the same derivation the service always used)."""
    return SubjectKeys(county_secret, "cadre")


def pay_digest(key: bytes, subject_id: str, year: int, amount_yuan: Decimal) -> str:
    """What a pay summary remembers of one person's amount, to count changed records
    at a correction (domain/small_groups.py). Keyed with a key derived from the
    person's own: nobody can test guesses of the amount against it, the county's
    secret included, and it means nothing once the person's key is erased."""
    digest_key = HKDF(
        algorithm=hashes.SHA256(), length=32, salt=None, info=b"frontline-cadre pay digest"
    ).derive(key)
    message = f"{subject_id}:{year}:{amount_yuan.quantize(CENT)}".encode()
    return hmac.new(digest_key, message, hashlib.sha256).hexdigest()
