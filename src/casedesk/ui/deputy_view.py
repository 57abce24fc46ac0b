"""Tools › While you were away…: for the case manager back from leave, what each deputy did for
their clients during the period (contacts recorded, referrals made), from what the sync brought."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casedesk.services.handover import DeputyPeriod, DeputyWork
from casedesk.ui import errors, messages
from casedesk.ui.desk_thread import DeskHandle
from casedesk.ui.vocabulary import client_name, contact_type_name, format_date, format_datetime

translate = QCoreApplication.translate


def period_text(period: DeputyPeriod) -> str:
    """"1.12.2026 – 14.12.2026" (an open side left out)."""
    start = format_date(period.starts_on) if period.starts_on else ""
    end = format_date(period.ends_on) if period.ends_on else ""
    if start and end:
        return translate("DeputyWorkDialog", "%1 – %2").replace("%1", start).replace("%2", end)
    if start:
        return translate("DeputyWorkDialog", "from %1").replace("%1", start)
    return translate("DeputyWorkDialog", "until %1").replace("%1", end) if end else ""


class DeputyWorkDialog(QDialog):
    """One branch per client whose deputy's period ended in the last 30 days."""

    loaded = Signal()

    def __init__(self, desk_handle: DeskHandle, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("While you were away"))
        self.explanation = QLabel(self.tr(
            "What your deputies recorded for your clients during their period, for periods that "
            "ended in the last 30 days. Sync first to see everything they did."))
        self.explanation.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Client / when"), self.tr("What")])
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(True)
        self.tree.setWordWrap(True)
        self.empty = QLabel(self.tr("No deputy's period for your clients ended in the last 30 days."))
        self.empty.setWordWrap(True)
        self.empty.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addWidget(self.tree)
        layout.addWidget(self.empty)
        layout.addWidget(buttons)
        self.resize(760, 480)
        desk_handle.op(self, lambda desk: desk.handover.back_from_absence()) \
            .success(self._on_loaded).failure(self._on_failed).run()

    def _on_loaded(self, work: list[DeputyWork]) -> None:
        for entry in work:
            period = entry.period
            top = QTreeWidgetItem([client_name(period.display_name), self.tr("%1, deputy %2").replace(
                "%1", period_text(period)).replace("%2", period.deputy_name)])
            for occurred_at, contact_type, note in entry.contacts:
                QTreeWidgetItem(top, [format_datetime(occurred_at),
                                      f"{contact_type_name(contact_type)}: {note}" if note
                                      else contact_type_name(contact_type)])
            for referral in entry.referrals:
                QTreeWidgetItem(top, ["", self.tr("Referred: %1").replace("%1", referral)])
            if not entry.contacts and not entry.referrals:
                QTreeWidgetItem(top, ["", self.tr("No contact or referral recorded.")])
            self.tree.addTopLevelItem(top)
            top.setExpanded(True)
        self.tree.setVisible(bool(work))
        self.empty.setVisible(not work)
        if work:
            self.tree.setCurrentItem(self.tree.topLevelItem(0))
            self.tree.setFocus()
        self.loaded.emit()

    def _on_failed(self, error: BaseException) -> None:
        messages.warning(self, self.tr("Not loaded"), errors.error_text(error))
