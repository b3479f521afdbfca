"""Demo data: a realistic Dinas Kesehatan for training, screenshots and benchmarks (not a service
of the program's users).
"""
