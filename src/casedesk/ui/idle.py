"""Lock after a quiet spell: an app-wide event filter restarts a timer on any input.

After KeePassXC's InactivityTimer.
"""

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

_INPUT_EVENTS = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonRelease, QEvent.Type.MouseMove, QEvent.Type.Wheel,
    QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.Shortcut,
})


class InactivityTimer(QObject):
    inactive = Signal()

    def __init__(self, timeout_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(timeout_ms)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._active = False

    def set_timeout(self, timeout_ms: int) -> None:
        self._timer.setInterval(timeout_ms)
        if self._active:
            self._timer.start()

    def start(self) -> None:
        if not self._active:
            QApplication.instance().installEventFilter(self)
            self._active = True
        self._timer.start()

    def stop(self) -> None:
        if self._active:
            QApplication.instance().removeEventFilter(self)
            self._active = False
        self._timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT_EVENTS:
            self._timer.start()
        return False

    def _on_timer_timeout(self) -> None:
        self.stop()
        self.inactive.emit()
