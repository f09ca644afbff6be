"""textmetrics.frame: score_frame / score_frames / columns / spark_schema.

Expected values come from ``flatten(analyze(text).to_dict())`` for the same text (what the CLI's
jsonl writes), and from hand counts of a hand-written text.
"""

from __future__ import annotations

import math
import subprocess
import sys

import pytest

import pandas as pd

from textmetrics import InvalidInputError, analyze, catalogue  # noqa: E402
from textmetrics.report import flatten  # noqa: E402
from textmetrics.frame import columns, dtypes, empty_frame, score_frame, score_frames, spark_schema  # noqa: E402

TEXTS = [
    "The cat sat on the mat. It was clearly a very good cat!",
    "Results may suggest that the method is perhaps somewhat effective. We must act now.",
    "The report was written by the committee. Mistakes were made.",
]


def _same(got, want) -> bool:
    if want is None:
        return got is None or got is pd.NA or (isinstance(got, float) and math.isnan(got))
    if isinstance(want, float):
        return math.isclose(float(got), want, rel_tol=0, abs_tol=1e-12)
    return got == want


@pytest.fixture(scope="module")
def frame():
    return pd.DataFrame({"text": TEXTS, "topic": ["pets", "science", "politics"]}, index=["a", "b", "c"])


def test_values_equal_the_document_object(frame):
    out = score_frame(frame)
    assert list(out.index) == ["a", "b", "c"]
    assert list(out.columns) == columns()
    for label, text in zip(out.index, TEXTS):
        flat = flatten(analyze(text).to_dict())
        for m in catalogue():
            assert _same(out.at[label, m.id], flat[m.id]), (label, m.id)
        assert out.at[label, "warnings"] == "; ".join(flat["warnings"])
        assert out.at[label, "error"] is pd.NA


def test_hand_counted_words():
    # "One two three. Four five." -> 5 words, 2 sentences, counted by hand
    out = score_frame(pd.DataFrame({"body": ["One two three. Four five."]}), text="body", metrics=["counts"])
    assert out.at[0, "counts.words"] == 5
    assert out.at[0, "counts.sentences"] == 2
    assert list(out.columns) == [m.id for m in catalogue() if m.group == "counts"] + ["warnings", "error"]


def test_dtypes_numeric_and_label_string(frame):
    out = score_frame(frame)
    for m in catalogue():
        dtype = out[m.id].dtype
        if m.unit == "category":
            assert dtype == "string"
        elif m.unit == "count":
            assert dtype == "Int64"
        else:
            assert dtype == "float64"
    assert out["warnings"].dtype == "string" and out["error"].dtype == "string"
    assert dict(out.dtypes.astype(str)) == dtypes()


def test_null_becomes_nan():
    # a two-word text: hdd and msttr are null in the document object (too short)
    text = "Hello world."
    flat = flatten(analyze(text).to_dict())
    nulls = [k for k in flat if flat[k] is None]
    assert nulls, "expected some undefined metrics for a two-word text"
    out = score_frame(pd.DataFrame({"text": [text]}))
    for key in nulls:
        assert pd.isna(out.at[0, key]), key


def test_bad_rows_get_an_error_and_others_are_kept(monkeypatch):
    monkeypatch.setenv("TEXTMETRICS_MAX_TEXT_CHARS", "40")
    texts = ["Short text here.", None, 3.5, "x" * 41, "Another short one."]
    df = pd.DataFrame({"text": texts}, index=[10, 20, 30, 40, 50])
    out = score_frame(df, metrics="counts", chunk_size=2)
    assert list(out.index) == [10, 20, 30, 40, 50]
    assert out["error"].isna().tolist() == [True, False, False, False, True]
    assert out.at[20, "error"] == "text is missing"
    assert out.at[30, "error"] == "text must be a string, not float"
    assert "over the limit of 40" in out.at[40, "error"]
    assert out.loc[[20, 30, 40], "counts.words"].isna().all()
    assert out.at[10, "counts.words"] == 3 and out.at[50, "counts.words"] == 3
    assert out.loc[[20, 30, 40], "warnings"].isna().all()


def test_missing_text_reads_the_same_in_any_dtype():
    for column in (pd.Series(["A text.", None]), pd.Series(["A text.", float("nan")]),
                   pd.Series(["A text.", None], dtype="string")):
        out = score_frame(pd.DataFrame({"text": column}), metrics="counts")
        assert out["error"].tolist()[1] == "text is missing"
        assert pd.isna(out["error"].tolist()[0])


def test_chunking_does_not_change_values(frame):
    big = pd.concat([frame] * 4)
    whole = score_frame(big, chunk_size=1000)
    pd.testing.assert_frame_equal(score_frame(big, chunk_size=5), whole)
    pd.testing.assert_frame_equal(score_frame(big, chunk_size=1), whole)


def test_id_column_and_percentiles(frame):
    out = score_frame(frame, id="topic", metrics=["readability", "sentiment"], norms="editorials")
    assert list(out.columns) == columns(metrics=["readability", "sentiment"], norms="editorials", id="topic")
    assert out.columns[0] == "topic" and out["topic"].tolist() == ["pets", "science", "politics"]
    doc = analyze(TEXTS[1], metrics=["readability", "sentiment"], norms="editorials").to_dict()
    flat = flatten(doc)
    pcols = [c for c in out.columns if c.startswith("percentile.")]
    numeric = [m.id for m in catalogue() if m.group in ("readability", "sentiment") and m.unit != "category"]
    assert pcols == [f"percentile.editorials.{m}" for m in numeric]  # the flat name: percentile.<ref>.<metric>
    assert "percentile.editorials.readability.flesch_kincaid_grade" in pcols
    assert "percentile.editorials.sentiment.score" in pcols
    assert "percentile.editorials.sentiment.label" not in pcols
    assert not any(c.startswith("percentiles.") for c in out.columns)
    assert pcols == [k for k in flat if k.startswith("percentile.")]  # the same names as flatten's
    for c in pcols:
        assert out[c].dtype == "float64"
        assert _same(out.at["b", c], flat[c]), c
    assert out.at["b", "warnings"] == "; ".join(doc["warnings"])


@pytest.mark.parametrize("kwargs, field", [
    ({"text": "body"}, "text"),
    ({"id": "nope"}, "id"),
    ({"metrics": ["readability", "colour"]}, "metrics"),
    ({"detail": "full"}, "detail"),
    ({"detail": "everything"}, "detail"),
    ({"norms": "no-such-reference"}, "norms"),
    ({"chunk_size": 0}, "chunk_size"),
])
def test_bad_arguments_raise_once(frame, kwargs, field):
    with pytest.raises(InvalidInputError) as info:
        score_frame(frame, **kwargs)
    assert info.value.field == field
    assert isinstance(info.value, ValueError)


def test_score_frames_yields_one_frame_per_input(frame):
    parts = [frame.iloc[:2], frame.iloc[2:], frame.iloc[:0]]
    outs = list(score_frames(iter(parts), metrics="style"))
    assert [len(o) for o in outs] == [2, 1, 0]
    for part, out in zip(parts, outs):
        assert list(out.index) == list(part.index)
        assert list(out.columns) == columns(metrics="style")
    pd.testing.assert_frame_equal(pd.concat(outs[:2]), score_frame(frame, metrics="style"))


def test_score_frames_checks_options_before_reading():
    def frames():
        raise AssertionError("read a frame before checking the options")
        yield  # pragma: no cover

    with pytest.raises(InvalidInputError):
        score_frames(frames(), metrics=["colour"])


def test_empty_frame_matches_score_frame_dtypes(frame):
    meta = empty_frame(metrics="sentiment", norms="editorials")
    out = score_frame(frame, metrics="sentiment", norms="editorials")
    assert list(meta.columns) == list(out.columns)
    assert list(meta.dtypes) == list(out.dtypes)


def test_spark_schema_names_every_column():
    cols = columns(norms="editorials", id="doc_id")
    schema = spark_schema(norms="editorials", id="doc_id")
    fields = [f.strip() for f in schema.split(", ")]
    assert [f.rsplit(" ", 1)[0].strip("`") for f in fields] == cols
    kinds = dict((f.rsplit(" ", 1)[0].strip("`"), f.rsplit(" ", 1)[1]) for f in fields)
    assert kinds["doc_id"] == "STRING"
    assert kinds["counts.words"] == "BIGINT"
    assert kinds["readability.flesch_kincaid_grade"] == "DOUBLE"
    assert kinds["persuasion.booster.per_1000_words"] == "DOUBLE"
    assert kinds["sentiment.label"] == "STRING"
    assert kinds["percentile.editorials.counts.words"] == "DOUBLE"
    assert not any(c.startswith("percentiles.") for c in cols)
    assert kinds["warnings"] == "STRING" and kinds["error"] == "STRING"
    assert spark_schema(metrics="sentiment").startswith("`sentiment.score` DOUBLE, ")


def test_core_does_not_import_pandas():
    code = ("import sys, textmetrics; textmetrics.analyze('x'); "
            "print([m for m in ('pandas', 'textmetrics.frame', 'textmetrics.dask') if m in sys.modules])")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


# --- textmetrics.dask on a real loopback cluster ----------------------------------------------

@pytest.fixture(scope="module")
def dask_client():
    import dask.dataframe  # noqa: F401 - textmetrics.dask needs it
    import distributed
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                       dashboard_address=None, host="127.0.0.1")
    client = distributed.Client(cluster)
    yield client
    client.close()
    cluster.close()


def test_score_ddf_equals_score_frame(dask_client):
    import dask.dataframe as dd
    from textmetrics.dask import score_ddf

    texts = (TEXTS + ["", None, "Hello world."]) * 3
    df = pd.DataFrame({"text": texts, "n": range(len(texts))}, index=[f"r{i:02d}" for i in range(len(texts))])
    ddf = dd.from_pandas(df, npartitions=4)
    lazy = score_ddf(ddf, id="n", norms="editorials")
    assert list(lazy.columns) == columns(norms="editorials", id="n")
    got = lazy.compute()
    want = score_frame(df, id="n", norms="editorials")
    assert list(got.index) == list(df.index)  # partition order kept
    # dask stores a string index as its own string dtype (dataframe.convert-string): same labels
    pd.testing.assert_frame_equal(got, want, check_index_type=False)


def test_score_ddf_checks_before_computing(dask_client):
    import dask.dataframe as dd
    from textmetrics.dask import score_ddf

    ddf = dd.from_pandas(pd.DataFrame({"text": TEXTS}), npartitions=2)
    with pytest.raises(InvalidInputError) as info:
        score_ddf(ddf, text="body")
    assert info.value.field == "text"
    with pytest.raises(InvalidInputError):
        score_ddf(ddf, detail="full")


def test_score_bag_gives_document_dicts(dask_client):
    import dask.bag as db
    from textmetrics.dask import score_bag

    items = TEXTS + [None]
    got = score_bag(db.from_sequence(items, npartitions=2), metrics="readability").compute()
    assert got[:3] == [analyze(t, metrics="readability").to_dict() for t in TEXTS]
    assert got[3] == {"error": "text is missing"}
