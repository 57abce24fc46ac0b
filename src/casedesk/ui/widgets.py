"""Small widgets several screens share."""

from PySide6.QtWidgets import QLabel, QWidget

from casedesk.ui.errors import problem_text


class ErrorLabel(QLabel):
    """A red line under a field that says what is wrong with it; empty and hidden otherwise."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet("color: #b3261e;")
        self.setWordWrap(True)
        self.hide()

    def show_problem(self, code: str) -> None:
        if not code:
            self.clear_problem()
            return
        self.setText(problem_text(code))
        self.show()

    def clear_problem(self) -> None:
        self.setText("")
        self.hide()
