#!/usr/bin/env bash
# The generated-client round trip: generate a Python client from openapi.yaml with
# openapi-python-client, install it, start `textmetrics serve` on loopback with an API key, and call
# every operation through the client (tests/client_roundtrip.py): each answer must parse into its
# typed model. Exits non-zero when the generator warns about anything but the one known gap, when the
# client cannot be built, or when an answer does not parse.
#
# The generator and the client live in their own virtual environment; the server runs with the
# `python` on PATH, which must have textmetrics installed. Needs only PyPI.
#
# openapi-python-client reads no YAML response body by itself: .ci/client_config.yaml maps
# application/yaml to text, so GET /openapi.yaml comes back as the YAML text (docs/api.md says so).
# The one warning allowed is the text/plain request body of POST /v1/score, which it does not
# support (the client sends the JSON body instead).
#
# Environment: CLIENT_VENV (default $TMPDIR/textmetrics-client-venv).
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
VERSION="0.29.1"
VENV="${CLIENT_VENV:-${TMPDIR:-/tmp}/textmetrics-client-venv}"
. "$ROOT/.ci/common.sh"

install_tool client_roundtrip.sh "$VENV" openapi-python-client "$VERSION" openapi-python-client

WORK="$(mktemp -d -t textmetrics-client.XXXXXX)"
trap 'rm -rf "$WORK"' EXIT
"$VENV/bin/openapi-python-client" generate --path "$ROOT/openapi.yaml" --output-path "$WORK/client" \
  --config "$ROOT/.ci/client_config.yaml" >"$WORK/generate.log" 2>&1 || {
  cat "$WORK/generate.log" >&2
  echo "client_roundtrip.sh: the client could not be generated" >&2
  exit 1
}
# every warning is a "WARNING parsing <operation>" line followed by its reason; one is expected
warnings="$(grep -A2 '^WARNING' "$WORK/generate.log" | grep -v -e '^--$' -e '^$' || true)"
expected="$(printf 'WARNING parsing POST /v1/score within scoring.\nUnsupported content type text/plain')"
if [ "$warnings" != "$expected" ]; then
  cat "$WORK/generate.log" >&2
  echo "client_roundtrip.sh: openapi-python-client warned about more than the text/plain request body" >&2
  exit 1
fi

"$VENV/bin/python" -m pip uninstall --quiet --yes textmetrics-client >/dev/null 2>&1 || true
"$VENV/bin/python" -m pip install --quiet --disable-pip-version-check "$WORK/client"

start_server client_roundtrip.sh
trap 'stop_server; rm -rf "$WORK"' EXIT  # start_server set its own; keep both

status=0
"$VENV/bin/python" "$ROOT/tests/client_roundtrip.py" "$BASE" "$KEY" "$ROOT/openapi.yaml" || status=$?

stop_server
if [ "$status" -ne 0 ]; then
  echo "client_roundtrip.sh: the generated client failed (exit $status); server log tail:" >&2
  server_log_tail
fi
rm -f "$LOG"
exit "$status"
