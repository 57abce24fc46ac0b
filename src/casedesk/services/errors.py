"""Typed errors of the service layer. Codes, not sentences: the UI and CLI translate them."""

from casedesk.store.errors import (
    DeskAlreadyExists,
    DeskDamaged,
    DeskInUse,
    DeskNotFound,
    DeskOpenError,
    DeskReadOnly,
    DeskTooNew,
    DiskFull,
    FolderInTheWay,
    ForeignWalMovedAside,
    NotADesk,
    WrongPassphrase,
)

__all__ = [
    "DeskAlreadyExists",
    "DeskDamaged",
    "DeskInUse",
    "DeskNotFound",
    "DeskOpenError",
    "DeskReadOnly",
    "DeskTooNew",
    "DiskFull",
    "FolderInTheWay",
    "ForeignWalMovedAside",
    "NotADesk",
    "NotFound",
    "ReleaseMissing",
    "ValidationFailed",
    "WrongPassphrase",
]


class ValidationFailed(ValueError):
    """Input was refused; ``problems`` maps a field name to a problem code such as ``required``."""

    def __init__(self, problems: dict[str, str]) -> None:
        super().__init__(", ".join(f"{field}: {code}" for field, code in problems.items()))
        self.problems = problems


class NotFound(LookupError):
    pass


class ReleaseMissing(Exception):
    """A referral to a helper the client has released no confidentiality towards (valid on the day).

    Asked again with an override reason, the referral is made and the reason kept with it.
    """

    def __init__(self, helper: str) -> None:
        super().__init__(helper)
        self.helper = helper


class TeamSettingRestricted(PermissionError):
    """Only a team lead or an admin changes the team's settings (life domains, rules, instruments)."""
