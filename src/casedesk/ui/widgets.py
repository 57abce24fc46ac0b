"""Small widgets and helpers several screens share."""

from collections.abc import Callable

from PySide6.QtGui import QFontMetrics, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLayout,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from casedesk.ui.errors import problem_text

HINT_STYLE = "color: #5f6368;"


class ErrorLabel(QLabel):
    """A red line under a field that says what is wrong with it; its form row is hidden otherwise."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet("color: #b3261e;")
        # Never grow: a form with room to spare would otherwise hand it to the error rows.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._form: QFormLayout | None = None
        self.hide()

    def add_to(self, form: QFormLayout) -> None:
        """Add as a row of its own under the field above, taking no space while empty."""
        form.addRow("", self)
        self._form = form
        form.setRowVisible(self, False)

    def show_problem(self, code: str) -> None:
        if not code:
            self.clear_problem()
            return
        self.show_text(problem_text(code))

    def show_text(self, text: str) -> None:
        self.setText(text)
        self._set_row_visible(True)

    def clear_problem(self) -> None:
        self.setText("")
        self._set_row_visible(False)

    def _set_row_visible(self, visible: bool) -> None:
        if self._form is not None:
            self._form.setRowVisible(self, visible)
        self.setVisible(visible)


def add_labelled_layout(form: QFormLayout, text: str, layout: QLayout, buddy: QWidget) -> None:
    """A form row whose field is a layout; the label's &-shortcut focuses ``buddy``."""
    label = QLabel(text)
    label.setBuddy(buddy)
    form.addRow(label, layout)


def hint_label(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet(HINT_STYLE)
    return label


def add_save_cancel(dialog: QDialog, content: QLayout | QWidget, on_save: Callable[[], None]) -> QDialogButtonBox:
    """Put ``content`` above Save/Cancel: the frame every small editing dialog shares."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(on_save)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    if isinstance(content, QLayout):
        layout.addLayout(content)
    else:
        layout.addWidget(content, 1)
    layout.addWidget(buttons)
    return buttons


def fit_to_screen(window: QWidget) -> None:
    """Shrink and move ``window`` so all of it lies on the screen's available area (a 1280×720
    laptop with a task bar leaves about 1280×690)."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return
    available = screen.availableGeometry()
    # The frame (title bar, borders) comes on top of the client area.
    frame_extra = window.frameGeometry().size() - window.geometry().size()
    width = min(window.width(), available.width() - frame_extra.width())
    height = min(window.height(), available.height() - frame_extra.height())
    if (width, height) != (window.width(), window.height()):
        window.resize(width, height)
    frame = window.frameGeometry()
    x = min(max(frame.x(), available.x()), available.right() - frame.width() + 1)
    y = min(max(frame.y(), available.y()), available.bottom() - frame.height() + 1)
    if (x, y) != (frame.x(), frame.y()):
        window.move(x, y)


# What a window manager's title bar spends besides the title: icon and the three buttons.
TITLE_BAR_CONTROLS_PX = 120


def fit_window_title(window: QWidget) -> None:
    """Make ``window`` wide enough that its title is not cut ("Monatliche… itsstatistik")."""
    title_font = QGuiApplication.font()
    title_font.setBold(True)
    needed = QFontMetrics(title_font).horizontalAdvance(window.windowTitle()) + TITLE_BAR_CONTROLS_PX
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        needed = min(needed, screen.availableGeometry().width())
    window.setMinimumWidth(max(window.minimumWidth(), needed))


class OneStopDateEdit(QDateEdit):
    """A date editor that Tab leaves as a whole; arrows and typing still move between its sections."""

    def focusNextPrevChild(self, forward: bool) -> bool:
        return QAbstractSpinBox.focusNextPrevChild(self, forward)


class OneStopDateTimeEdit(QDateTimeEdit):
    """A date/time editor that Tab leaves as a whole; arrows and typing still move between its sections."""

    def focusNextPrevChild(self, forward: bool) -> bool:
        return QAbstractSpinBox.focusNextPrevChild(self, forward)
