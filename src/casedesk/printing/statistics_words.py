"""The words of the funders' statistics in German, Danish and English: each table's title, its
definition (what exactly it counts), its columns and rows. No ReportLab here: the services read
the English definitions for the CSV without loading the PDF machinery."""

from __future__ import annotations

KDS_MINUTES = 10

DEFINITIONS: dict[str, dict[str, str]] = {
    "en": {
        "kds_episodes": (
            "Case episodes (not deleted) of clients proper (no code persons) the counted workers are responsible "
            "for: in the period = opened on or before its last day and not closed before its first; begun = opened "
            "in it; ended = closed in it; ongoing = not closed by its last day; first-time clients = clients whose "
            "first episode began in the period; one-contact cases = episodes in the period with exactly one counted "
            "contact (see contacts) from their opening up to the period's end, shown apart from the rest."),
        "kds_contacts": (
            f"Contacts in the period with clients proper, by the worker who made them: counted when they lasted at "
            f"least {KDS_MINUTES} minutes and were neither a missed appointment nor a try to reach the client, in person, by phone, letter or digital; a "
            f"helper conference (with authorities or relatives) counts without the client present, and so does an "
            f"activity \"network work without the client\" about one client; shorter ones, missed appointments and "
            f"tries to reach are listed as not counted."),
        "kds_end_reasons": (
            "Episodes ended in the period by their closure reason: planned = goals reached, transferred to another "
            "service; unplanned = moved away, client ended contact, contact lost; neither = died, other, none "
            "recorded."),
        "kds_sex_age": (
            "Clients with an episode in the period that is not a one-contact case, by sex as recorded and by age on "
            "the period's first day (age band unknown without a birth date)."),
        "kds_substance": (
            "The same clients by main substance: the substance of the client's latest dependence record (ICD-10 "
            "criteria) on or before the period's last day, grouped by its ICD code (F10–F19) or its name; recorded "
            "but not recognised = other; no dependence record = not recorded."),
        "bagw_housing": (
            "Clients with an episode in the period (one-contact cases included) by the rating (0 none … 4 complete "
            "impairment) of the life domain housing: at their first assessment, and at their latest assessment "
            "started on or before the period's last day; not assessed = no rating for housing."),
        "bagw_abode": (
            "The same clients by what their file says today: no fixed abode, or an address or nothing recorded."),
        "bagw_services": (
            "Services used: referrals of those clients that had reached \"started\" on or before the period's last "
            "day in an episode open in the period, by the service type of the helper in the directory (none = a "
            "referral to a person or an institution not in the directory); clients = how many clients used it."),
        "street_summary": (
            "Anonymous contacts = contacts in the period with a code person, by the worker who made them; persons = "
            "code persons with one of them; rounds = street rounds and group contacts that started in the period, "
            "by their worker; people met = per round the people counted by sex and age band, or its total when "
            "that is more; talks = the talks counted on those rounds."),
        "street_items": (
            "Items handed out in the period's contacts (any client or code person, by the contact's worker) and "
            "rounds (by their worker), by item."),
        "street_places": (
            "Anonymous contacts, rounds and the people met at them by the place as typed (trimmed)."),
        "street_weeks": (
            "Anonymous contacts, rounds, people met at rounds and items handed out (contacts and rounds) by the ISO "
            "week of their start."),
        "time_contacts": (
            "Working time in contacts: every contact in the period (clients and code persons, missed appointments "
            "too) by type, by the worker who made it, its minutes summed; street rounds by their worker."),
        "time_activities": (
            "Working time that is no contact: the counted workers' activities in the period by kind, their minutes "
            "summed."),
        "workers": (
            "Each counted worker's key figures as in the tables above: episodes in the period (clients they are "
            "responsible for), counted contacts, anonymous contacts, rounds, minutes in contacts and rounds, "
            "minutes in activities."),
    },
    "de": {
        "kds_episodes": (
            "Betreuungsepisoden (nicht gelöscht) von KlientInnen (keine Code-Personen), für die die gezählten "
            "Fachkräfte fallverantwortlich sind: im Zeitraum = an oder vor seinem letzten Tag begonnen und nicht "
            "vor seinem ersten beendet; begonnen = in ihm eröffnet; beendet = in ihm abgeschlossen; laufend = an "
            "seinem letzten Tag nicht abgeschlossen; Erstbetreute = KlientInnen, deren erste Episode im Zeitraum "
            "begann; Einmalkontakte = Episoden im Zeitraum mit genau einem gezählten Kontakt (siehe Kontakte) von "
            "ihrer Eröffnung bis zum Ende des Zeitraums, getrennt ausgewiesen."),
        "kds_contacts": (
            f"Kontakte im Zeitraum mit KlientInnen, nach der Fachkraft, die sie hatte: gezählt, wenn sie mindestens "
            f"{KDS_MINUTES} Minuten dauerten und weder ein versäumter Termin noch ein Kontaktversuch waren, persönlich, telefonisch, schriftlich "
            f"oder digital; eine HelferInnenkonferenz (mit Ämtern oder Angehörigen) zählt ohne die KlientIn, ebenso "
            f"eine Tätigkeit „Netzwerkarbeit ohne KlientIn“ zu einer KlientIn; kürzere Kontakte, versäumte "
            f"Termine und Kontaktversuche stehen als nicht gezählt da."),
        "kds_end_reasons": (
            "Im Zeitraum beendete Episoden nach Beendigungsgrund: planmäßig = Ziele erreicht, Weitervermittlung in "
            "eine andere Hilfe; unplanmäßig = verzogen, Abbruch durch die KlientIn, Kontakt verloren; weder noch = "
            "verstorben, anderer Grund, kein Grund erfasst."),
        "kds_sex_age": (
            "KlientInnen mit einer Episode im Zeitraum, die kein Einmalkontakt ist, nach erfasstem Geschlecht und "
            "nach dem Alter am ersten Tag des Zeitraums (ohne Geburtsdatum: unbekannt)."),
        "kds_substance": (
            "Dieselben KlientInnen nach Hauptsubstanz: die Substanz ihrer letzten Abhängigkeitserfassung "
            "(ICD-10-Kriterien) an oder vor dem letzten Tag des Zeitraums, gruppiert nach ICD-Code (F10–F19) oder "
            "Namen; erfasst, aber nicht erkannt = andere; keine Erfassung = nicht erfasst."),
        "bagw_housing": (
            "KlientInnen mit einer Episode im Zeitraum (Einmalkontakte eingeschlossen) nach der Einschätzung "
            "(0 keine … 4 vollständige Beeinträchtigung) des Lebensbereichs Wohnen: im ersten Assessment und im "
            "letzten, das an oder vor dem letzten Tag des Zeitraums begann; nicht eingeschätzt = keine Einschätzung "
            "für Wohnen."),
        "bagw_abode": (
            "Dieselben KlientInnen nach dem, was ihre Akte heute sagt: ohne festen Wohnsitz, oder eine Adresse "
            "bzw. nichts erfasst."),
        "bagw_services": (
            "Genutzte Hilfen: Vermittlungen dieser KlientInnen, die an oder vor dem letzten Tag des Zeitraums "
            "„begonnen“ erreicht hatten, in einer im Zeitraum offenen Episode, nach der Art der Hilfe im "
            "Hilfeverzeichnis (keine = Vermittlung an eine Person oder Einrichtung außerhalb des Verzeichnisses); "
            "KlientInnen = wie viele KlientInnen sie nutzten."),
        "street_summary": (
            "Anonyme Kontakte = Kontakte im Zeitraum mit einer Code-Person, nach der Fachkraft, die sie hatte; "
            "Personen = Code-Personen mit einem davon; Rundgänge = Streetwork-Rundgänge und Gruppenkontakte, die im "
            "Zeitraum begannen, nach ihrer Fachkraft; angetroffene Personen = je Rundgang die nach Geschlecht und "
            "Alter gezählten Personen oder die Gesamtzahl, wenn sie größer ist; Gespräche = auf diesen Rundgängen "
            "gezählte Gespräche."),
        "street_items": (
            "Ausgegebene Materialien in den Kontakten des Zeitraums (mit KlientInnen und Code-Personen, nach der "
            "Fachkraft des Kontakts) und auf Rundgängen (nach ihrer Fachkraft), je Material."),
        "street_places": (
            "Anonyme Kontakte, Rundgänge und dort angetroffene Personen nach dem Ort, wie er eingegeben wurde."),
        "street_weeks": (
            "Anonyme Kontakte, Rundgänge, auf Rundgängen angetroffene Personen und ausgegebene Materialien "
            "(Kontakte und Rundgänge) nach der Kalenderwoche (ISO) ihres Beginns."),
        "time_contacts": (
            "Arbeitszeit in Kontakten: jeder Kontakt im Zeitraum (KlientInnen und Code-Personen, auch versäumte "
            "Termine) nach Art, nach der Fachkraft, die ihn hatte, seine Minuten summiert; Rundgänge nach ihrer "
            "Fachkraft."),
        "time_activities": (
            "Arbeitszeit ohne Kontakt: die Tätigkeiten der gezählten Fachkräfte im Zeitraum nach Art, ihre Minuten "
            "summiert."),
        "workers": (
            "Die Kennzahlen jeder gezählten Fachkraft wie in den Tabellen oben: Episoden im Zeitraum (ihrer "
            "KlientInnen), gezählte Kontakte, anonyme Kontakte, Rundgänge, Minuten in Kontakten und Rundgängen, "
            "Minuten in Tätigkeiten."),
    },
    "da": {
        "kds_episodes": (
            "Forløb (ikke slettede) for borgere (ingen kodepersoner), som de talte medarbejdere er sagsansvarlige "
            "for: i perioden = åbnet på eller før dens sidste dag og ikke afsluttet før dens første; begyndt = åbnet "
            "i den; afsluttet = afsluttet i den; igangværende = ikke afsluttet på dens sidste dag; nye borgere = "
            "borgere, hvis første forløb begyndte i perioden; enkeltkontakter = forløb i perioden med præcis én "
            "talt kontakt (se kontakter) fra åbningen til periodens slutning, vist for sig."),
        "kds_contacts": (
            f"Kontakter i perioden med borgere, efter den medarbejder, der havde dem: talt, når de varede mindst "
            f"{KDS_MINUTES} minutter og hverken var en udeblivelse eller et forsøg på kontakt, personligt, telefonisk, skriftligt eller digitalt; "
            f"et netværksmøde (med myndigheder eller pårørende) tæller uden borgeren, og det gør en aktivitet "
            f"»netværksarbejde uden borgeren« om én borger også; kortere kontakter, udeblivelser og "
            f"forsøg på kontakt står som ikke talt."),
        "kds_end_reasons": (
            "Forløb afsluttet i perioden efter afslutningsårsag: planlagt = mål nået, overført til et andet tilbud; "
            "ikke planlagt = flyttet, borgeren afbrød kontakten, kontakten mistet; hverken eller = død, anden "
            "årsag, ingen årsag registreret."),
        "kds_sex_age": (
            "Borgere med et forløb i perioden, som ikke er en enkeltkontakt, efter registreret køn og efter alder "
            "på periodens første dag (uden fødselsdato: ukendt)."),
        "kds_substance": (
            "De samme borgere efter hovedstof: stoffet i borgerens seneste registrering af afhængighed "
            "(ICD-10-kriterier) på eller før periodens sidste dag, grupperet efter ICD-kode (F10–F19) eller navn; "
            "registreret, men ikke genkendt = andet; ingen registrering = ikke registreret."),
        "bagw_housing": (
            "Borgere med et forløb i perioden (enkeltkontakter medregnet) efter vurderingen (0 ingen … 4 fuldstændig "
            "nedsat funktionsevne) af livsområdet bolig: ved deres første udredning og ved den seneste, der begyndte "
            "på eller før periodens sidste dag; ikke vurderet = ingen vurdering af bolig."),
        "bagw_abode": (
            "De samme borgere efter, hvad deres sag siger i dag: uden fast bopæl, eller en adresse eller intet "
            "registreret."),
        "bagw_services": (
            "Brugte indsatser: henvisninger for disse borgere, som havde nået »startet« på eller før periodens "
            "sidste dag i et forløb, der var åbent i perioden, efter tilbudstypen i tilbudsoversigten (ingen = "
            "henvisning til en person eller et sted uden for oversigten); borgere = hvor mange borgere brugte den."),
        "street_summary": (
            "Anonyme kontakter = kontakter i perioden med en kodeperson, efter den medarbejder, der havde dem; "
            "personer = kodepersoner med en af dem; runder = gaderunder og gruppekontakter, der begyndte i perioden, "
            "efter deres medarbejder; mødte personer = pr. runde de personer, der er talt efter køn og alder, eller "
            "det samlede tal, når det er større; samtaler = de samtaler, der er talt på runderne."),
        "street_items": (
            "Udleverede ting i periodens kontakter (med borgere og kodepersoner, efter kontaktens medarbejder) og "
            "runder (efter deres medarbejder), pr. ting."),
        "street_places": (
            "Anonyme kontakter, runder og de personer, der blev mødt på dem, efter stedet, som det blev skrevet."),
        "street_weeks": (
            "Anonyme kontakter, runder, personer mødt på runder og udleverede ting (kontakter og runder) efter "
            "ugenummeret (ISO) for deres begyndelse."),
        "time_contacts": (
            "Arbejdstid i kontakter: hver kontakt i perioden (borgere og kodepersoner, også udeblivelser) efter "
            "type, efter den medarbejder, der havde den, dens minutter lagt sammen; gaderunder efter deres "
            "medarbejder."),
        "time_activities": (
            "Arbejdstid uden kontakt: de talte medarbejderes aktiviteter i perioden efter art, deres minutter lagt "
            "sammen."),
        "workers": (
            "Hver talt medarbejders nøgletal som i tabellerne ovenfor: forløb i perioden (deres borgere), talte "
            "kontakter, anonyme kontakter, runder, minutter i kontakter og runder, minutter i aktiviteter."),
    },
}

TITLES: dict[str, dict[str, str]] = {
    "en": {
        "document": "Statistics for funders", "kds": "Addiction care (KDS 3.0 style)",
        "bagw": "Homeless help (BAG W style)", "street": "Street work", "time": "Working time",
        "per_worker": "Per worker",
        "kds_episodes": "Case episodes", "kds_contacts": "Contacts", "kds_end_reasons": "End reasons",
        "kds_sex_age": "Clients by sex and age", "kds_substance": "Main substance",
        "bagw_housing": "Housing situation at the first assessment and now", "bagw_abode": "Abode",
        "bagw_services": "Services used", "street_summary": "Anonymous contacts and rounds",
        "street_items": "Items handed out", "street_places": "By place", "street_weeks": "By week",
        "time_contacts": "Time in contacts and rounds", "time_activities": "Time in activities",
        "workers": "Key figures per worker",
        "chart_weeks": "Anonymous contacts and rounds per week", "chart_time": "Hours by kind of work",
    },
    "de": {
        "document": "Statistik für Zuwendungsgeber", "kds": "Suchthilfe (nach KDS 3.0)",
        "bagw": "Wohnungslosenhilfe (nach BAG W)", "street": "Streetwork", "time": "Arbeitszeit",
        "per_worker": "Je Fachkraft",
        "kds_episodes": "Betreuungsepisoden", "kds_contacts": "Kontakte", "kds_end_reasons": "Beendigungsgründe",
        "kds_sex_age": "KlientInnen nach Geschlecht und Alter", "kds_substance": "Hauptsubstanz",
        "bagw_housing": "Wohnsituation im ersten Assessment und jetzt", "bagw_abode": "Wohnsitz",
        "bagw_services": "Genutzte Hilfen", "street_summary": "Anonyme Kontakte und Rundgänge",
        "street_items": "Ausgegebene Materialien", "street_places": "Nach Ort", "street_weeks": "Nach Woche",
        "time_contacts": "Zeit in Kontakten und Rundgängen", "time_activities": "Zeit in Tätigkeiten",
        "workers": "Kennzahlen je Fachkraft",
        "chart_weeks": "Anonyme Kontakte und Rundgänge je Woche", "chart_time": "Stunden nach Art der Arbeit",
    },
    "da": {
        "document": "Statistik til bevillingsgivere", "kds": "Misbrugsbehandling (som KDS 3.0)",
        "bagw": "Hjemløsehjælp (som BAG W)", "street": "Gadearbejde", "time": "Arbejdstid",
        "per_worker": "Pr. medarbejder",
        "kds_episodes": "Forløb", "kds_contacts": "Kontakter", "kds_end_reasons": "Afslutningsårsager",
        "kds_sex_age": "Borgere efter køn og alder", "kds_substance": "Hovedstof",
        "bagw_housing": "Boligsituation ved første udredning og nu", "bagw_abode": "Bopæl",
        "bagw_services": "Brugte indsatser", "street_summary": "Anonyme kontakter og runder",
        "street_items": "Udleverede ting", "street_places": "Efter sted", "street_weeks": "Efter uge",
        "time_contacts": "Tid i kontakter og runder", "time_activities": "Tid i aktiviteter",
        "workers": "Nøgletal pr. medarbejder",
        "chart_weeks": "Anonyme kontakter og runder pr. uge", "chart_time": "Timer efter slags arbejde",
    },
}

#: Column and row words; a key missing in a language falls back to English, then to the key itself.
WORDS: dict[str, dict[str, str]] = {
    "en": {
        # columns
        "count": "Number", "contacts": "Contacts", "minutes": "Minutes", "episodes": "Episodes", "clients": "Clients",
        "first": "First assessment", "now": "Now", "referrals": "Referrals", "anonymous_contacts": "Anonymous contacts",
        "rounds": "Rounds", "people_met": "People met", "items": "Items", "kds_contacts": "Counted contacts",
        "contact_minutes": "Minutes in contacts", "activity_minutes": "Minutes in activities", "f": "Female",
        "m": "Male", "d": "Diverse", "u": "Not recorded", "total": "Total", "key": "", "worker": "Worker",
        "hours": "Hours",
        # rows
        "in_period": "In the period", "begun": "Begun", "ended": "Ended", "ongoing": "Ongoing",
        "first_time_clients": "First-time clients", "one_contact": "One-contact cases (shown apart)",
        "without_one_contact": "Without one-contact cases", "counted": "Counted contacts",
        "network_activity": "Network work about the client (without them)",
        "not_counted.short": "Not counted: under 10 minutes", "not_counted.missed": "Not counted: missed appointment",
        "not_counted.attempt": "Not counted: tried to reach",
        "planned": "Planned", "unplanned": "Unplanned", "neither": "Neither", "goals_reached": "Goals reached",
        "transferred": "Transferred to another service", "moved": "Moved away", "client_ended": "Client ended contact",
        "contact_lost": "Contact lost", "died": "Died", "other": "Other", "not_recorded": "Not recorded",
        "0-17": "under 18", "18-26": "18–26", "27-39": "27–39", "40-59": "40–59", "60+": "60 and over",
        "unknown": "Age unknown", "F10": "F10 Alcohol", "F11": "F11 Opioids", "F12": "F12 Cannabinoids",
        "F13": "F13 Sedatives and hypnotics", "F14": "F14 Cocaine", "F15": "F15 Other stimulants",
        "F16": "F16 Hallucinogens", "F17": "F17 Tobacco", "F18": "F18 Volatile solvents",
        "F19": "F19 Several substances", "gambling": "Gambling", "media": "Media use",
        "substance.other": "Other (not recognised)", "0": "0 no impairment", "1": "1 mild", "2": "2 moderate",
        "3": "3 severe", "4": "4 complete", "not_assessed": "Not assessed", "no_fixed_abode": "No fixed abode",
        "abode_or_unknown": "Address or nothing recorded", "service.none": "No directory entry",
        "anonymous_persons": "Anonymous persons", "talks": "Talks", "place.none": "No place given",
        "street": "Street", "home_visit": "Home visit", "office": "Office", "phone": "Phone",
        "accompaniment": "Accompaniment", "crisis": "Crisis", "counselling": "Counselling",
        "helper_conference": "Helper conference", "missed": "Missed appointment", "attempt": "Tried to reach", "street_round": "Street rounds",
        "team_meeting": "Team meeting", "documentation": "Documentation", "travel": "Travel",
        "network": "Network work without the client", "training": "Further training", "supervision": "Supervision",
        "week": "Week {week}/{year}",
        # items
        "syringes": "Syringes", "needles": "Needles", "naloxone": "Naloxone kits", "foil": "Foil", "pipes": "Pipes",
        "condoms": "Condoms", "food": "Food", "drinks": "Drinks", "sleeping_bag": "Sleeping bags",
        "clothing": "Clothing", "hygiene": "Hygiene articles", "info_material": "Information material",
        # the page
        "period": "{first} – {last}", "scope.worker": "Records of {name} on this desk",
        "scope.team": "Team {team}: every worker whose records this desk holds after its last sync ({count}); "
                      "each worker's figures in the last table",
        "scope.own_only": "Team {team}: this desk holds only the records of {name} (a caseworker's desk); a team "
                          "lead's desk holds the team after a sync",
        "no_rows": "Nothing in the period.", "made": "Made on {day}. Aggregates only: no client is named.",
    },
    "de": {
        "count": "Anzahl", "contacts": "Kontakte", "minutes": "Minuten", "episodes": "Episoden",
        "clients": "KlientInnen", "first": "Erstes Assessment", "now": "Jetzt", "referrals": "Vermittlungen",
        "anonymous_contacts": "Anonyme Kontakte", "rounds": "Rundgänge", "people_met": "Angetroffene Personen",
        "items": "Materialien", "kds_contacts": "Gezählte Kontakte", "contact_minutes": "Minuten in Kontakten",
        "activity_minutes": "Minuten in Tätigkeiten", "f": "Weiblich", "m": "Männlich", "d": "Divers",
        "u": "Nicht erfasst", "total": "Gesamt", "worker": "Fachkraft", "hours": "Stunden",
        "in_period": "Im Zeitraum", "begun": "Begonnen", "ended": "Beendet", "ongoing": "Laufend",
        "first_time_clients": "Erstbetreute", "one_contact": "Einmalkontakte (getrennt ausgewiesen)",
        "without_one_contact": "Ohne Einmalkontakte", "counted": "Gezählte Kontakte",
        "network_activity": "Netzwerkarbeit zur KlientIn (ohne sie)",
        "not_counted.short": "Nicht gezählt: unter 10 Minuten", "not_counted.missed": "Nicht gezählt: versäumter Termin",
        "not_counted.attempt": "Nicht gezählt: Kontaktversuch",
        "planned": "Planmäßig", "unplanned": "Unplanmäßig", "neither": "Weder noch", "goals_reached": "Ziele erreicht",
        "transferred": "Weitervermittelt", "moved": "Verzogen", "client_ended": "Abbruch durch die KlientIn",
        "contact_lost": "Kontakt verloren", "died": "Verstorben", "other": "Anderer Grund",
        "not_recorded": "Nicht erfasst", "0-17": "unter 18", "60+": "60 und älter", "unknown": "Alter unbekannt",
        "F10": "F10 Alkohol", "F11": "F11 Opioide", "F12": "F12 Cannabinoide", "F13": "F13 Sedativa/Hypnotika",
        "F14": "F14 Kokain", "F15": "F15 Andere Stimulanzien", "F16": "F16 Halluzinogene", "F17": "F17 Tabak",
        "F18": "F18 Flüchtige Lösungsmittel", "F19": "F19 Mehrere Substanzen", "gambling": "Glücksspiel",
        "media": "Mediennutzung", "substance.other": "Andere (nicht erkannt)", "0": "0 keine Beeinträchtigung",
        "1": "1 leicht", "2": "2 mittel", "3": "3 schwer", "4": "4 vollständig", "not_assessed": "Nicht eingeschätzt",
        "no_fixed_abode": "Ohne festen Wohnsitz", "abode_or_unknown": "Adresse oder nichts erfasst",
        "service.none": "Nicht im Verzeichnis", "anonymous_persons": "Anonyme Personen", "talks": "Gespräche",
        "place.none": "Kein Ort angegeben", "street": "Straße", "home_visit": "Hausbesuch", "office": "Büro",
        "phone": "Telefon", "accompaniment": "Begleitung", "crisis": "Krise", "counselling": "Beratung",
        "helper_conference": "HelferInnenkonferenz", "missed": "Versäumter Termin", "attempt": "Kontaktversuch", "street_round": "Rundgänge",
        "team_meeting": "Teamsitzung", "documentation": "Dokumentation", "travel": "Fahrzeit",
        "network": "Netzwerkarbeit ohne KlientIn", "training": "Fortbildung", "supervision": "Supervision",
        "week": "KW {week}/{year}",
        "syringes": "Spritzen", "needles": "Nadeln", "naloxone": "Naloxon-Kits", "foil": "Folie", "pipes": "Pfeifen",
        "condoms": "Kondome", "food": "Essen", "drinks": "Getränke", "sleeping_bag": "Schlafsäcke",
        "clothing": "Kleidung", "hygiene": "Hygieneartikel", "info_material": "Infomaterial",
        "scope.worker": "Daten von {name} auf diesem Rechner",
        "scope.team": "Team {team}: alle Fachkräfte, deren Daten dieser Rechner nach seinem letzten Abgleich hält "
                      "({count}); die Zahlen jeder Fachkraft in der letzten Tabelle",
        "scope.own_only": "Team {team}: dieser Rechner hält nur die Daten von {name} (Rechner einer Fachkraft); der "
                          "Rechner einer Teamleitung hält nach dem Abgleich das Team",
        "no_rows": "Nichts im Zeitraum.", "made": "Erstellt am {day}. Nur Summen: keine KlientIn wird genannt.",
    },
    "da": {
        "count": "Antal", "contacts": "Kontakter", "minutes": "Minutter", "episodes": "Forløb", "clients": "Borgere",
        "first": "Første udredning", "now": "Nu", "referrals": "Henvisninger", "anonymous_contacts": "Anonyme kontakter",
        "rounds": "Runder", "people_met": "Mødte personer", "items": "Ting", "kds_contacts": "Talte kontakter",
        "contact_minutes": "Minutter i kontakter", "activity_minutes": "Minutter i aktiviteter", "f": "Kvinde",
        "m": "Mand", "d": "Andet", "u": "Ikke registreret", "total": "I alt", "worker": "Medarbejder",
        "hours": "Timer",
        "in_period": "I perioden", "begun": "Begyndt", "ended": "Afsluttet", "ongoing": "Igangværende",
        "first_time_clients": "Nye borgere", "one_contact": "Enkeltkontakter (vist for sig)",
        "without_one_contact": "Uden enkeltkontakter", "counted": "Talte kontakter",
        "network_activity": "Netværksarbejde om borgeren (uden dem)",
        "not_counted.short": "Ikke talt: under 10 minutter", "not_counted.missed": "Ikke talt: udeblivelse",
        "not_counted.attempt": "Ikke talt: forsøg på kontakt",
        "planned": "Planlagt", "unplanned": "Ikke planlagt", "neither": "Hverken eller", "goals_reached": "Mål nået",
        "transferred": "Overført til andet tilbud", "moved": "Flyttet", "client_ended": "Borgeren afbrød kontakten",
        "contact_lost": "Kontakten mistet", "died": "Død", "other": "Anden årsag", "not_recorded": "Ikke registreret",
        "0-17": "under 18", "60+": "60 og derover", "unknown": "Alder ukendt", "F10": "F10 Alkohol",
        "F11": "F11 Opioider", "F12": "F12 Cannabinoider", "F13": "F13 Beroligende midler", "F14": "F14 Kokain",
        "F15": "F15 Andre stimulerende stoffer", "F16": "F16 Hallucinogener", "F17": "F17 Tobak",
        "F18": "F18 Opløsningsmidler", "F19": "F19 Flere stoffer", "gambling": "Spil om penge", "media": "Medieforbrug",
        "substance.other": "Andet (ikke genkendt)", "0": "0 ingen nedsættelse", "1": "1 let", "2": "2 moderat",
        "3": "3 svær", "4": "4 fuldstændig", "not_assessed": "Ikke vurderet", "no_fixed_abode": "Uden fast bopæl",
        "abode_or_unknown": "Adresse eller intet registreret", "service.none": "Ikke i oversigten",
        "anonymous_persons": "Anonyme personer", "talks": "Samtaler", "place.none": "Intet sted angivet",
        "street": "Gade", "home_visit": "Hjemmebesøg", "office": "Kontor", "phone": "Telefon",
        "accompaniment": "Ledsagelse", "crisis": "Krise", "counselling": "Rådgivning",
        "helper_conference": "Netværksmøde", "missed": "Udeblivelse", "attempt": "Forsøg på kontakt", "street_round": "Gaderunder",
        "team_meeting": "Teammøde", "documentation": "Dokumentation", "travel": "Transport",
        "network": "Netværksarbejde uden borgeren", "training": "Efteruddannelse", "supervision": "Supervision",
        "week": "Uge {week}/{year}",
        "syringes": "Sprøjter", "needles": "Kanyler", "naloxone": "Naloxon-kits", "foil": "Folie", "pipes": "Piber",
        "condoms": "Kondomer", "food": "Mad", "drinks": "Drikke", "sleeping_bag": "Soveposer", "clothing": "Tøj",
        "hygiene": "Hygiejneartikler", "info_material": "Informationsmateriale",
        "scope.worker": "{name}s data på denne computer",
        "scope.team": "Team {team}: alle medarbejdere, hvis data denne computer har efter sin seneste "
                      "synkronisering ({count}); hver medarbejders tal i den sidste tabel",
        "scope.own_only": "Team {team}: denne computer har kun {name}s data (en medarbejders computer); en "
                          "teamleders computer har teamet efter en synkronisering",
        "no_rows": "Intet i perioden.", "made": "Lavet den {day}. Kun summer: ingen borger nævnes.",
    },
}


def word(language: str, key: str, **values: object) -> str:
    text = WORDS.get(language, {}).get(key) or WORDS["en"].get(key, key)
    return text.format(**values) if values else text
