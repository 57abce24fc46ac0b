"""The app's own SVG icons (drawn for CaseDesk, shipped in resources/icons)."""

from functools import cache
from pathlib import Path

from PySide6.QtGui import QIcon

ICON_DIR = Path(__file__).resolve().parent.parent / "resources" / "icons"


@cache
def icon(name: str) -> QIcon:
    return QIcon(str(ICON_DIR / f"{name}.svg"))


def app_icon() -> QIcon:
    return icon("casedesk")
