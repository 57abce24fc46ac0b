"""Today's monitoring rules (services.today) with a frozen clock: every rule, snoozes, the team's settings."""

from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest
from service_fixtures import add_client, add_worker
from sqlalchemy import select, text

from casedesk.domain import ContactType, GoalLevel, GoalStatus, Phase, ReferralState, Role
from casedesk.models import CaseEpisode, Client, RuleSnooze
from casedesk.services import monitoring
from casedesk.services.desk import Desk
from casedesk.services.dto import ClientFilter, ContactDraft
from casedesk.services.errors import NotFound, ValidationFailed
from casedesk.services.plans import GoalDraft, PlanFieldsDraft
from casedesk.services.providers import ProviderDraft
from casedesk.services.today import MonitoringRulesRestricted, RuleEntry
from casedesk.store.change_sets import note_change

NOW = datetime(2025, 6, 16, 14, 30)
TODAY = NOW.date()
LONG_AGO = date(2025, 1, 6)


def a_client(desk: Desk, name: str, phase: Phase = Phase.LINKING, seen_days_ago: int | None = 1) -> str:
    """A client of mine in ``phase`` since LONG_AGO, seen ``seen_days_ago`` days before NOW."""
    client_id = add_client(desk, first_name=name)
    if phase is not Phase.CLARIFICATION:
        desk.clients.set_phase(client_id, phase.value)
    with desk.session() as session:
        episode = session.scalars(select(CaseEpisode).where(
            CaseEpisode.client_id == client_id, CaseEpisode.closed_on.is_(None))).one()
        episode.opened_on = LONG_AGO
    if seen_days_ago is not None:
        contact(desk, client_id, NOW - timedelta(days=seen_days_ago))
    return client_id


def contact(desk: Desk, client_id: str, at: datetime, kind: ContactType = ContactType.OFFICE) -> str:
    return desk.contacts.record(ContactDraft(client_id=client_id, type=kind.value, occurred_at=at, note="gesehen"))


def entries(desk: Desk, now: datetime = NOW, rule: str | None = None) -> list[RuleEntry]:
    return [entry for entry in desk.today.overview(now=now).entries if rule is None or entry.rule == rule]


def as_role(desk: Desk, role: Role) -> None:
    desk.identity = replace(desk.identity, role=role.value)


# --- the contact rules ------------------------------------------------------------------------------
def test_the_contact_rules_list_one_entry_per_client_the_longest_overdue(desk: Desk) -> None:
    monitoring_50 = a_client(desk, "Moni", Phase.MONITORING, seen_days_ago=50)
    linking_50 = a_client(desk, "Lina", Phase.LINKING, seen_days_ago=50)
    a_client(desk, "Fresh", Phase.MONITORING, seen_days_ago=3)
    found = entries(desk)
    assert [(e.client_id, e.rule) for e in found] == [
        (monitoring_50, "weekly_contact"),  # due 43 days ago; the gap (5 days ago) is the same contact
        (linking_50, "contact_gap"),
    ]
    assert all(e.overdue and e.days_without_contact == 50 and e.subject_id == "" for e in found)
    assert found[1].due_at == NOW - timedelta(days=5)


def test_the_contact_entries_are_the_lists_overdue_clients_with_the_teams_days(desk: Desk) -> None:
    clients = {days: a_client(desk, f"Seen {days}", Phase.MONITORING, seen_days_ago=days) for days in (3, 8, 12)}
    as_role(desk, Role.TEAM_LEAD)
    desk.today.set_rule("weekly_contact", True, 10)
    listed = {s.id for s in desk.clients.list(ClientFilter(mine=True, deputy=True, overdue=True), now=NOW)}
    contact_entries = {e.client_id for e in entries(desk) if e.rule in ("weekly_contact", "contact_gap")}
    assert listed == contact_entries == {clients[12]}
    flagged = {s.id for s in desk.clients.list(ClientFilter(), now=NOW) if s.overdue}
    assert flagged == {clients[12]}
    desk.today.set_rule("weekly_contact", False, 10)
    assert desk.clients.list(ClientFilter(overdue=True), now=NOW) == []
    assert entries(desk) == []


def test_the_lists_overdue_marks_follow_a_change_of_the_teams_days_at_once(desk: Desk) -> None:
    # The list keeps the team's rules between keystrokes; a change must not wait for a restart.
    clients = {days: a_client(desk, f"Seen {days}", Phase.MONITORING, seen_days_ago=days) for days in (3, 8, 12)}

    def flagged() -> set[str]:
        return {s.id for s in desk.clients.page(ClientFilter(), now=NOW).clients if s.overdue}

    assert flagged() == {clients[8], clients[12]}
    as_role(desk, Role.TEAM_LEAD)
    desk.today.set_rule("weekly_contact", True, 10)
    assert flagged() == {clients[12]}
    # As a sync applies a colleague's setting: a write to the rule table outside TodayService.
    with desk.session() as session:
        session.execute(text("UPDATE monitoring_rule_setting SET days = 2"))
        note_change(session, "monitoring_rule_setting")
    assert flagged() == {clients[3], clients[8], clients[12]}


def test_a_late_contact_entered_with_its_true_date_clears_the_contact_rules(desk: Desk) -> None:
    client_id = a_client(desk, "Late", Phase.MONITORING, seen_days_ago=60)
    assert [e.rule for e in entries(desk)] == ["weekly_contact"]
    # Entered today, it happened four days ago: the rules read its date, not when it was typed.
    contact(desk, client_id, NOW - timedelta(days=4))
    assert entries(desk) == []
    assert entries(desk, now=NOW + timedelta(days=3, hours=1))[0].due_at == NOW + timedelta(days=3)


def overdue_in_the_list(desk: Desk) -> tuple[set[str], set[str]]:
    """The clients the list's overdue filter selects, and those its rows mark overdue."""
    filtered = {s.id for s in desk.clients.list(ClientFilter(overdue=True), now=NOW)}
    flagged = {s.id for s in desk.clients.page(ClientFilter(), now=NOW).clients if s.overdue}
    return filtered, flagged


def test_a_try_to_reach_does_not_stop_the_45_days_kds_counts_no_attempt(desk: Desk) -> None:
    client_id = a_client(desk, "Gesucht", Phase.LINKING, seen_days_ago=50)
    contact(desk, client_id, NOW - timedelta(days=2), ContactType.ATTEMPT)
    [entry] = entries(desk)
    assert (entry.client_id, entry.rule, entry.overdue) == (client_id, "contact_gap", True)
    assert entry.due_at == NOW - timedelta(days=5)  # 45 days after the last contact that met them
    assert entry.days_without_contact == 50
    assert overdue_in_the_list(desk) == ({client_id}, {client_id})
    # Still the contact the list shows as the latest.
    [summary] = desk.clients.list(ClientFilter(), now=NOW)
    assert summary.last_contact_at == NOW - timedelta(days=2)
    contact(desk, client_id, NOW - timedelta(days=1))
    assert entries(desk) == []
    assert overdue_in_the_list(desk) == (set(), set())


def test_a_try_to_reach_counts_for_the_weekly_contact(desk: Desk) -> None:
    tried = a_client(desk, "Versucht", Phase.MONITORING, seen_days_ago=10)
    contact(desk, tried, NOW - timedelta(days=2), ContactType.ATTEMPT)
    untried = a_client(desk, "Vergessen", Phase.MONITORING, seen_days_ago=10)
    assert [(e.client_id, e.rule) for e in entries(desk)] == [(untried, "weekly_contact")]
    assert overdue_in_the_list(desk) == ({untried}, {untried})
    # Five days on, the try is a week old too.
    later = entries(desk, now=NOW + timedelta(days=5))
    assert [(e.client_id, e.rule) for e in later] == [(untried, "weekly_contact"), (tried, "weekly_contact")]
    assert later[1].days_without_contact == 7


def test_only_tries_leave_the_45_days_running_from_the_episode(desk: Desk) -> None:
    client_id = a_client(desk, "Nie", Phase.LINKING, seen_days_ago=None)
    contact(desk, client_id, NOW - timedelta(days=2), ContactType.ATTEMPT)
    [entry] = entries(desk)
    assert (entry.rule, entry.due_at, entry.days_without_contact) == (
        "contact_gap", datetime.combine(LONG_AGO + timedelta(days=45), datetime.min.time()), None)
    assert overdue_in_the_list(desk) == ({client_id}, {client_id})


def test_only_my_and_deputised_clients_with_an_open_episode_count(desk: Desk) -> None:
    colleague = add_worker(desk, "Sabine Krüger")
    mine = a_client(desk, "Mine", Phase.MONITORING, seen_days_ago=20)
    deputised = a_client(desk, "Deputised", Phase.MONITORING, seen_days_ago=20)
    theirs = a_client(desk, "Theirs", Phase.MONITORING, seen_days_ago=20)
    closed = a_client(desk, "Closed", Phase.MONITORING, seen_days_ago=20)
    desk.clients.set_phase(closed, Phase.CLOSED.value)
    with desk.session() as session:
        session.get(Client, deputised).responsible_worker_id = colleague
        session.get(Client, deputised).deputy_worker_id = desk.identity.worker_id
        session.get(Client, theirs).responsible_worker_id = colleague
    assert {e.client_id for e in entries(desk)} == {mine, deputised}
    assert theirs not in {e.client_id for e in entries(desk)}


# --- missed appointments ---------------------------------------------------------------------------
def test_a_missed_appointment_is_listed_until_a_contact_of_another_kind_follows(desk: Desk) -> None:
    client_id = a_client(desk, "Missed", seen_days_ago=10)
    missed = contact(desk, client_id, NOW - timedelta(days=1), ContactType.MISSED)
    [entry] = entries(desk, rule="missed_appointment")
    assert (entry.subject_id, entry.subject_on, entry.overdue) == (missed, TODAY - timedelta(days=1), False)
    assert entry.due_at == NOW + timedelta(days=2)  # followed up within 3 days
    [later] = entries(desk, now=NOW + timedelta(days=3), rule="missed_appointment")
    assert later.overdue
    # Another missed one does not follow it up: the latest is listed.
    again = contact(desk, client_id, NOW - timedelta(hours=2), ContactType.MISSED)
    assert [e.subject_id for e in entries(desk, rule="missed_appointment")] == [again]
    contact(desk, client_id, NOW - timedelta(hours=1), ContactType.PHONE)
    assert entries(desk, rule="missed_appointment") == []


def test_a_missed_appointment_hands_over_to_the_contact_gap(desk: Desk) -> None:
    client_id = a_client(desk, "Gone", seen_days_ago=None)
    contact(desk, client_id, NOW - timedelta(days=44), ContactType.MISSED)
    assert [e.rule for e in entries(desk)] == ["missed_appointment"]
    assert [e.rule for e in entries(desk, now=NOW + timedelta(days=1))] == ["contact_gap"]


# --- dated rules ------------------------------------------------------------------------------------
def provider(desk: Desk) -> str:
    return desk.providers.create(ProviderDraft(institution="Jobcenter Mitte", service_type="Arbeit"))


def test_a_referral_follow_up_is_listed_three_days_ahead_until_the_referral_is_final(desk: Desk) -> None:
    client_id = a_client(desk, "Referred")
    referral_id = desk.referrals.create(client_id, provider(desk), service="Beratung", on=date(2025, 6, 1),
                                        follow_up_on=TODAY + timedelta(days=2), release_override_reason="mündlich")
    [entry] = entries(desk, rule="referral_follow_up")
    assert (entry.subject_id, entry.subject, entry.due_on, entry.overdue) == (
        referral_id, "Jobcenter Mitte", TODAY + timedelta(days=2), False)
    assert entries(desk, now=NOW - timedelta(days=2), rule="referral_follow_up") == []
    assert entries(desk, now=NOW + timedelta(days=3), rule="referral_follow_up")[0].overdue
    desk.referrals.move(referral_id, ReferralState.DECLINED_BY_CLIENT.value, TODAY, alternative="keine")
    assert entries(desk, now=NOW + timedelta(days=3), rule="referral_follow_up") == []
    person = desk.referrals.create(client_id, None, person="Frau Yilmaz", service="Begleitung", on=date(2025, 6, 1),
                                   follow_up_on=TODAY, release_override_reason="mündlich")
    assert [(e.subject_id, e.subject) for e in entries(desk, rule="referral_follow_up")] == [(person, "Frau Yilmaz")]


def plan_with_goals(desk: Desk, client_id: str) -> tuple[str, str, str]:
    plan_id = desk.plans.create(client_id, today=date(2025, 1, 10))
    macro = desk.plans.add_goal(plan_id, GoalLevel.MACRO.value, None, GoalDraft(wording="Eine eigene Wohnung"))
    late = desk.plans.add_goal(plan_id, GoalLevel.MESO.value, macro, GoalDraft(
        wording="Wohnberechtigungsschein beantragen", domain="housing", deadline=TODAY - timedelta(days=1)))
    reached = desk.plans.add_goal(plan_id, GoalLevel.MESO.value, macro, GoalDraft(
        wording="Schulden klären", domain="finances", deadline=TODAY - timedelta(days=9),
        status=GoalStatus.REACHED.value))
    return plan_id, late, reached


def test_an_open_goal_of_the_current_plan_past_its_deadline(desk: Desk) -> None:
    client_id = a_client(desk, "Goals")
    plan_id, late, _reached = plan_with_goals(desk, client_id)
    [entry] = entries(desk, rule="goal_deadline")
    assert (entry.subject_id, entry.subject, entry.overdue) == (late, "Wohnberechtigungsschein beantragen", True)
    desk.plans.update_goal(late, GoalDraft(wording="Wohnberechtigungsschein beantragen", domain="housing",
                                           deadline=TODAY - timedelta(days=1), status=GoalStatus.IN_PROGRESS.value))
    assert [e.subject_id for e in entries(desk, rule="goal_deadline")] == [late]
    # A new version is the current plan: its copy of the goal is listed, the old version's is not.
    desk.plans.sign(plan_id, TODAY, TODAY)
    newer = desk.plans.new_version(plan_id, today=TODAY)
    [copied] = entries(desk, rule="goal_deadline")
    assert copied.subject_id != late
    assert copied.subject_id in {goal.id for goal in desk.plans.plan(newer).all_goals()}
    desk.plans.set_progress(copied.subject_id, GoalStatus.PARTLY_REACHED.value, None, "")
    assert entries(desk, rule="goal_deadline") == []


def test_the_plan_review_is_listed_two_weeks_ahead_and_overdue_after_its_date(desk: Desk) -> None:
    client_id = a_client(desk, "Review")
    plan_id = desk.plans.create(client_id, today=date(2025, 1, 10))
    desk.plans.save_plan_fields(plan_id, PlanFieldsDraft(review_on=TODAY + timedelta(days=14)))
    [entry] = entries(desk, rule="plan_review")
    assert (entry.subject_id, entry.due_on, entry.overdue) == (plan_id, TODAY + timedelta(days=14), False)
    assert entries(desk, now=NOW - timedelta(days=1), rule="plan_review") == []
    assert not entries(desk, now=NOW + timedelta(days=14), rule="plan_review")[0].overdue  # due today
    assert entries(desk, now=NOW + timedelta(days=15), rule="plan_review")[0].overdue


def test_an_assessment_past_its_time_box_until_completed(desk: Desk) -> None:
    client_id = a_client(desk, "Assessed", Phase.ASSESSMENT)
    assessment_id = desk.assessments.start(client_id, started_on=date(2025, 5, 1), due_on=TODAY - timedelta(days=1))
    [entry] = entries(desk, rule="assessment_time_box")
    assert (entry.subject_id, entry.subject_on, entry.overdue) == (assessment_id, date(2025, 5, 1), True)
    desk.assessments.complete(assessment_id, TODAY)
    assert entries(desk, rule="assessment_time_box") == []


def test_a_release_expiring_within_30_days_or_expired_unless_renewed(desk: Desk) -> None:
    client_id = a_client(desk, "Released")
    desk.clients.add_release(client_id, "Dr. Weber", date(2024, 7, 1), TODAY + timedelta(days=30))
    desk.clients.add_release(client_id, "Wohnhilfe", date(2024, 1, 1), TODAY - timedelta(days=3))
    desk.clients.add_release(client_id, "Suchtberatung", date(2024, 1, 1), TODAY + timedelta(days=31))
    desk.clients.add_release(client_id, "Bank", date(2024, 1, 1), None)
    found = entries(desk, rule="release_expiring")
    assert [(e.subject, e.due_on, e.overdue) for e in found] == [
        ("Wohnhilfe", TODAY - timedelta(days=3), True), ("Dr. Weber", TODAY + timedelta(days=30), False)]
    desk.clients.add_release(client_id, " wohnhilfe", TODAY, TODAY + timedelta(days=365))
    assert [e.subject for e in entries(desk, rule="release_expiring")] == ["Dr. Weber"]


def test_the_overdue_come_first_then_by_due_date(desk: Desk) -> None:
    referred = a_client(desk, "Anna")
    desk.referrals.create(referred, None, person="Herr Kim", service="Beratung", on=date(2025, 6, 1),
                          follow_up_on=TODAY + timedelta(days=1), release_override_reason="mündlich")
    gap = a_client(desk, "Bruno", seen_days_ago=46)
    released = a_client(desk, "Cem")
    desk.clients.add_release(released, "Dr. Weber", date(2024, 7, 1), TODAY + timedelta(days=20))
    desk.clients.add_release(released, "Wohnhilfe", date(2024, 1, 1), TODAY - timedelta(days=3))
    order = [(e.client_id, e.rule, e.overdue) for e in entries(desk)]
    assert order == [
        (released, "release_expiring", True),  # due 3 days ago
        (gap, "contact_gap", True),  # due yesterday
        (referred, "referral_follow_up", False),  # due tomorrow
        (released, "release_expiring", False),  # due in 20 days
    ]


# --- snoozing --------------------------------------------------------------------------------------
def test_a_snoozed_entry_leaves_today_until_its_date_and_the_history_stays(desk: Desk) -> None:
    client_id = a_client(desk, "Snoozy", Phase.MONITORING, seen_days_ago=9)
    desk.today.snooze(client_id, "weekly_contact", "", TODAY + timedelta(days=3), "Im Krankenhaus", today=TODAY)
    assert entries(desk) == []
    assert [e.rule for e in entries(desk, now=NOW + timedelta(days=3))] == ["weekly_contact"]
    # The client list still says the contact is missing: only the reminder was put off.
    assert [s.id for s in desk.clients.list(ClientFilter(overdue=True), now=NOW)] == [client_id]
    # The latest snooze counts, the earlier ones stay as history.
    desk.today.snooze(client_id, "weekly_contact", "", TODAY + timedelta(days=1), "Doch früher entlassen",
                      today=TODAY)
    assert [e.rule for e in entries(desk, now=NOW + timedelta(days=1))] == ["weekly_contact"]
    history = desk.today.snoozes(client_id, "weekly_contact")
    assert [(h.snoozed_until, h.reason, h.worker_name) for h in history] == [
        (TODAY + timedelta(days=1), "Doch früher entlassen", desk.identity.name),
        (TODAY + timedelta(days=3), "Im Krankenhaus", desk.identity.name)]
    with desk.session() as session:
        assert len(session.scalars(select(RuleSnooze)).all()) == 2


def test_a_snooze_puts_off_one_subject_and_one_rule_only(desk: Desk) -> None:
    client_id = a_client(desk, "Two", Phase.MONITORING, seen_days_ago=50)
    plan_id, late, _reached = plan_with_goals(desk, client_id)
    other = desk.plans.add_goal(plan_id, GoalLevel.MESO.value, None, GoalDraft(
        wording="Arzttermin", domain="physical_health", deadline=TODAY - timedelta(days=2)))
    desk.today.snooze(client_id, "goal_deadline", late, TODAY + timedelta(days=7), "Amt antwortet nicht",
                      today=TODAY)
    assert [e.subject_id for e in entries(desk, rule="goal_deadline")] == [other]
    # Putting off the weekly contact leaves the 45 days of the gap to say so.
    desk.today.snooze(client_id, "weekly_contact", "", TODAY + timedelta(days=7), "Urlaub", today=TODAY)
    assert [e.rule for e in entries(desk) if e.subject_id == ""] == ["contact_gap"]


def test_a_snooze_needs_a_reason_a_later_date_and_a_known_rule(desk: Desk) -> None:
    client_id = a_client(desk, "Careful")
    with pytest.raises(ValidationFailed) as refused:
        desk.today.snooze(client_id, "weekly_contact", "", TODAY, "  ", today=TODAY)
    assert refused.value.problems == {"snoozed_until": "out_of_range", "reason": "required"}
    with pytest.raises(ValidationFailed) as refused:
        desk.today.snooze(client_id, "no_such_rule", "", TODAY + timedelta(days=400), "weil", today=TODAY)
    assert refused.value.problems == {"rule": "unknown", "snoozed_until": "out_of_range"}
    with pytest.raises(ValidationFailed) as refused:
        desk.today.snooze(client_id, "weekly_contact", "", None, "weil", today=TODAY)
    assert refused.value.problems == {"snoozed_until": "required"}
    with pytest.raises(NotFound):
        desk.today.snooze("no-such-client", "weekly_contact", "", TODAY + timedelta(days=1), "weil", today=TODAY)


# --- the team's settings --------------------------------------------------------------------------
def test_every_rule_has_its_default_until_the_team_sets_it(desk: Desk) -> None:
    settings = desk.today.rule_settings()
    assert [(s.rule, s.enabled, s.days) for s in settings] == [
        ("weekly_contact", True, 7), ("contact_gap", True, 45), ("missed_appointment", True, 3),
        ("referral_follow_up", True, 3), ("goal_deadline", True, 7), ("plan_review", True, 14),
        ("assessment_time_box", True, 7), ("release_expiring", True, 30)]
    assert desk.today.overview(now=NOW).rules == tuple(settings)


def test_a_team_lead_sets_a_rule_for_the_team_and_a_rule_off_lists_nothing(desk: Desk) -> None:
    client_id = a_client(desk, "Settings")
    desk.clients.add_release(client_id, "Dr. Weber", date(2024, 7, 1), TODAY + timedelta(days=40))
    as_role(desk, Role.TEAM_LEAD)
    desk.today.set_rule("release_expiring", True, 60)
    assert [e.subject for e in entries(desk, rule="release_expiring")] == ["Dr. Weber"]
    desk.today.set_rule("release_expiring", False, 60)
    assert entries(desk, rule="release_expiring") == []
    assert "release_expiring" not in {s.rule for s in desk.today.overview(now=NOW).rules}
    assert [(s.enabled, s.days) for s in desk.today.rule_settings() if s.rule == "release_expiring"] == [(False, 60)]
    # Another team's setting is not this team's.
    desk.identity = replace(desk.identity, team="Streetwork Süd")
    assert [(s.enabled, s.days) for s in desk.today.rule_settings() if s.rule == "release_expiring"] == [(True, 30)]


def test_the_settings_refuse_other_roles_and_impossible_days(desk: Desk) -> None:
    assert desk.identity.role == Role.CASEWORKER.value
    assert not desk.today.may_change_rules()
    with pytest.raises(MonitoringRulesRestricted):
        desk.today.set_rule("weekly_contact", True, 14)
    assert desk.today.rule_settings()[0].days == 7
    as_role(desk, Role.ADMIN)
    assert desk.today.may_change_rules()
    with pytest.raises(ValidationFailed) as refused:
        desk.today.set_rule("weekly_contact", True, 0)
    assert refused.value.problems == {"days": "out_of_range"}
    with pytest.raises(NotFound):
        desk.today.set_rule("no_such_rule", True, 3)
    desk.today.set_rule("weekly_contact", True, 14)
    desk.today.set_rule("weekly_contact", True, 10)
    assert desk.today.rule_settings()[0].days == 10
    assert monitoring.RULE_KEYS[0] == "weekly_contact"


# --- the derived tables Today reads (desk migration 0012) -------------------------------------------
def derived_rows(desk: Desk, client_id: str) -> int:
    with desk.session() as session:
        return sum(session.execute(text(f"SELECT count(*) FROM {table} WHERE client_id = :c"), {"c": client_id})
                   .scalar_one() for table in ("today_case", "today_dated"))


def test_a_write_past_the_services_is_seen_by_the_next_today(desk: Desk) -> None:
    client_id = a_client(desk, "Raw")
    _plan_id, late, _reached = plan_with_goals(desk, client_id)
    assert [e.subject_id for e in entries(desk, rule="goal_deadline")] == [late]
    with desk.session() as session:  # as a sync pull or a bulk load writes: plain SQL, no ORM events
        session.execute(text("UPDATE plan_goal SET deadline = :later, wording = 'Neu' WHERE id = :id"),
                        {"later": (TODAY + timedelta(days=60)).isoformat(), "id": late})
    assert entries(desk, rule="goal_deadline") == []
    with desk.session() as session:
        session.execute(text("UPDATE plan_goal SET deadline = :due WHERE id = :id"),
                        {"due": TODAY.isoformat(), "id": late})
    [entry] = entries(desk, rule="goal_deadline")
    assert (entry.subject_id, entry.subject) == (late, "Neu")


def test_an_erasure_leaves_nothing_of_the_client_in_todays_tables_before_today_reads_again(desk: Desk) -> None:
    client_id = a_client(desk, "Vergessen", seen_days_ago=60)
    plan_with_goals(desk, client_id)
    assert entries(desk) and derived_rows(desk, client_id) > 0
    desk.erasure.erase_client(client_id)
    assert derived_rows(desk, client_id) == 0
    with desk.session() as session:
        texts = session.execute(text("SELECT group_concat(name || sort_name || whereabouts) FROM today_case"
                                     " UNION ALL SELECT group_concat(subject || line) FROM today_dated")).scalars()
        assert not any("vergessen" in (found or "").casefold() or "Wohnung" in (found or "") for found in texts)
    assert client_id not in {e.client_id for e in entries(desk)}


def test_a_helper_renamed_in_the_directory_renames_the_referral_line(desk: Desk) -> None:
    client_id = a_client(desk, "Referred")
    provider_id = provider(desk)
    desk.referrals.create(client_id, provider_id, service="Beratung", on=date(2025, 6, 1),
                          follow_up_on=TODAY, release_override_reason="mündlich")
    assert [e.subject for e in entries(desk, rule="referral_follow_up")] == ["Jobcenter Mitte"]
    desk.providers.update(provider_id, ProviderDraft(institution="Jobcenter Nord", service_type="Arbeit"))
    assert [e.subject for e in entries(desk, rule="referral_follow_up")] == ["Jobcenter Nord"]


def test_a_line_keeps_its_fields_apart_whatever_the_texts_hold(desk: Desk) -> None:
    client_id = a_client(desk, "Uni\x1fcode")
    _plan_id, late, _reached = plan_with_goals(desk, client_id)
    with desk.session() as session:  # a control character no form lets through, as a pull might bring it
        session.execute(text("UPDATE plan_goal SET wording = :wording WHERE id = :id"),
                        {"wording": "Schulden\x1fklären „Plan“ ✓", "id": late})
        session.execute(text("UPDATE client SET whereabouts = 'Bahnhof\x1fNord' WHERE id = :id"), {"id": client_id})
    [entry] = entries(desk, rule="goal_deadline")
    assert (entry.client_id, entry.subject_id, entry.subject, entry.client_name, entry.whereabouts) == (
        client_id, late, "Schulden klären „Plan“ ✓", "Uni code", "Bahnhof Nord")
