#!/usr/bin/env bash
# Refresh the translation sources from the UI code and build the .qm files the app loads.
#
#   scripts/update_translations.sh                 lupdate (strings from src/casedesk/ui) + lrelease
#   scripts/update_translations.sh --release-only  only lrelease (CI: are the committed .qm current?)
#
# Uses the PySide6 tools next to $PYTHON (default: python3 on PATH, e.g. the project's venv).
# Output is deterministic: no source locations in the .ts, sorted input files.
set -euo pipefail

cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3}
BIN=$(dirname "$("$PYTHON" -c 'import sys; print(sys.executable)')")
LUPDATE="$BIN/pyside6-lupdate"
LRELEASE="$BIN/pyside6-lrelease"
DIR=src/casedesk/resources/translations
LANGUAGES=(de da en)

if [[ "${1:-}" != "--release-only" ]]; then
    mapfile -t SOURCES < <(find src/casedesk/ui -name '*.py' | LC_ALL=C sort)
    for language in "${LANGUAGES[@]}"; do
        "$LUPDATE" -silent -no-obsolete -locations none -source-language en -target-language "$language" \
            "${SOURCES[@]}" -ts "$DIR/casedesk_$language.ts"
    done
fi

for language in "${LANGUAGES[@]}"; do
    "$LRELEASE" -silent "$DIR/casedesk_$language.ts" -qm "$DIR/casedesk_$language.qm"
done
