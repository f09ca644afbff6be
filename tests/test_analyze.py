"""The Python API contract (README.md, docs/json.md): analyze(text, metrics, detail, language) and its errors."""

from __future__ import annotations

import json

import pytest

import textmetrics
from textmetrics import InvalidInputError, TextmetricsError, UnknownMetricError, analyze

TEXT = "Readers like short sentences. They also like plain words.\n\nA second paragraph ends here."


def test_all_groups_by_default_in_design_order():
    doc = analyze(TEXT).to_dict()
    groups = [k for k in doc if k != "warnings"]
    assert groups == list(textmetrics.GROUPS)
    assert "sentences" not in doc and "markers" not in doc


def test_metrics_subset_and_string_form():
    assert list(analyze(TEXT, metrics=["readability"]).to_dict()) == ["readability", "warnings"]
    assert list(analyze(TEXT, metrics="lexical,counts").to_dict()) == ["counts", "lexical", "warnings"]


def test_full_detail_sentences_index_the_original_text():
    doc = analyze(TEXT, detail="full").to_dict()
    spans = [TEXT[s["start"]:s["end"]] for s in doc["sentences"]]
    assert spans == ["Readers like short sentences.", "They also like plain words.", "A second paragraph ends here."]
    assert [s["index"] for s in doc["sentences"]] == [0, 1, 2]
    assert doc["counts"]["paragraphs"] == 2
    assert isinstance(doc["markers"], list)


@pytest.mark.parametrize(
    "kwargs, field",
    [
        ({"text": None}, "text"),
        ({"text": 42}, "text"),
        ({"text": TEXT, "metrics": ["readability", "astrology"]}, "metrics"),
        ({"text": TEXT, "metrics": []}, "metrics"),
        ({"text": TEXT, "detail": "everything"}, "detail"),
        ({"text": TEXT, "language": "de"}, "language"),
    ],
)
def test_invalid_input_names_the_field(kwargs, field):
    with pytest.raises(InvalidInputError) as info:
        analyze(**kwargs)
    assert info.value.field == field
    assert isinstance(info.value, (TextmetricsError, ValueError))


def test_unknown_metric_is_a_distinct_error():
    with pytest.raises(UnknownMetricError):
        analyze(TEXT, metrics=["nope"])


def test_json_has_no_nan_or_infinity():
    for text in ("", "...", "!!! ???", "1 2 3", TEXT):
        json.dumps(analyze(text, detail="full").to_dict(), allow_nan=False)


def test_catalogue_covers_every_number_in_the_document():
    ids = {m.id for m in textmetrics.catalogue()}
    doc = analyze(TEXT).to_dict()
    for group in ("counts", "readability", "lexical"):
        for key in doc[group]:
            assert f"{group}.{key}" in ids
    for metric in textmetrics.catalogue():
        d = metric.to_dict()
        assert d["description"] and d["higher_means"] and d["unit"]


def test_clean_turns_nan_and_infinity_into_null_and_rounds_to_four_digits():
    # the last guard before JSON: every group's floats pass through it
    from textmetrics.analysis import _clean_dict

    raw = {"g": {"a": float("nan"), "b": float("inf"), "c": -float("inf"), "d": 0.123456, "e": 3,
                 "f": True, "h": None, "i": "x", "j": [1.00004, float("nan")]}}
    assert _clean_dict(raw) == {"g": {"a": None, "b": None, "c": None, "d": 0.1235, "e": 3, "f": True,
                                      "h": None, "i": "x", "j": [1.0, None]}}


def test_analyze_accepts_a_set_or_a_dict_of_group_names():
    # analyze(metrics: Iterable[str]): any iterable is accepted; a cache of resolved groups once
    # raised TypeError (unhashable) for a set, a dict or a dict's keys
    for metrics in ({"counts"}, {"counts": True}, {"counts": True}.keys()):
        assert list(analyze("The cat sat.", metrics=metrics).to_dict()) == ["counts", "warnings"]


def test_analyze_reads_an_iterator_of_group_names_each_time():
    # an exhausted iterator names no group: it must say so the second time (a cache keyed by the
    # iterator object once answered with the first call's groups)
    names = iter(["counts"])
    assert list(analyze("The cat sat.", metrics=names).to_dict()) == ["counts", "warnings"]
    with pytest.raises(ValueError, match="at least one group"):
        analyze("The cat sat.", metrics=names)
