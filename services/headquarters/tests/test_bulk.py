"""Set-based writes: an upsert never touches a row twice in one statement."""

from __future__ import annotations

from frontline.headquarters.projection.bulk import _waves


def test_rows_sharing_an_upsert_key_go_into_successive_statements_in_their_order() -> None:
    rows = [("k1", "a"), ("k2", "b"), ("k1", "c"), ("k1", "d"), ("k3", "e")]
    assert _waves(rows, (0,)) == [
        [("k1", "a"), ("k2", "b"), ("k3", "e")],
        [("k1", "c")],
        [("k1", "d")],
    ]


def test_inserts_that_ignore_conflicts_go_in_one_statement() -> None:
    rows = [("k1", "a"), ("k1", "b")]
    assert _waves(rows, None) == [rows]
