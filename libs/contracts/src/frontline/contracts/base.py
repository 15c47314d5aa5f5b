"""What every public event has in common.

Public events are the county's contract with other systems: each class names its
CloudEvents ``ce_type`` and topic; the value on Kafka is ``model_dump_json()``.
A breaking change is a new class with a new ``ce_type`` version suffix.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from pydantic import BaseModel, ConfigDict, StringConstraints

# A division code (行政区划代码): 6 digits for a county, 9 for a township or street, 12 for
# a village or community (DOMAIN.md "Places and units"). Consumers refuse anything else.
DivisionCode = Annotated[str, StringConstraints(pattern=r"^[0-9]{6}([0-9]{3}){0,2}$")]


class PublicEvent(BaseModel):
    # Consumers must tolerate fields added later, so extra fields are ignored on read.
    model_config = ConfigDict(frozen=True, extra="ignore")

    ce_type: ClassVar[str]
    topic: ClassVar[str]
    # Set on an older version while it is still published beside its successor: the
    # catalogue marks it superseded, consumers should move to the named ``ce_type``.
    superseded_by: ClassVar[str | None] = None
    # False on a superseded version its producer no longer sends (it would publish
    # what the successor was made to withhold); its earlier messages stay on the topic.
    still_published: ClassVar[bool] = True
