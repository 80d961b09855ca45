"""docs/plugins.md stays in step with the code: every hook, the rule contract, the document model."""
from __future__ import annotations

import inspect
import re
from pathlib import Path

from newslint import hookspecs
from newslint.model import Block, Document
from newslint.rules import Rule

DOC = (Path(__file__).resolve().parents[1] / "docs" / "plugins.md").read_text(encoding="utf-8")
REFERENCE = DOC[DOC.index("## Hook reference"):]


def documented_hooks() -> dict[str, tuple[list[str], str]]:
    """Hook name -> (parameters in its heading, text of its section)."""
    parts = re.split(r"^### (newslint_\w+)\(([^)]*)\)\n", REFERENCE, flags=re.M)
    return {name: ([p.strip() for p in params.split(",") if p.strip()], body)
            for name, params, body in zip(parts[1::3], parts[2::3], parts[3::3])}


def test_every_hook_is_documented_with_its_parameters():
    documented = documented_hooks()
    assert sorted(documented) == hookspecs.hook_names(), "docs/plugins.md hook reference is out of date"
    for name, (params, body) in documented.items():
        spec = getattr(hookspecs, name)
        assert params == list(inspect.signature(spec).parameters), name
        marks = spec.newslint_spec
        assert ("Historic" in body) == bool(marks["historic"]), name
        assert ("First result wins" in body) == bool(marks["firstresult"]), name


def test_rule_metadata_contract_names_real_attributes():
    table = DOC[DOC.index("### The rule metadata contract"):DOC.index("### Reporting")]
    attributes = re.findall(r"^\| `(\w+)` \|", table, flags=re.M)
    assert {"code", "name", "summary", "default_severity", "enabled_by_default", "scope", "Options"} <= \
        set(attributes)
    for attr in attributes:
        assert attr in Rule.__annotations__ or hasattr(Rule, attr), attr


def test_document_model_table_names_real_attributes():
    table = DOC[DOC.index("### The document model"):DOC.index("## 3. Test it")]
    for cls, attr in re.findall(r"`(Document|Block)\.(\w+)", table):
        owner = {"Document": Document, "Block": Block}[cls]
        assert hasattr(owner, attr) or attr in owner.__dataclass_fields__, f"{cls}.{attr}"


def test_the_template_named_by_the_docs_exists():
    template = Path(__file__).resolve().parents[1] / "examples" / "plugin-template"
    assert (template / "pyproject.toml").read_text().count("[project.entry-points.newslint]") == 1
    assert list((template / "tests").glob("test_*.py"))
