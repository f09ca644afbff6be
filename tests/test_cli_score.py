"""``textmetrics score``: inputs, formats, ids, errors and exit codes (typer's CliRunner).

Expected documents come from the library itself (``analyze(text).to_dict()``): the CLI's contract is
to write exactly that object, so each test compares against it byte for byte.
"""

from __future__ import annotations

import csv
import io
import json
import os

import pytest
from typer.testing import CliRunner

import textmetrics
from textmetrics import analyze
from textmetrics.cli import app

runner = CliRunner()

ONE = "The council may delay the vote. We must act now!"
TWO = "Clearly, this is the best plan. Who benefits from it?"
THREE = "Experts say the numbers are uncertain. It seems likely to pass."


def score(*args, input=None, env=None):
    return runner.invoke(app, ["score", *map(str, args)], input=input, env=env, catch_exceptions=False)


def dumps(obj) -> str:
    return json.dumps(obj, ensure_ascii=False)


def write_jsonl(path, rows) -> None:
    path.write_text("".join((r if isinstance(r, str) else dumps(r)) + "\n" for r in rows), encoding="utf-8")


def jsonl(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines()]


# --- formats -----------------------------------------------------------------------------------------------------


def test_json_of_one_text_file_is_the_document_object_byte_for_byte(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(ONE, encoding="utf-8")
    result = score(path, "-f", "json")
    assert result.exit_code == 0, result.stderr
    # the API writes json.dumps(report.to_dict(), ensure_ascii=False): the CLI writes the same bytes
    assert result.stdout == dumps(analyze(ONE).to_dict()) + "\n"


def test_json_of_several_documents_is_an_array_with_ids(tmp_path):
    write_jsonl(tmp_path / "c.jsonl", [{"id": "a", "text": ONE}, {"id": "b", "text": TWO}])
    result = score(tmp_path / "c.jsonl", "--format", "json")
    assert result.exit_code == 0
    assert json.loads(result.stdout) == [{"id": "a", **analyze(ONE).to_dict()}, {"id": "b", **analyze(TWO).to_dict()}]
    # one document per line, each line the API's bytes with "id" first
    assert result.stdout.splitlines()[1] == dumps({"id": "a", **analyze(ONE).to_dict()}) + ","


def test_jsonl_one_object_per_line_with_id(tmp_path):
    write_jsonl(tmp_path / "c.jsonl", [{"id": 7, "text": ONE}, {"text": TWO}])
    result = score(tmp_path / "c.jsonl", "-f", "jsonl")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines == [dumps({"id": 7, **analyze(ONE).to_dict()}), dumps({"id": 2, **analyze(TWO).to_dict()})]


def test_csv_flattened_columns_in_catalogue_order(tmp_path):
    write_jsonl(tmp_path / "c.jsonl", [{"id": "a", "text": ONE}, {"id": "b", "text": TWO}])
    result = score(tmp_path / "c.jsonl", "-f", "csv")
    assert result.exit_code == 0
    rows = list(csv.reader(io.StringIO(result.stdout)))
    header = rows[0]
    catalogued = [m.id for m in textmetrics.catalogue()]
    assert header[0] == "id" and header[-1] == "warnings"
    assert [c for c in header if c in catalogued] == catalogued  # every catalogue metric, in its order
    assert "readability.flesch_kincaid_grade" in header
    doc = analyze(ONE).to_dict()
    row = dict(zip(header, rows[1]))
    assert row["id"] == "a"
    assert row["counts.words"] == str(doc["counts"]["words"])
    assert row["readability.flesch_kincaid_grade"] == str(doc["readability"]["flesch_kincaid_grade"])
    assert row["warnings"] == "; ".join(doc["warnings"])
    assert len(rows) == 3


def test_csv_refuses_full_detail(tmp_path):
    (tmp_path / "a.txt").write_text(ONE)
    result = score(tmp_path / "a.txt", "-f", "csv", "--detail", "full")
    assert result.exit_code == 2
    assert "csv has no place for sentences and markers" in result.stderr


def test_table_of_one_document_explains_the_numbers_in_80_columns(tmp_path):
    (tmp_path / "a.txt").write_text(ONE)
    result = score(tmp_path / "a.txt")
    assert result.exit_code == 0
    out = result.stdout
    assert max(len(line) for line in out.splitlines()) <= 80
    doc = analyze(ONE).to_dict()
    fre = doc["readability"]["flesch_reading_ease"]
    assert "Flesch Reading Ease" in out and f"{fre:,.2f}" in out
    from textmetrics.cli.meaning import describe
    assert describe("readability.flesch_reading_ease", fre) in out  # the ease band
    assert "grade" in out  # grade levels are said as school grades


def test_table_of_several_documents_is_one_row_each(tmp_path):
    write_jsonl(tmp_path / "c.jsonl", [{"id": f"doc-{i}", "text": t} for i, t in enumerate([ONE, TWO, THREE])])
    result = score(tmp_path / "c.jsonl", "-f", "table")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert max(len(line) for line in lines) <= 80
    assert sum(line.startswith("doc-") for line in lines) == 3
    assert lines[0].split()[:3] == ["Document", "Words", "Ease"]
    assert any(line.startswith("Ease: Flesch Reading Ease") for line in lines)  # the legend


def test_long_table_has_one_header_and_aligned_rows(tmp_path):
    write_jsonl(tmp_path / "c.jsonl", [{"id": f"doc-{i:03d}", "text": ONE} for i in range(149)]
                + [{"id": "doc-" + "très-long-identifiant-" * 3, "text": ONE}])
    lines = score(tmp_path / "c.jsonl").stdout.splitlines()
    rows = [line for line in lines if line.startswith("doc-")]
    assert len(rows) == 150
    assert sum(line.startswith("Document") for line in lines) == 1
    assert len({len(row) for row in rows}) == 1  # fixed column widths: every row the same length


def test_csv_columns_follow_metrics(tmp_path):
    (tmp_path / "a.txt").write_text(ONE)
    header = score(tmp_path / "a.txt", "-f", "csv", "-m", "lexical").stdout.splitlines()[0]
    assert header == ("id,lexical.types,lexical.type_token_ratio,lexical.mattr,lexical.mtld,lexical.hdd,lexical.maas_a2,"
                      "lexical.yules_k,lexical.herdan_c,lexical.guiraud_r,lexical.cttr,lexical.msttr,lexical.mtld_ma,warnings")


def test_detail_full_adds_sentences_and_markers(tmp_path):
    (tmp_path / "a.txt").write_text(ONE)
    result = score(tmp_path / "a.txt", "-f", "json", "--detail", "full")
    doc = json.loads(result.stdout)
    assert doc == analyze(ONE, detail="full").to_dict()
    assert [ONE[s["start"]:s["end"]] for s in doc["sentences"]] == ["The council may delay the vote.", "We must act now!"]
    assert isinstance(doc["markers"], list)


def test_metrics_selects_groups(tmp_path):
    (tmp_path / "a.txt").write_text(ONE)
    result = score(tmp_path / "a.txt", "-f", "json", "--metrics", "readability,counts")
    assert list(json.loads(result.stdout)) == ["counts", "readability", "warnings"]


def test_unknown_metric_is_a_usage_error_without_traceback(tmp_path):
    (tmp_path / "a.txt").write_text(ONE)
    result = score(tmp_path / "a.txt", "-m", "astrology")
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and "astrology" in result.stderr
    assert "Traceback" not in result.output


# --- inputs ------------------------------------------------------------------------------------------------------


def test_stdin_dash_and_piped_input(tmp_path):
    expected = dumps(analyze(ONE).to_dict()) + "\n"
    assert score("-", "-f", "json", input=ONE).stdout == expected
    assert score("-f", "json", input=ONE).stdout == expected  # no path, piped input


def test_no_path_and_a_terminal_on_stdin_is_a_usage_error(monkeypatch):
    import textmetrics.cli.score as score_command

    monkeypatch.setattr(score_command, "_stdin_is_terminal", lambda: True)
    result = score()
    assert result.exit_code == 2
    assert result.stderr == "textmetrics: error: no input: give a PATH, or pipe text and use '-'\n"


def test_input_format_reads_jsonl_from_stdin():
    result = score("-", "--input-format", "jsonl", "-f", "jsonl", input=dumps({"id": "x", "text": ONE}) + "\n")
    assert result.exit_code == 0
    assert jsonl(result.stdout) == [{"id": "x", **analyze(ONE).to_dict()}]


def test_text_and_markdown_files_have_their_path_as_id(tmp_path):
    (tmp_path / "a.txt").write_text(ONE)
    (tmp_path / "b.md").write_text(TWO)
    result = score(tmp_path / "a.txt", tmp_path / "b.md", "-f", "jsonl")
    assert [d["id"] for d in jsonl(result.stdout)] == [str(tmp_path / "a.txt"), str(tmp_path / "b.md")]


def test_directories_are_walked_in_order_with_glob(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "b.txt").write_text(TWO)
    (tmp_path / "sub" / "a.txt").write_text(ONE)
    (tmp_path / "c.md").write_text(THREE)
    (tmp_path / ".hidden.txt").write_text(ONE)
    (tmp_path / "notes.rst").write_text(ONE)
    result = score(tmp_path, "-f", "jsonl")
    ids = [os.path.relpath(d["id"], tmp_path) for d in jsonl(result.stdout)]
    assert ids == ["b.txt", "c.md", os.path.join("sub", "a.txt")]
    result = score(tmp_path, "-f", "jsonl", "--glob", "*.md,*.rst")
    assert [os.path.relpath(d["id"], tmp_path) for d in jsonl(result.stdout)] == ["c.md", "notes.rst"]
    result = score(tmp_path, "-f", "jsonl", "-g", "*.md", "-g", "*.rst")
    assert len(jsonl(result.stdout)) == 2


def test_directory_without_matching_files_is_a_record_error(tmp_path):
    (tmp_path / "notes.rst").write_text(ONE)
    result = score(tmp_path, "-f", "jsonl")
    assert result.exit_code == 1
    assert f"{tmp_path}: no files match" in result.stderr


def test_jsonl_text_field_and_id_field(tmp_path):
    write_jsonl(tmp_path / "c.jsonl", [{"doc_id": "first", "body": ONE}, {"body": TWO}])
    result = score(tmp_path / "c.jsonl", "-f", "jsonl", "--text-field", "body", "--id-field", "doc_id")
    assert result.exit_code == 0
    assert jsonl(result.stdout) == [{"id": "first", **analyze(ONE).to_dict()}, {"id": 2, **analyze(TWO).to_dict()}]


def test_line_number_ids_name_the_file_when_several_files_are_read(tmp_path):
    write_jsonl(tmp_path / "a.jsonl", [{"text": ONE}])
    write_jsonl(tmp_path / "b.jsonl", [{"text": TWO}])
    result = score(tmp_path / "a.jsonl", tmp_path / "b.jsonl", "-f", "jsonl")
    assert [d["id"] for d in jsonl(result.stdout)] == [f"{tmp_path / 'a.jsonl'}:1", f"{tmp_path / 'b.jsonl'}:1"]


def test_csv_input_text_column_and_ids(tmp_path):
    path = tmp_path / "c.csv"
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["key", "body", "author"])
        w.writerow(["k1", ONE, "A"])
        w.writerow(["k2", "Two lines\nin one field.", "B"])  # a quoted newline: the row spans lines 3-4
        w.writerow(["", THREE, "C"])
    result = score(path, "-f", "jsonl", "--text-field", "body", "--id-field", "key")
    assert result.exit_code == 0, result.stderr
    docs = jsonl(result.stdout)
    assert [d["id"] for d in docs] == ["k1", "k2", 5]  # an empty id falls back to the row's line
    assert docs[1] == {"id": "k2", **analyze("Two lines\nin one field.").to_dict()}


def test_csv_without_the_text_column(tmp_path):
    (tmp_path / "c.csv").write_text("a,b\n1,2\n")
    result = score(tmp_path / "c.csv", "-f", "jsonl")
    assert result.exit_code == 1
    assert f"{tmp_path / 'c.csv'}:1: no 'text' column (columns: a, b)" in result.stderr


def test_utf8_bom_is_skipped(tmp_path):
    (tmp_path / "a.txt").write_bytes(b"\xef\xbb\xbf" + ONE.encode())
    write_jsonl(tmp_path / "c.jsonl", [{"id": 1, "text": TWO}])
    (tmp_path / "c.jsonl").write_bytes(b"\xef\xbb\xbf" + (tmp_path / "c.jsonl").read_bytes())
    assert score(tmp_path / "a.txt", "-f", "json").stdout == dumps(analyze(ONE).to_dict()) + "\n"
    assert jsonl(score(tmp_path / "c.jsonl", "-f", "jsonl").stdout) == [{"id": 1, **analyze(TWO).to_dict()}]


def test_non_utf8_file_is_one_line_naming_it_and_encoding_option_reads_it(tmp_path):
    text = "Le café était fermé. Nous devons agir."
    (tmp_path / "fr.txt").write_bytes(("First line.\n" + text).encode("latin-1"))
    result = score(tmp_path / "fr.txt", "-f", "json")
    assert result.exit_code == 1
    # é is 0xe9 in Latin-1, on line 2 of the file
    assert f"{tmp_path / 'fr.txt'}:2: not valid utf-8 (byte 0xe9)" in result.stderr
    assert "Traceback" not in result.output
    result = score(tmp_path / "fr.txt", "-f", "json", "--encoding", "latin-1")
    assert result.exit_code == 0
    assert json.loads(result.stdout) == analyze("First line.\n" + text).to_dict()


def test_unknown_encoding_is_a_usage_error(tmp_path):
    (tmp_path / "a.txt").write_text(ONE)
    result = score(tmp_path / "a.txt", "--encoding", "klingon-8")
    assert result.exit_code == 2 and "unknown encoding 'klingon-8'" in result.stderr


def test_missing_path_exits_2_with_one_line(tmp_path):
    result = score(tmp_path / "nope.txt")
    assert result.exit_code == 2
    assert result.stderr == f"textmetrics: error: {tmp_path / 'nope.txt'}: no such file or directory\n"


# --- per-record errors and exit codes ----------------------------------------------------------------------------


def test_300_records_with_three_bad_lines(tmp_path):
    """Issue 6 acceptance: 300 results, the three bad lines named, exit code 1."""
    rows: list = []
    texts = [ONE, TWO, THREE]
    for i in range(300):
        rows.append({"id": f"r{i}", "text": f"{texts[i % 3]} Record {i}."})
        if i == 40:
            rows.append('{"id": "broken", "text": "no closing quote}')  # line 42
        if i == 120:
            rows.append({"id": "no-text"})  # line 123
        if i == 250:
            rows.append('["a", "list"]')  # line 254
    write_jsonl(tmp_path / "c.jsonl", rows)
    result = score(tmp_path / "c.jsonl", "-f", "jsonl")
    assert result.exit_code == 1
    docs = jsonl(result.stdout)
    assert [d["id"] for d in docs] == [f"r{i}" for i in range(300)]
    path = tmp_path / "c.jsonl"
    errors = result.stderr.splitlines()
    assert errors[:3] == [
        # the opening quote of "no closing quote} is the 26th character of the line (hand count)
        f"{path}:42: not valid JSON (unterminated string starting at column 26)",
        f"{path}:123: no 'text' field",
        f"{path}:254: expected a JSON object, got list",
    ]
    assert errors[3] == "textmetrics: 3 of 303 records failed"


def test_empty_file_and_empty_text_are_skipped(tmp_path):
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "blank.jsonl").write_text("\n\n")
    write_jsonl(tmp_path / "c.jsonl", [{"id": 1, "text": "  "}, {"id": 2, "text": 5}, {"id": 3, "text": ONE}])
    result = score(tmp_path / "empty.txt", tmp_path / "blank.jsonl", tmp_path / "c.jsonl", "-f", "jsonl")
    assert result.exit_code == 1
    assert [d["id"] for d in jsonl(result.stdout)] == [3]
    assert result.stderr.splitlines()[:4] == [
        f"{tmp_path / 'empty.txt'}: empty file",
        f"{tmp_path / 'blank.jsonl'}: empty file",
        f"{tmp_path / 'c.jsonl'}:1: empty 'text' field",
        f"{tmp_path / 'c.jsonl'}:2: a non-string 'text' field",
    ]


def test_text_over_the_length_limit_is_a_record_error(tmp_path):
    write_jsonl(tmp_path / "c.jsonl", [{"id": 1, "text": "x" * 51}, {"id": 2, "text": ONE}])
    result = score(tmp_path / "c.jsonl", "-f", "jsonl", env={"TEXTMETRICS_MAX_TEXT_CHARS": "50"})
    assert result.exit_code == 1
    assert [d["id"] for d in jsonl(result.stdout)] == [2]
    assert f"{tmp_path / 'c.jsonl'}:1: text of 51 characters is over the limit of 50" in result.stderr


def test_bad_setting_is_a_configuration_error(tmp_path):
    (tmp_path / "a.txt").write_text(ONE)
    result = score(tmp_path / "a.txt", env={"TEXTMETRICS_MAX_TEXT_CHARS": "lots"})
    assert result.exit_code == 2
    assert result.stderr == "textmetrics: error: TEXTMETRICS_MAX_TEXT_CHARS must be a whole number, got 'lots'\n"


# --- output files ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["json", "csv", "table"])
def test_output_file_is_written_atomically(tmp_path, fmt):
    write_jsonl(tmp_path / "c.jsonl", [{"id": 1, "text": ONE}, {"id": 2, "text": TWO}])
    out = tmp_path / "out" / f"scores.{fmt}"
    out.parent.mkdir()
    out.write_text("old contents")
    result = score(tmp_path / "c.jsonl", "-f", fmt, "-o", out)
    assert result.exit_code == 0 and result.stdout == ""
    assert os.listdir(out.parent) == [out.name]  # the temporary file was renamed, none is left
    assert out.read_text(encoding="utf-8") == score(tmp_path / "c.jsonl", "-f", fmt).stdout


def test_interrupted_run_leaves_the_old_output_and_no_temporary_file(tmp_path, monkeypatch):
    write_jsonl(tmp_path / "c.jsonl", [{"id": 1, "text": ONE}, {"id": 2, "text": TWO}])
    out = tmp_path / "scores.json"
    out.write_text("old contents")
    import textmetrics.cli.outputs as outputs

    def explode(self, record, payload):
        raise KeyboardInterrupt

    monkeypatch.setattr(outputs.JsonWriter, "_add_several", explode)
    result = score(tmp_path / "c.jsonl", "-f", "json", "-o", out)
    assert result.exit_code == 2 and result.stderr == "textmetrics: error: interrupted\n"
    assert out.read_text() == "old contents"
    assert os.listdir(tmp_path) == sorted(["c.jsonl", "scores.json"]) or set(os.listdir(tmp_path)) == {"c.jsonl", "scores.json"}


def test_output_into_a_missing_directory_is_a_usage_error(tmp_path):
    (tmp_path / "a.txt").write_text(ONE)
    result = score(tmp_path / "a.txt", "-f", "json", "-o", tmp_path / "missing" / "x.json")
    assert result.exit_code == 2
    assert result.stderr.startswith(f"textmetrics: error: cannot write {tmp_path / 'missing' / 'x.json'}:")


def test_output_that_is_also_an_input_is_refused(tmp_path):
    write_jsonl(tmp_path / "c.jsonl", [{"id": 1, "text": ONE}])
    result = score(tmp_path / "c.jsonl", "-f", "jsonl", "-o", tmp_path / "c.jsonl")
    assert result.exit_code == 2 and "is also an input" in result.stderr


# --- workers and engines -----------------------------------------------------------------------------------------


def test_two_workers_give_identical_output(tmp_path):
    rows = [{"id": i, "text": f"{[ONE, TWO, THREE][i % 3]} Item {i} of the batch."} for i in range(150)]
    rows.insert(77, "not json")
    write_jsonl(tmp_path / "c.jsonl", rows)
    one = score(tmp_path / "c.jsonl", "-f", "jsonl", "--workers", "1")
    two = score(tmp_path / "c.jsonl", "-f", "jsonl", "-w", "2")
    assert one.exit_code == two.exit_code == 1
    assert two.stdout == one.stdout
    assert two.stderr == one.stderr
    assert [d["id"] for d in jsonl(two.stdout)] == list(range(150))


@pytest.mark.parametrize("fmt", ["json", "csv", "table"])
def test_two_workers_give_identical_output_in_every_format(tmp_path, fmt):
    write_jsonl(tmp_path / "c.jsonl", [{"id": i, "text": [ONE, TWO, THREE][i % 3]} for i in range(40)])
    assert score(tmp_path / "c.jsonl", "-f", fmt, "-w", "2").stdout == score(tmp_path / "c.jsonl", "-f", fmt).stdout


def _die(texts, job=None):
    os._exit(3)  # what the kernel's OOM killer looks like from the pool's side


def test_a_dead_worker_is_one_line_and_exit_2(tmp_path, monkeypatch):
    import textmetrics.cli.runner as runner_module

    monkeypatch.setattr(runner_module, "score_batch", _die)  # forked workers inherit the patch
    write_jsonl(tmp_path / "c.jsonl", [{"id": i, "text": ONE} for i in range(5)])
    result = score(tmp_path / "c.jsonl", "-f", "jsonl", "-w", "2")
    assert result.exit_code == 2
    assert result.stderr == ("textmetrics: error: a worker process died (out of memory, or killed); "
                             "rerun, with --resume for jsonl output\n")


def test_workers_must_be_positive(tmp_path):
    (tmp_path / "a.txt").write_text(ONE)
    assert score(tmp_path / "a.txt", "-w", "0").exit_code == 2


def test_scheduler_needs_the_dask_engine(tmp_path):
    (tmp_path / "a.txt").write_text(ONE)
    result = score(tmp_path / "a.txt", "--scheduler", "tcp://127.0.0.1:8786")
    assert result.exit_code == 2 and result.stderr == "textmetrics: error: --scheduler needs --engine dask\n"


def test_dask_engine_without_dask_installed(tmp_path, monkeypatch):
    import sys

    monkeypatch.setitem(sys.modules, "distributed", None)  # what an environment without the extra looks like
    (tmp_path / "a.txt").write_text(ONE)
    result = score(tmp_path / "a.txt", "--engine", "dask")
    assert result.exit_code == 2
    assert result.stderr == "textmetrics: error: --engine dask needs dask.distributed: pip install 'textmetrics[dask]'\n"


def test_dask_engine_on_an_in_process_cluster_matches_local(tmp_path):
    from distributed import LocalCluster

    rows = [{"id": i, "text": f"{[ONE, TWO, THREE][i % 3]} Number {i}."} for i in range(70)]
    rows.insert(5, {"id": "empty", "text": ""})
    write_jsonl(tmp_path / "c.jsonl", rows)
    local = score(tmp_path / "c.jsonl", "-f", "jsonl")
    # an in-process cluster on loopback TCP (the suite blocks every other address; the inproc transport
    # would look up the machine's public address)
    with LocalCluster(n_workers=1, threads_per_worker=2, processes=False, protocol="tcp", host="127.0.0.1",
                      dashboard_address="127.0.0.1:0", worker_dashboard_address="127.0.0.1:0") as cluster:
        result = score(tmp_path / "c.jsonl", "-f", "jsonl", "--engine", "dask", "--scheduler", cluster.scheduler_address)
    assert result.exit_code == local.exit_code == 1
    assert result.stdout == local.stdout
    assert f"{tmp_path / 'c.jsonl'}:6: empty 'text' field" in result.stderr


def test_dask_engine_without_scheduler_starts_a_loopback_cluster_of_n_workers(tmp_path, monkeypatch):
    import distributed

    made = []
    real = distributed.LocalCluster

    def local_cluster(**kwargs):
        made.append(kwargs)
        # the same cluster in this process (worker processes would take seconds to start here)
        return real(**{**kwargs, "processes": False, "protocol": "tcp"})

    monkeypatch.setattr(distributed, "LocalCluster", local_cluster)
    write_jsonl(tmp_path / "c.jsonl", [{"id": i, "text": ONE} for i in range(3)])
    result = score(tmp_path / "c.jsonl", "-f", "jsonl", "--engine", "dask", "-w", "2")
    assert result.exit_code == 0
    assert result.stdout == score(tmp_path / "c.jsonl", "-f", "jsonl").stdout
    assert made[0]["n_workers"] == 2 and made[0]["host"] == "127.0.0.1" and made[0]["processes"] is True


def test_unreachable_scheduler_is_a_configuration_error(tmp_path, monkeypatch):
    import socket

    import textmetrics.cli.runner

    monkeypatch.setattr(textmetrics.cli.runner, "SCHEDULER_TIMEOUT", "1s")

    with socket.socket() as s:  # a loopback port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    (tmp_path / "a.txt").write_text(ONE)
    result = runner.invoke(app, ["score", str(tmp_path / "a.txt"), "--engine", "dask", "--scheduler",
                                 f"tcp://127.0.0.1:{port}"])
    assert result.exit_code == 2
    assert result.stderr.startswith(f"textmetrics: error: cannot reach the dask scheduler at tcp://127.0.0.1:{port}")
    assert result.stderr.count("\n") == 1


# --- environment defaults ----------------------------------------------------------------------------------------


def test_environment_variables_set_option_defaults(tmp_path):
    write_jsonl(tmp_path / "c.jsonl", [{"id": 1, "body": ONE}, {"id": 2, "body": TWO}])
    env = {"TEXTMETRICS_FORMAT": "jsonl", "TEXTMETRICS_METRICS": "counts", "TEXTMETRICS_DETAIL": "full",
           "TEXTMETRICS_WORKERS": "2", "TEXTMETRICS_TEXT_FIELD": "body"}
    result = score(tmp_path / "c.jsonl", env=env)
    assert result.exit_code == 0, result.stderr
    assert jsonl(result.stdout) == [{"id": 1, **analyze(ONE, metrics=["counts"], detail="full").to_dict()},
                                    {"id": 2, **analyze(TWO, metrics=["counts"], detail="full").to_dict()}]
    # an explicit option wins over the environment
    assert score(tmp_path / "c.jsonl", "-f", "json", env=env).stdout.startswith("[")


def test_bad_environment_value_is_a_usage_error(tmp_path):
    (tmp_path / "a.txt").write_text(ONE)
    result = score(tmp_path / "a.txt", env={"TEXTMETRICS_FORMAT": "xml"})
    assert result.exit_code == 2 and "xml" in result.output


def test_table_with_full_detail_lists_the_hard_sentences(tmp_path):
    # two sentences written for this test: 10 words of 86 letters (ARI 24.08, very hard) and a
    # short one (no grade, ok); the table quotes the very hard one, numbered from 1
    (tmp_path / "a.txt").write_text("Voters deserve complete information before councillors approve expensive "
                                    "construction contracts. We agree.")
    out = score(tmp_path / "a.txt", "--detail", "full").stdout
    section = out.split("Hard sentences\n", 2)[-1]
    assert "very hard" in section and "24.08" in section and "Voters deserve" in section
    assert "We agree" not in section
