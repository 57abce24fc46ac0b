"""The client file's Case tab: the current episode (phase, the phase the data suggests, intake, evaluation, closure) and every earlier episode with its phase history.

The worker confirms a suggested move (the dialog comes with the phase and a reason filled in);
re-assessment, evaluation, closure and re-opening each have their dialog (``episode_dialogs``).
"""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casedesk.services.dto import PhaseDraft
from casedesk.services.episodes import EpisodeView, EvaluationView, IntakeDraft, PhaseSuggestion
from casedesk.ui.client_tabs import ClientTab
from casedesk.ui.desk_thread import DeskHandle
from casedesk.ui.edit_dialog import EditDialog
from casedesk.ui.episode_dialogs import (
    ClosureDialog,
    EvaluationDialog,
    IntakeDialog,
    PhaseDialog,
    ReassessDialog,
    ReopenDialog,
)
from casedesk.ui.vocabulary import (
    access_route_name,
    closure_reason_name,
    consent_form_name,
    format_date,
    format_datetime,
    phase_name,
    yes_no,
)
from casedesk.ui.widgets import hint_label


class CaseTab(ClientTab):
    KEY = "episode"
    ORDER = 21
    TABLES = ("client", "case_episode", "phase_change", "assessment", "service_plan", "plan_goal", "referral",
              "referral_change")

    dialog_opened = Signal(object)

    def __init__(self, desk_handle: DeskHandle, client_id: str, parent: QWidget | None = None) -> None:
        super().__init__(desk_handle, client_id, parent)
        self.episodes: list[EpisodeView] = []
        self.suggestion: PhaseSuggestion | None = None
        self.evaluation: EvaluationView | None = None
        self.heading = QLabel()
        self.heading.setStyleSheet("font-weight: 600;")
        self.heading.setWordWrap(True)
        self.suggestion_label = QLabel()
        self.suggestion_label.setWordWrap(True)
        self.suggestion_button = QPushButton()
        self.suggestion_frame = QFrame()
        self.suggestion_frame.setFrameShape(QFrame.Shape.StyledPanel)
        suggestion_row = QHBoxLayout(self.suggestion_frame)
        suggestion_row.addWidget(self.suggestion_label, 1)
        suggestion_row.addWidget(self.suggestion_button)

        self.summary_labels: dict[str, QLabel] = {}
        summary = QFormLayout()
        summary.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for key, label in (
                ("access", self.tr("Access:")),
                ("screening", self.tr("Screening:")),
                ("agreement", self.tr("Intake agreement:")),
                ("consent", self.tr("Consent to data processing:")),
                ("evaluation", self.tr("Evaluation:")),
                ("client_view", self.tr("The client's view:")),
                ("closure", self.tr("Closure:"))):
            value = QLabel()
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.summary_labels[key] = value
            summary.addRow(label, value)
        self._summary_form = summary
        summary_widget = QWidget()
        summary_widget.setLayout(summary)
        summary_area = QScrollArea()
        summary_area.setWidget(summary_widget)
        summary_area.setWidgetResizable(True)
        summary_area.setFrameShape(QFrame.Shape.NoFrame)

        self.history = QTreeWidget()
        self.history.setHeaderLabels([self.tr("When"), self.tr("Phase"), self.tr("By"), self.tr("Reason")])
        self.history.setAccessibleName(self.tr("Episodes and phase history"))
        header = self.history.header()
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)

        self.intake_button = QPushButton(self.tr("&Intake…"))
        self.reassess_button = QPushButton(self.tr("Re-assess…"))
        self.evaluate_button = QPushButton(self.tr("&Evaluate…"))
        self.close_button = QPushButton(self.tr("Close case…"))
        self.reopen_button = QPushButton(self.tr("Reopen…"))
        buttons = QHBoxLayout()
        for button in (self.intake_button, self.reassess_button, self.evaluate_button, self.close_button,
                       self.reopen_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        hint = hint_label(self.tr("The phase itself moves with Change phase… on the overview, or here when the "
                                  "data suggests the next one."))

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.suggestion_frame)
        layout.addWidget(summary_area, 2)
        layout.addWidget(QLabel(self.tr("Episodes and phase history:")))
        layout.addWidget(self.history, 2)
        layout.addLayout(buttons)
        layout.addWidget(hint)

        self.suggestion_button.clicked.connect(self.open_suggested_move)
        self.intake_button.clicked.connect(self.open_intake_dialog)
        self.reassess_button.clicked.connect(self.open_reassess_dialog)
        self.evaluate_button.clicked.connect(self.open_evaluation_dialog)
        self.close_button.clicked.connect(self.open_closure_dialog)
        self.reopen_button.clicked.connect(self.open_reopen_dialog)
        self._show()

    def title(self) -> str:
        return self.tr("Case")

    @property
    def current(self) -> EpisodeView | None:
        return self.episodes[0] if self.episodes else None

    def reload(self) -> None:
        client_id = self.client_id
        self._start(1)
        self._desk_handle.op(self, lambda desk: (desk.episodes.episodes(client_id), desk.episodes.suggestion(client_id),
                                                 desk.episodes.evaluation(client_id))) \
            .success(self._on_loaded).run()

    def _on_loaded(self, loaded: tuple[list[EpisodeView], PhaseSuggestion | None, EvaluationView | None]) -> None:
        self.episodes, self.suggestion, self.evaluation = loaded
        self._show()
        self._part_loaded()

    def set_details(self, details) -> None:
        super().set_details(details)
        self._show()

    # --- showing -------------------------------------------------------------------------------
    def _show(self) -> None:
        episode = self.current
        is_open = episode is not None and not episode.closed
        writable = not self.is_erased
        if episode is None:
            self.heading.setText(self.tr("No case episode yet."))
        elif is_open:
            self.heading.setText(self.tr("Episode since %1 · phase: %2").replace("%1", format_date(episode.opened_on))
                                 .replace("%2", phase_name(episode.phase)))
        else:
            self.heading.setText(self.tr("Closed on %1 (episode since %2)")
                                 .replace("%1", format_date(episode.closed_on))
                                 .replace("%2", format_date(episode.opened_on)))
        self._show_suggestion()
        self._show_summary(episode)
        self._show_history()
        for button in (self.intake_button, self.reassess_button, self.evaluate_button, self.close_button):
            button.setEnabled(is_open and writable)
        self.reopen_button.setEnabled(episode is not None and not is_open and writable)

    def _show_suggestion(self) -> None:
        suggestion = self.suggestion if not self.is_erased else None
        self.suggestion_frame.setVisible(suggestion is not None)
        if suggestion is None:
            return
        self.suggestion_label.setText(self.tr("Suggested: %1. %2").replace("%1", phase_name(suggestion.phase))
                                      .replace("%2", self.evidence_text(suggestion)))
        self.suggestion_button.setText(self.tr("&Move to %1…").replace("%1", phase_name(suggestion.phase)))

    def evidence_text(self, suggestion: PhaseSuggestion) -> str:
        on = format_date(suggestion.evidence_on)
        texts = {
            "assessment_started": self.tr("An assessment was started on %1."),
            "assessment_completed": self.tr("The assessment was completed on %1."),
            "plan_signed": self.tr("The service plan was signed on %1."),
            "referral_started": self.tr("A referral's help started on %1."),
        }
        return texts.get(suggestion.evidence, "%1").replace("%1", on)

    def _show_summary(self, episode: EpisodeView | None) -> None:
        intake = episode.intake if episode else IntakeDraft()
        labels = self.summary_labels
        access = access_route_name(intake.access_route) if intake.access_route else self.tr("not recorded")
        if intake.referred_by:
            access += " · " + intake.referred_by
        labels["access"].setText(access)
        answers = [(self.tr("several life domains"), intake.screening_several_domains),
                   (self.tr("several helpers"), intake.screening_several_helpers),
                   (self.tr("client agrees"), intake.screening_client_agrees),
                   (self.tr("case management appropriate"), intake.screening_appropriate)]
        not_asked = self.tr("not asked")
        screening = "\n".join(f"{question}: {not_asked if answer is None else yes_no(answer)}"
                               for question, answer in answers)
        if intake.screening_note:
            screening += "\n" + intake.screening_note
        labels["screening"].setText(screening)
        labels["agreement"].setText(
            self.tr("%1: %2").replace("%1", format_date(intake.intake_agreed_on)).replace("%2", intake.intake_agreement)
            if intake.intake_agreed_on else self.tr("none yet"))
        labels["consent"].setText(
            self.tr("recorded on %1 (%2)").replace("%1", format_date(intake.consent_recorded_on))
            .replace("%2", consent_form_name(intake.consent_form))
            if intake.consent_recorded_on else self.tr("not recorded"))
        evaluation = self.evaluation
        if evaluation is None or (evaluation.evaluated_on is None and evaluation.t_score is None):
            labels["evaluation"].setText(self.tr("not evaluated yet"))
        else:
            scored = sum(goal.draft.attainment is not None for goal in evaluation.goals)
            text = self.tr("%n goal(s) scored", "", scored)
            if evaluation.t_score is not None:
                text += " · " + self.tr("goal attainment T-score %1").replace(
                    "%1", self.locale().toString(evaluation.t_score, "f", 1))
            if evaluation.evaluated_on:
                text = self.tr("on %1").replace("%1", format_date(evaluation.evaluated_on)) + " · " + text
            labels["evaluation"].setText(text)
        labels["client_view"].setText(evaluation.client_view if evaluation and evaluation.client_view else "–")
        closure = ""
        if episode is not None and episode.closed:
            closure = closure_reason_name(episode.closure_code) if episode.closure_code else self.tr("no reason given")
            if episode.closure_reason:
                closure += " · " + episode.closure_reason
        labels["closure"].setText(closure)
        self._summary_form.setRowVisible(labels["closure"], bool(closure))

    def _show_history(self) -> None:
        self.history.clear()
        count = len(self.episodes)
        for number, episode in enumerate(self.episodes):
            span = (self.tr("since %1").replace("%1", format_date(episode.opened_on)) if not episode.closed else
                    self.tr("%1 – %2").replace("%1", format_date(episode.opened_on))
                    .replace("%2", format_date(episode.closed_on)))
            item = QTreeWidgetItem([self.tr("Episode %1").replace("%1", str(count - number)), phase_name(episode.phase),
                                    "", span])
            font = item.font(0)
            font.setBold(True)
            item.setFont(0, font)
            for change in episode.history:
                item.addChild(QTreeWidgetItem([format_datetime(change.changed_at), phase_name(change.phase),
                                               change.worker_name, change.reason]))
            self.history.addTopLevelItem(item)
            item.setExpanded(number == 0)

    # --- dialogs -------------------------------------------------------------------------------
    def _open(self, dialog: EditDialog) -> EditDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda _saved: self.mark_stale())
        dialog.open()
        self.dialog_opened.emit(dialog)
        return dialog

    def _may_change(self) -> bool:
        episode = self.current
        return episode is not None and not episode.closed and not self.is_erased

    def open_suggested_move(self) -> PhaseDialog | None:
        if self.suggestion is None or not self._may_change():
            return None
        reason = self.evidence_text(self.suggestion)
        return self._open(PhaseDialog(self._desk_handle, self.client_id, self.current.phase, self,
                                      suggested=PhaseDraft(self.suggestion.phase, reason)))

    def open_intake_dialog(self) -> IntakeDialog | None:
        if not self._may_change():
            return None
        return self._open(IntakeDialog(self._desk_handle, self.client_id, self.current.intake, self))

    def open_reassess_dialog(self) -> ReassessDialog | None:
        if not self._may_change():
            return None
        return self._open(ReassessDialog(self._desk_handle, self.client_id, self))

    def open_evaluation_dialog(self) -> EvaluationDialog | None:
        if not self._may_change() or self.evaluation is None:
            return None
        return self._open(EvaluationDialog(self._desk_handle, self.client_id, self.evaluation, self))

    def open_closure_dialog(self) -> ClosureDialog | None:
        if not self._may_change():
            return None
        return self._open(ClosureDialog(self._desk_handle, self.client_id, self))

    def open_reopen_dialog(self) -> ReopenDialog | None:
        episode = self.current
        if episode is None or not episode.closed or self.is_erased:
            return None
        return self._open(ReopenDialog(self._desk_handle, self.client_id, self))

    def opener(self, reopen_key: str):
        """The opener of the dialog a lock closed, by its ``reopen_key`` (None for another key)."""
        return {"intake": self.open_intake_dialog, "reassess": self.open_reassess_dialog,
                "closure": self.open_closure_dialog, "reopen": self.open_reopen_dialog}.get(reopen_key)

