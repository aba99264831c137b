"""Tiny made-up documents in the three gold-corpus formats, written to a temporary folder.

The texts and annotations are our own (nothing from the corpora); offsets were
counted by hand and are asserted in test_benchmark_corpora.py. They live here as
strings, not as files in the corpus formats, so nothing in the repository looks
like corpus data. ``\t`` is the tab that separates brat and LitBank fields.
"""

from __future__ import annotations

import atexit
import functools
import shutil
import tempfile
from pathlib import Path

#: Relative path -> exact file content.
FILES: dict[str, str] = {
    'litbank/tiny_brat.ann': '''\
QUOTE\tQ1\t0\t0\t1\t2\t" Come here , Tess . Now . "
QUOTE\tQ2\t3\t0\t3\t5\t" I will not , "
ATTRIB\tQ1\ther_father-3
ATTRIB\tQ2\tTess_Durbeyfield-0
''',
    'litbank/tiny_brat.txt': '''\
" Come here , Tess .
Now . " said her father .
She did not move .
" I will not , " she said .
''',
    'pdnc/TinyNovel/character_info.csv': '''\
Character ID,Main Name,Aliases,Gender,Category
0,Mr. Bennet,"{'Mr. Bennet', 'Bennet'}",M,major
1,Jane Bennet,"{'Jane', 'Miss Bennet', 'Jane Bennet'}",F,major
2,Lizzy,"['Lizzy', 'Elizabeth Bennet']",X,minor
''',
    'pdnc/TinyNovel/novel_text.txt': '''\
CHAPTER I

"Good morning, Jane," said Mr. Bennet. "Is it raining?"

"Not at all," she replied.

"Then we walk."
''',
    'pdnc/TinyNovel/quotation_info.csv': '''\
"quoteID","quoteText","subQuotationList","quoteByteSpans","speaker","addressees","quoteType","referringExpression","mentionTextsList","mentionSpansList","mentionEntitiesList"
"Q0","Good morning, Jane, Is it raining?","['Good morning, Jane,', 'Is it raining?']","[[12, 31], [51, 65]]","Mr. Bennet","['Jane Bennet']","Explicit","Mr. Bennet","[['Jane']]","[[[26, 30]]]","[[['Jane Bennet']]]"
"Q1","Not at all,","['Not at all,']","[[69, 80]]","Jane","['Mr. Bennet']","Anaphoric","she","[[]]","[[]]","[[]]"
"Q2","Then we walk.","['Then we walk.']","[[97, 110]]","Jane Bennet","[]","Implicit","","[[]]","[[]]","[[]]"
''',
    'polnear/attributions/tiny-news_a1b2.ann': '''\
T1\tSource 15 20\tSmith
T2\tCue 21 25\tsaid
T3\tContent 0 14;27 43\t“We will win,” “It is certain.”
T4\tAttribution 21 25\tsaid
E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1
T5\tSource 45 56\tThe senator
T6\tCue 57 61\tsaid
T7\tContent 62 108\tthat taxes would fall "very soon" for families
T8\tAttribution 57 61\tsaid
E2\tAttribution:T8 Cue:T6 Source:T5 Content:T7
T9\tContent 126 144\tthe plan was ready
T10\tSource 111 120\tOfficials
T11\tCue 121 125\tsaid
T12\tAttribution 121 125\tsaid
E3\tContent:T9 Attribution:T12 Source:T10 Cue:T11
#1\tAnnotatorNotes T9\tA made-up note.
''',
    'polnear/attributions/tiny-news_z9y8.ann': '''\
T1\tContent 126 144\tthe plan was ready
T2\tAttribution-no-source 121 125\tsaid
E1\tAttribution-no-source:T2 Content:T1
''',
    'polnear/text/tiny-news.txt': '''\
“We will win,” Smith said. “It is certain.”

The senator said that taxes would fall "very soon" for families.

Officials said the plan was ready.
''',
}


@functools.cache
def corpus_root() -> Path:
    """A temporary folder holding ``polnear/``, ``pdnc/`` and ``litbank/`` (removed at exit)."""
    root = Path(tempfile.mkdtemp(prefix="quoteattr-corpora-"))
    atexit.register(shutil.rmtree, root, ignore_errors=True)
    for relative, content in FILES.items():
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(content, encoding="utf-8", newline="")
    return root
