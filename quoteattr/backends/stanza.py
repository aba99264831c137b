"""The stanza backend: stanza's parser, NER and neural coreference under the shared engine.

Two halves, kept apart:

- :func:`document_from_stanza` is pure: a stanza ``Document`` (from a
  pipeline, from token dicts, from CoNLL-U) and the original text in, the
  engine's annotated :class:`~quoteattr.document.Document` out. Tested with
  hand-built parses; needs no models.
- :class:`StanzaBackend` and :func:`download_models` hold the loading code.
  Models are never downloaded silently: the pipeline is built with
  ``download_method=None`` and a missing model raises :class:`ModelsNotFound`,
  whose message names ``quoteattr download``.

Importing this module does not import stanza or torch; they are imported on
first use, so ``import quoteattr`` stays fast.

Choices the adapter makes:

- Offsets are the stanza token's ``start_char``/``end_char`` when they slice
  the original text to the token's text; otherwise the token is found again
  in the original text from where the previous one ended. Offsets into a
  re-joined token string are never used.
- The words of a multi-word token ("don't" → "do" + "n't") are split by their
  lengths when their texts concatenate to the token's text; otherwise every
  word gets the whole token's span. Each word carries its token's NER tag.
- Sentences are stanza's, with the engine's two invariants restored: a
  sentence never crosses a paragraph break and never ends inside a quotation
  (the parse itself is untouched: heads are document-level token indices).
- Mentions are the rule mention finder's, plus NER ``PERSON``/``ORG`` spans
  it missed, plus coreference mentions it missed; entities are the rule
  coreference's, then refined by stanza's chains (see :func:`_apply_chains`).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from quoteattr import coref, lexicons
from quoteattr.document import Document, Entity, Mention, MentionKind, Sentence, Token
from quoteattr.mentions import NameMention, find_mentions
from quoteattr.model import Character, Span
from quoteattr.quotes.direct import find_direct_quotes
from quoteattr.text.segmenter import split_paragraphs

#: The processors the backend runs, in stanza's notation.
PROCESSORS = "tokenize,mwt,pos,lemma,depparse,ner,coref"

#: The one language the engine's lexicons cover.
LANGUAGE = "en"

#: NER types that become mentions, and the mention kind they become.
NER_KINDS = {"PERSON": MentionKind.NAME, "PER": MentionKind.NAME, "ORG": MentionKind.ORGANIZATION}

#: Longest coreference mention (in words) added as a mention when the rules found none there.
MAX_COREF_MENTION_WORDS = 6

INSTALL_HINT = 'pip install "quoteattr[stanza]"'


class StanzaNotInstalled(ImportError):
    """stanza (and torch) are not installed."""

    def __init__(self) -> None:
        super().__init__(
            "the stanza backend needs the stanza package, which is not installed. "
            f"Install it with: {INSTALL_HINT}  (on CPU-only machines, install a CPU build of torch first)"
        )


class ModelsNotFound(FileNotFoundError):
    """The stanza models are not in the model directory."""

    def __init__(self, model_dir: str, cause: BaseException | None = None) -> None:
        self.model_dir = model_dir
        detail = f" ({cause})" if cause else ""
        super().__init__(
            f"stanza's English models were not found in {model_dir}{detail}. "
            f"Download them once (about 1 GB, needs internet) with: quoteattr download --dir {model_dir}  "
            f"— or from Python: quoteattr.backends.stanza.download_models({model_dir!r})"
        )


def default_model_dir() -> str:
    """Where stanza keeps its models: ``$STANZA_RESOURCES_DIR`` or ``~/stanza_resources``."""
    return os.environ.get("STANZA_RESOURCES_DIR") or os.path.join(os.path.expanduser("~"), "stanza_resources")


def _import_stanza() -> Any:
    try:
        import stanza
    except ImportError as error:
        raise StanzaNotInstalled() from error
    return stanza


def download_models(dir: str | None = None, *, processors: str = PROCESSORS) -> str:
    """Download stanza's English models into ``dir`` (default: :func:`default_model_dir`).

    Needs internet. Wraps ``stanza.download``; then builds the pipeline once
    with ``download_method="reuse_resources"`` so the transformer weights the
    coreference model loads from the Hugging Face hub are cached too.
    Returns the directory, to pass as ``StanzaBackend(model_dir=...)``.
    """
    stanza = _import_stanza()
    target = dir or default_model_dir()
    stanza.download(LANGUAGE, model_dir=target, processors=processors, logging_level="WARN")
    stanza.Pipeline(
        LANGUAGE, processors=processors, dir=target, download_method="reuse_resources", logging_level="WARN"
    )
    return target


class StanzaBackend:
    """Annotates with a stanza pipeline, built once (lazily) and reused across documents.

    >>> backend = StanzaBackend(model_dir="/data/stanza")  # doctest: +SKIP
    >>> quoteattr.Attributor(backend=backend).extract(text)  # doctest: +SKIP

    ``pipeline`` may be a ready ``stanza.Pipeline`` or any callable from text
    to a stanza ``Document`` (tests pass hand-made parses this way). Extra
    keyword arguments go to ``stanza.Pipeline``.
    """

    name = "stanza"

    def __init__(
        self,
        model_dir: str | None = None,
        use_gpu: bool = False,
        pipeline: Callable[[str], Any] | None = None,
        **pipeline_options: Any,
    ) -> None:
        self.model_dir = model_dir
        self.use_gpu = use_gpu
        self.pipeline_options = pipeline_options
        self._pipeline = pipeline

    @property
    def pipeline(self) -> Callable[[str], Any]:
        """The stanza pipeline, loaded on first use."""
        if self._pipeline is None:
            self._pipeline = self.load()
        return self._pipeline

    def load(self) -> Any:
        """Build ``stanza.Pipeline`` from local models only; never downloads."""
        stanza = _import_stanza()
        model_dir = self.model_dir or default_model_dir()
        options = {"logging_level": "WARN", **self.pipeline_options}
        try:
            return stanza.Pipeline(
                LANGUAGE,
                processors=PROCESSORS,
                download_method=None,
                dir=model_dir,
                use_gpu=self.use_gpu,
                **options,
            )
        except OSError as error:  # stanza's missing-file errors, or an uncached Hugging Face model
            raise ModelsNotFound(model_dir, error) from error

    def annotate(self, text: str, characters: Iterable[Character] = ()) -> Document:
        # One document per call: stanza's bulk processing would merge documents for coref.
        stanza_doc = self.pipeline(text) if text.strip() else None
        return document_from_stanza(text, stanza_doc, characters)

    def __repr__(self) -> str:
        loaded = "loaded" if self._pipeline is not None else "not loaded"
        return f"StanzaBackend(model_dir={self.model_dir!r}, use_gpu={self.use_gpu}, {loaded})"


# ---------------------------------------------------------------------------
# The adapter: stanza Document → engine Document.


def document_from_stanza(text: str, stanza_doc: Any, characters: Iterable[Character] = ()) -> Document:
    """The engine's annotated document for ``text`` from a stanza ``Document`` of the same text.

    1. words → tokens with offsets into ``text``, document-level heads;
    2. paragraphs and direct-quote candidates, as the rule engine finds them;
    3. sentences: stanza's, never crossing a paragraph or ending in a quote;
    4. mentions: the rule finder's, plus NER and coreference mentions it missed;
    5. entities: rule coreference, refined by stanza's coreference chains.
    """
    doc = Document(text, characters=tuple(characters), has_syntax=True)
    sentences = list(stanza_doc.sentences) if stanza_doc is not None else []
    # 1. Tokens.
    word_base, token_spans, ner_spans = _tokens(doc, sentences)
    # 2. Paragraphs and quotes.
    doc.paragraphs = split_paragraphs(text)
    doc.quote_marks = find_direct_quotes(text, doc.paragraphs)
    doc.index()
    # 3. Sentences.
    doc.sentences = _sentences(doc, word_base)
    doc.index()
    # 4. Mentions.
    details = find_mentions(doc)
    chain_spans = _chain_spans(doc, stanza_doc, word_base)
    details = _add_mentions(doc, details, ner_spans, [span for chain in chain_spans for span in chain])
    # 5. Entities.
    coref.resolve(doc, details)
    if chain_spans:
        _apply_chains(doc, chain_spans)
    return doc


def _tokens(doc: Document, sentences: Sequence[Any]) -> tuple[list[int], list[Span], list[tuple[Span, str]]]:
    """Fill ``doc.tokens``; return each sentence's first word index, token spans and NER spans."""
    word_base = []
    token_spans = []
    tags = []
    cursor = 0
    for sentence in sentences:
        base = len(doc.tokens)
        word_base.append(base)
        for token in sentence.tokens:
            span = _align(doc.text, token, cursor)
            cursor = span.end
            token_spans.append(span)
            tags.append(getattr(token, "ner", None))
            words = list(token.words)
            for word, word_span in zip(words, _word_spans(doc.text, span, words)):
                head = word.head
                doc.tokens.append(
                    Token(
                        word_span.start,
                        word_span.end,
                        lemma=word.lemma,
                        upos=word.upos,
                        head=base + head - 1 if head else -1,
                        deprel=word.deprel,
                        ner=token.ner,
                    )
                )
    return word_base, token_spans, _bioes_spans(token_spans, tags)


def _align(text: str, token: Any, cursor: int) -> Span:
    """The token's span in ``text``: stanza's offsets if they slice it to the token, else found again."""
    start, end, surface = token.start_char, token.end_char, token.text
    if isinstance(start, int) and isinstance(end, int) and text[start:end] == surface and start >= cursor:
        return Span(start, end)
    position = cursor
    while position < len(text) and text[position].isspace():
        position += 1
    if text.startswith(surface, position):
        return Span(position, position + len(surface))
    found = text.find(surface, position)
    if found >= 0 and not text[position:found].strip():
        return Span(found, found + len(surface))
    # A normalised token ("``" for "“"): trust stanza's offsets if usable, else take the next chunk.
    if isinstance(start, int) and isinstance(end, int) and cursor <= start <= end <= len(text):
        return Span(start, end)
    end_position = position
    while end_position < len(text) and not text[end_position].isspace():
        end_position += 1
    return Span(position, min(max(end_position, position), len(text)))


def _word_spans(text: str, span: Span, words: Sequence[Any]) -> list[Span]:
    """Spans of a token's words: split by length when they spell the token, else the token's span each."""
    if len(words) == 1:
        return [span]
    if "".join(word.text for word in words) == text[span.start : span.end]:
        spans = []
        start = span.start
        for word in words:
            spans.append(Span(start, start + len(word.text)))
            start += len(word.text)
        return spans
    return [span] * len(words)


def _bioes_spans(spans: Sequence[Span], tags: Sequence[str | None]) -> list[tuple[Span, str]]:
    """Entity spans from token-level BIOES tags (BIO works too): ``(span, type)``."""
    found: list[tuple[Span, str]] = []
    open_entity: tuple[int, str] | None = None  # (start offset, type)
    last_end = 0

    def close() -> None:
        if open_entity is not None:
            found.append((Span(open_entity[0], last_end), open_entity[1]))

    for span, tag in zip(spans, tags):
        prefix, _, kind = (tag or "O").partition("-")
        if prefix in ("B", "S") or prefix not in ("I", "E") or open_entity is None or open_entity[1] != kind:
            close()  # BIO has no E: an entity ends where the next one (or an O) starts
            open_entity = (span.start, kind) if prefix in ("B", "I", "E", "S") else None
        last_end = span.end
        if prefix in ("S", "E"):
            close()
            open_entity = None
    close()
    return found


def _sentences(doc: Document, word_base: list[int]) -> list[Sentence]:
    """stanza's sentence starts, less those inside a quotation, plus every paragraph start."""
    starts = set(word_base)
    quotes = [q.span for q in doc.quote_marks]
    for first in list(starts):
        if first < len(doc.tokens):
            offset = doc.tokens[first].start
            if any(span.start < offset < span.end for span in quotes):
                starts.discard(first)
    for index in range(1, len(doc.tokens)):
        if doc.paragraph_at(doc.tokens[index].start) != doc.paragraph_at(doc.tokens[index - 1].start):
            starts.add(index)
    starts.add(0)
    bounds = sorted(start for start in starts if start < len(doc.tokens)) + [len(doc.tokens)]
    sentences = []
    for first, end in zip(bounds, bounds[1:]):
        span = Span(doc.tokens[first].start, max(token.end for token in doc.tokens[first:end]))
        sentences.append(Sentence(span, first, end, doc.paragraph_at(span.start)))
    return sentences


def _inside_quote(doc: Document, span: Span) -> bool:
    return any(q.span.contains(span) for q in doc.quote_marks if not q.is_term)


def _chain_spans(doc: Document, stanza_doc: Any, word_base: list[int]) -> list[list[Span]]:
    """Each coreference chain as the spans of its mentions outside quotations (zero anaphora skipped)."""
    chains = getattr(stanza_doc, "coref", None) or []
    found = []
    for chain in chains:
        spans = []
        for mention in chain.mentions:
            if not isinstance(mention.start_word, int) or mention.sentence >= len(word_base):
                continue
            first = word_base[mention.sentence] + mention.start_word
            last = word_base[mention.sentence] + mention.end_word - 1
            if not 0 <= first <= last < len(doc.tokens):
                continue
            span = Span(doc.tokens[first].start, doc.tokens[last].end)
            if not _inside_quote(doc, span):
                spans.append(span)
        found.append(spans)
    return found


def _add_mentions(
    doc: Document,
    details: dict[int, NameMention],
    ner_spans: list[tuple[Span, str]],
    coref_spans: list[Span],
) -> dict[int, NameMention]:
    """Add the NER and coreference mentions the rules missed; keep ``doc.mentions`` in text order.

    An NER span that exactly matches a rule mention corrects its kind
    (``Reuters`` found as a name, tagged ORG, becomes an organisation); a
    PERSON span around a rule name widens it (``hope Ortiz`` for ``Ortiz``).
    """
    lexicon = lexicons.load()
    for span, label in ner_spans:
        kind = NER_KINDS.get(label)
        if kind is None or _inside_quote(doc, span):
            continue
        overlapping = [m for m in doc.mentions if m.span.overlaps(span)]
        if not overlapping:
            doc.mentions.append(_new_mention(doc, span, kind, lexicon))
        elif len(overlapping) == 1 and overlapping[0].kind in (MentionKind.NAME, MentionKind.ORGANIZATION):
            mention = overlapping[0]
            if mention.span == span:
                mention.kind = kind
            elif kind is MentionKind.NAME and mention.kind is MentionKind.NAME and span.contains(mention.span):
                # "hope Ortiz": the rules kept only the capitalised word; NER has the whole name.
                mention.span, mention.text = span, doc.text[span.start : span.end]
    for span in coref_spans:
        words = doc.text[span.start : span.end].split()
        if len(words) > MAX_COREF_MENTION_WORDS or any(m.span.overlaps(span) for m in doc.mentions):
            continue
        if len(words) == 1 and words[0].lower() in lexicon.pronouns:
            continue  # a possessive or reflexive the rules left out on purpose
        kind = MentionKind.NAME if words[0][:1].isupper() and words[0].lower() not in ("the", "a", "an") else MentionKind.ROLE
        doc.mentions.append(_new_mention(doc, span, kind, lexicon))
    order = sorted(range(len(doc.mentions)), key=lambda i: (doc.mentions[i].span.start, doc.mentions[i].span.end))
    doc.mentions = [doc.mentions[i] for i in order]
    return {new: details[old] for new, old in enumerate(order) if old in details}


def _new_mention(doc: Document, span: Span, kind: MentionKind, lexicon: lexicons.Lexicons) -> Mention:
    surface = doc.text[span.start : span.end]
    words = surface.split()
    gender = lexicon.first_names.get(words[0].lower(), "-") if kind is MentionKind.NAME and len(words) > 1 else "-"
    if kind is MentionKind.ORGANIZATION:
        gender = "N"
    return Mention(span, kind, surface, gender)


def _apply_chains(doc: Document, chains: list[list[Span]]) -> None:
    """Refine the rule entities with stanza's chains.

    For each chain, the engine mentions it covers are found (the mention with
    the same span, else the last one inside the chain mention — the head of
    an English noun phrase comes last — else one around it). Then:

    - the entities of its non-pronoun mentions are merged, except two
      entities that are both named with no name word in common, or mapped to
      two different user characters (name matching stays with the rules);
    - its pronouns join that entity, overriding the rule antecedent.

    Entities are renumbered; the merged entity keeps the most complete name.
    """
    parent = list(range(len(doc.entities)))

    def find(entity: int) -> int:
        while parent[entity] != entity:
            parent[entity] = parent[parent[entity]]
            entity = parent[entity]
        return entity

    relink: dict[int, int] = {}  # pronoun mention -> entity
    for spans in chains:
        members = sorted({m for span in spans if (m := _mention_in(doc, span)) is not None})
        named = [m for m in members if doc.mentions[m].kind is not MentionKind.PRONOUN and doc.mentions[m].entity is not None]
        if not named:
            continue
        root = find(doc.mentions[named[0]].entity)  # type: ignore[arg-type]
        for other in named[1:]:
            entity = find(doc.mentions[other].entity)  # type: ignore[arg-type]
            if entity != root and _may_merge(doc, root, entity):
                parent[entity] = root
        for m in members:
            if doc.mentions[m].kind is MentionKind.PRONOUN:
                relink[m] = root
    # Renumber: one entity per root, in the order of the old entities.
    groups: dict[int, list[int]] = {}
    for entity in range(len(doc.entities)):
        groups.setdefault(find(entity), []).append(entity)
    final_of: dict[int, int] = {}
    for index, mention in enumerate(doc.mentions):
        if mention.entity is not None:
            final_of[index] = find(mention.entity)
    for relinked, target in relink.items():
        final_of[relinked] = find(target)
    new_entities: list[Entity] = []
    new_index: dict[int, int] = {}
    for root, members in groups.items():
        owned = [m for m, e in final_of.items() if e == root]
        if not owned and all(doc.entities[e].character is None for e in members):
            continue
        new_index[root] = len(new_entities)
        new_entities.append(_merged_entity(doc, [doc.entities[e] for e in members], owned))
    for index, mention in enumerate(doc.mentions):
        mention.entity = new_index.get(final_of[index]) if index in final_of else None
    for merged in new_entities:
        merged.mentions = sorted(merged.mentions)
    doc.entities = new_entities


def _mention_in(doc: Document, span: Span) -> int | None:
    """The engine mention a coreference mention stands for."""
    overlapping = [i for i, m in enumerate(doc.mentions) if m.span.overlaps(span)]
    for i in overlapping:
        if doc.mentions[i].span == span:
            return i
    inside = [i for i in overlapping if span.contains(doc.mentions[i].span)]
    if inside:
        names = [i for i in inside if doc.mentions[i].kind is MentionKind.NAME]
        return (names or inside)[-1]
    around = [i for i in overlapping if doc.mentions[i].span.contains(span)]
    return around[0] if around else None


def _name_words(doc: Document, entity: int) -> set[str]:
    return {
        word.lower()
        for m in doc.entities[entity].mentions
        if doc.mentions[m].kind is MentionKind.NAME
        for word in doc.mentions[m].text.split()
    }


def _may_merge(doc: Document, first: int, second: int) -> bool:
    one, two = doc.entities[first], doc.entities[second]
    if one.character is not None and two.character is not None and one.character != two.character:
        return False
    words_one, words_two = _name_words(doc, first), _name_words(doc, second)
    return not (words_one and words_two and not words_one & words_two)


def _merged_entity(doc: Document, entities: list[Entity], mentions: list[int]) -> Entity:
    character = next((e.character for e in entities if e.character is not None), None)
    named = [
        e for e in entities if any(doc.mentions[m].kind in (MentionKind.NAME, MentionKind.ORGANIZATION) for m in e.mentions)
    ]
    if character is not None:
        name = character.name
    elif named:
        name = max(named, key=lambda e: len(e.name.split())).name
    else:
        name = entities[0].name
    gender = next((e.gender for e in entities if e.gender != "-"), "-")
    if gender == "-":
        pronouns = {doc.mentions[m].gender for m in mentions if doc.mentions[m].kind is MentionKind.PRONOUN}
        if len(pronouns & {"M", "F"}) == 1:
            gender = (pronouns & {"M", "F"}).pop()
    return Entity(name, gender, entities[0].plural, list(mentions), character)
