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
    DeskInUse,
    DeskNotFound,
    DeskOpenError,
    DeskReadOnly,
    DeskTooNew,
    DiskFull,
    FolderInTheWay,
    NotADesk,
    NotFound,
    TeamSettingRestricted,
    ValidationFailed,
    WrongPassphrase,
)
from casedesk.services.sync_service import (
    CentralNotInitialised,
    CentralOutdated,
    CentralRefused,
    CentralUnreachable,
    ClientOutdated,
    ClockAhead,
    CredentialsRejected,
    DeviceRevoked,
    SyncCancelled,
    SyncNotConfigured,
    WorkerDisabled,
    WrongWorker,
)
from casedesk.ui import messages

# lupdate reads ``translate("Context", "literal")`` calls; the alias keeps lines short.
translate = QCoreApplication.translate



def problem_text(code: str) -> str:
    """One sentence for a ValidationFailed problem code."""
    texts = {
        "required": translate("Errors", "Please fill in this field."),
        "name_or_alias_required": translate("Errors", "Enter a name or an alias."),
        "in_future": translate("Errors", "This date lies in the future."),
        "too_old": translate("Errors", "This date is too far in the past."),
        "invalid_phone": translate("Errors", "This does not look like a phone number."),
        "out_of_range": translate("Errors", "This value is out of range."),
        "mismatch": translate("Errors", "The two passphrases do not match."),
        "too_short": translate("Errors", "The passphrase needs at least 8 characters."),
        "invalid_character": translate("Errors", "This contains a character that cannot be saved."),
        "too_long": translate("Errors", "This is too long to be saved."),
        "whole_minutes": translate("Errors", "Enter whole minutes."),
        "not_local_time": translate("Errors", "Enter a local date and time."),
        "raw_key": translate("Errors", "This has the form of a raw key (x'…'). Choose another passphrase."),
        "before_granted": translate("Errors", "The expiry date lies before the date it was granted."),
        "unknown": translate("Errors", "This value is not known."),
        "before_start": translate("Errors", "This date lies before the start."),
        "not_mergeable": translate("Errors", "This field cannot be taken over from the other record."),
        "before_opening": translate("Errors", "This date lies before the episode opened."),
        "before_closure": translate("Errors", "This date lies before the case was closed."),
        "before_referral": translate("Errors", "This date lies before the referral."),
        "before_change": translate("Errors", "This date lies before the change it follows."),
        "before_last_change": translate("Errors", "This date lies before the referral's last change."),
        "close_with_reason": translate("Errors", "A case is closed with Close case…, which asks for the reason."),
        "none_open": translate("Errors", "The client has no open case episode. Reopen the case first."),
        "still_open": translate("Errors", "The case is still open."),
        "not_allowed": translate("Errors", "The referral cannot move to this state from where it is."),
        "provider_or_person": translate("Errors", "Choose a helper from the directory or name a person."),
        "exists": translate("Errors", "This exists already."),
        "not_latest": translate("Errors", "Only the latest version can be changed. Open the latest version."),
        "one_macro": translate("Errors", "A plan has one macro goal; add this as a meso goal under it."),
        "macro_at_top": translate("Errors", "The macro goal stands at the top of the plan."),
        "meso_under_macro": translate("Errors", "A meso goal stands under the macro goal or at the top."),
        "micro_under_meso": translate("Errors", "A step stands under a meso goal."),
        "other_episode": translate("Errors", "These belong to different case episodes."),
        "other_client": translate("Errors", "These belong to different clients."),
        "too_many": translate("Errors", "There are too many entries here."),
        "same_person": translate("Errors", "A tie needs two different persons."),
        "unchanged": translate("Errors", "This is the passphrase the desk has now. Choose a new one."),
        "before_given": translate("Errors", "This date lies before the consent was given."),
        "already_withdrawn": translate("Errors", "This consent was withdrawn already."),
        "leads_only": translate("Errors", "Only team leads and admins change this."),
        "beyond_release": translate("Errors", "This goes beyond what the release of confidentiality covers."),
        "other_helper": translate("Errors", "This release of confidentiality is for another helper."),
        "not_valid": translate("Errors", "This release of confidentiality is not valid on that day."),
    }
    return texts.get(code, translate("Errors", "This value cannot be used."))


def field_label(field: str) -> str:
    labels = {
        "first_name": translate("Errors", "Name"),
        "last_name": translate("Errors", "Last name"),
        "alias": translate("Errors", "Alias"),
        "birth_date": translate("Errors", "Date of birth"),
        "consent_date": translate("Errors", "Consent date"),
        "phone": translate("Errors", "Phone"),
        "worker_name": translate("Errors", "Your name"),
        "passphrase": translate("Errors", "Passphrase"),
        "passphrase_repeat": translate("Errors", "Repeat passphrase"),
        "client_id": translate("Errors", "Client"),
        "occurred_at": translate("Errors", "Date and time"),
        "duration_minutes": translate("Errors", "Duration"),
        "follow_up_title": translate("Errors", "Follow-up task"),
        "title": translate("Errors", "Title"),
        "helper": translate("Errors", "Helper"),
        "granted_on": translate("Errors", "Granted on"),
        "expires_on": translate("Errors", "Expires on"),
        "type": translate("Errors", "Type"),
        "place": translate("Errors", "Place"),
        "note": translate("Errors", "Note"),
        "motivational_stage": translate("Errors", "Motivational stage"),
        "due_at": translate("Errors", "Due"),
        "gender": translate("Errors", "Gender"),
        "languages": translate("Errors", "Languages"),
        "address": translate("Errors", "Address"),
        "whereabouts": translate("Errors", "Whereabouts"),
        "emergency_notes": translate("Errors", "Emergency notes"),
        "episode": translate("Errors", "Case episode"),
        "phase": translate("Errors", "Phase"),
        "reason": translate("Errors", "Reason"),
        "closure_code": translate("Errors", "Closure reason"),
        "closed_on": translate("Errors", "Closed on"),
        "aftercare_on": translate("Errors", "After-care call"),
        "evaluated_on": translate("Errors", "Evaluated on"),
        "state": translate("Errors", "State"),
        "on": translate("Errors", "Date"),
        "follow_up_on": translate("Errors", "Follow-up"),
        "provider": translate("Errors", "Helper"),
        "plan": translate("Errors", "Service plan"),
        "level": translate("Errors", "Goal level"),
        "parent_id": translate("Errors", "Goal above"),
    }
    return labels.get(field, field)


def validation_summary(error: ValidationFailed) -> str:
    return "\n".join(f"{field_label(field)}: {problem_text(code)}" for field, code in error.problems.items())


def desk_open_error_text(error: DeskOpenError) -> str:
    if isinstance(error, WrongPassphrase):
        return translate("Errors", "Wrong passphrase. Nothing was changed; please try again.")
    if isinstance(error, DeskNotFound):
        return translate("Errors", "There is no desk file at this place.")
    if isinstance(error, DeskAlreadyExists):
        return translate("Errors", "A desk file already exists at this place.")
    if isinstance(error, NotADesk):
        return translate("Errors", "This file is not a CaseDesk desk.")
    if isinstance(error, DeskDamaged):
        return translate("Errors", "The desk file is damaged and cannot be opened. "
                   "Restore it from a backup or sync it again from the office.")
    if isinstance(error, DeskTooNew):
        return translate("Errors", "This desk was written by a newer version of CaseDesk. "
                                   "Please update CaseDesk.")
    if isinstance(error, FolderInTheWay):
        return translate("Errors", "A folder stands where the desk file should be. Move the folder "
                                   "away, then start CaseDesk again.")
    if isinstance(error, DeskReadOnly):
        return translate("Errors", "The desk file or its folder cannot be written (read-only). "
                                   "Nothing was changed. Check the file's permissions or the drive.")
    if isinstance(error, DiskFull):
        if error.needed_bytes:
            megabytes = str(max(1, error.needed_bytes // 1_000_000))
            return translate("Errors", "The disk is full. Free at least %1 MB and try again; "
                                       "nothing saved was lost.").replace("%1", megabytes)
        return translate("Errors", "The disk is full. Free some space and try again; nothing saved was lost.")
    if isinstance(error, DeskInUse):
        return translate("Errors", "The desk is in use by another CaseDesk. Close it there, then try again.")
    return translate("Errors", "The desk cannot be opened.")


def open_warning_text(moved_to_name: str) -> str:
    """Words for a ForeignWalMovedAside: the desk opened, but something beside it was set aside."""
    return translate("Errors", "Your desk is open and whole. A leftover write-ahead log that did not belong "
                               "to it was set aside as %1; nothing of your desk was lost.").replace("%1", moved_to_name)


def sync_error_text(error: BaseException) -> str:
    """The worker-facing sentence for a failed sync (every ``SyncError`` has its own)."""
    texts: list[tuple[type[BaseException], str]] = [
        (SyncNotConfigured, translate("SyncPanel", "Sync is not set up yet. Ask the office for your login and token.")),
        (CentralUnreachable, translate("SyncPanel", "The office's central store cannot be reached. Nothing was lost; "
                                 "try again when you are online.")),
        (CredentialsRejected, translate("SyncPanel", "The central store refused your login. Ask the office for new credentials.")),
        (CentralNotInitialised, translate("SyncPanel", "There is no CaseDesk central store at the configured address.")),
        (DeviceRevoked, translate("SyncPanel", "This laptop was revoked by the office. Its local copy has been wiped.")),
        (ClientOutdated, translate("SyncPanel", "The central store needs a newer CaseDesk. Please update; nothing was sent.")),
        (CentralOutdated, translate("SyncPanel", "The central store is older than this CaseDesk. Please tell the office.")),
        (ClockAhead, translate("SyncPanel", "This laptop's clock is ahead of the office's. Correct the date and time, "
                         "then sync again.")),
        (WrongWorker, translate("SyncPanel", "These credentials belong to another worker.")),
        (SyncCancelled, translate("SyncPanel", "Sync cancelled. What was already sent stays sent.")),
        (WorkerDisabled, translate("SyncPanel", "The office has disabled your account. Nothing was lost; "
                                   "ask the office to enable it again.")),
        (CentralRefused, translate("SyncPanel", "The central store refused part of this sync. Nothing of it was "
                                   "lost; sync again later, and tell the office if this keeps happening.")),
    ]
    return next((text for kind, text in texts if isinstance(error, kind)),
                translate("SyncPanel", "Sync failed."))


def error_text(error: BaseException) -> str:
    """Words for any error a desk operation may raise."""
    if isinstance(error, ValidationFailed):
        return validation_summary(error)
    if isinstance(error, DeskOpenError):
        return desk_open_error_text(error)
    if isinstance(error, NotFound):
        return translate("Errors", "This entry no longer exists. It may have been removed by a sync.")
    if isinstance(error, TeamSettingRestricted):
        return translate("Errors", "Only a team lead or an administrator can change the team's settings.")
    return generic_error_text()


def generic_error_text() -> str:
    return translate("Errors", "Something went wrong and the last action was not completed. "
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
        messages.warning(QApplication.activeWindow(), translate("Errors", "CaseDesk"), error_text(value))
        return
    # The exception type and code location (never its message or values) help support.
    location = traceback.extract_tb(tb)[-1] if tb else None
    where = f" ({kind.__name__} {location.name}:{location.lineno})" if location else f" ({kind.__name__})"
    messages.critical(QApplication.activeWindow(), translate("Errors", "CaseDesk"),
                      generic_error_text() + where)


def install_excepthook() -> None:
    sys.excepthook = _show_unexpected_error
