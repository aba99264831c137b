"""The documentation is tested: every example in README.md and docs/*.md runs.

How an example is written (also described in docs/index.md, "Examples are tests"):

- A fenced ```python block runs as Python. Blocks of one Markdown file share one
  namespace and run in file order, so a later block may use a name an earlier one
  defined; each file starts from a fresh namespace.
- A fenced ```bash block runs under ``bash -e``, with ``quoteattr`` meaning
  ``python -m quoteattr`` of this checkout. It must exit 0. Blocks that contain
  ``pip install`` are install instructions and are not run.
- Either kind may be followed, with nothing but blank lines between, by a ```text
  (or ```output) block: the example's standard output must equal it, line for line
  (trailing spaces ignored; a line ``...`` or a ``...`` inside a line matches
  anything, as doctest's ELLIPSIS). Standard error is not compared.
- A ```python block whose first line starts with ``>>>``, and a ```pycon block,
  run as a doctest in the file's namespace.
- A block with a line ``# docs-test: skip <reason>`` is not run (and neither is
  its output compared): for examples that need stanza's models, a Dask cluster,
  a corpus or the network.

Every example runs in a scratch folder holding copies of ``examples/`` and
``docs/examples/``, so relative paths in the docs work and outputs written by
an example land nowhere near the repository.

A failing example names the Markdown file and line and shows a diff of the
output it shows against the output it printed.

The other tests here check that the reference is complete: every public name
is documented in docs/api.md and has a docstring, every CLI option is in
docs/cli.md, the package's own docstring examples pass, and every relative link
in the docs points at a file.
"""

from __future__ import annotations

import contextlib
import difflib
import doctest
import enum
import importlib
import inspect
import io
import os
import pkgutil
import re
import shutil
import subprocess
import sys
import textwrap
import traceback
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs
import pytest

import quoteattr

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
DOC_FILES = [ROOT / "README.md", *sorted(DOCS.glob("*.md"))]
#: Folders copied into each example's scratch folder, at the same relative path.
EXAMPLE_FOLDERS = ("examples", "docs/examples")

SKIP_MARKER = re.compile(r"#\s*docs-test:\s*skip\b(.*)")
"""``# docs-test: skip <reason>``: the example needs something CI does not have."""

FENCE = re.compile(r"^(?P<indent>[ \t]*)(?P<fence>`{3,}|~{3,})[ \t]*(?P<info>[^`\s]*)[^`]*$")
"""The opening or closing line of a fenced code block; ``info`` is its language."""

CODE_LANGUAGES = {"python", "py", "pycon", "bash", "sh", "shell", "console"}
OUTPUT_LANGUAGES = {"text", "output"}


@attrs.frozen
class Block:
    """One fenced code block of a Markdown file."""

    path: Path
    line: int  # 1-based line of the opening fence
    language: str
    code: str


@attrs.frozen
class Example:
    """A runnable block, with the output block that follows it, if any."""

    code: Block
    output: Block | None

    @property
    def where(self) -> str:
        return f"{self.code.path.relative_to(ROOT)}:{self.code.line}"

    @property
    def is_doctest(self) -> bool:
        first = self.code.code.lstrip().splitlines()[:1]
        return self.code.language == "pycon" or (first != [] and first[0].startswith(">>>"))

    @property
    def skip_reason(self) -> str | None:
        match = SKIP_MARKER.search(self.code.code)
        if match:
            return match.group(1).strip(" :—-,") or "marked # docs-test: skip"
        if self.code.language in ("bash", "sh", "shell", "console") and "pip install" in self.code.code:
            return "install instructions are not run"
        return None


def read_blocks(path: Path) -> list[tuple[Block, int]]:
    """The fenced blocks of ``path`` with the line after each block's closing fence."""
    lines = path.read_text(encoding="utf-8").splitlines()
    blocks: list[tuple[Block, int]] = []
    i = 0
    while i < len(lines):
        opening = FENCE.match(lines[i])
        if not opening or not opening.group("info"):
            i += 1
            continue
        fence, indent = opening.group("fence"), len(opening.group("indent"))
        body: list[str] = []
        j = i + 1
        while j < len(lines) and not (lines[j].strip().startswith(fence) and lines[j].strip().strip(fence[0]) == ""):
            line = lines[j]
            body.append(line[indent:] if line[:indent].strip() == "" else line.lstrip())
            j += 1
        if j == len(lines):
            raise AssertionError(f"{path.relative_to(ROOT)}:{i + 1}: code block is never closed")
        code = "\n".join(body) + "\n"
        blocks.append((Block(path, i + 1, opening.group("info").lower(), code), j + 1))
        i = j + 1
    return blocks


def examples_of(path: Path) -> list[Example]:
    """The runnable blocks of a Markdown file, each paired with its shown output."""
    lines = path.read_text(encoding="utf-8").splitlines()
    blocks = read_blocks(path)
    examples = []
    for index, (block, after) in enumerate(blocks):
        if block.language not in CODE_LANGUAGES:
            continue
        output = None
        if index + 1 < len(blocks):
            following = blocks[index + 1][0]
            between = lines[after : following.line - 1]
            if following.language in OUTPUT_LANGUAGES and all(not line.strip() for line in between):
                output = following
        examples.append(Example(block, output))
    return examples


ALL_EXAMPLES = [example for path in DOC_FILES for example in examples_of(path)]

#: Pages written by other work before these conventions existed. Their examples
#: are run too, but a failure is reported as an expected failure (xfail) until
#: the page follows the conventions (a skip marker on examples that need data,
#: models or a cluster); then remove the page from this set.
PAGES_NOT_YET_CONVERTED: set[str] = set()


def _param(example: Example) -> Any:
    marks = []
    if example.code.path.parent == DOCS and example.code.path.name in PAGES_NOT_YET_CONVERTED:
        marks.append(pytest.mark.xfail(reason=f"{example.code.path.name} does not follow the docs-test conventions yet"))
    return pytest.param(example, marks=marks, id=f"{example.where}:{example.code.language}")


# -- running -----------------------------------------------------------------------


class Workspace:
    """One scratch folder and one Python namespace per Markdown file."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.folders: dict[Path, Path] = {}
        self.namespaces: dict[Path, dict[str, Any]] = {}
        self.done: dict[Path, int] = {}  # how many examples of the file have run

    def folder(self, path: Path) -> Path:
        if path not in self.folders:
            folder = self.root / re.sub(r"\W", "_", str(path.relative_to(ROOT)))
            folder.mkdir()
            for name in EXAMPLE_FOLDERS:
                if (ROOT / name).is_dir():
                    shutil.copytree(ROOT / name, folder / name)
            self.folders[path] = folder
            self.namespaces[path] = {"__name__": "__docs__"}
        return self.folders[path]


@pytest.fixture(scope="session")
def workspace(tmp_path_factory: pytest.TempPathFactory) -> Workspace:
    return Workspace(tmp_path_factory.mktemp("docs"))


def run_python(code: str, namespace: dict[str, Any], where: str) -> str:
    """Execute ``code`` in ``namespace``; its standard output."""
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        try:
            exec(compile(code, where, "exec"), namespace)
        except Exception:
            # Show the traceback with the Markdown file and line, not test_docs internals.
            text = "".join(traceback.format_exception(*sys.exc_info())[1:])
            raise AssertionError(
                f"{where}: the example raised\n{text}\nprinted before that:\n{out.getvalue()}"
            ) from None
    return out.getvalue()


def run_doctest(example: Example, namespace: dict[str, Any]) -> None:
    """Run a ``>>>`` block as a doctest; fail with doctest's report, naming the file and line."""
    parser = doctest.DocTestParser()
    test = parser.get_doctest(
        example.code.code, namespace, example.where, str(example.code.path), example.code.line
    )
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    report = io.StringIO()
    runner.run(test, out=report.write, clear_globs=False)
    if runner.failures:
        pytest.fail(f"{example.where}: doctest failed\n{report.getvalue()}", pytrace=False)


SHELL_PRELUDE = textwrap.dedent(
    """\
    quoteattr() { "$DOCS_PYTHON" -m quoteattr "$@"; }
    python() { "$DOCS_PYTHON" "$@"; }
    """
)


def run_shell(code: str, folder: Path, where: str) -> str:
    """Run ``code`` under ``bash -e`` in ``folder``; its standard output."""
    env = dict(os.environ)
    env["DOCS_PYTHON"] = sys.executable
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    done = subprocess.run(
        ["bash", "-e", "-o", "pipefail", "-c", SHELL_PRELUDE + code],
        cwd=folder,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        stdin=subprocess.DEVNULL,
    )
    if done.returncode != 0:
        pytest.fail(
            f"{where}: the shell example exited with status {done.returncode}\n"
            f"stdout:\n{done.stdout}\nstderr:\n{done.stderr}",
            pytrace=False,
        )
    return done.stdout


def normalise(text: str) -> str:
    return "\n".join(line.rstrip() for line in text.strip("\n").splitlines())


def check_output(example: Example, got: str) -> None:
    """Fail with a diff naming both blocks when ``got`` is not the shown output."""
    assert example.output is not None
    want, got = normalise(example.output.code), normalise(got)
    if want == got or doctest.OutputChecker().check_output(want + "\n", got + "\n", doctest.ELLIPSIS):
        return
    shown = f"{example.output.path.relative_to(ROOT)}:{example.output.line} (shown)"
    diff = difflib.unified_diff(
        want.splitlines(), got.splitlines(), fromfile=shown, tofile="printed", lineterm=""
    )
    pytest.fail(
        f"{example.where}: the example printed something else than the output shown below it\n"
        + "\n".join(diff)
        + "\n(if the new output is right, paste it into the doc's output block)",
        pytrace=False,
    )


def run_example(example: Example, workspace: Workspace) -> str | None:
    """Run one example in its file's folder and namespace; its stdout (None for a doctest)."""
    path = example.code.path
    folder = workspace.folder(path)
    if example.code.language in ("bash", "sh", "shell", "console"):
        return run_shell(example.code.code, folder, example.where)
    namespace = workspace.namespaces[path]
    with contextlib.chdir(folder) if hasattr(contextlib, "chdir") else _chdir(folder):
        if example.is_doctest:
            run_doctest(example, namespace)
            return None
        return run_python(example.code.code, namespace, example.where)


@contextlib.contextmanager
def _chdir(folder: Path) -> Iterator[None]:
    before = os.getcwd()
    os.chdir(folder)
    try:
        yield
    finally:
        os.chdir(before)


def _python_before(example: Example) -> list[Example]:
    """The Python examples of the same file that come before ``example``."""
    same_file = [e for e in ALL_EXAMPLES if e.code.path == example.code.path]
    return [
        e for e in same_file[: same_file.index(example)]
        if e.code.language not in ("bash", "sh", "shell", "console") and e.skip_reason is None
    ]


@pytest.mark.parametrize("example", [_param(example) for example in ALL_EXAMPLES])
def test_example(example: Example, workspace: Workspace) -> None:
    reason = example.skip_reason
    if reason:
        pytest.skip(f"{example.where}: {reason}")
    path = example.code.path
    # Selected alone (pytest -k), an example first needs the names its file defined earlier.
    shell = example.code.language in ("bash", "sh", "shell", "console")
    earlier = [] if shell else _python_before(example)
    for previous in earlier[workspace.done.get(path, 0) :]:
        try:
            run_example(previous, workspace)
        except BaseException as error:  # noqa: BLE001 - reported as this example's setup
            pytest.fail(f"{example.where}: an earlier example, {previous.where}, failed: {error}", pytrace=False)
    got = run_example(example, workspace)
    if not shell:
        workspace.done[path] = len(earlier) + 1
    if example.output is not None and got is not None:
        check_output(example, got)


def test_the_docs_have_examples() -> None:
    """The collector found the examples (a broken fence parser must not pass silently)."""
    assert any(e.output is not None for e in ALL_EXAMPLES if e.code.path.name == "README.md")
    assert any(e.code.language == "bash" and e.output for e in ALL_EXAMPLES)
    assert any(e.code.language == "python" and e.output for e in ALL_EXAMPLES)


def test_read_blocks_pairs_output(tmp_path: Path) -> None:
    """The convention itself: code, blank lines, then a text block is the code's output."""
    page = tmp_path / "page.md"
    page.write_text(
        "Intro.\n\n```python\nprint(1)\n```\n\n```text\n1\n```\n\n```bash\necho hi\n```\n\nProse.\n\n"
        "```text\nnot an output\n```\n\n```python\n# docs-test: skip needs a GPU\nrun()\n```\n",
        encoding="utf-8",
    )
    found = examples_of(page)
    assert [(e.code.line, e.code.language, e.output and e.output.line) for e in found] == [
        (3, "python", 7),
        (11, "bash", None),
        (21, "python", None),
    ]
    assert found[2].skip_reason == "needs a GPU"


# -- the reference is complete --------------------------------------------------------


API = DOCS / "api.md"
CLI = DOCS / "cli.md"


def test_api_reference_names_every_public_name() -> None:
    text = API.read_text(encoding="utf-8")
    missing = [name for name in quoteattr.__all__ if f"`{name}" not in text]
    assert not missing, f"docs/api.md does not document {missing} (quoteattr.__all__)"


@pytest.mark.parametrize("cls", [quoteattr.Quote, quoteattr.Span, quoteattr.Speaker, quoteattr.Character])
def test_api_reference_names_every_field(cls: type) -> None:
    text = API.read_text(encoding="utf-8")
    missing = [f.name for f in attrs.fields(cls) if f"`{f.name}`" not in text]
    assert not missing, f"docs/api.md does not describe {cls.__name__} fields {missing}"


def test_api_reference_names_every_quote_kind() -> None:
    text = API.read_text(encoding="utf-8")
    missing = [kind.name for kind in quoteattr.QuoteKind if f"`{kind.name}`" not in text]
    assert not missing, f"docs/api.md does not describe QuoteKind members {missing}"


def test_cli_reference_names_every_option() -> None:
    from quoteattr.cli import build_parser

    text = CLI.read_text(encoding="utf-8")
    options = [o for action in build_parser()._actions for o in action.option_strings if o.startswith("--")]
    missing = [option for option in options if f"`{option}" not in text]
    assert not missing, f"docs/cli.md does not describe {missing}"
    assert "quoteattr download" in text


PUBLIC_MODULES = ("quoteattr", "quoteattr.batch", "quoteattr.cli", "quoteattr.html", "quoteattr.distributed")

#: Public methods known to lack a docstring, in files the docs do not own. Remove
#: an entry when its docstring is written; the test fails if a new one appears.
KNOWN_UNDOCUMENTED = {
    "quoteattr.Quote.to_dict",
    "quoteattr.Span.contains",
    "quoteattr.Span.overlaps",
    "quoteattr.Span.to_dict",
    "quoteattr.Speaker.to_dict",
    "quoteattr.batch.Result.ok",
}


def _public_names() -> Iterator[tuple[str, Any]]:
    for module_name in PUBLIC_MODULES:
        module = importlib.import_module(module_name)
        for name in module.__all__:
            value = getattr(module, name)
            yield f"{module_name}.{name}", value
            if inspect.isclass(value) and not issubclass(value, enum.Enum):
                for member, attribute in vars(value).items():
                    if not member.startswith("_") and (callable(attribute) or isinstance(attribute, property)):
                        yield f"{module_name}.{name}.{member}", attribute


def test_public_names_have_docstrings() -> None:
    missing = {name for name, value in _public_names() if not inspect.getdoc(value)}
    new = sorted(missing - KNOWN_UNDOCUMENTED)
    assert not new, f"public names without a docstring: {new}"
    written = sorted(KNOWN_UNDOCUMENTED - missing)
    assert not written, f"these now have docstrings, remove them from KNOWN_UNDOCUMENTED: {written}"


def _package_modules() -> list[str]:
    names = ["quoteattr"]
    for info in pkgutil.walk_packages(quoteattr.__path__, "quoteattr."):
        if not info.name.endswith("__main__"):
            names.append(info.name)
    return names


@pytest.mark.parametrize("module_name", _package_modules())
def test_docstring_examples(module_name: str) -> None:
    """The ``>>>`` examples in the package's own docstrings pass."""
    module = importlib.import_module(module_name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS, report=True, verbose=False)
    assert result.failed == 0, f"{module_name}: {result.failed} docstring example(s) failed (see output above)"


#: Pages that other work owns: linked from here, checked once they exist.
PAGES_ELSEWHERE = {"benchmarks.md", "scale.md", "stanza.md"}

LINK = re.compile(r"\]\((?!https?://|mailto:|#)([^)#\s]+)(?:#[^)]*)?\)")


@pytest.mark.parametrize("path", DOC_FILES, ids=[str(p.relative_to(ROOT)) for p in DOC_FILES])
def test_relative_links_resolve(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    broken = []
    for target in LINK.findall(text):
        resolved = (path.parent / target).resolve()
        if not resolved.exists() and resolved.name not in PAGES_ELSEWHERE:
            broken.append(target)
    assert not broken, f"{path.relative_to(ROOT)} links to missing files: {broken}"
