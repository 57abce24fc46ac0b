"""Today's derived tables (desk migration 0012): brought up to date, and read per caseload.

The triggers of migration 0012 delete a client's derived rows and mark the client dirty on every
write to what the rules read. ``refresh`` computes the dirty clients again, set-based, inside the
caller's transaction; Today calls it before it reads, so it always reads what the synced tables
say now. The derived rows hold no time-dependent answer: which rule is due when, and whether a
line is listed or overdue, is decided at read time with the team's days and the clock.

What the rows mean is what services.today's contract says, computed here once:
- the case: the client's current episode (the open one, else the latest), kept only when the
  client is active and that episode is open; the latest contact; the latest contact that is not an
  attempt ("last met", migration 0022: the contact gap's clock, see services.monitoring); the
  missed appointment, when the latest contact is one recorded in the current episode (the first
  by id if several share its time);
- the dated candidates: referral follow-ups of referrals not yet final (the helper's institution,
  else the person referred to); the current plan's review date (the latest version of the current
  episode's plans) and its open goals' deadlines; the current episode's open assessments' time
  boxes; every release with its expiry (the read keeps the longest per helper).
"""

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import String, text
from sqlalchemy.orm import Session

from casedesk.domain import ClientStatus, ContactType, GoalStatus, Phase
from casedesk.services import monitoring
from casedesk.services.referrals import FINAL_REFERRAL_STATES

#: The tables of migration 0012, written in SQL there (no models: nothing but this module reads them).
DERIVED_TABLES = ("today_case", "today_dated", "today_dirty")
#: A release that never expires, as its row's due date: it outlasts every other.
NEVER = "9999-12-31"


def _quoted(values) -> str:
    return ", ".join(f"'{value}'" for value in sorted(values))


_NAMES = ("CASE WHEN c.first_name != '' AND c.last_name != '' THEN c.first_name || ' ' || c.last_name"
          " ELSE c.first_name || c.last_name END")
#: ``services.dto.display_name`` in SQL: the names joined by a space, the alias in quotes.
_NAME = (f"CASE WHEN c.alias = '' THEN {_NAMES} WHEN {_NAMES} = '' THEN '„' || c.alias || '“'"
         f" ELSE {_NAMES} || ' „' || c.alias || '“' END")
_FORGET = [
    "DELETE FROM today_case WHERE client_id IN (SELECT client_id FROM today_dirty)",
    "DELETE FROM today_dated WHERE client_id IN (SELECT client_id FROM today_dirty)",
]
_CASES = f"""
    INSERT INTO today_case (worker_id, client_id, name, sort_name, whereabouts, phase, opened_on, last_contact_at,
                            last_met_at, missed_contact_id, episode_id)
    SELECT CASE r.role WHEN 'responsible' THEN x.responsible_worker_id ELSE x.deputy_worker_id END AS worker,
           x.id, replace(x.name, char(31), ' '), replace(casefold(x.name), char(31), ' '),
           replace(x.whereabouts, char(31), ' '), x.phase, x.opened_on, x.last_at,
           -- Mostly the latest contact itself: the newest first along ix_contact_client_live.
           (SELECT occurred_at FROM contact
            WHERE client_id = x.id AND deleted = 0 AND type != '{monitoring.ATTEMPT}'
            ORDER BY occurred_at DESC LIMIT 1),
           (SELECT m.id FROM contact m
            WHERE m.client_id = x.id AND m.deleted = 0 AND m.type = '{ContactType.MISSED.value}'
              AND m.occurred_at = x.last_at AND date(m.occurred_at) >= x.opened_on
            ORDER BY m.id LIMIT 1),
           x.episode_id
    FROM (SELECT c.id, c.responsible_worker_id, c.deputy_worker_id, {_NAME} AS name, c.whereabouts,
                 e.id AS episode_id, e.phase, e.opened_on,
                 (SELECT max(occurred_at) FROM contact WHERE client_id = c.id AND deleted = 0) AS last_at
          FROM today_dirty d
          JOIN client c ON c.id = d.client_id
          JOIN case_episode e ON e.rowid = (
              SELECT rowid FROM case_episode WHERE client_id = c.id AND deleted = 0
              ORDER BY closed_on IS NOT NULL, opened_on DESC LIMIT 1)
          WHERE c.deleted = 0 AND c.status = '{ClientStatus.ACTIVE.value}'
            AND e.closed_on IS NULL AND e.phase != '{Phase.CLOSED.value}') x
    CROSS JOIN (SELECT 'responsible' AS role UNION ALL SELECT 'deputy') r
    WHERE worker IS NOT NULL AND NOT (r.role = 'deputy' AND x.deputy_worker_id IS x.responsible_worker_id)
"""
#: The dirty clients' rows of ``today_case``, with their current plan (NULL when there is none).
_DIRTY_CASES = """
    SELECT t.worker_id, t.client_id, t.name, t.sort_name, t.whereabouts, t.episode_id,
           (SELECT rowid FROM service_plan WHERE episode_id = t.episode_id AND deleted = 0
            ORDER BY version DESC LIMIT 1) AS plan_rowid
    FROM today_dirty d JOIN today_case t ON t.client_id = d.client_id
"""
_DATED_INSERT = "INSERT INTO today_dated (worker_id, rule, due_on, client_id, subject_id, subject, granted_on, line)"


def _line(rule: str, due_on: str, subject_id: str, subject: str, subject_on: str = "NULL") -> str:
    """SQL for a dated row's packed line (``pack``) without the first field, from ``t`` (_DIRTY_CASES)."""
    return _packed([f"{due_on} || '{_MIDNIGHT}'", "t.sort_name", f"'{monitoring.RULE_KEYS.index(rule)}'",
                    f"replace({subject}, char(31), ' ')", f"'{rule}'", "t.client_id", subject_id,
                    f"coalesce({subject_on}, '')", "''", "t.name", "t.whereabouts"])


def _packed(fields: list[str]) -> str:
    return " || char(31) || ".join(fields)


#: A date's start in the desk's datetime format (``pack``'s due time).
_MIDNIGHT = " 00:00:00.000000"

_DATED = [
    f"""{_DATED_INSERT}
    SELECT t.worker_id, '{monitoring.REFERRAL_FOLLOW_UP_RULE}', r.follow_up_on, t.client_id, r.id,
           coalesce(p.institution, r.person, ''), NULL,
           {_line(monitoring.REFERRAL_FOLLOW_UP_RULE, "r.follow_up_on", "r.id", "coalesce(p.institution, r.person, '')")}
    FROM ({_DIRTY_CASES}) t JOIN referral r ON r.client_id = t.client_id
    LEFT JOIN provider p ON p.id = r.provider_id
    WHERE r.deleted = 0 AND r.follow_up_on IS NOT NULL
      AND r.state NOT IN ({_quoted(state.value for state in FINAL_REFERRAL_STATES)})""",
    f"""{_DATED_INSERT}
    SELECT t.worker_id, '{monitoring.PLAN_REVIEW_RULE}', sp.review_on, t.client_id, sp.id, '', NULL,
           {_line(monitoring.PLAN_REVIEW_RULE, "sp.review_on", "sp.id", "''")}
    FROM ({_DIRTY_CASES}) t JOIN service_plan sp ON sp.rowid = t.plan_rowid
    WHERE sp.review_on IS NOT NULL""",
    f"""{_DATED_INSERT}
    SELECT t.worker_id, '{monitoring.GOAL_DEADLINE_RULE}', g.deadline, t.client_id, g.id, g.wording, NULL,
           {_line(monitoring.GOAL_DEADLINE_RULE, "g.deadline", "g.id", "g.wording")}
    FROM ({_DIRTY_CASES}) t JOIN service_plan sp ON sp.rowid = t.plan_rowid
    JOIN plan_goal g ON g.plan_id = sp.id
    WHERE g.deleted = 0 AND g.deadline IS NOT NULL
      AND g.status IN ('{GoalStatus.OPEN.value}', '{GoalStatus.IN_PROGRESS.value}')""",
    f"""{_DATED_INSERT}
    SELECT t.worker_id, '{monitoring.ASSESSMENT_TIME_BOX_RULE}', a.due_on, t.client_id, a.id, '', NULL,
           {_line(monitoring.ASSESSMENT_TIME_BOX_RULE, "a.due_on", "a.id", "''", "a.started_on")}
    FROM ({_DIRTY_CASES}) t JOIN assessment a ON a.episode_id = t.episode_id
    WHERE a.deleted = 0 AND a.completed_on IS NULL AND a.due_on IS NOT NULL""",
    f"""{_DATED_INSERT}
    SELECT t.worker_id, '{monitoring.RELEASE_EXPIRING_RULE}', coalesce(cr.expires_on, '{NEVER}'), t.client_id, cr.id,
           cr.helper, cr.granted_on, ''  -- read by RELEASE_CANDIDATES, not as a line
    FROM ({_DIRTY_CASES}) t JOIN confidentiality_release cr ON cr.client_id = t.client_id
    WHERE cr.deleted = 0""",
]


def refresh(session: Session) -> int:
    """Compute the dirty clients' derived rows again; returns how many clients were dirty."""
    dirty = session.execute(text("SELECT count(*) FROM today_dirty")).scalar_one()
    if dirty:
        for statement in [*_FORGET, _CASES, *_DATED, "DELETE FROM today_dirty"]:
            session.execute(text(statement))
    return dirty


def caseload(me: str):
    """The ids of the worker's Today caseload, as a subquery."""
    return text("SELECT client_id FROM today_case WHERE worker_id = :me").bindparams(me=me).columns(client_id=String)


def rows(session: Session, sql: str, params: dict[str, str]) -> list[tuple]:
    """Plain tuples from the session's own connection, without SQLAlchemy's row objects: Today
    reads thousands of rows, and each Python object counts."""
    cursor = session.connection().connection.driver_connection.cursor()
    try:
        return cursor.execute(sql, params).fetchall()
    finally:
        cursor.close()


#: Between the fields of a packed line; refresh replaces it in every text it copies.
SEPARATOR = "\x1f"


def pack(overdue: bool, due_at: datetime, sort_name: str, rule: str, subject: str, client_id: str, subject_id: str,
         subject_on: date | None, days_without_contact: int | None, name: str, whereabouts: str) -> str:
    """A Today line as one text that sorts as Today orders: overdue first, then by due time, the
    client's name, the rule (in ``RULE_KEYS`` order) and the subject. A line is one text so that a
    caseload's tens of thousands of lines cost one Python object each; the texts come from the
    derived rows, which hold no separator."""
    return SEPARATOR.join(("0" if overdue else "1", due_at.isoformat(" ", "microseconds"), sort_name,
                           str(monitoring.RULE_KEYS.index(rule)), subject, rule, client_id, subject_id,
                           subject_on.isoformat() if subject_on else "",
                           "" if days_without_contact is None else str(days_without_contact), name, whereabouts))


@dataclass(frozen=True)
class Unpacked:
    overdue: bool
    due_at: datetime
    subject: str
    rule: str
    client_id: str
    subject_id: str
    subject_on: date | None
    days_without_contact: int | None
    name: str
    whereabouts: str


def unpack(line: str) -> Unpacked:
    overdue, due_at, _sort_name, _rank, subject, rule, client_id, subject_id, subject_on, days, name, whereabouts = (
        line.split(SEPARATOR))
    return Unpacked(overdue == "0", datetime.fromisoformat(due_at), subject, rule, client_id, subject_id,
                    date.fromisoformat(subject_on) if subject_on else None, int(days) if days else None,
                    name, whereabouts)


def snooze_key(line: str) -> str:
    """What a snooze of the line puts off: client, rule and subject id, packed (``snooze_key_of``)."""
    fields = line.split(SEPARATOR, 8)
    return SEPARATOR.join((fields[6], fields[5], fields[7]))


def snooze_key_of(client_id: str, rule: str, subject_id: str) -> str:
    return SEPARATOR.join((client_id, rule, subject_id))


def dated_lines(rule: str, by: date, today: date) -> tuple[str, dict[str, str]]:
    """The packed lines of one dated rule (not releases, see ``RELEASE_CANDIDATES``) for the
    worker's caseload (``:me``), due by ``by``: one range of ``today_dated``'s key."""
    sql = ("SELECT CASE WHEN due_on < :today THEN '0' ELSE '1' END || char(31) || line FROM today_dated"
           " WHERE worker_id = :me AND rule = :rule AND due_on <= :by")
    return sql, {"rule": rule, "by": by.isoformat(), "today": today.isoformat()}


def _due(rule: monitoring.MonitoringRule, days: str) -> str:
    """``MonitoringRule.due_at`` in SQL over ``today_case``: whole days added to the date part keep
    the time of day exactly, in the desk's own format."""
    last = _last(rule)
    by_contact = f"coalesce(date({last}, '+' || :{days} || ' days') || substr({last}, 11), '')"
    phases = _quoted(rule.phases)
    return (f"CASE WHEN phase IN ({phases}) THEN max({by_contact},"
            f" date(opened_on, '+' || :{days}_after_opening || ' days') || '{_MIDNIGHT}') END")


def _last(rule: monitoring.MonitoringRule) -> str:
    """The column of ``today_case`` the rule's clock starts from."""
    return "last_contact_at" if rule.counts_attempts else "last_met_at"


def _not_snoozed(rule: str, subject_id: str = "''") -> str:
    return (f"client_id || char(31) || '{rule}' || char(31) || {subject_id}"
            " NOT IN (SELECT value FROM json_each(:snoozed))")


_WEEKLY, _GAP = monitoring.WEEKLY_CONTACT_RULE, monitoring.CONTACT_GAP_RULE
#: The contact rules' and the missed appointment's packed lines of the worker's caseload at
#: ``:now``: per client the broken contact rule due first (the weekly rule on a tie), if any.
CONTACT_LINES = f"""
    -- Materialized: the later steps would otherwise compute each due time again where they name it.
    WITH due AS MATERIALIZED (
        SELECT client_id, name, sort_name, whereabouts, last_contact_at, last_met_at, missed_contact_id,
               CASE WHEN :weekly_days IS NOT NULL THEN {_due(monitoring.WEEKLY_CONTACT, "weekly_days")} END AS weekly,
               CASE WHEN :gap_days IS NOT NULL THEN {_due(monitoring.CONTACT_GAP, "gap_days")} END AS gap
        FROM today_case WHERE worker_id = :me),
    listed AS (
        SELECT *, weekly IS NOT NULL AND weekly <= :now AND {_not_snoozed(_WEEKLY)} AS weekly_broken,
                  gap IS NOT NULL AND gap <= :now AND {_not_snoozed(_GAP)} AS gap_broken
        FROM due),
    chosen AS (
        SELECT *, CASE WHEN weekly_broken AND (NOT gap_broken OR weekly <= gap) THEN '{_WEEKLY}'
                       WHEN gap_broken THEN '{_GAP}' END AS rule
        FROM listed)
    SELECT {_packed(["'0'", f"CASE rule WHEN '{_WEEKLY}' THEN weekly ELSE gap END", "sort_name",
                     (f"CASE rule WHEN '{_WEEKLY}' THEN '{monitoring.RULE_KEYS.index(_WEEKLY)}'"
                     f" ELSE '{monitoring.RULE_KEYS.index(_GAP)}' END"),
                     "''", "rule", "client_id", "''", "''",
                     (f"coalesce(CAST(CAST(julianday(:now) - julianday(CASE rule WHEN '{_WEEKLY}'"
                      f" THEN {_last(monitoring.WEEKLY_CONTACT)} ELSE {_last(monitoring.CONTACT_GAP)} END)"
                      " + 1e-8 AS INTEGER) AS TEXT), '')"),
                     "name", "whereabouts"])}
    FROM chosen WHERE rule IS NOT NULL
    UNION ALL
    SELECT {_packed(["CASE WHEN missed_due <= :now THEN '0' ELSE '1' END", "missed_due", "sort_name",
                     f"'{monitoring.RULE_KEYS.index(monitoring.MISSED_APPOINTMENT_RULE)}'", "''",
                     f"'{monitoring.MISSED_APPOINTMENT_RULE}'", "client_id", "missed_contact_id",
                     "date(last_contact_at)", "''", "name", "whereabouts"])}
    FROM (SELECT *, date(last_contact_at, '+' || :missed_days || ' days') || substr(last_contact_at, 11) AS missed_due
          FROM today_case
          WHERE worker_id = :me AND :missed_days IS NOT NULL AND missed_contact_id IS NOT NULL
            AND last_contact_at > :missed_since
            AND {_not_snoozed(monitoring.MISSED_APPOINTMENT_RULE, "missed_contact_id")})
"""


def contact_parameters(settings: dict[str, monitoring.RuleSetting], now: datetime) -> dict[str, object]:
    """``CONTACT_LINES``'s parameters but ``:me`` and ``:snoozed``: a rule that is off has no days."""
    params: dict[str, object] = {"now": now.isoformat(" ", "microseconds")}
    for rule, name in ((monitoring.WEEKLY_CONTACT, "weekly_days"), (monitoring.CONTACT_GAP, "gap_days")):
        setting = settings[rule.key]
        team_rule = rule.with_days(setting.days)
        params[name] = team_rule.days if setting.enabled else None
        params[f"{name}_after_opening"] = team_rule.days_after_opening
    missed = settings[monitoring.MISSED_APPOINTMENT_RULE]
    params["missed_days"] = missed.days if missed.enabled else None
    # Listed until the contact gap's days have passed: then that rule lists the client.
    params["missed_since"] = (now - timedelta(days=settings[monitoring.CONTACT_GAP_RULE].days)).isoformat(
        " ", "microseconds")
    return params


#: The releases granted by ``:today`` of the caseload's clients with a release expiring by ``:by``
#: (only a renewal for the same helper can settle it): client, id, helper, expiry (``NEVER``).
RELEASE_CANDIDATES = f"""
    SELECT client_id, subject_id, subject, due_on, sort_name, name, whereabouts FROM today_dated JOIN today_case
    USING (worker_id, client_id)
    WHERE worker_id = :me AND rule = '{monitoring.RELEASE_EXPIRING_RULE}' AND granted_on <= :today
      AND client_id IN (SELECT client_id FROM today_dated WHERE worker_id = :me
                        AND rule = '{monitoring.RELEASE_EXPIRING_RULE}' AND due_on <= :by)
"""
