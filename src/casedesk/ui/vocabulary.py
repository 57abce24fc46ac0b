"""Translated names for the method's codes (domain enums) shown in the UI."""

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime

from casedesk.domain import ContactType, Phase

# lupdate reads ``translate("Context", "literal")`` calls; the alias keeps lines short.
translate = QCoreApplication.translate



def contact_type_name(code: str) -> str:
    names = {
        ContactType.STREET: translate("Vocabulary", "Street / scene contact"),
        ContactType.HOME_VISIT: translate("Vocabulary", "Home visit"),
        ContactType.OFFICE: translate("Vocabulary", "Office talk"),
        ContactType.PHONE: translate("Vocabulary", "Phone call"),
        ContactType.ACCOMPANIMENT: translate("Vocabulary", "Accompaniment"),
        ContactType.CRISIS: translate("Vocabulary", "Crisis intervention"),
        ContactType.COUNSELLING: translate("Vocabulary", "Counselling session"),
        ContactType.HELPER_CONFERENCE: translate("Vocabulary", "Helper conference"),
        ContactType.MISSED: translate("Vocabulary", "Missed appointment"),
        ContactType.OTHER: translate("Vocabulary", "Other"),
    }
    try:
        return names[ContactType(code)]
    except ValueError:
        return code


def phase_name(code: str) -> str:
    names = {
        Phase.CLARIFICATION: translate("Vocabulary", "Clarification"),
        Phase.ASSESSMENT: translate("Vocabulary", "Assessment"),
        Phase.PLANNING: translate("Vocabulary", "Service planning"),
        Phase.LINKING: translate("Vocabulary", "Linking"),
        Phase.MONITORING: translate("Vocabulary", "Monitoring"),
        Phase.EVALUATION: translate("Vocabulary", "Evaluation"),
        Phase.CLOSED: translate("Vocabulary", "Closed"),
    }
    try:
        return names[Phase(code)]
    except ValueError:
        return code


def language_name(code: str) -> str:
    return {"de": "Deutsch", "da": "Dansk", "en": "English"}.get(code, code)


# --- dates: the store keeps naive wall-clock times, as the worker sees and types them ------------

def to_qdatetime(value: datetime) -> QDateTime:
    return QDateTime(QDate(value.year, value.month, value.day), QTime(value.hour, value.minute, value.second))


def from_qdatetime(value: QDateTime) -> datetime:
    return value.toPython().replace(microsecond=0)


def format_datetime(value: datetime | None) -> str:
    if value is None:
        return ""
    return QLocale().toString(to_qdatetime(value), QLocale.FormatType.ShortFormat)


def format_date(value: date | None) -> str:
    if value is None:
        return ""
    return QLocale().toString(QDate(value.year, value.month, value.day), QLocale.FormatType.ShortFormat)


def format_birth_date(value: date | None, approximate: bool) -> str:
    """Approximate birth dates show only the year, as "~1984"."""
    if value is None:
        return ""
    return f"~{value.year}" if approximate else format_date(value)
