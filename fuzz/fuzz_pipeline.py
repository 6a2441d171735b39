"""Coverage-guided fuzz target (atheris) for decode + segment + classify + assemble + render.

    pip install atheris
    python fuzz/fuzz_pipeline.py -max_total_time=600 fuzz/corpus        # 10 minutes
    python fuzz/fuzz_pipeline.py -runs=100000 fuzz/corpus

Any exception other than ArticleError is a bug; libFuzzer writes the input to crash-<sha1>. Keep each
crasher as a regression case in tests/fuzz_regressions/ (it is replayed by tests/test_robustness.py).
"""
from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports():
    from articlecli import ArticleError, Options, clean, render
    from articlecli.options import InputFormat

OPTIONS = (Options(), Options(input_format=InputFormat.html), Options(input_format=InputFormat.text))


def test_one(data: bytes) -> None:
    if not data:
        return
    options = OPTIONS[data[0] % 3]
    try:
        art = clean(data[1:], options)
    except ArticleError:
        return
    for fmt in ("md", "json", "text"):
        render(art, fmt)


def main() -> None:
    atheris.Setup(sys.argv, test_one)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
