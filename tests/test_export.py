"""The whole file as data: one client's export round-trips every registered client-owned entity."""

import json
import os
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from casedesk.cli import main
from casedesk.models import (
    CaseEpisode,
    ConfidentialityRelease,
    Contact,
    DataConsent,
    Disclosure,
    PhaseChange,
    Provider,
    RelapseCardVersion,
    Task,
    Worker,
)
from casedesk.models.cycle import (
    Assessment,
    AssessmentDomain,
    PlanGoal,
    PlanService,
    Referral,
    ReferralChange,
    RuleSnooze,
    ServicePlan,
    assessment_domain_id,
)
from casedesk.models.network import EcomapSnapshot, InstrumentRecord, NetworkPerson, NetworkRelation
from casedesk.models.registry import SYNCED_ENTITIES, Scope
from casedesk.models.street import Activity
from casedesk.models.whereabouts import UsualPlace
from casedesk.services.desk import Desk
from casedesk.services.dto import ClientDraft
from casedesk.services.errors import NotFound
from casedesk.services.export import GROUPED, NESTED, TOP_LEVEL_KEYS

CLIENT_TABLES = {entity.table_name for entity in SYNCED_ENTITIES
                 if entity.scope in (Scope.CLIENT_OWNED, Scope.CLIENT_OR_PERSONAL)}


def _full_cycle(desk: Desk) -> tuple[str, dict[str, list[str]]]:
    """A client with at least one row in every client-owned table (and a tombstoned contact)."""
    client_id = desk.clients.create(ClientDraft(first_name="Karl", last_name="Meier", alias="Kalle",
                                                birth_date=date(1979, 3, 4)))
    me = desk.identity.worker_id
    ids = {table: [] for table in CLIENT_TABLES}
    with desk.session() as session:
        session.add(Worker(id="w-ben", name="Ben Olsen", team="Streetwork"))
        session.add(Provider(id="p-sucht", institution="Suchtberatung Mitte", service_type="Beratung"))
        rows = [
            ConfidentialityRelease(id="rel-1", client_id=client_id, helper="Jobcenter Mitte",
                                   granted_on=date(2026, 1, 5), expires_on=date(2027, 1, 5)),
            CaseEpisode(id="ep-1", client_id=client_id, phase="closed", opened_on=date(2025, 3, 1),
                        closed_on=date(2025, 12, 1), closure_code="goals_reached", closure_reason="Ziele erreicht",
                        access_route="referred", referred_by="Bahnhofsmission", screening_several_domains=True,
                        screening_note="mehrere Helfer", intake_agreed_on=date(2025, 3, 2),
                        intake_agreement="wöchentlicher Kontakt", consent_recorded_on=date(2025, 3, 2),
                        consent_form="written", evaluated_on=date(2025, 11, 28),
                        evaluation_client_view="hat geholfen"),
            CaseEpisode(id="ep-2", client_id=client_id, phase="assessment", opened_on=date(2026, 1, 3)),
            PhaseChange(id="pc-1", client_id=client_id, episode_id="ep-1", phase="closed",
                        changed_at=datetime(2025, 12, 1, 10, 0), worker_id=me, reason="Ziele erreicht"),
            PhaseChange(id="pc-2", client_id=client_id, episode_id="ep-2", phase="assessment",
                        changed_at=datetime(2026, 1, 10, 9, 30), worker_id="w-ben", reason="Rückfall"),
            Contact(id="co-1", client_id=client_id, worker_id=me, occurred_at=datetime(2026, 1, 4, 14, 0),
                    duration_minutes=30, place="Bahnhof", note="Gespräch über Wohnung"),
            Contact(id="co-gone", client_id=client_id, worker_id=me, occurred_at=datetime(2026, 1, 4, 15, 0),
                    note="versehentlich angelegt", deleted=True),
            Task(id="ta-1", client_id=client_id, title="Jobcenter anrufen", due_at=datetime(2026, 1, 20, 9, 0),
                 assignee_worker_id=me, source_contact_id="co-1"),
            RelapseCardVersion(id="rc-1", client_id=client_id, version=1, worker_id=me,
                               situations=[{"description": "Zahltag", "triggers": ["money"],
                                            "alternatives": "Ben anrufen", "whom_to_turn_to": "Ben"}],
                               important_numbers=[{"label": "Notruf", "number": "112"}]),
            Assessment(id="as-1", client_id=client_id, episode_id="ep-1", started_on=date(2025, 3, 10),
                       due_on=date(2025, 4, 21), completed_on=date(2025, 4, 1), worker_id=me, note="erste"),
            AssessmentDomain(id=assessment_domain_id("as-1", "housing"), client_id=client_id, assessment_id="as-1",
                             domain="housing", client_view="will eine Wohnung", professional_view="wohnungslos",
                             rating=4, resources_personal="ausdauernd", resources_private="Schwester",
                             resources_community="Notunterkunft", problems="Mietschulden", client_priority=1),
            ServicePlan(id="sp-1", client_id=client_id, episode_id="ep-1", version=1, worker_id=me,
                        created_at=datetime(2025, 4, 2, 11, 0), own_activities="Termine wahrnehmen",
                        network_support="Schwester hilft", review_on=date(2025, 10, 2),
                        client_signed_on=date(2025, 4, 3), worker_signed_on=date(2025, 4, 3)),
            ServicePlan(id="sp-2", client_id=client_id, episode_id="ep-1", version=2, previous_id="sp-1",
                        worker_id=me, created_at=datetime(2025, 7, 1, 11, 0)),
            PlanGoal(id="g-macro", client_id=client_id, plan_id="sp-2", lineage_id="l-macro", level="macro",
                     wording="eigene Wohnung halten", attainment=1, weight=1),
            PlanGoal(id="g-meso", client_id=client_id, plan_id="sp-2", parent_id="g-macro", lineage_id="l-meso",
                     level="meso", domain="housing", position=1, wording="Wohnung finden", indicator="Mietvertrag",
                     agreed_by_client=True, deadline=date(2025, 9, 30), responsible="provider",
                     provider_id="p-sucht", status="reached", attainment=1, attainment_comment="geschafft",
                     scale_minus2="Straße", scale_0="Mietvertrag", scale_plus2="Mietvertrag und Möbel"),
            PlanGoal(id="g-micro", client_id=client_id, plan_id="sp-2", parent_id="g-meso", lineage_id="l-micro",
                     level="micro", domain="housing", position=2, wording="WBS beantragen", responsible="client",
                     status="reached", attainment=1),
            PlanService(id="ps-1", client_id=client_id, plan_id="sp-2", goal_lineage_id="l-meso",
                        description="Wohnungssuche", provider_id="p-sucht", cost="0 €", payer="Kommune"),
            Referral(id="rf-1", client_id=client_id, episode_id="ep-1", goal_lineage_id="l-meso",
                     provider_id="p-sucht", service="Beratung", state="declined_by_provider",
                     state_on=date(2025, 5, 2), follow_up_on=date(2025, 5, 9), decline_reason="keine Plätze",
                     alternative="Warteliste", worker_id=me, created_at=datetime(2025, 4, 20, 9, 0)),
            ReferralChange(id="rx-1", client_id=client_id, referral_id="rf-1", state="prepared",
                           changed_on=date(2025, 4, 20), worker_id=me, note="vorbereitet"),
            ReferralChange(id="rx-2", client_id=client_id, referral_id="rf-1", state="declined_by_provider",
                           changed_on=date(2025, 5, 2), worker_id="w-ben", note="keine Plätze"),
            RuleSnooze(id="sn-1", client_id=client_id, rule="no_contact", snoozed_until=date(2026, 2, 1),
                       reason="im Krankenhaus", worker_id=me, created_at=datetime(2026, 1, 12, 8, 0)),
            NetworkPerson(id="np-sister", client_id=client_id, name="Sabine", kind="informal", sector="family",
                          relationship="Schwester", strength="strong", quality="supportive", direction="to_client",
                          frequency="weekly", domains="housing,finances", phone="0171 222 333", importance=3,
                          position_x=120, position_y=-40, note="hilft bei Briefen"),
            NetworkPerson(id="np-gp", client_id=client_id, name="Dr. Sommer", kind="formal", sector="institutions",
                          provider_id="p-sucht", strength="weak", quality="ambivalent"),
            NetworkRelation(id="nr-1", client_id=client_id, person_a_id="np-sister", person_b_id="np-gp",
                            strength="weak", quality="stressful"),
            EcomapSnapshot(id="es-1", client_id=client_id, taken_at=datetime(2026, 1, 15, 10, 0), worker_id=me,
                           label="nach der Aufnahme", content='{"persons": [], "relations": []}'),
            InstrumentRecord(id="ir-1", client_id=client_id, kind="stage", recorded_on=date(2026, 1, 4),
                             worker_id=me, contact_id="co-1", stage="contemplation", note="denkt nach"),
            InstrumentRecord(id="ir-2", client_id=client_id, kind="self_efficacy", recorded_on=date(2026, 1, 4),
                             worker_id=me, answers="[3, 3, 2, 4, 3, 3, 2, 3, 3, 4]", score=30),
            Activity(id="ac-1", client_id=client_id, worker_id=me, kind="network",
                     occurred_at=datetime(2026, 1, 5, 9, 0), duration_minutes=20, note="Anruf beim Jobcenter"),
            DataConsent(id="dc-1", client_id=client_id, given_on=date(2025, 3, 2), form="written", worker_id=me,
                        note="bei der Aufnahme"),
            Disclosure(id="di-1", client_id=client_id, occurred_at=datetime(2026, 1, 6, 10, 0), worker_id=me,
                       recipient="Jobcenter Mitte", release_id="rel-1", contact_id="co-1", domains=["finances"],
                       information=["case_status"], what="Termin beim Jobcenter"),
            UsualPlace(id="up-1", client_id=client_id, kind="substitution_clinic", name="Praxis Dr. Sommer",
                       hours="Mo–Fr 8–10", note="Vergabe um 9"),
        ]
        for row in rows:
            # One at a time: without relationships the flush does not order rows by foreign key.
            session.add(row)
            session.flush()
    for row in rows:
        ids[row.__tablename__].append(row.id)
    return client_id, ids


def _rows_in_document(document: dict, table: str) -> list[dict]:
    nesting = NESTED.get(table)
    if table in GROUPED:
        key, sub_key = GROUPED[table]
        return document[key][sub_key]
    if nesting is None:
        return document[TOP_LEVEL_KEYS.get(table, table)]
    parents = _rows_in_document(document, nesting.parent_table)
    return [row for parent in parents for row in parent[nesting.key]]


def _exported(value: object) -> object:
    return value.isoformat() if isinstance(value, date | datetime) else value


def test_the_export_round_trips_every_registered_client_entity(desk: Desk) -> None:
    client_id, ids = _full_cycle(desk)
    # The guard: a client-owned table registered later without a row here fails this test.
    assert {table for table, table_ids in ids.items() if table_ids} == CLIENT_TABLES

    document = json.loads(desk.export.client_json(client_id))

    with desk.session() as session:
        for entity in SYNCED_ENTITIES:
            if entity.table_name not in CLIENT_TABLES:
                continue
            stored = session.scalars(select(entity.model).where(
                entity.model.client_id == client_id, entity.model.deleted.is_(False))).all()
            exported = {row["id"]: row for row in _rows_in_document(document, entity.table_name)}
            assert set(exported) == {row.id for row in stored}, entity.table_name
            for row in stored:
                for column in entity.content_columns:
                    if column != "deleted":
                        assert exported[row.id][column] == _exported(getattr(row, column)), (entity.table_name, column)
    assert document["client"]["id"] == client_id
    assert document["client"]["last_name"] == "Meier"
    assert document["client"]["birth_date"] == "1979-03-04"


def test_the_export_has_the_documented_shape(desk: Desk) -> None:
    client_id, _ids = _full_cycle(desk)
    document = json.loads(desk.export.client_json(client_id))

    assert {"client", "episodes", "assessments", "plans", "referrals", "evaluations", "contacts", "tasks",
            "relapse_cards", "releases", "snoozes", "network", "instruments"} <= set(document)
    assert {person["name"] for person in document["network"]["persons"]} == {"Sabine", "Dr. Sommer"}
    assert document["network"]["relations"][0]["quality"] == "stressful"
    assert [record["kind"] for record in document["instruments"]] == ["stage", "self_efficacy"]
    closed = next(episode for episode in document["episodes"] if episode["id"] == "ep-1")
    assert [change["reason"] for change in closed["phase_history"]] == ["Ziele erreicht"]
    assert (closed["access_route"], closed["intake_agreement"], closed["evaluation_client_view"]) == (
        "referred", "wöchentlicher Kontakt", "hat geholfen")
    reopened = next(episode for episode in document["episodes"] if episode["id"] == "ep-2")
    assert reopened["phase_history"][0]["worker_name"] == "Ben Olsen"
    assert [plan["version"] for plan in document["plans"]] == [1, 2]
    goals = {goal["id"]: goal for goal in document["plans"][1]["goals"]}
    assert [(goals[g]["level"], goals[g]["parent_id"]) for g in ("g-macro", "g-meso", "g-micro")] == [
        ("macro", None), ("meso", "g-macro"), ("micro", "g-meso")]
    assert goals["g-meso"]["provider_institution"] == "Suchtberatung Mitte"
    assert document["plans"][1]["services"][0]["provider_institution"] == "Suchtberatung Mitte"
    assert document["assessments"][0]["domains"][0]["problems"] == "Mietschulden"
    assert [change["state"] for change in document["referrals"][0]["history"]] == ["prepared", "declined_by_provider"]
    assert document["referrals"][0]["history"][1]["worker_name"] == "Ben Olsen"
    assert document["contacts"][0]["worker_name"] == desk.identity.name
    # The tombstoned contact is gone for the worker, so for the export too.
    assert [contact["id"] for contact in document["contacts"]] == ["co-1"]
    evaluation, = document["evaluations"]
    # Three goals all at +1: T ≈ 63.7 (Kiresuk & Sherman, the worked example of DOMAIN.md).
    assert (evaluation["episode_id"], evaluation["plan_id"], evaluation["goal_attainment_t_score"]) == (
        "ep-1", "sp-2", 63.7)
    assert (evaluation["closure_code"], evaluation["client_view"]) == ("goals_reached", "hat geholfen")
    assert [(place["kind"], place["name"], place["hours"]) for place in document["usual_places"]] == [
        ("substitution_clinic", "Praxis Dr. Sommer", "Mo–Fr 8–10")]


def test_an_unknown_or_erased_client_is_not_found(desk: Desk) -> None:
    client_id, _ids = _full_cycle(desk)
    with pytest.raises(NotFound):
        desk.export.client_document("no-such-client")
    desk.erasure.erase_client(client_id)
    with pytest.raises(NotFound):
        desk.export.client_document(client_id)


def _run(monkeypatch: pytest.MonkeyPatch, desk_path: Path, passphrase: str, *args: str) -> int:
    import io

    monkeypatch.setattr("sys.stdin", io.StringIO(passphrase + "\n"))
    return main([*args, "--desk", str(desk_path), "--passphrase-stdin"])


def _one_line_error(capsys: pytest.CaptureFixture[str]) -> str:
    err = capsys.readouterr().err
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("casedesk: "), err
    return lines[0]


def test_export_command_writes_a_private_json_file(desk: Desk, desk_path: Path, passphrase: str, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    client_id, _ids = _full_cycle(desk)
    desk.close()
    out = tmp_path / "kalle.json"

    assert _run(monkeypatch, desk_path, passphrase, "export", "Kalle", "--format", "json", "--out", str(out)) == 0

    assert json.loads(out.read_text("utf-8"))["client"]["id"] == client_id
    assert os.stat(out).st_mode & 0o777 == 0o600
    capsys.readouterr()
    assert _run(monkeypatch, desk_path, passphrase, "export", client_id, "--out", str(out)) == 2
    assert "exists; add --force" in _one_line_error(capsys)
    assert _run(monkeypatch, desk_path, passphrase, "export", client_id, "--out", str(out), "--force") == 0


@pytest.mark.parametrize(("client", "out", "message"), [
    ("nobody-of-that-name", "fine.json", "no client matches 'nobody-of-that-name'"),
    ("Kalle", "missing-folder/x.json", "no such folder"),
    ("Kalle", "not-json.txt", "is not a CaseDesk export"),
    ("Kalle", ".", "is a folder"),
])
def test_export_command_refuses_in_one_line(desk: Desk, desk_path: Path, passphrase: str, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
                                            client: str, out: str, message: str) -> None:
    _full_cycle(desk)
    desk.close()
    (tmp_path / "not-json.txt").write_text("notes", "utf-8")
    monkeypatch.chdir(tmp_path)

    assert _run(monkeypatch, desk_path, passphrase, "export", client, "--out", out) == 2

    assert message in _one_line_error(capsys)
    assert (tmp_path / "not-json.txt").read_text("utf-8") == "notes"


def test_export_never_writes_over_the_desk(desk: Desk, desk_path: Path, passphrase: str,
                                           monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    _full_cycle(desk)
    desk.close()
    before = desk_path.read_bytes()

    assert _run(monkeypatch, desk_path, passphrase, "export", "Kalle", "--out", str(desk_path), "--force") == 2

    assert "is the desk" in _one_line_error(capsys)
    assert desk_path.read_bytes() == before
