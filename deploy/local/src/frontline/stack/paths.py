"""Where the local stack keeps its files."""

from __future__ import annotations

import os
from pathlib import Path

_MARKER = Path("deploy/local/kafka/pom.xml")


def repo_root() -> Path:
    """The checkout this package runs from: the nearest folder holding the Kafka pom."""
    for start in (Path.cwd(), Path(__file__).resolve()):
        for folder in (start, *start.parents):
            if (folder / _MARKER).is_file():
                return folder
    raise RuntimeError(
        f"cannot find the Frontline checkout ({_MARKER} not found above {Path.cwd()})"
    )


def kafka_pom() -> Path:
    return repo_root() / _MARKER


def default_home() -> Path:
    """State of `make up` (git-ignored): data, keys, token, logs, stack.env."""
    return Path(os.environ.get("FRONTLINE_HOME", repo_root() / ".frontline"))


def kafka_libs_dir() -> Path:
    """Kafka's jars, shared by `make up` and the test fixtures so Maven runs once."""
    override = os.environ.get("FRONTLINE_KAFKA_LIBS")
    return Path(override) if override else repo_root() / ".frontline" / "cache" / "kafka-libs"
