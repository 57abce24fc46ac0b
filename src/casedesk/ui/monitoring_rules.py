"""The monitoring rules in the worker's words, and the team's settings of them (team leads and admins).

Each rule of services.monitoring has a name here and a sentence saying what its days mean. The
settings dialog lists every rule, on or off, with its days; Return (or Change…) edits one. The
service refuses every change from another role; the main window offers this dialog to team leads
and admins only.
"""

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
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

from casedesk.services import monitoring
from casedesk.services.monitoring import RuleSetting
from casedesk.services.today import RULE_DAYS
from casedesk.ui import messages
from casedesk.ui.desk_thread import DeskHandle
from casedesk.ui.edit_dialog import EditDialog
from casedesk.ui.errors import error_text
from casedesk.ui.forms import Field, Form, Kind
from casedesk.ui.widgets import fit_window_title, hint_label

translate = QCoreApplication.translate
RULE_ROLE = Qt.ItemDataRole.UserRole


def rule_title(rule: str) -> str:
    """The rule's name, as Today's column and the settings list show it."""
    titles = {
        monitoring.WEEKLY_CONTACT_RULE: translate("MonitoringRules", "Contact in monitoring"),
        monitoring.CONTACT_GAP_RULE: translate("MonitoringRules", "Contact in any open phase"),
        monitoring.MISSED_APPOINTMENT_RULE: translate("MonitoringRules", "Missed appointment followed up"),
        monitoring.REFERRAL_FOLLOW_UP_RULE: translate("MonitoringRules", "Referral follow-up"),
        monitoring.GOAL_DEADLINE_RULE: translate("MonitoringRules", "Goal deadline"),
        monitoring.PLAN_REVIEW_RULE: translate("MonitoringRules", "Plan review"),
        monitoring.ASSESSMENT_TIME_BOX_RULE: translate("MonitoringRules", "Assessment time box"),
        monitoring.RELEASE_EXPIRING_RULE: translate("MonitoringRules", "Release of confidentiality expiring"),
    }
    return titles.get(rule, rule)


class RuleWords(QObject):
    """What a rule's days mean, e.g. "a contact at least every 7 days" (a QObject for its plurals)."""

    def days_text(self, rule: str, days: int) -> str:
        if rule in (monitoring.WEEKLY_CONTACT_RULE, monitoring.CONTACT_GAP_RULE):
            return self.tr("a contact at least every %n day(s)", "", days)
        if rule == monitoring.MISSED_APPOINTMENT_RULE:
            return self.tr("by a contact within %n day(s)", "", days)
        return self.tr("listed %n day(s) before the date", "", days)


@dataclass(frozen=True)
class RuleDraft:
    enabled: bool = True
    days: int = 1


class RuleSettingDialog(EditDialog):
    """One rule: on or off, and its days."""

    def __init__(self, desk_handle: DeskHandle, setting: RuleSetting, parent: QWidget | None = None) -> None:
        form = Form((
            Field("enabled", translate("RuleSettingDialog", "Rule &on"), Kind.CHECK),
            Field("days", translate("RuleSettingDialog", "&Days:"), Kind.SCALE,
                  minimum=RULE_DAYS.start, maximum=RULE_DAYS.stop - 1),
        ))
        super().__init__(desk_handle, form, "monitoring_rule", rule_title(setting.rule), parent)
        self._words = RuleWords(self)
        self.days_hint = hint_label("")
        self.content.layout().insertWidget(0, self.days_hint)
        form.widgets["days"].valueChanged.connect(lambda days: self._explain(setting.rule, days))
        self._explain(setting.rule, setting.days)
        draft = RuleDraft(enabled=setting.enabled, days=setting.days)
        form.load(draft)
        rule = setting.rule
        self.set_save(draft, lambda desk, saved: desk.today.set_rule(rule, saved.enabled, saved.days))
        self.setMinimumWidth(420)
        fit_window_title(self)

    def _explain(self, rule: str, days: int) -> None:
        self.days_hint.setText(translate("RuleSettingDialog", "The rule: %1 (the method's default: %2).")
                               .replace("%1", self._words.days_text(rule, days))
                               .replace("%2", str(monitoring.DEFAULT_DAYS[rule])))


class MonitoringRulesDialog(QDialog):
    """The team's monitoring rules: every rule, on or off, with its days."""

    rules_loaded = Signal()
    NAME, ON, DAYS = range(3)

    def __init__(self, desk_handle: DeskHandle, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk_handle = desk_handle
        self._settings: list[RuleSetting] = []
        self._words = RuleWords(self)
        self.setWindowTitle(self.tr("The team's monitoring rules"))
        self.list = QTreeWidget()
        self.list.setRootIsDecorated(False)
        self.list.setHeaderLabels([self.tr("Rule"), self.tr("On"), self.tr("Days")])
        header = self.list.header()
        header.setSectionResizeMode(self.NAME, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.ON, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.list.itemActivated.connect(lambda _item, _column: self.change_selected())
        self.change_button = QPushButton(self.tr("&Change…"))
        self.change_button.clicked.connect(self.change_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.change_button)
        buttons.addStretch()
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint_label(self.tr(
            "Today lists what these rules find for every worker of the team. A rule that is off lists nothing; "
            "Return changes the selected rule.")))
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        layout.addWidget(close)
        self.resize(640, 420)
        fit_window_title(self)
        self.reload()

    def reload(self, select: str = "") -> None:
        selected = select or self.current_rule()
        self._desk_handle.op(self, lambda desk: desk.today.rule_settings()).success(
            lambda settings: self._show(settings, selected)).failure(self._show_error).run()

    def _show(self, settings: list[RuleSetting], selected: str) -> None:
        self._settings = settings
        self.list.clear()
        for setting in settings:
            item = QTreeWidgetItem([rule_title(setting.rule), self.tr("on") if setting.enabled else self.tr("off"),
                                    self._words.days_text(setting.rule, setting.days)])
            item.setData(self.NAME, RULE_ROLE, setting.rule)
            self.list.addTopLevelItem(item)
            if setting.rule == selected or self.list.currentItem() is None:
                self.list.setCurrentItem(item)
        self.rules_loaded.emit()

    def current_rule(self) -> str:
        item = self.list.currentItem()
        return item.data(self.NAME, RULE_ROLE) if item else ""

    def change_selected(self) -> RuleSettingDialog | None:
        setting = next((s for s in self._settings if s.rule == self.current_rule()), None)
        if setting is None:
            return None
        dialog = RuleSettingDialog(self._desk_handle, setting, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        rule = setting.rule
        dialog.saved.connect(lambda _result: self.reload(rule))
        dialog.open()
        return dialog

    def _show_error(self, error: BaseException) -> None:
        messages.warning(self, self.tr("Monitoring rules not loaded"), error_text(error))
