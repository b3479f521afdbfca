"""Sync on screen: the office's sync dialog and the central office's Impor tab."""
