"""The client file's "Plan" tab: the service plan of the current episode, version by version.

Shows the chosen version's status (signed or draft, review date), its goal tree with the SMART
check and whether each goal's help has started, then what the informal network gives (before the
services: subsidiarity), the services, the client's own activities and the contact dates.
Keyboard: Ins a new goal, Shift+Ins a sub-goal of the selected one, Enter edits, Del removes
(after asking). Only the latest version can change, and a signed one only in its progress fields;
the tab says so instead of offering actions that would be refused.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casedesk.domain import GoalLevel
from casedesk.services.plans import GoalDraft, GoalView, PlanFrozen, PlanVersionEntry, PlanView, ServiceDraft
from casedesk.ui import errors, messages
from casedesk.ui.client_tabs import ClientTab
from casedesk.ui.desk_thread import DeskHandle
from casedesk.ui.plan_dialogs import (
    CompareDialog,
    GoalDialog,
    PlanDetailsDialog,
    PlanServiceDialog,
    SignatureDraft,
    SignDialog,
    domain_choices,
)
from casedesk.ui.vocabulary import (
    format_date,
    goal_level_name,
    goal_status_name,
    plan_domain_name,
    responsible_kind_name,
)
from casedesk.ui.widgets import hint_label

GOAL_ID_ROLE = Qt.ItemDataRole.UserRole
#: The letter of each SMART part, as the method's acronym spells it in every language.
SMART_LETTERS = {"specific": "S", "measurable": "M", "acceptable": "A", "realistic": "R", "time_bound": "T"}
SERVICE_ID_ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class PlanScreen:
    """Everything the tab shows, read in one job."""

    versions: list[PlanVersionEntry]
    plan: PlanView | None
    help_started: dict[str, bool]
    providers: list[tuple[str, str]]
    domains: list[tuple[str, str]]
    #: The client's network persons, offered as the person responsible for a goal.
    network_names: tuple[str, ...] = ()


def _read_plan(desk, client_id: str, wanted_id: str) -> PlanScreen:
    versions = desk.plans.versions(client_id)
    ids = [entry.id for entry in versions]
    plan_id = wanted_id if wanted_id in ids else (ids[0] if ids else "")
    plan = desk.plans.plan(plan_id) if plan_id else None
    return PlanScreen(versions=versions, plan=plan,
                      help_started=desk.plans.help_started(plan_id) if plan_id else {},
                      providers=desk.plans.provider_choices(), domains=desk.plans.domains(),
                      network_names=tuple(person.draft.name for person in desk.network.network(client_id).persons))


class PlanTab(ClientTab):
    KEY = "plan"
    ORDER = 24
    TABLES = ("service_plan", "plan_goal", "plan_service", "provider", "referral", "case_episode", "life_domain",
              "network_person")

    def __init__(self, desk_handle: DeskHandle, client_id: str, parent: QWidget | None = None) -> None:
        super().__init__(desk_handle, client_id, parent)
        self.screen: PlanScreen | None = None
        self._wanted_plan_id = ""
        self._select_goal_id = ""

        self.version_picker = QComboBox()
        self.version_picker.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.version_picker.currentIndexChanged.connect(self._on_version_picked)
        version_label = QLabel(self.tr("Versio&n:"))
        version_label.setBuddy(self.version_picker)
        self.status_line = QLabel()
        self.status_line.setWordWrap(True)
        self.frozen_hint = hint_label(self.tr("Signed plans are frozen — make a new version to change it. "
                                              "Status and attainment stay editable."))
        self.frozen_hint.hide()

        self.goal_tree = QTreeWidget()
        self.goal_tree.setHeaderLabels([self.tr("Goal"), self.tr("Level"), self.tr("Responsible"),
                                        self.tr("Deadline"), self.tr("Status"), self.tr("SMART"),
                                        self.tr("Help started")])
        self.goal_tree.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # Sized after each load (``_fit_goal_columns``): the wording takes what the others leave.
        self.goal_tree.header().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.goal_tree.header().setStretchLastSection(False)
        self.goal_tree.itemActivated.connect(lambda _item, _column: self.edit_selected_goal())
        self.goal_tree.currentItemChanged.connect(lambda _current, _previous: self._update_actions())

        self.network_support = self._text_label()
        self.own_activities = self._text_label()
        self.contact_dates = self._text_label()
        self.services = QTreeWidget()
        self.services.setRootIsDecorated(False)
        self.services.setHeaderLabels([self.tr("Service"), self.tr("Provider"), self.tr("Cost"), self.tr("Payer")])
        self.services.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # A few rows: the goals are the plan, the services a list under them.
        self.services.setMaximumHeight(self.services.fontMetrics().lineSpacing() * 6 + 12)
        self.services.itemActivated.connect(lambda _item, _column: self.edit_selected_service())
        self.services.currentItemChanged.connect(lambda _current, _previous: self._update_actions())
        details = QWidget()
        details_form = QFormLayout(details)
        details_form.setContentsMargins(0, 0, 0, 0)
        details_form.addRow(self.tr("Network support:"), self.network_support)
        details_form.addRow(self.tr("Services:"), self.services)
        details_form.addRow(self.tr("Own activities:"), self.own_activities)
        details_form.addRow(self.tr("Contact dates:"), self.contact_dates)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.goal_tree)
        splitter.addWidget(details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)

        self.new_goal_button = QPushButton(self.tr("Ne&w goal…"))
        self.new_goal_button.setToolTip(self.tr("A goal at the top of the plan (Ins)"))
        self.sub_goal_button = QPushButton(self.tr("Su&b-goal…"))
        self.sub_goal_button.setToolTip(self.tr("A goal under the selected one (Shift+Ins)"))
        self.edit_button = QPushButton(self.tr("Ed&it…"))
        self.edit_button.setToolTip(self.tr("Edit the selected goal (Return)"))
        self.remove_button = QPushButton(self.tr("Remove goa&l…"))
        self.remove_button.setToolTip(self.tr("Remove the selected goal and its sub-goals (Del)"))
        self.sign_button = QPushButton(self.tr("Signat&ures…"))
        self.more_button = QToolButton()
        self.more_button.setText(self.tr("Mor&e"))
        self.more_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.more_menu = QMenu(self.more_button)
        self.more_button.setMenu(self.more_menu)
        self.details_action = self.more_menu.addAction(self.tr("Plan &details…"))
        self.add_service_action = self.more_menu.addAction(self.tr("&Add service…"))
        self.edit_service_action = self.more_menu.addAction(self.tr("&Edit service…"))
        self.remove_service_action = self.more_menu.addAction(self.tr("&Remove service…"))
        self.more_menu.addSeparator()
        self.new_version_action = self.more_menu.addAction(self.tr("New &version"))
        self.compare_action = self.more_menu.addAction(self.tr("&Compare with the previous version…"))
        self.new_goal_button.clicked.connect(self.new_goal)
        self.sub_goal_button.clicked.connect(self.new_sub_goal)
        self.edit_button.clicked.connect(self.edit_selected_goal)
        self.remove_button.clicked.connect(self.remove_selected_goal)
        self.sign_button.clicked.connect(self.open_sign_dialog)
        self.details_action.triggered.connect(self.open_details_dialog)
        self.add_service_action.triggered.connect(lambda: self.open_service_dialog(""))
        self.edit_service_action.triggered.connect(self.edit_selected_service)
        self.remove_service_action.triggered.connect(self.remove_selected_service)
        self.new_version_action.triggered.connect(self.make_new_version)
        self.compare_action.triggered.connect(self.open_compare_dialog)
        for keys, slot in ((QKeySequence(Qt.Key.Key_Insert), self.new_goal),
                           (QKeySequence(Qt.KeyboardModifier.ShiftModifier | Qt.Key.Key_Insert), self.new_sub_goal)):
            shortcut = QShortcut(keys, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        remove_shortcut = QShortcut(QKeySequence(Qt.Key.Key_Delete), self.goal_tree)
        remove_shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        remove_shortcut.activated.connect(self.remove_selected_goal)

        top = QHBoxLayout()
        top.addWidget(version_label)
        top.addWidget(self.version_picker)
        top.addWidget(self.status_line, 1)
        buttons = QHBoxLayout()
        for button in (self.new_goal_button, self.sub_goal_button, self.edit_button, self.remove_button,
                       self.sign_button):
            buttons.addWidget(button)
        buttons.addStretch()
        buttons.addWidget(self.more_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.frozen_hint)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        self._update_actions()

    @staticmethod
    def _text_label() -> QLabel:
        label = QLabel()
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def title(self) -> str:
        return self.tr("Plan && &goals")

    # --- loading -------------------------------------------------------------------------------
    def reload(self) -> None:
        client_id, wanted = self.client_id, self._wanted_plan_id
        self._start(1)
        self._desk_handle.op(self, lambda desk: _read_plan(desk, client_id, wanted)).success(self._on_loaded).run()

    def _on_loaded(self, screen: PlanScreen) -> None:
        self.screen = screen
        plan = screen.plan
        # Showing the latest version follows the latest (a new version from sync or another window);
        # an older version picked on purpose stays shown.
        self._wanted_plan_id = plan.id if plan and plan.id != screen.versions[0].id else ""
        self.version_picker.blockSignals(True)
        self.version_picker.clear()
        for entry in screen.versions:
            state = (self.tr("signed") if entry.frozen else self.tr("draft"))
            self.version_picker.addItem(self.tr("Version %1 (%2)").replace("%1", str(entry.version))
                                        .replace("%2", state), entry.id)
        if plan is not None:
            self.version_picker.setCurrentIndex(self.version_picker.findData(plan.id))
        self.version_picker.blockSignals(False)
        self.version_picker.setEnabled(len(screen.versions) > 1)
        self.status_line.setText(self._status_text(plan))
        selected = self._select_goal_id or self.current_goal_id()
        self._select_goal_id = ""
        self.goal_tree.clear()
        if plan is not None:
            for goal in plan.goals:
                self.goal_tree.addTopLevelItem(self._goal_item(goal, screen.help_started))
            self.goal_tree.expandAll()
            self._fit_goal_columns()
            self._select_goal(selected)
        self.network_support.setText(plan.fields.network_support if plan and plan.fields.network_support else "—")
        self.own_activities.setText(plan.fields.own_activities if plan and plan.fields.own_activities else "—")
        self.contact_dates.setText(plan.fields.contact_dates if plan and plan.fields.contact_dates else "—")
        self.services.clear()
        for service in plan.services if plan else ():
            item = QTreeWidgetItem([service.description, service.provider_name, service.cost, service.payer])
            item.setData(0, SERVICE_ID_ROLE, service.id)
            self.services.addTopLevelItem(item)
        self._update_actions()
        self._part_loaded()

    def _fit_goal_columns(self) -> None:
        for column in range(1, self.goal_tree.columnCount()):
            self.goal_tree.resizeColumnToContents(column)
        others = sum(self.goal_tree.columnWidth(column) for column in range(1, self.goal_tree.columnCount()))
        self.goal_tree.setColumnWidth(0, max(220, self.goal_tree.viewport().width() - others))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_goal_columns()

    def _status_text(self, plan: PlanView | None) -> str:
        if plan is None:
            return self.tr("No service plan yet. New goal (Ins) starts one.")
        if plan.frozen:
            state = (self.tr("Signed by the client on %1 and by the case manager on %2.")
                     .replace("%1", format_date(plan.client_signed_on)).replace("%2", format_date(plan.worker_signed_on)))
        elif plan.client_signed_on or plan.worker_signed_on:
            state = self.tr("Draft, signed by one side so far.")
        else:
            state = self.tr("Draft, not signed yet.")
        goals = len(plan.all_goals())
        review = (self.tr("Review on %1.").replace("%1", format_date(plan.fields.review_on))
                  if plan.fields.review_on else self.tr("No review date."))
        return " ".join((state, review, self.tr("%n goal(s).", "", goals)))

    def _goal_item(self, goal: GoalView, help_started: dict[str, bool]) -> QTreeWidgetItem:
        draft = goal.draft
        if goal.level == GoalLevel.MESO.value and draft.domain:
            domain = self._domain_label(draft.domain)
            level = self.tr("%1: %2").replace("%1", goal_level_name(goal.level)).replace("%2", domain)
        else:
            level = goal_level_name(goal.level)
        responsible = responsible_kind_name(draft.responsible) if draft.responsible else ""
        who = draft.responsible_name or goal.provider_name
        if who:
            responsible = self.tr("%1 (%2)").replace("%1", responsible).replace("%2", who) if responsible else who
        # The column shows the missing parts' SMART letters; the tooltip names them.
        smart = ("✓" if not goal.smart_problems
                 else self.tr("missing: %1").replace("%1", " ".join(SMART_LETTERS[p] for p in goal.smart_problems)))
        started = self.tr("yes") if help_started.get(goal.lineage_id) else ""
        item = QTreeWidgetItem([draft.wording or self.tr("(no wording)"), level, responsible,
                                format_date(draft.deadline), goal_status_name(draft.status), smart, started])
        item.setData(0, GOAL_ID_ROLE, goal.id)
        if goal.smart_problems:
            item.setToolTip(5, self.tr("Missing: %1. The SMART check is a reminder; the goal is saved as it is.")
                            .replace("%1", ", ".join(self._smart_part(p) for p in goal.smart_problems)))
        for child in goal.children:
            item.addChild(self._goal_item(child, help_started))
        return item

    def _domain_label(self, code: str) -> str:
        choices = dict(domain_choices(self.screen.domains if self.screen else []))
        return choices.get(code) or plan_domain_name(code)

    def _smart_part(self, part: str) -> str:
        return {"specific": self.tr("specific"), "measurable": self.tr("measurable"),
                "acceptable": self.tr("agreed"), "realistic": self.tr("realistic"),
                "time_bound": self.tr("deadline")}.get(part, part)

    def _on_version_picked(self, index: int) -> None:
        if index >= 0:
            self._wanted_plan_id = self.version_picker.itemData(index)
            self.reload()

    # --- state -----------------------------------------------------------------------------------
    @property
    def plan(self) -> PlanView | None:
        return self.screen.plan if self.screen else None

    def _is_latest(self) -> bool:
        return bool(self.screen and self.screen.versions and self.plan and self.screen.versions[0].id == self.plan.id)

    def _may_change(self) -> bool:
        """Content changes: the latest version, unsigned, of a client not erased."""
        return self.plan is not None and self._is_latest() and not self.plan.frozen and not self.is_erased

    def current_goal_id(self) -> str:
        item = self.goal_tree.currentItem()
        return item.data(0, GOAL_ID_ROLE) if item is not None else ""

    def current_goal(self) -> GoalView | None:
        goal_id = self.current_goal_id()
        return next((goal for goal in self.plan.all_goals() if goal.id == goal_id), None) if self.plan else None

    def current_service_id(self) -> str:
        item = self.services.currentItem()
        return item.data(0, SERVICE_ID_ROLE) if item is not None else ""

    def _select_goal(self, goal_id: str) -> None:
        for item in self._all_items():
            if item.data(0, GOAL_ID_ROLE) == goal_id:
                self.goal_tree.setCurrentItem(item)
                return
        if self.goal_tree.topLevelItemCount():
            self.goal_tree.setCurrentItem(self.goal_tree.topLevelItem(0))

    def _all_items(self) -> list[QTreeWidgetItem]:
        items, pending = [], [self.goal_tree.topLevelItem(i) for i in range(self.goal_tree.topLevelItemCount())]
        while pending:
            item = pending.pop(0)
            items.append(item)
            pending[:0] = [item.child(i) for i in range(item.childCount())]
        return items

    def _update_actions(self) -> None:
        may_change = self._may_change()
        no_plan_yet = self.screen is not None and self.plan is None and not self.is_erased
        goal = self.current_goal()
        self.new_goal_button.setEnabled(may_change or no_plan_yet)
        self.sub_goal_button.setEnabled(may_change and goal is not None and goal.level != GoalLevel.MICRO.value)
        # Editing a signed plan's goal is allowed for its progress fields.
        self.edit_button.setEnabled(goal is not None and self._is_latest() and not self.is_erased)
        self.remove_button.setEnabled(may_change and goal is not None)
        self.sign_button.setEnabled(may_change)
        self.details_action.setEnabled(may_change)
        self.add_service_action.setEnabled(may_change)
        self.edit_service_action.setEnabled(may_change and bool(self.current_service_id()))
        self.remove_service_action.setEnabled(may_change and bool(self.current_service_id()))
        self.new_version_action.setEnabled(self.plan is not None and self._is_latest() and not self.is_erased)
        self.compare_action.setEnabled(self.plan is not None and self.plan.previous_id is not None)
        self.frozen_hint.setVisible(self.plan is not None and self.plan.frozen and self._is_latest())

    def set_details(self, details) -> None:
        super().set_details(details)
        self._update_actions()

    # --- goals -----------------------------------------------------------------------------------
    def new_goal(self) -> None:
        """A goal at the top: the macro goal while the plan has none, else a meso goal."""
        if self.screen is not None and self.plan is None and not self.is_erased:
            client_id = self.client_id
            self._desk_handle.op(self, lambda desk: desk.plans.create(client_id)).success(
                self._on_plan_created).failure(self._on_change_failed).run()
            return
        if not self._may_change():
            return
        has_macro = any(goal.level == GoalLevel.MACRO.value for goal in self.plan.goals)
        level = GoalLevel.MESO.value if has_macro else GoalLevel.MACRO.value
        self.open_goal_dialog(level, None)

    def _on_plan_created(self, plan_id: str) -> None:
        self._wanted_plan_id = plan_id
        client_id = self.client_id
        self._desk_handle.op(self, lambda desk: _read_plan(desk, client_id, plan_id)).success(
            self._after_plan_created).run()

    def _after_plan_created(self, screen: PlanScreen) -> None:
        self._start(1)
        self._on_loaded(screen)
        self.open_goal_dialog(GoalLevel.MACRO.value, None)

    def new_sub_goal(self) -> None:
        goal = self.current_goal()
        if not self._may_change() or goal is None or goal.level == GoalLevel.MICRO.value:
            return
        level = GoalLevel.MESO.value if goal.level == GoalLevel.MACRO.value else GoalLevel.MICRO.value
        self.open_goal_dialog(level, goal.id)

    def open_goal_dialog(self, level: str, parent_id: str | None, goal: GoalView | None = None) -> GoalDialog:
        screen = self.screen
        assert screen is not None and screen.plan is not None
        dialog = GoalDialog(self._desk_handle, screen.plan.id, level, parent_id,
                            goal.draft if goal else GoalDraft(), screen.domains, screen.providers,
                            goal_id=goal.id if goal else "", frozen=screen.plan.frozen, parent=self,
                            network_names=screen.network_names)
        dialog.goal_saved.connect(self._on_goal_saved)
        return self._open(dialog)

    def edit_selected_goal(self) -> GoalDialog | None:
        goal = self.current_goal()
        if goal is None or not self.edit_button.isEnabled():
            return None
        return self.open_goal_dialog(goal.level, goal.parent_id, goal)

    def _on_goal_saved(self, goal_id: str) -> None:
        self._select_goal_id = goal_id
        self.reload()

    def remove_selected_goal(self) -> None:
        goal = self.current_goal()
        if goal is None or not self._may_change():
            return
        below = len(list(goal.walk())) - 1
        text = self.tr("Remove the goal “%1”?").replace("%1", goal.draft.wording or self.tr("(no wording)"))
        if below:
            text += " " + self.tr("Its %n sub-goal(s) go with it.", "", below)
        if not messages.confirm(self, self.tr("Remove goal?"), text):
            return
        goal_id = goal.id
        self._desk_handle.op(self, lambda desk: desk.plans.remove_goal(goal_id)).success(
            lambda _result: self.reload()).failure(self._on_change_failed).run()

    # --- the plan ----------------------------------------------------------------------------------
    def open_sign_dialog(self) -> SignDialog | None:
        plan = self.plan
        if plan is None or not self._may_change():
            return None
        today = date.today()
        draft = SignatureDraft(client_signed_on=plan.client_signed_on or today,
                               worker_signed_on=plan.worker_signed_on or today)
        dialog = SignDialog(self._desk_handle, plan.id, draft, self)
        dialog.saved.connect(lambda _result: self.reload())
        return self._open(dialog)

    def open_details_dialog(self) -> PlanDetailsDialog | None:
        plan = self.plan
        if plan is None or not self._may_change():
            return None
        dialog = PlanDetailsDialog(self._desk_handle, plan.id, plan.fields, self)
        dialog.saved.connect(lambda _result: self.reload())
        return self._open(dialog)

    def make_new_version(self) -> None:
        plan = self.plan
        if plan is None or not self._is_latest():
            return
        if not messages.confirm(self, self.tr("New version?"), self.tr(
                "Make version %1 from version %2? Version %2 stays as it is; the new one is a draft "
                "to change and sign again.").replace("%1", str(plan.version + 1)).replace("%2", str(plan.version))):
            return
        plan_id = plan.id
        self._desk_handle.op(self, lambda desk: desk.plans.new_version(plan_id)).success(
            self._show_version).failure(self._on_change_failed).run()

    def _show_version(self, plan_id: str) -> None:
        self._wanted_plan_id = plan_id
        self.reload()

    def open_compare_dialog(self) -> None:
        plan = self.plan
        if plan is None or plan.previous_id is None:
            return
        old_id, new_id = plan.previous_id, plan.id
        self._desk_handle.op(self, lambda desk: desk.plans.compare(old_id, new_id)).success(
            lambda comparison: self._open(CompareDialog(comparison, self))).failure(self._on_change_failed).run()

    # --- services ---------------------------------------------------------------------------------
    def open_service_dialog(self, service_id: str) -> PlanServiceDialog | None:
        plan = self.plan
        if plan is None or not self._may_change():
            return None
        service = next((s for s in plan.services if s.id == service_id), None)
        draft = (ServiceDraft(description=service.description, provider_id=service.provider_id, cost=service.cost,
                              payer=service.payer, goal_lineage_id=service.goal_lineage_id)
                 if service else ServiceDraft())
        goals = [(goal.lineage_id, goal.draft.wording or goal_level_name(goal.level)) for goal in plan.all_goals()]
        dialog = PlanServiceDialog(self._desk_handle, plan.id, draft, self.screen.providers, goals,
                                   service_id=service_id, parent=self)
        dialog.saved.connect(lambda _result: self.reload())
        return self._open(dialog)

    def edit_selected_service(self) -> None:
        if self.current_service_id():
            self.open_service_dialog(self.current_service_id())

    def remove_selected_service(self) -> None:
        service_id = self.current_service_id()
        if not service_id or not self._may_change():
            return
        if not messages.confirm(self, self.tr("Remove service?"), self.tr("Remove “%1” from the plan?")
                                .replace("%1", self.services.currentItem().text(0))):
            return
        self._desk_handle.op(self, lambda desk: desk.plans.remove_service(service_id)).success(
            lambda _result: self.reload()).failure(self._on_change_failed).run()

    # --- helpers ----------------------------------------------------------------------------------
    def _open(self, dialog: QWidget):
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _on_change_failed(self, error: BaseException) -> None:
        if isinstance(error, PlanFrozen):
            text = self.tr("Signed plans are frozen — make a new version to change it.")
        else:
            text = errors.error_text(error)
        messages.warning(self, self.tr("Plan not changed"), text)
        self.reload()
