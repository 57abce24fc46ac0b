"""The one registry of synced entities: each synced model declared once, with its scope.

Change tracking, sync scope, PostgreSQL grants and row-level security, erasure and purge, the
conflicts view's labels and the demo generator's write order all read this list, so a new synced
table is one entry here (plus its migrations) and nothing else. A synced model that is missing
here is caught by a test and, on PostgreSQL, stays closed: row-level security is forced on every
synced table and only registered ones get policies.

Scopes:

- ``SHARED``: every worker reads every row; only the roles in ``writers`` may change them (the
  worker directory has no writers at all: it changes through ``casedesk central`` only).
- ``CLIENT``: the client row itself, the unit of visibility, handover, purge and erasure.
- ``CLIENT_OWNED``: a row about one client; it carries its own ``client_id``.
- ``CLIENT_OR_PERSONAL``: a row about one client, or, with no client, a personal row that only
  the worker named in ``owner_column`` sees (a personal task may name anyone; it is still private).
"""

from dataclasses import dataclass
from enum import StrEnum

from casedesk.domain import Role
from casedesk.models.base import Synced
from casedesk.models.consent import DataConsent, Disclosure, TeamSetting
from casedesk.models.cycle import (
    Assessment,
    AssessmentDomain,
    LifeDomainSetting,
    MonitoringRuleSetting,
    PlanGoal,
    PlanService,
    Provider,
    Referral,
    ReferralChange,
    RuleSnooze,
    ServicePlan,
)
from casedesk.models.entities import (
    CaseEpisode,
    Client,
    ConfidentialityRelease,
    Contact,
    CrisisLine,
    PhaseChange,
    RelapseCardVersion,
    Task,
    Worker,
)
from casedesk.models.network import (
    EcomapSnapshot,
    InstrumentItemSetting,
    InstrumentRecord,
    NetworkPerson,
    NetworkRelation,
)
from casedesk.models.street import Activity, HarmReductionItemSetting, StreetRound
from casedesk.models.whereabouts import UsualPlace


class Scope(StrEnum):
    SHARED = "shared"
    CLIENT = "client"
    CLIENT_OWNED = "client_owned"
    CLIENT_OR_PERSONAL = "client_or_personal"


@dataclass(frozen=True)
class SyncedEntity:
    model: type[Synced]
    scope: Scope
    #: Text a person wrote: never overwritten silently (a clash is a conflict, both values kept).
    free_text: frozenset[str] = frozenset()
    #: Rows are written once and never edited (history): two devices never clash on them.
    append_only: bool = False
    #: SHARED only: roles that may write through sync. Empty: no one (administration only).
    writers: frozenset[Role] = frozenset()
    #: CLIENT_OR_PERSONAL only: the column naming the worker a row without client belongs to.
    owner_column: str | None = None

    @property
    def table_name(self) -> str:
        return self.model.__tablename__

    @property
    def belongs_to_client(self) -> bool:
        return self.scope is not Scope.SHARED

    @property
    def content_columns(self) -> list[str]:
        return self.model.content_columns()


_LEADS = frozenset({Role.TEAM_LEAD, Role.ADMIN})
_EVERY_ROLE = frozenset(Role)

#: In foreign-key order: parents are written before children and deleted after them.
SYNCED_ENTITIES: tuple[SyncedEntity, ...] = (
    SyncedEntity(Worker, Scope.SHARED),
    # The helper directory is the whole team's: every worker adds and corrects entries.
    SyncedEntity(Provider, Scope.SHARED, free_text=frozenset({"address", "opening_hours", "notes"}),
                 writers=_EVERY_ROLE),
    SyncedEntity(LifeDomainSetting, Scope.SHARED, writers=_LEADS),
    SyncedEntity(MonitoringRuleSetting, Scope.SHARED, writers=_LEADS),
    SyncedEntity(Client, Scope.CLIENT, free_text=frozenset({"whereabouts", "address", "emergency_notes",
                                                            "agreed_description"})),
    SyncedEntity(ConfidentialityRelease, Scope.CLIENT_OWNED),
    SyncedEntity(CaseEpisode, Scope.CLIENT_OWNED,
                 free_text=frozenset({"closure_reason", "screening_note", "intake_agreement",
                                      "evaluation_client_view"})),
    SyncedEntity(PhaseChange, Scope.CLIENT_OWNED, free_text=frozenset({"reason"}), append_only=True),
    SyncedEntity(Contact, Scope.CLIENT_OWNED,
                 free_text=frozenset({"participants", "topics", "client_state", "note"})),
    SyncedEntity(Task, Scope.CLIENT_OR_PERSONAL, owner_column="assignee_worker_id"),
    SyncedEntity(RelapseCardVersion, Scope.CLIENT_OWNED, append_only=True),
    SyncedEntity(CrisisLine, Scope.SHARED, writers=_LEADS),
    SyncedEntity(Assessment, Scope.CLIENT_OWNED, free_text=frozenset({"note"})),
    SyncedEntity(AssessmentDomain, Scope.CLIENT_OWNED,
                 free_text=frozenset({"client_view", "professional_view", "resources_personal",
                                      "resources_private", "resources_community", "problems"})),
    SyncedEntity(ServicePlan, Scope.CLIENT_OWNED,
                 free_text=frozenset({"own_activities", "network_support", "contact_dates"})),
    SyncedEntity(PlanGoal, Scope.CLIENT_OWNED,
                 free_text=frozenset({"wording", "indicator", "realistic_note", "attainment_comment",
                                      "scale_minus2", "scale_minus1", "scale_0", "scale_plus1",
                                      "scale_plus2"})),
    SyncedEntity(PlanService, Scope.CLIENT_OWNED, free_text=frozenset({"description"})),
    SyncedEntity(Referral, Scope.CLIENT_OWNED,
                 free_text=frozenset({"service", "decline_reason", "alternative", "release_override_reason"})),
    SyncedEntity(ReferralChange, Scope.CLIENT_OWNED, free_text=frozenset({"note"}), append_only=True),
    SyncedEntity(RuleSnooze, Scope.CLIENT_OWNED, free_text=frozenset({"reason"}), append_only=True),
    SyncedEntity(InstrumentItemSetting, Scope.SHARED, writers=_LEADS),
    SyncedEntity(NetworkPerson, Scope.CLIENT_OWNED, free_text=frozenset({"relationship", "note"})),
    SyncedEntity(NetworkRelation, Scope.CLIENT_OWNED),
    SyncedEntity(EcomapSnapshot, Scope.CLIENT_OWNED, append_only=True),
    SyncedEntity(InstrumentRecord, Scope.CLIENT_OWNED, free_text=frozenset({"note"}), append_only=True),
    # Street work: a round holds counts only, the whole team's; the item list is the team's
    # (leads); working time is its worker's own unless it is about a client (the team's
    # figures come from the central store).
    SyncedEntity(HarmReductionItemSetting, Scope.SHARED, writers=_LEADS),
    SyncedEntity(StreetRound, Scope.SHARED, free_text=frozenset({"note"}), writers=_EVERY_ROLE),
    SyncedEntity(Activity, Scope.CLIENT_OR_PERSONAL, free_text=frozenset({"note"}), owner_column="worker_id"),
    # Consent and disclosures (issue 13): the caseload limit is the team's (leads); a disclosure
    # is written once (a mistaken one is deleted, not edited).
    SyncedEntity(TeamSetting, Scope.SHARED, writers=_LEADS),
    SyncedEntity(DataConsent, Scope.CLIENT_OWNED, free_text=frozenset({"note"})),
    SyncedEntity(Disclosure, Scope.CLIENT_OWNED, free_text=frozenset({"what"}), append_only=True),
    # Where to find the client (issue 14, point 4): their usual places, edited by whoever holds them.
    SyncedEntity(UsualPlace, Scope.CLIENT_OWNED, free_text=frozenset({"hours", "note"})),
)

ENTITIES_BY_TABLE: dict[str, SyncedEntity] = {entity.table_name: entity for entity in SYNCED_ENTITIES}
SYNCED_MODELS: tuple[type[Synced], ...] = tuple(entity.model for entity in SYNCED_ENTITIES)
#: Synced table → its columns that name a case episode: a merge that joins two cases moves them,
#: and the sync files what still arrives under the joined case under the one kept.
EPISODE_REFERENCES: dict[str, tuple[str, ...]] = {
    entity.table_name: columns for entity in SYNCED_ENTITIES
    if (columns := tuple(column.name for column in entity.model.__table__.columns
                         if any(key.column.table.name == "case_episode" for key in column.foreign_keys)))}


def entity_of(table_name: str) -> SyncedEntity:
    return ENTITIES_BY_TABLE[table_name]

