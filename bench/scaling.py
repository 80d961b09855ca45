"""Cost of the cross-file rules (NL104, NL204) for N and 10N articles, and peak memory.

Times ``finish`` (hash index + MinHash-LSH over every file's extract); extracts are
made beforehand. Articles are the BBC corpus, or with ``--synth DIR`` drafts written
by ``bench/synth.py`` (``python bench/synth.py 10000 DIR``).
Usage: ``python bench/scaling.py [N] [--synth DIR]`` (default N 222).
"""
from __future__ import annotations

import argparse
import glob
import resource
import time

from common import CROSS_FILE, bbc_paths, session


def finish_time(s, results, repeats: int = 3) -> float:
    best = float("inf")
    for _ in range(repeats):
        t = time.perf_counter()
        s.finish(results)
        best = min(best, time.perf_counter() - t)
    return best


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("n", type=int, nargs="?", default=222)
    ap.add_argument("--synth", help="folder of drafts written by bench/synth.py")
    ap.add_argument("--repeats", type=int, default=3)
    args = ap.parse_args()
    paths = sorted(glob.glob(f"{args.synth}/*/*"))[:10 * args.n] if args.synth else bbc_paths()[:10 * args.n]
    s = session(select=CROSS_FILE)
    results = [s.lint_file(p) for p in paths]
    s.finish(results[:2])  # import numpy outside the timings
    small = sorted(results[::10], key=lambda r: r.path)
    t1 = finish_time(s, small, args.repeats)
    before = peak_mb()
    t10 = finish_time(s, results, args.repeats)
    print(f"cross-file finish: {len(small)} files {t1 * 1e3:.0f} ms; {len(results)} files {t10 * 1e3:.0f} ms; "
          f"ratio {t10 / t1:.1f}; peak RSS {before:.0f} MB before finish, {peak_mb():.0f} MB after")


if __name__ == "__main__":
    main()
