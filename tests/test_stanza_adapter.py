"""The stanza adapter and the syntax rules, on hand-made parses: no models, no network.

stanza Documents come from token dicts and from the CoNLL-U fixtures in
tests/fixtures/stanza/ (hand-checked UD parses with offsets and NER in MISC);
coreference chains are attached by hand from the *.coref.json files.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

stanza_doc_module = pytest.importorskip("stanza.models.common.doc")
from stanza.models.coref.coref_chain import CorefChain, CorefMention  # noqa: E402
from stanza.utils.conll import CoNLL  # noqa: E402

import quoteattr  # noqa: E402
from quoteattr.attribution import syntax  # noqa: E402
from quoteattr.attribution.context import Context  # noqa: E402
from quoteattr.backends.stanza import StanzaBackend, document_from_stanza  # noqa: E402
from quoteattr.document import MentionKind  # noqa: E402
from quoteattr.model import QuoteKind  # noqa: E402

FIXTURES = Path(__file__).parent / "fixtures" / "stanza"
StanzaDocument = stanza_doc_module.Document


def load(name: str, with_coref: bool = True):
    """(text, stanza Document) for a fixture, coreference chains attached by hand."""
    text = (FIXTURES / f"{name}.txt").read_text(encoding="utf-8")
    stanza_doc = CoNLL.conll2doc(input_file=str(FIXTURES / f"{name}.conllu"))
    if with_coref:
        chains = json.loads((FIXTURES / f"{name}.coref.json").read_text(encoding="utf-8"))["chains"]
        stanza_doc.coref = [
            CorefChain(i, [CorefMention(*m) for m in chain["mentions"]], chain["representative"], 0)
            for i, chain in enumerate(chains)
        ]
    return text, stanza_doc


def word(text: str, **fields):
    return {"text": text, **fields}


# --- tokens and offsets -----------------------------------------------------


def test_conllu_offsets_slice_the_original_text():
    for name in ("news", "fiction"):
        text, stanza_doc = load(name)
        doc = document_from_stanza(text, stanza_doc)
        stanza_words = [w for s in stanza_doc.sentences for w in s.words]
        assert len(doc.tokens) == len(stanza_words)
        for token, stanza_word in zip(doc.tokens, stanza_words):
            assert text[token.start : token.end] == stanza_word.text
        assert doc.has_syntax


def test_heads_are_document_level_token_indices():
    text, stanza_doc = load("news")
    doc = document_from_stanza(text, stanza_doc)
    said = next(i for i, t in enumerate(doc.tokens) if text[t.start : t.end] == "said")
    assert doc.tokens[said].head == -1 and doc.tokens[said].deprel == "root"
    dmitry = next(i for i, t in enumerate(doc.tokens) if text[t.start : t.end] == "Dmitry")
    assert doc.tokens[dmitry].head == said and doc.tokens[dmitry].deprel == "nsubj"
    # Second sentence: "Peskov told reporters": heads point past the first sentence's tokens.
    told = next(i for i, t in enumerate(doc.tokens) if text[t.start : t.end] == "told")
    assert doc.tokens[told - 1].head == told and told > doc.sentences[0].end_token - 1
    assert doc.tokens[told].lemma == "tell" and doc.tokens[told].upos == "VERB"


def test_multi_word_token_words_split_by_length():
    text, stanza_doc = load("news")
    doc = document_from_stanza(text, stanza_doc)
    start = text.index("don't")
    do, nt = (t for t in doc.tokens if start <= t.start < start + 5)
    assert (text[do.start : do.end], text[nt.start : nt.end]) == ("do", "n't")
    assert (do.lemma, nt.lemma) == ("do", "not")
    assert doc.tokens[do.head].lemma == "negotiate"


def test_multi_word_token_that_does_not_spell_its_words_shares_the_span():
    text = "Gimme that."
    sentences = [
        [
            {"id": (1, 2), "text": "Gimme", "start_char": 0, "end_char": 5},
            {"id": 1, "text": "give", "lemma": "give", "upos": "VERB", "head": 0, "deprel": "root"},
            {"id": 2, "text": "me", "lemma": "I", "upos": "PRON", "head": 1, "deprel": "iobj"},
            {"id": 3, "text": "that", "lemma": "that", "upos": "PRON", "head": 1, "deprel": "obj", "start_char": 6, "end_char": 10},
            {"id": 4, "text": ".", "lemma": ".", "upos": "PUNCT", "head": 1, "deprel": "punct", "start_char": 10, "end_char": 11},
        ]
    ]
    doc = document_from_stanza(text, StanzaDocument(sentences, text=text))
    assert [(t.start, t.end) for t in doc.tokens] == [(0, 5), (0, 5), (6, 10), (10, 11)]
    assert [t.head for t in doc.tokens] == [-1, 0, 0, 0]


def test_tokens_without_offsets_are_found_in_the_original_text():
    """No start_char/end_char (a CoNLL-U file without MISC offsets): align by text, keep spacing."""
    text = "  “Yes,”\n she  said."
    forms = ["“", "Yes", ",", "”", "she", "said", "."]
    sentences = [[{"id": i + 1, "text": form, "head": 0 if form == "said" else 6, "deprel": "dep"} for i, form in enumerate(forms)]]
    doc = document_from_stanza(text, StanzaDocument(sentences))
    assert [text[t.start : t.end] for t in doc.tokens] == forms
    assert doc.tokens[4].start == text.index("she")


def test_offsets_into_another_string_are_not_trusted():
    """Offsets into a re-joined token string ("Yes , she said .") are replaced by real ones."""
    text = "Yes, she said."
    rejoined = [("Yes", 0, 3), (",", 4, 5), ("she", 6, 9), ("said", 10, 14), (".", 15, 16)]
    sentences = [[{"id": i + 1, "text": f, "start_char": s, "end_char": e, "head": 0, "deprel": "dep"} for i, (f, s, e) in enumerate(rejoined)]]
    doc = document_from_stanza(text, StanzaDocument(sentences))
    assert [(t.start, t.end) for t in doc.tokens] == [(0, 3), (3, 4), (5, 8), (9, 13), (13, 14)]


# --- sentences, NER and mentions --------------------------------------------


def test_sentences_follow_stanza_but_not_across_paragraphs_or_inside_quotes():
    text = "“Stop. Now,” he said.\nShe left."
    # stanza splits inside the quote and misses the line break: three sentences, wrongly placed.
    sentences = [
        [word("“"), word("Stop"), word(".")],
        [word("Now"), word(","), word("”"), word("he"), word("said"), word("."), word("She"), word("left"), word(".")],
    ]
    for sentence in sentences:
        for number, token in enumerate(sentence, 1):
            token.update(id=number, head=0, deprel="dep")
    doc = document_from_stanza(text, StanzaDocument(sentences))
    assert [text[s.span.start : s.span.end] for s in doc.sentences] == ["“Stop. Now,” he said.", "She left."]
    assert [s.paragraph for s in doc.sentences] == [0, 1]


def test_bioes_entities_become_or_correct_mentions():
    text = "“Fine,” said hope Ortiz of Reuters."
    rows = [
        ("“", "O", 3, "punct"), ("Fine", "O", 3, "ccomp"), (",", "O", 2, "punct"), ("”", "O", 2, "punct"),
        ("said", "O", 0, "root"), ("hope", "B-PERSON", 5, "nsubj"), ("Ortiz", "E-PERSON", 6, "flat"),
        ("of", "O", 9, "case"), ("Reuters", "S-ORG", 6, "nmod"), (".", "O", 5, "punct"),
    ]
    sentences = [[{"id": i + 1, "text": f, "ner": n, "head": h, "deprel": d, "upos": "VERB" if f == "said" else None} for i, (f, n, h, d) in enumerate(rows)]]
    doc = document_from_stanza(text, StanzaDocument(sentences, text=text))
    kinds = {m.text: m.kind for m in doc.mentions}
    assert kinds["hope Ortiz"] is MentionKind.NAME  # lower-case first word: only NER finds it
    assert kinds["Reuters"] is MentionKind.ORGANIZATION
    assert doc.tokens[5].ner == "B-PERSON"
    (quote,) = quoteattr.Attributor(StanzaBackend(pipeline=lambda _: StanzaDocument(sentences, text=text))).extract(text)
    assert quote.speaker.name == "hope Ortiz"


# --- coreference chains -------------------------------------------------------


def test_coref_chains_group_mentions_into_entities():
    text, stanza_doc = load("fiction")
    doc = document_from_stanza(text, stanza_doc)
    by_text = {}
    for mention in doc.mentions:
        by_text.setdefault(mention.text, []).append(doc.entities[mention.entity].name)
    # "she" follows "Jane Bennet came in with Elizabeth": the rule picks the nearest woman,
    # stanza's chain says Jane.
    assert by_text["she"] == ["Jane Bennet"]
    assert by_text["he"] == ["Mr. Darcy"]
    assert by_text["Elizabeth"] == ["Elizabeth", "Elizabeth"]
    for index, entity in enumerate(doc.entities):
        assert all(doc.mentions[m].entity == index for m in entity.mentions)


def test_without_chains_rule_coreference_is_kept():
    text, stanza_doc = load("fiction", with_coref=False)
    doc = document_from_stanza(text, stanza_doc)
    she = next(m for m in doc.mentions if m.text == "she")
    by_rules = next(q for q in quoteattr.extract(text) if q.text == "“Do not worry,”")
    assert doc.entities[she.entity].name == by_rules.speaker.name  # the rule antecedent, whatever it is


def test_chains_never_merge_two_differently_named_people():
    text, stanza_doc = load("fiction")
    # A wrong chain joining Elizabeth and Jane Bennet.
    stanza_doc.coref = [CorefChain(0, [CorefMention(0, 8, 9), CorefMention(3, 0, 2)], "Elizabeth", 0)]
    doc = document_from_stanza(text, stanza_doc)
    names = {doc.entities[m.entity].name for m in doc.mentions if m.kind is MentionKind.NAME}
    assert {"Elizabeth", "Jane Bennet"} <= names


def test_chain_mentions_the_rules_missed_become_mentions():
    text, stanza_doc = load("news")
    # "Putin" and "the talks" (sentence 6, words 4-6) in one chain: "the talks" is not a role the rules know.
    stanza_doc.coref = [CorefChain(0, [CorefMention(6, 4, 6), CorefMention(5, 11, 12)], "Putin", 1)]
    doc = document_from_stanza(text, stanza_doc)
    talks = next(m for m in doc.mentions if m.text == "the talks")
    assert talks.kind is MentionKind.ROLE
    assert doc.entities[talks.entity].name == "Putin"
    assert [m.span.start for m in doc.mentions] == sorted(m.span.start for m in doc.mentions)


def test_user_characters_name_the_entities():
    text, stanza_doc = load("fiction")
    cast = [quoteattr.Character("Elizabeth Bennet", aliases=("Elizabeth", "Lizzy"), gender="F")]
    doc = document_from_stanza(text, stanza_doc, cast)
    first = next(m for m in doc.mentions if m.text == "Elizabeth")
    assert doc.entities[first.entity].name == "Elizabeth Bennet"


# --- syntax rules, one per docstring example ----------------------------------


def context_for(name: str) -> tuple[str, Context]:
    text, stanza_doc = load(name)
    return text, Context(document_from_stanza(text, stanza_doc))


def quote_at(ctx: Context, text: str, quoted: str):
    start = text.index(quoted)
    return next(q for q in ctx.doc.quote_marks if q.span.start <= start < q.span.end)


def speaker_text(ctx: Context, attribution) -> str:
    return ctx.doc.mentions[attribution.mention].text


@pytest.mark.parametrize(
    ("quoted", "speaker", "cue"),
    [
        ("We are not going", "Dmitry Peskov", "said"),  # “Q,” Peskov said. (quote = ccomp of said)
        ("The talks are over", "Peskov", "told"),  # Peskov told reporters: “Q” (parataxis)
        ("Nobody wants", "Hugh Hill", "said"),  # “Q,” said Hugh Hill, a doctor. (said = parataxis of Q)
        ("We don't", "Maria Lopez", "said"),  # A senior official, Maria Lopez, said: (appos beats the role)
        ("It was a mistake", "Peskov", "said"),  # Peskov, who met Putin on Monday, said. (not Putin)
    ],
)
def test_cue_subject(quoted, speaker, cue):
    text, ctx = context_for("news")
    attribution = syntax.cue_subject(ctx, quote_at(ctx, text, quoted))
    assert speaker_text(ctx, attribution) == speaker
    assert text[attribution.cue.start : attribution.cue.end] == cue
    assert attribution.rule == "syntax: subject of cue"


def test_according_to():
    text, ctx = context_for("news")
    quote = quote_at(ctx, text, "The plan is dead")
    assert syntax.cue_subject(ctx, quote) is None
    attribution = syntax.according_to(ctx, quote)
    assert speaker_text(ctx, attribution) == "the State Department"
    assert text[attribution.cue.start : attribution.cue.end] == "according to"


def test_cue_subject_in_fiction():
    text, ctx = context_for("fiction")
    found = {q: speaker_text(ctx, syntax.cue_subject(ctx, quote_at(ctx, text, q))) for q in ("I shall", "You must", "Do not", "Who is")}
    assert found == {"I shall": "Elizabeth", "You must": "he", "Do not": "she", "Who is": "the old man"}


def test_no_syntax_rule_fires_without_a_cue_verb():
    text = "“Fire!” Smoke filled the hall."
    rows = [("“", 2, "punct"), ("Fire", 0, "root"), ("!", 2, "punct"), ("”", 2, "punct"), ("Smoke", 6, "nsubj"), ("filled", 2, "parataxis"), ("the", 8, "det"), ("hall", 6, "obj"), (".", 6, "punct")]
    sentences = [[{"id": i + 1, "text": f, "head": h, "deprel": d, "upos": "VERB" if f == "filled" else None} for i, (f, h, d) in enumerate(rows)]]
    ctx = Context(document_from_stanza(text, StanzaDocument(sentences, text=text)))
    quote = ctx.doc.quote_marks[0]
    assert syntax.cue_subject(ctx, quote) is None and syntax.according_to(ctx, quote) is None


def test_quoted_as_saying_borrows_the_passive_subject():
    """``“Q,” Lopez was quoted as saying.``: *saying* (advcl) borrows *quoted*'s nsubj:pass."""
    text = "“We lost,” Lopez was quoted as saying."
    rows = [
        ("“", 3, "punct", "PUNCT"), ("We", 3, "nsubj", "PRON"), ("lost", 10, "ccomp", "VERB"), (",", 3, "punct", "PUNCT"),
        ("”", 3, "punct", "PUNCT"), ("Lopez", 8, "nsubj:pass", "PROPN"), ("was", 8, "aux:pass", "AUX"),
        ("quoted", 0, "root", "VERB"), ("as", 10, "mark", "SCONJ"), ("saying", 8, "advcl", "VERB"), (".", 8, "punct", "PUNCT"),
    ]
    lemmas = {"quoted": "quote", "saying": "say"}
    sentences = [[{"id": i + 1, "text": f, "head": h, "deprel": d, "upos": u, "lemma": lemmas.get(f, f)} for i, (f, h, d, u) in enumerate(rows)]]
    ctx = Context(document_from_stanza(text, StanzaDocument(sentences, text=text)))
    attribution = syntax.cue_subject(ctx, ctx.doc.quote_marks[0])
    assert speaker_text(ctx, attribution) == "Lopez"
    assert text[attribution.cue.start : attribution.cue.end] == "saying"


def test_passive_agent():
    """``“Q,” was said by Lopez.``: the ``obl:agent`` of a passive cue."""
    text = "“No,” was said by Lopez."
    rows = [
        ("“", 2, "punct", "PUNCT"), ("No", 6, "ccomp", "INTJ"), (",", 2, "punct", "PUNCT"), ("”", 2, "punct", "PUNCT"),
        ("was", 6, "aux:pass", "AUX"), ("said", 0, "root", "VERB"), ("by", 8, "case", "ADP"), ("Lopez", 6, "obl:agent", "PROPN"),
        (".", 6, "punct", "PUNCT"),
    ]
    sentences = [[{"id": i + 1, "text": f, "head": h, "deprel": d, "upos": u} for i, (f, h, d, u) in enumerate(rows)]]
    ctx = Context(document_from_stanza(text, StanzaDocument(sentences, text=text)))
    attribution = syntax.cue_subject(ctx, ctx.doc.quote_marks[0])
    assert speaker_text(ctx, attribution) == "Lopez"


def test_reported_speech_from_ccomp():
    text, ctx = context_for("news")
    (report,) = [r for r in syntax.reported_speech(ctx) if r.rule == "syntax: ccomp"]
    assert text[report.content.start : report.content.end] == "that the talks had failed"
    assert text[report.cue.start : report.cue.end] == "said"
    assert ctx.doc.entities[ctx.doc.mentions[report.mention].entity].name == "Dmitry Peskov"


def test_reported_speech_according_to():
    text = "According to Reuters, the talks failed."
    rows = [
        ("According", 3, "case", "VERB"), ("to", 1, "fixed", "ADP"), ("Reuters", 7, "obl", "PROPN"), (",", 7, "punct", "PUNCT"),
        ("the", 6, "det", "DET"), ("talks", 7, "nsubj", "NOUN"), ("failed", 0, "root", "VERB"), (".", 7, "punct", "PUNCT"),
    ]
    sentences = [[{"id": i + 1, "text": f, "head": h, "deprel": d, "upos": u, "ner": "S-ORG" if f == "Reuters" else "O"} for i, (f, h, d, u) in enumerate(rows)]]
    ctx = Context(document_from_stanza(text, StanzaDocument(sentences, text=text)))
    (report,) = syntax.reported_speech(ctx)
    assert text[report.content.start : report.content.end] == "the talks failed"
    assert ctx.doc.mentions[report.mention].text == "Reuters"


# --- the same fixtures through both backends ------------------------------------

#: Hand-checked speakers of every direct quote in the fixtures.
GOLD = {
    "news": {
        "“We are not going to comment,”": "Dmitry Peskov",
        "“The talks are over.”": "Dmitry Peskov",
        "“Nobody wants a war,”": "Hugh Hill",
        "“We don't negotiate.”": "Maria Lopez",
        "“The plan is dead,”": "the State Department",
        "“It was a mistake,”": "Dmitry Peskov",
    },
    "fiction": {
        "“I shall not go,”": "Elizabeth",
        "“You must,”": "Mr. Darcy",
        "“Do not worry,”": "Jane Bennet",
        "“Who is there?”": "the old man",
    },
}


def direct_speakers(quotes) -> dict[str, str | None]:
    return {q.text: q.speaker.name if q.speaker else None for q in quotes if q.kind is QuoteKind.DIRECT}


@pytest.mark.parametrize("name", ["news", "fiction"])
def test_stanza_attributions_are_the_same_or_better_than_the_rules(name):
    text, stanza_doc = load(name)
    rules = direct_speakers(quoteattr.extract(text))
    parsed = direct_speakers(quoteattr.extract(text, backend=StanzaBackend(pipeline=lambda _: stanza_doc)))
    gold = GOLD[name]
    assert set(rules) == set(parsed) == set(gold)
    right_by_rules = {q for q in gold if rules[q] == gold[q]}
    right_by_stanza = {q for q in gold if parsed[q] == gold[q]}
    assert right_by_rules <= right_by_stanza
    assert right_by_stanza == set(gold)


def test_quote_objects_are_the_same_shape_through_both_backends():
    text, stanza_doc = load("news")
    rules = quoteattr.extract(text)
    parsed = quoteattr.extract(text, backend=StanzaBackend(pipeline=lambda _: stanza_doc))
    assert [(q.span, q.kind) for q in rules if q.kind is QuoteKind.DIRECT] == [
        (q.span, q.kind) for q in parsed if q.kind is QuoteKind.DIRECT
    ]
    for quote in parsed:
        assert text[quote.span.start : quote.span.end] == quote.text
        if quote.speaker and quote.speaker.mention:
            assert quote.speaker.mention.end <= len(text)
