"""The General Self-Efficacy Scale's ten items as shipped (a team may reword them: ``instrument_item``).

Schwarzer, R. & Jerusalem, M. (1995). Generalized Self-Efficacy scale. In J. Weinman, S. Wright &
M. Johnston (eds.), Measures in health psychology: A user's portfolio. Causal and control beliefs
(pp. 35–37). Windsor: NFER-NELSON. The authors allow its use with this citation. German: the
original "Skala zur Allgemeinen Selbstwirksamkeitserwartung" (SWE); English: the authors' English
version. The Danish wording is CaseDesk's rendering of the English items: a team that works with
the published Danish adaptation enters that wording instead.
"""

SELF_EFFICACY_SOURCE = ("Schwarzer, R. & Jerusalem, M. (1995). Generalized Self-Efficacy scale. In J. Weinman, "
                        "S. Wright & M. Johnston (eds.), Measures in health psychology: A user's portfolio. "
                        "Causal and control beliefs (pp. 35–37). Windsor: NFER-NELSON.")

SELF_EFFICACY_ITEMS: dict[str, tuple[str, ...]] = {
    "de": (
        "Wenn sich Widerstände auftun, finde ich Mittel und Wege, mich durchzusetzen.",
        "Die Lösung schwieriger Probleme gelingt mir immer, wenn ich mich darum bemühe.",
        "Es bereitet mir keine Schwierigkeiten, meine Absichten und Ziele zu verwirklichen.",
        "In unerwarteten Situationen weiß ich immer, wie ich mich verhalten soll.",
        "Auch bei überraschenden Ereignissen glaube ich, dass ich gut mit ihnen zurechtkommen kann.",
        "Schwierigkeiten sehe ich gelassen entgegen, weil ich meinen Fähigkeiten immer vertrauen kann.",
        "Was auch immer passiert, ich werde schon klarkommen.",
        "Für jedes Problem kann ich eine Lösung finden.",
        "Wenn eine neue Sache auf mich zukommt, weiß ich, wie ich damit umgehen kann.",
        "Wenn ein Problem auftaucht, kann ich es aus eigener Kraft meistern.",
    ),
    "en": (
        "I can always manage to solve difficult problems if I try hard enough.",
        "If someone opposes me, I can find the means and ways to get what I want.",
        "It is easy for me to stick to my aims and accomplish my goals.",
        "I am confident that I could deal efficiently with unexpected events.",
        "Thanks to my resourcefulness, I know how to handle unforeseen situations.",
        "I can solve most problems if I invest the necessary effort.",
        "I can remain calm when facing difficulties because I can rely on my coping abilities.",
        "When I am confronted with a problem, I can usually find several solutions.",
        "If I am in trouble, I can usually think of a solution.",
        "I can usually handle whatever comes my way.",
    ),
    "da": (
        "Jeg kan altid løse svære problemer, hvis jeg prøver hårdt nok.",
        "Hvis nogen modarbejder mig, kan jeg finde måder at få det, jeg vil have.",
        "Det er let for mig at holde fast i mine mål og nå dem.",
        "Jeg er sikker på, at jeg kan klare uventede hændelser.",
        "Takket være min opfindsomhed ved jeg, hvordan jeg skal klare uforudsete situationer.",
        "Jeg kan løse de fleste problemer, hvis jeg gør den nødvendige indsats.",
        "Jeg kan bevare roen, når jeg møder vanskeligheder, fordi jeg kan stole på mine evner.",
        "Når jeg står over for et problem, kan jeg som regel finde flere løsninger.",
        "Hvis jeg er i vanskeligheder, kan jeg som regel finde en udvej.",
        "Jeg kan som regel klare, hvad der end sker.",
    ),
}
