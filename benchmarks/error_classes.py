"""Group the errors that `accuracy.py --errors` wrote into classes, with counts.

    python benchmarks/accuracy.py polnear PATH --errors errors.jsonl
    python benchmarks/error_classes.py errors.jsonl

Classes (a unit or prediction lands in the first that fits):

- missed, nothing predicted near: no prediction shares a character with the gold unit
- missed, boundary: a prediction overlaps the gold unit but with Jaccard < 0.5
- false positive, near a gold unit: overlaps one, but with Jaccard < 0.5 (the other half of a boundary error)
- false positive, no gold unit near: nothing annotated there
- wrong speaker, none predicted / wrong speaker, another one
Each class is split by the gold (or predicted) kind: direct, indirect, mixed.
"""

from __future__ import annotations

import argparse
import collections
import json
from pathlib import Path


def _overlaps(a: dict, b: dict) -> bool:
    return a["start"] < b["end"] and b["start"] < a["end"]


def classify(errors: list[dict]) -> collections.Counter[str]:
    """Counts per (class, kind)."""
    by_doc: dict[str, dict[str, list[dict]]] = collections.defaultdict(lambda: collections.defaultdict(list))
    for error in errors:
        by_doc[error["doc"]][error["type"]].append(error)
    counts: collections.Counter[str] = collections.Counter()
    for kinds in by_doc.values():
        predictions = [e["pred"] for e in kinds["false_positive"]]
        golds = [e["gold"] for e in kinds["missed"]]
        for error in kinds["missed"]:
            near = any(_overlaps(error["gold"], p) for p in predictions)
            label = "missed, boundary (Jaccard < 0.5)" if near else "missed, nothing predicted near"
            counts[f"{label} [{error['gold']['kind']}]"] += 1
        for error in kinds["false_positive"]:
            near = any(_overlaps(error["pred"], g) for g in golds)
            label = "false positive, near a gold unit" if near else "false positive, no gold unit near"
            counts[f"{label} [{error['pred']['kind']}]"] += 1
        for error in kinds["wrong_speaker"]:
            label = "wrong speaker, none predicted" if error["pred"]["speaker"] is None else "wrong speaker, another one"
            counts[f"{label} [{error['gold']['kind']}]"] += 1
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("errors", type=Path, help="the JSONL file written by accuracy.py --errors")
    args = parser.parse_args()
    errors = [json.loads(line) for line in args.errors.read_text(encoding="utf-8").splitlines() if line.strip()]
    for label, count in classify(errors).most_common():
        print(f"{count:6d}  {label}")


if __name__ == "__main__":
    main()
