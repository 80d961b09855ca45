"""Where one process's time goes: parsing, each document rule, each project rule's extract and finish.

CPU time (``time.process_time``), so other load on the machine matters less
than for wall-clock runs. Usage: ``python bench/perf_rules.py DIR_OR_FILES...``
(e.g. ``../shared/corpora/bbc`` or a corpus from ``bench/synth.py``).
"""
from __future__ import annotations

import argparse
import time
from collections import Counter

from newslint import make_config
from newslint.parsing.source import decode, normalize_newlines
from newslint.report import Report
from newslint.rules import ProjectContext, RuleContext
from newslint.runner import Session


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("paths", nargs="+")
    args = ap.parse_args()
    session = Session(make_config(None))
    files = list(session.iter_files(args.paths, Report()))
    cost: Counter[str] = Counter()
    docs = []
    for path in files:
        with open(path, "rb") as fh:
            data = fh.read()
        try:
            text = normalize_newlines(decode(data, path))[0]
        except Exception:  # undecodable drafts are not part of the measurement
            continue
        t = time.process_time()
        docs.append(session.parse(path, text))
        cost["parse"] += time.process_time() - t
    extracts: dict[str, dict[str, object]] = {}
    for a in session.global_rules:
        rule = a.rule
        t = time.process_time()
        for doc in docs:
            if rule.scope == "document":
                rule.check(doc, RuleContext(rule, doc))
            else:
                extracts.setdefault(rule.code, {})[doc.path] = rule.extract(doc)
        cost[f"{rule.code} {'check' if rule.scope == 'document' else 'extract'}"] += time.process_time() - t
        if rule.scope == "project":
            t = time.process_time()
            rule.finish(extracts[rule.code], ProjectContext(rule))
            cost[f"{rule.code} finish"] += time.process_time() - t
    n = len(docs)
    total = sum(cost.values())
    print(f"{n} drafts, {total:.2f} s CPU, {total / n * 1e3:.2f} ms per draft")
    print("| step | ms per draft | share |\n|---|---:|---:|")
    for step, secs in cost.most_common():
        print(f"| {step} | {secs / n * 1e3:.3f} | {secs / total:.0%} |")


if __name__ == "__main__":
    main()
