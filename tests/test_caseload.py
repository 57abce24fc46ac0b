"""Caseloads against the team's limit, the warning on assignment, contact compliance (issue 13, 1)."""

# ruff: noqa: F811
from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest
from service_fixtures import add_client, add_worker, casedesk_home, desk, desk_path  # noqa: F401

from casedesk.domain import DEFAULT_CASELOAD_LIMIT, Phase, Role
from casedesk.models import CaseEpisode, Client
from casedesk.services.dto import ContactDraft
from casedesk.services.errors import ValidationFailed

NOW = datetime.now().replace(microsecond=0)


def as_role(desk, role):
    desk.identity = replace(desk.identity, role=role.value)


def _clients(desk, n, responsible=None, deputy=None, phase=None):
    ids = [add_client(desk, first_name=f"K{i}") for i in range(n)]
    with desk.session() as session:
        for client_id in ids:
            client = session.get(Client, client_id)
            if responsible:
                client.responsible_worker_id = responsible
            client.deputy_worker_id = deputy
            if phase:
                for episode in session.query(CaseEpisode).filter(CaseEpisode.client_id == client_id):
                    episode.phase = phase
    return ids


def test_the_limit_is_eight_until_a_lead_sets_the_teams(desk):
    assert desk.caseload.limit() == DEFAULT_CASELOAD_LIMIT == 8
    with pytest.raises(ValidationFailed) as refused:
        desk.caseload.set_limit(10)
    assert refused.value.problems == {"caseload_limit": "leads_only"}
    as_role(desk, Role.TEAM_LEAD)
    for bad in (0, 101, True):
        with pytest.raises(ValidationFailed):
            desk.caseload.set_limit(bad)
    desk.caseload.set_limit(10)
    desk.caseload.set_limit(12)
    assert desk.caseload.limit() == 12
    assert desk.caseload.limit("Other team") == 8


def test_my_caseload_counts_active_clients_and_deputy_ones_beside(desk):
    colleague = add_worker(desk, "Ben Kollege")
    _clients(desk, 3)
    _clients(desk, 2, responsible=colleague, deputy=desk.identity.worker_id)
    archived = _clients(desk, 1)[0]
    desk.clients.archive(archived)
    figure = desk.caseload.mine()
    assert figure.deputy == 2 and figure.limit == 8
    assert figure.active == 3
    assert not figure.over_limit


def test_assigning_beyond_the_limit_warns(desk):
    colleague = add_worker(desk, "Ben Kollege")
    _clients(desk, 7, responsible=colleague)
    assert desk.caseload.warning(colleague) is None
    _clients(desk, 1, responsible=colleague)
    warning = desk.caseload.warning(colleague)
    assert (warning.worker_name, warning.clients_after, warning.limit) == ("Ben Kollege", 9, 8)
    assert desk.caseload.warning(colleague, adding=0) is None
    assert desk.caseload.warning(None) is None
    # As deputy, own and deputised clients count together.
    other = add_worker(desk, "Cem Kollege")
    _clients(desk, 4, responsible=other)
    _clients(desk, 4, responsible=colleague, deputy=other)
    assert desk.caseload.warning(other, as_deputy=True).clients_after == 9


def test_contact_compliance_is_the_share_in_monitoring_seen_within_seven_days(desk):
    monitored = _clients(desk, 4, phase=Phase.MONITORING.value)
    _clients(desk, 2)  # not in monitoring: not counted
    desk.contacts.record(ContactDraft(client_id=monitored[0], occurred_at=NOW - timedelta(days=2)))
    desk.contacts.record(ContactDraft(client_id=monitored[1], occurred_at=NOW - timedelta(days=6)))
    desk.contacts.record(ContactDraft(client_id=monitored[2], occurred_at=NOW - timedelta(days=9)))
    figure = desk.caseload.mine(now=NOW)
    assert (figure.in_monitoring, figure.seen_in_time, figure.compliance) == (4, 2, 0.5)


def test_a_lead_sees_every_member_of_the_team_a_caseworker_only_themselves(desk):
    colleague = add_worker(desk, "Ben Kollege")
    _clients(desk, 2, responsible=colleague, phase=Phase.MONITORING.value)
    assert [f.name for f in desk.caseload.team()] == ["Anna Test"]
    as_role(desk, Role.TEAM_LEAD)
    figures = {f.name: f for f in desk.caseload.team(now=NOW)}
    assert set(figures) == {"Anna Test", "Ben Kollege"}
    assert (figures["Ben Kollege"].active, figures["Ben Kollege"].compliance) == (2, 0.0)
    assert figures["Anna Test"].compliance is None
    assert date.today()


def test_the_caseload_report_prints_each_member_and_names_no_client(desk, tmp_path):
    from pypdf import PdfReader

    colleague = add_worker(desk, "Ben Kollege")
    _clients(desk, 9, responsible=colleague, phase=Phase.MONITORING.value)
    as_role(desk, Role.TEAM_LEAD)
    out = tmp_path / "caseloads.pdf"
    with out.open("wb") as handle:
        desk.printing.caseload_report_pdf("de", handle)
    page_text = "".join(page.extract_text() for page in PdfReader(out).pages)
    assert "Fallzahlen des Teams" in page_text and "Ben Kollege" in page_text and "Anna Test" in page_text
    assert "über der Grenze" in page_text and "0 % (0 von 9)" in page_text
    assert "K0" not in page_text
