#!/usr/bin/env bash
# Creates ./.venv and installs CaseDesk (editable) with its test tools. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."
"$(dirname "$0")/system-deps.sh"
python=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$python" -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e ".[test]"
