"""The ``textmetrics`` command: score, compare, report, metrics, serve, abbreviations.

Exit codes (DESIGN.md): 0 every document scored; 1 some records failed, each named on stderr as
``file:line: reason``; 2 a usage, I/O or configuration error, with a one-line message and no
traceback. Option defaults can come from ``TEXTMETRICS_*`` environment variables (shown in --help).
"""

from __future__ import annotations

import json
import os
import sys
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from dataclasses import replace
from enum import Enum
from itertools import chain
from pathlib import Path
from typing import Annotated, Iterator, Optional

import typer
from rich.console import Console

import textmetrics
from textmetrics.config import Settings
from textmetrics.errors import TextmetricsError

from .inputs import (DEFAULT_GLOBS, InputOptions, ReadProgress, Record, RecordError, expand_sources,
                     read_sources)
from .outputs import PAYLOAD_ENCODING, TABLE_WIDTH, csv_columns, make_writer, open_destination
from .progress import Progress
from .resume import completed_ids, id_key
from .runner import Job, run

__all__ = ["app", "main"]

APP_EPILOG = """\b
Examples:
  textmetrics score examples/oped.txt
  textmetrics score corpus.jsonl -f jsonl -o scores.jsonl --workers 2
  textmetrics compare draft1.txt draft2.txt
  textmetrics report examples/oped.txt -o report.html
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


class Format(str, Enum):
    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"


class ShortFormat(str, Enum):
    table = "table"
    json = "json"


class Detail(str, Enum):
    summary = "summary"
    full = "full"


class Engine(str, Enum):
    local = "local"
    dask = "dask"


class InputFormat(str, Enum):
    auto = "auto"
    text = "text"
    jsonl = "jsonl"
    csv = "csv"


class UsageProblem(Exception):
    """A mistake in how the command was called: one line on stderr, exit code 2."""


# --- shared options ----------------------------------------------------------------------------------------------

MetricsOpt = Annotated[Optional[str], typer.Option(
    "--metrics", "-m", envvar="TEXTMETRICS_METRICS", show_envvar=True, metavar="GROUPS",
    help="Comma-separated metric groups (counts, readability, lexical, sentiment, hedging, persuasion); all by default.")]
LexiconOpt = Annotated[Optional[Path], typer.Option(
    "--lexicon", envvar="TEXTMETRICS_LEXICON", show_envvar=True, exists=True, dir_okay=False, readable=True,
    help="A user marker lexicon file adding entries to the built-in lists.")]
QuotedOpt = Annotated[bool, typer.Option(
    "--include-quoted", envvar="TEXTMETRICS_INCLUDE_QUOTED", show_envvar=True,
    help="Count markers inside quotations in the author's rates too.")]
EncodingOpt = Annotated[str, typer.Option(
    "--encoding", envvar="TEXTMETRICS_ENCODING", show_envvar=True,
    help="Encoding of the input files (a UTF-8 byte order mark is always skipped).")]
TextFieldOpt = Annotated[str, typer.Option(
    "--text-field", envvar="TEXTMETRICS_TEXT_FIELD", show_envvar=True,
    help="JSONL field or CSV column holding the text.")]
GlobOpt = Annotated[Optional[list[str]], typer.Option(
    "--glob", "-g", metavar="PATTERN", show_default=False,
    help=f"File-name patterns for walking directories (repeatable or comma-separated); default {','.join(DEFAULT_GLOBS)}.")]
InputFormatOpt = Annotated[InputFormat, typer.Option(
    "--input-format", envvar="TEXTMETRICS_INPUT_FORMAT", show_envvar=True, case_sensitive=False,
    help="How to read stdin and files: auto uses the extension (stdin: text).")]
AbbreviationsOpt = Annotated[Optional[Path], typer.Option(
    "--abbreviations", envvar="TEXTMETRICS_ABBREVIATIONS", show_envvar=True, exists=True, dir_okay=False,
    readable=True, help="An abbreviation file (as 'textmetrics abbreviations learn' writes) adding to the "
                        "sentence splitter's built-in list.")]


def _fail(message: str) -> typer.Exit:
    typer.echo(f"textmetrics: error: {message}", err=True)
    return typer.Exit(2)


def _os_message(exc: OSError) -> str:
    if exc.filename and exc.strerror:
        return f"{exc.filename}: {exc.strerror}"
    return str(exc)


@contextmanager
def _boundary() -> Iterator[None]:
    """Turn the user's mistakes into one line on stderr and exit code 2; let bugs show their traceback."""
    try:
        yield
    except typer.Exit:
        raise
    except BrokenPipeError:
        # the reader went away (``| head``): stop quietly, without a second error while flushing
        devnull = os.open(os.devnull, os.O_WRONLY)
        try:
            os.dup2(devnull, sys.stdout.fileno())
        except (OSError, ValueError):
            pass
        raise typer.Exit(2) from None
    except BrokenProcessPool:
        raise _fail("a worker process died (out of memory, or killed); rerun, with --resume for jsonl output") from None
    except (UsageProblem, TextmetricsError, UnicodeDecodeError) as exc:
        raise _fail(str(exc)) from None
    except OSError as exc:
        raise _fail(_os_message(exc)) from None
    except KeyboardInterrupt:
        raise _fail("interrupted") from None


def _metrics(value: str | None) -> tuple[str, ...] | None:
    if value is None or not value.strip():
        return None
    return tuple(m.strip() for m in value.split(",") if m.strip())


def _settings() -> Settings:
    return Settings.from_env()


# --- score -------------------------------------------------------------------------------------------------------

SCORE_EPILOG = """\b
Examples:
  textmetrics score examples/oped.txt
  textmetrics score drafts/ --glob '*.md' -f csv -o scores.csv
  textmetrics score corpus.jsonl --text-field body -f jsonl -o out.jsonl -w 2
  textmetrics score corpus.jsonl -f jsonl -o out.jsonl --resume
  cat letter.txt | textmetrics score - -f json --detail full
"""


@app.command(epilog=SCORE_EPILOG)
def score(
    paths: Annotated[Optional[list[str]], typer.Argument(
        metavar="[PATH]...", show_default=False,
        help="Files or directories to score; '-' (or nothing, with piped input) reads stdin. "
             ".txt/.md: one document; .jsonl: one per line; .csv: one per row.")] = None,
    fmt: Annotated[Format, typer.Option(
        "--format", "-f", envvar="TEXTMETRICS_FORMAT", show_envvar=True, case_sensitive=False,
        help="table for people; json (an object, or an array for several documents), jsonl or csv for programs.")] = Format.table,
    detail: Annotated[Detail, typer.Option(
        "--detail", "-d", envvar="TEXTMETRICS_DETAIL", show_envvar=True, case_sensitive=False,
        help="summary, or full to add sentences and markers with their offsets.")] = Detail.summary,
    metrics: MetricsOpt = None,
    output: Annotated[Optional[str], typer.Option(
        "--output", "-o", metavar="FILE", show_default=False,
        help="Write to FILE instead of stdout (json, csv, table: atomically at the end; jsonl: line by line).")] = None,
    workers: Annotated[int, typer.Option(
        "--workers", "-w", envvar="TEXTMETRICS_WORKERS", show_envvar=True, min=1,
        help="Worker processes (each loads its resources once); output is identical to one worker.")] = 1,
    resume: Annotated[bool, typer.Option(
        "--resume", help="With -o FILE.jsonl: skip ids already in FILE and drop a torn last line.")] = False,
    text_field: TextFieldOpt = "text",
    id_field: Annotated[str, typer.Option(
        "--id-field", envvar="TEXTMETRICS_ID_FIELD", show_envvar=True,
        help="JSONL field or CSV column holding the id (else the line number).")] = "id",
    glob: GlobOpt = None,
    input_format: InputFormatOpt = InputFormat.auto,
    encoding: EncodingOpt = "utf-8",
    engine: Annotated[Engine, typer.Option(
        "--engine", envvar="TEXTMETRICS_ENGINE", show_envvar=True, case_sensitive=False,
        help="local process pool, or dask (pip install 'textmetrics[dask]').")] = Engine.local,
    scheduler: Annotated[Optional[str], typer.Option(
        "--scheduler", envvar="TEXTMETRICS_SCHEDULER", show_envvar=True, metavar="ADDRESS",
        help="Dask scheduler address (tcp://host:8786); without it --engine dask starts a local cluster.")] = None,
    lexicon: LexiconOpt = None,
    abbreviations: AbbreviationsOpt = None,
    include_quoted: QuotedOpt = False,
    progress: Annotated[bool, typer.Option(
        "--progress/--no-progress", help="Progress on stderr (shown only when stderr is a terminal).")] = True,
) -> None:
    """Score documents: readability, sentiment, hedging and persuasion.

    Output follows input order; memory stays flat for any corpus size. A bad record (invalid JSON,
    no text, an empty file) is named on stderr as file:line and skipped; the exit code is then 1.
    """
    with _boundary():
        failures = _score(
            paths or [], fmt.value, detail.value, _metrics(metrics), output, workers, resume, text_field, id_field,
            _globs(glob), input_format.value, encoding, engine.value, scheduler,
            str(lexicon) if lexicon else None, include_quoted, progress, abbreviations=abbreviations)
    raise typer.Exit(1 if failures else 0)


def _globs(values: list[str] | None) -> tuple[str, ...]:
    if not values:
        return DEFAULT_GLOBS
    return tuple(p.strip() for v in values for p in v.split(",") if p.strip())


def _stdin_is_terminal() -> bool:
    return sys.stdin.isatty()


def _check_score_options(paths: list[str], fmt: str, detail: str, output: str | None, resume: bool) -> None:
    if resume and (fmt != "jsonl" or not output or output == "-"):
        raise UsageProblem("--resume needs --format jsonl and --output FILE")
    if fmt == "csv" and detail == "full":
        raise UsageProblem("csv has no place for sentences and markers; use --format json or jsonl with --detail full")
    if not paths and _stdin_is_terminal():
        raise UsageProblem("no input: give a PATH, or pipe text and use '-'")
    if output and output != "-" and os.path.exists(output) and any(p != "-" and os.path.exists(p) and os.path.samefile(p, output) for p in paths):
        raise UsageProblem(f"--output {output} is also an input")


def _score(paths, fmt, detail, metrics, output, workers, resume, text_field, id_field, globs, input_format,
           encoding, engine, scheduler, lexicon, include_quoted, show_progress, abbreviations=None) -> int:
    _check_score_options(paths, fmt, detail, output, resume)
    paths = paths or ["-"]
    _check_encoding(encoding)
    settings = _settings()
    job = Job(metrics=metrics, detail=detail, include_quoted=include_quoted, lexicon=lexicon or settings.lexicon,
              max_text_chars=settings.max_text_chars, payload=PAYLOAD_ENCODING[fmt])
    job = with_abbreviations(job, abbreviations or settings.abbreviations)
    # The options are checked on an empty text, which loads no word lists: with --workers N the main
    # process only reads and writes, and the resources live in the workers.
    probe = job.analyze("")
    _check_lexicon(job.lexicon)
    columns = csv_columns(probe) if fmt == "csv" else []
    job = replace(job, columns=tuple(columns))

    sources, problems = expand_sources(paths, globs, input_format)
    qualify = len(paths) > 1 or any(os.path.isdir(p) for p in paths if p != "-")
    read = ReadProgress(total_bytes=sum(s.size for s in sources))
    items = chain(problems, read_sources(sources, InputOptions(text_field, id_field, encoding, input_format),
                                         read, qualify))
    if resume:  # before the file is opened for appending: a torn last line is cut first
        items = _skip_done(items, output, _completed(output))
    dest = _open(output, fmt, resume)
    console = Console(file=dest.stream, width=TABLE_WIDTH, highlight=False) if fmt == "table" else None
    writer = make_writer(fmt, dest.stream, columns, console)
    bar = Progress(read, enabled=None if show_progress else False)
    try:
        for result in run(items, job, workers, engine, scheduler):
            if isinstance(result, RecordError):
                bar.clear()
                typer.echo(str(result), err=True)
                writer.error()
                bar.update(ok=False)
            else:
                writer.add(*result)
                bar.update()
        writer.close()
    except BaseException:
        bar.clear()
        dest.abort()
        raise
    dest.commit()
    bar.clear()
    if bar.failed:
        typer.echo(f"textmetrics: {bar.failed:,} of {bar.failed + bar.done:,} records failed", err=True)
    return bar.failed


def _check_lexicon(path: str | None) -> None:
    """Load a user lexicon once here, so that a bad file is one error (exit 2), not one per record."""
    if not path:
        return
    try:
        from textmetrics.markers import user_lexicon
    except ImportError:  # a core without markers ignores the lexicon
        return
    user_lexicon(path)


def _check_encoding(encoding: str) -> None:
    import codecs

    try:
        codecs.lookup(encoding)
    except LookupError:
        raise UsageProblem(f"unknown encoding {encoding!r}") from None


def _open(output: str | None, fmt: str, append: bool):
    try:
        return open_destination(output, fmt, append)
    except OSError as exc:
        raise UsageProblem(f"cannot write {output}: {exc.strerror or exc}") from None


def _completed(output: str) -> set[str]:
    done, cut = completed_ids(output)
    if cut:
        typer.echo(f"textmetrics: resume: dropped a torn last line ({cut} bytes) from {output}", err=True)
    return done


def _skip_done(items, output: str, done: set[str]):
    skipped = 0
    for item in items:
        if isinstance(item, Record) and id_key(item.id) in done:
            skipped += 1
            continue
        yield item
    if skipped:
        typer.echo(f"textmetrics: resume: {skipped:,} documents already in {output} were skipped", err=True)


# --- one document: compare and report ----------------------------------------------------------------------------


def _one_document(path: str, encoding: str) -> Record:
    _check_encoding(encoding)
    if os.path.isdir(path):
        raise UsageProblem(f"{path}: give a file (or '-'), not a directory")
    sources, _ = expand_sources([path], DEFAULT_GLOBS, "text")
    items = list(read_sources(sources, InputOptions(encoding=encoding)))
    item = items[0]
    if isinstance(item, RecordError):
        typer.echo(str(item), err=True)
        raise typer.Exit(1)
    return item


def _analyze_one(record: Record, metrics, detail: str, lexicon, include_quoted: bool, abbreviations=None) -> dict:
    settings = _settings()
    if len(record.text) > settings.max_text_chars:
        typer.echo(f"{record.source}: text of {len(record.text):,} characters is over the limit of "
                   f"{settings.max_text_chars:,} (TEXTMETRICS_MAX_TEXT_CHARS)", err=True)
        raise typer.Exit(1)
    lexicon = str(lexicon) if lexicon else settings.lexicon
    _check_lexicon(lexicon)
    return textmetrics.analyze(record.text, metrics=metrics, detail=detail, include_quoted=include_quoted,
                               lexicon=lexicon, abbreviations=abbreviations or settings.abbreviations).to_dict()


COMPARE_EPILOG = """\b
Examples:
  textmetrics compare draft1.txt draft2.txt
  textmetrics compare old.md new.md --metrics readability,hedging -f json
"""


@app.command(epilog=COMPARE_EPILOG)
def compare(
    a: Annotated[str, typer.Argument(metavar="A", help="The first draft (a text file, or '-' for stdin).")],
    b: Annotated[str, typer.Argument(metavar="B", help="The second draft.")],
    fmt: Annotated[ShortFormat, typer.Option(
        "--format", "-f", envvar="TEXTMETRICS_FORMAT", show_envvar=True, case_sensitive=False,
        help="table, or json with both document objects and the changes.")] = ShortFormat.table,
    metrics: MetricsOpt = None,
    lexicon: LexiconOpt = None,
    include_quoted: QuotedOpt = False,
    encoding: EncodingOpt = "utf-8",
) -> None:
    """Compare two drafts side by side, with the change in every metric.

    For each metric: A, B, the change B - A and what the change means for a reader.
    """
    from .compare import compare_table, comparison

    with _boundary():
        if a == "-" and b == "-":
            raise UsageProblem("only one of A and B can be '-'")
        rec_a, rec_b = _one_document(a, encoding), _one_document(b, encoding)
        doc_a = _analyze_one(rec_a, _metrics(metrics), "summary", lexicon, include_quoted)
        doc_b = _analyze_one(rec_b, _metrics(metrics), "summary", lexicon, include_quoted)
        rows = comparison(doc_a, doc_b)
        dest = open_destination(None, "table")
        if fmt is ShortFormat.json:
            obj = {"a": {"id": rec_a.id, **doc_a}, "b": {"id": rec_b.id, **doc_b}, "changes": rows}
            dest.stream.write(json.dumps(obj, ensure_ascii=False) + "\n")
        else:
            console = Console(file=dest.stream, width=TABLE_WIDTH, highlight=False)
            console.print(compare_table(rows, rec_a.source, rec_b.source))
        dest.commit()


REPORT_EPILOG = """\b
Examples:
  textmetrics report examples/oped.txt -o report.html
  textmetrics report draft.md --lexicon house-style.tsv -o draft.html
"""


@app.command(epilog=REPORT_EPILOG)
def report(
    path: Annotated[str, typer.Argument(metavar="FILE", help="The text to report on (or '-' for stdin).")],
    output: Annotated[Optional[str], typer.Option(
        "--output", "-o", metavar="FILE", show_default=False,
        help="Where to write the HTML page (atomically); stdout by default.")] = None,
    metrics: MetricsOpt = None,
    lexicon: LexiconOpt = None,
    abbreviations: AbbreviationsOpt = None,
    include_quoted: QuotedOpt = False,
    encoding: EncodingOpt = "utf-8",
) -> None:
    """Write a self-contained HTML report on one text.

    The page holds the summary, a per-sentence sentiment strip and the text with its markers
    highlighted by category; it has no external assets and every piece of the text is escaped.
    """
    from .report import render_report

    with _boundary():
        record = _one_document(path, encoding)
        doc = _analyze_one(record, _metrics(metrics), "full", lexicon, include_quoted, abbreviations)
        page = render_report(record.text, doc, record.source, textmetrics.__version__)
        dest = _open(output, "html", False)
        try:
            dest.stream.write(page)
        except BaseException:
            dest.abort()
            raise
        dest.commit()


# --- catalogue and server ----------------------------------------------------------------------------------------

METRICS_EPILOG = """\b
Examples:
  textmetrics metrics
  textmetrics metrics --group readability -f json
"""


@app.command("metrics", epilog=METRICS_EPILOG)
def metrics_command(
    fmt: Annotated[ShortFormat, typer.Option(
        "--format", "-f", envvar="TEXTMETRICS_FORMAT", show_envvar=True, case_sensitive=False,
        help="table, or json (the same object as GET /v1/metrics).")] = ShortFormat.table,
    group: Annotated[Optional[list[str]], typer.Option(
        "--group", "-g", show_default=False, help="Only these groups (repeatable).")] = None,
) -> None:
    """List every metric in the catalogue: id, name, unit and what a higher value means."""
    from rich.table import Table

    with _boundary():
        entries = [m for m in textmetrics.catalogue() if not group or m.group in group]
        if group and not entries:
            raise UsageProblem(f"no metrics in group(s) {', '.join(group)}")
        dest = open_destination(None, "table")
        if fmt is ShortFormat.json:
            dest.stream.write(json.dumps({"metrics": [m.to_dict() for m in entries]}, ensure_ascii=False) + "\n")
        else:
            console = Console(file=dest.stream, width=TABLE_WIDTH, highlight=False)
            for name in dict.fromkeys(m.group for m in entries):
                table = Table(title=name.capitalize(), title_justify="left", title_style="bold", width=TABLE_WIDTH)
                table.add_column("Id", ratio=11, overflow="fold")
                table.add_column("Name", ratio=7, overflow="fold")
                table.add_column("Unit", ratio=4, overflow="fold")
                table.add_column("Higher means", ratio=7, overflow="fold")
                for m in entries:
                    if m.group == name:
                        table.add_row(m.id.removeprefix(name + "."), m.name, m.unit, m.higher_means)
                console.print(table)
        dest.commit()


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
    with _boundary():
        try:
            from textmetrics.api.serve import run as run_server
        except ImportError as exc:
            raise UsageProblem(f"the API server is not available: {exc}") from None
        run_server(host=host, port=port, workers=workers)


# imported here, once every option above is defined: the subcommand reads them from this module
from .abbreviations import app as abbreviations_app, with_abbreviations  # noqa: E402

app.add_typer(abbreviations_app, name="abbreviations")


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
