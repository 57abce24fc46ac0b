"""Translated names for the method's codes (domain enums) shown in the UI."""

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QObject, QTime

from casedesk.domain import (
    AccessRoute,
    ConsentForm,
    GoalLevel,
    NoticeKind,
    Phase,
    ReferralState,
    RefusalReason,
    Responsible,
)
from casedesk.printing.labels import LABELS

# lupdate reads ``translate("Context", "literal")`` calls; the alias keeps lines short.
translate = QCoreApplication.translate



def printed_word(key: str, fallback: str) -> str:
    """A word of the printed documents' catalogue (``printing.labels``) in the UI language: the
    screen says what the card and the protocol say (contact types, triggers, stages of change)."""
    return LABELS.get(QLocale().name()[:2], LABELS["en"]).get(key, fallback)


def contact_type_name(code: str) -> str:
    return printed_word(f"contact.{code}", code)


def motivational_stage_name(code: str) -> str:
    """A stage of change, in the words the printed protocol uses for it."""
    return printed_word(f"stage.{code}", code)


def trigger_name(code: str) -> str:
    """A trigger category in the UI language, in the words the printed card uses for it.

    The printed card's catalogue (``printing.labels``) is the one vocabulary of the method's
    triggers, so the box the worker ticks says what the client reads; it lists each trigger in
    lower case within a sentence, a label starts with a capital.
    """
    word = printed_word(f"trigger.{code}", "")
    return word[:1].upper() + word[1:] if word else code


def phase_name(code: str) -> str:
    names = {
        Phase.CLARIFICATION: translate("Vocabulary", "Clarification"),
        Phase.ASSESSMENT: translate("Vocabulary", "Assessment"),
        Phase.PLANNING: translate("Vocabulary", "Service planning"),
        Phase.LINKING: translate("Vocabulary", "Linking"),
        Phase.MONITORING: translate("Vocabulary", "Monitoring"),
        Phase.EVALUATION: translate("Vocabulary", "Evaluation"),
        Phase.CLOSED: translate("Vocabulary", "Closed"),
    }
    try:
        return names[Phase(code)]
    except ValueError:
        return code


def goal_level_name(code: str) -> str:
    names = {
        GoalLevel.MACRO: translate("Vocabulary", "Macro goal"),
        GoalLevel.MESO: translate("Vocabulary", "Meso goal"),
        GoalLevel.MICRO: translate("Vocabulary", "Step"),
    }
    try:
        return names[GoalLevel(code)]
    except ValueError:
        return code


def goal_status_name(code: str) -> str:
    """A goal's status in the words the printed plan uses for it."""
    return printed_word(f"goal_status.{code}", code)


def responsible_kind_name(code: str) -> str:
    """Who carries a goal: the client, the case manager, a network person, a provider."""
    names = {
        Responsible.CLIENT: translate("Vocabulary", "Client"),
        Responsible.CASE_MANAGER: translate("Vocabulary", "Case manager"),
        Responsible.NETWORK: translate("Vocabulary", "Network person"),
        Responsible.PROVIDER: translate("Vocabulary", "Provider"),
    }
    try:
        return names[Responsible(code)]
    except ValueError:
        return code


def referral_state_name(code: str) -> str:
    names = {
        ReferralState.PREPARED: translate("Vocabulary", "Prepared"),
        ReferralState.CONTACTED: translate("Vocabulary", "Contacted"),
        ReferralState.ACCEPTED: translate("Vocabulary", "Accepted"),
        ReferralState.STARTED: translate("Vocabulary", "Started"),
        ReferralState.DECLINED_BY_PROVIDER: translate("Vocabulary", "Declined by the helper"),
        ReferralState.DECLINED_BY_CLIENT: translate("Vocabulary", "Declined by the client"),
        ReferralState.UNAVAILABLE: translate("Vocabulary", "Service unavailable"),
        ReferralState.WITHDRAWN: translate("Vocabulary", "Withdrawn"),
    }
    try:
        return names[ReferralState(code)]
    except ValueError:
        return code


def closure_reason_name(code: str) -> str:
    """A closure reason in the words the printed evaluation uses for it."""
    return printed_word(f"closure.{code}", code)


def access_route_name(code: str) -> str:
    names = {
        AccessRoute.OUTREACH: translate("Vocabulary", "Met through outreach"),
        AccessRoute.CAME_TO_US: translate("Vocabulary", "Came to us"),
        AccessRoute.REFERRED: translate("Vocabulary", "Referred by someone"),
    }
    try:
        return names[AccessRoute(code)]
    except ValueError:
        return code


def consent_form_name(code: str) -> str:
    names = {
        ConsentForm.WRITTEN: translate("Vocabulary", "In writing"),
        ConsentForm.ORAL: translate("Vocabulary", "Orally"),
        ConsentForm.DIGITAL: translate("Vocabulary", "Digitally"),
    }
    try:
        return names[ConsentForm(code)]
    except ValueError:
        return code


def plan_domain_name(code: str) -> str:
    """A built-in life domain in the printed plan's words (a team's own domain keeps its code's label)."""
    return printed_word(f"domain.{code}", code)


def life_domain_name(code: str, team_label: str = "") -> str:
    """A life domain as the team calls it: its own label, else the built-in word of the printed documents."""
    return team_label or plan_domain_name(code)


def impairment_rating_name(rating: int | None) -> str:
    """An assessment rating (0 none … 4 complete impairment, None not assessed) in the printed summary's words."""
    return printed_word(f"rating.{'none' if rating is None else rating}", str(rating))


def language_name(code: str) -> str:
    """A UI language in its own words, as a language picker lists it ("Deutsch", "Dansk")."""
    return {"de": "Deutsch", "da": "Dansk", "en": "English"}.get(code, code)


def gender_name(value: str) -> str:
    """The gender field as the worker reads it: the codes that imports and the demo write are named,
    anything typed by hand is shown as typed."""
    names = {
        "male": translate("Vocabulary", "male"),
        "female": translate("Vocabulary", "female"),
        "diverse": translate("Vocabulary", "diverse"),
    }
    return names.get(value.strip().lower(), value)


def _spoken_language_names() -> dict[str, str]:
    # Qt names languages only in English or in their own script; a worker reads them in the UI language.
    return {
        "de": translate("Vocabulary", "German"), "da": translate("Vocabulary", "Danish"),
        "en": translate("Vocabulary", "English"), "pl": translate("Vocabulary", "Polish"),
        "tr": translate("Vocabulary", "Turkish"), "ru": translate("Vocabulary", "Russian"),
        "uk": translate("Vocabulary", "Ukrainian"), "ar": translate("Vocabulary", "Arabic"),
        "fa": translate("Vocabulary", "Persian"), "ku": translate("Vocabulary", "Kurdish"),
        "ro": translate("Vocabulary", "Romanian"), "bg": translate("Vocabulary", "Bulgarian"),
        "so": translate("Vocabulary", "Somali"), "ti": translate("Vocabulary", "Tigrinya"),
        "fr": translate("Vocabulary", "French"), "es": translate("Vocabulary", "Spanish"),
        "it": translate("Vocabulary", "Italian"), "pt": translate("Vocabulary", "Portuguese"),
        "sv": translate("Vocabulary", "Swedish"), "nb": translate("Vocabulary", "Norwegian"),
        "no": translate("Vocabulary", "Norwegian"), "sq": translate("Vocabulary", "Albanian"),
        "sr": translate("Vocabulary", "Serbian"), "hr": translate("Vocabulary", "Croatian"),
        "hu": translate("Vocabulary", "Hungarian"), "lt": translate("Vocabulary", "Lithuanian"),
    }


def languages_text(value: str) -> str:
    """A client's languages as the worker reads them: ISO codes ("de, ar") become names in the UI
    language ("Deutsch, Arabisch"); names typed by hand stay as typed."""
    names = _spoken_language_names()
    parts = [part.strip() for part in value.split(",") if part.strip()]
    return ", ".join(names.get(part.lower(), part) for part in parts)


def quoted(text: str) -> str:
    """``text`` in the quotation marks of the UI language: „…“ (German), »…« (Danish), “…” (English)."""
    opening, closing = {"de": ("„", "“"), "da": ("»", "«")}.get(QLocale().name()[:2], ("“", "”"))
    return f"{opening}{text}{closing}"


def client_name(display_name: str) -> str:
    """A client's name as the services spell it ("Karl Meier „Kalle“") with the alias in the
    quotation marks of the UI language (Danish »Kalle«, English “Kalle”)."""
    start = display_name.find("„")
    if start < 0 or not display_name.endswith("“"):
        return display_name
    return display_name[:start] + quoted(display_name[start + 1:-1])


# --- dates: the store keeps naive wall-clock times, as the worker sees and types them ------------

def to_qdatetime(value: datetime) -> QDateTime:
    return QDateTime(QDate(value.year, value.month, value.day), QTime(value.hour, value.minute, value.second))


def from_qdatetime(value: QDateTime) -> datetime:
    return value.toPython().replace(microsecond=0)


def date_format(locale: QLocale | None = None) -> str:
    """The one date pattern of the UI locale, for labels, lists and date editors alike: the
    locale's short date with a four-digit year (a birth year must not read as "80")."""
    pattern = (locale or QLocale()).dateFormat(QLocale.FormatType.ShortFormat)
    return pattern if "yyyy" in pattern else pattern.replace("yy", "yyyy")


def time_format(locale: QLocale | None = None) -> str:
    return (locale or QLocale()).timeFormat(QLocale.FormatType.ShortFormat)


def datetime_format() -> str:
    """Date and time as ``format_datetime`` writes them; a QDateTimeEdit's display format."""
    return f"{date_format()} {time_format()}"


def format_datetime(value: datetime | None) -> str:
    """As ``datetime_format`` writes it. The date and the time are written apart: a QDateTime
    looks up the time zone, ten times the cost, which a list of thousands of tasks felt."""
    if value is None:
        return ""
    locale = QLocale()
    return (f"{locale.toString(QDate(value.year, value.month, value.day), date_format(locale))} "
            f"{locale.toString(QTime(value.hour, value.minute, value.second), time_format(locale))}")


def format_date(value: date | None) -> str:
    if value is None:
        return ""
    locale = QLocale()
    return locale.toString(QDate(value.year, value.month, value.day), date_format(locale))


def format_birth_date(value: date | None, approximate: bool) -> str:
    """Approximate birth dates show only the year, as "~1984"."""
    if value is None:
        return ""
    return f"~{value.year}" if approximate else format_date(value)


def yes_no(value: bool) -> str:
    return translate("Vocabulary", "Yes") if value else translate("Vocabulary", "No")


# --- synced records, for conflicts and refused changes -------------------------------------------

def table_label(table: str) -> str:
    labels = {
        "worker": translate("Vocabulary", "Worker"),
        "client": translate("Vocabulary", "Client details"),
        "confidentiality_release": translate("Vocabulary", "Release of confidentiality"),
        "case_episode": translate("Vocabulary", "Case episode"),
        "phase_change": translate("Vocabulary", "Phase change"),
        "contact": translate("Vocabulary", "Contact"),
        "task": translate("Vocabulary", "Task"),
        "relapse_card_version": translate("Vocabulary", "Relapse-prevention card"),
        "crisis_line": translate("Vocabulary", "Team phone number"),
        "provider": translate("Vocabulary", "Helper directory entry"),
        "life_domain": translate("Vocabulary", "Life domain (team)"),
        "monitoring_rule_setting": translate("Vocabulary", "Monitoring rule setting"),
        "assessment": translate("Vocabulary", "Assessment"),
        "assessment_domain": translate("Vocabulary", "Assessment of a life domain"),
        "service_plan": translate("Vocabulary", "Service plan"),
        "plan_goal": translate("Vocabulary", "Goal"),
        "plan_service": translate("Vocabulary", "Service in the plan"),
        "referral": translate("Vocabulary", "Referral"),
        "referral_change": translate("Vocabulary", "Referral state change"),
        "rule_snooze": translate("Vocabulary", "Monitoring rule put off"),
        "network_person": translate("Vocabulary", "Network person"),
        "network_relation": translate("Vocabulary", "Tie between network persons"),
        "ecomap_snapshot": translate("Vocabulary", "Ecomap snapshot"),
        "instrument_record": translate("Vocabulary", "Instrument"),
        "instrument_item": translate("Vocabulary", "Instrument item (team)"),
        "street_round": translate("Vocabulary", "Street round"),
        "harm_reduction_item": translate("Vocabulary", "Harm-reduction item (team)"),
        "activity": translate("Vocabulary", "Activity"),
        "usual_place": translate("Vocabulary", "Usual place"),
    }
    return labels.get(table, table)


def field_label(table: str, column: str) -> str:
    """The label of a synced column (``services.sync_service.synced_fields`` lists them all)."""
    by_table = {
        ("worker", "name"): translate("Vocabulary", "Name"),
        ("worker", "team"): translate("Vocabulary", "Team"),
        ("crisis_line", "label"): translate("Vocabulary", "Name"),
        ("crisis_line", "number"): translate("Vocabulary", "Phone number"),
        ("relapse_card_version", "created_at"): translate("Vocabulary", "Card made on"),
        ("network_person", "name"): translate("Vocabulary", "Name"),
        ("network_person", "kind"): translate("Vocabulary", "Informal or formal"),
        ("network_person", "sector"): translate("Vocabulary", "Sector"),
        ("network_person", "relationship"): translate("Vocabulary", "Relationship"),
        ("network_person", "direction"): translate("Vocabulary", "Direction of support"),
        ("network_person", "frequency"): translate("Vocabulary", "Contact frequency"),
        ("network_person", "domains"): translate("Vocabulary", "Life domains covered"),
        ("network_person", "importance"): translate("Vocabulary", "Importance"),
        ("network_person", "position_x"): translate("Vocabulary", "Place on the map (across)"),
        ("network_person", "position_y"): translate("Vocabulary", "Place on the map (down)"),
        ("network_relation", "person_a_id"): translate("Vocabulary", "First person"),
        ("network_relation", "person_b_id"): translate("Vocabulary", "Second person"),
        ("ecomap_snapshot", "taken_at"): translate("Vocabulary", "Taken on"),
        ("ecomap_snapshot", "content"): translate("Vocabulary", "The map"),
        ("instrument_record", "kind"): translate("Vocabulary", "Instrument"),
        ("instrument_record", "recorded_on"): translate("Vocabulary", "Recorded on"),
        ("instrument_record", "contact_id"): translate("Vocabulary", "Contact"),
        ("instrument_record", "stage"): translate("Vocabulary", "Stage of change"),
        ("instrument_record", "substance"): translate("Vocabulary", "Substance"),
        ("instrument_record", "answers"): translate("Vocabulary", "Answers"),
        ("instrument_record", "score"): translate("Vocabulary", "Score"),
        ("instrument_item", "instrument"): translate("Vocabulary", "Instrument"),
        ("instrument_item", "text"): translate("Vocabulary", "Item text"),
        ("client", "card_review_since"): translate("Vocabulary", "Relapse card to review since"),
        ("confidentiality_release", "domains"): translate("Vocabulary", "Life domains released"),
        ("confidentiality_release", "information"): translate("Vocabulary", "Kinds of information released"),
        ("data_consent", "given_on"): translate("Vocabulary", "Consent given on"),
        ("data_consent", "form"): translate("Vocabulary", "Form of consent"),
        ("data_consent", "withdrawn_on"): translate("Vocabulary", "Consent withdrawn on"),
        ("disclosure", "recipient"): translate("Vocabulary", "Shared with"),
        ("disclosure", "release_id"): translate("Vocabulary", "Under release"),
        ("disclosure", "contact_id"): translate("Vocabulary", "Contact"),
        ("disclosure", "domains"): translate("Vocabulary", "Life domains shared"),
        ("disclosure", "information"): translate("Vocabulary", "Kinds of information shared"),
        ("disclosure", "what"): translate("Vocabulary", "What was shared"),
        ("network_person", "strength"): translate("Vocabulary", "Strength of the tie"),
        ("network_person", "quality"): translate("Vocabulary", "Quality of the tie"),
        ("network_relation", "strength"): translate("Vocabulary", "Strength of the tie"),
        ("network_relation", "quality"): translate("Vocabulary", "Quality of the tie"),
        ("relapse_card_version", "worker_id"): translate("Vocabulary", "Made by"),
        ("contact", "worker_id"): translate("Vocabulary", "Recorded by"),
        ("phase_change", "worker_id"): translate("Vocabulary", "Changed by"),
        ("client", "created_at"): translate("Vocabulary", "Created on"),
        ("client", "kind"): translate("Vocabulary", "Client or code person"),
        ("client", "code"): translate("Vocabulary", "Code name"),
        ("activity", "kind"): translate("Vocabulary", "Kind of activity"),
        ("street_round", "started_at"): translate("Vocabulary", "Started at"),
        ("street_round", "people"): translate("Vocabulary", "People met"),
        ("street_round", "people_total"): translate("Vocabulary", "People met in all"),
        ("street_round", "approximate"): translate("Vocabulary", "Figures estimated"),
        ("street_round", "talks"): translate("Vocabulary", "Talks"),
        ("harm_reduction_item", "code"): translate("Vocabulary", "Item"),
        ("client", "agreed_description"): translate("Vocabulary", "Description the client agreed to"),
        ("client", "description_agreed_on"): translate("Vocabulary", "Description agreed on"),
        ("usual_place", "kind"): translate("Vocabulary", "Kind of place"),
        ("usual_place", "name"): translate("Vocabulary", "Place"),
        ("usual_place", "hours"): translate("Vocabulary", "Hours"),
        ("usual_place", "position"): translate("Vocabulary", "Position in the list"),
        ("client", "merged_into"): translate("Vocabulary", "Merged into"),
        ("case_episode", "joined_into"): translate("Vocabulary", "Joined into the case"),
    }
    by_column = {
        "role": translate("Vocabulary", "Role"),
        "caseload_limit": translate("Vocabulary", "Caseload limit"),
        "retention_years": translate("Vocabulary", "Years kept after the last case closed"),
        "deleted": translate("Vocabulary", "Deleted"),
        "first_name": translate("Vocabulary", "First name"),
        "last_name": translate("Vocabulary", "Last name"),
        "alias": translate("Vocabulary", "Alias / street name"),
        "birth_date": translate("Vocabulary", "Date of birth"),
        "birth_date_approximate": translate("Vocabulary", "Date of birth approximate"),
        "gender": translate("Vocabulary", "Gender"),
        "languages": translate("Vocabulary", "Languages"),
        "whereabouts": translate("Vocabulary", "Where to find them"),
        "phone": translate("Vocabulary", "Phone"),
        "address": translate("Vocabulary", "Address"),
        "no_fixed_abode": translate("Vocabulary", "No fixed abode"),
        "emergency_notes": translate("Vocabulary", "Emergency notes"),
        "consent_data_processing": translate("Vocabulary", "Consent to data processing"),
        "consent_date": translate("Vocabulary", "Consent date"),
        "status": translate("Vocabulary", "Status"),
        "responsible_worker_id": translate("Vocabulary", "Responsible worker"),
        "deputy_worker_id": translate("Vocabulary", "Deputy"),
        "deputy_from": translate("Vocabulary", "Deputy from"),
        "deputy_until": translate("Vocabulary", "Deputy until"),
        "handover_note": translate("Vocabulary", "Handover note"),
        "archived_at": translate("Vocabulary", "Archived on"),
        "client_id": translate("Vocabulary", "Client"),
        "helper": translate("Vocabulary", "Helper"),
        "granted_on": translate("Vocabulary", "Granted on"),
        "expires_on": translate("Vocabulary", "Expires on"),
        "phase": translate("Vocabulary", "Phase"),
        "opened_on": translate("Vocabulary", "Opened on"),
        "closed_on": translate("Vocabulary", "Closed on"),
        "closure_reason": translate("Vocabulary", "Closure reason"),
        "episode_id": translate("Vocabulary", "Case episode"),
        "changed_at": translate("Vocabulary", "Changed on"),
        "reason": translate("Vocabulary", "Reason"),
        "occurred_at": translate("Vocabulary", "Date and time"),
        "duration_minutes": translate("Vocabulary", "Duration (minutes)"),
        "type": translate("Vocabulary", "Type"),
        "place": translate("Vocabulary", "Place"),
        "participants": translate("Vocabulary", "Who was there"),
        "topics": translate("Vocabulary", "Topics"),
        "client_state": translate("Vocabulary", "Client's state"),
        "motivational_stage": translate("Vocabulary", "Motivational stage"),
        "note": translate("Vocabulary", "Notes"),
        "title": translate("Vocabulary", "Title"),
        "due_at": translate("Vocabulary", "Due"),
        "assignee_worker_id": translate("Vocabulary", "Assigned to"),
        "done_at": translate("Vocabulary", "Done on"),
        "source_contact_id": translate("Vocabulary", "From contact"),
        "version": translate("Vocabulary", "Version"),
        "language": translate("Vocabulary", "Language"),
        "large_print": translate("Vocabulary", "Large print"),
        "show_first_name": translate("Vocabulary", "Show first name"),
        "show_surname": translate("Vocabulary", "Show surname"),
        "show_birth_date": translate("Vocabulary", "Show date of birth"),
        "situations": translate("Vocabulary", "Risk situations"),
        "important_numbers": translate("Vocabulary", "Important numbers"),
        "country": translate("Vocabulary", "Country"),
        "institution": translate("Vocabulary", "Institution"),
        "service_type": translate("Vocabulary", "Kind of service"),
        "contact_person": translate("Vocabulary", "Contact person"),
        "opening_hours": translate("Vocabulary", "Opening hours"),
        "notes": translate("Vocabulary", "Notes"),
        "code": translate("Vocabulary", "Code"),
        "label": translate("Vocabulary", "Name"),
        "position": translate("Vocabulary", "Order"),
        "retired": translate("Vocabulary", "No longer used"),
        "team": translate("Vocabulary", "Team"),
        "rule": translate("Vocabulary", "Monitoring rule"),
        "enabled": translate("Vocabulary", "Switched on"),
        "days": translate("Vocabulary", "Days"),
        "closure_code": translate("Vocabulary", "Closure reason (list)"),
        "access_route": translate("Vocabulary", "Access route"),
        "referred_by": translate("Vocabulary", "Referred by"),
        "screening_several_domains": translate("Vocabulary", "Several life domains affected"),
        "screening_several_helpers": translate("Vocabulary", "Several helpers involved"),
        "screening_client_agrees": translate("Vocabulary", "Client agrees"),
        "screening_appropriate": translate("Vocabulary", "Case management appropriate"),
        "screening_note": translate("Vocabulary", "Screening note"),
        "intake_agreed_on": translate("Vocabulary", "Intake agreed on"),
        "intake_agreement": translate("Vocabulary", "What was agreed"),
        "consent_recorded_on": translate("Vocabulary", "Consent recorded on"),
        "consent_form": translate("Vocabulary", "Form of consent"),
        "evaluated_on": translate("Vocabulary", "Evaluated on"),
        "evaluation_client_view": translate("Vocabulary", "Client's view of the help"),
        "started_on": translate("Vocabulary", "Started on"),
        "due_on": translate("Vocabulary", "Due by"),
        "completed_on": translate("Vocabulary", "Completed on"),
        "worker_id": translate("Vocabulary", "Worker"),
        "assessment_id": translate("Vocabulary", "Assessment"),
        "domain": translate("Vocabulary", "Life domain"),
        "client_view": translate("Vocabulary", "Client's view"),
        "professional_view": translate("Vocabulary", "Professional view"),
        "rating": translate("Vocabulary", "Rating"),
        "resources_personal": translate("Vocabulary", "Personal resources"),
        "resources_private": translate("Vocabulary", "Resources in the private life-world"),
        "resources_community": translate("Vocabulary", "Resources in the community"),
        "problems": translate("Vocabulary", "Problems"),
        "client_priority": translate("Vocabulary", "Client's priority"),
        "previous_id": translate("Vocabulary", "Previous version"),
        "created_at": translate("Vocabulary", "Created on"),
        "own_activities": translate("Vocabulary", "Client's own activities"),
        "network_support": translate("Vocabulary", "What the network gives"),
        "contact_dates": translate("Vocabulary", "Contact dates"),
        "review_on": translate("Vocabulary", "Review on"),
        "client_signed_on": translate("Vocabulary", "Signed by the client on"),
        "worker_signed_on": translate("Vocabulary", "Signed by the case manager on"),
        "plan_id": translate("Vocabulary", "Service plan"),
        "parent_id": translate("Vocabulary", "Parent goal"),
        "lineage_id": translate("Vocabulary", "Goal across versions"),
        "level": translate("Vocabulary", "Goal level"),
        "wording": translate("Vocabulary", "Goal"),
        "indicator": translate("Vocabulary", "Indicator"),
        "agreed_by_client": translate("Vocabulary", "Agreed by the client"),
        "realistic_note": translate("Vocabulary", "Why it is realistic"),
        "deadline": translate("Vocabulary", "Deadline"),
        "responsible": translate("Vocabulary", "Responsible"),
        "responsible_name": translate("Vocabulary", "Responsible person"),
        "provider_id": translate("Vocabulary", "Provider"),
        "attainment": translate("Vocabulary", "Goal attainment"),
        "attainment_comment": translate("Vocabulary", "Comment on attainment"),
        "scale_minus2": translate("Vocabulary", "Much less than expected (−2)"),
        "scale_minus1": translate("Vocabulary", "Less than expected (−1)"),
        "scale_0": translate("Vocabulary", "Expected outcome (0)"),
        "scale_plus1": translate("Vocabulary", "More than expected (+1)"),
        "scale_plus2": translate("Vocabulary", "Much more than expected (+2)"),
        "weight": translate("Vocabulary", "Weight"),
        "goal_lineage_id": translate("Vocabulary", "Goal"),
        "description": translate("Vocabulary", "Service"),
        "cost": translate("Vocabulary", "Cost"),
        "payer": translate("Vocabulary", "Payer"),
        "person": translate("Vocabulary", "Person"),
        "service": translate("Vocabulary", "What for"),
        "state": translate("Vocabulary", "State"),
        "state_on": translate("Vocabulary", "State since"),
        "follow_up_on": translate("Vocabulary", "Follow up on"),
        "decline_reason": translate("Vocabulary", "Reason for declining"),
        "alternative": translate("Vocabulary", "Alternative"),
        "release_override_reason": translate("Vocabulary", "Why without a release of confidentiality"),
        "referral_id": translate("Vocabulary", "Referral"),
        "changed_on": translate("Vocabulary", "Changed on"),
        "subject_id": translate("Vocabulary", "Concerns"),
        "snoozed_until": translate("Vocabulary", "Put off until"),
        "items": translate("Vocabulary", "Items handed out"),
    }
    return by_table.get((table, column)) or by_column.get(column, column)


def format_value(table: str, column: str, value: object) -> str:
    """A stored value as the worker reads it: codes named, yes/no, dates and numbers in the locale."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return yes_no(value)
    if isinstance(value, datetime):
        return format_datetime(value)
    if isinstance(value, date):
        return format_date(value)
    if isinstance(value, int | float):
        return QLocale().toString(value)
    if column == "phase":
        return phase_name(str(value))
    if (table, column) == ("contact", "type"):
        return contact_type_name(str(value))
    if isinstance(value, list | dict):
        return translate("Vocabulary", "(see the client file)")
    return str(value)


def refusal_text(reason: str, colleague: str = "") -> str:
    """Why the central store refused a change, and what the worker can do about it."""
    if reason == RefusalReason.CLIENT_MOVED:
        if colleague:
            return translate("Vocabulary", "The client is now with %1. Hand your changes to them, "
                                           "or discard them.").replace("%1", colleague)
        return translate("Vocabulary", "The client is now with another worker. Hand your changes to them, "
                                       "or discard them.")
    texts = {
        RefusalReason.NOT_PERMITTED: translate(
            "Vocabulary", "You are not responsible for this client. Ask your team lead to hand the client "
                          "to you and sync again, or discard the change."),
        RefusalReason.ADMIN_ONLY: translate(
            "Vocabulary", "Workers' details change only through the office's administration. Ask the office, "
                          "and discard your change."),
        RefusalReason.LEADS_ONLY: translate(
            "Vocabulary", "Only team leads and administrators change the shared lists. Ask your team lead, "
                          "and discard your change."),
        RefusalReason.CLIENT_ERASED: translate(
            "Vocabulary", "The client was erased at the office. Discard the change."),
        RefusalReason.INVALID_VALUE: translate(
            "Vocabulary", "The office cannot store a value of this change. Correct it and sync again, "
                          "or discard the change."),
        RefusalReason.STAMP_AHEAD: translate(
            "Vocabulary", "The change was made while this laptop's clock was ahead. Correct the date and "
                          "time and change it again, or discard the change."),
    }
    try:
        return texts[RefusalReason(reason)]
    except (KeyError, ValueError):
        return translate("Vocabulary", "The office did not take this change. Discard it, or ask the office.")


class Vocabulary(QObject):
    """The vocabulary's texts that count: pyside6-lupdate 6.11 reads plural forms from ``tr()``
    calls only, and ``tr`` takes its context ("Vocabulary") from this class's name."""

    def notice(self, kind: str, count: int, colleague: str, client: str) -> str:
        if kind == NoticeKind.FORWARDED:
            text = self.tr("%1 handed you %n change(s) to %2 they could no longer make.", "", count)
        elif kind == NoticeKind.RELAPSE_RECORDED:
            text = self.tr("%1 recorded a relapse of %2: look at the new tasks and the relapse card.")
        else:
            text = self.tr("%n change(s) %1 made offline to %2 arrived after the handover.", "", count)
        return text.replace("%1", colleague).replace("%2", client)


def notice_text(kind: str, count: int, colleague: str, client: str) -> str:
    return Vocabulary().notice(kind, count, colleague or translate("Vocabulary", "A colleague"), client)
