"""Fixtures for every test in the repository: real Kafka and PostgreSQL, started
lazily once per session (see deploy/local/src/frontline/stack/testing.py)."""

pytest_plugins = ["frontline.stack.testing"]
