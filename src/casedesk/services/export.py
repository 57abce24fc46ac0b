"""The whole file as data: everything the desk holds about one client, as one JSON document.

The document is built from the entity registry, not from a list of its own: every registered
table that belongs to a client is read, so a table added later is exported without a change
here. Where a table's rows belong under a parent row (a phase change under its episode, a
domain row under its assessment) ``NESTED`` says so; any other table becomes a top-level key
(``TOP_LEVEL_KEYS`` names the known ones, a new table appears under its table name).

Every row carries its id and all its content columns; tombstoned rows are left out (they are
deleted for the worker and for the client). Dates and times are ISO 8601 strings. Rows of the
team's shared tables are not exported, but a row that refers to one carries its readable name
beside the id (``provider_institution``, ``worker_name``), so the document reads on its own.
``evaluations`` is a view over the episodes and their goals (the score is computed, not stored).
"""

import json
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from casedesk.domain import ClientStatus
from casedesk.models import AccessKind, Client, Provider, Worker
from casedesk.models.cycle import PlanGoal
from casedesk.models.registry import SYNCED_ENTITIES, Scope
from casedesk.services.errors import NotFound
from casedesk.services.goal_attainment import goal_attainment_t_score, scored_pairs

if TYPE_CHECKING:
    from casedesk.services.desk import Desk

#: Version of the document's shape, so a reader can tell an older export from a newer one.
EXPORT_FORMAT = 1

TOP_LEVEL_KEYS: dict[str, str] = {
    "confidentiality_release": "releases",
    "case_episode": "episodes",
    "contact": "contacts",
    "task": "tasks",
    "relapse_card_version": "relapse_cards",
    "assessment": "assessments",
    "service_plan": "plans",
    "referral": "referrals",
    "rule_snooze": "snoozes",
    "instrument_record": "instruments",
    "activity": "activities",
    "data_consent": "consents",
    "disclosure": "disclosures",
    "usual_place": "usual_places",
}
#: Tables listed together under one top-level key, each under its own sub-key.
GROUPED: dict[str, tuple[str, str]] = {
    "network_person": ("network", "persons"),
    "network_relation": ("network", "relations"),
    "ecomap_snapshot": ("network", "snapshots"),
}


@dataclass(frozen=True)
class Nesting:
    """Rows of a table listed under ``key`` in the parent row their ``column`` names."""

    parent_table: str
    column: str
    key: str


NESTED: dict[str, Nesting] = {
    "phase_change": Nesting("case_episode", "episode_id", "phase_history"),
    "assessment_domain": Nesting("assessment", "assessment_id", "domains"),
    "plan_goal": Nesting("service_plan", "plan_id", "goals"),
    "plan_service": Nesting("service_plan", "plan_id", "services"),
    "referral_change": Nesting("referral", "referral_id", "history"),
}

#: Columns naming a shared row, and the readable name written beside them.
_WORKER_COLUMNS = ("worker_id", "responsible_worker_id", "deputy_worker_id", "assignee_worker_id")
_ORDER_COLUMNS = ("opened_on", "changed_at", "changed_on", "started_on", "version", "position",
                  "occurred_at", "created_at", "granted_on", "given_on", "due_at")


def _value(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def _row(row: Any, columns: list[str]) -> dict[str, Any]:
    return {"id": row.id} | {name: _value(getattr(row, name)) for name in columns if name != "deleted"}


def _sort_key(row: dict[str, Any]) -> tuple:
    # Numbers padded so that version 10 follows version 9; ISO dates sort as text.
    return tuple(f"{row[name]:012d}" if isinstance(row.get(name), int) else str(row.get(name) or "")
                 for name in _ORDER_COLUMNS) + (row["id"],)


class ExportService:
    def __init__(self, desk: "Desk") -> None:
        self._desk = desk

    def client_document(self, client_id: str) -> dict[str, Any]:
        """Everything about the client as a JSON-ready dictionary; NotFound for an unknown,
        tombstoned or erased client."""
        with self._desk.session() as session:
            client = session.get(Client, client_id)
            if client is None or client.deleted or client.status == ClientStatus.ERASED.value:
                raise NotFound(client_id)
            self._desk.audit.record(session, client_id, AccessKind.EXPORT)
            workers = dict(session.execute(select(Worker.id, Worker.name)).all())
            providers = dict(session.execute(select(Provider.id, Provider.institution)).all())
            tables: dict[str, list[dict[str, Any]]] = {}
            goals: list[PlanGoal] = []
            for entity in SYNCED_ENTITIES:
                if entity.scope not in (Scope.CLIENT_OWNED, Scope.CLIENT_OR_PERSONAL):
                    continue
                model = entity.model
                rows = session.scalars(select(model).where(
                    model.client_id == client_id, model.deleted.is_(False))).all()  # type: ignore[attr-defined]
                if model is PlanGoal:
                    goals = list(rows)
                tables[entity.table_name] = sorted(
                    (self._readable(_row(row, entity.content_columns), workers, providers) for row in rows),
                    key=_sort_key)
            client_entity = next(entity for entity in SYNCED_ENTITIES if entity.scope is Scope.CLIENT)
            document: dict[str, Any] = {
                "format": EXPORT_FORMAT,
                "client": self._readable(_row(client, client_entity.content_columns), workers, providers),
            }
        by_id = {table: {row["id"]: row for row in rows} for table, rows in tables.items()}
        for table, nesting in NESTED.items():
            for parent in tables.get(nesting.parent_table, []):
                parent.setdefault(nesting.key, [])
            for row in tables.get(table, []):
                parent = by_id.get(nesting.parent_table, {}).get(row[nesting.column])
                if parent is not None:
                    parent[nesting.key].append(row)
                else:
                    # A child whose parent was deleted is still the client's data.
                    document.setdefault(f"unattached_{table}", []).append(row)
        for table, rows in tables.items():
            if table in GROUPED:
                key, sub_key = GROUPED[table]
                document.setdefault(key, {})[sub_key] = rows
            elif table not in NESTED:
                document[TOP_LEVEL_KEYS.get(table, table)] = rows
        document["evaluations"] = _evaluations(tables.get("case_episode", []), tables.get("service_plan", []), goals)
        return document

    def client_json(self, client_id: str) -> bytes:
        """``client_document`` as UTF-8 JSON, indented for reading."""
        return json.dumps(self.client_document(client_id), ensure_ascii=False, indent=2).encode("utf-8") + b"\n"

    @staticmethod
    def _readable(row: dict[str, Any], workers: dict[str, str], providers: dict[str, str]) -> dict[str, Any]:
        for column in _WORKER_COLUMNS:
            if column in row:
                row[column.removesuffix("_id") + "_name"] = workers.get(row[column]) if row[column] else None
        if "provider_id" in row:
            row["provider_institution"] = providers.get(row["provider_id"]) if row["provider_id"] else None
        return row


def _evaluations(episodes: list[dict[str, Any]], plans: list[dict[str, Any]],
                 goals: list[PlanGoal]) -> list[dict[str, Any]]:
    """Per evaluated or closed episode: the client's view, the closure and the attainment of the
    goals of its latest plan version, with the goal attainment T-score."""
    latest_plan: dict[str, dict[str, Any]] = {}
    for plan in plans:
        current = latest_plan.get(plan["episode_id"])
        if current is None or plan["version"] > current["version"]:
            latest_plan[plan["episode_id"]] = plan
    evaluations = []
    for episode in episodes:
        if not (episode["evaluated_on"] or episode["closed_on"]):
            continue
        plan = latest_plan.get(episode["id"])
        plan_goals = [goal for goal in goals if plan is not None and goal.plan_id == plan["id"]]
        score = goal_attainment_t_score(scored_pairs(plan_goals))
        evaluations.append({
            "episode_id": episode["id"],
            "plan_id": plan["id"] if plan else None,
            "evaluated_on": episode["evaluated_on"],
            "client_view": episode["evaluation_client_view"],
            "closed_on": episode["closed_on"],
            "closure_code": episode["closure_code"],
            "closure_reason": episode["closure_reason"],
            "goal_attainment_t_score": None if score is None else round(score, 1),
            "goals": [{"goal_id": goal.id, "level": goal.level, "wording": goal.wording,
                       "attainment": goal.attainment, "attainment_comment": goal.attainment_comment,
                       "weight": goal.weight}
                      for goal in sorted(plan_goals, key=lambda goal: (goal.position, goal.id))],
        })
    return evaluations
