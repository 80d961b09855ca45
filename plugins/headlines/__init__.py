"""Rule family NL2xx: repeated, misplaced and badly styled headlines, within a draft and across a run."""
from newslint import hookimpl

from newslint_plugins.headlines.crossfile import CrossFileHeadline
from newslint_plugins.headlines.style import HeadlineStyle
from newslint_plugins.headlines.within import HeadlineInBody, RepeatedHeadline, TextBeforeHeadline


@hookimpl
def newslint_rules():
    return [RepeatedHeadline, HeadlineInBody, TextBeforeHeadline, CrossFileHeadline, HeadlineStyle]
