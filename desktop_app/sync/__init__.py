"""Sync packages between offices and the central office (design.md, "Sync packages")."""
