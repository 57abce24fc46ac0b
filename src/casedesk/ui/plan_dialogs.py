"""The service plan's dialogs: a goal (SMART parts and its goal attainment scale), the plan's own
fields, a service, the signatures, and the changes between two versions.

Each edit dialog is an ``EditDialog`` over a declarative ``Form`` reading into the plan service's
drafts. On a signed (frozen) plan the goal dialog leaves only the progress fields editable, so what
it saves never touches what was signed.
"""

from dataclasses import dataclass, replace
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casedesk.domain import GOAL_ATTAINMENT_LEVELS, GoalLevel, GoalStatus, Responsible
from casedesk.services.plans import (
    GOAL_FIELD_LIMITS,
    PLAN_FIELD_LIMITS,
    PROGRESS_FIELDS,
    SERVICE_FIELD_LIMITS,
    GoalDraft,
    PlanComparison,
    PlanFieldsDraft,
    ServiceDraft,
)
from casedesk.ui.desk_thread import DeskHandle
from casedesk.ui.edit_dialog import EditDialog
from casedesk.ui.forms import Field, Form, Kind
from casedesk.ui.vocabulary import goal_level_name, goal_status_name, plan_domain_name, responsible_kind_name
from casedesk.ui.widgets import fit_window_title, hint_label

translate = QCoreApplication.translate


def domain_choices(domains: list[tuple[str, str]]) -> tuple[tuple[str, str], ...]:
    """(code, label) for the domain picker: the team's label, else the built-in word."""
    return tuple((code, label or plan_domain_name(code)) for code, label in domains)


def goal_fields(level: str, domains: list[tuple[str, str]], providers: list[tuple[str, str]]) -> tuple[Field, ...]:
    limits = GOAL_FIELD_LIMITS
    attainment = ((None, translate("GoalDialog", "not rated yet")),
                  *((value, f"{value:+d}" if value else "0") for value in GOAL_ATTAINMENT_LEVELS))
    fields = [
        Field("wording", translate("GoalDialog", "&Goal:"), max_length=limits["wording"],
              placeholder=translate("GoalDialog", "What should hold, in the client's words")),
    ]
    if level == GoalLevel.MESO.value:
        fields.append(Field("domain", translate("GoalDialog", "Life &domain:"), Kind.CHOICE, choices=domain_choices(domains)))
    fields += [
        Field("indicator", translate("GoalDialog", "&Indicator:"), max_length=limits["indicator"],
              placeholder=translate("GoalDialog", "How we will see that it is reached (measurable)")),
        Field("agreed_by_client", translate("GoalDialog", "Agreed by the &client"), Kind.CHECK),
        Field("realistic_note", translate("GoalDialog", "&Realistic because:"), max_length=limits["realistic_note"]),
        Field("deadline", translate("GoalDialog", "Dead&line:"), Kind.DATE, unknown_text=translate("GoalDialog", "no deadline")),
        Field("responsible", translate("GoalDialog", "Res&ponsible:"), Kind.CHOICE,
              choices=(("", translate("GoalDialog", "not set")), *((kind.value, responsible_kind_name(kind.value)) for kind in Responsible))),
        Field("responsible_name", translate("GoalDialog", "Person's &name:"), max_length=limits["responsible_name"],
              placeholder=translate("GoalDialog", "when a network person carries it")),
        Field("provider_id", translate("GoalDialog", "Pro&vider:"), Kind.CHOICE,
              choices=(("", translate("GoalDialog", "none")), *providers)),
        Field("status", translate("GoalDialog", "&Status:"), Kind.CHOICE,
              choices=tuple((status.value, goal_status_name(status.value)) for status in GoalStatus)),
        Field("weight", translate("GoalDialog", "&Weight:"), Kind.SCALE, minimum=1, maximum=9),
        Field("attainment", translate("GoalDialog", "&Attainment:"), Kind.CHOICE, choices=attainment),
        Field("attainment_comment", translate("GoalDialog", "Co&mment:"), max_length=limits["attainment_comment"]),
        Field("scale_minus2", translate("GoalDialog", "−2 (muc&h worse):"), max_length=limits["scale_minus2"]),
        Field("scale_minus1", translate("GoalDialog", "−1 (somewhat wors&e):"), max_length=limits["scale_minus1"]),
        Field("scale_0", translate("GoalDialog", "0 (e&xpected outcome):"), max_length=limits["scale_0"]),
        Field("scale_plus1", translate("GoalDialog", "+1 (somewhat &better):"), max_length=limits["scale_plus1"]),
        Field("scale_plus2", translate("GoalDialog", "+2 (much bet&ter):"), max_length=limits["scale_plus2"]),
    ]
    return tuple(fields)


class GoalDialog(EditDialog):
    """A new goal (``goal_id`` empty: added at ``level`` under ``parent_id``) or an existing one."""

    goal_saved = Signal(str)

    def __init__(self, desk_handle: DeskHandle, plan_id: str, level: str, parent_id: str | None,
                 draft: GoalDraft, domains: list[tuple[str, str]], providers: list[tuple[str, str]],
                 goal_id: str = "", frozen: bool = False, parent: QWidget | None = None,
                 network_names: tuple[str, ...] = ()) -> None:
        form = Form(goal_fields(level, domains, providers))
        # A network person's name completes as it is typed (the method: the network helps first).
        completer = QCompleter(sorted(set(network_names), key=str.casefold), form.widgets["responsible_name"])
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        form.widgets["responsible_name"].setCompleter(completer)
        if goal_id:
            title = translate("GoalDialog", "Edit %1").replace("%1", goal_level_name(level))
        else:
            title = translate("GoalDialog", "New %1").replace("%1", goal_level_name(level))
        super().__init__(desk_handle, form, "plan_goal", title, parent, scroll=True)
        self.level, self.goal_id = level, goal_id
        if level == GoalLevel.MESO.value and not draft.domain and domains:
            draft = replace(draft, domain=domains[0][0])
        form.load(replace(draft, provider_id=draft.provider_id or ""))
        if frozen:
            for name, widget in form.widgets.items():
                widget.setEnabled(name in PROGRESS_FIELDS)
            self.content.layout().insertWidget(0, hint_label(translate(
                "GoalDialog", "Signed plans are frozen — make a new version to change it. "
                              "Status and attainment stay editable.")))

        def save(desk, draft: GoalDraft) -> str:
            draft = replace(draft, provider_id=draft.provider_id or None)
            if goal_id:
                desk.plans.update_goal(goal_id, draft)
                return goal_id
            return desk.plans.add_goal(plan_id, level, parent_id, draft)

        self.set_save(draft, save)
        self.saved.connect(lambda goal_id: self.goal_saved.emit(goal_id))
        self.setMinimumWidth(560)
        # Tall enough for the SMART parts at once; the scale scrolls on a 720 px screen.
        self.resize(620, 640)
        fit_window_title(self)


class PlanDetailsDialog(EditDialog):
    """The plan's own fields: the client's activities, the network's support, contact dates, review."""

    def __init__(self, desk_handle: DeskHandle, plan_id: str, draft: PlanFieldsDraft,
                 parent: QWidget | None = None) -> None:
        form = Form((
            Field("network_support", translate("PlanDetailsDialog", "What the &network gives:"), Kind.TEXT, lines=3,
                  max_length=PLAN_FIELD_LIMITS["network_support"], placeholder=translate("PlanDetailsDialog", "family, friends, neighbours — before any service")),
            Field("own_activities", translate("PlanDetailsDialog", "What the client &does:"), Kind.TEXT, lines=3,
                  max_length=PLAN_FIELD_LIMITS["own_activities"]),
            Field("contact_dates", translate("PlanDetailsDialog", "&Contact dates:"), Kind.TEXT, lines=2,
                  max_length=PLAN_FIELD_LIMITS["contact_dates"]),
            Field("review_on", translate("PlanDetailsDialog", "&Review on:"), Kind.DATE, unknown_text=translate("PlanDetailsDialog", "no review date")),
        ))
        super().__init__(desk_handle, form, "plan_details", translate("PlanDetailsDialog", "Plan details"), parent)
        form.load(draft)
        self.set_save(draft, lambda desk, saved: desk.plans.save_plan_fields(plan_id, saved))
        self.setMinimumWidth(520)
        fit_window_title(self)


class PlanServiceDialog(EditDialog):
    """A service of the plan: what, from which provider, what it costs and who pays, for which goal."""

    def __init__(self, desk_handle: DeskHandle, plan_id: str, draft: ServiceDraft,
                 providers: list[tuple[str, str]], goals: list[tuple[str, str]], service_id: str = "",
                 parent: QWidget | None = None) -> None:
        limits = SERVICE_FIELD_LIMITS
        form = Form((
            Field("description", translate("PlanServiceDialog", "&Service:"), max_length=limits["description"],
                  placeholder=translate("PlanServiceDialog", "e.g. debt counselling, supported housing")),
            Field("provider_id", translate("PlanServiceDialog", "&Provider:"), Kind.CHOICE, choices=(("", translate("PlanServiceDialog", "none")), *providers)),
            Field("cost", translate("PlanServiceDialog", "C&ost:"), max_length=limits["cost"]),
            Field("payer", translate("PlanServiceDialog", "P&ayer:"), max_length=limits["payer"]),
            Field("goal_lineage_id", translate("PlanServiceDialog", "For &goal:"), Kind.CHOICE, choices=(("", translate("PlanServiceDialog", "none")), *goals)),
        ))
        super().__init__(desk_handle, form, "plan_service",
                         translate("PlanServiceDialog", "Edit service") if service_id else translate("PlanServiceDialog", "New service"), parent)
        form.load(replace(draft, provider_id=draft.provider_id or "", goal_lineage_id=draft.goal_lineage_id or ""))

        def save(desk, saved: ServiceDraft) -> None:
            saved = replace(saved, provider_id=saved.provider_id or None, goal_lineage_id=saved.goal_lineage_id or None)
            if service_id:
                desk.plans.update_service(service_id, saved)
            else:
                desk.plans.add_service(plan_id, saved)

        self.set_save(draft, save)
        self.setMinimumWidth(480)
        fit_window_title(self)


@dataclass(frozen=True)
class SignatureDraft:
    client_signed_on: date | None = None
    worker_signed_on: date | None = None


class SignDialog(EditDialog):
    """The dates the client and the case manager signed; with both the version is frozen."""

    def __init__(self, desk_handle: DeskHandle, plan_id: str, draft: SignatureDraft,
                 parent: QWidget | None = None) -> None:
        form = Form((
            Field("client_signed_on", translate("SignDialog", "Signed by the &client on:"), Kind.DATE, unknown_text=translate("SignDialog", "not yet")),
            Field("worker_signed_on", translate("SignDialog", "Signed by the case &manager on:"), Kind.DATE, unknown_text=translate("SignDialog", "not yet")),
        ))
        super().__init__(desk_handle, form, "plan_sign", translate("SignDialog", "Sign the plan"), parent)
        self.content.layout().insertWidget(0, hint_label(translate("SignDialog", 
            "Once both have signed, this version is frozen: a change makes a new version.")))
        form.load(draft)
        self.set_save(draft, lambda desk, saved: desk.plans.sign(plan_id, saved.client_signed_on,
                                                                 saved.worker_signed_on))
        self.setMinimumWidth(460)
        fit_window_title(self)


class CompareDialog(QDialog):
    """What changed from one plan version to the next, goal by goal (read only)."""

    def __init__(self, comparison: PlanComparison, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Version %1 compared with version %2")
                            .replace("%1", str(comparison.new_version)).replace("%2", str(comparison.old_version)))
        self.changes = QTreeWidget()
        self.changes.setRootIsDecorated(False)
        self.changes.setHeaderLabels([self.tr("Goal"), self.tr("Level"), self.tr("Change"), self.tr("What changed")])
        header = self.changes.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        words = {"added": self.tr("added"), "removed": self.tr("removed"), "changed": self.tr("changed")}
        for change in comparison.goals:
            self.changes.addTopLevelItem(QTreeWidgetItem([
                change.wording, goal_level_name(change.level), words[change.change],
                ", ".join(dict.fromkeys(self._field_name(name) for name in change.fields))]))
        other = [self._field_name(name) for name in comparison.plan_fields]
        if comparison.services_changed:
            other.append(self.tr("services"))
        summary = (self.tr("Also changed: %1").replace("%1", ", ".join(other)) if other
                   else self.tr("The plan's other parts are unchanged."))
        if not comparison.goals:
            summary = self.tr("No goal changed. ") + summary
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.changes, 1)
        self.summary = QLabel(summary)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        layout.addWidget(buttons)
        self.resize(760, 420)
        fit_window_title(self)

    def _field_name(self, name: str) -> str:
        names = {
            "wording": self.tr("wording"), "indicator": self.tr("indicator"), "domain": self.tr("life domain"),
            "agreed_by_client": self.tr("agreement"), "realistic_note": self.tr("realistic note"),
            "deadline": self.tr("deadline"), "responsible": self.tr("responsible"),
            "responsible_name": self.tr("person"), "provider_id": self.tr("provider"), "status": self.tr("status"),
            "attainment": self.tr("attainment"), "attainment_comment": self.tr("comment"),
            "weight": self.tr("weight"), "level": self.tr("level"), "parent": self.tr("place in the plan"),
            "own_activities": self.tr("client's own activities"), "network_support": self.tr("network support"),
            "contact_dates": self.tr("contact dates"), "review_on": self.tr("review date"),
        }
        if name.startswith("scale_"):
            return self.tr("attainment scale")
        return names.get(name, name)

