"""The main window's Sync: set up the connection in the Sync window, sync, see it in the status bar."""

from PySide6.QtGui import QKeySequence

from casedesk.services.desk import Desk
from casedesk.services.dto import ClientDraft, ClientFilter
from casedesk.sync import central
from casedesk.ui.desk_thread import DatabaseThread, DeskHandle
from casedesk.ui.main_window import MainWindow
from casedesk.ui.settings import AppSettings


def test_sync_window_sets_up_the_connection_syncs_and_updates_the_status_bar(qtbot, sqlite_central_url, tmp_path,
                                                                             make_device):
    credentials = central.add_worker(sqlite_central_url, "Anna", "caseworker", "Nord")
    desk = Desk.create(tmp_path / "anna.casedesk", "anna's passphrase", worker_name="Anna", team="Nord",
                       language="en")
    desk.clients.create(ClientDraft(first_name="Jens", alias="Kaptajn"))
    db_thread = DatabaseThread()
    window = MainWindow(DeskHandle(db_thread, desk), AppSettings())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: "Sync not set up" in window.sync_status_label.text())
    assert "unsynced" in window.sync_status_label.text()
    assert window.sync_action.shortcut() == QKeySequence("Ctrl+Shift+S")
    assert window.sync_action in window.extension_toolbar.actions()

    window.sync_action.trigger()
    dialog = window.sync_dialog
    qtbot.waitUntil(lambda: "not set up" in dialog.last_sync_label.text())
    assert not dialog.panel.sync_button.isEnabled()
    dialog.url_edit.setText(sqlite_central_url)
    dialog.login_edit.setText(credentials.login)
    dialog.token_edit.setText("wrong token")
    dialog.save_connection_button.click()
    qtbot.waitUntil(lambda: "refused" in dialog.connection_message.text(), timeout=10_000)
    assert not dialog.panel.sync_button.isEnabled()
    dialog.token_edit.setText(credentials.token)
    dialog.save_connection_button.click()
    qtbot.waitUntil(lambda: dialog.connection_message.text() not in ("", "Checking the connection…"), timeout=10_000)
    assert dialog.connection_message.text() == "Connection saved."
    qtbot.waitUntil(lambda: dialog.panel.sync_button.isEnabled(), timeout=10_000)
    assert dialog.token_edit.text() == ""

    with qtbot.waitSignal(dialog.synced, timeout=20_000):
        dialog.panel.sync_button.click()
    qtbot.waitUntil(lambda: "Last sync" in window.sync_status_label.text(), timeout=10_000)
    assert "unsynced" not in window.sync_status_label.text()
    assert "Applied: 3" in dialog.panel.status.text()

    # What went out arrived: a colleague's laptop deputising for nobody sees nothing, the office
    # admin sees Anna's client.
    admin = make_device(sqlite_central_url, "Office", role="admin")
    admin.sync.run()
    assert [c.alias for c in admin.desk.clients.list(ClientFilter(include_closed=True))] == ["Kaptajn"]
    qtbot.waitUntil(lambda: db_thread.pending == 0)
    db_thread.shutdown()
    desk.close()
