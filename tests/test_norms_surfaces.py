"""Reference norms through the API (the ``norms`` request field, ``GET /v1/norms``, configured norms
files) and the CLI (``--norms`` on score and report, ``textmetrics norms build`` and ``list``).
Every API response is validated against openapi.yaml by the spec client."""

from __future__ import annotations

import csv
import io
import json

import pytest
from typer.testing import CliRunner

from textmetrics import analyze, norms
from textmetrics.api import create_app
from textmetrics.cli import app
from textmetrics.config import Settings
from textmetrics.errors import ConfigError
from api_support import make_client

runner = CliRunner()
TEXT = "We may never know the full cost. But surely we must act now!"
# A small corpus written here (tests never read the reference corpora): 36 short documents
SENTENCES = ["We may never know the full cost.", "But surely we must act now!", "Perhaps the council will wait.",
             "The report, according to its authors, is clear.", "Nobody should pay twice for one road.",
             "It seems likely that fares will rise.", "Why would anyone object?", "We believe the plan works."]
CORPUS = [{"id": f"doc-{i}", "text": " ".join(SENTENCES[j % len(SENTENCES)] for j in range(i, i + 2 + i % 5))}
          for i in range(36)]


def invoke(*args, **kwargs):
    return runner.invoke(app, [str(a) for a in args], catch_exceptions=False, **kwargs)


@pytest.fixture(scope="module")
def client():
    return make_client()


def _write_corpus(path) -> None:
    path.write_text("".join(json.dumps(doc) + "\n" for doc in CORPUS), encoding="utf-8")


def _expected_file(name: str, docs: list[dict], built: str, held_out: str | None = None) -> str:
    """What the builder gives in-process for ``docs``: the CLI must write exactly this."""
    builder = norms.TableBuilder()
    for doc in docs:
        builder.add(norms.values_of(analyze(doc["text"]).to_dict()))
    return norms.dumps(builder.build(name, built, held_out=held_out))


# --- API -------------------------------------------------------------------------------------------------------


def test_score_with_norms_adds_percentiles_per_reference(client):
    response = client.post("/v1/score", json={"text": TEXT, "metrics": ["hedging"], "norms": ["editorials", "news"]})
    assert response.status_code == 200
    body = response.get_json()
    assert body == analyze(TEXT, metrics=["hedging"], norms=["editorials", "news"]).to_dict()
    assert list(body["percentiles"]) == ["editorials", "news"]
    assert set(body["percentiles"]["news"]) == {m for m in norms.numeric_metrics() if m.startswith("hedging.")}


def test_batch_with_one_name(client):
    response = client.post("/v1/score/batch", json={"items": [{"id": "a", "text": TEXT}], "norms": "tweets"})
    assert response.status_code == 200
    result = response.get_json()["results"][0]
    assert list(result["percentiles"]) == ["tweets"]


@pytest.mark.parametrize("value", ["nope", ["news", "nope"], [], "../../etc/passwd", 3, ["news", "news"]])
def test_a_bad_norms_value_is_a_422_naming_the_field(client, value):
    response = client.post("/v1/score", json={"text": TEXT, "norms": value})
    assert response.status_code == 422
    assert response.get_json()["field"] == "norms"
    batch = client.post("/v1/score/batch", json={"items": [{"text": TEXT}], "norms": value})
    assert batch.status_code == 422 and batch.get_json()["field"] == "norms"


def test_the_spec_names_the_built_in_references():
    from api_support import SPEC

    assert SPEC["components"]["schemas"]["BuiltInNorm"]["enum"] == list(norms.BUILTIN)


def test_norms_lists_the_references(client):
    response = client.get("/v1/norms")
    assert response.status_code == 200
    references = response.get_json()["references"]
    assert [r["id"] for r in references] == list(norms.BUILTIN)
    editorials = references[0]
    assert editorials == norms.builtin("editorials").summary() and editorials["built_in"] is True
    assert "Al-Khatib" in editorials["attribution"]


def test_the_server_loads_configured_norms_files(tmp_path):
    corpus = tmp_path / "corpus.jsonl"
    _write_corpus(corpus)
    assert invoke("norms", "build", corpus, "--name", "letters", "-o", tmp_path / "letters.json").exit_code == 0
    client = make_client(norms_files=(str(tmp_path / "letters.json"),))
    listed = client.get("/v1/norms").get_json()["references"]
    assert [r["id"] for r in listed][-1] == "letters" and listed[-1]["built_in"] is False
    response = client.post("/v1/score", json={"text": TEXT, "norms": "letters"})
    assert response.status_code == 200 and "letters" in response.get_json()["percentiles"]


def test_a_bad_configured_norms_file_stops_the_server(tmp_path, monkeypatch):
    (tmp_path / "bad.json").write_text("{}")
    with pytest.raises(ConfigError, match="TEXTMETRICS_NORMS_FILES"):
        create_app(Settings(norms_files=(str(tmp_path / "bad.json"),), log_level="WARNING"))
    monkeypatch.setenv("TEXTMETRICS_NORMS_FILES", f"{tmp_path / 'a.json'}, {tmp_path / 'b.json'}")
    assert Settings.from_env().norms_files == (str(tmp_path / "a.json"), str(tmp_path / "b.json"))


# --- CLI: --norms ----------------------------------------------------------------------------------------------


def test_score_table_shows_the_percentile_beside_each_value(tmp_path):
    (tmp_path / "a.txt").write_text(TEXT)
    result = invoke("score", tmp_path / "a.txt", "--norms", "editorials", "-m", "hedging")
    assert result.exit_code == 0
    p = analyze(TEXT, metrics=["hedging"], norms="editorials").to_dict()["percentiles"]["editorials"]
    # the row of the rate, its wrapped meaning joined up: from its name to the next row's
    row = result.stdout.split("Hedges per 1,000 words")[1].split("Hedged sentence ratio")[0]
    assert f"p{p['hedging.per_1000_words']:.0f} among editorials" in " ".join(row.split())


def test_score_csv_and_jsonl_carry_percentile_columns(tmp_path):
    (tmp_path / "a.txt").write_text(TEXT)
    rows = list(csv.DictReader(io.StringIO(invoke("score", tmp_path / "a.txt", "-f", "csv", "-m", "lexical",
                                                  "--norms", "editorials,news").stdout)))
    doc = analyze(TEXT, metrics=["lexical"], norms=["editorials", "news"]).to_dict()
    lexical = [m for m in norms.numeric_metrics() if m.startswith("lexical.")]
    header = list(rows[0])
    # the flat columns are percentile.<reference>.<metric id>, after the metrics and before warnings
    assert header[-1 - 2 * len(lexical):-1] == ([f"percentile.editorials.{m}" for m in lexical]
                                                + [f"percentile.news.{m}" for m in lexical])
    assert rows[0]["percentile.news.lexical.mtld"] == str(doc["percentiles"]["news"]["lexical.mtld"])
    assert "percentile.editorials.lexical.types" in rows[0]
    assert not any(c.startswith("percentiles.") for c in header)
    # jsonl is the nested document object: its "percentiles" object keeps its name
    line = invoke("score", tmp_path / "a.txt", "-f", "jsonl", "--norms", "news", "--norms", "tweets").stdout
    assert list(json.loads(line)["percentiles"]) == ["news", "tweets"]


def test_report_shows_percentiles(tmp_path):
    (tmp_path / "a.txt").write_text(TEXT)
    result = invoke("report", tmp_path / "a.txt", "--norms", "speeches", "-o", tmp_path / "r.html")
    assert result.exit_code == 0
    assert "among speeches" in (tmp_path / "r.html").read_text()


@pytest.mark.parametrize(("value", "message"), [
    ("nope", "unknown norms 'nope'"),
    ("missing.json", "cannot read norms file missing.json"),
])
def test_a_bad_norms_option_is_one_line_and_exit_2(tmp_path, value, message):
    (tmp_path / "a.txt").write_text(TEXT)
    for command in ("score", "report"):
        result = invoke(command, tmp_path / "a.txt", "--norms", value)
        assert result.exit_code == 2
        assert result.stderr.startswith("textmetrics: error: ") and message in result.stderr
        assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr


# --- CLI: norms build and list ---------------------------------------------------------------------------------


def test_norms_build_writes_what_the_builder_gives(tmp_path):
    corpus = tmp_path / "corpus.jsonl"
    _write_corpus(corpus)
    one = invoke("norms", "build", corpus, "--name", "letters", "--date", "2026-01-02", "-o", tmp_path / "1.json")
    two = invoke("norms", "build", corpus, "--name", "letters", "--date", "2026-01-02", "-o", tmp_path / "2.json",
                 "--workers", "2")
    assert one.exit_code == two.exit_code == 0
    expected = _expected_file("letters", CORPUS, "2026-01-02")
    assert (tmp_path / "1.json").read_text() == (tmp_path / "2.json").read_text() == expected
    assert "36 documents" in one.stderr


def test_norms_build_hold_out_leaves_out_the_crc32_fifth(tmp_path):
    corpus = tmp_path / "corpus.jsonl"
    _write_corpus(corpus)
    kept = [d for d in CORPUS if not norms.held_out(d["id"])]
    assert 0 < len(kept) < len(CORPUS)
    result = invoke("norms", "build", corpus, "--name", "letters", "--date", "2026-01-02", "--hold-out",
                    "-o", tmp_path / "h.json")
    assert result.exit_code == 0
    note = norms.held_out_note(len(CORPUS) - len(kept), len(CORPUS))
    assert (tmp_path / "h.json").read_text() == _expected_file("letters", kept, "2026-01-02", note)


def test_a_built_file_is_usable_with_norms(tmp_path):
    corpus = tmp_path / "corpus.jsonl"
    _write_corpus(corpus)
    invoke("norms", "build", corpus, "--name", "letters", "-o", tmp_path / "letters.json")
    (tmp_path / "a.txt").write_text(TEXT)
    doc = json.loads(invoke("score", tmp_path / "a.txt", "-f", "json", "--norms", tmp_path / "letters.json").stdout)
    direct = analyze(TEXT, norms=str(tmp_path / "letters.json"))["percentiles"]
    assert doc["percentiles"]["letters"] == direct["letters"]
    listed = json.loads(invoke("norms", "list", tmp_path / "letters.json", "-f", "json").stdout)["references"]
    assert [r["id"] for r in listed] == [*norms.BUILTIN, "letters"]


def test_norms_build_names_bad_records_and_exits_1(tmp_path):
    corpus = tmp_path / "corpus.jsonl"
    _write_corpus(corpus)
    with open(corpus, "a") as stream:
        stream.write("not json\n")
    result = invoke("norms", "build", corpus, "--name", "letters", "-o", tmp_path / "n.json")
    assert result.exit_code == 1
    assert f"{corpus}:37: not valid JSON" in result.stderr
    assert json.loads((tmp_path / "n.json").read_text())["documents"] == 36


@pytest.mark.parametrize(("args", "message"), [
    (["--name", "Bad Name"], "not a usable reference name"),
    ([], "--name is required"),
    (["--name", "ok", "--date", "yesterday"], "--date must be YYYY-MM-DD"),
])
def test_norms_build_usage_errors_are_one_line_and_exit_2(tmp_path, args, message):
    corpus = tmp_path / "corpus.jsonl"
    _write_corpus(corpus)
    result = invoke("norms", "build", corpus, *args)
    assert result.exit_code == 2 and message in result.stderr and result.stderr.count("\n") == 1


def test_norms_list_names_each_reference_and_its_source():
    result = invoke("norms", "list")
    assert result.exit_code == 0
    for name in norms.BUILTIN:
        assert f"\n  {name} " in result.stdout
    assert "Barbieri" in result.stdout and "CC BY 4.0" in result.stdout
