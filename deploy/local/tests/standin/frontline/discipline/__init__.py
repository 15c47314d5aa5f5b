"""A stand-in service process for the supervisor tests (not the discipline service)."""
