"""The client file's Instruments tab: every dated use of the method's instruments, a chart of the
stage of change and of self-efficacy over time, and the one-action relapse protocol.

Records are history: a new record is added, none is overwritten. A stage set on a contact shows
here too (marked as from the contact).
"""

from datetime import date, datetime, time

from PySide6.QtCore import QDateTime, Qt, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casedesk.domain import InstrumentKind, MotivationalStage
from casedesk.services.instruments import InstrumentEntry
from casedesk.ui.client_tabs import ClientTab
from casedesk.ui.desk_thread import DeskHandle
from casedesk.ui.edit_dialog import EditDialog
from casedesk.ui.instrument_dialogs import (
    BalanceDialog,
    DependenceDialog,
    RelapseDialog,
    SelfEfficacyDialog,
    StageDialog,
    dependence_summary,
)
from casedesk.ui.vocabulary import date_format, format_date, motivational_stage_name
from casedesk.ui.widgets import hint_label

#: The stages on the chart's vertical axis, in the order of the model (relapse is an event).
STAGE_LEVELS = {stage.value: level for level, stage in enumerate(
    (MotivationalStage.PRECONTEMPLATION, MotivationalStage.CONTEMPLATION, MotivationalStage.PREPARATION,
     MotivationalStage.ACTION, MotivationalStage.MAINTENANCE), start=1)}


class InstrumentsTab(ClientTab):
    KEY = "instruments"
    ORDER = 28
    TABLES = ("instrument_record", "instrument_item", "contact")

    dialog_opened = Signal(object)

    def __init__(self, desk_handle: DeskHandle, client_id: str, parent: QWidget | None = None) -> None:
        super().__init__(desk_handle, client_id, parent)
        self.entries: list[InstrumentEntry] = []
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("font-weight: 600;")
        self.chart_choice = QComboBox()
        self.chart_choice.addItem(self.tr("Stage of change"), InstrumentKind.STAGE.value)
        self.chart_choice.addItem(self.tr("Self-efficacy"), InstrumentKind.SELF_EFFICACY.value)
        self.chart_choice.setAccessibleName(self.tr("Chart"))
        # QtCharts costs a sixth of a second to import: the chart is made when first drawn, not at start.
        self.chart = None
        self.chart_holder = QVBoxLayout()
        self.chart_holder.setContentsMargins(0, 0, 0, 0)
        self.history = QTreeWidget()
        self.history.setRootIsDecorated(False)
        self.history.setHeaderLabels([self.tr("Date"), self.tr("Instrument"), self.tr("Result"), self.tr("By"),
                                      self.tr("Note")])
        self.history.setAccessibleName(self.tr("Instrument history"))
        header = self.history.header()
        for column in (0, 1, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.stage_button = QPushButton(self.tr("Stag&e…"))
        self.balance_button = QPushButton(self.tr("Decisional balance…"))
        self.efficacy_button = QPushButton(self.tr("Self-efficacy…"))
        self.dependence_button = QPushButton(self.tr("Dependence…"))
        self.relapse_button = QPushButton(self.tr("Record rela&pse…"))
        buttons = QHBoxLayout()
        for button in (self.stage_button, self.balance_button, self.efficacy_button, self.dependence_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.relapse_button)
        chart_row = QHBoxLayout()
        chart_row.addWidget(QLabel(self.tr("Chart:")))
        chart_row.addWidget(self.chart_choice)
        chart_row.addStretch(1)
        upper = QWidget()
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addLayout(chart_row)
        upper_layout.addLayout(self.chart_holder, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(upper)
        splitter.addWidget(self.history)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        layout.addWidget(hint_label(self.tr("Every record is kept with its date; a new one never overwrites an "
                                            "earlier one. Stages set on a contact show here too.")))
        self.chart_choice.currentIndexChanged.connect(lambda _index: self._draw_chart())
        self.stage_button.clicked.connect(self.open_stage_dialog)
        self.balance_button.clicked.connect(self.open_balance_dialog)
        self.efficacy_button.clicked.connect(self.open_efficacy_dialog)
        self.dependence_button.clicked.connect(self.open_dependence_dialog)
        self.relapse_button.clicked.connect(lambda: self.open_relapse_dialog())
        self._show(draw=False)

    def title(self) -> str:
        return self.tr("Instruments")

    def reload(self) -> None:
        client_id = self.client_id
        self._start(1)
        self._desk_handle.op(self, lambda desk: desk.instruments.history(client_id)).success(self._on_loaded).run()

    def _on_loaded(self, entries: list[InstrumentEntry]) -> None:
        self.entries = entries
        self._show()
        self._part_loaded()

    def set_details(self, details) -> None:
        super().set_details(details)
        self._show(draw=False)

    # --- showing -------------------------------------------------------------------------------
    def current_stage(self) -> str:
        return next((entry.stage for entry in self.entries if entry.kind == InstrumentKind.STAGE.value
                     and entry.stage != MotivationalStage.RELAPSE.value), "")

    def result_text(self, entry: InstrumentEntry) -> str:
        if entry.kind == InstrumentKind.STAGE.value:
            text = motivational_stage_name(entry.stage)
            return text + " " + self.tr("(from a contact)") if entry.from_contact else text
        if entry.kind == InstrumentKind.SELF_EFFICACY.value:
            return (self.tr("sum %1 of 40").replace("%1", str(entry.score)) if entry.score is not None
                    else self.tr("no sum (more than 3 items missing)"))
        if entry.kind == InstrumentKind.DEPENDENCE.value:
            return f"{entry.substance}: " + dependence_summary(set(entry.answers)).replace("\n", "; ")
        balance = entry.balance
        if balance is None:
            return ""
        counts = [len(balance.change_pros), len(balance.change_cons), len(balance.stay_pros), len(balance.stay_cons)]
        return self.tr("changing: %1 for, %2 against · staying: %3 for, %4 against").replace(
            "%1", str(counts[0])).replace("%2", str(counts[1])).replace("%3", str(counts[2])).replace(
            "%4", str(counts[3]))

    def kind_name(self, kind: str) -> str:
        names = {
            InstrumentKind.STAGE.value: self.tr("Stage of change"),
            InstrumentKind.DECISIONAL_BALANCE.value: self.tr("Decisional balance"),
            InstrumentKind.SELF_EFFICACY.value: self.tr("Self-efficacy"),
            InstrumentKind.DEPENDENCE.value: self.tr("Dependence criteria"),
        }
        return names.get(kind, kind)

    def _show(self, draw: bool = True) -> None:
        writable = not self.is_erased
        for button in (self.stage_button, self.balance_button, self.efficacy_button, self.dependence_button,
                       self.relapse_button):
            button.setEnabled(writable)
        stage = self.current_stage()
        relapse = next((entry for entry in self.entries if entry.stage == MotivationalStage.RELAPSE.value), None)
        parts = [self.tr("Stage of change: %1").replace("%1", motivational_stage_name(stage)) if stage
                 else self.tr("No stage of change recorded yet.")]
        if relapse is not None:
            parts.append(self.tr("last relapse on %1").replace("%1", format_date(relapse.recorded_on)))
        self.summary.setText(" · ".join(parts))
        self.history.clear()
        for entry in self.entries:
            name = (self.tr("Relapse") if entry.stage == MotivationalStage.RELAPSE.value
                    else self.kind_name(entry.kind))
            result = "" if entry.stage == MotivationalStage.RELAPSE.value else self.result_text(entry)
            self.history.addTopLevelItem(QTreeWidgetItem([format_date(entry.recorded_on), name, result,
                                                          entry.worker_name, entry.note]))
        if draw or self.chart is not None:
            self._draw_chart()

    def _draw_chart(self) -> None:
        from PySide6.QtCharts import (
            QCategoryAxis,
            QChart,
            QChartView,
            QDateTimeAxis,
            QLineSeries,
            QScatterSeries,
            QValueAxis,
        )

        if self.chart is None:
            self.chart = QChart()
            self.chart.legend().hide()
            self.chart.setMargins(self.chart.margins() * 0)
            view = QChartView(self.chart)
            view.setRenderHint(QPainter.RenderHint.Antialiasing)
            view.setMinimumHeight(200)
            self.chart_holder.addWidget(view)
        chart = self.chart
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        kind = self.chart_choice.currentData()
        entries = sorted((e for e in self.entries if e.kind == kind), key=lambda e: e.recorded_on)
        line, events = QLineSeries(), QScatterSeries()
        events.setMarkerSize(11)
        for entry in entries:
            when = QDateTime(datetime.combine(entry.recorded_on, time(12)))
            if kind == InstrumentKind.STAGE.value and entry.stage == MotivationalStage.RELAPSE.value:
                events.append(when.toMSecsSinceEpoch(), 0)
            elif kind == InstrumentKind.STAGE.value and entry.stage in STAGE_LEVELS:
                line.append(when.toMSecsSinceEpoch(), STAGE_LEVELS[entry.stage])
            elif kind == InstrumentKind.SELF_EFFICACY.value and entry.score is not None:
                line.append(when.toMSecsSinceEpoch(), entry.score)
        chart.addSeries(line)
        chart.addSeries(events)
        dates = QDateTimeAxis()
        dates.setFormat(date_format())
        dates.setTickCount(4)
        days = [e.recorded_on for e in entries] or [date.today()]
        first, last = min(days), max(days)
        dates.setRange(QDateTime(datetime.combine(first, time(0))), QDateTime(datetime.combine(last, time(23, 59))))
        if kind == InstrumentKind.STAGE.value:
            # The stages by name on the axis; a relapse is a dot on the line below the first.
            values = QCategoryAxis()
            values.setRange(-0.5, 5.5)
            values.append(self.tr("relapse ●"), 0)
            for stage, level in STAGE_LEVELS.items():
                values.append(motivational_stage_name(stage), level)
            values.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        else:
            values = QValueAxis()
            values.setRange(10, 40)
            values.setTickCount(4)
            values.setLabelFormat("%d")
        chart.addAxis(dates, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
        for series in (line, events):
            series.attachAxis(dates)
            series.attachAxis(values)

    # --- dialogs -------------------------------------------------------------------------------
    def _open(self, dialog: EditDialog) -> EditDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda _saved: self.mark_stale())
        dialog.open()
        self.dialog_opened.emit(dialog)
        return dialog

    def open_stage_dialog(self) -> StageDialog | None:
        if self.is_erased:
            return None
        return self._open(StageDialog(self._desk_handle, self.client_id, self.current_stage(), self))

    def open_balance_dialog(self) -> BalanceDialog | None:
        if self.is_erased:
            return None
        return self._open(BalanceDialog(self._desk_handle, self.client_id, self))

    def open_efficacy_dialog(self) -> None:
        if self.is_erased:
            return
        language = self.locale().name()[:2]
        self._desk_handle.op(self, lambda desk: desk.instruments.self_efficacy_items(language)).success(
            lambda loaded: self._open(SelfEfficacyDialog(self._desk_handle, self.client_id, *loaded, self))).run()

    def open_dependence_dialog(self) -> DependenceDialog | None:
        if self.is_erased:
            return None
        return self._open(DependenceDialog(self._desk_handle, self.client_id, self))

    def open_relapse_dialog(self, contact_id: str | None = None) -> RelapseDialog | None:
        if self.is_erased:
            return None
        return self._open(RelapseDialog(self._desk_handle, self.client_id, contact_id, self))
