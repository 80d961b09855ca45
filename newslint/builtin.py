"""The core plugin: built-in parsers, output formats and the NL0xx core rules.

It is an ordinary plugin, registered before the entry-point plugins.
"""
from __future__ import annotations

from newslint.hookspecs import hookimpl
from newslint.model import Document, Severity
from newslint.rules import Rule, RuleContext

MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdown", ".mkd")


class ParseError(Rule):
    """## What it does
    Reports a part of the draft that could not be parsed, such as front matter
    that is not valid YAML.

    ## Why is this bad?
    What cannot be parsed cannot be checked, and a CMS will usually reject it too.

    ## Example
    A front-matter block with an unclosed quote: `title: "Storm hits coast`.
    """

    code = "NL001"
    name = "parse-error"
    summary = "Part of the draft could not be parsed"
    default_severity = Severity.ERROR

    def check(self, document: Document, ctx: RuleContext) -> None:
        for start, end, message in document.problems:
            ctx.report(start, end, message, suggestion="Fix the syntax so the whole draft can be checked.")


@hookimpl
def newslint_rules():
    return [ParseError]


@hookimpl
def newslint_word_lists():
    from newslint.text.attribution import ATTRIBUTION_NOUNS, ATTRIBUTION_VERBS

    return {"attribution-verbs": ATTRIBUTION_VERBS, "attribution-nouns": ATTRIBUTION_NOUNS}


@hookimpl(trylast=True)
def newslint_parse(path: str, source: str):
    if path.lower().endswith(MARKDOWN_SUFFIXES):
        from newslint.parsing.markdown import parse_markdown

        return parse_markdown(path, source)
    from newslint.parsing.plaintext import parse_plaintext

    return parse_plaintext(path, source)


@hookimpl
def newslint_formatters():
    from newslint.formatters.concise import ConciseFormatter
    from newslint.formatters.github import GithubFormatter
    from newslint.formatters.gitlab import GitlabFormatter
    from newslint.formatters.html_report import HtmlFormatter
    from newslint.formatters.json_format import JsonFormatter
    from newslint.formatters.json_lines import JsonLinesFormatter
    from newslint.formatters.sarif import SarifFormatter
    from newslint.formatters.statistics import StatisticsFormatter
    from newslint.formatters.terminal import RichFormatter

    return [RichFormatter, ConciseFormatter, JsonFormatter, JsonLinesFormatter, SarifFormatter, GithubFormatter,
            GitlabFormatter, HtmlFormatter, StatisticsFormatter]
