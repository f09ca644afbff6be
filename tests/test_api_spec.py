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
    # GET /static/<name> serves the web page's own files (api/static/, PAGE_ASSETS): assets of the
    # `GET /` operation, which names them, not operations of the API; it is the one route left out
    routes = {
        (rule.rule.replace("<", "{").replace(">", "}"), method)
        for rule in app.url_map.iter_rules()
        if rule.endpoint != "page_asset"
        for method in rule.methods - {"HEAD", "OPTIONS"}  # added by Werkzeug/Flask, not operations
    }
    documented = {
        (path, method.upper())
        for path, item in SPEC["paths"].items()
        for method in item
        if method in OPERATION_METHODS
    }
    assert routes == documented


def test_the_page_operation_names_its_assets():
    from textmetrics.api.app import PAGE_ASSETS

    app = make_client().app
    assert [r.rule for r in app.url_map.iter_rules() if r.endpoint == "page_asset"] == ["/static/<name>"]
    description = SPEC["paths"]["/"]["get"]["responses"]["200"]["description"]
    assert all(f"/static/{name}" in description for name in PAGE_ASSETS), description


def test_metric_groups_are_the_core_groups():
    assert SCHEMAS["MetricGroup"]["enum"] == list(GROUPS) == [
        "counts", "readability", "lexical", "sentiment", "hedging", "persuasion", "style",
    ]
    assert SCHEMAS["Document"]["properties"].keys() == SCHEMAS["BatchResult"]["properties"].keys() - {"index", "id"}


def _component(schema: dict) -> dict:
    return SCHEMAS[schema["$ref"].rsplit("/", 1)[1]]


def test_options_match_the_core():
    score = SCHEMAS["ScoreRequest"]["properties"]
    assert _component(score["detail"])["enum"] == list(textmetrics.DETAILS)
    assert _component(score["language"])["enum"] == ["en"]
    limits = textmetrics.Settings()
    assert score["text"]["maxLength"] == limits.max_text_chars
    assert SCHEMAS["BatchRequest"]["properties"]["items"]["maxItems"] == limits.max_batch_items
    for name in ("metrics", "detail", "language", "include_quoted", "sentiment_include_quoted", "norms"):
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
    # the category is an open string (see test_response_categories_and_groups_are_open): the known
    # ones are listed as its examples
    assert _component(SCHEMAS["Marker"]["properties"]["category"])["examples"] == list(CATEGORIES)
    assert SCHEMAS["Marker"]["required"] == list(document["markers"][0])
    assert SCHEMAS["Hedging"]["required"] == list(document["hedging"])
    assert _component(SCHEMAS["Hedging"]["properties"]["by_subtype"])["required"] == list(SUBTYPES)
    assert SCHEMAS["Persuasion"]["required"] == list(document["persuasion"])
    assert SCHEMAS["Sentiment"]["required"] == list(document["sentiment"])
    assert _component(SCHEMAS["Sentiment"]["properties"]["label"])["enum"] == [
        "positive", "negative", "neutral", "mixed",
    ]
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


def _operations():
    for path, item in SPEC["paths"].items():
        for method, operation in item.items():
            if method in OPERATION_METHODS:
                yield f"{method.upper()} {path}", operation


def _response(response: dict) -> dict:
    return SPEC["components"]["responses"][response["$ref"].rsplit("/", 1)[1]] if "$ref" in response else response


def _walk(schema, where: str):
    """Every subschema of ``schema`` with its location; a $ref is not followed."""
    if isinstance(schema, bool) or not isinstance(schema, dict):
        return
    yield where, schema
    for key in ("items", "additionalProperties", "not"):
        if key in schema:
            yield from _walk(schema[key], f"{where}.{key}")
    for key in ("anyOf", "oneOf", "allOf"):
        for i, sub in enumerate(schema.get(key, ())):
            yield from _walk(sub, f"{where}.{key}[{i}]")
    for name, sub in schema.get("properties", {}).items():
        yield from _walk(sub, f"{where}.{name}")


def _inline_schemas():
    """The schemas written in the paths, not in components (request and response bodies)."""
    for name, operation in _operations():
        for media, content in operation.get("requestBody", {}).get("content", {}).items():
            yield f"{name} request {media}", content["schema"]
        for status, response in operation["responses"].items():
            for media, content in response.get("content", {}).items():
                yield f"{name} {status} {media}", content["schema"]


# generated clients: what openapi-python-client and openapi-typescript need ----------------------

def test_every_operation_has_a_default_problem_response():
    for name, operation in _operations():
        default = _response(operation["responses"].get("default", {}))
        schema = default.get("content", {}).get("application/problem+json", {}).get("schema")
        assert schema == {"$ref": "#/components/schemas/Problem"}, name


def test_openapi_yaml_response_is_text():
    content = SPEC["paths"]["/openapi.yaml"]["get"]["responses"]["200"]["content"]
    assert list(content) == ["application/yaml"]
    assert content["application/yaml"]["schema"]["type"] == "string"
    response = make_client().get("/openapi.yaml")  # validated as a string against that schema
    assert response.get_data(as_text=True) == SPEC_PATH.read_text(encoding="utf-8")


def test_every_tag_operation_and_property_is_described():
    tags = {tag["name"]: tag for tag in SPEC["tags"]}
    assert all(tag.get("description") for tag in tags.values())
    for name, operation in _operations():
        assert operation.get("summary") and set(operation["tags"]) <= set(tags), name
    for component, root in SCHEMAS.items():
        assert root.get("description") or root.get("properties"), component
        for where, schema in _walk(root, component):
            for prop, sub in schema.get("properties", {}).items():
                assert sub.get("description"), f"{where}.{prop}"


def test_enums_and_objects_are_named_components():
    # an inline enum or object becomes an anonymous type (BatchRequestDetail, CatalogueEntryRange...)
    # in a generated client, one per place it is written: each is a component, written once
    roots = [(f"components/schemas/{name}", schema, True) for name, schema in SCHEMAS.items()]
    roots += [(where, schema, False) for where, schema in _inline_schemas()]
    for where, root, is_component in roots:
        for path, schema in _walk(root, where):
            if schema is root and is_component:
                continue
            assert "enum" not in schema and "const" not in schema and "properties" not in schema, path


def _component_names(schema, seen: set[str]) -> set[str]:
    for _, sub in _walk(schema, ""):
        ref = sub.get("$ref", "")
        name = ref.rsplit("/", 1)[1] if ref.startswith("#/components/schemas/") else None
        if name and name not in seen:
            seen.add(name)
            _component_names(SCHEMAS[name], seen)
    return seen


def test_response_categories_and_groups_are_open():
    # a later version adds marker categories and metric groups: a closed enum in a response would make
    # an older generated client throw on the new value (openapi-python-client raises ValueError)
    seen: set[str] = set()
    for _, operation in _operations():
        for response in operation["responses"].values():
            for content in _response(response).get("content", {}).values():
                _component_names(content["schema"], seen)
    closed = {name for name in seen if "enum" in SCHEMAS[name]}
    assert closed == {"SentimentLabel"}  # VADER's four labels: a fixed definition, not a growing list
    for schema in (SCHEMAS["Marker"]["properties"]["category"], SCHEMAS["CatalogueEntry"]["properties"]["group"]):
        assert _component(schema)["type"] == "string" and "enum" not in _component(schema)
        assert "accept any string" in " ".join(_component(schema)["description"].split())


def test_batch_items_are_not_refused_by_the_request_schema():
    # the server answers an item it cannot score in the 200's `errors` (one bad item never fails the
    # others): the request schema must accept any item, or schemathesis rightly flags a 200 answered
    # to a "schema-violating" request. BatchItem is the typed shape that gets scored.
    items = SCHEMAS["BatchRequest"]["properties"]["items"]["items"]
    assert items["anyOf"][0] == {"$ref": "#/components/schemas/BatchItem"}
    assert set(items["anyOf"][1]) == {"description"}  # any value
    assert "maxLength" not in SCHEMAS["BatchItem"]["properties"]["text"]  # the limit is per item
    validate_schema({"items": [{"id": None, "text": "x"}, {"id": 1.5}, "x"]}, "BatchRequest")
    validate_schema({"id": None, "text": "x"}, "BatchItem")


# examples are what the server answers today -------------------------------------------------------

def _content(path: str, method: str, status: str = "200", media: str = "application/json") -> dict:
    return SPEC["paths"][path][method]["responses"][status]["content"][media]


def _trimmed(actual, example):
    """``actual`` cut to the keys ``example`` shows (a later group or key may be left out of it)."""
    if isinstance(example, dict) and isinstance(actual, dict):
        return {key: _trimmed(actual[key], value) if key in actual else None for key, value in example.items()}
    if isinstance(example, list) and isinstance(actual, list) and len(example) == len(actual):
        return [_trimmed(a, e) for a, e in zip(actual, example)]
    return actual


def test_score_examples_are_what_the_server_returns():
    client = make_client()
    request = SPEC["paths"]["/v1/score"]["post"]["requestBody"]["content"]["application/json"]["examples"]
    example = _content("/v1/score", "post")["example"]
    actual = client.post("/v1/score", json=request["summary"]["value"]).get_json()
    assert _trimmed(actual, example) == example
    for value in request.values():
        assert client.post("/v1/score", json=value["value"]).status_code == 200


def test_batch_examples_are_what_the_server_returns():
    client = make_client()
    request = SPEC["paths"]["/v1/score/batch"]["post"]["requestBody"]["content"]["application/json"]["example"]
    examples = _content("/v1/score/batch", "post")["examples"]
    actual = client.post("/v1/score/batch", json=request).get_json()
    assert _trimmed(actual, examples["scored"]["value"]) == examples["scored"]["value"]
    over = {**request, "items": [request["items"][0], {**request["items"][1], "text": "x" * 1_000_001}]}
    actual = client.post("/v1/score/batch", json=over).get_json()
    assert _trimmed(actual, examples["refused"]["value"]) == examples["refused"]["value"]


def test_service_examples_are_what_the_server_returns():
    client = make_client()
    entries = {entry["id"]: entry for entry in client.get("/v1/metrics").get_json()["metrics"]}
    example = _content("/v1/metrics", "get")["example"]["metrics"]
    assert len(example) >= 2 and all(entry == entries[entry["id"]] for entry in example)
    assert client.get("/healthz").get_json() == _content("/healthz", "get")["example"]


def _problem_examples(monkeypatch) -> dict:
    """For each problem response of components, a request the server answers with it."""
    import textmetrics.api.v1 as v1

    def internal():
        with monkeypatch.context() as patch:
            patch.setattr(v1, "_analyze", lambda *_: 1 / 0)
            return make_client().post("/v1/score", json={"text": "x"})

    client = make_client()
    return {
        "BadRequest": lambda: client.post("/v1/score", data=b'{"text": }', content_type="application/json"),
        "Unauthorized": lambda: make_client(api_keys=("k",)).get("/v1/metrics"),
        "PayloadTooLarge": lambda: client.post("/v1/score", data=b"x" * 5_000_000, content_type="text/plain"),
        "UnsupportedMediaType": lambda: client.post("/v1/score", data="x", content_type="application/xml"),
        "UnprocessableContent": lambda: client.post("/v1/score", json={"text": "x", "detail": "brief"}),
        "InternalError": internal,
        "OtherError": lambda: client.open("DELETE", "/v1/metrics"),
    }


def test_problem_examples_are_what_the_server_returns(monkeypatch, caplog):
    requests = _problem_examples(monkeypatch)
    assert set(requests) == set(SPEC["components"]["responses"])
    for name, send in requests.items():
        example = dict(SPEC["components"]["responses"][name]["content"]["application/problem+json"]["example"])
        example.pop("request_id", None)
        actual = send().get_json()
        assert actual.pop("request_id")
        assert actual == example, name


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
    from textmetrics.api.app import PAGE_ASSETS

    for name in PAGE_ASSETS:
        shipped = lib / "textmetrics" / "api" / "static" / name
        assert shipped.read_bytes() == (ROOT / "api" / "static" / name).read_bytes(), name
