"""``import quoteattr`` stays light: stanza and torch load only when the stanza backend runs."""

from __future__ import annotations

import json
import subprocess
import sys

PROBE = """
import json, sys, time
start = time.perf_counter()
import quoteattr
import quoteattr.backends.stanza
from quoteattr.attributor import make_backend
backend = make_backend("stanza")
elapsed = time.perf_counter() - start
print(json.dumps({"seconds": elapsed, "heavy": sorted(m for m in ("stanza", "torch") if m in sys.modules)}))
"""


def test_import_quoteattr_does_not_import_stanza_or_torch():
    result = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, check=True)
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["heavy"] == []
    assert report["seconds"] < 2.0  # about 0.05 s here; importing torch alone takes seconds
