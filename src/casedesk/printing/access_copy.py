"""The client's copy of their data (GDPR Art. 15, issue 13 point 6), in German, Danish or English.

A letter to the client, readable without help: what the desk holds about them (grouped as the
worker sees it: personal details, case episodes, contacts, assessments, plans and goals,
referrals, consents and releases, network), and the legal parts Art. 15(1)–(2) asks for: the
purposes, the categories of data, the recipients (the disclosure log: who received what, when,
under which release), the retention period, the rights (rectification, erasure, restriction,
portability, objection, withdrawal, complaint) and the source of the data. The JSON export
(``casedesk export``) is the machine-readable half.

Contact notes and the names of others present are left out (Art. 15(4): they often name third
parties); the copy says so and that the client may have them with those parts blacked out.

The client's name is in the running header on paper only (``build``'s ``subject``): the PDF's
metadata carries the bare document kind.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from casedesk.printing import fonts
from casedesk.printing._document import (
    BODY,
    CELL,
    CELL_LABEL,
    FRAME_WIDTH,
    Output,
    boxed,
    build,
    cell,
    facts,
    grid,
    header_row,
    section,
    text,
    title_block,
)
from casedesk.printing._text import markup
from casedesk.printing.content import Language
from casedesk.printing.labels import format_date, format_datetime, label

BULLET = ParagraphStyle("access_bullet", parent=BODY, leftIndent=5 * mm, bulletIndent=1 * mm, spaceAfter=3)
SMALL = ParagraphStyle("access_small", parent=CELL, spaceBefore=3)


# --- content (the service layer fills it; display-ready values and a few codes) ---------------------

@dataclass(frozen=True)
class PersonalDetails:
    name: str = ""
    alias: str = ""
    birth_date: date | None = None
    birth_date_approximate: bool = False
    #: A code ("male", "female", "diverse") is worded here; anything else is printed as typed.
    gender: str = ""
    languages: tuple[str, ...] = ()
    phone: str = ""
    address: str = ""
    no_fixed_abode: bool = False
    whereabouts: str = ""
    emergency_notes: str = ""
    case_manager: str = ""
    deputy: str = ""
    recorded_since: date | None = None


@dataclass(frozen=True)
class EpisodeLine:
    opened_on: date
    phase: str
    closed_on: date | None = None
    closure_code: str = ""
    #: ``AccessRoute`` code ("outreach", "came_to_us", "referred") or "".
    access_route: str = ""
    referred_by: str = ""


@dataclass(frozen=True)
class ContactLine:
    occurred_at: datetime
    contact_type: str
    duration_minutes: int = 0
    place: str = ""
    topics: str = ""


@dataclass(frozen=True)
class AssessmentLine:
    started_on: date
    completed_on: date | None
    #: (life domain as named in the document's language, impairment 0–4 or None).
    domains: tuple[tuple[str, int | None], ...] = ()


@dataclass(frozen=True)
class GoalLine:
    level: str
    wording: str
    status: str


@dataclass(frozen=True)
class PlanLine:
    version: int
    created_on: date
    review_on: date | None = None
    client_signed_on: date | None = None
    goals: tuple[GoalLine, ...] = ()
    #: The versions this one replaced: (number, made on).
    earlier_versions: tuple[tuple[int, date], ...] = ()


@dataclass(frozen=True)
class ReferralLine:
    state_on: date
    to: str
    service: str
    state: str


@dataclass(frozen=True)
class ConsentLine:
    given_on: date | None
    #: ``ConsentForm`` code, or "" (an old yes without a form).
    form: str = ""
    withdrawn_on: date | None = None


@dataclass(frozen=True)
class ReleaseLine:
    helper: str
    granted_on: date
    expires_on: date | None
    #: Life domains as named in the document's language.
    domains: tuple[str, ...] = ()
    #: ``ReleaseInformation`` codes.
    information: tuple[str, ...] = ()


@dataclass(frozen=True)
class DisclosureLine:
    occurred_at: datetime
    recipient: str
    domains: tuple[str, ...] = ()
    information: tuple[str, ...] = ()
    what: str = ""
    #: The release it was shared under; None: without one (a legal duty, an emergency).
    release: ReleaseLine | None = None


@dataclass(frozen=True)
class NetworkLine:
    name: str
    relationship: str = ""
    #: ``NetworkKind`` and ``NetworkSector`` codes.
    kind: str = ""
    sector: str = ""


@dataclass(frozen=True)
class RecordCount:
    """Records printed as a count: relapse-card versions, instruments, tasks."""

    count: int = 0
    latest: date | None = None


@dataclass(frozen=True)
class AccessCopyContent:
    language: Language
    prepared_on: date
    prepared_by: str
    team: str
    personal: PersonalDetails
    retention_years: int
    episodes: tuple[EpisodeLine, ...] = ()
    contacts: tuple[ContactLine, ...] = ()
    assessments: tuple[AssessmentLine, ...] = ()
    plans: tuple[PlanLine, ...] = ()
    referrals: tuple[ReferralLine, ...] = ()
    consents: tuple[ConsentLine, ...] = ()
    releases: tuple[ReleaseLine, ...] = ()
    disclosures: tuple[DisclosureLine, ...] = ()
    network: tuple[NetworkLine, ...] = ()
    relapse_cards: RecordCount = field(default_factory=RecordCount)
    instruments: RecordCount = field(default_factory=RecordCount)
    tasks: RecordCount = field(default_factory=RecordCount)


# --- words ------------------------------------------------------------------------------------------

_WORDS: dict[str, dict[str, Any]] = {
    "de": {
        "title": "Auskunft über Ihre Daten",
        "subtitle": "Kopie nach Art. 15 der Datenschutz-Grundverordnung (DSGVO) für {name}",
        "intro": "Sie haben das Recht zu erfahren, welche Daten wir über Sie gespeichert haben, wozu wir sie "
                 "verwenden und an wen wir sie weitergegeben haben. Diese Auskunft gibt den Stand vom {date} "
                 "wieder.",
        "prepared": "Erstellt von {worker}",
        "prepared_team": "Erstellt von {worker}, Team {team}",
        "questions": "Wenn Sie Fragen zu dieser Auskunft haben oder etwas nicht stimmt, wenden Sie sich bitte an "
                     "{worker}.",
        "s.person": "Angaben zu Ihrer Person",
        "name": "Name", "alias": "Rufname", "birth_date": "Geburtsdatum", "gender": "Geschlecht",
        "languages": "Sprachen", "phone": "Telefon", "address": "Anschrift", "no_fixed_abode": "ohne festen Wohnsitz",
        "whereabouts": "Wo Sie anzutreffen sind", "emergency_notes": "Hinweise für den Notfall",
        "case_manager": "Ihre fallverantwortliche Fachkraft", "deputy": "Vertretung",
        "recorded_since": "Bei uns erfasst seit",
        "gender.male": "männlich", "gender.female": "weiblich", "gender.diverse": "divers",
        "s.episodes": "Ihre Begleitung",
        "col.opened": "Begonnen", "col.phase": "Stand", "col.closed": "Abgeschlossen", "col.reason": "Grund",
        "s.contacts": "Kontakte",
        "contacts.count": "{count} Kontakte, der erste am {first}, der letzte am {last}.",
        "contacts.one": "Ein Kontakt am {first}.",
        "contacts.note": "Die Gesprächsnotizen und die Namen weiterer Beteiligter sind hier nicht abgedruckt, weil "
                         "sie Angaben über andere Personen enthalten können (Art. 15 Abs. 4 DSGVO). Auf Wunsch "
                         "erhalten Sie auch die Notizen; Angaben über andere Personen werden dann unkenntlich "
                         "gemacht.",
        "col.date": "Datum", "col.type": "Art", "col.duration": "Dauer", "col.place": "Ort", "col.topics": "Themen",
        "s.assessments": "Einschätzungen Ihrer Lebenslage (Assessment)",
        "col.started": "Begonnen", "col.completed": "Abgeschlossen", "col.domains": "Lebensbereiche und Einschätzung",
        "not_completed": "noch nicht abgeschlossen",
        "s.plans": "Hilfepläne und Ziele",
        "plan.heading": "Hilfeplan, Version {version} vom {date}",
        "plan.review": "nächste Überprüfung am {date}", "plan.signed": "von Ihnen unterschrieben am {date}",
        "col.level": "Ebene", "col.goal": "Ziel", "col.status": "Stand",
        "no_goals": "Keine Ziele eingetragen.",
        "plan.earlier": "Frühere Fassungen: {versions}", "plan.version": "Version {version} vom {date}",
        "s.referrals": "Vermittlungen an andere Hilfen",
        "col.to": "An", "col.service": "Hilfe",
        "referral.prepared": "vorbereitet", "referral.contacted": "Kontakt aufgenommen", "referral.accepted": "zugesagt",
        "referral.started": "begonnen", "referral.declined_by_provider": "von der Stelle abgelehnt",
        "referral.declined_by_client": "von Ihnen abgelehnt", "referral.unavailable": "nicht verfügbar",
        "referral.withdrawn": "zurückgezogen",
        "s.consents": "Einwilligungen und Schweigepflichtentbindungen",
        "consent.what": "Einwilligung in die Datenverarbeitung",
        "consent.given": "erteilt am {date}", "consent.given_undated": "erteilt",
        "consent.withdrawn": "widerrufen am {date}",
        "form.written": "schriftlich", "form.oral": "mündlich", "form.digital": "digital",
        "releases.none": "Sie haben uns von keiner Schweigepflicht entbunden.",
        "col.helper": "Gegenüber", "col.granted": "Erteilt am", "col.expires": "Gültig bis", "col.scope": "Umfang",
        "open_ended": "unbefristet",
        "info.contact_details": "Kontaktdaten", "info.case_status": "Stand der Hilfe", "info.assessment": "Assessment",
        "info.plan": "Hilfeplan", "info.health": "Gesundheit", "info.documents": "Unterlagen",
        "s.network": "Personen in Ihrem Umfeld",
        "col.person": "Name", "col.relationship": "Beziehung", "col.kind": "Art",
        "kind.informal": "privat", "kind.formal": "Fachkraft / Einrichtung",
        "sector.family": "Familie", "sector.friends": "Freundeskreis", "sector.scene": "Szene",
        "sector.neighbourhood": "Nachbarschaft", "sector.institutions": "Einrichtungen",
        "s.other": "Weitere Aufzeichnungen",
        "other.cards": "Rückfallkarten: {count} Fassungen, die letzte vom {date}",
        "other.instruments": "Fragebögen und Einschätzungen (z. B. Veränderungsbereitschaft, Selbstwirksamkeit): "
                             "{count}, die letzte vom {date}",
        "other.tasks": "Aufgaben und Termine: {count}",
        "s.purposes": "Wozu wir Ihre Daten verarbeiten",
        "purposes": (
            ("Ihre Beratung und Begleitung: Ihre Lage klären, mit Ihnen einen Hilfeplan vereinbaren, Hilfen vermitteln "
            "und gemeinsam überprüfen, was erreicht ist."),
            ("Die Abstimmung mit anderen Stellen, die Sie unterstützen – nur soweit Sie uns von der Schweigepflicht "
            "entbunden haben oder ein Gesetz es verlangt."),
            ("Die Dokumentation unserer Arbeit, damit eine Vertretung oder eine Nachfolgerin bzw. ein Nachfolger Sie "
            "jederzeit weiter begleiten kann."),
            "Statistiken für unseren Träger und unsere Geldgeber; sie enthalten nur Zahlen und nennen niemanden.",
        ),
        "automated": "Wir treffen keine automatisierten Entscheidungen über Sie, auch kein Profiling (Art. 22 DSGVO).",
        "legal_basis": "Rechtsgrundlage ist Ihre Einwilligung (Art. 6 Abs. 1 Buchst. a und Art. 9 Abs. 2 Buchst. a "
                       "DSGVO). Sie können sie jederzeit mit Wirkung für die Zukunft widerrufen; was bis dahin "
                       "geschehen ist, bleibt rechtmäßig.",
        "s.categories": "Welche Arten von Daten wir verarbeiten",
        "categories": (
            ("Angaben zu Ihrer Person und wie wir Sie erreichen (Name, Rufname, Geburtsdatum, Telefon, Anschrift "
            "oder Aufenthaltsort)"),
            ("Angaben zu Ihrer Lebenslage: Wohnen, Finanzen, rechtliche Situation, Arbeit und Tagesstruktur, Familie "
            "und Freizeit"),
            ("Gesundheitsdaten einschließlich Angaben zum Suchtmittelkonsum – sie sind nach Art. 9 DSGVO besonders "
            "geschützt"),
            "Unsere Kontakte mit Ihnen, Ihre Ziele und der Verlauf der Hilfe",
            "Angaben über Personen aus Ihrem Umfeld, die Sie uns genannt haben",
            "Ihre Einwilligungen und Schweigepflichtentbindungen und was wir an wen weitergegeben haben",
        ),
        "s.recipients": "An wen wir Ihre Daten weitergegeben haben",
        "recipients.internal": "In unserem Team sehen Ihre Daten nur Ihre fallverantwortliche Fachkraft, deren "
                               "Vertretung und die Teamleitung. Gespeichert werden sie verschlüsselt auf den "
                               "Geräten des Teams und auf dem Server unserer Einrichtung.",
        "recipients.intro": "An andere Stellen haben wir Folgendes weitergegeben:",
        "recipients.none": "An andere Stellen haben wir keine Daten über Sie weitergegeben.",
        "col.recipient": "Empfänger", "col.shared": "Was", "col.basis": "Grundlage",
        "basis.release": "Ihre Schweigepflichtentbindung vom {date}",
        "basis.none": "ohne Schweigepflichtentbindung (gesetzliche Pflicht oder Notfall)",
        "s.retention": "Wie lange wir Ihre Daten speichern",
        "retention.rule": "Wir speichern Ihre Daten, solange wir Sie begleiten. Nach dem Abschluss Ihrer letzten "
                          "Begleitung bewahren wir sie {years} auf; danach werden sie gelöscht.",
        "retention.open": "Ihre Begleitung läuft zurzeit.",
        "retention.closed": "Ihre letzte Begleitung wurde am {closed} abgeschlossen. Ihre Daten werden nach dem "
                            "{until} gelöscht, wenn Sie bis dahin nicht wieder zu uns kommen.",
        "years.1": "ein Jahr", "years.n": "{n} Jahre",
        "s.rights": "Ihre Rechte",
        "rights": (
            ("Auskunft (Art. 15 DSGVO)", ("Sie können jederzeit erfahren, welche Daten wir über Sie speichern – so "
             "wie mit diesem Schreiben.")),
            ("Berichtigung (Art. 16 DSGVO)", ("Sind Angaben falsch oder unvollständig, berichtigen oder ergänzen wir "
             "sie.")),
            ("Löschung (Art. 17 DSGVO)", ("Sie können verlangen, dass wir Ihre Daten löschen, zum Beispiel wenn wir "
             "sie nicht mehr brauchen oder Sie Ihre Einwilligung widerrufen. Gelöscht wird auf allen Geräten und "
             "auf dem Server; vermerkt bleibt nur, dass gelöscht wurde.")),
            ("Einschränkung der Verarbeitung (Art. 18 DSGVO)", ("Sie können verlangen, dass wir Ihre Daten nur noch "
             "aufbewahren und nicht weiter verwenden, etwa solange geklärt wird, ob sie richtig sind.")),
            ("Datenübertragbarkeit (Art. 20 DSGVO)", ("Auf Wunsch erhalten Sie Ihre Daten auch als Datei in einem "
             "gängigen, maschinenlesbaren Format (JSON).")),
            ("Widerspruch (Art. 21 DSGVO)", ("Sie können der Verarbeitung aus Gründen, die sich aus Ihrer besonderen "
             "Situation ergeben, widersprechen.")),
            ("Widerruf (Art. 7 Abs. 3 DSGVO)", ("Eine Einwilligung oder eine Schweigepflichtentbindung können Sie "
             "jederzeit mit Wirkung für die Zukunft widerrufen.")),
            ("Beschwerde (Art. 77 DSGVO)", ("Sie können sich bei einer Datenschutz-Aufsichtsbehörde beschweren, "
             "insbesondere bei der Aufsichtsbehörde des Bundeslandes, in dem Sie leben oder in dem wir unseren Sitz "
             "haben.")),
        ),
        "rights.how": "Dafür genügt ein Wort an Ihre fallverantwortliche Fachkraft. Es kostet Sie nichts.",
        "s.source": "Woher Ihre Daten stammen",
        "source.base": "Die meisten Angaben haben Sie uns selbst in Gesprächen gegeben. Einschätzungen und Notizen "
                       "stammen von den Fachkräften, die Sie begleiten. Angaben von anderen Stellen haben wir nur "
                       "mit Ihrer Schweigepflichtentbindung eingeholt.",
        "source.outreach": "Wir haben Sie bei der aufsuchenden Arbeit kennengelernt (Beginn der Begleitung am {date}).",
        "source.came_to_us": "Sie sind am {date} von sich aus zu uns gekommen.",
        "source.referred": "Sie wurden uns am {date} von {by} vermittelt.",
        "source.referred_unnamed": "Sie wurden uns am {date} vermittelt.",
    },
    "da": {
        "title": "Indsigt i dine oplysninger",
        "subtitle": "Kopi efter artikel 15 i databeskyttelsesforordningen (GDPR) til {name}",
        "intro": "Du har ret til at vide, hvilke oplysninger vi har registreret om dig, hvad vi bruger dem til, og "
                 "hvem vi har videregivet dem til. Oversigten viser oplysningerne, som de var den {date}.",
        "prepared": "Udarbejdet af {worker}",
        "prepared_team": "Udarbejdet af {worker}, team {team}",
        "questions": "Har du spørgsmål til oversigten, eller er der noget, der ikke passer, så kontakt {worker}.",
        "s.person": "Oplysninger om dig",
        "name": "Navn", "alias": "Kaldenavn", "birth_date": "Fødselsdato", "gender": "Køn", "languages": "Sprog",
        "phone": "Telefon", "address": "Adresse", "no_fixed_abode": "uden fast bopæl",
        "whereabouts": "Hvor du kan træffes", "emergency_notes": "Vigtigt i en nødsituation",
        "case_manager": "Din sagsansvarlige medarbejder", "deputy": "Stedfortræder",
        "recorded_since": "Registreret hos os siden",
        "gender.male": "mand", "gender.female": "kvinde", "gender.diverse": "andet",
        "s.episodes": "Dine forløb",
        "col.opened": "Startet", "col.phase": "Status", "col.closed": "Afsluttet", "col.reason": "Årsag",
        "s.contacts": "Kontakter",
        "contacts.count": "{count} kontakter, den første den {first}, den seneste den {last}.",
        "contacts.one": "Én kontakt den {first}.",
        "contacts.note": "Noterne fra samtalerne og navnene på andre deltagere er ikke gengivet her, fordi de kan "
                         "indeholde oplysninger om andre personer (artikel 15, stk. 4). Du kan også få noterne; "
                         "oplysninger om andre personer bliver så gjort ulæselige.",
        "col.date": "Dato", "col.type": "Type", "col.duration": "Varighed", "col.place": "Sted", "col.topics": "Emner",
        "s.assessments": "Udredninger af din situation",
        "col.started": "Påbegyndt", "col.completed": "Afsluttet", "col.domains": "Livsområder og vurdering",
        "not_completed": "ikke afsluttet endnu",
        "s.plans": "Handleplaner og mål",
        "plan.heading": "Handleplan, version {version} af {date}",
        "plan.review": "næste opfølgning den {date}", "plan.signed": "underskrevet af dig den {date}",
        "col.level": "Niveau", "col.goal": "Mål", "col.status": "Status",
        "no_goals": "Ingen mål registreret.",
        "plan.earlier": "Tidligere versioner: {versions}", "plan.version": "version {version} af {date}",
        "s.referrals": "Henvisninger til anden hjælp",
        "col.to": "Til", "col.service": "Indsats",
        "referral.prepared": "forberedt", "referral.contacted": "kontaktet", "referral.accepted": "accepteret",
        "referral.started": "påbegyndt", "referral.declined_by_provider": "afvist af tilbuddet",
        "referral.declined_by_client": "afvist af dig", "referral.unavailable": "ikke til rådighed",
        "referral.withdrawn": "trukket tilbage",
        "s.consents": "Samtykker",
        "consent.what": "Samtykke til behandling af dine oplysninger",
        "consent.given": "givet den {date}", "consent.given_undated": "givet",
        "consent.withdrawn": "trukket tilbage den {date}",
        "form.written": "skriftligt", "form.oral": "mundtligt", "form.digital": "digitalt",
        "releases.none": "Du har ikke givet samtykke til videregivelse af oplysninger.",
        "col.helper": "Til", "col.granted": "Givet den", "col.expires": "Gyldigt til", "col.scope": "Omfang",
        "open_ended": "uden udløbsdato",
        "info.contact_details": "kontaktoplysninger", "info.case_status": "status i forløbet",
        "info.assessment": "udredning", "info.plan": "handleplan", "info.health": "helbred",
        "info.documents": "dokumenter",
        "s.network": "Personer omkring dig",
        "col.person": "Navn", "col.relationship": "Relation", "col.kind": "Type",
        "kind.informal": "privat", "kind.formal": "fagperson / tilbud",
        "sector.family": "familie", "sector.friends": "venner", "sector.scene": "miljøet",
        "sector.neighbourhood": "naboer", "sector.institutions": "institutioner",
        "s.other": "Andre registreringer",
        "other.cards": "Tilbagefaldskort: {count} versioner, den seneste fra den {date}",
        "other.instruments": "Skemaer og vurderinger (f.eks. motivation for forandring, mestringstro): {count}, den "
                             "seneste fra den {date}",
        "other.tasks": "Opgaver og aftaler: {count}",
        "s.purposes": "Hvad vi bruger dine oplysninger til",
        "purposes": (
            ("At rådgive og støtte dig: afklare din situation, lægge en handleplan sammen med dig, formidle kontakt "
            "til hjælp og sammen følge op på, hvad der er nået."),
            ("At samarbejde med andre, der hjælper dig – kun når du har givet samtykke til videregivelse, eller når "
            "loven kræver det."),
            "At dokumentere vores arbejde, så en stedfortræder eller en ny medarbejder til enhver tid kan overtage.",
            "Statistik til vores organisation og dem, der finansierer os; den indeholder kun tal og nævner ingen.",
        ),
        "automated": "Vi træffer ingen automatiske afgørelser om dig og foretager ingen profilering (artikel 22).",
        "legal_basis": "Retsgrundlaget er dit samtykke (artikel 6, stk. 1, litra a, og artikel 9, stk. 2, litra a). "
                       "Du kan til enhver tid trække det tilbage med virkning for fremtiden; det ændrer ikke ved, at "
                       "behandlingen indtil da var lovlig.",
        "s.categories": "Hvilke typer oplysninger vi behandler",
        "categories": (
            ("Oplysninger om dig, og hvordan vi kan nå dig (navn, kaldenavn, fødselsdato, telefon, adresse eller "
            "opholdssted)"),
            ("Oplysninger om din livssituation: bolig, økonomi, juridiske forhold, arbejde og hverdag, familie og "
            "fritid"),
            "Helbredsoplysninger, herunder om brug af rusmidler – de er følsomme oplysninger efter artikel 9",
            "Vores kontakter med dig, dine mål og forløbet af hjælpen",
            "Oplysninger om personer omkring dig, som du har fortalt os om",
            "Dine samtykker, og hvad vi har videregivet til hvem",
        ),
        "s.recipients": "Hvem vi har videregivet dine oplysninger til",
        "recipients.internal": "I vores team har kun din sagsansvarlige medarbejder, dennes stedfortræder og "
                               "teamlederen adgang til dine oplysninger. De opbevares krypteret på teamets "
                               "computere og på vores organisations server.",
        "recipients.intro": "Til andre har vi videregivet følgende:",
        "recipients.none": "Vi har ikke videregivet oplysninger om dig til andre.",
        "col.recipient": "Modtager", "col.shared": "Hvad", "col.basis": "Grundlag",
        "basis.release": "dit samtykke til videregivelse fra den {date}",
        "basis.none": "uden samtykke til videregivelse (lovkrav eller nødsituation)",
        "s.retention": "Hvor længe vi opbevarer dine oplysninger",
        "retention.rule": "Vi opbevarer dine oplysninger, så længe vi har et forløb med dig. Når dit seneste forløb "
                          "er afsluttet, opbevarer vi dem i {years} og sletter dem derefter.",
        "retention.open": "Dit forløb er i gang.",
        "retention.closed": "Dit seneste forløb blev afsluttet den {closed}. Dine oplysninger slettes efter den "
                            "{until}, medmindre du kommer tilbage til os inden da.",
        "years.1": "et år", "years.n": "{n} år",
        "s.rights": "Dine rettigheder",
        "rights": (
            ("Indsigt (artikel 15)", ("Du kan til enhver tid få at vide, hvilke oplysninger vi har om dig – som med "
             "denne oversigt.")),
            ("Berigtigelse (artikel 16)", ("Er oplysninger forkerte eller ufuldstændige, retter eller supplerer vi "
             "dem.")),
            ("Sletning (artikel 17)", ("Du kan bede os om at slette dine oplysninger, f.eks. når vi ikke længere har "
             "brug for dem, eller når du trækker dit samtykke tilbage. De slettes på alle computere og på serveren; "
             "kun det, at der er slettet, bliver noteret.")),
            ("Begrænsning af behandling (artikel 18)", ("Du kan bede os om kun at opbevare dine oplysninger og ikke "
             "bruge dem, f.eks. mens det undersøges, om de er rigtige.")),
            ("Dataportabilitet (artikel 20)", ("Du kan få dine oplysninger udleveret som en fil i et almindeligt, "
             "maskinlæsbart format (JSON).")),
            ("Indsigelse (artikel 21)", ("Du kan gøre indsigelse mod behandlingen af grunde, der vedrører din "
             "særlige situation.")),
            ("Tilbagekaldelse (artikel 7, stk. 3)", ("Et samtykke – også til videregivelse – kan du til enhver tid "
             "trække tilbage med virkning for fremtiden.")),
            ("Klage (artikel 77)", ("Du kan klage til Datatilsynet, Carl Jacobsens Vej 35, 2500 Valby, "
             "www.datatilsynet.dk.")),
        ),
        "rights.how": "Du skal blot sige det til din sagsansvarlige medarbejder. Det er gratis.",
        "s.source": "Hvor dine oplysninger kommer fra",
        "source.base": "De fleste oplysninger har du selv givet os i samtaler. Vurderinger og noter er skrevet af de "
                       "medarbejdere, der følger dig. Oplysninger fra andre har vi kun indhentet med dit samtykke.",
        "source.outreach": "Vi mødte dig gennem det opsøgende arbejde (forløbet startede den {date}).",
        "source.came_to_us": "Du henvendte dig selv til os den {date}.",
        "source.referred": "Du blev henvist til os den {date} af {by}.",
        "source.referred_unnamed": "Du blev henvist til os den {date}.",
    },
    "en": {
        "title": "Your personal data",
        "subtitle": "Copy under Article 15 of the General Data Protection Regulation (GDPR) for {name}",
        "intro": "You have the right to know which data we hold about you, what we use them for and to whom we have "
                 "passed them on. This copy shows your data as of {date}.",
        "prepared": "Prepared by {worker}",
        "prepared_team": "Prepared by {worker}, team {team}",
        "questions": "If you have questions about this copy or something is not right, please contact {worker}.",
        "s.person": "About you",
        "name": "Name", "alias": "Known as", "birth_date": "Date of birth", "gender": "Gender",
        "languages": "Languages", "phone": "Phone", "address": "Address", "no_fixed_abode": "no fixed abode",
        "whereabouts": "Where to find you", "emergency_notes": "Important in an emergency",
        "case_manager": "Your case manager", "deputy": "Deputy", "recorded_since": "Recorded with us since",
        "gender.male": "male", "gender.female": "female", "gender.diverse": "diverse",
        "s.episodes": "Your case episodes",
        "col.opened": "Opened", "col.phase": "Stage", "col.closed": "Closed", "col.reason": "Reason",
        "s.contacts": "Contacts",
        "contacts.count": "{count} contacts, the first on {first}, the latest on {last}.",
        "contacts.one": "One contact, on {first}.",
        "contacts.note": "The notes of the conversations and the names of others present are not printed here, "
                         "because they may contain information about other people (Article 15(4)). You can have "
                         "the notes too; information about other people is then blacked out.",
        "col.date": "Date", "col.type": "Kind", "col.duration": "Duration", "col.place": "Place",
        "col.topics": "Topics",
        "s.assessments": "Assessments of your situation",
        "col.started": "Started", "col.completed": "Completed", "col.domains": "Life domains and rating",
        "not_completed": "not completed yet",
        "s.plans": "Service plans and goals",
        "plan.heading": "Service plan, version {version} of {date}",
        "plan.review": "next review on {date}", "plan.signed": "signed by you on {date}",
        "col.level": "Level", "col.goal": "Goal", "col.status": "Status",
        "no_goals": "No goals recorded.",
        "plan.earlier": "Earlier versions: {versions}", "plan.version": "version {version} of {date}",
        "s.referrals": "Referrals to other help",
        "col.to": "To", "col.service": "Service",
        "referral.prepared": "prepared", "referral.contacted": "contacted", "referral.accepted": "accepted",
        "referral.started": "started", "referral.declined_by_provider": "declined by the provider",
        "referral.declined_by_client": "declined by you", "referral.unavailable": "not available",
        "referral.withdrawn": "withdrawn",
        "s.consents": "Consents and releases of confidentiality",
        "consent.what": "Consent to the processing of your data",
        "consent.given": "given on {date}", "consent.given_undated": "given",
        "consent.withdrawn": "withdrawn on {date}",
        "form.written": "in writing", "form.oral": "orally", "form.digital": "digitally",
        "releases.none": "You have not released us from confidentiality towards anyone.",
        "col.helper": "Towards", "col.granted": "Given on", "col.expires": "Valid until", "col.scope": "Scope",
        "open_ended": "open-ended",
        "info.contact_details": "contact details", "info.case_status": "status of the help",
        "info.assessment": "assessment", "info.plan": "service plan", "info.health": "health",
        "info.documents": "documents",
        "s.network": "People around you",
        "col.person": "Name", "col.relationship": "Relationship", "col.kind": "Kind",
        "kind.informal": "personal", "kind.formal": "professional / service",
        "sector.family": "family", "sector.friends": "friends", "sector.scene": "scene",
        "sector.neighbourhood": "neighbourhood", "sector.institutions": "institutions",
        "s.other": "Other records",
        "other.cards": "Relapse-prevention cards: {count} versions, the latest of {date}",
        "other.instruments": "Questionnaires and ratings (e.g. readiness to change, self-efficacy): {count}, the "
                             "latest of {date}",
        "other.tasks": "Tasks and appointments: {count}",
        "s.purposes": "What we use your data for",
        "purposes": (
            ("Counselling and supporting you: understanding your situation, agreeing a service plan with you, "
            "linking you with help and reviewing together what has been achieved."),
            ("Working with others who help you – only where you have released us from confidentiality or the law "
            "requires it."),
            "Documenting our work, so that a deputy or a successor can carry on supporting you at any time.",
            "Statistics for our organisation and our funders; they contain only figures and name no one.",
        ),
        "automated": "We make no automated decisions about you and no profiling (Article 22).",
        "legal_basis": "The legal basis is your consent (Article 6(1)(a) and Article 9(2)(a) GDPR). You can withdraw "
                       "it at any time with effect for the future; what happened until then remains lawful.",
        "s.categories": "The kinds of data we process",
        "categories": (
            ("Details about you and how to reach you (name, name you are known by, date of birth, phone, address or "
            "whereabouts)"),
            "Your life situation: housing, finances, legal situation, work and daily structure, family and leisure",
            "Health data, including your use of substances – specially protected under Article 9 GDPR",
            "Our contacts with you, your goals and how the help went",
            "Details of people around you that you told us about",
            "Your consents and releases of confidentiality, and what we passed on to whom",
        ),
        "s.recipients": "To whom we passed on your data",
        "recipients.internal": "In our team only your case manager, their deputy and the team lead see your data. "
                               "They are stored encrypted on the team's computers and on our organisation's server.",
        "recipients.intro": "We passed on the following to others:",
        "recipients.none": "We have not passed on any data about you to others.",
        "col.recipient": "Recipient", "col.shared": "What", "col.basis": "Basis",
        "basis.release": "your release of confidentiality of {date}",
        "basis.none": "without a release of confidentiality (a legal duty or an emergency)",
        "s.retention": "How long we keep your data",
        "retention.rule": "We keep your data as long as we support you. After your last case episode has closed, we "
                          "keep them for {years}; then they are erased.",
        "retention.open": "Your case episode is open.",
        "retention.closed": "Your last case episode closed on {closed}. Your data will be erased after {until} "
                            "unless you come back to us before then.",
        "years.1": "one year", "years.n": "{n} years",
        "s.rights": "Your rights",
        "rights": (
            ("Access (Article 15)", "You can find out at any time which data we hold about you – as with this copy."),
            ("Rectification (Article 16)", "If any details are wrong or incomplete, we correct or complete them."),
            ("Erasure (Article 17)", ("You can ask us to erase your data, for example when we no longer need them or "
             "you withdraw your consent. They are erased on every computer and on the server; only the fact that "
             "they were erased is kept.")),
            ("Restriction of processing (Article 18)", ("You can ask us only to keep your data and not to use them, "
             "for example while it is checked whether they are correct.")),
            ("Data portability (Article 20)", ("You can have your data as a file in a common, machine-readable format "
             "(JSON).")),
            ("Objection (Article 21)", ("You can object to the processing on grounds relating to your particular "
             "situation.")),
            ("Withdrawal (Article 7(3))", ("You can withdraw a consent or a release of confidentiality at any time with "
             "effect for the future.")),
            ("Complaint (Article 77)", ("You can complain to a data protection supervisory authority, in particular in "
             "the country where you live or where we are based.")),
        ),
        "rights.how": "A word to your case manager is enough. It costs you nothing.",
        "s.source": "Where your data come from",
        "source.base": "Most of the details you gave us yourself, in conversations. Ratings and notes come from the "
                       "workers who support you. We obtained details from others only with your release of "
                       "confidentiality.",
        "source.outreach": "We met you through our outreach work (the case episode began on {date}).",
        "source.came_to_us": "You came to us of your own accord on {date}.",
        "source.referred": "You were referred to us by {by} on {date}.",
        "source.referred_unnamed": "You were referred to us on {date}.",
    },
}


def word(language: Language, key: str, **values: object) -> str:
    value = _WORDS[language][key]
    return value.format(**values) if values else value


def _known(language: Language, prefix: str, code: str) -> str:
    """A code worded in the document's language; an unknown code (a team's own) as it is."""
    return _WORDS[language].get(f"{prefix}.{code}", code) if code else ""


def _label(language: Language, prefix: str, code: str) -> str:
    if not code:
        return ""
    try:
        return label(language, f"{prefix}.{code}")
    except KeyError:
        return code


def _day(language: Language, day: date | None) -> str:
    return format_date(language, day) if day else ""


def _years(language: Language, years: int) -> str:
    return word(language, "years.1") if years == 1 else word(language, "years.n", n=years)


def _add_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def _bullets(language: Language, items: Sequence[str]) -> list[Flowable]:
    return [Paragraph(markup(item, BULLET.fontName, BULLET.fontSize, FRAME_WIDTH - BULLET.leftIndent, language),
                      BULLET, bulletText="•") for item in items]


def _table(language: Language, captions: Sequence[str], widths: Sequence[float],
           rows: Sequence[Sequence[str]], bold_first: bool = False) -> Flowable:
    body: list[list[Any]] = [header_row(language, captions, widths)]
    for row in rows:
        body.append([cell(language, value, width, CELL_LABEL if bold_first and index == 0 else CELL)
                     for index, (value, width) in enumerate(zip(row, widths))])
    return grid(body, widths)


# --- the document -----------------------------------------------------------------------------------

def render_access_copy(content: AccessCopyContent, out: Output) -> int:
    fonts.register_fonts()
    language = content.language
    title = word(language, "title")
    person = content.personal
    story: list[Flowable] = title_block(language, title, word(language, "subtitle", name=person.name))
    story.append(text(language, word(language, "intro", date=format_date(language, content.prepared_on))))
    story.append(Spacer(0, 4))
    prepared = (word(language, "prepared_team", worker=content.prepared_by, team=content.team) if content.team
                else word(language, "prepared", worker=content.prepared_by))
    story.append(text(language, prepared))
    story.append(text(language, word(language, "questions", worker=content.prepared_by)))

    story += _personal(language, person)
    story += _episodes(language, content.episodes)
    story += _contacts(language, content.contacts)
    story += _assessments(language, content.assessments)
    story += _plans(language, content.plans)
    story += _referrals(language, content.referrals)
    story += _consents(language, content.consents, content.releases)
    story += _network(language, content.network)
    story += _other(language, content)

    story += [*section(language, word(language, "s.purposes")), *_bullets(language, word(language, "purposes")),
              text(language, word(language, "legal_basis")), Spacer(0, 3), text(language, word(language, "automated"))]
    story += [*section(language, word(language, "s.categories")), *_bullets(language, word(language, "categories"))]
    story += _recipients(language, content.disclosures)
    story += _retention(language, content)
    story += _rights(language)
    story += _source(language, content.episodes)
    return build(out, language, title, story, subject=person.name)


def _personal(language: Language, person: PersonalDetails) -> list[Flowable]:
    if person.birth_date is None:
        born = ""
    elif person.birth_date_approximate:
        born = f"~{person.birth_date.year}"
    else:
        born = format_date(language, person.birth_date)
    address = word(language, "no_fixed_abode") if person.no_fixed_abode else person.address
    pairs = [
        (word(language, "name"), person.name),
        (word(language, "alias"), person.alias),
        (word(language, "birth_date"), born),
        (word(language, "gender"), _WORDS[language].get(f"gender.{person.gender.strip().lower()}",
                                                        person.gender.strip())),
        (word(language, "languages"), ", ".join(person.languages)),
        (word(language, "phone"), person.phone),
        (word(language, "address"), address),
        (word(language, "whereabouts"), person.whereabouts),
        (word(language, "emergency_notes"), person.emergency_notes),
        (word(language, "case_manager"), person.case_manager),
        (word(language, "deputy"), person.deputy),
        (word(language, "recorded_since"), _day(language, person.recorded_since)),
    ]
    return [*section(language, word(language, "s.person")), facts(language, pairs, label_width=52 * mm)]


def _episodes(language: Language, episodes: Sequence[EpisodeLine]) -> list[Flowable]:
    if not episodes:
        return []
    widths = [28 * mm, 50 * mm, 28 * mm, FRAME_WIDTH - 106 * mm]
    rows = [[_day(language, e.opened_on), _label(language, "phase", e.phase), _day(language, e.closed_on),
             _label(language, "closure", e.closure_code)] for e in episodes]
    captions = [word(language, k) for k in ("col.opened", "col.phase", "col.closed", "col.reason")]
    return [*section(language, word(language, "s.episodes")), _table(language, captions, widths, rows)]


def _contacts(language: Language, contacts: Sequence[ContactLine]) -> list[Flowable]:
    if not contacts:
        return []
    first, last = contacts[0].occurred_at, contacts[-1].occurred_at
    summary = (word(language, "contacts.one", first=format_date(language, first)) if len(contacts) == 1 else
               word(language, "contacts.count", count=len(contacts), first=format_date(language, first),
                    last=format_date(language, last)))
    widths = [32 * mm, 36 * mm, 17 * mm, 44 * mm, FRAME_WIDTH - 129 * mm]
    rows = [[format_datetime(language, c.occurred_at), _label(language, "contact", c.contact_type),
             label(language, "minutes", minutes=c.duration_minutes) if c.duration_minutes else "", c.place, c.topics]
            for c in contacts]
    captions = [word(language, k) for k in ("col.date", "col.type", "col.duration", "col.place", "col.topics")]
    return [*section(language, word(language, "s.contacts")), text(language, summary), Spacer(0, 3),
            boxed(language, word(language, "contacts.note")), Spacer(0, 5),
            _table(language, captions, widths, rows)]


def _assessments(language: Language, assessments: Sequence[AssessmentLine]) -> list[Flowable]:
    if not assessments:
        return []
    widths = [28 * mm, 32 * mm, FRAME_WIDTH - 60 * mm]
    rows = []
    for a in assessments:
        domains = "\n".join(f"{name}: {label(language, f'rating.{rating}' if rating is not None else 'rating.none')}"
                            for name, rating in a.domains)
        rows.append([_day(language, a.started_on),
                     _day(language, a.completed_on) if a.completed_on else word(language, "not_completed"), domains])
    captions = [word(language, k) for k in ("col.started", "col.completed", "col.domains")]
    return [*section(language, word(language, "s.assessments")), _table(language, captions, widths, rows)]


def _plans(language: Language, plans: Sequence[PlanLine]) -> list[Flowable]:
    if not plans:
        return []
    story: list[Flowable] = section(language, word(language, "s.plans"))
    widths = [30 * mm, FRAME_WIDTH - 65 * mm, 35 * mm]
    captions = [word(language, k) for k in ("col.level", "col.goal", "col.status")]
    for plan in plans:
        heading = word(language, "plan.heading", version=plan.version, date=format_date(language, plan.created_on))
        notes = [word(language, "plan.review", date=format_date(language, plan.review_on))] if plan.review_on else []
        if plan.client_signed_on:
            notes.append(word(language, "plan.signed", date=format_date(language, plan.client_signed_on)))
        if plan.earlier_versions:
            notes.append(word(language, "plan.earlier", versions=", ".join(
                word(language, "plan.version", version=number, date=format_date(language, made))
                for number, made in plan.earlier_versions)))
        head = [text(language, heading, CELL_LABEL)]
        if notes:
            head.append(text(language, " · ".join(notes), CELL))
        if plan.goals:
            rows = [[_label(language, "goal_level", g.level), g.wording, _label(language, "goal_status", g.status)]
                    for g in plan.goals]
            table = _table(language, captions, widths, rows)
        else:
            table = text(language, word(language, "no_goals"))
        # The plan's heading stays with the first rows of its goals.
        story += [KeepTogether([*head, Spacer(0, 3)]), table, Spacer(0, 8)]
    return story


def _referrals(language: Language, referrals: Sequence[ReferralLine]) -> list[Flowable]:
    if not referrals:
        return []
    widths = [26 * mm, 55 * mm, FRAME_WIDTH - 121 * mm, 40 * mm]
    rows = [[_day(language, r.state_on), r.to, r.service, _known(language, "referral", r.state)] for r in referrals]
    captions = [word(language, k) for k in ("col.date", "col.to", "col.service", "col.status")]
    return [*section(language, word(language, "s.referrals")), _table(language, captions, widths, rows)]


def _scope(language: Language, domains: Sequence[str], information: Sequence[str]) -> str:
    return ", ".join([*domains, *(_known(language, "info", code) for code in information)])


def _consents(language: Language, consents: Sequence[ConsentLine], releases: Sequence[ReleaseLine]) -> list[Flowable]:
    story: list[Flowable] = section(language, word(language, "s.consents"))
    rows = []
    for consent in consents:
        given = (word(language, "consent.given", date=format_date(language, consent.given_on)) if consent.given_on
                 else word(language, "consent.given_undated"))
        if consent.form:
            given += f" ({_known(language, 'form', consent.form)})"
        withdrawn = (word(language, "consent.withdrawn", date=format_date(language, consent.withdrawn_on))
                     if consent.withdrawn_on else "")
        rows.append([word(language, "consent.what"), given, withdrawn])
    if rows:
        widths = [70 * mm, 60 * mm, FRAME_WIDTH - 130 * mm]
        story.append(grid([[cell(language, value, width) for value, width in zip(row, widths)] for row in rows],
                          widths, header=False))
        story.append(Spacer(0, 6))
    if releases:
        widths = [50 * mm, 26 * mm, 26 * mm, FRAME_WIDTH - 102 * mm]
        captions = [word(language, k) for k in ("col.helper", "col.granted", "col.expires", "col.scope")]
        release_rows = [[r.helper, _day(language, r.granted_on),
                         _day(language, r.expires_on) if r.expires_on else word(language, "open_ended"),
                         _scope(language, r.domains, r.information)] for r in releases]
        story.append(_table(language, captions, widths, release_rows, bold_first=True))
    else:
        story.append(text(language, word(language, "releases.none")))
    return story


def _network(language: Language, network: Sequence[NetworkLine]) -> list[Flowable]:
    if not network:
        return []
    widths = [55 * mm, 55 * mm, FRAME_WIDTH - 110 * mm]
    rows = [[n.name, n.relationship, ", ".join(part for part in (_known(language, "kind", n.kind),
                                                                  _known(language, "sector", n.sector)) if part)]
            for n in network]
    captions = [word(language, k) for k in ("col.person", "col.relationship", "col.kind")]
    return [*section(language, word(language, "s.network")), _table(language, captions, widths, rows)]


def _other(language: Language, content: AccessCopyContent) -> list[Flowable]:
    items = []
    if content.relapse_cards.count:
        items.append(word(language, "other.cards", count=content.relapse_cards.count,
                          date=_day(language, content.relapse_cards.latest)))
    if content.instruments.count:
        items.append(word(language, "other.instruments", count=content.instruments.count,
                          date=_day(language, content.instruments.latest)))
    if content.tasks.count:
        items.append(word(language, "other.tasks", count=content.tasks.count))
    return [*section(language, word(language, "s.other")), *_bullets(language, items)] if items else []


def _recipients(language: Language, disclosures: Sequence[DisclosureLine]) -> list[Flowable]:
    story: list[Flowable] = [*section(language, word(language, "s.recipients")),
                             text(language, word(language, "recipients.internal")), Spacer(0, 4)]
    if not disclosures:
        return [*story, text(language, word(language, "recipients.none"))]
    widths = [30 * mm, 42 * mm, FRAME_WIDTH - 122 * mm, 50 * mm]
    rows = []
    for d in disclosures:
        shared = "\n".join(part for part in (_scope(language, d.domains, d.information), d.what) if part)
        basis = (word(language, "basis.release", date=format_date(language, d.release.granted_on))
                 if d.release else word(language, "basis.none"))
        rows.append([format_datetime(language, d.occurred_at), d.recipient, shared, basis])
    captions = [word(language, k) for k in ("col.date", "col.recipient", "col.shared", "col.basis")]
    return [*story, text(language, word(language, "recipients.intro")), Spacer(0, 3),
            _table(language, captions, widths, rows)]


def _retention(language: Language, content: AccessCopyContent) -> list[Flowable]:
    story: list[Flowable] = [*section(language, word(language, "s.retention")),
                             text(language, word(language, "retention.rule",
                                                 years=_years(language, content.retention_years)))]
    if content.episodes:
        if any(e.closed_on is None for e in content.episodes):
            story.append(text(language, word(language, "retention.open")))
        else:
            closed = max(e.closed_on for e in content.episodes if e.closed_on)
            story.append(text(language, word(
                language, "retention.closed", closed=format_date(language, closed),
                until=format_date(language, _add_years(closed, content.retention_years)))))
    return story


def _rights(language: Language) -> list[Flowable]:
    story: list[Flowable] = section(language, word(language, "s.rights"))
    width = FRAME_WIDTH - BULLET.leftIndent
    rights = [Paragraph(f"<b>{escape(lead)}</b>: {markup(body, BULLET.fontName, BULLET.fontSize, width, language)}",
                        BULLET, bulletText="•") for lead, body in word(language, "rights")]
    # How to use them stays with the last right, never alone at the top of a page.
    return [*story, *rights[:-1], KeepTogether([rights[-1], Spacer(0, 3), boxed(language, word(language, "rights.how"))])]


def _source(language: Language, episodes: Sequence[EpisodeLine]) -> list[Flowable]:
    story: list[Flowable] = [*section(language, word(language, "s.source")),
                             text(language, word(language, "source.base"))]
    items = []
    for episode in episodes:
        day = format_date(language, episode.opened_on)
        if episode.access_route == "referred":
            items.append(word(language, "source.referred", date=day, by=episode.referred_by.strip())
                         if episode.referred_by.strip() else word(language, "source.referred_unnamed", date=day))
        elif episode.access_route in ("outreach", "came_to_us"):
            items.append(word(language, f"source.{episode.access_route}", date=day))
    if items:
        story += [Spacer(0, 3), *_bullets(language, items)]
    return story
