"""Reading a running service's ``/metrics`` as Prometheus does, for tests."""

from __future__ import annotations

from typing import Any

import aiohttp
from prometheus_client.parser import text_string_to_metric_families

from frontline.kernel.runtime import ServiceRuntime


class Scrape:
    """The samples of one scrape of a side port."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.samples = [
            (sample.name, sample.labels, sample.value)
            for family in text_string_to_metric_families(text)
            for sample in family.samples
        ]

    def has(self, name: str) -> bool:
        return any(sample_name == name for sample_name, _, _ in self.samples)

    def total(self, name: str, **labels: str) -> float:
        """The sum of ``name``'s samples whose labels include ``labels`` (0 if none)."""
        return sum(
            value
            for sample_name, found, value in self.samples
            if sample_name == name and labels.items() <= found.items()
        )

    def labels(self, name: str) -> list[dict[str, str]]:
        return [found for sample_name, found, _ in self.samples if sample_name == name]


async def scrape(runtime: ServiceRuntime[Any]) -> Scrape:
    """What Prometheus would read from ``runtime``'s side port now."""
    url = f"http://{runtime.settings.grpc_host}:{runtime.http_port}/metrics"
    async with aiohttp.ClientSession() as http, http.get(url) as response:
        assert response.status == 200, response.status
        return Scrape(await response.text())
