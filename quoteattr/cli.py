"""The ``quoteattr`` command: quotes and speakers of text files, stdin or JSONL.

    quoteattr article.txt                      # human-readable, one line per quote
    quoteattr corpus/ --format jsonl --jobs 4  # every *.txt below corpus/
    quoteattr --input-format jsonl --text-field body --id-field url < news.jsonl
    quoteattr novel.txt --format html > novel.html
    quoteattr download [--dir D]               # models for --backend stanza

Exit status: 0 when every document was processed, 1 when some failed (each
named on stderr; the others are still processed), 2 on a usage error.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any, Protocol, TextIO

from quoteattr.batch import Result, iter_results
from quoteattr.model import Character
from quoteattr.progress import Progress

__all__ = ["main"]

FORMATS = ("text", "json", "jsonl", "csv", "html")
STDIN = "-"


class UsageError(Exception):
    """A problem with the command line itself: reported, exit status 2."""


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the main command (``download`` has its own)."""
    parser = argparse.ArgumentParser(
        prog="quoteattr",
        description="Find quotes, their cues and speakers in English text.",
        epilog="Also: 'quoteattr download [--dir D]' fetches the models of --backend stanza.",
    )
    parser.add_argument("files", nargs="*", metavar="FILE", help="text files or folders of *.txt (default: stdin)")
    parser.add_argument("-f", "--format", choices=FORMATS, default="text", help="output format (default: text)")
    parser.add_argument("--include-terms", action="store_true", help="also report titles and scare quotes")
    parser.add_argument("--backend", choices=("rules", "stanza"), default="rules", help="default: rules")
    parser.add_argument("--characters", metavar="FILE.json", help='cast: a JSON list of {"name", "aliases", "gender"}')
    parser.add_argument("-j", "--jobs", type=int, default=1, help="worker processes (0: one per CPU; default 1)")
    parser.add_argument("--input-format", choices=("text", "jsonl"), default="text", help="default: text")
    parser.add_argument("--text-field", default="text", help="JSONL field holding the text (default: text)")
    parser.add_argument("--id-field", default="id", help="JSONL field holding the document id (default: id)")
    parser.add_argument("--title", help="page title for --format html (default: the file name)")
    parser.add_argument("-q", "--quiet", action="store_true", help="no progress bar and no summary line")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command; returns the exit status (the console script exits with it)."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["download"]:
        return download(argv[1:])
    args = build_parser().parse_args(argv)
    try:
        return _run(args)
    except UsageError as error:
        print(f"quoteattr: error: {error}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # `quoteattr big/ | head`: stop quietly
        sys.stderr.close()
        return 1


def download(argv: Sequence[str]) -> int:
    """``quoteattr download [--dir D]``: hand over to the stanza backend's downloader."""
    parser = argparse.ArgumentParser(prog="quoteattr download", description="Download the models of --backend stanza.")
    parser.add_argument("--dir", default=None, help="model folder (default: stanza's own)")
    args = parser.parse_args(argv)
    try:
        from quoteattr.backends.stanza import download_models
    except ImportError as error:
        print(
            f"quoteattr download: the stanza backend is not available ({error}); "
            "install it with: pip install 'quoteattr[stanza]'",
            file=sys.stderr,
        )
        return 2
    download_models(args.dir)
    return 0


def _run(args: argparse.Namespace) -> int:
    """Read, extract, write, summarise."""
    characters = _load_characters(args.characters) if args.characters else ()
    if args.jobs < 0:
        raise UsageError(f"--jobs must be >= 0 (0: one per CPU), got {args.jobs}")
    paths = _expand(args.files or [STDIN])
    if args.format == "html" and args.input_format == "text" and len(paths) > 1:
        raise UsageError(f"--format html renders one document, got {len(paths)} files: pass one FILE")
    if args.input_format == "jsonl":
        records = (record for path in paths for record in _read_jsonl(path, args.id_field))
    else:
        records = (record for path in paths for record in _read_text(path))
    results = iter_results(
        records,
        jobs=args.jobs,
        text_field=args.text_field,
        id_field=args.id_field,
        characters=characters,
        include_terms=args.include_terms,
        backend=args.backend,
    )
    progress = Progress(_total_size(paths), enabled=False if args.quiet else None)
    writer = WRITERS[args.format](sys.stdout, args)
    quotes = errors = 0
    for result in results:
        progress.update(result.chars)
        if result.ok:
            quotes += len(result.quotes)
        else:
            errors += 1
            progress.close()
            print(f"quoteattr: error: {result.id}: {result.error}", file=sys.stderr)
        writer.write(result)
    writer.close()
    progress.close()
    if not args.quiet:
        print(_summary(progress, quotes, errors), file=sys.stderr)
    return 1 if errors else 0


def _summary(progress: Progress, quotes: int, errors: int) -> str:
    seconds = progress.elapsed
    speed = progress.chars / max(seconds, 1e-9)
    return (
        f"quoteattr: {_count(progress.documents, 'document')}, {_count(quotes, 'quote')}, "
        f"{_count(errors, 'error')}, {seconds:.2f} s ({speed:,.0f} chars/s)"
    )


def _count(number: int, noun: str) -> str:
    """``_count(1, "quote")`` → ``'1 quote'``; ``_count(2, "quote")`` → ``'2 quotes'``."""
    return f"{number:,} {noun}{'' if number == 1 else 's'}"


# -- input -------------------------------------------------------------------------


def _expand(names: Sequence[str]) -> list[Path | str]:
    """Folders become their *.txt files (recursively, sorted); other names stay as given.

    A folder without texts stays too: reading it reports the problem in order.
    """
    paths: list[Path | str] = []
    for name in names:
        path = Path(name)
        if name != STDIN and path.is_dir():
            texts = sorted(p for p in path.rglob("*.txt") if p.is_file())
            paths.extend(texts or [path])
        else:
            paths.append(name if name == STDIN else path)
    return paths


def _total_size(paths: Sequence[Path | str]) -> int | None:
    """Bytes in all input files (the progress bar's estimate of characters), or None."""
    try:
        return sum(Path(path).stat().st_size for path in paths if path != STDIN) or None
    except OSError:
        return None


def _read_bytes(path: Path | str) -> bytes:
    """The raw input; raises OSError with a message fit for the user."""
    if path == STDIN:
        return sys.stdin.buffer.read()
    path = Path(path)
    if path.is_dir():
        raise OSError("folder holds no .txt files: pass the files themselves, or a folder that has some")
    if not path.exists():
        raise OSError("no such file")
    return path.read_bytes()


def _decode(data: bytes) -> str:
    """UTF-8 text, or a ValueError saying where it is not and what to do."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        bad = data[error.start]
        raise ValueError(
            f"not UTF-8 text (byte 0x{bad:02x} at offset {error.start}): "
            "convert it first, e.g. iconv -f latin1 -t utf-8"
        ) from None


def _name(path: Path | str) -> str:
    return "<stdin>" if path == STDIN else str(path)


def _read_text(path: Path | str) -> Iterator[dict[str, Any] | Result]:
    """One document per file, its id the file name."""
    try:
        text = _decode(_read_bytes(path))
    except (OSError, ValueError) as error:
        yield Result(_name(path), error=_reason(error))
        return
    yield {"id": _name(path), "text": text}


def _read_jsonl(path: Path | str, id_field: str = "id") -> Iterator[dict[str, Any] | Result]:
    """One document per line, read lazily; a bad line is an error record, not the end.

    A line without ``id_field`` gets ``FILE:LINE`` as its id.
    """
    try:
        stream = sys.stdin.buffer if path == STDIN else open(_check_file(path), "rb")  # noqa: SIM115
    except OSError as error:
        yield Result(_name(path), error=_reason(error))
        return
    with stream:
        for number, raw in enumerate(stream, start=1):
            if not raw.strip():
                continue
            where = f"{_name(path)}:{number}"
            try:
                record = json.loads(_decode(raw))
            except ValueError as error:
                yield Result(where, error=f"line is not a JSON object: {error}")
                continue
            if not isinstance(record, dict):
                yield Result(where, error=f"line is a JSON {type(record).__name__}, not an object")
                continue
            record.setdefault(id_field, where)
            yield record


def _check_file(path: Path | str) -> Path:
    path = Path(path)
    if path.is_dir():
        raise OSError("folder holds no .txt files: pass the JSONL files themselves")
    if not path.exists():
        raise OSError("no such file")
    return path


def _reason(error: Exception) -> str:
    """The message of an OSError without its errno prefix."""
    if isinstance(error, OSError) and error.strerror:
        return error.strerror.lower()
    return str(error)


def _load_characters(name: str) -> tuple[Character, ...]:
    """The cast from a JSON list of {"name", "aliases", "gender"}."""
    try:
        data = json.loads(Path(name).read_text(encoding="utf-8"))
    except OSError as error:
        raise UsageError(f"--characters {name}: {_reason(error)}") from None
    except ValueError as error:
        raise UsageError(f"--characters {name}: not valid JSON ({error})") from None
    if not isinstance(data, list):
        raise UsageError(f'--characters {name}: expected a JSON list of {{"name": ..., "aliases": [...]}}')
    cast = []
    for i, entry in enumerate(data):
        if not isinstance(entry, dict) or not isinstance(entry.get("name"), str):
            raise UsageError(f'--characters {name}: entry {i} needs a "name" string, got {entry!r}')
        cast.append(Character(entry["name"], entry.get("aliases", ()), entry.get("gender")))
    return tuple(cast)


# -- output ------------------------------------------------------------------------


class TextWriter:
    """Human-readable: a header per document, then one aligned line per quote."""

    MAX_QUOTE = 100  # characters of quote text shown; the rest is elided

    def __init__(self, out: TextIO, args: argparse.Namespace) -> None:
        self.out = out

    def write(self, result: Result) -> None:
        if not result.ok:
            return  # named on stderr
        self.out.write(f"{result.id}: {_count(len(result.quotes), 'quote')}\n")
        for quote in result.quotes:
            speaker = quote.speaker.name if quote.speaker else "?"
            cue = quote.cue.of(result.text) if quote.cue and result.text else "-"
            position = f"{quote.span.start}-{quote.span.end}"
            self.out.write(
                f"  {position:>11}  {quote.kind.value:<8}  {_cut(speaker, 24):<24}  "
                f"{_cut(cue, 10):<10}  {_clip(quote.text, self.MAX_QUOTE)}\n"
            )

    def close(self) -> None:
        self.out.flush()


def _cut(text: str, width: int) -> str:
    """``text`` on one line, its end cut with … when longer than ``width``."""
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _clip(text: str, width: int) -> str:
    """``text`` on one line, cut in the middle with … when longer than ``width``."""
    text = " ".join(text.split())
    if len(text) <= width:
        return text
    head = (width - 1) * 2 // 3
    return text[:head] + "…" + text[len(text) - (width - 1 - head) :]


class JsonlWriter:
    """One result record per line: ``{"id", "quotes"}`` or ``{"id", "error"}``."""

    def __init__(self, out: TextIO, args: argparse.Namespace) -> None:
        self.out = out

    def write(self, result: Result) -> None:
        self.out.write(json.dumps(result.to_dict(), ensure_ascii=False) + "\n")

    def close(self) -> None:
        self.out.flush()


class JsonWriter:
    """A JSON list of result records, written as they come (never held in memory)."""

    def __init__(self, out: TextIO, args: argparse.Namespace) -> None:
        self.out = out
        self.count = 0

    def write(self, result: Result) -> None:
        self.out.write("[\n" if self.count == 0 else ",\n")
        self.out.write(json.dumps(result.to_dict(), ensure_ascii=False, indent=2))
        self.count += 1

    def close(self) -> None:
        self.out.write("\n]\n" if self.count else "[]\n")
        self.out.flush()


class CsvWriter:
    """One row per quote; a failed document is one row with its error."""

    COLUMNS = (
        "id", "start", "end", "kind", "speaker", "speaker_start", "speaker_end",
        "cue", "cue_start", "cue_end", "confidence", "text", "error",
    )  # fmt: skip

    def __init__(self, out: TextIO, args: argparse.Namespace) -> None:
        self.out = out
        self.rows = csv.writer(out)
        self.rows.writerow(self.COLUMNS)

    def write(self, result: Result) -> None:
        if not result.ok:
            self.rows.writerow([result.id] + [""] * (len(self.COLUMNS) - 2) + [result.error])
            return
        for quote in result.quotes:
            speaker, mention, cue = quote.speaker, quote.speaker and quote.speaker.mention, quote.cue
            self.rows.writerow(
                [
                    result.id, quote.span.start, quote.span.end, quote.kind.value,
                    speaker.name if speaker else "",
                    mention.start if mention else "", mention.end if mention else "",
                    cue.of(result.text) if cue and result.text else "",
                    cue.start if cue else "", cue.end if cue else "",
                    quote.confidence, quote.text, "",
                ]
            )  # fmt: skip

    def close(self) -> None:
        self.out.flush()


class HtmlWriter:
    """One self-contained page of the one input document (quoteattr.html)."""

    def __init__(self, out: TextIO, args: argparse.Namespace) -> None:
        try:
            from quoteattr.html import render_html
        except ImportError as error:
            raise UsageError(f"--format html needs quoteattr.html, which this install lacks ({error})") from None
        self.render = render_html
        self.out = out
        self.title = args.title
        self.done = False

    def write(self, result: Result) -> None:
        if self.done:
            raise UsageError("--format html renders one document, got more: pass one FILE or one JSONL line")
        if result.ok and result.text is not None:
            title = self.title or Path(str(result.id)).name
            self.out.write(self.render(result.text, list(result.quotes), title=title))
            self.done = True

    def close(self) -> None:
        self.out.flush()


class Writer(Protocol):
    """What every output format does: one result at a time, then close."""

    def write(self, result: Result) -> None: ...

    def close(self) -> None: ...


WRITERS: dict[str, Callable[[TextIO, argparse.Namespace], Writer]] = {
    "text": TextWriter,
    "json": JsonWriter,
    "jsonl": JsonlWriter,
    "csv": CsvWriter,
    "html": HtmlWriter,
}


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
