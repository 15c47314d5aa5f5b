"""SQL migrations of the cadre service: keys, ID-hash index, org directory, read models."""
