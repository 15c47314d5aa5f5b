"""Projectors: one module per source topic turns public events into read-model writes.

A projector module defines ``TOPIC`` and ``HANDLERS`` (ce_type -> pure function
from an event to a ``Projection``); ``registry`` finds every such module, so
adding the service-center or discipline topic is one new module here.
"""
