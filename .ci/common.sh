# Sourced by .ci/schemathesis.sh and .ci/client_roundtrip.sh.
#
# `install_tool NAME VENV PACKAGE VERSION COMMAND`: a tool of CI in its own virtual environment (its pins
# need not agree with the project's), installed from PyPI unless VENV/bin/COMMAND already reports VERSION.
#
# `start_server NAME`: start `textmetrics serve` (gunicorn, 2 workers) on loopback with a fresh API
# key, wait for /healthz, stop it on exit. After it: BASE (http://127.0.0.1:PORT), KEY (the API key),
# LOG (the server's log file), SERVER (its pid). The server runs with "$PYTHON" (default `python`),
# which must have textmetrics. `stop_server` is idempotent and runs on EXIT; `server_log_tail` prints
# the end of the log.

install_tool() {
  local name="$1" venv="$2" package="$3" version="$4" command="$5"
  if ! "$venv/bin/$command" --version 2>/dev/null | grep -qF "$version"; then
    echo "$name: installing $package $version into $venv"
    python3 -m venv "$venv"
    "$venv/bin/python" -m pip install --quiet --disable-pip-version-check "$package==$version"
  fi
}

PYTHON="${PYTHON:-python}"

start_server() {
  local name="$1"
  PORT="$("$PYTHON" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
  KEY="ci-$("$PYTHON" -c 'import secrets; print(secrets.token_hex(16))')"
  BASE="http://127.0.0.1:$PORT"
  LOG="$(mktemp -t textmetrics-serve.XXXXXX.log)"

  TEXTMETRICS_API_KEYS="$KEY" TEXTMETRICS_LOG_LEVEL=WARNING \
    "$PYTHON" -m textmetrics.api.serve --host 127.0.0.1 --port "$PORT" --workers 2 >"$LOG" 2>&1 &
  SERVER=$!
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
    echo "$name: the server did not start; its log:" >&2
    cat "$LOG" >&2
    exit 1
  fi
}

stop_server() {
  if [ -n "${SERVER:-}" ] && kill -0 "$SERVER" 2>/dev/null; then
    kill -TERM "$SERVER" 2>/dev/null || true
    wait "$SERVER" 2>/dev/null || true
  fi
}

server_log_tail() {
  tail -n 50 "$LOG" >&2
}
