"""Typed failures of opening a desk; only the UI and CLI turn them into words."""


class DeskOpenError(Exception):
    """Base class: the desk could not be opened and nothing in it was changed."""


class DeskNotFound(DeskOpenError):
    pass


class DeskAlreadyExists(DeskOpenError):
    pass


class WrongPassphrase(DeskOpenError):
    pass


class NotADesk(DeskOpenError):
    """The file is readable but is no CaseDesk database (e.g. a plain SQLite file or a document)."""


class DeskDamaged(DeskOpenError):
    pass


class DeskTooNew(DeskOpenError):
    """The file was written by a newer CaseDesk; opening it here could damage it."""

    def __init__(self, revision: str) -> None:
        super().__init__(revision)
        self.revision = revision
