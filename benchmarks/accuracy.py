"""Score `quoteattr.extract` on a gold corpus and print the figures of EVAL.md.

Usage, from the repository root::

    python benchmarks/accuracy.py polnear /work/shared/data/polnear/data/dev
    python benchmarks/accuracy.py pdnc /work/shared/data/pdnc/data --with-characters
    python benchmarks/accuracy.py litbank /work/shared/data/litbank/quotations/tsv \\
        --json out.json --errors errors.jsonl --limit 10 --kind direct

Only the `extract` calls are timed (after the import), for the throughput line.

Outputs:

- ``--json OUT``: ``{"corpus", "kind_filter", "documents", "views": {"all"|"direct"|
  "indirect": {"exact"|"overlap"|"attributed": {gold, pred, correct, precision, recall,
  f1}, "speaker_accuracy": {total, correct, accuracy}}}, "speaker_by_quote_type"
  (PDNC), "speaker_by_confidence": {"top", "bottom"}, "addressee_accuracy" (or null),
  "error_counts", "path", "with_characters", "limit", "throughput": {seconds, chars,
  words, chars_per_second, words_per_second}}``.
- ``--errors OUT``: one JSON object per line, ``type`` one of ``missed`` (gold only),
  ``false_positive`` (pred only), ``boundary`` (both, plus ``jaccard``) and
  ``wrong_speaker`` (both, plus ``no_speaker_predicted`` and, on PDNC,
  ``resolved_to``); every record has ``corpus``, ``doc`` and ``context`` (200
  characters either side, the span marked ⟦…⟧). ``gold``: id, start, end, kind,
  text, speaker, speaker_span, quote_type; ``pred``: start, end, kind, text,
  speaker, mention, mention_span, confidence, addressee.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a script: make `benchmarks` and `quoteattr` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.corpora import GoldDoc, read_corpus  # noqa: E402
from benchmarks.scoring import Scorer  # noqa: E402


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="Score quoteattr.extract against a gold corpus (see EVAL.md).")
    parser.add_argument("corpus", choices=["polnear", "pdnc", "litbank"])
    parser.add_argument("path", type=Path, help="corpus folder, e.g. /work/shared/data/polnear/data/dev")
    parser.add_argument("--json", type=Path, metavar="OUT", help="write every figure to this JSON file")
    parser.add_argument("--errors", type=Path, metavar="OUT", help="write one JSON line per error to this file")
    parser.add_argument("--limit", type=int, metavar="N", help="score only the first N documents")
    parser.add_argument("--kind", choices=["all", "direct", "indirect"], default="all",
                        help="score only gold units and predictions of this kind (indirect includes mixed)")
    parser.add_argument("--no-beliefs", action="store_true",
                        help="extract(beliefs=False): leave out reported beliefs and intentions")
    parser.add_argument("--with-characters", action="store_true",
                        help="PDNC: pass the novel's cast to extract(characters=...); default end-to-end")
    return parser.parse_args(argv)


def run(args: argparse.Namespace) -> tuple[Scorer, dict[str, float]]:
    """Read the corpus, run extract on every document, score; return scorer and timing."""
    docs = read_corpus(args.corpus, args.path, limit=args.limit)
    import quoteattr  # imported before the clock starts

    scorer = Scorer(args.corpus, kind=args.kind)
    seconds = 0.0
    for doc in docs:
        kwargs = _characters_kwargs(quoteattr, doc) if args.with_characters else {}
        if args.no_beliefs:
            kwargs["beliefs"] = False
        started = time.perf_counter()
        quotes = quoteattr.extract(doc.text, **kwargs)
        seconds += time.perf_counter() - started
        scorer.add(doc, quotes)
    chars = sum(len(doc.text) for doc in docs)
    words = sum(len(doc.text.split()) for doc in docs)
    timing = {
        "seconds": round(seconds, 3),
        "chars": chars,
        "words": words,
        "chars_per_second": round(chars / seconds, 1) if seconds else 0.0,
        "words_per_second": round(words / seconds, 1) if seconds else 0.0,
    }
    return scorer, timing


def _characters_kwargs(quoteattr: Any, doc: GoldDoc) -> dict[str, Any]:
    """``characters=[quoteattr.Character(...)]`` from the document's cast, if it has one."""
    if not doc.characters:
        return {}
    cast = [quoteattr.Character(c.name, aliases=c.aliases, gender=c.gender) for c in doc.characters]
    return {"characters": cast}


def format_report(scorer: Scorer, timing: dict[str, float], title: str) -> str:
    """The printed table: quote P/R/F1 per view, speakers, attribution, throughput."""
    data = scorer.to_dict()
    lines = [title, ""]
    header = f"{'view':<9}{'gold':>7}{'pred':>7}  {'exact P':>7} {'R':>5} {'F1':>5}  {'overlap P':>9} {'R':>5} {'F1':>5}"
    lines += [header, "-" * len(header)]
    for view, figures in data["views"].items():
        ex, ov = figures["exact"], figures["overlap"]
        if not ex["gold"] and not ex["pred"]:
            continue
        lines.append(
            f"{view:<9}{ex['gold']:>7}{ex['pred']:>7}  {ex['precision']:>7.3f} {ex['recall']:>5.3f} {ex['f1']:>5.3f}"
            f"  {ov['precision']:>9.3f} {ov['recall']:>5.3f} {ov['f1']:>5.3f}"
        )
    lines += ["", "Speaker accuracy (overlap-matched units with a gold speaker)"]
    for view, figures in data["views"].items():
        if figures["speaker_accuracy"]["total"]:
            lines.append("  " + _accuracy_line(view, figures["speaker_accuracy"]))
    for quote_type, figures in data["speaker_by_quote_type"].items():
        lines.append("  " + _accuracy_line(f"{quote_type}", figures))
    for half, figures in data["speaker_by_confidence"].items():
        lines.append("  " + _accuracy_line(f"conf {half} half", figures))
    if data["addressee_accuracy"]:
        lines.append("  " + _accuracy_line("addressee", data["addressee_accuracy"]))
    lines += ["", "Attributed P/R/F1 (overlap match AND right speaker)  <- headline"]
    for view, figures in data["views"].items():
        att = figures["attributed"]
        if att["gold"] or att["pred"]:
            lines.append(
                f"  {view:<16} P {att['precision']:.3f}  R {att['recall']:.3f}  F1 {att['f1']:.3f}"
                f"  ({att['correct']} correct / {att['pred']} pred / {att['gold']} gold)"
            )
    lines += [
        "",
        f"Throughput: {timing['chars_per_second']:,.0f} chars/s, {timing['words_per_second']:,.0f} words/s"
        f" ({timing['chars']:,} chars in {timing['seconds']:.2f} s of extract)",
        f"Errors: {data['error_counts']}",
    ]
    return "\n".join(lines)


def _accuracy_line(label: str, figures: dict[str, Any]) -> str:
    return f"{label:<16} {figures['accuracy']:.3f}  ({figures['correct']}/{figures['total']})"


def write_outputs(args: argparse.Namespace, scorer: Scorer, timing: dict[str, float]) -> None:
    """``--json``: all figures plus the run settings; ``--errors``: one record per line."""
    if args.json:
        data = scorer.to_dict()
        data.update(path=str(args.path), with_characters=args.with_characters, limit=args.limit, throughput=timing)
        args.json.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    if args.errors:
        with args.errors.open("w", encoding="utf-8") as handle:
            for record in scorer.errors:
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    scorer, timing = run(args)
    if scorer.documents == 0:
        hint = "give the folder that holds them"
        print(f"accuracy.py: no {args.corpus} documents under {args.path}; {hint}", file=sys.stderr)
        return 2
    settings = f"kind={args.kind}" + (", with characters" if args.with_characters else "")
    settings += ", no beliefs" if args.no_beliefs else ""
    title = f"{args.corpus} {args.path}: {scorer.documents} documents ({settings})"
    print(format_report(scorer, timing, title))
    write_outputs(args, scorer, timing)
    return 0


if __name__ == "__main__":
    sys.exit(main())
