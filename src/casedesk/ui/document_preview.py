"""Preview, print and save a PDF the printing layer made, straight from memory.

The PDF holds client data, so it never touches the disk unless the worker saves it: QtPdf reads it
from a ``QBuffer``. Printing sends the PDF itself to the printer where the platform can (CUPS ``lp``
on Linux and macOS reads it from a pipe, on a thread of its own): the printer gets the vector
PDF with its embedded fonts, sharp at any resolution and a fraction of a page image's size, and the
card keeps its true size. "Print to file" writes the PDF itself (0600). Only where neither works
(Windows, no ``lp``, ``lp`` failing) are the pages rendered into images painted onto the printer.

The preview keeps the size and place the worker gave it, but never more than the screen's free
area: on a 1280×720 laptop its buttons stay on the screen.
"""

import shutil
import subprocess
import sys
import threading
from pathlib import Path

import shiboken6
from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QObject,
    QPointF,
    QRectF,
    QSize,
    QSizeF,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeySequence, QPageSize, QPainter, QShortcut, QShowEvent
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from casedesk.services.output import OutputRefused, write_document
from casedesk.ui import messages
from casedesk.ui.settings import AppSettings
from casedesk.ui.widgets import fit_to_screen

# lupdate reads ``translate("Context", "literal")`` calls; the alias keeps lines short.
translate = QCoreApplication.translate

POINTS_PER_INCH = 72
# Rendering an A4 page at a 1200 dpi printer's full resolution would need half a gigabyte per page;
# 300 dpi is sharp for text and keeps a page image around 35 MB.
MAX_PRINT_DPI = 300
ZOOM_STEP = 1.25
MIN_ZOOM, MAX_ZOOM = 0.25, 6.0
# An A4 page at a readable width with its button row; shrunk to the screen where that is smaller.
PREFERRED_SIZE = QSize(860, 900)
GEOMETRY_NAME = "document_preview"
REFUSAL_STYLE = "background: #fde7e9; color: #8a1c1c; border: 1px solid #b3261e; border-radius: 4px; padding: 6px;"


def load_pdf(pdf: bytes, parent: QWidget | None = None) -> tuple[QPdfDocument, QBuffer]:
    """A document reading from an in-memory buffer; keep the buffer alive as long as the document."""
    buffer = QBuffer(parent)
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument(parent)
    document.load(buffer)
    return document, buffer


def print_document(document: QPdfDocument, printer: QPrinter) -> None:
    """Paint every page (or the chosen range) at its true size, so a wallet card stays 85.6 mm wide."""
    printer.setFullPage(True)  # the PDF brings its own margins and cut marks
    first = max(printer.fromPage(), 1) - 1
    last = min((printer.toPage() or document.pageCount()), document.pageCount()) - 1
    render_dpi = min(printer.resolution(), MAX_PRINT_DPI)
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError(translate("DocumentPreviewDialog", "The printer could not be started."))
    try:
        for page in range(first, last + 1):
            if page > first:
                printer.newPage()
            points = document.pagePointSize(page)
            image = document.render(page, (points * render_dpi / POINTS_PER_INCH).toSize())
            on_paper = QSizeF(points * printer.resolution() / POINTS_PER_INCH)
            painter.drawImage(QRectF(QPointF(0, 0), on_paper), image)
    finally:
        painter.end()


#: How long ``lp`` may take to hand the job to the spooler (it returns once the job is queued).
LP_TIMEOUT_S = 60


def cups_command(printer_name: str, copies: int, first_page: int, last_page: int) -> list[str] | None:
    """The ``lp`` command that prints a PDF from stdin at 100 %, or None where there is no CUPS."""
    lp = shutil.which("lp")
    if sys.platform == "win32" or lp is None or not printer_name:
        return None
    # The job title shows in print queues (and on other workers' screens): the kind of file only.
    command = [lp, "-d", printer_name, "-t", "CaseDesk", "-n", str(max(copies, 1)),
               "-o", "fit-to-page=false", "-o", "print-scaling=none"]
    if first_page and last_page:
        command += ["-P", f"{first_page}-{last_page}"]
    return command


class PdfPrintJob(QObject):
    """Hands a PDF to ``lp`` on a thread of its own; the signals arrive on the GUI thread.

    A job has no Qt parent: its thread holds it until it has signalled, and it is deleted on the
    GUI thread after that. Parented to a window, it could be destroyed (the window closed, the desk
    locked) while its thread emits, which crashed the GUI thread.
    """

    succeeded = Signal()
    failed = Signal(str)

    def __init__(self, command: list[str], pdf: bytes) -> None:
        super().__init__()
        self._command = command
        self._pdf = pdf

    def start(self) -> None:
        threading.Thread(target=self._work, name="casedesk-print", daemon=True).start()

    def _work(self) -> None:
        try:
            result = subprocess.run(self._command, input=self._pdf, capture_output=True, timeout=LP_TIMEOUT_S,
                                    check=False)
        except (OSError, subprocess.TimeoutExpired) as error:
            self._finish(self.failed, str(error))
            return
        if result.returncode != 0:
            self._finish(self.failed, result.stderr.decode(errors="replace").strip())
        else:
            self._finish(self.succeeded)

    def _finish(self, signal, *outcome: object) -> None:
        signal.emit(*outcome)


def _print_pdf_itself(parent: QWidget, printer: QPrinter, pdf: bytes) -> bool:
    """Send ``pdf`` itself where the platform can; False when only the raster path remains."""
    if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and printer.outputFileName():
        try:
            write_document(Path(printer.outputFileName()), pdf, overwrite=True)
        except (OutputRefused, OSError) as error:
            messages.warning(parent, translate("DocumentPreviewDialog", "Print"), str(error))
        return True
    command = cups_command(printer.printerName(), printer.copyCount(), printer.fromPage(), printer.toPage())
    if command is None:
        return False
    job = PdfPrintJob(command, pdf)

    def fall_back(_reason: str) -> None:
        if not shiboken6.isValid(parent):
            job.deleteLater()
            return  # the window closed (or the desk locked) while lp ran: nobody is left to tell
        # lp refused (no such queue, CUPS down): the page images still reach the printer Qt knows.
        # The caller's document may be gone by now (the editor drops it at once): a fresh one.
        document, buffer = load_pdf(pdf, job)
        try:
            print_document(document, printer)
        except OSError as error:
            messages.warning(parent, translate("DocumentPreviewDialog", "Print"), str(error))
        finally:
            document.close()
            buffer.close()
            job.deleteLater()

    job.failed.connect(fall_back)
    job.succeeded.connect(job.deleteLater)
    job.start()
    return True


def print_with_dialog(parent: QWidget, document: QPdfDocument, pdf: bytes | None = None) -> bool:
    """Qt's print dialog, then print (``pdf`` itself where it can be sent); False when cancelled."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    if document.pageCount():
        # Preselect the document's paper (A4), so a US-letter default does not crop the card.
        printer.setPageSize(QPageSize(document.pagePointSize(0), QPageSize.Unit.Point))
    dialog = QPrintDialog(printer, parent)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, document.pageCount() > 1)
    dialog.setMinMax(1, max(document.pageCount(), 1))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    if pdf is not None and _print_pdf_itself(parent, printer, pdf):
        return True
    try:
        print_document(document, printer)
    except OSError as error:
        messages.warning(parent, translate("DocumentPreviewDialog", "Print"), str(error))
        return False
    return True


def save_pdf(parent: QWidget, pdf: bytes, suggested_name: str) -> Path | None:
    """Ask where to save and write ``pdf`` there; None when the worker cancelled or it failed.

    ``suggested_name`` names the kind of document only ("relapse-card.pdf"): a client's name in a
    file name would leak into recent-file lists and backups.
    """
    title = translate("DocumentPreviewDialog", "Save as PDF")
    path = messages.save_file(parent, title, suggested_name, translate("DocumentPreviewDialog", "PDF files (*.pdf)"))
    if path is None:
        return None
    if path.suffix.lower() != ".pdf":
        path = path.with_name(path.name + ".pdf")
    try:
        # The file dialog has asked before replacing a file; the service still refuses the
        # desk's own files and anything that is not a PDF.
        write_document(path, pdf, overwrite=True)
    except OutputRefused:
        messages.warning(parent, title, translate(
            "DocumentPreviewDialog", "This file is not a PDF document and is never replaced. Choose another name."))
        return None
    except OSError as error:
        reason = error.strerror or str(error)
        messages.warning(parent, title,
                         translate("DocumentPreviewDialog", "The file could not be saved: %1").replace("%1", reason))
        return None
    return path


class DocumentPreviewDialog(QDialog):
    """Shows one PDF with page navigation and zoom; Print and Save as PDF act on exactly these bytes."""

    saved = Signal(Path)
    printed = Signal()

    def __init__(self, pdf: bytes, title: str, suggested_name: str, parent: QWidget | None = None,
                 refusal: str = "") -> None:
        """``refusal``: why this PDF is for the screen only (a card that does not fit); Print and
        Save are then off."""
        super().__init__(parent)
        self._pdf = pdf
        self._suggested_name = suggested_name
        self.setWindowTitle(title)
        self.document, self._buffer = load_pdf(pdf, self)

        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView if self._is_small_page() else QPdfView.ZoomMode.FitToWidth)
        self.view.setAccessibleName(self.tr("Document preview"))

        self.page_spin = QSpinBox()
        self.page_spin.setRange(1, max(self.document.pageCount(), 1))
        self.page_spin.setAccessibleName(self.tr("Page"))
        self.page_count_label = QLabel(self.tr("of %1").replace("%1", str(self.document.pageCount())))
        self.zoom_out_button = QPushButton(self.tr("Zoom out"))
        self.zoom_in_button = QPushButton(self.tr("Zoom in"))
        self.fit_button = QPushButton(self.tr("Fit width"))
        self.print_button = QPushButton(self.tr("&Print…"))
        self.save_button = QPushButton(self.tr("&Save as PDF…"))
        self.close_button = QPushButton(self.tr("Close"))
        self.print_button.setDefault(True)

        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Page")))
        bar.addWidget(self.page_spin)
        bar.addWidget(self.page_count_label)
        bar.addSpacing(16)
        bar.addWidget(self.zoom_out_button)
        bar.addWidget(self.zoom_in_button)
        bar.addWidget(self.fit_button)
        bar.addStretch(1)
        bar.addWidget(self.print_button)
        bar.addWidget(self.save_button)
        bar.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        self.refusal_label = QLabel(refusal)
        self.refusal_label.setWordWrap(True)
        self.refusal_label.setStyleSheet(REFUSAL_STYLE)
        self.refusal_label.setVisible(bool(refusal))
        self.print_button.setEnabled(not refusal)
        self.save_button.setEnabled(not refusal)
        if refusal:
            self.close_button.setDefault(True)
        layout.addWidget(self.refusal_label)
        layout.addWidget(self.view, 1)
        layout.addLayout(bar)

        self.page_spin.valueChanged.connect(self._on_page_spin_value_changed)
        self.view.pageNavigator().currentPageChanged.connect(self._on_navigator_current_page_changed)
        self.zoom_in_button.clicked.connect(lambda: self._zoom_by(ZOOM_STEP))
        self.zoom_out_button.clicked.connect(lambda: self._zoom_by(1 / ZOOM_STEP))
        self.fit_button.clicked.connect(self._on_fit_button_clicked)
        self.print_button.clicked.connect(self._on_print_button_clicked)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.close_button.clicked.connect(self.accept)
        QShortcut(QKeySequence.StandardKey.Print, self, self._on_print_button_clicked)
        QShortcut(QKeySequence.StandardKey.Save, self, self._on_save_button_clicked)
        QShortcut(QKeySequence.StandardKey.ZoomIn, self, lambda: self._zoom_by(ZOOM_STEP))
        QShortcut(QKeySequence.StandardKey.ZoomOut, self, lambda: self._zoom_by(1 / ZOOM_STEP))
        self._settings = AppSettings()
        geometry = self._settings.geometry(GEOMETRY_NAME)
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(PREFERRED_SIZE)
        fit_to_screen(self)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Qt has placed the dialog over its parent by now, which may reach below the screen.
        fit_to_screen(self)

    def done(self, result: int) -> None:
        self._settings.set_geometry(GEOMETRY_NAME, self.saveGeometry())
        super().done(result)

    @property
    def page_count(self) -> int:
        return self.document.pageCount()

    def _is_small_page(self) -> bool:
        # A wallet card shown at page width would be blown up to poster size.
        return self.page_count > 0 and self.document.pagePointSize(0).width() < 400

    def _zoom_by(self, factor: float) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(min(max(self.view.zoomFactor() * factor, MIN_ZOOM), MAX_ZOOM))

    def _on_fit_button_clicked(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

    def _on_page_spin_value_changed(self, page_number: int) -> None:
        navigator = self.view.pageNavigator()
        if navigator.currentPage() != page_number - 1:
            navigator.jump(page_number - 1, QPointF(), navigator.currentZoom())

    def _on_navigator_current_page_changed(self, page: int) -> None:
        self.page_spin.blockSignals(True)
        self.page_spin.setValue(page + 1)
        self.page_spin.blockSignals(False)

    def _on_print_button_clicked(self) -> None:
        if not self.print_button.isEnabled():
            return
        if print_with_dialog(self, self.document, self._pdf):
            self.printed.emit()

    def _on_save_button_clicked(self) -> None:
        if not self.save_button.isEnabled():
            return
        path = save_pdf(self, self._pdf, self._suggested_name)
        if path is not None:
            self.saved.emit(path)


def show_preview(parent: QWidget, pdf: bytes, title: str, suggested_name: str,
                 refusal: str = "") -> DocumentPreviewDialog:
    """Open a non-modal preview that deletes itself (and its in-memory PDF) when closed."""
    dialog = DocumentPreviewDialog(pdf, title, suggested_name, parent, refusal)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
