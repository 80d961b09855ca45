"""Rule family NL1xx: duplicated paragraphs, sentences and words, within a draft and across a run."""
from newslint import hookimpl

from newslint_plugins.duplicates.crossfile import CrossFileDuplicate
from newslint_plugins.duplicates.paragraphs import DuplicateParagraph, NearDuplicateParagraph
from newslint_plugins.duplicates.sentences import DuplicateSentence
from newslint_plugins.duplicates.words import ALLOWED_DOUBLED_WORDS, WORD_LIST, RepeatedWord


@hookimpl
def newslint_rules():
    return [DuplicateParagraph, NearDuplicateParagraph, DuplicateSentence, CrossFileDuplicate, RepeatedWord]


@hookimpl
def newslint_word_lists():
    return {WORD_LIST: ALLOWED_DOUBLED_WORDS}
