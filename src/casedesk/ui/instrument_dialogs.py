"""The instruments' dialogs: a stage of change, the decisional balance, general self-efficacy,
dependence criteria (ICD-10 beside ICD-11), and the one-action relapse protocol.

Each is an ``EditDialog`` over a declarative form; scores show live as the worker answers, from the
same functions the service stores them with.
"""

import re
from dataclasses import dataclass, make_dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QWidget

from casedesk.domain import (
    SELF_EFFICACY_ITEMS,
    Icd10DependenceCriterion,
    Icd11DependenceGroup,
    MotivationalStage,
)
from casedesk.services.instruments import DecisionalBalance, Reason, dependence, self_efficacy_score
from casedesk.ui.desk_thread import DeskHandle
from casedesk.ui.edit_dialog import EditDialog
from casedesk.ui.forms import Field, Form, Kind
from casedesk.ui.vocabulary import motivational_stage_name
from casedesk.ui.widgets import hint_label

translate = QCoreApplication.translate
#: "a reason [3]": the number in brackets at the end of a line is the reason's weight.
_WEIGHTED = re.compile(r"^(?P<text>.*?)\s*\[(?P<weight>\d{1,2})\]\s*$")
#: "Not answered" in a combo box (which cannot hold None as its data).
_NOT_ANSWERED = 0


def dependence_criterion_name(code: str) -> str:
    names = {
        Icd10DependenceCriterion.CRAVING: translate("Instruments", "Strong desire or compulsion to use (craving)"),
        Icd10DependenceCriterion.LOSS_OF_CONTROL: translate(
            "Instruments", "Difficulty controlling onset, amount or end of use"),
        Icd10DependenceCriterion.WITHDRAWAL: translate("Instruments", "Withdrawal symptoms, or use to relieve them"),
        Icd10DependenceCriterion.TOLERANCE: translate("Instruments", "Tolerance: more is needed for the same effect"),
        Icd10DependenceCriterion.NEGLECT_OF_INTERESTS: translate(
            "Instruments", "Other interests and pleasures neglected in favour of use"),
        Icd10DependenceCriterion.USE_DESPITE_HARM: translate(
            "Instruments", "Use continued despite clearly harmful consequences"),
    }
    return names.get(code, code)


def dependence_group_name(code: str) -> str:
    names = {
        Icd11DependenceGroup.IMPAIRED_CONTROL: translate("Instruments", "impaired control"),
        Icd11DependenceGroup.PRIORITY_OF_USE: translate("Instruments", "increasing priority of use"),
        Icd11DependenceGroup.PHYSIOLOGICAL_FEATURES: translate("Instruments", "physiological features"),
    }
    return names.get(code, code)


def dependence_summary(criteria: set[str]) -> str:
    result = dependence(criteria)
    icd10 = (translate("Instruments", "ICD-10: %1 of 6 criteria – dependence (3 or more)")
             if result.icd10_dependent else translate("Instruments", "ICD-10: %1 of 6 criteria – no dependence"))
    icd11 = (translate("Instruments", "ICD-11: %1 of 3 groups – dependence (2 or more)")
             if result.icd11_dependent else translate("Instruments", "ICD-11: %1 of 3 groups – no dependence"))
    return (icd10.replace("%1", str(len(result.criteria))) + "\n"
            + icd11.replace("%1", str(len(result.icd11_groups))))


@dataclass(frozen=True)
class StageDraft:
    stage: str = MotivationalStage.PRECONTEMPLATION.value
    on: date | None = None
    note: str = ""


class StageDialog(EditDialog):
    def __init__(self, desk_handle: DeskHandle, client_id: str, current: str = "", parent: QWidget | None = None) -> None:
        stages = tuple((stage.value, motivational_stage_name(stage.value)) for stage in MotivationalStage
                       if stage is not MotivationalStage.RELAPSE)
        fields = (
            Field("stage", translate("StageDialog", "&Stage:"), Kind.CHOICE, choices=stages),
            Field("on", translate("StageDialog", "&On:"), Kind.DATE),
            Field("note", translate("StageDialog", "&Note:"), Kind.TEXT, lines=3),
        )
        super().__init__(desk_handle, Form(fields), "stage", translate("StageDialog", "Stage of change"), parent)
        self.form.layout.addRow(hint_label(translate(
            "StageDialog", "A relapse is recorded with Record relapse…: it also plans the next steps.")))
        draft = StageDraft(stage=current or MotivationalStage.PRECONTEMPLATION.value, on=date.today())
        self.form.load(draft)

        def save(desk, draft: StageDraft) -> str:
            return desk.instruments.record_stage(client_id, draft.stage, draft.on or date.today(), note=draft.note)

        self.set_save(draft, save)
        self.client_id = client_id
        self.resize(460, 280)


def parse_reasons(text: str) -> tuple[Reason, ...]:
    """One reason per line; "… [3]" at a line's end is its weight."""
    reasons = []
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        match = _WEIGHTED.match(line)
        reasons.append(Reason(match["text"], int(match["weight"])) if match else Reason(line))
    return tuple(reasons)


@dataclass(frozen=True)
class BalanceDraft:
    on: date | None = None
    change_pros: str = ""
    change_cons: str = ""
    stay_pros: str = ""
    stay_cons: str = ""
    note: str = ""


class BalanceDialog(EditDialog):
    """Pros and cons of changing and of staying as is; the method warns that weighing them can
    feed ambivalence, so weights are optional."""

    def __init__(self, desk_handle: DeskHandle, client_id: str, parent: QWidget | None = None) -> None:
        fields = (
            Field("on", translate("BalanceDialog", "&On:"), Kind.DATE),
            Field("change_pros", translate("BalanceDialog", "Good things about &changing:"), Kind.TEXT, lines=3),
            Field("change_cons", translate("BalanceDialog", "Not so good about c&hanging:"), Kind.TEXT, lines=3),
            Field("stay_pros", translate("BalanceDialog", "Good things about &staying as is:"), Kind.TEXT, lines=3),
            Field("stay_cons", translate("BalanceDialog", "Not so good about s&taying as is:"), Kind.TEXT, lines=3),
            Field("note", translate("BalanceDialog", "&Note:"), Kind.TEXT, lines=2),
        )
        super().__init__(desk_handle, Form(fields), "balance", translate("BalanceDialog", "Decisional balance"),
                         parent, scroll=True)
        self.form.layout.insertRow(0, hint_label(translate(
            "BalanceDialog", "One reason per line, in the client's words. A weight is optional: write it in "
                             "brackets at the end, e.g. \"more money [3]\". Weighing can feed ambivalence.")))
        draft = BalanceDraft(on=date.today())
        self.form.load(draft)

        def save(desk, draft: BalanceDraft) -> str:
            balance = DecisionalBalance(parse_reasons(draft.change_pros), parse_reasons(draft.change_cons),
                                        parse_reasons(draft.stay_pros), parse_reasons(draft.stay_cons))
            return desk.instruments.record_decisional_balance(client_id, draft.on or date.today(), balance,
                                                              draft.note)

        self.set_save(draft, save)
        self.client_id = client_id
        self.resize(560, 600)


def answer_choices() -> tuple[tuple[int, str], ...]:
    return (
        (_NOT_ANSWERED, translate("SelfEfficacyDialog", "not answered")),
        (1, translate("SelfEfficacyDialog", "1 not at all true")),
        (2, translate("SelfEfficacyDialog", "2 hardly true")),
        (3, translate("SelfEfficacyDialog", "3 moderately true")),
        (4, translate("SelfEfficacyDialog", "4 exactly true")),
    )


class SelfEfficacyDialog(EditDialog):
    """The ten items (the team's wording) with the sum as it grows; no cut-off."""

    def __init__(self, desk_handle: DeskHandle, client_id: str, items: tuple[str, ...], source: str,
                 parent: QWidget | None = None) -> None:
        fields = [Field("on", translate("SelfEfficacyDialog", "&On:"), Kind.DATE)]
        fields += [Field(f"item_{index}", f"{index + 1}.", Kind.CHOICE, choices=answer_choices())
                   for index in range(SELF_EFFICACY_ITEMS)]
        fields.append(Field("note", translate("SelfEfficacyDialog", "&Note:"), Kind.TEXT, lines=2))
        super().__init__(desk_handle, Form(fields), "self_efficacy",
                         translate("SelfEfficacyDialog", "General self-efficacy"), parent, scroll=True)
        for index in reversed(range(SELF_EFFICACY_ITEMS)):
            row, _role = self.form.layout.getWidgetPosition(self.form.widgets[f"item_{index}"])
            item = QLabel(f"{index + 1}. {items[index]}")
            item.setWordWrap(True)
            self.form.layout.insertRow(row, item)
        self.score = QLabel()
        self.score.setStyleSheet("font-weight: 600;")
        self.form.layout.addRow(self.score)
        cite = hint_label(source)
        cite.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.form.layout.addRow(cite)
        draft_type = make_dataclass("SelfEfficacyDraft", [field.name for field in fields], frozen=True)
        draft = draft_type(on=date.today(), note="", **{f"item_{i}": _NOT_ANSWERED for i in range(SELF_EFFICACY_ITEMS)})
        self.form.load(draft)
        self.form.edited.connect(self._show_score)
        self._show_score()

        def save(desk, draft) -> str:
            return desk.instruments.record_self_efficacy(client_id, draft.on or date.today(), _answers(draft),
                                                         draft.note)

        self.set_save(draft, save)
        self.client_id = client_id
        self.resize(620, 640)

    def _show_score(self) -> None:
        answers = [self.form.value(f"item_{index}") or None for index in range(SELF_EFFICACY_ITEMS)]
        score = self_efficacy_score(answers)
        missing = answers.count(None)
        self.score.setText(
            self.tr("Sum: %1 of 40").replace("%1", str(score)) if score is not None else
            self.tr("No sum yet: %n item(s) not answered (at most 3 may be missing)", "", missing))


def _answers(draft) -> list[int | None]:
    return [getattr(draft, f"item_{index}") or None for index in range(SELF_EFFICACY_ITEMS)]


class DependenceDialog(EditDialog):
    """The six ICD-10 criteria for one substance; the ICD-11 view of the same answers beside."""

    def __init__(self, desk_handle: DeskHandle, client_id: str, parent: QWidget | None = None) -> None:
        criteria = [criterion.value for criterion in Icd10DependenceCriterion]
        fields = [Field("on", translate("DependenceDialog", "&On:"), Kind.DATE),
                  Field("substance", translate("DependenceDialog", "&Substance:"), max_length=100,
                        placeholder=translate("DependenceDialog", "e.g. alcohol, opioids, cannabis"))]
        fields += [Field(code, dependence_criterion_name(code), Kind.CHECK) for code in criteria]
        fields.append(Field("note", translate("DependenceDialog", "&Note:"), Kind.TEXT, lines=2))
        super().__init__(desk_handle, Form(fields), "dependence",
                         translate("DependenceDialog", "Dependence criteria (last 12 months)"), parent, scroll=True)
        self.result = QLabel()
        self.result.setStyleSheet("font-weight: 600;")
        self.form.layout.addRow(self.result)
        draft_type = make_dataclass("DependenceDraft", [field.name for field in fields], frozen=True)
        draft = draft_type(on=date.today(), substance="", note="", **{code: False for code in criteria})
        self.form.load(draft)
        self.form.edited.connect(self._show_result)
        self._show_result()

        def save(desk, draft) -> str:
            met = {code for code in criteria if getattr(draft, code)}
            return desk.instruments.record_dependence(client_id, draft.on or date.today(), draft.substance, met,
                                                      draft.note)

        self.set_save(draft, save)
        self.client_id = client_id
        self.resize(600, 520)

    def _show_result(self) -> None:
        met = {criterion.value for criterion in Icd10DependenceCriterion if self.form.value(criterion.value)}
        self.result.setText(dependence_summary(met))


@dataclass(frozen=True)
class RelapseDraft:
    on: date | None = None
    note: str = ""


class RelapseDialog(EditDialog):
    """Record a relapse in one action: the stage, a contact within 48 hours, a re-assessment, and
    the relapse card flagged for review."""

    def __init__(self, desk_handle: DeskHandle, client_id: str, contact_id: str | None = None,
                 parent: QWidget | None = None) -> None:
        fields = (
            Field("on", translate("RelapseDialog", "&When:"), Kind.DATE),
            Field("note", translate("RelapseDialog", "&Note:"), Kind.TEXT, lines=3,
                  placeholder=translate("RelapseDialog", "what happened, in a few words")),
        )
        super().__init__(desk_handle, Form(fields), "relapse", translate("RelapseDialog", "Record relapse"), parent)
        self.form.layout.insertRow(0, hint_label(translate(
            "RelapseDialog", "This records the relapse (a late entry keeps its true date), plans a contact "
                             "within 48 hours and a re-assessment, and marks the relapse card for review.")))
        draft = RelapseDraft(on=date.today())
        self.form.load(draft)
        contact_title = translate("RelapseDialog", "Contact after the relapse")
        reassessment_title = translate("RelapseDialog", "Re-assess after the relapse")

        def save(desk, draft: RelapseDraft):
            return desk.instruments.record_relapse(client_id, draft.on or date.today(), reassessment_title,
                                                   contact_title, contact_id=contact_id, note=draft.note)

        self.set_save(draft, save)
        self.client_id = client_id
        self.resize(480, 280)
