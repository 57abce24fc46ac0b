"""Typed failures of opening a desk; only the UI and CLI turn them into words."""

from dataclasses import dataclass
from pathlib import Path


class DeskOpenError(Exception):
    """Base class: the desk could not be opened (or created) and nothing in it was changed."""


class DeskNotFound(DeskOpenError):
    pass


class DeskAlreadyExists(DeskOpenError):
    pass


class WrongPassphrase(DeskOpenError):
    pass


class NotADesk(DeskOpenError):
    """The file is readable but is no CaseDesk database (e.g. a plain SQLite file or a document)."""


class DeskDamaged(DeskOpenError):
    """Pages fail their authentication code or the database structure is broken: only here does a
    backup help. ``detail`` is SQLite's first finding (page numbers, no content)."""

    def __init__(self, detail: str = "") -> None:
        super().__init__(detail)
        self.detail = detail


class DeskTooNew(DeskOpenError):
    """The file was written by a newer CaseDesk; opening it here could damage it."""

    def __init__(self, revision: str) -> None:
        super().__init__(revision)
        self.revision = revision


class FolderInTheWay(DeskOpenError):
    """A folder stands where the desk file should be."""


class DeskReadOnly(DeskOpenError):
    """The desk file or its folder cannot be written (permissions, a read-only medium)."""


class DiskFull(DeskOpenError):
    """The disk has no room left. ``needed_bytes`` is what the operation wanted, when known."""

    def __init__(self, needed_bytes: int | None = None) -> None:
        super().__init__(needed_bytes)
        self.needed_bytes = needed_bytes


class DeskInUse(DeskOpenError):
    """Another CaseDesk (or another program) holds the desk's lock."""


@dataclass(frozen=True)
class ForeignWalMovedAside:
    """Opening found a write-ahead log that does not fit this desk (left by another desk or from
    before a restored backup) and moved it to ``moved_to`` instead of applying it."""

    moved_to: Path


#: What an open may have to tell the worker although it succeeded.
OpenWarning = ForeignWalMovedAside
