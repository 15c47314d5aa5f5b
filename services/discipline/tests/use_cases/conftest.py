from __future__ import annotations

import pytest

from .memory import World


@pytest.fixture
def world() -> World:
    w = World()
    w.acting_as("discipline_intake", sub="intake-wang")
    return w
