"""Syntax rules: the speaker is the subject of the cue verb whose complement is the quote.

They run before the surface rules of :mod:`quoteattr.attribution.direct`
when the document has a dependency parse (``doc.has_syntax``, set by the
stanza backend); when they find nothing the surface rules still run. Labels
are Universal Dependencies, as stanza's English models produce them:

- ``“Q,” Peskov said.``: the quote's verb is ``ccomp`` of *said*, or *said*
  is ``parataxis`` of the quote's verb; *Peskov* is ``nsubj`` of *said*;
- ``“Q,” according to the Kremlin.``: *Kremlin* is ``obl`` with ``case``
  *according*;
- ``“Q,” said a doctor, Hugh Hill.``: the ``appos`` name wins over a role.

Each rule is ``rule(ctx, quote) -> Attribution | None``; :data:`RULES` lists
them in order. :func:`reported_speech` gives the same analysis for indirect
speech (a cue verb's ``ccomp`` outside quotation marks).
"""

from __future__ import annotations

import attrs

from quoteattr.attribution.context import Attribution, Context
from quoteattr.document import MentionKind, QuoteMarks
from quoteattr.model import Span

#: Relations from a cue verb to its content ("said [that] Q", "said: Q").
CONTENT_RELATIONS = frozenset({"ccomp", "parataxis", "obj", "xcomp", "dep", "advcl", "discourse"})

#: Relations from the quote's verb to a trailing cue verb ("Q, he said" in UD: said is parataxis of Q).
CUE_RELATIONS = frozenset({"parataxis", "dep", "advcl", "conj", "ccomp"})

#: Relations by which a cue verb without a subject borrows its head's ("was quoted as saying").
CONTROL_RELATIONS = frozenset({"xcomp", "advcl", "conj"})

#: Cue verbs whose passive subject is the speaker ("Peskov was quoted as saying").
QUOTED_PASSIVES = frozenset({"quote", "cite"})

#: How far (in tokens) a cue verb may stand from its quote.
MAX_CUE_DISTANCE = 25


@attrs.frozen
class SyntacticReport:
    """Indirect speech found in the parse: content span, cue and speaker mention."""

    content: Span
    cue: Span
    mention: int | None
    rule: str


class _Tree:
    """Children by head, built once per context."""

    def __init__(self, ctx: Context) -> None:
        self.children: list[list[int]] = [[] for _ in ctx.doc.tokens]
        for index, token in enumerate(ctx.doc.tokens):
            if 0 <= token.head < len(self.children) and token.head != index:
                self.children[token.head].append(index)

    def subtree(self, index: int) -> list[int]:
        found, stack = [], [index]
        while stack:
            node = stack.pop()
            found.append(node)
            stack.extend(self.children[node])
        return sorted(found)


def _tree(ctx: Context) -> _Tree:
    tree = getattr(ctx, "_syntax_tree", None)
    if tree is None:
        tree = _Tree(ctx)
        ctx._syntax_tree = tree  # type: ignore[attr-defined]
    return tree


def _relation(ctx: Context, index: int) -> str:
    return (ctx.doc.tokens[index].deprel or "").lower()


def _is_cue_verb(ctx: Context, index: int) -> bool:
    token = ctx.doc.tokens[index]
    if token.upos not in (None, "VERB", "AUX"):
        return False
    for form in (ctx.word(index).lower(), (token.lemma or "").lower()):
        verb = ctx.lexicon.verb_forms.get(form)
        if verb is not None and verb.kind in ("speech", "dialogue"):
            return True
    return False


def _outside(span: Span, offset: int) -> bool:
    return not span.start <= offset < span.end


def _cue_verbs(ctx: Context, quote: QuoteMarks) -> list[int]:
    """Speech verbs outside the quote linked to its content by one dependency, nearest first."""
    doc = ctx.doc
    inside = doc.tokens_in(quote.span)
    found = set()
    for index in inside:
        head = doc.tokens[index].head
        # "Peskov said: “Q”" / "“Q,” said Peskov" with Q as the verb's complement.
        if head >= 0 and _outside(quote.span, doc.tokens[head].start) and _relation(ctx, index) in CONTENT_RELATIONS:
            found.add(head)
    tree = _tree(ctx)
    for index in inside:
        # "“Q,” Peskov said." in UD: said is parataxis of the quote's main verb.
        for child in tree.children[index]:
            if _outside(quote.span, doc.tokens[child].start) and _relation(ctx, child) in CUE_RELATIONS:
                found.add(child)
    paragraph = doc.paragraphs[quote.paragraph] if doc.paragraphs else None
    verbs = [
        verb
        for verb in found
        if _is_cue_verb(ctx, verb)
        and not ctx.inside_quote(doc.tokens[verb].start)
        and (paragraph is None or paragraph.start <= doc.tokens[verb].start < paragraph.end)
    ]

    def distance(verb: int) -> int:
        return min(abs(verb - inside.start), abs(verb - inside.stop)) if inside else 0

    return sorted((v for v in verbs if distance(v) <= MAX_CUE_DISTANCE), key=distance)


def subject_of(ctx: Context, verb: int) -> int | None:
    """The token that says: ``nsubj``, the passive agent, or a quoted passive subject.

    ``Peskov said`` → Peskov; ``was said by Peskov`` → Peskov (``obl:agent``);
    ``Peskov was quoted as saying`` → Peskov (``nsubj:pass`` of *quoted*,
    borrowed by *saying* through ``advcl``).
    """
    tree = _tree(ctx)
    for _ in range(3):
        children = tree.children[verb]
        for child in children:
            if _relation(ctx, child) == "nsubj":
                return child
        for child in children:
            relation = _relation(ctx, child)
            if relation == "obl:agent" or (
                relation == "obl" and any(ctx.word(c).lower() == "by" for c in tree.children[child])
            ):
                if any(_relation(ctx, c) in ("aux:pass", "nsubj:pass") for c in children):
                    return child
        lemma = (ctx.doc.tokens[verb].lemma or ctx.word(verb)).lower()
        if lemma in QUOTED_PASSIVES:
            for child in children:
                if _relation(ctx, child) == "nsubj:pass":
                    return child
        head = ctx.doc.tokens[verb].head
        if head < 0 or _relation(ctx, verb) not in CONTROL_RELATIONS:
            return None
        verb = head
    return None


def mention_for(ctx: Context, index: int) -> int | None:
    """The mention that names the phrase headed by token ``index``.

    The mention covering the head word (``Kremlin spokesman Dmitry Peskov``:
    the name mention covers *Peskov*); for a role or an uncovered head, a
    name in ``appos`` wins (``a doctor, Hugh Hill,`` → Hugh Hill); else the
    last mention inside the phrase.
    """
    doc = ctx.doc
    token = doc.tokens[index]
    covering = [
        m for m in ctx.mentions_between(0, token.end) if doc.mentions[m].span.start <= token.start < doc.mentions[m].span.end
    ]
    chosen = covering[-1] if covering else None
    if chosen is None or doc.mentions[chosen].kind is MentionKind.ROLE:
        for child in _tree(ctx).children[index]:
            if _relation(ctx, child) == "appos":
                apposed = mention_for(ctx, child)
                if apposed is not None and doc.mentions[apposed].kind is MentionKind.NAME:
                    return apposed
    if chosen is not None:
        return chosen
    phrase = [
        i for i in _tree(ctx).subtree(index) if _relation(ctx, i) not in ("acl", "acl:relcl", "appos", "punct")
    ]
    start = doc.tokens[phrase[0]].start
    end = doc.tokens[phrase[-1]].end
    inside = [m for m in ctx.mentions_between(start, end) if doc.mentions[m].span.end <= end]
    return inside[-1] if inside else None


def cue_subject(ctx: Context, quote: QuoteMarks) -> Attribution | None:
    """``“Q,” Peskov said.`` / ``Peskov said: “Q”`` / ``“Q,” said Mr. Darcy.``: the cue verb's subject.

    The cue is a speech verb outside the quote that governs the quote's
    content (``ccomp``, ``parataxis``…) or hangs off it (``parataxis``); the
    speaker is the mention naming its subject (:func:`subject_of`,
    :func:`mention_for`).
    """
    for verb in _cue_verbs(ctx, quote):
        subject = subject_of(ctx, verb)
        if subject is None or ctx.inside_quote(ctx.doc.tokens[subject].start):
            continue
        mention = mention_for(ctx, subject)
        if mention is not None and ctx.is_person_like(mention):
            return Attribution(mention, ctx.cue_span(verb), 0.97, "syntax: subject of cue")
    return None


def _according_to(ctx: Context, index: int) -> int | None:
    """The source noun of ``according to SOURCE`` when ``index`` is *according*."""
    if ctx.word(index).lower() != "according" or _relation(ctx, index) not in ("case", "mark", "advmod", "prep"):
        return None
    source = ctx.doc.tokens[index].head
    return source if source >= 0 else None


def according_to(ctx: Context, quote: QuoteMarks) -> Attribution | None:
    """``“Q,” according to Peskov.`` / ``According to the Kremlin, “Q”``: the ``obl`` source.

    The source is attached (``obl``) to a word inside the quote.
    """
    doc = ctx.doc
    sentence = doc.sentences[doc.sentence_at(quote.span.start)] if doc.sentences else None
    if sentence is None:
        return None
    last_sentence = doc.sentences[doc.sentence_at(max(quote.span.end - 1, 0))]
    for index in range(sentence.first_token, last_sentence.end_token):
        source = _according_to(ctx, index)
        if source is None or ctx.inside_quote(doc.tokens[source].start):
            continue
        head = doc.tokens[source].head
        if head < 0 or not quote.span.start <= doc.tokens[head].start < quote.span.end:
            continue
        mention = mention_for(ctx, source)
        if mention is not None:
            cue_end = doc.tokens[min(index + 1, len(doc.tokens) - 1)].end
            return Attribution(mention, Span(doc.tokens[index].start, cue_end), 0.9, "syntax: according to")
    return None


RULES = (cue_subject, according_to)


def _span_of(ctx: Context, indices: list[int]) -> Span | None:
    """The span from the first to the last non-punctuation token of ``indices``."""
    kept = [i for i in indices if (ctx.doc.tokens[i].upos or "") != "PUNCT"]
    if not kept:
        return None
    return Span(ctx.doc.tokens[kept[0]].start, ctx.doc.tokens[kept[-1]].end)


def reported_speech(ctx: Context) -> list[SyntacticReport]:
    """Indirect speech in the parse, outside quotation marks, in text order.

    - ``Peskov said (that) the talks failed.``: *said*'s ``ccomp`` is the
      content (``that`` included), its subject the speaker;
    - ``According to Reuters, the talks failed.``: the clause the ``obl``
      source hangs from, less the source phrase, is the content.
    """
    doc = ctx.doc
    tree = _tree(ctx)
    found = []
    for verb in range(len(doc.tokens)):
        if ctx.inside_quote(doc.tokens[verb].start):
            continue
        source = _according_to(ctx, verb)
        if source is not None:
            head = doc.tokens[source].head
            if head >= 0 and not ctx.inside_quote(doc.tokens[head].start):
                phrase = set(tree.subtree(source))
                content = _span_of(ctx, [i for i in tree.subtree(head) if i not in phrase])
                if content is not None:
                    cue = Span(doc.tokens[verb].start, doc.tokens[min(verb + 1, len(doc.tokens) - 1)].end)
                    found.append(SyntacticReport(content, cue, mention_for(ctx, source), "syntax: according to"))
            continue
        if not _is_cue_verb(ctx, verb):
            continue
        for child in tree.children[verb]:
            if _relation(ctx, child) != "ccomp" or ctx.inside_quote(doc.tokens[child].start):
                continue
            # (a complement inside quotation marks is a direct quote: the rules above handle it)
            content = _span_of(ctx, tree.subtree(child))
            subject = subject_of(ctx, verb)
            if content is not None:
                mention = mention_for(ctx, subject) if subject is not None else None
                found.append(SyntacticReport(content, ctx.cue_span(verb), mention, "syntax: ccomp"))
    return sorted(found, key=lambda report: report.content.start)
