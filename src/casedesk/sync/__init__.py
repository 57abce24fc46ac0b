"""Sync with the office's central store (PostgreSQL or a SQLite file): protocol, merge, conflicts.

Hub and spoke: a laptop talks only to the central store. One run is handshake → push → pull →
sanity check (see ``casedesk.sync.engine``); the central side's bookkeeping is in
``casedesk.sync.central``. No Qt and no service layer here; ``casedesk.services.sync_service``
wraps it for the UI and CLI.
"""
