"""Test data for the card and document tests: long realistic texts in the three card languages."""

from casedesk.services.cards import CardDraft, NumberDraft, SituationDraft

PASSPHRASE = "Kaffee, Kuchen & 42 Tauben"

#: Realistic, long texts in each card language: compound words, ä ö ü ß æ ø å.
LONG_SITUATIONS = {
    "de": [
        SituationDraft(
            "Wenn ich nach einem Streit mit meiner Schwester allein in der Notunterkunft sitze und die "
            "anderen abends zusammen trinken, fühle ich mich ausgeschlossen und will nur noch weg.",
            ["conflicts", "unpleasant_feelings", "group_pressure"],
            "Spaziergang zum Hafen; Tagebuch schreiben; Sozialarbeiterin anrufen; Suchtberatungsstelle "
            "aufsuchen; Kopfhörer und Musik statt Gesellschaft.",
            "Meine Bezugsbetreuerin Frau Müller-Lüdenscheid oder der Kontaktladen",
        ),
        SituationDraft(
            "Am Monatsanfang, wenn das Geld da ist und mich jemand am Hauptbahnhof anspricht.",
            ["craving", "pleasant_feelings"],
            "Geld direkt auf das Verwahrkonto; Einkaufsliste vorher schreiben; nicht allein zum Bahnhof.",
            "Streetwork-Team Nord",
        ),
        SituationDraft(
            "Nachts, wenn ich wegen Rückenschmerzen nicht schlafen kann und unruhig werde.",
            ["physical_discomfort"],
            "Wärmflasche, Atemübung, morgens zur Sprechstunde der Straßenambulanz.",
            "Krisendienst (Telefonseelsorge)",
        ),
    ],
    "da": [
        SituationDraft(
            "Når jeg har skændtes med min kæreste og sidder alene på værelset på herberget, og de andre "
            "drikker sammen i gården, føler jeg mig udenfor og får lyst til at tage stoffer.",
            ["conflicts", "unpleasant_feelings"],
            "Gå en tur ved søerne; ringe til min støtte- og kontaktperson; tage på værestedet; høre musik.",
            "Min mentor på Kirkens Korshærs natvarmestue",
        ),
        SituationDraft(
            "Sidst på måneden, når pengene er væk og trangen bliver stærk.",
            ["craving"],
            "Spise et ordentligt måltid på værested; gå til substitutionsbehandling til tiden.",
            "Gadeteamet",
        ),
    ],
    "en": [
        SituationDraft(
            "On Friday nights when my old friends from the squat come round and everybody is using.",
            ["group_pressure", "pleasant_feelings"],
            "Say no and leave; go to the drop-in centre; call my sponsor; spend the night at my sister's.",
            "My key worker at the outreach team",
        ),
    ],
}


def long_card(language: str) -> CardDraft:
    return CardDraft(
        language=language,
        situations=[SituationDraft(s.description, list(s.triggers), s.alternatives, s.whom_to_turn_to)
                    for s in LONG_SITUATIONS[language]],
        important_numbers=[NumberDraft("Streetwork / gadeteam", "+49 30 123 456 78"),
                           NumberDraft("Krisentelefon", "0800 111 0 111")],
    )


def normalised_text(text: str) -> str:
    """PDF text without line breaks, spaces and hyphenation, so wrapped words compare equal."""
    return "".join(text.split()).replace("\u00ad", "").replace("-", "")


def contains(text: str, expected: str) -> bool:
    return normalised_text(expected) in normalised_text(text)
