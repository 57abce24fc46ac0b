"""DejaVu fonts for every printed document.

The base-14 PDF fonts only cover Latin-1 and are never embedded, so a viewer
substitutes them freely; the bundled DejaVu TTFs are embedded (as subsets) and
cover ä ö ü ß æ ø å and everything else a client's name may contain.
"""

from __future__ import annotations

import functools
import importlib.resources
import io

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import registerFontFamily
from reportlab.pdfbase.ttfonts import TTFont

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
CONDENSED = "DejaVuSansCondensed"
CONDENSED_BOLD = "DejaVuSansCondensed-Bold"


@functools.cache
def register_fonts() -> None:
    """Register the DejaVu faces with ReportLab (cached: parsing a TTF costs tens of ms)."""
    font_dir = importlib.resources.files("casedesk") / "resources" / "fonts"
    for name in (REGULAR, BOLD, CONDENSED, CONDENSED_BOLD):
        # Reading the bytes instead of passing a path keeps this working when the
        # package is installed zipped (e.g. in a frozen build) without temp files.
        data = (font_dir / f"{name}.ttf").read_bytes()
        pdfmetrics.registerFont(TTFont(name, io.BytesIO(data)))
    # <b> in Paragraph markup finds the bold face through the family; there is no
    # italic face, so <i> falls back to upright rather than failing.
    for regular, bold in ((REGULAR, BOLD), (CONDENSED, CONDENSED_BOLD)):
        registerFontFamily(regular, normal=regular, bold=bold, italic=regular, boldItalic=bold)
