"""The documented default configuration (rules.yaml) round-trips to the built-in defaults."""
from __future__ import annotations

import dataclasses

from newslint import make_config
from newslint.config import load_config
from newslint.defaults import render_config
from newslint.runner import Session


def snapshot(session):
    return {a.rule.code: (a.severity, dataclasses.asdict(a.rule.options) if dataclasses.is_dataclass(a.rule.options)
                          else None) for a in session.global_rules}


def test_rendered_defaults_load_back_to_the_same_configuration(tmp_path):
    defaults = Session(make_config(None))
    text = render_config(defaults)
    path = tmp_path / "rules.yaml"
    path.write_text(text, encoding="utf-8")
    loaded = Session(load_config(path))
    assert snapshot(loaded) == snapshot(defaults)
    for name in defaults.registry.word_lists:
        assert loaded.config.word_list(name) == defaults.config.word_list(name)
    for rule in defaults.registry.sorted_rules():
        assert f"  {rule.code}:\n" in text and rule.summary.split()[0] in text


def test_readme_example_config_is_valid(tmp_path):
    import re
    from pathlib import Path

    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## Configuration"):]
    example = re.search(r"```yaml\n(.*?)```", section, re.DOTALL).group(1)
    path = tmp_path / "rules.yaml"
    path.write_text(example, encoding="utf-8")
    session = Session(load_config(path))  # raises ConfigError on any unknown key, rule or option
    assert session.config.ignore == ["NL205"]


def test_shipped_rules_yaml_is_the_generated_default():
    from pathlib import Path

    shipped = (Path(__file__).resolve().parents[1] / "rules.yaml").read_text(encoding="utf-8")
    assert shipped == render_config(Session(make_config(None))), \
        "rules.yaml is stale: run `.venv/bin/newslint config --defaults > rules.yaml`"
