"""No two ``&`` letters clash within one window, in any language (window_tour.py walks them all).

Two equal mnemonics in one window make Alt+letter ambiguous: Qt then only cycles the focus between
them and the worker's Alt+A opens neither the menu nor the tab.
"""

from dataclasses import replace

import pytest
from ui_helpers import WORKER_TIMEOUT_MS, open_main_window, wait_idle
from window_tour import menu_mnemonic_clashes, mnemonic_clashes, tour

from casedesk.domain import Role
from casedesk.ui import messages
from casedesk.ui.app import install_translations


@pytest.mark.parametrize("language", ["en", "de", "da"])
def test_no_mnemonic_clashes_in_any_window(qtbot, qapp, make_controller, desk, desk_path, tmp_path, language):
    translators = install_translations(qapp, language)
    controller = make_controller(desk_path, language=language)

    def wait_until(condition) -> None:
        qtbot.waitUntil(lambda: controller.db_thread.pending == 0 and condition(), timeout=WORKER_TIMEOUT_MS)

    def settle() -> None:
        wait_idle(qtbot, controller.db_thread)

    problems = []
    try:
        for stop in tour(controller, desk, tmp_path / "wizard.casedesk", wait_until, settle):
            problems += [f"{stop.where}: {clash}" for clash in mnemonic_clashes(stop.window)]
            problems += [f"{stop.where}: {clash}" for clash in menu_mnemonic_clashes(stop.window)]
    finally:
        # The Sync window's last status read may be queued by a sync thread just after the tour.
        qtbot.wait(300)
        wait_idle(qtbot, controller.db_thread)
        messages.set_next_answer(messages.StandardButton.Yes)
        for translator in translators:
            qapp.removeTranslator(translator)
    assert not sorted(set(problems)), "\n".join(sorted(set(problems)))


@pytest.mark.parametrize("language", ["en", "de", "da"])
def test_a_team_leads_menus_have_no_mnemonic_clashes(qtbot, qapp, make_controller, desk, desk_path, language):
    """The tour runs as a caseworker; a team lead's Tools menu holds the team's settings too."""
    translators = install_translations(qapp, language)
    desk.identity = replace(desk.identity, role=Role.TEAM_LEAD.value)
    try:
        controller = make_controller(desk_path, language=language)
        open_main_window(qtbot, controller, desk)
        window = controller.main_window
        assert window.access_log_action.isVisible() or window.access_log_action in window.tools_menu.actions()
        assert menu_mnemonic_clashes(window) == []
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
