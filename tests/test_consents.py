"""Consent to data processing, releases with scope and provider, the disclosure log (issue 13, 3 and 4)."""

# ruff: noqa: F811
from datetime import date, datetime, timedelta

import pytest
from service_fixtures import add_client, casedesk_home, desk, desk_path  # noqa: F401

from casedesk.models import Client, ConfidentialityRelease, DataConsent, Disclosure
from casedesk.services.consents import LEGACY_CONSENT_ID, DisclosureDraft, ReleaseDraft
from casedesk.services.errors import NotFound, ReleaseMissing, ValidationFailed
from casedesk.services.providers import ProviderDraft

TODAY = date.today()
SCOPE = {"domains": ("housing", "substance_use"), "information": ("case_status",)}


@pytest.fixture
def client_id(desk):
    return add_client(desk, first_name="Jonas", last_name="Berg")


@pytest.fixture
def provider_id(desk):
    return desk.providers.create(ProviderDraft("Suchtberatung Nord", "Addiction counselling"))


def _release(desk, client_id, provider_id=None, helper="", granted=TODAY - timedelta(days=10), expires=None, **scope):
    return desk.consents.add_release(client_id, ReleaseDraft(helper=helper, provider_id=provider_id, granted_on=granted,
                                                             expires_on=expires, **(scope or SCOPE)))


# --- consent ---------------------------------------------------------------------------------
def test_a_consent_is_recorded_with_date_form_and_recorder_and_withdrawn(desk, client_id):
    consent = desk.consents.record_consent(client_id, TODAY - timedelta(days=3), "oral", "Asked at the first talk")
    [entry] = desk.consents.consents(client_id)
    assert (entry.form, entry.recorded_by, entry.withdrawn_on, entry.note) == ("oral", "Anna Test", None,
                                                                              "Asked at the first talk")
    assert entry.valid_on(TODAY)
    with desk.session() as session:
        assert session.get(Client, client_id).consent_data_processing is True

    desk.consents.withdraw_consent(consent, TODAY)
    [entry] = desk.consents.consents(client_id)
    assert entry.withdrawn_on == TODAY and not entry.valid_on(TODAY)
    with desk.session() as session:
        client = session.get(Client, client_id)
        assert (client.consent_data_processing, client.consent_date) == (False, None)
    assert not desk.consents.overview(client_id).consent_valid_on(TODAY)


@pytest.mark.parametrize(("given_on", "form", "problems"), [
    (TODAY + timedelta(days=1), "written", {"given_on": "in_future"}),
    (TODAY, "telepathy", {"form": "unknown"}),
])
def test_a_consent_in_the_future_or_of_an_unknown_form_is_refused(desk, client_id, given_on, form, problems):
    with pytest.raises(ValidationFailed) as refused:
        desk.consents.record_consent(client_id, given_on, form)
    assert refused.value.problems == problems


def test_a_withdrawal_before_the_consent_in_the_future_or_twice_is_refused(desk, client_id):
    consent = desk.consents.record_consent(client_id, TODAY - timedelta(days=3), "written")
    for day, code in ((TODAY - timedelta(days=4), "before_given"), (TODAY + timedelta(days=1), "in_future")):
        with pytest.raises(ValidationFailed) as refused:
            desk.consents.withdraw_consent(consent, day)
        assert refused.value.problems == {"withdrawn_on": code}
    desk.consents.withdraw_consent(consent, TODAY)
    with pytest.raises(ValidationFailed) as refused:
        desk.consents.withdraw_consent(consent, TODAY)
    assert refused.value.problems == {"withdrawn_on": "already_withdrawn"}
    with pytest.raises(NotFound):
        desk.consents.withdraw_consent("nope", TODAY)


def test_the_old_yes_shows_as_one_consent_of_unknown_form(desk, client_id):
    with desk.session() as session:
        client = session.get(Client, client_id)
        client.consent_data_processing, client.consent_date = True, date(2024, 5, 1)
    [entry] = desk.consents.consents(client_id)
    assert (entry.id, entry.given_on, entry.form) == (LEGACY_CONSENT_ID, date(2024, 5, 1), "")


# --- releases --------------------------------------------------------------------------------
def test_a_release_for_a_provider_carries_scope_helper_name_and_recorder(desk, client_id, provider_id):
    release = _release(desk, client_id, provider_id, expires=TODAY + timedelta(days=20))
    [details] = desk.consents.releases(client_id)
    assert (details.id, details.helper, details.provider_id, details.recorded_by) == (
        release, "Suchtberatung Nord", provider_id, "Anna Test")
    assert details.scope.domains == ("housing", "substance_use") and details.scope.information == ("case_status",)
    assert details.valid_on(TODAY) and not details.valid_on(TODAY + timedelta(days=21))
    # Today's rule still sees it (the helper's name, the expiry).
    lines = [e for e in desk.today.overview().entries if e.rule == "release_expiring"]
    assert [line.subject for line in lines] == ["Suchtberatung Nord"]


@pytest.mark.parametrize(("draft", "problems"), [
    (ReleaseDraft(granted_on=TODAY, domains=("housing",)), {"helper": "required"}),
    (ReleaseDraft(helper="X", domains=("housing",)), {"granted_on": "required"}),
    (ReleaseDraft(helper="X", granted_on=TODAY + timedelta(days=1), domains=("housing",)), {"granted_on": "in_future"}),
    (ReleaseDraft(helper="X", granted_on=TODAY, expires_on=TODAY - timedelta(days=1), domains=("housing",)),
     {"expires_on": "before_granted"}),
    (ReleaseDraft(helper="X", granted_on=TODAY), {"scope": "required"}),
    (ReleaseDraft(helper="X", granted_on=TODAY, domains=("astrology",)), {"domains": "unknown"}),
    (ReleaseDraft(helper="X", granted_on=TODAY, information=("gossip",)), {"information": "unknown"}),
])
def test_a_release_without_helper_date_or_scope_is_refused(desk, client_id, draft, problems):
    with pytest.raises(ValidationFailed) as refused:
        desk.consents.add_release(client_id, draft)
    assert refused.value.problems == problems


def test_a_revoked_release_ends_that_day(desk, client_id):
    release = _release(desk, client_id, helper="Dr. Kaya")
    desk.consents.revoke_release(release, TODAY)
    [details] = desk.consents.releases(client_id)
    assert details.expires_on == TODAY


def test_a_referral_checks_the_release_for_that_provider_even_after_a_rename(desk, client_id, provider_id):
    with pytest.raises(ReleaseMissing):
        desk.referrals.create(client_id, provider_id, service="Counselling")
    _release(desk, client_id, provider_id)
    desk.providers.update(provider_id, ProviderDraft("Suchtberatung Nord-Ost", "Addiction counselling"))
    assert desk.referrals.create(client_id, provider_id, service="Counselling")
    assert desk.referrals.has_release(client_id, "Suchtberatung Nord-Ost", TODAY, provider_id)
    # An expired release for the provider does not count.
    other = add_client(desk, first_name="Mia")
    _release(desk, other, provider_id, granted=TODAY - timedelta(days=40), expires=TODAY - timedelta(days=1))
    with pytest.raises(ReleaseMissing):
        desk.referrals.create(other, provider_id, service="Counselling")


# --- disclosures -----------------------------------------------------------------------------
def test_a_disclosure_under_a_release_is_recorded_in_one_step(desk, client_id, provider_id):
    release = _release(desk, client_id, provider_id)
    disclosure = desk.consents.record_disclosure(client_id, DisclosureDraft(
        release_id=release, domains=("housing",), information=("case_status",), what="Waiting list for housing"))
    [entry] = desk.consents.disclosures(client_id)
    assert (entry.id, entry.recipient, entry.release_id, entry.domains, entry.what, entry.worker_name) == (
        disclosure, "Suchtberatung Nord", release, ("housing",), "Waiting list for housing", "Anna Test")


def test_a_disclosure_from_a_contact_or_referral_names_it(desk, client_id, provider_id):
    release = _release(desk, client_id, provider_id)
    referral = desk.referrals.create(client_id, provider_id, service="Counselling")
    desk.consents.record_disclosure(client_id, DisclosureDraft(
        release_id=release, referral_id=referral, domains=("substance_use",), what="Referral letter"))
    [entry] = desk.consents.disclosures(client_id)
    assert entry.referral_id == referral
    with pytest.raises(NotFound):
        desk.consents.record_disclosure(client_id, DisclosureDraft(
            release_id=release, contact_id="nope", domains=("housing",), what="x"))


@pytest.mark.parametrize(("changes", "problems"), [
    ({"domains": ("legal",)}, {"scope": "beyond_release"}),
    ({"information": ("health",)}, {"scope": "beyond_release"}),
    ({"recipient": "Jobcenter"}, {"release_id": "other_helper"}),
    ({"release_id": None, "recipient": "Jobcenter"}, {"release_id": "required"}),
    ({"what": " "}, {"what": "required"}),
    ({"domains": (), "information": ()}, {"scope": "required"}),
    ({"occurred_at": datetime.now() + timedelta(hours=2)}, {"occurred_at": "in_future"}),
])
def test_a_disclosure_beyond_its_release_is_refused_unless_confirmed(desk, client_id, provider_id, changes, problems):
    release = _release(desk, client_id, provider_id)
    values = {"release_id": release, "domains": ("housing",), "what": "Rent arrears"} | changes
    with pytest.raises(ValidationFailed) as refused:
        desk.consents.record_disclosure(client_id, DisclosureDraft(**values))
    assert refused.value.problems == problems
    if problems.get("scope") == "beyond_release" or "release_id" in problems:
        assert desk.consents.record_disclosure(client_id, DisclosureDraft(**values, beyond_scope_ok=True))


def test_a_disclosure_under_an_expired_release_is_refused(desk, client_id, provider_id):
    release = _release(desk, client_id, provider_id, granted=TODAY - timedelta(days=40),
                       expires=TODAY - timedelta(days=2))
    with pytest.raises(ValidationFailed) as refused:
        desk.consents.record_disclosure(client_id, DisclosureDraft(release_id=release, domains=("housing",),
                                                                   what="x"))
    assert refused.value.problems == {"release_id": "not_valid"}


def test_a_disclosure_is_deleted_not_edited_and_exported_and_erased_with_the_client(desk, client_id, provider_id):
    release = _release(desk, client_id, provider_id)
    desk.consents.record_consent(client_id, TODAY, "written")
    first = desk.consents.record_disclosure(client_id, DisclosureDraft(release_id=release, domains=("housing",),
                                                                       what="Rent arrears Jonas"))
    desk.consents.record_disclosure(client_id, DisclosureDraft(release_id=release, domains=("housing",),
                                                               what="Mistake"))
    desk.consents.delete_disclosure(desk.consents.disclosures(client_id)[0].id)
    assert [e.id for e in desk.consents.disclosures(client_id)] == [first]

    document = desk.export.client_document(client_id)
    assert [d["what"] for d in document["disclosures"]] == ["Rent arrears Jonas"]
    assert document["disclosures"][0]["provider_institution"] == "Suchtberatung Nord"
    assert [c["form"] for c in document["consents"]] == ["written"]
    assert document["releases"][0]["domains"] == ["housing", "substance_use"]

    desk.erasure.erase_client(client_id)
    with desk.session() as session:
        rows = session.query(Disclosure).filter(Disclosure.client_id == client_id).all()
        assert rows and all(row.what == "" and row.recipient == "" and row.domains == [] for row in rows)
        [consent] = session.query(DataConsent).filter(DataConsent.client_id == client_id).all()
        assert (consent.note, consent.form) == ("", "")
        [release_row] = session.query(ConfidentialityRelease).filter(
            ConfidentialityRelease.client_id == client_id).all()
        assert (release_row.helper, release_row.domains, release_row.information, release_row.provider_id) == (
            "", [], [], None)
