"""``textmetrics abbreviations learn``: a corpus's own abbreviations, for the sentence splitter.

nltk's ``PunktTrainer`` (unsupervised, Kiss & Strunk 2006; nothing is downloaded) reads the
documents, as ``score`` reads them (text, Markdown, JSONL, CSV, directories, stdin), and the
abbreviations it learns that the built-in list lacks are written one per line with their counts.
``--abbreviations FILE`` (``score``, ``report``; ``TEXTMETRICS_ABBREVIATIONS`` for them and for
the API server) adds such a file to the splitter: "See Fig. 3 for the results." is then one
sentence, not two.
"""

from __future__ import annotations

from itertools import chain
from pathlib import Path
from typing import Annotated, Iterator, Optional

import typer

from textmetrics.text.abbreviations import format_learned, learn_abbreviations

from .common import (EncodingOpt, GlobOpt, InputFormat, InputFormatOpt, TextFieldOpt, UsageProblem, boundary,
                     check_encoding, globs)
from .inputs import InputOptions, Record, RecordError, expand_sources, read_sources
from .outputs import open_destination

__all__ = ["app", "learn"]

app = typer.Typer(
    name="abbreviations",
    help="Abbreviations for the sentence splitter: learn a corpus's own.",
    no_args_is_help=True,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)


LEARN_EPILOG = """\b
Examples:
  textmetrics abbreviations learn papers/ -o science.abbr
  textmetrics abbreviations learn opinions.jsonl --min-count 3 -o legal.abbr
  textmetrics score draft.md --abbreviations science.abbr
Exit codes: 0 done; 1 some records could not be read (named on stderr);
2 usage, I/O or configuration error.
"""


@app.command("learn", epilog=LEARN_EPILOG)
def learn(
    paths: Annotated[list[str], typer.Argument(
        metavar="PATH...", help="Files or directories to learn from (txt, md, jsonl, csv), or '-' for stdin.")],
    output: Annotated[Optional[str], typer.Option(
        "--output", "-o", metavar="FILE", show_default=False,
        help="Where to write the abbreviations (atomically); stdout by default.")] = None,
    min_count: Annotated[int, typer.Option(
        "--min-count", min=1,
        help="Keep an abbreviation seen at least this often with its full stop.")] = 2,
    text_field: TextFieldOpt = "text",
    glob: GlobOpt = None,
    input_format: InputFormatOpt = InputFormat.auto,
    encoding: EncodingOpt = "utf-8",
) -> None:
    """Learn the abbreviations of a corpus with nltk's PunktTrainer.

    Writes the abbreviations the built-in list lacks, one per line with how often each occurred
    with its full stop, for --abbreviations FILE. A form is kept when the corpus shows it inside a
    sentence at least once (a lower-case word or a number after its stop), which rules out the
    sentence-final words Punkt takes for abbreviations.
    """
    with boundary():
        check_encoding(encoding)
        sources, problems = expand_sources(paths, globs(glob), input_format.value)
        qualify = len(paths) > 1 or any(Path(p).is_dir() for p in paths if p != "-")
        items = chain(problems, read_sources(sources, InputOptions(text_field, "id", encoding, input_format.value),
                                             None, qualify))
        tally = {"documents": 0, "failed": 0}
        learned = learn_abbreviations(_texts(items, tally), min_count)
        if not tally["documents"]:
            raise UsageProblem("no document to learn from")
        dest = open_destination(output, "text")
        try:
            dest.stream.write(format_learned(learned, tally["documents"]))
        except BaseException:
            dest.abort()
            raise
        dest.commit()
    where = f" into {output}" if output and output != "-" else ""
    typer.echo(f"textmetrics: {len(learned)} abbreviation{'s' if len(learned) != 1 else ''} learned from "
               f"{tally['documents']:,} document{'s' if tally['documents'] != 1 else ''}{where}", err=True)
    raise typer.Exit(1 if tally["failed"] else 0)


def _texts(items: Iterator[Record | RecordError], tally: dict[str, int]) -> Iterator[str]:
    """The texts of the records, one at a time; a bad record is named on stderr and skipped."""
    for item in items:
        if isinstance(item, RecordError):
            typer.echo(str(item), err=True)
            tally["failed"] += 1
        else:
            tally["documents"] += 1
            yield item.text
