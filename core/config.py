"""Settings shared by the API and the CLI, read from ``TEXTMETRICS_*`` environment variables.

One place defines the names, defaults and parsing, so that ``TEXTMETRICS_MAX_TEXT_CHARS`` means the
same thing to ``textmetrics serve`` and to ``textmetrics score``.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, fields
from typing import Mapping

from textmetrics.errors import ConfigError, TextTooLongError

__all__ = ["Settings", "PREFIX", "check_text_length", "comma_list"]

PREFIX = "TEXTMETRICS_"


def _int(name: str, raw: str) -> int:
    try:
        value = int(raw)
    except ValueError:
        raise ConfigError(f"{PREFIX}{name} must be a whole number, got {raw!r}") from None
    if value <= 0:
        raise ConfigError(f"{PREFIX}{name} must be positive, got {value}")
    return value


def check_text_length(text: str, max_chars: int, field: str = "text") -> None:
    """Raise :class:`TextTooLongError` if ``text`` has more than ``max_chars`` characters.

    The one check of ``TEXTMETRICS_MAX_TEXT_CHARS``: ``POST /v1/score``, every item of
    ``POST /v1/score/batch`` and every record of the CLI go through it. ``field`` names the request
    field (``items[3].text``) for the API's 422.
    """
    if len(text) > max_chars:
        raise TextTooLongError(len(text), max_chars, field)


def comma_list(raw: str) -> tuple[str, ...]:
    """``"a, b,,c"`` -> ``("a", "b", "c")``: how every comma-separated setting and option is read."""
    return tuple(item.strip() for item in raw.split(",") if item.strip())


@dataclass(frozen=True)
class Settings:
    """Limits and options; every field can be set by ``TEXTMETRICS_<FIELD NAME IN CAPITALS>``."""

    max_body_bytes: int = 4 * 1024 * 1024
    max_text_chars: int = 1_000_000
    max_batch_items: int = 1000
    api_keys: tuple[str, ...] = ()
    cors_origins: tuple[str, ...] = ()
    log_level: str = "INFO"
    lexicon: str | None = None  # path of a user lexicon file (markers), see textmetrics.markers
    abbreviations: str | None = None  # path of a user abbreviation file (sentence splitter)
    norms_files: tuple[str, ...] = ()  # norms files whose references join the built-in ones, see textmetrics.norms
    extra: dict = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, **overrides) -> "Settings":
        """Build settings from ``environ`` (default ``os.environ``), then apply ``overrides``."""
        env = os.environ if environ is None else environ
        values: dict = {}
        for f in fields(cls):
            if f.name == "extra":
                continue
            raw = env.get(PREFIX + f.name.upper())
            if raw is None or raw == "":
                continue
            if f.type in ("int", int):
                values[f.name] = _int(f.name.upper(), raw)
            elif f.name in ("api_keys", "cors_origins", "norms_files"):
                values[f.name] = comma_list(raw)
            else:
                values[f.name] = raw
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)
