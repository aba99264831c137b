"""A self-contained HTML page showing who said what.

>>> import quoteattr
>>> from quoteattr.html import render_html
>>> text = '“We will win,” Jane Smith said.'
>>> page = render_html(text, quoteattr.extract(text))
>>> page.startswith("<!DOCTYPE html>") and 'data-speaker="Jane Smith"' in page
True

The page needs nothing but a browser: inline CSS, a little inline JS, no
network (a Content-Security-Policy of ``default-src 'none'`` that allows only
the page's own style and script, by hash). Each quote is highlighted in its
speaker's colour — a solid underline for direct quotes, dashed for indirect,
double for mixed, dotted grey for titles and scare quotes — and speaker
mentions get a box in that colour, cues bold italics. Hovering shows a
quote's details (the ``title`` attribute); clicking opens them in a panel.

Spans may nest or cross: the text is cut into segments at every span
boundary and the elements are opened and closed around each segment, so
crossing spans become several fragments (all with the same ``data-q``) while
properly nested spans stay single elements.
"""

from __future__ import annotations

import base64
import colorsys
import hashlib
import html
from collections.abc import Iterable, Sequence

import attrs

from quoteattr.model import Quote, QuoteKind, Span
from quoteattr.text.segmenter import split_paragraphs

__all__ = ["render_html"]

PALETTE = (
    "#2166ac",  # blue
    "#d1422b",  # vermilion
    "#1a9850",  # green
    "#7b4fc9",  # purple
    "#e08600",  # orange
    "#00959b",  # teal
    "#c2398a",  # magenta
    "#8c5a2e",  # brown
    "#6b8e00",  # olive
    "#b89200",  # gold
)
"""Speaker colours: dark enough for an underline on white, distinct as light tints."""

UNATTRIBUTED = "#8a8a8a"
"""The colour of quotes without a speaker (and of titles and scare quotes)."""



def _paragraph_bounds(text: str) -> list[tuple[int, int]]:
    """The ``(start, end)`` of each paragraph, as the pipeline splits them."""
    return [(span.start, span.end) for span in split_paragraphs(text)]

_KIND_LABEL = {
    QuoteKind.DIRECT: "Direct quote",
    QuoteKind.INDIRECT: "Indirect quote",
    QuoteKind.MIXED: "Mixed quote",
    QuoteKind.TERM: "Title or scare quote",
}


@attrs.frozen
class _Mark:
    """A span to wrap in an element: a quote, a speaker mention or a cue."""

    span: Span
    layer: int  # 0 quotes, 1 mentions and cues: quotes open first (outermost)
    index: int  # for ordering: the quote index, or the first quote a mention/cue belongs to
    open_tag: str


def render_html(text: str, quotes: Sequence[Quote], title: str = "quoteattr") -> str:
    """One self-contained HTML page of ``text`` with ``quotes`` highlighted.

    ``quotes`` must have been found in this very ``text`` (as returned by
    ``quoteattr.extract(text)``); a quote whose span falls outside the text or
    does not cover its ``quote.text`` raises ``ValueError``.
    """
    # 1. Check the quotes belong to this text.
    for i, quote in enumerate(quotes):
        _check_span(text, quote.span, f"quote {i}")
        if quote.span.of(text) != quote.text:
            raise ValueError(
                f"quote {i} text {quote.text!r} is not the text at its span "
                f"[{quote.span.start}, {quote.span.end}) ({quote.span.of(text)!r}); "
                "pass render_html the same text the quotes were extracted from"
            )
        if quote.speaker is not None and quote.speaker.mention is not None:
            _check_span(text, quote.speaker.mention, f"quote {i} speaker mention")
        if quote.cue is not None:
            _check_span(text, quote.cue, f"quote {i} cue")

    # 2. One colour class per speaker, in order of first appearance.
    colours = _speaker_colours(q.speaker.name for q in quotes if q.speaker is not None)
    css_class = {name: f"s{n}" for n, name in enumerate(colours)}

    def colour_class(quote: Quote) -> str:
        if quote.speaker is None or quote.kind is QuoteKind.TERM:
            return "su"
        return css_class[quote.speaker.name]

    # 3. The marks: one per quote, one per distinct mention span and cue span.
    marks: list[_Mark] = []
    mentions: dict[Span, list[int]] = {}
    cues: dict[Span, list[int]] = {}
    for i, quote in enumerate(quotes):
        marks.append(_Mark(quote.span, 0, i, _quote_tag(text, i, quote, colour_class(quote))))
        if quote.speaker is not None and quote.speaker.mention is not None:
            mentions.setdefault(quote.speaker.mention, []).append(i)
        if quote.cue is not None:
            cues.setdefault(quote.cue, []).append(i)
    for span, owners in mentions.items():
        speaker = quotes[owners[0]].speaker
        assert speaker is not None
        tip = f"Speaker mention: {speaker.name}"
        marks.append(_Mark(span, 1, owners[0], _tag("mention " + colour_class(quotes[owners[0]]), tip, {"mention-of": _ids(owners)})))
    for span, owners in cues.items():
        tip = "Cue of quote " + ", ".join(str(i + 1) for i in owners)
        marks.append(_Mark(span, 1, owners[0], _tag("cue", tip, {"cue-of": _ids(owners)})))
    marks.sort(key=lambda m: (m.layer, m.span.start, -m.span.end, m.index))

    # 4. The body: paragraphs, each cut into segments at every mark boundary.
    opened: set[int] = set()  # quotes whose first fragment (the one with the id) is out
    body = "\n".join(_render_paragraph(text, start, end, marks, opened) for start, end in _paragraph_bounds(text))
    if not body:
        body = '<p class="empty">(empty text)</p>'

    # 5. The legend and the page around it.
    legend = _legend(quotes, colours, css_class)
    css = _CSS + "".join(
        f".{css_class[name]}{{--c:{colour};--bg0:{_tint(colour, 0.06)};--bg:{_tint(colour, 0.2)};--bg2:{_tint(colour, 0.34)}}}\n"
        for name, colour in colours.items()
    )
    return _PAGE.format(
        csp=f"default-src 'none'; style-src '{_sha256(css)}'; script-src '{_sha256(_JS)}'; "
        "base-uri 'none'; form-action 'none'",
        title=_esc(title),
        css=css,
        summary=_esc(_summary(quotes, len(colours))),
        body=body,
        legend=legend,
        js=_JS,
    )


def _check_span(text: str, span: Span, what: str) -> None:
    if span.end > len(text):
        raise ValueError(
            f"{what} span [{span.start}, {span.end}) runs past the end of the text "
            f"({len(text)} characters); pass render_html the same text the quotes were extracted from"
        )


def _speaker_colours(names: Iterable[str]) -> dict[str, str]:
    """A colour per speaker name: a hash of the name picks a palette slot, probing past taken ones.

    The same name gets the same colour on every page unless two speakers hash
    to the same slot; past ten speakers, colours come from the hash alone.
    """
    colours: dict[str, str] = {}
    taken: set[int] = set()
    for name in names:
        if name in colours:
            continue
        digest = int.from_bytes(hashlib.sha256(name.encode("utf-8")).digest()[:8], "big")
        if len(taken) < len(PALETTE):
            slot = digest % len(PALETTE)
            while slot in taken:
                slot = (slot + 1) % len(PALETTE)
            taken.add(slot)
            colours[name] = PALETTE[slot]
        else:
            r, g, b = colorsys.hls_to_rgb((digest % 360) / 360, 0.38, 0.55)
            colours[name] = f"#{round(r * 255):02x}{round(g * 255):02x}{round(b * 255):02x}"
    return colours


def _tint(colour: str, alpha: float) -> str:
    r, g, b = (int(colour[k : k + 2], 16) for k in (1, 3, 5))
    return f"rgba({r},{g},{b},{alpha})"


def _sha256(source: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(source.encode("utf-8")).digest()).decode("ascii")


def _esc(value: str) -> str:
    return html.escape(value, quote=True)


def _ids(indices: list[int]) -> str:
    return " ".join(str(i) for i in indices)


def _tag(classes: str, tip: str, data: dict[str, str]) -> str:
    attributes = "".join(f' data-{key}="{_esc(value)}"' for key, value in data.items())
    return f'<span class="{classes}" title="{_esc(tip)}"{attributes}>'


def _quote_tag(text: str, i: int, quote: Quote, colour_class: str) -> str:
    speaker = quote.speaker
    cue = quote.cue.of(text) if quote.cue is not None else ""
    mention = speaker.mention.of(text) if speaker is not None and speaker.mention is not None else ""
    lines = [f"{_KIND_LABEL[quote.kind]} {i + 1} · confidence {quote.confidence:.2f}"]
    if speaker is not None:
        lines.append(f"Speaker: {speaker.name} ({speaker.confidence:.2f})")
        if mention and mention != speaker.name:
            lines.append(f"Mention: {mention}")
    elif quote.kind is not QuoteKind.TERM:
        lines.append("Speaker: unattributed")
    if cue:
        lines.append(f"Cue: {cue}")
    if quote.addressee is not None:
        lines.append(f"Addressee: {quote.addressee.name}")
    data = {
        "q": str(i),
        "kind": quote.kind.value,
        "speaker": speaker.name if speaker is not None else "",
        "speaker-confidence": f"{speaker.confidence:.2f}" if speaker is not None else "",
        "mention": mention,
        "cue": cue,
        "confidence": f"{quote.confidence:.2f}",
        "addressee": quote.addressee.name if quote.addressee is not None else "",
        "start": str(quote.span.start),
        "end": str(quote.span.end),
    }
    return _tag(f"q k-{quote.kind.value} {colour_class}", "\n".join(lines), data)


def _render_paragraph(text: str, start: int, end: int, marks: list[_Mark], opened: set[int]) -> str:
    """``text[start:end]`` as a ``<p>``, with every mark that overlaps it opened around its segments.

    A quote's first fragment gets ``id="q<index>"`` (the page's ``#q3`` links
    open quote 3's details); ``opened`` records the quotes already given one.
    """

    def open_tag(mark: _Mark) -> str:
        if mark.layer != 0 or mark.index in opened:
            return mark.open_tag
        opened.add(mark.index)
        return mark.open_tag.replace("<span ", f'<span id="q{mark.index}" ', 1)

    inside = [
        m
        for m in marks
        if (m.span.start < end and start < m.span.end)  # overlaps the paragraph
        or (m.span.start == m.span.end and start <= m.span.start <= end)  # an empty span in it
    ]
    cuts = sorted({start, end} | {p for m in inside for p in (m.span.start, m.span.end) if start < p < end})
    out = [f'<p data-start="{start}" data-end="{end}">']
    stack: list[_Mark] = []
    for a, b in zip(cuts, cuts[1:]):
        # Empty spans (a zero-length quote) become empty elements where they sit.
        for mark in inside:
            if mark.span.start == mark.span.end == a:
                out.append(open_tag(mark) + "</span>")
        wanted = [m for m in inside if m.span.start <= a and b <= m.span.end and m.span.start < m.span.end]
        keep = 0
        while keep < min(len(stack), len(wanted)) and stack[keep] is wanted[keep]:
            keep += 1
        out.append("</span>" * (len(stack) - keep))
        out.extend(open_tag(m) for m in wanted[keep:])
        stack = wanted
        out.append(_esc(text[a:b]))
    out.append("</span>" * len(stack))
    out.extend(open_tag(m) + "</span>" for m in inside if m.span.start == m.span.end == end and end > start)
    out.append("</p>")
    return "".join(out)


def _summary(quotes: Sequence[Quote], n_speakers: int) -> str:
    counts = {kind: sum(q.kind is kind for q in quotes) for kind in QuoteKind}
    parts = [f"{len(quotes)} quote{'s' if len(quotes) != 1 else ''}"]
    parts += [f"{counts[k]} {k.value}" for k in QuoteKind if counts[k]]
    parts.append(f"{n_speakers} speaker{'s' if n_speakers != 1 else ''}")
    return " · ".join(parts)


def _legend(quotes: Sequence[Quote], colours: dict[str, str], css_class: dict[str, str]) -> str:
    counts = {name: 0 for name in colours}
    unattributed = terms = 0
    for quote in quotes:
        if quote.kind is QuoteKind.TERM:
            terms += 1
        elif quote.speaker is None:
            unattributed += 1
        else:
            counts[quote.speaker.name] += 1
    rows = [
        f'<li class="{css_class[name]}" data-s="{css_class[name]}" data-count="{count}" tabindex="0">'
        f'<span class="swatch"></span><span class="name">{_esc(name)}</span>'
        f'<span class="count">{count}</span></li>'
        for name, count in counts.items()
        if count
    ]
    if unattributed:
        rows.append(
            f'<li class="su" data-s="su" data-count="{unattributed}" tabindex="0"><span class="swatch"></span>'
            f'<span class="name unattributed">unattributed</span><span class="count">{unattributed}</span></li>'
        )
    if terms:
        rows.append(
            f'<li class="su" data-count="{terms}"><span class="swatch term"></span>'
            f'<span class="name unattributed">titles, scare quotes</span><span class="count">{terms}</span></li>'
        )
    if not rows:
        rows.append('<li class="none">No quotes found.</li>')
    return '<ul class="speakers">' + "".join(rows) + "</ul>"


def _unattributed_css() -> str:
    """The colours of unattributed quotes (class ``su``), from :data:`UNATTRIBUTED`."""
    rgb = ",".join(str(int(UNATTRIBUTED[k : k + 2], 16)) for k in (1, 3, 5))
    return f".su{{--c:{UNATTRIBUTED};--bg0:rgba({rgb},.06);--bg:rgba({rgb},.14);--bg2:rgba({rgb},.28)}}\n"


_CSS = (
    """\
:root{--ink:#1d1d1f;--muted:#6b6b70;--rule:#e4e2dd;--paper:#fdfcfa;--side:#f6f4f0}
*{box-sizing:border-box}
html{background:var(--paper);color:var(--ink)}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI","DejaVu Sans","Liberation Sans",sans-serif}
header{padding:1.4rem 2rem 1rem;border-bottom:1px solid var(--rule)}
h1{margin:0;font-size:1.35rem;font-weight:650;letter-spacing:-.01em}
.summary{margin:.25rem 0 0;color:var(--muted);font-size:.9rem}
.layout{display:grid;grid-template-columns:minmax(0,40rem) 19rem;gap:3rem;padding:1.5rem 2rem 3rem;justify-content:center}
@media (max-width:60rem){.layout{grid-template-columns:minmax(0,1fr)}}
article{font-family:Charter,"Bitstream Charter","Iowan Old Style",Georgia,"DejaVu Serif","Liberation Serif",serif;font-size:1.1rem;line-height:1.85}
article p{margin:0 0 1.1em}
aside{position:sticky;top:1rem;align-self:start;font-size:.9rem}
aside h2{font-size:.75rem;text-transform:uppercase;letter-spacing:.08em;color:var(--muted);margin:0 0 .5rem;font-weight:600}
aside section{background:var(--side);border:1px solid var(--rule);border-radius:8px;padding:.9rem 1rem;margin-bottom:1rem}
.speakers{list-style:none;margin:0;padding:0}
.speakers li{display:flex;align-items:center;gap:.55rem;padding:.2rem .3rem;border-radius:4px;cursor:pointer}
.speakers li:hover,.speakers li.on{background:var(--bg2,#e8e8e8)}
.swatch{width:.85rem;height:.85rem;border-radius:3px;background:var(--bg2);border:2px solid var(--c);flex:none}
.swatch.term{border-style:dotted;background:none}
.speakers .name{flex:1}
.unattributed{font-style:italic;color:var(--muted)}
.count{font-variant-numeric:tabular-nums;color:var(--muted);font-weight:600}
.kinds{list-style:none;margin:.7rem 0 0;padding:.6rem 0 0;border-top:1px solid var(--rule);display:flex;flex-wrap:wrap;gap:.3rem 1rem;color:var(--muted);font-size:.82rem}
.kinds span{padding-bottom:1px;border-bottom:2px solid var(--muted)}
.kinds .k-indirect{border-bottom-style:dashed}.kinds .k-mixed{border-bottom:3px double var(--muted)}
.kinds .k-term{border-bottom-style:dotted}.kinds .mention{border:1.5px solid var(--muted);border-radius:3px;padding:0 2px}
"""
    + _unattributed_css()
    + """\
.q{scroll-margin-top:30vh;background:var(--bg);border-bottom:2px solid var(--c);cursor:pointer;-webkit-box-decoration-break:clone;box-decoration-break:clone;border-radius:2px}
.q.k-indirect{border-bottom-style:dashed;background:var(--bg0)}
.q.k-mixed{border-bottom:3px double var(--c)}
.q.k-term{background:none;border-bottom:2px dotted var(--c)}
.q .q{padding-bottom:3px}
.q.sel{background:var(--bg2);outline:2px solid var(--c);outline-offset:1px}
body.focus .q:not(.hl){background:none;border-bottom-color:#d8d6d0}
body.focus .q.hl{background:var(--bg2)}
.mention{border:1.5px solid var(--c);border-radius:3px;padding:0 2px;cursor:pointer}
.mention.sel{background:var(--bg2)}
.cue{font-weight:650;font-style:italic}
.cue.sel{text-decoration:underline}
#details dl{display:grid;grid-template-columns:auto 1fr;gap:.25rem .8rem;margin:0}
#details dt{color:var(--muted)}
#details dd{margin:0;overflow-wrap:anywhere}
#details blockquote{margin:.6rem 0 0;padding:.4rem .7rem;border-left:3px solid var(--c);background:var(--bg);font-family:Charter,Georgia,"DejaVu Serif",serif;max-height:12rem;overflow:auto}
.hint{color:var(--muted);margin:0}
footer{color:var(--muted);font-size:.8rem;padding:0 2rem 2rem;text-align:center}
"""
)

_JS = """\
(function () {
  "use strict";
  var panel = document.getElementById("details");
  var body = panel.querySelector(".body");
  var selected = [];
  function clear() {
    selected.forEach(function (el) { el.classList.remove("sel"); });
    selected = [];
  }
  function row(dl, label, value) {
    if (!value) { return; }
    var dt = document.createElement("dt"), dd = document.createElement("dd");
    dt.textContent = label; dd.textContent = value;
    dl.appendChild(dt); dl.appendChild(dd);
  }
  function show(q) {
    clear();
    var parts = document.querySelectorAll('.q[data-q="' + q + '"]');
    if (!parts.length) { return; }
    var d = parts[0].dataset, text = [];
    parts.forEach(function (el) { el.classList.add("sel"); selected.push(el); text.push(el.textContent); });
    document.querySelectorAll("[data-mention-of],[data-cue-of]").forEach(function (el) {
      var owners = (el.dataset.mentionOf || el.dataset.cueOf).split(" ");
      if (owners.indexOf(q) >= 0) { el.classList.add("sel"); selected.push(el); }
    });
    panel.className = parts[0].className.replace(/\\bq\\b|\\bsel\\b|\\bk-\\S+/g, "").trim();
    body.textContent = "";
    var dl = document.createElement("dl");
    row(dl, "Quote", (Number(q) + 1) + " · " + d.kind);
    row(dl, "Speaker", d.speaker ? d.speaker + " (" + d.speakerConfidence + ")" : "unattributed");
    row(dl, "Mention", d.mention);
    row(dl, "Cue", d.cue);
    row(dl, "Addressee", d.addressee);
    row(dl, "Confidence", d.confidence);
    row(dl, "Characters", d.start + "–" + d.end);
    body.appendChild(dl);
    var quote = document.createElement("blockquote");
    quote.textContent = text.join(" ");
    body.appendChild(quote);
    panel.dataset.q = q;
  }
  document.addEventListener("click", function (event) {
    var target = event.target.closest ? event.target : event.target.parentElement;
    var legend = target.closest(".speakers li[data-s]");
    if (legend) {
      var on = !legend.classList.contains("on");
      document.querySelectorAll(".speakers li.on").forEach(function (el) { el.classList.remove("on"); });
      document.querySelectorAll(".q.hl").forEach(function (el) { el.classList.remove("hl"); });
      document.body.classList.toggle("focus", on);
      if (on) {
        legend.classList.add("on");
        document.querySelectorAll(".q." + legend.dataset.s + ":not(.k-term)").forEach(function (el) { el.classList.add("hl"); });
      }
      return;
    }
    var el = target.closest(".q,[data-mention-of],[data-cue-of]");
    if (!el) { return; }
    if (el.classList.contains("q")) { show(el.dataset.q); return; }
    show((el.dataset.mentionOf || el.dataset.cueOf).split(" ")[0]);
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape") { clear(); }
  });
  function fromHash() {
    var m = /^#q(\\d+)$/.exec(location.hash);
    if (m) { show(m[1]); }
  }
  window.addEventListener("hashchange", fromHash);
  fromHash();
  document.body.classList.add("js");
})();
"""

_PAGE = """\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="quoteattr">
<title>{title}</title>
<style>{css}</style>
</head>
<body>
<header><h1>{title}</h1><p class="summary">{summary}</p></header>
<div class="layout">
<article id="text">
{body}
</article>
<aside>
<section id="legend"><h2>Speakers</h2>{legend}
<ul class="kinds"><li><span>direct</span></li><li><span class="k-indirect">indirect</span></li><li><span class="k-mixed">mixed</span></li><li><span class="mention">mention</span></li><li><b><i>cue</i></b></li></ul>
</section>
<section id="details" class="su"><h2>Details</h2><div class="body"><p class="hint">Click a quote, a speaker mention or a cue for its details; click a speaker to show only their quotes.</p></div></section>
</aside>
</div>
<footer>Generated by quoteattr. Hover over a quote for a summary.</footer>
<script>{js}</script>
</body>
</html>
"""
