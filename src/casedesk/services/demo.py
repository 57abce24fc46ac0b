"""Generated demo desks: realistic German and Danish caseloads of any size.

Used for the README's "try it" desk, for screenshots and for the benchmarks (10 000 clients,
500 000 contacts). Rows go in through SQLAlchemy Core bulk inserts, which bypass the ORM's
``before_flush`` change tracker, so this module stamps ``hlc``/``field_clocks``/``origin_device``
and writes the matching ``PendingChange`` rows itself, by the same rules as
``casedesk.store.tracking``: a demo desk syncs exactly like one typed in by hand. Each batch
is indexed for full-text search at its end (``store.search_index.deferred_search_index``, as
the triggers would have), so the demo data is searchable at once.

The content is deterministic for a given seed and ``now``; row ids are fresh UUIDs (two demo
desks must never share ids, or they would merge into each other on a central store).
"""

import json
import random
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from itertools import pairwise
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import insert
from sqlalchemy.orm import Session

from casedesk.domain import (
    ASSESSMENT_TIME_BOX_DAYS,
    PLAN_REVIEW_MONTHS,
    WEEKLY_CONTACT_DAYS,
    AccessRoute,
    ActivityKind,
    AgeBand,
    ClientKind,
    ClientStatus,
    ClosureReason,
    ConsentForm,
    ContactType,
    GoalLevel,
    GoalStatus,
    HarmReductionItem,
    Icd10DependenceCriterion,
    InstrumentKind,
    LifeDomain,
    MotivationalStage,
    NetworkKind,
    NetworkSector,
    Phase,
    ReferralState,
    Responsible,
    Role,
    Sex,
    SupportDirection,
    TieQuality,
    TieStrength,
    UsualPlaceKind,
    tally_key,
)
from casedesk.models import (
    SYNCED_ENTITIES,
    Activity,
    Assessment,
    AssessmentDomain,
    CaseEpisode,
    Client,
    ConfidentialityRelease,
    Contact,
    CrisisLine,
    InstrumentRecord,
    NetworkPerson,
    NetworkRelation,
    PendingChange,
    PhaseChange,
    PlanGoal,
    PlanService,
    Provider,
    Referral,
    ReferralChange,
    ServicePlan,
    StreetRound,
    Synced,
    Task,
    Worker,
    assessment_domain_id,
    local_now,
    new_id,
)
from casedesk.models.whereabouts import UsualPlace
from casedesk.services.demo_cycle import DANISH_CYCLE, GERMAN_CYCLE, CycleTexts
from casedesk.services.desk import Desk
from casedesk.services.plans import add_months
from casedesk.services.street import suggest_code
from casedesk.store.search_index import deferred_search_index

DEMO_PASSPHRASE = "demo-passphrase"
DEMO_SETTING = "demo"
DEMO_WORKER_NAME = "Lena Hoffmann"
DEMO_TEAM = "Streetwork Mitte"
#: Rows per transaction: big enough to amortise the commit, small enough to keep memory flat.
BATCH_ROWS = 20_000

#: (phase, share of the caseload). Most clients of a running team are in monitoring.
PHASE_SHARES: tuple[tuple[Phase, float], ...] = (
    (Phase.CLARIFICATION, 0.08),
    (Phase.ASSESSMENT, 0.09),
    (Phase.PLANNING, 0.09),
    (Phase.LINKING, 0.10),
    (Phase.MONITORING, 0.46),
    (Phase.EVALUATION, 0.08),
    (Phase.CLOSED, 0.10),
)
PHASE_ORDER = [phase for phase, _share in PHASE_SHARES]

#: Where each phase stands in the cycle: later phases have every earlier one's records too.
ASSESSED, PLANNED, LINKED, MONITORED, EVALUATED = (PHASE_ORDER.index(phase) for phase in (
    Phase.ASSESSMENT, Phase.PLANNING, Phase.LINKING, Phase.MONITORING, Phase.EVALUATION))

#: Where a referral ended up, for cases in linking (only started) and later (some failed too).
REFERRAL_OUTCOMES_LINKING = ((ReferralState.PREPARED, 3), (ReferralState.CONTACTED, 3), (ReferralState.ACCEPTED, 2),
                             (ReferralState.STARTED, 1))
REFERRAL_OUTCOMES_LATER = ((ReferralState.STARTED, 10), (ReferralState.ACCEPTED, 1), (ReferralState.CONTACTED, 1),
                           (ReferralState.DECLINED_BY_PROVIDER, 2), (ReferralState.DECLINED_BY_CLIENT, 1),
                           (ReferralState.UNAVAILABLE, 1), (ReferralState.WITHDRAWN, 1))
#: The states a referral passed through to reach each state, in order.
REFERRAL_PATHS: dict[ReferralState, tuple[ReferralState, ...]] = {
    ReferralState.PREPARED: (ReferralState.PREPARED,),
    ReferralState.CONTACTED: (ReferralState.PREPARED, ReferralState.CONTACTED),
    ReferralState.ACCEPTED: (ReferralState.PREPARED, ReferralState.CONTACTED, ReferralState.ACCEPTED),
    ReferralState.STARTED: (ReferralState.PREPARED, ReferralState.CONTACTED, ReferralState.ACCEPTED,
                            ReferralState.STARTED),
    ReferralState.DECLINED_BY_PROVIDER: (ReferralState.PREPARED, ReferralState.CONTACTED,
                                         ReferralState.DECLINED_BY_PROVIDER),
    ReferralState.DECLINED_BY_CLIENT: (ReferralState.PREPARED, ReferralState.DECLINED_BY_CLIENT),
    ReferralState.UNAVAILABLE: (ReferralState.PREPARED, ReferralState.CONTACTED, ReferralState.UNAVAILABLE),
    ReferralState.WITHDRAWN: (ReferralState.PREPARED, ReferralState.WITHDRAWN),
}
FAILED_REFERRALS = {ReferralState.DECLINED_BY_PROVIDER, ReferralState.DECLINED_BY_CLIENT, ReferralState.UNAVAILABLE,
                    ReferralState.WITHDRAWN}
CLOSURE_SHARES = ((ClosureReason.GOALS_REACHED, 40), (ClosureReason.TRANSFERRED, 15), (ClosureReason.MOVED, 8),
                  (ClosureReason.CLIENT_ENDED, 12), (ClosureReason.CONTACT_LOST, 20), (ClosureReason.DIED, 2),
                  (ClosureReason.OTHER, 3))
#: How the rated domains are spread: most clients are hard hit in a few domains, fine in others.
RATING_WEIGHTS = (18, 22, 25, 22, 13)

#: How long ago the last contact was: "today", "week" (1-6 days), "overdue" (>= 7 days), "never".
RECENCY_SHARES = (("today", 0.15), ("week", 0.52), ("overdue", 0.28), ("never", 0.05))

CONTACT_TYPE_SHARES: tuple[tuple[ContactType, float], ...] = (
    (ContactType.STREET, 0.34),
    (ContactType.PHONE, 0.15),
    (ContactType.OFFICE, 0.14),
    (ContactType.HOME_VISIT, 0.05),
    (ContactType.ACCOMPANIMENT, 0.08),
    (ContactType.COUNSELLING, 0.09),
    (ContactType.CRISIS, 0.03),
    (ContactType.HELPER_CONFERENCE, 0.03),
    (ContactType.MISSED, 0.07),
    (ContactType.OTHER, 0.02),
)
DURATION_RANGES: dict[ContactType, tuple[int, int]] = {
    ContactType.STREET: (5, 40),
    ContactType.PHONE: (3, 20),
    ContactType.OFFICE: (20, 60),
    ContactType.HOME_VISIT: (30, 90),
    ContactType.ACCOMPANIMENT: (60, 240),
    ContactType.COUNSELLING: (45, 60),
    ContactType.CRISIS: (30, 180),
    ContactType.HELPER_CONFERENCE: (45, 120),
    ContactType.MISSED: (0, 15),
    ContactType.OTHER: (5, 30),
}

OTHER_WORKERS = (
    ("Sabine Krüger", Role.CASEWORKER),
    ("Mikkel Jensen", Role.CASEWORKER),
    ("Tobias Wagner", Role.TEAM_LEAD),
)

CRISIS_LINES = (
    ("DE", "Telefonseelsorge", "0800 111 0 111"),
    ("DE", "Telefonseelsorge", "0800 111 0 222"),
    ("DE", "Sucht & Drogen Hotline", "01806 313031"),
    ("DE", "Giftnotruf Berlin", "030 19240"),
    ("DK", "Livslinien", "70 201 201"),
    ("DK", "Giftlinjen", "82 12 12 12"),
)


@dataclass(frozen=True)
class Locale:
    """Everything language-specific a generated client draws from."""

    code: str
    country: str
    male_first_names: Sequence[str]
    female_first_names: Sequence[str]
    surnames: Sequence[str]
    whereabouts: Sequence[str]
    streets: Sequence[str]
    city: str
    postcodes: Sequence[str]
    office: str
    helpers: Sequence[str]
    openings: dict[ContactType, Sequence[str]]
    observations: Sequence[str]
    subjects: Sequence[str]
    closings: Sequence[str]
    topics: Sequence[str]
    states: Sequence[str]
    task_titles: Sequence[str]
    closure_reasons: Sequence[str]
    emergency_notes: Sequence[str]


#: What a network person is to the client, per language and sector of the ecomap.
NETWORK_WORDS: dict[str, dict[NetworkSector, Sequence[str]]] = {
    "de": {
        NetworkSector.FAMILY: ("Mutter", "Vater", "Schwester", "Bruder", "Tochter", "Sohn", "Ex-Partnerin", "Onkel"),
        NetworkSector.FRIENDS: ("Freund aus der Schulzeit", "Kumpel", "Freundin", "alter Kollege"),
        NetworkSector.SCENE: ("Bekannter von der Szene", "Trinkkumpel", "kennt ihn vom Bahnhof"),
        NetworkSector.NEIGHBOURHOOD: ("Nachbarin", "Kioskbesitzer", "Hausmeister", "Wirt der Eckkneipe"),
        NetworkSector.INSTITUTIONS: ("Fallmanagerin", "Hausarzt", "Bewährungshelfer", "Berater", "Sachbearbeiter"),
    },
    "da": {
        NetworkSector.FAMILY: ("mor", "far", "søster", "bror", "datter", "søn", "tidligere kæreste", "onkel"),
        NetworkSector.FRIENDS: ("ven fra skolen", "kammerat", "veninde", "gammel kollega"),
        NetworkSector.SCENE: ("bekendt fra miljøet", "drikkekammerat", "kender ham fra Hovedbanen"),
        NetworkSector.NEIGHBOURHOOD: ("nabo", "kioskejer", "vicevært", "værten på bodegaen"),
        NetworkSector.INSTITUTIONS: ("sagsbehandler", "egen læge", "tilsynsførende", "rådgiver", "kontaktperson"),
    },
}


GERMAN = Locale(
    code="de",
    country="DE",
    male_first_names=(
        "Thomas", "Michael", "Andreas", "Stefan", "Frank", "Jürgen", "Uwe", "Sven", "Dirk", "Marco",
        "Kevin", "Dennis", "Patrick", "Matthias", "Jörg", "Ralf", "Holger", "Björn", "Lukas", "Jan",
        "Sebastian", "Mehmet", "Piotr", "Sascha", "Günter", "Klaus", "René", "Maik", "Nico", "Timo",
    ),
    female_first_names=(
        "Sabine", "Petra", "Claudia", "Nicole", "Susanne", "Andrea", "Stefanie", "Jessica", "Katrin",
        "Sandra", "Manuela", "Jennifer", "Yvonne", "Daniela", "Melanie", "Bärbel", "Jana", "Ayşe",
        "Monika", "Tanja", "Nadine", "Anja", "Kerstin", "Doreen", "Lena", "Mandy", "Jacqueline",
    ),
    surnames=(
        "Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz",
        "Hoffmann", "Schäfer", "Koch", "Bauer", "Richter", "Klein", "Wolf", "Schröder", "Neumann",
        "Schwarz", "Zimmermann", "Braun", "Krüger", "Hofmann", "Hartmann", "Lange", "Schmitt",
        "Werner", "Krause", "Meier", "Lehmann", "Schmid", "Schulze", "Maier", "Köhler", "Herrmann",
        "König", "Walter", "Mayer", "Huber", "Kaiser", "Fuchs", "Peters", "Lang", "Scholz", "Möller",
        "Weiß", "Jung", "Hahn", "Schubert", "Vogel", "Friedrich", "Keller", "Günther", "Frank",
        "Berger", "Winkler", "Roth", "Beck", "Lorenz", "Baumann", "Franke", "Albrecht", "Yılmaz",
        "Kowalski", "Nowak", "Öztürk", "Groß", "Weißenborn", "Brückner", "Jäger",
    ),
    whereabouts=(
        "Hauptbahnhof, Nordausgang", "Kottbusser Tor", "Bahnhof Zoo", "Görlitzer Park",
        "Leopoldplatz", "Alexanderplatz, Brunnen", "Notschlafstelle Lehrter Straße",
        "Substitutionsambulanz Kreuzberg", "Kontaktladen Drugstop", "Tagestreff Wärmestube",
        "Platte unter der Jannowitzbrücke", "Hermannplatz", "Warschauer Brücke", "Bahnhof Lichtenberg",
        "Notübernachtung Franklinstraße", "Suppenküche Pankow", "S-Bahnhof Neukölln",
    ),
    streets=(
        "Oranienstraße", "Sonnenallee", "Karl-Marx-Straße", "Müllerstraße", "Frankfurter Allee",
        "Hermannstraße", "Skalitzer Straße", "Turmstraße", "Greifswalder Straße", "Badstraße",
    ),
    city="Berlin",
    postcodes=("10999", "12043", "12045", "13347", "10247", "12049", "10997", "10551", "10405", "13357"),
    office="Anlaufstelle",
    helpers=(
        "Jobcenter Mitte", "Substitutionsambulanz Dr. Weber", "Schuldnerberatung Diakonie",
        "Sozialamt Friedrichshain-Kreuzberg", "Hausarzt Dr. Yıldız", "Bewährungshilfe",
        "Wohnungslosenhilfe Caritas", "Suchtberatung Vista", "Krankenkasse AOK", "Psychiatrische Institutsambulanz",
    ),
    openings={
        ContactType.STREET: ("Am {place} angetroffen.", "Auf dem Rundgang am {place} getroffen.",
                             "Kam am {place} von sich aus auf uns zu."),
        ContactType.PHONE: ("Rief von sich aus an.", "Telefonisch erreicht.", "Rückruf nach Nachricht auf der Mailbox."),
        ContactType.OFFICE: ("Kam in die Anlaufstelle.", "Termin im Büro wahrgenommen.", "Spontan in der Sprechstunde."),
        ContactType.HOME_VISIT: ("Hausbesuch in der Wohnung.", "Besuch im Zimmer der Unterkunft."),
        ContactType.ACCOMPANIMENT: ("Begleitung zum Jobcenter.", "Begleitung zur Substitutionsambulanz.",
                                    "Begleitung zum Amtsgericht.", "Begleitung zur Schuldnerberatung."),
        ContactType.COUNSELLING: ("Vereinbartes Beratungsgespräch.", "Beratungsgespräch nach Plan."),
        ContactType.CRISIS: ("Krisenintervention nach Anruf der Notschlafstelle.", "Akute Krise am {place}."),
        ContactType.HELPER_CONFERENCE: ("Helferkonferenz mit Jobcenter und Suchtberatung.",
                                        "Fallbesprechung mit der Bewährungshilfe."),
        ContactType.MISSED: ("Termin nicht wahrgenommen.", "Nicht zum vereinbarten Treffpunkt gekommen."),
        ContactType.OTHER: ("Kurzer Kontakt beim Essensausgabe.", "Nachricht über Bekannte erhalten."),
    },
    observations=(
        "Wirkte müde, aber klar.", "Deutlich intoxikiert, Gespräch kurz gehalten.", "Stimmung gedrückt.",
        "Heute gut gelaunt und gesprächig.", "Hatte Hunger, Essensgutschein gegeben.",
        "Wunde am Unterarm, Arztbesuch empfohlen.", "Erzählt von Streit in der Gruppe.",
        "Hat seit drei Tagen kaum geschlafen.", "Stabil, Substitution läuft.", "Wirkt unruhig und angespannt.",
    ),
    subjects=(
        "Wohnungssuche besprochen, WBS-Antrag vorbereitet.", "Termin beim Jobcenter vereinbart.",
        "Unterlagen für die Schuldnerberatung gesammelt.", "Über Rückfall gesprochen, Notfallkarte angesehen.",
        "Krankenversicherung klären, Beitragsrückstände.", "Personalausweis verloren, Neuantrag besprochen.",
        "Entgiftung als Ziel angesprochen, noch ambivalent.", "Kontakt zur Schwester wieder aufgenommen.",
        "Gerichtstermin nächste Woche, Begleitung angeboten.", "Schlafsack und warme Jacke ausgegeben.",
        "Substitutionsdosis laut Ambulanz unverändert.", "Konto bei der Sparkasse eröffnen.",
        "Will wieder mit dem Hund in die Notübernachtung.", "Streit mit dem Vermieter wegen Mietschulden.",
        "Tagesstruktur: Zuverdienst im Beschäftigungsprojekt.",
    ),
    closings=(
        "Nächster Kontakt nächste Woche.", "Melde mich wieder.", "Treffen am Donnerstag vereinbart.",
        "Nummer der Telefonseelsorge mitgegeben.", "Will selbst anrufen.", "",
    ),
    topics=("Wohnen", "Gesundheit", "Sucht", "Finanzen", "Recht", "Arbeit", "Familie", "Netzwerk", "Freizeit"),
    states=("klar", "müde", "alkoholisiert", "unter Drogeneinfluss", "aufgewühlt", "stabil", ""),
    task_titles=(
        "Termin Jobcenter begleiten", "WBS-Antrag abgeben", "Schuldnerberatung anrufen",
        "Krankenkasse wegen Rückständen kontaktieren", "Neuen Personalausweis beantragen",
        "Hilfeplan überprüfen", "Bewährungshilfe zurückrufen", "Entgiftungsplatz anfragen",
        "Arztbrief abholen", "Notfallkarte aktualisieren",
    ),
    closure_reasons=("Ziele erreicht, in eigene Wohnung vermittelt.", "In stationäre Therapie vermittelt.",
                     "Kontakt abgebrochen, Fall nach sechs Monaten geschlossen.", "Umzug in eine andere Stadt."),
    emergency_notes=("Epileptische Anfälle möglich, Notfallmedikament im Rucksack.", "Penicillin-Allergie.",
                     "Diabetes Typ 1.", "Bei Krise Schwester anrufen (Einverständnis liegt vor)."),
)

DANISH = Locale(
    code="da",
    country="DK",
    male_first_names=(
        "Søren", "Jens", "Lars", "Henrik", "Mads", "Niels", "Poul", "Bjarne", "Kim", "Rasmus", "Jesper",
        "Martin", "Morten", "Torben", "Flemming", "Kasper", "Anders", "Bo", "Jørgen", "Ole", "Frederik",
    ),
    female_first_names=(
        "Mette", "Hanne", "Susanne", "Lone", "Pia", "Tina", "Camilla", "Maria", "Birgitte", "Gitte",
        "Louise", "Dorthe", "Karina", "Malene", "Signe", "Bente", "Jytte", "Anne", "Sanne", "Line",
    ),
    surnames=(
        "Nielsen", "Jensen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
        "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Christiansen",
        "Poulsen", "Johansen", "Møller", "Mortensen", "Knudsen", "Jakobsen", "Mikkelsen", "Østergaard",
        "Nørgaard", "Bøgh", "Kjær", "Frederiksen", "Holm", "Lund", "Dahl", "Bækgaard",
    ),
    whereabouts=(
        "Istedgade", "Mændenes Hjem", "Hovedbanegården", "Enghave Plads", "Sundholm", "Kirkens Korshærs Natvarme",
        "Café Dugnad", "Værestedet Kofoeds Skole", "Sønder Boulevard", "Nørrebro Station",
        "H17 stofindtagelsesrum", "Halmtorvet", "Herberget Hillerødgade", "Christiania, Pusher Street",
    ),
    streets=("Istedgade", "Vesterbrogade", "Nørrebrogade", "Amagerbrogade", "Enghavevej", "Tagensvej",
             "Jagtvej", "Valby Langgade"),
    city="København",
    postcodes=("1650", "1620", "2200", "2300", "1711", "2400", "2500", "1799"),
    office="Kontoret",
    helpers=(
        "Jobcentret", "Misbrugscentret", "Kommunens Socialforvaltning", "Egen læge", "Herberget Mændenes Hjem",
        "Gældsrådgivning", "Kriminalforsorgen", "Psykiatrisk skadestue", "Boligselskabet", "Udbetaling Danmark",
    ),
    openings={
        ContactType.STREET: ("Mødt på {place}.", "Truffet på {place} under gadeplansrunden.",
                             "Kom selv hen til os på {place}."),
        ContactType.PHONE: ("Ringede selv.", "Fik fat i ham/hende på telefonen.", "Ringede tilbage efter besked."),
        ContactType.OFFICE: ("Kom forbi kontoret.", "Aftalt samtale på kontoret.", "Kiggede ind uden aftale."),
        ContactType.HOME_VISIT: ("Hjemmebesøg i lejligheden.", "Besøg på værelset på herberget."),
        ContactType.ACCOMPANIMENT: ("Fulgte med til jobcentret.", "Fulgte med til lægen.",
                                    "Fulgte med i retten.", "Fulgte med til gældsrådgivning."),
        ContactType.COUNSELLING: ("Aftalt samtale efter planen.", "Opfølgende samtale."),
        ContactType.CRISIS: ("Krisesamtale efter opkald fra herberget.", "Akut krise på {place}."),
        ContactType.HELPER_CONFERENCE: ("Netværksmøde med jobcenter og misbrugscenter.",
                                        "Koordinerende møde med kriminalforsorgen."),
        ContactType.MISSED: ("Mødte ikke op til aftalen.", "Var ikke på det aftalte sted."),
        ContactType.OTHER: ("Kort kontakt ved madudleveringen.", "Fik besked via bekendte."),
    },
    observations=(
        "Virkede træt, men klar.", "Tydeligt påvirket, samtalen blev kort.", "Trist stemning i dag.",
        "I godt humør og snakkesalig.", "Var sulten, fik en madbillet.", "Sår på underarmen, anbefalet lægen.",
        "Fortæller om konflikt i gruppen.", "Har næsten ikke sovet i tre døgn.", "Stabil, substitution kører.",
        "Virker urolig og anspændt.",
    ),
    subjects=(
        "Talte om boligsøgning, ansøgning om bolig forberedt.", "Aftale hos jobcentret booket.",
        "Papirer til gældsrådgivningen samlet.", "Talte om tilbagefald, kiggede på kriseplanen.",
        "Sygesikringskort skal fornyes.", "Har mistet pas, ny ansøgning drøftet.",
        "Afrusning nævnt som mål, stadig ambivalent.", "Har genoptaget kontakten til sin søster.",
        "Retsmøde i næste uge, tilbudt at følge med.", "Fik sovepose og varm jakke.",
        "Metadondosis uændret ifølge misbrugscentret.", "Vil åbne en bankkonto.",
        "Vil gerne have hunden med på herberget.", "Konflikt med udlejer om huslejerestance.",
        "Dagligdag: job i beskæftigelsesprojekt.",
    ),
    closings=("Næste kontakt i næste uge.", "Vender tilbage.", "Aftalt at mødes torsdag.",
              "Fik nummeret til Livslinien.", "Vil selv ringe.", ""),
    topics=("Bolig", "Helbred", "Misbrug", "Økonomi", "Jura", "Beskæftigelse", "Familie", "Netværk", "Fritid"),
    states=("klar", "træt", "beruset", "påvirket", "oprevet", "stabil", ""),
    task_titles=(
        "Følge med til jobcentret", "Aflevere boligansøgning", "Ringe til gældsrådgivningen",
        "Kontakte kommunen om kontanthjælp", "Bestille nyt sygesikringskort", "Evaluere planen",
        "Ringe tilbage til kriminalforsorgen", "Spørge efter afrusningsplads", "Hente lægeerklæring",
        "Opdatere kriseplanen",
    ),
    closure_reasons=("Mål nået, flyttet i egen bolig.", "Henvist til døgnbehandling.",
                     "Kontakten ophørt, sagen lukket efter seks måneder.", "Flyttet til en anden by."),
    emergency_notes=("Kan få epileptiske anfald, medicin i rygsækken.", "Allergisk over for penicillin.",
                     "Type 1-diabetes.", "Ved krise ring til søsteren (samtykke foreligger)."),
)

ALIASES = (
    "Kaptajn", "Blondie", "Lille Jens", "Professor", "Bär", "Hippie", "Zwerg", "Lange", "Indianer",
    "Mutti", "Rocky", "Schnecke", "Doktor", "Punky", "Tante", "Kalle", "Viking", "Sheriff", "Kanin",
    "Prinsessen", "Bjørnen", "Røde", "Den Lange", "Skipper", "Hunden", "Krümel", "Matrose", "Löwe",
    "Dino", "Opa", "Fuchs", "Django", "Moni", "Pastor", "Knægten", "Lord", "Bonnie", "Ræven",
)

#: (item, chance of being handed out in one street contact, most at once).
STREET_ITEM_CHANCES = (
    (HarmReductionItem.SYRINGES, 0.35, 10), (HarmReductionItem.NEEDLES, 0.25, 10),
    (HarmReductionItem.NALOXONE, 0.05, 1), (HarmReductionItem.FOIL, 0.2, 5), (HarmReductionItem.CONDOMS, 0.2, 5),
    (HarmReductionItem.FOOD, 0.3, 2), (HarmReductionItem.SLEEPING_BAG, 0.03, 1),
    (HarmReductionItem.HYGIENE, 0.1, 2),
)

T = TypeVar("T")
ProgressCallback = Callable[[str, int, int], None]


@dataclass(frozen=True)
class DemoSummary:
    path: Path
    clients: int
    contacts: int
    tasks: int


#: Usual places a generated client may have, per language: (kind, place, hours).
USUAL_PLACES: dict[str, Sequence[tuple[UsualPlaceKind, str, str]]] = {
    "de": (
        (UsualPlaceKind.SCENE, "Kottbusser Tor", "nachmittags"),
        (UsualPlaceKind.SCENE, "Görlitzer Park, Eingang Wiener Straße", "abends"),
        (UsualPlaceKind.SCENE, "Hauptbahnhof, Nordausgang", "morgens"),
        (UsualPlaceKind.SHELTER, "Notübernachtung Franklinstraße", "ab 21 Uhr"),
        (UsualPlaceKind.SHELTER, "Notschlafstelle Lehrter Straße", "Einlass 19–22 Uhr"),
        (UsualPlaceKind.SUBSTITUTION_CLINIC, "Substitutionsambulanz Kreuzberg", "Mo–Fr 8:00–11:00, Sa 9–10"),
        (UsualPlaceKind.SUBSTITUTION_CLINIC, "Praxis Dr. Sommer", "Mo–Fr 8:30–10:30"),
        (UsualPlaceKind.DAY_CENTRE, "Tagestreff Wärmestube", "Mo–Fr 10–16"),
        (UsualPlaceKind.OTHER, "Suppenküche Pankow", "Di und Do mittags"),
    ),
    "da": (
        (UsualPlaceKind.SCENE, "Istedgade", "om eftermiddagen"),
        (UsualPlaceKind.SCENE, "Halmtorvet", "om aftenen"),
        (UsualPlaceKind.SHELTER, "Herberget Hillerødgade", "fra kl. 20"),
        (UsualPlaceKind.SHELTER, "Kirkens Korshærs Natvarme", "kl. 22–7"),
        (UsualPlaceKind.SUBSTITUTION_CLINIC, "Substitutionsklinikken Vesterbro", "man–fre 8–11"),
        (UsualPlaceKind.DAY_CENTRE, "Værestedet Kofoeds Skole", "man–fre 9–15"),
        (UsualPlaceKind.OTHER, "Café Dugnad", "om morgenen"),
    ),
}
#: Photo-free descriptions a generated client agreed to.
DESCRIPTIONS: dict[str, Sequence[str]] = {
    "de": ("Grüne Armeejacke, grauer Zopf, kleiner schwarzer Hund", "Roter Rucksack, Rollator, spricht leise",
           "Trägt immer eine blaue Mütze; möchte mit dem Spitznamen angesprochen werden",
           "Großer Mann mit Vollbart, meist mit Fahrrad und Anhänger"),
    "da": ("Grøn militærjakke, gråt hår i hestehale, lille sort hund", "Rød rygsæk, går med rollator",
           "Har altid en blå hue på; vil kaldes ved sit kaldenavn", "Høj mand med fuldskæg, ofte på cykel med trailer"),
}


def _spread(rng: random.Random, count: int, shares: Sequence[tuple[T, float]]) -> list[T]:
    """Exactly proportional labels in random order, so even a 20-client desk shows every kind."""
    total = sum(share for _label, share in shares)
    exact = [count * share / total for _label, share in shares]
    counts = [int(value) for value in exact]
    by_remainder = sorted(range(len(shares)), key=lambda i: exact[i] - counts[i], reverse=True)
    for index in by_remainder[: count - sum(counts)]:
        counts[index] += 1
    labels = [label for (label, _share), n in zip(shares, counts, strict=True) for _ in range(n)]
    rng.shuffle(labels)
    return labels


def _allocate(rng: random.Random, total: int, receivers: int) -> list[int]:
    """Split ``total`` contacts over ``receivers`` clients: everyone one, the rest skewed like reality."""
    if receivers == 0:
        return []
    if total <= receivers:
        counts = [1] * total + [0] * (receivers - total)
        rng.shuffle(counts)
        return counts
    weights = [rng.lognormvariate(0.0, 0.9) for _ in range(receivers)]
    scale = (total - receivers) / sum(weights)
    counts = [1 + int(weight * scale) for weight in weights]
    for index in rng.sample(range(receivers), k=total - sum(counts)):
        counts[index] += 1
    return counts


class _Stamper:
    """Applies tracking.py's rules to rows written with Core: all content fields stamped, outbox row."""

    def __init__(self, desk: Desk) -> None:
        self._clock = desk.clock
        self._device = desk.identity.device_id
        self._columns: dict[str, list[str]] = {}

    def stamp(self, model: type[Synced], row: dict[str, Any]) -> dict[str, Any]:
        table = model.__tablename__  # type: ignore[attr-defined]
        columns = self._columns.get(table)
        if columns is None:
            columns = self._columns[table] = sorted(model.content_columns())
        stamp = self._clock.now()
        row["hlc"] = stamp
        row["field_clocks"] = dict.fromkeys(columns, stamp)
        row["origin_device"] = self._device
        row["deleted"] = False
        # A new row has no agreed version yet, so PendingChange.base_clocks keeps its empty default.
        return {"op_id": new_id(), "table_name": table, "row_id": row["id"], "fields": columns, "hlc": stamp}


class _BulkWriter:
    """Buffers stamped rows per table and writes them in batches, each batch one transaction."""

    #: Parents before children (the registry's order), so foreign keys hold at every commit.
    ORDER: tuple[type[Synced], ...] = tuple(entity.model for entity in SYNCED_ENTITIES if entity.belongs_to_client)

    def __init__(self, desk: Desk) -> None:
        self._desk = desk
        self._stamper = _Stamper(desk)
        self._rows: dict[type[Synced], list[dict[str, Any]]] = {model: [] for model in self.ORDER}
        self._pending: list[dict[str, Any]] = []
        self.written: dict[type[Synced], int] = dict.fromkeys(self.ORDER, 0)

    def add(self, model: type[Synced], row: dict[str, Any]) -> None:
        self._pending.append(self._stamper.stamp(model, row))
        self._rows[model].append(row)

    def buffered(self) -> int:
        return len(self._pending)

    def flush(self) -> None:
        if not self._pending:
            return
        with self._desk.session() as session:
            _tune_for_bulk(session)
            # The search index is built once per batch instead of row by row by its triggers.
            with deferred_search_index(session.connection()):
                for model in self.ORDER:
                    rows = self._rows[model]
                    if rows:
                        session.execute(insert(model.__table__), rows)  # type: ignore[attr-defined]
                        self.written[model] += len(rows)
                        rows.clear()
            session.execute(insert(PendingChange.__table__), self._pending)
        self._pending = []


def _tune_for_bulk(session: Session) -> None:
    # A bigger page cache keeps the random-UUID index inserts in memory; per connection, and the
    # desk is closed after generating, so the app itself runs with the default.
    session.connection().exec_driver_sql("PRAGMA cache_size = -131072")


#: Main substances as workers write them (the statistics group them by ICD-10 F1x), with shares.
DEMO_SUBSTANCES = (("Alkohol", 30), ("Heroin", 20), ("Methadon (Beikonsum)", 5), ("Crack", 10), ("Kokain", 5),
                   ("Cannabis", 10), ("Benzodiazepine", 6), ("Amphetamin", 6), ("Polytoxikoman", 5),
                   ("Glücksspiel", 2), ("alkohol", 1))


class DemoGenerator:
    """Fills an open desk with generated clients; ``now`` fixes "today" so output is reproducible."""

    def __init__(self, desk: Desk, seed: int = 1, now: datetime | None = None,
                 progress: ProgressCallback | None = None) -> None:
        self._desk = desk
        self._rng = random.Random(seed)
        # Networks and instruments draw from a stream of their own, so adding them changed no
        # client, contact or cycle the rest of the generator makes from a seed.
        self._network_rng = random.Random(f"network-{seed}")
        # Street work (code persons, rounds, items, activities) likewise: a stream of its own.
        self._street_rng = random.Random(f"street-{seed}")
        # The dependence records the statistics' main substance reads: a stream of their own too.
        self._substance_rng = random.Random(f"substance-{seed}")
        # The clients' usual places and agreed descriptions (issue 14): a stream of their own too.
        self._places_rng = random.Random(f"places-{seed}")
        self._now = now or local_now()
        self._today = self._now.date()
        self._progress = progress or (lambda _stage, _done, _total: None)
        self._writer = _BulkWriter(desk)
        self._me = desk.identity.worker_id
        self._colleagues: list[str] = []
        #: Per cycle texts (by ``id``): service type → (provider id, institution).
        self._providers: dict[int, dict[str, tuple[str, str]]] = {id(GERMAN_CYCLE): {}, id(DANISH_CYCLE): {}}

    # --- the whole desk --------------------------------------------------------------------
    def populate(self, clients: int, contacts: int) -> tuple[int, int, int]:
        self._add_team()
        phases = _spread(self._rng, clients, PHASE_SHARES)
        recencies = _spread(self._rng, clients, RECENCY_SHARES)
        reached = [index for index, recency in enumerate(recencies) if recency != "never"]
        counts = [0] * clients
        for index, count in zip(reached, _allocate(self._rng, contacts, len(reached)), strict=True):
            counts[index] = count
        for index in range(clients):
            self._add_client(phases[index], recencies[index], counts[index])
            if self._writer.buffered() >= BATCH_ROWS:
                self._writer.flush()
                self._progress("contacts", self._writer.written[Contact], contacts)
        self._writer.flush()
        self._progress("contacts", self._writer.written[Contact], contacts)
        self._add_street(clients)
        written = self._writer.written
        return written[Client], written[Contact], written[Task]

    def add_contacts(self, client_id: str, count: int) -> None:
        """Give an existing client ``count`` more generated contacts over the last two years."""
        locale = self._rng.choice((GERMAN, DANISH))
        start = self._now - timedelta(days=730)
        for occurred_at in self._contact_times(start, self._now, count):
            self._add_contact(client_id, locale, self._rng.choice(locale.whereabouts), self._me, occurred_at)
            if self._writer.buffered() >= BATCH_ROWS:
                self._writer.flush()
        self._writer.flush()

    # --- street work ------------------------------------------------------------------------
    def _add_street(self, clients: int) -> None:
        """Anonymous code persons with their contacts, the team's rounds with items and the demo
        worker's activities over the last eight weeks. Few rows: through the ORM (tracked as usual)."""
        rng = self._street_rng
        start = self._now - timedelta(weeks=8)
        with self._desk.session() as session:
            for _ in range(min(60, max(3, clients // 25))):
                locale = GERMAN if rng.random() < 0.6 else DANISH
                sex = rng.choice((Sex.MALE, Sex.MALE, Sex.FEMALE, Sex.DIVERSE))
                names = locale.female_first_names if sex == Sex.FEMALE else locale.male_first_names
                year = self._today.year - rng.randint(18, 62)
                person = Client(kind=ClientKind.CODE.value, responsible_worker_id=self._me,
                                code=suggest_code(rng.choice(names), rng.choice(locale.surnames), year, sex.value),
                                alias=rng.choice(ALIASES) if rng.random() < 0.3 else "",
                                gender={Sex.MALE: "male", Sex.FEMALE: "female"}.get(sex, "diverse"),
                                birth_date=date(year, 1, 1), birth_date_approximate=True,
                                whereabouts=rng.choice(locale.whereabouts))
                session.add(person)
                session.flush()
                for _ in range(rng.randint(1, 6)):
                    session.add(Contact(client_id=person.id, worker_id=self._me, type=ContactType.STREET.value,
                                        occurred_at=self._street_moment(start), duration_minutes=rng.choice((5, 5, 10, 15)),
                                        place=person.whereabouts, items=self._street_items()))
            day = start.date()
            while day <= self._today:
                if day.weekday() in (1, 3):  # rounds on Tuesdays and Thursdays
                    locale = GERMAN if rng.random() < 0.6 else DANISH
                    people = {tally_key(sex, band): rng.randint(0, 3) for sex in (Sex.FEMALE, Sex.MALE)
                              for band in (AgeBand.FROM_18, AgeBand.FROM_27, AgeBand.FROM_40)}
                    people = {key: count for key, count in people.items() if count}
                    met = sum(people.values()) + rng.randint(0, 4)
                    started = min(datetime.combine(day, time(rng.choice((10, 14, 19)))), self._now - timedelta(hours=2))
                    session.add(StreetRound(worker_id=rng.choice([self._me, *self._colleagues[:2]]),
                                            started_at=started, duration_minutes=rng.choice((60, 90, 120)),
                                            place=rng.choice(locale.whereabouts), people=people, people_total=met,
                                            approximate=met > sum(people.values()), talks=rng.randint(0, met),
                                            items=self._street_items(scale=4)))
                if day.weekday() < 5:
                    for kind, minutes in self._workday_activities(day):
                        session.add(Activity(worker_id=self._me, kind=kind.value, duration_minutes=minutes,
                                             occurred_at=min(datetime.combine(day, time(rng.randint(8, 15))),
                                                             self._now - timedelta(hours=1))))
                day += timedelta(days=1)

    def _street_moment(self, start: datetime) -> datetime:
        seconds = int((self._now - start).total_seconds())
        return (start + timedelta(seconds=self._street_rng.randint(0, seconds))).replace(second=0)

    def _street_items(self, scale: int = 1) -> dict[str, int]:
        rng = self._street_rng
        items = {}
        for item, chance, most in STREET_ITEM_CHANCES:
            if rng.random() < chance:
                items[item.value] = rng.randint(1, most * scale)
        return items

    def _workday_activities(self, day: date) -> list[tuple[ActivityKind, int]]:
        rng = self._street_rng
        activities = [(ActivityKind.DOCUMENTATION, rng.choice((30, 45, 60, 90)))]
        if day.weekday() == 0:
            activities.append((ActivityKind.TEAM_MEETING, 90))
        if rng.random() < 0.4:
            activities.append((ActivityKind.TRAVEL, rng.choice((20, 30, 45))))
        if rng.random() < 0.25:
            activities.append((ActivityKind.NETWORK, rng.choice((30, 60))))
        if day.day <= 7 and day.weekday() == 2:
            activities.append((ActivityKind.TRAINING, 180))
        return activities

    def _add_team(self) -> None:
        # Few rows: written through the ORM so the change tracker stamps them as usual.
        with self._desk.session() as session:
            for name, role in OTHER_WORKERS:
                worker = Worker(id=new_id(), name=name, role=role.value, team=DEMO_TEAM)
                session.add(worker)
                self._colleagues.append(worker.id)
            for country, label, number in CRISIS_LINES:
                session.add(CrisisLine(country=country, label=label, number=number))
            for cycle in (GERMAN_CYCLE, DANISH_CYCLE):
                for entry in cycle.providers:
                    provider = Provider(id=new_id(), **entry._asdict())
                    session.add(provider)
                    self._providers[id(cycle)][entry.service_type] = (provider.id, entry.institution)

    # --- one client ------------------------------------------------------------------------
    def _add_client(self, phase: Phase, recency: str, contact_count: int) -> None:
        rng = self._rng
        locale = GERMAN if rng.random() < 0.6 else DANISH
        phase_index = PHASE_ORDER.index(phase)
        # Later phases mean older cases: clarification is weeks old, monitoring months to years.
        opened_days_ago = rng.randint(3 + 25 * phase_index, 40 + 180 * phase_index)
        opened_on = self._today - timedelta(days=opened_days_ago)
        phase_dates = self._phase_dates(phase, opened_on)
        closed_on = phase_dates[-1] if phase == Phase.CLOSED else None
        last_contact = self._last_contact_time(recency, opened_days_ago)
        if closed_on and last_contact is not None:
            last_contact = min(last_contact, self._at(closed_on))
        responsible, deputy = self._responsibility()
        client_id = new_id()
        whereabouts = rng.choice(locale.whereabouts)
        person = self._person(locale)
        archived = closed_on is not None and rng.random() < 0.5
        consent = phase != Phase.CLARIFICATION or rng.random() < 0.5
        described = self._places_rng.random() < 0.4
        self._writer.add(Client, {
            "id": client_id,
            **person,
            "whereabouts": whereabouts,
            "agreed_description": self._places_rng.choice(DESCRIPTIONS[locale.code]) if described else "",
            "description_agreed_on": opened_on + timedelta(days=self._places_rng.randint(0, 30)) if described
            else None,
            "emergency_notes": rng.choice(locale.emergency_notes) if rng.random() < 0.15 else "",
            "consent_data_processing": consent,
            "consent_date": min(opened_on + timedelta(days=rng.randint(0, 14)), self._today) if consent else None,
            "status": (ClientStatus.ARCHIVED if archived else ClientStatus.ACTIVE).value,
            "responsible_worker_id": responsible,
            "deputy_worker_id": deputy,
            "created_at": self._at(opened_on),
            "archived_at": self._at(min(closed_on + timedelta(days=rng.randint(0, 20)), self._today))
            if archived and closed_on else None,
        })
        cycle = GERMAN_CYCLE if locale is GERMAN else DANISH_CYCLE
        episode_id = self._add_episode(client_id, locale, cycle, phase, phase_dates, responsible)
        self._add_releases(client_id, locale, opened_on)
        self._add_cycle(client_id, cycle, phase, phase_dates, episode_id, responsible)
        self._add_network(client_id, locale)
        self._add_usual_places(client_id, locale)
        self._add_instruments(client_id, phase_dates[0], responsible)
        if last_contact is not None and contact_count:
            start = self._at(opened_on)
            times = self._contact_times(start, last_contact, contact_count - 1) + [last_contact]
            for occurred_at in times:
                worker = deputy if deputy and rng.random() < 0.15 else responsible
                self._add_contact(client_id, locale, whereabouts, worker, occurred_at)
        if phase != Phase.CLOSED:
            self._add_tasks(client_id, locale, responsible)

    def _phase_dates(self, phase: Phase, opened_on: date) -> list[date]:
        """The day each phase up to ``phase`` was entered, oldest first."""
        span = max((self._today - opened_on).days, 1)
        later = sorted(self._rng.randint(0, span) for _ in range(PHASE_ORDER.index(phase)))
        return [opened_on] + [opened_on + timedelta(days=days) for days in later]

    def _person(self, locale: Locale) -> dict[str, Any]:
        rng = self._rng
        gender = rng.choices(("male", "female", "diverse"), weights=(70, 28, 2))[0]
        first_names = locale.male_first_names if gender == "male" else locale.female_first_names
        has_alias = rng.random() < 0.45
        alias_only = has_alias and rng.random() < 0.12
        kind_of_birth_date = rng.choices(("exact", "approximate", "unknown"), weights=(70, 20, 10))[0]
        born = date(self._today.year - rng.randint(19, 68), rng.randint(1, 12), rng.randint(1, 28))
        no_fixed_abode = rng.random() < 0.55
        other_language = rng.choice(("en", "pl", "tr", "ru", "ar", "")) if rng.random() < 0.3 else ""
        return {
            "first_name": "" if alias_only else rng.choice(first_names),
            "last_name": "" if alias_only or rng.random() < 0.05 else rng.choice(locale.surnames),
            "alias": rng.choice(ALIASES) if has_alias else "",
            "birth_date": None if kind_of_birth_date == "unknown" else (
                date(born.year, 1, 1) if kind_of_birth_date == "approximate" else born),
            "birth_date_approximate": kind_of_birth_date == "approximate",
            "gender": gender,
            "languages": ", ".join(code for code in (locale.code, other_language) if code),
            "phone": self._phone(locale) if rng.random() < 0.6 else "",
            "address": "" if no_fixed_abode else (
                f"{rng.choice(locale.streets)} {rng.randint(1, 180)}, {rng.choice(locale.postcodes)} {locale.city}"),
            "no_fixed_abode": no_fixed_abode,
        }

    def _phone(self, locale: Locale, rng: random.Random | None = None) -> str:
        rng = rng or self._rng
        if locale is DANISH:
            return "+45 " + " ".join(f"{rng.randint(10, 99)}" for _ in range(4))
        return f"+49 15{rng.randint(1, 9)} {rng.randint(1000000, 99999999)}"

    def _responsibility(self) -> tuple[str, str | None]:
        rng = self._rng
        colleague = rng.choice(self._colleagues)
        if rng.random() < 0.4:
            return self._me, colleague if rng.random() < 0.7 else None
        roll = rng.random()
        if roll < 0.35:
            return colleague, self._me
        if roll < 0.75:
            return colleague, rng.choice([worker for worker in self._colleagues if worker != colleague])
        return colleague, None

    def _add_episode(self, client_id: str, locale: Locale, cycle: CycleTexts, phase: Phase,
                     phase_dates: list[date], worker: str) -> str:
        rng = self._rng
        episode_id = new_id()
        closed = phase == Phase.CLOSED
        opened_on = phase_dates[0]
        index = PHASE_ORDER.index(phase)
        closure_code = rng.choices(*zip(*CLOSURE_SHARES, strict=True))[0] if closed else None
        access_route = rng.choices(list(AccessRoute), weights=(55, 25, 20))[0]
        # In clarification the screening is under way; from the assessment on it said yes throughout.
        screened = index >= ASSESSED or rng.random() < 0.5
        agreed_on = min(opened_on + timedelta(days=rng.randint(0, 10)), phase_dates[1] if index else self._today)
        agreed = index >= ASSESSED or (screened and rng.random() < 0.5)
        self._writer.add(CaseEpisode, {
            "id": episode_id,
            "client_id": client_id,
            "phase": phase.value,
            "opened_on": opened_on,
            "closed_on": phase_dates[-1] if closed else None,
            "closure_code": closure_code.value if closure_code else "",
            "closure_reason": cycle.closures[closure_code] if closure_code else "",
            "access_route": access_route.value,
            "referred_by": rng.choice(cycle.referred_by) if access_route is AccessRoute.REFERRED else "",
            "screening_several_domains": True if screened else None,
            "screening_several_helpers": (rng.random() < 0.8) if screened else None,
            "screening_client_agrees": True if screened else None,
            "screening_appropriate": True if screened else None,
            "screening_note": rng.choice(cycle.screening_notes) if screened else "",
            "intake_agreed_on": agreed_on if agreed else None,
            "intake_agreement": rng.choice(cycle.intake_agreements) if agreed else "",
            "consent_recorded_on": agreed_on if agreed else None,
            "consent_form": rng.choice(list(ConsentForm)).value if agreed else "",
            "evaluated_on": phase_dates[EVALUATED] if index >= EVALUATED else None,
            "evaluation_client_view": rng.choice(cycle.client_views_of_help) if index >= EVALUATED else "",
        })
        for reached_phase, changed_on in zip(PHASE_ORDER, phase_dates, strict=False):
            self._writer.add(PhaseChange, {
                "id": new_id(),
                "client_id": client_id,
                "episode_id": episode_id,
                "phase": reached_phase.value,
                "changed_at": self._at(changed_on),
                "worker_id": worker,
                "reason": rng.choice(cycle.phase_reasons[reached_phase]),
            })
        return episode_id

    # --- the cycle after intake ------------------------------------------------------------
    def _add_cycle(self, client_id: str, cycle: CycleTexts, phase: Phase, phase_dates: list[date],
                   episode_id: str, worker: str) -> None:
        """Assessments, plan versions with goals and services, referrals: as far as ``phase`` has come."""
        rng = self._rng
        index = PHASE_ORDER.index(phase)
        if index < ASSESSED:
            return
        completed_on = phase_dates[PLANNED] if index >= PLANNED else None
        ratings = self._add_assessment(client_id, cycle, episode_id, worker, phase_dates[ASSESSED], completed_on, None)
        if index >= MONITORED and rng.random() < 0.25:
            # A re-assessment (after a relapse, or at the review): the situation mostly a little better.
            started = phase_dates[MONITORED] + timedelta(days=rng.randint(0, max((self._today - phase_dates[MONITORED]).days, 0)))
            started = min(started, phase_dates[EVALUATED] if index >= EVALUATED else self._today)
            done = min(started + timedelta(days=rng.randint(7, ASSESSMENT_TIME_BOX_DAYS)), self._today)
            ratings = self._add_assessment(client_id, cycle, episode_id, worker, started, done, ratings)
        if index < PLANNED:
            return
        signed_on = phase_dates[LINKED] if index >= LINKED else None
        versions = 2 if index >= MONITORED and rng.random() < 0.3 else 1
        goals = self._plan_goals(cycle, ratings)
        previous_id = None
        for version in range(1, versions + 1):
            latest = version == versions
            if version == 1:
                created_on = phase_dates[PLANNED]
            else:
                # Version 2: the plan was changed while the help ran, and signed again.
                span = max(((phase_dates[EVALUATED] if index >= EVALUATED else self._today) - phase_dates[MONITORED]).days, 0)
                created_on = phase_dates[MONITORED] + timedelta(days=rng.randint(0, span))
                signed_on = created_on + timedelta(days=rng.randint(0, 3))
                signed_on = min(signed_on, self._today)
            previous_id = self._add_plan(client_id, cycle, episode_id, worker, version, previous_id, created_on,
                                         signed_on, goals, index if latest else MONITORED)
        if index >= LINKED:
            self._add_referrals(client_id, cycle, episode_id, worker, goals, phase_dates[LINKED], index)

    def _add_assessment(self, client_id: str, cycle: CycleTexts, episode_id: str, worker: str, started: date,
                        completed: date | None, earlier: dict[LifeDomain, int | None] | None
                        ) -> dict[LifeDomain, int | None]:
        rng = self._rng
        assessment_id = new_id()
        self._writer.add(Assessment, {
            "id": assessment_id, "client_id": client_id, "episode_id": episode_id, "started_on": started,
            "due_on": started + timedelta(days=ASSESSMENT_TIME_BOX_DAYS), "completed_on": completed,
            "worker_id": worker, "note": "",
        })
        ratings: dict[LifeDomain, int | None] = {}
        for domain in LifeDomain:
            if earlier is not None:
                before = earlier.get(domain)
                rating = None if before is None else max(0, before - rng.choice((0, 0, 1, 1, 2)))
            elif completed is None and rng.random() < 0.4:
                rating = None  # still open: not every domain talked through yet
            else:
                rating = rng.choices(range(5), weights=RATING_WEIGHTS)[0]
            ratings[domain] = rating
        priorities = sorted((domain for domain, rating in ratings.items() if rating), key=lambda d: -(ratings[d] or 0))
        for domain, rating in ratings.items():
            texts = cycle.domains[domain]
            troubled = rating is not None and rating >= 2
            self._writer.add(AssessmentDomain, {
                "id": assessment_domain_id(assessment_id, domain.value), "client_id": client_id,
                "assessment_id": assessment_id, "domain": domain.value, "rating": rating,
                "client_view": rng.choice(texts.client_views) if troubled else "",
                "professional_view": "" if rating is None else cycle.professional_views[rating],
                "resources_personal": rng.choice(cycle.resources_personal) if rating is not None else "",
                "resources_private": rng.choice(cycle.resources_private) if rating is not None else "",
                "resources_community": rng.choice(cycle.resources_community) if troubled else "",
                "problems": rng.choice(texts.problems) if troubled else "",
                "client_priority": priorities.index(domain) + 1 if domain in priorities[:3] else None,
            })
        return ratings

    def _plan_goals(self, cycle: CycleTexts, ratings: dict[LifeDomain, int | None]) -> list[dict[str, Any]]:
        """The goals of the first plan version (ids are minted per version; the lineage stays)."""
        rng = self._rng
        hardest = sorted(LifeDomain, key=lambda domain: (-(ratings[domain] or 0), rng.random()))
        goals = [{"lineage_id": new_id(), "level": GoalLevel.MACRO.value, "parent": None, "domain": "",
                  "wording": rng.choice(cycle.macro_goals), "indicator": "", "responsible": "", "service_type": ""}]
        for domain in hardest[:rng.randint(2, 4)]:
            texts = cycle.domains[domain]
            wording, indicator, service_type = texts.goal
            meso = {"lineage_id": new_id(), "level": GoalLevel.MESO.value, "parent": goals[0]["lineage_id"],
                    "domain": domain.value, "wording": wording, "indicator": indicator, "scale": texts.scale,
                    "responsible": (Responsible.PROVIDER if service_type else Responsible.CLIENT).value,
                    "service_type": service_type}
            goals.append(meso)
            for step in rng.sample(texts.micro_steps, k=rng.randint(1, min(3, len(texts.micro_steps)))):
                goals.append({"lineage_id": new_id(), "level": GoalLevel.MICRO.value, "parent": meso["lineage_id"],
                              "domain": domain.value, "wording": step, "indicator": "", "service_type": "",
                              "responsible": rng.choice((Responsible.CLIENT, Responsible.CASE_MANAGER,
                                                         Responsible.NETWORK)).value})
        return goals

    def _add_plan(self, client_id: str, cycle: CycleTexts, episode_id: str, worker: str, version: int,
                  previous_id: str | None, created_on: date, signed_on: date | None, goals: list[dict[str, Any]],
                  progress: int) -> str:
        """One plan version; ``progress`` (a phase index) decides how far its goals have got."""
        rng = self._rng
        plan_id = new_id()
        providers = self._providers[id(cycle)]
        self._writer.add(ServicePlan, {
            "id": plan_id, "client_id": client_id, "episode_id": episode_id, "version": version,
            "previous_id": previous_id, "created_at": self._at(created_on), "worker_id": worker,
            "own_activities": rng.choice(cycle.own_activities), "network_support": rng.choice(cycle.network_support),
            "contact_dates": rng.choice(cycle.contact_dates),
            "review_on": add_months(created_on, PLAN_REVIEW_MONTHS),
            "client_signed_on": signed_on, "worker_signed_on": signed_on,
        })
        ids = {goal["lineage_id"]: new_id() for goal in goals}
        for position, goal in enumerate(goals):
            provider = providers.get(goal["service_type"])
            attainment = None
            status = GoalStatus.OPEN
            if progress >= EVALUATED and goal["level"] != GoalLevel.MACRO.value:
                attainment = rng.choices(range(-2, 3), weights=(8, 20, 40, 22, 10))[0]
                status = GoalStatus.REACHED if attainment >= 0 else (
                    GoalStatus.PARTLY_REACHED if attainment == -1 else GoalStatus.NOT_REACHED)
            elif progress >= MONITORED:
                status = rng.choices((GoalStatus.OPEN, GoalStatus.IN_PROGRESS, GoalStatus.REACHED),
                                     weights=(2, 5, 3))[0]
            scale = goal.get("scale") or ("", "", "", "", "")
            self._writer.add(PlanGoal, {
                "id": ids[goal["lineage_id"]], "client_id": client_id, "plan_id": plan_id,
                "parent_id": ids[goal["parent"]] if goal["parent"] else None, "lineage_id": goal["lineage_id"],
                "level": goal["level"], "domain": goal["domain"], "position": position, "wording": goal["wording"],
                "indicator": goal["indicator"], "agreed_by_client": signed_on is not None, "realistic_note": "",
                "deadline": add_months(created_on, rng.choice((1, 2, 3))) if goal["level"] == GoalLevel.MICRO.value
                else add_months(created_on, PLAN_REVIEW_MONTHS) if goal["level"] == GoalLevel.MESO.value else None,
                "responsible": goal["responsible"], "responsible_name": "",
                "provider_id": provider[0] if provider else None,
                "status": status.value, "attainment": attainment,
                "attainment_comment": cycle.attainment_comments[attainment + 2] if attainment is not None else "",
                "scale_minus2": scale[0], "scale_minus1": scale[1], "scale_0": scale[2], "scale_plus1": scale[3],
                "scale_plus2": scale[4], "weight": 1,
            })
            if provider and goal["level"] == GoalLevel.MESO.value:
                self._writer.add(PlanService, {
                    "id": new_id(), "client_id": client_id, "plan_id": plan_id, "goal_lineage_id": goal["lineage_id"],
                    "position": position, "description": goal["service_type"], "provider_id": provider[0],
                    "cost": "", "payer": rng.choice(cycle.payers),
                })
        return plan_id

    def _add_referrals(self, client_id: str, cycle: CycleTexts, episode_id: str, worker: str,
                       goals: list[dict[str, Any]], linked_on: date, index: int) -> None:
        """A referral per goal that a provider helps with, each with its history of states."""
        rng = self._rng
        providers = self._providers[id(cycle)]
        outcomes = REFERRAL_OUTCOMES_LINKING if index == LINKED else REFERRAL_OUTCOMES_LATER
        for goal in goals:
            provider = providers.get(goal["service_type"])
            if provider is None:
                continue
            state = rng.choices(*zip(*outcomes, strict=True))[0]
            path = REFERRAL_PATHS[state]
            day = min(linked_on + timedelta(days=rng.randint(0, 10)), self._today)
            history = []
            for step in path:
                history.append((step, day))
                day = min(day + timedelta(days=rng.randint(2, 14)), self._today)
            final_on = history[-1][1]
            failed = state in FAILED_REFERRALS
            referral_id = new_id()
            self._writer.add(Referral, {
                "id": referral_id, "client_id": client_id, "episode_id": episode_id,
                "goal_lineage_id": goal["lineage_id"], "provider_id": provider[0], "person": "",
                "service": goal["service_type"], "state": state.value, "state_on": final_on,
                "follow_up_on": None if state is ReferralState.STARTED else final_on + timedelta(days=rng.randint(5, 14)),
                "decline_reason": rng.choice(cycle.decline_reasons) if state is ReferralState.DECLINED_BY_PROVIDER else "",
                "alternative": rng.choice(cycle.alternatives) if failed else "",
                "release_override_reason": "", "created_at": self._at(history[0][1]), "worker_id": worker,
            })
            for step, changed_on in history:
                self._writer.add(ReferralChange, {
                    "id": new_id(), "client_id": client_id, "referral_id": referral_id, "state": step.value,
                    "changed_on": changed_on, "worker_id": worker, "note": rng.choice(cycle.referral_notes),
                })

    def _add_usual_places(self, client_id: str, locale: Locale) -> None:
        """0–3 of the places the client is usually found (the scene, a shelter, the clinic with its hours)."""
        rng = self._places_rng
        for position, (kind, name, hours) in enumerate(rng.sample(USUAL_PLACES[locale.code], k=rng.randint(0, 3)),
                                                        start=1):
            self._writer.add(UsualPlace, {"id": new_id(), "client_id": client_id, "kind": kind.value, "name": name,
                                          "hours": hours, "note": "", "position": position})

    def _add_network(self, client_id: str, locale: Locale) -> None:
        """3–40 persons around the client (most have a handful), some ties among them."""
        rng = self._network_rng
        words = NETWORK_WORDS[locale.code]
        count = min(40, 3 + int(rng.expovariate(1 / 5)))
        persons = []
        for _ in range(count):
            sector = rng.choices(list(NetworkSector), weights=(30, 20, 15, 10, 25))[0]
            formal = sector is NetworkSector.INSTITUTIONS
            quality = rng.choices(list(TieQuality), weights=(60, 20, 12, 8))[0]
            person_id = new_id()
            persons.append((person_id, sector))
            first_names = locale.female_first_names if rng.random() < 0.5 else locale.male_first_names
            self._writer.add(NetworkPerson, {
                "id": person_id, "client_id": client_id,
                "name": rng.choice(locale.helpers) if formal else rng.choice(first_names),
                "kind": (NetworkKind.FORMAL if formal else NetworkKind.INFORMAL).value, "sector": sector.value,
                "relationship": rng.choice(words[sector]), "provider_id": None,
                "strength": rng.choices(list(TieStrength), weights=(25, 45, 30))[0].value, "quality": quality.value,
                "direction": rng.choice(list(SupportDirection)).value if rng.random() < 0.7 else "",
                "frequency": "", "domains": ",".join(sorted(rng.sample(
                    [domain.value for domain in LifeDomain], k=rng.randint(0, 3)))),
                "phone": self._phone(locale, rng) if rng.random() < 0.4 else "",
                "importance": rng.randint(1, 3), "position_x": None, "position_y": None, "note": "",
            })
        for (first, sector), (second, other_sector) in pairwise(persons):
            if sector == other_sector and rng.random() < 0.6:
                self._writer.add(NetworkRelation, {
                    "id": new_id(), "client_id": client_id, "person_a_id": first, "person_b_id": second,
                    "strength": TieStrength.MEDIUM.value, "quality": TieQuality.SUPPORTIVE.value})

    def _add_instruments(self, client_id: str, opened_on: date, worker: str) -> None:
        """A few stages of change over the episode, now and then a self-efficacy scale."""
        rng = self._network_rng
        stages = [stage for stage in MotivationalStage if stage is not MotivationalStage.RELAPSE]
        level = rng.randint(0, 2)
        day = opened_on
        for _ in range(rng.randint(0, 4)):
            day = min(day + timedelta(days=rng.randint(14, 90)), self._today)
            relapse = level >= 3 and rng.random() < 0.25
            stage = MotivationalStage.RELAPSE if relapse else stages[level]
            level = 1 if relapse else min(level + rng.choice((0, 1, 1)), len(stages) - 1)
            self._writer.add(InstrumentRecord, {
                "id": new_id(), "client_id": client_id, "kind": InstrumentKind.STAGE.value, "recorded_on": day,
                "worker_id": worker, "contact_id": None, "stage": stage.value, "substance": "", "answers": "",
                "score": None, "note": ""})
            if rng.random() < 0.3:
                answers = [rng.randint(1, 4) for _ in range(10)]
                self._writer.add(InstrumentRecord, {
                    "id": new_id(), "client_id": client_id, "kind": InstrumentKind.SELF_EFFICACY.value,
                    "recorded_on": day, "worker_id": worker, "contact_id": None, "stage": "", "substance": "",
                    "answers": json.dumps(answers), "score": sum(answers), "note": ""})

        # Most clients have their dependence criteria recorded for their main substance.
        substance_rng = self._substance_rng
        if substance_rng.random() < 0.7:
            substance = substance_rng.choices(*zip(*DEMO_SUBSTANCES, strict=True))[0]
            criteria = substance_rng.sample([criterion.value for criterion in Icd10DependenceCriterion],
                                            k=substance_rng.randint(2, 6))
            self._writer.add(InstrumentRecord, {
                "id": new_id(), "client_id": client_id, "kind": InstrumentKind.DEPENDENCE.value,
                "recorded_on": min(opened_on + timedelta(days=substance_rng.randint(0, 60)), self._today),
                "worker_id": worker, "contact_id": None, "stage": "", "substance": substance,
                "answers": json.dumps(sorted(criteria)), "score": len(criteria), "note": ""})

    def _add_releases(self, client_id: str, locale: Locale, opened_on: date) -> None:
        rng = self._rng
        for helper in rng.sample(locale.helpers, k=rng.choice((0, 1, 1, 2, 2, 3))):
            granted_on = min(opened_on + timedelta(days=rng.randint(0, 60)), self._today)
            self._writer.add(ConfidentialityRelease, {
                "id": new_id(),
                "client_id": client_id,
                "helper": helper,
                "granted_on": granted_on,
                "expires_on": granted_on + timedelta(days=rng.choice((365, 730))) if rng.random() < 0.7 else None,
            })

    def _add_contact(self, client_id: str, locale: Locale, whereabouts: str, worker: str | None,
                     occurred_at: datetime) -> None:
        rng = self._rng
        kind = rng.choices(CONTACT_TYPE_SHARES, weights=[share for _k, share in CONTACT_TYPE_SHARES])[0][0]
        place = {
            ContactType.STREET: whereabouts,
            ContactType.CRISIS: whereabouts,
            ContactType.OFFICE: locale.office,
            ContactType.COUNSELLING: locale.office,
            ContactType.PHONE: "",
        }.get(kind, rng.choice(locale.whereabouts) if kind == ContactType.OTHER else "")
        low, high = DURATION_RANGES[kind]
        self._writer.add(Contact, {
            "id": new_id(),
            "client_id": client_id,
            "worker_id": worker,
            "occurred_at": occurred_at,
            "duration_minutes": rng.randint(low, high) // 5 * 5,
            "type": kind.value,
            "place": place,
            "participants": "",
            "topics": ", ".join(rng.sample(locale.topics, k=rng.randint(0, 2))),
            "client_state": rng.choice(locale.states),
            "motivational_stage": rng.choice(list(MotivationalStage)).value if rng.random() < 0.2 else "",
            "note": self._note(locale, kind, whereabouts),
        })

    def _note(self, locale: Locale, kind: ContactType, whereabouts: str) -> str:
        rng = self._rng
        sentences = [rng.choice(locale.openings[kind]).format(place=whereabouts)]
        if kind != ContactType.MISSED:
            if rng.random() < 0.7:
                sentences.append(rng.choice(locale.observations))
            sentences.extend(rng.sample(locale.subjects, k=rng.randint(1, 2)))
        sentences.append(rng.choice(locale.closings))
        return " ".join(sentence for sentence in sentences if sentence)

    def _add_tasks(self, client_id: str, locale: Locale, responsible: str) -> None:
        rng = self._rng
        for title in rng.sample(locale.task_titles, k=rng.choice((0, 1, 1, 2, 3))):
            kind = rng.choices(("overdue", "today", "later", "done", "undated"), weights=(20, 15, 40, 20, 5))[0]
            due_day = {
                "overdue": self._today - timedelta(days=rng.randint(1, 20)),
                "today": self._today,
                "later": self._today + timedelta(days=rng.randint(1, 45)),
                "done": self._today - timedelta(days=rng.randint(0, 60)),
            }.get(kind)
            due_at = datetime.combine(due_day, time(rng.randint(8, 17), rng.choice((0, 15, 30, 45)))) \
                if due_day else None
            self._writer.add(Task, {
                "id": new_id(),
                "client_id": client_id,
                "title": title,
                "due_at": due_at,
                # Mostly the responsible worker's own to-dos; now and then delegated to us.
                "assignee_worker_id": self._me if rng.random() < 0.1 else responsible,
                "done_at": min(due_at, self._now) if kind == "done" and due_at else None,
                "source_contact_id": None,
            })

    # --- time ------------------------------------------------------------------------------
    def _last_contact_time(self, recency: str, opened_days_ago: int) -> datetime | None:
        rng = self._rng
        if recency == "never":
            return None
        if recency == "today":
            midnight = datetime.combine(self._today, time.min)
            return midnight + (self._now - midnight) * rng.random()
        if recency == "week":
            days = rng.randint(1, WEEKLY_CONTACT_DAYS - 1)
        else:
            days = rng.randint(WEEKLY_CONTACT_DAYS, 60)
        days = min(days, opened_days_ago)
        return self._at(self._today - timedelta(days=days))

    def _contact_times(self, start: datetime, end: datetime, count: int) -> list[datetime]:
        seconds = max((end - start).total_seconds(), 1.0)
        rng = self._rng
        return sorted(start + timedelta(seconds=rng.random() * seconds) for _ in range(count))

    def _at(self, day: date) -> datetime:
        """A plausible working-hours moment on ``day`` (never after now)."""
        moment = datetime.combine(day, time(self._rng.randint(8, 19), self._rng.randint(0, 59)))
        return min(moment, self._now)


def create_demo_desk(path: Path, clients: int, contacts: int, passphrase: str = DEMO_PASSPHRASE, seed: int = 1,
                     now: datetime | None = None, progress: ProgressCallback | None = None) -> DemoSummary:
    """Create a new desk file at ``path`` filled with a generated caseload; the desk is closed after."""
    desk = Desk.create(path, passphrase, worker_name=DEMO_WORKER_NAME, team=DEMO_TEAM, language="de")
    try:
        desk.set_setting(DEMO_SETTING, "1")
        generator = DemoGenerator(desk, seed=seed, now=now, progress=progress)
        client_count, contact_count, task_count = generator.populate(clients, contacts)
    finally:
        desk.close()
    return DemoSummary(path=path, clients=client_count, contacts=contact_count, tasks=task_count)


def demo_desk_files(path: Path) -> Iterator[Path]:
    """The desk file and SQLite's companions: what ``--force`` must remove."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        yield path.with_name(path.name + suffix)
