"""Prometheus metrics every service exposes on its side port.

The counters of this process. The gRPC server's are in grpc/telemetry.py; what is
sampled from the database and Kafka when scraped (outbox, parked rows, timers, lag) is in
observability.py.
"""

from __future__ import annotations

from prometheus_client import Counter

COMMANDS = Counter("frontline_commands_total", "Commands handled", ["command", "outcome"])
RELAY_PUBLISHED = Counter("frontline_relay_published_total", "Outbox rows published")
CONSUMED = Counter("frontline_consumed_total", "Messages consumed", ["consumer", "outcome"])
DEAD_LETTERS = Counter("frontline_dead_letters", "Messages put on a .dlq", ["consumer"])
TIMERS_FIRED = Counter("frontline_timers_fired_total", "Timers fired", ["kind", "outcome"])
# A row the broker refused for good is parked (kernel/parked.py); alerts watch this.
# The rows parked and held behind them now are sampled when scraped (observability.py).
OUTBOX_PARKED_TOTAL = Counter("frontline_outbox_parked_total", "Outbox rows parked")
