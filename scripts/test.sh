#!/usr/bin/env bash
# One command: set up and run every check CI runs. Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
export QT_QPA_PLATFORM=offscreen
.venv/bin/lint-imports
scripts/update_translations.sh --check
status=0
.venv/bin/python -m pytest -q "$@" || status=$?
# pytest exits 5 when it collected no test: that is a failure here, not a pass.
[ "$status" -eq 5 ] && echo "test.sh: no tests were collected" >&2
exit "$status"
