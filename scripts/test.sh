#!/usr/bin/env bash
# One command: set up and run every check CI runs. Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
export QT_QPA_PLATFORM=offscreen
.venv/bin/lint-imports
.venv/bin/ruff check src tests benchmarks scripts
PYTHON=.venv/bin/python scripts/update_translations.sh
# The committed translations must be what the code produces, and German and Danish complete.
if ! git diff --quiet -- src/casedesk/resources/translations 2>/dev/null; then
  echo "test.sh: translations are out of date: run scripts/update_translations.sh and translate" >&2
  exit 1
fi
if grep -l 'type="unfinished"' src/casedesk/resources/translations/casedesk_{de,da}.ts; then
  echo "test.sh: untranslated German/Danish strings in the files above" >&2
  exit 1
fi
status=0
.venv/bin/python -m pytest -q "$@" || status=$?
# pytest exits 5 when it collected no test: that is a failure here, not a pass.
[ "$status" -eq 5 ] && echo "test.sh: no tests were collected" >&2
exit "$status"
