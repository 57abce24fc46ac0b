"""The client file's "Assessment" tab: the client's assessments per life domain, one at a time.

A picker of the client's assessments (newest first; earlier ones stay), the chosen one's time box
("due by …", "over its time box since …", "completed on …") and a grid across all the team's life
domains a worker reads at a glance: the rating in words with a compact bar, the client's
priority, whether resources are written down, the problems. Keyboard: Enter on a row edits that
domain; the buttons start a new assessment, complete the chosen one (then it is read only) and
compare two side by side.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casedesk.domain import IMPAIRMENT_RATINGS
from casedesk.services.assessments import AssessmentView, DomainFinding
from casedesk.ui.assessment_dialogs import (
    CompareDialog,
    CompleteDialog,
    DomainDialog,
    NewAssessmentDialog,
    assessment_title,
    priority_text,
)
from casedesk.ui.client_tabs import ClientTab
from casedesk.ui.desk_thread import DeskHandle
from casedesk.ui.vocabulary import format_date, impairment_rating_name, life_domain_name
from casedesk.ui.widgets import hint_label

DOMAIN_ROLE = Qt.ItemDataRole.UserRole


def rating_bar(rating: int | None) -> str:
    """The rating as a bar of four cells and its number ("■■■□ 3"); a dash when not assessed."""
    if rating is None:
        return "—"
    top = max(IMPAIRMENT_RATINGS)
    return "■" * rating + "□" * (top - rating) + f" {rating}"


def first_line(text: str) -> str:
    line = text.strip().splitlines()[0] if text.strip() else ""
    return line if len(line) <= 80 else line[:79] + "…"


@dataclass(frozen=True)
class AssessmentScreen:
    assessments: list[AssessmentView]
    today: date


class AssessmentTab(ClientTab):
    KEY = "assessment"
    ORDER = 22
    TABLES = ("assessment", "assessment_domain", "life_domain", "case_episode")

    def __init__(self, desk_handle: DeskHandle, client_id: str, parent: QWidget | None = None) -> None:
        super().__init__(desk_handle, client_id, parent)
        self.screen: AssessmentScreen | None = None
        self._wanted_id = ""
        self._select_domain = ""

        self.picker = QComboBox()
        self.picker.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.picker.currentIndexChanged.connect(self._on_picked)
        picker_label = QLabel(self.tr("&Which assessment:"))
        picker_label.setBuddy(self.picker)
        self.time_box = QLabel()
        self.time_box.setWordWrap(True)
        self.empty_hint = hint_label(self.tr("No assessment yet. Start one with “New assessment…”: "
                                             "each life domain gets the client's view, yours, a rating, "
                                             "resources and problems."))
        self.frozen_hint = hint_label(self.tr("This assessment is completed and stays as it is. "
                                              "Start a new assessment to assess again."))

        self.grid = QTreeWidget()
        self.grid.setRootIsDecorated(False)
        self.grid.setHeaderLabels([self.tr("Life domain"), self.tr("Rating"), "", self.tr("Priority"),
                                   self.tr("Resources"), self.tr("Problems")])
        header = self.grid.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.grid.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.grid.itemActivated.connect(lambda _item, _column: self.edit_selected_domain())
        self.grid.currentItemChanged.connect(lambda _current, _previous: self._update_actions())

        self.new_button = QPushButton(self.tr("&New assessment…"))
        self.edit_button = QPushButton(self.tr("Edit &domain…"))
        self.edit_button.setToolTip(self.tr("Edit the selected life domain (Return)"))
        self.complete_button = QPushButton(self.tr("Comp&lete…"))
        self.compare_button = QPushButton(self.tr("Compare…"))
        self.new_button.clicked.connect(self.open_new_dialog)
        self.edit_button.clicked.connect(self.edit_selected_domain)
        self.complete_button.clicked.connect(self.open_complete_dialog)
        self.compare_button.clicked.connect(self.open_compare_dialog)

        top = QHBoxLayout()
        top.addWidget(picker_label)
        top.addWidget(self.picker)
        top.addWidget(self.time_box, 1)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.complete_button, self.compare_button):
            buttons.addWidget(button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.empty_hint)
        layout.addWidget(self.frozen_hint)
        layout.addWidget(self.grid, 1)
        layout.addLayout(buttons)
        self._update_actions()

    def title(self) -> str:
        return self.tr("Assessment")

    # --- loading -------------------------------------------------------------------------------
    def reload(self) -> None:
        client_id = self.client_id
        self._start(1)
        self._desk_handle.op(self, lambda desk: AssessmentScreen(desk.assessments.for_client(client_id),
                                                                 date.today())).success(self._on_loaded).run()

    def _on_loaded(self, screen: AssessmentScreen) -> None:
        self.screen = screen
        ids = [view.id for view in screen.assessments]
        wanted = self._wanted_id if self._wanted_id in ids else (ids[0] if ids else "")
        self.picker.blockSignals(True)
        self.picker.clear()
        for view in screen.assessments:
            self.picker.addItem(assessment_title(view), view.id)
        if wanted:
            self.picker.setCurrentIndex(self.picker.findData(wanted))
        self.picker.blockSignals(False)
        self.picker.setEnabled(len(ids) > 1)
        self._show(self.assessment)
        self._part_loaded()

    def _on_picked(self, _index: int) -> None:
        self._wanted_id = self.picker.currentData() or ""
        self._show(self.assessment)

    @property
    def assessment(self) -> AssessmentView | None:
        if self.screen is None:
            return None
        chosen = self.picker.currentData()
        return next((view for view in self.screen.assessments if view.id == chosen), None)

    def _show(self, view: AssessmentView | None) -> None:
        selected = self._select_domain or self.current_domain()
        self._select_domain = ""
        self.empty_hint.setVisible(self.screen is not None and view is None)
        self.frozen_hint.setVisible(view is not None and view.completed)
        self.time_box.setText(self._time_box_text(view))
        self.grid.clear()
        for finding in view.domains if view else ():
            self.grid.addTopLevelItem(self._row(finding))
        if self.grid.topLevelItemCount():
            rows = [self.grid.topLevelItem(index) for index in range(self.grid.topLevelItemCount())]
            self.grid.setCurrentItem(next((row for row in rows if row.data(0, DOMAIN_ROLE) == selected), rows[0]))
        self._update_actions()

    def _time_box_text(self, view: AssessmentView | None) -> str:
        if view is None or self.screen is None:
            return ""
        started = self.tr("Started %1").replace("%1", format_date(view.started_on))
        if view.completed_on is not None:
            return started + " · " + self.tr("completed on %1").replace("%1", format_date(view.completed_on))
        if view.overdue(self.screen.today):
            return started + " · <b>⚠ " + self.tr("over its time box since %1").replace(
                "%1", format_date(view.due_on)) + "</b>"
        return started + " · " + self.tr("due by %1").replace("%1", format_date(view.due_on))

    def _row(self, finding: DomainFinding) -> QTreeWidgetItem:
        draft = finding.draft
        resources = [word for word, text in ((self.tr("personal"), draft.resources_personal),
                                             (self.tr("private"), draft.resources_private),
                                             (self.tr("community"), draft.resources_community)) if text.strip()]
        item = QTreeWidgetItem([
            life_domain_name(finding.domain, finding.label),
            impairment_rating_name(draft.rating),
            rating_bar(draft.rating),
            priority_text(draft.client_priority) if draft.client_priority is not None else "—",
            ", ".join(resources) or "—",
            first_line(draft.problems) or "—",
        ])
        item.setData(0, DOMAIN_ROLE, finding.domain)
        item.setToolTip(5, draft.problems)
        return item

    def current_domain(self) -> str:
        item = self.grid.currentItem()
        return item.data(0, DOMAIN_ROLE) if item else ""

    def _update_actions(self) -> None:
        view = self.assessment
        editable = view is not None and not view.completed and not self.is_erased
        self.new_button.setEnabled(self.screen is not None and not self.is_erased)
        self.edit_button.setEnabled(editable and bool(self.current_domain()))
        self.complete_button.setEnabled(editable)
        self.compare_button.setEnabled(self.screen is not None and len(self.screen.assessments) > 1)

    # --- actions -------------------------------------------------------------------------------
    def open_new_dialog(self) -> NewAssessmentDialog | None:
        if not self.new_button.isEnabled() or self.screen is None:
            return None
        dialog = NewAssessmentDialog(self._desk_handle, self.client_id, bool(self.screen.assessments),
                                     self.screen.today, self)
        dialog.saved.connect(self._show_assessment)
        return self._open(dialog)

    def _show_assessment(self, assessment_id: str) -> None:
        self._wanted_id = assessment_id
        self.reload()

    def edit_selected_domain(self) -> DomainDialog | None:
        view, domain = self.assessment, self.current_domain()
        if view is None or not domain or not self.edit_button.isEnabled():
            return None
        finding = view.finding(domain)
        assert finding is not None
        dialog = DomainDialog(self._desk_handle, view.id, domain, finding.label, finding.draft, self)
        dialog.saved.connect(lambda _row_id: self._after_domain_saved(domain))
        return self._open(dialog)

    def _after_domain_saved(self, domain: str) -> None:
        self._select_domain = domain
        self.reload()

    def open_complete_dialog(self) -> CompleteDialog | None:
        view = self.assessment
        if view is None or not self.complete_button.isEnabled() or self.screen is None:
            return None
        dialog = CompleteDialog(self._desk_handle, view.id, max(self.screen.today, view.started_on), self)
        dialog.saved.connect(lambda _result: self.reload())
        return self._open(dialog)

    def open_compare_dialog(self) -> CompareDialog | None:
        if not self.compare_button.isEnabled() or self.screen is None:
            return None
        return self._open(CompareDialog(self._desk_handle, self.screen.assessments, self))

    def _open(self, dialog: QWidget):
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

