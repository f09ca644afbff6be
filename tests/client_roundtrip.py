"""The generated-client round trip, run by .ci/client_roundtrip.sh (pytest does not collect it: it needs
a live server and a client that openapi-python-client generated from openapi.yaml, installed as
`textmetrics_client`).

Every operation of openapi.yaml is called through the generated client, and every answer, errors
included, must parse into its typed model: an attrs model all the way down (no unparsed dict where a
model is expected), text where the spec says text, and `to_dict()` giving back exactly the JSON the
server sent, so that nothing was dropped on the way.

Usage: python tests/client_roundtrip.py BASE_URL API_KEY PATH_TO_OPENAPI_YAML
"""

from __future__ import annotations

import importlib
import json
import pkgutil
import sys
from pathlib import Path

import attrs
import textmetrics_client.api
from textmetrics_client import AuthenticatedClient, Client
from textmetrics_client.api.catalogue import list_metrics, list_norms, list_rules
from textmetrics_client.api.scoring import score, score_batch
from textmetrics_client.api.service import health, openapi_spec, web_page
from textmetrics_client.models import (
    BatchError,
    BatchItem,
    BatchRequest,
    BatchResponse,
    BatchResult,
    CatalogueEntry,
    Counts,
    Detail,
    Document,
    Health,
    Hedging,
    HedgingBySubtype,
    Language,
    Lexical,
    Marker,
    MetricGroup,
    MetricRange,
    MetricsResponse,
    NormReference,
    NormsResponse,
    Persuasion,
    Problem,
    Readability,
    RuleEntry,
    RulesResponse,
    ScoreRequest,
    Style,
    StyleSpan,
    Sentence,
    Sentiment,
)
from textmetrics_client.types import Unset

# hedges, boosters, a directive, a quotation, a question and an exclamation: markers of many categories
TEXT = (
    "Clearly, the plan may fail. We must act now, and you should help! "
    "Who benefits from delay? According to the auditors, almost nobody.\n\n"
    "\"It is perhaps the worst budget ever,\" one nurse told us. I think we can do very much better."
)
GROUP_MODELS = {
    "counts": Counts, "readability": Readability, "lexical": Lexical,
    "sentiment": Sentiment, "hedging": Hedging, "persuasion": Persuasion, "style": Style,
}
REQUEST_ID = "roundtrip-1"
checked: list[str] = []
called: set[str] = set()


def call(operation, **kwargs):
    """``operation.sync_detailed(**kwargs)``, the operation's module noted as exercised."""
    called.add(operation.__name__)
    return operation.sync_detailed(**kwargs)


def every_operation() -> set[str]:
    """The generated client's operation modules: one per operation of openapi.yaml."""
    names = set()
    for tag in pkgutil.iter_modules(textmetrics_client.api.__path__):
        package = importlib.import_module(f"textmetrics_client.api.{tag.name}")
        names |= {f"{package.__name__}.{module.name}" for module in pkgutil.iter_modules(package.__path__)}
    return names


def typed(value, where: str) -> None:
    """``value`` is a parsed model all the way down: attrs models, lists of them, plain values."""
    if isinstance(value, dict):
        raise AssertionError(f"{where}: an unparsed dict where a model is expected: {value!r:.200}")
    if isinstance(value, list):
        for i, item in enumerate(value):
            typed(item, f"{where}[{i}]")
    elif attrs.has(type(value)):
        for field in attrs.fields(type(value)):
            item = getattr(value, field.name)
            if field.name == "additional_properties":  # open maps (HedgingBySubtype): plain values only
                assert all(not isinstance(v, (dict, list)) for v in item.values()), f"{where}: {item}"
            else:
                typed(item, f"{where}.{field.name}")


def parsed(response, model, name: str, status: int = 200):
    """The response's parsed body: an instance of ``model``, typed throughout, that gives back the JSON."""
    assert response.status_code == status, (name, response.status_code, response.content[:300])
    assert response.headers.get("X-Request-ID"), name
    body = response.parsed
    assert isinstance(body, model), f"{name}: {type(body).__name__}, expected {model.__name__}"
    typed(body, name)
    assert body.to_dict() == json.loads(response.content), f"{name}: to_dict() is not the JSON sent"
    checked.append(f"{name} -> {status} {model.__name__}")
    return body


def check_document(document, groups: list[str], full: bool, where: str) -> None:
    for group, model in GROUP_MODELS.items():
        value = getattr(document, group)
        assert isinstance(value, model) if group in groups else isinstance(value, Unset), (where, group)
    assert isinstance(document.warnings, list)
    if full:
        assert document.sentences and all(isinstance(s, Sentence) for s in document.sentences), where
        assert isinstance(document.markers, list), where
        assert all(isinstance(m, Marker) and isinstance(m.category, str) for m in document.markers), where
        assert all(isinstance(s, StyleSpan) for s in document.style_spans), where
        if "sentiment" in groups:
            assert all(isinstance(s.sentiment, Sentiment) for s in document.sentences), where
    else:
        assert isinstance(document.sentences, Unset) and isinstance(document.markers, Unset), where
        assert isinstance(document.style_spans, Unset), where
    if "hedging" in groups:
        assert isinstance(document.hedging.by_subtype, HedgingBySubtype), where


def main(base: str, key: str, spec_path: str) -> None:
    anonymous = Client(base_url=base, raise_on_unexpected_status=True)
    client = AuthenticatedClient(base_url=base, token=key, raise_on_unexpected_status=True)

    # service -------------------------------------------------------------------------------------
    response = call(health, client=anonymous, x_request_id=REQUEST_ID)
    body = parsed(response, Health, "GET /healthz")
    assert body.status == "ok" and response.headers["X-Request-ID"] == REQUEST_ID

    response = call(openapi_spec, client=anonymous)
    assert response.status_code == 200 and isinstance(response.parsed, str), type(response.parsed)
    assert response.parsed == Path(spec_path).read_text(encoding="utf-8"), "GET /openapi.yaml is not openapi.yaml"
    checked.append("GET /openapi.yaml -> 200 str")

    response = call(web_page, client=anonymous)
    assert response.status_code == 200 and isinstance(response.parsed, str) and "<html" in response.parsed.lower()
    checked.append("GET / -> 200 str")

    # catalogue -----------------------------------------------------------------------------------
    catalogue = parsed(call(list_metrics, client=client), MetricsResponse, "GET /v1/metrics")
    assert catalogue.metrics and all(isinstance(m, CatalogueEntry) for m in catalogue.metrics)
    assert all(isinstance(m.range_, MetricRange) and isinstance(m.group, str) for m in catalogue.metrics)
    assert {m.group for m in catalogue.metrics} >= {g.value for g in MetricGroup}
    listing = parsed(call(list_rules, client=client), RulesResponse, "GET /v1/rules")
    assert listing.rules and all(isinstance(r, RuleEntry) and r.description for r in listing.rules)
    references = parsed(call(list_norms, client=client), NormsResponse, "GET /v1/norms")
    assert {r.id for r in references.references} >= {"editorials", "news", "speeches", "abstracts", "tweets"}
    assert all(isinstance(r, NormReference) and r.attribution for r in references.references)

    # scoring: one text -----------------------------------------------------------------------------
    request = ScoreRequest(text=TEXT, detail=Detail.FULL)
    document = parsed(call(score, client=client, body=request), Document, "POST /v1/score (full)")
    check_document(document, list(GROUP_MODELS), True, "POST /v1/score (full)")
    assert {"hedge", "booster", "directive", "rhetorical_question"} <= {m.category for m in document.markers}

    request = ScoreRequest(text=TEXT, metrics=[MetricGroup.HEDGING, MetricGroup.PERSUASION],
                           detail=Detail.SUMMARY, language=Language.EN, include_quoted=True)
    document = parsed(call(score, client=client, body=request), Document, "POST /v1/score (options)")
    check_document(document, ["hedging", "persuasion"], False, "POST /v1/score (options)")
    assert document.hedging.quoted >= 1

    request = ScoreRequest(text=TEXT, metrics=[MetricGroup.SENTIMENT], detail=Detail.FULL,
                           sentiment_include_quoted=False)
    where = "POST /v1/score (sentiment_include_quoted)"
    document = parsed(call(score, client=client, body=request), Document, where)
    check_document(document, ["sentiment"], True, where)
    words = document.sentiment_words
    # "worst" is inside the nurse's quotation: listed, not counted
    assert [w.counted for w in words] == [not w.in_quote for w in words] and not all(w.counted for w in words), where

    # scoring: a batch, with an item that is scored and items that are refused alone ----------------
    items = [
        BatchItem(text=TEXT, id="a"),
        BatchItem(text="Short and plain.", id=None),  # a null id: scored, echoed as null
        BatchItem(text="Perhaps.", id=3),
        {"id": 4},  # no text: an error entry, the others still scored
        "not an object",
    ]
    request = BatchRequest(items=items, metrics=[MetricGroup.COUNTS, MetricGroup.SENTIMENT], detail=Detail.FULL)
    batch = parsed(call(score_batch, client=client, body=request), BatchResponse, "POST /v1/score/batch")
    assert [(r.index, r.id) for r in batch.results] == [(0, "a"), (1, None), (2, 3)]
    assert all(isinstance(r, BatchResult) for r in batch.results)
    for result in batch.results:
        check_document(result, ["counts", "sentiment"], True, f"results[{result.index}]")
    assert [(e.index, e.id, e.status, e.field) for e in batch.errors] == [
        (3, 4, 422, "items[3].text"), (4, None, 422, "items[4]"),
    ]
    assert all(isinstance(e, BatchError) for e in batch.errors)

    # problems: every error status parses into Problem -------------------------------------------------
    problem = parsed(call(score, client=anonymous, body=ScoreRequest(text=TEXT)), Problem,
                     "POST /v1/score without a key", 401)
    assert problem.status == 401 and problem.request_id
    too_many = BatchRequest(items=[BatchItem(text="x")] * 1001)
    problem = parsed(call(score_batch, client=client, body=too_many), Problem,
                     "POST /v1/score/batch over the item limit", 422)
    assert problem.field == "items"
    elsewhere = AuthenticatedClient(base_url=base + "/missing", token=key, raise_on_unexpected_status=True)
    problem = parsed(call(list_metrics, client=elsewhere), Problem, "GET /missing/v1/metrics (default)", 404)
    assert problem.status == 404

    print("\n".join(checked))
    missed = every_operation() - called
    assert not missed, f"operations of openapi.yaml the round trip does not call: {sorted(missed)}"
    print(f"client round trip: {len(checked)} calls, all {len(called)} operations of openapi.yaml, every answer typed")


if __name__ == "__main__":
    main(*sys.argv[1:4])
