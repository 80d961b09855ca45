"""Rule family: headlines (placeholder until the family's rules land)."""
from newslint import hookimpl


@hookimpl
def newslint_rules():
    return []
