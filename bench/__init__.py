"""Benchmarks: measured here, never asserted in timed tests (`make bench`)."""
