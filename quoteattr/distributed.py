"""Quote extraction on Dask: JSONL partitions in, JSONL or Parquet out.

On a laptop (processes on this machine)::

    from dask.distributed import Client, LocalCluster
    from quoteattr.distributed import run_jsonl

    with LocalCluster(n_workers=4, threads_per_worker=1) as cluster, Client(cluster):
        run_jsonl("news/*.jsonl", "quotes/", text_field="body", id_field="url")

On a real cluster the same call runs once the client points at its scheduler
(``Client("tcp://scheduler:8786")``), every worker has quoteattr installed,
and the paths are ones all workers can read (a shared file system, or
``s3://…`` / ``gs://…`` with the matching fsspec package). See docs/scale.md.

Dask is imported only inside these functions: ``import quoteattr`` never
needs it. Everything shipped to workers is a module-level function or a
picklable value; each worker builds its own engine once (per process, cached).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from quoteattr.batch import Result, extract_many
from quoteattr.model import Character

if TYPE_CHECKING:  # pragma: no cover
    import dask.bag

__all__ = ["extract_bag", "extract_partition", "quote_rows", "read_jsonl", "run_jsonl"]

#: Columns of the Parquet table: one row per quote, or one per failed document.
ROW_COLUMNS = {
    "id": "string",
    "start": "Int64",
    "end": "Int64",
    "kind": "string",
    "text": "string",
    "speaker": "string",
    "cue_start": "Int64",
    "cue_end": "Int64",
    "confidence": "float64",
    "error": "string",
}


def _dask_bag() -> Any:
    try:
        import dask.bag
    except ImportError:
        raise ImportError("quoteattr.distributed needs dask: pip install 'quoteattr[dask]'") from None
    return dask.bag


def _bag_method(method: Callable[..., Any]) -> Callable[..., Any]:
    """A method of a dask ``Bag``, callable from typed code: dask leaves most of them unannotated."""
    return method


def parse_line(line: str) -> dict[str, Any] | Result:
    """A JSONL line as a record, or an error result that says why it is not one."""
    line = line.rstrip("\r\n")
    try:
        record = json.loads(line)
    except ValueError as error:
        return Result(None, error=f"line is not JSON ({error}): {line[:80]!r}")
    if not isinstance(record, dict):
        return Result(None, error=f"line is a JSON {type(record).__name__}, not an object: {line[:80]!r}")
    return record


def read_jsonl(paths: str | list[str], *, blocksize: str | int | None = "64MiB") -> dask.bag.Bag:
    """A bag of records from JSONL files (a glob, a list, local or remote URLs).

    Files are split into blocks of ``blocksize`` bytes, so one big file still
    spreads over all workers; blank lines are skipped, bad lines become errors.
    """
    bag = _dask_bag().read_text(paths, blocksize=blocksize)
    records: dask.bag.Bag = bag.filter(str.strip).map(parse_line)
    return records


def extract_partition(
    records: Iterable[Any],
    text_field: str = "text",
    id_field: str = "id",
    include_terms: bool = False,
    backend: str = "rules",
    characters: tuple[Character, ...] = (),
) -> list[dict[str, Any]]:
    """The result records of one partition (runs on a worker, in its process)."""
    return list(
        extract_many(
            records,
            jobs=1,
            text_field=text_field,
            id_field=id_field,
            include_terms=include_terms,
            backend=backend,
            characters=characters,
        )
    )


def extract_bag(bag: dask.bag.Bag, **options: Any) -> dask.bag.Bag:
    """A bag of result records (``{"id", "quotes"}`` or ``{"id", "error"}``) from a bag of records.

    Records are strings or dicts with a text field; ``options`` are those of
    :func:`extract_partition` (``text_field``, ``id_field``, ``include_terms``, ...).
    """
    results: dask.bag.Bag = _bag_method(bag.map_partitions)(extract_partition, **options)
    return results


def quote_rows(results: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """Flatten result records to table rows: one per quote, one per failed document."""
    rows = []
    empty = dict.fromkeys(ROW_COLUMNS)
    for result in results:
        doc_id = None if result["id"] is None else str(result["id"])
        if "error" in result:
            rows.append({**empty, "id": doc_id, "error": result["error"]})
            continue
        for quote in result["quotes"]:
            speaker, cue = quote["speaker"], quote["cue"]
            rows.append(
                {
                    **empty,
                    "id": doc_id,
                    "start": quote["start"],
                    "end": quote["end"],
                    "kind": quote["kind"],
                    "text": quote["text"],
                    "speaker": speaker["name"] if speaker else None,
                    "cue_start": cue["start"] if cue else None,
                    "cue_end": cue["end"] if cue else None,
                    "confidence": quote["confidence"],
                }
            )
    return rows


def run_jsonl(
    paths: str | list[str],
    out_dir: str,
    *,
    output: str = "jsonl",
    blocksize: str | int | None = "64MiB",
    **options: Any,
) -> list[str]:
    """Read JSONL, extract quotes on the current Dask scheduler, write ``out_dir``.

    ``output="jsonl"`` writes one result record per line (``part-N.jsonl``);
    ``output="parquet"`` writes a table of :data:`ROW_COLUMNS`, one row per
    quote. Returns the files written. ``options`` go to :func:`extract_partition`.
    """
    if output not in ("jsonl", "parquet"):
        raise ValueError(f"output must be 'jsonl' or 'parquet', got {output!r}")
    results = extract_bag(read_jsonl(paths, blocksize=blocksize), **options)
    out_dir = out_dir.rstrip("/")
    if output == "jsonl":
        lines = _bag_method(results.map)(json.dumps, ensure_ascii=False)
        return list(lines.to_textfiles(f"{out_dir}/part-*.jsonl"))
    frame = _bag_method(results.map_partitions)(quote_rows).to_dataframe(meta=ROW_COLUMNS)
    frame.to_parquet(out_dir, write_index=False)
    import fsspec

    fs, root = fsspec.core.url_to_fs(out_dir)
    return sorted(fs.glob(f"{root}/*.parquet"))
