"""Inject duplicates and repeated headlines into real BBC articles and measure recall and precision.

Each sampled article (read in place, never copied) gets one fault at a time:

* ``exact``: a paragraph repeated later in the article (NL101);
* ``near-words``: a later copy with about one word in ten changed (NL102);
* ``near-sentence``: a later copy with one of its sentences dropped (NL102, or NL103
  when what is left is a single repeated sentence);
* ``headline``: the headline repeated as a bold heading (NL201) or as a body line (NL202);
* ``word``: a word doubled (NL105);
* ``cross-exact``/``cross-near``: a paragraph of another article pasted in (NL104);
* ``cross-headline``: another article's headline, exact or with a word dropped (NL204).

A fault is found when a finding of an expected code starts on the injected line.
Any other finding is a false alarm, except findings the untouched article already
had (real typos in published copy, listed by ``bench/bbc_eval.py``).

Usage: ``python bench/inject_faults.py [--articles N] [--seed S]``.
"""
from __future__ import annotations

import argparse
import random
from collections import Counter

from common import bbc_paths, session
from newslint_plugins.duplicates.units import is_prose
from newslint_plugins.duplicates.words import ALLOWED_DOUBLED_WORDS

EXPECTED = {"exact": {"NL101"}, "near-words": {"NL102"}, "near-sentence": {"NL102", "NL103"},
            "headline-bold": {"NL201"}, "headline-body": {"NL202"}, "word": {"NL105"},
            "cross-exact": {"NL104"}, "cross-near": {"NL104"}, "cross-headline": {"NL204"},
            "cross-headline-near": {"NL204"}}


def read(path: str) -> tuple[str, list[str]]:
    """Headline and paragraphs of a BBC article (headline line, then blank-line separated lines)."""
    with open(path, encoding="utf-8", errors="replace") as fh:
        parts = [p.strip() for p in fh.read().split("\n\n") if p.strip()]
    return parts[0], parts[1:]


def render(headline: str, paragraphs: list[str]) -> str:
    return "\n\n".join([headline] + paragraphs) + "\n"


def line_of(headline: str, paragraphs: list[str], index: int) -> int:
    """1-based line where paragraph ``index`` starts in :func:`render` output."""
    return "\n\n".join([headline] + paragraphs[:index]).count("\n") + 3


def eligible(paragraphs: list[str]) -> list[int]:
    seen: set[str] = set()
    out = []
    for i, p in enumerate(paragraphs):
        n = len(p.split())
        if n >= 12 and is_prose(p, n) and p not in seen:
            out.append(i)
        seen.add(p)
    return out


def change_words(rng: random.Random, text: str, vocabulary: list[str]) -> str:
    words = text.split()
    for i in rng.sample(range(len(words)), max(1, len(words) // 10)):
        words[i] = rng.choice(vocabulary)
    return " ".join(words)


def drop_sentence(rng: random.Random, text: str) -> str | None:
    from newslint.text.sentences import split_sentences

    spans = split_sentences(text)
    if len(spans) < 2:
        return None
    k = rng.randrange(len(spans))
    return " ".join(text[s:e] for j, (s, e) in enumerate(spans) if j != k)


def inject_within(rng: random.Random, headline: str, paragraphs: list[str], vocabulary: list[str]):
    """Yield ``(kind, paragraphs, injected index, headline)`` for one article."""
    ok = eligible(paragraphs)
    if len(ok) < 2:
        return
    i = rng.choice(ok[:-1])
    # At least two blocks below the headline: a heading among the first three blocks
    # would be taken for the headline itself (see the parsing notes).
    at = rng.randrange(max(i + 1, 2), len(paragraphs) + 1)
    variants = {"exact": paragraphs[i], "near-words": change_words(rng, paragraphs[i], vocabulary),
                "near-sentence": drop_sentence(rng, paragraphs[i]),
                "headline-bold": f"**{headline}**", "headline-body": headline}
    for kind, text in variants.items():
        if text is not None:
            yield kind, paragraphs[:at] + [text] + paragraphs[at:], at, headline
    words = paragraphs[i].split()
    k = rng.randrange(len(words))
    if words[k].isalpha() and words[k].islower() and words[k] not in ALLOWED_DOUBLED_WORDS:
        doubled = " ".join(words[:k + 1] + [words[k]] + words[k + 1:])
        yield "word", paragraphs[:i] + [doubled] + paragraphs[i + 1:], i, headline


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--articles", type=int, default=300)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    paths = rng.sample(bbc_paths(), args.articles)
    s = session()
    articles = {p: read(p) for p in paths}
    vocabulary = sorted({w for _, ps in articles.values() for p in ps for w in p.split() if w.isalpha()})
    baseline = {}
    for p, (h, ps) in articles.items():
        baseline[p] = {(f.code, f.span.start.line) for f in s.lint_source(p, render(h, ps)).findings}
    found, total, false_alarms, misses = Counter(), Counter(), [], []
    for p, (h, ps) in articles.items():
        for kind, new, at, head in inject_within(rng, h, ps, vocabulary):
            total[kind] += 1
            line = line_of(head, new, at)
            shift = new[at].count("\n") + 2
            before = baseline[p] if kind == "word" else {(c, ln + (shift if ln >= line else 0)) for c, ln in baseline[p]}
            hit = False
            for f in s.lint_source(p, render(head, new)).findings:
                if f.code in EXPECTED[kind] and f.span.start.line == line:
                    found[kind] += 1
                    hit = True
                elif (f.code, f.span.start.line) not in before:
                    false_alarms.append(f"{kind} {p}:{f.span.start.line} {f.code} {f.message}")
            if not hit:
                misses.append(f"{kind} {p}:{line} {new[at][:100]!r}")
    cross_run(rng, s, articles, found, total, false_alarms, misses)
    print(f"articles sampled: {len(paths)}; baseline findings in untouched articles: "
          f"{sum(map(len, baseline.values()))}")
    for kind in EXPECTED:
        if total[kind]:
            print(f"  {kind:20s} recall {found[kind] / total[kind]:.3f} ({found[kind]}/{total[kind]})")
    hits = sum(found.values())
    print(f"precision {hits / (hits + len(false_alarms)):.3f} ({len(false_alarms)} false alarms)")
    for fa in false_alarms:
        print("  FALSE", fa)
    for miss in misses:
        print("  MISS", miss)


def cross_run(rng, s, articles, found, total, false_alarms, misses) -> None:
    """One project run over every article, some with a paragraph or headline of another pasted in.

    Files are compared in path order, so the finding sits on whichever copy comes
    later: a hit is a finding that joins the injected copy and its source.
    """
    paths = sorted(articles)
    natural = {(f.path, f.code, f.related[0].path)
               for f in s.finish([s.lint_source(p, render(*articles[p])) for p in paths])}
    docs = {p: (h, list(ps)) for p, (h, ps) in articles.items()}
    expected: dict[frozenset, str] = {}
    donors = rng.sample(paths, len(paths) // 4)
    targets = [p for p in paths if p not in donors]
    rng.shuffle(targets)
    kinds = ["cross-exact", "cross-near", "cross-headline", "cross-headline-near"]
    for n, donor in enumerate(donors):
        target, kind = targets[n], kinds[n % 4]
        h, ps = docs[target]
        dh, dps = articles[donor]
        if kind.startswith("cross-headline"):
            words = dh.split()
            if kind.endswith("near"):
                if len(words) < 5:
                    continue
                words.pop(rng.randrange(1, len(words)))
            docs[target] = (" ".join(words), ps)
            expected[frozenset({(target, 1), (donor, 1)})] = kind
        elif eligible(dps):
            k = rng.choice(eligible(dps))
            text = dps[k] if kind == "cross-exact" else change_words(rng, dps[k], dps[k].split())
            at = rng.randrange(len(ps) + 1)
            docs[target] = (h, ps[:at] + [text] + ps[at:])
            expected[frozenset({(target, line_of(h, ps, at)), (donor, line_of(dh, dps, k))})] = kind
    total.update(expected.values())
    hits = set()
    for f in s.finish([s.lint_source(p, render(*docs[p])) for p in paths]):
        r = f.related[0]
        kind = expected.get(frozenset({(f.path, f.span.start.line), (r.path, r.span.start.line)}))
        if kind and f.code in EXPECTED[kind]:
            found[kind] += 1
            hits.add(frozenset({(f.path, f.span.start.line), (r.path, r.span.start.line)}))
        elif (f.path, f.code, r.path) not in natural:
            false_alarms.append(f"cross {f.path}:{f.span.start.line} {f.code} {f.message}")
    misses.extend(f"{kind} {sorted(pair)}" for pair, kind in expected.items() if pair not in hits)


if __name__ == "__main__":
    main()
