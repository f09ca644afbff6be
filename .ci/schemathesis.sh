#!/usr/bin/env bash
# Property-based checks of the HTTP API: start `textmetrics serve` (gunicorn, 2 workers) on loopback
# with an API key, run schemathesis from openapi.yaml against it (every check, positive and negative
# data, none disabled), stop the server. Exits non-zero when schemathesis finds a failure or the
# server will not start.
#
# schemathesis lives in its own virtual environment (its pins need not agree with the project's);
# the server runs with the `python` on PATH, which must have textmetrics installed.
# .ci/schemathesis_hooks.py tells schemathesis that GET /openapi.yaml's body is the YAML text.
#
# Environment: SCHEMATHESIS_VENV (default $TMPDIR/textmetrics-schemathesis-venv),
# SCHEMATHESIS_MAX_EXAMPLES (default 100 per operation), SCHEMATHESIS_SEED (default 20261124).
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
VERSION="4.32.5"
VENV="${SCHEMATHESIS_VENV:-${TMPDIR:-/tmp}/textmetrics-schemathesis-venv}"
MAX_EXAMPLES="${SCHEMATHESIS_MAX_EXAMPLES:-100}"
SEED="${SCHEMATHESIS_SEED:-20261124}"
. "$ROOT/.ci/common.sh"

install_tool schemathesis.sh "$VENV" schemathesis "$VERSION" schemathesis

start_server schemathesis.sh

status=0
SCHEMATHESIS_HOOKS="$ROOT/.ci/schemathesis_hooks.py" \
"$VENV/bin/schemathesis" --config-file "$ROOT/.ci/schemathesis.toml" run "$ROOT/openapi.yaml" \
  --url "$BASE" \
  --header "Authorization: Bearer $KEY" \
  --max-examples "$MAX_EXAMPLES" \
  --seed "$SEED" \
  --request-timeout 60 \
  --generation-database none \
  --no-color || status=$?

stop_server
if [ "$status" -ne 0 ]; then
  echo "schemathesis.sh: schemathesis found failures (exit $status); server log tail:" >&2
  server_log_tail
fi
rm -f "$LOG"
exit "$status"
