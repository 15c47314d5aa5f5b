"""Fixtures for every test in the repository: real Kafka and PostgreSQL, started
lazily once per session (see deploy/local/src/frontline/stack/testing.py)."""

# Imported up front: Hypothesis' pytest plugin otherwise imports it at the end of the
# session, and Python 3.11.7 can then refuse to compile it ("AST constructor recursion
# depth mismatch", CPython gh-106905) after threads compiled code during the tests.
import hypothesis  # noqa: F401

pytest_plugins = ["frontline.stack.testing"]
