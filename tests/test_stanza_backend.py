"""Loading the stanza pipeline: the real ``stanza.Pipeline`` constructor, offline.

The pipeline is built from a temporary model folder holding a resources.json
written here, whose default packages are processor variants registered here
(they return hand-made annotations), so stanza's own loading code runs
without a model file or the network. Missing models and a missing stanza give
errors that name the fix.
"""

from __future__ import annotations

import json
import sys

import pytest

stanza = pytest.importorskip("stanza")
from stanza.models.common.doc import Document as StanzaDocument  # noqa: E402
from stanza.models.coref.coref_chain import CorefChain, CorefMention  # noqa: E402
from stanza.pipeline.processor import Processor, ProcessorVariant  # noqa: E402
from stanza.pipeline.registry import NAME_TO_PROCESSOR_CLASS, PROCESSOR_VARIANTS  # noqa: E402

import quoteattr  # noqa: E402
from quoteattr.attributor import make_backend  # noqa: E402
from quoteattr.backends import stanza as backend_module  # noqa: E402
from quoteattr.backends.stanza import (  # noqa: E402
    PROCESSORS,
    ModelsNotFound,
    StanzaBackend,
    StanzaNotInstalled,
    download_models,
)

VARIANT = "quoteattr_fixture"
TEXT = "“We will win,” Jane Smith said.\n\nShe left."
ROWS = [  # (form, lemma, upos, head, deprel, ner) per sentence
    [
        ("“", "“", "PUNCT", 4, "punct", "O"), ("We", "we", "PRON", 4, "nsubj", "O"), ("will", "will", "AUX", 4, "aux", "O"),
        ("win", "win", "VERB", 9, "ccomp", "O"), (",", ",", "PUNCT", 4, "punct", "O"), ("”", "”", "PUNCT", 4, "punct", "O"),
        ("Jane", "Jane", "PROPN", 9, "nsubj", "B-PERSON"), ("Smith", "Smith", "PROPN", 7, "flat", "E-PERSON"),
        ("said", "say", "VERB", 0, "root", "O"), (".", ".", "PUNCT", 9, "punct", "O"),
    ],
    [("She", "she", "PRON", 2, "nsubj", "O"), ("left", "leave", "VERB", 0, "root", "O"), (".", ".", "PUNCT", 2, "punct", "O")],
]


def hand_made_document(text: str) -> StanzaDocument:
    """What a full English pipeline would return for TEXT, offsets found in ``text``."""
    sentences, cursor = [], 0
    for rows in ROWS:
        sentence = []
        for number, (form, lemma, upos, head, deprel, ner) in enumerate(rows, 1):
            start = text.index(form, cursor)
            cursor = start + len(form)
            sentence.append(
                {"id": number, "text": form, "lemma": lemma, "upos": upos, "head": head, "deprel": deprel,
                 "ner": ner, "start_char": start, "end_char": cursor}
            )
        sentences.append(sentence)
    doc = StanzaDocument(sentences, text=text)
    doc.coref = [CorefChain(0, [CorefMention(0, 6, 8), CorefMention(1, 0, 1)], "Jane Smith", 0)]
    return doc


class Calls:
    texts: list[str] = []
    pipelines = 0


class FixtureTokenizer(ProcessorVariant):
    """The tokenize variant: returns the whole hand-made annotation."""

    OVERRIDE = True

    def __init__(self, config):
        Calls.pipelines += 1

    def process(self, document):
        text = document if isinstance(document, str) else document.text
        Calls.texts.append(text)
        return hand_made_document(text)


class PassThrough(ProcessorVariant):
    """The other processors' variant: the tokenizer's document already carries their annotations."""

    OVERRIDE = True

    def __init__(self, config):
        pass

    def process(self, document):
        return document


class PassThroughNER(Processor):
    """stanza 1.15's NERProcessor cannot take a variant (it reads model state in its final config): replace it."""

    PROVIDES_DEFAULT = {"ner"}
    REQUIRES_DEFAULT = {"tokenize"}

    def process(self, document):
        return document


@pytest.fixture
def model_dir(tmp_path, monkeypatch):
    """A model folder whose resources.json names the fixture variants as the default English packages."""
    for processor in PROCESSORS.split(","):
        variant = FixtureTokenizer if processor == "tokenize" else PassThrough
        monkeypatch.setitem(PROCESSOR_VARIANTS[processor], VARIANT, variant)
    monkeypatch.setitem(NAME_TO_PROCESSOR_CLASS, "ner", PassThroughNER)
    resources = {"en": {"lang_name": "English", "packages": {"default": {p: VARIANT for p in PROCESSORS.split(",")}}}}
    (tmp_path / "resources.json").write_text(json.dumps(resources), encoding="utf-8")
    monkeypatch.setenv("STANZA_RESOURCES_DIR", str(tmp_path))
    Calls.texts, Calls.pipelines = [], 0
    return tmp_path


def test_real_pipeline_constructor_loads_once_and_is_reused(model_dir):
    backend = StanzaBackend(model_dir=str(model_dir))
    assert Calls.pipelines == 0  # lazy: nothing is loaded before the first document
    attributor = quoteattr.Attributor(backend=backend)
    first = attributor.extract(TEXT)
    second = attributor.extract(TEXT)
    assert Calls.pipelines == 1
    assert Calls.texts == [TEXT, TEXT]  # one document per call: coref never sees two documents merged
    assert isinstance(backend.pipeline, stanza.Pipeline)
    assert [(q.text, q.speaker.name) for q in first] == [("“We will win,”", "Jane Smith")] == [
        (q.text, q.speaker.name) for q in second
    ]
    assert TEXT[first[0].cue.start : first[0].cue.end] == "said"


def test_extract_with_backend_name_uses_stanza_resources_dir(model_dir, monkeypatch):
    monkeypatch.setattr(quoteattr, "_default", {})
    (quote,) = quoteattr.extract(TEXT, backend="stanza")
    assert quote.speaker.name == "Jane Smith"
    assert Calls.pipelines == 1


def test_annotate_keeps_coref_and_syntax(model_dir):
    doc = StanzaBackend(model_dir=str(model_dir)).annotate(TEXT)
    assert doc.has_syntax
    she = next(m for m in doc.mentions if m.text == "She")
    assert doc.entities[she.entity].name == "Jane Smith"
    assert [TEXT[s.span.start : s.span.end] for s in doc.sentences] == ["“We will win,” Jane Smith said.", "She left."]


def test_make_backend_stanza_does_not_load():
    backend = make_backend("stanza")
    assert isinstance(backend, StanzaBackend) and "not loaded" in repr(backend)


def test_ready_pipeline_or_callable_is_used_as_is():
    calls = []

    def pipeline(text):
        calls.append(text)
        return hand_made_document(text)

    backend = StanzaBackend(pipeline=pipeline)
    quoteattr.Attributor(backend=backend).extract(TEXT)
    assert calls == [TEXT]
    assert backend.annotate("   ").tokens == []  # blank text never reaches stanza
    assert calls == [TEXT]


def test_missing_models_name_the_download_command(tmp_path):
    empty = tmp_path / "nothing-here"
    with pytest.raises(ModelsNotFound) as caught:
        StanzaBackend(model_dir=str(empty)).annotate(TEXT)
    message = str(caught.value)
    assert f"quoteattr download --dir {empty}" in message
    assert isinstance(caught.value, FileNotFoundError)


def test_missing_model_files_name_the_download_command(tmp_path):
    """resources.json present, model files absent: stanza's own error, wrapped."""
    resources = {
        "en": {
            "lang_name": "English",
            "packages": {"default": {p: "combined" for p in PROCESSORS.split(",")}},
            **{p: {"combined": {}} for p in PROCESSORS.split(",")},
        }
    }
    (tmp_path / "resources.json").write_text(json.dumps(resources), encoding="utf-8")
    with pytest.raises(ModelsNotFound, match="quoteattr download --dir") as caught:
        quoteattr.extract(TEXT, backend=StanzaBackend(model_dir=str(tmp_path)))
    assert isinstance(caught.value.__cause__, FileNotFoundError)


def test_missing_stanza_names_the_install_command(monkeypatch):
    monkeypatch.setitem(sys.modules, "stanza", None)  # import stanza now raises ImportError
    with pytest.raises(StanzaNotInstalled, match=r'pip install "quoteattr\[stanza\]"') as caught:
        StanzaBackend().annotate(TEXT)
    assert isinstance(caught.value, ImportError)


def test_download_models_wraps_stanza_download(monkeypatch, tmp_path):
    calls = []
    monkeypatch.setattr(stanza, "download", lambda *args, **kwargs: calls.append(("download", args, kwargs)))
    monkeypatch.setattr(stanza, "Pipeline", lambda *args, **kwargs: calls.append(("pipeline", args, kwargs)))
    assert download_models(str(tmp_path)) == str(tmp_path)
    (_, args, kwargs), (_, pipeline_args, pipeline_kwargs) = calls
    assert args == ("en",) and kwargs["model_dir"] == str(tmp_path) and kwargs["processors"] == PROCESSORS
    assert pipeline_kwargs["dir"] == str(tmp_path) and pipeline_kwargs["download_method"] == "reuse_resources"


def test_download_models_defaults_to_stanza_resources_dir(monkeypatch, tmp_path):
    calls = []
    monkeypatch.setattr(stanza, "download", lambda *args, **kwargs: calls.append(kwargs["model_dir"]))
    monkeypatch.setattr(stanza, "Pipeline", lambda *args, **kwargs: None)
    monkeypatch.setenv("STANZA_RESOURCES_DIR", str(tmp_path / "models"))
    assert download_models() == str(tmp_path / "models") == calls[0]
    assert backend_module.default_model_dir() == str(tmp_path / "models")
