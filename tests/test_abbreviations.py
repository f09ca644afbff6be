"""Learned abbreviations: the file format, nltk's PunktTrainer on a corpus, the splitter with a user
list (Python API, CLI, API server), and ``textmetrics abbreviations learn``.

The corpus, tests/data/abbreviations (scientific methods, a court opinion, clinical notes, trial
summaries in txt, md, jsonl and csv), was written for these tests; its abbreviations are the hand
count of its forms with a full stop (Fig. 13 times, Eq. 6, Cal. 4).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

import textmetrics
from textmetrics import Settings
from textmetrics.cli import app as cli_app
from textmetrics.errors import ConfigError, InvalidInputError
from textmetrics.text.abbreviations import (FINAL, GENERAL, TITLE, abbreviation_class,
                                            format_learned, learn_abbreviations, parse_abbreviations,
                                            segmenter_lexicon, user_abbreviations)
from textmetrics.text.normalize import normalize
from textmetrics.text.paragraphs import paragraph_spans
from textmetrics.text.sentences import sentence_spans

CORPUS = Path(__file__).parent / "data" / "abbreviations"
FIGURE = "See Fig. 3 for the results."
runner = CliRunner()

# written for these tests: prose with abbreviations, quotations, lists and numbers, but none of
# the corpus's learned forms (fig, eq, cal)
PLAIN = (
    "Mr. Okafor met Dr. Lind at 9 a.m. in the U.S. Capitol. They talked for approx. an hour. "
    '"Is it done?" she asked. "Not yet. Soon." Then: 1. Draft it 2. Check it 3. Send it. '
    "The bill (No. 42, sec. 3) passed 61-39. Sen. Ruiz voted no! Prices rose 2.5%. Why? Nobody knows...\n\n"
    "Acme Inc. It sells lamps. The St. Louis office opened on Jan. 5. (It was cold.) The end."
)


def sentences(text: str, lexicon=None) -> list[str]:
    norm = normalize(text)
    return [text[s:e] for a, b in paragraph_spans(norm) for s, e in sentence_spans(norm, a, b, lexicon)]


def invoke(*args):
    return runner.invoke(cli_app, [str(a) for a in args], catch_exceptions=False)


@pytest.fixture(scope="module")
def learned_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("abbr") / "learned.abbr"
    result = invoke("abbreviations", "learn", CORPUS, "-o", path)
    assert result.exit_code == 0, result.output
    return path


# --------------------------------------------------------------------------- the file format


def test_parse_classes_counts_and_final_stops() -> None:
    lines = ["# a comment", "", "Fig.\t12", "eq 3", "[number]", "Ref.", "[final]", "mol", "[exclaimed]", "Joomla!"]
    assert parse_abbreviations(lines) == [("Fig", GENERAL), ("eq", GENERAL), ("Ref", "number"), ("mol", FINAL),
                                          ("Joomla!", "exclaimed")]


@pytest.mark.parametrize("lines", [["[nonsense]", "Fig"], ["..."]])
def test_parse_rejects_unknown_classes_and_non_words(lines: list[str]) -> None:
    with pytest.raises(ValueError):
        parse_abbreviations(lines)


def test_user_file_errors_name_the_field(tmp_path: Path) -> None:
    with pytest.raises(InvalidInputError) as missing:
        user_abbreviations(tmp_path / "missing.abbr")
    assert missing.value.field == "abbreviations"
    bad = tmp_path / "bad.abbr"
    bad.write_text("[nonsense]\nFig\n", encoding="utf-8")
    with pytest.raises(InvalidInputError, match="unknown class"):
        user_abbreviations(bad)


def test_a_user_entry_does_not_change_a_built_in_class(tmp_path: Path) -> None:
    path = tmp_path / "mine.abbr"
    path.write_text("Dr\nfig\n", encoding="utf-8")
    lexicon = user_abbreviations(path)
    assert abbreviation_class("Dr", lexicon) == TITLE  # as built in
    assert abbreviation_class("Fig", lexicon) == GENERAL  # a lower-case entry matches capitalised
    assert abbreviation_class("Fig", segmenter_lexicon()) is None


# --------------------------------------------------------------------------- learning


def _corpus_texts() -> list[str]:
    import csv

    texts = [(CORPUS / "methods.txt").read_text("utf-8"), (CORPUS / "opinion.md").read_text("utf-8")]
    texts += [json.loads(line)["text"] for line in (CORPUS / "notes.jsonl").read_text("utf-8").splitlines()]
    with open(CORPUS / "trials.csv", encoding="utf-8", newline="") as fh:
        texts += [row["text"] for row in csv.DictReader(fh)]
    return texts


def test_punkt_learns_the_corpus_abbreviations_the_built_in_list_lacks() -> None:
    # hand count of the corpus: Fig. 13, Eq. 6, Cal. 4; approx. and v. are known already
    assert learn_abbreviations(_corpus_texts()) == [("fig", 13), ("eq", 6), ("cal", 4)]
    assert learn_abbreviations(iter(_corpus_texts()), min_count=5) == [("fig", 13), ("eq", 6)]


def test_a_word_that_only_ends_sentences_is_not_learned() -> None:
    # "UIs." ends both its sentences, and Punkt (which never sees "UIs" without a stop) takes it for
    # an abbreviation; nothing shows the stop inside a sentence, so it is not kept
    texts = ["The study looked at mobile UIs. We propose a fix.", "People use web UIs. Current tools fail."] * 3
    assert ("uis", 6) not in learn_abbreviations(texts, min_count=1)


def test_format_of_a_learned_file() -> None:
    text = format_learned([("fig", 13), ("eq", 6)], 7)
    assert text.startswith("# Abbreviations learned by")
    assert "from\n# 7 documents" in text
    assert text.endswith("fig\t13\neq\t6\n")
    assert parse_abbreviations(text.splitlines()) == [("fig", GENERAL), ("eq", GENERAL)]


# --------------------------------------------------------------------------- the splitter with a learned list


def test_a_learned_file_joins_the_figure_reference_and_changes_nothing_else(learned_file: Path) -> None:
    lexicon = user_abbreviations(learned_file)
    assert sentences(FIGURE) == ["See Fig.", "3 for the results."]
    assert sentences(FIGURE, lexicon) == [FIGURE]
    assert sentences(PLAIN, lexicon) == sentences(PLAIN)  # no fig, eq or cal in it: the same split
    assert sentences(PLAIN) == [  # hand split
        "Mr. Okafor met Dr. Lind at 9 a.m. in the U.S. Capitol.", "They talked for approx. an hour.",
        '"Is it done?" she asked.', '"Not yet.', 'Soon."', "Then: 1. Draft it 2. Check it 3. Send it.",
        "The bill (No. 42, sec. 3) passed 61-39.", "Sen. Ruiz voted no!", "Prices rose 2.5%.", "Why?",
        "Nobody knows...", "Acme Inc.", "It sells lamps.", "The St. Louis office opened on Jan. 5.",
        "(It was cold.)", "The end.",
    ]


def test_analyze_takes_an_abbreviation_file(learned_file: Path) -> None:
    assert textmetrics.analyze(FIGURE, metrics=["counts"]).to_dict()["counts"]["sentences"] == 2
    report = textmetrics.analyze(FIGURE, metrics=["counts"], abbreviations=str(learned_file))
    assert report.to_dict()["counts"]["sentences"] == 1
    with pytest.raises(InvalidInputError) as error:
        textmetrics.analyze(FIGURE, abbreviations="/no/such/file.abbr")
    assert error.value.field == "abbreviations"


def test_the_file_applies_to_its_own_call_only(learned_file: Path) -> None:
    # the abbreviations are an argument of analyze(), not process state: the next call without
    # them splits with the built-in list
    with_file = textmetrics.analyze(FIGURE, metrics=["counts"], abbreviations=str(learned_file)).to_dict()
    without = textmetrics.analyze(FIGURE, metrics=["counts"]).to_dict()
    assert (with_file["counts"]["sentences"], without["counts"]["sentences"]) == (1, 2)


def test_the_setting_is_read_from_the_environment(learned_file: Path) -> None:
    settings = Settings.from_env({"TEXTMETRICS_ABBREVIATIONS": str(learned_file)})
    assert settings.abbreviations == str(learned_file)


# --------------------------------------------------------------------------- the command line


def test_learn_writes_the_file_and_says_what_it_learned(learned_file: Path) -> None:
    text = learned_file.read_text("utf-8")
    assert text.endswith("fig\t13\neq\t6\ncal\t4\n")
    assert "from\n# 7 documents" in text  # 2 files, 3 JSONL records, 2 CSV rows


def test_learn_to_stdout_with_a_minimum_count() -> None:
    result = invoke("abbreviations", "learn", CORPUS / "methods.txt", "--min-count", "3")
    assert result.exit_code == 0
    assert result.stdout.endswith("fig\t7\neq\t4\n")  # hand count in methods.txt
    assert "2 abbreviations learned from 1 document" in result.stderr


def test_learn_names_bad_records_and_exits_1(tmp_path: Path) -> None:
    corpus = tmp_path / "notes.jsonl"
    corpus.write_text((CORPUS / "notes.jsonl").read_text("utf-8") + "{not json\n", encoding="utf-8")
    result = invoke("abbreviations", "learn", corpus, "-o", tmp_path / "out.abbr")
    assert result.exit_code == 1
    assert f"{corpus}:4:" in result.stderr
    assert (tmp_path / "out.abbr").exists()


@pytest.mark.parametrize("args", [["/no/such/dir"], ["--min-count", "0", "x"]])
def test_learn_usage_errors_exit_2_with_one_line(args: list[str]) -> None:
    result = invoke("abbreviations", "learn", *args)
    assert result.exit_code == 2
    assert "Traceback" not in result.output


def test_score_and_report_take_the_file(learned_file: Path, tmp_path: Path) -> None:
    doc = tmp_path / "fig.txt"
    doc.write_text(FIGURE + " It is clear.", encoding="utf-8")

    def sentence_count(*extra) -> int:
        result = invoke("score", doc, "-f", "json", "-m", "counts", *extra)
        assert result.exit_code == 0, result.output
        return json.loads(result.stdout)["counts"]["sentences"]

    assert sentence_count() == 3
    assert sentence_count("--abbreviations", learned_file) == 2
    assert sentence_count("--abbreviations", learned_file, "--workers", "2") == 2  # each worker loads it
    html = tmp_path / "report.html"
    assert invoke("report", doc, "--abbreviations", learned_file, "-o", html).exit_code == 0


def test_score_with_a_bad_file_is_one_error_line(tmp_path: Path) -> None:
    doc, bad = tmp_path / "fig.txt", tmp_path / "bad.abbr"
    doc.write_text(FIGURE, encoding="utf-8")
    bad.write_text("[nonsense]\n", encoding="utf-8")
    result = invoke("score", doc, "--abbreviations", bad)
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and "unknown class" in result.stderr


# --------------------------------------------------------------------------- the API server


def test_the_server_splits_with_its_configured_file(learned_file: Path) -> None:
    from textmetrics.api import create_app

    def count(app) -> int:
        response = app.test_client().post("/v1/score", json={"text": FIGURE, "metrics": ["counts"]})
        assert response.status_code == 200
        return response.get_json()["counts"]["sentences"]

    with_file = create_app({"abbreviations": str(learned_file)})
    without = create_app({})
    assert count(with_file) == 1
    assert count(without) == 2  # the other app's setting does not leak
    assert count(with_file) == 1


def test_the_server_refuses_to_start_with_a_bad_file(tmp_path: Path) -> None:
    from textmetrics.api import create_app

    bad = tmp_path / "bad.abbr"
    bad.write_text("[nonsense]\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="TEXTMETRICS_ABBREVIATIONS"):
        create_app({"abbreviations": str(bad)})
