"""openapi.yaml itself: a valid OpenAPI 3.1 document whose paths are exactly the Flask routes, whose
schemas match what the core emits, whose examples obey its schemas, and which ships in the package."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import pytest
from jsonschema.exceptions import ValidationError
from openapi_core.contrib.werkzeug import WerkzeugOpenAPIRequest, WerkzeugOpenAPIResponse
from openapi_core.exceptions import OpenAPIError
from openapi_spec_validator import validate as validate_spec
from werkzeug.test import EnvironBuilder
from werkzeug.wrappers import Response

import textmetrics
from textmetrics.analysis import GROUPS
from textmetrics.catalogue import catalogue
from textmetrics.metrics.counts import PUBLIC_FIELDS
from api_support import OPENAPI, OPERATION_METHODS, SPEC, SPEC_PATH, make_client, validate_schema

ROOT = SPEC_PATH.parent
SCHEMAS = SPEC["components"]["schemas"]
TEXT = (
    "Clearly, the plan may fail. We must act now, and you should help! "
    "Who benefits from delay? According to the auditors, almost nobody."
)


def test_spec_is_valid_openapi_3_1():
    assert SPEC["openapi"].startswith("3.1.")
    validate_spec(SPEC)


def test_info_version_is_the_package_version():
    assert SPEC["info"]["version"] == textmetrics.__version__


def test_flask_routes_equal_spec_paths():
    app = make_client().app
    routes = {
        (rule.rule.replace("<", "{").replace(">", "}"), method)
        for rule in app.url_map.iter_rules()
        for method in rule.methods - {"HEAD", "OPTIONS"}  # added by Werkzeug/Flask, not operations
    }
    documented = {
        (path, method.upper())
        for path, item in SPEC["paths"].items()
        for method in item
        if method in OPERATION_METHODS
    }
    assert routes == documented


def test_metric_groups_are_the_core_groups():
    assert SCHEMAS["MetricGroup"]["enum"] == list(GROUPS) == [
        "counts", "readability", "lexical", "sentiment", "hedging", "persuasion",
    ]
    assert SCHEMAS["Document"]["properties"].keys() == SCHEMAS["BatchResult"]["properties"].keys() - {"index", "id"}


def test_options_match_the_core():
    score = SCHEMAS["ScoreRequest"]["properties"]
    assert score["detail"]["enum"] == list(textmetrics.DETAILS)
    assert score["language"]["enum"] == ["en"]
    limits = textmetrics.Settings()
    assert score["text"]["maxLength"] == limits.max_text_chars
    assert SCHEMAS["BatchItem"]["properties"]["text"]["maxLength"] == limits.max_text_chars
    assert SCHEMAS["BatchRequest"]["properties"]["items"]["maxItems"] == limits.max_batch_items
    for name in ("metrics", "detail", "language", "include_quoted", "norms"):
        assert SCHEMAS["BatchRequest"]["properties"][name] == score[name]


def test_strict_group_schemas_list_exactly_what_the_core_emits():
    document = textmetrics.analyze(TEXT).to_dict()
    assert SCHEMAS["Counts"]["required"] == list(PUBLIC_FIELDS) == list(document["counts"])
    for group, schema in (("readability", "Readability"), ("lexical", "Lexical")):
        assert list(SCHEMAS[schema]["properties"]) == list(document[group])
        assert SCHEMAS[schema]["required"] == list(document[group])


def test_marker_schemas_list_exactly_what_the_core_emits():
    from textmetrics.metrics.hedging import SUBTYPES
    from textmetrics.markers import CATEGORIES

    document = textmetrics.analyze(TEXT, detail="full").to_dict()
    assert SCHEMAS["Marker"]["properties"]["category"]["enum"] == list(CATEGORIES)
    assert SCHEMAS["Marker"]["required"] == list(document["markers"][0])
    assert SCHEMAS["Hedging"]["required"] == list(document["hedging"])
    assert SCHEMAS["Hedging"]["properties"]["by_subtype"]["required"] == list(SUBTYPES)
    assert SCHEMAS["Persuasion"]["required"] == list(document["persuasion"])
    assert SCHEMAS["Sentiment"]["required"] == list(document["sentiment"])
    assert SCHEMAS["Sentiment"]["properties"]["label"]["enum"] == ["positive", "negative", "neutral", "mixed"]
    assert list(SCHEMAS["Sentence"]["properties"]) == list(document["sentences"][0])


def test_catalogue_ids_locate_values_in_the_document():
    # the spec documents CatalogueEntry.id as the dotted path of the value in the document object
    document = textmetrics.analyze(TEXT).to_dict()
    for metric in catalogue():
        value = document
        for part in metric.id.split("."):
            assert isinstance(value, dict) and part in value, metric.id
            value = value[part]
        assert value is None or isinstance(value, (int, float, str)), metric.id


@pytest.mark.parametrize("detail", ["summary", "full"])
def test_core_documents_validate(detail):
    for text in (TEXT, "", "   \n\n  ", "One word"):
        validate_schema(json.loads(json.dumps(textmetrics.analyze(text, detail=detail).to_dict())), "Document")


def _media_examples():
    for path, item in SPEC["paths"].items():
        for method, operation in item.items():
            if method not in OPERATION_METHODS:
                continue
            media = list(operation.get("requestBody", {}).get("content", {}).items())
            for status, response in operation["responses"].items():
                if "$ref" not in response:
                    media += list(response.get("content", {}).items())
            for media_type, content in media:
                yield f"{method} {path} {media_type}", content
    for name, response in SPEC["components"]["responses"].items():
        for media_type, content in response["content"].items():
            yield f"components/responses/{name}", content


def test_examples_obey_their_schemas():
    checked = 0
    for where, content in _media_examples():
        examples = [e["value"] for e in content.get("examples", {}).values()]
        if "example" in content:
            examples.append(content["example"])
        ref = content.get("schema", {}).get("$ref")
        for example in examples:
            if ref:
                validate_schema(example, ref.rsplit("/", 1)[1])
                checked += 1
    assert checked >= 10  # the examples of every JSON body were reached


# the validator must bite: responses outside the spec are rejected ----------------------------------

def _validate(path: str, method: str, status: int, body, mimetype="application/json", headers=None):
    request = EnvironBuilder(path=path, method=method, json={"text": "x"} if method == "POST" else None).get_request()
    response = Response(json.dumps(body), status=status, mimetype=mimetype,
                        headers={"X-Request-ID": "abc", **(headers or {})})
    OPENAPI.validate_response(WerkzeugOpenAPIRequest(request), WerkzeugOpenAPIResponse(response))


def test_validator_accepts_a_true_response():
    _validate("/healthz", "GET", 200, {"status": "ok", "version": "1"})


@pytest.mark.parametrize(
    ("path", "method", "status", "body", "mimetype", "headers"),
    [
        ("/healthz", "GET", 200, {"status": "ok"}, "application/json", None),  # no version
        ("/healthz", "GET", 200, {"status": "ok", "version": "1"}, "application/json", {"X-Request-ID": "a b"}),
        ("/v1/score", "POST", 200, {"counts": {}}, "application/json", None),  # no warnings, empty counts
        ("/v1/score", "POST", 200, {"warnings": [], "extra": 1}, "application/json", None),
        ("/v1/score", "POST", 418, {"warnings": []}, "application/json", None),  # undocumented status
        ("/v1/score", "POST", 422, {"status": 422, "title": "x", "type": "about:blank"}, "application/problem+json",
         None),  # no detail
        ("/v1/score", "POST", 422, {"status": 422, "title": "x", "type": "about:blank", "detail": "d"},
         "application/json", None),  # errors must be problem+json
    ],
)
def test_validator_rejects_responses_outside_the_spec(path, method, status, body, mimetype, headers):
    with pytest.raises(OpenAPIError):
        _validate(path, method, status, body, mimetype, headers)


def test_problem_schema_rejects_missing_members():
    with pytest.raises(ValidationError):
        validate_schema({"title": "Not Found", "status": 404}, "Problem")


def _keys(obj) -> set[str]:
    """Every key of a document object, at any depth (the first entry of each list stands for all)."""
    if isinstance(obj, dict):
        return set(obj) | {k for value in obj.values() for k in _keys(value)}
    if isinstance(obj, list) and obj:
        return _keys(obj[0])
    return set()


def test_docs_json_names_every_key_of_the_document():
    # docs/json.md is the contract in prose: a key the core adds must be documented there too
    page = (ROOT / "docs" / "json.md").read_text(encoding="utf-8")
    document = textmetrics.analyze(TEXT, detail="full").to_dict()
    missing = sorted(k for k in _keys(document) if f"`{k}`" not in page)
    assert not missing, missing


# shipped in the package -------------------------------------------------------------------------

def test_package_data_is_the_top_level_spec():
    link = ROOT / "core" / "openapi.yaml"
    assert link.is_symlink() and os.readlink(link) == "../openapi.yaml"
    from importlib import resources

    assert resources.files("textmetrics").joinpath("openapi.yaml").read_bytes() == SPEC_PATH.read_bytes()


def test_a_build_ships_the_spec_and_the_page(tmp_path):
    # setuptools' build_py is the step that puts package data into a wheel; run it offline on a copy
    src = tmp_path / "src"
    src.mkdir()
    for name in ("core", "api", "cli"):
        shutil.copytree(ROOT / name, src / name, symlinks=True,
                        ignore=shutil.ignore_patterns("__pycache__"))
    for name in ("pyproject.toml", "README.md", "openapi.yaml"):
        shutil.copy(ROOT / name, src / name)
    lib = tmp_path / "lib"
    subprocess.run(
        [sys.executable, "-c", "from setuptools import setup; setup()", "-q", "build_py", "--build-lib", str(lib)],
        cwd=src, check=True, capture_output=True,
    )
    shipped = lib / "textmetrics" / "openapi.yaml"
    assert not shipped.is_symlink() and shipped.read_bytes() == SPEC_PATH.read_bytes()
    assert (lib / "textmetrics" / "api" / "index.html").read_bytes() == (ROOT / "api" / "index.html").read_bytes()
    for name in ("editorials", "news", "speeches", "abstracts", "tweets"):  # the norms tables (package data)
        shipped = lib / "textmetrics" / "data" / "norms" / f"{name}.json"
        assert shipped.read_bytes() == (ROOT / "core" / "data" / "norms" / f"{name}.json").read_bytes()
