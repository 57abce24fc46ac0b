"""Synchronisation with the office's central store (hub and spoke)."""
