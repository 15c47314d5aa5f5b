"""Pure cadre domain: deciders for the cadre registry and the township pay summary (no I/O)."""
