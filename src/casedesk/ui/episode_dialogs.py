"""The dialogs of a case episode: a phase move (with its reason), intake, re-assessment, evaluation with goal attainment, closure and re-opening.

Each is an ``EditDialog`` over a declarative form; the services (``desk.episodes``) check what
is saved and the form shows their problems at the fields.
"""

import html
from dataclasses import dataclass, make_dataclass
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QWidget

from casedesk.domain import GOAL_ATTAINMENT_LEVELS, AccessRoute, ClosureReason, ConsentForm, Phase
from casedesk.services.dto import PhaseDraft
from casedesk.services.episodes import ClosureDraft, EvaluationDraft, EvaluationView, GoalScore, IntakeDraft
from casedesk.services.errors import ValidationFailed
from casedesk.services.field_limits import EPISODE_FIELD_LIMITS
from casedesk.services.plans import GOAL_FIELD_LIMITS, GoalView
from casedesk.ui import messages
from casedesk.ui.desk_thread import DeskHandle
from casedesk.ui.edit_dialog import EditDialog
from casedesk.ui.forms import Field, Form, Kind
from casedesk.ui.vocabulary import (
    access_route_name,
    closure_reason_name,
    consent_form_name,
    goal_level_name,
    phase_name,
)
from casedesk.ui.widgets import HINT_STYLE, hint_label

translate = QCoreApplication.translate
#: The after-care call a closure offers, unless the worker sets another day: four weeks on.
DEFAULT_AFTERCARE = timedelta(days=28)
_YES, _NO = "yes", "no"


def phase_fields(current: str) -> tuple[Field, ...]:
    choices = tuple((phase.value, phase_name(phase.value)) for phase in Phase
                    if phase.value not in (current, Phase.CLOSED.value))
    return (
        Field("phase", translate("PhaseDialog", "&New phase:"), Kind.CHOICE, choices=choices),
        Field("reason", translate("PhaseDialog", "&Reason:"), Kind.TEXT, lines=3,
              placeholder=translate("PhaseDialog", "why the case moves on (goes into the phase history)")),
    )


class PhaseDialog(EditDialog):
    """A phase changes only here, on purpose and with a reason; closing has a dialog of its own
    (a reason from the list, an after-care call)."""

    def __init__(self, desk_handle: DeskHandle, client_id: str, current_phase: str,
                 parent: QWidget | None = None, suggested: PhaseDraft | None = None) -> None:
        super().__init__(desk_handle, Form(phase_fields(current_phase)), "phase",
                         translate("PhaseDialog", "Change phase"), parent)
        self.form.layout.insertRow(0, translate("PhaseDialog", "Current phase:"), QLabel(phase_name(current_phase)))
        self.form.layout.addRow(hint_label(translate(
            "PhaseDialog", "To close the case, use Close case… on the Case tab: it asks for the reason.")))
        draft = suggested or PhaseDraft(phase="")
        self.form.load(draft)

        def save(desk, draft: PhaseDraft) -> None:
            desk.episodes.move(client_id, draft.phase, draft.reason)

        self.set_save(PhaseDraft(phase=""), save)
        self.client_id, self.reopen_key = client_id, "phase"
        self.resize(460, 280)


def _answer_choices() -> tuple[tuple[str, str], ...]:
    return (("", translate("IntakeDialog", "not asked yet")), (_YES, translate("IntakeDialog", "yes")),
            (_NO, translate("IntakeDialog", "no")))


def _answer(value: bool | None) -> str:
    return "" if value is None else _YES if value else _NO


def _answered(code: str) -> bool | None:
    return None if not code else code == _YES


SCREENING_FIELDS = ("screening_several_domains", "screening_several_helpers", "screening_client_agrees",
                    "screening_appropriate")


@dataclass(frozen=True)
class IntakeFormDraft:
    """The intake as the form holds it: screening answers as "", "yes" or "no"."""

    access_route: str = ""
    referred_by: str = ""
    screening_several_domains: str = ""
    screening_several_helpers: str = ""
    screening_client_agrees: str = ""
    screening_appropriate: str = ""
    screening_note: str = ""
    intake_agreed_on: date | None = None
    intake_agreement: str = ""
    consent_recorded_on: date | None = None
    consent_form: str = ""

    @classmethod
    def of(cls, intake: IntakeDraft) -> "IntakeFormDraft":
        values = vars(intake).copy()
        for name in SCREENING_FIELDS:
            values[name] = _answer(values[name])
        return cls(**values)

    def intake(self) -> IntakeDraft:
        values = vars(self).copy()
        for name in SCREENING_FIELDS:
            values[name] = _answered(values[name])
        return IntakeDraft(**values)


def intake_fields() -> tuple[Field, ...]:
    routes = (("", translate("IntakeDialog", "not recorded")),) + tuple(
        (route.value, access_route_name(route.value)) for route in AccessRoute)
    forms = (("", translate("IntakeDialog", "not recorded")),) + tuple(
        (form.value, consent_form_name(form.value)) for form in ConsentForm)
    questions = {
        "screening_several_domains": translate("IntakeDialog", "Several &life domains affected?"),
        "screening_several_helpers": translate("IntakeDialog", "Several &helpers involved?"),
        "screening_client_agrees": translate("IntakeDialog", "The client a&grees?"),
        "screening_appropriate": translate("IntakeDialog", "Case &management appropriate?"),
    }
    return (
        Field("access_route", translate("IntakeDialog", "&Access:"), Kind.CHOICE, choices=routes),
        Field("referred_by", translate("IntakeDialog", "&Referred by:"), max_length=300,
              placeholder=translate("IntakeDialog", "who referred the client")),
        *(Field(name, label, Kind.CHOICE, choices=_answer_choices()) for name, label in questions.items()),
        Field("screening_note", translate("IntakeDialog", "Screening &note:"), Kind.TEXT, lines=2,
              max_length=EPISODE_FIELD_LIMITS["screening_note"]),
        Field("intake_agreed_on", translate("IntakeDialog", "Agreed &on:"), Kind.DATE,
              unknown_text=translate("IntakeDialog", "no agreement yet")),
        Field("intake_agreement", translate("IntakeDialog", "&What was agreed:"), Kind.TEXT, lines=3,
              max_length=EPISODE_FIELD_LIMITS["intake_agreement"]),
        Field("consent_recorded_on", translate("IntakeDialog", "&Consent recorded on:"), Kind.DATE,
              unknown_text=translate("IntakeDialog", "not recorded")),
        Field("consent_form", translate("IntakeDialog", "Consent &form:"), Kind.CHOICE, choices=forms),
    )


class IntakeDialog(EditDialog):
    """Clarification: how the client came, the method's screening questions, the intake agreement."""

    def __init__(self, desk_handle: DeskHandle, client_id: str, intake: IntakeDraft,
                 parent: QWidget | None = None) -> None:
        super().__init__(desk_handle, Form(intake_fields()), "intake", translate("IntakeDialog", "Intake"),
                         parent, scroll=True)
        draft = IntakeFormDraft.of(intake)
        self.form.load(draft)
        self.form.widgets["access_route"].currentIndexChanged.connect(self._show_referrer)
        self._show_referrer()

        def save(desk, draft: IntakeFormDraft) -> None:
            desk.episodes.save_intake(client_id, draft.intake())

        self.set_save(draft, save)
        self.client_id, self.reopen_key = client_id, "intake"
        self.resize(560, 640)

    def _show_referrer(self, *_args) -> None:
        self.form.widgets["referred_by"].setEnabled(self.form.value("access_route") == AccessRoute.REFERRED.value)


@dataclass(frozen=True)
class ReasonDraft:
    reason: str = ""
    copy_previous: bool = True


class ReassessDialog(EditDialog):
    """Back to assessment at any time (the method asks for it after a relapse): a new assessment,
    the earlier ones stay."""

    def __init__(self, desk_handle: DeskHandle, client_id: str, parent: QWidget | None = None) -> None:
        fields = (
            Field("reason", translate("ReassessDialog", "&Reason:"), Kind.TEXT, lines=3,
                  placeholder=translate("ReassessDialog", "e.g. relapse, lost the flat (goes into the phase history)")),
            Field("copy_previous", translate("ReassessDialog", "Start from the &last assessment's texts"), Kind.CHECK),
        )
        super().__init__(desk_handle, Form(fields), "reassess", translate("ReassessDialog", "Re-assess"), parent)
        draft = ReasonDraft()
        self.form.load(draft)

        def save(desk, draft: ReasonDraft) -> str:
            return desk.episodes.reassess(client_id, draft.reason, copy_from_previous=draft.copy_previous)

        self.set_save(draft, save)
        self.client_id, self.reopen_key = client_id, "reassess"
        self.resize(460, 240)


class ReopenDialog(EditDialog):
    """A closed case taken on again: a new episode, the closed one stays in the history."""

    def __init__(self, desk_handle: DeskHandle, client_id: str, parent: QWidget | None = None) -> None:
        fields = (Field("reason", translate("ReopenDialog", "&Reason:"), Kind.TEXT, lines=3,
                        placeholder=translate("ReopenDialog", "why the case is taken on again")),)
        super().__init__(desk_handle, Form(fields), "reopen", translate("ReopenDialog", "Reopen as a new episode"),
                         parent)
        draft = ReasonDraft()
        self.form.load(draft)

        def save(desk, draft: ReasonDraft) -> None:
            desk.episodes.reopen(client_id, draft.reason)

        self.set_save(draft, save)
        self.client_id, self.reopen_key = client_id, "reopen"
        self.resize(460, 220)


#: The "not scored" choice: a combo box cannot hold None as its data.
_NOT_SCORED = -9


def attainment_choices() -> tuple[tuple[int | None, str], ...]:
    words = {
        -2: translate("EvaluationDialog", "−2 much less than expected"),
        -1: translate("EvaluationDialog", "−1 less than expected"),
        0: translate("EvaluationDialog", "0 as expected"),
        1: translate("EvaluationDialog", "+1 more than expected"),
        2: translate("EvaluationDialog", "+2 much more than expected"),
    }
    return ((_NOT_SCORED, translate("EvaluationDialog", "not scored")),) + tuple(
        (level, words[level]) for level in GOAL_ATTAINMENT_LEVELS)


class EvaluationDialog(EditDialog):
    """Per goal of the current plan its attainment (−2 … +2) and a comment, under the goal's wording
    and what each level was agreed to look like; the client's view of the help."""

    def __init__(self, desk_handle: DeskHandle, client_id: str, evaluation: EvaluationView,
                 parent: QWidget | None = None) -> None:
        goals = [goal for goal in evaluation.goals if goal.draft.wording.strip()]
        fields: list[Field] = [Field("evaluated_on", translate("EvaluationDialog", "Evaluated &on:"), Kind.DATE)]
        for index, _goal in enumerate(goals):
            fields.append(Field(f"attainment_{index}", translate("EvaluationDialog", "Attainment:"), Kind.CHOICE,
                                choices=attainment_choices()))
            fields.append(Field(f"comment_{index}", translate("EvaluationDialog", "Comment:"),
                                max_length=GOAL_FIELD_LIMITS["attainment_comment"]))
        fields.append(Field("client_view", translate("EvaluationDialog", "The client's &view of the help:"), Kind.TEXT,
                            lines=3, max_length=EPISODE_FIELD_LIMITS["evaluation_client_view"]))
        super().__init__(desk_handle, Form(fields), "evaluation", translate("EvaluationDialog", "Evaluation"),
                         parent, scroll=True)
        if not goals:
            self.form.layout.insertRow(0, hint_label(translate(
                "EvaluationDialog", "The plan has no goals to score; the client's view can still be recorded.")))
        # Each goal's wording heads its two rows, over the whole width: goals are sentences.
        for index in reversed(range(len(goals))):
            row, _role = self.form.layout.getWidgetPosition(self.form.widgets[f"attainment_{index}"])
            self.form.layout.insertRow(row, _goal_heading(goals[index]))
        draft_type = make_dataclass("EvaluationFormDraft", [field.name for field in fields], frozen=True)
        values: dict[str, object] = {"evaluated_on": evaluation.evaluated_on or date.today(),
                                     "client_view": evaluation.client_view}
        for index, goal in enumerate(goals):
            values[f"attainment_{index}"] = _NOT_SCORED if goal.draft.attainment is None else goal.draft.attainment
            values[f"comment_{index}"] = goal.draft.attainment_comment
        draft = draft_type(**values)
        self.form.load(draft)
        goal_ids = [goal.id for goal in goals]

        def save(desk, draft) -> None:
            if draft.evaluated_on is None:
                raise ValidationFailed({"evaluated_on": "required"})
            scores = tuple(
                GoalScore(goal_id, None if getattr(draft, f"attainment_{index}") == _NOT_SCORED
                          else getattr(draft, f"attainment_{index}"), getattr(draft, f"comment_{index}"))
                for index, goal_id in enumerate(goal_ids))
            desk.episodes.save_evaluation(client_id, EvaluationDraft(draft.evaluated_on, draft.client_view, scores))

        self.set_save(draft, save)
        self.client_id = client_id
        self.resize(640, 600)


def _goal_heading(goal: GoalView) -> QLabel:
    scale = [(level, getattr(goal.draft, name)) for level, name in (
        ("−2", "scale_minus2"), ("−1", "scale_minus1"), ("0", "scale_0"), ("+1", "scale_plus1"),
        ("+2", "scale_plus2"))]
    lines = [f"<b>{html.escape(goal_level_name(goal.level))}:</b> {html.escape(goal.draft.wording)}"]
    described = " · ".join(f"{level}: {html.escape(text)}" for level, text in scale if text.strip())
    if described:
        lines.append(f"<span style='{HINT_STYLE}'>{described}</span>")
    heading = QLabel("<br>".join(lines))
    heading.setTextFormat(Qt.TextFormat.RichText)
    heading.setWordWrap(True)
    heading.setContentsMargins(0, 8, 0, 0)
    return heading


@dataclass(frozen=True)
class ClosureFormDraft:
    closure_code: str = ""
    note: str = ""
    closed_on: date | None = None
    aftercare: bool = True
    aftercare_on: date | None = None


class ClosureDialog(EditDialog):
    """Close the episode: the reason from the list, a note, and an after-care call as a task."""

    def __init__(self, desk_handle: DeskHandle, client_id: str, parent: QWidget | None = None) -> None:
        reasons = (("", translate("ClosureDialog", "choose a reason")),) + tuple(
            (reason.value, closure_reason_name(reason.value)) for reason in ClosureReason)
        fields = (
            Field("closure_code", translate("ClosureDialog", "&Reason:"), Kind.CHOICE, choices=reasons),
            Field("note", translate("ClosureDialog", "&Note:"), Kind.TEXT, lines=3,
                  max_length=EPISODE_FIELD_LIMITS["closure_reason"],
                  placeholder=translate("ClosureDialog", "what happened (required for \"other\")")),
            Field("closed_on", translate("ClosureDialog", "Closed &on:"), Kind.DATE),
            Field("aftercare", translate("ClosureDialog", "&After-care call as a task"), Kind.CHECK,
                  enables="aftercare_on"),
            Field("aftercare_on", translate("ClosureDialog", "&Call on:"), Kind.DATE),
        )
        super().__init__(desk_handle, Form(fields), "closure", translate("ClosureDialog", "Close the case"), parent)
        today = date.today()
        draft = ClosureFormDraft(closed_on=today, aftercare_on=today + DEFAULT_AFTERCARE)
        self.form.load(draft)
        aftercare_title = translate("ClosureDialog", "After-care call")

        def save(desk, draft: ClosureFormDraft) -> str | None:
            return desk.episodes.close(client_id, ClosureDraft(
                draft.closure_code, draft.note, draft.closed_on,
                aftercare_on=draft.aftercare_on if draft.aftercare else None, aftercare_title=aftercare_title))

        self.set_save(draft, save)
        self.client_id, self.reopen_key = client_id, "closure"
        self.resize(480, 320)

    def save(self) -> None:
        # Asking "close?" before the reason is chosen would ask twice.
        if not self.form.value("closure_code"):
            self.form.show_problems({"closure_code": "required"})
            return
        if not messages.confirm(self, self.tr("Close the case?"), self.tr(
                "Close this case? The client leaves the active caseload; a new episode can be opened later.")):
            return
        super().save()
