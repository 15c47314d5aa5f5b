"""The alerts and the dashboard of deploy/observability: valid PromQL (promtool, from
Debian's `prometheus` package), each alert proven by a promtool unit test, only the
metric names the services expose, and links to runbook sections that exist."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml

pytestmark = pytest.mark.unit

OBSERVABILITY = Path(__file__).resolve().parents[1] / "observability"
RUNBOOK = Path(__file__).resolve().parents[2] / "docs" / "runbook.md"
# What every service exposes on its side port (frontline.kernel.metrics), plus the
# scrape's own `up`.
METRICS = {
    "grpc_server_handled_total",
    "grpc_server_handling_seconds_bucket",
    "frontline_outbox_depth",
    "frontline_outbox_oldest_age_seconds",
    "frontline_outbox_parked_total",
    "frontline_outbox_parked_rows",
    "frontline_outbox_held_rows",
    "frontline_consumer_lag",
    "frontline_dead_letters_total",
    "frontline_timer_backlog",
    "frontline_projection_lag_seconds",
    "up",
}
METRIC_NAME = re.compile(r"\b(?:grpc_server_\w+|frontline_\w+|up)\b(?=\s*[{\[)])")


def promtool(*args: str) -> subprocess.CompletedProcess[str]:
    tool = shutil.which("promtool")
    if tool is None:
        message = "promtool missing: apt-get install prometheus (Debian's package ships it)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return subprocess.run([tool, *args], capture_output=True, text=True, timeout=120)


def rule_groups(manifests: Any) -> list[dict[str, Any]]:
    groups: list[dict[str, Any]] = manifests.get("PrometheusRule", "frontline")["spec"]["groups"]
    return groups


def dashboard_queries() -> list[str]:
    dashboard = json.loads((OBSERVABILITY / "dashboard.json").read_text())
    return [t["expr"] for p in dashboard["panels"] for t in p.get("targets", [])]


def as_promql(grafana_expr: str) -> str:
    """Grafana's variables replaced by what they become on a real dashboard."""
    return grafana_expr.replace("$__rate_interval", "5m").replace("$job", ".*")


def test_the_alert_rules_are_valid(manifests: Any, tmp_path: Path) -> None:
    rules = tmp_path / "alerts.rules.yaml"
    rules.write_text(yaml.safe_dump({"groups": rule_groups(manifests)}, allow_unicode=True))
    checked = promtool("check", "rules", str(rules))
    assert checked.returncode == 0, checked.stdout + checked.stderr


def test_each_alert_fires_when_it_should_and_only_then(manifests: Any, tmp_path: Path) -> None:
    (tmp_path / "alerts.rules.yaml").write_text(
        yaml.safe_dump({"groups": rule_groups(manifests)}, allow_unicode=True)
    )
    tests = tmp_path / "alerts.test.yaml"
    shutil.copyfile(OBSERVABILITY / "tests" / "alerts.test.yaml", tests)
    ran = promtool("test", "rules", str(tests))
    assert ran.returncode == 0, ran.stdout + ran.stderr
    alerts = {r["alert"] for g in rule_groups(manifests) for r in g["rules"] if "alert" in r}
    tested = {
        case["alertname"]
        for test in yaml.safe_load(tests.read_text())["tests"]
        for case in test.get("alert_rule_test", [])
        if case["exp_alerts"]
    }
    assert tested == alerts, "every alert has a unit test in which it fires"


def test_the_dashboard_queries_are_valid(tmp_path: Path) -> None:
    queries = dashboard_queries()
    assert len(queries) >= 10
    records = [
        {"record": f"dashboard:panel_{i}", "expr": as_promql(q)} for i, q in enumerate(queries)
    ]
    rules = tmp_path / "dashboard.rules.yaml"
    rules.write_text(yaml.safe_dump({"groups": [{"name": "dashboard", "rules": records}]}))
    checked = promtool("check", "rules", str(rules))
    assert checked.returncode == 0, checked.stdout + checked.stderr


def test_only_the_agreed_metric_names_are_used(manifests: Any) -> None:
    exprs = dashboard_queries() + [
        r["expr"] for g in rule_groups(manifests) for r in g["rules"] if "alert" in r
    ]
    used = {name for expr in exprs for name in METRIC_NAME.findall(expr)}
    assert used <= METRICS, used - METRICS
    # And the dashboard shows every one of them (up aside).
    shown = {name for expr in dashboard_queries() for name in METRIC_NAME.findall(expr)}
    assert shown == METRICS - {"up"}


def test_alerts_link_to_runbook_sections_that_exist(manifests: Any) -> None:
    text = re.sub(r"^```.*?^```", "", RUNBOOK.read_text(), flags=re.MULTILINE | re.DOTALL)
    headings = re.findall(r"^#+ (.+)$", text, flags=re.MULTILINE)
    anchors = {re.sub(r"[^\w\- ]", "", h.strip().lower()).replace(" ", "-") for h in headings}
    for group in rule_groups(manifests):
        for rule in group["rules"]:
            link = rule["annotations"].get("runbook")
            if link:
                path, _, anchor = link.partition("#")
                assert path == "docs/runbook.md" and anchor in anchors, (rule["alert"], link)


def test_the_dashboard_and_scraping_are_deployed(manifests: Any) -> None:
    shipped = manifests.get("ConfigMap", "frontline-grafana-dashboard")
    assert shipped["metadata"]["labels"]["grafana_dashboard"] == "1"
    assert json.loads(shipped["data"]["frontline.json"])["uid"] == "frontline-services"
    monitor = manifests.get("ServiceMonitor", "frontline-services")["spec"]
    wanted = monitor["selector"]["matchLabels"]
    scraped = {
        s["metadata"]["name"]
        for s in manifests.of_kind("Service")
        if wanted.items() <= s["metadata"]["labels"].items()
        and any(p["name"] == monitor["endpoints"][0]["port"] for p in s["spec"]["ports"])
    }
    assert scraped == set(manifests.services)
