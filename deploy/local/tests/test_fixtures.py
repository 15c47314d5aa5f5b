"""The session fixtures give every test a real broker and a real database server."""

from __future__ import annotations

import socket

import asyncpg
import pytest
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.errors import UnknownTopicOrPartitionError

from frontline.kernel.kafka_client import kafka_options
from frontline.stack.ports import free_port
from frontline.stack.postgres import PostgresLauncher
from frontline.stack.testing import TestPostgres, _started, _throwaway_folder


async def test_a_message_produced_on_a_new_topic_can_be_consumed(
    kafka_bootstrap: str, unique: str
) -> None:
    admin = AIOKafkaAdminClient(**kafka_options(kafka_bootstrap))
    await admin.start()
    try:
        await admin.create_topics([NewTopic(unique, num_partitions=3, replication_factor=1)])
    finally:
        await admin.close()
    producer = AIOKafkaProducer(
        **kafka_options(kafka_bootstrap), acks="all", enable_idempotence=True
    )
    await producer.start()
    try:
        await producer.send_and_wait(unique, b'{"hello": "county"}', key=b"unit-1")
    finally:
        await producer.stop()
    consumer = AIOKafkaConsumer(
        unique, **kafka_options(kafka_bootstrap), auto_offset_reset="earliest"
    )
    await consumer.start()
    try:
        message = await consumer.getone()
    finally:
        await consumer.stop()
    assert (message.key, message.value) == (b"unit-1", b'{"hello": "county"}')


async def test_topics_are_not_created_by_accident(kafka_bootstrap: str, unique: str) -> None:
    # auto.create.topics.enable=false: services create their topics on purpose,
    # a mistyped topic name must fail loudly instead of starting a new topic.
    producer = AIOKafkaProducer(**kafka_options(kafka_bootstrap), request_timeout_ms=2000)
    await producer.start()
    try:
        with pytest.raises(UnknownTopicOrPartitionError):
            await producer.send_and_wait(unique, b"lost")
    finally:
        await producer.stop()
    admin = AIOKafkaAdminClient(**kafka_options(kafka_bootstrap))
    await admin.start()
    try:
        assert unique not in await admin.list_topics()
    finally:
        await admin.close()


async def test_each_database_is_fresh_and_usable(pg: TestPostgres, unique: str) -> None:
    first = await pg.create_database(unique)
    second = await pg.create_database(unique)
    assert first != second
    connection = await asyncpg.connect(first)
    try:
        await connection.execute("CREATE TABLE decisions (id int PRIMARY KEY, title text)")
        await connection.execute("INSERT INTO decisions VALUES (1, '三会一课')")
        assert await connection.fetchval("SELECT title FROM decisions WHERE id = 1") == "三会一课"
    finally:
        await connection.close()
    connection = await asyncpg.connect(second)
    try:
        tables = await connection.fetch("SELECT 1 FROM pg_tables WHERE tablename = 'decisions'")
    finally:
        await connection.close()
    assert tables == []


async def test_the_server_takes_many_connections(pg: TestPostgres) -> None:
    connection = await asyncpg.connect(pg.admin_dsn)
    try:
        assert int(await connection.fetchval("SHOW max_connections")) >= 300
    finally:
        await connection.close()


def test_unique_names_differ_and_are_valid_identifiers(unique: str) -> None:
    assert unique.islower() and unique.isidentifier() and len(unique) <= 12


async def test_a_port_taken_before_the_server_binds_it_costs_only_a_restart() -> None:
    # Other sessions pick free ports too and may grab ours first (see _started).
    with _throwaway_folder("pg") as folder, socket.socket() as squatter:
        squatter.bind(("127.0.0.1", 0))
        squatter.listen()
        taken = squatter.getsockname()[1]
        ports = iter([taken, free_port()])
        server = await _started(
            lambda attempt: PostgresLauncher(folder / str(attempt), next(ports), durable=False)
        )
        try:
            assert server.port != taken
            connection = await asyncpg.connect(server.admin_dsn)
            await connection.close()
        finally:
            server.stop()
