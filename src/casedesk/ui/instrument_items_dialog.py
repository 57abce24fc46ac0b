"""The team's wording of the self-efficacy scale's ten items (team leads and admins), per language.

The shipped wording (Schwarzer & Jerusalem, cited below the list) stays the fallback: an empty text
brings an item's shipped wording back. The service refuses every change from another role; the
main window offers this dialog to team leads and admins only.
"""

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casedesk.domain import UI_LANGUAGES
from casedesk.ui import messages
from casedesk.ui.desk_thread import DeskHandle
from casedesk.ui.edit_dialog import EditDialog
from casedesk.ui.errors import error_text
from casedesk.ui.forms import Field, Form, Kind
from casedesk.ui.vocabulary import language_name
from casedesk.ui.widgets import fit_window_title, hint_label

translate = QCoreApplication.translate


@dataclass(frozen=True)
class ItemDraft:
    text: str = ""


class ItemTextDialog(EditDialog):
    def __init__(self, desk_handle: DeskHandle, language: str, position: int, text: str,
                 parent: QWidget | None = None) -> None:
        form = Form((Field("text", translate("ItemTextDialog", "&Wording:"), Kind.TEXT, lines=3),))
        super().__init__(desk_handle, form, "instrument_item",
                         translate("ItemTextDialog", "Item %1").replace("%1", str(position)), parent)
        self.content.layout().insertWidget(0, hint_label(translate(
            "ItemTextDialog", "Leave it empty to use the shipped wording again.")))
        draft = ItemDraft(text)
        form.load(draft)
        self.set_save(draft, lambda desk, saved: desk.instruments.set_self_efficacy_item(
            language, position, saved.text))
        self.setMinimumWidth(480)


class InstrumentItemsDialog(QDialog):
    items_loaded = Signal()

    def __init__(self, desk_handle: DeskHandle, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk_handle = desk_handle
        self.items: tuple[str, ...] = ()
        self.setWindowTitle(self.tr("The team's self-efficacy items"))
        self.language = QComboBox()
        for code in UI_LANGUAGES:
            self.language.addItem(language_name(code), code)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        language_label = QLabel(self.tr("&Language:"))
        language_label.setBuddy(self.language)
        self.list = QTreeWidget()
        self.list.setRootIsDecorated(False)
        self.list.setWordWrap(True)
        self.list.setHeaderLabels([self.tr("No."), self.tr("Wording")])
        self.list.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.list.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.list.itemActivated.connect(lambda _item, _column: self.edit_selected())
        self.source = hint_label("")
        self.source.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.edit_button = QPushButton(self.tr("&Change…"))
        self.edit_button.clicked.connect(self.edit_selected)
        row = QHBoxLayout()
        row.addWidget(language_label)
        row.addWidget(self.language)
        row.addStretch(1)
        row.addWidget(self.edit_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint_label(self.tr(
            "The general self-efficacy scale asks these ten items in the client's language. A team that "
            "works with a published adaptation enters its wording here; Return changes the selected item.")))
        layout.addLayout(row)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.source)
        layout.addWidget(close)
        self.language.currentIndexChanged.connect(lambda _index: self.reload())
        self.resize(680, 520)
        fit_window_title(self)
        self.reload()

    def current_language(self) -> str:
        return self.language.currentData()

    def reload(self) -> None:
        language = self.current_language()
        row = max(0, self.list.indexOfTopLevelItem(self.list.currentItem()))
        self._desk_handle.op(self, lambda desk: desk.instruments.self_efficacy_items(language)).success(
            lambda loaded: self._show(*loaded, row)).failure(
            lambda error: messages.warning(self, self.windowTitle(), error_text(error))).run()

    def _show(self, items: tuple[str, ...], source: str, row: int) -> None:
        self.items = items
        self.list.clear()
        for position, text in enumerate(items, start=1):
            self.list.addTopLevelItem(QTreeWidgetItem([str(position), text]))
        self.list.setCurrentItem(self.list.topLevelItem(min(row, len(items) - 1)))
        self.source.setText(source)
        self.items_loaded.emit()

    def edit_selected(self) -> ItemTextDialog | None:
        item = self.list.currentItem()
        if item is None:
            return None
        position = self.list.indexOfTopLevelItem(item) + 1
        dialog = ItemTextDialog(self._desk_handle, self.current_language(), position, self.items[position - 1], self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda _saved: self.reload())
        dialog.open()
        return dialog
