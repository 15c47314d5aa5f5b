"""The dashboard's first write, in headless Chromium: a county operator issues a
supervision order from an alert; the township operator sees it on its page,
acknowledges it and reports. Same-origin and CSRF checks refuse forged writes, and
every write is audited."""

from __future__ import annotations

import datetime as dt
import logging
import os
from pathlib import Path
from typing import Any

import grpc
import pytest
from playwright.async_api import Page, async_playwright

from frontline.api.organization.v1 import organization_pb2 as pb
from frontline.api.organization.v1 import organization_pb2_grpc
from frontline.testkit.county_stack import CountyStack, county_stack

from .test_dashboard import ARGS, ARTIFACTS, CHROMIUM, sign_in_link

pytestmark = pytest.mark.browser
TOWN, VILLAGE = "440781101", "440781101001"


async def county_with_a_vacancy(stack: CountyStack) -> None:
    """A village whose secretary post has been vacant since it was set up 120 days ago."""
    since = (dt.date.today() - dt.timedelta(days=120)).isoformat()
    async with grpc.aio.insecure_channel(f"127.0.0.1:{stack.organization.grpc_port}") as ch:
        org = organization_pb2_grpc.OrganizationServiceStub(ch)  # type: ignore[no-untyped-call]
        admin = stack.keys.metadata(["county_admin"])
        parent = ""
        for level, code in [
            (pb.ORG_LEVEL_COUNTY, "440781"),
            (pb.ORG_LEVEL_TOWNSHIP, TOWN),
            (pb.ORG_LEVEL_VILLAGE, VILLAGE),
        ]:
            unit = await org.EstablishOrgUnit(
                pb.EstablishOrgUnitRequest(
                    level=level,
                    division_code=code,
                    name=f"单位{code[-3:]}",
                    parent_unit_id=parent,
                    established_on=since,
                ),
                metadata=admin,
            )
            parent = unit.org_unit.org_unit_id


async def orders_of(stack: CountyStack) -> list[pb.SupervisionOrder]:
    async with grpc.aio.insecure_channel(f"127.0.0.1:{stack.organization.grpc_port}") as ch:
        org = organization_pb2_grpc.OrganizationServiceStub(ch)  # type: ignore[no-untyped-call]
        reply = await org.ListSupervisionOrders(
            pb.ListSupervisionOrdersRequest(), metadata=stack.keys.metadata(["county_admin"])
        )
        return list(reply.orders)


async def forged_writes_are_refused(page: Page, base: str) -> None:
    """Without the session's CSRF token, or from another site's page: 403, nothing sent."""
    no_token = await page.evaluate(
        """() => fetch("/api/orders", {method: "POST", credentials: "same-origin",
             headers: {"Content-Type": "application/json"},
             body: JSON.stringify({division_code: "440781101001", title: "x", working_days: 5})})
           .then((r) => r.status)"""
    )
    assert no_token == 403
    session = await (await page.request.get(f"{base}/api/session")).json()
    other_site = await page.request.post(
        f"{base}/api/orders",
        data={"division_code": VILLAGE, "title": "x", "working_days": 5},
        headers={"Origin": "https://elsewhere.example", "X-CSRF-Token": session["csrf_token"]},
    )
    assert other_site.status == 403


async def test_an_order_from_an_alert_goes_down_and_is_acknowledged_and_reported(
    kafka_bootstrap: str,
    pg: Any,
    unique: str,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO, logger="frontline.audit")
    async with county_stack(pg, kafka_bootstrap, unique, tmp_path) as stack:
        await county_with_a_vacancy(stack)
        await stack.settled()
        async with async_playwright() as p:
            browser = await p.chromium.launch(
                executable_path=CHROMIUM, args=ARGS, env={**os.environ, "LANG": "zh_CN.UTF-8"}
            )
            errors: list[str] = []
            county = await browser.new_page(
                viewport={"width": 1600, "height": 1000}, locale="zh-CN"
            )
            county.on("pageerror", lambda e: errors.append(str(e)))
            await county.goto(await sign_in_link(stack, ["county_admin"]))
            issue = county.locator(f'.issue-order[data-alert-code="{VILLAGE}"]')
            await issue.first.click()
            await county.wait_for_selector("#order-dialog[open]")
            assert (await county.input_value("#order-form [name=title]")).startswith("督办：")
            await county.fill("#order-form [name=working_days]", "5")
            await county.click("#order-submit")
            await county.wait_for_selector("#order-result.order-ok")
            await county.screenshot(path=str(ARTIFACTS / "dashboard-order-issued.png"))
            await forged_writes_are_refused(county, f"http://127.0.0.1:{stack.hq.dashboard.port}")

            [order] = await orders_of(stack)
            assert (order.division_code, order.alert_kind) == (TOWN, "secretary_vacant_90d")
            assert order.concerning_division_code == VILLAGE

            viewer = await browser.new_page(locale="zh-CN")
            await viewer.goto(await sign_in_link(stack, ["hq_viewer"]))
            await viewer.wait_for_selector(f'#alerts li[data-code="{VILLAGE}"]')
            assert await viewer.locator(".issue-order").count() == 0

            town = await browser.new_page(viewport={"width": 1600, "height": 1000}, locale="zh-CN")
            town.on("pageerror", lambda e: errors.append(str(e)))
            await town.goto(await sign_in_link(stack, ["township_operator"], scope=TOWN))
            row = f'#orders li[data-order="{order.order_id}"]'
            await town.click(f"{row} .order-ack")
            await town.wait_for_selector(f'{row}[data-state="acknowledged"]')
            await town.fill(f"{row} .order-summary", "已选派党员骨干任书记")
            await town.click(f"{row} .order-report")
            await town.wait_for_selector(f'{row}[data-state="reported"]')
            await town.screenshot(path=str(ARTIFACTS / "dashboard-order-reported.png"))
            await browser.close()
        [reported] = await orders_of(stack)
    assert reported.state == pb.SUPERVISION_ORDER_STATE_REPORTED
    assert reported.report_summary == "已选派党员骨干任书记"
    assert errors == []
    writes = [
        (r.method, r.outcome)
        for r in caplog.records
        if r.name == "frontline.audit"
        and str(getattr(r, "method", "")).startswith("POST /api/orders")
    ]
    assert ("POST /api/orders", "OK") in writes
    assert ("POST /api/orders", "PERMISSION_DENIED") in writes
    assert sum(outcome == "OK" for _, outcome in writes) == 3
