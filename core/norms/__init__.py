"""Reference norms: every number placed against editorials, news, speeches, abstracts and tweets.

``analyze(text, norms="editorials")`` adds a ``percentiles`` object: for each reference, metric id
-> the mid-rank percentile of the text's value among the reference's documents (0-100, one
decimal), or null. How the tables are built, the held-out split, ties and calibration:
docs/norms.md.

- :mod:`.table`: the file format, its checks and the percentile lookup (:class:`NormTable`).
- :mod:`.build`: the builder shared by ``bench/norms_tables.py`` and ``textmetrics norms build``.
- :mod:`.registry`: built-in names, norms files, resolving a ``norms`` argument, applying it.
"""

from __future__ import annotations

from .build import HOLD_OUT_RULE, TableBuilder, held_out, held_out_note, metric_paths, numeric_metrics, values_of
from .registry import (BUILTIN, SHORT_FRACTION, available, builtin, length_warnings, load_file, load_files,
                       percentiles, resolve)
from .table import FORMAT, GRID, MIN_VALUES, NormTable, check_name, dumps

__all__ = [
    "BUILTIN", "FORMAT", "GRID", "MIN_VALUES", "SHORT_FRACTION", "HOLD_OUT_RULE",
    "NormTable", "TableBuilder",
    "available", "builtin", "load_file", "load_files", "resolve", "percentiles", "length_warnings",
    "numeric_metrics", "metric_paths", "values_of", "held_out", "held_out_note", "check_name", "dumps",
]
