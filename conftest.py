"""Fixtures for every test in the repository: real Kafka and PostgreSQL, started
lazily once per session (see deploy/local/src/frontline/stack/testing.py)."""

# Imported up front, for CPython gh-106905 (3.11 up to 3.11.7: "AST constructor recursion
# depth mismatch" when a finalizer run by the garbage collector, or another thread,
# parses code in the middle of a parse). Hypothesis' pytest plugin otherwise imports it
# at the end of the session, and pytest's assertion rewriting then parses every module
# of it while the tests' leftovers (asyncio tasks that log tracebacks when collected)
# are being finalized. Our own source-reading tests parse through
# frontline.testkit.source_trees, which tries that error again; this parse is pytest's,
# so it is moved to the start, before any test has left such garbage.
import hypothesis  # noqa: F401

pytest_plugins = ["frontline.stack.testing"]
