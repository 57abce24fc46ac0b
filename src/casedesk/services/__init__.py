"""The use cases the UI and CLI call. Owns sessions and transactions; never imports Qt."""
