"""Deterministic synthetic news drafts with injected faults, for benchmarks and scale tests.

Drafts are built from a seed out of sentence templates and invented names,
places and figures (no real article text). About 4 KB each, in Markdown
(``# Headline``) and plain text (headline on the first line). Faults are
injected at fixed rates so every rule family has work to do: a repeated
word, a paragraph or sentence repeated within a draft, the headline repeated
in the body, a headline in capitals or ending with a full stop, hedges,
vague attributions, unattributed claims, and across files a paragraph or a
headline copied from an earlier draft.

Usage: ``python bench/synth.py N OUTDIR [--seed S]``; in code, :func:`write_corpus`.
"""
from __future__ import annotations

import argparse
import random
from pathlib import Path

VERSION = 1  # bump when the output changes, so cached corpora are regenerated


def _items(text: str) -> tuple[str, ...]:
    return tuple(x.strip() for x in text.split("|"))


FIRST = _items("Amara|Liam|Sofia|Tomasz|Hannah|Rahul|Chloe|Mateo|Ingrid|Kwame|Yuki|Fatima|Oskar|Priya|Declan|"
               "Elena|Samuel|Greta|Ravi|Lucia|Pieter|Aisha|Jonas|Nadia|Callum|Marta|Felix|Leila")
SURNAMES = _items("Ashworth|Bellamy|Carrow|Delacroix|Eastwood|Fairbanks|Galloway|Hartigan|Iverson|Jessop|Kilbride|"
                  "Lockhart|Merriweather|Norwood|Oakley|Pemberton|Quigley|Redfern|Stanhope|Thornbury|Underwood|"
                  "Vance|Whitlock|Yardley|Abernathy|Blackwood|Crenshaw|Dunmore|Ellery|Fenwick|Greaves|Holloway")
TOWNS = _items("Harrowgate|Millbrook|Eastmoor|Kestrel Bay|Dunmere|Ashford Vale|Corrin Falls|Westerby|Thornwick|"
               "Brackenridge|Greyhaven|Marlow Cross|Saltmarsh|Pinehurst|Redcliffe|Northam|Ivybridge|Calder Heath|"
               "Stonebridge|Larkspur|Elmstead|Rookwood|Fallowfield|Glenmoor|Hollins End|Wyvern Quay")
ORGS = _items("Northbridge Water|Calder Rail|Meridian Health Trust|Solent Power|Ashford Borough Council|"
              "the Harbour Authority|Pennine Freight|Larkspur Foods|Greyhaven University|Orbis Telecom|"
              "the Coastal Schools Trust|Vantage Motors|Kestrel Airways|Brightwell Bank|Fernhill Energy")
ROLES = _items("chief executive|spokeswoman|spokesman|finance director|council leader|union official|"
               "head teacher|harbour master|site manager|lead engineer|ward councillor|chair")
TOPICS = _items("rail timetable|water pipeline|hospital wing|school budget|bus contract|flood defence|wind farm|"
                "bridge repair|housing plan|port expansion|tram extension|library closure|factory upgrade")
DAYS = _items("Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday")
MONTHS = _items("January|February|March|April|May|June|July|August|September|October|November|December")
VERBS = _items("approved|delayed|rejected|expanded|paused|reviewed|cancelled|funded|postponed|announced")
NOUNS = _items("residents|commuters|parents|traders|nurses|drivers|pupils|farmers|tenants|engineers|shoppers|"
               "pensioners|apprentices|volunteers|landlords")
ADJS = _items("temporary|revised|larger|cheaper|delayed|disputed|costly|modest|ambitious|phased")

SENTENCES = (
    "{org} {verb} the {adj} {topic} in {town} on {day}, a decision worth £{money}m over {years} years.",
    "The {topic} had been expected to open in {year}, but {count} objections from {nouns} slowed the work.",
    "{person}, the {role} of {org}, said the company had \"listened carefully\" to {nouns} in {town}.",
    "Figures published on {day} show that {pct}% of {nouns} in {town} now travel more than {km} km to work.",
    "The scheme will create {count} jobs, according to a report commissioned by {org} last {month}.",
    "Work on the {topic} is due to start in {month} and to finish by the end of {year}.",
    "\"We have waited {years} years for this,\" said {person}, who has lived in {town} since {year2}.",
    "A consultation drew {count} responses, {pct}% of them in favour, {org} told the {town} Gazette.",
    "Opposition councillors in {town} asked why the cost had risen from £{money}m to £{money2}m since {year2}.",
    "The {role} of {org}, {person}, told reporters the {adj} plan was \"the only realistic option\".",
    "{nouns_cap} near the {topic} site complained of noise and lorries on {day} mornings.",
    "In a statement, {org} said it would publish the full {topic} accounts before {month}.",
    "The regulator fined {org} £{money}k in {year2} over an earlier {topic} in {town}.",
    "{person} of {org} said the {adj} timetable left {nouns} in {town} with {count} fewer services a week.",
    "Traffic on the {town} road rose by {pct}% in the {count} weeks after the {topic} was {verb}.",
    "The {topic} will be paid for by a £{money}m loan and a {pct}% rise in charges, {org} said.",
    "Last {month}, {org} {verb} a similar {topic} in {town2} after a row over the price.",
    "{person}, a {role} at {org}, said {count} staff would move to {town2} by {month}.",
    "Shares in {org} fell {pct}% on {day} after the {topic} was {verb}.",
    "Engineers found {count} faults during a survey of the {topic} in {town} in {year2}.",
    "Ministers are expected to rule on the {adj} {topic} before {month}, {org} said.",
    "{nouns_cap} in {town2} will get a {pct}% discount while the {topic} is closed.",
    "The last {topic} in {town} ran {years} months late and cost £{money}m more than planned.",
    "{org} has promised a public meeting in {town} on {day} evening.",
    "A petition against the {topic} has gathered {count} signatures in {years} weeks.",
    "{person}, who chairs the {town} residents' group, said the {adj} plan was \"a step forward\".",
)
HEDGED = (
    "The {topic} could possibly be {verb} again, and it is believed that costs may rise further.",
    "Reportedly, {org} is thought to be considering a {adj} {topic} in {town2}.",
    "It seems the {topic} might arguably be the largest in {town} for decades.",
)
VAGUE = (
    "Critics say the {topic} is a waste of money and experts believe it will fail.",
    "Some people say {org} ignored {nouns} in {town}, and many believe the vote was rushed.",
    "Studies show that schemes like the {topic} rarely pay for themselves, it has been claimed.",
)
HEADLINES = (
    "{org} {verb} {adj} {topic} in {town}",
    "{town} {topic} {verb} after {count} objections",
    "{nouns_cap} in {town} face {adj} {topic}",
    "£{money}m {topic} for {town} {verb}",
    "{person} defends {org} {topic} plan",
)


def _fill(rng: random.Random, template: str) -> str:
    nouns = rng.choice(NOUNS)
    values = {
        "org": rng.choice(ORGS), "town": rng.choice(TOWNS), "town2": rng.choice(TOWNS), "topic": rng.choice(TOPICS),
        "verb": rng.choice(VERBS), "adj": rng.choice(ADJS), "day": rng.choice(DAYS), "month": rng.choice(MONTHS),
        "person": f"{rng.choice(FIRST)} {rng.choice(SURNAMES)}", "role": rng.choice(ROLES), "nouns": nouns,
        "nouns_cap": nouns.capitalize(), "money": rng.randint(2, 950), "money2": rng.randint(951, 1900),
        "years": rng.randint(2, 15), "year": rng.randint(2025, 2034), "year2": rng.randint(1971, 2019),
        "count": rng.randint(3, 4800), "pct": rng.randint(2, 97), "km": rng.randint(5, 80),
    }
    text = template.format(**values)
    return text[0].upper() + text[1:]


class _Deck:
    """Sentence templates dealt without repeats until all are used (drafts do not echo themselves)."""

    def __init__(self, rng: random.Random):
        self.rng, self.cards = rng, []

    def deal(self) -> str:
        if not self.cards:
            self.cards = list(SENTENCES)
            self.rng.shuffle(self.cards)
        return self.cards.pop()


def _paragraph(rng: random.Random, deck: _Deck, faults: bool) -> str:
    sentences = [_fill(rng, deck.deal()) for _ in range(rng.randint(2, 4))]
    if faults and rng.random() < 0.08:
        sentences.insert(rng.randrange(len(sentences) + 1), _fill(rng, rng.choice(HEDGED)))
    if faults and rng.random() < 0.06:
        sentences.insert(rng.randrange(len(sentences) + 1), _fill(rng, rng.choice(VAGUE)))
    if faults and rng.random() < 0.03:  # a repeated word
        i = rng.randrange(len(sentences))
        words = sentences[i].split(" ")
        k = rng.randrange(1, len(words))
        sentences[i] = " ".join(words[:k] + [words[k].lower()] + words[k:])
    return " ".join(sentences)


def draft(rng: random.Random, earlier: list[tuple[str, list[str]]]) -> tuple[str, list[str], bool]:
    """One draft: ``(headline, paragraphs, markdown)``; may copy from ``earlier`` drafts."""
    headline = _fill(rng, rng.choice(HEADLINES))
    if earlier and rng.random() < 0.01:
        headline = rng.choice(earlier)[0]                      # cross-file repeated headline
    deck = _Deck(rng)
    paragraphs = [_paragraph(rng, deck, True) for _ in range(rng.randint(9, 14))]
    if rng.random() < 0.05:
        i = rng.randrange(1, len(paragraphs))
        paragraphs.insert(i, paragraphs[rng.randrange(i)])     # a paragraph repeated within the draft
    if rng.random() < 0.04:
        paragraphs.insert(rng.randrange(1, len(paragraphs)), headline + ".")  # headline repeated in the body
    if earlier and rng.random() < 0.03:
        source = rng.choice(earlier)[1]
        paragraphs.insert(rng.randrange(len(paragraphs)), rng.choice(source))  # cross-file copied paragraph
    if rng.random() < 0.03:
        headline = headline.upper()
    elif rng.random() < 0.03:
        headline += "."
    return headline, paragraphs, rng.random() < 0.5


def render(headline: str, paragraphs: list[str], markdown: bool) -> str:
    if markdown:
        return f"# {headline}\n\n" + "\n\n".join(paragraphs) + "\n"
    return f"{headline}\n\n" + "\n\n".join(paragraphs) + "\n"


def write_corpus(n: int, out: str | Path, seed: int = 7) -> list[Path]:
    """Write ``n`` drafts under ``out`` (in folders of 1,000); return their paths."""
    rng = random.Random(seed)
    out = Path(out)
    earlier: list[tuple[str, list[str]]] = []
    paths = []
    for i in range(n):
        headline, paragraphs, markdown = draft(rng, earlier)
        if len(earlier) < 500 or rng.random() < 0.02:
            earlier.append((headline, paragraphs)) if len(earlier) < 500 else \
                earlier.__setitem__(rng.randrange(500), (headline, paragraphs))
        folder = out / f"{i // 1000:03d}"
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"draft-{i:06d}.{'md' if markdown else 'txt'}"
        path.write_text(render(headline, paragraphs, markdown), encoding="utf-8")
        paths.append(path)
    return paths


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("n", type=int)
    ap.add_argument("out")
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    paths = write_corpus(args.n, args.out, args.seed)
    size = sum(p.stat().st_size for p in paths)
    print(f"{len(paths)} drafts, {size / 1e6:.1f} MB in {args.out}")


if __name__ == "__main__":
    main()
