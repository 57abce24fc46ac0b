"""Possible duplicates: the warning in the new-client dialog and the review list (Tools menu).

Neither ever merges or changes a client by itself: the worker looks, opens one of them, says "not
the same person" (remembered on this desk), or merges the pair (``ui.merge.MergeDialog``, which
asks which record stays and for the name of the one that goes). The comparing runs on the database thread
(``DuplicateService``): under a millisecond a check on a 10 000-client desk once its names are
prepared, which the new-client dialog asks for as it opens.
"""

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casedesk.services.dto import ClientDraft
from casedesk.services.duplicates import (
    ClientLook,
    DuplicatePair,
    DuplicateReason,
    DuplicateReview,
    SimilarClients,
)
from casedesk.ui import errors, messages
from casedesk.ui.desk_thread import DeskHandle, RefreshOnChange
from casedesk.ui.merge import MergeDialog
from casedesk.ui.vocabulary import client_name, format_birth_date
from casedesk.ui.widgets import fit_to_screen

translate = QCoreApplication.translate
CLIENT_ID_ROLE = Qt.ItemDataRole.UserRole
#: Typing pauses this long before the new-client dialog checks again.
CHECK_DELAY_MS = 250


def reason_text(reason: DuplicateReason) -> str:
    return {
        DuplicateReason.SAME_NAME: translate("Duplicates", "same name"),
        DuplicateReason.SIMILAR_NAME: translate("Duplicates", "similar name"),
        DuplicateReason.SOUNDS_ALIKE: translate("Duplicates", "sounds alike"),
        DuplicateReason.SAME_ALIAS: translate("Duplicates", "same alias"),
        DuplicateReason.SIMILAR_ALIAS: translate("Duplicates", "similar alias"),
        DuplicateReason.ALIAS_IS_NAME: translate("Duplicates", "alias like the other's name"),
        DuplicateReason.SAME_BIRTH_DATE: translate("Duplicates", "same date of birth"),
        DuplicateReason.SAME_BIRTH_YEAR: translate("Duplicates", "same birth year"),
        DuplicateReason.CLOSE_BIRTH_YEAR: translate("Duplicates", "birth year a year apart"),
    }[reason]


def reasons_text(reasons: tuple[DuplicateReason, ...]) -> str:
    return ", ".join(reason_text(reason) for reason in reasons)


def look_text(look: ClientLook) -> str:
    """"Karl Meier “Kalle”, born ~1970 (archived)"."""
    text = client_name(look.display_name)
    born = format_birth_date(look.birth_date, look.birth_date_approximate)
    if born:
        text += ", " + translate("Duplicates", "born %1").replace("%1", born)
    if look.archived:
        text += " " + translate("Duplicates", "(archived)")
    return text


class DuplicateWarning(QFrame):
    """Under the new-client form: the clients already on the desk that the one typed may be.

    ``check(draft)`` asks again after a pause in typing; ``open_requested`` carries the client
    the worker chose to open instead (Enter on a line, or the button).
    """

    open_requested = Signal(str)
    checked = Signal()

    def __init__(self, desk_handle: DeskHandle, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk_handle = desk_handle
        self._draft: ClientDraft | None = None
        self._asked = 0
        #: The record being made a client (a code person): not its own duplicate.
        self.exclude_id = ""
        self.found = SimilarClients([], 0)
        #: The draft the shown list belongs to (None while a check is pending).
        self.shown_for: ClientDraft | None = None
        self.setObjectName("duplicateWarning")
        self.setStyleSheet("#duplicateWarning { background: #fff4d6; border: 1px solid #e0b650; border-radius: 3px; }")
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(translate("Duplicates", "Possible duplicates"))
        self.list.setMaximumHeight(self.list.fontMetrics().lineSpacing() * 4 + 12)
        self.heading.setBuddy(self.list)
        self.open_button = QPushButton(translate("Duplicates", "Open &this client instead"))
        self.open_button.setToolTip(translate("Duplicates", "Close this form without saving and open the "
                                                            "client chosen above"))
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.heading)
        layout.addWidget(self.list)
        layout.addLayout(row)
        self._timer = QTimer(self, singleShot=True, interval=CHECK_DELAY_MS)
        self._timer.timeout.connect(self._ask)
        self.list.itemActivated.connect(lambda _item: self._open_current())
        self.open_button.clicked.connect(self._open_current)
        self.hide()

    def prepare(self) -> None:
        """Let the database thread read the desk's names now, while the worker starts typing."""
        self._desk_handle.op(self, lambda desk: desk.duplicates.prepare()).run()

    def check(self, draft: ClientDraft) -> None:
        if draft == self._draft:
            return
        self._draft = draft
        self.shown_for = None
        self._timer.start()

    def check_now(self, draft: ClientDraft, then) -> None:
        """Check ``draft`` at once and call ``then(found)`` (the dialog does this before saving)."""
        self._timer.stop()
        self._draft = draft
        self._ask(then)

    def _ask(self, then=None) -> None:
        draft = self._draft
        self._asked += 1
        asked = self._asked

        def shown(found: SimilarClients) -> None:
            if asked != self._asked:
                return
            self._show(draft, found)
            if then is not None:
                then(found)

        exclude_id = self.exclude_id
        self._desk_handle.op(self, lambda desk: desk.duplicates.similar_to(draft, exclude_id)).success(shown).failure(
            lambda error: messages.warning(self, translate("Duplicates", "Possible duplicates"),
                                           errors.error_text(error))).run()

    def _show(self, draft: ClientDraft, found: SimilarClients) -> None:
        self.found = found
        self.shown_for = draft
        self.list.clear()
        for similar in found.clients:
            item = QListWidgetItem(f"{look_text(similar.client)} — {reasons_text(similar.reasons)}")
            item.setData(CLIENT_ID_ROLE, similar.client.id)
            self.list.addItem(item)
        if found.clients:
            self.list.setCurrentRow(0)
        more = found.total - len(found.clients)
        heading = translate("Duplicates", "Possible duplicate&s: this person may already be on the desk.")
        if more:
            # self.tr, not translate(): pyside6-lupdate sees a plural only in tr() when the count is a name.
            heading += " " + self.tr("%n more not shown.", "", more)
        self.heading.setText(heading)
        self.setVisible(bool(found.clients))
        self.checked.emit()

    def _open_current(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.open_requested.emit(item.data(CLIENT_ID_ROLE))


class DuplicatesDialog(QDialog):
    """Tools › Possible duplicates…: every pair of clients on the desk that may be one person.

    ``client_chosen`` carries a client to open in the main window; the list stays open.
    """

    client_chosen = Signal(str)
    loaded = Signal()

    def __init__(self, desk_handle: DeskHandle, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk_handle = desk_handle
        self._pairs: list[DuplicatePair] = []
        self.setWindowTitle(self.tr("Possible duplicates"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.table = QTreeWidget()
        self.table.setRootIsDecorated(False)
        self.table.setHeaderLabels([self.tr("Client"), self.tr("May be the same as"), self.tr("Alike"),
                                    self.tr("Why")])
        self.table.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.table.header().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(0, 300)
        self.table.setColumnWidth(1, 300)
        self.table.setColumnWidth(2, 60)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAccessibleName(self.tr("Pairs of clients"))
        self.hint = QLabel(self.tr("Nothing here is changed by itself. Open both to compare them; a pair "
                                   "that are two people leaves the list with “Not the same person”."))
        self.hint.setWordWrap(True)
        self.open_first_button = QPushButton(self.tr("Open &first"))
        self.open_second_button = QPushButton(self.tr("Open &second"))
        self.dismiss_button = QPushButton(self.tr("&Not the same person"))
        self.merge_button = QPushButton(self.tr("&Merge…"))
        self.merge_button.setToolTip(self.tr("Make the two records one: choose which stays and which values"))
        self.merge_dialog: MergeDialog | None = None
        self.undo_button = QPushButton(self.tr("Show &all again"))
        self.undo_button.setToolTip(self.tr("Bring back the pairs marked as not the same person"))
        buttons = QHBoxLayout()
        for button in (self.open_first_button, self.open_second_button, self.dismiss_button, self.merge_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.undo_button)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.hint)
        layout.addLayout(buttons)
        layout.addWidget(box)

        self.table.itemActivated.connect(lambda _item: self.open_selected(0))
        self.table.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.open_first_button.clicked.connect(lambda: self.open_selected(0))
        self.open_second_button.clicked.connect(lambda: self.open_selected(1))
        self.dismiss_button.clicked.connect(self.dismiss_selected)
        self.merge_button.clicked.connect(self.merge_selected)
        self.undo_button.clicked.connect(self.undo_dismissals)
        self.freshness = RefreshOnChange(self, desk_handle, ("client",), self.reload)
        self.resize(980, 520)
        fit_to_screen(self)
        self._update_buttons()

    def reload(self) -> None:
        self.summary.setText(self.tr("Comparing the clients…"))
        self._desk_handle.op(self, lambda desk: desk.duplicates.review()).success(self._show).failure(
            self._show_error).with_progress(self.tr("Comparing the clients…")).run()

    def _show(self, review: DuplicateReview) -> None:
        current = self.selected()
        self._pairs = review.pairs
        self.table.clear()
        for pair in review.pairs:
            item = QTreeWidgetItem([look_text(pair.first), look_text(pair.second),
                                    QCoreApplication.translate("Duplicates", "%1 %").replace("%1", str(pair.score)),
                                    reasons_text(pair.reasons)])
            item.setData(0, CLIENT_ID_ROLE, (pair.first.id, pair.second.id))
            for column in range(4):
                item.setToolTip(column, item.text(column))
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.addTopLevelItem(item)
            if current is not None and (pair.first.id, pair.second.id) == (current.first.id, current.second.id):
                self.table.setCurrentItem(item)
        if self.table.currentItem() is None and self.table.topLevelItemCount():
            self.table.setCurrentItem(self.table.topLevelItem(0))
        if not review.total:
            text = self.tr("No two clients on this desk look like the same person.")
        elif review.total > len(review.pairs):
            text = self.tr("%n pair(s) of clients may be the same person; the most alike are shown.", "",
                           review.total)
        else:
            text = self.tr("%n pair(s) of clients may be the same person.", "", review.total)
        if review.dismissed:
            text += " " + self.tr("%n pair(s) marked as not the same person are left out.", "", review.dismissed)
        self.summary.setText(text)
        self.undo_button.setEnabled(bool(review.dismissed))
        self._update_buttons()
        self.loaded.emit()

    def selected(self) -> DuplicatePair | None:
        item = self.table.currentItem()
        if item is None:
            return None
        ids = item.data(0, CLIENT_ID_ROLE)
        return next((pair for pair in self._pairs if (pair.first.id, pair.second.id) == tuple(ids)), None)

    def _update_buttons(self) -> None:
        has_row = self.selected() is not None
        for button in (self.open_first_button, self.open_second_button, self.dismiss_button, self.merge_button):
            button.setEnabled(has_row)

    def open_selected(self, which: int) -> None:
        pair = self.selected()
        if pair is not None:
            self.client_chosen.emit((pair.first, pair.second)[which].id)
            # The file opens behind the list; the keyboard stays here for the next pair.
            self.raise_()
            self.activateWindow()

    def dismiss_selected(self) -> None:
        pair = self.selected()
        if pair is None:
            return
        first, second = pair.first.id, pair.second.id
        self._desk_handle.op(self, lambda desk: desk.duplicates.dismiss(first, second)).success(
            lambda _none: self.reload()).failure(self._show_error).run()

    def merge_selected(self) -> MergeDialog | None:
        pair = self.selected()
        if pair is None:
            return None
        dialog = MergeDialog(self._desk_handle, pair.first.id, pair.second.id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.merged.connect(self.client_chosen)
        self.merge_dialog = dialog
        dialog.open()
        return dialog

    def undo_dismissals(self) -> None:
        self._desk_handle.op(self, lambda desk: desk.duplicates.undo_dismissals()).success(
            lambda _none: self.reload()).failure(self._show_error).run()

    def _show_error(self, error: BaseException) -> None:
        messages.warning(self, self.tr("Possible duplicates"), errors.error_text(error))
