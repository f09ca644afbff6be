"""The HTTP API's successful paths: every response is validated against openapi.yaml (SpecClient),
and the document object must be exactly ``textmetrics.analyze(...).to_dict()``."""

from __future__ import annotations

import json
import re
import logging

import pytest
import yaml

import textmetrics
from textmetrics.catalogue import catalogue
from api_support import SPEC_PATH, SpecClient, make_client

# written for these tests: hedges, a booster, a directive, a quotation and a question
OP_ED = (
    "The council may well be right about the budget. Perhaps the cuts will work.\n\n"
    "But surely we must ask who pays. \"It is a disaster,\" one nurse told us. "
    "Do we really believe that every family can absorb another increase?"
)


@pytest.fixture(scope="module")
def client() -> SpecClient:
    return make_client()


def expected(text: str, **options) -> dict:
    """What the API must return: the core's object after a JSON round trip."""
    return json.loads(json.dumps(textmetrics.analyze(text, **options).to_dict()))


def test_healthz(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.get_json() == {"status": "ok", "version": textmetrics.__version__}


def test_score_json_is_the_core_document(client):
    response = client.post("/v1/score", json={"text": OP_ED})
    assert response.status_code == 200
    assert response.get_json() == expected(OP_ED)
    # key order too: the groups come in document order, as in to_dict()
    assert list(response.get_json()) == list(textmetrics.analyze(OP_ED).to_dict())


def test_score_options_reach_analyze(client):
    body = {"text": OP_ED, "metrics": ["lexical", "counts"], "detail": "full", "language": "en",
            "include_quoted": True}
    response = client.post("/v1/score", json=body)
    assert response.status_code == 200
    document = response.get_json()
    assert document == expected(OP_ED, metrics=["lexical", "counts"], detail="full", include_quoted=True)
    assert "readability" not in document and "sentences" in document and "markers" in document
    # offsets are code-point indices into the submitted text
    for sentence in document["sentences"]:
        assert OP_ED[sentence["start"]:sentence["end"]].strip()
    for marker in document["markers"]:
        assert OP_ED[marker["start"]:marker["end"]] == marker["text"]


def test_score_plain_text_body(client):
    response = client.post("/v1/score", data=OP_ED.encode("utf-8"), content_type="text/plain; charset=utf-8")
    assert response.status_code == 200
    assert response.get_json() == expected(OP_ED)


def test_score_plain_text_declared_charset(client):
    text = "Café prices rose. We may see more."
    response = client.post("/v1/score", data=text.encode("latin-1"), content_type="text/plain; charset=latin-1")
    assert response.status_code == 200
    assert response.get_json() == expected(text)


def test_score_empty_text_has_nulls_not_nan(client):
    response = client.post("/v1/score", json={"text": ""})
    assert response.status_code == 200
    document = response.get_json()
    assert document == expected("")
    assert document["readability"]["flesch_reading_ease"] is None
    assert "NaN" not in response.get_data(as_text=True)


def test_score_non_ascii_offsets(client):
    # code points, not UTF-16 units or bytes: the emoji before the text shifts offsets by one
    text = "😀 We must act. It may already be too late!"
    document = client.post("/v1/score", json={"text": text, "detail": "full"}).get_json()
    assert document == expected(text, detail="full")
    assert [text[s["start"]:s["end"]] for s in document["sentences"]][-1].endswith("too late!")


def test_batch_results_and_errors(client):
    items = [
        {"id": "a", "text": OP_ED},
        {"id": 7},  # no text
        {"text": "Short and plain."},
        {"id": "d", "text": "Fine.", "lang": "en"},  # unknown field
        {"id": True, "text": "Bad id."},  # a boolean is neither a string nor an integer
        "not an object",
    ]
    response = client.post("/v1/score/batch", json={"items": items, "metrics": ["counts"], "detail": "summary"})
    assert response.status_code == 200
    body = response.get_json()
    assert body["results"] == [
        {"index": 0, "id": "a", **expected(OP_ED, metrics=["counts"])},
        {"index": 2, "id": None, **expected("Short and plain.", metrics=["counts"])},
    ]
    assert [(e["index"], e["id"], e["status"], e["field"]) for e in body["errors"]] == [
        (1, 7, 422, "items[1].text"),
        (3, "d", 422, "items[3].lang"),
        (4, None, 422, "items[4].id"),
        (5, None, 422, "items[5]"),
    ]
    assert body["errors"][-1]["detail"] == "items[5] must be a JSON object"
    assert body["errors"][0]["detail"] == "text is required"


def test_sentiment_include_quoted_reaches_analyze_in_score_and_batch(client):
    # OP_ED quotes a nurse: "It is a disaster," (disaster -3.1, inside the quotation)
    body = {"text": OP_ED, "detail": "full", "sentiment_include_quoted": False}
    document = client.post("/v1/score", json=body).get_json()
    assert document == expected(OP_ED, detail="full", sentiment_include_quoted=False)
    assert [(w["word"], w["in_quote"], w["counted"]) for w in document["sentiment_words"]
            if w["word"] == "disaster"] == [("disaster", True, False)]
    assert document["sentiment"] != expected(OP_ED)["sentiment"]
    batch = client.post("/v1/score/batch", json={"items": [{"id": "a", "text": OP_ED}], "metrics": ["sentiment"],
                                                 "sentiment_include_quoted": False}).get_json()
    assert batch["results"] == [{"index": 0, "id": "a",
                                 **expected(OP_ED, metrics=["sentiment"], sentiment_include_quoted=False)}]
    response = client.post("/v1/score/batch", json={"items": [], "sentiment_include_quoted": "false"})
    assert response.status_code == 422
    assert response.get_json()["field"] == "sentiment_include_quoted"
    assert response.headers["Content-Type"].startswith("application/problem+json")


def test_batch_item_null_id_is_no_id(client):
    # openapi.yaml's BatchItem allows "id": null, and the server takes it as no id (scored, echoed null)
    items = [{"id": None, "text": "Short and plain."}, {"text": "Fine."}]
    body = client.post("/v1/score/batch", json={"items": items, "metrics": ["counts"]}).get_json()
    assert [(r["index"], r["id"]) for r in body["results"]] == [(0, None), (1, None)]
    assert body["errors"] == []


def test_batch_item_over_the_character_limit_fails_alone():
    client = make_client(max_text_chars=20)
    items = [{"id": "long", "text": "x" * 21}, {"id": "ok", "text": "x" * 20}]
    body = client.post("/v1/score/batch", json={"items": items}).get_json()
    assert [r["id"] for r in body["results"]] == ["ok"]
    assert body["errors"] == [{
        "index": 0, "id": "long", "status": 422, "title": "Invalid input",
        "detail": "items[0].text has 21 characters; the limit is 20", "field": "items[0].text",
    }]


def test_batch_empty(client):
    response = client.post("/v1/score/batch", json={"items": []})
    assert response.status_code == 200
    assert response.get_json() == {"results": [], "errors": []}


def test_metrics_is_the_catalogue(client):
    response = client.get("/v1/metrics")
    assert response.status_code == 200
    assert response.get_json() == {"metrics": [m.to_dict() for m in catalogue()]}


def test_openapi_yaml_is_the_repository_spec(client):
    response = client.get("/openapi.yaml")
    assert response.status_code == 200
    assert response.mimetype == "application/yaml"
    assert response.get_data() == SPEC_PATH.read_bytes()
    assert yaml.safe_load(response.get_data())["openapi"].startswith("3.1")


def test_web_page_is_self_contained(client):
    response = client.get("/")
    assert response.status_code == 200
    assert response.mimetype == "text/html"
    page = response.get_data(as_text=True)
    # no inline code and no other origin: every asset is one of the page's own files under static/
    for needle in ("http://", "https://", "innerHTML", "<style", "style="):
        assert needle not in page, needle
    assert not re.search(r"\son[a-z]+=", page)  # no inline event handlers
    assert "<script>" not in page
    refs = re.findall(r'(?:src|href)="([^"]*)"', page)
    assert refs and all(ref.startswith("static/") for ref in refs), refs
    for ref in refs:
        asset = client.get("/" + ref, allow_undocumented=True)  # the page's files, not API operations
        assert asset.status_code == 200, ref
        assert asset.mimetype in ("text/css", "text/javascript", "image/svg+xml"), ref
        assert asset.headers["X-Content-Type-Options"] == "nosniff"
    assert "v1/score" in client.get("/static/page.js", allow_undocumented=True).get_data(as_text=True)
    csp = response.headers["Content-Security-Policy"]
    directives = dict((d.split()[0], d.split()[1:]) for d in csp.split("; "))
    assert directives["default-src"] == ["'self'"]
    assert directives["script-src"] == ["'self'"] and directives["style-src"] == ["'self'"]
    assert directives["frame-ancestors"] == ["'none'"] and directives["object-src"] == ["'none'"]
    assert "unsafe-inline" not in csp and "unsafe-eval" not in csp


def test_page_scripts_never_parse_data_as_html(client):
    for name in ("render.js", "page.js", "report.js"):
        source = client.get(f"/static/{name}", allow_undocumented=True).get_data(as_text=True)
        for needle in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "localStorage",
                       "sessionStorage", "new Function"):
            assert needle not in source, (name, needle)


def test_only_the_page_assets_are_served_from_static(client):
    assert client.get("/static/app.py").status_code == 404
    assert client.get("/static/..%2fapp.py").status_code == 404
    assert client.get("/static/").status_code == 404


def test_request_id_is_echoed_when_well_formed(client):
    response = client.get("/healthz", headers={"X-Request-ID": "req-42.a:b_c"})
    assert response.headers["X-Request-ID"] == "req-42.a:b_c"


def test_request_id_is_replaced_when_malformed(client):
    # a space and a quote could split a log line: replaced by a fresh 32-hex-digit id
    response = client.get("/v1/nothing-here", headers={"X-Request-ID": 'two words"'})
    assert response.status_code == 404
    request_id = response.headers["X-Request-ID"]
    assert len(request_id) == 32 and int(request_id, 16) >= 0
    assert response.get_json()["request_id"] == request_id


def test_one_access_log_line_per_request(client, caplog):
    with caplog.at_level(logging.INFO, logger="textmetrics.api.access"):
        client.post("/v1/score", json={"text": "One line."}, headers={"X-Request-ID": "log-test-1"})
        client.get("/missing", headers={"X-Request-ID": "log-test-2"})
    lines = [json.loads(r.getMessage()) for r in caplog.records if r.name == "textmetrics.api.access"]
    assert [(line["request_id"], line["method"], line["path"], line["status"]) for line in lines] == [
        ("log-test-1", "POST", "/v1/score", 200),
        ("log-test-2", "GET", "/missing", 404),
    ]
    assert all(line["duration_ms"] >= 0 and line["event"] == "request" for line in lines)
    assert all(line["time"].endswith("+00:00") for line in lines)
    assert lines[0]["bytes_in"] == len(json.dumps({"text": "One line."}))


def test_cors_is_off_by_default(client):
    response = client.get("/healthz", headers={"Origin": "https://news.example"})
    assert "Access-Control-Allow-Origin" not in response.headers


def test_cors_for_configured_origin():
    client = make_client(cors_origins=("https://news.example",))
    response = client.post("/v1/score", json={"text": "Hi."}, headers={"Origin": "https://news.example"})
    assert response.headers["Access-Control-Allow-Origin"] == "https://news.example"
    assert "Origin" in response.headers["Vary"]
    other = client.get("/healthz", headers={"Origin": "https://elsewhere.example"})
    assert "Access-Control-Allow-Origin" not in other.headers
    # the preflight is CORS machinery, not an API operation: answered before routing and auth
    preflight = client.open(
        "OPTIONS", "/v1/score", allow_undocumented=True,
        headers={"Origin": "https://news.example", "Access-Control-Request-Method": "POST"},
    )
    assert preflight.status_code == 204
    assert preflight.headers["Access-Control-Allow-Methods"] == "POST"
    assert "Authorization" in preflight.headers["Access-Control-Allow-Headers"]


def test_create_app_reads_the_environment(monkeypatch):
    monkeypatch.setenv("TEXTMETRICS_MAX_TEXT_CHARS", "5")
    monkeypatch.setenv("TEXTMETRICS_LOG_LEVEL", "WARNING")
    from textmetrics.api import create_app

    client = SpecClient(create_app())
    response = client.post("/v1/score", json={"text": "123456"})
    assert response.status_code == 422 and response.get_json()["field"] == "text"
    # a mapping of Settings fields overrides the environment
    client = SpecClient(create_app({"max_text_chars": 6}))
    assert client.post("/v1/score", json={"text": "123456"}).status_code == 200


@pytest.mark.parametrize(
    ("body", "cli_args"),
    [
        ({}, []),
        ({"detail": "full", "metrics": ["hedging", "readability"]},
         ["--detail", "full", "--metrics", "hedging,readability"]),
        ({"detail": "full", "include_quoted": True}, ["--detail", "full", "--include-quoted"]),
        ({"detail": "full", "sentiment_include_quoted": False}, ["--detail", "full", "--no-sentiment-quoted"]),
    ],
)
def test_api_and_cli_json_give_the_same_object(client, body, cli_args):
    from typer.testing import CliRunner

    from textmetrics.cli import app as cli

    result = CliRunner().invoke(cli, ["score", "--format", "json", *cli_args, "-"], input=OP_ED)
    assert result.exit_code == 0, result.output
    response = client.post("/v1/score", json={"text": OP_ED, **body})
    assert response.status_code == 200
    assert response.get_json() == json.loads(result.stdout)


def test_create_app_loads_resources_before_the_first_request(monkeypatch):
    # gunicorn builds the app before forking (preload_app), so every worker starts with the
    # syllable dictionary, word lists, lexicons and norms tables loaded by this one warm-up analysis
    from textmetrics.api import create_app
    from textmetrics.api.app import WARM_UP_TEXT
    from textmetrics.config import Settings

    calls = []
    real = textmetrics.analyze

    def spy(*args, **kwargs):
        calls.append((args, kwargs))
        return real(*args, **kwargs)

    monkeypatch.setattr(textmetrics, "analyze", spy)
    create_app(Settings(log_level="WARNING"))
    references = [textmetrics.norms.builtin(name) for name in textmetrics.norms.BUILTIN]  # and the norms tables
    assert calls == [((WARM_UP_TEXT,), {"detail": "full", "lexicon": None, "norms": references})]


def test_bad_log_level_is_a_config_error():
    from textmetrics.api import create_app
    from textmetrics.config import Settings
    from textmetrics.errors import ConfigError

    with pytest.raises(ConfigError, match="TEXTMETRICS_LOG_LEVEL"):
        create_app(Settings(log_level="chatty"))


@pytest.mark.parametrize("path", ["/", "/healthz", "/openapi.yaml", "/missing"])
def test_nosniff_everywhere(client, path):
    assert client.get(path).headers["X-Content-Type-Options"] == "nosniff"


def test_unicode_digits_and_symbols_score(client):
    # found by schemathesis: "²" and "⑤" are digits to str.isdigit() but not to regex \d, and once
    # sent the syllable counter into endless recursion (a 500); each must simply score
    text = "E = mc². Step ⑤ costs ½ of ৩ units, 𝟘 errors, H₂O at 10x."
    response = client.post("/v1/score", json={"text": text, "detail": "full"})
    assert response.status_code == 200
    assert response.get_json() == expected(text, detail="full")


def test_rules_lists_every_rule_a_span_can_name(client):
    # every rule id in the markers and style spans of the example op-ed (written for this project)
    # is listed with a description; lexicon entries without a rule are named category:phrase
    listing = client.get("/v1/rules").get_json()["rules"]
    described = {r["id"]: r for r in listing}
    assert len(described) == len(listing) and all(r["description"] for r in listing)
    assert {r["layer"] for r in listing} == {"markers", "style", "sentiment"}
    text = (SPEC_PATH.parent / "examples" / "oped.txt").read_text(encoding="utf-8")
    document = client.post("/v1/score", json={"text": text, "detail": "full"}).get_json()
    used = {m["rule"] for m in document["markers"] if ":" not in m["rule"]}
    used |= {s["rule"] for s in document["style_spans"]}
    used |= {step["rule"] for w in document["sentiment_words"] for step in w["rules"]}
    assert used and used <= described.keys()
    assert described["passive.be"]["layer"] == "style"
