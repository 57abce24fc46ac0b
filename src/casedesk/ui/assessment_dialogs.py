"""The assessment's dialogs: a new assessment (its time box), one life domain, completing, and two
assessments side by side with every changed field marked (bold and ⚠, not colour alone).

The edit dialogs are ``EditDialog``s over declarative ``Form``s reading into the assessment
service's drafts; the comparison reads ``AssessmentService.compare`` again whenever the worker
picks another pair.
"""

from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casedesk.domain import ASSESSMENT_TIME_BOX_DAYS, CLIENT_PRIORITIES, IMPAIRMENT_RATINGS
from casedesk.services.assessments import AssessmentComparison, AssessmentView, DomainDraft
from casedesk.ui import errors
from casedesk.ui.desk_thread import DeskHandle
from casedesk.ui.edit_dialog import EditDialog
from casedesk.ui.forms import Field, Form, Kind
from casedesk.ui.vocabulary import format_date, impairment_rating_name, life_domain_name
from casedesk.ui.widgets import fit_window_title, hint_label

translate = QCoreApplication.translate
#: The marker beside a changed value: a symbol and bold type, so it reads without colour.
CHANGED_MARK = "⚠"


def rating_choices() -> tuple[tuple[int | None, str], ...]:
    return ((None, impairment_rating_name(None)),
            *((value, f"{value} – {impairment_rating_name(value)}") for value in IMPAIRMENT_RATINGS))


def priority_text(priority: int | None) -> str:
    names = {1: translate("AssessmentWords", "1 – most important"), 2: "2",
             3: translate("AssessmentWords", "3 – least important")}
    return names.get(priority) or translate("AssessmentWords", "not said")


def assessment_title(view: AssessmentView) -> str:
    """How the picker names an assessment: its start date, and whether it is completed."""
    if view.completed_on is not None:
        return translate("AssessmentWords", "%1 (completed %2)").replace("%1", format_date(view.started_on)) \
            .replace("%2", format_date(view.completed_on))
    return translate("AssessmentWords", "%1 (open)").replace("%1", format_date(view.started_on))


def field_name(name: str) -> str:
    names = {
        "client_view": translate("AssessmentWords", "Client's view"),
        "professional_view": translate("AssessmentWords", "Professional view"),
        "rating": translate("AssessmentWords", "Rating"),
        "resources_personal": translate("AssessmentWords", "Personal resources"),
        "resources_private": translate("AssessmentWords", "Resources in the private life-world"),
        "resources_community": translate("AssessmentWords", "Resources in the community"),
        "problems": translate("AssessmentWords", "Problems"),
        "client_priority": translate("AssessmentWords", "Client's priority"),
    }
    return names.get(name, name)


def value_text(name: str, value: object) -> str:
    if name == "rating":
        return impairment_rating_name(value)  # type: ignore[arg-type]
    if name == "client_priority":
        return priority_text(value)  # type: ignore[arg-type]
    return str(value) if value else "—"


@dataclass(frozen=True)
class NewAssessmentDraft:
    started_on: date
    due_on: date
    copy_from_previous: bool = False


class NewAssessmentDialog(EditDialog):
    """Start an assessment: the day it starts and the end of its time box."""

    def __init__(self, desk_handle: DeskHandle, client_id: str, has_previous: bool,
                 today: date, parent: QWidget | None = None) -> None:
        fields = [
            Field("started_on", translate("NewAssessmentDialog", "&Starts on:"), Kind.DATE),
            Field("due_on", translate("NewAssessmentDialog", "&Due by (time box):"), Kind.DATE),
        ]
        if has_previous:
            fields.append(Field("copy_from_previous",
                                translate("NewAssessmentDialog", "&Copy the texts of the previous assessment"),
                                Kind.CHECK))
        form = Form(tuple(fields))
        super().__init__(desk_handle, form, "assessment_new", translate("NewAssessmentDialog", "New assessment"), parent)
        self.content.layout().insertWidget(0, hint_label(translate(
            "NewAssessmentDialog", "Earlier assessments stay as they are. The method time-boxes an assessment "
                                   "to six weeks unless you agree another date.")))
        draft = NewAssessmentDraft(started_on=today, due_on=today + timedelta(days=ASSESSMENT_TIME_BOX_DAYS),
                                   copy_from_previous=has_previous)
        form.load(draft)
        self.set_save(draft, lambda desk, saved: desk.assessments.start(
            client_id, started_on=saved.started_on, due_on=saved.due_on,
            copy_from_previous=saved.copy_from_previous))
        self.setMinimumWidth(460)
        fit_window_title(self)


class DomainDialog(EditDialog):
    """What the assessment found in one life domain, the client's words first."""

    def __init__(self, desk_handle: DeskHandle, assessment_id: str, domain: str, label: str,
                 draft: DomainDraft, parent: QWidget | None = None) -> None:
        form = Form((
            Field("client_view", translate("DomainDialog", "The &client's view:"), Kind.TEXT, lines=3,
                  placeholder=translate("DomainDialog", "In the client's own words")),
            Field("professional_view", translate("DomainDialog", "&Professional view:"), Kind.TEXT, lines=3),
            Field("rating", translate("DomainDialog", "&Rating:"), Kind.CHOICE, choices=rating_choices()),
            Field("resources_personal", translate("DomainDialog", "Resources, pers&onal:"), Kind.TEXT, lines=2,
                  placeholder=translate("DomainDialog", "abilities, knowledge, motivation")),
            Field("resources_private", translate("DomainDialog", "Resources, pri&vate life-world:"), Kind.TEXT,
                  lines=2, placeholder=translate("DomainDialog", "family, friends, neighbours")),
            Field("resources_community", translate("DomainDialog", "Resources, co&mmunity:"), Kind.TEXT, lines=2,
                  placeholder=translate("DomainDialog", "services, clubs, places in the neighbourhood")),
            Field("problems", translate("DomainDialog", "Pro&blems:"), Kind.TEXT, lines=3),
            Field("client_priority", translate("DomainDialog", "Client's pr&iority:"), Kind.CHOICE,
                  choices=((None, priority_text(None)), *((value, priority_text(value)) for value in CLIENT_PRIORITIES))),
        ))
        super().__init__(desk_handle, form, "assessment_domain", life_domain_name(domain, label), parent, scroll=True)
        form.load(draft)
        self.set_save(draft, lambda desk, saved: desk.assessments.save_domain(assessment_id, domain, saved))
        self.setMinimumWidth(560)
        self.resize(620, 640)
        fit_window_title(self)


@dataclass(frozen=True)
class CompletionDraft:
    completed_on: date


class CompleteDialog(EditDialog):
    """Complete the assessment on a date; from then on it is read only."""

    def __init__(self, desk_handle: DeskHandle, assessment_id: str, today: date,
                 parent: QWidget | None = None) -> None:
        form = Form((Field("completed_on", translate("CompleteDialog", "&Completed on:"), Kind.DATE),))
        super().__init__(desk_handle, form, "assessment_complete", translate("CompleteDialog", "Complete the assessment"),
                         parent)
        self.content.layout().insertWidget(0, hint_label(translate(
            "CompleteDialog", "A completed assessment cannot be changed any more; a re-assessment starts a new one.")))
        draft = CompletionDraft(completed_on=today)
        form.load(draft)
        self.set_save(draft, lambda desk, saved: desk.assessments.complete(assessment_id, saved.completed_on))
        self.setMinimumWidth(440)
        fit_window_title(self)


class CompareDialog(QDialog):
    """Two assessments of the client side by side, domain by domain; changed fields marked."""

    def __init__(self, desk_handle: DeskHandle, assessments: list[AssessmentView],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk_handle = desk_handle
        self.setWindowTitle(self.tr("Compare assessments"))
        self.older_picker, self.newer_picker = QComboBox(), QComboBox()
        for picker in (self.older_picker, self.newer_picker):
            for view in assessments:
                picker.addItem(assessment_title(view), view.id)
        # Newest first in the list: by default the latest compared with the one before it.
        self.newer_picker.setCurrentIndex(0)
        self.older_picker.setCurrentIndex(min(1, len(assessments) - 1))
        pickers = QFormLayout()
        pickers.addRow(self.tr("&Earlier:"), self.older_picker)
        pickers.addRow(self.tr("&Later:"), self.newer_picker)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.changes = QTreeWidget()
        self.changes.setHeaderLabels([self.tr("Life domain / field"), self.tr("Earlier"), self.tr("Later"),
                                      self.tr("Changed")])
        self.changes.header().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.changes.header().setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(pickers)
        layout.addWidget(self.summary)
        layout.addWidget(self.changes, 1)
        layout.addWidget(buttons)
        self.older_picker.currentIndexChanged.connect(lambda _index: self.reload())
        self.newer_picker.currentIndexChanged.connect(lambda _index: self.reload())
        self.resize(900, 560)
        fit_window_title(self)
        self.reload()

    def reload(self) -> None:
        older_id, newer_id = self.older_picker.currentData(), self.newer_picker.currentData()
        if not older_id or not newer_id:
            return
        self._desk_handle.op(self, lambda desk: desk.assessments.compare(older_id, newer_id)).success(
            self.show_comparison).failure(lambda error: self.summary.setText(errors.error_text(error))).run()

    def show_comparison(self, comparison: AssessmentComparison) -> None:
        self.changes.clear()
        bold = QFont(self.changes.font())
        bold.setBold(True)
        changed_domains = 0
        for domain in comparison.domains:
            item = QTreeWidgetItem([life_domain_name(domain.domain, domain.label), "", "",
                                    f"{CHANGED_MARK} {self.tr('changed')}" if domain.changed else ""])
            for change in domain.fields:
                child = QTreeWidgetItem([field_name(change.field), value_text(change.field, change.older),
                                         value_text(change.field, change.newer),
                                         f"{CHANGED_MARK} {self.tr('changed')}" if change.changed else ""])
                for column in range(4) if change.changed else ():
                    child.setFont(column, bold)
                child.setToolTip(1, value_text(change.field, change.older))
                child.setToolTip(2, value_text(change.field, change.newer))
                item.addChild(child)
            if domain.changed:
                changed_domains += 1
                for column in range(4):
                    item.setFont(column, bold)
            self.changes.addTopLevelItem(item)
            item.setExpanded(domain.changed)
        self.summary.setText(self.tr("%n life domain(s) changed.", "", changed_domains) if changed_domains
                             else self.tr("Nothing changed between these two assessments."))
        if self.changes.topLevelItemCount():
            self.changes.setCurrentItem(self.changes.topLevelItem(0))

