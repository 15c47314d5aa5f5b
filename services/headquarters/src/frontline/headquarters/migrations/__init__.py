"""Kernel-applied migrations of the headquarters database (read-model tables are per schema)."""
