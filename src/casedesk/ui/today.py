"""Today: what the team's monitoring rules ask of the worker now, and the tasks due.

Whose clients and which rules come from services.today; the heading says both. Each line says
what it is about, under which rule, when it is due, and the client; Return (or a double-click)
opens the client file at the tab where it is dealt with. "Put off…" snoozes the selected line
until a date, with a reason (kept as history).
"""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidgetItem,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from casedesk.services import monitoring
from casedesk.services.today import SNOOZE_REASON_LIMIT, RuleEntry, SnoozeEntry, TodayOverview
from casedesk.ui.assessment_tab import AssessmentTab
from casedesk.ui.client_tabs import ContactsTab, OverviewTab, TasksTab
from casedesk.ui.desk_thread import DeskHandle, RefreshOnChange
from casedesk.ui.edit_dialog import EditDialog
from casedesk.ui.forms import Field, Form, Kind
from casedesk.ui.monitoring_rules import rule_title
from casedesk.ui.plan_tab import PlanTab
from casedesk.ui.referrals_tab import ReferralsTab
from casedesk.ui.tasks import TaskList
from casedesk.ui.vocabulary import client_name, format_date
from casedesk.ui.whereabouts import RoundPlanDialog, RoundResultsDialog
from casedesk.ui.widgets import fit_window_title, hint_label

translate = QCoreApplication.translate
# What Today shows: the rules' rows (phases, contacts, plans, referrals, ...), who holds the
# clients, the team's settings and snoozes, and due tasks.
TODAY_TABLES = ("client", "case_episode", "phase_change", "contact", "task", "worker", "service_plan", "plan_goal",
                "referral", "assessment", "confidentiality_release", "monitoring_rule_setting", "rule_snooze")
# The client file's tab where each rule's entry is dealt with.
RULE_TABS = {
    monitoring.WEEKLY_CONTACT_RULE: ContactsTab.KEY,
    monitoring.CONTACT_GAP_RULE: ContactsTab.KEY,
    monitoring.MISSED_APPOINTMENT_RULE: ContactsTab.KEY,
    monitoring.REFERRAL_FOLLOW_UP_RULE: ReferralsTab.KEY,
    monitoring.GOAL_DEADLINE_RULE: PlanTab.KEY,
    monitoring.PLAN_REVIEW_RULE: PlanTab.KEY,
    monitoring.ASSESSMENT_TIME_BOX_RULE: AssessmentTab.KEY,
    monitoring.RELEASE_EXPIRING_RULE: OverviewTab.KEY,
}
# A goal's wording is cut to this many characters in the list (the plan tab has it whole).
SUBJECT_CHARS = 60
SNOOZE_DEFAULT_DAYS = 7


def shortened(text: str, limit: int = SUBJECT_CHARS) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


@dataclass(frozen=True)
class SnoozeDraft:
    snoozed_until: date | None = None
    reason: str = ""


class SnoozeDialog(EditDialog):
    """Put one of Today's entries off until a date, with a reason; earlier put-offs are listed."""

    history_loaded = Signal()

    def __init__(self, desk_handle: DeskHandle, entry: RuleEntry, subject: str, parent: QWidget | None = None) -> None:
        form = Form((
            Field("snoozed_until", translate("SnoozeDialog", "Put off &until:"), Kind.DATE),
            Field("reason", translate("SnoozeDialog", "&Reason:"), Kind.TEXT, max_length=SNOOZE_REASON_LIMIT,
                  lines=3, placeholder=translate("SnoozeDialog", "Why it can wait, e.g. in hospital until then")),
        ))
        super().__init__(desk_handle, form, "rule_snooze", translate("SnoozeDialog", "Put off"), parent)
        self.client_id = entry.client_id
        about = hint_label(translate("SnoozeDialog", "%1 — %2 (%3). Today lists it again on the day you choose.")
                           .replace("%1", client_name(entry.client_name)).replace("%2", subject)
                           .replace("%3", rule_title(entry.rule)))
        self.history = QLabel()
        self.history.setWordWrap(True)
        self.history.hide()
        layout = self.content.layout()
        layout.insertWidget(0, about)
        layout.insertWidget(layout.count() - 1, self.history)
        today = date.today()
        draft = SnoozeDraft(snoozed_until=today + timedelta(days=SNOOZE_DEFAULT_DAYS))
        form.load(draft)
        client_id, rule, subject_id = entry.client_id, entry.rule, entry.subject_id
        self.set_save(draft, lambda desk, saved: desk.today.snooze(
            client_id, rule, subject_id, saved.snoozed_until, saved.reason))
        self.setMinimumWidth(460)
        fit_window_title(self)
        desk_handle.op(self, lambda desk: desk.today.snoozes(client_id, rule, subject_id)).success(
            self._show_history).run()

    def _show_history(self, snoozes: list[SnoozeEntry]) -> None:
        if snoozes:
            lines = [translate("SnoozeDialog", "Put off before:")] + [
                translate("SnoozeDialog", "until %1 (%2, %3): %4")
                .replace("%1", format_date(snooze.snoozed_until)).replace("%2", format_date(snooze.created_at.date()))
                .replace("%3", snooze.worker_name).replace("%4", shortened(snooze.reason, 120))
                for snooze in snoozes]
            self.history.setText("\n".join(lines))
            self.history.show()
        self.history_loaded.emit()


class TodayLines(QAbstractTableModel):
    """Today's lines for a view: a line's texts are made when it is shown (thousands on a big caseload)."""

    def __init__(self, view: "TodayView") -> None:
        super().__init__(view)
        self._view = view
        self._entries: Sequence[RuleEntry] = []
        self._texts: dict[int, tuple[str, ...]] = {}
        self._today = date.today()
        self._bold = QFont()
        self._bold.setBold(True)

    def set_entries(self, entries: Sequence[RuleEntry]) -> None:
        self.beginResetModel()
        self._entries, self._texts, self._today = entries, {}, date.today()
        self.endResetModel()

    def entry(self, row: int) -> RuleEntry:
        return self._entries[row]

    def rowCount(self, parent: QModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._entries)

    def columnCount(self, parent: QModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._view.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._view.column_titles[section]
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        entry = self._entries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            texts = self._texts.get(index.row())
            if texts is None:
                view = self._view
                texts = self._texts[index.row()] = (
                    client_name(entry.client_name), view.entry_subject(entry), rule_title(entry.rule),
                    view.entry_due(entry, self._today), entry.whereabouts)
            return texts[index.column()]
        if role == Qt.ItemDataRole.FontRole and index.column() == TodayView.DUE and entry.overdue:
            return self._bold
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == TodayView.SUBJECT and entry.subject:
            return entry.subject
        return None


class TodayView(QWidget):
    # A client to open, and the tab of the file to open it at ("" for the file's first).
    client_activated = Signal(str, str)
    loaded = Signal()

    CLIENT, SUBJECT, RULE, DUE, WHEREABOUTS = COLUMNS = range(5)
    # The columns sized to their lines, at most this wide; what a line is about takes the rest.
    COLUMN_MAX_PX = ((CLIENT, 160), (RULE, 170), (DUE, 125), (WHEREABOUTS, 120))
    SIZED_TO_LINES = 40

    def __init__(self, desk_handle: DeskHandle, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk_handle = desk_handle
        self._loading = 0
        heading = QLabel(self.tr("Today"))
        heading.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.overdue_heading = QLabel()
        self.overdue_heading.setStyleSheet("font-weight: 600;")
        self.overdue_scope = hint_label("")
        self.column_titles = (self.tr("Client"), self.tr("What"), self.tr("Rule"), self.tr("Due"),
                              self.tr("Where to find"))
        self.lines = TodayLines(self)
        self.overdue = QTreeView()
        self.overdue.setRootIsDecorated(False)
        self.overdue.setAlternatingRowColors(True)
        self.overdue.setUniformRowHeights(True)
        self.overdue.setModel(self.lines)
        # What a line is about takes the room the others leave (cut, its tooltip whole), so the
        # rule and the due date stay in view on a small screen.
        header = self.overdue.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(self.SUBJECT, QHeaderView.ResizeMode.Stretch)
        # Columns are sized to the first screenful of lines: Qt's default measures a thousand,
        # which on a big caseload kept the window busy for a quarter of a second after unlock.
        header.setResizeContentsPrecision(self.SIZED_TO_LINES)
        self.overdue.activated.connect(self._on_overdue_activated)
        self.overdue.selectionModel().currentChanged.connect(lambda _current, _previous: self._update_buttons())
        self.snooze_button = QPushButton(self.tr("&Put off…"))
        self.snooze_button.setToolTip(self.tr("Put the selected line off until a date, with a reason"))
        self.snooze_button.clicked.connect(self.open_snooze_dialog)
        self.round_button = QPushButton(self.tr("Plan outreach &round…"))
        self.round_button.setToolTip(self.tr("Print a round to look for the clients due for a contact"))
        self.round_button.clicked.connect(self.open_round_dialog)
        self.results_button = QPushButton(self.tr("Round result&s…"))
        self.results_button.setToolTip(self.tr("After the round: who was met, who was not"))
        self.results_button.clicked.connect(self.open_round_results)
        self.tasks_heading = QLabel()
        self.tasks_heading.setStyleSheet("font-weight: 600;")
        self.tasks = TaskList(desk_handle, show_client=True)
        self.tasks.itemActivated.connect(self._on_tasks_item_activated)
        self.tasks.task_done_changed.connect(self._on_tasks_task_done_changed)
        self.task_status = QLabel()
        hint = hint_label(self.tr("Return or a double-click opens the client where the line is dealt with; "
                                  "“Put off” puts the selected line off until a date. Space ticks a task done; "
                                  "Ctrl+Z reopens the task ticked last."))
        entry_buttons = QHBoxLayout()
        entry_buttons.addWidget(self.snooze_button)
        entry_buttons.addStretch()
        entry_buttons.addWidget(self.round_button)
        entry_buttons.addWidget(self.results_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.overdue_heading)
        layout.addWidget(self.overdue_scope)
        layout.addWidget(self.overdue, 3)
        layout.addLayout(entry_buttons)
        layout.addWidget(self.tasks_heading)
        layout.addWidget(self.tasks, 2)
        layout.addWidget(self.task_status)
        layout.addWidget(hint)
        self._update_buttons()
        self.freshness = RefreshOnChange(self, desk_handle, TODAY_TABLES, self.refresh)

    def hideEvent(self, event) -> None:
        # A dashboard: read afresh whenever the worker comes back to it (ticked tasks then leave it).
        self.freshness.stale = True
        super().hideEvent(event)

    @property
    def is_loading(self) -> bool:
        return self._loading > 0

    def refresh(self) -> None:
        self._loading += 1
        self._desk_handle.op(self, lambda desk: desk.today.overview()).success(self._on_overview_loaded).run()

    def entries(self) -> list[RuleEntry]:
        return [self.lines.entry(row) for row in range(self.lines.rowCount())]

    def current_entry(self) -> RuleEntry | None:
        index = self.overdue.currentIndex()
        return self.lines.entry(index.row()) if index.isValid() else None

    def entry_subject(self, entry: RuleEntry) -> str:
        """What the line is about, next to its rule: "no contact for 9 days", a goal's wording, the helper."""
        rule = entry.rule
        if rule in (monitoring.WEEKLY_CONTACT_RULE, monitoring.CONTACT_GAP_RULE):
            if entry.days_without_contact is None:
                return self.tr("never seen")
            if rule == monitoring.CONTACT_GAP_RULE:
                # The gap counts no "tried to reach": the list's last contact may be a try.
                return self.tr("not met for %n day(s)", "", entry.days_without_contact)
            return self.tr("no contact for %n day(s)", "", entry.days_without_contact)
        if rule == monitoring.MISSED_APPOINTMENT_RULE:
            return self.tr("appointment on %1").replace("%1", format_date(entry.subject_on))
        if rule == monitoring.GOAL_DEADLINE_RULE:
            return self.tr("“%1”").replace("%1", shortened(entry.subject))
        if rule == monitoring.PLAN_REVIEW_RULE:
            return self.tr("the service plan")
        if rule == monitoring.ASSESSMENT_TIME_BOX_RULE:
            return self.tr("started on %1").replace("%1", format_date(entry.subject_on))
        # A referral's helper, a release's helper: the rule's column says which.
        return shortened(entry.subject)

    def entry_due(self, entry: RuleEntry, today: date) -> str:
        """The Due column: "since 4.12." for the overdue (in bold), "today", or the date."""
        if entry.overdue:
            return self.tr("since %1").replace("%1", format_date(entry.due_on))
        if entry.due_on == today:
            return self.tr("today")
        return format_date(entry.due_on)

    def _on_overview_loaded(self, overview: TodayOverview) -> None:
        self._loading -= 1
        if self._loading:
            return  # a newer refresh is on its way
        overdue = overview.entries.overdue_count
        self.overdue_heading.setText(
            self.tr("To follow up: %n line(s)", "", len(overview.entries)) + " · "
            + self.tr("%n overdue", "", overdue))
        names = "; ".join(rule_title(setting.rule) for setting in overview.rules) or self.tr("none")
        self.overdue_scope.setText(
            self.tr("Your clients and the clients you deputise for. Rules: %1.").replace("%1", names))
        current = self.current_entry()
        keep = (current.rule, current.client_id, current.subject_id) if current is not None else None
        row = self.overdue.currentIndex().row()
        self.lines.set_entries(overview.entries)
        # The line worked on stays current; once it is gone (put off, dealt with), the one after it.
        kept = overview.entries.index_of(*keep) if keep is not None else None
        if kept is None:
            kept = min(row, len(overview.entries) - 1)
        if kept >= 0:
            self.overdue.setCurrentIndex(self.lines.index(kept, self.CLIENT))
        if overview.entries and not self.overdue.header().property("sized"):
            # Sized once, to the lines in view (a view measures only those).
            self.overdue.header().setProperty("sized", True)
            for column, widest in self.COLUMN_MAX_PX:
                self.overdue.resizeColumnToContents(column)
                self.overdue.setColumnWidth(column, min(self.overdue.columnWidth(column), widest))
        self._update_buttons()
        self.tasks_heading.setText(self.tr("Tasks due (%1)").replace("%1", str(len(overview.due_tasks))))
        self.tasks.set_tasks(overview.due_tasks)
        self.loaded.emit()

    def _update_buttons(self) -> None:
        self.snooze_button.setEnabled(self.overdue.currentIndex().isValid())

    def open_snooze_dialog(self, entry: RuleEntry | None = None) -> SnoozeDialog | None:
        entry = entry or self.current_entry()
        if entry is None:
            return None
        dialog = SnoozeDialog(self._desk_handle, entry, self.entry_subject(entry), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_round_dialog(self) -> RoundPlanDialog:
        """Choose the clients to look for and print the round sheet (shown in the preview)."""
        dialog = RoundPlanDialog(self._desk_handle, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.sheet_ready.connect(self._on_round_sheet_ready)
        dialog.open()
        return dialog

    def _on_round_sheet_ready(self, pdf: bytes) -> None:
        from casedesk.ui.document_preview import show_preview  # Qt's PDF modules load when first used

        self.round_preview = show_preview(self, pdf, self.tr("Outreach round"), "outreach-round.pdf")

    def open_round_results(self) -> RoundResultsDialog:
        dialog = RoundResultsDialog(self._desk_handle, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.recorded.connect(self._on_round_recorded)
        dialog.open()
        return dialog

    def _on_round_recorded(self, met: int, not_met: int) -> None:
        self.task_status.setText(self.tr("Round recorded: %1 met, %2 not met (tried to reach).")
                                 .replace("%1", str(met)).replace("%2", str(not_met)))

    def _on_overdue_activated(self, index: QModelIndex) -> None:
        entry = self.lines.entry(index.row())
        self.client_activated.emit(entry.client_id, RULE_TABS.get(entry.rule, ""))

    def _on_tasks_item_activated(self, item: QListWidgetItem) -> None:
        client_id = item.data(TaskList.ClientIdRole)
        if client_id:
            self.client_activated.emit(client_id, TasksTab.KEY)

    def _on_tasks_task_done_changed(self, title: str, done: bool) -> None:
        if done:
            text = self.tr("“%1” is done. Ctrl+Z or unticking it reopens it.")
        else:
            text = self.tr("“%1” is open again.")
        self.task_status.setText(text.replace("%1", title))
