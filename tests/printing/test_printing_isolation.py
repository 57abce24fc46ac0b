import subprocess
import sys
import textwrap

# Renders a card and a document in a fresh interpreter, then lists what got imported.
_PROBE = textwrap.dedent(
    """
    import io, sys
    from datetime import date
    import casedesk.printing as printing
    from casedesk.printing.content import MonthlyReportContent, RelapseCardContent
    printing.render_card(RelapseCardContent(language="de", issued_on=date(2025, 1, 1)), io.BytesIO())
    printing.render_monthly_report(
        MonthlyReportContent(language="da", worker="A", team="B", year=2025, month=1), io.BytesIO()
    )
    print("\\n".join(sorted(sys.modules)))
    """
)


def test_printing_imports_neither_qt_nor_the_database_nor_other_casedesk_layers():
    modules = subprocess.run(
        [sys.executable, "-c", _PROBE], check=True, capture_output=True, text=True
    ).stdout.split()
    assert "casedesk.printing.card" in modules, "the probe should have loaded the printing layer"
    forbidden = [
        name
        for name in modules
        if name.split(".")[0] in {"PySide6", "shiboken6", "sqlalchemy", "sqlcipher3", "psycopg"}
        or (name.startswith("casedesk.") and not name.startswith("casedesk.printing"))
    ]
    assert forbidden == []
