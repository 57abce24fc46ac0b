"""The access log (audit): who opened or changed which record, when and how, newest first.

Opened from a client's file (More › Access log…: that client) and, for team leads and admins,
from Tools › Access log… (every client this desk has entries of; a lead's laptop receives the
team's at each sync). Anyone else sees their own accesses only, as the service decides.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
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

from casedesk.services.audit import AccessKind, AuditLine
from casedesk.ui.desk_thread import DeskHandle
from casedesk.ui.vocabulary import client_name, format_datetime, table_label

translate = QCoreApplication.translate

#: The dialog shows the newest entries; ``casedesk audit`` lists them all.
SHOWN = 1000


def access_kind_name(kind: str) -> str:
    names = {
        AccessKind.VIEW.value: translate("AuditDialog", "Opened the file"),
        AccessKind.CREATE.value: translate("AuditDialog", "Created"),
        AccessKind.CHANGE.value: translate("AuditDialog", "Changed"),
        AccessKind.DELETE.value: translate("AuditDialog", "Deleted"),
        AccessKind.EXPORT.value: translate("AuditDialog", "Exported"),
        AccessKind.PRINT.value: translate("AuditDialog", "Printed or saved as PDF"),
        AccessKind.ERASE.value: translate("AuditDialog", "Erased (GDPR)"),
        AccessKind.DISCLOSE.value: translate("AuditDialog", "Recorded a disclosure"),
    }
    return names.get(kind, kind)


def record_name(table: str) -> str:
    names = {
        "client": translate("AuditDialog", "Client file"),
        "data_consent": translate("AuditDialog", "Consent to data processing"),
        "disclosure": translate("AuditDialog", "Disclosure"),
    }
    return names.get(table) or table_label(table)


def worker_text(line: AuditLine) -> str:
    return line.worker_name or translate("AuditDialog", "A colleague unknown to this desk")


def client_text(line: AuditLine) -> str:
    if line.client_erased:
        return translate("AuditDialog", "Erased client")
    if not line.client_name:
        return translate("AuditDialog", "A client not on this desk")
    return client_name(line.client_name)


class AuditDialog(QDialog):
    """``client_id``: that client's entries; None: every entry the desk holds (``client_label``
    names the client in the introduction)."""

    def __init__(self, desk_handle: DeskHandle, client_id: str | None = None, client_label: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk_handle = desk_handle
        self.client_id = client_id
        self.lines: list[AuditLine] = []
        self.setWindowTitle(self.tr("Access log"))
        if client_id is None:
            intro = self.tr("Who opened or changed which client's records, when and how, newest first.")
        elif client_label:
            intro = self.tr("Who opened or changed the records of %1, when and how, newest first.").replace(
                "%1", client_label)
        else:
            intro = self.tr("Who opened or changed this client's records, when and how, newest first.")
        self.intro = QLabel(intro)
        self.intro.setWordWrap(True)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.hide()
        self.table = QTreeWidget()
        self.table.setRootIsDecorated(False)
        self.table.setUniformRowHeights(True)
        headers = [self.tr("When"), self.tr("Who"), self.tr("Access"), self.tr("Record")]
        if client_id is None:
            headers.append(self.tr("Client"))
        self.table.setHeaderLabels(headers)
        self.table.setAccessibleName(self.tr("Access log"))
        header = self.table.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.empty = QLabel(self.tr("No entries yet."))
        self.empty.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.buttons)
        self.resize(760, 420)
        self.reload()

    def reload(self) -> None:
        client_id = self.client_id
        self._desk_handle.op(self, lambda desk: (desk.audit.lines(client_id, limit=SHOWN), desk.audit.reads_everyone)
                             ).success(self._on_loaded).run()

    def _on_loaded(self, loaded: tuple[list[AuditLine], bool]) -> None:
        self.lines, everyone = loaded
        self.table.clear()
        for line in self.lines:
            texts = [format_datetime(line.at), worker_text(line), access_kind_name(line.kind),
                     record_name(line.table_name)]
            if self.client_id is None:
                texts.append(client_text(line))
            item = QTreeWidgetItem(texts)
            item.setData(0, Qt.ItemDataRole.UserRole, line.id)
            item.setToolTip(3, line.record_id)
            self.table.addTopLevelItem(item)
        if self.table.topLevelItemCount():
            self.table.setCurrentItem(self.table.topLevelItem(0))
        self.empty.setVisible(not self.lines)
        notes = []
        if not everyone:
            notes.append(self.tr("You see your own accesses only; team leads and admins see everyone's."))
        if len(self.lines) >= SHOWN:
            notes.append(self.tr("The newest %n entries are shown; \"casedesk audit\" lists them all.", "", SHOWN))
        self.note.setText(" ".join(notes))
        self.note.setVisible(bool(notes))
        self.table.setFocus()
