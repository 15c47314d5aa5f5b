"""Queries over the read model, shared by the gRPC service and the dashboard's JSON."""
