"""Cost of the cross-file rules (NL104, NL204) for N and 10N BBC articles.

Times ``finish`` (hash index + MinHash-LSH over every file's extract); extracts
are made beforehand. Usage: ``python bench/scaling.py [N]`` (default 222).
"""
from __future__ import annotations

import sys
import time

from common import CROSS_FILE, bbc_paths, session


def finish_time(s, results, repeats: int = 3) -> float:
    best = float("inf")
    for _ in range(repeats):
        t = time.perf_counter()
        s.finish(results)
        best = min(best, time.perf_counter() - t)
    return best


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 222
    paths = bbc_paths()[:10 * n]
    s = session(select=CROSS_FILE)
    results = [s.lint_file(p) for p in paths]
    s.finish(results[:2])  # import datasketch outside the timings
    small = sorted(results[::10], key=lambda r: r.path)
    t1, t10 = finish_time(s, small), finish_time(s, results)
    print(f"cross-file finish: {len(small)} files {t1 * 1e3:.0f} ms; {len(results)} files {t10 * 1e3:.0f} ms; "
          f"ratio {t10 / t1:.1f}")


if __name__ == "__main__":
    main()
