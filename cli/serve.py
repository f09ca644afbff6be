"""``textmetrics serve``: the HTTP API under gunicorn (see docs/api.md)."""

from __future__ import annotations

from typing import Annotated

import typer

from .common import UsageProblem, boundary

__all__ = ["app", "serve"]

app = typer.Typer()

SERVE_EPILOG = """\b
Examples:
  textmetrics serve
  TEXTMETRICS_API_KEYS=secret textmetrics serve --host 0.0.0.0 -w 4
"""


@app.command(epilog=SERVE_EPILOG)
def serve(
    host: Annotated[str, typer.Option(
        "--host", envvar="TEXTMETRICS_HOST", show_envvar=True, help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(
        "--port", envvar="TEXTMETRICS_PORT", show_envvar=True, min=1, max=65535, help="Port to listen on.")] = 8000,
    workers: Annotated[int, typer.Option(
        "--workers", "-w", envvar="TEXTMETRICS_SERVE_WORKERS", show_envvar=True, min=1,
        help="gunicorn worker processes.")] = 2,
) -> None:
    """Run the HTTP API with gunicorn (a production WSGI server)."""
    with boundary():
        try:
            # imported here: Flask and gunicorn are only needed by this command
            from textmetrics.api.serve import run as run_server
        except ImportError as exc:
            raise UsageProblem(f"the API server is not available: {exc}") from None
        run_server(host=host, port=port, workers=workers)
