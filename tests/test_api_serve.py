"""``textmetrics serve`` (``serve.run``): gunicorn, not Flask's development server, serving the app on loopback."""

from __future__ import annotations

import http.client
import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request

import pytest

import textmetrics
from textmetrics.api import serve


def test_gunicorn_options_defaults():
    options = serve.gunicorn_options()
    assert options["bind"] == ["127.0.0.1:8000"]
    assert options["workers"] == len(os.sched_getaffinity(0))  # one per usable core
    assert options["worker_class"] == "sync"
    assert options["timeout"] == serve.WORKER_TIMEOUT
    assert (options["max_requests"], options["max_requests_jitter"]) == (10_000, 1_000)
    assert options["preload_app"] is True  # resources load before any worker takes a request
    assert options["accesslog"] is None  # the app logs each request itself


def test_gunicorn_options_explicit():
    options = serve.gunicorn_options("::1", 9001, 3, timeout=30, log_level="WARNING")
    assert options["bind"] == ["[::1]:9001"]
    assert (options["workers"], options["timeout"], options["loglevel"]) == (3, 30, "warning")
    with pytest.raises(ValueError):
        serve.gunicorn_options(workers=0)


def test_application_loads_the_app():
    application = serve.TextmetricsApplication(serve.gunicorn_options(workers=1), textmetrics.Settings())
    assert application.cfg.workers == 1 and application.cfg.preload_app is True
    assert application.load().name == "textmetrics.api.app"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _request(url: str, data: bytes | None = None, headers: dict | None = None):
    req = urllib.request.Request(url, data=data, headers=headers or {})
    try:
        with urllib.request.urlopen(req, timeout=10) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


@pytest.fixture(scope="module")
def server():
    port = _free_port()
    env = {**os.environ, "TEXTMETRICS_MAX_BODY_BYTES": "2000", "TEXTMETRICS_LOG_LEVEL": "WARNING"}
    # `textmetrics serve`, the console script's code run by this interpreter
    cli = "import sys; from textmetrics.cli import main; sys.argv[0] = 'textmetrics'; main()"
    process = subprocess.Popen(
        [sys.executable, "-c", cli, "serve", "--host", "127.0.0.1", "--port", str(port), "--workers", "2"],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            if _request(base + "/healthz")[0] == 200:
                break
        except OSError:
            pass
        if process.poll() is not None or time.monotonic() > deadline:
            process.kill()
            pytest.fail("server did not start: " + process.stdout.read().decode(errors="replace"))
        time.sleep(0.1)
    yield base, process
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=30)


def test_served_by_gunicorn(server):
    base, _ = server
    status, headers, body = _request(base + "/healthz", headers={"X-Request-ID": "live-1"})
    assert status == 200 and json.loads(body)["status"] == "ok"
    assert headers["Server"].startswith("gunicorn")
    assert headers["X-Request-ID"] == "live-1"


def test_live_score_is_the_core_document(server):
    base, _ = server
    text = "We may be wrong. But surely the evidence is clear!"
    status, headers, body = _request(
        base + "/v1/score", json.dumps({"text": text, "detail": "full"}).encode(), {"Content-Type": "application/json"}
    )
    assert status == 200 and headers["Content-Type"] == "application/json"
    assert json.loads(body) == json.loads(json.dumps(textmetrics.analyze(text, detail="full").to_dict()))


def test_live_413_from_the_environment_limit(server):
    base, _ = server
    status, headers, body = _request(base + "/v1/score", b"x" * 2001, {"Content-Type": "text/plain"})
    assert status == 413 and headers["Content-Type"] == "application/problem+json"
    assert json.loads(body)["detail"] == "the body has 2001 bytes; the limit is 2000"


def test_live_413_reaches_a_client_that_sends_everything_first(server):
    # urllib sends the whole body before reading: the server must drain it, not reset the connection
    base, _ = server
    status, _, body = _request(base + "/v1/score", b"x" * 3_000_000, {"Content-Type": "text/plain"})
    assert status == 413 and json.loads(body)["status"] == 413


def test_live_413_for_a_chunked_body(server):
    base, _ = server
    host, port = base.removeprefix("http://").split(":")
    connection = http.client.HTTPConnection(host, int(port), timeout=10)
    chunks = (b"y" * 65536 for _ in range(40))  # 2.6 MB with no Content-Length
    connection.request("POST", "/v1/score", body=chunks, headers={"Content-Type": "text/plain"},
                       encode_chunked=True)
    response = connection.getresponse()
    assert response.status == 413
    assert json.loads(response.read())["title"] == "Request Entity Too Large"
    connection.close()


def test_stops_cleanly_on_sigterm(server):
    _, process = server
    process.send_signal(signal.SIGTERM)
    assert process.wait(timeout=30) == 0


def test_module_entry_point_passes_its_options(monkeypatch):
    seen = []
    monkeypatch.setattr(serve, "run", lambda host, port, workers: seen.append((host, port, workers)))
    serve.main(["--host", "0.0.0.0", "--port", "9002", "--workers", "3"])
    serve.main([])
    assert seen == [("0.0.0.0", 9002, 3), ("127.0.0.1", 8000, None)]
