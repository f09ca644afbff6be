"""Optional API keys: 401 problem+json on /v1/* without a valid bearer key; /healthz stays open."""

from __future__ import annotations

import logging

import pytest

import textmetrics.api.auth as auth
from api_support import SpecClient, make_client

KEYS = ("k-alpha-0123456789", "k-beta-9876543210")


@pytest.fixture(scope="module")
def client() -> SpecClient:
    return make_client(api_keys=KEYS)


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"Authorization": "Bearer wrong-key"},
        {"Authorization": "Bearer "},
        {"Authorization": "Basic " + KEYS[0]},
        {"Authorization": KEYS[0]},
        {"Authorization": "Bearer " + KEYS[0][:-1]},  # a prefix of a key is not the key
    ],
)
@pytest.mark.parametrize(
    ("method", "path", "kwargs"),
    [
        ("POST", "/v1/score", {"json": {"text": "Hi."}}),
        ("POST", "/v1/score/batch", {"json": {"items": []}}),
        ("GET", "/v1/metrics", {}),
    ],
)
def test_401_without_a_valid_key(client, headers, method, path, kwargs):
    response = client.open(method, path, headers=headers, **kwargs)
    assert response.status_code == 401
    assert response.mimetype == "application/problem+json"
    assert response.headers["WWW-Authenticate"] == 'Bearer realm="textmetrics"'
    assert response.get_json()["title"] == "Unauthorized"


@pytest.mark.parametrize("scheme", ["Bearer", "bearer"])
@pytest.mark.parametrize("key", KEYS)
def test_valid_key(client, scheme, key):
    response = client.post("/v1/score", json={"text": "Hi."}, headers={"Authorization": f"{scheme} {key}"})
    assert response.status_code == 200


def test_auth_comes_before_body_checks(client):
    # an unauthenticated caller learns nothing about the body rules
    response = client.post("/v1/score", data="{bad", content_type="application/json")
    assert response.status_code == 401


@pytest.mark.parametrize("path", ["/healthz", "/openapi.yaml", "/"])
def test_open_paths(client, path):
    assert client.get(path).status_code == 200


def test_no_keys_means_open():
    assert make_client().get("/v1/metrics").status_code == 200


def test_keys_are_never_logged(client, caplog):
    with caplog.at_level(logging.DEBUG, logger="textmetrics"):
        client.get("/v1/metrics", headers={"Authorization": f"Bearer {KEYS[1]}"})
        client.get("/v1/metrics", headers={"Authorization": "Bearer guessed-key-42"})
    assert caplog.records  # the access log did write lines
    assert KEYS[1] not in caplog.text and "guessed-key-42" not in caplog.text


def test_keys_from_the_environment(monkeypatch):
    monkeypatch.setenv("TEXTMETRICS_API_KEYS", " one-key , two-key ,")
    monkeypatch.setenv("TEXTMETRICS_LOG_LEVEL", "WARNING")
    from textmetrics.api import create_app

    client = SpecClient(create_app())
    assert client.get("/v1/metrics").status_code == 401
    assert client.get("/v1/metrics", headers={"Authorization": "Bearer two-key"}).status_code == 200


def test_every_key_is_compared_in_constant_time(monkeypatch):
    calls = []

    def spy(a, b):
        calls.append((a, b))
        return a == b

    monkeypatch.setattr(auth.hmac, "compare_digest", spy)
    # the first key matches, yet the second is compared too: no early exit reveals which matched
    assert auth.key_is_valid(KEYS[0], KEYS)
    assert calls == [(KEYS[0].encode(), KEYS[0].encode()), (KEYS[0].encode(), KEYS[1].encode())]
    assert not auth.key_is_valid(None, KEYS)
    assert not auth.key_is_valid("x", ())


@pytest.mark.parametrize(
    ("header", "token"),
    [("Bearer abc", "abc"), ("bearer  abc ", "abc"), ("Bearer", None), ("Token abc", None), (None, None)],
)
def test_bearer_token(header, token):
    assert auth.bearer_token(header) == token
