"""The HTML view: every quote is on the page with its data, text is escaped, spans may nest or cross."""

from __future__ import annotations

import base64
import hashlib
import re
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

import pytest

import quoteattr
from quoteattr import Character, Quote, QuoteKind, Span, Speaker
from quoteattr.html import PALETTE, UNATTRIBUTED, render_html

FIXTURES = Path(__file__).parent / "fixtures" / "html"
CAST = [
    Character("Mr. Bennet", gender="M"),
    Character("Mrs. Bennet", aliases=("his lady", "his wife"), gender="F"),
]
VOID = {"meta", "br", "img", "input", "link", "hr", "area", "base", "col", "embed", "source", "track", "wbr"}


class Element:
    def __init__(self, tag: str, attrs: dict[str, str], parent: Element | None) -> None:
        self.tag, self.attrs, self.parent = tag, attrs, parent
        self.children: list[Element | str] = []

    @property
    def text(self) -> str:
        return "".join(c if isinstance(c, str) else c.text for c in self.children)

    @property
    def classes(self) -> set[str]:
        return set(self.attrs.get("class", "").split())

    def iter(self) -> list[Element]:
        out = [self]
        for child in self.children:
            if isinstance(child, Element):
                out += child.iter()
        return out

    def ancestors(self) -> list[Element]:
        out, node = [], self.parent
        while node is not None:
            out.append(node)
            node = node.parent
        return out


class Tree(HTMLParser):
    """The page as a tree; fails on a close tag that does not match the open one."""

    def __init__(self, page: str) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Element("#root", {}, None)
        self.node = self.root
        self.feed(page)
        self.close()
        assert self.node is self.root, f"unclosed <{self.node.tag}>"

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        element = Element(tag, {k: v or "" for k, v in attrs}, self.node)
        self.node.children.append(element)
        if tag not in VOID:
            self.node = element

    def handle_endtag(self, tag: str) -> None:
        assert tag == self.node.tag, f"</{tag}> closes <{self.node.tag}>"
        assert self.node.parent is not None
        self.node = self.node.parent

    def handle_data(self, data: str) -> None:
        self.node.children.append(data)

    def all(self, selector: str) -> list[Element]:
        """Elements with ``tag``, ``.class``, ``#id`` or ``[attribute]`` (one of them)."""
        elements = self.root.iter()
        if selector.startswith("."):
            return [e for e in elements if selector[1:] in e.classes]
        if selector.startswith("#"):
            return [e for e in elements if e.attrs.get("id") == selector[1:]]
        if selector.startswith("["):
            return [e for e in elements if selector[1:-1] in e.attrs]
        return [e for e in elements if e.tag == selector]

    def fragments(self, index: int) -> list[Element]:
        return [e for e in self.all(".q") if e.attrs["data-q"] == str(index)]


def name_of(row: Element) -> str:
    """The speaker name in a legend row."""
    return next(c for c in row.iter() if "name" in c.classes).text


def fixture(name: str) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def news() -> tuple[str, list[Quote]]:
    text = fixture("news.txt")
    return text, quoteattr.extract(text)


@pytest.fixture(scope="module")
def fiction() -> tuple[str, list[Quote]]:
    text = fixture("fiction.txt")
    return text, quoteattr.extract(text, characters=CAST)


@pytest.mark.parametrize("name", ["news", "fiction"])
def test_every_quote_has_an_element_with_its_data(name: str, request: pytest.FixtureRequest) -> None:
    text, quotes = request.getfixturevalue(name)
    assert len(quotes) >= 6  # the fixtures have plenty of quotes
    tree = Tree(render_html(text, quotes))
    assert len({e.attrs["data-q"] for e in tree.all(".q")}) == len(quotes)
    for i, quote in enumerate(quotes):
        parts = tree.fragments(i)
        assert parts, f"quote {i} is not on the page"
        assert parts[0].attrs["id"] == f"q{i}"
        assert "".join(p.text for p in parts) == quote.text
        data = parts[0].attrs
        assert data["data-kind"] == quote.kind.value
        assert f"k-{quote.kind.value}" in parts[0].classes
        assert data["data-speaker"] == (quote.speaker.name if quote.speaker else "")
        assert (int(data["data-start"]), int(data["data-end"])) == (quote.span.start, quote.span.end)
        assert data["data-confidence"] == f"{quote.confidence:.2f}"
        assert data["data-cue"] == (quote.cue.of(text) if quote.cue else "")
        # Hover: the title says the kind, the speaker, the cue and the confidence.
        tip = data["title"]
        assert quote.kind.value in tip.lower() or quote.kind is QuoteKind.TERM
        assert f"confidence {quote.confidence:.2f}" in tip
        assert (quote.speaker.name if quote.speaker else "unattributed") in tip
        if quote.cue:
            assert f"Cue: {quote.cue.of(text)}" in tip


def test_news_page_marks_cues_and_mentions_and_shows_kinds_distinctly(news: tuple[str, list[Quote]]) -> None:
    text, quotes = news
    tree = Tree(render_html(text, quotes))
    powell = next(q for q in quotes if q.text.startswith("“We’re not yet confident"))
    assert powell.kind is QuoteKind.DIRECT and powell.speaker is not None and powell.speaker.mention is not None
    assert powell.cue is not None
    i = quotes.index(powell)
    mention = next(e for e in tree.all("[data-mention-of]") if str(i) in e.attrs["data-mention-of"].split())
    assert mention.text == powell.speaker.mention.of(text) == "Fed Chair Jerome Powell"
    cue = next(e for e in tree.all("[data-cue-of]") if str(i) in e.attrs["data-cue-of"].split())
    assert cue.text == "said" and "cue" in cue.classes
    # The mention is boxed in the colour of the quote's speaker.
    (speaker_class,) = {c for c in tree.fragments(i)[0].classes if re.fullmatch(r"s\d+", c)}
    assert speaker_class in mention.classes
    kinds = {q.kind for q in quotes}
    assert {QuoteKind.DIRECT, QuoteKind.INDIRECT, QuoteKind.MIXED} <= kinds
    css = tree.all("style")[0].text
    assert ".q.k-indirect{border-bottom-style:dashed" in css and ".q.k-mixed{border-bottom:3px double" in css


def test_legend_counts_quotes_per_speaker(fiction: tuple[str, list[Quote]]) -> None:
    text, quotes = fiction
    tree = Tree(render_html(text, quotes))
    rows = {name_of(e): int(e.attrs["data-count"]) for e in tree.all("li") if "data-count" in e.attrs}
    expected = Counter(q.speaker.name if q.speaker else "unattributed" for q in quotes if q.kind is not QuoteKind.TERM)
    assert rows == dict(expected)
    assert rows["Mrs. Bennet"] >= 3 and rows["unattributed"] >= 1
    # Legend rows are in order of first appearance and use the speaker's colour class.
    legend = [e for e in tree.all("li") if "data-s" in e.attrs]
    first = {q.speaker.name: tree.fragments(i)[0] for i, q in reversed(list(enumerate(quotes))) if q.speaker}
    assert legend[-1].attrs["data-s"] == "su"  # unattributed comes last
    for row in legend[:-1]:
        name = name_of(row)
        assert row.attrs["data-s"] in first[name].classes


def test_unattributed_quotes_are_grey_and_speakers_get_palette_colours(fiction: tuple[str, list[Quote]]) -> None:
    text, quotes = fiction
    page = render_html(text, quotes)
    tree = Tree(page)
    for i, quote in enumerate(quotes):
        if quote.speaker is None:
            assert "su" in tree.fragments(i)[0].classes
    assert f".su{{--c:{UNATTRIBUTED};" in page
    speakers = {q.speaker.name for q in quotes if q.speaker}
    colours = re.findall(r"\.s\d+\{--c:(#[0-9a-f]{6});", page)
    assert len(colours) == len(set(colours)) == len(speakers)
    assert set(colours) <= set(PALETTE)


def test_text_is_escaped() -> None:
    text = 'The memo read "<script>alert(1)</script> & <b>co</b>", Tom & Jerry said.'
    start = text.index('"')
    end = text.index('"', start + 1) + 1
    mention = Span(text.index("Tom"), text.index(" said"))
    quote = Quote(
        span=Span(start, end),
        text=text[start:end],
        kind=QuoteKind.DIRECT,
        speaker=Speaker("Tom & <Jerry>", mention=mention),
        cue=Span(text.index("said"), text.index("said") + 4),
        confidence=0.9,
    )
    page = render_html(text, [quote], title="<script>x</script> & co")
    assert "<script>alert" not in page and "<b>co" not in page and "<Jerry>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;co&lt;/b&gt;" in page
    assert "<title>&lt;script&gt;x&lt;/script&gt; &amp; co</title>" in page
    assert page.count("<script>") == 1  # only the page's own script
    tree = Tree(page)
    (element,) = tree.fragments(0)
    assert element.text == quote.text
    assert element.attrs["data-speaker"] == "Tom & <Jerry>"
    assert next(e for e in tree.all("[data-mention-of]")).text == "Tom & Jerry"
    assert tree.all("title")[0].text == "<script>x</script> & co"


def test_text_without_quotes_keeps_its_paragraphs() -> None:
    text = "The sun rose over the hills.\n\nNobody spoke.\nThe birds sang.\n\n\n  Then it rained.  \n"
    assert quoteattr.extract(text) == []
    tree = Tree(render_html(text, []))
    paragraphs = [p.text for p in tree.all("article")[0].iter() if p.tag == "p"]
    assert paragraphs == ["The sun rose over the hills.", "Nobody spoke.\nThe birds sang.", "Then it rained."]
    assert not tree.all(".q") and not tree.all("[data-mention-of]")
    assert "No quotes found." in tree.all("#legend")[0].text
    assert "0 quotes" in tree.all(".summary")[0].text


def test_one_paragraph_per_line_and_empty_text() -> None:
    tree = Tree(render_html("First line.\nSecond line.", []))
    assert [p.text for p in tree.all("p") if "data-start" in p.attrs] == ["First line.", "Second line."]
    assert "(empty text)" in Tree(render_html("", [])).all("article")[0].text


def test_nested_quote_keeps_outer_element_whole() -> None:
    text = 'She said that the plan was "dead on arrival" and would fail.'
    outer = Span(text.index("that"), text.index(" and would") + len(" and would fail"))
    inner = Span(text.index('"'), text.rindex('"') + 1)
    speaker = Speaker("Jane Roe", mention=Span(0, 3))
    quotes = [
        Quote(outer, outer.of(text), QuoteKind.INDIRECT, speaker, cue=Span(4, 8)),
        Quote(inner, inner.of(text), QuoteKind.DIRECT, speaker),
    ]
    tree = Tree(render_html(text, quotes))
    (outer_element,) = tree.fragments(0)
    (inner_element,) = tree.fragments(1)
    assert outer_element in inner_element.ancestors()
    assert outer_element.text == quotes[0].text and inner_element.text == quotes[1].text
    # One mention element shared by both quotes.
    (mention,) = tree.all("[data-mention-of]")
    assert mention.attrs["data-mention-of"] == "0 1" and mention.text == "She"


def test_crossing_spans_are_split_into_fragments() -> None:
    text = "Alpha beta gamma delta epsilon zeta."
    a = Span(0, text.index(" delta"))  # Alpha beta gamma
    b = Span(text.index("beta"), text.index(" zeta"))  # beta gamma delta epsilon
    cue = Span(text.index("gamma"), text.index("gamma") + len("gamma delta"))  # crosses b's... inside b, crosses a
    quotes = [
        Quote(a, a.of(text), QuoteKind.INDIRECT, Speaker("A"), cue=cue),
        Quote(b, b.of(text), QuoteKind.MIXED, None, cue=cue),
    ]
    tree = Tree(render_html(text, quotes))  # well-formed despite the crossing
    for i, quote in enumerate(quotes):
        assert "".join(p.text for p in tree.fragments(i)) == quote.text
    assert len(tree.fragments(0)) == 1 and len(tree.fragments(1)) == 2
    cue_parts = tree.all("[data-cue-of]")
    assert "".join(e.text for e in cue_parts) == "gamma delta"
    assert all(e.attrs["data-cue-of"] == "0 1" for e in cue_parts)
    # The article reads as the original text.
    assert tree.all("article")[0].text.strip() == text


def test_quote_across_paragraphs_and_empty_span() -> None:
    text = "“It was cold.\n\n“It was dark,” he said.\n\nEnd."
    span = Span(0, text.index(" he"))
    quotes = [
        Quote(span, span.of(text), QuoteKind.DIRECT, Speaker("He", mention=Span(text.index("he"), text.index("he") + 2))),
        Quote(Span(text.index("End"), text.index("End")), "", QuoteKind.TERM),
    ]
    tree = Tree(render_html(text, quotes))
    parts = tree.fragments(0)
    assert [p.text for p in parts] == ["“It was cold.", "“It was dark,”"]
    assert parts[0].parent is not parts[1].parent  # one fragment in each paragraph
    (empty,) = tree.fragments(1)
    assert empty.text == "" and "k-term" in empty.classes


def test_output_is_deterministic(news: tuple[str, list[Quote]]) -> None:
    text, quotes = news
    page = render_html(text, quotes)
    assert page == render_html(text, list(quotes)) == render_html(text, quoteattr.extract(text))
    # A speaker keeps its colour from page to page (when no other speaker took the slot first).
    alone = Quote(Span(0, 4), "“Hi”", QuoteKind.DIRECT, Speaker("Elizabeth Warren"))
    colour = re.search(r"\.s0\{--c:(#[0-9a-f]{6})", render_html("“Hi”", [alone])).group(1)  # type: ignore[union-attr]
    warren = next(q for q in quotes if q.speaker and q.speaker.name == "Elizabeth Warren")
    tree = Tree(page)
    (cls,) = {c for c in tree.fragments(quotes.index(warren))[0].classes if re.fullmatch(r"s\d+", c)}
    assert f".{cls}{{--c:{colour};" in page


def test_page_is_self_contained(news: tuple[str, list[Quote]]) -> None:
    text, quotes = news
    page = render_html(text, quotes)
    assert not re.search(r"(?i)(https?:|//[a-z]|\bsrc=|\bhref=|@import|url\()", page)
    tree = Tree(page)
    (csp,) = [m for m in tree.all("meta") if m.attrs.get("http-equiv") == "Content-Security-Policy"]
    policy = csp.attrs["content"]
    assert policy.startswith("default-src 'none';")

    def sha(source: str) -> str:
        return "sha256-" + base64.b64encode(hashlib.sha256(source.encode()).digest()).decode()

    # Only the page's own style and script may run: the policy names their hashes.
    assert f"style-src '{sha(tree.all('style')[0].text)}'" in policy
    assert f"script-src '{sha(tree.all('script')[0].text)}'" in policy
    assert not tree.all("[style]") and not tree.all("[onclick]")


def test_quotes_from_another_text_are_refused() -> None:
    text = "“Yes,” she said."
    quote = quoteattr.extract(text)[0]
    with pytest.raises(ValueError, match="same text"):
        render_html("“No!” he said.", [quote])
    with pytest.raises(ValueError, match="runs past the end"):
        render_html("“Yes,”", [quote])
