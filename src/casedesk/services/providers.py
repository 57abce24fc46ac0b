"""The team's directory of helpers (providers), shared by every worker.

Every role may add, correct and retire an entry (the registry lets every role write ``provider``
through sync). Retiring is a tombstone (``deleted``): the entry leaves the directory and its
search, but referrals made to it keep showing its institution. An institution is required; a
phone number, when given, must look like one — characters a number is written with and 3 to 20
digits (``phonenumbers`` is not a dependency, so no per-country check).
"""

import re
from dataclasses import dataclass, fields
from typing import TYPE_CHECKING

from sqlalchemy import select

from casedesk.models import Provider
from casedesk.models.limits import text_limit
from casedesk.services.errors import NotFound, ValidationFailed

if TYPE_CHECKING:
    from casedesk.services.desk import Desk

PROVIDER_FIELD_LIMITS = {column.key: limit for column in Provider.__table__.columns
                         if column.key in {"institution", "service_type", "contact_person", "phone", "address",
                                           "opening_hours", "notes"}
                         and (limit := text_limit(column))}

_PHONE_CHARACTERS = re.compile(r"[0-9+\-/() .]+")
_PHONE_DIGITS = range(3, 21)


@dataclass(frozen=True)
class ProviderDraft:
    institution: str
    service_type: str = ""
    contact_person: str = ""
    phone: str = ""
    address: str = ""
    opening_hours: str = ""
    notes: str = ""


@dataclass(frozen=True)
class ProviderEntry:
    id: str
    draft: ProviderDraft
    retired: bool = False

    @property
    def institution(self) -> str:
        return self.draft.institution


def _checked(draft: ProviderDraft) -> ProviderDraft:
    values = {f.name: getattr(draft, f.name).strip() for f in fields(ProviderDraft)}
    problems: dict[str, str] = {}
    if not values["institution"]:
        problems["institution"] = "required"
    phone = values["phone"]
    if phone and (not _PHONE_CHARACTERS.fullmatch(phone) or sum(c.isdigit() for c in phone) not in _PHONE_DIGITS):
        problems["phone"] = "invalid_phone"
    for name, value in values.items():
        if len(value) > PROVIDER_FIELD_LIMITS[name]:
            problems.setdefault(name, "too_long")
    if problems:
        raise ValidationFailed(problems)
    return ProviderDraft(**values)


def _entry(provider: Provider) -> ProviderEntry:
    draft = ProviderDraft(**{f.name: getattr(provider, f.name) or "" for f in fields(ProviderDraft)})
    return ProviderEntry(provider.id, draft, provider.deleted)


class ProviderService:
    def __init__(self, desk: "Desk") -> None:
        self._desk = desk

    def search(self, text: str = "") -> list[ProviderEntry]:
        """Entries whose institution, service type or contact person contains ``text`` (any case)."""
        # A team's directory holds a few hundred entries: filtering in Python folds every letter's
        # case (SQLite's lower() folds ASCII only, so "Ø" would not find "ø").
        needle = text.strip().casefold()
        with self._desk.session() as session:
            providers = session.scalars(select(Provider).where(Provider.deleted.is_(False))).all()
            entries = [_entry(p) for p in providers]
        entries.sort(key=lambda e: e.draft.institution.casefold())
        return [e for e in entries if any(needle in value.casefold() for value in (
            e.draft.institution, e.draft.service_type, e.draft.contact_person))]

    def get(self, provider_id: str) -> ProviderEntry:
        """An entry, retired ones too (a referral still names it)."""
        with self._desk.session() as session:
            provider = session.get(Provider, provider_id)
            if provider is None:
                raise NotFound(provider_id)
            return _entry(provider)

    def create(self, draft: ProviderDraft) -> str:
        values = _checked(draft)
        with self._desk.session() as session:
            provider = Provider(**{f.name: getattr(values, f.name) for f in fields(ProviderDraft)})
            session.add(provider)
            session.flush()
            return provider.id

    def update(self, provider_id: str, draft: ProviderDraft) -> None:
        values = _checked(draft)
        with self._desk.session() as session:
            provider = self._live(session, provider_id)
            for f in fields(ProviderDraft):
                if getattr(provider, f.name) != getattr(values, f.name):
                    setattr(provider, f.name, getattr(values, f.name))

    def retire(self, provider_id: str) -> None:
        with self._desk.session() as session:
            self._live(session, provider_id).deleted = True

    @staticmethod
    def _live(session, provider_id: str) -> Provider:
        provider = session.get(Provider, provider_id)
        if provider is None or provider.deleted:
            raise NotFound(provider_id)
        return provider
