"""Bulk writes index their rows once at the end, exactly as the per-row triggers would have."""

from contextlib import nullcontext
from datetime import date, datetime

import pytest
from sqlalchemy import insert

from casedesk.models import CaseEpisode, Client, Contact, new_id
from casedesk.models.cycle import Assessment, AssessmentDomain, PlanGoal, ServicePlan, assessment_domain_id
from casedesk.services.desk import Desk
from casedesk.services.dto import ClientDraft, ClientFilter
from casedesk.services.network import PersonDraft
from casedesk.store.search_index import backfill_statement, deferred_search_index


def _rows(count: int) -> tuple[list[dict], list[dict]]:
    clients, contacts = [], []
    for n in range(count):
        client_id = new_id()
        clients.append({"id": client_id, "first_name": f"Søren{n}", "last_name": "Straße", "alias": "Kaptajn",
                        "whereabouts": "Mændenes Hjem", "phone": "0171", "hlc": "", "field_clocks": {},
                        "origin_device": "", "deleted": n % 5 == 0})
        contacts.append({"id": new_id(), "client_id": client_id, "occurred_at": datetime(2026, 1, 1),
                         "place": "Bahnhof", "note": f"Gespräch über Wohnung {n}", "topics": "housing",
                         "hlc": "", "field_clocks": {}, "origin_device": "", "deleted": n % 7 == 0})
    return clients, contacts


def _index_contents(desk: Desk) -> list[list[tuple]]:
    with desk.engine.connect() as connection:
        return [connection.exec_driver_sql(f"SELECT rowid, client_id, body FROM {name} ORDER BY rowid").all()
                for name in ("client_fts", "contact_fts")]


def _triggers(desk: Desk) -> list[tuple]:
    with desk.engine.connect() as connection:
        return connection.exec_driver_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name").all()


def _write(desk: Desk, clients: list[dict], contacts: list[dict], deferred: bool) -> None:
    with desk.session() as session:
        session.info["applying_remote"] = True
        connection = session.connection()
        if deferred:
            with deferred_search_index(connection):
                connection.execute(insert(Client.__table__), clients)
                connection.execute(insert(Contact.__table__), contacts)
        else:
            connection.execute(insert(Client.__table__), clients)
            connection.execute(insert(Contact.__table__), contacts)


def test_deferred_index_equals_the_triggers_index(tmp_path) -> None:
    clients, contacts = _rows(60)
    one = Desk.create(tmp_path / "one.casedesk", "passphrase one", "Anna", "", "de")
    two = Desk.create(tmp_path / "two.casedesk", "passphrase two", "Anna", "", "de")
    try:
        triggers = _triggers(two)
        _write(one, clients[:10], contacts[:10], deferred=False)
        _write(two, clients[:10], contacts[:10], deferred=False)
        _write(one, clients[10:], contacts[10:], deferred=False)
        _write(two, clients[10:], contacts[10:], deferred=True)
        assert _index_contents(two) == _index_contents(one)
        assert _triggers(two) == triggers
        with two.engine.connect() as connection:
            # Folded names are indexed, deleted rows are not.
            assert connection.exec_driver_sql(
                "SELECT count(*) FROM client_fts WHERE client_fts MATCH 'Soren1*'").scalar_one() == 11 - 2  # 1, 10–19; 10 and 15 deleted
    finally:
        one.close()
        two.close()


def test_a_failed_bulk_write_puts_the_triggers_back(tmp_path) -> None:
    desk = Desk.create(tmp_path / "desk.casedesk", "passphrase one", "Anna", "", "de")
    try:
        triggers = _triggers(desk)
        clients, _ = _rows(3)
        with pytest.raises(RuntimeError), desk.session() as session:
            connection = session.connection()
            with deferred_search_index(connection):
                connection.execute(insert(Client.__table__), clients)
                raise RuntimeError("killed mid-write")
        assert _triggers(desk) == triggers
        assert _index_contents(desk) == [[], []]
    finally:
        desk.close()


def test_only_our_own_trigger_shape_is_accepted() -> None:
    with pytest.raises(ValueError):
        backfill_statement("CREATE TRIGGER t AFTER DELETE ON client BEGIN SELECT 1; END")


def _cycle_rows(desk: Desk, client_id: str, problems: str, wording: str) -> tuple[str, str]:
    """An assessment domain row and a goal for the client, as the services write them."""
    episode_id, assessment_id, plan_id, goal_id = new_id(), new_id(), new_id(), new_id()
    with desk.session() as session:
        for row in (
            CaseEpisode(id=episode_id, client_id=client_id, phase="planning", opened_on=date(2026, 1, 2)),
            Assessment(id=assessment_id, client_id=client_id, episode_id=episode_id, started_on=date(2026, 1, 5),
                       due_on=date(2026, 2, 16)),
            AssessmentDomain(id=assessment_domain_id(assessment_id, "finances"), client_id=client_id,
                             assessment_id=assessment_id, domain="finances", problems=problems,
                             client_view="will Ordnung", resources_community="Tafel"),
            ServicePlan(id=plan_id, client_id=client_id, episode_id=episode_id, version=1),
            PlanGoal(id=goal_id, client_id=client_id, plan_id=plan_id, lineage_id=new_id(), level="meso",
                     domain="finances", wording=wording),
        ):
            session.add(row)
            session.flush()
    return assessment_domain_id(assessment_id, "finances"), goal_id


def _found(desk: Desk, typed: str) -> list[tuple[str, bool]]:
    return [(client.id, client.found_in_note)
            for client in desk.clients.list(ClientFilter(text=typed, include_closed=True))]


def _index_rows(desk: Desk, index: str, client_id: str) -> int:
    with desk.engine.connect() as connection:
        return connection.exec_driver_sql(f"SELECT count(*) FROM {index} WHERE client_id = ?",
                                          (client_id,)).scalar_one()


def test_a_client_is_found_by_assessment_text_and_goal_wording(desk: Desk) -> None:
    kalle = desk.clients.create(ClientDraft(first_name="Karl", alias="Kalle"))
    other = desk.clients.create(ClientDraft(first_name="Mette"))
    domain_row, goal_id = _cycle_rows(desk, kalle, "Inkassoforderungen vom Stromanbieter", "Schuldnerberatung aufsuchen")
    _cycle_rows(desk, other, "keine", "Wohnung halten")

    assert _found(desk, "Inkasso") == [(kalle, True)]
    assert _found(desk, "Schuldnerber") == [(kalle, True)]
    # Resources are searched too (the list is by name); the client's own record ranks as before.
    assert _found(desk, "Tafel") == [(kalle, True), (other, True)]
    assert _found(desk, "Kalle") == [(kalle, False)]

    with desk.session() as session:
        session.get(PlanGoal, goal_id).wording = "Energieschulden ordnen"
        session.get(AssessmentDomain, domain_row).deleted = True
    assert _found(desk, "Schuldnerber") == []
    assert _found(desk, "Energieschulden") == [(kalle, True)]
    assert _found(desk, "Inkasso") == []


def test_erasure_purges_the_assessment_and_goal_index(desk: Desk) -> None:
    kalle = desk.clients.create(ClientDraft(first_name="Karl", alias="Kalle"))
    _cycle_rows(desk, kalle, "Inkassoforderungen", "Schuldnerberatung aufsuchen")
    assert (_index_rows(desk, "assessment_domain_fts", kalle), _index_rows(desk, "plan_goal_fts", kalle)) == (1, 1)

    desk.erasure.erase_client(kalle)

    assert (_index_rows(desk, "assessment_domain_fts", kalle), _index_rows(desk, "plan_goal_fts", kalle)) == (0, 0)
    with desk.engine.connect() as connection:
        for index, word in (("assessment_domain_fts", "Inkasso*"), ("plan_goal_fts", "Schuldner*")):
            assert connection.exec_driver_sql(
                f"SELECT count(*) FROM {index} WHERE {index} MATCH ?", (word,)).scalar_one() == 0
    assert _found(desk, "Inkasso") == []


def test_deferred_index_covers_assessments_and_goals(tmp_path) -> None:
    one = Desk.create(tmp_path / "one.casedesk", "passphrase one", "Anna", "", "de")
    two = Desk.create(tmp_path / "two.casedesk", "passphrase two", "Anna", "", "de")
    try:
        triggers = _triggers(two)
        for desk, deferred in ((one, False), (two, True)):
            client_id = new_id()
            client = {"id": client_id, "first_name": "Karl", "hlc": "", "field_clocks": {}, "origin_device": "",
                      "deleted": False}
            with desk.session() as session:
                session.info["applying_remote"] = True
                connection = session.connection()
                with deferred_search_index(connection) if deferred else nullcontext():
                    connection.execute(insert(Client.__table__), [client])
                    _cycle_rows_core(connection, client_id)
        contents = []
        for desk in (one, two):
            with desk.engine.connect() as connection:
                contents.append([connection.exec_driver_sql(f"SELECT rowid, body FROM {name} ORDER BY rowid").all()
                                 for name in ("assessment_domain_fts", "plan_goal_fts")])
        assert contents[0] == contents[1]
        assert [len(rows) for rows in contents[1]] == [1, 1]
        assert _triggers(two) == triggers
    finally:
        one.close()
        two.close()


def _cycle_rows_core(connection, client_id: str) -> None:
    bookkeeping = {"hlc": "", "field_clocks": {}, "origin_device": "", "deleted": False}
    episode_id, assessment_id, plan_id = "ep-" + client_id, "as-" + client_id, "sp-" + client_id
    connection.execute(insert(CaseEpisode.__table__), [{"id": episode_id, "client_id": client_id,
                                                        "phase": "planning", "opened_on": date(2026, 1, 2),
                                                        **bookkeeping}])
    connection.execute(insert(Assessment.__table__), [{"id": assessment_id, "client_id": client_id,
                                                       "episode_id": episode_id, "started_on": date(2026, 1, 5),
                                                       "due_on": date(2026, 2, 16), **bookkeeping}])
    connection.execute(insert(AssessmentDomain.__table__), [
        {"id": assessment_domain_id(assessment_id, "housing"), "client_id": client_id, "assessment_id": assessment_id,
         "domain": "housing", "problems": "Räumungsklage", "client_view": "will bleiben", **bookkeeping},
        {"id": assessment_domain_id(assessment_id, "legal"), "client_id": client_id, "assessment_id": assessment_id,
         "domain": "legal", "problems": "gelöscht", "client_view": "", **(bookkeeping | {"deleted": True})}])
    connection.execute(insert(ServicePlan.__table__), [{"id": plan_id, "client_id": client_id,
                                                        "episode_id": episode_id, "version": 1, **bookkeeping}])
    connection.execute(insert(PlanGoal.__table__), [{"id": "g-" + client_id, "client_id": client_id,
                                                     "plan_id": plan_id, "lineage_id": new_id(), "level": "macro",
                                                     "wording": "Wohnung behalten", **bookkeeping}])


def test_a_client_is_found_by_a_network_persons_name_and_loses_the_hit_with_the_person(desk: Desk) -> None:
    kalle = desk.clients.create(ClientDraft(first_name="Karl", alias="Kalle"))
    desk.clients.create(ClientDraft(first_name="Mette"))
    person_id = desk.network.add_person(kalle, PersonDraft(name="Gundula", relationship="Schwester",
                                                           note="hilft beim Amt"))
    assert _found(desk, "Gundula") == [(kalle, True)]
    assert _found(desk, "Schwest") == [(kalle, True)]
    desk.network.remove_person(person_id)
    assert _found(desk, "Gundula") == []
    assert _index_rows(desk, "network_person_fts", kalle) == 0


def test_erasure_blanks_the_network_and_instruments_and_purges_their_index(desk: Desk) -> None:
    from sqlalchemy import select

    from casedesk.models import InstrumentRecord, NetworkPerson

    kalle = desk.clients.create(ClientDraft(first_name="Karl", alias="Kalle"))
    desk.network.add_person(kalle, PersonDraft(name="Gundula", phone="0171 222 333", note="hilft beim Amt"))
    desk.instruments.record_stage(kalle, "contemplation", date.today(), note="denkt über Entzug nach")
    assert _index_rows(desk, "network_person_fts", kalle) == 1

    desk.erasure.erase_client(kalle)

    assert _index_rows(desk, "network_person_fts", kalle) == 0
    with desk.session() as session:
        person = session.scalars(select(NetworkPerson).where(NetworkPerson.client_id == kalle)).one()
        record = session.scalars(select(InstrumentRecord).where(InstrumentRecord.client_id == kalle)).one()
        assert (person.name, person.phone, person.note, record.note) == ("", "", "", "")
    assert _found(desk, "Gundula") == []
