"""Prometheus metrics every service exposes on its side port."""

from __future__ import annotations

from prometheus_client import Counter, Gauge, Histogram

COMMANDS = Counter("frontline_commands_total", "Commands handled", ["command", "outcome"])
RPC_LATENCY = Histogram("frontline_rpc_seconds", "gRPC call latency", ["method", "code"])
RELAY_PUBLISHED = Counter("frontline_relay_published_total", "Outbox rows published")
RELAY_BACKLOG = Gauge("frontline_relay_backlog", "Outbox rows seen in the last batch")
CONSUMED = Counter("frontline_consumed_total", "Messages consumed", ["consumer", "outcome"])
TIMERS_FIRED = Counter("frontline_timers_fired_total", "Timers fired", ["kind", "outcome"])
# A row the broker refused for good is parked (kernel/parked.py); alerts watch these.
OUTBOX_PARKED_TOTAL = Counter("frontline_outbox_parked_total", "Outbox rows parked")
OUTBOX_PARKED = Gauge("frontline_outbox_parked_rows", "Outbox rows parked now")
OUTBOX_HELD = Gauge("frontline_outbox_held_rows", "Outbox rows waiting behind a parked row")
