"""The exceptions textmetrics raises, as one documented hierarchy.

::

    TextmetricsError              base of everything the library raises on purpose
    ├── InvalidInputError         the caller's input is wrong (field names which argument); also a ValueError
    │   ├── UnknownMetricError    a metric group that does not exist
    │   └── TextTooLongError      a text over TEXTMETRICS_MAX_TEXT_CHARS (textmetrics.config.check_text_length)
    ├── ConfigError               a TEXTMETRICS_* setting or option value is unusable
    └── ResourceError             package data (dictionary, word list, lexicon) is missing or corrupt

The API turns InvalidInputError into 422 problem details naming ``field``; the CLI turns
InvalidInputError and ConfigError into exit code 2 with a one-line message.
"""

from __future__ import annotations

__all__ = [
    "TextmetricsError",
    "InvalidInputError",
    "UnknownMetricError",
    "TextTooLongError",
    "ConfigError",
    "ResourceError",
]


class TextmetricsError(Exception):
    """Base class of the errors textmetrics raises on purpose."""


class InvalidInputError(TextmetricsError, ValueError):
    """The input is not acceptable; ``field`` names the offending argument or JSON field."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class UnknownMetricError(InvalidInputError):
    """A requested metric group is not one of the known groups."""


class TextTooLongError(InvalidInputError):
    """A text longer than the configured character limit.

    ``length`` and ``limit`` are kept so that each surface can word the refusal its own way (the
    API's 422 detail, the CLI's per-record line) from the one check.
    """

    def __init__(self, length: int, limit: int, field: str | None = "text") -> None:
        super().__init__(
            f"text of {length:,} characters is over the limit of {limit:,} (TEXTMETRICS_MAX_TEXT_CHARS)", field
        )
        self.length = length
        self.limit = limit


class ConfigError(TextmetricsError):
    """A configuration value (environment variable or option) cannot be used."""


class ResourceError(TextmetricsError):
    """Package data the library needs could not be loaded."""
