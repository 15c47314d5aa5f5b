"""Pure deciders of the service-center service: centres, service requests, requesters."""
