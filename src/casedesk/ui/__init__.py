"""The Qt desktop interface. Talks to the service layer only, and only through the database thread."""
