"""The team's helper directory: a table searched as one types, with add, edit and retire.

Opened from the main window (to keep the directory) and from a new referral (to pick a helper:
``picking=True`` adds a Choose button; Enter on a row chooses it and ``chosen`` carries its id
and institution). Retiring asks first; referrals to a retired helper keep its name.
"""

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casedesk.services.providers import PROVIDER_FIELD_LIMITS, ProviderDraft, ProviderEntry
from casedesk.ui import errors, messages
from casedesk.ui.desk_thread import DeskHandle
from casedesk.ui.edit_dialog import EditDialog
from casedesk.ui.forms import Field, Form, Kind
from casedesk.ui.widgets import fit_to_screen

translate = QCoreApplication.translate
PROVIDER_ID_ROLE = Qt.ItemDataRole.UserRole


def provider_fields() -> tuple[Field, ...]:
    return (
        Field("institution", translate("ProviderDialog", "&Institution:"),
              max_length=PROVIDER_FIELD_LIMITS["institution"],
              placeholder=translate("ProviderDialog", "e.g. Addiction counselling centre North")),
        Field("service_type", translate("ProviderDialog", "&Service type:"),
              max_length=PROVIDER_FIELD_LIMITS["service_type"],
              placeholder=translate("ProviderDialog", "e.g. outpatient counselling")),
        Field("contact_person", translate("ProviderDialog", "&Contact person:"),
              max_length=PROVIDER_FIELD_LIMITS["contact_person"]),
        Field("phone", translate("ProviderDialog", "&Phone:"), max_length=PROVIDER_FIELD_LIMITS["phone"]),
        Field("address", translate("ProviderDialog", "&Address:"), Kind.TEXT, lines=2),
        Field("opening_hours", translate("ProviderDialog", "&Opening hours:"), Kind.TEXT, lines=2),
        Field("notes", translate("ProviderDialog", "&Notes:"), Kind.TEXT, lines=3),
    )


class ProviderDialog(EditDialog):
    """Add a helper to the directory (``entry`` None) or correct one; ``saved`` carries its id."""

    def __init__(self, desk_handle: DeskHandle, entry: ProviderEntry | None = None,
                 parent: QWidget | None = None) -> None:
        title = (translate("ProviderDialog", "New helper") if entry is None
                 else translate("ProviderDialog", "Helper: %1").replace("%1", entry.institution))
        super().__init__(desk_handle, Form(provider_fields()), "provider", title, parent)
        draft = entry.draft if entry else ProviderDraft("")
        self.form.load(draft)
        provider_id = entry.id if entry else None

        def save(desk, draft: ProviderDraft) -> str:
            if provider_id is None:
                return desk.providers.create(draft)
            desk.providers.update(provider_id, draft)
            return provider_id

        self.set_save(draft, save)
        self.setMinimumWidth(480)


class ProviderDirectory(QDialog):
    """``loaded`` fires after each read of the directory."""

    loaded = Signal()
    chosen = Signal(str, str)  # provider id, institution

    def __init__(self, desk_handle: DeskHandle, picking: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk_handle = desk_handle
        self._picking = picking
        self._entries: list[ProviderEntry] = []
        #: The helper to select after the next read (the one just saved).
        self._wanted_id: str | None = None
        self.setWindowTitle(self.tr("Choose a helper") if picking else self.tr("Helper directory"))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Institution, service type or contact person"))
        self.search.setClearButtonEnabled(True)
        search_label = QLabel(self.tr("&Find:"))
        search_label.setBuddy(self.search)
        self.table = QTreeWidget()
        self.table.setRootIsDecorated(False)
        self.table.setHeaderLabels([self.tr("Institution"), self.tr("Service type"), self.tr("Contact person"),
                                    self.tr("Phone")])
        self.table.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAccessibleName(self.tr("Helpers"))
        self.empty_note = QLabel()
        self.new_button = QPushButton(self.tr("&New helper…"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.retire_button = QPushButton(self.tr("&Retire…"))
        buttons = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.retire_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.choose_button = None
        if picking:
            self.choose_button = box.addButton(self.tr("&Choose"), QDialogButtonBox.ButtonRole.AcceptRole)
            self.choose_button.clicked.connect(self._choose)
        box.rejected.connect(self.reject)

        search_row = QHBoxLayout()
        search_row.addWidget(search_label)
        search_row.addWidget(self.search, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(search_row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_note)
        layout.addLayout(buttons)
        layout.addWidget(box)

        self.search.textChanged.connect(self.reload)
        self.search.returnPressed.connect(self._on_search_return_pressed)
        self.table.itemActivated.connect(lambda _item: self._choose() if picking else self.edit_selected())
        self.table.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.new_button.clicked.connect(self.add_provider)
        self.edit_button.clicked.connect(self.edit_selected)
        self.retire_button.clicked.connect(self.retire_selected)
        QShortcut(QKeySequence(Qt.Key.Key_Down), self.search, self.table.setFocus,
                  context=Qt.ShortcutContext.WidgetShortcut)
        self.resize(760, 480)
        fit_to_screen(self)
        self._update_buttons()
        self.reload()

    def reload(self, *_args) -> None:
        text = self.search.text()
        self._desk_handle.op(self, lambda desk: desk.providers.search(text)) \
            .success(self._show).failure(self._show_error).run()

    def _show(self, entries: list[ProviderEntry]) -> None:
        current = self.selected()
        wanted = self._wanted_id or (current.id if current else None)
        self._wanted_id = None
        self._entries = entries
        self.table.clear()
        for entry in entries:
            draft = entry.draft
            item = QTreeWidgetItem([draft.institution, draft.service_type, draft.contact_person, draft.phone])
            item.setData(0, PROVIDER_ID_ROLE, entry.id)
            item.setToolTip(0, "\n".join(part for part in (draft.address, draft.opening_hours, draft.notes) if part))
            self.table.addTopLevelItem(item)
            if entry.id == wanted:
                self.table.setCurrentItem(item)
        if self.table.currentItem() is None and self.table.topLevelItemCount():
            self.table.setCurrentItem(self.table.topLevelItem(0))
        self.empty_note.setText(self.tr("No helper matches.") if not entries and self.search.text()
                                else self.tr("The directory is empty: add the team's first helper.")
                                if not entries else "")
        self.empty_note.setVisible(not entries)
        self._update_buttons()
        self.loaded.emit()

    def selected(self) -> ProviderEntry | None:
        item = self.table.currentItem()
        if item is None:
            return None
        provider_id = item.data(0, PROVIDER_ID_ROLE)
        return next((entry for entry in self._entries if entry.id == provider_id), None)

    def _update_buttons(self) -> None:
        has_row = self.selected() is not None
        for button in (self.edit_button, self.retire_button, self.choose_button):
            if button is not None:
                button.setEnabled(has_row)

    def _on_search_return_pressed(self) -> None:
        if self._picking and self.selected() is not None:
            self._choose()

    def add_provider(self) -> ProviderDialog:
        return self._open(ProviderDialog(self._desk_handle, None, self))

    def edit_selected(self) -> ProviderDialog | None:
        entry = self.selected()
        return self._open(ProviderDialog(self._desk_handle, entry, self)) if entry else None

    def _open(self, dialog: ProviderDialog) -> ProviderDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._on_provider_saved)
        dialog.open()
        return dialog

    def _on_provider_saved(self, provider_id: str) -> None:
        # The search is cleared so the saved helper shows even when it no longer matches.
        self._wanted_id = provider_id
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.reload()
        self.table.setFocus()

    def retire_selected(self) -> None:
        entry = self.selected()
        if entry is None:
            return
        question = self.tr("Retire “%1” from the directory? Referrals already made keep its name.") \
            .replace("%1", entry.institution)
        if not messages.confirm(self, self.tr("Retire helper"), question):
            return
        self._desk_handle.op(self, lambda desk: desk.providers.retire(entry.id)) \
            .success(lambda _none: self.reload()).failure(self._show_error).run()

    def _choose(self) -> None:
        entry = self.selected()
        if entry is None:
            return
        self.chosen.emit(entry.id, entry.institution)
        self.accept()

    def _show_error(self, error: BaseException) -> None:
        messages.warning(self, self.tr("Helper directory"), errors.error_text(error))
