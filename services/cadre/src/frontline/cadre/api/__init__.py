"""gRPC entry point of the cadre service: thin mappers, authorization rules, messages."""
