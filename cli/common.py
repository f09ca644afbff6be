"""What the commands share: their choices and options, the error boundary, where output goes, and
reading and analysing the one document of ``compare`` and ``report``.

Exit codes (docs/cli.md): 0 every document scored; 1 some records failed, each named on stderr as
``file:line: reason``; 2 a usage, I/O or configuration error, with a one-line message and no
traceback.
"""

from __future__ import annotations

import codecs
import json
import os
import sys
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from enum import Enum
from pathlib import Path
from typing import Annotated, Any, Callable, Iterable, Iterator, Optional, TextIO

import typer

from textmetrics.analysis import DETAILS
from textmetrics.config import Settings, check_text_length, comma_list
from textmetrics.errors import TextmetricsError, TextTooLongError

from .inputs import DEFAULT_GLOBS, INPUT_FORMATS, InputOptions, Record, RecordError, expand_sources, read_sources
from .outputs import FORMATS, open_destination, table_console
from .runner import ENGINES, Job

__all__ = [
    "Format", "ShortFormat", "Detail", "Engine", "InputFormat", "UsageProblem",
    "MetricsOpt", "LexiconOpt", "QuotedOpt", "SentimentQuotedOpt", "EncodingOpt", "NormsOpt", "TextFieldOpt", "IdFieldOpt", "GlobOpt",
    "InputFormatOpt", "ProgressOpt", "AbbreviationsOpt", "globs", "format_option", "output_option",
    "boundary", "destination", "show", "metric_groups", "check_encoding", "check_lexicon", "norms_specs",
    "record_failure", "read_one", "analyze_one",
]


def _choices(name: str, values: tuple[str, ...]) -> Any:
    """A str Enum of ``values``: typer lists and checks the very tuple the code itself uses."""
    return Enum(name, [(value, value) for value in values], type=str)


Format = _choices("Format", FORMATS)
ShortFormat = _choices("ShortFormat", ("table", "json"))
Detail = _choices("Detail", DETAILS)
Engine = _choices("Engine", ENGINES)
InputFormat = _choices("InputFormat", INPUT_FORMATS)


class UsageProblem(Exception):
    """A mistake in how the command was called: one line on stderr, exit code 2."""


# --- options -----------------------------------------------------------------------------------------------------


def format_option(help: str) -> Any:
    """``--format/-f``, defaulting from TEXTMETRICS_FORMAT; each command says what its formats hold."""
    return typer.Option("--format", "-f", envvar="TEXTMETRICS_FORMAT", show_envvar=True, case_sensitive=False,
                        help=help)


def output_option(help: str) -> Any:
    """``--output/-o FILE``; stdout when absent."""
    return typer.Option("--output", "-o", metavar="FILE", show_default=False, help=help)


MetricsOpt = Annotated[Optional[str], typer.Option(
    "--metrics", "-m", envvar="TEXTMETRICS_METRICS", show_envvar=True, metavar="GROUPS",
    help="Comma-separated metric groups (counts, readability, lexical, sentiment, hedging, persuasion); all by default.")]
LexiconOpt = Annotated[Optional[Path], typer.Option(
    "--lexicon", envvar="TEXTMETRICS_LEXICON", show_envvar=True, exists=True, dir_okay=False, readable=True,
    help="A user marker lexicon file adding entries to the built-in lists.")]
QuotedOpt = Annotated[bool, typer.Option(
    "--include-quoted", envvar="TEXTMETRICS_INCLUDE_QUOTED", show_envvar=True,
    help="Count markers inside quotations in the author's rates too.")]
SentimentQuotedOpt = Annotated[bool, typer.Option(
    "--sentiment-quoted/--no-sentiment-quoted", envvar="TEXTMETRICS_SENTIMENT_INCLUDE_QUOTED", show_envvar=True,
    help="Count sentiment words inside quotations in the sentiment scores, as VADER does; "
         "--no-sentiment-quoted leaves them out (for the author's own stance).")]
NormsOpt = Annotated[Optional[list[str]], typer.Option(
    "--norms", envvar="TEXTMETRICS_NORMS", show_envvar=True, metavar="NAME|PATH", show_default=False,
    help="Add percentiles among reference documents: editorials, news, speeches, abstracts, tweets, a name from "
         "TEXTMETRICS_NORMS_FILES, or a file made by 'textmetrics norms build' (repeatable or comma-separated).")]
# the input options of every command that reads a corpus (score, norms build)
TextFieldOpt = Annotated[str, typer.Option(
    "--text-field", envvar="TEXTMETRICS_TEXT_FIELD", show_envvar=True,
    help="JSONL field or CSV column holding the text.")]
IdFieldOpt = Annotated[str, typer.Option(
    "--id-field", envvar="TEXTMETRICS_ID_FIELD", show_envvar=True,
    help="JSONL field or CSV column holding the id (else the line number).")]
GlobOpt = Annotated[Optional[list[str]], typer.Option(
    "--glob", "-g", metavar="PATTERN", show_default=False,
    help=f"File-name patterns for walking directories (repeatable or comma-separated); default {','.join(DEFAULT_GLOBS)}.")]
InputFormatOpt = Annotated[InputFormat, typer.Option(
    "--input-format", envvar="TEXTMETRICS_INPUT_FORMAT", show_envvar=True, case_sensitive=False,
    help="How to read stdin and files: auto uses the extension (stdin: text).")]
ProgressOpt = Annotated[bool, typer.Option(
    "--progress/--no-progress", help="Progress on stderr (shown only when stderr is a terminal).")]
EncodingOpt = Annotated[str, typer.Option(
    "--encoding", envvar="TEXTMETRICS_ENCODING", show_envvar=True,
    help="Encoding of the input files (a UTF-8 byte order mark is always skipped).")]
AbbreviationsOpt = Annotated[Optional[Path], typer.Option(
    "--abbreviations", envvar="TEXTMETRICS_ABBREVIATIONS", show_envvar=True, exists=True, dir_okay=False,
    readable=True, help="An abbreviation file (as 'textmetrics abbreviations learn' writes) adding to the "
                        "sentence splitter's built-in list.")]


def globs(values: list[str] | None) -> tuple[str, ...]:
    """The --glob values as patterns; the default patterns when absent."""
    if not values:
        return DEFAULT_GLOBS
    return tuple(p for v in values for p in comma_list(v))


def metric_groups(value: str | None) -> tuple[str, ...] | None:
    """The --metrics value as group names; None (all groups) when absent or blank."""
    if value is None or not value.strip():
        return None
    return comma_list(value)


def check_encoding(encoding: str) -> None:
    try:
        codecs.lookup(encoding)
    except LookupError:
        raise UsageProblem(f"unknown encoding {encoding!r}") from None


def check_lexicon(path: str | None) -> None:
    """Load a user lexicon once here, so that a bad file is one error (exit 2), not one per record."""
    if not path:
        return
    try:
        from textmetrics.markers import user_lexicon
    except ImportError:  # a core without markers ignores the lexicon
        return
    user_lexicon(path)


def norms_specs(values: list[str] | None) -> tuple[str, ...]:
    """The --norms values as what every record's analyze() gets: built-in names, and file paths (a
    TEXTMETRICS_NORMS_FILES name becomes its file's path, so that workers can load it). Every
    reference is loaded once here, so a bad name or file is one error (exit 2), not one per record."""
    specs = [spec for value in values or [] for spec in comma_list(value)]
    if not specs:
        return ()
    from textmetrics import norms

    configured = norms.load_files(Settings.from_env().norms_files)
    out = tuple(spec if spec in norms.BUILTIN else configured[spec].source if spec in configured else spec
                for spec in specs)
    norms.resolve(out)
    return out


# --- errors and output -------------------------------------------------------------------------------------------


def _fail(message: str) -> typer.Exit:
    typer.echo(f"textmetrics: error: {message}", err=True)
    return typer.Exit(2)


def _os_message(exc: OSError) -> str:
    if exc.filename and exc.strerror:
        return f"{exc.filename}: {exc.strerror}"
    return str(exc)


def _silence_stdout() -> None:
    # the reader went away (``| head``): stop quietly, without a second error while flushing
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


@contextmanager
def boundary() -> Iterator[None]:
    """Turn the user's mistakes into one line on stderr and exit code 2; let bugs show their traceback."""
    try:
        yield
    except typer.Exit:
        raise
    except BrokenPipeError:
        _silence_stdout()
        raise typer.Exit(2) from None
    except BrokenProcessPool:
        raise _fail("a worker process died (out of memory, or killed); rerun, with --resume for jsonl output") from None
    except (UsageProblem, TextmetricsError, UnicodeDecodeError) as exc:
        raise _fail(str(exc)) from None
    except OSError as exc:
        raise _fail(_os_message(exc)) from None
    except KeyboardInterrupt:
        raise _fail("interrupted") from None


@contextmanager
def destination(output: str | None, fmt: str, append: bool = False) -> Iterator[TextIO]:
    """The stream output goes to (stdout for None or ``-``): committed when the block ends, aborted
    on any exception, so that a file written whole never shows a half-written state."""
    try:
        dest = open_destination(output, fmt, append)
    except OSError as exc:
        raise UsageProblem(f"cannot write {output}: {exc.strerror or exc}") from None
    try:
        yield dest.stream
    except BaseException:
        dest.abort()
        raise
    dest.commit()


def show(as_json: bool, document: Callable[[], Any], renderables: Callable[[], Iterable[Any]]) -> None:
    """A command's result on stdout: ``document()`` as one line of JSON, or ``renderables()`` at 80 columns."""
    with destination(None, "table") as stream:
        if as_json:
            stream.write(json.dumps(document(), ensure_ascii=False) + "\n")
            return
        console = table_console(stream)
        for part in renderables():
            console.print(part)


# --- one document: compare and report ----------------------------------------------------------------------------


def record_failure(error: RecordError) -> typer.Exit:
    """Name a record that cannot be scored on stderr (``file:line: reason``); exit code 1."""
    typer.echo(str(error), err=True)
    return typer.Exit(1)


def read_one(path: str, encoding: str) -> Record:
    """The one document in a text file (or stdin)."""
    check_encoding(encoding)
    if os.path.isdir(path):
        raise UsageProblem(f"{path}: give a file (or '-'), not a directory")
    sources, _ = expand_sources([path], DEFAULT_GLOBS, "text")
    item = list(read_sources(sources, InputOptions(encoding=encoding)))[0]  # read to the end: the file is closed
    if isinstance(item, RecordError):
        raise record_failure(item)
    return item


def analyze_one(record: Record, metrics: tuple[str, ...] | None, detail: str, lexicon: Path | None,
                include_quoted: bool, abbreviations: Path | None = None, norms: tuple[str, ...] = (),
                sentiment_include_quoted: bool = True) -> dict:
    """The document object of one record, with the same limit, lexicon and abbreviations as ``score``."""
    settings = Settings.from_env()
    try:
        check_text_length(record.text, settings.max_text_chars)
    except TextTooLongError as exc:
        raise record_failure(RecordError(record.source, None, str(exc))) from None
    path = str(lexicon) if lexicon else settings.lexicon
    check_lexicon(path)
    job = Job(metrics=metrics, detail=detail, include_quoted=include_quoted,
              sentiment_include_quoted=sentiment_include_quoted, lexicon=path,
              abbreviations=str(abbreviations) if abbreviations else settings.abbreviations, norms=norms)
    return job.analyze(record.text)
