"""Every read of a clue or case as a line of the audit log (DOMAIN.md "Case").

The line names the reader and the clue and case, and what happened (read, listed,
changed, denied); never anything the clue or case says.
"""

from __future__ import annotations

import logging

audit = logging.getLogger("frontline.audit")


class LogReadAudit:
    def read(self, reader: str, clue_id: str, case_id: str | None, outcome: str) -> None:
        audit.info(
            "clue read",
            extra={"reader": reader, "clue_id": clue_id, "case_id": case_id, "outcome": outcome},
        )
