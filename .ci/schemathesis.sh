#!/usr/bin/env bash
# Property-based checks of the HTTP API: start `textmetrics serve` (gunicorn, 2 workers) on loopback
# with an API key, run schemathesis from openapi.yaml against it (every check, positive and negative
# data), stop the server. Exits non-zero when schemathesis finds a failure or the server will not start.
#
# schemathesis lives in its own virtual environment (its pins need not agree with the project's);
# the server runs with the `python` on PATH, which must have textmetrics installed.
#
# Environment: SCHEMATHESIS_VENV (default $TMPDIR/textmetrics-schemathesis-venv),
# SCHEMATHESIS_MAX_EXAMPLES (default 100 per operation), SCHEMATHESIS_SEED (default 20261124).
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
VERSION="4.32.5"
VENV="${SCHEMATHESIS_VENV:-${TMPDIR:-/tmp}/textmetrics-schemathesis-venv}"
PYTHON="${PYTHON:-python}"
MAX_EXAMPLES="${SCHEMATHESIS_MAX_EXAMPLES:-100}"
SEED="${SCHEMATHESIS_SEED:-20261124}"

if ! "$VENV/bin/schemathesis" --version 2>/dev/null | grep -qF "$VERSION"; then
  echo "schemathesis.sh: installing schemathesis $VERSION into $VENV"
  python3 -m venv "$VENV"
  "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check "schemathesis==$VERSION"
fi

PORT="$("$PYTHON" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
KEY="ci-$("$PYTHON" -c 'import secrets; print(secrets.token_hex(16))')"
BASE="http://127.0.0.1:$PORT"
LOG="$(mktemp -t textmetrics-serve.XXXXXX.log)"

TEXTMETRICS_API_KEYS="$KEY" TEXTMETRICS_LOG_LEVEL=WARNING \
  "$PYTHON" -m textmetrics.api.serve --host 127.0.0.1 --port "$PORT" --workers 2 >"$LOG" 2>&1 &
SERVER=$!
stop_server() {
  if kill -0 "$SERVER" 2>/dev/null; then
    kill -TERM "$SERVER" 2>/dev/null || true
    wait "$SERVER" 2>/dev/null || true
  fi
}
trap stop_server EXIT

# wait up to 60 s for /healthz
if ! "$PYTHON" - "$BASE/healthz" <<'PY'
import sys, time, urllib.request
deadline = time.monotonic() + 60
while time.monotonic() < deadline:
    try:
        with urllib.request.urlopen(sys.argv[1], timeout=2) as r:
            if r.status == 200:
                sys.exit(0)
    except OSError:
        time.sleep(0.2)
sys.exit(1)
PY
then
  echo "schemathesis.sh: the server did not start; its log:" >&2
  cat "$LOG" >&2
  exit 1
fi

status=0
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
  tail -n 50 "$LOG" >&2
fi
rm -f "$LOG"
exit "$status"
