#!/usr/bin/env bash
# One command: set up CaseDesk and start it on a demo desk (passphrase: demo-passphrase).
# The demo lives in ./.demo, never in your real data folder.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
export CASEDESK_HOME="$PWD/.demo"
desk="$CASEDESK_HOME/demo.casedesk"
[ -f "$desk" ] || .venv/bin/casedesk demo --path "$desk" --clients 60 --contacts 1500
exec .venv/bin/casedesk --desk "$desk" "$@"
