"""What the demo desk's case-management cycles say: German and Danish texts and the helper directory.

Only data, no logic: ``casedesk.services.demo`` draws from it. Institutions, people and phone
numbers are made up; the kinds of institution are the ones a street-work team refers to.
"""

from dataclasses import dataclass
from typing import NamedTuple

from casedesk.domain import ClosureReason, LifeDomain, Phase


class DomainTexts(NamedTuple):
    """One life domain in one language: what clients say, what is wrong, what they aim for."""

    client_views: tuple[str, ...]
    problems: tuple[str, ...]
    #: (meso goal wording, its indicator, the provider service type that helps with it or "")
    goal: tuple[str, str, str]
    micro_steps: tuple[str, ...]
    #: What −2, −1, 0, +1, +2 would look like (0 = the expected outcome).
    scale: tuple[str, str, str, str, str]


class DemoProvider(NamedTuple):
    institution: str
    service_type: str
    contact_person: str
    phone: str
    address: str
    opening_hours: str
    notes: str


@dataclass(frozen=True)
class CycleTexts:
    domains: dict[LifeDomain, DomainTexts]
    professional_views: tuple[str, ...]  # by rating 0 … 4
    resources_personal: tuple[str, ...]
    resources_private: tuple[str, ...]
    resources_community: tuple[str, ...]
    macro_goals: tuple[str, ...]
    phase_reasons: dict[Phase, tuple[str, ...]]
    referred_by: tuple[str, ...]
    screening_notes: tuple[str, ...]
    intake_agreements: tuple[str, ...]
    own_activities: tuple[str, ...]
    network_support: tuple[str, ...]
    contact_dates: tuple[str, ...]
    payers: tuple[str, ...]
    decline_reasons: tuple[str, ...]
    alternatives: tuple[str, ...]
    referral_notes: tuple[str, ...]
    attainment_comments: tuple[str, ...]  # by attainment −2 … +2
    client_views_of_help: tuple[str, ...]
    closures: dict[ClosureReason, str]
    providers: tuple[DemoProvider, ...]


D = LifeDomain

GERMAN_CYCLE = CycleTexts(
    domains={
        D.HOUSING: DomainTexts(
            ("Ich will endlich eine eigene Wohnung.", "In der Notunterkunft halte ich es nicht mehr aus."),
            ("Seit zwei Jahren ohne Wohnung, Mietschulden beim letzten Vermieter.", "Schufa-Eintrag, kein WBS."),
            ("Eigene Wohnung oder Zimmer im betreuten Wohnen", "Mietvertrag unterschrieben", "Wohnungsnotfallhilfe"),
            ("WBS beantragen", "Bei der Wohnungsnotfallhilfe vorstellen", "Drei Wohnungsangebote ansehen"),
            ("weiter auf der Straße", "Notunterkunft", "Zimmer im betreuten Wohnen",
             "eigene Wohnung mit Unterstützung", "eigene Wohnung ohne Unterstützung")),
        D.PHYSICAL_HEALTH: DomainTexts(
            ("Mein Bein tut seit Wochen weh.", "Zum Arzt gehe ich nur, wenn es nicht anders geht."),
            ("Offene Wunde am Unterschenkel, keine Krankenversicherung geklärt.", "Zahnschmerzen, Hepatitis C unbehandelt."),
            ("Regelmäßige ärztliche Versorgung", "Hausarzt besucht, Wunde versorgt", "Hausarztpraxis"),
            ("Krankenversicherung klären", "Termin in der Straßenambulanz", "Medikamente abholen"),
            ("Notaufnahme", "nur Notfallversorgung", "Hausarzt einmal im Quartal",
             "Hausarzt und Behandlung laufen", "selbständig in Behandlung")),
        D.MENTAL_HEALTH: DomainTexts(
            ("Ich schlafe kaum und grüble die ganze Nacht.", "Manchmal wird mir alles zu viel."),
            ("Depressive Episoden, Suizidgedanken in der Vorgeschichte.", "Angstzustände, keine Behandlung."),
            ("Psychisch stabiler werden", "Termin in der Institutsambulanz wahrgenommen", "Psychiatrische Institutsambulanz"),
            ("Erstgespräch in der Institutsambulanz", "Krisenplan schreiben", "Schlafprotokoll führen"),
            ("Klinikeinweisung", "häufige Krisen", "Behandlung begonnen", "seltener Krisen", "stabil ohne Krisen")),
        D.SUBSTANCE_USE: DomainTexts(
            ("Ich will runter vom Heroin.", "Das Trinken habe ich im Griff, sagt sie."),
            ("Täglicher Heroinkonsum, Beikonsum Benzodiazepine.", "Alkohol ab dem Vormittag, Entzugserscheinungen."),
            ("Substitution stabil oder Entgiftung", "Substitution seit drei Monaten ohne Beikonsum", "Substitutionsambulanz"),
            ("Termin in der Substitutionsambulanz", "Entgiftungsplatz anfragen", "Konsumtagebuch führen"),
            ("mehr Konsum", "Konsum unverändert", "Substitution begonnen", "Substitution ohne Beikonsum",
             "abstinent")),
        D.FINANCES: DomainTexts(
            ("Ich habe keinen Überblick mehr über meine Schulden.", "Das Geld reicht nie bis zum Monatsende."),
            ("Rund 18 000 € Schulden, Inkassobriefe ungeöffnet.", "Kein Konto, Bürgergeld nicht beantragt."),
            ("Schulden geordnet, Einkommen gesichert", "Bürgergeld bewilligt, Termin bei der Schuldnerberatung",
             "Schuldnerberatung"),
            ("Briefe sortieren", "Konto eröffnen", "Antrag auf Bürgergeld stellen", "Termin Schuldnerberatung"),
            ("neue Schulden", "kein Überblick", "Einkommen gesichert", "Schuldenplan steht", "Insolvenzverfahren läuft")),
        D.LEGAL: DomainTexts(
            ("Ich habe Angst vor dem Gerichtstermin.", "Die Strafbefehle stapeln sich."),
            ("Offene Geldstrafe, Ersatzfreiheitsstrafe droht.", "Bewährung, Auflagen bisher nicht erfüllt."),
            ("Keine Haft, Auflagen erfüllt", "Ratenzahlung oder Sozialstunden vereinbart", "Straffälligenhilfe"),
            ("Mit der Bewährungshilfe sprechen", "Antrag auf gemeinnützige Arbeit", "Zum Gerichtstermin begleiten"),
            ("Haft", "Haftbefehl offen", "Auflagen vereinbart", "Auflagen zur Hälfte erfüllt", "Verfahren abgeschlossen")),
        D.WORK: DomainTexts(
            ("Ich will wieder etwas zu tun haben.", "Arbeiten geht gerade nicht."),
            ("Seit Jahren ohne Arbeit, kein fester Tagesablauf.", "Maßnahmen beim Jobcenter abgebrochen."),
            ("Feste Tagesstruktur", "zwei Tage pro Woche im Beschäftigungsprojekt", "Jobcenter"),
            ("Termin beim Jobcenter wahrnehmen", "Beschäftigungsprojekt ansehen", "Wecker stellen und pünktlich sein"),
            ("kein Tagesablauf", "gelegentliche Termine", "zwei Tage Projekt pro Woche", "vier Tage Projekt",
             "Zuverdienst oder Arbeit")),
        D.FAMILY: DomainTexts(
            ("Meine Tochter will mich nicht mehr sehen.", "Mit meiner Mutter telefoniere ich manchmal."),
            ("Kontaktabbruch zu den Kindern, Umgangsrecht ungeklärt.", "Konflikte mit der Partnerin."),
            ("Kontakt zur Familie wieder aufnehmen", "ein Treffen mit der Tochter", "Familienberatung"),
            ("Brief an die Tochter schreiben", "Termin beim Jugendamt wegen Umgang", "Mutter anrufen"),
            ("Kontakt verboten", "kein Kontakt", "ein Brief geschrieben", "ein Treffen", "regelmäßiger Kontakt")),
        D.SOCIAL_NETWORK: DomainTexts(
            ("Meine Leute sind alle auf der Szene.", "Ich bin eigentlich immer allein."),
            ("Kontakte fast nur in der Konsumszene.", "Isoliert, niemand, den er im Notfall anrufen kann."),
            ("Menschen außerhalb der Szene", "zwei Kontakte außerhalb der Szene", ""),
            ("Selbsthilfegruppe besuchen", "alten Freund anrufen", "Tagestreff am Wochenende"),
            ("nur Szene", "allein", "ein Kontakt außerhalb", "zwei Kontakte außerhalb", "festes Umfeld")),
        D.LEISURE: DomainTexts(
            ("Früher habe ich Fußball gespielt.", "Ich weiß nicht, was ich den ganzen Tag machen soll."),
            ("Keine Freizeitaktivitäten außer Konsum.", "Langeweile als Rückfallrisiko."),
            ("Eine Freizeitaktivität ohne Konsum", "einmal pro Woche beim Straßenfußball", ""),
            ("Straßenfußball ansehen", "Bibliotheksausweis holen", "Angebot im Tagestreff ausprobieren"),
            ("nur Konsum", "nichts", "einmal ausprobiert", "einmal pro Woche", "mehrmals pro Woche")),
    },
    professional_views=("Keine Einschränkung erkennbar.", "Leicht belastet, eigene Lösungen vorhanden.",
                        "Deutlich belastet, Unterstützung nötig.", "Schwer belastet, dringender Handlungsbedarf.",
                        "Vollständig eingeschränkt, akute Gefährdung."),
    resources_personal=("humorvoll", "zuverlässig bei Terminen, wenn erinnert", "handwerklich geschickt",
                        "kennt seine Rechte", "hat schon einmal eine Entgiftung geschafft"),
    resources_private=("Schwester hält Kontakt", "alter Freund aus der Lehre", "Mutter hilft mit Geld aus",
                       "Hund gibt Halt", ""),
    resources_community=("Tagestreff", "Kirchengemeinde", "Tafel", "Straßenfußball-Liga", "Bahnhofsmission"),
    macro_goals=("Ein Leben in eigener Wohnung ohne tägliche Krise.", "Gesund genug, um den Alltag selbst zu schaffen.",
                 "Wieder einen festen Platz im Leben haben, mit Wohnung, Einkommen und Menschen um mich.",
                 "Ohne Heroin leben und den Kontakt zu meiner Tochter halten."),
    phase_reasons={
        Phase.CLARIFICATION: ("Erstkontakt auf der Straße", "Vermittelt durch die Bahnhofsmission",
                              "Kam von sich aus in die Anlaufstelle"),
        Phase.ASSESSMENT: ("Mehrere Lebensbereiche betroffen, Einverständnis liegt vor",
                           "Screening abgeschlossen, Case Management passt"),
        Phase.PLANNING: ("Assessment abgeschlossen", "Einschätzung gemeinsam besprochen"),
        Phase.LINKING: ("Hilfeplan unterschrieben", "Plan vereinbart, Vermittlungen beginnen"),
        Phase.MONITORING: ("Erste Hilfe hat begonnen", "Substitution und Wohnungssuche laufen"),
        Phase.EVALUATION: ("Überprüfungstermin erreicht", "Die meisten Ziele erreicht"),
        Phase.CLOSED: ("Auswertung abgeschlossen", "Kontakt seit 60 Tagen abgebrochen"),
    },
    referred_by=("Bahnhofsmission", "Notübernachtung Lehrter Straße", "Jobcenter Mitte", "Krankenhaus Urban",
                 "Bewährungshilfe"),
    screening_notes=("Wohnung, Sucht und Schulden greifen ineinander.", "Drei Helfer beteiligt, keiner koordiniert.",
                     "Will Unterstützung, braucht Zeit.", ""),
    intake_agreements=("Wöchentlicher Kontakt, Termine in der Anlaufstelle, Begleitung zu Ämtern.",
                       "Treffen jeden Dienstag am Bahnhof, Rückruf innerhalb von zwei Tagen.",
                       "Gemeinsame Klärung der Lebenslage in sechs Wochen."),
    own_activities=("Termine selbst notieren und wahrnehmen.", "Briefe nicht mehr wegwerfen, sondern mitbringen.",
                    "Einmal pro Woche im Tagestreff melden."),
    network_support=("Die Schwester begleitet zu Arztterminen.", "Ein alter Freund hilft beim Umzug.",
                     "Die Mutter bewahrt die Unterlagen auf."),
    contact_dates=("Dienstags 10 Uhr in der Anlaufstelle.", "Jeden zweiten Donnerstag am Bahnhof.",
                   "Wöchentlich, nach Absprache telefonisch."),
    payers=("Jobcenter", "Sozialamt (SGB XII)", "Krankenkasse", "Eingliederungshilfe", "kostenfrei"),
    decline_reasons=("Keine freien Plätze bis zum Quartalsende.", "Nicht zuständig, Wohnort außerhalb.",
                     "Erst nach Entgiftung möglich."),
    alternatives=("Warteliste und Überbrückung im Tagestreff.", "Anfrage beim Träger im Nachbarbezirk.",
                  "Erneut in drei Monaten anfragen."),
    referral_notes=("Telefonisch angefragt.", "Unterlagen geschickt.", "Erstgespräch vereinbart.",
                    "Erster Termin hat stattgefunden.", ""),
    attainment_comments=("Deutlich schlechter als vor dem Plan.", "Nicht ganz erreicht, kleine Schritte gemacht.",
                         "Wie erwartet erreicht.", "Mehr erreicht als gedacht.", "Weit über das Ziel hinaus."),
    client_views_of_help=("Ohne die Begleitung hätte ich das nicht geschafft.", "Manchmal war es zu viel auf einmal.",
                          "Gut, dass jemand drangeblieben ist.", "Die Wohnung ist das Wichtigste."),
    closures={
        ClosureReason.GOALS_REACHED: "Ziele erreicht, in eigene Wohnung vermittelt.",
        ClosureReason.MOVED: "Umzug in eine andere Stadt.",
        ClosureReason.TRANSFERRED: "In stationäre Therapie vermittelt.",
        ClosureReason.CLIENT_ENDED: "Will keine Begleitung mehr.",
        ClosureReason.CONTACT_LOST: "Kontakt abgebrochen, nach 60 Tagen geschlossen.",
        ClosureReason.DIED: "Verstorben.",
        ClosureReason.OTHER: "In Haft.",
    },
    providers=(
        DemoProvider("Suchtberatung Vista Kreuzberg", "Suchtberatung", "Frau Demir", "030 555 0101",
                     "Falckensteinstraße 12, 10997 Berlin", "Mo–Fr 9–17 Uhr, Do bis 19 Uhr", "Offene Sprechstunde Mo 10 Uhr"),
        DemoProvider("Schuldnerberatung Diakonie Mitte", "Schuldnerberatung", "Herr Lorenz", "030 555 0102",
                     "Invalidenstraße 5, 10115 Berlin", "Di und Do 9–15 Uhr", "Wartezeit etwa sechs Wochen"),
        DemoProvider("Jobcenter Berlin Mitte", "Jobcenter", "Frau Kaya (Fallmanagement)", "030 555 0103",
                     "Seydelstraße 2, 10117 Berlin", "Mo–Fr 8–12:30 Uhr", "Termine nur mit Einladung"),
        DemoProvider("Wohnungsnotfallhilfe Caritas", "Wohnungsnotfallhilfe", "Herr Schulte", "030 555 0104",
                     "Residenzstraße 90, 13409 Berlin", "Mo–Fr 9–16 Uhr", "Auch betreutes Einzelwohnen"),
        DemoProvider("Substitutionsambulanz am Kotti", "Substitutionsambulanz", "Dr. Brandt", "030 555 0105",
                     "Adalbertstraße 4, 10999 Berlin", "täglich 7–11 Uhr", "Neuaufnahme mittwochs"),
        DemoProvider("Hausarztpraxis Dr. Yıldız", "Hausarztpraxis", "Dr. Yıldız", "030 555 0106",
                     "Oranienstraße 150, 10969 Berlin", "Mo–Fr 8–12 Uhr, Di 15–18 Uhr", "Behandelt auch ohne Versicherungskarte"),
        DemoProvider("Psychiatrische Institutsambulanz Urban", "Psychiatrische Institutsambulanz", "Frau Dr. Wolff",
                     "030 555 0107", "Dieffenbachstraße 1, 10967 Berlin", "Mo–Fr 8–16 Uhr", ""),
        DemoProvider("Straffälligenhilfe Freie Hilfe", "Straffälligenhilfe", "Herr Roth", "030 555 0108",
                     "Brunnenstraße 28, 10119 Berlin", "Mo, Mi, Fr 10–14 Uhr", "Vermittelt gemeinnützige Arbeit"),
        DemoProvider("Familienberatung Neukölln", "Familienberatung", "Frau Albers", "030 555 0109",
                     "Karl-Marx-Straße 83, 12043 Berlin", "nach Vereinbarung", ""),
    ),
)

DANISH_CYCLE = CycleTexts(
    domains={
        D.HOUSING: DomainTexts(
            ("Jeg vil have min egen lejlighed.", "Jeg kan ikke holde ud at bo på herberget længere."),
            ("Hjemløs i to år, huslejerestance hos sidste udlejer.", "Står ikke på nogen venteliste."),
            ("Egen bolig eller botilbud", "lejekontrakt underskrevet", "Boligsocialt tilbud"),
            ("Søge om bolig via kommunen", "Møde hos den boligsociale medarbejder", "Se tre boliger"),
            ("stadig på gaden", "herberg", "botilbud", "egen bolig med støtte", "egen bolig uden støtte")),
        D.PHYSICAL_HEALTH: DomainTexts(
            ("Mit ben har gjort ondt i ugevis.", "Jeg går kun til læge, når det er helt galt."),
            ("Åbent sår på underbenet, ingen fast læge.", "Tandpine, ubehandlet hepatitis C."),
            ("Fast lægekontakt", "hos egen læge, såret behandlet", "Gadesygeplejen"),
            ("Finde egen læge", "Tid hos gadesygeplejersken", "Hente medicin"),
            ("skadestue", "kun akut hjælp", "læge hvert kvartal", "behandling i gang", "selvstændigt i behandling")),
        D.MENTAL_HEALTH: DomainTexts(
            ("Jeg sover næsten ikke.", "Nogle gange bliver det hele for meget."),
            ("Depressive perioder, tidligere selvmordstanker.", "Angst, ingen behandling."),
            ("Mere psykisk stabil", "første samtale i psykiatrien gennemført", "Distriktspsykiatrien"),
            ("Visitationssamtale i distriktspsykiatrien", "Skrive en kriseplan", "Føre søvndagbog"),
            ("indlæggelse", "hyppige kriser", "behandling startet", "færre kriser", "stabil uden kriser")),
        D.SUBSTANCE_USE: DomainTexts(
            ("Jeg vil væk fra heroinen.", "Jeg har styr på drikkeriet, siger han."),
            ("Dagligt heroinforbrug, sidemisbrug af piller.", "Alkohol fra formiddagen, abstinenser."),
            ("Stabil i substitution eller afrusning", "tre måneder i substitution uden sidemisbrug", "Misbrugscenter"),
            ("Møde på misbrugscentret", "Spørge efter afrusningsplads", "Føre forbrugsdagbog"),
            ("mere forbrug", "uændret forbrug", "substitution startet", "substitution uden sidemisbrug", "stoffri")),
        D.FINANCES: DomainTexts(
            ("Jeg har mistet overblikket over min gæld.", "Pengene rækker aldrig måneden ud."),
            ("Omkring 150 000 kr. i gæld, rykkere ikke åbnet.", "Ingen konto, kontanthjælp ikke søgt."),
            ("Gælden ordnet, indkomst sikret", "kontanthjælp bevilget, tid hos gældsrådgivningen", "Gældsrådgivning"),
            ("Sortere brevene", "Åbne en bankkonto", "Søge kontanthjælp", "Tid hos gældsrådgivningen"),
            ("ny gæld", "intet overblik", "indkomst sikret", "gældsplan lagt", "gældssanering i gang")),
        D.LEGAL: DomainTexts(
            ("Jeg er bange for retsmødet.", "Bøderne hober sig op."),
            ("Ubetalte bøder, risiko for afsoning.", "Betinget dom, vilkår ikke overholdt."),
            ("Ingen afsoning, vilkår overholdt", "afdragsordning eller samfundstjeneste aftalt", "Kriminalforsorgen"),
            ("Tale med tilsynsførende", "Søge om afdragsordning", "Følges til retsmøde"),
            ("afsoning", "arrestordre", "vilkår aftalt", "halvdelen af vilkår opfyldt", "sagen afsluttet")),
        D.WORK: DomainTexts(
            ("Jeg vil gerne have noget at lave.", "Arbejde kan jeg ikke lige nu."),
            ("Ledig i mange år, ingen fast dagsrytme.", "Har afbrudt forløb i jobcentret."),
            ("Fast dagsrytme", "to dage om ugen i beskæftigelsesprojekt", "Jobcenter"),
            ("Møde i jobcentret", "Besøge beskæftigelsesprojektet", "Stille vækkeur og komme til tiden"),
            ("ingen rytme", "enkelte aftaler", "to dage om ugen", "fire dage om ugen", "fleksjob eller arbejde")),
        D.FAMILY: DomainTexts(
            ("Min datter vil ikke se mig.", "Jeg ringer af og til til min mor."),
            ("Ingen kontakt til børnene, samvær uafklaret.", "Konflikter med kæresten."),
            ("Genoptage kontakten til familien", "et møde med datteren", "Familierådgivning"),
            ("Skrive et brev til datteren", "Møde i Familieretshuset", "Ringe til mor"),
            ("kontaktforbud", "ingen kontakt", "et brev skrevet", "et møde", "fast kontakt")),
        D.SOCIAL_NETWORK: DomainTexts(
            ("Alle mine venner er i miljøet.", "Jeg er egentlig altid alene."),
            ("Kontakter næsten kun i misbrugsmiljøet.", "Isoleret, ingen at ringe til i en krise."),
            ("Mennesker uden for miljøet", "to kontakter uden for miljøet", ""),
            ("Gå til selvhjælpsgruppe", "Ringe til en gammel ven", "Værestedet i weekenden"),
            ("kun miljøet", "alene", "en kontakt udenfor", "to kontakter udenfor", "fast netværk")),
        D.LEISURE: DomainTexts(
            ("Jeg spillede fodbold engang.", "Jeg ved ikke, hvad jeg skal lave hele dagen."),
            ("Ingen fritidsinteresser uden forbrug.", "Kedsomhed som risiko for tilbagefald."),
            ("En fritidsaktivitet uden forbrug", "en gang om ugen til gadefodbold", ""),
            ("Se gadefodbold", "Få lånerkort på biblioteket", "Prøve et tilbud på værestedet"),
            ("kun forbrug", "ingenting", "prøvet en gang", "en gang om ugen", "flere gange om ugen")),
    },
    professional_views=("Ingen begrænsning.", "Let belastet, har egne løsninger.", "Tydeligt belastet, har brug for støtte.",
                        "Svært belastet, der skal handles nu.", "Fuldstændig begrænset, akut fare."),
    resources_personal=("humoristisk", "kommer til aftaler, når han bliver mindet om dem", "praktisk anlagt",
                        "kender sine rettigheder", "har gennemført en afrusning før"),
    resources_private=("søsteren holder kontakten", "gammel ven fra lærepladsen", "moren hjælper med penge",
                       "hunden giver struktur", ""),
    resources_community=("værested", "kirken", "madudlevering", "gadefodbold", "Kirkens Korshær"),
    macro_goals=("Et liv i egen bolig uden daglig krise.", "Rask nok til at klare hverdagen selv.",
                 "En fast plads i livet igen, med bolig, indkomst og mennesker omkring mig.",
                 "Leve uden heroin og holde kontakten til min datter."),
    phase_reasons={
        Phase.CLARIFICATION: ("Første kontakt på gaden", "Henvist fra herberget", "Kom selv på kontoret"),
        Phase.ASSESSMENT: ("Flere livsområder berørt, samtykke givet", "Screening afsluttet, case management passer"),
        Phase.PLANNING: ("Udredning afsluttet", "Udredningen gennemgået sammen"),
        Phase.LINKING: ("Handleplan underskrevet", "Plan aftalt, henvisninger begynder"),
        Phase.MONITORING: ("Første hjælp er startet", "Substitution og boligsøgning i gang"),
        Phase.EVALUATION: ("Opfølgningsdato nået", "De fleste mål nået"),
        Phase.CLOSED: ("Evaluering afsluttet", "Ingen kontakt i 60 dage"),
    },
    referred_by=("Kirkens Korshær", "Herberget Mændenes Hjem", "Jobcentret", "Hvidovre Hospital", "Kriminalforsorgen"),
    screening_notes=("Bolig, misbrug og gæld hænger sammen.", "Tre aktører involveret, ingen koordinerer.",
                     "Vil gerne have hjælp, har brug for tid.", ""),
    intake_agreements=("Ugentlig kontakt, møder på kontoret, følges til myndigheder.",
                       "Møde hver tirsdag på banegården, ringer tilbage inden to dage.",
                       "Fælles afklaring af situationen inden seks uger."),
    own_activities=("Skrive aftaler ned og komme til dem.", "Tage brevene med i stedet for at smide dem ud.",
                    "Melde sig på værestedet en gang om ugen."),
    network_support=("Søsteren går med til lægen.", "En gammel ven hjælper med flytningen.", "Moren opbevarer papirerne."),
    contact_dates=("Tirsdage kl. 10 på kontoret.", "Hver anden torsdag på banegården.", "Ugentligt, efter aftale på telefon."),
    payers=("Kommunen (§ 99)", "Jobcentret", "Regionen", "Servicelovens § 85", "gratis"),
    decline_reasons=("Ingen ledige pladser i dette kvartal.", "Ikke vores område, bor i en anden kommune.",
                     "Først efter afrusning."),
    alternatives=("Venteliste og ophold på værestedet imens.", "Forespørgsel hos tilbuddet i nabokommunen.",
                  "Spørge igen om tre måneder."),
    referral_notes=("Spurgt telefonisk.", "Papirer sendt.", "Første samtale aftalt.", "Første møde har fundet sted.", ""),
    attainment_comments=("Tydeligt dårligere end før planen.", "Ikke helt nået, små skridt taget.", "Nået som forventet.",
                         "Mere end forventet.", "Langt over målet."),
    client_views_of_help=("Uden følgeskabet havde jeg ikke klaret det.", "Nogle gange var det for meget på én gang.",
                          "Godt, at nogen blev ved.", "Boligen er det vigtigste."),
    closures={
        ClosureReason.GOALS_REACHED: "Mål nået, flyttet i egen bolig.",
        ClosureReason.MOVED: "Flyttet til en anden by.",
        ClosureReason.TRANSFERRED: "Henvist til døgnbehandling.",
        ClosureReason.CLIENT_ENDED: "Ønsker ikke længere støtte.",
        ClosureReason.CONTACT_LOST: "Kontakten ophørt, lukket efter 60 dage.",
        ClosureReason.DIED: "Afgået ved døden.",
        ClosureReason.OTHER: "Afsoner dom.",
    },
    providers=(
        DemoProvider("Misbrugscenter Vesterbro", "Misbrugscenter", "Hanne Kjær", "33 55 01 01",
                     "Istedgade 20, 1650 København V", "man–fre 8–15", "Åben rådgivning mandag"),
        DemoProvider("Gældsrådgivningen Kirkens Korshær", "Gældsrådgivning", "Jesper Holm", "33 55 01 02",
                     "Nørrebrogade 12, 2200 København N", "tirsdag og torsdag 10–14", "Kræver tidsbestilling"),
        DemoProvider("Jobcenter København", "Jobcenter", "Camilla Lund", "33 55 01 03",
                     "Kalvebod Brygge 45, 1560 København V", "man–fre 9–14", ""),
        DemoProvider("Boligsocialt team Sydhavn", "Boligsocialt tilbud", "Morten Dahl", "33 55 01 04",
                     "Mozartsvej 10, 2450 København SV", "man–tor 9–15", "Også bostøtte efter § 85"),
        DemoProvider("Gadesygeplejen", "Gadesygepleje", "Lone Bøgh", "33 55 01 05",
                     "Halmtorvet 27, 1700 København V", "alle dage 10–16", "Kommer også ud på gaden"),
        DemoProvider("Distriktspsykiatrien Amager", "Distriktspsykiatrien", "Søren Lund", "33 55 01 06",
                     "Digevej 110, 2300 København S", "man–fre 8–15:30", "Henvisning via egen læge"),
        DemoProvider("Familierådgivningen Nørrebro", "Familierådgivning", "Bente Holm", "33 55 01 07",
                     "Jagtvej 50, 2200 København N", "efter aftale", ""),
    ),
)
