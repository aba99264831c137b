"""The Dask recipe on a LocalCluster of two worker processes: JSONL in, JSONL and Parquet out."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

pytest.importorskip("dask.distributed", reason="dask[distributed] is not installed: pip install 'quoteattr[dask]'")

import dask.bag
from dask.distributed import Client, LocalCluster

from quoteattr.distributed import extract_bag, run_jsonl

JANE = "“We will win,” Jane Smith said."


@pytest.fixture(scope="module")
def client():
    with LocalCluster(
        processes=True, n_workers=2, threads_per_worker=1, dashboard_address=None
    ) as cluster, Client(cluster) as client:
        yield client


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    """Two JSONL files: 60 good records, one whose text is not a string, one line that is not JSON."""
    folder = tmp_path / "in"
    folder.mkdir()
    for part in range(2):
        lines = [json.dumps({"id": f"p{part}-{n}", "text": f"{JANE} Item {n}."}) for n in range(30)]
        if part == 1:
            lines.insert(10, json.dumps({"id": "bad", "text": None}))
            lines.insert(20, "{broken")
        (folder / f"part{part}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


def test_jsonl_to_jsonl_on_two_processes(client: Client, corpus: Path, tmp_path: Path) -> None:
    files = run_jsonl(str(corpus / "*.jsonl"), str(tmp_path / "out"), blocksize=1000)
    assert len(files) > 2  # the small blocksize splits the files over several tasks
    records = [json.loads(line) for name in files for line in Path(name).read_text("utf-8").splitlines()]
    good = {r["id"]: r for r in records if "quotes" in r}
    assert set(good) == {f"p{part}-{n}" for part in range(2) for n in range(30)}
    assert all(r["quotes"][0]["speaker"]["name"] == "Jane Smith" for r in good.values())
    errors = [r for r in records if "error" in r]
    assert {r["id"] for r in errors} == {"bad", None}
    assert "expects text as str" in next(r["error"] for r in errors if r["id"] == "bad")
    assert "not JSON" in next(r["error"] for r in errors if r["id"] is None)


def test_jsonl_to_parquet(client: Client, corpus: Path, tmp_path: Path) -> None:
    pandas = pytest.importorskip("pandas", reason="Parquet output needs dask[dataframe]")
    pytest.importorskip("pyarrow", reason="Parquet output needs pyarrow")
    run_jsonl(str(corpus / "*.jsonl"), str(tmp_path / "table"), output="parquet", blocksize=1000)
    table = pandas.read_parquet(tmp_path / "table")
    quotes = table[table["error"].isna()]
    assert len(quotes) == 60
    assert set(quotes["speaker"]) == {"Jane Smith"}
    assert (quotes["start"] == 0).all() and (quotes["end"] == 14).all()
    assert set(table.loc[table["error"].notna(), "id"].fillna("<none>")) == {"bad", "<none>"}


def test_extract_bag_with_the_multiprocessing_scheduler() -> None:
    bag = dask.bag.from_sequence([{"id": n, "text": JANE} for n in range(8)] + [{"id": "x"}], npartitions=3)
    results = extract_bag(bag).compute(scheduler="processes", num_workers=2)
    assert [r["id"] for r in results] == list(range(8)) + ["x"]
    assert "no 'text' field" in results[-1]["error"]
