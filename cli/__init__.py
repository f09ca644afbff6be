"""The ``textmetrics`` command line (typer): ``score``, ``compare``, ``report``, ``metrics``, ``serve``.

The console script ``textmetrics`` calls :func:`main`; tests drive :data:`app` with typer's CliRunner.
"""

from .commands import app, main

__all__ = ["app", "main"]
