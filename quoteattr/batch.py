"""Many documents at once: ``extract_many``, streaming, in order, over processes.

>>> from quoteattr import extract_many
>>> for record in extract_many(["“Yes,” said Anna.", {"id": "b", "text": 42}]):
...     print(record["id"], record.get("error") or len(record["quotes"]))
0 1
b TypeError: quoteattr expects text as str, got int

The input is consumed lazily and at most a bounded window of documents is in
flight, so a 10 GB JSONL file streams through in constant memory. A document
that fails becomes an error record with its id; it never stops the batch.
"""

from __future__ import annotations

import collections
import concurrent.futures
import functools
import os
from collections.abc import Iterable, Iterator, Mapping
from concurrent.futures.process import BrokenProcessPool
from typing import Any, Union

import attrs

from quoteattr.attributor import Attributor
from quoteattr.backends import Backend
from quoteattr.model import Character, Quote

__all__ = ["Result", "extract_many", "iter_results"]

#: A document is handed to a worker in chunks of at most this many documents ...
CHUNK_DOCS = 64
#: ... or of about this many characters, whichever comes first.
CHUNK_CHARS = 256_000
#: Chunks in flight per worker: enough to keep workers busy, few enough to bound memory.
CHUNKS_PER_JOB = 3


@attrs.frozen
class Result:
    """The outcome for one document: its quotes, or why it failed.

    ``text`` is kept in the parent process for renderers (it is never sent
    back from a worker); ``chars`` is its length, for throughput figures.
    """

    id: Any
    quotes: tuple[Quote, ...] = ()
    error: str | None = None
    text: str | None = attrs.field(default=None, repr=False, eq=False)
    chars: int = 0

    @property
    def ok(self) -> bool:
        return self.error is None

    def to_dict(self) -> dict[str, Any]:
        """``{"id": ..., "quotes": [...]}`` or ``{"id": ..., "error": "..."}``."""
        if self.error is not None:
            return {"id": self.id, "error": self.error}
        return {"id": self.id, "quotes": [quote.to_dict() for quote in self.quotes]}


Record = Union[str, Mapping[str, Any], Result]


def extract_many(
    records: Iterable[Record],
    *,
    jobs: int | None = 1,
    text_field: str = "text",
    id_field: str = "id",
    characters: Iterable[Character] = (),
    include_terms: bool = False,
    backend: str | Backend = "rules",
) -> Iterator[dict[str, Any]]:
    """Quotes of many documents, as result records in input order.

    ``records`` are strings (their id is their position, from 0) or mappings
    with a text field and an optional id field. Yields
    ``{"id": ..., "quotes": [quote.to_dict(), ...]}`` per document, or
    ``{"id": ..., "error": "..."}`` when a document failed. ``jobs`` worker
    processes are used (``None`` or ``0``: one per CPU; ``1``: this process).
    """
    results = iter_results(
        records,
        jobs=jobs,
        text_field=text_field,
        id_field=id_field,
        characters=characters,
        include_terms=include_terms,
        backend=backend,
    )
    return (result.to_dict() for result in results)


def iter_results(
    records: Iterable[Record],
    *,
    jobs: int | None = 1,
    text_field: str = "text",
    id_field: str = "id",
    characters: Iterable[Character] = (),
    include_terms: bool = False,
    backend: str | Backend = "rules",
) -> Iterator[Result]:
    """Like :func:`extract_many`, but yields :class:`Result` objects with ``Quote`` values.

    A :class:`Result` given as a record (say, a file that could not be read)
    is passed through in its place.
    """
    if isinstance(backend, str):
        _check_backend_name(backend)
    options = _Options(backend, include_terms, tuple(characters))
    documents = _documents(records, text_field, id_field)
    jobs = _job_count(jobs)
    if jobs == 1:
        return _in_process(documents, options)
    return _in_pool(documents, options, jobs)


def _check_backend_name(name: str) -> None:
    if name not in ("rules", "stanza"):
        raise ValueError(f"unknown backend {name!r}: use 'rules' or 'stanza'")


def _job_count(jobs: int | None) -> int:
    if jobs is None or jobs == 0:
        return os.cpu_count() or 1
    if jobs < 0:
        raise ValueError(f"jobs must be >= 0 (0 or None: one per CPU), got {jobs}")
    return jobs


@attrs.frozen
class _Options:
    """What a worker needs to build its Attributor; pickles to any process."""

    backend: str | Backend
    include_terms: bool
    characters: tuple[Character, ...]


@attrs.frozen
class _Document:
    """One input document: its id and its text, or the reason it has none."""

    id: Any
    text: str | None
    error: str | None = None


def _documents(records: Iterable[Record], text_field: str, id_field: str) -> Iterator[_Document | Result]:
    """Normalise records lazily; a record without usable text becomes an error."""
    for number, record in enumerate(records):
        if isinstance(record, (str, Result)):
            yield _Document(number, record) if isinstance(record, str) else record
        elif isinstance(record, Mapping):
            doc_id = record.get(id_field, number)
            if text_field not in record:
                fields = ", ".join(map(repr, list(record)[:8])) or "none"
                error = f"record has no {text_field!r} field (fields: {fields}): pass text_field=..."
                yield _Document(doc_id, None, error)
            else:
                yield _Document(doc_id, record[text_field])
        else:
            yield _Document(number, record)  # the engine names the wrong type


@functools.lru_cache(maxsize=4)
def _cached_attributor(options: _Options) -> Attributor:
    """One Attributor per process and configuration, built on first use."""
    return Attributor(options.backend, characters=options.characters, include_terms=options.include_terms)


def _attributor(options: _Options) -> Attributor:
    try:
        return _cached_attributor(options)
    except TypeError:  # an unhashable backend instance: build it, do not cache it
        return Attributor(options.backend, characters=options.characters, include_terms=options.include_terms)


def _extract_one(attributor: Attributor, document: _Document) -> Result:
    """The quotes of one document; any exception becomes the document's error."""
    chars = len(document.text) if isinstance(document.text, str) else 0
    if document.error is not None:
        return Result(document.id, error=document.error)
    try:
        quotes = attributor.extract(document.text)  # type: ignore[arg-type]
    except Exception as error:  # noqa: BLE001 - reported per document, by design
        return Result(document.id, error=f"{type(error).__name__}: {error}", chars=chars)
    return Result(document.id, tuple(quotes), chars=chars)


def _in_process(documents: Iterable[_Document | Result], options: _Options) -> Iterator[Result]:
    attributor = _attributor(options)
    for document in documents:
        if isinstance(document, Result):
            yield document
        else:
            yield _with_text(_extract_one(attributor, document), document)


def _with_text(result: Result, document: _Document) -> Result:
    text = document.text if isinstance(document.text, str) else None
    return attrs.evolve(result, text=text)


# -- worker side ------------------------------------------------------------------

_worker_options: _Options | None = None


def _init_worker(options: _Options) -> None:
    global _worker_options
    _worker_options = options


def _extract_chunk(chunk: list[_Document]) -> list[Result]:
    """Runs in a worker: the results of one chunk, without the texts."""
    assert _worker_options is not None, "worker started without _init_worker"
    try:
        attributor = _attributor(_worker_options)
    except Exception as error:  # noqa: BLE001 - every document learns why
        message = f"backend failed to load in a worker: {type(error).__name__}: {error}"
        return [Result(document.id, error=message) for document in chunk]
    return [_extract_one(attributor, document) for document in chunk]


# -- parent side ------------------------------------------------------------------


def _chunks(documents: Iterable[_Document | Result]) -> Iterator[list[_Document | Result]]:
    """Group documents into chunks bounded in count and characters."""
    chunk: list[_Document | Result] = []
    size = 0
    for document in documents:
        chunk.append(document)
        if isinstance(document, _Document) and isinstance(document.text, str):
            size += len(document.text)
        if len(chunk) >= CHUNK_DOCS or size >= CHUNK_CHARS:
            yield chunk
            chunk, size = [], 0
    if chunk:
        yield chunk


class _Pool:
    """A process pool that can be rebuilt after a worker dies."""

    def __init__(self, options: _Options, jobs: int) -> None:
        self.options = options
        self.jobs = jobs
        self.executor = self._start()

    def _start(self) -> concurrent.futures.ProcessPoolExecutor:
        return concurrent.futures.ProcessPoolExecutor(
            self.jobs, initializer=_init_worker, initargs=(self.options,)
        )

    def submit(self, chunk: list[_Document | Result]) -> concurrent.futures.Future[list[Result]]:
        work = [document for document in chunk if isinstance(document, _Document)]
        try:
            return self.executor.submit(_extract_chunk, work)
        except BrokenProcessPool as error:  # a worker died since: fail here, restart when drained
            failed: concurrent.futures.Future[list[Result]] = concurrent.futures.Future()
            failed.set_exception(error)
            return failed

    def restart(self) -> None:
        self.executor.shutdown(wait=False, cancel_futures=True)
        self.executor = self._start()

    def close(self) -> None:
        self.executor.shutdown(wait=True, cancel_futures=True)


def _in_pool(documents: Iterable[_Document | Result], options: _Options, jobs: int) -> Iterator[Result]:
    """Stream chunks through ``jobs`` processes, at most a fixed window in flight."""
    pool = _Pool(options, jobs)
    window: collections.deque[tuple[list[_Document | Result], concurrent.futures.Future[list[Result]]]]
    window = collections.deque()
    try:
        chunks = _chunks(documents)
        for chunk in chunks:
            window.append((chunk, pool.submit(chunk)))
            if len(window) >= jobs * CHUNKS_PER_JOB:
                yield from _drain_first(window, pool)
        while window:
            yield from _drain_first(window, pool)
    finally:
        pool.close()


def _drain_first(window: collections.deque[Any], pool: _Pool) -> Iterator[Result]:
    """Wait for the oldest chunk and yield its results in input order.

    If a worker died (killed, out of memory), the oldest chunk's documents
    are reported as errors and the chunks behind it are resubmitted to a new
    pool, so one bad document cannot end the batch.
    """
    chunk, future = window.popleft()
    try:
        results = iter(future.result())
    except BrokenProcessPool:
        message = "worker process died while extracting this chunk (out of memory or killed)"
        results = iter([Result(doc.id, error=message) for doc in chunk if isinstance(doc, _Document)])
        pool.restart()
        pending = [queued for queued, _ in window]
        window.clear()
        window.extend((queued, pool.submit(queued)) for queued in pending)
    for document in chunk:
        if isinstance(document, Result):
            yield document
        else:
            yield _with_text(next(results), document)
