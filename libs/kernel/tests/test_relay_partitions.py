"""The relay's cached partition choice is the default partitioner's, per key."""

from __future__ import annotations

from aiokafka.partitioner import DefaultPartitioner

from frontline.kernel.relay import KeyPartitions


def test_every_key_goes_where_the_default_partitioner_sends_it() -> None:
    choose = KeyPartitions()
    keys = [f"unit-{n}".encode() for n in range(500)]
    for partitions in ([0, 1, 2], [0, 1, 2, 3, 4, 5]):
        expected = [DefaultPartitioner()(k, partitions, partitions) for k in keys]
        # Twice: the second pass is answered from the cache.
        assert [choose("org.events.v1", k, partitions) for k in keys] == expected
        assert [choose("org.events.v1", k, partitions) for k in keys] == expected
    assert len({choose("org.events.v1", k, [0, 1, 2]) for k in keys}) == 3
