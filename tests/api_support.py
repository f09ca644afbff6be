"""Shared helpers of the API tests (no tests here): a Flask test client that validates every response
against openapi.yaml with openapi-core, so no API test can pass on a response the spec does not allow.
"""

from __future__ import annotations

import json
from pathlib import Path

import yaml
from openapi_core import Config, OpenAPI
from openapi_core.contrib.werkzeug import WerkzeugOpenAPIRequest, WerkzeugOpenAPIResponse
from openapi_schema_validator import OAS31Validator
from werkzeug.test import EnvironBuilder, TestResponse

from textmetrics.api import create_app
from textmetrics.config import Settings

__all__ = ["SPEC_PATH", "SPEC", "OPENAPI", "SpecClient", "make_client", "validate_schema", "OPERATION_METHODS"]

SPEC_PATH = Path(__file__).resolve().parents[1] / "openapi.yaml"
SPEC = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
# openapi-core decodes only a few media types by itself; ours are JSON and text underneath (the spec
# declares GET /openapi.yaml a string: the YAML text, which a client parses if it wants to)
OPENAPI = OpenAPI.from_dict(SPEC, config=Config(extra_media_type_deserializers={
    "application/problem+json": lambda data, **_: json.loads(data),
    "application/yaml": lambda data, **_: data.decode("utf-8") if isinstance(data, bytes) else data,
}))
OPERATION_METHODS = frozenset(("get", "put", "post", "delete", "options", "head", "patch", "trace"))
REQUEST_ID_PATTERN = SPEC["components"]["headers"]["RequestId"]["schema"]["pattern"]


def validate_schema(instance, name: str) -> None:
    """Validate ``instance`` against ``components/schemas/<name>`` (refs resolved in the whole spec)."""
    schema = {"$ref": f"#/components/schemas/{name}", "components": SPEC["components"]}
    OAS31Validator(schema).validate(instance)


def _documented(path: str, method: str) -> bool:
    return method.lower() in SPEC["paths"].get(path, {})


class SpecClient:
    """``app.test_client()`` whose every response is checked against the spec.

    A documented operation's response goes through openapi-core's ``validate_response`` (status
    documented, headers, content type and body schema). A request the spec has no operation for
    (an unknown path, a method a path does not serve) must be answered with problem+json.
    """

    def __init__(self, app) -> None:
        self.app = app
        self.client = app.test_client()

    def open(self, method: str, path: str, *, allow_undocumented: bool = False, **kwargs) -> TestResponse:
        response = self.client.open(path, method=method, **kwargs)
        # the app consumed its copy of the body; rebuild the same request for the validator
        request = EnvironBuilder(path=path, method=method, **kwargs).get_request()
        self.check(request, response, allow_undocumented)
        return response

    @staticmethod
    def check(request, response: TestResponse, allow_undocumented: bool = False) -> None:
        assert "X-Request-ID" in response.headers
        if _documented(request.path, request.method):
            OPENAPI.validate_response(WerkzeugOpenAPIRequest(request), WerkzeugOpenAPIResponse(response))
        elif response.status_code >= 400:
            assert response.mimetype == "application/problem+json", response.mimetype
            validate_schema(response.get_json(), "Problem")
        else:
            assert allow_undocumented, f"{request.method} {request.path} is not in the spec"

    def get(self, path: str, **kwargs) -> TestResponse:
        return self.open("GET", path, **kwargs)

    def post(self, path: str, **kwargs) -> TestResponse:
        return self.open("POST", path, **kwargs)


def make_client(**settings) -> SpecClient:
    """A client of an app built from explicit :class:`Settings` (the environment is not read)."""
    settings.setdefault("log_level", "WARNING")
    return SpecClient(create_app(Settings(**settings)))
