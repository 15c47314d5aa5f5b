"""Public events of the service-center service, published on ``service-center.events.v1``.

Written first by the discipline service, which consumes ``ComplaintTransferred``:
only what discipline needs to open a clue: nothing of the requester (their personal
data stays in the service centre, encrypted; DOMAIN.md "Service request") and not
the cadre complained about (a public complaint against a named cadre tips them off).
The service-center service owns this module and adds its other events here.
"""

from __future__ import annotations

import datetime as dt
from typing import ClassVar

from frontline.contracts.base import PublicEvent

TOPIC = "service-center.events.v1"


class _ServiceCenterEvent(PublicEvent):
    topic: ClassVar[str] = TOPIC


class ComplaintTransferred(_ServiceCenterEvent):
    """A complaint about a cadre's conduct was transferred from a service centre to the
    discipline inspection office, which receives it as a clue."""

    ce_type: ClassVar[str] = "cn.frontline.service-center.ComplaintTransferred.v1"
    # The service request (办件) the complaint was made in; discipline asks the centre
    # for the complaint itself through its own channel.
    request_id: str
    # The township or village the complaint concerns.
    division_code: str
    transferred_on: dt.date
