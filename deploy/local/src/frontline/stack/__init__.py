"""The local Frontline stack: Kafka from Maven Central jars, embedded PostgreSQL,
every service as its own process, and the pytest fixtures built on the same launchers."""
