"""The five kinds of house rule: their parameters (validated from YAML) and their checks."""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any, ClassVar, Iterator, Literal

from newslint.house.matching import Matcher, Scoped, count_words, regex_problem, scoped_blocks, word_positions
from newslint.model import Block, Document, Edit, Fix
from newslint.rules import Rule, RuleContext
from newslint.text.normalize import word_spans

if TYPE_CHECKING:
    from newslint.house.stylebook import HouseEntry


# --- parameters --------------------------------------------------------------------

@dataclass(frozen=True)
class CommonParams:
    scope: tuple[Literal["headline", "body", "quotes"], ...] = field(default=("headline", "body"), metadata={
        "help": "where to look: headline, body, quotes (direct quotations and blockquotes; off by default)"})


@dataclass(frozen=True)
class MatchParams(CommonParams):
    case_sensitive: bool = field(default=False, metadata={"help": "match letter case exactly"})
    exceptions: tuple[str, ...] = field(default=(), metadata={
        "help": "phrases inside which a match is fine"})
    regex: bool = field(default=False, metadata={
        "help": "tokens are regular expressions (no nested quantifiers, alternation under a quantifier "
                "or backreferences)"})


@dataclass(frozen=True)
class ExistenceParams(MatchParams):
    tokens: tuple[str, ...] = field(default=(), metadata={
        "help": "words or phrases to flag; '@name' adds a shared word list"})


@dataclass(frozen=True)
class SubstitutionParams(MatchParams):
    swap: dict = field(default_factory=dict, metadata={
        "help": "phrase to flag -> preferred phrase, or a list of alternatives"})


@dataclass(frozen=True)
class OccurrenceParams(CommonParams):
    count: Literal["tokens", "words", "sentences"] = field(default="tokens", metadata={
        "help": "what to count: tokens (the listed ones), words or sentences"})
    tokens: tuple[str, ...] = field(default=(), metadata={"help": "words, phrases or marks ('!') to count"})
    per: Literal["sentence", "paragraph", "document"] = field(default="sentence", metadata={
        "help": "the unit to count in: sentence, paragraph or document"})
    max: int = field(default=-1, metadata={"help": "the most allowed per unit (required)"})
    case_sensitive: bool = field(default=False, metadata={"help": "match letter case exactly"})


@dataclass(frozen=True)
class RepetitionParams(CommonParams):
    tokens: tuple[str, ...] = field(default=(), metadata={"help": "words or phrases that should not come back soon"})
    within: int = field(default=10, metadata={"help": "flag a use at most this many words after the previous one"})
    case_sensitive: bool = field(default=False, metadata={"help": "match letter case exactly"})


@dataclass(frozen=True)
class CapitalizationParams(CommonParams):
    terms: tuple[str, ...] = field(default=(), metadata={"help": "names and terms exactly as they must be written"})


# --- the shared base ------------------------------------------------------------------

def _quoted(items: Any, limit: int = 6) -> str:
    items = list(items)
    shown = ", ".join(f"'{t}'" for t in items[:limit])
    return shown + (f" and {len(items) - limit} more" if len(items) > limit else "")


def literal_fix(document: Document, block: Block, start: int, end: int, replacement: str) -> Fix | None:
    """A safe fix replacing block-text ``[start, end)``, or None where the source there holds markup."""
    s, e = block.source_range(start, end)
    if document.source[s:e] != block.text[start:end]:
        return None
    return Fix(f"Replace '{block.text[start:end]}' with '{replacement}'", (Edit(s, e, replacement),))


class HouseRule(Rule):
    """Base of the rule classes generated from house-rules entries; subclasses implement one kind."""

    entry: ClassVar["HouseEntry"]
    url: ClassVar[str] = ""
    placeholders: ClassVar[tuple[str, ...]] = ("match",)
    default_message: ClassVar[str] = ""
    default_suggestion: ClassVar[str] = ""

    @classmethod
    def validate(cls, entry: "HouseEntry") -> Any:
        """The entry's parameters, checked (raise ``entry.error``) and normalised for this kind."""
        return entry.params

    @classmethod
    def default_summary(cls, entry: "HouseEntry") -> str:
        return f"House style: {entry.name.replace('-', ' ')}"

    @classmethod
    def what(cls, entry: "HouseEntry") -> str:
        """A sentence saying what the rule flags."""
        raise NotImplementedError

    @classmethod
    def example(cls, entry: "HouseEntry") -> str:
        raise NotImplementedError

    @classmethod
    def document(cls, entry: "HouseEntry") -> str:
        """The generated rule's documentation (its docstring)."""
        why = entry.description or "It goes against the house stylebook."
        if entry.link:
            why += f"\n\nSee {entry.link}"
        return (f"## What it does\n{cls.what(entry)} Looks at: {', '.join(entry.params.scope)}. "
                f"A {entry.kind} rule defined at {entry.where.describe(entry.key)}.\n\n"
                f"## Why is this bad?\n{why}\n\n## Example\n{cls.example(entry)}\n")

    def report(self, ctx: RuleContext, block: Block, start: int, end: int, values: dict[str, Any],
               fix: Fix | None = None, related: Any = ()) -> None:
        """Report block-text ``[start, end)`` with the entry's message and suggestion templates."""
        entry = self.entry
        message = (entry.message or self.default_message).format_map(values)
        suggestion = (entry.suggestion or self.default_suggestion).format_map(values)
        if entry.link:
            suggestion = f"{suggestion} See {entry.link}".strip()
        ctx.report_block(block, start, end, message, suggestion=suggestion or None, fix=fix, related=related)


# --- existence and substitution ----------------------------------------------------------

class MatchRule(HouseRule):
    """Scoped matches of a token list, minus exceptions (shared by existence and substitution)."""

    token_key: ClassVar[str] = "tokens"

    def __init__(self, options: Any, config: Any) -> None:
        super().__init__(options, config)
        p = self.entry.params
        self.matcher = Matcher(self.tokens(config), p.case_sensitive, p.regex)
        self.exceptions = Matcher(p.exceptions, p.case_sensitive, p.regex) if p.exceptions else None

    @classmethod
    def validate(cls, entry: "HouseEntry") -> Any:
        p = entry.params
        for key, items in ((cls.token_key, cls.raw_tokens(p)), ("exceptions", p.exceptions)):
            for t in items:
                problem = "an empty phrase" if not t.strip() else regex_problem(t) if p.regex else None
                if problem:
                    raise entry.error((key,), problem)
        return p

    @classmethod
    def raw_tokens(cls, params: Any) -> tuple[str, ...]:
        return params.tokens

    def tokens(self, config: Any) -> tuple[str, ...]:
        return self.entry.expand(self.raw_tokens(self.entry.params), config, self.token_key)

    def matches(self, document: Document) -> Iterator[tuple[Scoped, int, int, str]]:
        """``(scoped block, start, end, token)`` for each match in scope that no exception covers."""
        if not self.matcher.could_match(document):
            return
        for sb in scoped_blocks(document, self.entry.params.scope):
            text = sb.block.text
            excepted: list[tuple[int, int, str]] | None = None
            for start, end, token in self.matcher.finditer(text):
                if not sb.covers(start):
                    continue
                if self.exceptions is not None:
                    if excepted is None:
                        excepted = list(self.exceptions.finditer(text))
                    if any(s <= start and end <= e for s, e, _ in excepted):
                        continue
                yield sb, start, end, token


class ExistenceRule(MatchRule):
    """Flags any of a list of words or phrases."""

    default_message = "'{match}' is against house style"
    default_suggestion = "Rephrase without '{match}'."

    @classmethod
    def validate(cls, entry: "HouseEntry") -> Any:
        if not entry.params.tokens:
            raise entry.error((), "an existence rule needs tokens (words or phrases to flag)")
        return super().validate(entry)

    @classmethod
    def what(cls, entry: "HouseEntry") -> str:
        return f"Flags {_quoted(entry.params.tokens)}."

    @classmethod
    def example(cls, entry: "HouseEntry") -> str:
        return f"Flagged: {entry.params.tokens[0]}"

    def check(self, document: Document, ctx: RuleContext) -> None:
        for sb, start, end, _token in self.matches(document):
            self.report(ctx, sb.block, start, end, {"match": sb.block.text[start:end]})


class SubstitutionRule(MatchRule):
    """Flags a phrase and names the preferred one; a single replacement becomes a safe fix."""

    placeholders = ("match", "replacement", "replacements")
    default_message = "Use {replacements} instead of '{match}'"
    default_suggestion = "Replace '{match}' with {replacements}."
    token_key = "swap"

    def __init__(self, options: Any, config: Any) -> None:
        super().__init__(options, config)
        p = self.entry.params
        self._key = (lambda s: s) if p.case_sensitive or p.regex else (lambda s: " ".join(s.split()).casefold())
        self._swap = {self._key(k): v for k, v in p.swap.items()}

    @classmethod
    def validate(cls, entry: "HouseEntry") -> Any:
        swap = entry.params.swap
        if not isinstance(swap, dict) or not swap:
            raise entry.error(("swap",), "a substitution rule needs swap: a mapping of phrase to preferred phrase")
        fixed: dict[str, tuple[str, ...]] = {}
        for k, v in swap.items():
            alternatives = (v,) if isinstance(v, str) else tuple(v) if isinstance(v, list) else ()
            if not alternatives or not all(isinstance(a, str) and a.strip() for a in alternatives):
                raise entry.error(("swap", k), f"the replacement for {k!r} must be a phrase or a list of phrases")
            fixed[k] = alternatives
        entry = replace(entry, params=replace(entry.params, swap=fixed))
        return super().validate(entry)

    @classmethod
    def raw_tokens(cls, params: Any) -> tuple[str, ...]:
        return tuple(params.swap)

    def tokens(self, config: Any) -> tuple[str, ...]:
        return self.raw_tokens(self.entry.params)

    @classmethod
    def what(cls, entry: "HouseEntry") -> str:
        pairs = list(entry.params.swap.items())
        shown = "; ".join(f"'{k}' → {' or '.join(repr(a) for a in v)}" for k, v in pairs[:6])
        return f"Prefers {shown}{' …' if len(pairs) > 6 else ''}."

    @classmethod
    def example(cls, entry: "HouseEntry") -> str:
        k, v = next(iter(entry.params.swap.items()))
        return f"{k} → {v[0]}"

    def check(self, document: Document, ctx: RuleContext) -> None:
        for sb, start, end, token in self.matches(document):
            found = sb.block.text[start:end]
            options = self._swap.get(self._key(token), ())
            if not options:
                continue
            cased = [self.match_case(found, alt) for alt in options]
            values = {"match": found, "replacement": cased[0] or options[0],
                      "replacements": " or ".join(f"'{c or a}'" for c, a in zip(cased, options))}
            fix = None
            if len(options) == 1 and cased[0] is not None and cased[0] != found:
                fix = literal_fix(document, sb.block, start, end, cased[0])
            self.report(ctx, sb.block, start, end, values, fix)

    def match_case(self, found: str, replacement: str) -> str | None:
        """``replacement`` in the letter case of ``found``, or None when that is ambiguous."""
        if self.entry.params.case_sensitive or replacement != replacement.lower() or found == found.lower():
            return replacement
        if sum(ch.isalpha() for ch in found) > 1 and found == found.upper():
            return replacement.upper()
        if found[:1].isupper() and found[1:] == found[1:].lower():
            return replacement[:1].upper() + replacement[1:]
        if found.istitle():
            return " ".join(w[:1].upper() + w[1:] for w in replacement.split(" "))
        return None


# --- capitalization --------------------------------------------------------------------

class CapitalizationRule(HouseRule):
    """Flags a name or term written in another letter case than the house spelling."""

    placeholders = ("match", "replacement")
    default_message = "Write '{replacement}', not '{match}'"
    default_suggestion = "Write '{replacement}'."

    def __init__(self, options: Any, config: Any) -> None:
        super().__init__(options, config)
        self.matcher = Matcher(self.entry.expand(self.entry.params.terms, config, "terms"))

    @classmethod
    def validate(cls, entry: "HouseEntry") -> Any:
        terms = entry.params.terms
        if not terms:
            raise entry.error((), "a capitalization rule needs terms (names as they must be written)")
        folded = [t.casefold() for t in terms]
        twice = next((t for t, f in zip(terms, folded) if folded.count(f) > 1), None)
        if twice is not None:
            raise entry.error(("terms",), f"{twice!r} is listed twice with different letter case")
        return entry.params

    @classmethod
    def what(cls, entry: "HouseEntry") -> str:
        return f"Flags names not written exactly as {_quoted(entry.params.terms)}."

    @classmethod
    def example(cls, entry: "HouseEntry") -> str:
        t = entry.params.terms[0]
        return f"{t.upper() if t != t.upper() else t.lower()} → {t}"

    def check(self, document: Document, ctx: RuleContext) -> None:
        if not self.matcher.could_match(document):
            return
        for sb in scoped_blocks(document, self.entry.params.scope):
            block, starts = sb.block, None
            for start, end, term in self.matcher.finditer(block.text):
                found = block.text[start:end]
                if found == term or not sb.covers(start):
                    continue
                if found == term[:1].upper() + term[1:]:
                    starts = starts if starts is not None else {s.start for s in block.sentences}
                    if _starts_sentence(block.text, start, starts):
                        continue
                fix = literal_fix(document, block, start, end, term)
                self.report(ctx, block, start, end, {"match": found, "replacement": term}, fix)


def _starts_sentence(text: str, i: int, starts: set[int]) -> bool:
    """Whether only opening punctuation lies between a sentence start and ``i``."""
    j = i
    while j > 0 and j not in starts and text[j - 1] in "\"'“‘(«[ ":
        j -= 1
    return j == 0 or j in starts


# --- occurrence and repetition -----------------------------------------------------------

class OccurrenceRule(HouseRule):
    """Flags more than ``max`` tokens, words or sentences per sentence, paragraph or document."""

    placeholders = ("match", "count", "max", "unit", "what")
    default_message = "This {unit} has {count} {what}; house style allows at most {max}"
    default_suggestion = "Shorten or split the {unit}."

    def __init__(self, options: Any, config: Any) -> None:
        super().__init__(options, config)
        p = self.entry.params
        if p.tokens:
            self.default_suggestion = "Use at most {max} per {unit}."
        self.matcher = Matcher(self.entry.expand(p.tokens, config, "tokens"), p.case_sensitive) if p.tokens else None

    @classmethod
    def validate(cls, entry: "HouseEntry") -> Any:
        p = entry.params
        if p.max < 0:
            raise entry.error((), "an occurrence rule needs max (the most allowed per unit, 0 or more)")
        if (p.count == "tokens") != bool(p.tokens):
            raise entry.error(("tokens",) if p.tokens else (), "give either tokens to count or count: words|sentences")
        if p.count == "sentences" and p.per == "sentence":
            raise entry.error(("per",), "count sentences per paragraph or per document")
        return p

    @classmethod
    def what(cls, entry: "HouseEntry") -> str:
        p = entry.params
        return f"Counts {_quoted(p.tokens) if p.tokens else p.count} per {p.per}; more than {p.max} is flagged."

    @classmethod
    def example(cls, entry: "HouseEntry") -> str:
        p = entry.params
        return f"A {p.per} with {p.max + 1} {p.count if not p.tokens else 'of ' + _quoted(p.tokens)}."

    def count(self, sb: Scoped, start: int, end: int, tokens: list[tuple[int, int]]) -> int:
        """How many counted things of block-text ``[start, end)`` lie in scope."""
        if self.entry.params.count == "words":
            return sum(count_words(sb.block.text[s:e]) for s, e in sb.clip(start, end))
        return bisect.bisect_left(tokens, (end,)) - bisect.bisect_left(tokens, (start,))

    def items(self, sb: Scoped, start: int, end: int, tokens: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """The counted things of block-text ``[start, end)`` in scope: listed tokens, sentences or words."""
        if self.entry.params.count != "words":
            return tokens[bisect.bisect_left(tokens, (start,)):bisect.bisect_left(tokens, (end,))]
        text = sb.block.text
        return [(s + a, s + b) for s, e in sb.clip(start, end) for a, b in word_positions(text[s:e])]

    def tokens(self, sb: Scoped) -> list[tuple[int, int]]:
        """Sorted in-scope spans of the listed tokens (or of the sentences) of one block."""
        block = sb.block
        if self.entry.params.count == "sentences":
            return [(s.start, s.end) for s in block.sentences if sb.overlaps(s.start, s.end)]
        if self.matcher is None:
            return []
        return [(s, e) for s, e, _t in self.matcher.finditer(block.text) if sb.covers(s)]

    def check(self, document: Document, ctx: RuleContext) -> None:
        if self.matcher is not None and not self.matcher.could_match(document):
            return
        limit, per = self.entry.params.max, self.entry.params.per
        seen = 0
        for sb in scoped_blocks(document, self.entry.params.scope):
            block, tokens = sb.block, self.tokens(sb)
            units = [(s.start, s.end) for s in block.sentences] if per == "sentence" else [(0, len(block.text))]
            for start, end in units:
                n = self.count(sb, start, end, tokens)
                if per == "document":
                    if seen <= limit < seen + n:
                        first_over = self.items(sb, start, end, tokens)[limit - seen]
                        over_at = (block, first_over)
                    seen += n
                elif n > limit:
                    first_over = self.items(sb, start, end, tokens)[limit]
                    span = (start, end) if per == "sentence" else first_over
                    self.flag(ctx, block, span, first_over, n)
        if per == "document" and seen > limit:
            block, first_over = over_at
            self.flag(ctx, block, first_over, first_over, seen)

    def flag(self, ctx: RuleContext, block: Block, span: tuple[int, int], first_over: tuple[int, int],
             count: int) -> None:
        """Report ``span``; ``first_over`` is the first counted thing beyond the limit."""
        p = self.entry.params
        match = block.text[first_over[0]:first_over[1]]
        what = p.count if not p.tokens else f"uses of '{match}'"
        self.report(ctx, block, span[0], span[1], {"match": match, "count": count, "max": p.max,
                                                   "unit": p.per, "what": what})


class RepetitionRule(HouseRule):
    """Flags a listed word or phrase used again within a few words, in the same paragraph."""

    placeholders = ("match", "distance")
    default_message = "'{match}' again, {distance} words after the last one"
    default_suggestion = "Vary the wording or drop one of them."

    def __init__(self, options: Any, config: Any) -> None:
        super().__init__(options, config)
        p = self.entry.params
        self.matcher = Matcher(self.entry.expand(p.tokens, config, "tokens"), p.case_sensitive)
        self._key = (lambda s: s) if p.case_sensitive else str.casefold

    @classmethod
    def validate(cls, entry: "HouseEntry") -> Any:
        if not entry.params.tokens:
            raise entry.error((), "a repetition rule needs tokens (words or phrases to watch)")
        if entry.params.within < 0:
            raise entry.error(("within",), "within must be 0 or more words")
        return entry.params

    @classmethod
    def what(cls, entry: "HouseEntry") -> str:
        return f"Flags {_quoted(entry.params.tokens)} used again within {entry.params.within} words."

    @classmethod
    def example(cls, entry: "HouseEntry") -> str:
        t = entry.params.tokens[0]
        return f"… {t} … {t} …"

    def check(self, document: Document, ctx: RuleContext) -> None:
        within = self.entry.params.within
        if not self.matcher.could_match(document, times=2):
            return
        for sb in scoped_blocks(document, self.entry.params.scope):
            text = sb.block.text
            last: dict[str, tuple[int, int]] = {}
            for start, end, token in self.matcher.finditer(text):
                if not sb.covers(start):
                    continue
                prev = last.get(self._key(token))
                last[self._key(token)] = (start, end)
                if prev is None:
                    continue
                distance = len(word_spans(text[prev[1]:start]))
                if distance <= within:
                    s, e = sb.block.source_range(*prev)
                    self.report(ctx, sb.block, start, end, {"match": text[start:end], "distance": distance},
                                related=[ctx.related(s, e, "previous use")])


KINDS: dict[str, tuple[type, type[HouseRule]]] = {
    "existence": (ExistenceParams, ExistenceRule),
    "substitution": (SubstitutionParams, SubstitutionRule),
    "occurrence": (OccurrenceParams, OccurrenceRule),
    "repetition": (RepetitionParams, RepetitionRule),
    "capitalization": (CapitalizationParams, CapitalizationRule),
}
