"""The team's harm-reduction items (team leads and admins): rename, add, retire, reorder.

The quick capture and the round tally read items in this list's words and order. An empty name
gives a built-in item its own word back; a retired item is left out of new counts while the
counts already made keep it. The service refuses every change from another role; the main window
offers this dialog to team leads and admins only.
"""

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casedesk.services.street import ITEM_LABEL_LIMIT, ItemEntry
from casedesk.ui import messages
from casedesk.ui.desk_thread import DeskHandle
from casedesk.ui.edit_dialog import EditDialog
from casedesk.ui.errors import error_text
from casedesk.ui.forms import Field, Form
from casedesk.ui.street import built_in_item_name, item_name
from casedesk.ui.widgets import fit_window_title, hint_label

translate = QCoreApplication.translate
CODE_ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class ItemNameDraft:
    label: str = ""


class ItemNameDialog(EditDialog):
    """The name of one item: a rename (``entry`` given) or a new item of the team's own."""

    def __init__(self, desk_handle: DeskHandle, entry: ItemEntry | None, parent: QWidget | None = None) -> None:
        placeholder = built_in_item_name(entry.code) if entry is not None and entry.built_in else ""
        form = Form((Field("label", translate("ItemNameDialog", "&Name:"), max_length=ITEM_LABEL_LIMIT,
                           placeholder=placeholder),))
        title = (translate("ItemNameDialog", "Rename item") if entry is not None
                 else translate("ItemNameDialog", "New item"))
        super().__init__(desk_handle, form, "item_name", title, parent)
        if entry is not None and entry.built_in:
            self.content.layout().insertWidget(0, hint_label(translate(
                "ItemNameDialog", "Leave the name empty to use the built-in word again.")))
        draft = ItemNameDraft(label=entry.label if entry is not None else "")
        form.load(draft)
        if entry is not None:
            code, retired = entry.code, entry.retired
            self.set_save(draft, lambda desk, saved: desk.street.set_item(code, saved.label, retired))
        else:
            self.set_save(draft, lambda desk, saved: desk.street.add_item(saved.label))
        self.setMinimumWidth(440)
        fit_window_title(self)


class ItemsDialog(QDialog):
    items_loaded = Signal()

    def __init__(self, desk_handle: DeskHandle, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk_handle = desk_handle
        self._entries: list[ItemEntry] = []
        self.setWindowTitle(self.tr("The team's harm-reduction items"))
        self.list = QTreeWidget()
        self.list.setRootIsDecorated(False)
        self.list.setHeaderLabels([self.tr("Item"), self.tr("Kind"), self.tr("In use")])
        self.list.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.list.itemActivated.connect(lambda _item, _column: self.rename_selected())
        self.list.currentItemChanged.connect(lambda _current, _previous: self._update_buttons())
        self.rename_button = QPushButton(self.tr("&Rename…"))
        self.add_button = QPushButton(self.tr("&Add…"))
        self.retire_button = QPushButton(self.tr("Re&tire"))
        self.up_button = QPushButton(self.tr("Move &up"))
        self.down_button = QPushButton(self.tr("Move &down"))
        self.rename_button.clicked.connect(self.rename_selected)
        self.add_button.clicked.connect(self.add_item)
        self.retire_button.clicked.connect(self.toggle_retired)
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        buttons = QHBoxLayout()
        for button in (self.rename_button, self.add_button, self.retire_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch()
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint_label(self.tr(
            "Contacts and street rounds count the items handed out in these words and this order. A retired "
            "item is left out of new counts; the counts made stay.")))
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        layout.addWidget(close)
        self.resize(620, 480)
        fit_window_title(self)
        self.reload()

    def reload(self, select: str = "") -> None:
        selected = select or self.current_code()
        self._desk_handle.op(self, lambda desk: desk.street.item_list(include_retired=True)).success(
            lambda entries: self._show(entries, selected)).failure(self._show_error).run()

    def _show(self, entries: list[ItemEntry], selected: str) -> None:
        self._entries = entries
        self.list.clear()
        for entry in entries:
            item = QTreeWidgetItem([item_name(entry), self.tr("built in") if entry.built_in else self.tr("the team's own"),
                                    self.tr("retired") if entry.retired else self.tr("yes")])
            item.setData(0, CODE_ROLE, entry.code)
            self.list.addTopLevelItem(item)
            if entry.code == selected or self.list.currentItem() is None:
                self.list.setCurrentItem(item)
        self._update_buttons()
        self.items_loaded.emit()

    def current_code(self) -> str:
        item = self.list.currentItem()
        return item.data(0, CODE_ROLE) if item else ""

    def current_entry(self) -> ItemEntry | None:
        return next((entry for entry in self._entries if entry.code == self.current_code()), None)

    def _update_buttons(self) -> None:
        entry = self.current_entry()
        for button in (self.rename_button, self.retire_button, self.up_button, self.down_button):
            button.setEnabled(entry is not None)
        self.retire_button.setText(self.tr("Res&tore") if entry is not None and entry.retired else self.tr("Re&tire"))

    def rename_selected(self) -> ItemNameDialog | None:
        entry = self.current_entry()
        return self._open_name_dialog(entry) if entry is not None else None

    def add_item(self) -> ItemNameDialog:
        return self._open_name_dialog(None)

    def _open_name_dialog(self, entry: ItemEntry | None) -> ItemNameDialog:
        dialog = ItemNameDialog(self._desk_handle, entry, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda result: self.reload(result if isinstance(result, str) else ""))
        dialog.open()
        return dialog

    def toggle_retired(self) -> None:
        entry = self.current_entry()
        if entry is None:
            return
        code, label, retired = entry.code, entry.label, not entry.retired
        self._change(lambda desk: desk.street.set_item(code, label, retired))

    def move_selected(self, step: int) -> None:
        code = self.current_code()
        if code:
            self._change(lambda desk: desk.street.move_item(code, step))

    def _change(self, fn) -> None:
        self._desk_handle.op(self, fn).success(lambda _result: self.reload()).failure(self._show_error).run()

    def _show_error(self, error: BaseException) -> None:
        messages.warning(self, self.tr("Items not changed"), error_text(error))
        self.reload()
