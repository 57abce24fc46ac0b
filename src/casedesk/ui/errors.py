"""Service errors in the worker's words, and the last-resort handler for unexpected errors.

Services raise codes (``ValidationFailed.problems``, typed desk-open errors); only this module turns
them into sentences, so every language gets the same, complete set.
"""

import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from casedesk.services.errors import (
    DeskAlreadyExists,
    DeskDamaged,
    DeskNotFound,
    DeskOpenError,
    DeskTooNew,
    NotADesk,
    NotFound,
    ValidationFailed,
    WrongPassphrase,
)
from casedesk.ui import messages


def _tr(text: str) -> str:
    return QCoreApplication.translate("Errors", text)


def problem_text(code: str) -> str:
    """One sentence for a ValidationFailed problem code."""
    texts = {
        "required": _tr("Please fill in this field."),
        "name_or_alias_required": _tr("Enter a name or an alias."),
        "in_future": _tr("This date lies in the future."),
        "too_old": _tr("This date is too far in the past."),
        "invalid_phone": _tr("This does not look like a phone number."),
        "out_of_range": _tr("This value is out of range."),
        "mismatch": _tr("The two passphrases do not match."),
        "too_short": _tr("The passphrase needs at least 8 characters."),
        "invalid_character": _tr("The passphrase contains a character that cannot be used."),
        "before_granted": _tr("The expiry date lies before the date it was granted."),
        "unknown": _tr("This value is not known."),
    }
    return texts.get(code, _tr("This value cannot be used."))


def field_label(field: str) -> str:
    labels = {
        "first_name": _tr("Name"),
        "last_name": _tr("Last name"),
        "alias": _tr("Alias"),
        "birth_date": _tr("Date of birth"),
        "consent_date": _tr("Consent date"),
        "phone": _tr("Phone"),
        "worker_name": _tr("Your name"),
        "passphrase": _tr("Passphrase"),
        "passphrase_repeat": _tr("Repeat passphrase"),
        "client_id": _tr("Client"),
        "occurred_at": _tr("Date and time"),
        "duration_minutes": _tr("Duration"),
        "follow_up_title": _tr("Follow-up task"),
        "title": _tr("Title"),
        "helper": _tr("Helper"),
        "granted_on": _tr("Granted on"),
        "expires_on": _tr("Expires on"),
        "type": _tr("Type"),
    }
    return labels.get(field, field)


def validation_summary(error: ValidationFailed) -> str:
    return "\n".join(f"{field_label(field)}: {problem_text(code)}" for field, code in error.problems.items())


def desk_open_error_text(error: DeskOpenError) -> str:
    if isinstance(error, WrongPassphrase):
        return _tr("Wrong passphrase. Nothing was changed; please try again.")
    if isinstance(error, DeskNotFound):
        return _tr("There is no desk file at this place.")
    if isinstance(error, DeskAlreadyExists):
        return _tr("A desk file already exists at this place.")
    if isinstance(error, NotADesk):
        return _tr("This file is not a CaseDesk desk.")
    if isinstance(error, DeskDamaged):
        return _tr("The desk file is damaged and cannot be opened. "
                   "Restore it from a backup or sync it again from the office.")
    if isinstance(error, DeskTooNew):
        return _tr("This desk was written by a newer version of CaseDesk. Please update CaseDesk.")
    return _tr("The desk cannot be opened.")


def error_text(error: BaseException) -> str:
    """Words for any error a desk operation may raise."""
    if isinstance(error, ValidationFailed):
        return validation_summary(error)
    if isinstance(error, DeskOpenError):
        return desk_open_error_text(error)
    if isinstance(error, NotFound):
        return _tr("This entry no longer exists. It may have been removed by a sync.")
    return generic_error_text()


def generic_error_text() -> str:
    return _tr("Something went wrong and the last action was not completed. "
               "Your saved data is safe. If this happens again, please tell your administrator.")


def _show_unexpected_error(kind: type[BaseException], value: BaseException,
                           tb: TracebackType | None) -> None:
    """sys.excepthook: a generic, translated box; no traceback text (it may hold client data).

    Nothing is written to disk: crash files would be a copy of client data outside the encryption.
    """
    if issubclass(kind, KeyboardInterrupt):
        QApplication.quit()
        return
    if isinstance(value, (ValidationFailed, DeskOpenError, NotFound)):
        messages.warning(QApplication.activeWindow(), _tr("CaseDesk"), error_text(value))
        return
    # The exception type and code location (never its message or values) help support.
    location = traceback.extract_tb(tb)[-1] if tb else None
    where = f" ({kind.__name__} {location.name}:{location.lineno})" if location else f" ({kind.__name__})"
    messages.critical(QApplication.activeWindow(), _tr("CaseDesk"), generic_error_text() + where)


def install_excepthook() -> None:
    sys.excepthook = _show_unexpected_error
