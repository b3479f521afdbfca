"""Sync use cases: the office's packages and receipts, the central office's imports."""
