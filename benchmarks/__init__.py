"""Evaluation harness for quoteattr: gold-corpus readers, the scorer and the CLI.

- `benchmarks.corpora` reads PolNeAR, PDNC and LitBank into `GoldDoc` values.
- `benchmarks.scoring` implements the metric of EVAL.md over duck-typed predictions.
- `benchmarks/accuracy.py` runs `quoteattr.extract` over a corpus and prints the figures.
"""
