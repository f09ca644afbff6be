"""textmetrics: readability, sentiment, hedging and persuasion markers for English prose.

The public surface is small and re-exported here; everything else lives in one subpackage per
stage of the pipeline: ``text`` (normalisation, paragraphs, sentences, tokens, the document
model), ``words`` (syllables, per-word features), ``metrics`` (counts, readability, lexical
diversity, per-sentence readability, hedging, persuasion), ``markers``, ``style``, ``sentiment``
and ``norms``; ``frame`` and ``dask`` serve DataFrames (pandas and dask are optional)::

    from textmetrics import analyze
    report = analyze(text, metrics=None, detail="summary", language="en")
    report.to_dict()
"""

from textmetrics._version import __version__
from textmetrics.analysis import DETAILS, GROUPS, analyze
from textmetrics.catalogue import Metric, catalogue
from textmetrics.config import Settings
from textmetrics.errors import (
    ConfigError,
    InvalidInputError,
    ResourceError,
    TextmetricsError,
    UnknownMetricError,
)
from textmetrics.report import Report

__all__ = [
    "__version__",
    "analyze",
    "Report",
    "catalogue",
    "Metric",
    "GROUPS",
    "DETAILS",
    "Settings",
    "TextmetricsError",
    "InvalidInputError",
    "UnknownMetricError",
    "ConfigError",
    "ResourceError",
]
