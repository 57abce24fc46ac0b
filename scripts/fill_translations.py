"""Fill translations into the .ts files from a small JSON of {language: {context: {source: text}}}.

A plural ("%n …") message takes a list of forms instead of a text, e.g. ["%n Konflikt", "%n Konflikte"].

For the handful of strings a change adds; larger batches are easier in Qt Linguist. Only entries
still marked unfinished are touched, so a reviewed translation is never overwritten.

    python scripts/fill_translations.py new_strings.json && scripts/update_translations.sh
"""

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

TRANSLATIONS = Path(__file__).resolve().parent.parent / "src/casedesk/resources/translations"


def fill(language: str, by_context: dict[str, dict[str, str]]) -> int:
    path = TRANSLATIONS / f"casedesk_{language}.ts"
    tree = ET.parse(path)
    filled = 0
    for context in tree.getroot().iter("context"):
        wanted = by_context.get(context.findtext("name", ""), {})
        for message in context.iter("message"):
            translation = message.find("translation")
            source = message.findtext("source", "")
            if translation is not None and translation.get("type") == "unfinished" and source in wanted:
                text = wanted[source]
                if isinstance(text, list):
                    for form in list(translation):
                        translation.remove(form)
                    for plural_form in text:
                        ET.SubElement(translation, "numerusform").text = plural_form
                else:
                    translation.text = text
                del translation.attrib["type"]
                filled += 1
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return filled


def main() -> int:
    if len(sys.argv) != 2:
        print("usage: fill_translations.py FILE.json", file=sys.stderr)
        return 2
    for language, by_context in json.loads(Path(sys.argv[1]).read_text(encoding="utf-8")).items():
        print(f"{language}: {fill(language, by_context)} filled")
    return 0


if __name__ == "__main__":
    sys.exit(main())
