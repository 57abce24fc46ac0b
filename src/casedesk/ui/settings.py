"""Settings of this computer's app (language, idle lock): a plain INI file, never client data.

Everything about clients lives inside the encrypted desk; this file only holds choices that are
harmless to read, so it may stay outside the encryption.
"""

from PySide6.QtCore import QByteArray, QSettings

from casedesk.domain import DEFAULT_IDLE_LOCK_MINUTES, UI_LANGUAGES
from casedesk.paths import config_dir

SETTINGS_FILE_NAME = "casedesk.ini"
MIN_IDLE_LOCK_MINUTES = 1
MAX_IDLE_LOCK_MINUTES = 120


class AppSettings:
    def __init__(self) -> None:
        self._store = QSettings(str(config_dir() / SETTINGS_FILE_NAME), QSettings.Format.IniFormat)

    @property
    def language(self) -> str:
        """"de", "da", "en", or "" to follow the system."""
        value = str(self._store.value("ui/language", ""))
        return value if value in UI_LANGUAGES else ""

    @language.setter
    def language(self, value: str) -> None:
        self._store.setValue("ui/language", value if value in UI_LANGUAGES else "")

    @property
    def idle_lock_minutes(self) -> int:
        try:
            minutes = int(self._store.value("security/idle_lock_minutes", DEFAULT_IDLE_LOCK_MINUTES))
        except (TypeError, ValueError):
            return DEFAULT_IDLE_LOCK_MINUTES
        return min(max(minutes, MIN_IDLE_LOCK_MINUTES), MAX_IDLE_LOCK_MINUTES)

    @idle_lock_minutes.setter
    def idle_lock_minutes(self, minutes: int) -> None:
        self._store.setValue("security/idle_lock_minutes", int(minutes))

    def geometry(self, window_name: str) -> QByteArray | None:
        value = self._store.value(f"geometry/{window_name}")
        return value if isinstance(value, QByteArray) else None

    def set_geometry(self, window_name: str, geometry: QByteArray) -> None:
        self._store.setValue(f"geometry/{window_name}", geometry)

    def sync(self) -> None:
        self._store.sync()
