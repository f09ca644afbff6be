"""``compare``, ``report``, ``metrics``, ``serve``, ``--version``, ``--help``, progress and the
options shared by the commands (``--lexicon``, ``--include-quoted``, ``--no-progress``)."""

from __future__ import annotations

import io
import json
import re
import sys
import types

import pytest
from typer.testing import CliRunner

import textmetrics
from textmetrics import analyze
from textmetrics.cli import app
from textmetrics.cli.compare import change_words
from textmetrics.cli.inputs import ReadProgress
from textmetrics.cli.meaning import describe, grade_words
from textmetrics.cli.progress import Progress, format_duration
from textmetrics.cli.report import embed_json, render_report, report_csp

runner = CliRunner()

DRAFT_A = "One two three."
DRAFT_B = "One two three four five. Six seven eight."


def invoke(*args, **kwargs):
    return runner.invoke(app, [str(a) for a in args], catch_exceptions=False, **kwargs)


# --- compare -----------------------------------------------------------------------------------------------------


def test_compare_json_gives_both_documents_and_the_changes(tmp_path):
    (tmp_path / "a.txt").write_text(DRAFT_A)
    (tmp_path / "b.txt").write_text(DRAFT_B)
    result = invoke("compare", tmp_path / "a.txt", tmp_path / "b.txt", "-f", "json")
    assert result.exit_code == 0
    obj = json.loads(result.stdout)
    assert obj["a"] == {"id": str(tmp_path / "a.txt"), **analyze(DRAFT_A).to_dict()}
    assert obj["b"] == {"id": str(tmp_path / "b.txt"), **analyze(DRAFT_B).to_dict()}
    changes = {c["metric"]: c for c in obj["changes"]}
    # hand count: 3 words and 1 sentence against 8 words and 2 sentences
    assert changes["counts.words"] == {"metric": "counts.words", "name": "Words", "a": 3, "b": 8, "change": 5,
                                       "meaning": "more of it"}
    assert changes["counts.sentences"]["change"] == 1
    fk = changes["readability.flesch_kincaid_grade"]
    assert fk["change"] == round(fk["b"] - fk["a"], 4)
    assert fk["meaning"] == ("harder to read" if fk["change"] > 0 else "easier to read")


def test_compare_and_report_refuse_a_text_over_the_limit_as_a_failed_record(tmp_path):
    # the same limit and message as a record of `score` (tests/test_cli_score.py): exit 1, not 2
    (tmp_path / "a.txt").write_text(DRAFT_A)
    (tmp_path / "b.txt").write_text(DRAFT_B)
    env = {"TEXTMETRICS_MAX_TEXT_CHARS": "20"}  # DRAFT_A has 14 characters, DRAFT_B 41
    line = f"{tmp_path / 'b.txt'}: text of 41 characters is over the limit of 20 (TEXTMETRICS_MAX_TEXT_CHARS)\n"
    result = invoke("compare", tmp_path / "a.txt", tmp_path / "b.txt", env=env)
    assert (result.exit_code, result.stdout, result.stderr) == (1, "", line)
    result = invoke("report", tmp_path / "b.txt", env=env)
    assert (result.exit_code, result.stdout, result.stderr) == (1, "", line)


def test_compare_table_fits_80_columns_with_metrics_option(tmp_path):
    (tmp_path / "a.txt").write_text(DRAFT_A)
    (tmp_path / "b.txt").write_text(DRAFT_B)
    result = invoke("compare", tmp_path / "a.txt", tmp_path / "b.txt", "--metrics", "counts")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert max(len(line) for line in lines) <= 80
    words = next(line for line in lines if "│ Words" in line)
    assert [cell.strip() for cell in words.split("│")[1:-1]] == ["Words", "3", "8", "+5", "more of it"]
    assert not any("Flesch" in line for line in lines)


def test_compare_reads_one_side_from_stdin_and_refuses_two(tmp_path):
    (tmp_path / "b.txt").write_text(DRAFT_B)
    result = invoke("compare", "-", tmp_path / "b.txt", "-f", "json", input=DRAFT_A)
    assert json.loads(result.stdout)["a"]["counts"]["words"] == 3
    result = invoke("compare", "-", "-", input=DRAFT_A)
    assert result.exit_code == 2 and "only one of A and B" in result.stderr


def test_compare_empty_file_and_missing_file(tmp_path):
    (tmp_path / "a.txt").write_text("")
    (tmp_path / "b.txt").write_text(DRAFT_B)
    result = invoke("compare", tmp_path / "a.txt", tmp_path / "b.txt")
    assert result.exit_code == 1 and result.stderr == f"{tmp_path / 'a.txt'}: empty file\n"
    result = invoke("compare", tmp_path / "none.txt", tmp_path / "b.txt")
    assert result.exit_code == 2 and "no such file" in result.stderr


def test_compare_refuses_a_directory(tmp_path):
    (tmp_path / "b.txt").write_text(DRAFT_B)
    result = invoke("compare", tmp_path, tmp_path / "b.txt")
    assert result.exit_code == 2
    assert result.stderr == f"textmetrics: error: {tmp_path}: give a file (or '-'), not a directory\n"


def test_compare_encoding_option(tmp_path):
    (tmp_path / "a.txt").write_bytes("Un café fermé.".encode("latin-1"))
    (tmp_path / "b.txt").write_text(DRAFT_B)
    result = invoke("compare", tmp_path / "a.txt", tmp_path / "b.txt", "-f", "json", "--encoding", "latin-1")
    assert result.exit_code == 0
    assert json.loads(result.stdout)["a"]["counts"] == analyze("Un café fermé.").to_dict()["counts"]


def test_change_words():
    assert change_words(2.0, "harder to read") == "harder to read"
    assert change_words(-2.0, "harder to read") == "easier to read"
    assert change_words(0, "harder to read") == ""
    assert change_words(0.004, "harder to read") == ""  # shows as 0.00: no direction worth stating
    assert change_words(-1, "more hedging") == "less hedging"
    assert change_words(-1, "a more tentative, qualified text") == "a less tentative, qualified text"
    assert change_words(-1, "longer to read") == "quicker to read"
    assert change_words(-1, "not ordered") == "opposite of: not ordered"


# --- report ------------------------------------------------------------------------------------------------------

HOSTILE = 'He wrote "<script>alert(1)</script>" & left. We must surely act now! Who pays?'


def _report_data(page: str) -> dict:
    block = re.search(r'<script type="application/json" id="tm-data">(.*?)</script>', page, re.S)
    return json.loads(block.group(1))


def test_report_is_self_contained_and_escaped(tmp_path):
    (tmp_path / "t.txt").write_text(HOSTILE)
    out = tmp_path / "report.html"
    result = invoke("report", tmp_path / "t.txt", "-o", out)
    assert result.exit_code == 0 and result.stdout == ""
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>")
    # the text's markup appears only inside the JSON block, with every < > & escaped
    assert "<script>alert(1)" not in page and "\\u003cscript\\u003ealert(1)" in page
    assert page.count("<script") == 3  # the data block, render.js, report.js
    data = _report_data(page)
    assert data["text"] == HOSTILE and data["doc"]["markers"] and data["rules"] and data["catalogue"]
    assert not re.search(r"(src|href)=", page)  # no external assets at all
    assert "<link" not in page and "@import" not in page


def test_report_policy_allows_exactly_its_inline_script_and_style(tmp_path):
    (tmp_path / "t.txt").write_text(HOSTILE)
    page = invoke("report", tmp_path / "t.txt").stdout
    scripts = re.findall(r"<script>(.*?)</script>", page, re.S)
    styles = re.findall(r"<style>(.*?)</style>", page, re.S)
    assert len(scripts) == 2 and len(styles) == 1
    csp = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]*)">', page).group(1)
    assert csp.replace("&#x27;", "'") == report_csp(scripts, styles)
    assert "unsafe-inline" not in csp and "default-src &#x27;none&#x27;" in csp


def test_report_embeds_the_full_result(tmp_path):
    (tmp_path / "t.txt").write_text(HOSTILE)
    data = _report_data(invoke("report", tmp_path / "t.txt").stdout)
    doc = analyze(HOSTILE, detail="full").to_dict()
    assert data["doc"]["sentences"] == doc["sentences"] and data["doc"]["markers"] == doc["markers"]


def test_report_options_metrics_encoding_and_missing_file(tmp_path):
    (tmp_path / "t.txt").write_bytes("Le café. Nous devons agir!".encode("latin-1"))
    result = invoke("report", tmp_path / "t.txt", "--encoding", "latin-1", "--metrics", "readability")
    assert result.exit_code == 0
    data = _report_data(result.stdout)
    assert data["text"] == "Le café. Nous devons agir!" and "sentiment" not in data["doc"]
    assert invoke("report", tmp_path / "missing.txt").exit_code == 2


def test_embed_json_cannot_close_its_block():
    value = {"t": "</script><!-- & \u2028 \u2029 -->"}
    text = embed_json(value)
    assert not re.search("[<>&\u2028\u2029]", text)
    assert json.loads(text) == value
    page = render_report("x </script> y", {"warnings": []}, "</title><b>")
    assert "</title><b>" not in page and "&lt;/title&gt;&lt;b&gt;" in page


# --- metrics, serve, version, help -------------------------------------------------------------------------------


def test_metrics_json_is_the_catalogue():
    result = invoke("metrics", "-f", "json")
    assert json.loads(result.stdout) == {"metrics": [m.to_dict() for m in textmetrics.catalogue()]}


def test_metrics_table_and_group_filter():
    result = invoke("metrics", "--group", "lexical")
    assert result.exit_code == 0
    assert max(len(line) for line in result.stdout.splitlines()) <= 80
    assert "MTLD" in result.stdout and "Flesch" not in result.stdout
    assert invoke("metrics", "-g", "astrology").exit_code == 2


def test_serve_calls_the_api_server(monkeypatch):
    calls = []
    fake = types.ModuleType("textmetrics.api.serve")
    fake.run = lambda **kwargs: calls.append(kwargs)
    monkeypatch.setitem(sys.modules, "textmetrics.api.serve", fake)
    assert invoke("serve").exit_code == 0
    assert invoke("serve", "--host", "0.0.0.0", "--port", "9000", "--workers", "3").exit_code == 0
    assert invoke("serve", env={"TEXTMETRICS_PORT": "8123"}).exit_code == 0
    assert calls == [{"host": "127.0.0.1", "port": 8000, "workers": 2},
                     {"host": "0.0.0.0", "port": 9000, "workers": 3},
                     {"host": "127.0.0.1", "port": 8123, "workers": 2}]
    assert invoke("serve", "--port", "70000").exit_code == 2


def test_version():
    result = invoke("--version")
    assert result.stdout == f"textmetrics {textmetrics.__version__}\n"


@pytest.mark.parametrize("command", ["score", "compare", "report", "metrics", "serve"])
def test_every_command_has_help_with_examples(command):
    result = runner.invoke(app, [command, "--help"], env={"COLUMNS": "80"})
    assert result.exit_code == 0
    assert "Examples:" in result.stdout and f"textmetrics {command}" in result.stdout
    assert max(len(line) for line in result.stdout.splitlines()) <= 80


def test_shell_completion_is_offered():
    assert "--install-completion" in runner.invoke(app, ["--help"]).stdout


# --- shared options ----------------------------------------------------------------------------------------------


def test_lexicon_option_rejects_a_bad_file_once(tmp_path):
    bad = tmp_path / "lex.tsv"
    bad.write_text("astrology\tby the stars\tomen\n")
    (tmp_path / "a.txt").write_text(DRAFT_A)
    for command in (["score", tmp_path / "a.txt"], ["report", tmp_path / "a.txt"],
                    ["compare", tmp_path / "a.txt", tmp_path / "a.txt"]):
        result = invoke(*command, "--lexicon", bad)
        assert result.exit_code == 2, command
        assert result.stderr.count("\n") == 1 and "unknown category 'astrology'" in result.stderr
    result = invoke("score", tmp_path / "a.txt", "--lexicon", tmp_path / "missing.tsv")
    assert result.exit_code == 2


def test_lexicon_and_include_quoted_reach_analyze(tmp_path, monkeypatch):
    lexicon = tmp_path / "lex.tsv"
    lexicon.write_text("hedge\tby and large\tapproximator\n")
    (tmp_path / "a.txt").write_text(DRAFT_A)
    seen = []
    real = textmetrics.analyze

    def spy(text, **kwargs):
        seen.append((kwargs["lexicon"], kwargs["include_quoted"]))
        return real(text, **kwargs)

    import textmetrics.cli.runner as cli_runner

    monkeypatch.setattr(cli_runner, "analyze", spy)
    monkeypatch.setattr(textmetrics, "analyze", spy)
    assert invoke("score", tmp_path / "a.txt", "--lexicon", lexicon, "--include-quoted").exit_code == 0
    assert invoke("report", tmp_path / "a.txt", "--lexicon", lexicon, "--include-quoted").exit_code == 0
    assert invoke("compare", tmp_path / "a.txt", tmp_path / "a.txt", "--include-quoted").exit_code == 0
    assert invoke("score", tmp_path / "a.txt", env={"TEXTMETRICS_LEXICON": str(lexicon),
                                                    "TEXTMETRICS_INCLUDE_QUOTED": "1"}).exit_code == 0
    path = str(lexicon)
    # score analyses an empty probe text to check the options, then the document
    assert seen == [(path, True), (path, True), (path, True), (None, True), (None, True), (path, True), (path, True)]


def test_no_progress_option(tmp_path, monkeypatch):
    import textmetrics.cli.score as score_command

    enabled = []

    class Spy(Progress):
        def __init__(self, read, **kwargs):
            enabled.append(kwargs.get("enabled"))
            super().__init__(read, **kwargs)

    monkeypatch.setattr(score_command, "Progress", Spy)
    (tmp_path / "a.txt").write_text(DRAFT_A)
    invoke("score", tmp_path / "a.txt")
    invoke("score", tmp_path / "a.txt", "--no-progress")
    invoke("score", tmp_path / "a.txt", "--progress")
    assert enabled == [None, False, None]  # None: decided by whether stderr is a terminal


# --- progress and meanings ---------------------------------------------------------------------------------------


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_line_on_a_terminal():
    now = [100.0]
    read = ReadProgress(bytes_read=0, total_bytes=1000)
    bar = Progress(read, stream=FakeTerminal(), clock=lambda: now[0])
    assert bar.enabled
    for _ in range(120):
        bar.update()
    bar.update(ok=False)
    now[0] = 102.0
    read.bytes_read = 250
    # 120 documents in 2 s = 60/s; a quarter of the bytes took 2 s, the other three quarters take 6 s
    assert bar.line() == "120 documents  60/s  1 failed  ETA 0:06"
    bar.update()
    assert bar.stream.getvalue().endswith("\r\x1b[K121 documents  60/s  1 failed  ETA 0:06")
    bar.clear()
    assert bar.stream.getvalue().endswith("\r\x1b[K")


def test_progress_is_silent_when_stderr_is_not_a_terminal():
    stream = io.StringIO()
    bar = Progress(ReadProgress(), stream=stream)
    bar.update()
    bar.clear()
    assert not bar.enabled and stream.getvalue() == ""


def test_format_duration():
    assert format_duration(83) == "1:23"
    assert format_duration(3723) == "1:02:03"


def test_meanings_follow_the_published_bands():
    # Flesch (1948): 60-70 is standard, 30-50 difficult
    assert describe("readability.flesch_reading_ease", 65.0) == "standard (grades 8-9)"
    assert describe("readability.flesch_reading_ease", 45.0) == "difficult (college)"
    # Chall & Dale (1995): 7.0-7.9 is grades 9-10
    assert describe("readability.dale_chall", 7.3) == "grades 9-10"
    # Björnsson: LIX 40-50 medium; Anderson (1983): RIX 3.7 starts grade 9
    assert describe("readability.lix", 45) == "medium"
    assert describe("readability.rix", 3.7) == "grade 9"
    assert describe("readability.flesch_kincaid_grade", 8.4) == "grade 8 (age 13-14)"
    assert describe("readability.reading_time_seconds", 163.6) == "about 2 min 44 s of reading"
    assert describe("readability.gunning_fog", None) == "undefined for this text"
    assert grade_words(14.2) == "college, year 2" and grade_words(0.4) == "below grade 1"
    assert grade_words(17) == "graduate level"


QUOTED = 'Pending review, the plan works. He said "we may win" today.'  # a house-style hedge


def test_lexicon_adds_the_users_markers(tmp_path):
    lexicon = tmp_path / "lex.tsv"
    lexicon.write_text("hedge\tpending review\tapproximator\n")
    (tmp_path / "q.txt").write_text(QUOTED)
    with_lexicon = json.loads(invoke("score", tmp_path / "q.txt", "-f", "json", "-d", "full", "--lexicon", lexicon).stdout)
    without = json.loads(invoke("score", tmp_path / "q.txt", "-f", "json", "-d", "full").stdout)
    spans = [(m["category"], m["subtype"], m["start"], m["end"], m["text"]) for m in with_lexicon["markers"]]
    assert ("hedge", "approximator", 0, 14, "Pending review") in spans
    assert not any(m["start"] == 0 for m in without["markers"])
    assert with_lexicon == analyze(QUOTED, detail="full", lexicon=str(lexicon)).to_dict()


def test_sentiment_quoted_option_reaches_analyze(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text(DRAFT_A)
    seen = []
    real = textmetrics.analyze

    def spy(text, **kwargs):
        seen.append(kwargs["sentiment_include_quoted"])
        return real(text, **kwargs)

    import textmetrics.cli.runner as cli_runner

    monkeypatch.setattr(cli_runner, "analyze", spy)
    assert invoke("score", tmp_path / "a.txt").exit_code == 0
    assert invoke("score", tmp_path / "a.txt", "--no-sentiment-quoted").exit_code == 0
    assert invoke("report", tmp_path / "a.txt", "--no-sentiment-quoted").exit_code == 0
    assert invoke("compare", tmp_path / "a.txt", tmp_path / "a.txt", "--no-sentiment-quoted").exit_code == 0
    assert invoke("score", tmp_path / "a.txt", env={"TEXTMETRICS_SENTIMENT_INCLUDE_QUOTED": "0"}).exit_code == 0
    assert invoke("score", tmp_path / "a.txt", "--sentiment-quoted",
                  env={"TEXTMETRICS_SENTIMENT_INCLUDE_QUOTED": "0"}).exit_code == 0
    # score analyses an empty probe text to check the options, then the document; compare two documents
    assert seen == [True, True, False, False, False, False, False, False, False, True, True]


def test_no_sentiment_quoted_leaves_quoted_words_out_of_the_score(tmp_path):
    # hand count (tests/test_sentiment_evidence.py, MINISTER): 0.3182 with "disaster" inside the
    # quotation counted (vaderSentiment's compound too), 2.85 / sqrt(2.85² + 15) = 0.5927 without it
    (tmp_path / "m.txt").write_text('The minister called the plan "a disaster", but the figures look good.')
    base = ["score", tmp_path / "m.txt", "-f", "json", "-m", "sentiment", "--detail", "full"]
    default = json.loads(invoke(*base).stdout)
    author = json.loads(invoke(*base, "--no-sentiment-quoted").stdout)
    assert (default["sentiment"]["score"], author["sentiment"]["score"]) == (0.3182, 0.5927)
    assert "counted" not in default["sentiment_words"][0]
    assert [(w["word"], w["counted"]) for w in author["sentiment_words"]] == [("disaster", False), ("good", True)]
    compared = json.loads(invoke("compare", tmp_path / "m.txt", tmp_path / "m.txt", "-f", "json", "-m", "sentiment",
                                 "--no-sentiment-quoted").stdout)
    assert compared["a"]["sentiment"]["score"] == 0.5927


def test_include_quoted_counts_hedges_inside_quotations(tmp_path):
    lexicon = tmp_path / "lex.tsv"
    lexicon.write_text("hedge\tpending review\tapproximator\n")
    (tmp_path / "q.txt").write_text(QUOTED)
    base = ["score", tmp_path / "q.txt", "-f", "json", "--lexicon", lexicon, "-m", "hedging"]
    author = json.loads(invoke(*base).stdout)["hedging"]
    everyone = json.loads(invoke(*base, "--include-quoted").stdout)["hedging"]
    # hand count: 11 words; "Pending review" is the author's hedge, "may" is inside the quotation:
    # 1/11 and 2/11 per 1,000 words
    assert (author["count"], author["per_1000_words"]) == (1, 90.9091)
    assert (everyone["count"], everyone["per_1000_words"]) == (2, 181.8182)


def test_full_detail_table_lists_markers_with_sentence_numbers(tmp_path):
    (tmp_path / "q.txt").write_text(QUOTED)
    result = invoke("score", tmp_path / "q.txt", "--detail", "full")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert max(len(line) for line in lines) <= 80
    # "we" opens the quotation in the second sentence
    row = next(line for line in lines if line.split()[:2] == ["first_person_plural", "we"])
    assert row.split()[2:] == ["2", "yes"]


def test_atomic_output_gets_ordinary_file_permissions(tmp_path):
    # mkstemp creates 0600 files; the final file must follow the umask like any other (0644 under 022).
    import os
    from typer.testing import CliRunner

    from textmetrics.cli import app

    (tmp_path / "a.txt").write_text("A short text. It has two sentences.\n", encoding="utf-8")
    old = os.umask(0o022)
    try:
        result = CliRunner().invoke(app, ["score", str(tmp_path / "a.txt"), "-f", "json", "-o", str(tmp_path / "out.json")])
    finally:
        os.umask(old)
    assert result.exit_code == 0
    assert (tmp_path / "out.json").stat().st_mode & 0o777 == 0o644
