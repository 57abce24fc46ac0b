"""Generated demo desks: realistic German and Danish caseloads of any size.

Used for the README's "try it" desk, for screenshots and for the benchmarks (10 000 clients,
500 000 contacts). Rows go in through SQLAlchemy Core bulk inserts, which bypass the ORM's
``before_flush`` change tracker, so this module stamps ``hlc``/``field_clocks``/``origin_device``
and writes the matching ``PendingChange`` rows itself, by the same rules as
``casedesk.store.tracking``: a demo desk syncs exactly like one typed in by hand. The FTS
triggers fire on Core inserts, so the demo data is searchable at once.

The content is deterministic for a given seed and ``now``; row ids are fresh UUIDs (two demo
desks must never share ids, or they would merge into each other on a central store).
"""

import random
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import insert
from sqlalchemy.orm import Session

from casedesk.domain import WEEKLY_CONTACT_DAYS, ClientStatus, ContactType, MotivationalStage, Phase, Role
from casedesk.models import (
    SYNCED_ENTITIES,
    CaseEpisode,
    Client,
    ConfidentialityRelease,
    Contact,
    CrisisLine,
    PendingChange,
    PhaseChange,
    Synced,
    Task,
    Worker,
    local_now,
    new_id,
)
from casedesk.services.desk import Desk

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

T = TypeVar("T")
ProgressCallback = Callable[[str, int, int], None]


@dataclass(frozen=True)
class DemoSummary:
    path: Path
    clients: int
    contacts: int
    tasks: int


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


class DemoGenerator:
    """Fills an open desk with generated clients; ``now`` fixes "today" so output is reproducible."""

    def __init__(self, desk: Desk, seed: int = 1, now: datetime | None = None,
                 progress: ProgressCallback | None = None) -> None:
        self._desk = desk
        self._rng = random.Random(seed)
        self._now = now or local_now()
        self._today = self._now.date()
        self._progress = progress or (lambda _stage, _done, _total: None)
        self._writer = _BulkWriter(desk)
        self._me = desk.identity.worker_id
        self._colleagues: list[str] = []

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

    def _add_team(self) -> None:
        # Few rows: written through the ORM so the change tracker stamps them as usual.
        with self._desk.session() as session:
            for name, role in OTHER_WORKERS:
                worker = Worker(id=new_id(), name=name, role=role.value, team=DEMO_TEAM)
                session.add(worker)
                self._colleagues.append(worker.id)
            for country, label, number in CRISIS_LINES:
                session.add(CrisisLine(country=country, label=label, number=number))

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
        self._writer.add(Client, {
            "id": client_id,
            **person,
            "whereabouts": whereabouts,
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
        self._add_episode(client_id, locale, phase, phase_dates, responsible)
        self._add_releases(client_id, locale, opened_on)
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

    def _phone(self, locale: Locale) -> str:
        rng = self._rng
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

    def _add_episode(self, client_id: str, locale: Locale, phase: Phase, phase_dates: list[date],
                     worker: str) -> None:
        episode_id = new_id()
        closed = phase == Phase.CLOSED
        self._writer.add(CaseEpisode, {
            "id": episode_id,
            "client_id": client_id,
            "phase": phase.value,
            "opened_on": phase_dates[0],
            "closed_on": phase_dates[-1] if closed else None,
            "closure_reason": self._rng.choice(locale.closure_reasons) if closed else "",
        })
        for reached_phase, changed_on in zip(PHASE_ORDER, phase_dates, strict=False):
            self._writer.add(PhaseChange, {
                "id": new_id(),
                "client_id": client_id,
                "episode_id": episode_id,
                "phase": reached_phase.value,
                "changed_at": self._at(changed_on),
                "worker_id": worker,
            })

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
