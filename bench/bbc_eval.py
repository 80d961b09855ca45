"""Run the NL1xx/NL2xx rules over the BBC corpus: false alarms, cross-file repeats, cost.

Published copy has no repeated paragraphs or headlines within an article, so every
within-document finding is a false alarm. Cross-file findings (NL104, NL204) are
listed for review. Usage: ``python bench/bbc_eval.py [-v]``.
"""
from __future__ import annotations

import argparse
import time
from collections import Counter

from common import CROSS_FILE, bbc_paths, describe, session


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("-v", "--verbose", action="store_true", help="list every cross-file finding")
    args = ap.parse_args()
    paths = bbc_paths()
    s = session()
    docs = []
    t0 = time.perf_counter()
    for p in paths:
        with open(p, encoding="utf-8", errors="replace") as fh:
            docs.append(s.parse(p, fh.read()))
    parse_time = time.perf_counter() - t0
    per_rule: Counter[str] = Counter()
    within = []
    from newslint.rules import RuleContext
    for a in s.global_rules:
        t = time.perf_counter()
        for d in docs:
            if a.rule.scope == "document":
                ctx = RuleContext(a.rule, d)
                a.rule.check(d, ctx)
                within.extend(ctx.findings)
            else:
                a.rule.extract(d)
        per_rule[a.rule.code] += time.perf_counter() - t
    t = time.perf_counter()
    report = s.run(paths)
    run_time = time.perf_counter() - t
    cross = [f for f in report.findings if f.code in CROSS_FILE]
    print(f"articles: {len(paths)}; parse {parse_time / len(paths) * 1e3:.2f} ms/article")
    for code, secs in sorted(per_rule.items()):
        print(f"  {code}: {secs / len(paths) * 1e3:.3f} ms/article (check or extract)")
    print(f"  family total: {sum(per_rule.values()) / len(paths) * 1e3:.3f} ms/article")
    print(f"full run (parse + rules + cross-file): {run_time:.1f} s")
    print(f"within-document findings (false alarms): {len(within)}")
    for f in within:
        print("  ", describe(f))
    print(f"cross-file findings: {dict(Counter(f.code for f in cross))}; "
          f"files flagged: {len({f.path for f in cross})}")
    if args.verbose:
        for f in sorted(cross, key=lambda f: f.sort_key):
            print("  ", describe(f))


if __name__ == "__main__":
    main()
