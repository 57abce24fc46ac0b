"""The Instruments tab from the keyboard: a stage of change, self-efficacy with its sum as the
worker answers, dependence criteria with the ICD-10 and ICD-11 views, the chart over time, and the
relapse protocol, which plans its tasks once however often it is pressed."""

from datetime import date

from PySide6.QtCore import Qt
from ui_helpers import add_clients, choose, is_closed, open_main_window, visible_dialog, wait_idle

from casedesk.domain import InstrumentKind, MotivationalStage
from casedesk.ui import messages
from casedesk.ui.instrument_dialogs import DependenceDialog, RelapseDialog, SelfEfficacyDialog, StageDialog
from casedesk.ui.instruments_tab import InstrumentsTab
from casedesk.ui.messages import StandardButton


def test_instruments_from_the_keyboard(qtbot, make_controller, desk, desk_path, tmp_path):
    client_id = add_clients(desk)["kalle"]
    controller = make_controller(desk_path)
    open_main_window(qtbot, controller, desk)
    window = controller.main_window
    db = controller.db_thread
    window.show_client(client_id)
    wait_idle(qtbot, db)
    window.client_file.show_tab(InstrumentsTab.KEY)
    wait_idle(qtbot, db)
    tab: InstrumentsTab = window.client_file.tabs[InstrumentsTab.KEY]
    assert "No stage" in tab.summary.text()

    def save_with_return(dialog, widget) -> None:
        qtbot.keyClick(widget, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: is_closed(dialog))
        wait_idle(qtbot, db)

    # Alt+E: a stage of change.
    tab.history.setFocus()
    qtbot.keyClick(tab.history, Qt.Key.Key_E, Qt.KeyboardModifier.AltModifier)
    dialog = visible_dialog(qtbot, StageDialog)
    choose(qtbot, dialog.form.widgets["stage"], MotivationalStage.PREPARATION.value)
    save_with_return(dialog, dialog.form.widgets["stage"])
    qtbot.waitUntil(lambda: tab.current_stage() == MotivationalStage.PREPARATION.value)
    assert tab.chart.series()[0].count() == 1, "the stage is on the chart"

    # Self-efficacy: the sum appears once at most three items are missing.
    tab.efficacy_button.setFocus()
    qtbot.keyClick(tab.efficacy_button, Qt.Key.Key_Space)
    dialog = visible_dialog(qtbot, SelfEfficacyDialog)
    assert "10 item" in dialog.score.text()
    for index in range(7):
        choose(qtbot, dialog.form.widgets[f"item_{index}"], 3)
    assert "Sum: 30 of 40" in dialog.score.text()
    save_with_return(dialog, dialog.form.widgets["item_6"])
    [efficacy] = desk.instruments.history(client_id, InstrumentKind.SELF_EFFICACY.value)
    assert efficacy.score == 30 and efficacy.answers.count(None) == 3

    # Dependence: three criteria are ICD-10 dependence and two ICD-11 groups.
    tab.dependence_button.setFocus()
    qtbot.keyClick(tab.dependence_button, Qt.Key.Key_Space)
    dialog = visible_dialog(qtbot, DependenceDialog)
    qtbot.keyClicks(dialog.form.widgets["substance"], "Alcohol")
    for code in ("craving", "loss_of_control", "withdrawal"):
        dialog.form.widgets[code].setFocus()
        qtbot.keyClick(dialog.form.widgets[code], Qt.Key.Key_Space)
    assert "ICD-10: 3 of 6 criteria – dependence" in dialog.result.text()
    assert "ICD-11: 2 of 3 groups – dependence" in dialog.result.text()
    save_with_return(dialog, dialog.form.widgets["substance"])
    [dependent] = desk.instruments.history(client_id, InstrumentKind.DEPENDENCE.value)
    assert dependent.score == 3

    # The relapse protocol, twice: one relapse, two tasks.
    for _attempt in range(2):
        tab.history.setFocus()
        qtbot.keyClick(tab.history, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
        dialog = visible_dialog(qtbot, RelapseDialog)
        save_with_return(dialog, dialog.form.widgets["on"].line)
    titles = sorted(task.title for task in desk.tasks.for_client(client_id))
    assert titles == ["Contact after the relapse", "Re-assess after the relapse"]
    qtbot.waitUntil(lambda: "last relapse on" in tab.summary.text())
    card_tab = window.client_file.relapse_card_tab
    window.client_file.show_tab(card_tab.KEY)
    qtbot.waitUntil(lambda: card_tab.review_note.isVisibleTo(card_tab))
    assert "relapse was recorded" in card_tab.review_note.text()
    assert tab.current_stage() == MotivationalStage.PREPARATION.value, "a relapse is an event, not a stage"
    stages = desk.instruments.history(client_id, InstrumentKind.STAGE.value)
    assert [entry.stage for entry in stages].count("relapse") == 1
    assert stages[0].recorded_on == date.today()

    # The next print of the unchanged card asks whether it was gone through; No prints nothing.
    editor = card_tab.editor
    messages.set_next_answer(StandardButton.Yes)  # the card has no risk situation yet: print anyway
    messages.set_next_answer(StandardButton.No)
    editor.save_pdf_button.setFocus()
    qtbot.keyClick(editor.save_pdf_button, Qt.Key.Key_Space)
    wait_idle(qtbot, db)
    assert "unchanged since" in messages.shown[-1][1]
    assert not (tmp_path / "card.pdf").exists() and desk.clients.get(client_id).card_review_since is not None
    # Yes prints it and counts as the look at the card the relapse asked for.
    for answer in (StandardButton.Yes, StandardButton.Yes, tmp_path / "card.pdf"):
        messages.set_next_answer(answer)
    editor.save_pdf_button.setFocus()
    qtbot.keyClick(editor.save_pdf_button, Qt.Key.Key_Space)
    wait_idle(qtbot, db)
    qtbot.waitUntil(lambda: (tmp_path / "card.pdf").exists())
    assert desk.clients.get(client_id).card_review_since is None
    qtbot.waitUntil(lambda: not card_tab.review_note.isVisibleTo(card_tab))


def test_a_team_lead_rewords_a_self_efficacy_item_and_the_scale_asks_it(qtbot, make_controller, desk, desk_path):
    from dataclasses import replace

    from casedesk.domain import Role
    from casedesk.ui.instrument_items_dialog import ItemTextDialog

    client_id = add_clients(desk)["kalle"]
    desk.identity = replace(desk.identity, role=Role.TEAM_LEAD.value)
    controller = make_controller(desk_path)
    open_main_window(qtbot, controller, desk)
    window = controller.main_window
    assert window.instrument_items_action in window.tools_menu.actions()
    dialog = window.open_instrument_items_dialog()
    qtbot.waitUntil(lambda: dialog.list.topLevelItemCount() == 10)
    dialog.list.setFocus()
    dialog.list.setCurrentItem(dialog.list.topLevelItem(2))
    qtbot.keyClick(dialog.list, Qt.Key.Key_Return)
    editor = visible_dialog(qtbot, ItemTextDialog)
    text = editor.form.widgets["text"]
    text.selectAll()
    qtbot.keyClicks(text, "Our own wording")
    editor.save()
    qtbot.waitUntil(lambda: is_closed(editor))
    wait_idle(qtbot, controller.db_thread)
    qtbot.waitUntil(lambda: dialog.list.topLevelItem(2).text(1) == "Our own wording")
    language = dialog.current_language()
    assert desk.instruments.self_efficacy_items(language)[0][2] == "Our own wording"
    dialog.done(0)

    window.show_client(client_id)
    wait_idle(qtbot, controller.db_thread)
    window.client_file.show_tab(InstrumentsTab.KEY)
    wait_idle(qtbot, controller.db_thread)
    tab = window.client_file.tabs[InstrumentsTab.KEY]
    tab.open_efficacy_dialog()
    scale = visible_dialog(qtbot, SelfEfficacyDialog)
    assert any(label.text() == "3. Our own wording" for label in scale.findChildren(type(scale.score)))
    scale.done(0)


def test_a_caseworker_gets_no_item_settings(qtbot, make_controller, desk, desk_path):
    controller = make_controller(desk_path)
    open_main_window(qtbot, controller, desk)
    assert not hasattr(controller.main_window, "instrument_items_action")
