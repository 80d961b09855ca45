"""Where one process's time goes: parsing, each document rule, each project rule's extract and finish.

CPU time (``time.process_time``), so other load on the machine matters less
than for wall-clock runs. Usage: ``python bench/perf_rules.py DIR_OR_FILES...``
(e.g. ``../shared/corpora/bbc`` or a corpus from ``bench/synth.py``).

By default each draft goes through every rule before the next draft, as in
``newslint check`` (document rules, then the project rules' extracts), so
caches that several rules share (per-document results, the lexicon scans of
recent texts) help as they do in a real run. ``--order rule`` runs one rule
over every draft before the next rule instead, which charges each rule for
the shared work it would otherwise find done (the order of earlier profiles).
"""
from __future__ import annotations

import argparse
import gc
import time
from collections import Counter

from newslint import make_config
from newslint.parsing.source import decode, normalize_newlines
from newslint.report import Report
from newslint.rules import ProjectContext, RuleContext
from newslint.runner import Session


def _run(rule, doc, extracts: dict[str, dict[str, object]]) -> str:
    """Check or extract one draft with one rule; the name of the step."""
    if rule.scope == "document":
        rule.check(doc, RuleContext(rule, doc))
        return f"{rule.code} check"
    extracts.setdefault(rule.code, {})[doc.path] = rule.extract(doc)
    return f"{rule.code} extract"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("paths", nargs="+")
    ap.add_argument("--order", choices=("document", "rule"), default="document",
                    help="every rule on one draft at a time (as newslint check), or one rule on every draft")
    args = ap.parse_args()
    session = Session(make_config(None))
    rules = sorted((a.rule for a in session.global_rules), key=lambda r: r.scope != "document")
    cost: Counter[str] = Counter()
    extracts: dict[str, dict[str, object]] = {}
    clock = time.process_time
    docs = []  # kept for --order rule only: a real run keeps no document once it is linted
    n = 0
    for path in session.iter_files(args.paths, Report()):
        with open(path, "rb") as fh:
            data = fh.read()
        try:
            text = normalize_newlines(decode(data, path))[0]
        except Exception:  # undecodable drafts are not part of the measurement
            continue
        t = clock()
        doc = session.parse(path, text)
        cost["parse"] += clock() - t
        n += 1
        if args.order == "rule":
            docs.append(doc)
            continue
        for rule in rules:
            t = clock()
            step = _run(rule, doc, extracts)
            cost[step] += clock() - t
    if args.order == "rule":
        gc.freeze()  # the kept documents would make every full collection slow, unlike in a real run
        for rule in rules:
            for doc in docs:
                t = clock()
                step = _run(rule, doc, extracts)
                cost[step] += clock() - t
    for rule in rules:
        if rule.scope == "project":
            t = clock()
            rule.finish(extracts[rule.code], ProjectContext(rule))
            cost[f"{rule.code} finish"] += clock() - t
    total = sum(cost.values())
    print(f"{n} drafts, {total:.2f} s CPU, {total / n * 1e3:.2f} ms per draft ({args.order} order)")
    print("| step | ms per draft | share |\n|---|---:|---:|")
    for step, secs in cost.most_common():
        print(f"| {step} | {secs / n * 1e3:.3f} | {secs / total:.0%} |")


if __name__ == "__main__":
    main()
