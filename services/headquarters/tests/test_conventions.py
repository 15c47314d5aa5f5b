"""Headquarters keeps the conventions every service keeps (testkit)."""

from __future__ import annotations

from frontline.headquarters.service import SERVICE
from frontline.testkit.conventions import ServiceConventions


class TestHeadquartersConventions(ServiceConventions):
    service = SERVICE
