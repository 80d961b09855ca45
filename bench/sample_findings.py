"""Run one rule family (or any selection) over the BBC corpus: rate, cost and a random sample to read.

Prints findings per 100 articles by code, the average cost of the selected rules
per article (parsing excluded), and a reproducible random sample of findings,
each with its sentence and the flagged text in [[brackets]] for hand-checking.
The corpus is read in place and nothing is written. Examples::

    python bench/sample_findings.py --family NL4 --n 50 --seed 1
    python bench/sample_findings.py --family NL3 --code NL301 --n 30 --include-info
"""
from __future__ import annotations

import argparse
import random
import sys
import time
from collections import Counter
from pathlib import Path

from newslint import make_config
from newslint.model import Document, Finding, Severity
from newslint.rules import RuleContext
from newslint.runner import Session

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpora" / "bbc"


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--family", required=True, help="rule code prefix to select, e.g. NL4")
    ap.add_argument("--code", action="append", default=[], help="sample only these codes (repeatable)")
    ap.add_argument("--n", type=int, default=50, help="sample size (default 50)")
    ap.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    ap.add_argument("--include-info", action="store_true", help="include info-level findings in the sample")
    ap.add_argument("--corpus", type=Path, default=CORPUS, help="folder of */*.txt articles")
    ap.add_argument("--config", help="rules.yaml to use (its select is replaced by --family)")
    return ap.parse_args(argv)


def load(session: Session, corpus: Path) -> list[Document]:
    paths = sorted(corpus.glob("*/*.txt"))
    if not paths:
        sys.exit(f"no articles under {corpus}")
    return [session.parse(str(p), p.read_text(encoding="utf-8", errors="replace")) for p in paths]


def run(session: Session, docs: list[Document]) -> tuple[list[Finding], float]:
    """Findings of the selected document rules, and the CPU seconds they took.

    Parsing is excluded; CPU time is used so that other load on the machine does not count.
    """
    findings: list[Finding] = []
    elapsed = 0.0
    for doc in docs:
        for active in session.active_rules(doc.path):
            if active.rule.scope != "document":
                continue
            ctx = RuleContext(active.rule, doc)
            t0 = time.process_time()
            active.rule.check(doc, ctx)
            elapsed += time.process_time() - t0
            for f in ctx.findings:
                f.severity = active.severity
            findings.extend(ctx.findings)
    return findings, elapsed


def context(doc: Document, f: Finding) -> str:
    """The sentence (or line) around a finding, with the finding in [[brackets]]."""
    src, s, e = doc.source, f.span.start.offset, f.span.end.offset
    left = max(src.rfind(". ", 0, s) + 2, src.rfind("\n", 0, s) + 1, s - 300)
    right = min(x for x in (src.find(". ", e) + 1, src.find("\n", e), e + 300, len(src)) if x > 0)
    return f"{src[left:s]}[[{src[s:e]}]]{src[e:right]}".strip()


def main(argv: list[str] | None = None) -> None:
    args = parse_args(argv)
    config = make_config(args.config if args.config else {"select": [args.family]})
    config.select = [args.family]
    session = Session(config)
    docs = load(session, args.corpus)
    findings, elapsed = run(session, docs)
    by_path = {d.path: d for d in docs}
    per_code = Counter(f.code for f in findings)
    print(f"{len(docs)} articles, {len(findings)} findings: {100 * len(findings) / len(docs):.1f} per 100 articles")
    for code, n in sorted(per_code.items()):
        print(f"  {code}  {n:5d}  {100 * n / len(docs):6.1f} per 100")
    print(f"cost of the selected rules: {1000 * elapsed / len(docs):.3f} ms per article (parsing excluded)")
    pool = [f for f in findings if (args.include_info or f.severity > Severity.INFO)
            and (not args.code or f.code in args.code)]
    sample = random.Random(args.seed).sample(pool, min(args.n, len(pool)))
    print(f"\nrandom sample of {len(sample)} of {len(pool)} findings (seed {args.seed}):")
    for i, f in enumerate(sorted(sample, key=lambda f: f.sort_key), 1):
        rel = Path(f.path).relative_to(args.corpus) if f.path.startswith(str(args.corpus)) else f.path
        print(f"\n{i:3d}. {rel}:{f.span.start.line} {f.code} {f.message}\n     {context(by_path[f.path], f)}")


if __name__ == "__main__":
    main()
