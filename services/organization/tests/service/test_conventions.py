"""The organization service keeps the conventions every service keeps (testkit)."""

from __future__ import annotations

from frontline.organization.service import SERVICE
from frontline.testkit.conventions import ServiceConventions


class TestOrganizationConventions(ServiceConventions):
    service = SERVICE
