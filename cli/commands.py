"""The ``textmetrics`` command: one module per command, gathered here into one typer app.

Each command module (:mod:`.score`, :mod:`.compare`, :mod:`.report`, :mod:`.metrics`,
:mod:`.serve`) has its own ``typer.Typer`` holding its command; :data:`app` adds them without a
name, so they are top-level commands, in this order in ``--help``. :mod:`.norms` and
:mod:`.abbreviations` are named groups (``textmetrics norms build|list``, ``textmetrics abbreviations
learn``). Option defaults can come from
``TEXTMETRICS_*`` environment variables (shown in --help).
"""

from __future__ import annotations

from typing import Annotated, Optional

import typer

import textmetrics

from . import abbreviations, compare, metrics, norms, report, score, serve

__all__ = ["app", "main"]

APP_EPILOG = """\b
Examples:
  textmetrics score examples/oped.txt
  textmetrics score corpus.jsonl -f jsonl -o scores.jsonl --workers 2
  textmetrics compare draft1.txt draft2.txt
  textmetrics report examples/oped.txt -o report.html
  textmetrics score examples/oped.txt --norms editorials
Exit codes: 0 all scored; 1 some records failed (named on stderr); 2 usage,
I/O or configuration error.
"""

app = typer.Typer(
    name="textmetrics",
    epilog=APP_EPILOG,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)

for _command in (score, compare, report, metrics, serve):
    app.add_typer(_command.app)
app.add_typer(norms.app)  # a command group: textmetrics norms build|list
app.add_typer(abbreviations.app, name="abbreviations")


def _version(value: bool) -> None:
    if value:
        typer.echo(f"textmetrics {textmetrics.__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[Optional[bool], typer.Option(
        "--version", callback=_version, is_eager=True, help="Print the version and exit.")] = None,
) -> None:
    """Readability, sentiment, hedging and persuasion markers for English prose.

    Most options take their default from a TEXTMETRICS_* variable, named in each command's --help.
    """


def main() -> None:
    """Console-script entry point (also ``python -m textmetrics.cli``)."""
    app(prog_name="textmetrics")
