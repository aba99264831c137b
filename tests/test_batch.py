"""extract_many: order, error records, streaming, worker deaths."""

from __future__ import annotations

import os
import pickle
from collections.abc import Iterable, Iterator

import pytest

import quoteattr
from quoteattr import batch, extract_many
from quoteattr.batch import Result, iter_results

JANE = "“We will win,” Jane Smith said."


def test_strings_get_their_position_as_id() -> None:
    records = list(extract_many([JANE, "No quotes here.", JANE]))
    assert [r["id"] for r in records] == [0, 1, 2]
    assert [len(r["quotes"]) for r in records] == [1, 0, 1]
    assert records[0]["quotes"][0] == quoteattr.extract(JANE)[0].to_dict()


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_failing_document_is_reported_not_dropped(jobs: int) -> None:
    records = [
        {"id": "good", "text": JANE},
        {"id": "number", "text": 42},
        {"id": "no-text", "body": JANE},
        {"id": "bytes", "text": JANE.encode("utf-8")},
        {"id": "after", "text": JANE},
    ]
    results = list(extract_many(records, jobs=jobs))
    assert [r["id"] for r in results] == ["good", "number", "no-text", "bytes", "after"]
    assert results[1] == {"id": "number", "error": "TypeError: quoteattr expects text as str, got int"}
    assert "no 'text' field" in results[2]["error"] and "text_field=" in results[2]["error"]
    assert "decode bytes first" in results[3]["error"]
    assert len(results[0]["quotes"]) == len(results[4]["quotes"]) == 1


def test_custom_fields() -> None:
    (record,) = extract_many([{"url": "u", "body": JANE}], text_field="body", id_field="url")
    assert record["id"] == "u" and len(record["quotes"]) == 1


def test_jobs_2_preserves_order_and_equals_jobs_1() -> None:
    texts = [JANE * (n % 7) + f" Item {n}." for n in range(300)]
    records = [{"id": f"d{n}", "text": text} for n, text in enumerate(texts)]
    assert list(extract_many(records, jobs=2)) == list(extract_many(records, jobs=1))
    assert [r["id"] for r in extract_many(iter(records), jobs=2)] == [f"d{n}" for n in range(300)]


class Counting:
    """A lazy source that counts how many records were taken from it."""

    def __init__(self, total: int) -> None:
        self.total = total
        self.taken = 0

    def __iter__(self) -> Iterator[str]:
        for _ in range(self.total):
            self.taken += 1
            yield JANE


@pytest.mark.parametrize("jobs", [1, 2])
def test_input_is_streamed_not_loaded(jobs: int) -> None:
    source = Counting(100_000)
    results = extract_many(source, jobs=jobs)
    first = next(results)
    assert first["id"] == 0
    window = 1 if jobs == 1 else (jobs * batch.CHUNKS_PER_JOB + 1) * batch.CHUNK_DOCS
    assert source.taken <= window
    results.close()


def test_results_carry_quote_objects_and_text() -> None:
    (result,) = iter_results([JANE])
    assert result.ok and result.text == JANE and result.chars == len(JANE)
    assert result.quotes == tuple(quoteattr.extract(JANE))


def test_given_results_pass_through_in_place() -> None:
    failed = Result("unreadable.txt", error="no such file")
    ids = [r["id"] for r in extract_many([JANE, failed, JANE], jobs=2)]
    assert ids == [0, "unreadable.txt", 2]


def test_bad_arguments_are_named() -> None:
    with pytest.raises(ValueError, match="unknown backend 'spacy'"):
        extract_many([JANE], backend="spacy")
    with pytest.raises(ValueError, match="jobs must be >= 0"):
        extract_many([JANE], jobs=-1)


def test_results_and_options_pickle() -> None:
    (result,) = iter_results([JANE])
    assert pickle.loads(pickle.dumps(result)) == result
    options = batch._Options("rules", False, (quoteattr.Character("Jane Smith", "Jane"),))
    assert pickle.loads(pickle.dumps(options)) == options


class DyingBackend:
    """A backend whose process dies on the text DIE, as an out-of-memory kill would."""

    name = "dying"

    def annotate(self, text: str, characters: Iterable[quoteattr.Character] = ()):  # noqa: ANN201
        if text == "DIE":
            os._exit(1)
        from quoteattr.pipeline import annotate

        return annotate(text, characters)


def test_a_dead_worker_fails_its_documents_not_the_batch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(batch, "CHUNK_DOCS", 1)
    texts = [JANE] * 5 + ["DIE"] + [JANE] * 20
    results = list(extract_many(texts, jobs=2, backend=DyingBackend()))
    assert [r["id"] for r in results] == list(range(26))
    assert "worker process died" in results[5]["error"]
    assert all("quotes" in r for r in results[10:])  # the pool was rebuilt
