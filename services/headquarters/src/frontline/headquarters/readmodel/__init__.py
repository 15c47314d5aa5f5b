"""The headquarters read model: its tables (``schema.sql``) and their DDL."""
