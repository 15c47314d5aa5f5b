"""Pure organization domain: deciders for org units, decisions and meetings (no I/O)."""
