"""The service-center service's use cases: one function each, over the ports in ports.py."""
