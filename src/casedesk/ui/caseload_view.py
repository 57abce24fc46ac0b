"""Tools › Caseloads…: each worker's active clients against the team's limit and their contact
compliance, from what this desk holds (a team lead's desk holds the team after a sync).

Team leads and admins set the team's limit here (synced to the team); anyone else sees it.
``confirm_assignment`` is the warning the client, handover and deputy dialogs ask before an
assignment that takes a worker past the limit.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casedesk.domain import COMPLIANCE_DAYS
from casedesk.services.caseload import MAX_CASELOAD_LIMIT, CaseloadFigure, CaseloadWarning
from casedesk.ui import errors, messages
from casedesk.ui.desk_thread import DeskHandle

translate = QCoreApplication.translate


def warning_text(warning: CaseloadWarning) -> str:
    return (translate("CaseloadView", "%1 would then have %2 clients; the team's limit is %3. Assign anyway?")
            .replace("%1", warning.worker_name).replace("%2", str(warning.clients_after))
            .replace("%3", str(warning.limit)))


def confirm_assignment(parent: QWidget, warning: CaseloadWarning | None) -> bool:
    """True if there is no warning, or the worker confirms the assignment despite it."""
    if warning is None:
        return True
    return messages.confirm(parent, translate("CaseloadView", "Caseload limit"), warning_text(warning))


def compliance_text(figure: CaseloadFigure) -> str:
    if figure.compliance is None:
        return translate("CaseloadView", "no client in monitoring")
    return translate("CaseloadView", "%1 % (%2 of %3)").replace("%1", str(round(figure.compliance * 100))) \
        .replace("%2", str(figure.seen_in_time)).replace("%3", str(figure.in_monitoring))


class CaseloadDialog(QDialog):
    #: Print… was chosen: the window prints the report (``print_actions.caseload_report``).
    print_requested = Signal()

    def __init__(self, desk_handle: DeskHandle, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk_handle = desk_handle
        self.figures: list[CaseloadFigure] = []
        self.setWindowTitle(self.tr("Caseloads"))
        self.intro = QLabel(self.tr("Active clients against the team's limit, and the share of clients in "
                                    "monitoring with a contact in the last %n days.", "", COMPLIANCE_DAYS))
        self.intro.setWordWrap(True)
        self.table = QTreeWidget()
        self.table.setRootIsDecorated(False)
        self.table.setHeaderLabels([self.tr("Worker"), self.tr("Active clients"), self.tr("Limit"),
                                    self.tr("Deputy for"), self.tr("Contact compliance")])
        self.table.setAccessibleName(self.tr("Caseloads"))
        self.table.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.limit = QSpinBox()
        self.limit.setRange(1, MAX_CASELOAD_LIMIT)
        self.limit.setAccessibleName(self.tr("Team's caseload limit"))
        limit_label = QLabel(self.tr("Team's &limit:"))
        limit_label.setBuddy(self.limit)
        self.set_limit_button = QPushButton(self.tr("&Set limit"))
        self.set_limit_button.clicked.connect(self.set_limit)
        self.limit_row = QWidget()
        row = QHBoxLayout(self.limit_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(limit_label)
        row.addWidget(self.limit)
        row.addWidget(self.set_limit_button)
        row.addStretch(1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.print_button = self.buttons.addButton(self.tr("&Print…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button.clicked.connect(self.print_requested)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.limit_row)
        layout.addWidget(self.buttons)
        self.limit_row.setEnabled(False)
        self.resize(640, 360)
        self.reload()

    def reload(self) -> None:
        self._desk_handle.op(self, lambda desk: (desk.caseload.team(), desk.caseload.limit(),
                                                 desk.caseload.may_set_limit())).success(self._on_loaded).run()

    def _on_loaded(self, loaded: tuple[list[CaseloadFigure], int, bool]) -> None:
        self.figures, limit, may_set = loaded
        self.table.clear()
        for figure in self.figures:
            active = str(figure.active)
            if figure.over_limit:
                active = self.tr("%1 (over the limit)").replace("%1", active)
            item = QTreeWidgetItem([figure.name, active, str(figure.limit), str(figure.deputy),
                                    compliance_text(figure)])
            item.setData(0, Qt.ItemDataRole.UserRole, figure.worker_id)
            for column in range(1, 4):
                item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if figure.over_limit:
                font = item.font(1)
                font.setBold(True)
                item.setFont(1, font)
            self.table.addTopLevelItem(item)
        if self.table.topLevelItemCount():
            self.table.setCurrentItem(self.table.topLevelItem(0))
        self.limit.setValue(limit)
        self.limit_row.setVisible(may_set)
        self.limit_row.setEnabled(may_set)

    def set_limit(self) -> None:
        value = self.limit.value()
        self.set_limit_button.setEnabled(False)
        self._desk_handle.op(self, lambda desk: desk.caseload.set_limit(value)) \
            .success(lambda _result: (self.set_limit_button.setEnabled(True), self.reload())) \
            .failure(self._on_set_limit_failed).run()

    def _on_set_limit_failed(self, error: BaseException) -> None:
        self.set_limit_button.setEnabled(True)
        messages.warning(self, self.tr("Not saved"), errors.error_text(error))
