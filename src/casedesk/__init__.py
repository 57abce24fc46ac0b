"""CaseDesk: offline-first, encrypted case management for outreach caseworkers."""

__version__ = "0.1.0"
