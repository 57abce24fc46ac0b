"""The one way the UI asks or tells the worker something in a modal box or picks a file.

Tests answer in advance with ``set_next_answer`` (like KeePassXC's ``MessageBox::setNextAnswer``),
so no test ever blocks on a modal dialog.
"""

from collections import deque
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

StandardButton = QMessageBox.StandardButton

_next_answers: deque[object] = deque()
# Boxes the seam answered, newest last: tests assert on what would have been shown.
shown: list[tuple[str, str]] = []


class _Unprepared:
    """What a box nobody answered in advance does: block as a real box (the app), or take its
    default button and be recorded (the test suite, so a failing test cannot hang on a box)."""

    answer_with_default = False


def answer_unprepared_with_default(enabled: bool = True) -> None:
    _Unprepared.answer_with_default = enabled


def set_next_answer(answer: object) -> None:
    """Answer the next box or file dialog with ``answer`` (a StandardButton, a path or None)."""
    _next_answers.append(answer)


def reset() -> None:
    _next_answers.clear()
    shown.clear()


def _prepared_answer() -> tuple[bool, object]:
    if _next_answers:
        return True, _next_answers.popleft()
    return False, None


def _box(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str,
         buttons: StandardButton, default: StandardButton) -> StandardButton:
    prepared, answer = _prepared_answer()
    if prepared:
        shown.append((title, text))
        return answer  # type: ignore[return-value]
    if _Unprepared.answer_with_default:
        shown.append((title, text))
        return default
    box = QMessageBox(icon, title, text, buttons, parent)
    box.setDefaultButton(default)
    return StandardButton(box.exec())


def information(parent: QWidget | None, title: str, text: str) -> None:
    _box(parent, QMessageBox.Icon.Information, title, text, StandardButton.Ok, StandardButton.Ok)


def warning(parent: QWidget | None, title: str, text: str) -> None:
    _box(parent, QMessageBox.Icon.Warning, title, text, StandardButton.Ok, StandardButton.Ok)


def critical(parent: QWidget | None, title: str, text: str) -> None:
    _box(parent, QMessageBox.Icon.Critical, title, text, StandardButton.Ok, StandardButton.Ok)


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    """Yes/No question; No is the default so a stray Enter never confirms something destructive."""
    answer = _box(parent, QMessageBox.Icon.Question, title, text,
                  StandardButton.Yes | StandardButton.No, StandardButton.No)
    return answer == StandardButton.Yes


def save_file(parent: QWidget | None, title: str, suggested_name: str = "", file_filter: str = "") -> Path | None:
    prepared, answer = _prepared_answer()
    if prepared:
        return answer  # type: ignore[return-value]
    name, _ = QFileDialog.getSaveFileName(parent, title, suggested_name, file_filter)
    return Path(name) if name else None


def open_file(parent: QWidget | None, title: str, file_filter: str = "") -> Path | None:
    prepared, answer = _prepared_answer()
    if prepared:
        return answer  # type: ignore[return-value]
    name, _ = QFileDialog.getOpenFileName(parent, title, "", file_filter)
    return Path(name) if name else None
