"""What the service layer puts into the printed documents."""

from datetime import date, datetime

from card_fixtures import long_card

from casedesk.services.desk import Desk
from casedesk.services.documents import PLAN_REVIEW_MONTHS, _add_months
from casedesk.services.dto import ClientDraft, ContactDraft


def _contact(desk: Desk, client_id: str, when: datetime, minutes: int, kind: str = "street", **fields) -> str:
    return desk.contacts.record(ContactDraft(client_id=client_id, type=kind, occurred_at=when,
                                             duration_minutes=minutes, **fields))


def test_service_plan_holds_what_exists_and_the_review_date(desk: Desk, client_id: str) -> None:
    desk.tasks.create(client_id, "Termin Jobcenter wegen Bürgergeld", datetime(2031, 5, 4, 9, 30))

    plan = desk.documents.service_plan(client_id, "de")

    assert plan.client_label == "Jürgen Großmann-Øvergaard „Jojo“"
    assert plan.worker == plan.case_manager_signatory == "Anna Lindqvist"
    assert plan.team == "Streetwork Nord"
    assert plan.review_date == _add_months(plan.plan_date, PLAN_REVIEW_MONTHS)
    assert [(t.text, t.due) for t in plan.open_tasks] == [("Termin Jobcenter wegen Bürgergeld", date(2031, 5, 4))]
    assert plan.goals == []


def test_add_months_keeps_the_day_or_the_months_last_day() -> None:
    assert _add_months(date(2026, 8, 31), 6) == date(2027, 2, 28)
    assert _add_months(date(2026, 11, 15), 6) == date(2027, 5, 15)


def test_counselling_protocol_of_one_contact(desk: Desk, client_id: str) -> None:
    contact_id = _contact(
        desk, client_id, datetime(2025, 3, 12, 14, 5), 50, "counselling", place="Kontaktladen",
        participants="Jürgen, Anna Lindqvist\nDolmetscherin", topics="Wohnen, Schulden",
        client_state="müde, nüchtern", motivational_stage="contemplation",
        note="Hat über den Rückfall am Wochenende gesprochen.", follow_up_title="Schuldnerberatung anrufen",
        follow_up_due=datetime(2025, 3, 19, 10, 0),
    )

    protocol = desk.documents.counselling_protocol(contact_id, "da")

    assert protocol.language == "da"
    assert protocol.started_at == datetime(2025, 3, 12, 14, 5)
    assert protocol.duration_minutes == 50
    assert protocol.contact_type == "counselling"
    assert protocol.participants == ["Jürgen", "Anna Lindqvist", "Dolmetscherin"]
    assert protocol.topics == ["Wohnen", "Schulden"]
    assert protocol.motivational_stage == "contemplation"
    assert [(t.text, t.due) for t in protocol.follow_up_tasks] == [("Schuldnerberatung anrufen", date(2025, 3, 19))]


def test_handover_summary_includes_the_current_card_and_recent_contacts(desk: Desk, client_id: str) -> None:
    desk.cards.save(client_id, long_card("de"))
    newer = long_card("de")
    newer.situations[0].alternatives = "Zum Kontaktladen gehen."
    desk.cards.save(client_id, newer)
    for day in range(1, 14):
        _contact(desk, client_id, datetime(2025, 3, day, 10, 0), 15, note=f"Kontakt {day}")
    desk.clients.add_release(client_id, "Hausarzt Dr. Øster", date(2025, 1, 10), date(2026, 1, 10))

    summary = desk.documents.handover_summary(client_id, "en")

    assert summary.relapse_card is not None
    assert summary.relapse_card.version == 2
    assert summary.relapse_card.risk_situations[0].alternatives == "Zum Kontaktladen gehen."
    assert summary.relapse_card.display_name == "Jürgen"
    assert len(summary.recent_contacts) == 10
    assert summary.recent_contacts[0].note == "Kontakt 13"
    assert summary.date_of_birth_text == "14 Mar 1979"  # English, like the other dates of the summary
    assert summary.languages == ["Deutsch", "Dansk"]  # typed out: printed as typed
    assert summary.emergency_notes == "Diabetiker – Insulin im Rucksack."
    assert summary.languages == ["Deutsch", "Dansk"]
    assert [(c.description, c.granted) for c in summary.consents][1:] == [("Hausarzt Dr. Øster", True)]
    assert summary.consents[0].granted is True


def test_handover_without_card(desk: Desk, client_id: str) -> None:
    assert desk.documents.handover_summary(client_id, "de").relapse_card is None


def test_monthly_report_counts_only_this_workers_contacts_of_that_month(desk: Desk, client_id: str) -> None:
    other = desk.clients.create(ClientDraft(first_name="Mette", last_name="Søndergaard"))
    _contact(desk, client_id, datetime(2025, 3, 1, 10, 0), 30, "street")
    _contact(desk, client_id, datetime(2025, 3, 4, 10, 0), 45, "street")
    _contact(desk, other, datetime(2025, 3, 20, 10, 0), 90, "accompaniment")
    _contact(desk, other, datetime(2025, 3, 31, 23, 59), 15, "phone")
    _contact(desk, other, datetime(2025, 4, 1, 0, 0), 60, "phone")  # next month
    _contact(desk, other, datetime(2025, 2, 28, 23, 0), 60, "phone")  # month before

    report = desk.documents.monthly_report(2025, 3, "de")

    totals = {t.contact_type: (t.count, t.minutes) for t in report.contacts_by_type}
    assert totals == {"street": (2, 75), "accompaniment": (1, 90), "phone": (1, 15)}
    assert report.clients_seen == 2
    assert report.total_hours == 0.0  # working time is not recorded on the desk
    assert sum(week.contacts for week in report.breakdown) == 4
    assert report.breakdown[0].start == date(2025, 3, 1)  # the week began in February: clipped
    assert report.worker == "Anna Lindqvist"


def test_monthly_report_for_december_ends_with_the_year(desk: Desk, client_id: str) -> None:
    _contact(desk, client_id, datetime(2024, 12, 31, 22, 0), 30)
    _contact(desk, client_id, datetime(2025, 1, 1, 0, 30), 30)
    report = desk.documents.monthly_report(2024, 12, "en")
    assert [(t.contact_type, t.count) for t in report.contacts_by_type] == [("street", 1)]


def test_phase_and_consent_are_worded_in_the_documents_language(desk: Desk, client_id: str) -> None:
    danish = desk.documents.handover_summary(client_id, "da")
    assert danish.phase == "Afklaring"
    assert danish.consents[0].description == "Samtykke til databehandling"
    assert desk.documents.service_plan(client_id, "de").phase == "Klärungsphase"


# --- issue 11: documents name the right people --------------------------------------------------

def _colleague(desk: Desk, name: str) -> str:
    from casedesk.models import Worker

    with desk.session() as session:
        worker = Worker(name=name, team="Streetwork Nord")
        session.add(worker)
        session.flush()
        return worker.id


def _set(desk: Desk, model: type, row_id: str, **values: object) -> None:
    with desk.session() as session:
        row = session.get(model, row_id)
        for name, value in values.items():
            setattr(row, name, value)


def test_the_protocol_names_the_worker_who_recorded_the_contact_and_each_tasks_assignee(
        desk: Desk, client_id: str) -> None:
    from casedesk.models import Contact, Task

    colleague = _colleague(desk, "Birgitte Østergård")
    contact_id = _contact(desk, client_id, datetime(2025, 3, 12, 14, 5), 50, "counselling",
                          follow_up_title="Schuldnerberatung anrufen", follow_up_due=datetime(2025, 3, 19, 10, 0))
    _set(desk, Contact, contact_id, worker_id=colleague)
    with desk.session() as session:
        from sqlalchemy import select

        task_id = session.scalars(select(Task.id).where(Task.source_contact_id == contact_id)).one()
    _set(desk, Task, task_id, assignee_worker_id=colleague)

    protocol = desk.documents.counselling_protocol(contact_id, "de", today=date(2025, 3, 20))

    assert protocol.worker == "Birgitte Østergård"  # not Anna Lindqvist, who prints it
    (task,) = protocol.follow_up_tasks
    assert (task.responsible, task.overdue) == ("Birgitte Østergård", True)


def test_the_plan_names_each_tasks_assignee_marks_the_overdue_and_is_signed_with_the_real_name(
        desk: Desk, client_id: str) -> None:
    from casedesk.models import Task

    colleague = _colleague(desk, "Birgitte Østergård")
    mine = desk.tasks.create(client_id, "Termin Jobcenter", datetime(2031, 5, 4, 9, 30))
    theirs = desk.tasks.create(client_id, "Hausbesuch", datetime(2025, 1, 4, 9, 30))
    _set(desk, Task, theirs, assignee_worker_id=colleague)
    _set(desk, Task, mine, assignee_worker_id=None)

    plan = desk.documents.service_plan(client_id, "en", today=date(2026, 12, 2))

    assert [(t.text, t.responsible, t.overdue) for t in plan.open_tasks] == [
        ("Hausbesuch", "Birgitte Østergård", True),
        ("Termin Jobcenter", "Anna Lindqvist", False),  # unassigned: the case manager's
    ]
    assert plan.client_signatory == "Jürgen Großmann-Øvergaard"  # no street alias under a signature
    assert plan.client_label == "Jürgen Großmann-Øvergaard “Jojo”"  # English quotes in English


def test_language_codes_are_named_in_the_documents_language(desk: Desk) -> None:
    client_id = desk.clients.create(ClientDraft(first_name="Mette", languages="da, ar, Polnisch"))
    assert desk.documents.handover_summary(client_id, "de").languages == ["Dänisch", "Arabisch", "Polnisch"]
    assert desk.documents.handover_summary(client_id, "en").languages == ["Danish", "Arabic", "Polnisch"]
