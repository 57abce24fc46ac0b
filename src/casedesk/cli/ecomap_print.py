"""``casedesk print ecomap CLIENT --out FILE.pdf|FILE.png``: the client's network map.

The same layout as the Network tab (``services.ecomap_layout``); the PDF through ReportLab, the
PNG drawn by the tab's own scene on Qt's offscreen platform, so no display is needed. The words
are the printed documents' (``--language``, else the desk's card language). Neither file names
the client in its metadata, and both are written 0600.
"""

import argparse
import io
import os
from datetime import date

from casedesk.services.errors import NotFound
from casedesk.services.output import OutputRefused, check_output, protected_files, write_document

PDF_MAGIC, PNG_MAGIC = b"%PDF", b"\x89PNG"


def _png(drawing, words) -> bytes:
    # Qt only for this one picture: the offscreen platform unless a display was asked for.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from casedesk.ui.ecomap import render_png

    app = QApplication.instance() or QApplication(["casedesk"])
    try:
        return render_png(drawing, words)
    finally:
        app.processEvents()


def print_ecomap(args: argparse.Namespace) -> int:
    from casedesk.cli.common import desk_path, find_client, unlock
    from casedesk.cli.print_commands import REFUSED, _fail
    from casedesk.printing.ecomap import ecomap_words, render_ecomap
    from casedesk.printing.labels import format_date
    from casedesk.services.ecomap_layout import lay_out

    suffix = args.out.suffix.lower()
    if suffix not in (".pdf", ".png"):
        _fail(f"{args.out} must end in .pdf or .png")
    magic = PNG_MAGIC if suffix == ".png" else PDF_MAGIC
    protected = protected_files(desk_path(args))
    try:
        check_output(args.out, args.force, protected, magic)
    except OutputRefused as refused:
        _fail(REFUSED[refused.reason].format(path=args.out).replace("is not a PDF", "is not a map"))
    desk = unlock(args)
    try:
        language = getattr(args, "language", None) or desk.setting("card_language", "de")
        client_id = find_client(desk, args.subject)
        details = desk.clients.get(client_id)
        drawing = lay_out(desk.network.network(client_id), details.draft.alias or details.draft.first_name)
        words = ecomap_words(language, format_date(language, date.today()))
        if suffix == ".png":
            data = _png(drawing, words)
        else:
            out = io.BytesIO()
            render_ecomap(drawing, words, out, language)
            data = out.getvalue()
        write_document(args.out, data, args.force, protected, magic)
    except NotFound:
        _fail(f"{args.subject!r} not found")
    except OutputRefused as refused:
        _fail(REFUSED[refused.reason].format(path=args.out))
    except OSError as error:
        _fail(f"cannot write {args.out}: {error.strerror}")
    finally:
        desk.close()
    print(args.out)
    return 0
