"""The public keys a service trusts, re-read from their file while the service runs.

Rotating the county's signing key must not need a restart of every service
(docs/runbook.md, "Rotate the signing key"): the file is checked with a cheap ``stat``
at most once per interval and parsed again only when it changed.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Mapping
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from frontline.kernel.auth.keys import parse_public_keys

log = logging.getLogger(__name__)


def _fingerprint_of(path: Path) -> tuple[int, int, int, int] | None:
    try:
        stat = path.stat()
    except OSError:
        return None  # gone for now; reading it reports why
    # Inode too: an atomic replace (rename over the file) may keep size and mtime.
    return (stat.st_ino, stat.st_size, stat.st_mtime_ns, stat.st_ctime_ns)


class PublicKeyRing:
    """Trusted public keys by ``kid``; raises at start when the file is unusable."""

    def __init__(self, path: Path, check_seconds: float = 5.0) -> None:
        self.path = path
        self.check_seconds = check_seconds
        self._seen = _fingerprint_of(path)
        self._keys = parse_public_keys(path.read_bytes())
        self._next_check = time.monotonic() + check_seconds

    def current(self) -> Mapping[str, Ed25519PublicKey]:
        now = time.monotonic()
        if now >= self._next_check:
            self._next_check = now + self.check_seconds
            self._reload_if_changed()
        return self._keys

    def _reload_if_changed(self) -> None:
        seen = _fingerprint_of(self.path)
        if seen == self._seen:
            return
        # Remember the attempt even when it fails: one error line per change of the
        # file, not one per call.
        self._seen = seen
        try:
            keys = parse_public_keys(self.path.read_bytes())
        except (OSError, ValueError) as exc:
            # An operator's half-written file must not lock every operator out.
            log.error(
                "token public keys not reloaded, keeping the previous ones",
                extra={"path": str(self.path), "error": str(exc)},
            )
            return
        if keys.keys() != self._keys.keys():
            log.info(
                "token public keys reloaded",
                extra={"path": str(self.path), "kids": sorted(keys)},
            )
        self._keys = keys
