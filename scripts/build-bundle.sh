#!/usr/bin/env bash
# Builds the one-folder bundle with PyInstaller and checks that it starts:
# `--version`, then an offscreen smoke start of the GUI.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
.venv/bin/python -m pip install -q -e ".[build]"
.venv/bin/pyinstaller --noconfirm --clean build.spec >/dev/null
bundle=$(ls -d dist/casedesk-*/ | head -n 1)
"$bundle/casedesk" --version
CASEDESK_HOME="$(mktemp -d)" QT_QPA_PLATFORM=offscreen "$bundle/casedesk" --smoke-test
echo "bundle OK: $bundle"
