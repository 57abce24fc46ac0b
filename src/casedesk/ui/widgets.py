"""Small widgets and helpers several screens share."""

from collections.abc import Callable

from PySide6.QtCore import QPoint, QSize
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
# A window manager's title bar and borders, reserved while the real frame is not known yet
# (before the window is mapped, and always on the offscreen platform).
FRAME_ALLOWANCE = QSize(16, 40)


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


def fit_to_screen(window: QWidget, preferred: QSize | None = None) -> None:
    """Shrink ``window`` (to at most ``preferred``) and move it until it lies, frame included,
    inside the free area of its screen (``QScreen.availableGeometry``: without task bars; a
    1280×720 laptop leaves about 1280×690)."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return
    area = screen.availableGeometry()
    frame = (window.frameGeometry().size() - window.geometry().size()).expandedTo(FRAME_ALLOWANCE)
    size = (preferred or window.size()).boundedTo(area.size() - frame)
    window.resize(size.expandedTo(window.minimumSize()))
    outer = window.frameGeometry()
    outer.setSize(window.size() + frame)
    left = min(max(outer.left(), area.left()), area.right() + 1 - outer.width())
    top = min(max(outer.top(), area.top()), area.bottom() + 1 - outer.height())
    if QPoint(left, top) != outer.topLeft():
        window.move(max(left, area.left()), max(top, area.top()))


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
