"""Where to find a client and the outreach round (services.whereabouts, issue 14 points 4-5)."""

import io
from datetime import date, datetime, timedelta

import pytest
from pypdf import PdfReader
from service_fixtures import add_client, add_worker
from sqlalchemy import select

from casedesk.domain import ContactType, Phase, UsualPlaceKind
from casedesk.models import CaseEpisode, Contact, RelapseCardVersion
from casedesk.services.desk import Desk
from casedesk.services.dto import ContactDraft
from casedesk.services.errors import NotFound, ValidationFailed
from casedesk.services.whereabouts import RoundResult, UsualPlaceDraft

NOW = datetime(2025, 6, 16, 14, 30)


def a_client(desk: Desk, name: str, phase: Phase = Phase.MONITORING, seen_days_ago: int | None = 1,
             **fields) -> str:
    client_id = add_client(desk, first_name=name, **fields)
    desk.clients.set_phase(client_id, phase.value)
    with desk.session() as session:
        episode = session.scalars(select(CaseEpisode).where(CaseEpisode.client_id == client_id)).one()
        episode.opened_on = date(2025, 1, 6)
    if seen_days_ago is not None:
        desk.contacts.record(ContactDraft(client_id=client_id, type="office", place="Kontaktladen",
                                          occurred_at=NOW - timedelta(days=seen_days_ago)))
    return client_id


def test_the_trail_is_every_contact_with_a_place_newest_first_with_who_saw_them(desk: Desk) -> None:
    client_id = add_client(desk, first_name="Kai")
    colleague = add_worker(desk, "Ben Kollege")
    first = desk.contacts.record(ContactDraft(client_id=client_id, type="street", place="Hauptbahnhof",
                                              occurred_at=datetime(2025, 6, 1, 10, 0)))
    desk.contacts.record(ContactDraft(client_id=client_id, type="phone", occurred_at=datetime(2025, 6, 3, 9, 0)))
    desk.contacts.record(ContactDraft(client_id=client_id, type="missed", place="Büro",
                                      occurred_at=datetime(2025, 6, 4, 9, 0)))
    deleted = desk.contacts.record(ContactDraft(client_id=client_id, type="street", place="Park",
                                                occurred_at=datetime(2025, 6, 6, 9, 0)))
    desk.contacts.delete(deleted)
    by_colleague = desk.contacts.record(ContactDraft(client_id=client_id, type="street", place="Kottbusser Tor",
                                                     occurred_at=datetime(2025, 6, 5, 18, 0)))
    with desk.session() as session:
        session.get(Contact, by_colleague).worker_id = colleague
    attempt = desk.contacts.record(ContactDraft(client_id=client_id, type="attempt", place="Szene Park",
                                                occurred_at=datetime(2025, 6, 7, 11, 0)))
    me = desk.identity.name
    trail = desk.whereabouts.trail(client_id)
    assert [(e.contact_id, e.place, e.worker_name, e.met) for e in trail] == [
        (attempt, "Szene Park", me, False),
        (by_colleague, "Kottbusser Tor", "Ben Kollege", True),
        (first, "Hauptbahnhof", me, True),
    ]
    assert trail[1].occurred_at == datetime(2025, 6, 5, 18, 0)
    assert [e.place for e in desk.whereabouts.trail(client_id, limit=1)] == ["Szene Park"]


def test_usual_places_are_added_edited_and_removed_in_order(desk: Desk) -> None:
    client_id = add_client(desk, first_name="Kai")
    clinic = desk.whereabouts.add_place(client_id, UsualPlaceDraft(
        UsualPlaceKind.SUBSTITUTION_CLINIC.value, " Praxis Dr. Sommer ", "Mo–Fr 8–10", "Vergabe um 9"))
    scene = desk.whereabouts.add_place(client_id, UsualPlaceDraft(UsualPlaceKind.SCENE.value, "Kotti"))
    places = desk.whereabouts.usual_places(client_id)
    assert [(p.id, p.draft.name, p.has_desk) for p in places] == [
        (clinic, "Praxis Dr. Sommer", True), (scene, "Kotti", False)]
    desk.whereabouts.update_place(scene, UsualPlaceDraft(UsualPlaceKind.SCENE.value, "Kotti", "abends"))
    assert desk.whereabouts.usual_places(client_id)[1].draft.hours == "abends"
    desk.whereabouts.remove_place(clinic)
    assert [p.id for p in desk.whereabouts.usual_places(client_id)] == [scene]
    with pytest.raises(NotFound):
        desk.whereabouts.remove_place(clinic)
    with pytest.raises(ValidationFailed) as failed:
        desk.whereabouts.add_place(client_id, UsualPlaceDraft("castle", "x"))
    assert failed.value.problems == {"kind": "unknown"}
    with pytest.raises(ValidationFailed) as failed:
        desk.whereabouts.add_place(client_id, UsualPlaceDraft(UsualPlaceKind.OTHER.value, " "))
    assert failed.value.problems == {"name": "required"}


def test_the_description_needs_the_day_the_client_agreed_and_clearing_it_clears_both(desk: Desk) -> None:
    client_id = add_client(desk, first_name="Kai")
    with pytest.raises(ValidationFailed) as failed:
        desk.whereabouts.set_description(client_id, "grüne Jacke", None)
    assert failed.value.problems == {"description_agreed_on": "required"}
    desk.whereabouts.set_description(client_id, " grüne Jacke, Hund „Bello“ ", date(2025, 5, 2))
    view = desk.whereabouts.view(client_id)
    assert (view.agreed_description, view.description_agreed_on) == ("grüne Jacke, Hund „Bello“", date(2025, 5, 2))
    desk.whereabouts.set_description(client_id, "", date(2025, 5, 2))
    view = desk.whereabouts.view(client_id)
    assert (view.agreed_description, view.description_agreed_on) == ("", None)


def test_the_round_offers_todays_contact_lines_overdue_first_and_keeps_the_chosen(desk: Desk) -> None:
    overdue = a_client(desk, "Olli", seen_days_ago=9)
    fresh = a_client(desk, "Frida", seen_days_ago=2)
    gap = a_client(desk, "Gabi", Phase.LINKING, seen_days_ago=50)
    candidates = desk.whereabouts.round_candidates(NOW)
    assert [(c.client_id, c.rule, c.overdue) for c in candidates] == [
        (gap, "contact_gap", True), (overdue, "weekly_contact", True)]  # due 5 and 2 days ago
    assert fresh not in {c.client_id for c in candidates}
    assert desk.whereabouts.planned_round() is None
    desk.whereabouts.plan_round([gap, overdue, gap])
    planned = desk.whereabouts.planned_round()
    assert planned is not None and planned.clients == ((gap, "Gabi"), (overdue, "Olli"))


def test_round_results_record_a_contact_or_a_try_and_today_drops_the_client(desk: Desk) -> None:
    met = a_client(desk, "Mete", seen_days_ago=9)
    not_met = a_client(desk, "Nina", seen_days_ago=10)
    skipped = a_client(desk, "Sami", seen_days_ago=11)
    desk.whereabouts.plan_round([met, not_met, skipped])
    at = NOW - timedelta(hours=2)
    ids = desk.whereabouts.record_round([
        RoundResult(met, True, "Kotti", "kurz gesprochen", 10),
        RoundResult(not_met, False, "Hauptbahnhof, Praxis gefragt")], at=at)
    with desk.session() as session:
        rows = [session.get(Contact, contact_id) for contact_id in ids]
        assert [(r.client_id, r.type, r.place, r.occurred_at, r.duration_minutes, r.note) for r in rows] == [
            (met, ContactType.STREET.value, "Kotti", at, 10, "kurz gesprochen"),
            (not_met, ContactType.ATTEMPT.value, "Hauptbahnhof, Praxis gefragt", at, 0, "")]
    # Both count for the responsibility for contact: the worker reached out this week.
    assert [c.client_id for c in desk.whereabouts.round_candidates(NOW)] == [skipped]
    assert desk.whereabouts.planned_round() is None
    # The try is on the trail as looked there, not found.
    assert [(e.place, e.met) for e in desk.whereabouts.trail(not_met)][:1] == [("Hauptbahnhof, Praxis gefragt", False)]


def test_a_client_not_met_for_45_days_stays_on_the_round_after_a_try(desk: Desk) -> None:
    gap = a_client(desk, "Gabi", Phase.LINKING, seen_days_ago=50)
    weekly = a_client(desk, "Olli", seen_days_ago=9)
    desk.whereabouts.plan_round([gap, weekly])
    desk.whereabouts.record_round([RoundResult(gap, False, "Szene"), RoundResult(weekly, False, "Szene")],
                                  at=NOW - timedelta(hours=1))
    # The try is the weekly contact's reaching out, but KDS counts no attempt: 50 days not met.
    [candidate] = desk.whereabouts.round_candidates(NOW)
    assert (candidate.client_id, candidate.rule, candidate.overdue, candidate.days_without_contact) == (
        gap, "contact_gap", True, 50)


def test_a_try_follows_up_a_missed_appointment(desk: Desk) -> None:
    client_id = a_client(desk, "Mia", seen_days_ago=None)
    desk.contacts.record(ContactDraft(client_id=client_id, type="missed", occurred_at=NOW - timedelta(days=4)))
    assert [c.rule for c in desk.whereabouts.round_candidates(NOW)] == ["missed_appointment"]
    desk.whereabouts.record_round([RoundResult(client_id, False, "Szene")], at=NOW - timedelta(hours=1))
    assert desk.whereabouts.round_candidates(NOW) == []


def test_the_round_sheet_prints_places_description_and_fallbacks_and_names_no_one_in_its_metadata(
        desk: Desk) -> None:
    client_id = a_client(desk, "Kai", seen_days_ago=9, last_name="Meier", alias="Locke", phone="0170 123")
    desk.contacts.record(ContactDraft(client_id=client_id, type="street", place="Kottbusser Tor",
                                      occurred_at=NOW - timedelta(days=8)))
    desk.whereabouts.add_place(client_id, UsualPlaceDraft(UsualPlaceKind.SUBSTITUTION_CLINIC.value,
                                                          "Praxis Sommer", "Mo–Fr 8–10"))
    desk.whereabouts.set_description(client_id, "grüne Jacke, Hund", date(2025, 5, 2))
    with desk.session() as session:
        session.add(RelapseCardVersion(client_id=client_id, version=1, created_at=datetime(2025, 4, 1, 9, 0),
                                       important_numbers=[{"label": "Kontaktladen", "number": "030 555"}]))
    me = desk.identity.name
    out = io.BytesIO()
    desk.whereabouts.round_sheet_pdf([client_id], "de", out, day=date(2025, 6, 16))
    reader = PdfReader(io.BytesIO(out.getvalue()))
    page_text = " ".join(" ".join(page.extract_text().split()) for page in reader.pages)
    for expected in ("Aufsuchende Runde", "Kai M. „Locke“", "Kottbusser Tor", me,
                     "Substitutionspraxis: Praxis Sommer – Mo–Fr 8–10", "grüne Jacke, Hund",
                     "Telefon: 0170 123", "Kontaktladen 030 555", "An der Anmeldung fragen: Praxis Sommer"):
        assert expected in page_text, expected
    assert "Meier" not in page_text
    # Printed: in the access log, as any document about the client.
    assert [line.kind for line in desk.audit.lines(client_id) if line.kind == "print"] == ["print"]
    metadata = " ".join(str(value) for value in (reader.metadata or {}).values())
    assert "Kai" not in metadata and "Locke" not in metadata


def test_casedesk_print_round_writes_the_overdue_and_plans_the_round(desk: Desk, desk_path, passphrase, tmp_path,
                                                                     monkeypatch, capsys) -> None:
    from casedesk.cli import main

    def run(*args: str) -> int:
        monkeypatch.setattr("sys.stdin", io.StringIO(passphrase + "\n"))
        return main([*args, "--desk", str(desk_path), "--passphrase-stdin"])

    now = datetime.now().replace(microsecond=0)
    overdue = add_client(desk, first_name="Olli", last_name="Oster")
    desk.clients.set_phase(overdue, Phase.MONITORING.value)
    desk.contacts.record(ContactDraft(client_id=overdue, type="street", place="Kotti", occurred_at=now - timedelta(days=9)))
    fresh = add_client(desk, first_name="Frida")
    desk.clients.set_phase(fresh, Phase.MONITORING.value)
    desk.contacts.record(ContactDraft(client_id=fresh, type="street", occurred_at=now - timedelta(days=1)))
    desk.close()
    out = tmp_path / "round.pdf"
    assert run("print", "round", "--out", str(out), "--language", "da") == 0
    assert out.stat().st_mode & 0o777 == 0o600
    text = " ".join(PdfReader(out).pages[0].extract_text().split())
    assert "Opsøgende runde" in text and "Olli O." in text and "Kotti" in text and "Frida" not in text
    assert "1 client(s) on the round" in capsys.readouterr().err
    reopened = Desk.open(desk_path, passphrase)
    try:
        planned = reopened.whereabouts.planned_round()
        assert planned is not None and [client_id for client_id, _ in planned.clients] == [overdue]
        reopened.whereabouts.record_round([RoundResult(overdue, True, "Kotti")])
    finally:
        reopened.close()
    assert run("print", "round", "--out", str(tmp_path / "again.pdf")) != 0
    assert "no client is overdue" in capsys.readouterr().err


def test_erasure_blanks_the_usual_places_and_the_description(desk: Desk) -> None:
    from casedesk.models import Client
    from casedesk.models.whereabouts import UsualPlace

    client_id = add_client(desk, first_name="Kai")
    place_id = desk.whereabouts.add_place(client_id, UsualPlaceDraft("shelter", "Notschlafstelle", "ab 19", "Zimmer 4"))
    desk.whereabouts.set_description(client_id, "grüne Jacke", date(2025, 5, 2))
    desk.erasure.erase_client(client_id)
    with desk.session() as session:
        place = session.get(UsualPlace, place_id)
        client = session.get(Client, client_id)
        assert place.deleted and (place.name, place.hours, place.note) == ("", "", "")
        assert (client.agreed_description, client.description_agreed_on) == ("", None)
