"""The Print menu: the method's documents, generated on the desk thread and opened in the preview.

Built by ``build_print_menu(parent, desk_handle, current_client_id, current_contact_id)``; the two
callables tell which client and contact are selected when the menu opens.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale, QObject, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QMenu, QSpinBox, QWidget

from casedesk.domain import UI_LANGUAGES
from casedesk.ui import messages
from casedesk.ui.desk_thread import DeskHandle
from casedesk.ui.errors import error_text
from casedesk.ui.vocabulary import language_name
from casedesk.ui.widgets import fit_window_title

if TYPE_CHECKING:
    # ReportLab (behind the print service) and Qt's PDF modules cost ~250 ms of start-up; the
    # main window builds this menu at once, so they are imported when a document is first made.
    from casedesk.services.desk import Desk
    from casedesk.services.printing import CardSheet, PrintService
    from casedesk.ui.document_preview import DocumentPreviewDialog

CurrentId = Callable[[], str | None]


def ui_document_language() -> str:
    """Documents default to the language the program speaks (the card has its own language)."""
    code = QLocale().name()[:2]
    return code if code in UI_LANGUAGES else "en"


class MonthPickerDialog(QDialog):
    def __init__(self, year: int, month: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Monthly activity report"))
        self.month_combo = QComboBox()
        locale = QLocale()
        for number in range(1, 13):
            self.month_combo.addItem(locale.standaloneMonthName(number), number)
        self.month_combo.setCurrentIndex(month - 1)
        self.year_spin = QSpinBox()
        self.year_spin.setRange(2000, 2100)
        self.year_spin.setValue(year)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Show report"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Month:"), self.month_combo)
        form.addRow(self.tr("Year:"), self.year_spin)
        form.addRow(buttons)
        fit_window_title(self)

    def chosen(self) -> tuple[int, int]:
        return self.year_spin.value(), int(self.month_combo.currentData())


class PrintActions(QObject):
    """The actions of the Print menu; each opens a ``DocumentPreviewDialog`` (``preview_opened``)."""

    preview_opened = Signal(object)

    def __init__(self, parent: QWidget, desk_handle: DeskHandle, current_client_id: CurrentId,
                 current_contact_id: CurrentId) -> None:
        super().__init__(parent)
        self._parent = parent
        self._desk_handle = desk_handle
        self._current_client_id = current_client_id
        self._current_contact_id = current_contact_id
        self.language = ui_document_language()

        self.service_plan_action = QAction(self.tr("Print &service plan…"), self)
        self.assessment_action = QAction(self.tr("Print &assessment summary…"), self)
        self.evaluation_action = QAction(self.tr("Print &evaluation…"), self)
        self.handover_action = QAction(self.tr("Print &handover summary…"), self)
        self.protocol_action = QAction(self.tr("Print &counselling protocol…"), self)
        self.monthly_report_action = QAction(self.tr("&Monthly activity report…"), self)
        self.deputy_briefing_action = QAction(self.tr("Deputy &briefing…"), self)
        self.deputy_briefing_action.setToolTip(self.tr("A page for each client you deputise for today"))
        self.card_sheet_action = QAction(self.tr("Sheet of &relapse cards…"), self)
        self.protocol_action.setToolTip(self.tr("The protocol of the contact selected in the timeline"))
        self.service_plan_action.setToolTip(self.tr("The latest version of the service plan, for signatures"))
        self.assessment_action.setToolTip(self.tr("The client's latest assessment, per life domain"))
        self.evaluation_action.setToolTip(self.tr("Goal attainment per goal, the T-score and the closure"))
        self.service_plan_action.triggered.connect(self._on_service_plan_action_triggered)
        self.assessment_action.triggered.connect(self._on_assessment_action_triggered)
        self.evaluation_action.triggered.connect(self._on_evaluation_action_triggered)
        self.handover_action.triggered.connect(self._on_handover_action_triggered)
        self.protocol_action.triggered.connect(self._on_protocol_action_triggered)
        self.monthly_report_action.triggered.connect(self._on_monthly_report_action_triggered)
        self.deputy_briefing_action.triggered.connect(self.deputy_briefing)
        self.card_sheet_action.triggered.connect(self.card_sheet)

        self.language_actions = QActionGroup(self)
        for code in UI_LANGUAGES:
            action = QAction(language_name(code), self.language_actions, checkable=True)
            action.setData(code)
            action.setChecked(code == self.language)
        self.language_actions.triggered.connect(self._on_language_actions_triggered)

    def build_menu(self, title: str | None = None) -> QMenu:
        menu = QMenu(title or self.tr("&Print"), self._parent)
        for action in (self.service_plan_action, self.assessment_action, self.evaluation_action,
                       self.handover_action, self.protocol_action):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.monthly_report_action)
        menu.addAction(self.deputy_briefing_action)
        menu.addAction(self.card_sheet_action)
        menu.addSeparator()
        languages = menu.addMenu(self.tr("Document &language"))
        languages.addActions(self.language_actions.actions())
        menu.aboutToShow.connect(self.update_enabled)
        return menu

    def update_enabled(self) -> None:
        has_client = bool(self._current_client_id())
        self.service_plan_action.setEnabled(has_client)
        self.assessment_action.setEnabled(has_client)
        self.evaluation_action.setEnabled(has_client)
        self.handover_action.setEnabled(has_client)
        self.protocol_action.setEnabled(has_client and bool(self._current_contact_id()))

    # --- the documents ------------------------------------------------------------------------
    def service_plan(self, client_id: str) -> None:
        language = self.language
        self._open(lambda printer: printer.to_bytes(printer.service_plan_pdf, client_id, language),
                   self.tr("Service plan"), "service-plan.pdf")

    def assessment_summary(self, client_id: str) -> None:
        language = self.language
        self._open(lambda printer: printer.to_bytes(printer.assessment_pdf, client_id, language, None),
                   self.tr("Assessment summary"), "assessment-summary.pdf",
                   not_found=self.tr("This client has no assessment yet."))

    def evaluation(self, client_id: str) -> None:
        language = self.language
        self._open(lambda printer: printer.to_bytes(printer.evaluation_pdf, client_id, language),
                   self.tr("Evaluation"), "evaluation.pdf",
                   not_found=self.tr("This client has no case episode to evaluate yet."))

    def handover_summary(self, client_id: str) -> None:
        language = self.language
        self._open(lambda printer: printer.to_bytes(printer.handover_pdf, client_id, language),
                   self.tr("Handover summary"), "handover-summary.pdf")

    def deputy_briefing(self) -> None:
        language = self.language
        self._open(lambda printer: printer.to_bytes(printer.deputy_briefing_pdf, language),
                   self.tr("Deputy briefing"), "deputy-briefing.pdf")

    def counselling_protocol(self, contact_id: str) -> None:
        language = self.language
        self._open(lambda printer: printer.to_bytes(printer.protocol_pdf, contact_id, language),
                   self.tr("Counselling protocol"), "counselling-protocol.pdf")

    def monthly_report(self, year: int, month: int) -> None:
        language = self.language
        self._open(lambda printer: printer.to_bytes(printer.monthly_report_pdf, year, month, language),
                   self.tr("Monthly activity report"), f"activity-report-{year}-{month:02d}.pdf")

    def caseload_report(self) -> None:
        language = self.language
        self._open(lambda printer: printer.to_bytes(printer.caseload_report_pdf, language),
                   self.tr("Team caseloads"), "caseloads.pdf")

    def card_sheet(self) -> None:
        title = self.tr("Sheet of relapse cards")

        def render(printer: PrintService) -> tuple[bytes | None, CardSheet]:
            sheet = []
            pdf = printer.to_bytes(lambda out: sheet.append(printer.card_sheet_pdf(out)))
            return pdf or None, sheet[0]

        self._open(render, title, "relapse-cards.pdf")

    def _sheet_text(self, sheet: CardSheet) -> str:
        """What the worker must know about a sheet: the cards left out, the cards without a situation."""
        from casedesk.ui.relapse_card_editor import not_printable_text

        parts = []
        if sheet.left_out:
            explanations = "\n\n".join(not_printable_text(r.client_name, r.problems) for r in sheet.left_out)
            parts.append(self.tr("%n card(s) are not on the sheet because they do not fit:", "",
                                 len(sheet.left_out)) + "\n\n" + explanations)
        if sheet.empty:
            parts.append(self.tr("%n card(s) on the sheet have no risk situation yet, only numbers:", "",
                                 len(sheet.empty)) + "\n" + "\n".join(f"• {name}" for name in sheet.empty))
        return "\n\n".join(parts)

    def _open(self, render: Callable[[PrintService], bytes | tuple[bytes | None, CardSheet] | None],
              title: str, file_name: str,
              not_found: str | None = None) -> None:
        """Render on the desk thread and show the preview; ``not_found`` is said when the client has
        nothing of that kind to print (the service raises NotFound)."""
        def show(result: bytes | tuple[bytes | None, CardSheet] | None) -> None:
            pdf, sheet = result if isinstance(result, tuple) else (result, None)
            # Which cards are not on the sheet (or empty), said over the preview (or instead of it).
            note = self._sheet_text(sheet) if sheet is not None else ""
            if not pdf:
                messages.information(self._parent, title, note or self.tr("No client has a relapse card yet."))
                return
            from casedesk.ui.document_preview import show_preview  # Qt's PDF modules: see above

            dialog: DocumentPreviewDialog = show_preview(self._parent, pdf, title, file_name)
            self.preview_opened.emit(dialog)
            if note:
                messages.warning(dialog, title, note)

        def failed(error: BaseException) -> None:
            from casedesk.services.errors import NotFound
            if not_found and isinstance(error, NotFound):
                messages.information(self._parent, title, not_found)
                return
            messages.warning(self._parent, title, error_text(error))

        def work(desk: Desk) -> bytes | tuple[bytes | None, CardSheet] | None:
            return render(desk.printing)

        self._desk_handle.op(self._parent, work).with_progress(self.tr("Preparing the document…")) \
            .success(show).failure(failed).run()

    # --- slots --------------------------------------------------------------------------------
    def _on_service_plan_action_triggered(self) -> None:
        client_id = self._current_client_id()
        if client_id:
            self.service_plan(client_id)

    def _on_assessment_action_triggered(self) -> None:
        client_id = self._current_client_id()
        if client_id:
            self.assessment_summary(client_id)

    def _on_evaluation_action_triggered(self) -> None:
        client_id = self._current_client_id()
        if client_id:
            self.evaluation(client_id)

    def _on_handover_action_triggered(self) -> None:
        client_id = self._current_client_id()
        if client_id:
            self.handover_summary(client_id)

    def _on_protocol_action_triggered(self) -> None:
        contact_id = self._current_contact_id()
        if contact_id:
            self.counselling_protocol(contact_id)
        else:
            messages.information(self._parent, self.tr("Counselling protocol"),
                                 self.tr("Select a contact in the client's timeline first."))

    def _on_monthly_report_action_triggered(self) -> None:
        today = QDate.currentDate()
        dialog = MonthPickerDialog(today.year(), today.month(), self._parent)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.monthly_report(*dialog.chosen())

    def _on_language_actions_triggered(self, action: QAction) -> None:
        self.language = str(action.data())


def build_print_menu(parent: QWidget, desk_handle: DeskHandle, current_client_id: CurrentId,
                     current_contact_id: CurrentId) -> QMenu:
    """A ready "Print" menu for the main window; its ``PrintActions`` is ``menu.print_actions``."""
    actions = PrintActions(parent, desk_handle, current_client_id, current_contact_id)
    menu = actions.build_menu()
    menu.print_actions = actions  # type: ignore[attr-defined]
    return menu
