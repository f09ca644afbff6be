"""The Flask application factory, :func:`create_app`.

Configuration comes from ``TEXTMETRICS_*`` environment variables (:class:`textmetrics.Settings`):
body limit, characters per text, items per batch, API keys, CORS origins (none by default),
log level, a user lexicon, a user abbreviation file and extra norms files. The factory loads every
core resource (syllable dictionary, word lists, sentiment and marker lexicons, norms tables) before
returning, so a gunicorn worker pays that cost once, before its first request.
"""

from __future__ import annotations

import logging
from importlib import resources
from typing import Mapping

from flask import Flask, Response, abort, current_app, request
from werkzeug.exceptions import RequestEntityTooLarge

import textmetrics
from textmetrics import norms
from textmetrics.config import Settings, comma_list
from textmetrics.errors import ConfigError, InvalidInputError
from textmetrics.text.abbreviations import user_abbreviations

from . import requestlog
from .cors import install as install_cors
from .errors import register_error_handlers
from .jsonresp import json_response
from .v1 import bp as v1

__all__ = ["create_app", "openapi_spec", "WARM_UP_TEXT", "PAGE_ASSETS", "PAGE_CSP", "page_asset"]

WARM_UP_TEXT = "We may never know. But surely, you must read this!"
LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")


def openapi_spec() -> bytes:
    """openapi.yaml as shipped inside the package (the repository's top-level file)."""
    return resources.files("textmetrics").joinpath("openapi.yaml").read_bytes()


def _web_page() -> bytes:
    return resources.files(__package__).joinpath("index.html").read_bytes()


# The page's own files (api/static/), shipped as package data and shared with `textmetrics report`,
# which inlines them. They are the page's assets, not operations of the API: openapi.yaml describes
# them under `GET /`, and tests/test_api_spec.py leaves this one route out of the paths check.
PAGE_ASSETS: dict[str, str] = {
    "page.css": "text/css; charset=utf-8",
    "render.js": "text/javascript; charset=utf-8",
    "page.js": "text/javascript; charset=utf-8",
    "report.js": "text/javascript; charset=utf-8",
    "icon.svg": "image/svg+xml",
}
PAGE_CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; "
    "object-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"
)


def page_asset(name: str) -> bytes:
    """One of :data:`PAGE_ASSETS`, as shipped in the package."""
    if name not in PAGE_ASSETS:
        raise KeyError(name)
    return resources.files(__package__).joinpath("static", name).read_bytes()


def _settings(config: Settings | Mapping | None) -> Settings:
    if config is None:
        return Settings.from_env()
    if isinstance(config, Settings):
        return config
    return Settings.from_env(**dict(config))


def _configure_logging(level: str) -> None:
    """Give the service's loggers a stderr handler unless the host application configured one."""
    if level.upper() not in LOG_LEVELS:
        raise ConfigError(f"TEXTMETRICS_LOG_LEVEL must be one of {', '.join(LOG_LEVELS)}, got {level!r}")
    logger = logging.getLogger("textmetrics")
    logger.setLevel(level.upper())
    if not logger.handlers and not logging.getLogger().handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(message)s"))
        logger.addHandler(handler)


def _warm_up(settings: Settings, references: dict) -> None:
    """Analyse a tiny text with every group, full detail and every reference: every lazy resource loads now."""
    try:
        textmetrics.analyze(WARM_UP_TEXT, detail="full", lexicon=settings.lexicon, norms=list(references.values()))
    except InvalidInputError as exc:
        if exc.field != "lexicon":
            raise
        raise ConfigError(f"TEXTMETRICS_LEXICON: {exc}") from None


def _check_abbreviations(path: str | None) -> None:
    """Load TEXTMETRICS_ABBREVIATIONS now, so that a bad file stops the start, not every request
    (v1 passes the path to analyze(), which finds the file loaded)."""
    if not path:
        return
    try:
        user_abbreviations(path)
    except InvalidInputError as exc:
        raise ConfigError(f"TEXTMETRICS_ABBREVIATIONS: {exc}") from None
def _references(settings: Settings) -> dict:
    """Name -> reference: the built-in tables and ``TEXTMETRICS_NORMS_FILES``, all parsed now."""
    paths = settings.norms_files
    paths = comma_list(paths) if isinstance(paths, str) else tuple(paths)
    try:
        extra = norms.load_files(paths)
    except InvalidInputError as exc:
        raise ConfigError(f"TEXTMETRICS_NORMS_FILES: {exc}") from None
    return {table.name: table for table in norms.available(extra)}


def _limit_body() -> None:
    # refuse an announced oversized body before anything reads it; a chunked body without a
    # Content-Length is cut off by Werkzeug's MAX_CONTENT_LENGTH stream limit while it is read
    limit = current_app.config["MAX_CONTENT_LENGTH"]
    if request.content_length is not None and request.content_length > limit:
        raise RequestEntityTooLarge(f"the body has {request.content_length} bytes; the limit is {limit}")


def _no_sniff(response: Response) -> Response:
    # every body is JSON, YAML or the page itself: browsers must not guess another type
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    return response


def _routes(app: Flask) -> None:
    spec, page = openapi_spec(), _web_page()
    version = textmetrics.__version__

    @app.get("/healthz", provide_automatic_options=False)
    def healthz() -> Response:
        return json_response({"status": "ok", "version": version})

    @app.get("/openapi.yaml", provide_automatic_options=False)
    def openapi() -> Response:
        return Response(spec, content_type="application/yaml; charset=utf-8")

    assets = {name: page_asset(name) for name in PAGE_ASSETS}

    @app.get("/", provide_automatic_options=False)
    def index() -> Response:
        response = Response(page, mimetype="text/html")
        # script and style come only from this origin's own files: no inline code, no other origin
        response.headers["Content-Security-Policy"] = PAGE_CSP
        return response

    @app.get("/static/<name>", endpoint="page_asset", provide_automatic_options=False)
    def static_asset(name: str) -> Response:
        if name not in assets:
            abort(404)
        response = Response(assets[name], content_type=PAGE_ASSETS[name])
        response.headers["Content-Security-Policy"] = PAGE_CSP
        response.headers["Cache-Control"] = "no-cache"
        return response


def create_app(config: Settings | Mapping | None = None) -> Flask:
    """Build the service. ``config``: None (read ``TEXTMETRICS_*``), a :class:`Settings`, or a mapping
    of Settings field names to values applied over the environment."""
    settings = _settings(config)
    _configure_logging(settings.log_level)
    references = _references(settings)
    _warm_up(settings, references)
    app = Flask(__name__, static_folder=None)
    app.config["MAX_CONTENT_LENGTH"] = settings.max_body_bytes
    app.extensions["textmetrics"] = settings
    app.extensions["textmetrics_norms"] = references
    app.json.sort_keys = False
    requestlog.install(app)
    app.before_request(_limit_body)
    _check_abbreviations(settings.abbreviations)
    install_cors(app, settings.cors_origins)
    register_error_handlers(app)
    app.register_blueprint(v1)
    _routes(app)
    app.after_request(_no_sniff)
    return app
