"""Starting the app: language, first-run wizard or unlock, main window, lock and unlock.

``CaseDeskController`` owns the life cycle of one desk in the GUI. It holds the ``DeskHandle``
only while unlocked; locking closes every window that shows client data, disposes the desk on the
database thread, clears what the app put on the clipboard and brings the unlock dialog back.
"""

import logging
import os
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from PySide6.QtCore import QLibraryInfo, QLocale, QObject, QTimer, QTranslator, Signal
from PySide6.QtGui import QClipboard, QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog

from casedesk import __version__
from casedesk.domain import UI_LANGUAGES
from casedesk.paths import APP_NAME, default_desk_path
from casedesk.services.desk import Desk
from casedesk.ui import messages
from casedesk.ui.desk_security_dialogs import DeskSwitch, security_error_text
from casedesk.ui.desk_thread import DatabaseThread, DeskHandle
from casedesk.ui.errors import install_excepthook
from casedesk.ui.icons import app_icon
from casedesk.ui.idle import InactivityTimer
from casedesk.ui.integrity import IntegrityCheck
from casedesk.ui.settings import AppSettings
from casedesk.ui.unlock import UnlockDialog
from casedesk.ui.wizard import FirstRunWizard

if TYPE_CHECKING:
    from casedesk.ui.main_window import MainWindow, ViewState

TRANSLATIONS_DIR = Path(__file__).resolve().parent.parent / "resources" / "translations"
MS_PER_MINUTE = 60_000


def choose_language(requested: str | None, settings: AppSettings) -> str:
    """--language wins, then the setting, then the system language, then English."""
    if requested in UI_LANGUAGES:
        return requested
    if settings.language:
        return settings.language
    system = QLocale.system().name().split("_")[0]
    return system if system in UI_LANGUAGES else "en"


def install_translations(app: QApplication, language: str) -> list[QTranslator]:
    """Load CaseDesk's and Qt's own (qtbase) translations (parented to the app, so they stay loaded)."""
    QLocale.setDefault(QLocale(language))
    translators = []
    for directory, name in ((TRANSLATIONS_DIR, f"casedesk_{language}"),
                            (QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath), f"qtbase_{language}")):
        translator = QTranslator(app)
        if translator.load(name, str(directory)):
            app.installTranslator(translator)
            translators.append(translator)
    return translators


def _load_main_window() -> None:
    import casedesk.ui.main_window  # noqa: F401  (imported for its modules, used on unlock)


class ClipboardGuard(QObject):
    """Remembers text copied inside the app, so locking can clear exactly that and nothing else."""

    def __init__(self, clipboard: QClipboard, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clipboard = clipboard
        self._ours = ""
        clipboard.dataChanged.connect(self._on_clipboard_data_changed)

    def _on_clipboard_data_changed(self) -> None:
        # Copies made while one of our windows is active came from client data we showed.
        if QApplication.activeWindow() is not None:
            self._ours = self._clipboard.text()

    def clear_ours(self) -> None:
        if self._ours and self._clipboard.text() == self._ours:
            self._clipboard.clear()
        self._ours = ""


class CaseDeskController(QObject):
    unlocked = Signal()
    locked = Signal()
    finished = Signal()

    def __init__(self, desk_path: Path, settings: AppSettings, db_thread: DatabaseThread, language: str,
                 idle_timeout_ms: int | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.desk_path = desk_path
        self.settings = settings
        self.db_thread = db_thread
        self.language = language
        self.desk_handle: DeskHandle | None = None
        self.main_window: MainWindow | None = None
        self.unlock_dialog: UnlockDialog | None = None
        self.wizard: FirstRunWizard | None = None
        self._desk_to_check: Desk | None = None
        self.integrity_check: IntegrityCheck | None = None
        self._resume: ViewState | None = None
        self._fixed_idle_timeout_ms = idle_timeout_ms
        self.idle = InactivityTimer(self._idle_timeout_ms(), self)
        self.idle.inactive.connect(self.lock)
        self.clipboard_guard = ClipboardGuard(QGuiApplication.clipboard(), self)
        # The main window's modules (a third of the start) load once the event loop runs: while
        # the worker types the passphrase, or while the database thread derives the key.
        QTimer.singleShot(0, _load_main_window)

    def _idle_timeout_ms(self) -> int:
        return self._fixed_idle_timeout_ms or self.settings.idle_lock_minutes * MS_PER_MINUTE

    @property
    def is_locked(self) -> bool:
        return self.desk_handle is None

    def start(self) -> None:
        if self.desk_path.exists():
            self.show_unlock()
        else:
            self.show_wizard()

    def show_wizard(self) -> None:
        self.wizard = FirstRunWizard(self.db_thread, self.desk_path, self.language)
        self.wizard.language_chosen.connect(self._on_wizard_language_chosen)
        self.wizard.desk_created.connect(self.adopt_desk)
        self.wizard.rejected.connect(self.quit)
        self.wizard.show()

    def show_unlock(self) -> None:
        self.unlock_dialog = UnlockDialog(self.db_thread, self.desk_path)
        self.unlock_dialog.unlocked.connect(self.adopt_desk)
        self.unlock_dialog.rejected.connect(self.quit)
        self.unlock_dialog.show()
        self.unlock_dialog.raise_()
        self.unlock_dialog.activateWindow()

    def _on_wizard_language_chosen(self, language: str) -> None:
        self.settings.language = language
        self.settings.sync()

    def adopt_desk(self, desk: Desk) -> None:
        """Take over a desk opened (or created) on the database thread and show the main window."""
        for dialog in (self.unlock_dialog, self.wizard):
            if dialog is not None:
                dialog.deleteLater()
        self.unlock_dialog = self.wizard = None
        desk_handle = DeskHandle(self.db_thread, desk, self)
        self.desk_handle = desk_handle
        self._desk_to_check = desk
        desk_handle.op(None, lambda desk: desk.setting("demo") == "1").success(self._show_main_window).run()

    def _show_main_window(self, demo: bool) -> None:
        assert self.desk_handle is not None
        from casedesk.ui.main_window import MainWindow

        window = MainWindow(self.desk_handle, self.settings, demo)
        window.lock_requested.connect(self.lock)
        window.quit_requested.connect(self.quit)
        window.settings_changed.connect(self._on_main_window_settings_changed)
        window.desk_switch_requested.connect(self.switch_desk)
        if self._resume is not None:
            window.restore_view_state(self._resume)
        window.restore_parked_drafts()
        self.main_window = window
        window.show()
        desk, self._desk_to_check = self._desk_to_check, None
        if desk is not None:
            self.integrity_check = IntegrityCheck(desk, self.desk_handle, window)
        self.idle.set_timeout(self._idle_timeout_ms())
        self.idle.start()
        self.unlocked.emit()

    def _on_main_window_settings_changed(self) -> None:
        self.idle.set_timeout(self._idle_timeout_ms())

    def _drop_client_windows(self) -> None:
        """Close every dialog and the main window; none of them may outlive the key."""
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.done(QDialog.DialogCode.Rejected)
        if self.main_window is not None:
            self._resume = self.main_window.view_state()
            self.main_window.close_for_lock()
            self.main_window.deleteLater()
            self.main_window = None

    def lock(self) -> None:
        """Lock at once, never asking: what was typed and not saved is parked inside the desk
        (queued before the desk closes) and offered back after the next unlock."""
        if self.desk_handle is None:
            return
        self.idle.stop()
        if self.main_window is not None:
            drafts = self.main_window.drafts_for_lock()
            if drafts:
                self.desk_handle.op(None, lambda desk: desk.drafts.park(drafts)).run()
        self._drop_client_windows()
        self.clipboard_guard.clear_ours()
        desk_handle, self.desk_handle = self.desk_handle, None
        self._queue_rolling_backup(desk_handle)
        desk_handle.close(desk_handle.deleteLater)
        self.locked.emit()
        self.show_unlock()

    @staticmethod
    def _queue_rolling_backup(desk_handle: DeskHandle) -> None:
        """A rolling backup when one is due, queued after the parked drafts and before the desk
        closes (the key lives on for that long); it never fails the lock (see DeskSecurityService)."""
        desk_handle.op(None, lambda desk: desk.security.rolling_backup_if_due()).run()

    def switch_desk(self, switch: DeskSwitch) -> None:
        """Lock, then ask to unlock ``switch.path`` (a restored backup). A restore that replaces
        this desk is put in place on the database thread once this desk is closed."""
        if self.desk_handle is None:
            return
        self.desk_path = switch.path
        self.lock()
        self._resume = None  # the view of another desk
        if switch.prepared is not None:
            self.db_thread.submit(switch.prepared.commit, None, self._on_restore_failed)

    def _on_restore_failed(self, error: BaseException) -> None:
        messages.warning(self.unlock_dialog, self.tr("Restore a backup"), security_error_text(error))

    def quit(self) -> None:
        self.idle.stop()
        self._drop_client_windows()
        self.clipboard_guard.clear_ours()
        if self.desk_handle is not None:
            desk_handle, self.desk_handle = self.desk_handle, None
            self._queue_rolling_backup(desk_handle)
            desk_handle.close(self.finished.emit)
        else:
            self.finished.emit()


def _smoke_desk(path: Path, language: str) -> Desk:
    desk = Desk.create(path, "smoke-test-passphrase", "Smoke Test", "", language)
    # No rolling backup of a throwaway desk in the data folder when it closes.
    desk.security.set_rolling_settings(0, "daily")
    return desk


def _smoke_test(app: QApplication, settings: AppSettings, db_thread: DatabaseThread, language: str) -> int:
    """Build the first dialog and the main window on a throwaway desk, then quit.

    Used to check a packaged build: it exercises Qt plugins, translations, SQLCipher and the
    migrations without touching a real desk.
    """
    with tempfile.TemporaryDirectory(prefix="casedesk-smoke-") as folder:
        controller = CaseDeskController(Path(folder) / "smoke.casedesk", settings, db_thread, language)
        controller.start()
        assert controller.wizard is not None
        controller.wizard.deleteLater()
        controller.wizard = None
        outcome = {"code": 1}

        def on_unlocked() -> None:
            outcome["code"] = 0
            controller.quit()

        controller.unlocked.connect(on_unlocked)
        controller.finished.connect(app.quit)
        db_thread.submit(lambda: _smoke_desk(Path(folder) / "smoke.casedesk", language), controller.adopt_desk)
        QTimer.singleShot(20_000, app.quit)  # never hang a build pipeline
        app.exec()
        db_thread.shutdown()
        return outcome["code"]


def run_app(desk_path: Path | None, language: str | None, smoke_test: bool) -> int:
    if smoke_test:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(app_icon())
    app.setQuitOnLastWindowClosed(False)
    settings = AppSettings()
    chosen = choose_language(language, settings)
    install_translations(app, chosen)
    install_excepthook()
    db_thread = DatabaseThread()
    if smoke_test:
        return _smoke_test(app, settings, db_thread, chosen)
    controller = CaseDeskController(desk_path or default_desk_path(), settings, db_thread, chosen)
    controller.finished.connect(app.quit)
    controller.start()
    code = app.exec()
    db_thread.shutdown()
    settings.sync()
    _leave_without_exit_handlers(code)


def _leave_without_exit_handlers(code: int) -> NoReturn:
    """End the process once the desk is closed and the settings are written, without the C
    libraries' exit handlers. After a window session on a desk of a few hundred clients, the exit
    handler of the OpenSSL that SQLCipher bundles (OPENSSL_cleanup) crashed the process on a heap
    check ("malloc_consolidate(): unaligned fastbin chunk"); the system's OpenSSL is loaded too,
    for Python's ssl. Everything was saved by then but the settings, which QSettings writes when
    it is destroyed: hence the sync before."""
    logging.shutdown()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)
