"""The `quoteattr` command, run for real on small texts written here."""

from __future__ import annotations

import csv
import importlib.util
import io
import json
import os
import subprocess
import sys
import types
from pathlib import Path

import pytest

from quoteattr.cli import main
from quoteattr.progress import Progress

ROOT = Path(__file__).resolve().parents[1]
JANE = "“We will win,” Jane Smith said.\n"  # quote 0-14, cue "said" at 26-30
TERM = 'The so-called "special operation" went on.\n'


def run(*args: str, stdin: str | bytes | None = None) -> subprocess.CompletedProcess[str]:
    """``python -m quoteattr ARGS`` in a child process, as a user would run it."""
    env = {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    data = stdin.encode("utf-8") if isinstance(stdin, str) else stdin
    done = subprocess.run(
        [sys.executable, "-m", "quoteattr", *args], input=data, capture_output=True, env=env, timeout=120
    )
    return subprocess.CompletedProcess(
        done.args, done.returncode, done.stdout.decode("utf-8"), done.stderr.decode("utf-8")
    )


@pytest.fixture()
def jane(tmp_path: Path) -> Path:
    path = tmp_path / "jane.txt"
    path.write_text(JANE, encoding="utf-8")
    return path


def test_human_output_shows_position_kind_speaker_cue_and_text(jane: Path) -> None:
    done = run(str(jane))
    assert done.returncode == 0, done.stderr
    header, line = done.stdout.splitlines()
    assert header == f"{jane}: 1 quote"
    assert line.split() == ["0-14", "direct", "Jane", "Smith", "said", "“We", "will", "win,”"]
    assert "1 document, 1 quote, 0 errors" in done.stderr


def test_stdin_when_no_file() -> None:
    done = run("--format", "jsonl", stdin=JANE)
    assert done.returncode == 0, done.stderr
    record = json.loads(done.stdout)
    assert record["id"] == "<stdin>"
    assert [(q["start"], q["end"], q["kind"]) for q in record["quotes"]] == [(0, 14, "direct")]


def test_json_is_a_list_of_records(jane: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(jane), "--format", "json", "--quiet"]) == 0
    out, err = capsys.readouterr()
    (record,) = json.loads(out)
    quote = record["quotes"][0]
    assert record["id"] == str(jane)
    assert JANE[quote["start"] : quote["end"]] == quote["text"] == "“We will win,”"
    assert quote["speaker"]["name"] == "Jane Smith"
    assert JANE[quote["cue"]["start"] : quote["cue"]["end"]] == "said"
    assert err == ""  # --quiet: no summary


def test_csv_has_one_row_per_quote(jane: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(jane), "--format", "csv", "-q"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert len(rows) == 1
    assert (rows[0]["start"], rows[0]["end"], rows[0]["kind"]) == ("0", "14", "direct")
    assert (rows[0]["speaker"], rows[0]["cue"], rows[0]["error"]) == ("Jane Smith", "said", "")


def test_bad_files_are_named_and_the_others_still_processed(tmp_path: Path, jane: Path) -> None:
    latin1 = tmp_path / "latin1.txt"
    latin1.write_bytes("“Oui,” dit l’abbé.".encode("utf-8")[:-3] + b"\xe9.")
    empty = tmp_path / "empty_dir"
    empty.mkdir()
    done = run(str(tmp_path / "missing.txt"), str(latin1), str(empty), str(jane), "--format", "jsonl")
    assert done.returncode == 1
    assert f"{tmp_path / 'missing.txt'}: no such file" in done.stderr
    assert f"{latin1}: not UTF-8 text (byte 0xe9 at offset" in done.stderr
    assert "iconv" in done.stderr
    assert f"{empty}: folder holds no .txt files" in done.stderr
    records = [json.loads(line) for line in done.stdout.splitlines()]
    assert [("error" in r) for r in records] == [True, True, True, False]
    assert records[3]["id"] == str(jane) and len(records[3]["quotes"]) == 1
    assert "4 documents, 1 quote, 3 errors" in done.stderr


def test_folders_are_searched_for_txt_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "b" / "deep").mkdir(parents=True)
    (tmp_path / "a.txt").write_text(JANE, encoding="utf-8")
    (tmp_path / "b" / "deep" / "c.txt").write_text(JANE, encoding="utf-8")
    (tmp_path / "b" / "notes.md").write_text(JANE, encoding="utf-8")
    assert main([str(tmp_path), "--format", "jsonl", "-q"]) == 0
    ids = [json.loads(line)["id"] for line in capsys.readouterr().out.splitlines()]
    assert ids == [str(tmp_path / "a.txt"), str(tmp_path / "b" / "deep" / "c.txt")]


def test_jsonl_input_with_fields_and_a_bad_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "news.jsonl"
    lines = [
        json.dumps({"url": "u1", "body": JANE}),
        "{not json",
        json.dumps({"url": "u3", "title": "no body"}),
        "",
        json.dumps({"body": JANE}),
    ]
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    argv = [str(source), "--input-format", "jsonl", "--text-field", "body", "--id-field", "url", "-f", "jsonl"]
    assert main(argv) == 1
    out, err = capsys.readouterr()
    records = [json.loads(line) for line in out.splitlines()]
    assert [r["id"] for r in records] == ["u1", f"{source}:2", "u3", f"{source}:5"]
    assert len(records[0]["quotes"]) == len(records[3]["quotes"]) == 1
    assert "not a JSON object" in records[1]["error"]
    assert "no 'body' field" in records[2]["error"]
    assert f"{source}:2: line is not a JSON object" in err


def test_jobs_2_gives_the_same_output_as_jobs_1(tmp_path: Path) -> None:
    for number in range(30):
        (tmp_path / f"doc{number:02d}.txt").write_text(JANE * (number + 1), encoding="utf-8")
    one = run(str(tmp_path), "-f", "jsonl", "--jobs", "1")
    two = run(str(tmp_path), "-f", "jsonl", "--jobs", "2")
    assert one.returncode == two.returncode == 0
    assert one.stdout == two.stdout
    assert len(one.stdout.splitlines()) == 30


def test_include_terms(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "term.txt"
    path.write_text(TERM + JANE, encoding="utf-8")
    main([str(path), "-f", "jsonl", "-q"])
    without = json.loads(capsys.readouterr().out)["quotes"]
    main([str(path), "-f", "jsonl", "-q", "--include-terms"])
    with_terms = json.loads(capsys.readouterr().out)["quotes"]
    assert "term" not in [q["kind"] for q in without]
    assert [q["kind"] for q in with_terms] == ["term", "direct"]
    assert with_terms[0]["text"] == '"special operation"'


def test_characters_map_speakers_to_the_cast(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = tmp_path / "novel.txt"
    text.write_text("“Yes,” said Jane.\n", encoding="utf-8")
    cast = tmp_path / "cast.json"
    cast.write_text(json.dumps([{"name": "Jane Fairfax", "aliases": ["Jane"], "gender": "F"}]), encoding="utf-8")
    assert main([str(text), "--characters", str(cast), "-f", "jsonl", "-q"]) == 0
    assert json.loads(capsys.readouterr().out)["quotes"][0]["speaker"]["name"] == "Jane Fairfax"


def test_bad_characters_file_is_a_usage_error(tmp_path: Path, jane: Path) -> None:
    cast = tmp_path / "cast.json"
    cast.write_text('{"name": "Jane"}', encoding="utf-8")
    done = run(str(jane), "--characters", str(cast))
    assert done.returncode == 2
    assert "expected a JSON list" in done.stderr
    done = run(str(jane), "--characters", str(tmp_path / "nope.json"))
    assert done.returncode == 2 and "no such file" in done.stderr


def test_unknown_format_is_rejected_by_argparse(jane: Path) -> None:
    done = run(str(jane), "--format", "xml")
    assert done.returncode == 2
    assert "invalid choice: 'xml'" in done.stderr


@pytest.mark.skipif(
    importlib.util.find_spec("quoteattr.html") is None, reason="quoteattr.html (render_html) has not landed yet"
)
def test_html_renders_one_page(jane: Path, tmp_path: Path) -> None:
    done = run(str(jane), "--format", "html", "--title", "Jane's page")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("<!DOCTYPE html>")
    assert 'data-speaker="Jane Smith"' in done.stdout
    other = tmp_path / "other.txt"
    other.write_text(JANE, encoding="utf-8")
    done = run(str(jane), str(other), "--format", "html")
    assert done.returncode == 2
    assert "--format html renders one document" in done.stderr


def test_download_dispatches_to_the_stanza_backend(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    calls = []
    fake = types.ModuleType("quoteattr.backends.stanza")
    fake.download_models = calls.append  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "quoteattr.backends.stanza", fake)
    assert main(["download", "--dir", str(tmp_path)]) == 0
    assert calls == [str(tmp_path)]


def test_download_without_the_backend_says_what_to_install(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(sys.modules, "quoteattr.backends.stanza", None)  # import fails
    assert main(["download"]) == 2
    assert "pip install 'quoteattr[stanza]'" in capsys.readouterr().err


def test_no_progress_bar_when_piped(tmp_path: Path) -> None:
    for number in range(5):
        (tmp_path / f"{number}.txt").write_text(JANE, encoding="utf-8")
    done = run(str(tmp_path))
    assert "\r" not in done.stderr
    assert done.stderr.startswith("quoteattr: 5 documents, 5 quotes, 0 errors, ")


def test_progress_line_on_a_terminal() -> None:
    stream = io.StringIO()
    progress = Progress(total=1000, stream=stream, enabled=True, interval=0.0)
    progress.update(250)
    line = progress.line()
    assert "[######" in line and "25%" in line and "1 docs" in line and "chars/s" in line and "ETA" in line
    assert stream.getvalue().startswith("\r[")
    progress.close()
    assert stream.getvalue().endswith("\r\x1b[K")
