#!/usr/bin/env python3
"""Long robustness run: the hypothesis properties with many random examples, then a scaling check.

    python scripts/fuzz.py                 # 2000 examples per property, then scaling
    python scripts/fuzz.py --examples 20000 --skip-scaling

The scaling check lints pathological single lines (long runs of dots, unclosed
brackets and comments, many quotes...) at size n and 4n, with the core rules
only and with every installed rule, and flags any input whose time grows more
than 8x (linear growth is about 4x). It exits 1 when a property fails or an
input looks quadratic.
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PATHOLOGICAL = {
    "dots": lambda n: "." * n + "x",
    "unclosed links": lambda n: "[a](" * (n // 4),
    "unclosed brackets": lambda n: "[" * n + "x",
    "unclosed comments": lambda n: "x <!--" * (n // 6),
    "autolink starts": lambda n: "x <http:" * (n // 8),
    "curly quotes": lambda n: "\u201ca\u201d " * (n // 4),
    "straight quotes": lambda n: '"' * n,
    "single quotes": lambda n: "'a " * (n // 3),
    "emphasis": lambda n: "**a" * (n // 3),
    "backticks": lambda n: "`a" * (n // 2),
    "abbreviations": lambda n: "U.S. " * (n // 5),
    "sentences": lambda n: "The council said so. " * (n // 21),
    "one line per sentence": lambda n: "It rained.\n" * (n // 11),
    "bold lines": lambda n: "**a**\n" * (n // 6),
    "nested quotes": lambda n: ">" * n + " x",
}


def run_properties(examples: int) -> bool:
    env = dict(os.environ, NEWSLINT_FUZZ_EXAMPLES=str(examples))
    cmd = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(ROOT / "tests" / "test_properties.py")]
    print(f"properties: {examples} random examples each", flush=True)
    return subprocess.run(cmd, cwd=ROOT, env=env).returncode == 0


def _seconds(session, text: str, path: str) -> float:
    start = time.perf_counter()
    result = session.lint_source(path, "Title\n\n" + text + "\n")
    elapsed = time.perf_counter() - start
    if result.errors:
        print(f"    errors: {[e.message for e in result.errors]}")
    return elapsed


def run_scaling(size: int) -> bool:
    from newslint import make_config
    from newslint.runner import Session

    sessions = {"core": Session(make_config({"select": ["NL0"]})), "all rules": Session(make_config(None))}
    ok = True
    print(f"\nscaling: seconds at n={size} and 4n characters (ratio ~4 is linear)")
    for name, make in PATHOLOGICAL.items():
        for label, session in sessions.items():
            for path in ("p.md", "p.txt"):
                small, large = _seconds(session, make(size), path), _seconds(session, make(4 * size), path)
                ratio = large / max(small, 1e-3)
                flag = "  <-- superlinear" if ratio > 8 and large > 0.5 else ""
                ok = ok and not flag
                print(f"  {name:22} {label:9} {path:6} {small:7.3f} {large:7.3f}  x{ratio:5.1f}{flag}", flush=True)
    return ok


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--examples", type=int, default=2000, help="hypothesis examples per property")
    parser.add_argument("--size", type=int, default=50_000, help="base size of the pathological lines")
    parser.add_argument("--skip-properties", action="store_true")
    parser.add_argument("--skip-scaling", action="store_true")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    ok = args.skip_properties or run_properties(args.examples)
    ok = (args.skip_scaling or run_scaling(args.size)) and ok
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
