"""Consent to data processing, releases of confidentiality with their scope, and the disclosure log.

- A consent is given on a day (not in the future) in a form (written, oral, digital), recorded by
  the worker; it is withdrawn on a day (not before it was given, not in the future) and then no
  longer valid. The client's old yes/no (``Client.consent_data_processing``) follows the latest
  consent, so the intake and the client list keep reading it; a client with the old yes and no
  consent row shows one consent of unknown form (``legacy``).
- A release is for a helper of the directory (``provider_id``; its institution becomes the
  helper's name, so Today and the referral check read it as before) or for a person named in
  words. Its scope is a set of life domains and kinds of information; an empty scope is refused.
  A release is valid on a day from ``granted_on`` to ``expires_on`` (inclusive; none: open-ended).
- A disclosure records, in one step, what the worker shared with whom, under which release (one
  of the client's, valid on that day, for that helper) and from which occasion (a contact, a
  referral, or none). Without a release it needs a reason (a legal duty, an emergency), kept in
  ``what``'s place as the override. What was shared outside the release's scope is refused
  unless the worker confirms it (``beyond_scope_ok``). A disclosure is written once; a mistaken
  one is deleted (a tombstone), never edited.
"""

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import or_, select

from casedesk.domain import ConsentForm, LifeDomain, ReleaseInformation
from casedesk.models import (
    ConfidentialityRelease,
    Contact,
    DataConsent,
    Disclosure,
    LifeDomainSetting,
    Provider,
    Referral,
    Worker,
)
from casedesk.models.base import local_now
from casedesk.services.clients import _get
from casedesk.services.errors import NotFound, ValidationFailed

if TYPE_CHECKING:
    from casedesk.services.desk import Desk

LEGACY_CONSENT_ID = "legacy"


@dataclass(frozen=True)
class ConsentEntry:
    id: str
    given_on: date | None
    form: str
    recorded_by: str
    withdrawn_on: date | None
    note: str

    def valid_on(self, day: date) -> bool:
        return (self.given_on is None or self.given_on <= day) and (self.withdrawn_on is None or self.withdrawn_on > day)


@dataclass(frozen=True)
class ReleaseScope:
    domains: tuple[str, ...] = ()
    information: tuple[str, ...] = ()

    def covers(self, domains: tuple[str, ...], information: tuple[str, ...]) -> bool:
        return set(domains) <= set(self.domains) and set(information) <= set(self.information)

    @property
    def empty(self) -> bool:
        return not self.domains and not self.information


@dataclass(frozen=True)
class ReleaseDraft:
    helper: str = ""
    provider_id: str | None = None
    granted_on: date | None = None
    expires_on: date | None = None
    domains: tuple[str, ...] = ()
    information: tuple[str, ...] = ()


@dataclass(frozen=True)
class ReleaseDetails:
    id: str
    helper: str
    provider_id: str | None
    granted_on: date
    expires_on: date | None
    scope: ReleaseScope
    recorded_by: str

    def valid_on(self, day: date) -> bool:
        return self.granted_on <= day and (self.expires_on is None or self.expires_on >= day)


@dataclass(frozen=True)
class DisclosureDraft:
    recipient: str = ""
    provider_id: str | None = None
    release_id: str | None = None
    contact_id: str | None = None
    referral_id: str | None = None
    domains: tuple[str, ...] = ()
    information: tuple[str, ...] = ()
    what: str = ""
    occurred_at: datetime | None = None
    #: The worker confirmed sharing beyond the release's scope, or without a release.
    beyond_scope_ok: bool = False


@dataclass(frozen=True)
class DisclosureEntry:
    id: str
    occurred_at: datetime
    recipient: str
    release_id: str | None
    contact_id: str | None
    referral_id: str | None
    domains: tuple[str, ...]
    information: tuple[str, ...]
    what: str
    worker_name: str


@dataclass(frozen=True)
class ConsentOverview:
    """What the Consent & releases view shows of one client."""

    consents: list[ConsentEntry] = field(default_factory=list)
    releases: list[ReleaseDetails] = field(default_factory=list)
    disclosures: list[DisclosureEntry] = field(default_factory=list)

    def consent_valid_on(self, day: date) -> bool:
        return any(consent.valid_on(day) for consent in self.consents)


def _codes(values, allowed: set[str] | None, problem_key: str, problems: dict[str, str]) -> tuple[str, ...]:
    codes = tuple(dict.fromkeys(v.strip() for v in values if v and v.strip()))
    if allowed is not None and any(code not in allowed for code in codes):
        problems[problem_key] = "unknown"
    return codes


def _same_helper(a: str, b: str) -> bool:
    return a.strip().casefold() == b.strip().casefold()


class ConsentService:
    def __init__(self, desk: "Desk") -> None:
        self._desk = desk

    # --- consent to data processing ----------------------------------------------------------
    def record_consent(self, client_id: str, given_on: date, form: str, note: str = "") -> str:
        problems = {}
        if given_on > date.today():
            problems["given_on"] = "in_future"
        if form not in {f.value for f in ConsentForm}:
            problems["form"] = "unknown"
        if problems:
            raise ValidationFailed(problems)
        with self._desk.session() as session:
            client = _get(session, client_id)
            consent = DataConsent(client_id=client_id, given_on=given_on, form=form, note=note.strip(),
                                  worker_id=self._desk.identity.worker_id)
            session.add(consent)
            session.flush()
            self._mirror_on_client(session, client)
            return consent.id

    def withdraw_consent(self, consent_id: str, withdrawn_on: date) -> None:
        with self._desk.session() as session:
            consent = session.get(DataConsent, consent_id)
            if consent is None or consent.deleted:
                raise NotFound(consent_id)
            if withdrawn_on > date.today():
                raise ValidationFailed({"withdrawn_on": "in_future"})
            if withdrawn_on < consent.given_on:
                raise ValidationFailed({"withdrawn_on": "before_given"})
            if consent.withdrawn_on is not None:
                raise ValidationFailed({"withdrawn_on": "already_withdrawn"})
            consent.withdrawn_on = withdrawn_on
            session.flush()
            self._mirror_on_client(session, _get(session, consent.client_id))

    @staticmethod
    def _mirror_on_client(session, client) -> None:
        today = date.today()
        rows = session.scalars(select(DataConsent).where(
            DataConsent.client_id == client.id, DataConsent.deleted.is_(False))
            .order_by(DataConsent.given_on.desc())).all()
        valid = [row for row in rows if row.given_on <= today and (row.withdrawn_on is None or row.withdrawn_on > today)]
        client.consent_data_processing = bool(valid)
        client.consent_date = valid[0].given_on if valid else None

    def consents(self, client_id: str) -> list[ConsentEntry]:
        with self._desk.session() as session:
            client = _get(session, client_id)
            rows = session.execute(
                select(DataConsent, Worker.name).outerjoin(Worker, Worker.id == DataConsent.worker_id)
                .where(DataConsent.client_id == client_id, DataConsent.deleted.is_(False))
                .order_by(DataConsent.given_on.desc(), DataConsent.hlc.desc())).all()
            entries = [ConsentEntry(row.id, row.given_on, row.form, name or "", row.withdrawn_on, row.note)
                       for row, name in rows]
            if not entries and client.consent_data_processing:
                entries.append(ConsentEntry(LEGACY_CONSENT_ID, client.consent_date, "", "", None, ""))
            return entries

    # --- releases ----------------------------------------------------------------------------
    def life_domain_codes(self) -> set[str]:
        with self._desk.session() as session:
            own = set(session.scalars(select(LifeDomainSetting.code).where(LifeDomainSetting.deleted.is_(False))))
        return {d.value for d in LifeDomain} | own

    def add_release(self, client_id: str, draft: ReleaseDraft) -> str:
        problems: dict[str, str] = {}
        helper = draft.helper.strip()
        if not helper and not draft.provider_id:
            problems["helper"] = "required"
        if draft.granted_on is None:
            problems["granted_on"] = "required"
        elif draft.granted_on > date.today():
            problems["granted_on"] = "in_future"
        elif draft.expires_on and draft.expires_on < draft.granted_on:
            problems["expires_on"] = "before_granted"
        domains = _codes(draft.domains, self.life_domain_codes(), "domains", problems)
        information = _codes(draft.information, {i.value for i in ReleaseInformation}, "information", problems)
        if not domains and not information:
            problems["scope"] = "required"
        if problems:
            raise ValidationFailed(problems)
        with self._desk.session() as session:
            _get(session, client_id)
            if draft.provider_id:
                provider = session.get(Provider, draft.provider_id)
                if provider is None or provider.deleted:
                    raise NotFound(draft.provider_id)
                helper = provider.institution
            release = ConfidentialityRelease(
                client_id=client_id, helper=helper, provider_id=draft.provider_id or None,
                granted_on=draft.granted_on, expires_on=draft.expires_on, domains=list(domains),
                information=list(information), worker_id=self._desk.identity.worker_id)
            session.add(release)
            session.flush()
            return release.id

    def revoke_release(self, release_id: str, on: date) -> None:
        """The client revokes a release: it ends on ``on`` (the day before, if given the same day)."""
        with self._desk.session() as session:
            release = session.get(ConfidentialityRelease, release_id)
            if release is None or release.deleted:
                raise NotFound(release_id)
            if on < release.granted_on:
                raise ValidationFailed({"expires_on": "before_granted"})
            if release.expires_on is None or release.expires_on > on:
                release.expires_on = on

    def releases(self, client_id: str) -> list[ReleaseDetails]:
        with self._desk.session() as session:
            _get(session, client_id)
            rows = session.execute(
                select(ConfidentialityRelease, Worker.name)
                .outerjoin(Worker, Worker.id == ConfidentialityRelease.worker_id)
                .where(ConfidentialityRelease.client_id == client_id, ConfidentialityRelease.deleted.is_(False))
                .order_by(ConfidentialityRelease.granted_on.desc(), ConfidentialityRelease.hlc.desc())).all()
            return [self._details(row, name) for row, name in rows]

    @staticmethod
    def _details(row: ConfidentialityRelease, recorded_by: str | None) -> ReleaseDetails:
        return ReleaseDetails(row.id, row.helper, row.provider_id, row.granted_on, row.expires_on,
                              ReleaseScope(tuple(row.domains or ()), tuple(row.information or ())), recorded_by or "")

    def valid_releases(self, client_id: str, on: date, provider_id: str | None = None,
                       helper: str = "") -> list[ReleaseDetails]:
        """The client's releases valid on ``on`` for that provider or helper (all helpers if neither)."""
        with self._desk.session() as session:
            return [self._details(row, None) for row in valid_release_rows(session, client_id, on, provider_id, helper)]

    # --- disclosures -------------------------------------------------------------------------
    def record_disclosure(self, client_id: str, draft: DisclosureDraft) -> str:
        problems: dict[str, str] = {}
        when = draft.occurred_at or local_now()
        if when > local_now():
            problems["occurred_at"] = "in_future"
        recipient = draft.recipient.strip()
        if not recipient and not draft.provider_id and not draft.release_id:
            problems["recipient"] = "required"
        if not draft.what.strip():
            problems["what"] = "required"
        domains = _codes(draft.domains, self.life_domain_codes(), "domains", problems)
        information = _codes(draft.information, {i.value for i in ReleaseInformation}, "information", problems)
        if not domains and not information:
            problems["scope"] = "required"
        if problems:
            raise ValidationFailed(problems)
        with self._desk.session() as session:
            _get(session, client_id)
            provider_id = draft.provider_id or None
            release = None
            if draft.release_id:
                release = session.get(ConfidentialityRelease, draft.release_id)
                if release is None or release.deleted or release.client_id != client_id:
                    raise NotFound(draft.release_id)
                provider_id = provider_id or release.provider_id
                recipient = recipient or release.helper
            if provider_id:
                provider = session.get(Provider, provider_id)
                if provider is None:
                    raise NotFound(provider_id)
                recipient = recipient or provider.institution
            for row_id, model in ((draft.contact_id, Contact), (draft.referral_id, Referral)):
                if row_id:
                    row = session.get(model, row_id)
                    if row is None or row.deleted or row.client_id != client_id:
                        raise NotFound(row_id)
            if not draft.beyond_scope_ok:
                if release is None:
                    raise ValidationFailed({"release_id": "required"})
                day = when.date()
                valid = release.granted_on <= day and (release.expires_on is None or release.expires_on >= day)
                if not valid:
                    raise ValidationFailed({"release_id": "not_valid"})
                named = draft.provider_id or None
                if not (_same_helper(release.helper, recipient) or (named and release.provider_id == named)):
                    raise ValidationFailed({"release_id": "other_helper"})
                if not ReleaseScope(tuple(release.domains or ()), tuple(release.information or ())).covers(
                        domains, information):
                    raise ValidationFailed({"scope": "beyond_release"})
            disclosure = Disclosure(
                client_id=client_id, occurred_at=when, worker_id=self._desk.identity.worker_id,
                recipient=recipient, provider_id=provider_id, release_id=release.id if release else None,
                contact_id=draft.contact_id or None, referral_id=draft.referral_id or None,
                domains=list(domains), information=list(information), what=draft.what.strip())
            session.add(disclosure)
            session.flush()
            return disclosure.id

    def delete_disclosure(self, disclosure_id: str) -> None:
        with self._desk.session() as session:
            row = session.get(Disclosure, disclosure_id)
            if row is None or row.deleted:
                raise NotFound(disclosure_id)
            row.deleted = True

    def disclosures(self, client_id: str) -> list[DisclosureEntry]:
        with self._desk.session() as session:
            _get(session, client_id)
            rows = session.execute(
                select(Disclosure, Worker.name).outerjoin(Worker, Worker.id == Disclosure.worker_id)
                .where(Disclosure.client_id == client_id, Disclosure.deleted.is_(False))
                .order_by(Disclosure.occurred_at.desc(), Disclosure.hlc.desc())).all()
            return [DisclosureEntry(row.id, row.occurred_at, row.recipient, row.release_id, row.contact_id,
                                    row.referral_id, tuple(row.domains or ()), tuple(row.information or ()),
                                    row.what, name or "") for row, name in rows]

    def overview(self, client_id: str) -> ConsentOverview:
        return ConsentOverview(self.consents(client_id), self.releases(client_id), self.disclosures(client_id))


def valid_release_rows(session, client_id: str, on: date, provider_id: str | None = None,
                       helper: str = "") -> list[ConfidentialityRelease]:
    """The client's releases valid on ``on``; with a provider or helper, those for it: the same
    provider entry, or a helper of the same name (case and surrounding spaces aside)."""
    rows = session.scalars(select(ConfidentialityRelease).where(
        ConfidentialityRelease.client_id == client_id, ConfidentialityRelease.deleted.is_(False),
        ConfidentialityRelease.granted_on <= on,
        or_(ConfidentialityRelease.expires_on.is_(None), ConfidentialityRelease.expires_on >= on))
        .order_by(ConfidentialityRelease.granted_on.desc())).all()
    if not provider_id and not helper:
        return list(rows)
    return [row for row in rows if (provider_id and row.provider_id == provider_id)
            or (helper and _same_helper(row.helper, helper))]
