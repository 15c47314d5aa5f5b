"""gRPC entry point of the cadre service: servicer, authorization rules, conversions."""
