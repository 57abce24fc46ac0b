"""The funders' statistics (issue #14, 8): every counting rule on a small hand-made desk whose
expected figures are written out here."""

# ruff: noqa: F811
import csv
import io
from dataclasses import replace
from datetime import date, datetime

import pytest
from service_fixtures import add_worker, casedesk_home, desk, desk_path  # noqa: F401
from sqlalchemy import select

from casedesk.domain import Role
from casedesk.models import (
    Activity,
    Assessment,
    AssessmentDomain,
    CaseEpisode,
    Client,
    Contact,
    InstrumentRecord,
    Provider,
    Referral,
    ReferralChange,
    StreetRound,
)
from casedesk.models.cycle import assessment_domain_id
from casedesk.services.statistics import (
    DEFINITIONS,
    END_REASON_ROWS,
    OperationCancelled,
    PeriodKind,
    StatisticsService,
    SubstanceGroup,
    age_band,
    period_of,
    statistics_csv,
    substance_group,
)

YEAR = (date(2025, 1, 1), date(2025, 12, 31))


def at(day: str, hour: int = 10) -> datetime:
    return datetime.fromisoformat(day).replace(hour=hour)


def _episode(session, client_id, opened, closed=None, code=""):
    episode = CaseEpisode(client_id=client_id, phase="closed" if closed else "monitoring",
                          opened_on=date.fromisoformat(opened), closed_on=date.fromisoformat(closed) if closed else None,
                          closure_code=code)
    session.add(episode)
    session.flush()
    return episode.id


def _contact(session, client_id, worker, day, minutes, kind="street", place="", items=None):
    session.add(Contact(client_id=client_id, worker_id=worker, occurred_at=at(day), duration_minutes=minutes,
                        type=kind, place=place, items=items or {}))


def _housing(session, client_id, episode_id, worker, day, rating):
    assessment = Assessment(client_id=client_id, episode_id=episode_id, started_on=date.fromisoformat(day),
                            due_on=date.fromisoformat(day), worker_id=worker)
    session.add(assessment)
    session.flush()
    session.add(AssessmentDomain(id=assessment_domain_id(assessment.id, "housing"), client_id=client_id,
                                 assessment_id=assessment.id, domain="housing", rating=rating))
    session.add(AssessmentDomain(id=assessment_domain_id(assessment.id, "finances"), client_id=client_id,
                                 assessment_id=assessment.id, domain="finances", rating=1))


def _dependence(session, client_id, day, substance):
    session.add(InstrumentRecord(client_id=client_id, kind="dependence", recorded_on=date.fromisoformat(day),
                                 substance=substance, score=3))


@pytest.fixture
def handmade(desk):
    """W (this desk's worker) and B (a colleague of the team), with:

    C1 f, born 1990-06-15 (34 on 1 Jan 2025), W: episode 2024-11-01 – 2025-03-10 goals reached; contacts
       2024-11-05 office 20 (before the period), 2025-01-10 street 30, 01-20 phone 9 (short), 02-01 missed 30,
       02-05 helper conference 15 (the client absent: counts); dependence 2024-12 "Alkohol", 2025-02 "Heroin";
       housing rated 4 at 2024-11-10, 2 at 2025-02-15, 0 at 2026-01-10 (after the period); no fixed abode;
       a referral to an "Entgiftung" started 2025-01-15.
    C2 m, born 2008-03-01 (16), W: episode 2025-04-01 ongoing, one contact of exactly 10 minutes (a one-contact case).
    C3 m, no birth date, W: an episode in 2022, and 2025-02-01 – 2025-06-30 client ended; contact office 45 and a
       network activity of 20 minutes about them; dependence "F10.2 Abhängigkeit".
    C4 d, born 1960-01-01 (65), B: episode 2025-05-01 – 09-01 died; B's counselling 60, home visit 30;
       dependence "Glücksspiel"; housing rated 0.
    C5 W: an episode 2023–2024 only (outside the period), with a contact in 2025 of 40 minutes.
    P1 code person: W's street contacts 2025-03-03 5 minutes and 03-04 15 minutes at "Bahnhof" with items;
    P2 code person: B's street contact 2025-03-05 10 minutes at "Park".
    Rounds: W 2025-03-03 "Bahnhof" 90 minutes, cells 2 + 3 and total 4 (→ 5 met), 2 talks, items; B 2025-07-01
       "Park" 60 minutes, total 7, 1 talk; W 2024-12-01 (outside).
    Activities: W team meeting 90, documentation 30; B travel 25.
    """
    me = desk.identity.worker_id
    colleague = add_worker(desk, "Bodil Berg")
    with desk.session() as session:
        def client(gender, birth=None, worker=me, kind="client", no_fixed_abode=False):
            row = Client(first_name="Geheim", last_name="Name", gender=gender, kind=kind,
                         birth_date=date.fromisoformat(birth) if birth else None, responsible_worker_id=worker,
                         no_fixed_abode=no_fixed_abode, code="QX1" if kind == "code" else "")
            session.add(row)
            session.flush()
            return row.id

        c1 = client("female", "1990-06-15", no_fixed_abode=True)
        e1 = _episode(session, c1, "2024-11-01", "2025-03-10", "goals_reached")
        _contact(session, c1, me, "2024-11-05", 20, "office")
        _contact(session, c1, me, "2025-01-10", 30, "street")
        _contact(session, c1, me, "2025-01-20", 9, "phone")
        _contact(session, c1, me, "2025-02-01", 30, "missed")
        _contact(session, c1, me, "2025-02-05", 15, "helper_conference")
        _dependence(session, c1, "2024-12-01", "Alkohol")
        _dependence(session, c1, "2025-02-01", "Heroin")
        _housing(session, c1, e1, me, "2024-11-10", 4)
        _housing(session, c1, e1, me, "2025-02-15", 2)
        _housing(session, c1, e1, me, "2026-01-10", 0)
        provider = Provider(institution="Klinik", service_type="Entgiftung")
        session.add(provider)
        session.flush()
        referral = Referral(client_id=c1, episode_id=e1, provider_id=provider.id, state="started",
                            state_on=date(2025, 1, 15))
        session.add(referral)
        session.flush()
        session.add(ReferralChange(client_id=c1, referral_id=referral.id, state="started",
                                   changed_on=date(2025, 1, 15)))

        c2 = client("male", "2008-03-01")
        _episode(session, c2, "2025-04-01")
        _contact(session, c2, me, "2025-04-02", 10, "street")

        c3 = client("male")
        _episode(session, c3, "2022-01-01", "2022-05-01", "goals_reached")
        _episode(session, c3, "2025-02-01", "2025-06-30", "client_ended")
        _contact(session, c3, me, "2025-02-03", 45, "office")
        session.add(Activity(worker_id=me, client_id=c3, kind="network", occurred_at=at("2025-03-01"),
                             duration_minutes=20))
        _dependence(session, c3, "2025-03-01", "F10.2 Abhängigkeit")

        c4 = client("diverse", "1960-01-01", worker=colleague)
        e4 = _episode(session, c4, "2025-05-01", "2025-09-01", "died")
        _contact(session, c4, colleague, "2025-05-02", 60, "counselling")
        _contact(session, c4, colleague, "2025-06-01", 30, "home_visit")
        _dependence(session, c4, "2025-05-02", "Glücksspiel")
        _housing(session, c4, e4, colleague, "2025-05-10", 0)

        c5 = client("female", "1985-01-01")
        _episode(session, c5, "2023-01-01", "2024-12-31", "transferred")
        _contact(session, c5, me, "2025-01-15", 40, "office")

        p1 = client("male", kind="code")
        p2 = client("female", kind="code", worker=colleague)
        _contact(session, p1, me, "2025-03-03", 5, place="Bahnhof ", items={"syringes": 10})
        _contact(session, p1, me, "2025-03-04", 15, place="Bahnhof", items={"naloxone": 1})
        _contact(session, p2, colleague, "2025-03-05", 10, place="Park")
        session.add(StreetRound(worker_id=me, started_at=at("2025-03-03", 18), duration_minutes=90, place="Bahnhof",
                                people={"f:18-26": 2, "m:27-39": 3}, people_total=4, talks=2,
                                items={"syringes": 20, "foil": 5}))
        session.add(StreetRound(worker_id=colleague, started_at=at("2025-07-01"), duration_minutes=60, place="Park",
                                people={}, people_total=7, talks=1))
        session.add(StreetRound(worker_id=me, started_at=at("2024-12-01"), duration_minutes=60, place="Bahnhof",
                                people_total=9))
        session.add(Activity(worker_id=me, kind="team_meeting", occurred_at=at("2025-01-13"), duration_minutes=90))
        session.add(Activity(worker_id=me, kind="documentation", occurred_at=at("2025-01-14"), duration_minutes=30))
        session.add(Activity(worker_id=colleague, kind="travel", occurred_at=at("2025-05-02"), duration_minutes=25))
    return me, colleague


def _mine(desk) -> "object":
    return StatisticsService(desk).compute(*YEAR)


def test_episodes_begun_ended_ongoing_first_time_and_one_contact_cases(desk, handmade):
    table = _mine(desk).table("kds_episodes")
    # E1, E2, E3 (C3's 2022 episode and C5's 2023–2024 episode lie outside; C4 is B's).
    assert table.as_dict() == {"in_period": (3,), "begun": (2,), "ended": (2,), "ongoing": (1,),
                               "first_time_clients": (1,), "one_contact": (1,), "without_one_contact": (2,)}


def test_a_contact_counts_from_ten_minutes_and_without_the_client_at_a_helper_conference(desk, handmade):
    table = _mine(desk).table("kds_contacts")
    # street 30 and 10, helper conference 15, office 45 and C5's 40 (a contact counts whatever the episode), network 20
    assert table.value("counted") == 6
    assert table.value("counted", "minutes") == 30 + 10 + 15 + 45 + 40 + 20
    assert table.value("street") == 2 and table.value("street", "minutes") == 40
    assert table.value("helper_conference") == 1
    assert table.value("office") == 2
    assert table.value("network_activity") == 1 and table.value("network_activity", "minutes") == 20
    assert table.value("not_counted.short") == 1 and table.value("not_counted.missed") == 1
    # Code persons' contacts (5 and 15 minutes) are street work, not KDS contacts; the 2024 contact lies outside.


def test_a_try_to_reach_the_client_is_no_kds_contact(desk, handmade):
    """The outreach round's "not met" is a contact of type attempt: listed apart, never counted,
    and it does not make an episode's second counted contact."""
    me, _colleague = handmade
    before = _mine(desk)
    with desk.session() as session:
        one_contact = session.scalars(select(Client.id).where(Client.responsible_worker_id == me,
                                                              Client.kind == "client")).all()
        for client_id in one_contact:
            _contact(session, client_id, me, "2025-02-03", 25, "attempt")
    after = _mine(desk)
    table = after.table("kds_contacts")
    assert table.value("not_counted.attempt") == len(one_contact)
    assert table.value("counted") == before.table("kds_contacts").value("counted")
    assert after.table("kds_episodes").as_dict() == before.table("kds_episodes").as_dict()


def test_end_reasons_are_grouped_planned_and_unplanned(desk, handmade, ):
    reasons = _mine(desk).table("kds_end_reasons").as_dict()
    assert reasons["planned"] == (1,) and reasons["planned.goals_reached"] == (1,)
    assert reasons["unplanned"] == (1,) and reasons["unplanned.client_ended"] == (1,)
    assert reasons["neither"] == (0,)
    assert set(reasons) == set(END_REASON_ROWS)


def test_clients_by_sex_and_age_at_the_periods_start_without_one_contact_cases(desk, handmade):
    table = _mine(desk).table("kds_sex_age")
    assert table.value("27-39", "f") == 1  # C1 was 34 on 1 January (35 in June)
    assert table.value("unknown", "m") == 1  # C3, no birth date
    assert table.value("0-17", "m") == 0  # C2 (16) is a one-contact case: shown apart
    assert table.value("total", "total") == 2
    assert age_band(date(1990, 6, 15), date(2025, 1, 1)) == "27-39"
    assert age_band(date(2007, 1, 1), date(2025, 1, 1)) == "18-26"
    assert age_band(date(2007, 1, 2), date(2025, 1, 1)) == "0-17"


def test_the_main_substance_is_the_latest_dependence_record_by_f_group(desk, handmade):
    table = _mine(desk).table("kds_substance")
    assert table.value("F11") == 1  # C1: "Heroin" (recorded after "Alkohol")
    assert table.value("F10") == 1  # C3: "F10.2 …"
    assert table.value("not_recorded") == 0 and table.value("gambling") == 0
    assert substance_group("Crack") is SubstanceGroup.F14
    assert substance_group("Methadon") is SubstanceGroup.F11
    assert substance_group("Computerspiele") is SubstanceGroup.MEDIA
    assert substance_group("Ludomani") is SubstanceGroup.GAMBLING
    assert substance_group("Kaffee-Ersatz") is SubstanceGroup.OTHER
    assert substance_group(" ") is SubstanceGroup.NOT_RECORDED


def test_housing_at_the_first_assessment_and_now_and_services_used(desk, handmade):
    statistics = _mine(desk)
    housing = statistics.table("bagw_housing")
    # C1: 4 at first, 2 at the latest up to the period's end (the 2026 rating is later); C2, C3 not assessed.
    assert housing.value("4", "first") == 1 and housing.value("2", "now") == 1
    assert housing.value("not_assessed", "first") == 2 and housing.value("not_assessed", "now") == 2
    assert housing.value("0", "now") == 0
    assert statistics.table("bagw_abode").as_dict() == {"no_fixed_abode": (1,), "abode_or_unknown": (2,)}
    assert statistics.table("bagw_services").as_dict() == {"Entgiftung": (1, 1)}


def test_street_work_by_place_and_week(desk, handmade):
    statistics = _mine(desk)
    assert statistics.table("street_summary").as_dict() == {
        "anonymous_contacts": (2,), "anonymous_persons": (1,), "rounds": (1,), "people_met": (5,), "talks": (2,)}
    assert statistics.table("street_items").as_dict() == {"foil": (5,), "naloxone": (1,), "syringes": (30,)}
    assert statistics.table("street_places").as_dict() == {"Bahnhof": (2, 1, 5)}
    assert statistics.table("street_weeks").as_dict() == {"2025-W10": (2, 1, 5, 36)}


def test_working_time_by_contact_type_and_activity_kind(desk, handmade):
    me, _colleague = handmade
    statistics = _mine(desk)
    time = statistics.table("time_contacts")
    assert time.value("street") == 4 and time.value("street", "minutes") == 30 + 10 + 5 + 15
    assert time.value("missed", "minutes") == 30 and time.value("phone", "minutes") == 9
    assert time.value("office", "minutes") == 85 and time.value("street_round", "minutes") == 90
    activities = statistics.table("time_activities")
    assert activities.value("team_meeting", "minutes") == 90 and activities.value("documentation", "minutes") == 30
    assert activities.value("network", "minutes") == 20 and activities.value("travel") == 0  # B's travel
    workers = statistics.table("workers")
    assert workers.as_dict() == {me: (3, 6, 2, 1, 60 + 9 + 30 + 15 + 85 + 90, 140)}


def test_team_statistics_take_every_worker_the_lead_desk_holds_with_each_beside_the_team(desk, handmade):
    me, colleague = handmade
    desk.identity = replace(desk.identity, role=Role.TEAM_LEAD.value)
    statistics = StatisticsService(desk).compute(*YEAR, team=True)
    assert [worker for worker, _name in statistics.workers] == [me, colleague]  # Anna Test, Bodil Berg
    episodes = statistics.table("kds_episodes")
    assert episodes.value("in_period") == 4 and episodes.value("first_time_clients") == 2
    assert episodes.value("in_period", worker=colleague) == 1 and episodes.value("ended", worker=colleague) == 1
    assert statistics.table("kds_end_reasons").value("neither.died") == 1
    assert statistics.table("kds_sex_age").value("60+", "d") == 1
    assert statistics.table("kds_substance").value("gambling", worker=colleague) == 1
    assert statistics.table("kds_contacts").value("counted") == 8
    street = statistics.table("street_summary")
    assert street.as_dict() == {"anonymous_contacts": (3,), "anonymous_persons": (2,), "rounds": (2,),
                                "people_met": (12,), "talks": (3,)}
    assert street.value("people_met", worker=colleague) == 7
    assert statistics.table("time_activities").value("travel", "minutes", worker=colleague) == 25
    assert "every worker whose records this desk holds" in statistics.scope
    # A caseworker asking for the team gets their own figures, and is told why.
    desk.identity = replace(desk.identity, role=Role.CASEWORKER.value)
    own = StatisticsService(desk).compute(*YEAR, team=True)
    assert [worker for worker, _name in own.workers] == [me] and "only the records of" in own.scope


def test_the_csv_carries_every_table_with_its_definition_and_names_no_client(desk, handmade):
    desk.identity = replace(desk.identity, role=Role.TEAM_LEAD.value)
    text = statistics_csv(StatisticsService(desk).compute(*YEAR, team=True))
    assert text.startswith("section,key,worker,value,")
    rows = list(csv.reader(io.StringIO(text)))
    definition = next(row for row in rows if row[:2] == ["kds_contacts", "#definition"])
    assert definition[3].startswith("Contacts in the period with clients proper")
    assert {row[0] for row in rows if row[1] == "#definition"} == set(DEFINITIONS)
    assert "street_summary,anonymous_contacts,,3" in text
    assert "street_summary,people_met,Bodil Berg,7" in text
    assert "kds_episodes,in_period,,4" in text
    assert "Geheim" not in text and "QX1" not in text


def test_progress_is_reported_and_cancel_stops(desk, handmade):
    steps = []
    StatisticsService(desk).compute(*YEAR, progress=lambda step, fraction: steps.append((step, fraction)))
    assert steps[0] == ("episodes", 0.0) and steps[-1] == ("done", 1.0)
    with pytest.raises(OperationCancelled):
        StatisticsService(desk).compute(*YEAR, cancelled=lambda: True)


def test_periods():
    assert period_of(PeriodKind.MONTH, date(2025, 2, 14)) == (date(2025, 2, 1), date(2025, 2, 28))
    assert period_of(PeriodKind.QUARTER, date(2025, 11, 3)) == (date(2025, 10, 1), date(2025, 12, 31))
    assert period_of(PeriodKind.QUARTER, date(2025, 5, 3)) == (date(2025, 4, 1), date(2025, 6, 30))
    assert period_of(PeriodKind.YEAR, date(2025, 5, 3)) == YEAR
    assert period_of(PeriodKind.MONTH, date(2025, 12, 3)) == (date(2025, 12, 1), date(2025, 12, 31))


def test_the_pdf_has_every_table_with_its_definition_page_numbers_and_no_client(desk, handmade):
    import pypdf

    from casedesk.printing.statistics_words import DEFINITIONS as WORDED
    from casedesk.services.statistics import statistics_pdf_bytes

    desk.identity = replace(desk.identity, role=Role.TEAM_LEAD.value)
    figures = StatisticsService(desk).compute(*YEAR, team=True)
    data = statistics_pdf_bytes(desk, figures, "en")
    reader = pypdf.PdfReader(io.BytesIO(data))
    text = " ".join(page.extract_text() for page in reader.pages).replace("\n", " ")
    flat = "".join(text.split()).replace("-", "")
    assert f"Page 1 of {len(reader.pages)}" in text and "Statistics for funders" in text
    for key, definition in WORDED["en"].items():
        # Every definition line is printed under its table (hyphenation aside).
        assert "".join(definition.split()).replace("-", "")[:60] in flat, key
    assert "F11 Opioids" in text and "Entgiftung" in text and "Bodil Berg" in text and "Week 10/2025" in text
    assert "Geheim" not in text and "QX1" not in text
    assert "Geheim" not in str(reader.metadata) and reader.metadata.title == "Statistics for funders"
    german = pypdf.PdfReader(io.BytesIO(statistics_pdf_bytes(desk, figures, "de")))
    german_text = " ".join(page.extract_text() for page in german.pages)
    assert "Seite 1 von" in german_text and "Betreuungsepisoden" in german_text and "31.12.2025" in german_text


def test_the_items_count_the_same_through_the_partial_index(desk, handmade):
    from sqlalchemy import text

    from casedesk.services.statistics import ITEMS_INDEX

    indexed = _mine(desk)
    with desk.session() as session:
        session.execute(text(f"drop index {ITEMS_INDEX}"))  # it is in the schema since desk migration 0021
    read_row_by_row = _mine(desk)
    for key in ("street_items", "street_weeks"):
        assert indexed.table(key).rows == read_row_by_row.table(key).rows
    assert indexed.table("street_items").as_dict() == {"foil": (5,), "naloxone": (1,), "syringes": (30,)}