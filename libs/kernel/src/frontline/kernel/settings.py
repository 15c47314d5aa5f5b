"""Process settings, read from ``FRONTLINE_*`` environment variables."""

from __future__ import annotations

from pathlib import Path

from pydantic_settings import SettingsConfigDict

from frontline.kernel.kafka_client import KafkaClientSettings


class ServiceSettings(KafkaClientSettings):
    """What one service process needs to run; the supervisor sets these per process.

    The Kafka address and credentials (FRONTLINE_KAFKA_*) come from KafkaClientSettings.
    """

    # A service's own settings nest under a name: FRONTLINE_RULES__PUBLIC_NOTICE_DAYS.
    model_config = SettingsConfigDict(
        env_prefix="FRONTLINE_", env_nested_delimiter="__", extra="ignore"
    )

    service_name: str = ""
    county_code: str = "440781"
    # The county's time zone: business dates ("today", a deadline's day) are local.
    time_zone: str = "Asia/Shanghai"
    # This service's own database (the supervisor derives one per service).
    database_url: str = "postgresql://postgres@127.0.0.1:5432/frontline"
    grpc_host: str = "127.0.0.1"
    grpc_port: int = 0
    http_port: int = 0
    jwt_public_key_path: Path = Path(".frontline/keys/county.pub.pem")
    # How often the public key file is checked for a rotation (docs/runbook.md).
    jwt_key_check_seconds: float = 5.0
    jwt_issuer: str = "frontline"
    jwt_audience: str = "frontline"
    tls_cert_path: Path | None = None
    tls_key_path: Path | None = None
    tls_client_ca_path: Path | None = None
    # Tests isolate themselves by topic names: every topic gets this prefix.
    topic_prefix: str = ""
    topic_partitions: int = 3
    # 1 for the single-node local stack; 3 on a production cluster.
    topic_replication: int = 1
    relay_batch_size: int = 2000
    relay_poll_seconds: float = 0.5
    timer_poll_seconds: float = 1.0
    db_pool_size: int = 10
    # Time limits (DESIGN.md §7: a hung dependency answers UNAVAILABLE, fast): a unary
    # call, or the client's own deadline if sooner; one database statement (long ones
    # included: a read-model rebuild's index build); opening a database connection.
    rpc_deadline_seconds: float = 5.0
    db_command_seconds: float = 60.0
    db_connect_seconds: float = 5.0
    # /health/ready checks PostgreSQL, the producer and the consumer groups, each within
    # the timeout, and answers from the last look for this long.
    readiness_timeout_seconds: float = 1.0
    readiness_cache_seconds: float = 1.5
    log_level: str = "INFO"
    # One JSON line per RPC (denied ones included); to stdout when unset.
    audit_log_path: Path | None = None
    # How often each instance looks for calendar years another instance loaded.
    calendar_refresh_seconds: float = 10.0
    # Directory with extra statutory-calendar years loaded by `frontline admin calendar`.
    calendar_dir: Path | None = None
