"""Writing a document the worker asked for to a file: never over the desk, never unasked, 0600.

The CLI and the UI's "Save as PDF" both write through ``write_document``, so the same rules hold
wherever a path is typed or picked.
"""

import os
from collections.abc import Iterable
from pathlib import Path
from urllib.parse import unquote, urlsplit

_PDF_MAGIC = b"%PDF"
#: How a JSON export (``casedesk export``) begins: only such a file is replaced by the next one.
JSON_MAGIC = b"{"
#: What SQLite keeps beside a database file.
_SIDECARS = ("", "-wal", "-shm", "-journal")


class OutputRefused(Exception):
    """The document was not written. ``reason``: ``desk_file`` (the desk, its -wal/-shm or the
    central store), ``folder``, ``exists`` (ask first, then pass ``overwrite``), ``not_a_document``
    (an existing file that is no PDF is never replaced)."""

    def __init__(self, reason: str, path: Path) -> None:
        super().__init__(f"{reason}: {path}")
        self.reason = reason
        self.path = path


def central_store_file(url: str | None) -> Path | None:
    """The file of a central store given as ``sqlite:///path`` or ``sqlcipher:///path``; None for
    a server or no URL."""
    if not url:
        return None
    parts = urlsplit(url)
    if not parts.scheme.startswith(("sqlite", "sqlcipher")) or not parts.path or parts.path == "/:memory:":
        return None
    # As SQLAlchemy reads it: sqlite:///relative.db, sqlite:////absolute.db.
    return Path(unquote(parts.path[1:]))


def protected_files(desk_path: Path | None) -> list[Path]:
    """The desk with its SQLite side files, and a local central store (CASEDESK_CENTRAL_URL)."""
    databases = [desk_path, central_store_file(os.environ.get("CASEDESK_CENTRAL_URL"))]
    return [base.with_name(base.name + suffix) for base in databases if base for suffix in _SIDECARS]


def _same_file(first: Path, second: Path) -> bool:
    try:
        return first.exists() and second.exists() and os.path.samefile(first, second)
    except OSError:
        return False


def check_output(path: Path, overwrite: bool, protected: Iterable[Path] = (), magic: bytes = _PDF_MAGIC) -> None:
    """Raise OutputRefused unless ``path`` may receive a document (an existing file only if it
    begins with ``magic``, the kind of document written: a PDF unless told otherwise)."""
    resolved = path.resolve()
    for kept in protected:
        if resolved == kept.resolve() or _same_file(path, kept):
            raise OutputRefused("desk_file", path)
    if path.is_dir():
        raise OutputRefused("folder", path)
    # Refused before the document is made: making it is logged (the access log), writing it
    # into a folder that is not there would fail after.
    if not path.parent.is_dir():
        raise OutputRefused("no_folder", path)
    if path.exists():
        try:
            with path.open("rb") as existing:
                head = existing.read(len(magic))
        except OSError:
            head = b""
        if head != magic:
            raise OutputRefused("not_a_document", path)
        if not overwrite:
            raise OutputRefused("exists", path)


def write_document(path: Path, data: bytes, overwrite: bool, protected: Iterable[Path] = (),
                   magic: bytes = _PDF_MAGIC) -> None:
    """Write ``data`` to ``path`` readable by the user only; OSError when the disk refuses."""
    check_output(path, overwrite, protected, magic)
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_NOFOLLOW", 0), 0o600)
    try:
        # An existing PDF keeps its old mode through O_CREAT; a document holds client data.
        os.fchmod(descriptor, 0o600)
        with os.fdopen(descriptor, "wb") as handle:
            descriptor = -1
            handle.write(data)
    finally:
        if descriptor >= 0:
            os.close(descriptor)
