"""The discipline service's application layer: one function per use case."""
