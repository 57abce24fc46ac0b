"""The sync panel runs a real sync against a SQLite central store; a conflict is resolved in the view."""

from casedesk.services.dto import ClientDraft
from casedesk.ui.conflicts_view import ConflictsView
from casedesk.ui.desk_thread import DatabaseThread, DeskHandle
from casedesk.ui.sync_panel import SyncPanel


def test_sync_panel_shows_progress_and_result_and_a_conflict_is_resolved(qtbot, sqlite_central_url, make_device):
    lead = make_device(sqlite_central_url, "Lea", role="team_lead")
    anna = make_device(sqlite_central_url, "Anna")
    client_id = anna.desk.clients.create(ClientDraft(first_name="Jens", whereabouts="Park"))
    anna.sync.run()
    lead.sync.run()
    anna.desk.clients.update(client_id, ClientDraft(first_name="Jens", whereabouts="Brücke"))
    lead.desk.clients.update(client_id, ClientDraft(first_name="Jens", whereabouts="Bahnhof"))
    lead.sync.run()

    panel = SyncPanel(anna.sync.run)
    qtbot.addWidget(panel)
    progress: list[tuple[str, int, int]] = []
    panel.controller.progressed.connect(lambda *args: progress.append(args))
    with qtbot.waitSignal(panel.conflicts_found, timeout=20_000):
        panel.sync_button.click()
    qtbot.waitUntil(lambda: panel.sync_button.isEnabled())
    assert {stage for stage, _, _ in progress} >= {"push", "pull", "check"}
    assert "merged: 1" in panel.status.text() and "1 conflict" in panel.status.text()
    assert not panel.progress.isVisible()

    db_thread = DatabaseThread()
    session = DeskHandle(db_thread, anna.desk)
    view = ConflictsView(session)
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: view.table.rowCount() == 1)
    assert (view.table.item(0, 2).text(), view.table.item(0, 3).text()) == ("Brücke", "Bahnhof")
    assert view.table.item(0, 1).text() == "Client details: Where to find them"
    view.merged.setPlainText("Bahnhof, abends an der Brücke")
    with qtbot.waitSignal(view.conflict_resolved):
        view.save_merged_button.click()
    qtbot.waitUntil(lambda: view.table.rowCount() == 0)
    assert not view.empty_label.isHidden()
    with qtbot.waitSignal(panel.controller.finished, timeout=20_000):
        panel.sync_button.click()
    lead.sync.run()
    assert lead.desk.clients.get(client_id).draft.whereabouts == "Bahnhof, abends an der Brücke"
    qtbot.waitUntil(lambda: db_thread.pending == 0)
    db_thread.shutdown()


def test_sync_panel_shows_a_failure_in_words(qtbot, make_device, tmp_path):
    from casedesk.services.desk import Desk
    from casedesk.services.sync_service import SyncService

    desk = Desk.create(tmp_path / "lonely.casedesk", "lonely passphrase", worker_name="Anna", team="", language="de")
    panel = SyncPanel(SyncService(desk).run)
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.controller.failed, timeout=10_000):
        panel.sync_button.click()
    qtbot.waitUntil(lambda: panel.sync_button.isEnabled())
    assert "not set up" in panel.status.text()
    desk.close()
