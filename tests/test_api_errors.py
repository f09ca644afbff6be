"""Every error status of the API answers application/problem+json, validated against openapi.yaml."""

from __future__ import annotations

import io
import json
import logging

import pytest

import textmetrics.api.v1 as v1
from api_support import SpecClient, make_client

PROBLEM = "application/problem+json"
INVALID = "urn:textmetrics:problem:invalid-input"


@pytest.fixture(scope="module")
def client() -> SpecClient:
    return make_client()


def problem(response, status: int) -> dict:
    assert response.status_code == status
    assert response.mimetype == PROBLEM
    body = response.get_json()
    assert body["status"] == status
    assert body["request_id"] == response.headers["X-Request-ID"]
    return body


# 400 ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("raw", [b'{"text": "unterminated', b"", b'{"text": NaN}', b"\xff\xfe\x00"])
def test_400_malformed_json(client, raw):
    body = problem(client.post("/v1/score", data=raw, content_type="application/json"), 400)
    assert body["title"] == "Bad Request" and body["type"] == "about:blank"
    assert body["detail"].startswith("the body is not valid")


def test_400_malformed_json_in_batch(client):
    problem(client.post("/v1/score/batch", data=b"[1, 2", content_type="application/json"), 400)


def test_400_deeply_nested_json(client):
    raw = b"[" * 100_000 + b"]" * 100_000
    problem(client.post("/v1/score", data=raw, content_type="application/json"), 400)


def test_400_plain_text_in_wrong_charset(client):
    response = client.post("/v1/score", data=b"caf\xe9", content_type="text/plain; charset=utf-8")
    assert problem(response, 400)["detail"] == "the body is not valid utf-8 text"


# 404, 405 ----------------------------------------------------------------------------------------

def test_404_unknown_path(client):
    body = problem(client.get("/v2/score"), 404)
    assert body["title"] == "Not Found"


def test_405_keeps_allow(client):
    response = client.get("/v1/score")
    problem(response, 405)
    assert response.headers["Allow"] == "POST"
    response = client.post("/healthz", json={})
    problem(response, 405)
    assert set(response.headers["Allow"].split(", ")) == {"GET", "HEAD"}


def test_405_for_options_without_cors(client):
    response = client.open("OPTIONS", "/v1/score/batch")
    problem(response, 405)
    assert response.headers["Allow"] == "POST"


# 413 ---------------------------------------------------------------------------------------------

def test_413_before_the_body_is_parsed():
    client = make_client(max_body_bytes=64)
    # malformed JSON over the limit: 413, not 400, so the body was never parsed
    raw = b"{" * 65
    body = problem(client.post("/v1/score", data=raw, content_type="application/json"), 413)
    assert body["detail"] == "the body has 65 bytes; the limit is 64"
    # exactly at the limit is accepted
    text = "x" * (64 - len('{"text": ""}'))
    assert client.post("/v1/score", json={"text": text}).status_code == 200


# what gunicorn hands over for Transfer-Encoding: chunked: no length, a stream it ends itself
CHUNKED = {"HTTP_TRANSFER_ENCODING": "chunked", "wsgi.input_terminated": True}


@pytest.mark.parametrize("path", ["/v1/score", "/v1/score/batch"])
def test_413_without_content_length(path):
    # a chunked body announces no length: reading stops as soon as it passes the limit
    client = make_client(max_body_bytes=64)
    stream = io.BytesIO(b'{"text": "' + b"x" * 1000 + b'"}')
    response = client.post(path, input_stream=stream, content_type="application/json", environ_overrides=CHUNKED)
    assert problem(response, 413)["detail"] == "the body is over the limit of 64 bytes"
    assert stream.tell() == len(stream.getvalue())  # drained, so the client can read the answer
    # Werkzeug's get_data() would silently cut such a body at the limit: here it is refused
    plain = client.post("/v1/score", input_stream=io.BytesIO(b"y" * 65), content_type="text/plain",
                        environ_overrides=CHUNKED)
    problem(plain, 413)
    # a chunked body within the limit is read whole
    small = io.BytesIO(b'{"text": "Fine."}')
    response = client.post("/v1/score", input_stream=small, content_type="application/json", environ_overrides=CHUNKED)
    assert response.status_code == 200


def test_413_for_batch_and_other_content_types():
    client = make_client(max_body_bytes=10)
    problem(client.post("/v1/score/batch", json={"items": [{"text": "long enough"}]}), 413)
    problem(client.post("/v1/score", data="x" * 11, content_type="text/csv"), 413)


# 415 ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("content_type", ["text/csv", "application/x-www-form-urlencoded", None])
def test_415_unsupported_media_type(client, content_type):
    kwargs = {"data": b"text=hello"}
    if content_type:
        kwargs["content_type"] = content_type
    body = problem(client.post("/v1/score", **kwargs), 415)
    assert body["detail"] == "send the body as application/json or text/plain"


def test_415_batch_takes_only_json(client):
    body = problem(client.post("/v1/score/batch", data="hello", content_type="text/plain"), 415)
    assert body["detail"] == "send the body as application/json"


# 422 ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("payload", "field"),
    [
        ({"text": 12}, "text"),
        ({"text": None}, "text"),
        ({}, "text"),
        ({"text": "ok", "metric": ["counts"]}, "metric"),  # misspelt option: refused, not ignored
        ({"text": "ok", "metrics": ["tone"]}, "metrics"),
        ({"text": "ok", "metrics": []}, "metrics"),
        ({"text": "ok", "metrics": "counts"}, "metrics"),
        ({"text": "ok", "metrics": [1]}, "metrics"),
        ({"text": "ok", "detail": "everything"}, "detail"),
        ({"text": "ok", "detail": ["full"]}, "detail"),
        ({"text": "ok", "language": "fr"}, "language"),
        ({"text": "ok", "include_quoted": "yes"}, "include_quoted"),
        ({"text": "ok", "sentiment_include_quoted": "no"}, "sentiment_include_quoted"),
        ({"text": "ok", "sentiment_include_quoted": 0}, "sentiment_include_quoted"),
        ({"text": "ok", "sentiment_include_quoted": None}, "sentiment_include_quoted"),
    ],
)
def test_422_names_the_field(client, payload, field):
    body = problem(client.post("/v1/score", json=payload), 422)
    assert body["field"] == field
    assert body["type"] == INVALID and body["title"] == "Invalid input"


@pytest.mark.parametrize("payload", [[], "text", 3, None])
def test_422_body_not_an_object(client, payload):
    body = problem(client.post("/v1/score", data=json.dumps(payload), content_type="application/json"), 422)
    assert body["detail"] == "the body must be a JSON object"
    assert "field" not in body


def test_422_text_over_the_character_limit():
    client = make_client(max_text_chars=10)
    body = problem(client.post("/v1/score", json={"text": "x" * 11}), 422)
    assert (body["field"], body["detail"]) == ("text", "text has 11 characters; the limit is 10")
    body = problem(client.post("/v1/score", data="y" * 11, content_type="text/plain"), 422)
    assert body["field"] == "text"
    # characters, not bytes: ten two-byte characters are within the limit
    assert client.post("/v1/score", json={"text": "é" * 10}).status_code == 200


def test_one_text_length_check_serves_every_surface():
    # textmetrics.config.check_text_length is the one check: the API words it as a 422 detail,
    # the CLI prints its message as a failed record
    from textmetrics.config import check_text_length
    from textmetrics.errors import InvalidInputError, TextTooLongError

    check_text_length("x" * 10, 10)  # exactly at the limit is accepted
    with pytest.raises(TextTooLongError) as info:
        check_text_length("x" * 1011, 1010, "items[2].text")
    assert isinstance(info.value, InvalidInputError)
    assert (info.value.length, info.value.limit, info.value.field) == (1011, 1010, "items[2].text")
    assert str(info.value) == "text of 1,011 characters is over the limit of 1,010 (TEXTMETRICS_MAX_TEXT_CHARS)"


def test_422_batch_item_limit():
    client = make_client(max_batch_items=2)
    items = [{"text": "One."}, {"text": "Two."}, {"text": "Three."}]
    body = problem(client.post("/v1/score/batch", json={"items": items}), 422)
    assert (body["field"], body["detail"]) == ("items", "items has 3 entries; the limit is 2")
    assert client.post("/v1/score/batch", json={"items": items[:2]}).status_code == 200


@pytest.mark.parametrize(
    ("payload", "field"),
    [
        ({}, "items"),
        ({"items": {"text": "x"}}, "items"),
        ({"items": [{"text": "x"}], "metrics": ["nope"]}, "metrics"),
        ({"items": [{"text": "x"}], "detail": 1}, "detail"),
        ({"items": [{"text": "x"}], "text": "x"}, "text"),
    ],
)
def test_422_batch_request_wide(client, payload, field):
    assert problem(client.post("/v1/score/batch", json=payload), 422)["field"] == field


# 500 ---------------------------------------------------------------------------------------------

def _explode(*args, **kwargs):
    raise RuntimeError("secret internals at /srv/textmetrics")


def test_500_says_nothing_and_logs_the_traceback(client, monkeypatch, caplog):
    monkeypatch.setattr(v1.textmetrics, "analyze", _explode)
    with caplog.at_level(logging.ERROR, logger="textmetrics.api"):
        response = client.post("/v1/score", json={"text": "Hello."})
    body = problem(response, 500)
    assert body == {
        "type": "about:blank", "title": "Internal Server Error", "status": 500,
        "detail": "The server could not complete the request.", "request_id": response.headers["X-Request-ID"],
    }
    assert "secret" not in response.get_data(as_text=True)
    logged = [r for r in caplog.records if r.name == "textmetrics.api" and r.exc_info]
    assert len(logged) == 1
    assert "secret internals" in caplog.text and "Traceback" in caplog.text


def test_500_in_one_batch_item_spares_the_others(client, monkeypatch, caplog):
    real = v1.textmetrics.analyze

    def flaky(text, **kwargs):
        if text == "boom":
            _explode()
        return real(text, **kwargs)

    monkeypatch.setattr(v1.textmetrics, "analyze", flaky)
    with caplog.at_level(logging.ERROR, logger="textmetrics.api"):
        items = [{"id": 1, "text": "boom"}, {"id": 2, "text": "Fine."}]
        response = client.post("/v1/score/batch", json={"items": items})
    assert response.status_code == 200
    body = response.get_json()
    assert [r["id"] for r in body["results"]] == [2]
    assert body["errors"] == [{"index": 0, "id": 1, "status": 500, "title": "Internal Server Error",
                               "detail": "The server could not score this item."}]
    assert "secret internals" in caplog.text


# the server's lexicon (TEXTMETRICS_LEXICON) is configuration, not a request field -------------

def test_missing_server_lexicon_is_a_config_error(tmp_path):
    from textmetrics.api import create_app
    from textmetrics.config import Settings
    from textmetrics.errors import ConfigError

    with pytest.raises(ConfigError, match="TEXTMETRICS_LEXICON"):
        create_app(Settings(lexicon=str(tmp_path / "absent.tsv"), log_level="WARNING"))


def test_server_lexicon_used_and_its_loss_is_a_500(tmp_path, caplog):
    lexicon = tmp_path / "house.tsv"
    # a user entry (category, phrase, subtype): "on balance" as a hedge, which the package lists lack
    lexicon.write_text("hedge\ton balance\tepistemic\n", encoding="utf-8")
    client = make_client(lexicon=str(lexicon))
    text = "On balance, the plan works."
    document = client.post("/v1/score", json={"text": text, "metrics": ["hedging"], "detail": "full"}).get_json()
    assert [(m["category"], m["text"]) for m in document["markers"]] == [("hedge", "On balance")]
    plain = make_client().post("/v1/score", json={"text": text, "metrics": ["hedging"], "detail": "full"})
    assert plain.get_json()["markers"] == []
    lexicon.unlink()
    with caplog.at_level(logging.ERROR, logger="textmetrics.api"):
        body = problem(client.post("/v1/score", json={"text": text}), 500)
        assert "lexicon" not in body["detail"]
        batch = client.post("/v1/score/batch", json={"items": [{"text": text}]}).get_json()
    assert [e["status"] for e in batch["errors"]] == [500]
    assert "cannot read lexicon file" in caplog.text
