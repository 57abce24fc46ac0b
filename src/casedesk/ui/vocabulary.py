"""Translated names for the method's codes (domain enums) shown in the UI."""

from datetime import date, datetime, timezone

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime

from casedesk.domain import ContactType, Phase


def _tr(text: str) -> str:
    return QCoreApplication.translate("Vocabulary", text)


def contact_type_name(code: str) -> str:
    names = {
        ContactType.STREET: _tr("Street / scene contact"),
        ContactType.HOME_VISIT: _tr("Home visit"),
        ContactType.OFFICE: _tr("Office talk"),
        ContactType.PHONE: _tr("Phone call"),
        ContactType.ACCOMPANIMENT: _tr("Accompaniment"),
        ContactType.CRISIS: _tr("Crisis intervention"),
        ContactType.COUNSELLING: _tr("Counselling session"),
        ContactType.HELPER_CONFERENCE: _tr("Helper conference"),
        ContactType.MISSED: _tr("Missed appointment"),
        ContactType.OTHER: _tr("Other"),
    }
    try:
        return names[ContactType(code)]
    except ValueError:
        return code


def phase_name(code: str) -> str:
    names = {
        Phase.CLARIFICATION: _tr("Clarification"),
        Phase.ASSESSMENT: _tr("Assessment"),
        Phase.PLANNING: _tr("Service planning"),
        Phase.LINKING: _tr("Linking"),
        Phase.MONITORING: _tr("Monitoring"),
        Phase.EVALUATION: _tr("Evaluation"),
        Phase.CLOSED: _tr("Closed"),
    }
    try:
        return names[Phase(code)]
    except ValueError:
        return code


def language_name(code: str) -> str:
    return {"de": "Deutsch", "da": "Dansk", "en": "English"}.get(code, code)


# --- dates: the store keeps naive UTC; the worker sees and types local time -----------------------

def local_from_utc(value: datetime) -> QDateTime:
    aware = value.replace(tzinfo=timezone.utc).astimezone()
    return QDateTime(QDate(aware.year, aware.month, aware.day), QTime(aware.hour, aware.minute, aware.second))


def utc_from_local(value: QDateTime) -> datetime:
    local = value.toPython().astimezone()  # naive Python datetime from Qt is local time
    return local.astimezone(timezone.utc).replace(tzinfo=None)


def format_datetime(value: datetime | None) -> str:
    if value is None:
        return ""
    return QLocale().toString(local_from_utc(value), QLocale.FormatType.ShortFormat)


def format_date(value: date | None) -> str:
    if value is None:
        return ""
    return QLocale().toString(QDate(value.year, value.month, value.day), QLocale.FormatType.ShortFormat)


def format_birth_date(value: date | None, approximate: bool) -> str:
    """Approximate birth dates show only the year, as "~1984"."""
    if value is None:
        return ""
    return f"~{value.year}" if approximate else format_date(value)
