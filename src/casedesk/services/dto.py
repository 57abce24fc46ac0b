"""Plain data the service layer hands to the UI and CLI (no ORM objects cross that line)."""

from dataclasses import dataclass, field
from datetime import date, datetime, time

# What a unit of work changed (defined with the store, which collects it).
from casedesk.store.change_sets import ChangeSet  # noqa: F401 - re-exported for the UI


@dataclass(frozen=True)
class WorkerIdentity:
    worker_id: str
    device_id: str
    name: str
    team: str
    role: str


@dataclass(frozen=True)
class ClientFilter:
    text: str = ""
    mine: bool = False
    deputy: bool = False
    overdue: bool = False
    phase: str = ""
    include_closed: bool = False


@dataclass(frozen=True)
class ClientSummary:
    id: str
    display_name: str
    alias: str
    whereabouts: str
    phase: str
    status: str
    last_contact_at: datetime | None
    overdue: bool
    is_mine: bool
    is_deputy: bool
    #: A search found this client only through what was written about them (a contact's place,
    #: note or topics; an assessment's views, resources or problems; a goal's wording), not through
    #: the client's own record; such hits come after every name, alias or where-to-find hit.
    found_in_note: bool = False
    #: An anonymous code person: no episode (``phase`` is ""), listed whatever the phase filter.
    is_code_person: bool = False


@dataclass(frozen=True)
class ClientName:
    """Enough of a client to name and pick them (quick capture's name list)."""

    id: str
    display_name: str
    alias: str
    #: An anonymous code person (``domain.ClientKind.CODE``), not a client proper.
    is_code_person: bool = False


#: Where a page of the client list ends; pass it back to get the next page. Opaque to callers.
PageKey = tuple[int, str, str, str, str]


@dataclass(frozen=True)
class ClientPage:
    clients: list[ClientSummary]
    #: Where the next page starts, or None when this page is the last one.
    next_after: PageKey | None


@dataclass(frozen=True)
class ReleaseEntry:
    helper: str
    granted_on: date
    expires_on: date | None


@dataclass
class ClientDraft:
    """What a worker fills in to create or edit a client."""

    first_name: str = ""
    last_name: str = ""
    alias: str = ""
    birth_date: date | None = None
    birth_date_approximate: bool = False
    gender: str = ""
    languages: str = ""
    whereabouts: str = ""
    phone: str = ""
    address: str = ""
    no_fixed_abode: bool = False
    emergency_notes: str = ""
    consent_data_processing: bool = False
    consent_date: date | None = None


@dataclass(frozen=True)
class ClientDetails:
    id: str
    draft: ClientDraft
    status: str
    phase: str
    responsible_name: str
    deputy_name: str
    is_mine: bool
    created_at: datetime
    releases: list[ReleaseEntry] = field(default_factory=list)
    #: A relapse was recorded that day and the relapse card has not been looked at since.
    card_review_since: date | None = None
    #: An anonymous code person (no consent, card or plan), named by ``code``.
    is_code_person: bool = False
    code: str = ""

    @property
    def display_name(self) -> str:
        return display_name(self.draft.first_name, self.draft.last_name, self.draft.alias, self.code)


@dataclass
class ContactDraft:
    client_id: str = ""
    type: str = "street"
    occurred_at: datetime | None = None
    duration_minutes: int = 0
    place: str = ""
    note: str = ""
    participants: str = ""
    topics: str = ""
    client_state: str = ""
    motivational_stage: str = ""
    follow_up_title: str = ""
    follow_up_due: datetime | None = None
    #: Harm-reduction items handed out: {item code: count} (``services.street.item_list``).
    items: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class ContactEntry:
    id: str
    client_id: str
    occurred_at: datetime
    type: str
    duration_minutes: int
    place: str
    note: str
    worker_name: str
    items: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class TaskEntry:
    id: str
    client_id: str | None
    client_name: str
    title: str
    due_at: datetime | None
    done: bool


def display_name(first_name: str, last_name: str, alias: str, code: str = "") -> str:
    """"Karl Meier „Kalle“"; a code person (no name) by their code: "KM71m „Kalle“"."""
    name = " ".join(part for part in (first_name, last_name) if part) or code
    if alias:
        return f"{name} „{alias}“" if name else f"„{alias}“"
    return name


@dataclass(frozen=True)
class PhaseHistoryEntry:
    phase: str
    changed_at: datetime
    reason: str
    worker_name: str


@dataclass(frozen=True)
class DraftToPark:
    """Unsaved work one screen hands to the auto-lock: ``kind`` names the screen that takes it
    back, ``payload`` is that screen's own JSON-serialisable description of what was typed."""

    kind: str
    client_id: str
    payload: dict


@dataclass(frozen=True)
class ParkedDraftEntry:
    id: int
    kind: str
    client_id: str
    client_name: str
    payload: dict
    parked_at: datetime


@dataclass(frozen=True)
class PhaseDraft:
    phase: str
    reason: str = ""


@dataclass(frozen=True)
class ReleaseDraft:
    helper: str = ""
    granted_on: date | None = None
    expires_on: date | None = None


@dataclass(frozen=True)
class TaskDraft:
    title: str = ""
    due_on: date | None = None
    is_appointment: bool = False
    due_time: time = time(10, 0)
